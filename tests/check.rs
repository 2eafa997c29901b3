//! `check` finds everything `build` would reject, all in one run, and sums up honestly.

mod common;

use common::{AREA, PLAN, REGION, TempPlan, binary, check};

/// An empty link, an unknown font, broken templates, a character no font
/// has and a plan mistake: every problem, one run, one summary.
#[test]
fn check_reports_every_kind_of_problem_in_one_run() {
    let region = REGION.replace("[metadata]", "[tema]\ntypsnitt = \"Arial\"\n\n[metadata]");
    let area = AREA
        .replace("Göra något viktigt.", "Göra något [viktigt]() 😀.")
        .replace("ansvarig =", "ansvarg =");
    let t = TempPlan::with(&region, PLAN, &[("forsta", &area)]);
    t.write(
        "templates/plan.typ",
        "#let doc = json(\"data.json\")\n#let x = (1, 2\n",
    );
    t.write("templates/plan.md.j2", "# {{ title | text }\n");
    let (ok, stderr) = check(&t.plan_dir());
    assert!(!ok);
    for expected in [
        "okänd nyckel `ansvarg`",
        "forsta.toml:6:",
        "saknar adress",
        "typsnittet \"Arial\" finns inte",
        "mallen för PDF går inte att tolka",
        "mallen för Markdown går inte att tolka",
        "U+1F600",
    ] {
        assert!(stderr.contains(expected), "missing {expected:?}:\n{stderr}");
    }
    assert!(
        stderr.ends_with("kontrollerade 1 plan: 1 med problem (6 fel)\n"),
        "{stderr}"
    );
}

/// A template that parses but fails on this plan is found by `check` too:
/// it runs the whole build in memory.
#[test]
fn check_runs_the_template_like_build_does() {
    let t = TempPlan::new();
    t.write(
        "templates/plan.typ",
        "#let doc = json(\"data.json\")\n#doc.no-such-field\n",
    );
    let (ok, stderr) = check(&t.plan_dir());
    assert!(!ok);
    assert!(stderr.contains("PDF-filen kunde inte skapas"), "{stderr}");
    assert!(stderr.contains("plan.typ:2:"), "{stderr}");
}

#[test]
fn the_summary_counts_plans_errors_and_warnings() {
    let good = TempPlan::new();
    let bad = TempPlan::with(
        REGION,
        PLAN,
        &[("forsta", &AREA.replace("tid =", "tidd ="))],
    );
    let out = binary()
        .arg("check")
        .arg(good.plan_dir())
        .arg(bad.plan_dir())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.ends_with("kontrollerade 2 planer: 1 med problem (1 fel)\n"),
        "{stderr}"
    );
    assert!(!stderr.contains("ingenting skrevs"), "{stderr}");
    let out = binary().arg("check").arg(good.plan_dir()).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).ends_with("kontrollerade 1 plan: inga fel\n"));
}

/// The model keeps identity: loading a plan twice gives equal values, areas
/// carry their file names and activities their ids and places.
#[test]
fn plans_compare_by_value_and_keep_their_identity() {
    let dir = common::example_dir();
    let a = handlingsplan::load::load(&dir).unwrap();
    let b = handlingsplan::load::load(&dir).unwrap();
    assert_eq!(a.plan, b.plan);
    assert_eq!(a.region, b.region);
    assert_eq!(a.plan.areas[0].key, "ratt-lakemedelsbehandling");
    let activity = handlingsplan::load::Locus::Activity(3, 1);
    let span = a
        .positions
        .get(activity)
        .expect("activities keep their place");
    let rest = &a.sources.text(span.file)[span.range.start..];
    assert!(rest.starts_with("[[aktivitet]]"), "{rest}");
    let activity = &rest[..rest[2..]
        .find("[[aktivitet]]")
        .map_or(rest.len(), |i| i + 2)];
    assert!(activity.contains("Uppföljning tertialvis"), "{activity}");
    let mut changed = b.plan.clone();
    changed.areas[3].activities[1].fields.clear();
    assert_ne!(a.plan, changed);
}
