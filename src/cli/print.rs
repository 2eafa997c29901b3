//! Printing to standard output and standard error that survives a reader
//! going away.
//!
//! `println!` panics when standard output is a pipe whose reader has closed
//! it (`handlingsplan check … | head -1`), because Rust ignores SIGPIPE and
//! the write fails with `BrokenPipe`. These helpers treat that as "nobody
//! reads this stream any more": they stop printing to it, quietly, and the
//! command carries on. So the command still finishes its work and exits with
//! the status it would have had: `check` still exits with 1 if a plan has a
//! problem, and `build` has already written its files when it prints.
//!
//! Any other write error (a full disk behind `> file`) also stops printing to
//! that stream, but it is reported once on standard error and makes the
//! command fail ([`exit_code`]), because output the user asked for was lost.

use std::fmt::Display;
use std::io::{self, Write};
use std::process::ExitCode;
use std::sync::atomic::{AtomicU8, Ordering};

use codespan_reporting::term::termcolor::ColorChoice;

use crate::report::Report;
use crate::report::machine::Diagnostic;

/// What happened to a stream.
const OPEN: u8 = 0;
/// Its reader went away: printing to it stops, quietly.
const CLOSED: u8 = 1;
/// Writing to it failed otherwise: printing to it stops, and the command fails.
const FAILED: u8 = 2;

static STDOUT: AtomicU8 = AtomicU8::new(OPEN);
static STDERR: AtomicU8 = AtomicU8::new(OPEN);

/// Prints `line` and a newline to standard output.
pub fn out(line: impl Display) {
    if STDOUT.load(Ordering::Relaxed) != OPEN {
        return;
    }
    if let Err(e) = writeln!(io::stdout().lock(), "{line}")
        && failed(&STDOUT, &e)
    {
        err(crate::t!("build-stdout-failed", error = e.to_string()));
    }
}

/// Prints `line` and a newline to standard error.
pub fn err(line: impl Display) {
    if STDERR.load(Ordering::Relaxed) != OPEN {
        return;
    }
    if let Err(e) = writeln!(io::stderr().lock(), "{line}") {
        failed(&STDERR, &e);
    }
}

/// Prints a report's problems to standard error.
pub fn report(report: &Report, color: ColorChoice) {
    if STDERR.load(Ordering::Relaxed) != OPEN {
        return;
    }
    if let Err(e) = report.eprint(color) {
        failed(&STDERR, &e);
    }
}

/// The JSON document `check --format json` prints: every problem, and how
/// many errors and warnings there are (see README for the shape).
pub fn json(diagnostics: &[Diagnostic], errors: usize, warnings: usize) -> String {
    #[derive(serde::Serialize)]
    struct Checked<'d> {
        errors: usize,
        warnings: usize,
        diagnostics: &'d [Diagnostic],
    }
    let checked = Checked {
        errors,
        warnings,
        diagnostics,
    };
    serde_json::to_string_pretty(&checked).expect("diagnostics serialise")
}

/// `code`, or failure if printing failed for a reason other than a closed pipe.
pub fn exit_code(code: ExitCode) -> ExitCode {
    if STDOUT.load(Ordering::Relaxed) == FAILED || STDERR.load(Ordering::Relaxed) == FAILED {
        ExitCode::FAILURE
    } else {
        code
    }
}

/// Whether a panic's message is the one `print!`-style macros panic with when
/// a pipe's reader has gone away ("failed printing to stdout: Broken pipe
/// (os error 32)"): for printing code outside this module, such as
/// `Report::eprint`'s fallback.
pub fn is_broken_pipe_panic(message: &str) -> bool {
    // The OS's own words for a closed pipe end the message.
    #[cfg(unix)]
    let codes = [libc::EPIPE];
    #[cfg(not(unix))]
    let codes = [109, 232]; // ERROR_BROKEN_PIPE, ERROR_NO_DATA
    message.starts_with("failed printing to std")
        && codes
            .iter()
            .any(|&code| message.ends_with(&io::Error::from_raw_os_error(code).to_string()))
}

/// Records a write error on `stream`; returns whether it is a real failure
/// rather than a closed pipe.
fn failed(stream: &AtomicU8, e: &io::Error) -> bool {
    let state = if e.kind() == io::ErrorKind::BrokenPipe {
        CLOSED
    } else {
        FAILED
    };
    stream.store(state, Ordering::Relaxed);
    state == FAILED
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn recognises_the_panic_of_println_on_a_closed_pipe() {
        let e = io::Error::from_raw_os_error(libc::EPIPE);
        assert!(is_broken_pipe_panic(&format!(
            "failed printing to stdout: {e}"
        )));
        assert!(is_broken_pipe_panic(&format!(
            "failed printing to stderr: {e}"
        )));
        assert!(!is_broken_pipe_panic("index out of bounds"));
        let full = io::Error::from_raw_os_error(libc::ENOSPC);
        assert!(!is_broken_pipe_panic(&format!(
            "failed printing to stdout: {full}"
        )));
    }
}
