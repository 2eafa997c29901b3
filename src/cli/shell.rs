//! `completions` and `man`: shell completion scripts and the manual page, made from the same command definition as the help.

use std::process::ExitCode;

use super::print;

/// Prints the completion script for `shell`.
pub fn completions(shell: clap_complete::Shell) -> ExitCode {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut super::command(), "handlingsplan", &mut out);
    print::out(String::from_utf8_lossy(&out).trim_end());
    ExitCode::SUCCESS
}

/// Prints the manual page (roff): every command with its help.
pub fn man() -> ExitCode {
    let mut out = Vec::new();
    match clap_mangen::Man::new(super::command()).render(&mut out) {
        Ok(()) => {
            print::out(String::from_utf8_lossy(&out).trim_end());
            ExitCode::SUCCESS
        }
        Err(e) => {
            print::err(e);
            ExitCode::FAILURE
        }
    }
}
