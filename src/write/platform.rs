//! The writer's calls that differ between Unix and elsewhere: folder locks, signals, new files' permissions.

use std::fs::File;
use std::io::{self, Write};
use std::path::Path;

use super::INTERRUPTED;
use super::registry::registry;
use crate::t;

/// Installs a handler for Ctrl-C (SIGINT), SIGTERM and SIGHUP that undoes
/// every commit in progress (old files back in place, byte-identical; no
/// temporary file, backup or new file left) and exits with status
/// [`INTERRUPTED`].
///
/// Meant for a command line whose last act is to write its files: if an
/// interrupt arrives after a commit completed (its files are in place and
/// cannot be taken back) and no other commit is in progress, the handler
/// exits with status 0, because the work the command was asked for is done.
///
/// A signal that was ignored when the process started stays ignored, as
/// `nohup` and shells' background jobs (`&`) expect. Installing twice does
/// nothing.
pub fn install_interrupt_handler() {
    let ignored = ignored_signals();
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
        ignore_again(&ignored);
    }
}

/// The signals the handler takes over that were ignored (`SIG_IGN`) at start.
#[cfg(unix)]
fn ignored_signals() -> Vec<libc::c_int> {
    let is_ignored = |signal: libc::c_int| {
        // SAFETY: sigaction with a null new action only reads the current one
        // into `current`, a plain C struct for which all zeroes is valid.
        unsafe {
            let mut current: libc::sigaction = std::mem::zeroed();
            libc::sigaction(signal, std::ptr::null(), &mut current) == 0
                && current.sa_sigaction == libc::SIG_IGN
        }
    };
    [libc::SIGINT, libc::SIGTERM, libc::SIGHUP]
        .into_iter()
        .filter(|&s| is_ignored(s))
        .collect()
}

#[cfg(unix)]
fn ignore_again(signals: &[libc::c_int]) {
    for &signal in signals {
        // SAFETY: sets a signal's disposition to "ignore", no handler code.
        unsafe { libc::signal(signal, libc::SIG_IGN) };
    }
}

#[cfg(not(unix))]
fn ignored_signals() -> Vec<i32> {
    Vec::new()
}

#[cfg(not(unix))]
fn ignore_again(_signals: &[i32]) {}

/// Opens `dir` and takes an exclusive `flock` on it, waiting for any other
/// writer that holds it. The lock ends when the returned file is dropped
/// (or the process ends); the file also serves to sync the folder. File
/// systems without `flock` write without the lock.
#[cfg(unix)]
pub(super) fn lock_dir(dir: &Path) -> io::Result<Option<File>> {
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
    Ok(Some(file))
}

/// Elsewhere folders are neither locked nor synced (a folder cannot be
/// opened as a file there); each rename still replaces atomically.
#[cfg(not(unix))]
pub(super) fn lock_dir(_dir: &Path) -> io::Result<Option<File>> {
    Ok(None)
}

/// New files get 0666 less the umask, like `File::create`, rather than
/// the temporary files' usual 0600.
#[cfg(unix)]
pub(super) fn new_file_permissions(builder: &mut tempfile::Builder) {
    use std::os::unix::fs::PermissionsExt;
    builder.permissions(std::fs::Permissions::from_mode(0o666));
}

#[cfg(not(unix))]
pub(super) fn new_file_permissions(_builder: &mut tempfile::Builder) {}
