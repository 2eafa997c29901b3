//! `uppfoljning ny`: writes the next follow-up round's file of a plan and says where.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Subcommand;
use codespan_reporting::term::termcolor::ColorChoice;

use super::print;
use crate::build::{Output, followup};
use crate::model::Date;
use crate::report::Report;
use crate::round::{self, Options};
use crate::write;

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
    Rapport {
        #[arg(value_name = "PLAN_DIR", default_value = ".")]
        plan: PathBuf,

        #[arg(long, value_name = "OMGÅNG")]
        omgang: Option<String>,

        #[arg(short, long, value_name = "DIR", default_value = "output")]
        output: PathBuf,
    },
}

fn parse_date(text: &str) -> Result<Date, String> {
    Date::parse(text).ok_or_else(|| crate::t!("cli-uppfoljning-ny-bad-date"))
}

pub fn run(command: &RoundCommand, color: ColorChoice) -> ExitCode {
    let (plan, datum, organ) = match command {
        RoundCommand::Ny { plan, datum, organ } => (plan, datum, organ),
        RoundCommand::Rapport {
            plan,
            omgang,
            output,
        } => return report(plan, omgang.as_deref(), output, color),
    };
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

/// `uppfoljning rapport`: the round's report in three formats, written
/// through the writer; unreadable `tid` values noted on stderr.
fn report(plan: &Path, key: Option<&str>, out: &Path, color: ColorChoice) -> ExitCode {
    let fail = |report: Report| super::build::failed(&report, color);
    let options = match super::build::epoch_options() {
        Ok(options) => options,
        Err(report) => return fail(report),
    };
    let built = match followup::report(plan, key, &options) {
        Ok(built) => built,
        Err(report) => return fail(report),
    };
    print::report(&built.warnings, color);
    if let Err(report) = write_outputs(out, &built.outputs, &built.loaded.files_read) {
        return fail(report);
    }
    let unreadable = &built.report.unreadable;
    if !unreadable.is_empty() {
        print::err(crate::t!(
            "report-unreadable-tid",
            count = unreadable.len(),
            values = unreadable.join(", ")
        ));
    }
    ExitCode::SUCCESS
}

/// Writes `outputs` to `out` through the writer, all or nothing and never
/// over a file the build read (`read`), and says what was written.
pub(super) fn write_outputs(
    out: &Path,
    outputs: &[Output],
    read: &[std::path::PathBuf],
) -> Result<(), Report> {
    let mut batch = write::Batch::new();
    batch.protect(read);
    for o in outputs {
        batch.add(out, &o.name, &o.rendered.bytes, write::Before::Anything);
    }
    batch.commit()?;
    for output in outputs {
        let details: Vec<String> = output.rendered.summary.iter().cloned().collect();
        let details = match details.is_empty() {
            true => String::new(),
            false => format!(" ({})", details.join(", ")),
        };
        print::out(crate::t!(
            "report-written",
            path = out.join(&output.name).display().to_string(),
            details = details
        ));
    }
    Ok(())
}
