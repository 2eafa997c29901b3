//! The PDF renderer: compiles the typst template over the document with the embedded typst compiler.

pub mod body;
mod bundle;
mod check;
pub mod followup;
mod fonts;
mod on_setup;
mod settle;
mod world;

use typst::diag::{Severity, SourceDiagnostic, Warned};
use typst::foundations::{Datetime, Smart};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, Timestamp};

use crate::format::pdf_standard::Choice;
pub use bundle::Bundle;
use world::PlanWorld;
pub use world::prepare;

use super::{Options, Rendered, Renderer, Template};
use crate::document::Document;
use crate::format::{REGION, THEME};
use crate::load::{Loaded, Locus};
use crate::model::Date;
use crate::msg;
use crate::report::{Hint, Problem, Report, Sources, error, error_at, named_at};
use crate::t;

/// The built-in typst template.
pub(crate) const TEMPLATE: &str = include_str!("../../../templates/plan.typ");

/// The official A4 PDF.
pub struct PdfRenderer;

impl PdfRenderer {
    /// The typst template for this plan: the region's or the built-in one.
    pub fn template(loaded: &Loaded) -> Result<Template, Problem> {
        Template::find(loaded, "plan.typ", TEMPLATE)
    }
}

impl Renderer for PdfRenderer {
    fn extension(&self) -> &'static str {
        "pdf"
    }

    fn check(&self, loaded: &Loaded, doc: &Document, sources: &mut Sources) -> Vec<Problem> {
        match Self::template(loaded) {
            Ok(template) => check::check(loaded, doc, &template, sources),
            Err(problem) => vec![problem],
        }
    }

    fn render(
        &self,
        doc: &Document,
        loaded: &Loaded,
        options: &Options,
    ) -> Result<Rendered, Report> {
        let template = Self::template(loaded).map_err(Report::single)?;
        let standards = standards(loaded, options)?;
        let bundle = Bundle::new(doc, loaded, template);
        let pdf = render_as(doc, &bundle, loaded, options.epoch, &standards)?;
        Ok(Rendered {
            summary: Some(t!("render-pages", count = pdf.pages)),
            bytes: pdf.bytes,
            warnings: pdf.warnings,
        })
    }
}

/// A rendered PDF.
pub struct Pdf {
    pub bytes: Vec<u8>,
    pub pages: usize,
    /// Warnings from typst, already formatted.
    pub warnings: Vec<Problem>,
}

/// The standards this build declares: `--pdf-standard`, else the region's
/// `pdfstandard`; refused when they forbid the region's attachments.
pub fn standards(loaded: &Loaded, options: &Options) -> Result<Choice, Report> {
    let from_flag = options.pdf_standard.is_some();
    let choice = match &options.pdf_standard {
        Some(choice) => choice.clone(),
        // The loader has checked the region's choice.
        None => Choice::new(&loaded.region.pdf_standard).unwrap_or_default(),
    };
    if loaded.region.attach_sources && !choice.allows_attachments() {
        return Err(Report {
            sources: loaded.sources.clone(),
            problems: vec![attachments_refused(loaded, &choice, from_flag)],
        });
    }
    Ok(choice)
}

/// Why the plan's sources cannot be attached to a PDF declaring `choice`;
/// `from_flag` when the choice came from `--pdf-standard`.
fn attachments_refused(loaded: &Loaded, choice: &Choice, from_flag: bool) -> Problem {
    let and = format!(" {} ", t!("render-and"));
    let message = msg!(
        "render-attach-refused",
        standards = choice.names().join(&and)
    );
    let at = loaded
        .positions
        .get(Locus::Key(REGION.name, "bifoga_kallfiler"));
    let problem = match at {
        Some(span) if span.file < loaded.sources.len() => error_at(
            span.file,
            span.range.clone(),
            message,
            t!("render-attach-refused-label"),
        ),
        _ => error(message),
    };
    let whence = if from_flag {
        "--pdf-standard"
    } else {
        "`pdfstandard`"
    };
    problem
        .hint(t!("render-attach-refused-hint"))
        .hint(t!("render-attach-refused-fix", whence = whence))
}

/// Compiles `bundle` to PDF declaring the region's standards. `epoch` is
/// `SOURCE_DATE_EPOCH`, used as the creation date when the plan has no date
/// of its own (without it, a PDF/A of such a plan is dated now).
pub fn render(
    doc: &Document,
    bundle: &Bundle,
    loaded: &Loaded,
    epoch: Option<i64>,
) -> Result<Pdf, Report> {
    let standards = standards(loaded, &Options::default())?;
    render_as(doc, bundle, loaded, epoch, &standards)
}

/// Compiles `bundle` to a PDF that declares (and is checked against) `standards`.
pub fn render_as(
    doc: &Document,
    bundle: &Bundle,
    loaded: &Loaded,
    epoch: Option<i64>,
    standards: &Choice,
) -> Result<Pdf, Report> {
    let stated = Stated {
        ident: &doc.file_stem,
        dated: doc.date.is_some(),
    };
    render_stated(&stated, bundle, loaded, epoch, standards)
}

/// What a PDF states of itself: its identifier, and whether it has a date
/// of its own.
pub struct Stated<'a> {
    pub ident: &'a str,
    pub dated: bool,
}

/// Compiles `bundle` to a PDF with the identity `stated`, declaring `standards`.
pub fn render_stated(
    stated: &Stated,
    bundle: &Bundle,
    loaded: &Loaded,
    epoch: Option<i64>,
    standards: &Choice,
) -> Result<Pdf, Report> {
    let mut world = PlanWorld::new(bundle, loaded);
    let (document, warnings) = compile(&mut world, bundle, loaded)?;
    let timestamp = match epoch {
        Some(epoch) => Some(timestamp(epoch).ok_or_else(|| {
            Report::single(
                error(msg!("render-epoch-invalid", epoch = epoch.to_string()))
                    .hint(t!("render-epoch-invalid-hint")),
            )
        })?),
        // PDF/A requires a date: a draft that states no date at all (no
        // godkant_datum, see `Document::date`) is dated when its PDF is made.
        None if !stated.dated && standards.archival_part().is_some() => {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .ok()
                .and_then(|d| timestamp(i64::try_from(d.as_secs()).ok()?))
        }
        None => None,
    };
    let options = PdfOptions {
        ident: Smart::Custom(stated.ident.to_owned()),
        timestamp,
        standards: standards.standards(),
        ..PdfOptions::default()
    };
    let bytes = typst_pdf::pdf(&document, &options)
        .map_err(|errors| export_report(&world, bundle, loaded, &errors, standards))?;
    Ok(Pdf {
        bytes,
        pages: document.pages().len(),
        warnings: warnings
            .iter()
            .map(|w| describe(&world, bundle, w))
            .collect(),
    })
}

/// Lays `bundle` out without making a PDF: typst's pages, whose frames say
/// where every piece of text is drawn (used by tests that check layout).
pub fn layout(bundle: &Bundle, loaded: &Loaded) -> Result<PagedDocument, Report> {
    let mut world = PlanWorld::new(bundle, loaded);
    compile(&mut world, bundle, loaded).map(|(document, _)| document)
}

/// Compiles the template to pages, with typst's warnings. When typst's
/// passes leave the areas' page breaks unsettled, further rounds settle
/// them (see [`settle`]): one more round than there are areas at most.
fn compile(
    world: &mut PlanWorld,
    bundle: &Bundle,
    loaded: &Loaded,
) -> Result<(PagedDocument, Vec<SourceDiagnostic>), Report> {
    compile_settled(world, bundle, loaded).map(|(document, warnings, _)| (document, warnings))
}

/// [`compile`], with the `layout.json` the final round read.
fn compile_settled(
    world: &mut PlanWorld,
    bundle: &Bundle,
    loaded: &Loaded,
) -> Result<(PagedDocument, Vec<SourceDiagnostic>, Vec<u8>), Report> {
    let (mut document, mut warnings) = compile_once(world, bundle, loaded)?;
    let mut layout = settle::UNSETTLED.to_vec();
    let mut rounds = 0;
    while let Some(fits) = settle::next_round(&document) {
        if rounds > fits.len() {
            break;
        }
        rounds += 1;
        layout = settle::layout_json(&fits);
        world.replace_file(settle::LAYOUT, layout.clone());
        (document, warnings) = compile_once(world, bundle, loaded)?;
    }
    Ok((document, warnings, layout))
}

/// The page-break decisions (`layout.json`) that lay `bundle` out settled:
/// for a typst project that gives the same document (`--emit-typst`).
pub fn settled_layout(bundle: &Bundle, loaded: &Loaded) -> Result<(String, Vec<u8>), Report> {
    let mut world = PlanWorld::new(bundle, loaded);
    let (_, _, layout) = compile_settled(&mut world, bundle, loaded)?;
    Ok((settle::LAYOUT.to_owned(), layout))
}

/// One typst compilation (typst's own up to five layout passes).
fn compile_once(
    world: &PlanWorld,
    bundle: &Bundle,
    loaded: &Loaded,
) -> Result<(PagedDocument, Vec<SourceDiagnostic>), Report> {
    let Warned { output, warnings } = typst::compile::<PagedDocument>(world);
    let document = output.map_err(|errors| typst_report(world, bundle, loaded, &errors))?;
    Ok((document, warnings.to_vec()))
}

/// Turns typst's errors into a report that quotes the template, or points
/// at the logo when typst could not read it.
fn typst_report(
    world: &PlanWorld,
    bundle: &Bundle,
    loaded: &Loaded,
    errors: &[SourceDiagnostic],
) -> Report {
    // Start from the plan's files, so that problems can point into them.
    let mut sources = loaded.sources.clone();
    let problems = errors
        .iter()
        .filter(|e| e.severity == Severity::Error)
        .map(|e| {
            let message = msg!("render-pdf-failed", message = e.message.as_str());
            let about_image = ["image", "SVG", "PNG", "JPEG", "decode"]
                .iter()
                .any(|word| e.message.contains(word));
            if about_image && loaded.assets.logo.is_some() {
                return logo_problem(loaded, &mut sources, message);
            }
            let mut problem =
                bundle
                    .template
                    .problem(&mut sources, world.span_range(e.span), message);
            for hint in &e.hints {
                problem = problem.hint(hint.v.as_str());
            }
            problem
        })
        .collect();
    Report { sources, problems }
}

/// typst's errors when writing the PDF: mostly the declared standards'
/// rules (PDF/A, PDF/UA), checked on the laid-out pages. Each says which
/// standards were declared, and where.
fn export_report(
    world: &PlanWorld,
    bundle: &Bundle,
    loaded: &Loaded,
    errors: &[SourceDiagnostic],
    standards: &Choice,
) -> Report {
    let mut report = typst_report(world, bundle, loaded, errors);
    if standards.names().is_empty() {
        return report;
    }
    let names = standards.names().join(", ");
    let key = loaded
        .positions
        .get(Locus::Key(REGION.name, "pdfstandard"))
        .filter(|span| span.file < report.sources.len());
    let (whence, key) = match key {
        Some(span) if standards.names() == loaded.region.pdf_standard => {
            (t!("render-standards-in-region"), Some(span))
        }
        _ => ("--pdf-standard".to_owned(), None),
    };
    let label = t!("render-standards-declared-label");
    report.problems = std::mem::take(&mut report.problems)
        .into_iter()
        .map(|problem| {
            let problem = problem.hint(t!(
                "render-standards-declared-hint",
                names = &names,
                whence = &whence
            ));
            match key {
                Some(span) if problem.labels.is_empty() => {
                    named_at(problem, span.file, span.range.clone(), &label)
                }
                Some(span) => problem.also_at(span.file, span.range.clone(), &label),
                None => problem,
            }
        })
        .collect();
    report
}

/// A logo typst could not read, pointing at `logotyp` in region.toml.
fn logo_problem(
    loaded: &Loaded,
    sources: &mut Sources,
    message: crate::report::Message,
) -> Problem {
    let hint = t!("render-logo-hint");
    match loaded.positions.get(Locus::Key(THEME.name, "logotyp")) {
        Some(span) if span.file < sources.len() => {
            let label = t!("render-logo-label");
            error_at(span.file, span.range.clone(), message, label).hint(hint)
        }
        _ => error(message).hint(hint),
    }
}

/// A warning of typst's, with its place in the template: "template.typ:12:3: …".
fn describe(world: &PlanWorld, bundle: &Bundle, warning: &SourceDiagnostic) -> Problem {
    crate::report::warning(match world.position(warning.span) {
        Some((line, column)) => msg!(
            "render-typst-warning",
            file = &bundle.template.name,
            line = line,
            column = column,
            message = warning.message.as_str()
        ),
        None => msg!(
            "render-typst-warning-unlocated",
            message = warning.message.as_str()
        ),
    })
}

/// A PDF timestamp from seconds since 1970 (UTC); `None` out of range.
fn timestamp(epoch: i64) -> Option<Timestamp> {
    let (date, (h, m, s)) = Date::from_unix(epoch)?;
    let datetime = Datetime::from_ymd_hms(date.year(), date.month(), date.day(), h, m, s)?;
    Some(Timestamp::new_utc(datetime))
}

#[cfg(test)]
mod tests {
    use super::timestamp;

    #[test]
    fn epochs_out_of_range_are_refused() {
        assert!(timestamp(0).is_some());
        assert!(timestamp(1_640_995_200).is_some());
        assert!(timestamp(i64::MAX).is_none());
        assert!(timestamp(-100_000_000_000).is_none());
    }
}
