//! What the writer refuses: a target outside its root, a symlink, a protected file, a file changed since it was read.

use std::io::{self, Read};
use std::path::{Component, Path, PathBuf};

use super::{Before, Target, cannot_write_problem, report, shown, split};
use crate::msg;
use crate::report::{Hint, Problem, Report, error};
use crate::t;

/// Every target's problems, found before anything is written.
pub(super) fn refuse(targets: &[Target], protected: &[PathBuf]) -> Result<(), Report> {
    let protected: Vec<PathBuf> = protected
        .iter()
        .map(|p| p.canonicalize().unwrap_or_else(|_| p.clone()))
        .collect();
    let mut problems = Vec::new();
    for target in targets {
        let location = location(&target.path);
        if let Some(read) = protected.iter().find(|p| location.as_ref() == Some(*p)) {
            problems.push(
                error(msg!(
                    "build-refuse-protected",
                    target = target.path.display().to_string(),
                    source = read.display().to_string()
                ))
                .hint(t!("build-refuse-protected-hint")),
            );
        } else if let Err(problem) = self::target(target) {
            problems.push(problem);
        }
    }
    report(problems)
}

/// Whether `target` may be written now: inside its root, not a symlink nor
/// anything but a plain file, and holding what [`Before`] says.
pub(super) fn target(target: &Target) -> Result<(), Problem> {
    inside(target)?;
    let meta = match std::fs::symlink_metadata(&target.path) {
        Ok(meta) => Some(meta),
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => return Err(cannot_write_problem(&target.path, &e)),
    };
    if let Some(meta) = &meta {
        if meta.file_type().is_symlink() {
            return Err(error(msg!("write-symlink", path = shown(&target.path)))
                .hint(t!("write-symlink-hint")));
        }
        if !meta.is_file() {
            let e = io::Error::new(io::ErrorKind::InvalidInput, t!("build-not-a-file"));
            return Err(cannot_write_problem(&target.path, &e));
        }
    }
    match (target.before, meta.is_some()) {
        (Before::Anything, _) | (Before::Absent, false) => Ok(()),
        (Before::Absent, true) => Err(exists(target)),
        (Before::Read(_), false) => Err(changed(target)),
        (Before::Read(read), true) => match holds(&target.path, read) {
            Ok(true) => Ok(()),
            Ok(false) => Err(changed(target)),
            Err(e) => Err(cannot_write_problem(&target.path, &e)),
        },
    }
}

/// The target's path has only plain names (if given relative to the root),
/// and the deepest folder on its way that exists is, with every link
/// resolved, inside the root.
fn inside(target: &Target) -> Result<(), Problem> {
    let plain = target.relative.as_ref().is_none_or(|relative| {
        relative
            .components()
            .all(|c| matches!(c, Component::Normal(_) | Component::CurDir))
    });
    if !plain || target.path.file_name().is_none() {
        return Err(outside(target));
    }
    let Ok(root) = target.root.canonicalize() else {
        // No root yet: nothing below it exists, and it is created as named.
        return Ok(());
    };
    let deepest = target
        .path
        .ancestors()
        .skip(1)
        .map(|dir| match dir.as_os_str().is_empty() {
            true => Path::new("."),
            false => dir,
        })
        .find(|dir| std::fs::symlink_metadata(dir).is_ok())
        .unwrap_or(Path::new("."));
    match deepest.canonicalize() {
        Ok(real) if real.starts_with(&root) => Ok(()),
        Ok(_) => Err(outside(target)),
        Err(e) => Err(cannot_write_problem(&target.path, &e)),
    }
}

/// Whether the file at `path` holds exactly `read`.
fn holds(path: &Path, read: &[u8]) -> io::Result<bool> {
    let mut now = Vec::with_capacity(read.len() + 1);
    std::fs::File::open(path)?
        .take(read.len() as u64 + 1)
        .read_to_end(&mut now)?;
    Ok(now == read)
}

/// Where writing `target` lands: its folder's canonical path joined with its name.
fn location(target: &Path) -> Option<PathBuf> {
    let (dir, name) = split(target).ok()?;
    Some(dir.canonicalize().ok()?.join(name))
}

fn outside(target: &Target) -> Problem {
    error(msg!(
        "write-outside",
        path = shown(&target.path),
        root = shown(&target.root)
    ))
    .hint(t!("write-outside-hint"))
}

fn changed(target: &Target) -> Problem {
    error(msg!("write-changed", path = shown(&target.path))).hint(t!("write-changed-hint"))
}

/// A target that must not exist does.
pub(super) fn exists(target: &Target) -> Problem {
    error(msg!("write-exists", path = shown(&target.path))).hint(t!("write-exists-hint"))
}
