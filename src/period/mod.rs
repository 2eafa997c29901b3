//! `new PERIOD --from PLAN_DIR`: the next period's plan folder, made from
//! an existing plan.
//!
//! The old plan must load without errors. The new plan is a new document:
//! each key starts as the format says (`format::NextPeriod`: no approval
//! date, no change log), so that it checks, builds and diffs as it is. Its files (plan.toml, the area
//! files, the section files) are read through the sandboxed folder and
//! copied with `toml_edit`, so comments and layout survive; only what a new
//! period changes is edited (see [`edit`]). The new folder is written into a
//! hidden staging folder beside it and renamed into place, so it appears
//! whole or not at all, and an existing folder is never replaced.

mod edit;
pub mod followup;

use std::path::{Path, PathBuf};

use crate::format::Required;
use crate::format::layout::{self, PLAN_FILE};
use crate::load::{self, Loaded, folder::Folder};
use crate::model::{MetaField, Period};
use crate::report::{Hint, Message, Problem, Report, error};
use crate::write::{Batch, Before};

/// The largest plan file copied (the loader's limit for plan files).
const FILE_LIMIT: u64 = 2 * 1024 * 1024;

/// What `new` did: the new folder, what changed, and what the author must
/// still fill in (exactly what `check` reports on the new folder: the
/// approval date as a warning, an area left without activities as an error).
pub struct Created {
    pub dir: PathBuf,
    pub done: Vec<String>,
    pub todo: Vec<String>,
    /// Texts that still name the old period, to read through (not errors).
    pub mentions: Vec<String>,
    /// Where the latest follow-up round says each activity stood, if the
    /// plan has rounds (the new folder starts without any).
    pub from_round: Option<followup::FromRound>,
}

/// Creates the plan folder for `period` beside the plan in `from`.
pub fn create(from: &Path, period: &str) -> Result<Created, Report> {
    let new_period = Period::parse(period).ok_or_else(|| {
        Report::single(
            error(crate::msg!("period-not-a-period", period = period)).hint(crate::t!(
                "period-not-a-period-hint",
                min = Period::YEARS.start().to_string(),
                max = Period::YEARS.end().to_string(),
                years = Period::MAX_YEARS
            )),
        )
    })?;
    let loaded = load::load(from).map_err(|mut report| {
        report.problems.push(
            error(crate::msg!("period-needs-clean-plan"))
                .hint(crate::t!("period-needs-clean-plan-hint")),
        );
        report
    })?;
    // The region folder: `plans/norrbotten` for `plans/norrbotten/2022`.
    let parent = load::region_folder(from);
    let target = parent.join(new_period.slug());
    if target.exists() || target.is_symlink() {
        return Err(Report::single(
            error(crate::msg!("period-exists", path = shown(&target)))
                .hint(crate::t!("period-exists-hint")),
        ));
    }
    let mut plan_edit = edit::Edit::new(&loaded, new_period);
    let files = edited_files(from, &loaded, &mut plan_edit)?;
    write_folder(&parent, &target, &files)?;
    let mentions = edit::mentions(&files, loaded.plan.period, &shown(&target));
    let from_round = followup::summary(&loaded, &plan_edit.left_out);
    Ok(Created {
        dir: target.clone(),
        done: plan_edit.done,
        todo: todo(&loaded, &plan_edit.emptied, &target),
        mentions,
        from_round,
    })
}

/// The new folder's files: plan.toml and the area files edited, the
/// section files as they are. Each is read through the sandboxed folder.
fn edited_files(
    from: &Path,
    loaded: &Loaded,
    plan_edit: &mut edit::Edit,
) -> Result<Vec<(PathBuf, String)>, Report> {
    let (folder, plan_name) = load::open_folder(from).map_err(Report::single)?;
    let read = |name: &str| -> Result<String, Report> {
        let path = plan_name.join(name);
        let bytes = folder
            .read(&path, FILE_LIMIT)
            .map_err(|e| Report::single(load::read_problem(&folder, &path, &e, "file")))?;
        String::from_utf8(bytes).map_err(|_| {
            Report::single(error(crate::msg!(
                "period-not-utf8",
                path = shown(&from.join(name))
            )))
        })
    };
    let cannot_edit = |name: &str, e: Message| {
        Report::single(error(crate::msg!(
            "period-cannot-edit",
            path = shown(&from.join(name)),
            error = e.text
        )))
    };
    let plan = plan_edit
        .plan(&read(PLAN_FILE)?)
        .map_err(|e| cannot_edit(PLAN_FILE, e))?;
    let mut files = vec![(PathBuf::from(PLAN_FILE), plan)];
    for area in &loaded.plan.areas {
        let name = layout::area_file(&area.key);
        let text = plan_edit
            .area(&area.key, &read(&name)?)
            .map_err(|e| cannot_edit(&name, e))?;
        files.push((PathBuf::from(name), text));
    }
    for name in plan_edit.section_files.clone() {
        files.push((PathBuf::from(&name), read(&name)?));
    }
    Ok(files)
}

/// What `check` will report as missing in the new folder: the keys filled
/// in on approval that the region shows (warnings until then), and areas
/// whose activities all ended (kept as they ended, to be replaced).
fn todo(loaded: &Loaded, emptied: &[String], target: &Path) -> Vec<String> {
    let mut todo = Vec::new();
    let shows = |f: MetaField| loaded.region.metadata.fields.iter().any(|(g, _)| *g == f);
    let on_approval = (crate::format::PLAN.keys.iter())
        .filter(|k| k.required == Required::OnApproval)
        .filter(|k| MetaField::from_key(k.name).is_some_and(shows));
    for key in on_approval {
        todo.push(crate::t!(
            "period-todo-approved",
            path = shown(&target.join(PLAN_FILE)),
            key = key.name
        ));
    }
    for key in emptied {
        todo.push(crate::t!(
            "period-todo-emptied",
            path = shown(&target.join(layout::area_file(key))),
            key = key
        ));
    }
    todo
}

/// Writes `files` into a hidden staging folder in `parent`, then renames it
/// to `target`: one [`crate::write::Batch`] whose last step is the rename,
/// so a failure or an interrupt (Ctrl-C) at any moment before the rename
/// removes the staging folder again, and one after it leaves the new folder
/// whole.
fn write_folder(parent: &Path, target: &Path, files: &[(PathBuf, String)]) -> Result<(), Report> {
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let staging = parent.join(format!(".handlingsplan-new-{}-{stamp}", std::process::id()));
    let mut batch = Batch::new();
    for (name, text) in files {
        batch.add(&staging, name, text.as_bytes(), Before::Absent);
    }
    batch.commit_then(|| {
        rename_no_replace(&staging, target).map_err(|e| {
            let problem: Problem = error(crate::msg!(
                "period-cannot-create",
                path = shown(target),
                error = e.to_string()
            ));
            Report::single(problem.hint(crate::t!("period-cannot-create-hint")))
        })
    })
}

/// Renames `from` to `to`, failing if `to` exists (even as an empty folder).
fn rename_no_replace(from: &Path, to: &Path) -> std::io::Result<()> {
    #[cfg(target_os = "linux")]
    {
        use std::ffi::CString;
        use std::os::unix::ffi::OsStrExt;
        let c = |p: &Path| CString::new(p.as_os_str().as_bytes()).map_err(std::io::Error::other);
        let (a, b) = (c(from)?, c(to)?);
        // Through syscall(2), not glibc's renameat2 (glibc 2.28+), so that
        // the binary runs on the manylinux2014 (glibc 2.17) systems its wheel
        // promises. SAFETY: two valid NUL-terminated paths relative to the
        // working folder.
        let rc = unsafe {
            libc::syscall(
                libc::SYS_renameat2,
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
