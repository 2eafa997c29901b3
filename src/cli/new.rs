//! `new`: prints what starting the next period's plan did and what is left to fill in.

use super::print;
use codespan_reporting::term::termcolor::ColorChoice;
use std::path::Path;
use std::process::ExitCode;

/// `new PERIOD --from PLAN_DIR`: prints what was done and what to fill in.
pub fn run(period: &str, from: &Path, color: ColorChoice) -> ExitCode {
    let created = match crate::period::create(from, period) {
        Ok(created) => created,
        Err(report) => {
            print::report(&report, color);
            print::err(crate::t!("period-failed"));
            return ExitCode::FAILURE;
        }
    };
    let dir = created.dir.to_string_lossy().replace('\\', "/");
    print::out(crate::t!(
        "period-created",
        dir = dir.as_str(),
        from = from.display().to_string()
    ));
    for line in &created.done {
        print::out(format_args!("  {line}"));
    }
    if let Some(round) = &created.from_round {
        print::out(&round.heading);
        for line in &round.lines {
            print::out(format_args!("  {line}"));
        }
    }
    if created.todo.is_empty() {
        print::out(crate::t!("period-nothing-missing"));
    } else {
        print::out(crate::t!(
            "period-to-fill-in",
            count = created.todo.len(),
            dir = dir.as_str()
        ));
        for line in &created.todo {
            print::out(format_args!("  {line}"));
        }
    }
    if !created.mentions.is_empty() {
        print::out(crate::t!("period-mentions"));
        for line in &created.mentions {
            print::out(format_args!("  {line}"));
        }
    }
    ExitCode::SUCCESS
}
