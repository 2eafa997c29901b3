//! `id`: prints the ids given to activities that had none.

use super::print;
use codespan_reporting::term::termcolor::ColorChoice;
use std::path::Path;
use std::process::ExitCode;

pub fn run(plan: &Path, messages: ColorChoice) -> ExitCode {
    match crate::ids::give_ids(plan) {
        Ok(outcome) => {
            let left = outcome.remaining.problems.len();
            print::report(&outcome.remaining, messages);
            for given in &outcome.given {
                print::out(crate::t!(
                    "ids-given",
                    file = &given.file,
                    number = &given.number,
                    id = &given.id
                ));
            }
            let had = outcome.activities - outcome.given.len();
            print::err(if outcome.given.is_empty() {
                crate::t!("ids-nothing-to-do", count = had)
            } else {
                crate::t!("ids-gave", given = outcome.given.len(), had = had)
            });
            if left > 0 {
                print::err(crate::t!("ids-remaining", count = left));
            }
            ExitCode::SUCCESS
        }
        Err(report) => {
            print::report(&report, messages);
            ExitCode::FAILURE
        }
    }
}
