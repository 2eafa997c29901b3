//! The only writer: every file any command writes goes through a [`Batch`], inside its root, all or nothing.
//!
//! Build, watch, schema, new, fmt, id and extract each collect the files they
//! write into one [`Batch`] and [`Batch::commit`] it. A commit:
//!
//! 0. Refuses, before writing anything, a target that leaves the folder it
//!    was given as its root (`..`, an absolute path, a folder on the way that
//!    is a symlink leading out), a target that is itself a symlink, one of
//!    the files the command must never replace (the plan's own files, for
//!    build), and a target that no longer is what the command read (see
//!    [`Before`]): an editor saved it while the command ran.
//! 1. Writes each new file and syncs it to a temporary file with a random,
//!    hidden name in its own folder (created with `O_EXCL`, so a file or
//!    symlink planted at some name is never followed, and two commands
//!    writing into one folder never share a temporary file). A file that
//!    replaces another keeps the old one's permissions.
//! 2. Locks the target folders (`flock`, on Unix) against other writers, so
//!    that two builds into one folder each put a complete set in place, one
//!    after the other.
//! 3. Keeps each existing target as a backup: a hard link (or, if the file
//!    system refuses hard links, a copy) at a random hidden name beside it.
//! 4. Checks each target again (step 0's checks) and renames its temporary
//!    file over it, immediately after. `rename` replaces atomically: at no
//!    moment is a target missing. A target that must not exist is put in
//!    place with a hard link, which fails if a file appeared meanwhile. The
//!    folders are synced.
//! 5. Runs the command's last step, if it has one ([`Batch::commit_then`]:
//!    `new` renames the folder it wrote into), and removes the backups.
//!
//! If any step fails, everything done so far is undone: replaced targets get
//! their backups renamed back (byte-identical, the very same file), new
//! targets that had no old version are removed, and temporary files and
//! folders this commit created are removed.
//!
//! A process-wide registry records every commit in progress. The handler
//! installed by [`install_interrupt_handler`] (Ctrl-C, SIGTERM, SIGHUP) takes
//! the registry's lock, undoes every commit in progress the same way, and
//! exits with status 130. Every step that changes the file system is
//! registered under that same lock, so an interrupt never sees a
//! half-registered step: one during the renames waits for them to finish and
//! then undoes them all.
//!
//! What is left: a save made in the instant between a target's last check
//! and its rename is still replaced (no portable file system call renames
//! only if the target is unchanged), and the file's owner is not kept.

mod check;
mod platform;
mod registry;
mod text;

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::msg;
use crate::report::{Hint, Problem, Report, Sources, error};
use crate::t;
pub use platform::install_interrupt_handler;
use registry::registry;
pub use text::TextForm;

/// The exit status after an interrupt undid the writes in progress: 128 + SIGINT,
/// as shells report a command stopped by Ctrl-C.
pub const INTERRUPTED: i32 = 130;

/// What a command knows of a file it writes, checked before anything is
/// written and again immediately before the file is replaced.
#[derive(Debug, Clone, Copy)]
pub enum Before<'a> {
    /// Whatever the file holds is replaced: an output the command makes
    /// from scratch.
    Anything,
    /// The file must not exist: it is created, never replaced.
    Absent,
    /// The file must still hold exactly these bytes, the ones the command
    /// read and computed the new content from. A file changed since (or
    /// removed) is refused: replacing it would lose the newer version.
    Read(&'a [u8]),
}

/// One file of a [`Batch`].
struct Target<'a> {
    /// The folder the file must stay inside.
    root: PathBuf,
    /// `root` joined with the path the command gave.
    path: PathBuf,
    /// The path the command gave relative to `root`, if it gave one.
    relative: Option<PathBuf>,
    bytes: &'a [u8],
    before: Before<'a>,
}

/// The files one command writes: all of them or none.
#[derive(Default)]
pub struct Batch<'a> {
    targets: Vec<Target<'a>>,
    protected: Vec<PathBuf>,
}

impl<'a> Batch<'a> {
    pub fn new() -> Self {
        Batch::default()
    }

    /// Never replace any of `files` (the files the plan was read from): a
    /// target is refused if its location (its folder's canonical path
    /// joined with its name) is one of them.
    pub fn protect(&mut self, files: &[PathBuf]) {
        self.protected.extend_from_slice(files);
    }

    /// Adds the file at `relative` (a path below `root` that must stay
    /// inside it) with content `bytes`; `before` says what must be there now.
    pub fn add(
        &mut self,
        root: &Path,
        relative: impl AsRef<Path>,
        bytes: &'a [u8],
        before: Before<'a>,
    ) {
        let relative = relative.as_ref().to_path_buf();
        self.targets.push(Target {
            root: root.to_path_buf(),
            path: root.join(&relative),
            relative: Some(relative),
            bytes,
            before,
        });
    }

    /// Adds the file at `path` (as the user named it), which must lie
    /// inside `root` once every link is resolved; otherwise as [`Batch::add`].
    pub fn add_in(&mut self, root: &Path, path: &Path, bytes: &'a [u8], before: Before<'a>) {
        self.targets.push(Target {
            root: root.to_path_buf(),
            path: path.to_path_buf(),
            relative: None,
            bytes,
            before,
        });
    }

    /// Writes every file of the batch or none. Missing folders are created.
    /// New files get the usual permissions for new files (0666 less the
    /// umask, on Unix), like `File::create`; replaced files keep theirs.
    /// For the guarantees on interrupts, call [`install_interrupt_handler`]
    /// once at start-up.
    pub fn commit(self) -> Result<(), Report> {
        self.commit_then(|| Ok(()))
    }

    /// As [`Batch::commit`], and then `last`, once every file is in place
    /// and before the write counts as done: if `last` fails, or an
    /// interrupt comes before it ran, every file is undone. `last` runs
    /// with the writes in progress locked (an interrupt waits for it), so
    /// it must be one quick step that the undo need not know of, such as
    /// renaming the folder the batch was written into.
    pub fn commit_then(self, last: impl FnOnce() -> Result<(), Report>) -> Result<(), Report> {
        check::refuse(&self.targets, &self.protected)?;
        let id = registry().begin();
        let result = write_steps(id, &self.targets, last);
        if result.is_err() {
            // The registry undoes whatever was done, unless an interrupt already has.
            let failures = registry().undo(id);
            if let Err(mut report) = result {
                report.problems.extend(failures);
                return Err(report);
            }
        }
        result
    }
}

/// Writes `files` (paths relative to `root`) all or none, replacing
/// whatever they hold, and refuses, before writing anything, to replace any
/// of the `protected` files: a [`Batch`] of [`Before::Anything`].
pub fn write_all(
    root: &Path,
    files: &[(&Path, &[u8])],
    protected: &[PathBuf],
) -> Result<(), Report> {
    let mut batch = Batch::new();
    batch.protect(protected);
    for (path, bytes) in files {
        batch.add(root, path, bytes, Before::Anything);
    }
    batch.commit()
}

fn write_steps(
    id: u64,
    files: &[Target],
    last: impl FnOnce() -> Result<(), Report>,
) -> Result<(), Report> {
    // 1. New contents into temporary files beside their targets.
    for target in files {
        let (dir, _) = split(&target.path).map_err(|e| cannot_write(&target.path, &e))?;
        create_dirs(id, &dir).map_err(|e| cannot_write(&target.path, &e))?;
    }
    let temps = write_temps(id, files)?;

    // 2. Lock the target folders against other writers until the end.
    let mut dirs: Vec<PathBuf> = Vec::new();
    for target in files {
        let (dir, _) = split(&target.path).map_err(|e| cannot_write(&target.path, &e))?;
        let dir = dir
            .canonicalize()
            .map_err(|e| cannot_write(&target.path, &e))?;
        if !dirs.contains(&dir) {
            dirs.push(dir);
        }
    }
    dirs.sort(); // one order for every process, so two builds cannot deadlock
    let mut locked = Vec::with_capacity(dirs.len());
    for dir in &dirs {
        locked.push(platform::lock_dir(dir).map_err(|e| cannot_write(dir, &e))?);
    }
    test_pause("folders locked");

    // 3. A backup of each old file, taken under the lock: no other build
    //    changes the targets between now and the end.
    for target in files {
        backup(id, &target.path).map_err(|e| cannot_write(&target.path, &e))?;
        test_pause("backup made");
    }

    // 4. Every new file into place, in one critical section: an interrupt
    //    waits for all renames and then undoes them all.
    {
        let mut registry = registry();
        for (target, temp) in files.iter().zip(&temps) {
            #[cfg(all(test, unix))]
            tests::before_placing(&target.path);
            check::target(target).map_err(Report::single)?;
            place(temp, target).map_err(|e| match e.kind() {
                io::ErrorKind::AlreadyExists => Report::single(check::exists(target)),
                _ => cannot_write(&target.path, &e),
            })?;
            registry.write(id).placed(temp, &target.path);
            test_pause("renamed");
        }
    }
    for (dir, file) in dirs.iter().zip(&locked) {
        if let Some(file) = file {
            file.sync_all().map_err(|e| cannot_write(dir, &e))?;
        }
    }
    test_pause("folders synced");

    // 5. The caller's last step; then done: forget the write and remove
    //    the backups. An interrupt comes before both or after both.
    {
        let mut registry = registry();
        last()?;
        registry.finish(id);
    }
    drop(locked);
    Ok(())
}

/// Puts the temporary file `temp` in place of `target`: a rename, or, for a
/// target that must not exist, a hard link that fails if one appeared.
fn place(temp: &Path, target: &Target) -> io::Result<()> {
    if !matches!(target.before, Before::Absent) {
        return std::fs::rename(temp, &target.path);
    }
    match std::fs::hard_link(temp, &target.path) {
        Ok(()) => std::fs::remove_file(temp),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(e),
        // No hard links on this file system: the check just made must do.
        Err(_) => std::fs::rename(temp, &target.path),
    }
}

/// `path`'s folder (`.` for a bare name) and file name.
fn split(path: &Path) -> io::Result<(PathBuf, std::ffi::OsString)> {
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, t!("build-not-a-file")))?;
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    Ok((dir, name.to_owned()))
}

/// Creates `dir` and any missing folders above it, registering each one it
/// creates so that an undo removes it again.
fn create_dirs(id: u64, dir: &Path) -> io::Result<()> {
    let mut missing = Vec::new();
    let mut current = dir;
    while std::fs::symlink_metadata(current).is_err() {
        missing.push(current.to_path_buf());
        match current.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => current = parent,
            _ => break,
        }
    }
    for dir in missing.into_iter().rev() {
        let mut registry = registry();
        match std::fs::create_dir(&dir) {
            Ok(()) => registry.write(id).dirs.push(dir),
            // Another build created it meanwhile: fine, and not ours to remove.
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// Writes each file's bytes to a new temporary file in its folder, all at
/// once: waiting for the disk to hold each one (sync) overlaps.
fn write_temps(id: u64, files: &[Target]) -> Result<Vec<PathBuf>, Report> {
    std::thread::scope(|scope| {
        let writers: Vec<_> = files
            .iter()
            .map(|target| {
                let written = scope.spawn(move || write_temp(id, &target.path, target.bytes));
                (target, written)
            })
            .collect();
        writers
            .into_iter()
            .map(|(target, written)| {
                let written = written
                    .join()
                    .unwrap_or_else(|_| Err(io::Error::other("the thread writing it stopped")));
                written.map_err(|e| cannot_write(&target.path, &e))
            })
            .collect()
    })
}

/// Writes `bytes` to a new temporary file `.<name>.XXXXXX.tmp` beside
/// `target`, with the permissions of the file at `target` if there is one.
fn write_temp(id: u64, target: &Path, bytes: &[u8]) -> io::Result<PathBuf> {
    let (dir, name) = split(target)?;
    let kept = std::fs::symlink_metadata(target)
        .ok()
        .filter(std::fs::Metadata::is_file)
        .map(|m| m.permissions());
    let (mut file, path) = {
        let mut registry = registry();
        let prefix = hidden_prefix(&name);
        let mut builder = tempfile::Builder::new();
        builder.prefix(&prefix).suffix(".tmp");
        platform::new_file_permissions(&mut builder);
        let (file, path) = builder.tempfile_in(&dir)?.keep().map_err(|e| e.error)?;
        registry.write(id).temps.push(path.clone());
        (file, path)
    };
    test_pause("temporary file created");
    file.write_all(bytes)?;
    if let Some(permissions) = kept {
        file.set_permissions(permissions)?;
    }
    file.sync_all()?;
    test_pause("temporary file written");
    Ok(path)
}

/// Keeps the current file at `target`, if there is one, at a new hidden name
/// `.<name>.XXXXXX.old` beside it: a hard link if the file system allows, else
/// a copy with the same permissions.
fn backup(id: u64, target: &Path) -> io::Result<()> {
    let mut registry = registry();
    if std::fs::symlink_metadata(target).is_err() {
        return Ok(());
    }
    let (dir, name) = split(target)?;
    let backup = tempfile::Builder::new()
        .prefix(&hidden_prefix(&name))
        .suffix(".old")
        .make_in(&dir, |path| link_or_copy(target, path))?;
    let (_, path) = backup.keep().map_err(|e| e.error)?;
    registry
        .write(id)
        .backups
        .push((target.to_path_buf(), path));
    Ok(())
}

/// Makes `to` (which must not exist) a hard link to `from`, or a copy if
/// hard links fail.
fn link_or_copy(from: &Path, to: &Path) -> io::Result<()> {
    match std::fs::hard_link(from, to) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(e),
        Err(_) => copy_new(from, to),
    }
}

/// Copies `from` to the new file `to` (never following anything at `to`),
/// with `from`'s permissions, and syncs it.
fn copy_new(from: &Path, to: &Path) -> io::Result<()> {
    let mut source = File::open(from)?;
    let permissions = source.metadata()?.permissions();
    let mut copy = OpenOptions::new().write(true).create_new(true).open(to)?;
    let copied = io::copy(&mut source, &mut copy)
        .and_then(|_| copy.set_permissions(permissions))
        .and_then(|()| copy.sync_all());
    if copied.is_err() {
        let _ = std::fs::remove_file(to);
    }
    copied
}

/// `x.pdf` → `.x.pdf.`: temporary files and backups are hidden and start
/// with their target's name.
fn hidden_prefix(name: &std::ffi::OsStr) -> std::ffi::OsString {
    let mut prefix = std::ffi::OsString::from(".");
    prefix.push(name);
    prefix.push(".");
    prefix
}

/// A path as messages show it, with forward slashes.
fn shown(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

fn cannot_write(path: &Path, e: &io::Error) -> Report {
    Report::single(cannot_write_problem(path, e))
}

fn cannot_write_problem(path: &Path, e: &io::Error) -> Problem {
    error(msg!(
        "build-cannot-write",
        path = path.display().to_string(),
        error = e.to_string()
    ))
    .hint(t!("build-cannot-write-hint"))
}

/// Every problem as one report.
fn report(problems: Vec<Problem>) -> Result<(), Report> {
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Report {
            sources: Sources::default(),
            problems,
        })
    }
}

/// The longest pause [`test_pause`] makes at one step.
#[cfg(debug_assertions)]
const MAX_TEST_PAUSE_MS: u64 = 1000;

/// A test-only hook: in debug builds (`cargo build`, `cargo test`), the
/// environment variable `HANDLINGSPLAN_TEST_PAUSE_MS=N` makes the writer
/// sleep N milliseconds (at most [`MAX_TEST_PAUSE_MS`]) after each step, so
/// that tests can save a file or interrupt a command at every step.
///
/// It is harmless by construction: release builds (`cargo install`,
/// `cargo build --release`) do not contain it, and where it exists it only
/// sleeps; what is written, in which order, and every check before a file
/// is replaced stay exactly the same. A slower write gives a concurrent
/// save or an interrupt more moments to land on, all of which the writer
/// handles (that is what the tests using it prove).
fn test_pause(_step: &str) {
    #[cfg(debug_assertions)]
    if let Some(ms) = std::env::var("HANDLINGSPLAN_TEST_PAUSE_MS")
        .ok()
        .and_then(|ms| ms.parse::<u64>().ok())
    {
        let ms = ms.min(MAX_TEST_PAUSE_MS);
        std::thread::sleep(std::time::Duration::from_millis(ms));
    }
}

#[cfg(all(test, unix))]
mod tests;
