//! The command line: arguments and printing only; the work is done by [`crate::build`].

mod authoring;
mod diff;
mod extract;
mod period;
mod print;
mod standard;

use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use codespan_reporting::term::termcolor::ColorChoice;

use crate::build::{self, output};
use crate::render::{self, Options};
use crate::report::{Hint, Report, plural};
use standard::PdfStandardArg;

#[derive(Parser)]
#[command(
    name = "handlingsplan",
    version,
    about = "Turns a medicines action plan written as TOML files into its official PDF, a Markdown version for review and an accessible HTML page.",
    long_about = "Turns a medicines action plan (handlingsplan för läkemedelsplanen) written as \
TOML files into its official PDF, for the committee, a Markdown version, for reviewing \
changes, and an accessible HTML page, for the web.\n\nA plan is a folder such as plans/norrbotten/2022/ holding plan.toml and one file \
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
    /// Build the PDF, the Markdown and the HTML of a plan.
    ///
    /// Writes <region>-<period>.pdf and <region>-<period>.md, e.g.
    /// output/norrbotten-2022.pdf, and an accessible <region>-<period>.html
    /// unless region.toml says html = false or --no-html is given. Nothing
    /// is written if the plan has a mistake.
    Build {
        /// The plan's folder: the one holding plan.toml.
        #[arg(value_name = "PLAN_DIR", default_value = ".")]
        plan: PathBuf,

        /// Folder to write the PDF, Markdown and HTML to.
        #[arg(short, long, value_name = "DIR", default_value = "output")]
        output: PathBuf,

        /// Also write the exact typst source, data and fonts the PDF is
        /// compiled from, to inspect or compile with the typst command.
        #[arg(long, value_name = "DIR")]
        emit_typst: Option<PathBuf>,

        #[command(flatten)]
        standard: PdfStandardArg,
        /// Do not write the HTML version, even if region.toml asks for it
        /// (html = true, the default).
        #[arg(long)]
        no_html: bool,
        /// Write nothing: render in memory and compare with the files in
        /// the output folder. Exits with status 1, naming each stale or
        /// missing file, unless they are all up to date (a CI guard that
        /// committed outputs are current).
        #[arg(long, conflicts_with = "emit_typst")]
        check: bool,
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

        #[command(flatten)]
        standard: PdfStandardArg,
        /// How to print problems: human (messages with the source quoted,
        /// on standard error), github (GitHub Actions annotations, on
        /// standard output, so problems show on the lines of a pull
        /// request) or json (one JSON document on standard output).
        #[arg(long, value_enum, default_value_t = ProblemFormat::Human)]
        format: ProblemFormat,
    },
    /// Write the plan files attached to a PDF back to a folder.
    ///
    /// A region with `bifoga_kallfiler = true` attaches every file its
    /// build read to the PDF. This writes them into DIR (which must not
    /// hold any of them yet), so that `handlingsplan build DIR/<period>`
    /// builds the same PDF again.
    Extract {
        /// The PDF to read.
        #[arg(value_name = "FILE.pdf")]
        pdf: PathBuf,

        /// The folder to write the plan to (the region folder).
        #[arg(value_name = "DIR")]
        dir: PathBuf,
    },
    /// Show what changed between two versions of a plan.
    ///
    /// Compares two plan folders, or with --rev the plan at a git revision
    /// with the work tree (--rev main) or two revisions (--rev v1.0..main).
    /// Activities are matched by id, else by similar text (a guess). Exits
    /// with 0 when nothing changed, 1 when something did, 2 on an error.
    Diff(diff::DiffArgs),
    /// Give every activity without an id a short one derived from its text.
    ///
    /// Writes the ids into the area files in place, keeping comments and
    /// layout; running it again changes nothing.
    Id {
        /// The plan's folder: the one holding plan.toml.
        #[arg(value_name = "PLAN_DIR", default_value = ".")]
        plan: PathBuf,
    },
    /// Write JSON Schemas for editors: completion, help and errors as you type.
    ///
    /// Without PLAN_DIR, writes region.schema.json, plan.schema.json and
    /// area.schema.json (standard columns) to DIR, by default schemas/. With
    /// PLAN_DIR, writes area.schema.json for that region's own columns, by
    /// default beside its region.toml. A TOML file names its schema in its
    /// first line, e.g. an area file: #:schema ../../area.schema.json
    Schema {
        /// A plan folder whose region's columns the area schema follows.
        #[arg(value_name = "PLAN_DIR")]
        plan: Option<PathBuf>,

        /// Folder to write the schemas to.
        #[arg(short, long, value_name = "DIR")]
        output: Option<PathBuf>,
    },
    /// Format plan files: key order, quotes, lists and long texts, keeping comments.
    ///
    /// Formats region.toml, plan.toml and the area files of the given plan
    /// folders (also the region.toml above them), region folders or files.
    /// Never changes what a file says. Exits with status 2 if a file cannot
    /// be read or is not valid TOML.
    Fmt {
        /// Plan folders, region folders or TOML files.
        #[arg(value_name = "PATH", default_value = ".")]
        paths: Vec<PathBuf>,

        /// Write nothing; list the files that are not formatted and exit with
        /// status 1 if there are any (for CI).
        #[arg(long)]
        check: bool,
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
    /// Rebuild the PDF, Markdown and HTML whenever a file of the plan changes.
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

        /// Folder to write the PDF, Markdown and HTML to.
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
                    print::out(format_args!(
                        "ok: {} ({}, {})",
                        dir.display(),
                        plural(areas.len(), "area", "areas"),
                        plural(activities, "activity", "activities")
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

fn build(
    dir: &Path,
    out: &Path,
    emit_typst: Option<&Path>,
    options: Result<Options, Report>,
    color: ColorChoice,
) -> ExitCode {
    let fail = |report: Report| {
        print::report(&report, color);
        print::err(format_args!(
            "build failed: {}; nothing was written",
            report.counts()
        ));
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
        print::err(format_args!("build --check failed: {}", report.counts()));
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
            print::out(format_args!("up to date: {}", path.display()));
        }
    }
    if differences.is_empty() {
        return ExitCode::SUCCESS;
    }
    for (path, staleness) in &differences {
        let why = match staleness {
            build::Staleness::Missing => "missing".to_owned(),
            build::Staleness::Stale => "stale".to_owned(),
            build::Staleness::Unreadable(e) => format!("cannot be read ({e})"),
        };
        print::err(format_args!("error: {} is {why}", path.display()));
    }
    print::err(format_args!(
        "build --check: {} not up to date; run `handlingsplan build {} -o {}` and commit the result",
        plural(differences.len(), "file is", "files are"),
        dir.display(),
        out.display()
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
