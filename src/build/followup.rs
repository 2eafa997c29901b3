//! The follow-up report as a library (`uppfoljning rapport`): the plan's build checks, then the round's report rendered in memory in three formats.
//!
//! The report is refused for exactly what `check` reports in the plan (the
//! same load and renderer checks run first), and for a round it cannot
//! find: a plan without rounds, or a `--omgang` that names none.

use std::path::Path;
use std::time::Instant;

use super::Output;
use crate::document::FollowUpDoc;
use crate::load::Loaded;
use crate::render::{self, Options, Rendered};
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

/// The PDF on a thread of its own (typst's stack) while the Markdown and
/// HTML are made; in the order PDF, Markdown, HTML.
fn render_three(
    followup: &FollowUpDoc,
    loaded: &Loaded,
    options: &Options,
    html: bool,
) -> Result<Vec<Output>, Report> {
    let timed = |extension: &str, render: &dyn Fn() -> Result<Rendered, Report>| {
        let started = Instant::now();
        let rendered = render()?;
        Ok::<_, Report>(Output {
            name: format!("{}.{extension}", followup.file_stem),
            rendered,
            seconds: started.elapsed().as_secs_f64(),
        })
    };
    std::thread::scope(|scope| {
        let pdf = std::thread::Builder::new()
            .stack_size(8 * 1024 * 1024)
            .spawn_scoped(scope, || {
                timed("pdf", &|| {
                    render::pdf::followup::render(followup, loaded, options)
                })
            })
            .expect("a thread for the PDF");
        let markdown = timed("md", &|| render::markdown::followup::render(followup));
        let page =
            html.then(|| timed("html", &|| render::html::followup::render(followup, loaded)));
        let pdf = pdf
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        let mut outputs = vec![pdf?, markdown?];
        outputs.extend(page.transpose()?);
        Ok(outputs)
    })
}
