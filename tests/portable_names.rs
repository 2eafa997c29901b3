//! Plans as Windows and macOS hand them over: area file names with å, ä, ö
//! (composed or decomposed), files with CRLF line endings and a byte-order
//! mark. Each checks, builds and passes `fmt --check` with no edit.

mod common;

use std::path::Path;

use common::{binary, check, example_region_copy};

/// Renames the example's area `ekonomiskt-mal` to `listed` in plan.toml
/// and to `on_disk` in `omraden/`.
fn rename_area(plan: &Path, listed: &str, on_disk: &str) {
    let areas = plan.join("omraden");
    std::fs::rename(
        areas.join("ekonomiskt-mal.toml"),
        areas.join(format!("{on_disk}.toml")),
    )
    .unwrap();
    let plan_toml = plan.join("plan.toml");
    let text = std::fs::read_to_string(&plan_toml).unwrap();
    assert!(text.contains("\"ekonomiskt-mal\""));
    std::fs::write(
        &plan_toml,
        text.replace("\"ekonomiskt-mal\"", &format!("\"{listed}\"")),
    )
    .unwrap();
}

/// Builds the plan into `out` and returns the HTML.
fn build_html(plan: &Path, out: &Path) -> String {
    let run = binary()
        .arg("build")
        .arg(plan)
        .arg("-o")
        .arg(out)
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "build: {}",
        String::from_utf8_lossy(&run.stderr)
    );
    let html = std::fs::read_dir(out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "html"))
        .expect("an HTML output");
    std::fs::read_to_string(html).unwrap()
}

/// Every `id="…"` in the HTML once, each a valid HTML id (no space).
fn assert_ids_valid(html: &str) {
    let mut seen = std::collections::HashSet::new();
    for part in html.split(" id=\"").skip(1) {
        let id = &part[..part.find('"').unwrap()];
        assert!(
            !id.is_empty() && !id.contains(char::is_whitespace),
            "{id:?}"
        );
        assert!(seen.insert(id.to_owned()), "id {id:?} twice");
    }
    assert!(!seen.is_empty());
}

fn fmt_check(path: &Path) -> (bool, String) {
    let out = binary()
        .arg("fmt")
        .arg("--check")
        .arg(path)
        .output()
        .unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.success(), text)
}

#[test]
fn an_area_file_named_with_a_ring_checks_and_builds() {
    let (dir, region) = example_region_copy();
    let plan = region.join("2022");
    rename_area(&plan, "ekonomiskt-mål", "ekonomiskt-mål");
    let (ok, stderr) = check(&plan);
    assert!(ok, "{stderr}");
    assert!(!stderr.contains("varning"), "{stderr}");
    let html = build_html(&plan, &dir.path().join("out"));
    assert!(html.contains("Ekonomiskt"), "the area is in the document");
    assert_ids_valid(&html);
    let (ok, text) = fmt_check(&region);
    assert!(ok, "{text}");
}

#[test]
fn a_decomposed_file_name_is_the_composed_name_listed() {
    let (dir, region) = example_region_copy();
    let plan = region.join("2022");
    // macOS may write "å" as "a" and a combining ring (NFD).
    rename_area(&plan, "ekonomiskt-mål", "ekonomiskt-ma\u{30a}l");
    let (ok, stderr) = check(&plan);
    assert!(ok, "{stderr}");
    assert!(
        !stderr.contains("inte listad") && !stderr.contains("varning"),
        "{stderr}"
    );
    build_html(&plan, &dir.path().join("out"));
}

#[test]
fn a_name_that_is_no_file_name_says_which_names_are_allowed() {
    let (_dir, region) = example_region_copy();
    let plan = region.join("2022");
    rename_area(&plan, "ekonomiskt mål", "ekonomiskt-mal");
    let (ok, stderr) = check(&plan);
    assert!(!ok);
    assert!(stderr.contains("\"ekonomiskt mål\""), "{stderr}");
    assert!(stderr.contains("å, ä, ö går bra"), "{stderr}");
}

/// Every file of the region with CRLF line endings and a byte-order mark.
fn to_windows_files(dir: &Path) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            to_windows_files(&path);
        } else if path.extension().is_some_and(|e| e == "toml" || e == "md") {
            let text = std::fs::read_to_string(&path).unwrap();
            let crlf = format!("\u{feff}{}", text.replace('\n', "\r\n"));
            std::fs::write(&path, crlf).unwrap();
        }
    }
}

#[test]
fn a_plan_with_crlf_and_byte_order_marks_checks_builds_and_is_formatted() {
    let (dir, region) = example_region_copy();
    to_windows_files(&region);
    let plan = region.join("2022");
    let before = std::fs::read(plan.join("plan.toml")).unwrap();
    assert!(before.starts_with("\u{feff}".as_bytes()));
    let (ok, stderr) = check(&plan);
    assert!(ok, "{stderr}");
    assert!(!stderr.contains("varning"), "{stderr}");
    build_html(&plan, &dir.path().join("out"));
    let (ok, text) = fmt_check(&region);
    assert!(ok, "{text}");
    // fmt (not --check) changes nothing either: marks and CRLF stay.
    let run = binary().arg("fmt").arg(&region).output().unwrap();
    assert!(run.status.success());
    assert_eq!(std::fs::read(plan.join("plan.toml")).unwrap(), before);
}

#[test]
fn a_windows_checkout_builds_the_very_bytes_committed() {
    // git on Windows checks text files out with CRLF (core.autocrlf) and old
    // Notepad adds a byte-order mark: the outputs must not change, or
    // `build --check` in CI would call a Windows author's commit stale.
    let (_dir, region) = example_region_copy();
    to_windows_files(&region);
    let committed = Path::new(env!("CARGO_MANIFEST_DIR")).join("output");
    let run = binary()
        .args(["build", "--check"])
        .arg(region.join("2022"))
        .arg("-o")
        .arg(&committed)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{stderr}");
}

#[test]
fn attached_sources_are_the_same_from_a_windows_checkout() {
    // With bifoga_kallfiler the PDF carries the plan's files: as git stores
    // them (LF, no mark), so the PDF does not depend on the checkout either.
    let (dir, region) = example_region_copy();
    let region_toml = region.join("region.toml");
    let text = std::fs::read_to_string(&region_toml).unwrap();
    let text = text.replace(
        r#"pdfstandard = ["ua-1", "a-2a"]"#,
        r#"pdfstandard = ["ua-1", "a-3a"]"#,
    );
    std::fs::write(&region_toml, format!("bifoga_kallfiler = true\n{text}")).unwrap();
    let pdf = |out: &str| {
        build_html(&region.join("2022"), &dir.path().join(out));
        std::fs::read(dir.path().join(out).join("norrbotten-2022.pdf")).unwrap()
    };
    let unix = pdf("unix");
    to_windows_files(&region);
    assert!(unix == pdf("windows"), "the PDFs differ");
}
