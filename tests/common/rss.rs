//! A command's peak memory: its maximum resident set size, as the kernel
//! counts it for that one child process (`wait4`), so that a test can say
//! a command stays within bounded memory.

use std::io::Read;
use std::process::{Command, Stdio};

/// What a finished command gave: exit code, standard output and error, and
/// its peak resident memory in KiB.
pub struct Measured {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
    pub max_rss_kib: i64,
}

/// Runs `command` to its end and measures its peak memory. (The child is
/// waited for with `wait4`, which clippy does not see.)
#[allow(clippy::zombie_processes)]
pub fn measure(mut command: Command) -> Measured {
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the command starts");
    let mut stdout_pipe = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut out = Vec::new();
        stdout_pipe.read_to_end(&mut out).map(|_| out)
    });
    let mut stderr = Vec::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_end(&mut stderr)
        .unwrap();
    let stdout = reader.join().unwrap().unwrap();
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value for wait4 to fill in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `pid` is this process's own child, not yet waited for.
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(waited, pid, "wait4: {}", std::io::Error::last_os_error());
    Measured {
        code: libc::WIFEXITED(status).then(|| libc::WEXITSTATUS(status)),
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
        max_rss_kib: usage.ru_maxrss,
    }
}

/// The binary under test, as [`super::binary`] sets it up, as a plain
/// `Command` (which [`measure`] needs).
pub fn binary() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_handlingsplan"));
    command.env("HANDLINGSPLAN_LANG", "sv");
    command
}
