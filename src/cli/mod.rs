//! The command line: arguments and printing only; the work is done by [`crate::build`].

mod authoring;
mod diff;
mod extract;
mod help;
mod period;
mod print;
mod standard;

use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use codespan_reporting::term::termcolor::ColorChoice;

use crate::build;
use crate::i18n;
use crate::render::{self, Options};
use crate::report::{Hint, Report};
use crate::t;
use crate::write;
use standard::PdfStandardArg;

// The help of every command and argument is in the message catalogue
// (`locales/*/cli.ftl`), looked up by their names: see `help.rs`.
#[derive(Parser)]
#[command(name = "handlingsplan", version)]
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
        #[arg(long, conflicts_with = "emit_typst")]
        check: bool,
    },
    Check {
        #[arg(value_name = "PLAN_DIR", default_value = ".")]
        plans: Vec<PathBuf>,

        #[command(flatten)]
        standard: PdfStandardArg,
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
    Watch {
        #[arg(value_name = "PLAN_DIR", default_value = ".")]
        plan: PathBuf,

        #[arg(short, long, value_name = "DIR", default_value = "output")]
        output: PathBuf,
    },
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
            check,
        } => {
            let options = build_options(&standard, no_html);
            if check {
                build_check(&plan, &output, options, color)
            } else {
                build(&plan, &output, emit_typst.as_deref(), options, color)
            }
        }
        Command::Check {
            plans,
            standard,
            format,
        } => check(&plans, &standard, format, color),
        Command::Extract { pdf, dir } => extract::run(&pdf, &dir, color),
        Command::Diff(args) => diff::diff(&args, cli.color, color),
        Command::Id { plan } => diff::ids(&plan, color),
        Command::Schema { plan, output } => {
            authoring::schema(plan.as_deref(), output.as_deref(), color)
        }
        Command::Fmt { paths, check } => authoring::fmt(&paths, check, color),
        Command::New { period, from } => period::new(&period, &from, color),
        Command::Watch { plan, output } => period::watch(&plan, &output, color),
    })
}

fn check(
    plans: &[PathBuf],
    standard: &PdfStandardArg,
    format: ProblemFormat,
    color: ColorChoice,
) -> ExitCode {
    let options = match standard.options(None) {
        Ok(options) => options,
        Err(report) => {
            print::report(&report, color);
            return ExitCode::FAILURE;
        }
    };
    let (mut failed, mut errors, mut warnings) = (0, 0, 0);
    let mut diagnostics = Vec::new();
    for dir in plans {
        let report = match build::build(dir, &options) {
            Ok(built) => {
                let areas = &built.loaded.plan.areas;
                let activities: usize = areas.iter().map(|a| a.activities.len()).sum();
                if format != ProblemFormat::Json {
                    print::out(t!(
                        "cli-check-ok",
                        plan = dir.display().to_string(),
                        areas = areas.len(),
                        activities = activities
                    ));
                }
                built.warnings
            }
            Err(report) => {
                failed += 1;
                report
            }
        };
        errors += report.errors();
        warnings += report.warnings();
        match format {
            ProblemFormat::Human => print::report(&report, color),
            ProblemFormat::Github => report
                .diagnostics()
                .iter()
                .for_each(|d| print::out(d.github_annotation())),
            ProblemFormat::Json => diagnostics.extend(report.diagnostics()),
        }
    }
    if format == ProblemFormat::Json {
        print::out(print::json(&diagnostics, errors, warnings));
    }
    print::err(t!(
        "cli-check-summary",
        plans = plans.len(),
        failed = failed,
        errors = errors,
        warnings = warnings
    ));
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn build(
    dir: &Path,
    out: &Path,
    emit_typst: Option<&Path>,
    options: Result<Options, Report>,
    color: ColorChoice,
) -> ExitCode {
    let fail = |report: Report| {
        print::report(&report, color);
        print::err(t!("cli-build-failed", counts = report.counts()));
        ExitCode::FAILURE
    };
    let built = match options.and_then(|options| build::build(dir, &options)) {
        Ok(built) => built,
        Err(report) => return fail(report),
    };
    print::report(&built.warnings, color);
    for output in &built.outputs {
        output.rendered.warnings.iter().for_each(print::err);
    }
    // The outputs and the typst project are written all or nothing.
    let project = match emit_typst.map(|_| typst_project(&built)) {
        Some(Ok(project)) => project,
        Some(Err(report)) => return fail(report),
        None => Vec::new(),
    };
    let mut batch = write::Batch::new();
    batch.protect(&built.loaded.files_read);
    for o in &built.outputs {
        batch.add(out, &o.name, &o.rendered.bytes, write::Before::Anything);
    }
    if let Some(dir) = emit_typst {
        for (path, data) in &project {
            batch.add(dir, path, data, write::Before::Anything);
        }
    }
    if let Err(report) = batch.commit() {
        return fail(report);
    }
    for output in &built.outputs {
        let path = out.join(&output.name);
        let mut details: Vec<String> = output.rendered.summary.iter().cloned().collect();
        details.push(seconds(output.seconds));
        print::out(t!(
            "cli-build-wrote",
            path = path.display().to_string(),
            details = details.join(", ")
        ));
    }
    if let Some(dir) = emit_typst {
        print::out(t!("cli-build-wrote-typst", dir = dir.display().to_string()));
    }
    ExitCode::SUCCESS
}

/// `build --check`: renders in memory and says which files in `out` are
/// not what `build` would write now.
fn build_check(
    dir: &Path,
    out: &Path,
    options: Result<Options, Report>,
    color: ColorChoice,
) -> ExitCode {
    let fail = |report: Report| {
        print::report(&report, color);
        print::err(t!("cli-build-check-failed", counts = report.counts()));
        ExitCode::FAILURE
    };
    let built = match options.and_then(|options| build::build(dir, &options)) {
        Ok(built) => built,
        Err(report) => return fail(report),
    };
    print::report(&built.warnings, color);
    let differences = build::compare_outputs(&built.outputs, out);
    for output in &built.outputs {
        let path = out.join(&output.name);
        if !differences.iter().any(|(p, _)| *p == path) {
            print::out(t!(
                "cli-build-check-current",
                path = path.display().to_string()
            ));
        }
    }
    if differences.is_empty() {
        return ExitCode::SUCCESS;
    }
    for (path, staleness) in &differences {
        let path = path.display().to_string();
        let line = match staleness {
            build::Staleness::Missing => t!("cli-build-check-missing", path = path),
            build::Staleness::Stale => t!("cli-build-check-stale", path = path),
            build::Staleness::Unreadable(e) => {
                t!(
                    "cli-build-check-unreadable",
                    path = path,
                    reason = e.to_string()
                )
            }
        };
        print::err(format_args!("{}: {line}", t!("report-severity-error")));
    }
    print::err(t!(
        "cli-build-check-summary",
        count = differences.len(),
        plan = dir.display().to_string(),
        output = out.display().to_string()
    ));
    ExitCode::FAILURE
}

/// The plan in `dir` built in memory, dated by `SOURCE_DATE_EPOCH` if set.
/// The settings of one `build`: `SOURCE_DATE_EPOCH`, `--pdf-standard` and
/// `--no-html`.
fn build_options(standard: &PdfStandardArg, no_html: bool) -> Result<Options, Report> {
    let options = standard.options(source_date_epoch()?)?;
    Ok(Options { no_html, ..options })
}

/// A file to write: where (relative to its folder), and its bytes.
type OutputFile = (PathBuf, Cow<'static, [u8]>);

/// The exact typst project the PDF was compiled from, its paths relative to
/// the folder it is written to.
fn typst_project(built: &build::Built) -> Result<Vec<OutputFile>, Report> {
    let template = render::pdf::PdfRenderer::template(&built.loaded).map_err(Report::single)?;
    let bundle = render::pdf::Bundle::new(&built.document, &built.loaded, template);
    Ok(bundle.project_files())
}

/// "46 ms", "1,43 s" (the decimal mark of the chosen language).
fn seconds(s: f64) -> String {
    if s < 1.0 {
        t!("cli-milliseconds", ms = (s * 1000.0).round())
    } else {
        let s = format!("{s:.2}").replace('.', &t!("cli-decimal-mark"));
        t!("cli-seconds", seconds = s)
    }
}

/// `SOURCE_DATE_EPOCH`, the reproducible-builds convention for "now".
fn source_date_epoch() -> Result<Option<i64>, Report> {
    let Ok(value) = std::env::var("SOURCE_DATE_EPOCH") else {
        return Ok(None);
    };
    value.trim().parse().map(Some).map_err(|_| {
        Report::single(
            crate::report::error(t!("cli-epoch-invalid", value = value.as_str()))
                .hint(t!("cli-epoch-invalid-hint")),
        )
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
