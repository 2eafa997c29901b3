//! The crate package `cargo install handlingsplan` builds from: every file the code embeds is in it, and no tests, plans or outputs.

use std::path::{Component, Path, PathBuf};

/// The files `cargo package --list` puts in the package.
fn packaged() -> Vec<String> {
    let out = std::process::Command::new(env!("CARGO"))
        .args(["package", "--list", "--allow-dirty", "--offline"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_owned)
        .collect()
}

/// `a/b/../c` → `a/c`.
fn normal(path: &Path) -> String {
    let mut parts: Vec<String> = Vec::new();
    for component in path.components() {
        match component {
            Component::ParentDir => {
                parts.pop();
            }
            Component::Normal(part) => parts.push(part.to_string_lossy().into_owned()),
            _ => {}
        }
    }
    parts.join("/")
}

/// Every path an `include_str!` or `include_bytes!` in `src/` names,
/// relative to the package root (`concat!` paths are read by their folder).
fn embedded() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    let mut stack = vec![root.join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for piece in text.split("include_").skip(1) {
                let Some(rest) = piece
                    .strip_prefix("str!(")
                    .or_else(|| piece.strip_prefix("bytes!("))
                else {
                    continue;
                };
                let rest = rest.strip_prefix("concat!(").unwrap_or(rest);
                let Some(literal) = rest.strip_prefix('"').and_then(|r| r.split('"').next()) else {
                    continue;
                };
                let relative = PathBuf::from(literal);
                let file = normal(&path.parent().unwrap().join(relative));
                found.push(
                    file.strip_prefix(&normal(root))
                        .unwrap_or(&file)
                        .trim_start_matches('/')
                        .to_owned(),
                );
            }
        }
    }
    found.sort();
    found.dedup();
    found
}

#[test]
fn the_package_holds_what_the_code_embeds_and_nothing_of_the_tests() {
    let packaged = packaged();
    let embedded = embedded();
    assert!(embedded.len() > 15, "found {embedded:?}");
    for file in &embedded {
        // A `concat!` path names a folder: some file in it must be there.
        let there = packaged
            .iter()
            .any(|p| p == file || p.starts_with(file.as_str()));
        assert!(there, "{file} is embedded but not packaged");
    }
    for needed in [
        "build.rs",
        "Cargo.lock",
        "LICENSE-MIT",
        "LICENSE-APACHE",
        "README.md",
    ] {
        assert!(
            packaged.iter().any(|p| p == needed),
            "{needed} not packaged"
        );
    }
    for left_out in [
        "tests/", "plans/", "output/", "scripts/", ".ci/", "benches/",
    ] {
        let leaked: Vec<_> = packaged
            .iter()
            .filter(|p| p.starts_with(left_out))
            .collect();
        assert!(leaked.is_empty(), "packaged: {leaked:?}");
    }
}
