//! `handlingsplan diff` through the real binary, on copies of the example
//! plan with deliberate changes, and on git revisions of a plan.

mod common;

use common::example_copy::{Copy, diff, json};
use common::{binary, example_dir};

/// The example with one of each deliberate change.
fn changed_example() -> Copy {
    let copy = Copy::new();
    let behandling = "ratt-lakemedelsbehandling";
    let (head, mut blocks) = copy.activities(behandling);
    // Activity 2 moves to the end; activity 4 is removed; a new one comes first.
    let moved = blocks.remove(1);
    blocks.remove(2);
    blocks.push(moved);
    blocks.insert(
        0,
        "id = \"ny-uppfoljning\"\ntext = \"Följa upp förskrivningen av opioider kvartalsvis.\"\n\
         ansvarig = \"Läkemedelskommittén\"\ntid = \"Kvartalsvis\"\nrapportering = \"LSG Läkemedel\"\n"
            .to_owned(),
    );
    copy.set_activities(behandling, &head, &blocks);
    // A changed `tid`, a text changed by one word, a changed ansvarig list.
    let economy = copy.area("ekonomiskt-mal");
    copy.edit(&economy, "tid = \"December\"", "tid = \"November\"");
    copy.edit(&economy, "Uppföljning tertialvis", "Uppföljning månadsvis");
    copy.edit(
        &economy,
        "  \"Divisionsledningarna\",\n",
        "  \"Regiondirektören\",\n",
    );
    // A renamed area file, and a new version.
    std::fs::rename(
        copy.area("ratt-lakemedelshantering"),
        copy.area("lakemedelshantering"),
    )
    .unwrap();
    let plan = copy.plan().join("plan.toml");
    copy.edit(
        &plan,
        "\"ratt-lakemedelshantering\"",
        "\"lakemedelshantering\"",
    );
    copy.edit(&plan, "version = \"1.0\"", "version = \"1.1\"");
    copy
}

#[test]
fn no_change_exits_0() {
    let copy = Copy::new();
    let (code, out, err) = diff(&[&copy.old(), &copy.plan()]);
    assert_eq!((code, out.trim(), err.as_str()), (0, "Inga ändringar.", ""));
}

#[test]
fn deliberate_changes_in_the_terminal_form() {
    let copy = changed_example();
    let (code, out, err) = diff(&[&copy.old(), &copy.plan()]);
    assert_eq!(code, 1, "{err}");
    assert!(
        out.starts_with("1 ändrad, 2 nya, 1 borttagen, 1 flyttad aktivitet")
            || out.starts_with("2 ändrade"),
        "{out}"
    );
    insta::assert_snapshot!("terminal", out);
}

#[test]
fn deliberate_changes_as_markdown() {
    let copy = changed_example();
    let (code, out, _) = diff(&[&"--format", &"markdown", &copy.old(), &copy.plan()]);
    assert_eq!(code, 1);
    assert!(out.contains("<details><summary>"), "long text is folded");
    insta::assert_snapshot!("markdown", out);
}

#[test]
fn deliberate_changes_as_json() {
    let copy = changed_example();
    let (code, out, _) = diff(&[&"--format", &"json", &copy.old(), &copy.plan()]);
    assert_eq!(code, 1);
    insta::assert_snapshot!("json", out);
}

#[test]
fn deliberate_changes_as_a_summary() {
    let copy = changed_example();
    let (code, out, _) = diff(&[&"--format", &"summary", &copy.old(), &copy.plan()]);
    assert_eq!(code, 1);
    insta::assert_snapshot!("summary", out);
}

#[test]
fn each_deliberate_change_is_reported_as_what_it_is() {
    let copy = changed_example();
    let d = json(&copy.old(), &copy.plan());
    // Added and removed activities, by id.
    assert_eq!(d["added"][0]["id"], "ny-uppfoljning");
    assert_eq!(d["removed"][0]["id"], "regionsgemensamma-lakemedelsmal");
    // The moved activity, within its area, with its old and new number.
    let moved = &d["moved"][0];
    assert_eq!(
        (
            &moved["old"]["number"],
            &moved["new"]["number"],
            &moved["between_areas"]
        ),
        (&"2".into(), &"10".into(), &false.into())
    );
    // Renumbering is reported as runs, not as changes of each activity.
    let runs: Vec<String> = d["renumbered"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            format!(
                "{}–{} → {}–{}",
                r["old_first"], r["old_last"], r["new_first"], r["new_last"]
            )
        })
        .collect();
    assert_eq!(
        runs,
        ["\"1\"–\"1\" → \"2\"–\"2\"", "\"5\"–\"10\" → \"4\"–\"9\""]
    );
    let changed = d["changed"].as_array().unwrap();
    assert_eq!(
        changed.len(),
        2,
        "only the economy area's two activities changed"
    );
    // The changed tid and the changed ansvarig list come first, as accountability.
    let first = &changed[0]["accountability"];
    assert_eq!(first[0]["field"], "ansvarig");
    assert_eq!(
        first[0]["removed"],
        serde_json::json!(["Divisionsledningarna"])
    );
    assert_eq!(first[0]["added"], serde_json::json!(["Regiondirektören"]));
    assert_eq!(first[1]["field"], "tid");
    assert_eq!(
        (&first[1]["old"], &first[1]["new"]),
        (&"December".into(), &"November".into())
    );
    // The one-word change marks exactly that word.
    let text = &changed[1]["wording"][0];
    let marked: Vec<(&str, &str)> = text["words"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|w| w["op"] != "same")
        .map(|w| (w["op"].as_str().unwrap(), w["text"].as_str().unwrap()))
        .collect();
    assert_eq!(marked, [("removed", "tertialvis"), ("added", "månadsvis")]);
    // The renamed file is a rename, not a removed and an added area.
    assert_eq!(
        d["areas"],
        serde_json::json!([{"kind": "renamed", "old_key": "ratt-lakemedelshantering",
            "key": "lakemedelshantering", "title": "Rätt Läkemedelshantering"}])
    );
    assert_eq!(d["metadata"][0]["field"], "version");
}

#[test]
fn accountability_comes_before_wording() {
    let copy = changed_example();
    let (_, out, _) = diff(&[&copy.old(), &copy.plan()]);
    let at = |s: &str| out.find(s).unwrap_or_else(|| panic!("{s} in {out}"));
    assert!(at("Ansvar, tider och rapportering") < at("Formuleringar"));
    assert!(at("tid: December → November") < at("[-tertialvis-]{+månadsvis+}"));
}

#[test]
fn activities_without_ids_are_matched_by_text_as_a_guess() {
    let (old, new) = (Copy::new(), Copy::new());
    for copy in [&old, &new] {
        for entry in std::fs::read_dir(copy.plan().join("omraden")).unwrap() {
            let path = entry.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            let without: String = text
                .lines()
                .filter(|l| !l.starts_with("id = "))
                .map(|l| format!("{l}\n"))
                .collect();
            std::fs::write(&path, without).unwrap();
        }
    }
    let economy = new.area("ekonomiskt-mal");
    new.edit(&economy, "Uppföljning tertialvis", "Uppföljning månadsvis");
    let d = json(&old.plan(), &new.plan());
    assert_eq!(d["counts"]["changed"], 1);
    assert_eq!(
        d["counts"]["added"], 0,
        "a changed word is not a new activity"
    );
    assert_eq!(d["changed"][0]["guess"], true);
    let (_, out, _) = diff(&[&old.plan(), &new.plan()]);
    assert!(
        out.contains("(gissning: matchad på liknande text, saknar id)"),
        "{out}"
    );
}

#[test]
fn an_activity_moved_to_another_area_is_one_move() {
    let copy = Copy::new();
    let (head, mut blocks) = copy.activities("ekonomiskt-mal");
    let moved = blocks.remove(0);
    copy.set_activities("ekonomiskt-mal", &head, &blocks);
    let (head, mut blocks) = copy.activities("ratt-lakemedelsforsorjning");
    blocks.push(moved);
    copy.set_activities("ratt-lakemedelsforsorjning", &head, &blocks);
    let d = json(&copy.old(), &copy.plan());
    assert_eq!(
        d["counts"],
        serde_json::json!({"changed": 0, "added": 0, "removed": 0, "moved": 1})
    );
    assert_eq!(d["moved"][0]["between_areas"], true);
    assert_eq!(d["moved"][0]["new"]["area"], "Rätt Läkemedelsförsörjning");
}

#[test]
fn renumbering_in_area_dot_activity_numbering_is_one_line() {
    let (old, new) = (Copy::new(), Copy::new());
    for copy in [&old, &new] {
        let region = copy.region().join("region.toml");
        copy.edit(&region, "numrering = \"1\"", "numrering = \"1.1\"");
    }
    let (head, mut blocks) = new.activities("ratt-lakemedelsbehandling");
    blocks.insert(
        2,
        "text = \"Ny aktivitet.\"\nansvarig = \"A\"\ntid = \"B\"\nrapportering = \"C\"\n"
            .to_owned(),
    );
    new.set_activities("ratt-lakemedelsbehandling", &head, &blocks);
    let (code, out, err) = diff(&[&old.plan(), &new.plan()]);
    assert_eq!(code, 1, "{err}");
    assert!(out.starts_with("1 ny aktivitet\n"), "{out}");
    assert!(
        out.contains("Ny aktivitet 1.3 (Rätt Läkemedelsbehandling)"),
        "{out}"
    );
    assert!(
        out.contains("  1.3–1.10 blir 1.4–1.11 (Rätt Läkemedelsbehandling)\n"),
        "{out}"
    );
    assert_eq!(out.matches(" blir ").count(), 1, "{out}");
}

#[test]
fn colour_only_when_asked() {
    let copy = changed_example();
    let mut cmd = binary();
    let out = cmd
        .args(["diff", "--color", "always"])
        .arg(copy.old())
        .arg(copy.plan())
        .output()
        .unwrap();
    let coloured = String::from_utf8_lossy(&out.stdout);
    assert!(
        coloured.contains("\u{1b}["),
        "ANSI colours with --color always"
    );
    assert!(
        !coloured.contains("[-tertialvis-]"),
        "colour replaces the markers"
    );
    let (_, plain, _) = diff(&[&copy.old(), &copy.plan()]);
    assert!(!plain.contains('\u{1b}'));
}

#[test]
fn plan_text_cannot_become_markup_in_the_markdown() {
    let copy = Copy::new();
    let economy = copy.area("ekonomiskt-mal");
    copy.edit(
        &economy,
        "tid = \"December\"",
        "tid = \"<script>alert(1)</script> *fet*\"",
    );
    copy.edit(
        &economy,
        "samt prognos",
        "samt prognos </details> <img src=x onerror=alert(1)>",
    );
    let (_, out, _) = diff(&[&"--format", &"markdown", &copy.old(), &copy.plan()]);
    let html = github_html(&out);
    assert!(
        !html.contains("<script>") && !html.contains("<img"),
        "{html}"
    );
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt; *fet*"),
        "{html}"
    );
    assert_eq!(
        html.matches("<details>").count(),
        html.matches("</details>").count(),
        "{html}"
    );
    assert!(
        html.contains("&lt;/details&gt; &lt;img src=x onerror=alert(1)&gt;</ins>"),
        "{html}"
    );
}

/// Markdown as GitHub turns it into HTML (comrak with the GFM extensions,
/// raw HTML let through as GitHub lets through `<details>`, `<del>`, `<ins>`).
fn github_html(markdown: &str) -> String {
    let mut options = common::markdown::gfm_options();
    options.render.r#unsafe = true;
    comrak::markdown_to_html(markdown, &options)
}

#[test]
fn the_markdown_reads_on_github_as_intended() {
    let copy = changed_example();
    let (_, out, _) = diff(&[&"--format", &"markdown", &copy.old(), &copy.plan()]);
    let html = github_html(&out);
    assert!(
        html.contains(
            "<strong>2 ändrade, 1 ny, 1 borttagen, 1 flyttad aktivitet, 2 andra ändringar</strong>"
        ),
        "{html}"
    );
    assert!(
        html.contains("tid: <del>December</del> → <strong>November</strong>"),
        "{html}"
    );
    assert!(
        html.contains("<details><summary>visa ändringen</summary>Uppföljning <del>tertialvis</del><ins>månadsvis</ins> utfall"),
        "{html}"
    );
}

#[test]
fn a_huge_change_is_cut_to_fit_a_github_comment() {
    let (old, new) = (Copy::new(), Copy::new());
    let long = "ord ".repeat(60);
    for (copy, word) in [(&old, "gammal"), (&new, "ny")] {
        let mut area = String::from("rubrik = \"Stort område\"\n");
        for i in 0..600 {
            area.push_str(&format!(
                "\n[[aktivitet]]\nid = \"a-{i}\"\ntext = \"{long}{word} {i}\"\nansvarig = \"{word}\"\ntid = \"{word}\"\nrapportering = \"R\"\n"
            ));
        }
        std::fs::write(copy.area("ekonomiskt-mal"), area).unwrap();
    }
    let (code, out, err) = diff(&[&"--format", &"markdown", &old.plan(), &new.plan()]);
    assert_eq!(code, 1, "{err}");
    assert!(
        out.chars().count() < 65_536,
        "{} characters",
        out.chars().count()
    );
    assert!(
        out.contains("**Jämförelsen är avkortad:**"),
        "a clear notice"
    );
    assert!(
        out.trim_end()
            .ends_with("Kör `handlingsplan diff` lokalt för att se allt.")
    );
    assert_eq!(
        out.matches("<details>").count(),
        out.matches("</details>").count()
    );
    // Without the limit, everything is there.
    let (_, full, _) = diff(&[&"--format", &"summary", &old.plan(), &new.plan()]);
    assert!(full.starts_with("600 ändrade aktiviteter.\n"), "{full}");
}

#[test]
fn a_plan_with_errors_cannot_be_compared() {
    let copy = Copy::new();
    copy.edit(
        &copy.area("ekonomiskt-mal"),
        "tid = \"December\"",
        "tidd = \"December\"",
    );
    let (code, out, err) = diff(&[&copy.old(), &copy.plan()]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert!(err.contains("okänd nyckel `tidd`"), "{err}");
    assert!(err.contains("kan inte jämföra: planen"), "{err}");
    let (code, _, err) = diff(&[&example_dir()]);
    assert_eq!(code, 2);
    assert!(err.contains("ange två planmappar"), "{err}");
    let (code, _, err) = diff(&[&"--lang", &"en", &example_dir()]);
    assert_eq!(code, 2);
    assert!(err.contains("give two plan folders"), "{err}");
}

#[test]
fn the_report_is_in_english_with_lang_en() {
    let copy = changed_example();
    let (code, out, err) = diff(&[&"--lang", &"en", &copy.old(), &copy.plan()]);
    assert_eq!(code, 1, "{err}");
    assert!(
        out.contains("Responsibility, timing and reporting"),
        "{out}"
    );
    assert!(
        out.contains("New activity 1 (Rätt Läkemedelsbehandling)"),
        "{out}"
    );
    assert!(!out.contains("Ansvar, tider och rapportering"), "{out}");
    let (_, summary, _) = diff(&[
        &"--lang",
        &"en",
        &"--format",
        &"summary",
        &copy.old(),
        &copy.plan(),
    ]);
    assert!(summary.contains("other change"), "{summary}");
    let (code, out, _) = diff(&[&"--lang", &"en", &example_dir(), &example_dir()]);
    assert_eq!((code, out.trim()), (0, "No changes."));
}

#[test]
fn sections_areas_columns_and_region_settings() {
    let copy = Copy::new();
    let region = copy.region().join("region.toml");
    copy.edit(
        &region,
        "accentfarg = \"#005a8c\"",
        "accentfarg = \"#112233\"",
    );
    copy.edit(&region, "rubrik = \"Tid\"", "rubrik = \"När\"");
    let plan = copy.plan().join("plan.toml");
    copy.edit(
        &plan,
        "fastställda av Kunskapsstyrningsrådet",
        "beslutade av Kunskapsstyrningsrådet",
    );
    copy.edit(
        &copy.area("ekonomiskt-mal"),
        "rubrik = \"Ekonomiskt mål\"",
        "rubrik = \"Ekonomi\"",
    );
    let d = json(&copy.old(), &copy.plan());
    assert_eq!(d["counts"]["changed"], 0, "no activity changed");
    assert_eq!(d["region"][0]["field"], "tema.accentfarg");
    assert_eq!(
        (&d["columns"][0]["field"], &d["columns"][0]["new"]),
        (
            &"tid".into(),
            &"rubrik \"När\", bredd 1.3, obligatorisk".into()
        )
    );
    let section = &d["sections"][0];
    assert_eq!(section["field"], "Syfte");
    let marked: Vec<&str> = section["words"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|w| w["op"] != "same")
        .map(|w| w["text"].as_str().unwrap())
        .collect();
    assert_eq!(marked, ["fastställda", "beslutade"]);
    assert_eq!(d["areas"][0]["changes"][0]["old"], "Ekonomiskt mål");
    let (_, out, _) = diff(&[&copy.old(), &copy.plan()]);
    assert!(
        out.starts_with("Inga ändrade aktiviteter, 4 andra ändringar\n"),
        "{out}"
    );
}

#[test]
fn a_reference_whose_number_changed_is_unchanged_text() {
    let (old, new) = (Copy::new(), Copy::new());
    for copy in [&old, &new] {
        let area = copy.area("ekonomiskt-mal");
        copy.edit(
            &area,
            "högre jämfört med riket.",
            "högre jämfört med riket. Se även punkt [](#antibiotikarecept).",
        );
    }
    // A new activity before "antibiotikarecept" moves it from 3. to 4.
    let (head, mut blocks) = new.activities("ratt-lakemedelsbehandling");
    blocks.insert(
        1,
        "text = \"Ny aktivitet.\"\nansvarig = \"A\"\ntid = \"B\"\nrapportering = \"C\"\n"
            .to_owned(),
    );
    new.set_activities("ratt-lakemedelsbehandling", &head, &blocks);
    let d = json(&old.plan(), &new.plan());
    assert_eq!(
        d["counts"],
        serde_json::json!({"changed": 0, "added": 1, "removed": 0, "moved": 0}),
        "{d:#}"
    );
    let (_, out, _) = diff(&[&old.plan(), &new.plan()]);
    assert!(
        !out.contains("Ekonomiskt mål"),
        "the area is unchanged:\n{out}"
    );
    // The documents themselves follow: the reference now says 4.
    let built = handlingsplan::build::build(&new.plan(), &Default::default()).unwrap();
    let markdown = String::from_utf8(built.outputs[1].rendered.bytes.clone()).unwrap();
    assert!(
        markdown.contains("Se även punkt [4](#akt-antibiotikarecept)."),
        "{markdown}"
    );
}

/// Marks the first activity of "Ekonomiskt mål" (id matbar-sparaktivitet)
/// with `status` and the lines after it, e.g. a date and a comment.
fn set_status(copy: &Copy, lines: &str) {
    copy.edit(
        &copy.area("ekonomiskt-mal"),
        "tid = \"December\"\n",
        &format!("tid = \"December\"\n{lines}"),
    );
}

/// Hides ended activities in the region of `copy`.
fn hide_ended(copy: &Copy) {
    let region = copy.region().join("region.toml");
    let mut text = std::fs::read_to_string(&region).unwrap();
    text.push_str("\n[status]\nvisa_avslutade = false\n");
    std::fs::write(region, text).unwrap();
}

#[test]
fn a_cancelled_activity_is_a_change_in_every_format() {
    let copy = Copy::new();
    set_status(
        &copy,
        "status = \"inställd\"\nstatus_datum = 2022-05-02\nstatus_kommentar = \"Ersätts av den nationella uppföljningen.\"\n",
    );
    // The documents show it: a struck row with its label and comment.
    let built = handlingsplan::build::build(&copy.plan(), &Default::default()).unwrap();
    let html = String::from_utf8(built.output("html").unwrap().rendered.bytes.clone()).unwrap();
    assert!(html.contains("Inställd 2022-05-02"), "{html}");
    assert!(html.contains("Ersätts av den nationella uppföljningen."));

    let (code, out, err) = diff(&[&copy.old(), &copy.plan()]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.starts_with("1 ändrad aktivitet\n"), "{out}");
    assert!(
        out.contains("Aktivitet 1 (Ekonomiskt mål), id matbar-sparaktivitet"),
        "{out}"
    );
    assert!(
        out.contains("    status: (saknas) → Inställd 2022-05-02\n"),
        "{out}"
    );
    assert!(
        out.contains("    status_kommentar: (saknas) → Ersätts av den nationella uppföljningen.\n"),
        "{out}"
    );
    let (code, markdown, _) = diff(&[&"--format", &"markdown", &copy.old(), &copy.plan()]);
    assert_eq!(code, 1);
    assert!(
        markdown.contains("status: ~~(saknas)~~ → **Inställd 2022-05-02**"),
        "{markdown}"
    );
    assert!(
        markdown.contains("**Ersätts av den nationella uppföljningen.**"),
        "{markdown}"
    );
    let (code, summary, _) = diff(&[&"--format", &"summary", &copy.old(), &copy.plan()]);
    assert_eq!(code, 1);
    assert!(
        summary.contains("- Aktivitet 1 (Ekonomiskt mål): ändrat status, status_kommentar\n"),
        "{summary}"
    );
    let d = json(&copy.old(), &copy.plan());
    let changes = &d["changed"][0]["accountability"];
    assert_eq!(
        (&changes[0]["field"], &changes[0]["new"]),
        (&"status".into(), &"Inställd 2022-05-02".into())
    );
    assert_eq!(changes[1]["field"], "status_kommentar");

    // A later date or another comment alone is a change too.
    let later = Copy::new();
    set_status(
        &later,
        "status = \"inställd\"\nstatus_datum = 2022-05-03\nstatus_kommentar = \"Ersätts av den regionala uppföljningen.\"\n",
    );
    let (code, out, _) = diff(&[&copy.plan(), &later.plan()]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("status: Inställd 2022-05-02 → Inställd 2022-05-03"),
        "{out}"
    );
    assert!(
        out.contains("nationella → regionala") || out.contains("den nationella uppföljningen. → "),
        "{out}"
    );
}

#[test]
fn a_plan_with_a_hidden_activity_compares_and_hiding_is_reported() {
    let (old, new) = (Copy::new(), Copy::new());
    for copy in [&old, &new] {
        hide_ended(copy);
    }
    // The same hidden activity in both: no change, no panic.
    for copy in [&old, &new] {
        set_status(copy, "status = \"avslutad\"\nstatus_datum = 2022-06-30\n");
    }
    let (code, out, err) = diff(&[&old.plan(), &new.plan()]);
    assert_eq!((code, out.trim(), err.as_str()), (0, "Inga ändringar.", ""));
    // A change after the hidden activity names the activity by its number.
    new.edit(
        &new.area("ekonomiskt-mal"),
        "Uppföljning tertialvis",
        "Uppföljning månadsvis",
    );
    let (code, out, err) = diff(&[&old.plan(), &new.plan()]);
    assert_eq!(code, 1, "{err}");
    assert!(
        out.contains("Aktivitet 2 (Ekonomiskt mål), id budgetuppfoljning-tertialvis"),
        "{out}"
    );
}

#[test]
fn an_activity_the_document_leaves_out_is_reported_as_such() {
    let (old, new) = (Copy::new(), Copy::new());
    for copy in [&old, &new] {
        hide_ended(copy);
    }
    set_status(&new, "status = \"avslutad\"\nstatus_datum = 2022-06-30\n");
    let (code, out, err) = diff(&[&old.plan(), &new.plan()]);
    assert_eq!(code, 1, "{err}");
    assert!(
        out.contains(
            "    i dokumentet: visas → visas inte: avslutad, och visa_avslutade = false\n"
        ),
        "{out}"
    );
    assert!(
        out.contains("    status: (saknas) → Avslutad 2022-06-30\n"),
        "{out}"
    );
    // In English the words change, the name of the line does not (JSON relies on it).
    let (_, out, _) = diff(&[&"--lang", &"en", &old.plan(), &new.plan()]);
    assert!(
        out.contains("    i dokumentet: shown → not shown: avslutad, and visa_avslutade = false\n"),
        "{out}"
    );
    // Back again: the status removed is listed where it stood, before the rest.
    let (code, out, _) = diff(&[&new.plan(), &old.plan()]);
    assert_eq!(code, 1);
    assert!(
        out.contains(
            "    status: Avslutad 2022-06-30 → (saknas)\n    \
             i dokumentet: visas inte: avslutad, och visa_avslutade = false → visas\n"
        ),
        "{out}"
    );
    // The document indeed leaves it out.
    let built = handlingsplan::build::build(&new.plan(), &Default::default()).unwrap();
    let markdown = String::from_utf8(built.output("md").unwrap().rendered.bytes.clone()).unwrap();
    assert!(!markdown.contains("en mätbar aktivitet"), "{markdown}");
    let (_, summary, _) = diff(&[&"--format", &"summary", &old.plan(), &new.plan()]);
    assert!(
        summary.contains("- Aktivitet 1 (Ekonomiskt mål): ändrat status, i dokumentet\n"),
        "{summary}"
    );

    // Hiding ended activities in the region: the setting, and each activity it hides.
    let (shown, hidden) = (Copy::new(), Copy::new());
    for copy in [&shown, &hidden] {
        set_status(copy, "status = \"avslutad\"\nstatus_datum = 2022-06-30\n");
    }
    hide_ended(&hidden);
    let d = json(&shown.plan(), &hidden.plan());
    assert_eq!(d["region"][0]["field"], "status.visa_avslutade");
    assert_eq!(
        (&d["region"][0]["old"], &d["region"][0]["new"]),
        (&"true".into(), &"false".into())
    );
    let change = &d["changed"][0]["accountability"][0];
    assert_eq!(change["field"], "i dokumentet");
    assert_eq!(change["old"], "visas");
    // An activity added already hidden changes no output: no change.
    let (before, after) = (Copy::new(), Copy::new());
    for copy in [&before, &after] {
        hide_ended(copy);
    }
    let (head, mut blocks) = after.activities("ekonomiskt-mal");
    blocks.push(
        "id = \"gammal\"\ntext = \"Redan klar.\"\nansvarig = \"A\"\ntid = \"B\"\nrapportering = \"C\"\n\
         status = \"avslutad\"\nstatus_datum = 2022-01-31\n"
            .to_owned(),
    );
    after.set_activities("ekonomiskt-mal", &head, &blocks);
    let (code, out, _) = diff(&[&before.plan(), &after.plan()]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Inga ändringar"), "{out}");
}

#[test]
fn status_settings_and_the_change_log_are_reported() {
    let (old, new) = (Copy::new(), Copy::new());
    for (copy, word) in [(&old, "Första"), (&new, "Den första")] {
        let plan = copy.plan().join("plan.toml");
        let mut text = std::fs::read_to_string(&plan).unwrap();
        text.push_str(&format!(
            "\n[[andring]]\nversion = \"1.0\"\ndatum = 2021-12-09\n\
             beskrivning = \"{word} versionen, med [](#matbar-sparaktivitet).\"\n"
        ));
        std::fs::write(plan, text).unwrap();
    }
    let region = new.region().join("region.toml");
    let mut text = std::fs::read_to_string(&region).unwrap();
    text.push_str("\n[status]\nmarkering = \"kolumn\"\nrubrik = \"Läge\"\n");
    std::fs::write(&region, text).unwrap();
    new.edit(
        &region,
        "innehallsforteckning = true",
        "innehallsforteckning = true\nandringsforteckning = \"först\"",
    );
    let d = json(&old.plan(), &new.plan());
    let fields = |list: &serde_json::Value| -> Vec<String> {
        (list.as_array().unwrap().iter())
            .map(|c| format!("{}: {} → {}", c["field"], c["old"], c["new"]))
            .collect()
    };
    assert_eq!(
        fields(&d["region"]),
        [
            "\"andringsforteckning\": \"sist\" → \"först\"",
            "\"status.markering\": \"ingen\" → \"kolumn\"",
            "\"status.rubrik\": \"Status\" → \"Läge\"",
        ]
    );
    assert_eq!(
        fields(&d["metadata"]),
        [
            "\"andring 1.0 beskrivning\": \"Första versionen, med [](#matbar-sparaktivitet).\" \
          → \"Den första versionen, med [](#matbar-sparaktivitet).\""
        ]
    );
}

/// The Markdown the plan in `copy` builds to.
fn markdown_of(copy: &Copy) -> String {
    let built = handlingsplan::build::build(&copy.plan(), &Default::default()).unwrap();
    String::from_utf8(built.output("md").unwrap().rendered.bytes.clone()).unwrap()
}

#[test]
fn a_status_is_a_change_exactly_when_the_document_prints_it() {
    // With no status markers (the example's region) an ongoing activity's
    // status is printed nowhere: no output changes, and diff says so.
    let (old, new) = (Copy::new(), Copy::new());
    set_status(&new, "status = \"reviderad\"\n");
    assert_eq!(markdown_of(&old), markdown_of(&new));
    let (code, out, err) = diff(&[&old.plan(), &new.plan()]);
    assert_eq!((code, out.trim(), err.as_str()), (0, "Inga ändringar.", ""));
    // With labels it is printed, and reported.
    for copy in [&old, &new] {
        let region = copy.region().join("region.toml");
        let mut text = std::fs::read_to_string(&region).unwrap();
        text.push_str("\n[status]\nmarkering = \"etikett\"\n");
        std::fs::write(region, text).unwrap();
    }
    assert!(markdown_of(&new).contains("*(Reviderad)*"));
    let (code, out, _) = diff(&[&old.plan(), &new.plan()]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("    status: (saknas) → Reviderad\n"), "{out}");
}

#[test]
fn an_activity_left_out_of_both_documents_has_no_changes() {
    let (old, new) = (Copy::new(), Copy::new());
    for copy in [&old, &new] {
        hide_ended(copy);
    }
    set_status(&old, "status = \"avslutad\"\nstatus_datum = 2022-06-30\n");
    // Another date, a comment and another text: printed nowhere.
    set_status(
        &new,
        "status = \"inställd\"\nstatus_datum = 2022-05-02\nstatus_kommentar = \"Utgår.\"\n",
    );
    new.edit(
        &new.area("ekonomiskt-mal"),
        "ha minst en mätbar",
        "ha minst två mätbara",
    );
    assert_eq!(markdown_of(&old), markdown_of(&new));
    let (code, out, err) = diff(&[&old.plan(), &new.plan()]);
    assert_eq!((code, out.trim(), err.as_str()), (0, "Inga ändringar.", ""));
    // Shown again, every field is there.
    let (code, out, _) = diff(&[&new.plan(), &Copy::new().plan()]);
    assert_eq!(code, 1);
    assert!(
        out.contains("    status: Inställd 2022-05-02 → (saknas)\n"),
        "{out}"
    );
    assert!(
        out.contains("minst [-två-]{+en+} [-mätbara-]{+mätbar+}"),
        "{out}"
    );
}

/// Found by `tests/agree.rs` (seed 200009541): a reference to an activity
/// left out prints how it ended, "1 (avslutad)", so when a referenced
/// activity left out of both versions ends otherwise, the text changes.
#[test]
fn a_referenced_activity_left_out_that_ends_otherwise_is_a_change() {
    let (old, new) = (Copy::new(), Copy::new());
    for copy in [&old, &new] {
        hide_ended(copy);
        copy.edit(
            &copy.area("ratt-lakemedelsforsorjning"),
            "text = \"",
            "text = \"Se punkt [](#matbar-sparaktivitet). ",
        );
    }
    set_status(&old, "status = \"avslutad\"\nstatus_datum = 2022-06-30\n");
    set_status(&new, "status = \"inställd\"\nstatus_datum = 2022-06-30\n");
    assert_ne!(markdown_of(&old), markdown_of(&new));
    assert!(markdown_of(&new).contains("Se punkt 1 (inställd)."));
    let (code, out, _) = diff(&[&old.plan(), &new.plan()]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(
            "i dokumentet: visas inte: avslutad, och visa_avslutade = false → visas inte: inställd"
        ),
        "{out}"
    );
}

/// Found by `tests/agree.rs` (seed 200004379): two activities without ids,
/// both left out, swap places: no output shows it, so it is no change (no
/// move, no renumbering).
#[test]
fn activities_left_out_that_swap_places_are_no_change() {
    let (old, new) = (Copy::new(), Copy::new());
    for copy in [&old, &new] {
        hide_ended(copy);
        let (head, blocks) = copy.activities("ekonomiskt-mal");
        let ended: Vec<String> = (blocks.iter())
            .map(|b| {
                let b = b
                    .lines()
                    .filter(|l| !l.starts_with("id = "))
                    .collect::<Vec<_>>();
                b.join("\n").replacen(
                    "tid = ",
                    "status = \"avslutad\"\nstatus_datum = 2022-06-30\ntid = ",
                    1,
                ) + "\n"
            })
            .collect();
        copy.set_activities("ekonomiskt-mal", &head, &ended);
    }
    let (head, mut blocks) = new.activities("ekonomiskt-mal");
    blocks.swap(0, 1);
    new.set_activities("ekonomiskt-mal", &head, &blocks);
    assert_eq!(markdown_of(&old), markdown_of(&new));
    let (code, out, err) = diff(&[&old.plan(), &new.plan()]);
    assert_eq!((code, out.trim(), err.as_str()), (0, "Inga ändringar.", ""));
}

/// In `ratt-lakemedelsforsorjning`, ends its first and last activities
/// (the region hides them) and, in `new`, swaps the two: the printed one
/// between them keeps its place and number.
fn two_left_out_around_a_printed_one(old: &Copy, new: &Copy) {
    for copy in [old, new] {
        hide_ended(copy);
        let (head, blocks) = copy.activities("ratt-lakemedelsforsorjning");
        let ended = |b: &String| {
            b.replacen(
                "tid = ",
                "status = \"avslutad\"\nstatus_datum = 2022-06-30\ntid = ",
                1,
            )
        };
        let blocks = vec![ended(&blocks[0]), blocks[1].clone(), ended(&blocks[2])];
        copy.set_activities("ratt-lakemedelsforsorjning", &head, &blocks);
    }
    let (head, mut blocks) = new.activities("ratt-lakemedelsforsorjning");
    blocks.swap(0, 2);
    new.set_activities("ratt-lakemedelsforsorjning", &head, &blocks);
}

/// Found by `tests/agree.rs` (seed 400009391): two activities left out
/// swap places around a printed one. No output shows it: the printed one
/// did not move.
#[test]
fn activities_left_out_that_swap_around_a_printed_one_move_nothing() {
    let (old, new) = (Copy::new(), Copy::new());
    two_left_out_around_a_printed_one(&old, &new);
    assert_eq!(markdown_of(&old), markdown_of(&new));
    let (code, out, err) = diff(&[&old.plan(), &new.plan()]);
    assert_eq!((code, out.trim(), err.as_str()), (0, "Inga ändringar.", ""));
}

/// Found by `tests/agree.rs` (seed 408009487): a reference written inside
/// an activity the document leaves out is not printed, so it shows no
/// number: the activity it names, left out too, moves unseen.
#[test]
fn a_reference_inside_an_activity_left_out_shows_nothing() {
    let (old, new) = (Copy::new(), Copy::new());
    for copy in [&old, &new] {
        copy.edit(
            &copy.area("ratt-lakemedelsforsorjning"),
            "id = \"dosdispenserade-lakemedel\"\ntext = \"",
            "id = \"dosdispenserade-lakemedel\"\ntext = \"Efter [](#lakemedelsforsorjningsmodell-2024). ",
        );
    }
    two_left_out_around_a_printed_one(&old, &new);
    assert_eq!(markdown_of(&old), markdown_of(&new));
    let (code, out, err) = diff(&[&old.plan(), &new.plan()]);
    assert_eq!((code, out.trim(), err.as_str()), (0, "Inga ändringar.", ""));
    // Printed, the same reference shows the number, and the move is one.
    let (shown, moved) = (Copy::new(), Copy::new());
    for copy in [&shown, &moved] {
        copy.edit(
            &copy.area("ekonomiskt-mal"),
            "text = \"\"\"\n",
            "text = \"\"\"\nEfter [](#lakemedelsforsorjningsmodell-2024). ",
        );
    }
    two_left_out_around_a_printed_one(&shown, &moved);
    assert_ne!(markdown_of(&shown), markdown_of(&moved));
    let (code, out, _) = diff(&[&shown.plan(), &moved.plan()]);
    assert_eq!(code, 1, "{out}");
}

/// Found by `tests/agree.rs` (seed 452009507): two sections with the same
/// heading are compared each with its own, in turn, not both with the first.
#[test]
fn sections_with_the_same_heading_are_compared_in_turn() {
    let (old, new) = (Copy::new(), Copy::new());
    for copy in [&old, &new] {
        let plan = copy.plan().join("plan.toml");
        let text = std::fs::read_to_string(&plan).unwrap();
        std::fs::write(
            &plan,
            text.replace("rubrik = \"Syfte\"", "rubrik = \"Omfattning\""),
        )
        .unwrap();
    }
    let (code, out, err) = diff(&[&old.plan(), &new.plan()]);
    assert_eq!((code, out.trim(), err.as_str()), (0, "Inga ändringar.", ""));
    let plan = new.plan().join("plan.toml");
    let text = std::fs::read_to_string(&plan).unwrap();
    let last = text.rfind("rubrik = \"Omfattning\"").unwrap();
    let (head, tail) = text.split_at(last);
    let tail = tail.replacen("text = \"", "text = \"Nytt ord. ", 1);
    std::fs::write(&plan, format!("{head}{tail}")).unwrap();
    let (code, out, _) = diff(&[&old.plan(), &new.plan()]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("Omfattning (2): {+Nytt ord. +}Dessa"), "{out}");
    assert_eq!(out.matches("Omfattning").count(), 1, "{out}");
}
