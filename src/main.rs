//! The `handlingsplan` command; all logic lives in the library.

fn main() -> std::process::ExitCode {
    handlingsplan::cli::run()
}
