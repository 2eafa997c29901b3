//! The follow-up report as a library (`uppfoljning rapport`): the plan's build checks, then the round's report rendered in memory in three formats.
//!
//! The report is refused for exactly what `check` reports in the plan (the
//! same load and renderer checks run first), and for a round it cannot
//! find: a plan without rounds, or a `--omgang` that names none.

use std::path::Path;

use super::Output;
use crate::document::FollowUpDoc;
use crate::load::Loaded;
use crate::render::{self, Options};
use crate::report::{Hint, Report, did_you_mean, error};

/// A rendered report.
pub struct ReportBuilt {
    pub loaded: Loaded,
    pub report: FollowUpDoc,
    /// PDF, Markdown and (unless the region leaves HTML out) HTML.
    pub outputs: Vec<Output>,
    pub warnings: Report,
}

/// Loads and checks the plan in `dir` as `build` does, and renders the
/// report of the round `key` (the latest when `None`) without writing.
pub fn report(dir: &Path, key: Option<&str>, options: &Options) -> Result<ReportBuilt, Report> {
    let super::Checked {
        loaded,
        document,
        mut report,
        ..
    } = super::checked(dir, options)?;
    let index = round_index(&loaded, key)?;
    let followup = FollowUpDoc::new(&loaded, &document, index);
    let html = loaded.region.html && !options.no_html;
    let outputs = render_three(&followup, &loaded, options, html)?;
    for output in &outputs {
        report
            .problems
            .extend(output.rendered.warnings.iter().cloned());
    }
    Ok(ReportBuilt {
        loaded,
        report: followup,
        outputs,
        warnings: report,
    })
}

/// The place of the round `key` among the plan's rounds, or the latest's.
fn round_index(loaded: &Loaded, key: Option<&str>) -> Result<usize, Report> {
    let rounds = &loaded.plan.rounds;
    let keys: Vec<&str> = rounds.iter().map(|r| r.key.as_str()).collect();
    match key {
        None if rounds.is_empty() => Err(Report::single(
            error(crate::msg!("report-no-rounds")).hint(crate::t!("report-no-rounds.hint")),
        )),
        None => Ok(rounds.len() - 1),
        Some(key) => keys.iter().position(|k| *k == key).ok_or_else(|| {
            let problem = error(crate::msg!("report-unknown-round", key = key));
            Report::single(match did_you_mean(key, keys.iter().copied()) {
                Some(near) => problem.hint(crate::t!("plan-did-you-mean", near = near)),
                None => problem.hint(crate::t!(
                    "report-unknown-round.hint",
                    keys = keys.join(", ")
                )),
            })
        }),
    }
}

/// The report in its formats: PDF, Markdown and (when `html`) HTML.
fn render_three(
    followup: &FollowUpDoc,
    loaded: &Loaded,
    options: &Options,
    html: bool,
) -> Result<Vec<Output>, Report> {
    let page = || render::html::drawn::follow_up(followup, loaded);
    super::render_formats(
        &followup.file_stem,
        &|| render::pdf::followup::render(followup, loaded, options),
        &|| render::markdown::drawn::follow_up(followup, loaded),
        html.then_some(&page as super::Render),
    )
}
