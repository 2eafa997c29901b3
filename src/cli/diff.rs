//! `diff`: compares two versions of a plan (folders or git revisions) and prints the changes in the format asked for.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use codespan_reporting::term::termcolor::ColorChoice;

use super::{Color, print};
use crate::diff::{self, PlanDiff, git};
use crate::load::{self, Loaded, Report};
use crate::report::Hint;

#[derive(Args)]
pub struct DiffArgs {
    #[arg(value_name = "OLD")]
    old: Option<PathBuf>,

    #[arg(value_name = "NEW")]
    new: Option<PathBuf>,

    #[arg(long, value_name = "REV")]
    rev: Option<String>,

    #[arg(long, value_enum, default_value_t = DiffFormat::Terminal)]
    format: DiffFormat,
}

#[derive(Clone, Copy, ValueEnum)]
enum DiffFormat {
    Terminal,
    Markdown,
    Json,
    Summary,
}

/// Exit status for "the plans differ", as with diff(1).
const CHANGED: u8 = 1;
/// Exit status for "could not compare".
const TROUBLE: u8 = 2;

pub fn run(args: &DiffArgs, color: Color, messages: ColorChoice) -> ExitCode {
    let loaded = match (&args.rev, &args.old, &args.new) {
        (Some(_), _, Some(_)) => Err(usage(crate::msg!("diff-rev-and-new"))),
        (Some(rev), plan, None) => {
            let plan = plan.clone().unwrap_or_else(|| PathBuf::from("."));
            by_revision(&plan, rev)
        }
        (None, Some(old), Some(new)) => both(load_folder(old), load_folder(new)),
        (None, _, _) => Err(usage(crate::msg!("diff-give-two"))),
    };
    let (old, new) = match loaded {
        Ok(pair) => pair,
        Err(report) => {
            print::report(&report, messages);
            return ExitCode::from(TROUBLE);
        }
    };
    let changes = diff::compare(&old, &new);
    print::out(render(&changes, args.format, color).trim_end());
    if changes.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(CHANGED)
    }
}

fn render(changes: &PlanDiff, format: DiffFormat, color: Color) -> String {
    match format {
        DiffFormat::Terminal => {
            let coloured = match color {
                Color::Always => true,
                Color::Never => false,
                Color::Auto => std::io::IsTerminal::is_terminal(&std::io::stdout()),
            };
            diff::terminal::render(changes, coloured)
        }
        DiffFormat::Markdown => diff::markdown::render(changes),
        DiffFormat::Json => diff::json::render(changes),
        DiffFormat::Summary => diff::summary::render(changes),
    }
}

fn usage(message: crate::report::Message) -> Report {
    Report::single(crate::report::error(message).hint(crate::t!("diff-usage-hint")))
}

fn both(
    old: Result<Loaded, Report>,
    new: Result<Loaded, Report>,
) -> Result<(Loaded, Loaded), Report> {
    Ok((old?, new?))
}

/// A plan from a folder; a plan with errors cannot be compared.
fn load_folder(dir: &Path) -> Result<Loaded, Report> {
    load::load(dir).map_err(|report| with_cause(report, &dir.display().to_string()))
}

fn by_revision(plan: &Path, rev: &str) -> Result<(Loaded, Loaded), Report> {
    let at = |rev: &str| {
        git::load_at(plan, rev).map_err(|r| {
            let at = crate::t!("diff-plan-at", plan = plan.display().to_string(), rev = rev);
            with_cause(r, &at)
        })
    };
    match git::split_range(rev) {
        (old, Some(new)) => both(at(old), at(new)),
        (old, None) => both(at(old), load_folder(plan)),
    }
}

/// A loading report ending with which plan could not be compared.
fn with_cause(mut report: Report, plan: &str) -> Report {
    if report.problems.iter().any(|p| !p.labels.is_empty()) {
        report.problems.push(crate::report::error(crate::msg!(
            "diff-cannot-compare",
            plan = plan
        )));
    }
    report
}
