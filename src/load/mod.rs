//! Reads a plan folder from disk into the validated model, or reports every problem found.
//!
//! A plan folder (`plans/norrbotten/2022/`) holds `plan.toml`, its Markdown
//! files and `omraden/*.toml`; the folder above it holds `region.toml`.

mod area;
mod files;
mod markdown;
mod plan;
mod region;

mod table;

use std::path::{Path, PathBuf};

use crate::report::{FileId, Hint, Problem, Sources, error, error_at};
use table::Table;

use crate::model::{Plan, Region};

pub use crate::report::Report;
pub use markdown::parse as parse_markdown;

/// A plan that passed every check, with the region it belongs to.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub region: Region,
    pub plan: Plan,
    /// The plan folder as given.
    pub dir: PathBuf,
}

/// Loads and validates the plan in `dir`.
pub fn load(dir: &Path) -> Result<Loaded, Report> {
    let mut loader = Loader::default();
    let result = loader.load(dir);
    match result {
        Some((region, plan)) if loader.problems.is_empty() => Ok(Loaded {
            region,
            plan,
            dir: dir.to_path_buf(),
        }),
        _ => {
            let mut problems = loader.problems;
            if problems.is_empty() {
                problems.push(error("the plan could not be loaded"));
            }
            Err(Report {
                sources: loader.sources,
                problems,
            })
        }
    }
}

#[derive(Default)]
struct Loader {
    sources: Sources,
    problems: Vec<Problem>,
}

impl Loader {
    fn load(&mut self, dir: &Path) -> Option<(Region, Plan)> {
        if !dir.is_dir() {
            let name = files::display(dir);
            let problem = if dir.exists() {
                error(format!("{name} is a file; give the plan's folder instead"))
                    .hint("a plan folder holds plan.toml, e.g. plans/norrbotten/2022")
            } else {
                error(format!("plan folder not found: {name}"))
                    .hint("give the folder that holds plan.toml, e.g. handlingsplan build plans/norrbotten/2022")
            };
            self.problems.push(problem);
            return None;
        }
        let region_dir = region_dir(dir);
        let region = self.read_toml(&region_dir.join("region.toml"), |file, table, _| {
            region::read(file, table, &region_dir)
        });
        let plan_file = self.read_toml(&dir.join("plan.toml"), |_, table, sources| {
            plan::read(table, dir, region.as_ref(), sources)
        });
        let plan::PlanFile {
            mut plan,
            area_names,
            file: plan_toml,
        } = plan_file?;
        let area_dir = dir.join("omraden");
        if !area_names.is_empty() {
            self.check_unlisted_areas(&area_dir, &area_names);
        }
        let mut ids = area::Ids::default();
        let mut listed: Vec<&str> = Vec::new();
        for name in &area_names {
            if listed.contains(&name.get_ref().as_str()) {
                self.problems.push(
                    error_at(
                        plan_toml,
                        name.span(),
                        format!("the area \"{}\" is listed twice", name.get_ref()),
                        "listed again",
                    )
                    .hint("each area appears once in `omraden`"),
                );
                continue;
            }
            listed.push(name.get_ref());
            let valid = name
                .get_ref()
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
            if !valid || name.get_ref().is_empty() {
                self.problems.push(
                    error_at(plan_toml, name.span(), format!("\"{}\" is not an area file name", name.get_ref()), "not a file name in omraden/")
                        .hint("list area files by name without \".toml\", e.g. \"ratt-lakemedelsbehandling\""),
                );
                continue;
            }
            let path = area_dir.join(format!("{}.toml", name.get_ref()));
            if !path.exists() {
                self.problems.push(
                    error_at(plan_toml, name.span(), format!("no area file {}", files::display(&path)), "listed here")
                        .hint("area files live in omraden/ beside plan.toml and are listed without \".toml\""),
                );
                continue;
            }
            let period = plan.period;
            match &region {
                Some(region) => {
                    let area = self.read_toml(&path, |_, table, _| {
                        area::read(table, region, period, &mut ids)
                    });
                    plan.areas.extend(area);
                }
                // Without the region's columns, check the TOML syntax only.
                None => drop(self.read_toml(&path, |_, _, _| ((), Vec::new()))),
            }
        }
        Some((region?, plan))
    }

    /// Reads, parses and interprets one TOML file, collecting its problems.
    fn read_toml<T>(
        &mut self,
        path: &Path,
        interpret: impl FnOnce(FileId, Table, &mut Sources) -> (T, Vec<Problem>),
    ) -> Option<T> {
        let file = match files::read_text(&mut self.sources, path) {
            Ok(file) => file,
            Err(problem) => {
                self.problems.push(problem);
                return None;
            }
        };
        let text = self.sources.text(file).to_owned();
        let parsed = match table::parse(file, &text) {
            Ok(parsed) => parsed,
            Err(problems) => {
                self.problems.extend(problems);
                return None;
            }
        };
        let (value, mut problems) = interpret(file, Table::new(file, &parsed), &mut self.sources);
        problems.sort_by_key(|p| p.labels.first().map(|l| l.range.start));
        self.problems.extend(problems);
        Some(value)
    }

    /// Area files nobody listed are most likely forgotten.
    fn check_unlisted_areas(&mut self, area_dir: &Path, listed: &[toml::Spanned<String>]) {
        let Ok(entries) = std::fs::read_dir(area_dir) else {
            return;
        };
        let mut unlisted: Vec<String> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "toml"))
            .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
            .filter(|stem| !listed.iter().any(|l| l.get_ref() == stem))
            .collect();
        unlisted.sort();
        for stem in unlisted {
            self.problems.push(
                error(format!(
                    "{} is not listed in `omraden` in plan.toml",
                    files::display(&area_dir.join(format!("{stem}.toml")))
                ))
                .hint(format!(
                    "add \"{stem}\" to `omraden` where the area belongs, or delete the file"
                )),
            );
        }
    }
}

/// The folder holding `region.toml`: the plan folder's parent.
fn region_dir(plan_dir: &Path) -> PathBuf {
    match plan_dir.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => plan_dir.join(".."),
    }
}
