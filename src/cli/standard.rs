//! `--pdf-standard` for `build` and `check`: parsing and checking the names.

use crate::format::pdf_standard::Choice;
use crate::render::Options;
use crate::report::{Hint, Report};

/// `--pdf-standard`, shared by `build` and `check`.
#[derive(clap::Args)]
pub struct PdfStandardArg {
    #[arg(long = "pdf-standard", value_name = "STANDARD", value_delimiter = ',', value_parser = standard_name)]
    names: Vec<String>,
}

impl PdfStandardArg {
    /// The build options with this choice (and `SOURCE_DATE_EPOCH`).
    pub fn options(&self, epoch: Option<i64>) -> Result<Options, Report> {
        let pdf_standard = match self.names.as_slice() {
            [] => None,
            names => Some(Choice::new(names).map_err(|refusal| {
                let mut message = refusal.message;
                message.text = format!("--pdf-standard: {}", message.text);
                let problem = crate::report::error(message);
                Report::single(refusal.hints.iter().fold(problem, |p, h| p.hint(h)))
            })?),
        };
        Ok(Options {
            epoch,
            pdf_standard,
            ..Options::default()
        })
    }
}

/// One `--pdf-standard` name, checked against typst's list.
fn standard_name(name: &str) -> Result<String, String> {
    Choice::new(&[name])
        .map(|_| name.trim().to_owned())
        .map_err(|refusal| {
            let hints = refusal
                .hints
                .iter()
                .map(|hint| format!("\n  {}", crate::t!("report-hint", text = hint)));
            std::iter::once(refusal.message.text.clone())
                .chain(hints)
                .collect()
        })
}
