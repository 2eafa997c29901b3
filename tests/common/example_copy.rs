//! A copy of the example plan to change on purpose, and `handlingsplan diff` run on it.

use std::path::{Path, PathBuf};

use super::binary;

/// A copy of the example region (region.toml and the 2022 plan) in a
/// temporary folder, without its register of bodies: the diff tests write
/// made-up names in `ansvarig` and `rapportering` (the register is tested
/// in tests/organ.rs).
pub struct Copy {
    pub root: tempfile::TempDir,
    /// The example as it is, but without its follow-up rounds, like the
    /// copy: what the copy is compared with.
    original: tempfile::TempDir,
}

impl Copy {
    pub fn new() -> Self {
        let (root, region) = super::example_region_copy();
        super::remove_register(&region);
        let (original, _) = super::example_region_copy();
        Copy { root, original }
    }

    /// The example plan before any change (without its rounds).
    pub fn old(&self) -> PathBuf {
        self.original.path().join("norrbotten/2022")
    }

    pub fn region(&self) -> PathBuf {
        self.root.path().join("norrbotten")
    }

    pub fn plan(&self) -> PathBuf {
        self.region().join("2022")
    }

    pub fn area(&self, name: &str) -> PathBuf {
        self.plan().join("omraden").join(format!("{name}.toml"))
    }

    /// Replaces `from` by `to` in a file of the plan, which must contain it.
    pub fn edit(&self, path: &Path, from: &str, to: &str) {
        let text = std::fs::read_to_string(path).unwrap();
        assert!(text.contains(from), "{} holds {from:?}", path.display());
        std::fs::write(path, text.replacen(from, to, 1)).unwrap();
    }

    /// The activities of an area file as blocks, and what comes before them.
    pub fn activities(&self, name: &str) -> (String, Vec<String>) {
        let text = std::fs::read_to_string(self.area(name)).unwrap();
        let mut blocks = text.split("\n[[aktivitet]]\n").map(str::to_owned);
        let head = blocks.next().unwrap();
        (head, blocks.collect())
    }

    pub fn set_activities(&self, name: &str, head: &str, blocks: &[String]) {
        let mut text = head.to_owned();
        for block in blocks {
            text.push_str("\n[[aktivitet]]\n");
            text.push_str(block);
        }
        std::fs::write(self.area(name), text).unwrap();
    }
}

/// Runs `handlingsplan diff ARGS`: (exit code, stdout, stderr).
pub fn diff(args: &[&dyn AsRef<std::ffi::OsStr>]) -> (i32, String, String) {
    let mut cmd = binary();
    cmd.arg("diff").arg("--color").arg("never");
    for arg in args {
        cmd.arg(arg);
    }
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

pub fn json(old: &Path, new: &Path) -> serde_json::Value {
    let (code, out, err) = diff(&[&"--format", &"json", &old, &new]);
    assert_eq!(code, 1, "{err}");
    serde_json::from_str(&out).unwrap()
}
