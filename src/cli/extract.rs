//! `handlingsplan extract FILE.pdf DIR`: printing only; the work is in [`crate::extract`].

use std::path::Path;
use std::process::ExitCode;

use codespan_reporting::term::termcolor::ColorChoice;

use super::print;
use crate::extract;
use crate::report::{Hint, Report, error};
use crate::t;

pub fn run(pdf: &Path, dir: &Path, color: ColorChoice) -> ExitCode {
    let written = files(pdf).map_err(Report::single);
    match written.and_then(|files| extract::write(dir, &files)) {
        Ok(paths) => {
            for path in &paths {
                let path = dir.join(path).display().to_string();
                print::out(t!("extract-wrote", path = path));
            }
            print::err(t!(
                "extract-done",
                count = paths.len(),
                pdf = pdf.display().to_string()
            ));
            ExitCode::SUCCESS
        }
        Err(report) => {
            print::report(&report, color);
            print::err(t!("extract-failed"));
            ExitCode::FAILURE
        }
    }
}

/// The files attached to the PDF at `path`; refused when there are none.
fn files(path: &Path) -> Result<Vec<extract::Attachment>, crate::report::Problem> {
    let shown = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| {
        error(t!(
            "extract-cannot-read",
            path = &shown,
            error = e.to_string()
        ))
    })?;
    let files = extract::attachments(&bytes).map_err(|e| error(format!("{shown}: {e}")))?;
    if files.is_empty() {
        return Err(error(t!("extract-no-files", path = &shown)).hint(t!("extract-no-files-hint")));
    }
    Ok(files)
}
