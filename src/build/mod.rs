//! The build pipeline as a library: load → document → renderers → files in memory.
//!
//! `check` and `build` run the same pipeline, so `check` finds everything
//! `build` would reject; only writing the files is left to the caller.

pub mod body;
pub mod followup;

use std::path::Path;
use std::time::Instant;

use crate::document::Document;
use crate::format::PLAN;
use crate::load::{self, Loaded, Locus};
use crate::model::MetaField;
use crate::render::{self, Options, Rendered, Renderer};
use crate::report::{Hint, Problem, Report, error, error_at};

/// A file of the typst project: its path in the project, and its bytes.
pub type ProjectFile = (std::path::PathBuf, std::borrow::Cow<'static, [u8]>);

/// One output file, rendered in memory.
pub struct Output {
    /// The file name, e.g. `norrbotten-2022.pdf`.
    pub name: String,
    pub rendered: Rendered,
    /// How long rendering it took.
    pub seconds: f64,
}

/// A successful build: the outputs, and the plan they came from.
pub struct Built {
    pub loaded: Loaded,
    pub document: Document,
    pub outputs: Vec<Output>,
    /// Warnings found while loading (the build went on).
    pub warnings: Report,
}

impl Built {
    /// The exact typst project the PDF is compiled from (`build
    /// --emit-typst`): paths relative to the project folder, and bytes.
    pub fn typst_project(&self) -> Result<Vec<ProjectFile>, Report> {
        let template = render::pdf::PdfRenderer::template(&self.loaded).map_err(Report::single)?;
        let mut bundle = render::pdf::Bundle::new(&self.document, &self.loaded, template);
        // The page breaks as the build settled them (typst alone may not).
        let (name, layout) = render::pdf::settled_layout(&bundle, &self.loaded)?;
        bundle.replace_file(name, layout);
        Ok(bundle.project_files())
    }

    /// The output file with this extension.
    pub fn output(&self, extension: &str) -> Option<&Output> {
        self.outputs
            .iter()
            .find(|o| o.name.ends_with(&format!(".{extension}")))
    }
}

/// A plan loaded, its Document derived once, and everything the wanted
/// renderers can see before rendering checked: where `build` and the
/// follow-up report start, so both refuse exactly what `check` reports.
pub(crate) struct Checked {
    pub loaded: Loaded,
    pub document: Document,
    pub renderers: Vec<Box<dyn Renderer>>,
    /// The warnings so far (with errors, `checked` fails with them).
    pub report: Report,
}

/// Loads the plan in `dir` and runs every check `build` runs before rendering.
pub(crate) fn checked(dir: &Path, options: &Options) -> Result<Checked, Report> {
    // typst's library, the built-in template and the fonts are made
    // meanwhile on another core (once per process; a no-op afterwards).
    std::thread::spawn(render::pdf::prepare);
    let load::Loading { loaded, mut report } = load::load_with_report(dir);
    let Some(loaded) = loaded else {
        return Err(report);
    };
    // Derived once, for the renderers' checks and then for the renderers.
    let document = Document::new(&loaded);
    report.problems.extend(document.hidden_references(&loaded));
    if options.approved_only && document.draft {
        report.problems.push(draft_refused(&loaded));
    }
    let mut renderers = render::all();
    renderers.retain(|r| r.wanted(&loaded, options));
    for renderer in &renderers {
        let problems = renderer.check(&loaded, &document, &mut report.sources);
        report.problems.extend(problems);
    }
    if report.has_errors() {
        return Err(report);
    }
    Ok(Checked {
        loaded,
        document,
        renderers,
        report,
    })
}

/// Loads, validates and renders the plan in `dir` without writing any file.
/// Every problem a renderer can see before rendering is reported together
/// with the plan's own problems.
pub fn build(dir: &Path, options: &Options) -> Result<Built, Report> {
    let Checked {
        loaded,
        document,
        renderers,
        mut report,
    } = checked(dir, options)?;
    let outputs = render_all(&renderers, &document, &loaded, options)?;
    for output in &outputs {
        report
            .problems
            .extend(output.rendered.warnings.iter().cloned());
    }
    Ok(Built {
        loaded,
        document,
        outputs,
        warnings: report,
    })
}

/// Renders every output at the same time, each on its own thread: the
/// Markdown and HTML are made while typst lays out the PDF. The outputs come
/// back in the renderers' order, and the first renderer's error wins.
fn render_all(
    renderers: &[Box<dyn Renderer>],
    document: &Document,
    loaded: &Loaded,
    options: &Options,
) -> Result<Vec<Output>, Report> {
    let render = |renderer: &dyn Renderer| {
        let started = Instant::now();
        let rendered = renderer.render(document, loaded, options)?;
        Ok(Output {
            name: format!("{}.{}", document.file_stem, renderer.extension()),
            rendered,
            seconds: started.elapsed().as_secs_f64(),
        })
    };
    std::thread::scope(|scope| {
        let threads: Vec<_> = renderers
            .iter()
            .map(|renderer| {
                std::thread::Builder::new()
                    // typst grows its own stack where it recurses deeply;
                    // this only matches the main thread's size.
                    .stack_size(8 * 1024 * 1024)
                    .spawn_scoped(scope, || render(renderer.as_ref()))
                    .expect("a thread for a renderer")
            })
            .collect();
        threads
            .into_iter()
            .map(|thread| {
                thread
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    })
}

/// Makes one output file's bytes.
type Render<'a> = &'a (dyn Fn() -> Result<Rendered, Report> + Sync);

/// A document drawn from the plan (the follow-up report, a body's view)
/// in its formats, named `stem.pdf`, `stem.md` and `stem.html` (when
/// `html` is given), in that order. The PDF is made on a thread of its
/// own (typst's stack) while the Markdown and HTML are made.
fn render_formats(
    stem: &str,
    pdf: Render,
    markdown: Render,
    html: Option<Render>,
) -> Result<Vec<Output>, Report> {
    let timed = |extension: &str, render: Render| {
        let started = Instant::now();
        let rendered = render()?;
        Ok::<_, Report>(Output {
            name: format!("{stem}.{extension}"),
            rendered,
            seconds: started.elapsed().as_secs_f64(),
        })
    };
    std::thread::scope(|scope| {
        let pdf = std::thread::Builder::new()
            .stack_size(8 * 1024 * 1024)
            .spawn_scoped(scope, || timed("pdf", pdf))
            .expect("a thread for the PDF");
        let markdown = timed("md", markdown);
        let page = html.map(|html| timed("html", html));
        let pdf = pdf
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        let mut outputs = vec![pdf?, markdown?];
        outputs.extend(page.transpose()?);
        Ok(outputs)
    })
}

/// How a file in the output folder differs from what the build makes now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Staleness {
    /// The file is not there.
    Missing,
    /// The file's bytes differ.
    Stale,
    /// The file could not be read (the reason).
    Unreadable(String),
}

/// The outputs whose files in `dir` are not byte for byte what the build
/// made, with how they differ; empty when every file is current. Reads
/// only, writes nothing.
pub fn compare_outputs(outputs: &[Output], dir: &Path) -> Vec<(std::path::PathBuf, Staleness)> {
    outputs
        .iter()
        .filter_map(|output| {
            let path = dir.join(&output.name);
            let staleness = match std::fs::read(&path) {
                Ok(bytes) if bytes == output.rendered.bytes => return None,
                Ok(_) => Staleness::Stale,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Staleness::Missing,
                Err(e) => Staleness::Unreadable(e.to_string()),
            };
            Some((path, staleness))
        })
        .collect()
}

/// `--slutlig` and a plan that is still a draft: no approval date.
fn draft_refused(loaded: &Loaded) -> Problem {
    let message = crate::msg!("build-draft-refused");
    let at = (loaded.positions).get(Locus::Key(PLAN.name, "godkant_datum"));
    let problem = match at {
        Some(span) if span.file < loaded.sources.len() => error_at(
            span.file,
            span.range.clone(),
            message,
            crate::t!("build-draft-refused.label"),
        ),
        _ => error(message),
    };
    let date = load::example_date(MetaField::GodkantDatum, loaded.plan.period);
    let example = format!("godkant_datum = {date}");
    problem.hint(crate::t!("build-draft-refused.hint", example = example))
}
