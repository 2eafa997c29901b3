//! Opens a page in headless Chromium through `check.mjs` and lists what the browser saw that must not be.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

pub const SETUP: &str = "scripts/setup-tests";

pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The browser's path: `CHROMIUM`, or `chromium` on the PATH.
pub fn chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("CHROMIUM") {
        return Some(PathBuf::from(path));
    }
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|dir| dir.join("chromium"))
        .find(|path| path.is_file())
}

/// Why the browser tests cannot run, naming what is missing and the
/// script that installs it; `None` if all is there.
pub fn setup_problem(chromium: Option<&Path>, modules: &Path) -> Option<String> {
    let mut missing = Vec::new();
    if !chromium.is_some_and(Path::is_file) {
        missing.push("Chromium (the `chromium` command, or CHROMIUM=/path/to/it)".to_owned());
    }
    if Command::new("node").arg("--version").output().is_err() {
        missing.push("node".to_owned());
    }
    for package in ["axe-core", "puppeteer-core"] {
        if !modules.join(package).join("package.json").is_file() {
            missing.push(format!("the npm package {package} in tests/browser"));
        }
    }
    (!missing.is_empty()).then(|| {
        format!(
            "the browser tests cannot run: missing {}.\nRun {SETUP} (it installs Debian's chromium and runs `npm ci` in tests/browser), then run the tests again.",
            missing.join(", ")
        )
    })
}

/// Opens `html` in headless Chromium (see tests/browser/check.mjs) and
/// returns what it found. The page is saved as `target/screenshots/NAME.html`
/// and its screenshots as `NAME-WIDTH.png` beside it.
pub fn open_in_chromium(html: &str, name: &str) -> Value {
    let chromium = chromium();
    let modules = root().join("tests/browser/node_modules");
    if let Some(problem) = setup_problem(chromium.as_deref(), &modules) {
        panic!("{problem}");
    }
    // The page is kept beside its screenshots, to look at.
    let screenshots = root().join("target/screenshots");
    std::fs::create_dir_all(&screenshots).unwrap();
    let file = screenshots.join(format!("{name}.html"));
    std::fs::write(&file, html).unwrap();
    let out = Command::new("node")
        .arg(root().join("tests/browser/check.mjs"))
        .arg(&file)
        .arg(&screenshots)
        .arg(name)
        .env("CHROMIUM", chromium.unwrap())
        .output()
        .expect("node runs");
    assert!(
        out.status.success(),
        "the browser check failed (if Chromium or the npm packages are broken, run {SETUP}):\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("the browser check prints JSON")
}

/// Everything the browser saw that must not be: WCAG violations at any
/// width, text cut off on a phone or a page wider than its window, words in
/// table cells broken where no hyphen shows, internal links' anchors shown
/// in print, requests, dialogs and globals set by scripts.
pub fn faults(result: &Value) -> Vec<String> {
    let mut faults = Vec::new();
    for width in ["1280", "390", "360"] {
        for v in result["violations"][width].as_array().unwrap() {
            faults.push(format!(
                "axe at {width} px: {} ({}): {}\n    {}",
                v["id"],
                v["impact"],
                v["help"],
                v["nodes"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|n| n.as_str().unwrap_or_default().replace('\n', " "))
                    .collect::<Vec<_>>()
                    .join("\n    ")
            ));
        }
    }
    for (key, what) in [
        ("overflow", "overflow"),
        ("requests", "the page requested"),
        ("dialogs", "a script opened a dialog"),
        ("globals", "a script set"),
    ] {
        for item in result[key].as_array().unwrap() {
            faults.push(format!("{what}: {item}"));
        }
    }
    for width in ["1280", "390"] {
        for broken in result["broken"][width].as_array().unwrap() {
            faults.push(format!("a word breaks inside at {width} px: {broken}"));
        }
    }
    faults.extend(print_link_faults(result));
    faults
}

/// In print, an external link shows its address after its text, an
/// internal one (`#…`) shows nothing.
fn print_link_faults(result: &Value) -> Vec<String> {
    let mut faults = Vec::new();
    for link in result["print_links"].as_array().unwrap() {
        let (href, after) = (
            link["href"].as_str().unwrap(),
            link["after"].as_str().unwrap(),
        );
        let shown = !["none", "normal", ""].contains(&after);
        if href.starts_with('#') && shown {
            faults.push(format!("printed, the internal link {href} shows {after}"));
        }
        if !href.starts_with('#') && !after.contains(href) {
            faults.push(format!(
                "printed, the external link {href} shows {after}, not its address"
            ));
        }
    }
    faults
}

pub fn assert_no_faults(result: &Value, name: &str) {
    let faults = faults(result);
    assert!(
        faults.is_empty(),
        "{name}: {} problems in Chromium:\n{}",
        faults.len(),
        faults.join("\n")
    );
}
