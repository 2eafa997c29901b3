//! `ansvar PLAN_DIR --organ NAMN`: one body's view of the plan, printed, or with `-o DIR` written as PDF, Markdown and HTML.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use codespan_reporting::term::termcolor::ColorChoice;

use super::{print, round};
use crate::build::body;
use crate::report::Report;

/// The arguments of `ansvar`.
#[derive(Args)]
pub struct AnsvarArgs {
    #[arg(value_name = "PLAN_DIR", default_value = ".")]
    plan: PathBuf,

    #[arg(long, value_name = "NAMN")]
    organ: String,

    #[arg(short, long, value_name = "DIR")]
    output: Option<PathBuf>,
}

pub fn run(args: &AnsvarArgs, color: ColorChoice) -> ExitCode {
    let fail = |report: Report| super::build::failed(&report, color);
    let options = match super::build::epoch_options() {
        Ok(options) => options,
        Err(report) => return fail(report),
    };
    let mut built = match body::view(&args.plan, &args.organ, &options) {
        Ok(built) => built,
        Err(report) => return fail(report),
    };
    let done = match &args.output {
        None => built.text().map(|text| {
            print::report(&built.warnings, color);
            print::out(text.trim_end());
        }),
        Some(out) => built.files(&options).and_then(|outputs| {
            print::report(&built.warnings, color);
            round::write_outputs(out, &outputs, &built.loaded.files_read)
        }),
    };
    match done {
        Ok(()) => ExitCode::SUCCESS,
        Err(report) => fail(report),
    }
}
