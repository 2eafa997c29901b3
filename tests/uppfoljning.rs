//! Follow-up rounds (`uppfoljning/<omgång>.toml`): located errors, the
//! status rule against the area file, `uppfoljning ny`, fmt, the schema
//! and diff.

mod common;

use common::{AREA, PLAN, REGION, TempPlan};
use handlingsplan::fmt::{format_text, spec_for};
use handlingsplan::report::Sources;
use insta::assert_snapshot;
use std::path::Path;

/// A second activity, so that an unknown id has a near one.
const SECOND: &str = r#"
[[aktivitet]]
id = "andra-aktiviteten"
text = "Göra något mer."
ansvarig = "Verksamhetscheferna"
tid = "Juni"
rapportering = "LSG Läkemedel"
"#;

const REGISTER: &str = r#"
[[organ]]
namn = "Verksamhetscheferna"

[[organ]]
namn = "LSG Läkemedel"

[[organ]]
namn = "Kunskapsstyrningsrådet"
"#;

/// A round that passes check.
const ROUND: &str = r#"datum = 2026-06-15
rubrik = "Uppföljning juni 2026"

[[aktivitet]]
id = "forsta-aktiviteten"
status = "pågår"
kommentar = "Det går *bra*."
rapporterad_av = "LSG Läkemedel"
rapporterad = 2026-06-10

[[aktivitet]]
id = "andra-aktiviteten"
status = "ej påbörjad"

[[indikator]]
id = "antibiotika"
varde = 268
datum = 2026-05-31
"#;

/// The plan with two activities, the register and `round` as 2026-06.
fn with_round(area: &str, round: &str) -> TempPlan {
    let t = TempPlan::with(
        &format!("{REGION}{REGISTER}"),
        PLAN,
        &[("forsta", &format!("{area}{SECOND}"))],
    );
    t.write("2026/uppfoljning/2026-06.toml", round);
    t
}

#[test]
fn a_valid_round_checks_clean_and_is_part_of_the_loaded_plan() {
    let t = with_round(AREA, ROUND);
    let (code, stderr) = t.check();
    assert_eq!(code, 0, "{stderr}");
    let loaded = handlingsplan::load::load(&t.plan_dir()).unwrap();
    let round = &loaded.plan.rounds[0];
    assert_eq!(round.key, "2026-06");
    assert_eq!(round.activities.len(), 2);
    assert_eq!(round.activities[0].reported_by, ["LSG Läkemedel"]);
    assert_eq!(round.indicators[0].value.to_string(), "268");
    // Read through the sandbox like every plan file: it is a source file.
    let name = Path::new("2026/uppfoljning/2026-06.toml");
    assert!(loaded.source_files.iter().any(|f| f.path == name));
}

#[test]
fn an_unknown_activity_id_is_located_with_the_nearest_id() {
    let round = ROUND.replace("id = \"andra-aktiviteten\"", "id = \"andra-aktivitet\"");
    assert_snapshot!(with_round(AREA, &round).problems());
}

#[test]
fn an_unknown_status_lists_the_statuses() {
    let round = ROUND.replace("status = \"ej påbörjad\"", "status = \"ej startad\"");
    let (code, stderr) = with_round(AREA, &round).check();
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("2026-06.toml:13:10"), "{stderr}");
    assert!(
        stderr.contains("`status` kan inte vara \"ej startad\""),
        "{stderr}"
    );
    assert!(
        stderr.contains("\"ej påbörjad\" eller \"pågår\" eller \"försenad\""),
        "{stderr}"
    );
}

#[test]
fn a_date_outside_the_period_is_located() {
    let round = ROUND.replace("rapporterad = 2026-06-10", "rapporterad = 2025-12-10");
    let (code, stderr) = with_round(AREA, &round).check();
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("2026-06.toml:9:15"), "{stderr}");
    assert!(
        stderr.contains("rapporterad = 2025-12-10 ligger utanför planens period 2026"),
        "{stderr}"
    );
    assert!(
        stderr.contains("från 2026-01-01 till 2026-12-31"),
        "{stderr}"
    );
}

#[test]
fn an_activity_twice_in_a_round_is_located_at_both() {
    let round =
        format!("{ROUND}\n[[aktivitet]]\nid = \"forsta-aktiviteten\"\nstatus = \"försenad\"\n");
    let (code, stderr) = with_round(AREA, &round).check();
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("aktiviteten \"forsta-aktiviteten\" följs upp två gånger"),
        "{stderr}"
    );
    assert!(stderr.contains("första gången"), "{stderr}");
    assert!(stderr.contains("2026-06.toml:21:6"), "{stderr}");
}

#[test]
fn a_value_of_the_wrong_kind_is_located() {
    let round = ROUND.replace("varde = 268", "varde = [268]");
    let (code, stderr) = with_round(AREA, &round).check();
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("2026-06.toml:17:9"), "{stderr}");
    assert!(
        stderr.contains("`varde` ska vara ett tal, true/false eller en text"),
        "{stderr}"
    );
    // Without mal.toml a text or yes/no is a value too (no kind to hold it to).
    for value in ["\"uppnått\"", "true"] {
        let round = ROUND.replace("varde = 268", &format!("varde = {value}"));
        assert_eq!(with_round(AREA, &round).check().0, 0, "{value}");
    }
}

/// The region's goals, with a count and a share to follow up.
const GOALS: &str = r#"[[mal]]
id = "ratt-behandling"
rubrik = "Rätt läkemedelsbehandling"

[[mal.indikator]]
id = "antibiotika"
namn = "Antibiotikarecept per 1 000 invånare"
typ = "antal"

[[mal.indikator]]
id = "genomgangar"
namn = "Andel med läkemedelsgenomgång"
typ = "andel"
"#;

/// With mal.toml, a round's indicator must be one of its indicators, and
/// its value of that indicator's kind.
#[test]
fn with_goals_an_indicator_must_be_known_and_its_value_of_its_kind() {
    let checked = |round: &str| {
        let t = with_round(AREA, round);
        t.write("mal.toml", GOALS);
        t.check()
    };
    let share = "\n[[indikator]]\nid = \"genomgangar\"\nvarde = 44\n";
    assert_eq!(
        checked(&format!("{ROUND}{share}")),
        (0, "kontrollerade 1 plan: inga fel\n".into())
    );

    let (code, stderr) = checked(&ROUND.replace("id = \"antibiotika\"", "id = \"antibiotka\""));
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("ingen indikator i regionens mal.toml har id \"antibiotka\""),
        "{stderr}"
    );
    assert!(stderr.contains("2026-06.toml:16:6"), "{stderr}");
    assert!(stderr.contains("menade du `antibiotika`?"), "{stderr}");

    let (code, stderr) = checked(&ROUND.replace("varde = 268", "varde = \"många\""));
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("värdet för en indikator av typen \"antal\" ska vara ett tal"),
        "{stderr}"
    );
    assert!(stderr.contains("2026-06.toml:17:9"), "{stderr}");

    let (code, stderr) = checked(&format!("{ROUND}{}", share.replace("44", "120")));
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("av typen \"andel\" ska vara ett tal mellan 0 och 100"),
        "{stderr}"
    );
}

#[test]
fn a_reporter_not_in_the_register_is_an_error() {
    let round = ROUND.replace("\"LSG Läkemedel\"", "\"LSG Läkemedl\"");
    let (code, stderr) = with_round(AREA, &round).check();
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("`rapporterad_av`"), "{stderr}");
    assert!(stderr.contains("menade du \"LSG Läkemedel\"?"), "{stderr}");
}

/// The area file ends the first activity on `date` (as `kind`).
fn ended(kind: &str, date: &str) -> String {
    AREA.replace(
        "tid = \"December\"",
        &format!("tid = \"December\"\nstatus = \"{kind}\"\nstatus_datum = {date}"),
    )
}

#[test]
fn a_round_after_the_area_files_end_reports_the_end() {
    // Ended in May: the June round may not report it running …
    let (code, stderr) = with_round(&ended("avslutad", "2026-05-31"), ROUND).check();
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains(
            "aktiviteten \"forsta-aktiviteten\" är avslutad 2026-05-31 enligt sin områdesfil, \
             men omgången rapporterar den som \"pågår\""
        ),
        "{stderr}"
    );
    assert!(stderr.contains("forsta.toml:5:6"), "{stderr}");
    assert!(
        stderr.contains("\"genomförd\", \"i förvaltning\" eller \"avslutad\""),
        "{stderr}"
    );
    // … but reports it finished, any of the three ways.
    for status in ["genomförd", "i förvaltning", "avslutad"] {
        let round = ROUND.replace("status = \"pågår\"", &format!("status = \"{status}\""));
        let t = with_round(&ended("avslutad", "2026-05-31"), &round);
        assert_eq!(t.check().0, 0, "{status}");
    }
    // Ended in September: in June it was still running.
    assert_eq!(
        with_round(&ended("avslutad", "2026-09-30"), ROUND)
            .check()
            .0,
        0
    );
}

#[test]
fn a_round_ends_nothing_the_area_file_keeps_running() {
    let round = ROUND.replace("status = \"pågår\"", "status = \"inställd\"");
    let (code, stderr) = with_round(AREA, &round).check();
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("men dess områdesfil säger inte att den är inställd"),
        "{stderr}"
    );
    assert!(
        stderr.contains("status = \"inställd\" och status_datum = 2026-06-15"),
        "{stderr}"
    );
    // Said in the area file, dated on or before the round: agreed.
    assert_eq!(
        with_round(&ended("inställd", "2026-06-15"), &round)
            .check()
            .0,
        0
    );
    // Dated after the round that reports it: not.
    let (code, stderr) = with_round(&ended("inställd", "2026-08-01"), &round).check();
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("inställd först 2026-08-01"), "{stderr}");
}

/// Runs `uppfoljning ny` on the plan with `args`.
fn next(t: &TempPlan, args: &[&str]) -> assert_cmd::assert::Assert {
    common::binary()
        .args(["uppfoljning", "ny"])
        .arg(t.plan_dir())
        .args(args)
        .assert()
}

#[test]
fn the_next_round_is_ready_to_fill_in_and_checks_clean() {
    let t = with_round(AREA, ROUND);
    // Named in any case, written as the register spells it.
    next(
        &t,
        &["--datum", "2026-09-20", "--organ", "kunskapsstyrningsrådet"],
    )
    .success();
    let path = t.plan_dir().join("uppfoljning/2026-09.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.contains("datum = 2026-09-20\nrubrik = \"Uppföljning september 2026\""),
        "{text}"
    );
    assert!(text.contains("# 1. Göra något viktigt.\n# förra omgången (2026-06): pågår\n[[aktivitet]]\nid = \"forsta-aktiviteten\"\nstatus = \"pågår\""), "{text}");
    assert!(
        text.contains("# 2. Göra något mer.\n# förra omgången (2026-06): ej påbörjad"),
        "{text}"
    );
    assert!(
        text.contains("rapporterad_av = \"Kunskapsstyrningsrådet\""),
        "{text}"
    );
    let (code, stderr) = t.check();
    assert_eq!(code, 0, "{stderr}\n{text}");
    common::binary()
        .args(["fmt", "--check"])
        .arg(&path)
        .assert()
        .success();
    // Never over a round that is there.
    next(&t, &["--datum", "2026-09-01"]).failure();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
}

#[test]
fn the_next_round_takes_the_area_files_end() {
    let t = with_round(&ended("avslutad", "2026-07-31"), ROUND);
    next(&t, &["--datum", "2026-09-20"]).success();
    let text = std::fs::read_to_string(t.plan_dir().join("uppfoljning/2026-09.toml")).unwrap();
    assert!(text.contains("status = \"avslutad\""), "{text}");
    assert_eq!(t.check().0, 0, "{text}");
}

#[test]
fn the_next_round_refuses_an_unknown_body_and_a_date_outside() {
    let t = with_round(AREA, ROUND);
    let out = next(&t, &["--datum", "2026-09-20", "--organ", "LSG Lakemedel"]).failure();
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(stderr.contains("menade du \"LSG Läkemedel\"?"), "{stderr}");
    assert!(
        stderr.contains("organen: Verksamhetscheferna, LSG Läkemedel, Kunskapsstyrningsrådet"),
        "{stderr}"
    );
    let out = next(&t, &["--datum", "2027-01-10"]).failure();
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(stderr.contains("utanför planens period 2026"), "{stderr}");
    assert!(!t.plan_dir().join("uppfoljning/2026-09.toml").exists());
    assert!(!t.plan_dir().join("uppfoljning/2027-01.toml").exists());
}

#[test]
fn fmt_puts_a_rounds_keys_in_the_formats_order() {
    let text = "rubrik = \"R\"\ndatum = 2026-06-15\n\n[[aktivitet]]\n\
                rapporterad = 2026-06-10\nstatus = \"pågår\"\nid = \"a\"\n";
    let path = Path::new("2026/uppfoljning/2026-06.toml");
    let formatted = format_text(text, spec_for(path), &mut Sources::default(), "r").unwrap();
    assert_eq!(
        formatted,
        "datum = 2026-06-15\nrubrik = \"R\"\n\n[[aktivitet]]\nid = \"a\"\n\
         status = \"pågår\"\nrapporterad = 2026-06-10\n"
    );
}

#[test]
fn the_schema_validates_the_example_rounds_and_refuses_a_wrong_status() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root.join("schemas/uppfoljning.schema.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::draft7::new(&schema).unwrap();
    let as_json = |text: &str| {
        handlingsplan::format::schema::to_json(toml::Value::Table(text.parse().unwrap()))
    };
    for name in ["2022-06", "2022-12"] {
        let path = common::example_dir().join(format!("uppfoljning/{name}.toml"));
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("Påhittat exempel, inte Region Norrbottens verkliga uppföljning"));
        let errors: Vec<String> = (validator.iter_errors(&as_json(&text)))
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:?}");
    }
    let wrong = ROUND.replace("status = \"pågår\"", "status = \"klar\"");
    assert!(!validator.is_valid(&as_json(&wrong)));
}

#[test]
fn diff_shows_a_changed_status_and_an_added_round() {
    let old = with_round(AREA, ROUND);
    let new = with_round(
        AREA,
        &ROUND.replace("status = \"pågår\"", "status = \"försenad\""),
    );
    new.write(
        "2026/uppfoljning/2026-12.toml",
        "datum = 2026-12-01\nrubrik = \"December\"\n",
    );
    let output = common::binary()
        .arg("diff")
        .arg(old.plan_dir())
        .arg(new.plan_dir())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("Uppföljningsomgångar"), "{stdout}");
    assert!(
        stdout.contains("aktivitet forsta-aktiviteten status: pågår → försenad"),
        "{stdout}"
    );
    assert!(
        stdout.contains("Ny uppföljningsomgång «December» (uppfoljning/2026-12.toml)"),
        "{stdout}"
    );
}
