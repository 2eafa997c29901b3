//! `handlingsplan extract FILE.pdf DIR`: printing only; the work is in [`crate::extract`].

use std::path::Path;
use std::process::ExitCode;

use codespan_reporting::term::termcolor::ColorChoice;

use super::print;
use crate::extract;
use crate::msg;
use crate::report::{Hint, Report, error, printable};
use crate::t;

pub fn run(pdf: &Path, dir: &Path, color: ColorChoice) -> ExitCode {
    let written = files(pdf).map_err(Report::single);
    match written.and_then(|files| extract::write(dir, &files)) {
        Ok(paths) => {
            for path in &paths {
                let path = printable(&dir.join(path).display().to_string());
                print::out(t!("extract-wrote", path = path));
            }
            print::err(t!(
                "extract-done",
                count = paths.len(),
                pdf = printable(&pdf.display().to_string())
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

/// The files attached to the PDF at `path` (at most [`extract::MAX_PDF_BYTES`]
/// read); refused when there are none.
fn files(path: &Path) -> Result<Vec<extract::Attachment>, crate::report::Problem> {
    use std::io::Read;
    let shown = path.display().to_string();
    let cannot_read = |e: String| error(msg!("extract-cannot-read", path = &shown, error = e));
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|file| {
            file.take(extract::MAX_PDF_BYTES + 1)
                .read_to_end(&mut bytes)
        })
        .map_err(|e| cannot_read(e.to_string()))?;
    if bytes.len() as u64 > extract::MAX_PDF_BYTES {
        let limit = (extract::MAX_PDF_BYTES / 1024 / 1024).to_string();
        return Err(cannot_read(t!("extract-pdf-too-large", limit = limit)));
    }
    let files = extract::attachments(&bytes).map_err(|mut message| {
        message.text = format!("{shown}: {}", message.text);
        error(message)
    })?;
    if files.is_empty() {
        return Err(
            error(msg!("extract-no-files", path = &shown)).hint(t!("extract-no-files-hint"))
        );
    }
    Ok(files)
}
