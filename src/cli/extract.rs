//! `handlingsplan extract FILE.pdf DIR`: printing only; the work is in [`crate::extract`].

use std::path::Path;
use std::process::ExitCode;

use codespan_reporting::term::termcolor::ColorChoice;

use super::print;
use crate::extract;
use crate::report::{Hint, Report, error};

pub fn run(pdf: &Path, dir: &Path, color: ColorChoice) -> ExitCode {
    match files(pdf).and_then(|files| extract::write(dir, &files)) {
        Ok(paths) => {
            for path in &paths {
                print::out(format_args!("wrote {}", dir.join(path).display()));
            }
            print::err(format_args!(
                "extracted {} from {}",
                crate::report::plural(paths.len(), "file", "files"),
                pdf.display()
            ));
            ExitCode::SUCCESS
        }
        Err(problem) => {
            print::report(&Report::single(problem), color);
            print::err("extract failed; nothing was written");
            ExitCode::FAILURE
        }
    }
}

/// The files attached to the PDF at `path`; refused when there are none.
fn files(path: &Path) -> Result<Vec<extract::Attachment>, crate::report::Problem> {
    let shown = path.display();
    let bytes = std::fs::read(path).map_err(|e| error(format!("cannot read {shown}: {e}")))?;
    let files = extract::attachments(&bytes).map_err(|e| error(format!("{shown}: {e}")))?;
    if files.is_empty() {
        return Err(error(format!("{shown} carries no plan files")).hint(
            "only PDFs built with bifoga_kallfiler = true in region.toml carry their plan's files",
        ));
    }
    Ok(files)
}
