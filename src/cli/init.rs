//! `init`: asks for what flags do not give (on a terminal only), writes the new repository, prints what it wrote and what comes next.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use codespan_reporting::term::termcolor::ColorChoice;
use dialoguer::{Input, Select};

use super::print;
use crate::init::{self, Answers, Columns, DEFAULT_AREAS};
use crate::model::Period;
use crate::t;

#[derive(Args)]
pub struct InitArgs {
    #[arg(value_name = "DIR", default_value = ".")]
    dir: PathBuf,
    #[arg(long, value_name = "NAMN")]
    organisation: Option<String>,
    #[arg(long, value_name = "NAMN")]
    kortnamn: Option<String>,
    #[arg(long, value_name = "PERIOD")]
    period: Option<String>,
    #[arg(long, value_enum, value_name = "LAYOUT")]
    kolumner: Option<ColumnsArg>,
    #[arg(long = "omrade", value_name = "RUBRIK")]
    areas: Vec<String>,
}

#[derive(Clone, Copy, ValueEnum)]
enum ColumnsArg {
    Referens,
    Effekt,
}

impl From<ColumnsArg> for Columns {
    fn from(arg: ColumnsArg) -> Self {
        match arg {
            ColumnsArg::Referens => Columns::Reference,
            ColumnsArg::Effekt => Columns::Effect,
        }
    }
}

pub fn run(args: &InitArgs, color: ColorChoice) -> ExitCode {
    let ask = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    let answers = match answers(args, ask) {
        Ok(answers) => answers,
        Err(message) => {
            print::err(format_args!("{}: {message}", t!("report-severity-error")));
            return ExitCode::FAILURE;
        }
    };
    let written = init::files(&answers).and_then(|files| {
        init::write(&args.dir, &files)?;
        Ok(files)
    });
    match written {
        Ok(files) => {
            for (path, _) in &files {
                let path = shown(&args.dir.join(path));
                print::out(t!("init-wrote", path = path));
            }
            let plan = shown(&args.dir.join(answers.period.slug()));
            print::out(t!("init-next", plan = plan));
            ExitCode::SUCCESS
        }
        Err(report) => {
            print::report(&report, color);
            print::err(t!("init-failed"));
            ExitCode::FAILURE
        }
    }
}

/// A path as messages show it: with `/`, without a leading `./`.
fn shown(path: &Path) -> String {
    let text = path.display().to_string().replace('\\', "/");
    text.strip_prefix("./").map(str::to_owned).unwrap_or(text)
}

/// The flags' answers, the rest asked on a terminal or else the defaults.
fn answers(args: &InitArgs, ask: bool) -> Result<Answers, String> {
    let organisation = match &args.organisation {
        Some(name) => name.clone(),
        None if ask => question(t!("init-ask-organisation"), t!("init-default-organisation"))?,
        None => t!("init-default-organisation"),
    };
    let suggested = init::suggested_short_name(&organisation);
    let short_name = match &args.kortnamn {
        Some(name) => name.clone(),
        None if ask => question(t!("init-ask-kortnamn"), suggested)?,
        None => suggested,
    };
    if crate::format::layout::slug(&short_name) != short_name {
        return Err(t!(
            "init-bad-kortnamn",
            name = short_name.as_str(),
            suggestion = crate::format::layout::slug(&short_name)
        ));
    }
    let next_year = (current_year() + 1).to_string();
    let period = match &args.period {
        Some(period) => period.clone(),
        None if ask => question(t!("init-ask-period"), next_year)?,
        None => next_year,
    };
    let period = Period::parse(&period).ok_or_else(|| t!("init-bad-period", period = period))?;
    let columns = match args.kolumner {
        Some(columns) => columns.into(),
        None if ask => choose_columns()?,
        None => Columns::Reference,
    };
    let areas = match args.areas.is_empty() {
        false => args.areas.clone(),
        true if ask => split_areas(&question(t!("init-ask-areas"), DEFAULT_AREAS.join(", "))?),
        true => DEFAULT_AREAS.iter().map(|s| s.to_string()).collect(),
    };
    if areas.is_empty() {
        return Err(t!("init-no-areas"));
    }
    Ok(Answers {
        organisation,
        short_name,
        period,
        columns,
        areas,
    })
}

fn question(prompt: String, default: String) -> Result<String, String> {
    Input::<String>::new()
        .with_prompt(prompt)
        .default(default)
        .interact_text()
        .map_err(|e| e.to_string())
}

fn choose_columns() -> Result<Columns, String> {
    let choice = Select::new()
        .with_prompt(t!("init-ask-kolumner"))
        .items([t!("init-kolumner-referens"), t!("init-kolumner-effekt")])
        .default(0)
        .interact()
        .map_err(|e| e.to_string())?;
    Ok(if choice == 0 {
        Columns::Reference
    } else {
        Columns::Effect
    })
}

/// "Rätt läkemedelsbehandling, Ekonomiskt mål" → the two titles.
fn split_areas(text: &str) -> Vec<String> {
    (text.split([',', ';']))
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// This year, by the system clock (for the default period: next year).
fn current_year() -> i32 {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    time::OffsetDateTime::from_unix_timestamp(i64::try_from(seconds).unwrap_or(0))
        .map_or(2026, |t| t.year())
}
