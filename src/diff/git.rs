//! A plan as it was at a git revision, read with the `git` command through
//! a [`Folder`] and loaded by the same loader as a folder on disk.
//!
//! Why the `git` command and not a library such as `gix`: it is on every
//! machine that has the repository, reads every repository format git
//! itself reads (packs, worktrees, alternates, partial clones), and adds no
//! large dependency. Only plumbing commands are run (`rev-parse`, `ls-tree`,
//! `cat-file`), with the revision passed as data after checks, never through
//! a shell. The revision is served as a [`RevisionFolder`], so the plan is
//! read by the one loader with the same sandbox rules and limits as on disk,
//! and only the files the loader asks for are read: symbolic links are left
//! out (a link cannot lead anywhere inside the listing).

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::load::folder::{self, EntryKind, Folder, ReadError};
use crate::load::{self, Loaded, Report};
use crate::report::{Hint, error};

/// Loads the plan `plan_dir` (a path in the work tree) as it is at `rev`.
pub fn load_at(plan_dir: &Path, rev: &str) -> Result<Loaded, Report> {
    let fail =
        |message: crate::report::Message, hint: String| Report::single(error(message).hint(hint));
    if rev.is_empty() || rev.starts_with('-') || rev.contains('\0') {
        return Err(fail(
            crate::msg!("diff-not-a-revision", rev = rev),
            crate::t!("diff-not-a-revision-hint"),
        ));
    }
    let (top, plan) = locate(plan_dir)?;
    // The region folder may be the repository's top folder itself.
    let Some(region) = plan.parent() else {
        return Err(fail(
            crate::msg!(
                "diff-no-region-folder",
                plan = plan_dir.display().to_string()
            ),
            crate::t!("diff-no-region-folder-hint"),
        ));
    };
    let commit = git(
        &top,
        &[
            "rev-parse",
            "--verify",
            "--quiet",
            &format!("{rev}^{{commit}}"),
        ],
    )
    .map_err(|_| {
        fail(
            crate::msg!("diff-unknown-revision", rev = rev),
            crate::t!("diff-unknown-revision-hint"),
        )
    })?;
    let commit = String::from_utf8_lossy(&commit).trim().to_owned();
    let folder = read_tree(&top, &commit, region, rev)?;
    let plan_name = plan.strip_prefix(region).unwrap_or(&plan).to_path_buf();
    if folder.kind(&plan_name.join(crate::format::layout::PLAN_FILE)) != Ok(EntryKind::File) {
        return Err(fail(
            crate::msg!("diff-no-plan-at", plan = slash(&plan), rev = rev),
            crate::t!("diff-no-plan-at-hint"),
        ));
    }
    let loading = load::load_from(&folder, &plan_name);
    match loading.loaded {
        Some(loaded) if !loading.report.has_errors() => Ok(loaded),
        _ => Err(loading.report),
    }
}

/// Splits `A..B` into its two revisions (an empty side is `HEAD`, as in
/// git); a single revision gives `None` as the second.
pub fn split_range(rev: &str) -> (&str, Option<&str>) {
    match rev.split_once("..") {
        Some((a, b)) => (
            if a.is_empty() { "HEAD" } else { a },
            Some(if b.is_empty() { "HEAD" } else { b }),
        ),
        None => (rev, None),
    }
}

/// The repository's top folder and the plan's path inside it.
fn locate(plan_dir: &Path) -> Result<(PathBuf, PathBuf), Report> {
    let absolute = std::path::absolute(plan_dir).map_err(|e| {
        Report::single(error(crate::msg!(
            "diff-cannot-find",
            path = plan_dir.display().to_string(),
            error = e.to_string()
        )))
    })?;
    // The nearest folder that exists: the plan may be gone from the work tree.
    let existing = absolute
        .ancestors()
        .find(|p| p.is_dir())
        .unwrap_or(Path::new("/"));
    let not_repo = || {
        Report::single(
            error(crate::msg!(
                "diff-not-in-repo",
                path = plan_dir.display().to_string()
            ))
            .hint(crate::t!("diff-not-in-repo-hint")),
        )
    };
    let top = git(existing, &["rev-parse", "--show-toplevel"]).map_err(|e| match e {
        GitError::NotRun(e) => Report::single(
            error(crate::msg!("diff-cannot-run-git", error = e))
                .hint(crate::t!("diff-cannot-run-git-hint")),
        ),
        GitError::Failed(_) => not_repo(),
    })?;
    let top = PathBuf::from(String::from_utf8_lossy(&top).trim());
    let top = top.canonicalize().unwrap_or(top);
    let existing_real = existing.canonicalize().map_err(|_| not_repo())?;
    let rest = absolute.strip_prefix(existing).unwrap_or(Path::new(""));
    let inside = existing_real
        .strip_prefix(&top)
        .map_err(|_| not_repo())?
        .join(rest);
    Ok((top, inside))
}

/// The region folder at a commit, served through the loader's [`Folder`]:
/// the listing (each regular file's blob and size) is read once; a blob
/// only when the loader asks for that file, and never past the loader's
/// limit, so files the plan does not use are never read.
pub struct RevisionFolder {
    top: PathBuf,
    /// How the folder is shown, e.g. "main:plans/norrbotten".
    name: String,
    /// Each regular file, relative to the region folder: its blob and size.
    files: BTreeMap<PathBuf, (String, u64)>,
}

impl Folder for RevisionFolder {
    fn read(&self, path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
        match self.files.get(path) {
            Some(&(_, bytes)) if bytes > limit => Err(ReadError::TooLarge { bytes, limit }),
            Some((object, _)) => read_blob(&self.top, object, limit),
            None if self.kind(path) == Ok(EntryKind::Folder) => Err(ReadError::IsFolder),
            None => Err(ReadError::NotFound),
        }
    }

    fn list(&self, path: &Path) -> Result<Vec<String>, ReadError> {
        folder::list_paths(self.files.keys(), path)
    }

    fn kind(&self, path: &Path) -> Result<EntryKind, ReadError> {
        folder::kind_of_path(self.files.keys(), path)
    }

    fn display(&self, path: &Path) -> String {
        Path::new(&self.name)
            .join(path)
            .to_string_lossy()
            .replace('\\', "/")
    }

    fn real_path(&self, _path: &Path) -> Option<PathBuf> {
        None
    }
}

/// Every regular file under `region` at `commit` (paths relative to
/// `region`), listed with its size; nothing is read yet.
fn read_tree(top: &Path, commit: &str, region: &Path, rev: &str) -> Result<RevisionFolder, Report> {
    let region_name = slash(region);
    let mut args = vec!["ls-tree", "-r", "-z", "-l", "--full-tree", commit];
    if !region_name.is_empty() {
        args.extend(["--", region_name.as_str()]);
    }
    let listing = git(top, &args).map_err(|e| git_failed("ls-tree", e.to_string()))?;
    let mut files = BTreeMap::new();
    for entry in listing.split(|&b| b == 0).filter(|e| !e.is_empty()) {
        let entry = String::from_utf8_lossy(entry);
        let Some((meta, path)) = entry.split_once('\t') else {
            continue;
        };
        let fields: Vec<&str> = meta.split_whitespace().collect();
        // Regular files only: no symbolic links (120000), no submodules.
        if let [mode, "blob", object, size] = fields.as_slice()
            && mode.starts_with("100")
            && let Ok(size) = size.parse::<u64>()
            && let Some(inside) = inside(path, &region_name)
        {
            files.insert(PathBuf::from(inside), (object.to_string(), size));
        }
    }
    let shown = if region_name.is_empty() {
        "."
    } else {
        &region_name
    };
    Ok(RevisionFolder {
        top: top.to_path_buf(),
        name: format!("{rev}:{shown}"),
        files,
    })
}

/// One blob's content, at most `limit` bytes (read from `git cat-file`
/// through a limited reader; git is stopped if it has more to give).
fn read_blob(top: &Path, object: &str, limit: u64) -> Result<Vec<u8>, ReadError> {
    let failed = |e: String| {
        ReadError::Other(crate::t!(
            "diff-git-failed",
            command = "cat-file",
            error = e
        ))
    };
    let mut child = Command::new("git")
        .arg("-C")
        .arg(top)
        .args(["cat-file", "blob", object])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| failed(e.to_string()))?;
    let mut bytes = Vec::new();
    let read = match child.stdout.take() {
        Some(out) => out.take(limit + 1).read_to_end(&mut bytes),
        None => Err(std::io::Error::other(crate::t!("diff-git-no-output"))),
    };
    if read.is_err() || bytes.len() as u64 > limit {
        let _ = child.kill();
    }
    let status = child.wait().map_err(|e| failed(e.to_string()))?;
    read.map_err(|e| failed(e.to_string()))?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge {
            bytes: bytes.len() as u64,
            limit,
        });
    }
    if !status.success() {
        return Err(failed(crate::t!("diff-git-exited")));
    }
    Ok(bytes)
}

/// An error of `git plumbing-command`, in the chosen language.
fn git_failed(command: &str, e: String) -> Report {
    Report::single(error(crate::msg!(
        "diff-git-failed",
        command = command,
        error = e
    )))
}

/// Why running git gave no answer.
enum GitError {
    /// git could not be started (the system's error).
    NotRun(String),
    /// git ran and refused (its own message).
    Failed(String),
}

impl std::fmt::Display for GitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            GitError::NotRun(e) => f.write_str(&crate::t!("diff-cannot-run-git", error = e)),
            GitError::Failed(e) => f.write_str(e),
        }
    }
}

/// Runs git in `dir`; its standard output, or why there is none.
fn git(dir: &Path, args: &[&str]) -> Result<Vec<u8>, GitError> {
    let output = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .map_err(|e| GitError::NotRun(e.to_string()))?;
    if output.status.success() {
        Ok(output.stdout)
    } else {
        Err(GitError::Failed(
            String::from_utf8_lossy(&output.stderr).trim().to_owned(),
        ))
    }
}

/// A path in the repository relative to the region folder, if it is inside.
fn inside<'p>(path: &'p str, region: &str) -> Option<&'p str> {
    if region.is_empty() {
        Some(path)
    } else {
        path.strip_prefix(region)?.strip_prefix('/')
    }
}

fn slash(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}
