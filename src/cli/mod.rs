//! The command line: arguments and printing only; the work is done by [`crate::build`].

mod period;
mod print;

use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use codespan_reporting::term::termcolor::ColorChoice;

use crate::build::{self, output};
use crate::render::{self, Options};
use crate::report::{Hint, Report, plural};

#[derive(Parser)]
#[command(
    name = "handlingsplan",
    version,
    about = "Turns a medicines action plan written as TOML files into its official PDF and a Markdown version for review.",
    long_about = "Turns a medicines action plan (handlingsplan för läkemedelsplanen) written as \
TOML files into its official PDF, for the committee, and a Markdown version, for reviewing \
changes.\n\nA plan is a folder such as plans/norrbotten/2022/ holding plan.toml and one file \
per strategy area in omraden/; the folder above it holds region.toml with the organisation's \
columns and style. See README.md for every key.",
    after_help = "Examples:\n  handlingsplan build plans/norrbotten/2022\n  handlingsplan check plans/norrbotten/2022\n  handlingsplan build plans/norrbotten/2022 -o /tmp/utkast"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,

    /// When to colour messages.
    #[arg(long, value_enum, default_value_t = Color::Auto, global = true)]
    color: Color,
}

#[derive(Subcommand)]
enum Command {
    /// Build the PDF and the Markdown of a plan.
    ///
    /// Writes <region>-<period>.pdf and <region>-<period>.md, e.g.
    /// output/norrbotten-2022.pdf. Nothing is written if the plan has a mistake.
    Build {
        /// The plan's folder: the one holding plan.toml.
        #[arg(value_name = "PLAN_DIR", default_value = ".")]
        plan: PathBuf,

        /// Folder to write the PDF and Markdown to.
        #[arg(short, long, value_name = "DIR", default_value = "output")]
        output: PathBuf,

        /// Also write the exact typst source, data and fonts the PDF is
        /// compiled from, to inspect or compile with the typst command.
        #[arg(long, value_name = "DIR")]
        emit_typst: Option<PathBuf>,
    },
    /// Check plans for mistakes without writing anything.
    ///
    /// Runs the whole build in memory, so it finds everything build would
    /// reject, and prints every problem with its file, line and column, then
    /// one summary line. Exits with status 1 if any plan has an error, so it
    /// can guard CI and editors.
    Check {
        /// Plan folders (each holding plan.toml).
        #[arg(value_name = "PLAN_DIR", default_value = ".")]
        plans: Vec<PathBuf>,
    },
    /// Start the next period's plan from an existing one.
    ///
    /// Creates the folder for PERIOD beside PLAN_DIR (e.g. plans/norrbotten/2023)
    /// with the same areas, sections and columns: version 1.0, no approval
    /// date, validity dates from the period, and the activities carried over
    /// with status = "fortsätter" (finished and cancelled ones left out).
    /// Prints what it did and what to fill in. Never replaces a folder.
    New {
        /// The new period: a year (2023) or a span of years (2026-2027).
        #[arg(value_name = "PERIOD")]
        period: String,

        /// The plan to start from: the folder holding its plan.toml.
        #[arg(long, value_name = "PLAN_DIR")]
        from: PathBuf,
    },
    /// Rebuild the PDF and the Markdown whenever a file of the plan changes.
    ///
    /// Builds once, then watches every file the build read (plan, areas,
    /// sections, templates, logo, fonts; new files in those folders too)
    /// and rebuilds after each change, printing one line per build. A
    /// mistake is shown and the old files are kept until it is fixed.
    /// Stop with Ctrl-C.
    Watch {
        /// The plan's folder: the one holding plan.toml.
        #[arg(value_name = "PLAN_DIR", default_value = ".")]
        plan: PathBuf,

        /// Folder to write the PDF and Markdown to.
        #[arg(short, long, value_name = "DIR", default_value = "output")]
        output: PathBuf,
    },
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

/// Runs the command line and returns the process's exit status.
pub fn run() -> ExitCode {
    install_panic_hook();
    output::install_interrupt_handler();
    let cli = Cli::parse();
    let color = cli.color.choice();
    print::exit_code(match cli.command {
        Command::Build {
            plan,
            output,
            emit_typst,
        } => build(&plan, &output, emit_typst.as_deref(), color),
        Command::Check { plans } => check(&plans, color),
        Command::New { period, from } => period::new(&period, &from, color),
        Command::Watch { plan, output } => period::watch(&plan, &output, color),
    })
}

fn check(plans: &[PathBuf], color: ColorChoice) -> ExitCode {
    let (mut failed, mut errors, mut warnings) = (0, 0, 0);
    for dir in plans {
        let report = match build::build(dir, &Options::default()) {
            Ok(built) => {
                let areas = &built.loaded.plan.areas;
                let activities: usize = areas.iter().map(|a| a.activities.len()).sum();
                print::out(format_args!(
                    "ok: {} ({}, {})",
                    dir.display(),
                    plural(areas.len(), "area", "areas"),
                    plural(activities, "activity", "activities")
                ));
                built.warnings
            }
            Err(report) => {
                failed += 1;
                report
            }
        };
        errors += report.errors();
        warnings += report.warnings();
        print::report(&report, color);
    }
    let mut summary = format!("checked {}", plural(plans.len(), "plan", "plans"));
    if failed > 0 {
        summary += &format!(
            ": {failed} with problems ({})",
            plural(errors, "error", "errors")
        );
    } else {
        summary += ": no errors";
    }
    if warnings > 0 {
        summary += &format!(", {}", plural(warnings, "warning", "warnings"));
    }
    print::err(summary);
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn build(dir: &Path, out: &Path, emit_typst: Option<&Path>, color: ColorChoice) -> ExitCode {
    let fail = |report: Report| {
        print::report(&report, color);
        print::err(format_args!(
            "build failed: {}; nothing was written",
            report.counts()
        ));
        ExitCode::FAILURE
    };
    let options = match source_date_epoch() {
        Ok(epoch) => Options { epoch },
        Err(report) => return fail(report),
    };
    let built = match build::build(dir, &options) {
        Ok(built) => built,
        Err(report) => return fail(report),
    };
    print::report(&built.warnings, color);
    for output in &built.outputs {
        output.rendered.warnings.iter().for_each(print::err);
    }
    // The outputs and the typst project are written all or nothing.
    let mut files: Vec<(PathBuf, Cow<[u8]>)> = built
        .outputs
        .iter()
        .map(|o| {
            (
                out.join(&o.name),
                Cow::Borrowed(o.rendered.bytes.as_slice()),
            )
        })
        .collect();
    if let Some(dir) = emit_typst {
        match typst_project(&built, dir) {
            Ok(project) => files.extend(project),
            Err(report) => return fail(report),
        }
    }
    let refs: Vec<(&Path, &[u8])> = files
        .iter()
        .map(|(p, b)| (p.as_path(), b.as_ref()))
        .collect();
    if let Err(report) = output::write_all(&refs, &built.loaded.files_read) {
        return fail(report);
    }
    for (output, (path, _)) in built.outputs.iter().zip(&files) {
        let mut details: Vec<String> = output.rendered.summary.iter().cloned().collect();
        details.push(seconds(output.seconds));
        print::out(format_args!(
            "wrote {} ({})",
            path.display(),
            details.join(", ")
        ));
    }
    if let Some(dir) = emit_typst {
        print::out(format_args!("wrote typst sources to {}", dir.display()));
    }
    ExitCode::SUCCESS
}

/// A file to write: where, and its bytes.
type OutputFile = (PathBuf, Cow<'static, [u8]>);

/// The exact typst project the PDF was compiled from, placed under `dir`.
fn typst_project(built: &build::Built, dir: &Path) -> Result<Vec<OutputFile>, Report> {
    let template = render::pdf::PdfRenderer::template(&built.loaded).map_err(Report::single)?;
    let bundle = render::pdf::Bundle::new(&built.document, &built.loaded, template);
    Ok(bundle
        .project_files()
        .into_iter()
        .map(|(path, data)| (dir.join(path), data))
        .collect())
}

fn seconds(s: f64) -> String {
    if s < 1.0 {
        format!("{} ms", (s * 1000.0).round() as u64)
    } else {
        format!("{s:.2} s")
    }
}

/// `SOURCE_DATE_EPOCH`, the reproducible-builds convention for "now".
fn source_date_epoch() -> Result<Option<i64>, Report> {
    let Ok(value) = std::env::var("SOURCE_DATE_EPOCH") else {
        return Ok(None);
    };
    value.trim().parse().map(Some).map_err(|_| {
        Report::single(
            crate::report::error(format!(
                "SOURCE_DATE_EPOCH=\"{value}\" is not a whole number of seconds"
            ))
            .hint("set it to seconds since 1970-01-01 UTC, e.g. SOURCE_DATE_EPOCH=1640995200, or unset it"),
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
            "error: handlingsplan stopped because of an internal error: {message}\n\
             = hint: this is a bug in handlingsplan, not in your plan; please report it with the plan that caused it"
        ));
    }));
}
