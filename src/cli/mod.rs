//! The command line: `handlingsplan build` and `handlingsplan check`.

mod print;

use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand, ValueEnum};
use codespan_reporting::term::termcolor::ColorChoice;

use crate::build::output;
use crate::document::Document;
use crate::load::{self, Loaded};
use crate::render::{self, Template, TemplateKind};
use crate::report::{Report, Sources};

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
    /// Prints every problem with its file, line and column. Exits with
    /// status 1 if any plan has a problem, so it can guard CI and editors.
    Check {
        /// Plan folders (each holding plan.toml).
        #[arg(value_name = "PLAN_DIR", default_value = ".")]
        plans: Vec<PathBuf>,
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
    let result = match cli.command {
        Command::Build {
            plan,
            output,
            emit_typst,
        } => build(&plan, &output, emit_typst.as_deref()),
        Command::Check { plans } => check(&plans, color),
    };
    print::exit_code(match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(report) => {
            print::report(&report, color);
            ExitCode::FAILURE
        }
    })
}

fn check(plans: &[PathBuf], color: ColorChoice) -> Result<(), Report> {
    let mut failed = 0;
    for dir in plans {
        match load::load(dir) {
            Ok(loaded) => {
                let activities: usize = loaded.plan.areas.iter().map(|a| a.activities.len()).sum();
                print::out(format_args!(
                    "ok: {} ({}, {})",
                    dir.display(),
                    count(loaded.plan.areas.len(), "area", "areas"),
                    count(activities, "activity", "activities")
                ));
            }
            Err(report) => {
                failed += 1;
                print::report(&report, color);
            }
        }
    }
    if failed == 0 {
        return Ok(());
    }
    let message = if plans.len() == 1 {
        "the plan has problems".to_owned()
    } else {
        format!("{failed} of {} plans have problems", plans.len())
    };
    Err(Report {
        sources: Sources::default(),
        problems: vec![crate::report::error(message)],
    })
}

/// Everything a build produces, rendered in memory before anything is written.
pub struct Built {
    pub stem: String,
    pub pdf: render::pdf::Pdf,
    pub markdown: String,
    pub pdf_seconds: f64,
    pub markdown_seconds: f64,
    /// The typst project to write if `--emit-typst DIR` was given: each
    /// file's path (inside DIR) and bytes. Empty otherwise.
    pub typst: Vec<(PathBuf, Cow<'static, [u8]>)>,
}

/// Loads, validates and renders a plan without writing any file; with
/// `emit_typst`, also collects the typst project to write there.
pub fn render_plan(dir: &Path, emit_typst: Option<&Path>) -> Result<Built, Report> {
    let loaded: Loaded = load::load(dir)?;
    let doc = Document::new(&loaded);
    let as_report = |problem| Report {
        sources: Sources::default(),
        problems: vec![problem],
    };

    let started = Instant::now();
    let template = Template::find(&loaded.region, TemplateKind::Markdown).map_err(as_report)?;
    let markdown = render::markdown::render(&doc, &template)?;
    let markdown_seconds = started.elapsed().as_secs_f64();

    let started = Instant::now();
    let bundle = render::pdf::Bundle::new(&doc, &loaded).map_err(as_report)?;
    let pdf = render::pdf::render(&doc, &bundle, source_date_epoch())?;
    let pdf_seconds = started.elapsed().as_secs_f64();
    let typst = match emit_typst {
        Some(dir) => typst_project(dir, bundle),
        None => Vec::new(),
    };
    Ok(Built {
        stem: doc.file_stem,
        pdf,
        markdown,
        pdf_seconds,
        markdown_seconds,
        typst,
    })
}

/// The files of `Bundle::write_to`'s typst project in `dir`, to write with
/// the outputs.
fn typst_project(dir: &Path, bundle: render::pdf::Bundle) -> Vec<(PathBuf, Cow<'static, [u8]>)> {
    let mut files = vec![(
        dir.join(render::pdf::Bundle::MAIN),
        Cow::Owned(bundle.main.into_bytes()),
    )];
    for (path, data) in bundle.files {
        files.push((dir.join(path), data));
    }
    for (name, data) in bundle.fonts {
        files.push((dir.join("fonts").join(name), data));
    }
    files
}

/// The files a build of the plan in `dir` reads, which its outputs must never
/// replace: the plan folder's own files (plan.toml, its Markdown sections),
/// its areas, region.toml and the region's templates.
// TODO: replace with the list of files the loader actually read.
fn read_files(dir: &Path) -> Vec<PathBuf> {
    let region = match dir.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => dir.join(".."),
    };
    let mut files = vec![region.join("region.toml")];
    for folder in [
        dir.to_path_buf(),
        dir.join("omraden"),
        region.join("templates"),
    ] {
        if let Ok(entries) = std::fs::read_dir(folder) {
            files.extend(entries.flatten().map(|e| e.path()).filter(|p| p.is_file()));
        }
    }
    files.iter().filter_map(|p| p.canonicalize().ok()).collect()
}

fn build(dir: &Path, out: &Path, emit_typst: Option<&Path>) -> Result<(), Report> {
    let built = render_plan(dir, emit_typst)?;
    for warning in &built.pdf.warnings {
        print::err(warning);
    }
    let pdf_path = out.join(format!("{}.pdf", built.stem));
    let md_path = out.join(format!("{}.md", built.stem));
    let mut files: Vec<(&Path, &[u8])> = vec![
        (&pdf_path, built.pdf.bytes.as_slice()),
        (&md_path, built.markdown.as_bytes()),
    ];
    files.extend(built.typst.iter().map(|(p, b)| (p.as_path(), b.as_ref())));
    output::write_all(&files, &read_files(dir))?;
    let pages = count(built.pdf.pages, "page", "pages");
    print::out(format_args!(
        "wrote {} ({pages}, {})",
        pdf_path.display(),
        seconds(built.pdf_seconds)
    ));
    print::out(format_args!(
        "wrote {} ({})",
        md_path.display(),
        seconds(built.markdown_seconds)
    ));
    if let Some(dir) = emit_typst {
        print::out(format_args!("wrote typst sources to {}", dir.display()));
    }
    Ok(())
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn seconds(s: f64) -> String {
    if s < 1.0 {
        format!("{} ms", (s * 1000.0).round() as u64)
    } else {
        format!("{s:.2} s")
    }
}

/// `SOURCE_DATE_EPOCH`, the reproducible-builds convention for "now".
fn source_date_epoch() -> Option<i64> {
    std::env::var("SOURCE_DATE_EPOCH").ok()?.trim().parse().ok()
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
            // A closed pipe, not a bug; only reports print outside `print`,
            // and a report means the command fails.
            std::process::exit(1);
        }
        print::err(format_args!(
            "error: handlingsplan stopped because of an internal error: {message}\n\
             = hint: this is a bug in handlingsplan, not in your plan; please report it with the plan that caused it"
        ));
    }));
}
