//! The next period's plan (`new PERIOD --from`) and activity lifecycle
//! markers, through the real binary on copies of the example.

mod common;

use std::path::Path;

use common::{AREA, PLAN, REGION, TempPlan, binary, check};

/// A copy of the example's region folder (region.toml and 2022/).
fn example_copy() -> tempfile::TempDir {
    common::example_region_copy().0
}

fn run_new(period: &str, from: &Path) -> (bool, String, String) {
    let out = binary()
        .args(["new", period, "--from"])
        .arg(from)
        .output()
        .unwrap();
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (out.status.success(), text(&out.stdout), text(&out.stderr))
}

/// Lines of `text` that start (after indentation) with `fel:` (error).
fn errors(text: &str) -> Vec<&str> {
    text.lines().filter(|l| l.starts_with("fel:")).collect()
}

#[test]
fn new_starts_the_next_period_from_the_example_and_check_lists_exactly_the_gaps() {
    let tmp = example_copy();
    let region = tmp.path().join("norrbotten");
    let old = region.join("2022");
    // One activity finished, so that it is left out.
    let area = old.join("omraden/ekonomiskt-mal.toml");
    let text = std::fs::read_to_string(&area).unwrap().replace(
        "id = \"budgetuppfoljning-tertialvis\"\n",
        "id = \"budgetuppfoljning-tertialvis\"\nstatus = \"avslutad\"\nstatus_datum = 2022-09-30\nstatus_kommentar = \"Ersätts av månadsrapporter.\"\n",
    );
    std::fs::write(&area, text).unwrap();
    // The old plan's change log belongs to the old document; its appendix
    // file is carried over as a section's is.
    let old_plan = std::fs::read_to_string(old.join("plan.toml")).unwrap()
        + "\n[[bilaga]]\nrubrik = \"Ordlista\"\nfil = \"ordlista.md\"\n"
        + "\n[[andring]]\nversion = \"1.1\"\ndatum = 2022-03-01\nbeskrivning = \"Gammal ändring i 2022 års plan.\"\n";
    std::fs::write(old.join("plan.toml"), old_plan).unwrap();
    std::fs::write(old.join("ordlista.md"), "**Strama:** samverkan.\n").unwrap();
    assert!(check(&old).0);

    let (ok, stdout, stderr) = run_new("2023", &old);
    assert!(ok, "{stdout}{stderr}");
    let new = region.join("2023");
    assert!(stdout.contains("skapade"), "{stdout}");
    assert!(
        stdout.contains("utelämnade \"budgetuppfoljning-tertialvis\""),
        "{stdout}"
    );
    assert!(stdout.contains("plan.toml: andring borttaget"), "{stdout}");

    let plan = std::fs::read_to_string(new.join("plan.toml")).unwrap();
    for expected in [
        "titel = \"Handlingsplan 2023 för Läkemedelsplan Region Norrbotten\"",
        "period = \"2023\"",
        "version = \"1.0\"",
        "giltig_fran = 2023-01-01",
        "giltig_till = 2023-12-31",
        "# The strategy areas in order", // comments survive
    ] {
        assert!(
            plan.contains(expected),
            "plan.toml lacks {expected:?}:\n{plan}"
        );
    }
    assert!(!plan.contains("godkant_datum"), "{plan}");
    assert!(
        !plan.contains("andring") && !plan.contains("Gammal ändring"),
        "no old change log:\n{plan}"
    );
    for file in ["inledning.md", "ordlista.md"] {
        assert_eq!(
            std::fs::read(new.join(file)).unwrap(),
            std::fs::read(old.join(file)).unwrap()
        );
    }
    assert!(plan.contains("[[bilaga]]\nrubrik = \"Ordlista\""), "{plan}");
    let area = std::fs::read_to_string(new.join("omraden/ekonomiskt-mal.toml")).unwrap();
    assert!(
        area.starts_with("#:schema ../../area.schema.json\n# Strategy area: Ekonomiskt mål."),
        "{area}"
    );
    assert!(!area.contains("budgetuppfoljning-tertialvis"), "{area}");
    assert!(area.contains("id = \"matbar-sparaktivitet\""), "{area}");
    let carried: usize = std::fs::read_dir(new.join("omraden"))
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .map(|t| t.matches("status = \"fortsätter\"").count())
        .sum();
    assert_eq!(carried, 17, "18 activities less the finished one");

    // What new says to fill in is exactly what check reports: the approval
    // date, as a warning (the plan is not approved yet), with an example
    // in the new plan's own time (not 2022's).
    let todo: Vec<&str> = stdout
        .lines()
        .skip_while(|l| !l.starts_with("att fylla i"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .collect();
    assert_eq!(todo.len(), 1, "{stdout}");
    assert!(todo[0].contains("plan.toml: godkant_datum"), "{stdout}");
    let (ok, report) = check(&new);
    assert!(ok, "the new plan checks as it is:\n{report}");
    assert!(errors(&report).is_empty(), "{report}");
    let warnings: Vec<&str> = report
        .lines()
        .filter(|l| l.starts_with("varning:"))
        .collect();
    assert_eq!(warnings.len(), 1, "{report}");
    assert!(warnings[0].contains("inte godkänd än") && warnings[0].contains("godkant_datum"));
    assert!(report.contains("godkant_datum = 2022-12-09"), "{report}");

    // It builds, and diffs against the old plan, as it is.
    let out = tempfile::tempdir().unwrap();
    let built = binary()
        .arg("build")
        .arg(&new)
        .arg("-o")
        .arg(out.path())
        .output()
        .unwrap();
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    assert!(out.path().join("norrbotten-2023.pdf").is_file());
    let diff = binary().arg("diff").arg(&old).arg(&new).output().unwrap();
    let said = String::from_utf8_lossy(&diff.stdout);
    assert_eq!(
        diff.status.code(),
        Some(1),
        "{said}{}",
        String::from_utf8_lossy(&diff.stderr)
    );
    assert!(said.contains("Handlingsplan 2023"), "{said}");

    // Filling in the approval date is all it takes to leave no warning.
    let filled = plan.replace(
        "period = \"2023\"",
        "period = \"2023\"\ngodkant_datum = 2022-12-08",
    );
    std::fs::write(new.join("plan.toml"), filled).unwrap();
    let (ok, report) = check(&new);
    assert!(ok && !report.contains("varning"), "{report}");
}

#[test]
fn an_area_whose_activities_all_ended_keeps_them_and_the_new_plan_checks() {
    let area = AREA.replace(
        "tid = \"December\"",
        "tid = \"December\"\nstatus = \"inställd\"\nstatus_datum = 2026-03-01",
    );
    let t = TempPlan::with(REGION, PLAN, &[("forsta", &area)]);
    let (ok, stdout, stderr) = run_new("2027", &t.plan_dir());
    assert!(ok, "{stdout}{stderr}");
    assert!(
        stdout.contains("behöll \"forsta-aktiviteten\" som avslutade"),
        "{stdout}"
    );
    let todo: Vec<&str> = stdout
        .lines()
        .skip_while(|l| !l.starts_with("att fylla i"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .collect();
    assert_eq!(todo.len(), 2, "{stdout}");
    assert!(
        todo[0].contains("2027/plan.toml: godkant_datum"),
        "{stdout}"
    );
    assert!(
        todo[1]
            .contains("2027/omraden/forsta.toml: alla dess aktiviteter är avslutade och står kvar"),
        "{stdout}"
    );
    let new_area =
        std::fs::read_to_string(t.region_dir().join("2027/omraden/forsta.toml")).unwrap();
    assert!(new_area.contains("status = \"inställd\""), "{new_area}");
    assert!(new_area.contains("status_datum = 2026-03-01"), "{new_area}");
    // The new plan checks: only the approval is still to come.
    let (ok, report) = check(&t.region_dir().join("2027"));
    assert!(ok, "{report}");
    assert!(errors(&report).is_empty(), "{report}");
    assert!(
        report.contains("varning: planen är inte godkänd än"),
        "{report}"
    );
}

#[test]
fn an_ended_activity_that_carried_text_refers_to_is_kept_so_no_reference_dangles() {
    let area = format!(
        "{AREA}\n[[aktivitet]]\nid = \"klar\"\ntext = \"Klar sedan i våras.\"\nansvarig = \"A\"\ntid = \"Juni\"\nrapportering = \"B\"\nstatus = \"avslutad\"\nstatus_datum = 2026-05-01\n\n[[aktivitet]]\nid = \"borta\"\ntext = \"Ingen hänvisar hit.\"\nansvarig = \"A\"\ntid = \"Juni\"\nrapportering = \"B\"\nstatus = \"avslutad\"\nstatus_datum = 2026-05-01\n"
    )
    .replace("text = \"Göra något viktigt.\"", "text = \"Göra något viktigt, se punkt [](#klar).\"");
    let t = TempPlan::with(REGION, PLAN, &[("forsta", &area)]);
    assert!(check(&t.plan_dir()).0);
    let (ok, stdout, stderr) = run_new("2027", &t.plan_dir());
    assert!(ok, "{stdout}{stderr}");
    assert!(stdout.contains("utelämnade \"borta\""), "{stdout}");
    assert!(stdout.contains("behöll \"klar\" som avslutade"), "{stdout}");
    let new_area =
        std::fs::read_to_string(t.region_dir().join("2027/omraden/forsta.toml")).unwrap();
    assert!(new_area.contains("id = \"klar\""), "{new_area}");
    assert!(!new_area.contains("id = \"borta\""), "{new_area}");
    let (ok, report) = check(&t.region_dir().join("2027"));
    assert!(ok, "{report}");
}

#[test]
fn new_refuses_to_replace_an_existing_folder_and_leaves_nothing_behind() {
    let t = TempPlan::new();
    std::fs::create_dir(t.region_dir().join("2027")).unwrap();
    let before = common::folder_contents(&t.region_dir());
    let (ok, stdout, stderr) = run_new("2027", &t.plan_dir());
    assert!(!ok);
    assert!(stdout.is_empty(), "{stdout}");
    assert!(stderr.contains("2027 finns redan"), "{stderr}");
    assert!(stderr.contains("inget skrevs"), "{stderr}");
    assert_eq!(common::folder_contents(&t.region_dir()), before);
    assert!(
        std::fs::read_dir(t.region_dir().join("2027"))
            .unwrap()
            .next()
            .is_none()
    );
}

#[test]
fn new_refuses_a_plan_with_errors_and_a_period_that_is_not_one() {
    let t = TempPlan::with(REGION, PLAN, &[("forsta", &AREA.replace("tid =", "tdi ="))]);
    let (ok, _, stderr) = run_new("2027", &t.plan_dir());
    assert!(!ok);
    assert!(stderr.contains("okänd nyckel `tdi`"), "{stderr}");
    assert!(!t.region_dir().join("2027").exists());
    let (ok, _, stderr) = run_new("nästa år", &TempPlan::new().plan_dir());
    assert!(!ok);
    assert!(stderr.contains("är ingen planperiod"), "{stderr}");
}

#[test]
fn new_refuses_a_period_outside_the_format_with_a_message_not_a_panic() {
    let t = TempPlan::new();
    for period in ["0999", "0000", "2026-2040", "2027-2026"] {
        let out = binary()
            .args(["new", period, "--from"])
            .arg(t.plan_dir())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{period}: {stderr}");
        assert!(
            stderr.contains(&format!("\"{period}\" är ingen planperiod")),
            "{period}: {stderr}"
        );
        assert!(stderr.contains("1000–9999"), "{period}: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
    assert_eq!(
        std::fs::read_dir(t.region_dir()).unwrap().count(),
        2,
        "nothing but region.toml and 2026/"
    );
    // The loader applies the same rule to plan.toml.
    let t = TempPlan::with(
        REGION,
        &PLAN.replace("\"2026\"", "\"0999\""),
        &[("forsta", AREA)],
    );
    let (ok, report) = check(&t.plan_dir());
    assert!(!ok);
    assert!(
        report.contains("\"0999\" är inte en planperiod"),
        "{report}"
    );
    assert!(report.contains("1000–9999"), "{report}");
}

#[test]
fn new_speaks_english_with_lang_en() {
    let t = TempPlan::new();
    let out = binary()
        .args(["new", "nästa år", "--lang", "en", "--from"])
        .arg(t.plan_dir())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains("\"nästa år\" is not a plan period"),
        "{stderr}"
    );
    assert!(
        stderr.contains("new failed: nothing was written"),
        "{stderr}"
    );
    let out = binary()
        .env("HANDLINGSPLAN_LANG", "en")
        .args(["new", "2027", "--from"])
        .arg(t.plan_dir())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(stdout.contains("1 activity carried over"), "{stdout}");
    assert!(stdout.contains("to fill in (1 item,"), "{stdout}");
}

/// Three activities, the second finished.
fn lifecycle_plan(status: &str) -> TempPlan {
    let activity = |id: &str, extra: &str| {
        format!(
            "\n[[aktivitet]]\nid = \"{id}\"\ntext = \"Aktiviteten {id}.\"\nansvarig = \"Chefen\"\ntid = \"Maj\"\nrapportering = \"LSG\"\n{extra}"
        )
    };
    let area = format!(
        "rubrik = \"Första området\"\n{}{}{}",
        activity("forsta", "status = \"ny\"\n"),
        activity(
            "andra",
            "status = \"avslutad\"\nstatus_datum = 2026-06-30\nstatus_kommentar = \"Målet nåddes i juni.\"\n"
        ),
        activity("tredje", "status = \"reviderad\"\n"),
    );
    TempPlan::with(&format!("{REGION}\n{status}"), PLAN, &[("forsta", &area)])
}

#[test]
fn a_finished_activity_is_shown_with_its_date_and_note_or_hidden_per_region() {
    // Default: markers off, but the finished activity that is printed says so.
    let built = lifecycle_plan("").render();
    assert!(
        built.markdown.contains(
            "| <a id=\"akt-andra\"></a>**2.** *(Avslutad 2026-06-30)* Aktiviteten andra.<br>*Målet nåddes i juni.* |"
        ),
        "{}",
        built.markdown
    );
    assert!(!built.markdown.contains("(Ny)"), "{}", built.markdown);
    let pdf = pdf_text(&built);
    assert!(
        pdf.contains(&common::squash("Avslutad 2026-06-30")),
        "{pdf}"
    );
    assert!(
        pdf.contains(&common::squash("Målet nåddes i juni.")),
        "{pdf}"
    );

    // Hidden: the others keep their numbers; the gap shows one is left out.
    let built = lifecycle_plan("[status]\nvisa_avslutade = false\n").render();
    assert!(!built.markdown.contains("andra"), "{}", built.markdown);
    assert!(
        built
            .markdown
            .contains("| <a id=\"akt-forsta\"></a>**1.** Aktiviteten forsta."),
        "{}",
        built.markdown
    );
    assert!(
        built
            .markdown
            .contains("| <a id=\"akt-tredje\"></a>**3.** Aktiviteten tredje."),
        "{}",
        built.markdown
    );
    let pdf = pdf_text(&built);
    assert!(
        !pdf.contains(&common::squash("andra")) && !pdf.contains(&common::squash("Avslutad")),
        "{pdf}"
    );
    assert!(
        pdf.contains(&common::squash("3. Aktiviteten tredje.")),
        "{pdf}"
    );
}

#[test]
fn status_markers_as_labels_or_a_column() {
    let built = lifecycle_plan("[status]\nmarkering = \"etikett\"\n").render();
    assert!(
        built
            .markdown
            .contains("| <a id=\"akt-forsta\"></a>**1.** *(Ny)* Aktiviteten forsta."),
        "{}",
        built.markdown
    );
    assert!(
        built
            .markdown
            .contains("| <a id=\"akt-tredje\"></a>**3.** *(Reviderad)* Aktiviteten tredje."),
        "{}",
        built.markdown
    );
    assert!(pdf_text(&built).contains("Reviderad"));

    let built = lifecycle_plan("[status]\nmarkering = \"kolumn\"\nrubrik = \"Läge\"\n").render();
    let md = &built.markdown;
    assert!(
        md.contains("| Aktivitet | Ansvarig | Tid | Rapportering | Läge |"),
        "{md}"
    );
    assert!(
        md.contains(
            "| <a id=\"akt-forsta\"></a>**1.** Aktiviteten forsta. | Chefen | Maj | LSG | Ny |"
        ),
        "{md}"
    );
    assert!(
        md.contains("| LSG | Avslutad 2026-06-30<br>*Målet nåddes i juni.* |"),
        "{md}"
    );
    let pdf = pdf_text(&built);
    assert!(pdf.contains(&common::squash("Läge")), "{pdf}");
}

#[test]
fn a_status_date_or_note_must_go_with_an_ended_activity() {
    let area = AREA.replace(
        "tid = \"December\"",
        "tid = \"December\"\nstatus = \"avslutad\"",
    );
    let t = TempPlan::with(REGION, PLAN, &[("forsta", &area)]);
    let (ok, report) = check(&t.plan_dir());
    assert!(!ok);
    assert!(
        report.contains("markerad \"avslutad\" men saknar `status_datum`"),
        "{report}"
    );
    // The example date is in the plan's own period (2026), not a fixed year.
    assert!(report.contains("status_datum = 2026-06-30"), "{report}");

    let area = AREA.replace(
        "tid = \"December\"",
        "tid = \"December\"\nstatus = \"ny\"\nstatus_kommentar = \"Klar.\"",
    );
    let t = TempPlan::with(REGION, PLAN, &[("forsta", &area)]);
    let (ok, report) = check(&t.plan_dir());
    assert!(!ok);
    assert!(
        report.contains(
            "`status_kommentar` används bara för aktiviteter som är avslutade eller inställda"
        ),
        "{report}"
    );
    assert!(report.contains("forsta.toml:10:20"), "{report}");

    let area = AREA.replace(
        "tid = \"December\"",
        "tid = \"December\"\nstatus = \"klar\"",
    );
    let t = TempPlan::with(REGION, PLAN, &[("forsta", &area)]);
    let (ok, report) = check(&t.plan_dir());
    assert!(!ok);
    assert!(
        report.contains(
            "ska vara \"ny\" eller \"reviderad\" eller \"fortsätter\" eller \"avslutad\" eller \"inställd\""
        ),
        "{report}"
    );
}

/// The PDF's text, whitespace squashed.
fn pdf_text(built: &common::Built) -> String {
    common::squash(&common::pdf_pages(&built.pdf.bytes).join(" "))
}

/// The statuses `new` prints for one area line: "förs över: pågår 2, 3;
/// ingen rapport 1. utelämnas: genomförd 4." → number → (fate, status).
fn round_line(line: &str) -> std::collections::BTreeMap<String, (String, String)> {
    let mut out = std::collections::BTreeMap::new();
    let (_, rest) = line.split_once(".toml: ").unwrap();
    for fate_part in rest.split(". ").map(|p| p.trim_end_matches('.')) {
        let (fate, statuses) = fate_part.split_once(": ").unwrap();
        for group in statuses.split("; ") {
            let at = group.find(|c: char| c.is_ascii_digit()).unwrap();
            let (status, numbers) = group.split_at(at);
            for number in numbers.split(", ") {
                let entry = (fate.to_owned(), status.trim().to_owned());
                assert!(out.insert(number.to_owned(), entry).is_none(), "{line}");
            }
        }
    }
    out
}

#[test]
fn new_says_where_the_latest_round_left_each_activity_carried_over_or_left_out() {
    let tmp = tempfile::tempdir().unwrap();
    let region = tmp.path().join("norrbotten");
    common::copy_dir(&common::example_dir().join(".."), &region);
    let old = region.join("2022");
    // The December round reports one activity finished; the status rule
    // has its area file end it too, so `new` leaves it out.
    let edit = |path: &Path, from: &str, to: &str| {
        let text = std::fs::read_to_string(path).unwrap();
        assert!(text.contains(from), "{from}");
        std::fs::write(path, text.replacen(from, to, 1)).unwrap();
    };
    edit(
        &old.join("omraden/ekonomiskt-mal.toml"),
        "id = \"budgetuppfoljning-tertialvis\"\n",
        "id = \"budgetuppfoljning-tertialvis\"\nstatus = \"avslutad\"\nstatus_datum = 2022-12-01\n",
    );
    edit(
        &old.join("uppfoljning/2022-12.toml"),
        "id = \"budgetuppfoljning-tertialvis\"\nstatus = \"pågår\"",
        "id = \"budgetuppfoljning-tertialvis\"\nstatus = \"genomförd\"",
    );
    let (ok, report) = check(&old);
    assert!(ok, "{report}");

    let (ok, stdout, stderr) = run_new("2023", &old);
    assert!(ok, "{stdout}{stderr}");
    assert!(
        stdout.contains("enligt den senaste uppföljningen, 2022-12 (2022-12-14)"),
        "{stdout}"
    );
    // Every activity of every area, by its number in the old plan, with
    // the December round's status read here from the files themselves.
    let round: toml::Table =
        toml::from_str(&std::fs::read_to_string(old.join("uppfoljning/2022-12.toml")).unwrap())
            .unwrap();
    let reported = |id: &str| {
        (round["aktivitet"].as_array().unwrap().iter())
            .find(|a| a["id"].as_str() == Some(id))
            .map_or("ingen rapport", |a| a["status"].as_str().unwrap())
            .to_owned()
    };
    let plan: toml::Table =
        toml::from_str(&std::fs::read_to_string(old.join("plan.toml")).unwrap()).unwrap();
    let areas = plan["omraden"].as_array().unwrap();
    let mut seen = 0;
    for area in areas {
        let file = format!("omraden/{}.toml", area.as_str().unwrap());
        let line = (stdout.lines())
            .find(|l| {
                l.trim_start().starts_with(&format!("{file}: förs över:"))
                    || l.trim_start().starts_with(&format!("{file}: utelämnas:"))
            })
            .unwrap_or_else(|| panic!("no round line for {file}: {stdout}"));
        let got = round_line(line);
        let text: toml::Table =
            toml::from_str(&std::fs::read_to_string(old.join(&file)).unwrap()).unwrap();
        let activities = text["aktivitet"].as_array().unwrap();
        assert_eq!(got.len(), activities.len(), "{line}");
        for (i, activity) in activities.iter().enumerate() {
            let ended = activity.get("status").and_then(|s| s.as_str()) == Some("avslutad");
            let fate = if ended { "utelämnas" } else { "förs över" };
            let id = activity["id"].as_str().unwrap();
            let expected = (fate.to_owned(), reported(id));
            assert_eq!(got[&(i + 1).to_string()], expected, "{file} {id}: {line}");
            seen += usize::from(ended);
        }
    }
    assert_eq!(seen, 1, "the finished activity is among them");
    assert!(
        stdout.contains("omraden/ekonomiskt-mal.toml: förs över: pågår 1. utelämnas: genomförd 2."),
        "{stdout}"
    );
    // The new folder starts without rounds: they belong to the old plan.
    assert!(!region.join("2023/uppfoljning").exists());
}
