//! The PDF renderer: compiles the typst template over the document with the
//! embedded typst compiler.

mod bundle;
mod world;

use typst::diag::{Severity, SourceDiagnostic, Warned};
use typst::foundations::{Datetime, Smart};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, Timestamp};

pub use bundle::Bundle;
use world::PlanWorld;

use crate::document::Document;
use crate::report::{Hint, Problem, Report, Sources, error, error_at};

/// A rendered PDF.
pub struct Pdf {
    pub bytes: Vec<u8>,
    pub pages: usize,
    /// Warnings from typst (e.g. a missing glyph), already formatted.
    pub warnings: Vec<String>,
}

/// Compiles `bundle` to PDF. `epoch` is `SOURCE_DATE_EPOCH`, used as the
/// creation date when the plan has no date of its own.
pub fn render(doc: &Document, bundle: &Bundle, epoch: Option<i64>) -> Result<Pdf, Report> {
    let world = PlanWorld::new(bundle);
    let (document, warnings) = compile(doc, bundle, &world)?;
    let options = PdfOptions {
        ident: Smart::Custom(doc.file_stem.clone()),
        timestamp: epoch.and_then(timestamp),
        ..PdfOptions::default()
    };
    let bytes = typst_pdf::pdf(&document, &options)
        .map_err(|errors| typst_report(&world, bundle, &errors))?;
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
pub fn layout(doc: &Document, bundle: &Bundle) -> Result<PagedDocument, Report> {
    let world = PlanWorld::new(bundle);
    compile(doc, bundle, &world).map(|(document, _)| document)
}

/// Compiles the template to pages, with typst's warnings.
fn compile(
    doc: &Document,
    bundle: &Bundle,
    world: &PlanWorld,
) -> Result<(PagedDocument, Vec<SourceDiagnostic>), Report> {
    let families = world.families();
    if !families
        .iter()
        .any(|f| f.eq_ignore_ascii_case(&doc.theme.font))
    {
        return Err(single(
            error(format!("the font \"{}\" is not available", doc.theme.font)).hint(format!(
                "set `typsnitt` in region.toml to one of: {}; or add its files with `typsnittsfiler`",
                families.join(", ")
            )),
        ));
    }
    let Warned { output, warnings } = typst::compile::<PagedDocument>(world);
    let document = output.map_err(|errors| typst_report(world, bundle, &errors))?;
    Ok((document, warnings.to_vec()))
}

fn single(problem: Problem) -> Report {
    Report {
        sources: Sources::default(),
        problems: vec![problem],
    }
}

/// Turns typst's errors into a report that quotes the template.
fn typst_report(world: &PlanWorld, bundle: &Bundle, errors: &[SourceDiagnostic]) -> Report {
    let mut sources = Sources::default();
    let template = sources.add(bundle.main_name.clone(), bundle.main.clone());
    let problems = errors
        .iter()
        .filter(|e| e.severity == Severity::Error)
        .map(|e| {
            let message = format!("the PDF could not be made: {}", e.message);
            let mut problem = match world.span_range(e.span) {
                Some(range) => error_at(template, range, message, "here"),
                None => error(message),
            };
            for hint in &e.hints {
                problem = problem.hint(hint.v.as_str());
            }
            let about_image = ["image", "SVG", "PNG", "JPEG", "decode"]
                .iter()
                .any(|word| e.message.contains(word));
            if about_image && bundle.has_logo() {
                problem.hint("check the logo named by `logotyp` in region.toml: it must be a valid PNG, JPEG or SVG file")
            } else {
                problem.hint(format!(
                    "this is a problem in the template {}, not in the plan",
                    bundle.main_name
                ))
            }
        })
        .collect();
    Report { sources, problems }
}

/// A warning as one line: "template.typ:12:3: warning: …".
fn describe(world: &PlanWorld, bundle: &Bundle, warning: &SourceDiagnostic) -> String {
    match world.position(warning.span) {
        Some((line, column)) => format!(
            "{}:{line}:{column}: warning: {}",
            bundle.main_name, warning.message
        ),
        None => format!("warning: {}", warning.message),
    }
}

/// A PDF timestamp from seconds since 1970 (UTC).
fn timestamp(epoch: i64) -> Option<Timestamp> {
    let days = epoch.div_euclid(86_400);
    let secs = epoch.rem_euclid(86_400);
    let (year, month, day) = civil_from_days(days);
    let datetime = Datetime::from_ymd_hms(
        year,
        month,
        day,
        (secs / 3600) as u8,
        (secs % 3600 / 60) as u8,
        (secs % 60) as u8,
    )?;
    Some(Timestamp::new_utc(datetime))
}

/// Year, month, day of a day count since 1970-01-01 (Howard Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i32, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::civil_from_days;

    #[test]
    fn epoch_days_become_calendar_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(19_000), (2022, 1, 8));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
    }
}
