//! The region's goals (`mal.toml` beside region.toml): located checks, an
//! activity's `mal`, the overview *Mål och aktiviteter* in every output, and
//! mal.toml in the JSON Schema, fmt and diff.

mod common;

use common::{AREA, PLAN, REGION, TempPlan};
use handlingsplan::fmt::{format_text, spec_for};
use handlingsplan::report::Sources;
use insta::assert_snapshot;
use std::collections::BTreeSet;
use std::path::Path;

const GOALS: &str = r#"
[[mal]]
id = "ratt-behandling"
rubrik = "Rätt läkemedelsbehandling"

[[mal.indikator]]
id = "andel-genomgangar"
namn = "Andel med läkemedelsgenomgång"
typ = "andel"
malvarde = 50
riktning = "öka"

[[mal]]
id = "farre-recept"
rubrik = "Färre antibiotikarecept"
overordnat = "ratt-behandling"

[[mal.indikator]]
id = "recept"
namn = "Recept per 1 000 invånare"
typ = "antal"
enhet = "recept"
malvarde = 250
riktning = "minska"
"#;

/// The test plan with `goals` as mal.toml and the activity serving `mal`.
fn with_goals(goals: &str, mal: &str) -> TempPlan {
    let area = AREA.replace(
        "tid = \"December\"",
        &format!("tid = \"December\"\nmal = {mal}"),
    );
    let t = TempPlan::with(REGION, PLAN, &[("forsta", &area)]);
    t.write("mal.toml", goals);
    t
}

#[test]
fn an_unknown_goal_is_located_with_the_nearest_id() {
    let problems = with_goals(GOALS, r#"["farre-recpt"]"#).problems();
    assert!(problems.contains("forsta.toml:9:"), "{problems}");
    assert!(
        problems.contains(r#"menade du "farre-recept"?"#),
        "{problems}"
    );
    assert_snapshot!(problems);
}

#[test]
fn goals_that_check_give_a_plan_that_checks() {
    let (code, stderr) = with_goals(GOALS, r#"["farre-recept", "ratt-behandling"]"#).check();
    assert_eq!(code, 0, "{stderr}");
}

#[test]
fn a_target_of_the_wrong_kind_is_located() {
    let goals = GOALS.replace("malvarde = 250", "malvarde = \"250\"");
    let (code, stderr) = with_goals(&goals, "[]").check();
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("mal.toml:23:12"), "{stderr}");
    assert!(
        stderr.contains("målvärdet för en indikator av typen \"antal\" ska vara ett tal"),
        "{stderr}"
    );
    // A share is a percentage; a yes/no indicator takes true or false.
    let share = GOALS.replace("malvarde = 50", "malvarde = 150");
    let (_, stderr) = with_goals(&share, "[]").check();
    assert!(stderr.contains("ett tal mellan 0 och 100"), "{stderr}");
    let yes_no = GOALS
        .replace("typ = \"andel\"", "typ = \"ja/nej\"")
        .replace("riktning = \"öka\"\n", "");
    let (_, stderr) = with_goals(&yes_no, "[]").check();
    assert!(stderr.contains("ska vara true eller false"), "{stderr}");
}

#[test]
fn a_direction_on_a_text_indicator_is_refused() {
    let goals = GOALS
        .replace("typ = \"andel\"", "typ = \"text\"")
        .replace("malvarde = 50", "malvarde = \"Alla enheter\"");
    let (code, stderr) = with_goals(&goals, "[]").check();
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("mal.toml:11:12"), "{stderr}");
    assert!(stderr.contains("`riktning` passar inte"), "{stderr}");
}

#[test]
fn a_duplicate_id_is_refused_at_both() {
    let goals = GOALS.replace("id = \"farre-recept\"", "id = \"ratt-behandling\"");
    let (code, stderr) = with_goals(&goals, "[]").check();
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("id:t \"ratt-behandling\" används två gånger i mal.toml"),
        "{stderr}"
    );
    assert!(stderr.contains("första gången"), "{stderr}");
}

/// How many errors `check` reports.
fn errors(stderr: &str) -> usize {
    stderr.lines().filter(|l| l.starts_with("fel: ")).count()
}

#[test]
fn a_mal_toml_that_cannot_be_read_is_one_error_not_one_per_activity() {
    // A table header left open: the file cannot be parsed, so no goal is
    // known, and the activity's goals go unchecked rather than all unknown.
    let unparsed = GOALS.replacen("[[mal]]", "[[mal", 1);
    let t = with_goals(&unparsed, r#"["ratt-behandling", "farre-recept"]"#);
    let (code, stderr) = t.check();
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("mal.toml:2:"), "{stderr}");
    assert_eq!(errors(&stderr), 1, "{stderr}");
    assert!(!stderr.contains("forsta.toml"), "{stderr}");
    // Nor when it cannot be read at all (here: not UTF-8).
    std::fs::write(t.region_dir().join("mal.toml"), b"\xff\xfe[\0[\0").unwrap();
    let (code, stderr) = t.check();
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(errors(&stderr), 1, "{stderr}");
    assert!(!stderr.contains("forsta.toml"), "{stderr}");
}

#[test]
fn a_goal_mal_toml_cannot_read_whole_is_reported_there_only() {
    // A goal without its rubrik: reported in mal.toml, not again at the
    // activity that names it nor at its sub-goal's overordnat. An id in
    // no goal at all is still unknown.
    let no_heading = GOALS.replace("rubrik = \"Rätt läkemedelsbehandling\"\n", "");
    let t = with_goals(&no_heading, r#"["ratt-behandling", "okant-mal"]"#);
    let (code, stderr) = t.check();
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("rubrik"), "{stderr}");
    assert_eq!(errors(&stderr), 2, "{stderr}");
    assert!(
        stderr.contains(r#"målet "okant-mal" finns inte"#),
        "{stderr}"
    );
    assert!(!stderr.contains(r#"målet "ratt-behandling""#), "{stderr}");
    assert!(!stderr.contains("är inget mål i mal.toml"), "{stderr}");
}

#[test]
fn an_unknown_parent_is_located_with_the_nearest_id() {
    let goals = GOALS.replace(
        "overordnat = \"ratt-behandling\"",
        "overordnat = \"ratt-behandlng\"",
    );
    let (code, stderr) = with_goals(&goals, "[]").check();
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("mal.toml:16:14"), "{stderr}");
    assert!(
        stderr.contains(r#"menade du "ratt-behandling"?"#),
        "{stderr}"
    );
}

#[test]
fn goals_without_mal_toml_are_an_error_at_the_activity() {
    let area = AREA.replace("tid = \"December\"", "tid = \"December\"\nmal = [\"x\"]");
    let t = TempPlan::with(REGION, PLAN, &[("forsta", &area)]);
    let (code, stderr) = t.check();
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("forsta.toml:9:7"), "{stderr}");
    assert!(stderr.contains("regionen har ingen mal.toml"), "{stderr}");
}

/// The example built into a temporary folder: Markdown, HTML and the PDF's text.
fn built_example() -> (String, String, String) {
    let out = tempfile::tempdir().unwrap();
    let status = common::binary()
        .arg("build")
        .arg(common::example_dir())
        .arg("-o")
        .arg(out.path())
        .output()
        .expect("runs");
    assert!(status.status.success(), "{status:?}");
    let read = |ext: &str| out.path().join(format!("norrbotten-2022.{ext}"));
    let pdf = std::process::Command::new("pdftotext")
        .arg(read("pdf"))
        .arg("-")
        .output()
        .expect("pdftotext runs (poppler-utils; see scripts/setup-tests)");
    (
        std::fs::read_to_string(read("md")).unwrap(),
        std::fs::read_to_string(read("html")).unwrap(),
        String::from_utf8(pdf.stdout).unwrap(),
    )
}

/// The example's mal.toml.
fn example_goals() -> toml::Table {
    let path = common::example_dir().join("../mal.toml");
    toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn tables<'t>(table: &'t toml::Table, key: &str) -> impl Iterator<Item = &'t toml::Table> {
    (table
        .get(key)
        .and_then(|v| v.as_array())
        .into_iter()
        .flatten())
    .filter_map(|v| v.as_table())
}

fn text<'t>(table: &'t toml::Table, key: &str) -> &'t str {
    table.get(key).and_then(|v| v.as_str()).unwrap_or_default()
}

/// The ids of the example's activities whose area files name `goal` in `mal`.
fn activities_naming(goal: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let areas = common::example_dir().join("omraden");
    for entry in std::fs::read_dir(areas).unwrap() {
        let area: toml::Table =
            toml::from_str(&std::fs::read_to_string(entry.unwrap().path()).unwrap()).unwrap();
        for activity in tables(&area, "aktivitet") {
            let serves = (activity.get("mal").and_then(|v| v.as_array()).into_iter())
                .flatten()
                .any(|v| v.as_str() == Some(goal));
            if serves {
                out.insert(text(activity, "id").to_owned());
            }
        }
    }
    out
}

#[test]
fn the_overview_lists_exactly_the_activities_that_name_each_goal() {
    let (markdown, _, _) = built_example();
    let overview = &markdown[markdown.find("## Mål och aktiviteter").expect("overview")..];
    let goals = example_goals();
    let mut linked_somewhere = 0;
    for goal in tables(&goals, "mal") {
        let id = text(goal, "id");
        let at = overview
            .find(&format!("<a id=\"malet-{id}\"></a>"))
            .unwrap_or_else(|| panic!("{id} has no heading"));
        let line = overview[at..]
            .lines()
            .find(|l| l.starts_with("**Bidragande aktiviteter:**"))
            .unwrap();
        let listed: BTreeSet<String> = line
            .split("](#akt-")
            .skip(1)
            .map(|rest| rest[..rest.find(')').unwrap()].to_owned())
            .collect();
        assert_eq!(listed, activities_naming(id), "{id}: {line}");
        linked_somewhere += listed.len();
    }
    assert!(linked_somewhere > 5, "the example links its activities");
}

/// In the PDF a goal's description and its indicators share a page: the
/// example's last goal moves whole to the next page rather than leave its
/// indicators below another page's top.
#[test]
fn a_goal_stays_on_the_page_where_its_indicators_start() {
    let pdf =
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("output/norrbotten-2022.pdf"))
            .unwrap();
    let pages: Vec<String> = (common::pdf_pages(&pdf).iter())
        .map(|p| common::squash(p))
        .collect();
    let goals = example_goals();
    for goal in tables(&goals, "mal") {
        let first = tables(goal, "indikator").next();
        let (Some(indicator), Some(description)) = (first, goal.get("beskrivning")) else {
            continue;
        };
        let description = common::squash(description.as_str().unwrap());
        let on = |text: &str| pages.iter().position(|p| p.contains(text));
        let at = on(&description).expect("the description is printed");
        assert_eq!(
            on(&common::squash(text(indicator, "namn"))),
            Some(at),
            "{}",
            text(goal, "rubrik")
        );
    }
}

#[test]
fn every_goal_and_indicator_is_in_every_output() {
    let (markdown, html, pdf) = built_example();
    let words = |text: &str| -> BTreeSet<String> {
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let (in_md, in_html, in_pdf) = (words(&markdown), words(&html), words(&pdf));
    let goals = example_goals();
    let mut texts = Vec::new();
    for goal in tables(&goals, "mal") {
        texts.push(text(goal, "rubrik"));
        for indicator in tables(goal, "indikator") {
            texts.extend([text(indicator, "namn"), text(indicator, "kalla")]);
        }
    }
    texts.push("Mål och aktiviteter");
    for word in texts.iter().flat_map(|t| words(t)) {
        assert!(in_md.contains(&word), "{word} not in the Markdown");
        assert!(in_html.contains(&word), "{word} not in the HTML");
        assert!(in_pdf.contains(&word), "{word} not in the PDF");
    }
    // Each activity that serves a goal says so.
    assert!(markdown.contains("*Mål:* [1.1](#malet-"), "{markdown}");
    assert!(
        html.contains("href=\"#malet-"),
        "no link to a goal in the HTML"
    );
}

/// Whether `text` (TOML) is valid under `schema`.
fn schema_accepts(schema: &serde_json::Value, text: &str) -> bool {
    let value: toml::Value = toml::from_str(text).expect("valid TOML");
    let json = handlingsplan::format::schema::to_json(value);
    jsonschema::draft7::new(schema)
        .expect("a valid draft-07 schema")
        .is_valid(&json)
}

#[test]
fn the_schema_accepts_the_examples_goals_and_refuses_a_wrong_target() {
    let schema = handlingsplan::format::schema::goals();
    let example = std::fs::read_to_string(common::example_dir().join("../mal.toml")).unwrap();
    assert!(schema_accepts(&schema, &example));
    assert!(schema_accepts(&schema, GOALS));
    assert!(!schema_accepts(
        &schema,
        &GOALS.replace("malvarde = 250", "malvarde = \"250\"")
    ));
    assert!(!schema_accepts(
        &schema,
        &GOALS.replace("typ = \"antal\"", "typ = \"tal\"")
    ));
    let text_direction = GOALS
        .replace("typ = \"andel\"", "typ = \"text\"")
        .replace("malvarde = 50", "malvarde = \"Alla\"");
    assert!(!schema_accepts(&schema, &text_direction));
    let area = handlingsplan::format::schema::area(None);
    let linked = AREA.replace("tid = \"December\"", "tid = \"December\"\nmal = [\"a\"]");
    assert!(schema_accepts(&area, &linked));
}

#[test]
fn fmt_keeps_mal_toml_in_the_formats_key_order() {
    let file = "mal.toml";
    let format = |text: &str| {
        format_text(
            text,
            spec_for(Path::new(file)),
            &mut Sources::default(),
            file,
        )
        .unwrap_or_else(|p| panic!("{}", p.message))
    };
    let example = std::fs::read_to_string(common::example_dir().join("../mal.toml")).unwrap();
    assert_eq!(format(&example), example, "the example is formatted");
    let scrambled = "[[mal]]\nrubrik = \"R\"\nid = \"a\"\n\n[[mal.indikator]]\nkalla = \"K\"\ntyp = \"antal\"\nnamn = \"N\"\nid = \"i\"\n";
    let formatted = format(scrambled);
    let order: Vec<usize> = ["id = \"a\"", "rubrik", "id = \"i\"", "namn", "typ", "kalla"]
        .iter()
        .map(|k| formatted.find(k).unwrap_or_else(|| panic!("{k}")))
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{formatted}");
}

#[test]
fn diff_sees_a_changed_target_and_a_goal_added_to_an_activity() {
    let old = with_goals(GOALS, r#"["ratt-behandling"]"#);
    let new = with_goals(
        &GOALS.replace("malvarde = 250", "malvarde = 200"),
        r#"["ratt-behandling", "farre-recept"]"#,
    );
    let output = common::binary()
        .args(["diff", "--color", "never"])
        .arg(old.plan_dir())
        .arg(new.plan_dir())
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    assert!(stdout.contains("mal: + farre-recept"), "{stdout}");
    assert!(
        stdout.contains("mal.farre-recept.indikator.recept"),
        "{stdout}"
    );
}
