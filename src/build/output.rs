//! Writing output files so that a failed or interrupted build never leaves a
//! half-written file, a stray temporary file, or a missing old file.
//!
//! [`write_all`] writes every file or none:
//!
//! 1. Each new file is written and synced to a temporary file with a random,
//!    hidden name in its own folder (created with `O_EXCL`, so a file or
//!    symlink planted at some name is never followed, and two builds into one
//!    folder never share a temporary file).
//! 2. The target folders are locked (`flock`) against other builds, so that
//!    two builds into one folder each put a complete set in place, one after
//!    the other.
//! 3. Each existing target gets a backup: a hard link (or, if the file
//!    system refuses hard links, a copy) at a random hidden name beside it.
//! 4. Each temporary file is renamed over its target. `rename` replaces
//!    atomically: at no moment is a target missing. The folders are synced.
//! 5. The backups are removed.
//!
//! If any step fails, everything done so far is undone: replaced targets get
//! their backups renamed back (byte-identical, the very same file), new
//! targets that had no old version are removed, and temporary files and
//! folders this write created are removed.
//!
//! A process-wide registry records every write in progress. The handler
//! installed by [`install_interrupt_handler`] (Ctrl-C, SIGTERM, SIGHUP) takes
//! the registry's lock, undoes every write in progress the same way, and exits
//! with status 130. Every step that changes the file system is registered
//! under that same lock, so an interrupt never sees a half-registered step:
//! one during the renames waits for them to finish and then undoes them all.

use std::fs::{File, OpenOptions, Permissions};
use std::io::{self, Write};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use crate::report::{Hint, Report, Sources, error};
use crate::t;
use registry::registry;

/// The exit status after an interrupt undid the writes in progress: 128 + SIGINT,
/// as shells report a command stopped by Ctrl-C.
pub const INTERRUPTED: i32 = 130;

/// Writes all `files` or none, and refuses, before writing anything, to
/// replace any of the `protected` files (the files the plan was read from):
/// a target is refused if its location (its folder's canonical path joined
/// with its name) or, if it is a symlink, the file it points to is one of them.
///
/// Missing folders are created. New files get the usual permissions for new
/// files (0666 less the umask), like `File::create`. For the guarantees on
/// interrupts, call [`install_interrupt_handler`] once at start-up.
pub fn write_all(files: &[(&Path, &[u8])], protected: &[PathBuf]) -> Result<(), Report> {
    refuse_protected(files, protected)?;
    let id = registry().begin();
    let result = write_steps(id, files);
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

/// Installs a handler for Ctrl-C (SIGINT), SIGTERM and SIGHUP that undoes
/// every [`write_all`] in progress (old files back in place, byte-identical;
/// no temporary file, backup or new file left) and exits with status
/// [`INTERRUPTED`].
///
/// Meant for a command line whose last act is to write its outputs: if an
/// interrupt arrives after a write completed (its files are in place and
/// cannot be taken back) and no other write is in progress, the handler exits
/// with status 0, because the work the command was asked for is done.
///
/// A signal that was ignored when the process started stays ignored, as
/// `nohup` and shells' background jobs (`&`) expect. Installing twice does
/// nothing.
pub fn install_interrupt_handler() {
    let signals = [libc::SIGINT, libc::SIGTERM, libc::SIGHUP];
    let ignored: Vec<libc::c_int> = signals.into_iter().filter(|&s| is_ignored(s)).collect();
    let installed = ctrlc::set_handler(|| {
        let mut registry = registry();
        let status = if registry.writes.is_empty() && registry.completed {
            0
        } else {
            for failure in registry.undo_all() {
                // Best effort: the process is ending; say what is left behind.
                let line = t!("build-interrupt-failure", message = &failure.message);
                let _ = writeln!(io::stderr(), "{line}");
            }
            INTERRUPTED
        };
        std::process::exit(status);
    });
    if installed.is_ok() {
        for signal in ignored {
            // SAFETY: sets a signal's disposition to "ignore", no handler code.
            unsafe { libc::signal(signal, libc::SIG_IGN) };
        }
    }
}

/// Whether `signal` is ignored (`SIG_IGN`).
fn is_ignored(signal: libc::c_int) -> bool {
    // SAFETY: sigaction with a null new action only reads the current one
    // into `current`, a plain C struct for which all zeroes is valid.
    unsafe {
        let mut current: libc::sigaction = std::mem::zeroed();
        libc::sigaction(signal, std::ptr::null(), &mut current) == 0
            && current.sa_sigaction == libc::SIG_IGN
    }
}

fn write_steps(id: u64, files: &[(&Path, &[u8])]) -> Result<(), Report> {
    // 1. New contents into temporary files beside their targets.
    let mut places = Vec::with_capacity(files.len());
    for (target, _) in files {
        let (dir, name) = split(target).map_err(|e| cannot_write(target, &e))?;
        create_dirs(id, &dir).map_err(|e| cannot_write(target, &e))?;
        places.push((dir, name));
    }
    let temps = write_temps(id, files, &places)?;

    // 2. Lock the target folders against other builds until the end.
    let mut dirs: Vec<PathBuf> = Vec::new();
    for (target, _) in files {
        let (dir, _) = split(target).map_err(|e| cannot_write(target, &e))?;
        let dir = dir.canonicalize().map_err(|e| cannot_write(target, &e))?;
        if !dirs.contains(&dir) {
            dirs.push(dir);
        }
    }
    dirs.sort(); // one order for every process, so two builds cannot deadlock
    let mut locked = Vec::with_capacity(dirs.len());
    for dir in &dirs {
        locked.push(lock_dir(dir).map_err(|e| cannot_write(dir, &e))?);
    }
    test_pause("folders locked");

    // 3. A backup of each old file, taken under the lock: no other build
    //    changes the targets between now and the end.
    for (target, _) in files {
        backup(id, target).map_err(|e| cannot_write(target, &e))?;
        test_pause("backup made");
    }

    // 4. Every new file into place, in one critical section: an interrupt
    //    waits for all renames and then undoes them all.
    {
        let mut registry = registry();
        for ((target, _), temp) in files.iter().zip(&temps) {
            std::fs::rename(temp, target).map_err(|e| cannot_write(target, &e))?;
            registry.write(id).placed(temp, target);
            test_pause("renamed");
        }
    }
    for (dir, file) in dirs.iter().zip(&locked) {
        file.sync_all().map_err(|e| cannot_write(dir, &e))?;
    }
    test_pause("folders synced");

    // 5. Done: forget the write and remove the backups.
    registry().finish(id);
    drop(locked);
    Ok(())
}

/// `path`'s folder (`.` for a bare name) and file name.
pub(super) fn split(path: &Path) -> io::Result<(PathBuf, std::ffi::OsString)> {
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
fn write_temps(
    id: u64,
    files: &[(&Path, &[u8])],
    places: &[(PathBuf, std::ffi::OsString)],
) -> Result<Vec<PathBuf>, Report> {
    std::thread::scope(|scope| {
        let writers: Vec<_> = files
            .iter()
            .zip(places)
            .map(|(&(target, bytes), (dir, name))| {
                let written = scope.spawn(move || write_temp(id, dir, name, bytes));
                (target, written)
            })
            .collect();
        writers
            .into_iter()
            .map(|(target, written)| {
                let written = written
                    .join()
                    .unwrap_or_else(|_| Err(io::Error::other("the thread writing it stopped")));
                written.map_err(|e| cannot_write(target, &e))
            })
            .collect()
    })
}

/// Writes `bytes` to a new temporary file `.<name>.XXXXXX.tmp` in `dir`.
fn write_temp(id: u64, dir: &Path, name: &std::ffi::OsStr, bytes: &[u8]) -> io::Result<PathBuf> {
    let prefix = hidden_prefix(name);
    let (mut file, path) = {
        let mut registry = registry();
        let temp = tempfile::Builder::new()
            .prefix(&prefix)
            .suffix(".tmp")
            .permissions(Permissions::from_mode(0o666))
            .tempfile_in(dir)?;
        let (file, path) = temp.keep().map_err(|e| e.error)?;
        registry.write(id).temps.push(path.clone());
        (file, path)
    };
    test_pause("temporary file created");
    file.write_all(bytes)?;
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

/// Opens `dir` and takes an exclusive `flock` on it, waiting for any other
/// build that holds it. The lock ends when the returned file is dropped (or
/// the process ends). File systems without `flock` write without the lock.
fn lock_dir(dir: &Path) -> io::Result<File> {
    let file = File::open(dir)?;
    loop {
        // SAFETY: flock only reads the descriptor, which `file` keeps open.
        let result = unsafe { libc::flock(std::os::fd::AsRawFd::as_raw_fd(&file), libc::LOCK_EX) };
        if result == 0 {
            break;
        }
        let e = io::Error::last_os_error();
        match e.raw_os_error() {
            Some(libc::EINTR) => continue,
            Some(libc::ENOLCK | libc::EOPNOTSUPP) => break,
            _ => return Err(e),
        }
    }
    Ok(file)
}

fn refuse_protected(files: &[(&Path, &[u8])], protected: &[PathBuf]) -> Result<(), Report> {
    let protected: Vec<PathBuf> = protected
        .iter()
        .map(|p| p.canonicalize().unwrap_or_else(|_| p.clone()))
        .collect();
    let mut problems = Vec::new();
    for (target, _) in files {
        if let Some(read) = protected.iter().find(|p| locations(target).contains(p)) {
            problems.push(
                error(t!(
                    "build-refuse-protected",
                    target = target.display().to_string(),
                    source = read.display().to_string()
                ))
                .hint(t!("build-refuse-protected-hint")),
            );
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Report {
            sources: Sources::default(),
            problems,
        })
    }
}

/// Where writing `target` lands: its folder's canonical path joined with its
/// name and, if `target` is a symlink, the file it points to.
fn locations(target: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Ok((dir, name)) = split(target)
        && let Ok(dir) = dir.canonicalize()
    {
        out.push(dir.join(name));
    }
    if let Ok(real) = target.canonicalize() {
        out.push(real);
    }
    out
}

fn cannot_write(path: &Path, e: &io::Error) -> Report {
    Report {
        sources: Sources::default(),
        problems: vec![
            error(t!(
                "build-cannot-write",
                path = path.display().to_string(),
                error = e.to_string()
            ))
            .hint(t!("build-cannot-write-hint")),
        ],
    }
}

/// In debug builds, `HANDLINGSPLAN_TEST_PAUSE_MS` makes each step of writing
/// take that long, so that tests can interrupt a build at every step.
fn test_pause(_step: &str) {
    #[cfg(debug_assertions)]
    if let Some(ms) = std::env::var("HANDLINGSPLAN_TEST_PAUSE_MS")
        .ok()
        .and_then(|ms| ms.parse().ok())
    {
        std::thread::sleep(std::time::Duration::from_millis(ms));
    }
}

mod registry;
#[cfg(test)]
mod tests;
