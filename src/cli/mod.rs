//! The command line: arguments and printing only; the work is done by [`crate::build`].

mod ansvar;
mod build;
mod check;
mod diff;
mod extract;
mod fmt;
mod help;
mod id;
mod init;
mod new;
mod print;
mod round;
mod schema;
mod shell;
mod standard;
mod watch;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use codespan_reporting::term::termcolor::ColorChoice;

use crate::i18n;
use crate::t;
use crate::write;
use standard::PdfStandardArg;

// The help of every command and argument is in the message catalogue
// (`locales/*/cli.ftl`), looked up by their names: see `help.rs`.
#[derive(Parser)]
#[command(name = "handlingsplan", version = env!("HANDLINGSPLAN_VERSION"))]
struct Cli {
    #[command(subcommand)]
    command: Command,

    #[arg(long, value_enum, default_value_t = Color::Auto, global = true)]
    color: Color,

    #[arg(long, value_enum, global = true)]
    lang: Option<LangArg>,
}

#[derive(Subcommand)]
enum Command {
    Build {
        #[arg(value_name = "PLAN_DIR", default_value = ".")]
        plan: PathBuf,

        #[arg(short, long, value_name = "DIR", default_value = "output")]
        output: PathBuf,

        #[arg(long, value_name = "DIR")]
        emit_typst: Option<PathBuf>,

        #[command(flatten)]
        standard: PdfStandardArg,
        #[arg(long)]
        no_html: bool,
        #[arg(long = "slutlig")]
        approved_only: bool,
        #[arg(long, conflicts_with = "emit_typst")]
        check: bool,
    },
    Check {
        #[arg(value_name = "PLAN_DIR", default_value = ".")]
        plans: Vec<PathBuf>,

        #[command(flatten)]
        standard: PdfStandardArg,
        #[arg(long = "slutlig")]
        approved_only: bool,
        #[arg(long, value_enum, default_value_t = ProblemFormat::Human)]
        format: ProblemFormat,
    },
    Extract {
        #[arg(value_name = "FILE.pdf")]
        pdf: PathBuf,

        #[arg(value_name = "DIR")]
        dir: PathBuf,
    },
    Diff(diff::DiffArgs),
    Id {
        #[arg(value_name = "PLAN_DIR", default_value = ".")]
        plan: PathBuf,
    },
    Schema {
        #[arg(value_name = "PLAN_DIR")]
        plan: Option<PathBuf>,

        #[arg(short, long, value_name = "DIR")]
        output: Option<PathBuf>,
    },
    Fmt {
        #[arg(value_name = "PATH", default_value = ".")]
        paths: Vec<PathBuf>,

        #[arg(long)]
        check: bool,
    },
    New {
        #[arg(value_name = "PERIOD")]
        period: String,

        #[arg(long, value_name = "PLAN_DIR")]
        from: PathBuf,
    },
    #[command(subcommand)]
    Uppfoljning(round::RoundCommand),
    Ansvar(ansvar::AnsvarArgs),
    Watch {
        #[arg(value_name = "PLAN_DIR", default_value = ".")]
        plan: PathBuf,

        #[arg(short, long, value_name = "DIR", default_value = "output")]
        output: PathBuf,
    },
    Init(init::InitArgs),
    Completions {
        #[arg(value_name = "SHELL", value_enum)]
        shell: clap_complete::Shell,
    },
    Man,
}

/// How `check` prints problems.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ProblemFormat {
    Human,
    Github,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum LangArg {
    Sv,
    En,
}

#[derive(Clone, Copy, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

impl Color {
    fn choice(self) -> ColorChoice {
        match self {
            Color::Auto if std::io::IsTerminal::is_terminal(&std::io::stderr()) => {
                ColorChoice::Auto
            }
            Color::Auto | Color::Never => ColorChoice::Never,
            Color::Always => ColorChoice::Always,
        }
    }
}

/// The command line's arguments and their help, in the chosen language.
pub fn command() -> clap::Command {
    help::localize(Cli::command())
}

/// Runs the command line and returns the process's exit status.
pub fn run() -> ExitCode {
    install_panic_hook();
    write::install_interrupt_handler();
    let args = help::help_command_as_flag(std::env::args_os().collect());
    i18n::set_language(help::language(&args));
    help::warn_about_unknown_language(&args);
    let cli = match command()
        .try_get_matches_from(args)
        .and_then(|matches| Cli::from_arg_matches(&matches))
    {
        Ok(cli) => cli,
        Err(e) => return help::exit(&e),
    };
    let color = cli.color.choice();
    print::exit_code(match cli.command {
        Command::Build {
            plan,
            output,
            emit_typst,
            standard,
            no_html,
            approved_only,
            check,
        } => {
            let options = build::options(&standard, no_html, approved_only);
            if check {
                build::check(&plan, &output, options, color)
            } else {
                build::run(&plan, &output, emit_typst.as_deref(), options, color)
            }
        }
        Command::Check {
            plans,
            standard,
            approved_only,
            format,
        } => check::run(&plans, &standard, approved_only, format, color),
        Command::Extract { pdf, dir } => extract::run(&pdf, &dir, color),
        Command::Diff(args) => diff::run(&args, cli.color, color),
        Command::Id { plan } => id::run(&plan, color),
        Command::Schema { plan, output } => schema::run(plan.as_deref(), output.as_deref(), color),
        Command::Fmt { paths, check } => fmt::run(&paths, check, color),
        Command::New { period, from } => new::run(&period, &from, color),
        Command::Uppfoljning(command) => round::run(&command, color),
        Command::Ansvar(args) => ansvar::run(&args, color),
        Command::Watch { plan, output } => watch::run(&plan, &output, color),
        Command::Init(args) => init::run(&args, color),
        Command::Completions { shell } => shell::completions(shell),
        Command::Man => shell::man(),
    })
}

/// A bug should still end in a short message, not a backtrace.
fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        if print::is_broken_pipe_panic(&message) {
            // A closed pipe, not a bug: every line is printed through
            // `print`, which handles it; this is the last line of defence.
            std::process::exit(1);
        }
        print::err(format_args!(
            "{}: {}\n= {}",
            t!("report-severity-error"),
            t!("cli-internal-error", message = message),
            t!("report-hint", text = t!("cli-internal-error-hint"))
        ));
    }));
}
