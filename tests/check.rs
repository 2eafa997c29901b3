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

/// `handlingsplan ARGS region/2026` run in the plan's temporary folder
/// (so that paths print the same every time): (success, stderr).
fn run_in(t: &TempPlan, args: &[&str]) -> (bool, String) {
    let out = binary()
        .current_dir(t.root.path())
        .args(args)
        .args(["--color", "never", "region/2026"])
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    (out.status.success(), stderr)
}

/// The problems of a report as `check` and `build` print them, without
/// the summary line that ends each.
fn problems_part(stderr: &str) -> &str {
    let end = stderr.trim_end().rfind('\n').unwrap_or(0);
    &stderr[..end]
}

/// An impossible date in plan.toml used to hide everything else: a
/// misspelt key, a character no font can draw and an unknown reference in
/// an area file. One `check` names all four where they are written, and
/// `build` refuses with the same four.
#[test]
fn an_impossible_date_hides_no_other_problem() {
    let plan = PLAN.replace("godkant_datum = 2025-12-01", "godkant_datum = 2021-02-30");
    let area = AREA
        .replace(
            "text = \"Göra något viktigt.\"",
            "text = \"Göra något viktigt 😀, se [](#forsta-aktiviteter).\"",
        )
        .replace("ansvarig =", "ansvarg =");
    let t = TempPlan::with(REGION, &plan, &[("forsta", &area)]);
    let (ok, stderr) = run_in(&t, &["check"]);
    assert!(!ok, "{stderr}");
    for expected in [
        "region/2026/plan.toml:6:17",
        "okänd nyckel `ansvarg`",
        "region/2026/omraden/forsta.toml:7:1",
        "U+1F600",
        "region/2026/omraden/forsta.toml:6:28",
        "ingen aktivitet har id:t \"forsta-aktiviteter\"",
        "region/2026/omraden/forsta.toml:6:34",
    ] {
        assert!(stderr.contains(expected), "missing {expected:?}:\n{stderr}");
    }
    assert!(
        stderr.ends_with("kontrollerade 1 plan: 1 med problem (4 fel)\n"),
        "{stderr}"
    );
    insta::assert_snapshot!(stderr);

    let (built, build_stderr) = run_in(&t, &["build", "-o", "ut"]);
    assert!(!built, "{build_stderr}");
    assert_eq!(problems_part(&build_stderr), problems_part(&stderr));
    assert!(!t.root.path().join("ut").exists());
}

/// A plan.toml whose syntax cannot be made out past a mistake (a list
/// left open) is one error; the area files are still read and checked.
#[test]
fn a_plan_toml_that_cannot_be_parsed_leaves_the_areas_checked() {
    let plan = PLAN.replace("omraden = [\"forsta\"]", "omraden = [\"forsta\"");
    let area = AREA
        .replace(
            "text = \"Göra något viktigt.\"",
            "text = \"Göra något viktigt 😀, se [](#forsta-aktiviteter).\"",
        )
        .replace("ansvarig =", "ansvarg =");
    let t = TempPlan::with(REGION, &plan, &[("forsta", &area)]);
    let (ok, stderr) = run_in(&t, &["check"]);
    assert!(!ok, "{stderr}");
    for expected in [
        "region/2026/plan.toml:",
        "okänd nyckel `ansvarg`",
        "U+1F600",
        "ingen aktivitet har id:t \"forsta-aktiviteter\"",
    ] {
        assert!(stderr.contains(expected), "missing {expected:?}:\n{stderr}");
    }
    assert!(
        stderr.ends_with("kontrollerade 1 plan: 1 med problem (4 fel)\n"),
        "{stderr}"
    );
}

/// A reference into an area file whose syntax cannot be made out says
/// nothing new (the activity is there, behind the syntax error); a
/// reference no file has an activity for is still an error.
#[test]
fn references_into_an_unparsable_area_are_not_errors() {
    let plan = PLAN.replace(
        "omraden = [\"forsta\"]",
        "omraden = [\"forsta\", \"andra\"]",
    );
    let first = AREA.replace(
        "text = \"Göra något viktigt.\"",
        "text = \"Se [](#andra-aktiviteten) och [](#tredje-aktiviteten).\"",
    );
    let second = AREA
        .replace("forsta-aktiviteten", "andra-aktiviteten")
        .replace(
            "rapportering = [",
            "rapportering = [\"Rådet\"\n\n[[aktivitet]]\ntext = \"x\"\n",
        );
    let t = TempPlan::with(REGION, &plan, &[("forsta", &first), ("andra", &second)]);
    let (ok, stderr) = run_in(&t, &["check"]);
    assert!(!ok, "{stderr}");
    assert!(
        stderr.contains("region/2026/omraden/andra.toml:"),
        "{stderr}"
    );
    assert!(stderr.contains("\"tredje-aktiviteten\""), "{stderr}");
    assert!(!stderr.contains("\"andra-aktiviteten\""), "{stderr}");
    assert!(
        stderr.ends_with("kontrollerade 1 plan: 1 med problem (2 fel)\n"),
        "{stderr}"
    );
}

/// typst's warnings about a region's template are problems like any other:
/// `check` shows and counts them, as `build` does.
#[test]
fn a_warning_from_the_template_is_shown_by_check_and_build_alike() {
    let t = TempPlan::new();
    let template = std::fs::read_to_string("templates/plan.typ").unwrap();
    t.write(
        "templates/plan.typ",
        &format!("{template}\n#text(font: \"Ingen sådan\")[]\n"),
    );
    let (ok, stderr) = check(&t.plan_dir());
    assert!(ok, "{stderr}");
    assert!(stderr.contains("varning: "), "{stderr}");
    assert!(stderr.contains("ingen sådan"), "{stderr}");
    assert!(stderr.contains("plan.typ:"), "{stderr}");
    assert!(stderr.contains("1 varning"), "{stderr}");
    let out = tempfile::tempdir().unwrap();
    let build = binary()
        .arg("build")
        .arg(t.plan_dir())
        .arg("-o")
        .arg(out.path())
        .output()
        .unwrap();
    let built = String::from_utf8_lossy(&build.stderr);
    assert!(build.status.success(), "{built}");
    let warning = |text: &str| {
        text.lines()
            .find(|l| l.contains("ingen sådan"))
            .map(str::to_owned)
    };
    assert_eq!(warning(&built), warning(&stderr), "{built}");
}

/// `check`'s count is the document's: activities the region hides
/// (`visa_avslutade = false`) are counted apart, as not shown.
#[test]
fn the_count_of_activities_says_how_many_are_not_shown() {
    let copy = common::example_copy::Copy::new();
    let count = || {
        let out = binary()
            .current_dir(copy.root.path())
            .args(["check", "norrbotten/2022"])
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    copy.edit(
        &copy.area("ekonomiskt-mal"),
        "tid = \"December\"\n",
        "tid = \"December\"\nstatus = \"avslutad\"\nstatus_datum = 2022-06-01\n",
    );
    assert_eq!(count(), "ok: norrbotten/2022 (4 områden, 18 aktiviteter)\n");
    let region = copy.region().join("region.toml");
    let text = std::fs::read_to_string(&region).unwrap();
    std::fs::write(&region, text + "\n[status]\nvisa_avslutade = false\n").unwrap();
    assert_eq!(
        count(),
        "ok: norrbotten/2022 (4 områden, 17 aktiviteter; 1 avslutad döljs)\n"
    );
}
