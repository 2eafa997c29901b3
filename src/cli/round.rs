//! `uppfoljning ny`: writes the next follow-up round's file of a plan and says where.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;
use codespan_reporting::term::termcolor::ColorChoice;

use super::print;
use crate::model::Date;
use crate::round::{self, Options};

/// What `uppfoljning` does.
#[derive(Subcommand)]
pub enum RoundCommand {
    Ny {
        #[arg(value_name = "PLAN_DIR", default_value = ".")]
        plan: PathBuf,

        #[arg(long, value_name = "ÅÅÅÅ-MM-DD", value_parser = parse_date)]
        datum: Option<Date>,

        #[arg(long, value_name = "NAMN")]
        organ: Option<String>,
    },
}

fn parse_date(text: &str) -> Result<Date, String> {
    Date::parse(text).ok_or_else(|| crate::t!("cli-uppfoljning-ny-bad-date"))
}

pub fn run(command: &RoundCommand, color: ColorChoice) -> ExitCode {
    let RoundCommand::Ny { plan, datum, organ } = command;
    let options = Options {
        date: *datum,
        organ: organ.clone(),
    };
    match round::next(plan, &options) {
        Ok(written) => {
            let path = written.path.to_string_lossy().replace('\\', "/");
            print::out(crate::t!(
                "round-written",
                path = path,
                count = written.activities
            ));
            ExitCode::SUCCESS
        }
        Err(report) => {
            print::report(&report, color);
            ExitCode::FAILURE
        }
    }
}
