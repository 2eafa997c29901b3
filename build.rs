//! Names the git commit the binary is built from, for `--version`.
//!
//! In a git checkout `HANDLINGSPLAN_VERSION` is "0.1.0 (1a2b3c4d5)"; built
//! from a crate package, without git, it is the version alone. It never
//! fails the build.

use std::process::Command;

fn main() {
    let version = env!("CARGO_PKG_VERSION");
    let full = match git(&["rev-parse", "--short=9", "HEAD"]) {
        Some(commit) => {
            watch_head();
            format!("{version} ({commit})")
        }
        None => version.to_owned(),
    };
    println!("cargo:rustc-env=HANDLINGSPLAN_VERSION={full}");
    println!("cargo:rerun-if-changed=build.rs");
}

/// Rebuilds when HEAD moves: to another branch, or its branch to a new commit.
fn watch_head() {
    let mut paths = vec!["HEAD".to_owned(), "packed-refs".to_owned()];
    if let Some(branch) = git(&["symbolic-ref", "-q", "HEAD"]) {
        paths.push(branch);
    }
    for path in paths {
        // (A missing file would make cargo rerun this on every build.)
        if let Some(file) = git(&["rev-parse", "--git-path", &path])
            && std::path::Path::new(&file).exists()
        {
            println!("cargo:rerun-if-changed={file}");
        }
    }
}

/// What `git ARGS` prints, trimmed; `None` without git or a repository.
fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git").args(args).output().ok()?;
    let text = String::from_utf8(out.stdout).ok()?;
    (out.status.success() && !text.trim().is_empty()).then(|| text.trim().to_owned())
}
