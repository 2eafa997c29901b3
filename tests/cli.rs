//! The command line as a user runs it: output files, messages, exit codes.

mod common;

use assert_cmd::Command;
use common::{AREA, TempPlan, copy_dir, example_dir};

fn handlingsplan() -> Command {
    let mut cmd = Command::cargo_bin("handlingsplan").expect("binary is built");
    // Tests read the messages in one language: Swedish, the default.
    cmd.env("HANDLINGSPLAN_LANG", "sv");
    cmd
}

fn stdout_of(cmd: &mut Command) -> String {
    let out = cmd.output().expect("runs");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn build_writes_pdf_markdown_and_html_and_reports_pages_and_time() {
    let out = tempfile::tempdir().unwrap();
    let assert = handlingsplan()
        .args(["build", example_dir().to_str().unwrap(), "-o"])
        .arg(out.path())
        .assert()
        .success();
    let stdout = String::from_utf8_lossy(&assert.get_output().stdout).into_owned();
    let pdf = out.path().join("norrbotten-2022.pdf");
    let md = out.path().join("norrbotten-2022.md");
    let html = out.path().join("norrbotten-2022.html");
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
    assert!(
        std::fs::read_to_string(&html)
            .unwrap()
            .starts_with("<!DOCTYPE html>\n<html lang=\"sv\">")
    );
    assert!(
        std::fs::read_to_string(&md)
            .unwrap()
            .contains("# Handlingsplan 2022")
    );
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 3, "one line per file: {stdout}");
    assert!(
        lines[0].starts_with(&format!("skrev {}", pdf.display())) && lines[0].contains("5 sidor, ")
    );
    assert!(lines[1].starts_with(&format!("skrev {}", md.display())));
    assert!(lines[2].starts_with(&format!("skrev {}", html.display())));
    assert!(
        lines
            .iter()
            .all(|l| l.ends_with(" ms)") || l.ends_with(" s)")),
        "{stdout}"
    );
    // No temporary files are left behind.
    let names: Vec<_> = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 3, "{names:?}");
}

/// The names of the files in `dir`, sorted.
fn file_names(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn the_html_is_left_out_with_no_html_or_when_the_region_says_so() {
    let plan = TempPlan::new();
    let out = tempfile::tempdir().unwrap();
    let build = |extra: &[&str]| {
        handlingsplan()
            .arg("build")
            .arg(plan.plan_dir())
            .arg("-o")
            .arg(out.path())
            .args(extra)
            .assert()
            .success()
    };
    build(&["--no-html"]);
    assert_eq!(
        file_names(out.path()),
        ["testbotten-2026.md", "testbotten-2026.pdf"]
    );
    build(&[]);
    assert!(out.path().join("testbotten-2026.html").is_file());

    let region = std::fs::read_to_string(plan.region_dir().join("region.toml")).unwrap();
    plan.write("region.toml", &format!("html = false\n{region}"));
    let out = tempfile::tempdir().unwrap();
    handlingsplan()
        .arg("build")
        .arg(plan.plan_dir())
        .arg("-o")
        .arg(out.path())
        .assert()
        .success();
    assert_eq!(
        file_names(out.path()),
        ["testbotten-2026.md", "testbotten-2026.pdf"]
    );
}

#[test]
fn an_accent_colour_too_light_for_text_is_a_warning_with_its_ratio() {
    let plan = TempPlan::new();
    let region = std::fs::read_to_string(plan.region_dir().join("region.toml")).unwrap();
    plan.write(
        "region.toml",
        &format!("{region}\n[tema]\naccentfarg = \"#FFCC00\"\n"),
    );
    let out = handlingsplan()
        .arg("check")
        .arg(plan.plan_dir())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "a warning, not an error: {stderr}");
    assert!(
        stderr.contains("varning: accentfärgen #ffcc00 har kontrasten 1.51:1 mot vitt"),
        "{stderr}"
    );
    assert!(stderr.contains("region.toml:"), "located: {stderr}");
    assert!(
        stderr.contains("accentfarg = \"#FFCC00\""),
        "quoted: {stderr}"
    );
    assert!(stderr.contains("4.5:1"), "{stderr}");

    // A colour dark enough, or no HTML, gives no warning.
    for (colour, html) in [("#005a8c", ""), ("#ffcc00", "html = false\n")] {
        plan.write(
            "region.toml",
            &format!("{html}{region}\n[tema]\naccentfarg = \"{colour}\"\n"),
        );
        let out = handlingsplan()
            .arg("check")
            .arg(plan.plan_dir())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("contrast"), "{colour} {html}: {stderr}");
    }
}

#[test]
fn two_builds_are_byte_identical() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    for dir in [&a, &b] {
        handlingsplan()
            .args(["build", example_dir().to_str().unwrap(), "-o"])
            .arg(dir.path())
            .assert()
            .success();
    }
    for name in [
        "norrbotten-2022.pdf",
        "norrbotten-2022.md",
        "norrbotten-2022.html",
    ] {
        let first = std::fs::read(a.path().join(name)).unwrap();
        let second = std::fs::read(b.path().join(name)).unwrap();
        assert!(first == second, "{name} differs between builds");
    }
}

#[test]
fn source_date_epoch_is_the_only_clock() {
    let plan = TempPlan::new();
    plan.write(
        "2026/plan.toml",
        &common::PLAN.replace("godkant_datum = 2025-12-01\n", ""),
    );
    plan.write(
        "region.toml",
        &common::REGION.replace(", \"godkant_datum\"", ""),
    );
    let build = |epoch: &str| {
        let out = tempfile::tempdir().unwrap();
        handlingsplan()
            .env("SOURCE_DATE_EPOCH", epoch)
            .args(["build", plan.plan_dir().to_str().unwrap(), "-o"])
            .arg(out.path())
            .assert()
            .success();
        std::fs::read(out.path().join("testbotten-2026.pdf")).unwrap()
    };
    let (first, again, other) = (
        build("1700000000"),
        build("1700000000"),
        build("1800000000"),
    );
    assert!(first == again, "same epoch, same bytes");
    assert!(first != other, "the epoch is the document's date");
    assert!(
        String::from_utf8_lossy(&first).contains("2023-11-14"),
        "creation date from SOURCE_DATE_EPOCH"
    );
}

#[test]
fn a_failed_build_leaves_existing_output_untouched() {
    let plan = TempPlan::new();
    let out = tempfile::tempdir().unwrap();
    let pdf = out.path().join("testbotten-2026.pdf");
    let md = out.path().join("testbotten-2026.md");
    std::fs::write(&pdf, b"old pdf").unwrap();
    std::fs::write(&md, b"old markdown").unwrap();
    plan.write(
        "2026/omraden/forsta.toml",
        &AREA.replace("tid = \"December\"", "tid = "),
    );

    let assert = handlingsplan()
        .args(["build", plan.plan_dir().to_str().unwrap(), "-o"])
        .arg(out.path())
        .assert()
        .failure()
        .code(1);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(stderr.contains("forsta.toml:8:7"), "{stderr}");
    assert!(stderr.contains("ingenting skrevs"), "{stderr}");
    assert!(
        !stderr.contains("panicked") && !stderr.contains("RUST_BACKTRACE"),
        "{stderr}"
    );
    assert!(
        std::fs::read(&pdf).unwrap() == b"old pdf",
        "the old PDF was replaced"
    );
    assert!(
        std::fs::read(&md).unwrap() == b"old markdown",
        "the old Markdown was replaced"
    );
    assert_eq!(
        std::fs::read_dir(out.path()).unwrap().count(),
        2,
        "no temporary files"
    );
}

#[test]
fn a_build_that_cannot_write_changes_nothing() {
    let plan = TempPlan::new();
    let out = tempfile::tempdir().unwrap();
    // The Markdown's place is taken by a folder, so writing it must fail.
    let pdf = out.path().join("testbotten-2026.pdf");
    std::fs::write(&pdf, b"old pdf").unwrap();
    std::fs::create_dir(out.path().join("testbotten-2026.md")).unwrap();
    let assert = handlingsplan()
        .args(["build", plan.plan_dir().to_str().unwrap(), "-o"])
        .arg(out.path())
        .assert()
        .failure();
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(stderr.contains("kan inte skriva"), "{stderr}");
    assert!(
        std::fs::read(&pdf).unwrap() == b"old pdf",
        "the old PDF was replaced"
    );
    assert_eq!(
        std::fs::read_dir(out.path()).unwrap().count(),
        2,
        "no temporary files"
    );
}

#[test]
fn check_validates_without_writing() {
    let plan = TempPlan::new();
    let before: Vec<_> = walk(plan.root.path());
    let stdout = stdout_of(
        handlingsplan()
            .current_dir(plan.root.path())
            .args(["check", "region/2026"]),
    );
    assert_eq!(stdout, "ok: region/2026 (1 område, 1 aktivitet)\n");
    assert_eq!(walk(plan.root.path()), before, "check wrote nothing");

    plan.write(
        "2026/omraden/forsta.toml",
        &AREA.replace("ansvarig =", "ansvarg ="),
    );
    let assert = handlingsplan()
        .current_dir(plan.root.path())
        .args(["check", "region/2026"])
        .assert()
        .failure()
        .code(1);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(
        stderr.contains("region/2026/omraden/forsta.toml:7:1"),
        "{stderr}"
    );
    assert!(stderr.contains("menade du `ansvarig`?"), "{stderr}");
}

#[test]
fn check_takes_several_plans_and_reports_each() {
    let good = TempPlan::new();
    let bad = TempPlan::new();
    bad.write("2026/plan.toml", "titel = ");
    let assert = handlingsplan()
        .arg("check")
        .arg(good.plan_dir())
        .arg(bad.plan_dir())
        .assert()
        .failure();
    let out = assert.get_output();
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("ok: "));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("värdet saknas efter `titel =`"), "{stderr}");
    // The value left out is one mistake, one message (not also "`titel` är
    // tom"); the rest of the file is read on: it lacks four required keys,
    // and the approval date (a warning: the plan is not approved yet).
    assert!(!stderr.contains("`titel` är tom"), "{stderr}");
    assert!(stderr.contains("plan.toml saknar `period`"), "{stderr}");
    assert!(
        stderr.ends_with("kontrollerade 2 planer: 1 med problem (5 fel), 1 varning\n"),
        "{stderr}"
    );
}

#[test]
fn check_at_a_region_folder_checks_every_plan_in_it() {
    let plan = TempPlan::new();
    let region = plan.root.path().join("region");
    copy_dir(&plan.plan_dir(), &region.join("2027"));
    plan.write("2027/plan.toml", "titel = ");
    let assert = handlingsplan()
        .current_dir(&region)
        .arg("check")
        .assert()
        .failure();
    let out = assert.get_output();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.starts_with("ok: 2026 ("), "{stdout}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("2027/plan.toml"), "{stderr}");
    assert!(
        stderr.contains("kontrollerade 2 planer: 1 med problem"),
        "{stderr}"
    );
}

#[test]
fn emit_typst_writes_a_standalone_typst_project() {
    let out = tempfile::tempdir().unwrap();
    let typst = tempfile::tempdir().unwrap();
    handlingsplan()
        .args(["build", example_dir().to_str().unwrap(), "-o"])
        .arg(out.path())
        .arg("--emit-typst")
        .arg(typst.path())
        .assert()
        .success();
    let main = std::fs::read_to_string(typst.path().join("main.typ")).unwrap();
    assert_eq!(main, include_str!("../templates/plan.typ"));
    let data = std::fs::read_to_string(typst.path().join("data.json")).unwrap();
    assert!(
        data.contains("\"title\": \"Handlingsplan 2022 för Läkemedelsplan Region Norrbotten\"")
    );
    assert!(typst.path().join("fonts/NotoSans-Regular.ttf").is_file());
}

/// `--help` output with its line breaks and indentation as single spaces.
fn help_of(args: &[&str]) -> String {
    let help = stdout_of(handlingsplan().args(args));
    help.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn help_explains_the_commands_in_plain_swedish() {
    let help = help_of(&["--help"]);
    assert!(
        help.contains("Användning: handlingsplan [FLAGGOR] <KOMMANDO>"),
        "{help}"
    );
    assert!(help.contains("Kommandon: build Bygg PDF, Markdown och HTML för en plan."));
    assert!(help.contains("check Kontrollera planer efter fel utan att skriva något."));
    assert!(help.contains("Exempel: handlingsplan build plans/norrbotten/2022"));
    assert!(help.contains("-h, --help Visa hjälp"), "{help}");
    let build_help = help_of(&["build", "--help"]);
    assert!(build_help.contains("--emit-typst"));
    assert!(build_help.contains("Ingenting skrivs om planen har ett fel."));
    assert!(build_help.contains("[standard: output]"), "{build_help}");
    assert!(
        build_help.contains("[möjliga värden: auto, always, never]"),
        "{build_help}"
    );
    let diff_help = help_of(&["diff", "-h"]);
    let old = diff_help
        .find("[OLD] Den gamla planmappen")
        .expect("OLD explained");
    let new = diff_help
        .find("[NEW] Den nya planmappen")
        .expect("NEW explained");
    assert!(old < new, "arguments in their order: {diff_help}");
    for english in [
        "Usage",
        "Options",
        "Arguments",
        "Print help",
        "[default",
        "possible values",
    ] {
        assert!(!build_help.contains(english), "{english} in {build_help}");
    }
}

#[test]
fn help_is_in_english_with_lang_en_or_the_environment() {
    for help in [
        help_of(&["--lang", "en", "build", "--help"]),
        help_of(&["build", "--lang=en", "--help"]),
        stdout_of(
            handlingsplan()
                .env("HANDLINGSPLAN_LANG", "en")
                .args(["build", "--help"]),
        )
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" "),
    ] {
        assert!(
            help.contains("Usage: handlingsplan build [OPTIONS] [PLAN_DIR]"),
            "{help}"
        );
        assert!(
            help.contains("Nothing is written if the plan has a mistake"),
            "{help}"
        );
        assert!(help.contains("[default: output]"), "{help}");
    }
    let overridden = handlingsplan()
        .env("HANDLINGSPLAN_LANG", "en")
        .args(["--lang", "sv", "--help"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&overridden.stdout).contains("Användning:"));
}

#[test]
fn an_unknown_language_in_the_environment_is_a_warning() {
    let out = handlingsplan()
        .env("HANDLINGSPLAN_LANG", "de")
        .args(["check", "finns/inte"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with(
            "varning: HANDLINGSPLAN_LANG=\"de\" är inget språk som handlingsplan talar (sv, en); \
             meddelandena blir på svenska\nfel: planmappen finns inte"
        ),
        "{stderr}"
    );
    let out = handlingsplan()
        .env("HANDLINGSPLAN_LANG", "de")
        .args(["--lang", "en", "check", "finns/inte"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with("error: plan folder not found"),
        "{stderr}"
    );
}

#[test]
fn mistyped_arguments_are_explained_in_swedish_with_a_suggestion() {
    let out = handlingsplan().args(["bulid", "plans"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with("fel: okänt kommando 'bulid'"),
        "{stderr}"
    );
    assert!(stderr.contains("menade du 'build'?"), "{stderr}");
    let out = handlingsplan()
        .args(["check", "--format", "xml"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with(
            "fel: ogiltigt värde 'xml' för '--format <FORMAT>'; möjliga värden: human, github, json"
        ),
        "{stderr}"
    );
    let out = handlingsplan().args(["new", "2023"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with("fel: '--from <PLAN_DIR>' krävs men saknas"),
        "{stderr}"
    );
    assert!(
        stderr.contains("Användning: handlingsplan new --from <PLAN_DIR> <PERIOD>"),
        "{stderr}"
    );
    let out = handlingsplan()
        .args(["--lang", "en", "check", "--colr"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with("error: unexpected argument '--colr' found"),
        "{stderr}"
    );
}

#[test]
fn a_missing_folder_is_a_clear_error() {
    let assert = handlingsplan()
        .args(["build", "finns/inte"])
        .assert()
        .failure()
        .code(1);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(
        stderr.starts_with("fel: planmappen finns inte: finns/inte"),
        "{stderr}"
    );
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        }
        out.push(path);
    }
    out.sort();
    out
}
