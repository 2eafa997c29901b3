//! Broken plans: the exact messages authors see, with file, line, column and hint.

mod common;

use common::{AREA, PLAN, REGION, TempPlan};
use insta::assert_snapshot;

fn broken_area(area: &str) -> String {
    TempPlan::with(REGION, PLAN, &[("forsta", area)]).problems()
}

#[test]
fn unknown_key_suggests_the_nearest_one() {
    assert_snapshot!(broken_area(&AREA.replace("ansvarig =", "ansvarg =")));
}

#[test]
fn loader_messages_are_swedish_by_default_and_english_on_request() {
    let area = AREA
        .replace("ansvarig =", "ansvarg =")
        .replace("tid = \"December\"", "tid = 12");
    let t = TempPlan::with(REGION, PLAN, &[("forsta", &area)]);
    let stderr = |lang: Option<&str>| {
        let mut cmd = common::binary();
        cmd.arg("check").arg(t.plan_dir());
        if let Some(lang) = lang {
            cmd.args(["--lang", lang]);
        }
        String::from_utf8_lossy(&cmd.output().expect("runs").stderr).into_owned()
    };
    let swedish = stderr(None);
    for expected in [
        "okänd nyckel `ansvarg` i en aktivitet ([[aktivitet]])",
        "tips: menade du `ansvarig`?",
        "`tid` ska vara en text eller en lista av texter, men här är det ett heltal",
    ] {
        assert!(swedish.contains(expected), "{expected}:\n{swedish}");
    }
    let english = stderr(Some("en"));
    for expected in [
        "unknown key `ansvarg` in an activity ([[aktivitet]])",
        "hint: did you mean `ansvarig`?",
        "`tid` must be a text or a list of texts, but here it is a whole number",
    ] {
        assert!(english.contains(expected), "{expected}:\n{english}");
    }
}

#[test]
fn swedish_letters_in_keys_suggest_the_ascii_key() {
    let plan = PLAN.replace(
        "dokument_id =",
        "\"giltig_från\" = 2026-01-01\ndokument_id =",
    );
    assert_snapshot!(TempPlan::with(REGION, &plan, &[("forsta", AREA)]).problems());
}

#[test]
fn wrong_type_says_what_was_expected() {
    assert_snapshot!(broken_area(&AREA.replace("tid = \"December\"", "tid = 12")));
}

#[test]
fn missing_required_column_is_named() {
    assert_snapshot!(broken_area(&AREA.replace("tid = \"December\"\n", "")));
}

#[test]
fn empty_required_column_is_named() {
    assert_snapshot!(broken_area(
        &AREA.replace("ansvarig = \"Verksamhetscheferna\"", "ansvarig = \"\"")
    ));
}

#[test]
fn duplicate_ids_point_at_both_places() {
    let plan = PLAN.replace(
        "omraden = [\"forsta\"]",
        "omraden = [\"forsta\", \"andra\"]",
    );
    let t = TempPlan::with(REGION, &plan, &[("forsta", AREA), ("andra", AREA)]);
    assert_snapshot!(t.problems());
}

#[test]
fn a_field_the_region_has_no_column_for_is_explained() {
    let region = REGION.replace(
        "[[kolumn]]\nfalt = \"tid\"\nrubrik = \"Tid\"\nbredd = 1\n",
        "",
    );
    let t = TempPlan::with(&region, PLAN, &[("forsta", AREA)]);
    assert_snapshot!(t.problems());
}

#[test]
fn a_region_without_a_tid_column_does_not_ask_for_tid() {
    let region = REGION.replace(
        "[[kolumn]]\nfalt = \"tid\"\nrubrik = \"Tid\"\nbredd = 1\n",
        "",
    );
    let area = AREA.replace("tid = \"December\"\n", "");
    let t = TempPlan::with(&region, PLAN, &[("forsta", &area)]);
    let built = t.render();
    assert!(
        built
            .markdown
            .contains("| Aktivitet | Ansvarig | Rapportering |")
    );
}

#[test]
fn malformed_toml_points_at_the_syntax_error() {
    assert_snapshot!(broken_area(
        &AREA.replace("tid = \"December\"", "tid = \"December")
    ));
}

#[test]
fn impossible_dates_are_rejected() {
    let plan = PLAN.replace("godkant_datum = 2025-12-01", "godkant_datum = 2025-02-30");
    assert_snapshot!(TempPlan::with(REGION, &plan, &[("forsta", AREA)]).problems());
}

#[test]
fn all_problems_in_all_files_are_reported_at_once() {
    let plan = PLAN.replace("period = \"2026\"", "period = \"tjugotjugosex\"");
    let area = AREA
        .replace("ansvarig =", "ansvarg =")
        .replace("tid = \"December\"", "tid = [\"December\", 3]");
    let t = TempPlan::with(REGION, &plan, &[("forsta", &area)]);
    assert_snapshot!(t.problems());
}

#[test]
fn a_part_missing_its_column_is_named() {
    let area = r#"
rubrik = "Område"

[[aktivitet]]
rapportering = "Kunskapsstyrningsrådet"

[[aktivitet.del]]
text = "Första delen"
ansvarig = "Verksamhetscheferna"
tid = "December"

[[aktivitet.del]]
text = "Andra delen"
ansvarig = "FO Läkemedel"
"#;
    assert_snapshot!(broken_area(area));
}

#[test]
fn invalid_utf8_is_located() {
    let t = TempPlan::new();
    let mut bytes = AREA.as_bytes().to_vec();
    let at = AREA.find("Göra").unwrap() + 1;
    bytes.splice(at..at + 2, [0xF6]); // "ö" in Latin-1
    t.write_bytes("2026/omraden/forsta.toml", &bytes);
    assert_snapshot!(t.problems());
}

#[test]
fn an_empty_plan_file_lists_what_is_missing() {
    let t = TempPlan::new();
    t.write("2026/plan.toml", "");
    assert_snapshot!(t.problems());
}

#[test]
fn an_oversized_file_is_refused() {
    let t = TempPlan::new();
    let huge = format!(
        "{AREA}\n[[aktivitet]]\ntext = \"{}\"\n",
        "x".repeat(10 * 1024 * 1024)
    );
    t.write("2026/omraden/forsta.toml", &huge);
    assert_snapshot!(t.problems());
}

#[test]
fn a_folder_where_a_file_belongs_is_explained() {
    let plan = format!("{PLAN}\n[[avsnitt]]\nrubrik = \"Inledning\"\nfil = \"inledning.md\"\n");
    let t = TempPlan::with(REGION, &plan, &[("forsta", AREA)]);
    std::fs::create_dir_all(t.plan_dir().join("inledning.md")).unwrap();
    assert_snapshot!(t.problems());
}

#[test]
fn listed_and_unlisted_area_files_must_match() {
    let plan = PLAN.replace(
        "omraden = [\"forsta\"]",
        "omraden = [\"forsta\", \"saknas\"]",
    );
    let t = TempPlan::with(REGION, &plan, &[("forsta", AREA), ("glomd", AREA)]);
    assert_snapshot!(t.problems());
}

#[test]
fn metadata_the_region_shows_must_be_filled_in() {
    let plan = PLAN.replace("version = \"1.0\"\n", "");
    assert_snapshot!(TempPlan::with(REGION, &plan, &[("forsta", AREA)]).problems());
}

#[test]
fn region_mistakes_are_explained() {
    let region = REGION
        .replace("bredd = 3", "bredd = -1")
        .replace("falt = \"rapportering\"", "falt = \"ansvarig\"")
        .replace("[metadata]", "[tema]\naccentfarg = \"blå\"\n\n[metadata]")
        .replace("\"godkant_datum\"]", "\"godkant_datun\"]");
    assert_snapshot!(TempPlan::with(&region, PLAN, &[("forsta", AREA)]).problems());
}

#[test]
fn a_missing_plan_folder_is_explained() {
    let report = handlingsplan::load::load(std::path::Path::new("finns/inte")).unwrap_err();
    assert_snapshot!(report.to_plain_string());
}

#[test]
fn deeply_nested_markdown_is_handled() {
    for nesting in [
        "> ".repeat(50_000),
        "- ".repeat(50_000),
        "*".repeat(50_000),
        "[".repeat(50_000),
    ] {
        let area = AREA.replace(
            "text = \"Göra något viktigt.\"",
            &format!("text = \"{nesting}djupt\""),
        );
        let t = TempPlan::with(REGION, PLAN, &[("forsta", &area)]);
        let built = t.render();
        assert!(built.markdown.contains("djupt"));
    }
}

#[test]
fn plans_cannot_reach_files_outside_their_folder() {
    let plan = PLAN
        .replace(
            "omraden = [\"forsta\"]",
            "omraden = [\"forsta\", \"../../hemlig\"]",
        )
        .replace("text = \"Att pröva verktyget.\"", "fil = \"/etc/passwd\"");
    let plan = format!("{plan}\n[[avsnitt]]\nrubrik = \"Bilaga\"\nfil = \"../../hemlig.md\"\n");
    let region = REGION.replace(
        "[metadata]",
        "[tema]\nlogotyp = \"../logotyp.svg\"\n\n[metadata]",
    );
    assert_snapshot!(TempPlan::with(&region, &plan, &[("forsta", AREA)]).problems());
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_out_of_the_plan_is_refused() {
    let plan = format!("{PLAN}\n[[avsnitt]]\nrubrik = \"Bilaga\"\nfil = \"bilaga.md\"\n");
    let t = TempPlan::with(REGION, &plan, &[("forsta", AREA)]);
    let outside = t.root.path().join("hemlig.md");
    std::fs::write(&outside, "hemlig text").unwrap();
    std::os::unix::fs::symlink(&outside, t.plan_dir().join("bilaga.md")).unwrap();
    let problems = t.problems();
    assert!(
        problems.contains("bilaga.md leder ut ur regionens mapp"),
        "{problems}"
    );
}

#[test]
fn a_broken_region_file_still_lets_area_files_be_checked() {
    let t = TempPlan::with(
        &REGION.replace("organisation = ", "organisation "),
        PLAN,
        &[("forsta", AREA)],
    );
    t.write(
        "2026/omraden/forsta.toml",
        &AREA.replace("tid = \"December\"", "tid = \"December"),
    );
    let problems = t.problems();
    assert!(problems.contains("region.toml:2:"), "{problems}");
    assert!(problems.contains("forsta.toml:8:"), "{problems}");
    assert!(problems.ends_with("2 fel\n"), "{problems}");
}

#[test]
fn a_missing_key_points_past_the_schema_directive() {
    let plan = PLAN.replace("titel = \"Handlingsplan 2026\"\n", "");
    let plan = format!("#:schema ../../schemas/plan.schema.json\n# Planen för 2026.\n{plan}");
    let problems = TempPlan::with(REGION, &plan, &[("forsta", AREA)]).problems();
    assert!(
        problems.contains("plan.toml:2:1\n") && problems.contains("2 │ # Planen för 2026.\n"),
        "{problems}"
    );
    assert!(!problems.contains("│ #:schema"), "{problems}");
}

/// `check` of the example with `from` replaced by `to` in region.toml,
/// run from the copy's folder so that paths print the same every time.
fn example_with_region(from: &str, to: &str) -> String {
    let copy = common::example_copy::Copy::new();
    copy.edit(&copy.region().join("region.toml"), from, to);
    let out = common::binary()
        .current_dir(copy.root.path())
        .args(["check", "--color", "never", "norrbotten/2022"])
        .output()
        .expect("runs");
    assert!(!out.status.success());
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// One mistake gives one message: a misspelt `falt` is reported at the
/// column, with the key the activities write instead, not once per
/// activity and file.
#[test]
fn a_misspelt_column_key_is_one_message_at_the_column() {
    assert_snapshot!(example_with_region(
        "falt = \"ansvarig\"",
        "falt = \"ansvarg\""
    ));
}

/// `status` is the activities' own key: the hint says how a status column
/// is made, and which key the activities write for the column meant.
#[test]
fn a_column_named_status_gets_a_hint_that_fits() {
    assert_snapshot!(example_with_region("falt = \"tid\"", "falt = \"status\""));
}

/// A new required column no activity fills yet: one message, counting them.
#[test]
fn a_required_column_no_activity_fills_is_one_message() {
    assert_snapshot!(example_with_region(
        "[[kolumn]]\nfalt = \"tid\"",
        "[[kolumn]]\nfalt = \"onskad_effekt\"\nrubrik = \"Önskad effekt\"\n\n[[kolumn]]\nfalt = \"tid\""
    ));
}

#[test]
fn a_plan_key_after_a_table_header_is_told_to_move_above_it() {
    let plan = format!("{PLAN}nyckelord = [\"läkemedel\"]\n");
    let problems = TempPlan::with(REGION, &plan, &[("forsta", AREA)]).problems();
    assert!(
        problems.contains("rubriken, [[avsnitt]] på rad 9"),
        "{problems}"
    );
    assert_snapshot!(problems);
}

#[test]
fn per_ar_for_the_whole_area_file_says_it_belongs_to_an_activity() {
    let area = format!("{AREA}\n[per_ar]\n2026 = \"Införs.\"\n");
    assert_snapshot!(broken_area(&area));
}

#[test]
fn a_year_written_straight_in_an_activity_says_it_belongs_in_per_ar() {
    assert_snapshot!(broken_area(&AREA.replace(
        "tid = \"December\"\n",
        "tid = \"December\"\n2026 = \"Införs.\"\n"
    )));
}
