//! `new PERIOD --from PLAN_DIR`: the next period's plan folder, made from
//! an existing plan.
//!
//! The old plan must load without errors. Its files (plan.toml, the area
//! files, the section files) are read through the sandboxed folder and
//! copied with `toml_edit`, so comments and layout survive; only what a new
//! period changes is edited (see [`edit`]). The new folder is written into a
//! hidden temporary folder beside it and renamed into place, so it appears
//! whole or not at all, and an existing folder is never replaced.

mod edit;

use std::path::{Path, PathBuf};

use crate::load::{self, Loaded, folder::Folder};
use crate::model::{MetaField, Period};
use crate::report::{Hint, Problem, Report, error};

/// The largest plan file copied (the loader's limit for plan files).
const FILE_LIMIT: u64 = 2 * 1024 * 1024;

/// What `new` did: the new folder, what changed, and what the author must
/// now fill in (exactly what `check` reports as errors on the new folder).
pub struct Created {
    pub dir: PathBuf,
    pub done: Vec<String>,
    pub todo: Vec<String>,
    /// Texts that still name the old period, to read through (not errors).
    pub mentions: Vec<String>,
}

/// Creates the plan folder for `period` beside the plan in `from`.
pub fn create(from: &Path, period: &str) -> Result<Created, Report> {
    let new_period = Period::parse(period).ok_or_else(|| {
        Report::single(
            error(format!("\"{period}\" is not a plan period"))
                .hint("give one year, e.g. 2023, or a span of years, e.g. 2026-2027"),
        )
    })?;
    let loaded = load::load(from).map_err(|mut report| {
        report.problems.push(
            error("the new period's plan is made from a plan without errors")
                .hint("fix the problems above first (handlingsplan check shows them all)"),
        );
        report
    })?;
    let parent = match from.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let target = parent.join(new_period.slug());
    if target.exists() || target.is_symlink() {
        return Err(Report::single(
            error(format!("{} already exists", shown(&target)))
                .hint("new never replaces a plan folder; remove or rename it first if it should be made again"),
        ));
    }
    let (folder, plan_name) = load::open_folder(from).map_err(Report::single)?;
    let read = |name: &str| -> Result<String, Report> {
        let path = plan_name.join(name);
        let bytes = folder
            .read(&path, FILE_LIMIT)
            .map_err(|e| Report::single(load::read_problem(&folder, &path, &e, "file")))?;
        String::from_utf8(bytes).map_err(|_| {
            Report::single(error(format!(
                "{} is not UTF-8 text",
                shown(&from.join(name))
            )))
        })
    };
    let mut plan_edit = edit::Edit::new(&loaded, new_period);
    let cannot_edit = |name: &str, e: String| {
        Report::single(error(format!(
            "cannot edit {}: {e}",
            shown(&from.join(name))
        )))
    };
    let plan = plan_edit
        .plan(&read("plan.toml")?)
        .map_err(|e| cannot_edit("plan.toml", e))?;
    let mut files = vec![(PathBuf::from("plan.toml"), plan)];
    for area in &loaded.plan.areas {
        let name = format!("omraden/{}.toml", area.key);
        let text = plan_edit
            .area(&area.key, &read(&name)?)
            .map_err(|e| cannot_edit(&name, e))?;
        files.push((PathBuf::from(name), text));
    }
    for name in plan_edit.section_files.clone() {
        files.push((PathBuf::from(&name), read(&name)?));
    }
    write_folder(&parent, &target, &files)?;
    let mentions = edit::mentions(&files, loaded.plan.period, &shown(&target));
    Ok(Created {
        dir: target.clone(),
        done: plan_edit.done,
        todo: todo(&loaded, &plan_edit.emptied, &target),
        mentions,
    })
}

/// What `check` will find missing in the new folder.
fn todo(loaded: &Loaded, emptied: &[String], target: &Path) -> Vec<String> {
    let mut todo = Vec::new();
    let shows = |f: MetaField| loaded.region.metadata.fields.iter().any(|(g, _)| *g == f);
    if shows(MetaField::GodkantDatum) {
        todo.push(format!(
            "{}: godkant_datum = the day the new plan is approved",
            shown(&target.join("plan.toml"))
        ));
    }
    for key in emptied {
        todo.push(format!(
            "{}: all its activities ended; add the period's activities ([[aktivitet]]) or remove \"{key}\" from omraden in plan.toml",
            shown(&target.join(format!("omraden/{key}.toml")))
        ));
    }
    todo
}

/// Writes `files` into a hidden temporary folder in `parent`, then renames
/// it to `target`; on any failure nothing is left behind.
fn write_folder(parent: &Path, target: &Path, files: &[(PathBuf, String)]) -> Result<(), Report> {
    let fail = |what: &Path, e: std::io::Error| {
        Report::single(error(format!("cannot write {}: {e}", shown(what))))
    };
    let temp = tempfile::Builder::new()
        .prefix(".handlingsplan-new-")
        .tempdir_in(parent)
        .map_err(|e| fail(parent, e))?;
    for (name, text) in files {
        let path = temp.path().join(name);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| fail(&target.join(name), e))?;
        }
        std::fs::write(&path, text).map_err(|e| fail(&target.join(name), e))?;
    }
    rename_no_replace(temp.path(), target).map_err(|e| {
        let problem: Problem = error(format!("cannot create {}: {e}", shown(target)));
        Report::single(problem.hint("nothing was written; the folder may have appeared meanwhile"))
    })?;
    // The folder now lives at `target`; there is nothing left to clean up.
    let _ = temp.keep();
    Ok(())
}

/// Renames `from` to `to`, failing if `to` exists (even as an empty folder).
fn rename_no_replace(from: &Path, to: &Path) -> std::io::Result<()> {
    #[cfg(target_os = "linux")]
    {
        use std::ffi::CString;
        use std::os::unix::ffi::OsStrExt;
        let c = |p: &Path| CString::new(p.as_os_str().as_bytes()).map_err(std::io::Error::other);
        let (a, b) = (c(from)?, c(to)?);
        // SAFETY: two valid NUL-terminated paths relative to the working folder.
        let rc = unsafe {
            libc::renameat2(
                libc::AT_FDCWD,
                a.as_ptr(),
                libc::AT_FDCWD,
                b.as_ptr(),
                libc::RENAME_NOREPLACE,
            )
        };
        if rc == 0 {
            return Ok(());
        }
        let e = std::io::Error::last_os_error();
        if e.raw_os_error() != Some(libc::EINVAL) && e.raw_os_error() != Some(libc::ENOSYS) {
            return Err(e);
        }
    }
    if to.exists() {
        return Err(std::io::Error::from(std::io::ErrorKind::AlreadyExists));
    }
    std::fs::rename(from, to)
}

/// A path as messages show it, with forward slashes.
fn shown(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}
