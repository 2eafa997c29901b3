//! `build` and `build --check`: arguments to options, the outputs written through the writer, and what was written printed.

use std::path::Path;
use std::process::ExitCode;

use codespan_reporting::term::termcolor::ColorChoice;

use super::print;
use super::standard::PdfStandardArg;
use crate::build;
use crate::msg;
use crate::render::Options;
use crate::report::{Hint, Report};
use crate::t;
use crate::write;

pub fn run(
    dir: &Path,
    out: &Path,
    emit_typst: Option<&Path>,
    options: Result<Options, Report>,
    color: ColorChoice,
) -> ExitCode {
    let fail = |report: Report| failed(&report, color);
    let built = match options.and_then(|options| build::build(dir, &options)) {
        Ok(built) => built,
        Err(report) => return fail(report),
    };
    print::report(&built.warnings, color);
    // The outputs and the typst project are written all or nothing.
    let project = match emit_typst.map(|_| built.typst_project()) {
        Some(Ok(project)) => project,
        Some(Err(report)) => return fail(report),
        None => Vec::new(),
    };
    let mut batch = write::Batch::new();
    batch.protect(&built.loaded.files_read);
    for o in &built.outputs {
        batch.add(out, &o.name, &o.rendered.bytes, write::Before::Anything);
    }
    if let Some(dir) = emit_typst {
        for (path, data) in &project {
            batch.add(dir, path, data, write::Before::Anything);
        }
    }
    if let Err(report) = batch.commit() {
        return fail(report);
    }
    for output in &built.outputs {
        let path = out.join(&output.name);
        let mut details: Vec<String> = output.rendered.summary.iter().cloned().collect();
        details.push(seconds(output.seconds));
        print::out(t!(
            "cli-build-wrote",
            path = path.display().to_string(),
            details = details.join(", ")
        ));
    }
    if let Some(dir) = emit_typst {
        print::out(t!("cli-build-wrote-typst", dir = dir.display().to_string()));
    }
    ExitCode::SUCCESS
}

/// `build --check`: renders in memory and says which files in `out` are
/// not what `build` would write now.
pub fn check(
    dir: &Path,
    out: &Path,
    options: Result<Options, Report>,
    color: ColorChoice,
) -> ExitCode {
    let fail = |report: Report| {
        print::report(&report, color);
        print::err(t!("cli-build-check-failed", counts = report.counts()));
        ExitCode::FAILURE
    };
    let built = match options.and_then(|options| build::build(dir, &options)) {
        Ok(built) => built,
        Err(report) => return fail(report),
    };
    print::report(&built.warnings, color);
    let differences = build::compare_outputs(&built.outputs, out);
    for output in &built.outputs {
        let path = out.join(&output.name);
        if !differences.iter().any(|(p, _)| *p == path) {
            print::out(t!(
                "cli-build-check-current",
                path = path.display().to_string()
            ));
        }
    }
    if differences.is_empty() {
        return ExitCode::SUCCESS;
    }
    for (path, staleness) in &differences {
        let path = path.display().to_string();
        let line = match staleness {
            build::Staleness::Missing => t!("cli-build-check-missing", path = path),
            build::Staleness::Stale => t!("cli-build-check-stale", path = path),
            build::Staleness::Unreadable(e) => {
                t!(
                    "cli-build-check-unreadable",
                    path = path,
                    reason = e.to_string()
                )
            }
        };
        print::err(format_args!("{}: {line}", t!("report-severity-error")));
    }
    print::err(t!(
        "cli-build-check-summary",
        count = differences.len(),
        plan = dir.display().to_string(),
        output = out.display().to_string()
    ));
    ExitCode::FAILURE
}

/// The plan in `dir` built in memory, dated by `SOURCE_DATE_EPOCH` if set.
/// The settings of one `build`: `SOURCE_DATE_EPOCH`, `--pdf-standard`,
/// `--no-html` and `--slutlig`.
pub fn options(
    standard: &PdfStandardArg,
    no_html: bool,
    approved_only: bool,
) -> Result<Options, Report> {
    let options = standard.options(source_date_epoch()?)?;
    Ok(Options {
        no_html,
        approved_only,
        ..options
    })
}

/// "46 ms", "1,43 s" (the decimal mark of the chosen language).
pub fn seconds(s: f64) -> String {
    if s < 1.0 {
        t!("cli-milliseconds", ms = (s * 1000.0).round())
    } else {
        let s = format!("{s:.2}").replace('.', &t!("cli-decimal-mark"));
        t!("cli-seconds", seconds = s)
    }
}

/// Prints the report of a build (or report, or view) that failed, and the
/// line saying nothing was written; the exit code.
pub fn failed(report: &Report, color: ColorChoice) -> ExitCode {
    print::report(report, color);
    print::err(t!("cli-build-failed", counts = report.counts()));
    ExitCode::FAILURE
}

/// The default render options dated by `SOURCE_DATE_EPOCH`, for the
/// documents drawn from a plan (the follow-up report, a body's view).
pub fn epoch_options() -> Result<crate::render::Options, Report> {
    Ok(crate::render::Options {
        epoch: source_date_epoch()?,
        ..crate::render::Options::default()
    })
}

/// `SOURCE_DATE_EPOCH`, the reproducible-builds convention for "now".
pub fn source_date_epoch() -> Result<Option<i64>, Report> {
    let Ok(value) = std::env::var("SOURCE_DATE_EPOCH") else {
        return Ok(None);
    };
    value.trim().parse().map(Some).map_err(|_| {
        Report::single(
            crate::report::error(msg!("cli-epoch-invalid", value = value.as_str()))
                .hint(t!("cli-epoch-invalid-hint")),
        )
    })
}
