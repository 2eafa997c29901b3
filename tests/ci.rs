//! CI-friendly checking through the real binary: `check --format github`
//! and `--format json`, `build --check`, and the example workflow in
//! `examples/`.

mod common;

use std::path::Path;

use common::{TempPlan, binary};

/// The minimal plan with an unknown reference (an error) and raw HTML (a
/// warning), so that both severities show.
fn plan_with_problems() -> TempPlan {
    let area = common::AREA.replace(
        "text = \"Göra något viktigt.\"",
        "text = \"Göra <b>något</b> viktigt, se punkt [](#forsta-aktivitet).\"",
    );
    TempPlan::with(common::REGION, common::PLAN, &[("forsta", &area)])
}

/// `check --format FORMAT region/2026`, run in the plan's temporary folder:
/// (exit code, stdout, stderr).
fn check_as(plan: &TempPlan, format: &str) -> (i32, String, String) {
    let out = binary()
        .current_dir(plan.root.path())
        .args(["check", "--format", format, "region/2026"])
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn check_prints_github_annotations_for_errors_and_warnings() {
    let (code, stdout, stderr) = check_as(&plan_with_problems(), "github");
    assert_eq!(code, 1, "{stderr}");
    assert!(stdout.lines().all(|l| l.starts_with("::")), "{stdout}");
    insta::assert_snapshot!(stdout);
    assert_eq!(
        stderr,
        "kontrollerade 1 plan: 1 med problem (1 fel), 1 varning\n"
    );
}

#[test]
fn check_prints_json_diagnostics() {
    let (code, stdout, _) = check_as(&plan_with_problems(), "json");
    assert_eq!(code, 1);
    let value: serde_json::Value = serde_json::from_str(&stdout).expect("one JSON document");
    assert_eq!(value["errors"], 1);
    assert_eq!(value["warnings"], 1);
    insta::assert_snapshot!(stdout);
}

#[test]
fn check_of_a_good_plan_prints_an_empty_json_list_and_no_annotations() {
    let plan = TempPlan::new();
    let (code, stdout, _) = check_as(&plan, "json");
    assert_eq!(code, 0);
    let value: serde_json::Value = serde_json::from_str(&stdout).expect("JSON");
    assert_eq!(value["diagnostics"], serde_json::json!([]));
    let (code, stdout, _) = check_as(&plan, "github");
    assert_eq!(code, 0);
    assert!(!stdout.contains("::"), "{stdout}");
}

/// `build [--check] region/2026 -o out` in the plan's folder: (exit code, stdout, stderr).
fn build_in(plan: &TempPlan, check: bool) -> (i32, String, String) {
    let mut cmd = binary();
    cmd.current_dir(plan.root.path()).arg("build");
    if check {
        cmd.arg("--check");
    }
    let out = cmd
        .args(["region/2026", "-o", "out"])
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn files_in(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .map(|e| e.unwrap())
                .map(|e| {
                    (
                        e.file_name().to_string_lossy().into_owned(),
                        std::fs::read(e.path()).unwrap(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

#[test]
fn build_check_names_missing_and_stale_files_and_writes_nothing() {
    let plan = TempPlan::new();
    let out = plan.root.path().join("out");

    let (code, _, stderr) = build_in(&plan, true);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("fel: out/testbotten-2026.pdf saknas"),
        "{stderr}"
    );
    assert!(
        stderr.contains("fel: out/testbotten-2026.md saknas"),
        "{stderr}"
    );
    assert!(
        stderr.contains("fel: out/testbotten-2026.html saknas"),
        "{stderr}"
    );
    assert!(!out.exists(), "build --check wrote nothing");

    let (code, _, stderr) = build_in(&plan, false);
    assert_eq!(code, 0, "{stderr}");
    let (code, stdout, stderr) = build_in(&plan, true);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        stdout,
        "aktuell: out/testbotten-2026.pdf\naktuell: out/testbotten-2026.md\n\
         aktuell: out/testbotten-2026.html\n"
    );

    // The plan changes; the committed files do not.
    let before = files_in(&out);
    plan.write(
        "2026/omraden/forsta.toml",
        &common::AREA.replace("December", "November"),
    );
    let (code, stdout, stderr) = build_in(&plan, true);
    assert_eq!(code, 1);
    insta::assert_snapshot!(format!("stdout:\n{stdout}\nstderr:\n{stderr}"));
    assert_eq!(files_in(&out), before, "build --check wrote nothing");
}

#[test]
fn build_check_of_the_example_is_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = binary()
        .current_dir(root)
        .args(["build", "--check", "plans/norrbotten/2022", "-o", "output"])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The example workflow, parsed.
fn workflow() -> serde_yaml::Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/handlingsplan-workflow.yml");
    let text = std::fs::read_to_string(path).expect("the example workflow exists");
    serde_yaml::from_str(&text).expect("the workflow is valid YAML")
}

/// Every `handlingsplan …` command the workflow runs: the words up to a
/// shell operator.
fn workflow_commands() -> Vec<Vec<String>> {
    let workflow = workflow();
    let steps = workflow["jobs"]["plan"]["steps"]
        .as_sequence()
        .expect("the job has steps");
    let mut commands = Vec::new();
    for step in steps {
        let Some(script) = step["run"].as_str() else {
            continue;
        };
        for line in script.lines() {
            let words: Vec<&str> = line.split_whitespace().collect();
            if words.first() != Some(&"handlingsplan") {
                continue;
            }
            let command = words[1..]
                .iter()
                .take_while(|w| !matches!(**w, ">" | "|" | "&&" | ";" | "||"))
                .map(|w| w.to_string())
                .collect();
            commands.push(command);
        }
    }
    commands
}

/// Checks that `handlingsplan SUB --help` exists and lists each flag the
/// command uses, and each value it gives `--format`.
fn assert_command_exists(command: &[String]) {
    let sub = &command[0];
    let out = binary().args([sub, "--help"]).output().expect("runs");
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "`handlingsplan {sub}` does not exist");
    for (i, word) in command.iter().enumerate().skip(1) {
        if word.starts_with('-') {
            assert!(
                help.split(|c: char| c.is_whitespace() || c == ',')
                    .any(|w| w == word
                        || w.starts_with(&format!("{word}="))
                        || w.starts_with(&format!("{word} "))),
                "`handlingsplan {sub}` has no flag {word}:\n{help}"
            );
        }
        if i > 1 && command[i - 1] == "--format" {
            assert!(
                help.contains(word.as_str()),
                "`handlingsplan {sub} --format` has no value {word}:\n{help}"
            );
        }
    }
}

#[test]
fn the_example_workflow_runs_check_and_build_check_with_existing_flags() {
    let commands = workflow_commands();
    let subs: Vec<&str> = commands.iter().map(|c| c[0].as_str()).collect();
    assert_eq!(subs, ["check", "build", "diff"]);
    assert!(commands[0].contains(&"github".to_owned()));
    assert!(commands[1].contains(&"--check".to_owned()));
    for command in commands.iter().filter(|c| c[0] != "diff") {
        assert_command_exists(command);
    }
}

/// Depends on the `diff` command (issue 6 §1), written in parallel: it
/// passes once that command is merged.
#[test]
fn the_example_workflow_runs_diff_with_existing_flags() {
    for command in workflow_commands().iter().filter(|c| c[0] == "diff") {
        assert_command_exists(command);
    }
}

#[test]
fn the_example_workflow_updates_one_comment_in_place() {
    let workflow = workflow();
    let steps = workflow["jobs"]["plan"]["steps"].as_sequence().unwrap();
    let script = steps
        .iter()
        .find_map(|s| s["with"]["script"].as_str())
        .expect("a script step posts the comment");
    assert!(script.contains("updateComment") && script.contains("createComment"));
    assert_eq!(
        workflow["permissions"]["pull-requests"].as_str(),
        Some("write")
    );
}

/// The codes of `check --format json` for a plan with problems of many
/// kinds, in the language `lang`.
fn codes_in(plan: &TempPlan, lang: &str) -> Vec<String> {
    let out = binary()
        .env("HANDLINGSPLAN_LANG", lang)
        .current_dir(plan.root.path())
        .args(["check", "--format", "json", "region/2026"])
        .output()
        .expect("runs");
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let diagnostics = value["diagnostics"].as_array().expect("a list");
    diagnostics
        .iter()
        .map(|d| match d["code"].as_str() {
            Some(code) => code.to_owned(),
            None => panic!("a diagnostic without a code: {d}"),
        })
        .collect()
}

/// Every problem carries a code: the id of its message in the catalogue,
/// the same whatever the language, so that scripts and editors can tell
/// kinds of problem apart without reading the words.
#[test]
fn every_problem_in_json_has_a_code_from_the_catalogue() {
    let plan = common::PLAN.replace("godkant_datum = 2025-12-01", "godkant_datum = 2021-02-30");
    let area = common::AREA
        .replace(
            "text = \"Göra något viktigt.\"",
            "text = \"Göra <b>något</b> 😀, se [](#forsta-aktiviteter).\"",
        )
        .replace("ansvarig =", "ansvarg =");
    let t = TempPlan::with(common::REGION, &plan, &[("forsta", &area)]);
    let swedish = codes_in(&t, "sv");
    assert!(swedish.len() >= 5, "{swedish:?}");
    assert_eq!(codes_in(&t, "en"), swedish);
    let catalogue: String = ["sv", "en"]
        .iter()
        .flat_map(|lang| {
            std::fs::read_dir(
                Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("locales")
                    .join(lang),
            )
            .expect("locales")
        })
        .map(|entry| std::fs::read_to_string(entry.expect("entry").path()).expect("ftl"))
        .collect();
    for code in &swedish {
        let entry = format!("\n{code} =");
        assert_eq!(
            catalogue.matches(&entry).count(),
            2,
            "{code} is not in both catalogues"
        );
    }
    let mut kinds = swedish.clone();
    kinds.sort();
    kinds.dedup();
    assert_eq!(
        kinds.len(),
        swedish.len(),
        "each problem here is of its own kind: {swedish:?}"
    );
}
