//! `handlingsplan id` through the real binary: readable ids written in place,
//! comments and layout kept, unique, and nothing more on a second run.

mod common;

use common::{REGION, TempPlan, binary};

const PLAN: &str = r##"
titel = "Handlingsplan 2026"
period = "2026"
dokument_id = "TEST-1"
version = "1.0"
godkant_datum = 2025-12-01
omraden = ["forsta", "andra"]
"##;

/// An area written the way people write: comments everywhere, odd spacing,
/// literal strings, an activity that already has an id.
const AREA: &str = r##"# Första området: kommentaren överst stannar.
rubrik = "Första området"

# Kommentar före första aktiviteten.
[[aktivitet]]
text = "Öka följsamheten till *REK-listan* inom primärvården"   # efter värdet
ansvarig   =   "Verksamhetscheferna"
tid = 'December'
rapportering = [
  "LSG Läkemedel",   # rad ett
  "Kunskapsstyrningsrådet",
]

[[aktivitet]]
# Kommentar inne i tabellen.
titel = "Läkemedelsgenomgångar"
text = "Fördjupade läkemedelsgenomgångar för äldre"
ansvarig = "Verksamhetscheferna"
tid = "Löpande"
rapportering = "LSG Läkemedel"

[[aktivitet]]
id = "oka-foljsamheten-rek-listan"
text = "Ett redan namngivet id som krockar med den första"
ansvarig = "A"
tid = "B"
rapportering = "C"
"##;

const AREA_TWO: &str = r##"rubrik = "Andra området"

[[aktivitet]]
rapportering = "LSG"

[[aktivitet.del]]
text = "Öka följsamheten till REK-listan inom primärvården"
ansvarig = "A"
tid = "B"

[[aktivitet]]
text = "Läkemedelsgenomgångar"
ansvarig = "A"
tid = "B"
rapportering = "C"
"##;

fn plan() -> TempPlan {
    TempPlan::with(REGION, PLAN, &[("forsta", AREA), ("andra", AREA_TWO)])
}

fn run_id(plan: &TempPlan) -> (bool, String, String) {
    let out = binary().arg("id").arg(plan.plan_dir()).output().unwrap();
    let shown = plan.region_dir().display().to_string();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).replace(&shown, "[plan]"),
        String::from_utf8_lossy(&out.stderr).replace(&shown, "[plan]"),
    )
}

fn read(plan: &TempPlan, area: &str) -> String {
    std::fs::read_to_string(plan.plan_dir().join(format!("omraden/{area}.toml"))).unwrap()
}

#[test]
fn ids_are_written_in_place_keeping_comments_and_layout() {
    let plan = plan();
    let (ok, out, err) = run_id(&plan);
    assert!(ok, "{err}");
    insta::assert_snapshot!("printed", format!("{out}---\n{err}"));
    let area = read(&plan, "forsta");
    insta::assert_snapshot!("area_with_ids", area);
    // Only the two id lines were added; everything else is byte for byte as it was.
    let ids = [
        "id = \"oka-foljsamheten-rek-listan-2\"\n",
        "id = \"lakemedelsgenomgangar\"\n",
    ];
    assert!(ids.iter().all(|id| area.contains(id)), "{area}");
    assert_eq!(area.replace(ids[0], "").replace(ids[1], ""), AREA);
    let (valid, problems) = common::check(&plan.plan_dir());
    assert!(valid, "{problems}");
}

#[test]
fn ids_are_unique_in_the_plan() {
    let plan = plan();
    assert!(run_id(&plan).0);
    let two = read(&plan, "andra");
    // The same words in another area, and a title taken already, get a number.
    assert!(
        two.contains("id = \"oka-foljsamheten-rek-listan-3\""),
        "{two}"
    );
    assert!(two.contains("id = \"lakemedelsgenomgangar-2\""), "{two}");
}

#[test]
fn the_summary_is_in_english_with_lang_en() {
    let plan = plan();
    let out = binary()
        .args(["id", "--lang", "en"])
        .arg(plan.plan_dir())
        .output()
        .unwrap();
    assert!(out.status.success());
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert!(
        stdout.contains("forsta.toml: activity 1 gets id = \"oka-foljsamheten-rek-listan-2\""),
        "{stdout}"
    );
    assert_eq!(stderr.trim(), "gave 4 ids; 1 activity had one already");
}

#[test]
fn a_second_run_changes_nothing() {
    let plan = plan();
    assert!(run_id(&plan).0);
    let before = (read(&plan, "forsta"), read(&plan, "andra"));
    let (ok, out, err) = run_id(&plan);
    assert!(ok);
    assert_eq!(
        (out.as_str(), err.trim()),
        ("", "inget att göra: alla 5 aktiviteter har redan ett id")
    );
    assert_eq!((read(&plan, "forsta"), read(&plan, "andra")), before);
}

#[test]
fn a_plan_whose_activities_cannot_be_known_is_left_alone() {
    let plan = plan();
    // A syntax error: the area's activities cannot be read at all.
    let broken = AREA.replace("tid = 'December'", "tid = 'December");
    plan.write("2026/omraden/forsta.toml", &broken);
    let (ok, out, err) = run_id(&plan);
    assert!(!ok);
    assert!(out.is_empty(), "{out}");
    assert!(
        err.contains("id kan inte veta planens aktiviteter"),
        "{err}"
    );
    assert!(err.contains("inget ändrades"), "{err}");
    assert_eq!(read(&plan, "forsta"), broken);
    assert_eq!(read(&plan, "andra"), AREA_TWO, "nor in the other area");
}

#[test]
fn a_plan_with_an_unknown_reference_gets_its_ids_and_hears_of_the_reference() {
    let plan = plan();
    // Exactly when an author needs ids: a reference to one not given yet.
    let referring = AREA.replace(
        "text = \"Fördjupade läkemedelsgenomgångar för äldre\"",
        "text = \"Fördjupade läkemedelsgenomgångar, se [](#finns-inte-an)\"",
    );
    plan.write("2026/omraden/forsta.toml", &referring);
    let (valid, _) = common::check(&plan.plan_dir());
    assert!(!valid, "the reference is an error for check");
    let (ok, out, err) = run_id(&plan);
    assert!(ok, "{out}{err}");
    assert!(
        out.contains("forsta.toml: aktivitet 1 får id = \"oka-foljsamheten-rek-listan-2\""),
        "{out}"
    );
    assert!(
        err.contains("varning:") && err.contains("finns-inte-an"),
        "the reference is reported: {err}"
    );
    assert!(
        !err.contains("fel:"),
        "reported as a warning, not an error: {err}"
    );
    assert!(err.contains("1 problem finns kvar i planen"), "{err}");
    assert!(err.contains("gav 4 id"), "{err}");
    let area = read(&plan, "forsta");
    assert!(area.contains("id = \"lakemedelsgenomgangar\""), "{area}");
    assert!(
        area.contains("[](#finns-inte-an)"),
        "the text is left as it is"
    );
}

#[test]
fn an_id_the_loader_refused_is_never_written_over() {
    let plan = plan();
    // An invalid id and an unknown key: the activities are still known.
    let odd = AREA
        .replace(
            "[[aktivitet]]\n# Kommentar",
            "[[aktivitet]]\nid = \"Ogiltigt Id\"\n# Kommentar",
        )
        .replace("tid = 'December'", "tidd = 'December'");
    plan.write("2026/omraden/forsta.toml", &odd);
    let (ok, out, err) = run_id(&plan);
    assert!(ok, "{err}");
    assert!(err.contains("okänd nyckel `tidd`"), "{err}");
    let area = read(&plan, "forsta");
    assert!(area.contains("id = \"Ogiltigt Id\""), "{area}");
    let ids = area.lines().filter(|l| l.starts_with("id = ")).count();
    assert_eq!(ids, 3, "one id given, to the first:\n{area}");
    assert!(out.contains("forsta.toml: aktivitet 1 får id"), "{out}");
    assert!(!out.contains("forsta.toml: aktivitet 2 får id"), "{out}");
}

#[test]
fn the_example_plan_has_an_id_on_every_activity() {
    let example = common::example_dir();
    let document = handlingsplan::load::load(&example).unwrap();
    let missing: Vec<_> = document
        .plan
        .areas
        .iter()
        .flat_map(|a| &a.activities)
        .filter(|a| a.id.is_none())
        .collect();
    assert!(
        missing.is_empty(),
        "run handlingsplan id plans/norrbotten/2022"
    );
}

#[test]
fn windows_line_endings_stay() {
    let plan = plan();
    let crlf = AREA.replace('\n', "\r\n");
    plan.write("2026/omraden/forsta.toml", &crlf);
    assert!(run_id(&plan).0);
    let after = read(&plan, "forsta");
    assert_eq!(after.matches('\n').count(), after.matches("\r\n").count());
    assert_eq!(
        after
            .replace("id = \"oka-foljsamheten-rek-listan-2\"\r\n", "")
            .replace("id = \"lakemedelsgenomgangar\"\r\n", ""),
        crlf
    );
}

#[test]
fn activities_written_inline_get_ids_too() {
    let inline = "rubrik = \"Andra området\"\naktivitet = [\n  { text = \"Öka följsamheten\", ansvarig = \"A\", tid = \"B\", rapportering = \"C\" },  # en\n]\n";
    let plan = TempPlan::with(REGION, PLAN, &[("forsta", AREA), ("andra", inline)]);
    assert!(run_id(&plan).0);
    assert_eq!(
        read(&plan, "andra"),
        inline.replace("{ text", "{ id = \"oka-foljsamheten\", text")
    );
    assert!(common::check(&plan.plan_dir()).0);
}

#[test]
fn activities_the_document_leaves_out_get_ids_with_their_numbers() {
    // An ended activity first: the region leaves it out of the document,
    // and it and the one after it keep their numbers (1 and 2).
    let region = format!("{REGION}\n[status]\nvisa_avslutade = false\n");
    let area = AREA.replacen(
        "tid = 'December'\n",
        "tid = 'December'\nstatus = \"avslutad\"\nstatus_datum = 2026-06-30\n",
        1,
    );
    let plan = TempPlan::with(&region, PLAN, &[("forsta", &area), ("andra", AREA_TWO)]);
    let (ok, out, err) = run_id(&plan);
    assert!(ok, "{out}{err}");
    assert!(
        out.contains(
            "[plan]/2026/omraden/forsta.toml: aktivitet 1 får id = \"oka-foljsamheten-rek-listan-2\"\n\
             [plan]/2026/omraden/forsta.toml: aktivitet 2 får id = \"lakemedelsgenomgangar\"\n"
        ),
        "{out}"
    );
    assert!(read(&plan, "forsta").contains("id = \"lakemedelsgenomgangar\""));
    let (valid, problems) = common::check(&plan.plan_dir());
    assert!(valid, "{problems}");
}
