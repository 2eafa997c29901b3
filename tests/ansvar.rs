//! `ansvar PLAN --organ NAMN`: one body's view of the plan. For every body of the example's register, the activities listed (on the terminal, in the Markdown, HTML and PDF) are exactly those whose `ansvarig` or `rapportering` names it, found here from the area files; an unknown name, a body named by abbreviation or alias, the latest status from the rounds, a plan without a register, hidden activities, hostile text shown literally, byte-identical output and PDF/UA.

mod common;
#[path = "ansvar/expected.rs"]
mod expected;
#[path = "ansvar/listed.rs"]
mod listed;

use std::collections::BTreeSet;
use std::path::Path;

use common::{AREA, HOSTILE, PLAN, REGION, TempPlan, binary, example_dir, squash};
use expected::{Activity, example_activities, example_register, expected};
use listed::{Listed, html_lists, markdown_lists, terminal_lists};

/// An activity by where the plan prints it: (area title, number).
type Place = (String, String);

/// Runs `ansvar PLAN --organ NAME [ARGS…]`: (exit code, stdout, stderr).
fn ansvar(plan: &Path, name: &str, args: &[&dyn AsRef<std::ffi::OsStr>]) -> (i32, String, String) {
    let mut cmd = binary();
    cmd.arg("ansvar").arg(plan).arg("--organ").arg(name);
    for arg in args {
        cmd.arg(arg);
    }
    let out = cmd.output().expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The view's three files, written by `ansvar … -o` to a temporary folder:
/// (folder, Markdown, HTML, path of the PDF).
fn files(plan: &Path, name: &str) -> (tempfile::TempDir, String, String, std::path::PathBuf) {
    let out = tempfile::tempdir().unwrap();
    let (code, stdout, stderr) = ansvar(plan, name, &[&"-o", &out.path()]);
    assert_eq!(code, 0, "{stderr}");
    let written = |extension: &str| {
        let line = (stdout.lines())
            .find(|l| {
                l.ends_with(&format!(".{extension}")) || l.contains(&format!(".{extension} ("))
            })
            .unwrap_or_else(|| panic!("a .{extension} written: {stdout}"));
        let path = line.trim_start_matches("skrev ");
        std::path::PathBuf::from(path.split(" (").next().unwrap())
    };
    let markdown = std::fs::read_to_string(written("md")).unwrap();
    let html = std::fs::read_to_string(written("html")).unwrap();
    let pdf = written("pdf");
    (out, markdown, html, pdf)
}

/// Each listed activity's text starts as the area file's does.
fn assert_texts(listed: &[(Place, String)], activities: &[Activity], what: &str) {
    for (place, text) in listed {
        let activity = activities.iter().find(|a| &a.place == place).unwrap();
        assert!(
            text.starts_with(&activity.start),
            "{what}: {place:?} shows «{text}», not the text of «{}»",
            activity.start
        );
    }
}

/// The PDF's two lists (split at the heading "Rapporteras till") each
/// hold the expected activities' count and the start of each one's text,
/// and not the start of any other activity's (where that start is the
/// activity's alone).
fn assert_pdf(pdf: &str, body: &str, expected: [&BTreeSet<Place>; 2], activities: &[Activity]) {
    let pdf = squash(pdf);
    let heading = squash("Rapporteras till");
    let at = pdf
        .find(&heading)
        .unwrap_or_else(|| panic!("{body}: {pdf}"));
    let after_title = pdf.find(&squash("Ansvarig för")).unwrap();
    let lists = [&pdf[after_title..at], &pdf[at..]];
    for (list, expected) in lists.into_iter().zip(expected) {
        let count = match expected.len() {
            0 => squash("Ingen aktivitet som planen visar"),
            1 => squash("1 aktivitet."),
            n => squash(&format!("{n} aktiviteter.")),
        };
        assert!(list.contains(&count), "{body}: «{count}» in {list}");
        for activity in activities {
            let start = squash(&activity.start);
            let unique = activities
                .iter()
                .filter(|a| squash(&a.start) == start)
                .count()
                == 1;
            if expected.contains(&activity.place) {
                assert!(
                    list.contains(&start),
                    "{body}: {:?} in {list}",
                    activity.place
                );
            } else if unique {
                assert!(
                    !list.contains(&start),
                    "{body}: not {:?} in {list}",
                    activity.place
                );
            }
        }
    }
}

/// THE test of the view: for every body of the example's register, every
/// format lists exactly the activities whose `ansvarig` (or a part's) and
/// `rapportering` name it, found here independently of the tool's matching.
#[test]
fn every_body_of_the_example_sees_exactly_the_activities_that_name_it_in_every_format() {
    let activities = example_activities();
    let register = example_register();
    assert!(register.len() > 10, "{register:?}");
    let (mut any_responsible, mut any_reported) = (0, 0);
    for (name, names) in &register {
        let responsible = expected(&activities, names, |a| &a.ansvarig);
        let reported_to = expected(&activities, names, |a| &a.rapportering);
        any_responsible += usize::from(!responsible.is_empty());
        any_reported += usize::from(!reported_to.is_empty());
        let (code, stdout, stderr) = ansvar(&example_dir(), name, &[]);
        assert_eq!(code, 0, "{name}: {stderr}");
        assert!(stdout.starts_with(&format!("{name} (")), "{stdout}");
        let (_out, markdown, html, pdf) = files(&example_dir(), name);
        for (what, listed) in [
            ("terminal", terminal_lists(&stdout)),
            ("Markdown", markdown_lists(&markdown)),
            ("HTML", html_lists(&html)),
        ] {
            assert_eq!(
                Listed::places(&listed.responsible),
                responsible,
                "{name}: {what}, ansvarig för"
            );
            assert_eq!(
                Listed::places(&listed.reported_to),
                reported_to,
                "{name}: {what}, rapporteras till"
            );
            assert_texts(&listed.responsible, &activities, what);
            assert_texts(&listed.reported_to, &activities, what);
        }
        assert_pdf(
            &common::layout::text(&pdf),
            name,
            [&responsible, &reported_to],
            &activities,
        );
    }
    // The example exercises both lists for most bodies.
    assert!(
        any_responsible > 10 && any_reported > 5,
        "{any_responsible} {any_reported}"
    );
}

#[test]
fn an_unknown_body_is_refused_with_the_nearest_name_and_the_registers_names() {
    let (code, stdout, stderr) = ansvar(&example_dir(), "LSG Lakemedel", &[]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stdout.is_empty(), "{stdout}");
    assert!(
        stderr.contains("fel: \"LSG Lakemedel\" finns inte i regionens register över organ"),
        "{stderr}"
    );
    assert!(stderr.contains("menade du \"LSG Läkemedel\"?"), "{stderr}");
    for (name, _) in example_register() {
        assert!(
            stderr.contains(&name),
            "{name} listed in the hint: {stderr}"
        );
    }
    let out = tempfile::tempdir().unwrap();
    let (code, _, _) = ansvar(&example_dir(), "Nämnden", &[&"-o", &out.path()]);
    assert_eq!(code, 1);
    assert_eq!(
        std::fs::read_dir(out.path()).unwrap().count(),
        0,
        "nothing written"
    );
}

#[test]
fn a_body_is_found_by_its_abbreviation_or_an_alias_in_any_case() {
    let (_, by_name, _) = ansvar(&example_dir(), "Funktionsområde Läkemedel", &[]);
    assert!(
        by_name.starts_with("Funktionsområde Läkemedel (funktion), förkortning FO Läkemedel\n")
    );
    for other in [
        "fo läkemedel",
        "FO LÄKEMEDEL",
        "Funktionsområde Läkemedel, Vårdsäkerhet",
    ] {
        let (code, stdout, stderr) = ansvar(&example_dir(), other, &[]);
        assert_eq!(code, 0, "{other}: {stderr}");
        assert_eq!(stdout, by_name, "{other}");
    }
    let (code, stdout, _) = ansvar(&example_dir(), "verksamhetscheferna inom nära", &[]);
    assert_eq!(code, 0);
    assert!(
        stdout.starts_with("Verksamhetscheferna (funktion)\n"),
        "{stdout}"
    );
}

const REGISTER: &str = r#"
[[organ]]
namn = "Kunskapsstyrningsrådet"
forkortning = "KSR"
typ = "råd"

[[organ]]
namn = "Verksamhetscheferna"
typ = "funktion"

[[organ]]
namn = "LSG Läkemedel"
typ = "grupp"
"#;

/// Three activities of Verksamhetscheferna; `extra` goes into the third.
fn three_activities(extra: &str) -> String {
    let more = |id: &str, text: &str, extra: &str| {
        format!(
            "\n[[aktivitet]]\nid = \"{id}\"\ntext = \"{text}\"\nansvarig = \"Verksamhetscheferna\"\n\
             tid = \"Juni\"\nrapportering = \"KSR\"\n{extra}"
        )
    };
    format!(
        "{AREA}{}{}",
        more("andra", "Göra något mer.", ""),
        more("tredje", "Göra något sist.", extra)
    )
}

fn round(month: &str, entries: &[(&str, &str)]) -> String {
    let mut text = format!("datum = 2026-{month}-15\nrubrik = \"Uppföljning {month} 2026\"\n");
    for (id, status) in entries {
        text.push_str(&format!(
            "\n[[aktivitet]]\nid = \"{id}\"\nstatus = \"{status}\"\n"
        ));
    }
    text
}

#[test]
fn each_activity_shows_the_status_of_the_latest_round_that_reports_on_it() {
    let t = TempPlan::with(
        &format!("{REGION}{REGISTER}"),
        PLAN,
        &[("forsta", &three_activities(""))],
    );
    let first = [("forsta-aktiviteten", "pågår"), ("andra", "ej påbörjad")];
    t.write("2026/uppfoljning/2026-06.toml", &round("06", &first));
    t.write(
        "2026/uppfoljning/2026-09.toml",
        &round("09", &[("andra", "försenad")]),
    );
    let (code, stdout, stderr) = ansvar(&t.plan_dir(), "Verksamhetscheferna", &[]);
    assert_eq!(code, 0, "{stderr}");
    for expected in [
        "    1. Göra något viktigt.\n       Tid: December · Status: ◐ Pågår (Uppföljning 06 2026, 2026-06-15)\n",
        "    2. Göra något mer.\n       Tid: Juni · Status: ▲ Försenad (Uppföljning 09 2026, 2026-09-15)\n",
        "    3. Göra något sist.\n       Tid: Juni · Status: – Ingen rapport\n",
        "planens senaste omgång: Uppföljning 09 2026, 2026-09-15.",
    ] {
        assert!(stdout.contains(expected), "{expected} in\n{stdout}");
    }
    let (_out, markdown, html, pdf) = files(&t.plan_dir(), "KSR");
    let row = "| 2\\. | Göra något mer. | Juni | ▲ Försenad<br>Uppföljning 09 2026 (2026-09-15) |";
    assert!(markdown.contains(row), "{row} in\n{markdown}");
    assert!(
        html.contains(
            "▲ Försenad<br><span class=\"round\">Uppföljning 09 2026 (2026-09-15)</span>"
        ),
        "{html}"
    );
    let pdf = squash(&common::layout::text(&pdf));
    assert!(
        pdf.contains(&squash("▲ Försenad Uppföljning 09 2026 (2026-09-15)")),
        "{pdf}"
    );
    assert!(pdf.contains(&squash("– Ingen rapport")), "{pdf}");
}

#[test]
fn a_plan_without_a_register_is_refused_with_what_it_needs() {
    let t = TempPlan::new();
    let (code, stdout, stderr) = ansvar(&t.plan_dir(), "Verksamhetscheferna", &[]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stdout.is_empty(), "{stdout}");
    assert!(
        stderr.starts_with("fel: ansvar behöver regionens register över organ, och region.toml har inga [[organ]]\n"),
        "{stderr}"
    );
    assert!(stderr.contains("tips: lägg till ett [[organ]]"), "{stderr}");
    assert!(!stderr.contains("programfel"), "{stderr}");
}

#[test]
fn an_activity_the_plan_document_hides_is_not_listed() {
    let ended = "status = \"avslutad\"\nstatus_datum = 2026-05-01\n";
    let region = format!("{REGION}{REGISTER}");
    let shown = TempPlan::with(&region, PLAN, &[("forsta", &three_activities(ended))]);
    let (_, stdout, stderr) = ansvar(&shown.plan_dir(), "Verksamhetscheferna", &[]);
    assert!(
        stdout.contains("    3. Göra något sist."),
        "shown by default: {stdout}{stderr}"
    );
    let hidden = format!("{region}\n[status]\nvisa_avslutade = false\n");
    let t = TempPlan::with(&hidden, PLAN, &[("forsta", &three_activities(ended))]);
    let (code, stdout, stderr) = ansvar(&t.plan_dir(), "Verksamhetscheferna", &[]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("Ansvarig för (2 aktiviteter)"), "{stdout}");
    assert!(!stdout.contains("Göra något sist"), "{stdout}");
    let (_out, markdown, html, pdf) = files(&t.plan_dir(), "Verksamhetscheferna");
    assert!(!markdown.contains("Göra något sist"), "{markdown}");
    assert!(!html.contains("Göra något sist"), "{html}");
    assert!(!squash(&common::layout::text(&pdf)).contains(&squash("Göra något sist")));
}

/// Plan text that means something to typst, Markdown or HTML shows
/// literally in every output, as in the follow-up report.
#[test]
fn hostile_text_shows_literally_in_every_output() {
    let quoted = |s: &str| toml::Value::String(s.to_owned()).to_string();
    let mut area = format!("rubrik = {}\n", quoted(HOSTILE[4]));
    for (i, text) in HOSTILE.iter().enumerate() {
        area.push_str(&format!(
            "\n[[aktivitet]]\nid = \"a{i}\"\ntitel = {}\ntext = \"Text.\"\n\
             ansvarig = \"Verksamhetscheferna\"\ntid = {}\nrapportering = \"KSR\"\n",
            quoted(text),
            quoted(&format!("Tid {text}")),
        ));
    }
    let t = TempPlan::with(&format!("{REGION}{REGISTER}"), PLAN, &[("forsta", &area)]);
    let (code, stdout, stderr) = ansvar(&t.plan_dir(), "Verksamhetscheferna", &[]);
    assert_eq!(code, 0, "{stderr}");
    let (_out, markdown, page, pdf) = files(&t.plan_dir(), "Verksamhetscheferna");
    assert!(!page.contains("<script>"), "{page}");
    let markdown = common::markdown::markdown_visible_text(&markdown);
    // The page's break opportunities after signs (`<wbr>`) are no text.
    let html = common::html_text(&page.replace("<wbr>", ""));
    let pdf = squash(&common::layout::text(&pdf));
    for text in HOSTILE {
        for (what, shown) in [
            ("terminal", &stdout),
            ("Markdown", &markdown),
            ("HTML", &html),
        ] {
            assert!(shown.contains(text), "{what}: {text} in\n{shown}");
            let tid = format!("Tid {text}");
            assert!(shown.contains(&tid), "{what}: {tid} in\n{shown}");
        }
        assert!(pdf.contains(&squash(text)), "PDF: {text} in\n{pdf}");
    }
}

#[test]
fn the_view_is_the_same_byte_for_byte_every_time() {
    let (first_out, _, _, _) = files(&example_dir(), "LSG Läkemedel");
    let (second_out, _, _, _) = files(&example_dir(), "LSG Läkemedel");
    let stem = "norrbotten-2022-ansvar-lsg-lakemedel";
    for extension in ["pdf", "md", "html"] {
        let name = format!("{stem}.{extension}");
        let first = std::fs::read(first_out.path().join(&name)).unwrap();
        let second = std::fs::read(second_out.path().join(&name)).unwrap();
        assert!(first == second, "{name} differs between two runs");
    }
    let (_, once, _) = ansvar(&example_dir(), "LSG Läkemedel", &[]);
    let (_, again, _) = ansvar(&example_dir(), "LSG Läkemedel", &[]);
    assert_eq!(once, again);
}

#[test]
fn the_views_pdf_passes_the_pdf_ua_checker() {
    let (_out, _, _, pdf) = files(&example_dir(), "Kunskapsstyrningsrådet");
    common::pdf::pdfua_passes(&pdf);
}
