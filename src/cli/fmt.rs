//! `fmt`: formats plan files as the format describes, or with `--check` lists those it would change.

use super::print;
use codespan_reporting::term::termcolor::ColorChoice;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Exit status of `fmt` when a file could not be read or formatted (1 means
/// that `--check` found files to format).
const FMT_ERROR: u8 = 2;

/// Formats the files of `paths`, or with `check` lists those that formatting
/// would change.
pub fn run(paths: &[PathBuf], check: bool, color: ColorChoice) -> ExitCode {
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
