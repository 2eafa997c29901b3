//! Reads a plan folder into the validated model, or reports every problem found.
//!
//! A plan folder (`plans/norrbotten/2022/`) holds `plan.toml`, its Markdown
//! files, `omraden/*.toml` and its follow-up rounds `uppfoljning/*.toml`; the folder above it holds `region.toml`, the
//! region's `templates/`, logo and fonts. Every file is read once, here,
//! through the sandboxed [`Folder`] rooted at the region's folder.

mod abbreviations;
mod area;
mod areas;
mod assets;
mod columns;
pub mod folder;
mod goals;
mod locate;
mod markdown;
pub(crate) mod organ;
mod placement;
mod plan;
mod positions;
mod prose;
mod references;
mod region;
mod round;
mod round_status;
mod rounds;
mod status;
mod status_names;
mod syntax;
mod syntax_kind;
mod syntax_said;
mod table;
mod text;

use std::ops::Range;
use std::path::{Path, PathBuf};

use crate::format::TableSpec;
use crate::format::layout::{GOALS_FILE, PLAN_FILE, REGION_FILE};
use crate::model::{Plan, Region};
use crate::msg;
use crate::report::{FileId, Hint, Problem, Sources, error, error_at};
use crate::t;
use folder::{DiskFolder, Folder, ReadError};
use table::Table;

pub use crate::report::Report;
pub use assets::{Asset, Assets, MAX_FONT_BYTES};
use locate::{cannot_open, locate};
pub use locate::{open_folder, plans_in_region, region_folder};
pub use markdown::parse as parse_markdown;
pub use markdown::parse_cell as parse_markdown_cell;
pub use plan::example_date;
pub use positions::{Locus, Positions, Span};
pub use round_status::{Conflict as RoundConflict, conflict as round_conflict};
pub use syntax::parse as parse_toml;

/// Largest plan file (TOML or Markdown) read; real ones are a few kilobytes.
pub const MAX_FILE_BYTES: u64 = 2 * 1024 * 1024;
/// Most strategy areas in one plan.
pub const MAX_AREAS: usize = 200;
/// Most activities in one plan, counting parts; real plans have tens.
pub const MAX_ACTIVITIES: usize = 20_000;

/// A plan that passed every check, with the region it belongs to.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub region: Region,
    pub plan: Plan,
    /// Logo, fonts and templates, read at load.
    pub assets: Assets,
    /// Where things were written, for messages after loading.
    pub positions: Positions,
    /// The plan files' text, which `positions` point into.
    pub sources: Sources,
    /// The real paths of every file read, so that outputs never replace one.
    pub files_read: Vec<PathBuf>,
    /// Every file read, in order, with its path relative to the region
    /// folder: together a buildable copy of the plan.
    pub source_files: Vec<SourceFile>,
    /// Whether every area file plan.toml lists was read (with or without
    /// problems of its own): only then are all the plan's activities known.
    pub every_area_read: bool,
}

/// One file a build read: its path relative to the region folder, and its bytes.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceFile {
    pub path: PathBuf,
    pub bytes: Vec<u8>,
}

/// The outcome of loading: the plan as far as it could be read (even with
/// errors, so later checks can look at it), and every problem found.
pub struct Loading {
    pub loaded: Option<Loaded>,
    pub report: Report,
}

/// Loads and validates the plan in `dir`; warnings are dropped.
pub fn load(dir: &Path) -> Result<Loaded, Report> {
    let Loading { loaded, report } = load_with_report(dir);
    match loaded {
        Some(loaded) if !report.has_errors() => Ok(loaded),
        _ => Err(report),
    }
}

/// Loads the plan in `dir` from disk, with every problem and warning.
pub fn load_with_report(dir: &Path) -> Loading {
    let failed = |problem| Loading {
        loaded: None,
        report: Report::single(problem),
    };
    let (root, plan_dir) = match locate(dir) {
        Ok(found) => found,
        Err(problem) => return failed(problem),
    };
    match DiskFolder::open(&root, &plan_dir, dir) {
        Ok(folder) => load_from(&folder, &plan_dir),
        Err(e) => failed(cannot_open(&root, &e)),
    }
}

/// The columns of the region a plan belongs to. Mistakes in the plan's own
/// files do not matter here (the schema helps to find them); mistakes in
/// region.toml do.
pub fn region_columns(dir: &Path) -> Result<Vec<crate::model::Column>, Report> {
    let loading = load_with_report(dir);
    let report = loading.report;
    let region_errors = report.problems.iter().any(|p| {
        p.severity >= codespan_reporting::diagnostic::Severity::Error
            && p.labels.first().is_none_or(|l| {
                report
                    .sources
                    .name(l.file_id)
                    .is_some_and(|n| n.ends_with(REGION_FILE))
            })
    });
    match loading.loaded {
        Some(loaded) if !region_errors => Ok(loaded.region.columns),
        _ if report.has_errors() => Err(report),
        _ => Err(Report::single(
            error(crate::msg!(
                "schema-no-region",
                dir = dir.display().to_string()
            ))
            .hint(crate::t!("schema-no-region-hint")),
        )),
    }
}

/// Loads the plan in `plan_dir` (relative to the region folder) from `folder`.
pub fn load_from(folder: &dyn Folder, plan_dir: &Path) -> Loading {
    let mut loader = Loader {
        folder,
        plan_dir: plan_dir.to_path_buf(),
        sources: Sources::default(),
        problems: Vec::new(),
        positions: Positions::default(),
        files_read: Vec::new(),
        source_files: Vec::new(),
        column_use: columns::ColumnUse::default(),
        unchecked_goals: goals::Unchecked::default(),
    };
    let loaded = loader.run();
    let mut problems = loader.problems;
    if loaded.is_none() && problems.is_empty() {
        problems.push(error(msg!("load-nothing-loaded")));
    }
    Loading {
        loaded,
        report: Report {
            sources: loader.sources,
            problems,
        },
    }
}

struct Loader<'f> {
    folder: &'f dyn Folder,
    plan_dir: PathBuf,
    sources: Sources,
    problems: Vec<Problem>,
    positions: Positions,
    files_read: Vec<PathBuf>,
    source_files: Vec<SourceFile>,
    column_use: columns::ColumnUse,
    unchecked_goals: goals::Unchecked,
}

/// What a file's reader may use besides its table.
pub(crate) struct Context<'l> {
    pub sources: &'l mut Sources,
    pub positions: &'l mut Positions,
    pub folder: &'l dyn Folder,
    pub files_read: &'l mut Vec<PathBuf>,
    pub source_files: &'l mut Vec<SourceFile>,
    pub plan_dir: &'l Path,
    pub column_use: &'l mut columns::ColumnUse,
    /// The goal ids an activity's `mal` may name unchecked: mal.toml's own
    /// mistakes kept them from being read.
    pub unchecked_goals: &'l goals::Unchecked,
}

impl Loader<'_> {
    /// Reads every file as far as it can be read, so that one run reports
    /// every problem: a plan whose plan.toml could not be read still has
    /// its areas read and checked (`Loaded` then holds no metadata or
    /// prose). Only without region.toml is nothing loaded: the areas'
    /// columns, fonts and templates are the region's.
    fn run(&mut self) -> Option<Loaded> {
        let region_name = self.region_name();
        let region = self
            .read_toml(
                Path::new(REGION_FILE),
                &crate::format::REGION,
                |table, cx| region::read(table, &region_name, cx),
            )
            .ok()
            .map(|region| self.read_goals(region));
        let plan_path = self.plan_dir.join(PLAN_FILE);
        let plan_file = self
            .read_toml(&plan_path, &crate::format::PLAN, |table, cx| {
                plan::read(table, region.as_ref(), cx)
            })
            .ok();
        let area_names = match &plan_file {
            Some(p) => p.area_names.clone(),
            None => self.area_files_on_disk(),
        };
        if plan_file.is_some() && !area_names.is_empty() {
            let file = plan_file.as_ref().map(|p| p.file);
            self.check_unlisted_areas(&area_names, file);
        }
        let period = plan_file.as_ref().map(|p| p.plan.period);
        let mut read = self.read_areas(
            &area_names,
            plan_file.as_ref().map(|p| p.file),
            region.as_ref(),
            period,
        );
        // Only then are all the plan's activities known (for `id`).
        let all_areas_read = plan_file.is_some() && read.areas.len() == area_names.len();
        let region = region?;
        let usage = std::mem::take(&mut self.column_use);
        columns::fold(&region, usage, &mut self.problems);
        let mut plan = plan_file.map_or_else(plan::unread, |p| p.plan);
        plan.areas = std::mem::take(&mut read.areas);
        self.check_size(&plan);
        plan.rounds = self.read_rounds(&plan, &read, &region);
        // (A reference into an area that could not be read says nothing new.)
        if let Some(other_ids) = &read.other_ids {
            self.problems.extend(references::check(
                &plan,
                &self.positions.references,
                other_ids,
            ));
        }
        if let Some(glossary) = &region.abbreviations {
            (self.problems).extend(abbreviations::check(glossary, &self.positions.capitals));
        }
        let assets = {
            let (mut cx, problems) = self.context();
            assets::read(&region, &mut cx, problems)
        };
        Some(Loaded {
            region,
            plan,
            assets,
            positions: std::mem::take(&mut self.positions),
            sources: self.sources.clone(),
            files_read: std::mem::take(&mut self.files_read),
            source_files: std::mem::take(&mut self.source_files),
            every_area_read: all_areas_read,
        })
    }

    /// The region with its goals, when mal.toml stands beside region.toml.
    /// A goal that mal.toml's own mistakes keep out (or all of them, when
    /// it cannot be read) is reported there once, not again for every
    /// activity that names it.
    fn read_goals(&mut self, mut region: Region) -> Region {
        let path = Path::new(GOALS_FILE);
        if self.folder.kind(path) == Err(folder::ReadError::NotFound) {
            return region;
        }
        let goals = match self.read_toml(path, &crate::format::GOALS, goals::read) {
            Ok((goals, unchecked)) => {
                self.unchecked_goals = unchecked;
                goals
            }
            Err(_) => {
                self.unchecked_goals = goals::Unchecked::All;
                Vec::new()
            }
        };
        region.goals = Some(goals);
        region
    }

    fn context(&mut self) -> (Context<'_>, &mut Vec<Problem>) {
        (
            Context {
                sources: &mut self.sources,
                positions: &mut self.positions,
                folder: self.folder,
                files_read: &mut self.files_read,
                source_files: &mut self.source_files,
                plan_dir: &self.plan_dir,
                column_use: &mut self.column_use,
                unchecked_goals: &self.unchecked_goals,
            },
            &mut self.problems,
        )
    }

    /// The region folder's own name, the default `kortnamn`.
    fn region_name(&self) -> String {
        let real = self.folder.real_path(Path::new(""));
        let shown = PathBuf::from(self.folder.display(Path::new("")));
        real.as_deref()
            .unwrap_or(&shown)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    }

    /// Reads, parses and interprets one TOML file, collecting its problems.
    fn read_toml<T>(
        &mut self,
        path: &Path,
        spec: &'static TableSpec,
        interpret: impl FnOnce(Table, &mut Context) -> (T, Vec<Problem>),
    ) -> Result<T, Unread> {
        let file = {
            let (mut cx, problems) = self.context();
            match read_text(&mut cx, path) {
                Ok(file) => file,
                Err(problem) => {
                    problems.push(problem);
                    return Err(Unread::NotRead);
                }
            }
        };
        let text = self.sources.text(file).to_owned();
        let (cleaned, problems) = text::check_file(file, &text);
        self.problems.extend(problems);
        let text = cleaned.unwrap_or(text);
        let parsed = syntax::read(file, &text);
        if !parsed.complete {
            self.problems.extend(parsed.problems);
            return Err(Unread::Unparsed {
                ids: area::ids_written(parsed.table.get_ref()),
            });
        }
        self.problems.extend(parsed.problems);
        let (mut cx, _) = self.context();
        let (value, mut problems) =
            interpret(Table::new(file, &text, &parsed.table, spec), &mut cx);
        // A value the syntax refused is reported once, as a syntax mistake.
        problems.retain(|p| {
            !p.labels.first().is_some_and(|l| {
                l.file_id == file && (parsed.refused.iter()).any(|r| overlap(r, &l.range))
            })
        });
        problems.sort_by_key(|p| p.labels.first().map(|l| l.range.start));
        self.problems.extend(problems);
        Ok(value)
    }
}

/// Whether two places in a file share a character; an empty place (a
/// value left out, `titel = `) counts as the character it stands before.
fn overlap(a: &Range<usize>, b: &Range<usize>) -> bool {
    let end = |r: &Range<usize>| r.end.max(r.start + 1);
    a.start < end(b) && b.start < end(a)
}

/// Why a TOML file gave nothing to read on with.
pub(crate) enum Unread {
    /// It could not be read (missing, unreadable, not UTF-8).
    NotRead,
    /// Its syntax could not be made out past a mistake; `ids` are the
    /// activity ids the parser still found in it.
    Unparsed { ids: Vec<String> },
}

/// Reads a UTF-8 text file through the sandbox into `sources`, or explains
/// why it cannot be read.
pub(crate) fn read_text(cx: &mut Context, path: &Path) -> Result<FileId, Problem> {
    let bytes = read_file(cx, path, MAX_FILE_BYTES, "file")?;
    decode(cx.sources, cx.folder.display(path), bytes)
}

/// Reads any file through the sandbox, remembering that it was read.
pub(crate) fn read_file(
    cx: &mut Context,
    path: &Path,
    limit: u64,
    what: &str,
) -> Result<Vec<u8>, Problem> {
    let bytes = cx
        .folder
        .read(path, limit)
        .map_err(|e| read_problem(cx.folder, path, &e, what))?;
    cx.files_read.extend(cx.folder.real_path(path));
    if !cx.source_files.iter().any(|f| f.path == path) {
        cx.source_files.push(SourceFile {
            path: path.to_path_buf(),
            bytes: bytes.clone(),
        });
    }
    Ok(bytes)
}

/// A path written in a plan that leaves the region's folder.
pub(crate) fn outside(written: &str) -> Problem {
    error(msg!("load-outside", path = written)).hint(t!("load-outside.hint"))
}

/// Why a file could not be read, in the author's terms. `what` is the
/// kind of file: "file" (a plan file), "area file", "template", "logo" or
/// "font file".
pub fn read_problem(folder: &dyn Folder, path: &Path, e: &ReadError, what: &str) -> Problem {
    let name = folder.display(path);
    match e {
        ReadError::NotFound => error(msg!("load-not-found", thing = thing(what), name = name)),
        ReadError::IsFolder => {
            error(msg!("load-is-folder", name = name)).hint(t!("load-is-folder.hint"))
        }
        ReadError::NotAFile => {
            error(msg!("load-not-a-file", name = name)).hint(t!("load-not-a-file.hint"))
        }
        ReadError::Outside => error(msg!("load-leads-outside", name = name)).hint(t!(
            "load-leads-outside.hint",
            folder = folder.display(Path::new(""))
        )),
        ReadError::TooLarge { bytes, limit } => error(msg!(
            "load-too-large",
            name = name,
            size = format!("{:.1}", *bytes as f64 / 1e6),
            thing = a_thing(what),
            limit = format!("{:.0}", *limit as f64 / 1024.0 / 1024.0),
        ))
        .hint(t!("load-too-large.hint")),
        ReadError::Other(e) => error(msg!("load-cannot-read", name = name, error = e)),
    }
}

/// The kind of file `what` names, as the subject of a message: "the logo".
pub(crate) fn thing(what: &str) -> String {
    match what {
        "area file" => t!("load-thing-area-file"),
        "template" => t!("load-thing-template"),
        "logo" => t!("load-thing-logo"),
        "font file" => t!("load-thing-font-file"),
        _ => t!("load-thing-file"),
    }
}

/// One file of the kind `what` names: "a logo".
fn a_thing(what: &str) -> String {
    match what {
        "area file" => t!("load-thing-area-file.a"),
        "template" => t!("load-thing-template.a"),
        "logo" => t!("load-thing-logo.a"),
        "font file" => t!("load-thing-font-file.a"),
        _ => t!("load-thing-file.a"),
    }
}

fn decode(sources: &mut Sources, name: String, bytes: Vec<u8>) -> Result<FileId, Problem> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(error(msg!("load-utf16", name = name)).hint(t!("load-utf16.hint")));
    }
    let bytes = bytes
        .strip_prefix(b"\xEF\xBB\xBF".as_slice())
        .map(<[u8]>::to_vec)
        .unwrap_or(bytes);
    match String::from_utf8(bytes) {
        Ok(text) => Ok(sources.add(name, text::normalise_line_endings(text))),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let lossy = String::from_utf8_lossy(e.as_bytes()).into_owned();
            let end = lossy[at..].chars().next().map_or(at, |c| at + c.len_utf8());
            let file = sources.add(name.clone(), lossy);
            Err(error_at(
                file,
                at..end,
                msg!("load-not-utf8", name = &name),
                t!("load-not-utf8.label"),
            )
            .hint(t!("load-not-utf8.hint")))
        }
    }
}
