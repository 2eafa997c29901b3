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

/// A YAML file of the repository, parsed.
fn yaml(path: &str) -> serde_yaml::Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    let text = std::fs::read_to_string(&path).expect("the file exists");
    serde_yaml::from_str(&text).expect("valid YAML")
}

/// The shell scripts of `action.yml`'s steps.
fn action_scripts() -> Vec<String> {
    let action = yaml("action.yml");
    let steps = action["runs"]["steps"].as_sequence().expect("steps");
    steps
        .iter()
        .filter_map(|s| s["run"].as_str().map(str::to_owned))
        .collect()
}

/// The GitLab example's script lines.
fn gitlab_scripts() -> Vec<String> {
    let pipeline = yaml("examples/gitlab-ci.yml");
    let job = &pipeline["handlingsplan"];
    (job["before_script"].as_sequence().into_iter().flatten())
        .chain(job["script"].as_sequence().into_iter().flatten())
        .filter_map(|s| s.as_str().map(str::to_owned))
        .collect()
}

/// Every `handlingsplan …` command in `scripts`: the words up to a shell
/// operator.
fn commands(scripts: &[String]) -> Vec<Vec<String>> {
    let mut commands = Vec::new();
    for line in scripts.iter().flat_map(|s| s.lines()) {
        let words: Vec<&str> = line.split_whitespace().collect();
        let Some(at) = words.iter().position(|w| *w == "handlingsplan") else {
            continue;
        };
        // `handlingsplan` as a program, not as a word in a message.
        if at > 0 && !matches!(words[at - 1], "then" | "do" | "||" | "&&" | ";") {
            continue;
        }
        let command = words[at + 1..]
            .iter()
            .take_while(|w| !matches!(**w, ">" | "|" | "&&" | ";" | "||"))
            .map(|w| w.to_string())
            .collect();
        commands.push(command);
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
fn the_action_runs_check_build_check_build_and_diff_with_existing_flags() {
    let commands = commands(&action_scripts());
    let subs: Vec<&str> = commands.iter().map(|c| c[0].as_str()).collect();
    assert_eq!(subs, ["check", "build", "build", "diff"]);
    assert!(commands[0].contains(&"github".to_owned()));
    assert!(commands[1].contains(&"--check".to_owned()));
    for command in &commands {
        assert_command_exists(command);
    }
}

#[test]
fn the_gitlab_example_runs_the_same_commands_with_existing_flags() {
    let commands = commands(&gitlab_scripts());
    let subs: Vec<&str> = commands.iter().map(|c| c[0].as_str()).collect();
    assert_eq!(subs, ["check", "check", "build", "build", "diff"]);
    for command in &commands {
        assert_command_exists(command);
    }
    // It installs from PyPI: nothing compiles.
    let scripts = gitlab_scripts().join("\n");
    assert!(scripts.contains("pip install"), "{scripts}");
    assert!(!scripts.contains("cargo"), "{scripts}");
}

/// The example workflow runs the action of this repository, pinned, with
/// the permissions its comment needs, and compiles nothing.
#[test]
fn the_example_workflow_uses_the_action_and_compiles_nothing() {
    let workflow = yaml("examples/handlingsplan-workflow.yml");
    let job = &workflow["jobs"]["plan"];
    let steps = job["steps"].as_sequence().unwrap();
    let uses: Vec<&str> = steps.iter().filter_map(|s| s["uses"].as_str()).collect();
    assert!(
        uses.iter()
            .any(|u| u.starts_with("handlingsplan/handlingsplan@v")),
        "{uses:?}"
    );
    assert!(
        steps.iter().all(|s| s["run"].is_null()),
        "no step of its own"
    );
    assert_eq!(job["permissions"]["pull-requests"].as_str(), Some("write"));
    assert!(
        workflow["env"]["PLAN"].as_str().is_some(),
        "init replaces the PLAN line"
    );
    let action = yaml("action.yml");
    let script = (action["runs"]["steps"].as_sequence().unwrap().iter())
        .find_map(|s| s["with"]["script"].as_str())
        .expect("a script step posts the comment");
    assert!(script.contains("updateComment") && script.contains("createComment"));
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("action.yml")).unwrap();
    assert!(!text.contains("OWNER") && !text.contains("cargo install"));
}

/// The action's version, the one it installs by default, is the crate's.
#[test]
fn the_action_installs_its_own_version() {
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("action.yml")).unwrap();
    let line = format!("ACTION_VERSION: {}", env!("CARGO_PKG_VERSION"));
    assert!(text.contains(&line), "action.yml lacks {line}");
    let workflow = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/handlingsplan-workflow.yml"),
    )
    .unwrap();
    let tag = format!("handlingsplan/handlingsplan@v{}", env!("CARGO_PKG_VERSION"));
    assert!(workflow.contains(&tag), "the example lacks {tag}");
}

/// The comment script: several plans' descriptions in one comment, cut at a
/// line break below GitHub's 65 536 characters with a notice.
#[test]
fn the_comment_is_cut_below_githubs_limit_with_a_notice() {
    let dir = tempfile::tempdir().unwrap();
    let line = "| 1.2 | Uppföljning av läkemedelskostnader | ändrad |\n";
    let long = line.repeat(40_000 / line.chars().count() + 1);
    std::fs::write(dir.path().join("a.md"), &long).unwrap();
    std::fs::write(dir.path().join("b.md"), &long).unwrap();
    std::fs::write(dir.path().join("c.md"), "## Kort\n").unwrap();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/ci-comment");
    let run = |out: &str, inputs: &[&str]| {
        let status = std::process::Command::new("python3")
            .arg(&script)
            .arg(dir.path().join(out))
            .args(inputs.iter().map(|i| dir.path().join(i)))
            .env("BASE", "origin/main")
            .status()
            .expect("python3 runs");
        assert!(status.success());
        std::fs::read_to_string(dir.path().join(out)).unwrap()
    };
    let cut = run("cut.md", &["a.md", "b.md"]);
    assert!(
        cut.chars().count() <= 65_536,
        "{} characters",
        cut.chars().count()
    );
    assert!(cut.chars().count() > 60_000);
    assert!(cut.starts_with("<!-- handlingsplan diff -->\n| 1.2 |"));
    assert!(cut.contains("**Beskrivningen är förkortad:**"));
    assert!(cut.contains("handlingsplan diff --rev origin/main"));
    // Cut at a line break: the last table row before the notice is whole.
    let before = cut.split("\n\n---\n").next().unwrap();
    assert!(
        before.ends_with("| ändrad |"),
        "{}",
        &before[before.len() - 60..]
    );
    let whole = run("whole.md", &["c.md", "c.md"]);
    assert_eq!(whole, "<!-- handlingsplan diff -->\n## Kort\n\n## Kort\n");
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
