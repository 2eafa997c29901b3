//! The README's and the guide's example output is real: each block marked
//! `<!-- output: NAME -->` in README.md or docs/src/*.md is what the binary
//! prints for the commands of example NAME, run on a copy of the repository's
//! plans. Regenerate with `UPDATE_README=1 cargo test --test readme`.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{REGION, blocks, copy_dir, example_dir};

/// One block of example output in the README.
struct Example {
    /// The marker's name: `<!-- output: NAME -->` stands before the block.
    name: &'static str,
    /// Changes made to the copy of the repository before the commands run.
    setup: fn(&Path),
    /// The commands, as shown: `handlingsplan …`, optionally with a `# comment`.
    commands: &'static [&'static str],
    /// Whether each command is shown in the block as `$ command`.
    prompt: bool,
    /// What is shown: both streams as a terminal would interleave them, or standard output only.
    stdout_only: bool,
}

const EXAMPLES: &[Example] = &[
    Example {
        name: "build",
        setup: nothing,
        commands: &["handlingsplan build plans/norrbotten/2022"],
        prompt: false,
        stdout_only: false,
    },
    Example {
        name: "check",
        setup: nothing,
        commands: &["handlingsplan check plans/norrbotten/2022"],
        prompt: false,
        stdout_only: false,
    },
    Example {
        name: "build-check",
        setup: nothing,
        commands: &["handlingsplan build --check plans/norrbotten/2022"],
        prompt: true,
        stdout_only: false,
    },
    Example {
        name: "build-check-stale",
        setup: change_a_time,
        commands: &["handlingsplan build --check plans/norrbotten/2022   # after editing an area"],
        prompt: true,
        stdout_only: false,
    },
    Example {
        name: "check-github",
        setup: unknown_reference,
        commands: &["handlingsplan check --format github plans/norrbotten/2022"],
        prompt: false,
        stdout_only: true,
    },
    Example {
        name: "check-json",
        setup: unknown_reference,
        commands: &["handlingsplan check --format json plans/norrbotten/2022"],
        prompt: false,
        stdout_only: true,
    },
    Example {
        name: "check-unknown-reference",
        setup: unknown_reference,
        commands: &["handlingsplan check plans/norrbotten/2022"],
        prompt: false,
        stdout_only: false,
    },
    Example {
        name: "check-hidden-reference",
        setup: hidden_reference,
        commands: &["handlingsplan check plans/norrbotten/2022"],
        prompt: false,
        stdout_only: false,
    },
    Example {
        name: "check-unknown-key",
        setup: misspelt_key,
        commands: &["handlingsplan check plans/norrbotten/2022"],
        prompt: false,
        stdout_only: false,
    },
    Example {
        name: "check-unknown-key-en",
        setup: misspelt_key,
        commands: &["handlingsplan --lang en check plans/norrbotten/2022"],
        prompt: true,
        stdout_only: false,
    },
    Example {
        name: "schema",
        setup: nothing,
        commands: &[
            "handlingsplan schema",
            "handlingsplan schema plans/norrbotten/2022",
        ],
        prompt: true,
        stdout_only: false,
    },
    Example {
        name: "fmt",
        setup: unformatted,
        commands: &[
            "handlingsplan fmt --check plans/norrbotten/2022",
            "handlingsplan fmt plans/norrbotten/2022",
        ],
        prompt: true,
        stdout_only: false,
    },
    Example {
        name: "new",
        setup: nothing,
        commands: &[
            "handlingsplan new 2023 --from plans/norrbotten/2022",
            "handlingsplan check plans/norrbotten/2023",
        ],
        prompt: true,
        stdout_only: false,
    },
    Example {
        name: "init",
        setup: nothing,
        commands: &[
            "handlingsplan init vasterbotten --organisation Västerbotten --period 2027",
            "handlingsplan check vasterbotten/2027",
        ],
        prompt: true,
        stdout_only: false,
    },
    Example {
        name: "ansvar",
        setup: nothing,
        commands: &["handlingsplan ansvar plans/norrbotten/2022 --organ budgetchef"],
        prompt: true,
        stdout_only: false,
    },
    Example {
        name: "diff",
        setup: review_changes,
        commands: &["handlingsplan diff old/2022 plans/norrbotten/2022"],
        prompt: false,
        stdout_only: false,
    },
    Example {
        name: "diff-summary",
        setup: review_changes,
        commands: &["handlingsplan diff --format summary old/2022 plans/norrbotten/2022"],
        prompt: false,
        stdout_only: false,
    },
    Example {
        name: "diff-markdown",
        setup: review_changes,
        commands: &["handlingsplan diff --format markdown old/2022 plans/norrbotten/2022"],
        prompt: false,
        stdout_only: false,
    },
    Example {
        name: "diff-json",
        setup: one_changed_time,
        commands: &["handlingsplan diff --format json old/2022 plans/norrbotten/2022"],
        prompt: false,
        stdout_only: false,
    },
    Example {
        name: "diff-status",
        setup: end_an_activity,
        commands: &["handlingsplan diff old/2022 plans/norrbotten/2022"],
        prompt: false,
        stdout_only: false,
    },
    Example {
        name: "extract",
        setup: archival_region,
        commands: &[
            "handlingsplan build plans/norrbotten/2022 -o arkiv",
            "handlingsplan extract arkiv/norrbotten-2022.pdf kopia",
            "handlingsplan build kopia/2022 -o kopia/output",
        ],
        prompt: true,
        stdout_only: false,
    },
    Example {
        name: "id",
        setup: plan_without_ids,
        commands: &[
            "handlingsplan id plans/testbotten/2026",
            "handlingsplan id plans/testbotten/2026",
        ],
        prompt: true,
        stdout_only: false,
    },
    Example {
        name: "guide-init",
        setup: nothing,
        commands: &[
            "handlingsplan init min-region --organisation \"Region Exempel\" --kortnamn exempel \
             --period 2027 --kolumner effekt --omrade \"Rätt läkemedelsbehandling\" \
             --omrade \"Ekonomiskt mål\"",
            "cd min-region",
            "handlingsplan build 2027",
        ],
        prompt: true,
        stdout_only: false,
    },
    Example {
        name: "guide-slutlig",
        setup: draft,
        commands: &["handlingsplan build --slutlig plans/norrbotten/2022"],
        prompt: true,
        stdout_only: false,
    },
];

#[test]
fn readme_and_guide_examples_are_real_output() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut outputs: BTreeMap<&str, String> = BTreeMap::new();
    let mut stale = Vec::new();
    let mut shown = BTreeSet::new();
    for document in blocks::documents() {
        let path = root.join(&document);
        let text = std::fs::read_to_string(&path).unwrap();
        let marked = blocks::markers(&text, "output");
        let mut updated = text.clone();
        for (at, name) in marked.iter().enumerate() {
            assert!(
                !marked[..at].contains(name),
                "{}: <!-- output: {name} --> stands twice",
                document.display()
            );
            let example = EXAMPLES.iter().find(|e| e.name == *name);
            let example = example
                .unwrap_or_else(|| panic!("{}: no example is named {name}", document.display()));
            shown.insert(example.name);
            let actual = outputs.entry(example.name).or_insert_with(|| run(example));
            let block =
                blocks::find_block(&updated, name).expect("a fenced block after the marker");
            if blocks::normalise(&block.text(&updated)) != blocks::normalise(actual) {
                stale.push(format!(
                    "--- {name} in {}:\n{}--- the binary prints:\n{actual}",
                    document.display(),
                    block.text(&updated)
                ));
                updated = block.replace(&updated, actual);
            }
        }
        if std::env::var_os("UPDATE_README").is_some() && updated != text {
            std::fs::write(&path, updated).unwrap();
        }
    }
    let unshown: Vec<_> = EXAMPLES
        .iter()
        .map(|e| e.name)
        .filter(|n| !shown.contains(n))
        .collect();
    assert!(
        unshown.is_empty(),
        "examples no document shows: {unshown:?}"
    );
    assert!(
        stale.is_empty() || std::env::var_os("UPDATE_README").is_some(),
        "the README or the guide shows output the binary no longer prints \
         (UPDATE_README=1 cargo test --test readme rewrites them):\n{}",
        stale.join("\n")
    );
}

/// Runs an example's commands in a fresh copy of the plans and returns what a reader sees.
fn run(example: &Example) -> String {
    let root = tempfile::tempdir().unwrap();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    for folder in ["plans", "schemas", "output"] {
        copy_dir(&repo.join(folder), &root.path().join(folder));
    }
    (example.setup)(root.path());
    blocks::run_commands(
        root.path(),
        example.commands,
        example.prompt,
        example.stdout_only,
    )
}

fn nothing(_: &Path) {}

fn plan_file(root: &Path, file: &str) -> PathBuf {
    root.join("plans/norrbotten/2022").join(file)
}

/// Replaces the first `from` in a file by `to`.
fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{} holds {from:?}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

fn change_a_time(root: &Path) {
    let area = plan_file(root, "omraden/ekonomiskt-mal.toml");
    edit(&area, "tid = \"December\"", "tid = \"November\"");
}

fn unknown_reference(root: &Path) {
    let area = plan_file(root, "omraden/ratt-lakemedelsbehandling.toml");
    edit(
        &area,
        "vårdtillfälle i slutenvård.\n",
        "vårdtillfälle i slutenvård. Se även punkt [](#lakemedelsgenomgang).\n",
    );
}

/// Finished activities hidden, activity 1.2 finished, and 1.1 referring to it.
fn hidden_reference(root: &Path) {
    let region = root.join("plans/norrbotten/region.toml");
    let text = std::fs::read_to_string(&region).unwrap();
    std::fs::write(&region, text + "\n[status]\nvisa_avslutade = false\n").unwrap();
    let area = plan_file(root, "omraden/ratt-lakemedelsbehandling.toml");
    edit(
        &area,
        "id = \"lakemedelsgenomgangar\"\n",
        "id = \"lakemedelsgenomgangar\"\nstatus = \"avslutad\"\nstatus_datum = 2022-06-30\n",
    );
    edit(
        &area,
        "vårdtillfälle i slutenvård.\n",
        "vårdtillfälle i slutenvård. Se även punkt [](#lakemedelsgenomgangar).\n",
    );
}

fn misspelt_key(root: &Path) {
    let area = plan_file(root, "omraden/ratt-lakemedelsbehandling.toml");
    edit(&area, "\nansvarig = \"", "\nansvarg = \"");
}

fn unformatted(root: &Path) {
    let area = plan_file(root, "omraden/ekonomiskt-mal.toml");
    edit(&area, "tid = \"December\"", "tid   =   'December'");
}

/// A copy of the example as it was in `old/`, and in the plan one `tid` changed.
fn one_changed_time(root: &Path) {
    copy_dir(&root.join("plans/norrbotten"), &root.join("old"));
    change_a_time(root);
}

/// A copy of the example as it was in `old/`, and in the plan: a new activity,
/// a changed `tid`, one name swapped in an `ansvarig` list and one word changed.
fn review_changes(root: &Path) {
    copy_dir(&root.join("plans/norrbotten"), &root.join("old"));
    let supply = plan_file(root, "omraden/ratt-lakemedelsforsorjning.toml");
    let text = std::fs::read_to_string(&supply).unwrap();
    let second = text.match_indices("\n[[aktivitet]]\n").nth(1).unwrap().0;
    let new_activity = "\n[[aktivitet]]\nid = \"beredskapslager\"\n\
        text = \"Inventera regionens beredskapslager av läkemedel.\"\n\
        ansvarig = \"Funktionsområde Läkemedel\"\ntid = \"Juni\"\n\
        rapportering = \"LSG Läkemedel\"\n";
    std::fs::write(
        &supply,
        format!("{}{new_activity}{}", &text[..second], &text[second..]),
    )
    .unwrap();
    let economy = plan_file(root, "omraden/ekonomiskt-mal.toml");
    edit(&economy, "\"Divisionsledningarna\"", "\"Regionledningen\"");
    edit(&economy, "tid = \"December\"", "tid = \"November\"");
    edit(&economy, "tertialvis utfall", "månadsvis utfall");
}

/// The example with ended activities left out of the document, copied to
/// `old/`; in the plan the first activity has ended.
fn end_an_activity(root: &Path) {
    let region = root.join("plans/norrbotten/region.toml");
    let text = std::fs::read_to_string(&region).unwrap();
    std::fs::write(&region, text + "\n[status]\nvisa_avslutade = false\n").unwrap();
    copy_dir(&root.join("plans/norrbotten"), &root.join("old"));
    let economy = plan_file(root, "omraden/ekonomiskt-mal.toml");
    edit(
        &economy,
        "tid = \"December\"\n",
        "tid = \"December\"\nstatus = \"avslutad\"\nstatus_datum = 2022-06-30\n\
         status_kommentar = \"Alla verksamheter har nu ett mätbart mål.\"\n",
    );
}

/// The example plan not approved yet: a draft.
fn draft(root: &Path) {
    edit(
        &plan_file(root, "plan.toml"),
        "godkant_datum = 2021-12-09\n",
        "",
    );
}

/// The example region set to attach its sources to a PDF/A-3 file.
fn archival_region(root: &Path) {
    let region = root.join("plans/norrbotten/region.toml");
    edit(
        &region,
        "pdfstandard = [\"ua-1\", \"a-2a\"]",
        "pdfstandard = [\"ua-1\", \"a-3a\"]\nbifoga_kallfiler = true",
    );
}

/// A small plan in `plans/testbotten/2026` whose third activity has an id
/// the first one would get.
fn plan_without_ids(root: &Path) {
    let plan = root.join("plans/testbotten/2026");
    std::fs::create_dir_all(plan.join("omraden")).unwrap();
    std::fs::write(root.join("plans/testbotten/region.toml"), REGION).unwrap();
    std::fs::write(plan.join("plan.toml"), common::PLAN).unwrap();
    std::fs::write(plan.join("omraden/forsta.toml"), AREA_WITHOUT_IDS).unwrap();
}

const AREA_WITHOUT_IDS: &str = r##"rubrik = "Första området"

[[aktivitet]]
text = "Öka följsamheten till *REK-listan* inom primärvården"
ansvarig = "Verksamhetscheferna"
tid = "December"
rapportering = "LSG Läkemedel"

[[aktivitet]]
titel = "Läkemedelsgenomgångar"
text = "Fördjupade läkemedelsgenomgångar för äldre"
ansvarig = "Verksamhetscheferna"
tid = "Löpande"
rapportering = "LSG Läkemedel"

[[aktivitet]]
id = "oka-foljsamheten-rek-listan"
text = "Ett annat id som den första aktiviteten skulle ha fått"
ansvarig = "Funktionsområde Läkemedel"
tid = "Juni"
rapportering = "LSG Läkemedel"
"##;

/// The format examples (`<!-- file: PATH -->` before a TOML block) are a plan
/// that loads: region.toml, plan.toml and an area file as the README shows them.
#[test]
fn readme_format_examples_are_a_plan_that_checks() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let root = tempfile::tempdir().unwrap();
    let region = root.path().join("region");
    let mut written = Vec::new();
    for path in blocks::markers(&readme, "file") {
        let block =
            blocks::find_file_block(&readme, path).expect("a ```toml block after the marker");
        let full = region.join(path);
        std::fs::create_dir_all(full.parent().unwrap()).unwrap();
        std::fs::write(full, block.text(&readme)).unwrap();
        written.push(path);
    }
    assert_eq!(
        written,
        [
            "region.toml",
            "mal.toml",
            "2022/plan.toml",
            "2022/omraden/ekonomiskt-mal.toml"
        ]
    );
    // What the examples name but do not show: the logo, a section file and the other area.
    let svg = r#"<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4"/></svg>"#;
    std::fs::write(region.join("logotyp.svg"), svg).unwrap();
    std::fs::write(region.join("2022/inledning.md"), "Planens inledning.\n").unwrap();
    // (Its activities' `mal` name the example region's goals, not the
    // README's: left out.)
    let example_area = example_dir().join("omraden/ratt-lakemedelsbehandling.toml");
    let area = region.join("2022/omraden/ratt-lakemedelsbehandling.toml");
    let text = std::fs::read_to_string(example_area).unwrap();
    let without_goals: String = (text.lines())
        .filter(|line| !line.starts_with("mal = "))
        .map(|line| format!("{line}\n"))
        .collect();
    std::fs::write(area, without_goals).unwrap();

    let out = Command::new(env!("CARGO_BIN_EXE_handlingsplan"))
        .env("HANDLINGSPLAN_LANG", "sv")
        .arg("check")
        .arg(region.join("2022"))
        .output()
        .unwrap();
    assert!(
        out.status.success()
            && out
                .stderr
                .ends_with("kontrollerade 1 plan: inga fel\n".as_bytes()),
        "README's region.toml, plan.toml and area examples do not check:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn commands_split_into_words_as_a_shell_splits_them() {
    assert_eq!(
        blocks::words(r#"handlingsplan init x --omrade "Ekonomiskt mål"   # a comment"#),
        ["handlingsplan", "init", "x", "--omrade", "Ekonomiskt mål"]
    );
    assert_eq!(blocks::words(r#"a "" b#c"#), ["a", "", "b#c"]);
}

#[test]
fn times_compare_equal_whatever_they_are() {
    assert_eq!(
        blocks::normalise("skrev a.pdf (3 sidor, 190 ms)\npå 12 ms"),
        blocks::normalise("skrev a.pdf (3 sidor, 62 ms)\npå 7 ms")
    );
    assert_eq!(
        blocks::normalise("skrev a.pdf (3 sidor, 190 ms)\npå 12 ms"),
        blocks::normalise("skrev a.pdf (3 sidor, 1,48 s)\npå 2.5 s")
    );
    assert_ne!(
        blocks::normalise("(3 sidor, 1 ms)"),
        blocks::normalise("(4 sidor, 1 ms)")
    );
    // Only a number with its unit is a time.
    assert_ne!(blocks::normalise("5 sidor"), blocks::normalise("6 sidor"));
    assert_ne!(blocks::normalise("1,5 sek"), blocks::normalise("2,5 sek"));
}
