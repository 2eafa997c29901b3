//! `handlingsplan fmt`: canonical formatting of plan TOML files, keeping every comment and never changing what a file says.
//!
//! [`format_text`] formats one file's text (see [`layout`] and [`strings`]
//! for the rules) and checks that the result holds exactly the same values
//! as the original. [`run`] finds the files of a plan or region folder,
//! formats them and writes the changed ones all or nothing.

mod layout;
mod strings;

use std::path::{Path, PathBuf};

use toml_edit::DocumentMut;

use crate::format::layout::{
    AREAS_FOLDER, GOALS_FILE, PLAN_FILE, REGION_FILE, ROUNDS_FOLDER, area_key, is_round_file,
};
use crate::format::{AREA, GOALS, PLAN, REGION, ROUND, TableSpec};
use crate::load::folder::{DiskFolder, Folder};
use crate::load::{MAX_FILE_BYTES, read_problem};
use crate::report::{Hint, Problem, Report, Sources, error};
use crate::write::{self, Before, TextForm};
/// A text as a one-line TOML string (`"…"`), escaped as the formatter writes it.
pub use strings::basic as basic_string;

/// A file that [`run`] looked at, and whether formatting changes it.
pub struct Checked {
    pub path: PathBuf,
    pub changed: bool,
}

/// Which table description a file follows, by its name: `region.toml`,
/// `plan.toml`, a round (`uppfoljning/*.toml`), or else an area file.
pub fn spec_for(path: &Path) -> &'static TableSpec {
    match path.file_name().and_then(|n| n.to_str()) {
        Some(REGION_FILE) => &REGION,
        Some(PLAN_FILE) => &PLAN,
        Some(GOALS_FILE) => &GOALS,
        _ if is_round_file(path) => &ROUND,
        _ => &AREA,
    }
}

/// The formatted text of a file that follows `spec`. Fails with a located
/// problem if the text is not valid TOML (`file` names it in `sources`).
pub fn format_text(
    text: &str,
    spec: &'static TableSpec,
    sources: &mut Sources,
    name: &str,
) -> Result<String, Problem> {
    // Formatted as the loader reads it: no byte-order mark, plain line
    // breaks; the result is written down in the file's own form again.
    let form = TextForm::of(text);
    let text = TextForm::plain(text);
    let file = sources.add(name.to_owned(), text.clone());
    crate::load::parse_toml(file, &text)?;
    let (header, body) = split_header(&text);
    let mut doc: DocumentMut = body.parse().map_err(|e: toml_edit::TomlError| {
        error(crate::msg!(
            "fmt-not-toml",
            file = name,
            error = e.to_string()
        ))
    })?;
    layout::format(&mut doc, spec);
    let formatted = format!("{header}{}", doc.to_string().trim_start());
    let formatted = match formatted.trim_end() {
        "" => String::new(),
        text => format!("{text}\n"),
    };
    if same_values(&text, &formatted) {
        Ok(form.apply(&formatted))
    } else {
        Err(error(crate::msg!("fmt-would-change", file = name))
            .hint(crate::t!("fmt-would-change-hint")))
    }
}

/// The comment lines at the top of a file that belong to the file rather
/// than to its first key: up to the last blank line among them, or else the
/// `#:schema` lines. They stay at the top whatever key comes first.
fn split_header(text: &str) -> (String, &str) {
    let mut end = 0;
    let mut schema_end = 0;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            end = offset + line.len();
        } else if !trimmed.starts_with('#') {
            break;
        } else if trimmed.starts_with("#:schema") && schema_end == offset {
            schema_end = offset + line.len();
        }
        offset += line.len();
    }
    let end = end.max(schema_end);
    let header = text[..end].trim_end();
    let header = match (header.is_empty(), end > schema_end) {
        (true, _) => String::new(),
        (false, true) => format!("{header}\n\n"),
        (false, false) => format!("{header}\n"),
    };
    (header, &text[end..])
}

/// Whether two TOML texts hold the same values.
fn same_values(a: &str, b: &str) -> bool {
    match (a.parse::<toml::Table>(), b.parse::<toml::Table>()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// The TOML files of `paths`, each with the folder it must be written in:
/// a file as given, in its own folder; a plan folder's `plan.toml`, its
/// area files and the region.toml above it, in the region folder; a region
/// folder's region.toml and every plan folder in it, in the region folder.
/// A file named twice (by any spelling) is listed once.
pub fn files(paths: &[PathBuf]) -> Result<Vec<(PathBuf, PathBuf)>, Report> {
    let mut out = Vec::new();
    for path in paths {
        if path.is_file() {
            let root = match path.parent() {
                Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
                _ => PathBuf::from("."),
            };
            out.push((root, path.clone()));
        } else if path.join(PLAN_FILE).is_file() {
            let root = crate::load::region_folder(path);
            let region = root.join(REGION_FILE);
            if region.is_file() {
                out.push((root.clone(), region));
            }
            if root.join(GOALS_FILE).is_file() {
                out.push((root.clone(), root.join(GOALS_FILE)));
            }
            out.extend(plan_files(path)?.into_iter().map(|p| (root.clone(), p)));
        } else if path.join(REGION_FILE).is_file() {
            out.push((path.clone(), path.join(REGION_FILE)));
            if path.join(GOALS_FILE).is_file() {
                out.push((path.clone(), path.join(GOALS_FILE)));
            }
            for plan in sorted_entries(path)? {
                if plan.join(PLAN_FILE).is_file() {
                    out.extend(plan_files(&plan)?.into_iter().map(|p| (path.clone(), p)));
                }
            }
        } else {
            return Err(Report::single(
                error(crate::msg!(
                    "fmt-not-a-plan",
                    path = path.display().to_string()
                ))
                .hint(crate::t!("fmt-not-a-plan-hint")),
            ));
        }
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|(_, path)| seen.insert(path.canonicalize().unwrap_or_else(|_| path.clone())));
    Ok(out)
}

/// A plan folder's plan.toml, area files and round files.
fn plan_files(plan: &Path) -> Result<Vec<PathBuf>, Report> {
    let mut out = vec![plan.join(PLAN_FILE)];
    for folder in [AREAS_FOLDER, ROUNDS_FOLDER] {
        let dir = plan.join(folder);
        if dir.is_dir() {
            out.extend(sorted_entries(&dir)?.into_iter().filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .and_then(area_key)
                    .is_some()
                    && p.is_file()
            }));
        }
    }
    Ok(out)
}

fn sorted_entries(dir: &Path) -> Result<Vec<PathBuf>, Report> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| Report::single(cannot_read(&dir.display().to_string(), &e)))?;
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    Ok(paths)
}

/// The bytes of `path`, read through the sandboxed folder `root` as the
/// loader reads them: a link that leads out of the folder, a FIFO or an
/// oversized file is refused.
fn read(root: &Path, path: &Path) -> Result<Vec<u8>, Problem> {
    let folder = DiskFolder::open(root, Path::new(""), Path::new(""))
        .map_err(|e| cannot_read(&root.display().to_string(), &e))?;
    let relative = path.strip_prefix(root).unwrap_or(path);
    folder
        .read(relative, MAX_FILE_BYTES)
        .map_err(|e| read_problem(&folder, relative, &e, "file"))
}

fn cannot_read(path: &str, e: &std::io::Error) -> Problem {
    error(crate::msg!(
        "fmt-cannot-read",
        path = path,
        error = e.to_string()
    ))
}

/// Formats every file of `paths`; unless `check`, writes the changed ones
/// (all or none). Fails, writing nothing, if any file cannot be read or
/// formatted.
pub fn run(paths: &[PathBuf], check: bool) -> Result<Vec<Checked>, Report> {
    let mut sources = Sources::default();
    let mut problems = Vec::new();
    let mut results = Vec::new();
    for (root, path) in files(paths)? {
        let name = path.to_string_lossy().into_owned();
        let read = match read(&root, &path) {
            Ok(bytes) => bytes,
            Err(problem) => {
                problems.push(problem);
                continue;
            }
        };
        let text = match std::str::from_utf8(&read) {
            Ok(text) => text,
            Err(e) => {
                let e = std::io::Error::new(std::io::ErrorKind::InvalidData, e);
                problems.push(cannot_read(&name, &e));
                continue;
            }
        };
        match format_text(text, spec_for(&path), &mut sources, &name) {
            Ok(formatted) => results.push((root, path, read, formatted)),
            Err(problem) => problems.push(problem),
        }
    }
    if !problems.is_empty() {
        return Err(Report { sources, problems });
    }
    if !check {
        let mut batch = write::Batch::new();
        for (root, path, read, formatted) in &results {
            if formatted.as_bytes() != read.as_slice() {
                batch.add_in(root, path, formatted.as_bytes(), Before::Read(read));
            }
        }
        batch.commit()?;
    }
    Ok(results
        .into_iter()
        .map(|(_, path, read, formatted)| Checked {
            changed: formatted.as_bytes() != read.as_slice(),
            path,
        })
        .collect())
}
