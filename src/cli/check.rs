//! `check`: every plan named is built in memory; its problems are printed for people, GitHub or machines.

use std::path::PathBuf;
use std::process::ExitCode;

use codespan_reporting::term::termcolor::ColorChoice;

use super::standard::PdfStandardArg;
use super::{ProblemFormat, print};
use crate::build;
use crate::t;

pub fn run(
    plans: &[PathBuf],
    standard: &PdfStandardArg,
    approved_only: bool,
    format: ProblemFormat,
    color: ColorChoice,
) -> ExitCode {
    let options = match standard.options(None) {
        Ok(options) => crate::render::Options {
            approved_only,
            ..options
        },
        Err(report) => {
            print::report(&report, color);
            return ExitCode::FAILURE;
        }
    };
    let plans = with_region_plans(plans);
    let (mut failed, mut errors, mut warnings) = (0, 0, 0);
    let mut diagnostics = Vec::new();
    for dir in &plans {
        let report = match build::build(dir, &options) {
            Ok(built) => {
                let areas = &built.document.areas;
                let activities: usize = areas.iter().map(|a| a.activities.len()).sum();
                let hidden: usize = areas.iter().map(|a| a.hidden.len()).sum();
                if format != ProblemFormat::Json {
                    print::out(t!(
                        "cli-check-ok",
                        plan = dir.display().to_string(),
                        areas = areas.len(),
                        activities = activities,
                        hidden = hidden
                    ));
                }
                built.warnings
            }
            Err(report) => {
                failed += 1;
                report
            }
        };
        errors += report.errors();
        warnings += report.warnings();
        match format {
            ProblemFormat::Human => print::report(&report, color),
            ProblemFormat::Github => report
                .diagnostics()
                .iter()
                .for_each(|d| print::out(d.github_annotation())),
            ProblemFormat::Json => diagnostics.extend(report.diagnostics()),
        }
    }
    if format == ProblemFormat::Json {
        print::out(print::json(&diagnostics, errors, warnings));
    }
    print::err(t!(
        "cli-check-summary",
        plans = plans.len(),
        failed = failed,
        errors = errors,
        warnings = warnings
    ));
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// The plans named, with a region folder standing for all its plan folders
/// (so `handlingsplan check` at a region repository's root checks them all).
fn with_region_plans(plans: &[PathBuf]) -> Vec<PathBuf> {
    plans
        .iter()
        .flat_map(|dir| match crate::load::plans_in_region(dir) {
            Some(found) if !found.is_empty() => found,
            _ => vec![dir.clone()],
        })
        .collect()
}
