//! Where a plan's files are: the plan folder and its region folder, or why a given folder is not a plan folder.

use std::path::{Path, PathBuf};

use super::folder::DiskFolder;
use crate::format::layout::{PLAN_FILE, REGION_FILE};
use crate::report::{Hint, Problem, error};
use crate::{msg, t};

/// The sandboxed region folder of the plan in `dir`, and the plan folder's
/// name in it: how other commands read a plan's files the way the loader does.
pub fn open_folder(dir: &Path) -> Result<(DiskFolder, PathBuf), Problem> {
    let (root, plan_dir) = locate(dir)?;
    let folder = DiskFolder::open(&root, &plan_dir, dir).map_err(|e| cannot_open(&root, &e))?;
    Ok((folder, plan_dir))
}

/// The region folder and the plan folder's name in it, or why `dir` is not a plan folder.
pub(super) fn locate(dir: &Path) -> Result<(PathBuf, PathBuf), Problem> {
    let name = dir.to_string_lossy().replace('\\', "/");
    if !dir.is_dir() {
        return Err(if dir.exists() {
            error(msg!("load-plan-folder-is-file", name = &name))
                .hint(t!("load-plan-folder-is-file.hint"))
        } else {
            error(msg!("load-plan-folder-not-found", name = &name))
                .hint(t!("load-plan-folder-not-found.hint"))
        });
    }
    if !dir.join(PLAN_FILE).exists() && dir.join(REGION_FILE).exists() {
        return Err(region_folder_given(dir, &name));
    }
    let real = dir.canonicalize().map_err(|e| cannot_open(dir, &e))?;
    let plan_name = real.file_name().map(PathBuf::from).unwrap_or_default();
    Ok((region_folder(dir), plan_name))
}

pub(super) fn cannot_open(path: &Path, e: &std::io::Error) -> Problem {
    let path = path.to_string_lossy().replace('\\', "/");
    error(msg!("load-cannot-open", path = path, error = e.to_string()))
}

/// The region folder of a plan folder: the one above it, where region.toml is.
pub fn region_folder(plan_dir: &Path) -> PathBuf {
    match (plan_dir.parent(), plan_dir.file_name()) {
        (Some(parent), Some(_)) if parent.as_os_str().is_empty() => PathBuf::from("."),
        (Some(parent), Some(_)) => parent.to_path_buf(),
        _ if plan_dir == Path::new(".") => PathBuf::from(".."),
        _ => plan_dir.join(".."),
    }
}

/// The plan folders of a region folder (one holding region.toml and no
/// plan.toml), sorted; `None` when `dir` is not a region folder.
pub fn plans_in_region(dir: &Path) -> Option<Vec<PathBuf>> {
    if dir.join(PLAN_FILE).exists() || !dir.join(REGION_FILE).is_file() {
        return None;
    }
    let mut plans: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|e| match dir == Path::new(".") {
            true => PathBuf::from(e.file_name()),
            false => e.path(),
        })
        .filter(|p| p.join(PLAN_FILE).is_file())
        .collect();
    plans.sort();
    Some(plans)
}

fn region_folder_given(dir: &Path, name: &str) -> Problem {
    let plans: Vec<String> = plans_in_region(dir)
        .unwrap_or_default()
        .iter()
        .map(|p| p.to_string_lossy().replace('\\', "/"))
        .collect();
    let problem = error(msg!("load-region-folder-given", name = name));
    if plans.is_empty() {
        problem.hint(t!("load-region-folder-given.hint-none"))
    } else {
        problem.hint(t!(
            "load-region-folder-given.hint-plans",
            plans = plans.join(", ")
        ))
    }
}
