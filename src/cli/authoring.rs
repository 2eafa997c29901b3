//! The commands for plan authors' editors: `schema` (JSON Schemas) and `fmt` (canonical formatting).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use codespan_reporting::term::termcolor::ColorChoice;

use super::print;
use crate::format::schema;
use crate::report::{Hint, Report, error};
use crate::write;

/// Exit status of `fmt` when a file could not be read or formatted (1 means
/// that `--check` found files to format).
const FMT_ERROR: u8 = 2;

/// Writes the generic schemas to `out` (default `schemas/`), or, for a plan
/// folder, the area-file schema of its region (default: beside region.toml).
pub fn schema(plan: Option<&Path>, out: Option<&Path>, color: ColorChoice) -> ExitCode {
    let files = match plan {
        None => vec![
            (schema::REGION_FILE, schema::to_text(&schema::region())),
            (schema::PLAN_FILE, schema::to_text(&schema::plan())),
            (schema::AREA_FILE, schema::to_text(&schema::area(None))),
        ],
        Some(dir) => match region_columns(dir) {
            Ok(columns) => vec![(
                schema::AREA_FILE,
                schema::to_text(&schema::area(Some(&columns))),
            )],
            Err(report) => return fail(&report, color),
        },
    };
    let out = match (out, plan) {
        (Some(out), _) => out.to_path_buf(),
        (None, None) => PathBuf::from("schemas"),
        (None, Some(dir)) => crate::load::region_folder(dir),
    };
    let refs: Vec<(&Path, &[u8])> = files
        .iter()
        .map(|(name, text)| (Path::new(name), text.as_bytes()))
        .collect();
    if let Err(report) = write::write_all(&out, &refs, &[]) {
        return fail(&report, color);
    }
    for (name, _) in &files {
        let path = out.join(name).display().to_string();
        print::out(crate::t!("schema-wrote", path = path));
    }
    ExitCode::SUCCESS
}

fn fail(report: &Report, color: ColorChoice) -> ExitCode {
    print::report(report, color);
    ExitCode::FAILURE
}

/// The columns of the region a plan belongs to. Mistakes in the plan's own
/// files do not matter here (the schema helps to find them); mistakes in
/// region.toml do.
fn region_columns(dir: &Path) -> Result<Vec<crate::model::Column>, Report> {
    let loading = crate::load::load_with_report(dir);
    let report = loading.report;
    let region_errors = report.problems.iter().any(|p| {
        p.severity >= codespan_reporting::diagnostic::Severity::Error
            && p.labels.first().is_none_or(|l| {
                report
                    .sources
                    .name(l.file_id)
                    .is_some_and(|n| n.ends_with("region.toml"))
            })
    });
    match loading.loaded {
        Some(loaded) if !region_errors => Ok(loaded.region.columns),
        _ if report.has_errors() => Err(report),
        _ => Err(Report::single(
            error(crate::t!(
                "schema-no-region",
                dir = dir.display().to_string()
            ))
            .hint(crate::t!("schema-no-region-hint")),
        )),
    }
}

/// Formats the files of `paths`, or with `check` lists those that formatting
/// would change.
pub fn fmt(paths: &[PathBuf], check: bool, color: ColorChoice) -> ExitCode {
    let checked = match crate::fmt::run(paths, check) {
        Ok(checked) => checked,
        Err(report) => {
            print::report(&report, color);
            print::err(crate::t!("fmt-failed", counts = report.counts()));
            return ExitCode::from(FMT_ERROR);
        }
    };
    let changed: Vec<&Path> = checked
        .iter()
        .filter(|c| c.changed)
        .map(|c| c.path.as_path())
        .collect();
    for path in &changed {
        let path = path.display().to_string();
        match check {
            true => print::out(crate::t!("fmt-would-format", path = path)),
            false => print::out(crate::t!("fmt-formatted-file", path = path)),
        }
    }
    let checked = checked.len();
    match (check, changed.len()) {
        (_, 0) => print::err(crate::t!("fmt-all-formatted", checked = checked)),
        (true, n) => {
            print::err(crate::t!("fmt-not-formatted", checked = checked, count = n));
            let hint = crate::t!("report-hint", text = crate::t!("fmt-check-hint"));
            print::err(format_args!("= {hint}"));
            return ExitCode::FAILURE;
        }
        (false, n) => print::err(crate::t!(
            "fmt-some-formatted",
            checked = checked,
            count = n
        )),
    }
    ExitCode::SUCCESS
}
