//! The HTML version in a real browser: headless Chromium with axe-core finds no WCAG 2.1 AA violation, text fits a phone, table cells break words only where they must, printing shows no internal anchors and ends no page with a heading or header row, hostile text shows literally and runs nothing.
//!
//! Needs Debian's `chromium`, node and the npm packages of `tests/browser/`:
//! `scripts/setup-tests` installs them (CI runs it from `.ci/run`).
//! Without them these tests fail, naming the script. Screenshots at 390 px
//! and 1280 px, and the page printed on A4, go to `target/screenshots/`.

#[path = "browser/chromium.rs"]
mod chromium;
mod common;
#[path = "browser/print.rs"]
mod print;

use std::path::Path;

use chromium::{assert_no_faults, chromium, faults, open_in_chromium, root, setup_problem};
use common::{AREA, HOSTILE, PLAN, REGION, TempPlan, example_dir, squash};
use serde_json::Value;

/// The page printed on A4 (`NAME-print.pdf`) ends no page with a heading or
/// a table's header row.
fn assert_print_pages_end_well(name: &str, plan_dir: &Path) {
    let built = handlingsplan::build::build(plan_dir, &Default::default()).expect("plan builds");
    let structure = common::layout::Structure::of(&built.document);
    let pdf = root().join(format!("target/screenshots/{name}-print.pdf"));
    let faults = print::page_end_faults(&pdf, &structure);
    assert!(faults.is_empty(), "{name} printed:\n{}", faults.join("\n"));
}

/// The first Tab shows the skip link, and following it moves the focus
/// to the main content.
fn assert_skip_link_works(result: &Value) {
    let skip = &result["skip"];
    assert_eq!(skip["text"], "Hoppa till innehållet", "{skip}");
    assert_eq!(
        skip["visible"], true,
        "the focused skip link is seen: {skip}"
    );
    assert_eq!(skip["focus_after"], "main", "{skip}");
}

fn built_html(plan_dir: &Path) -> String {
    common::render_plan(plan_dir, None)
        .expect("plan builds")
        .html
}

#[test]
fn the_example_has_no_wcag_21_aa_violations_and_fits_a_phone() {
    let html = built_html(&example_dir());
    let result = open_in_chromium(&html, "example");
    assert_no_faults(&result, "the example");
    assert_print_pages_end_well("example", &example_dir());
    assert_skip_link_works(&result);
    assert_eq!(
        result["title"],
        "Handlingsplan 2022 för Läkemedelsplan Region Norrbotten"
    );
    let text = result["text"].as_str().unwrap();
    for expected in [
        "Rätt Läkemedelsbehandling",
        "ARBGRP824-1979110336-92",
        "Fördjupade läkemedelsgenomgångar",
    ] {
        assert!(text.contains(expected), "the page shows {expected}");
    }
}

/// A region unlike the example: numbering 1.1, other columns, metadata at
/// the end, a logo, titles, years, headings and lists in prose, long words.
const OTHER_REGION: &str = r##"
organisation = "Region Provbotten"
kortnamn = "provbotten"
numrering = "1.1"

[[kolumn]]
falt = "text"
rubrik = "Aktiviteter"
bredd = 3

[[kolumn]]
falt = "ansvarig"
rubrik = "Huvudansvarig för aktiviteten"
bredd = 2

[[kolumn]]
falt = "onskad_effekt"
rubrik = "Önskad effekt"
bredd = 2

[[kolumn]]
falt = "koppling"
rubrik = "Koppling till andra strategier och planer"
bredd = 2
obligatorisk = false

[metadata]
placering = "sist"
falt = ["handlingstyp", "dokument_id", "version", "giltig_fran", "giltig_till"]

[tema]
accentfarg = "#6b1d5c"
logotyp = "logotyp.svg"
logotyp_alttext = "Region Fjällmarks logotyp"
"##;

const OTHER_PLAN: &str = r##"
titel = "Handlingsplan 2026–2027 för läkemedelsområdet i Region Provbotten"
period = "2026–2027"
handlingstyp = "Handlingsplan"
dokument_id = "PROV-2026-0001"
version = "2.0"
giltig_fran = 2026-01-01
giltig_till = 2027-12-31
omraden = ["forsta", "andra"]

[[avsnitt]]
rubrik = "Bakgrund"
text = """
Planen bygger på [Läkemedelsplanen](https://example.org/plan) och frågor till \
[läkemedelsstrategen](mailto:strateg@example.org).

## Mål

1. Säkrare förskrivning
2. Lägre kostnader

### Uppföljning

- tertialvis
- årsvis
"""

[[avsnitt]]
rubrik = "Revidering"
placering = "efter"
text = "Planen revideras årligen."
"##;

const OTHER_AREA: &str = r##"
rubrik = "Jämlik och kostnadseffektiv läkemedelsanvändning i hela regionen"
inledning = "Målet är **färre** olämpliga förskrivningar."

[[aktivitet]]
titel = "Läkemedelsgenomgångar"
text = "Genomgångarna dokumenteras i journalen och följs upp av läkemedelskommittén tillsammans med verksamheterna."
ansvarig = ["Verksamhetscheferna", "Läkemedelskommitténsarbetsutskottsordförande"]
onskad_effekt = "Färre *olämpliga* förskrivningar, se https://example.org/en/mycket/lang/adress/som/inte/kan/brytas/vid/mellanslag"
koppling = "Regional cancerplan"

[aktivitet.per_ar]
2026 = "Rutinen införs."
2027 = "Rutinen utvärderas."

[[aktivitet]]
text = "Antibiotikaförskrivningen minskar."
onskad_effekt = "Mindre resistens."

[[aktivitet.del]]
text = "Färre än 250 recept per tusen invånare."
ansvarig = "Strama"

[[aktivitet.del]]
text = "Uppföljning per vårdcentral."
ansvarig = "Funktionsområde Läkemedel"
"##;

const LOGO: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40"><rect width="120" height="40" fill="#6b1d5c"/><text x="10" y="27" font-size="18" fill="#fff">Provbotten</text></svg>"##;

#[test]
fn a_plan_shaped_otherwise_has_no_violations_either() {
    let area_two = OTHER_AREA.replace("Jämlik och", "Andra området:");
    let plan = TempPlan::with(
        OTHER_REGION,
        OTHER_PLAN,
        &[("forsta", OTHER_AREA), ("andra", &area_two)],
    );
    plan.write("logotyp.svg", LOGO);
    let html = built_html(&plan.plan_dir());
    assert!(html.contains("src=\"data:image/svg+xml;base64,"));
    let result = open_in_chromium(&html, "otherwise");
    assert_no_faults(&result, "the other plan");
    let external = result["print_links"].as_array().unwrap().iter();
    assert_eq!(
        external
            .filter(|l| !l["href"].as_str().unwrap().starts_with('#'))
            .count(),
        2,
        "the two external links are checked in print"
    );
    assert_skip_link_works(&result);
    let text = result["text"].as_str().unwrap();
    assert!(text.contains("1.1 Läkemedelsgenomgångar"), "{text}");
    assert!(text.contains("2.2 Antibiotikaförskrivningen minskar."));
}

/// Strings that would run as script, or change the page, if HTML read them.
const HTML_HOSTILE: [&str; 8] = [
    "<img src=x onerror=\"window.__hostile_img=1;alert('img')\">",
    "<script>window.__hostile_script=1;alert('script')</script>",
    "\"><svg onload=\"window.__hostile_svg=1\">",
    "</style></title></textarea><script>window.__hostile_end=1</script>",
    "&lt;b&gt; &amp; &#60;i&#62; {{ title }} {% raw %}",
    "javascript:window.__hostile_js=1",
    "<https://example.org/a> och www.example.org",
    "<javascript:alert(1)> <file:///etc/passwd> <a href=\"javascript:alert(2)\">x</a>",
];

#[test]
fn hostile_text_shows_literally_in_the_browser_and_runs_nothing() {
    let esc = |s: &str| s.replace('\\', "\\\\").replace('"', "\\\"");
    // Markdown fields get every character that means something escaped,
    // as an author who wants it literal writes it.
    let md_escape = |s: &str| {
        let mut out = String::new();
        for c in s.chars() {
            if "\\`*_[]<>#!&".contains(c) {
                out.push('\\');
            }
            out.push(c);
        }
        out
    };
    let all: Vec<&str> = HOSTILE.iter().chain(&HTML_HOSTILE).copied().collect();
    let mut area = format!("rubrik = \"Område {}\"\n", esc(HTML_HOSTILE[0]));
    for (i, s) in all.iter().enumerate() {
        area.push_str(&format!(
            "\n[[aktivitet]]\nid = \"a{i}\"\ntext = \"{}\"\nansvarig = \"{}\"\ntid = \"{}\"\nrapportering = [\"{}\"]\n",
            esc(&md_escape(s)),
            esc(s),
            esc(s),
            esc(s)
        ));
    }
    // Raw HTML written into Markdown stays text.
    let raw = "Rå <img src=x onerror=\"window.__hostile_raw=1\"> och <b>fet?</b>";
    let plan_toml = PLAN
        .replace("Handlingsplan 2026", &esc(HTML_HOSTILE[1]))
        .replace("\"TEST-1\"", &format!("\"{}\"", esc(HTML_HOSTILE[2])))
        .replace("Att pröva verktyget.", &esc(raw));
    let region = REGION.replace(
        "rubrik = \"Tid\"",
        &format!("rubrik = \"Tid {}\"", esc(HTML_HOSTILE[3])),
    );
    let plan = TempPlan::with(&region, &plan_toml, &[("forsta", &area)]);
    let html = built_html(&plan.plan_dir());

    let result = open_in_chromium(&html, "hostile");
    assert_no_faults(&result, "the hostile plan");
    let text = squash(result["text"].as_str().unwrap());
    for s in &all {
        let count = text.matches(&squash(s)).count();
        // text, ansvarig, tid and rapportering: four times each.
        assert!(count >= 4, "«{s}» is shown {count} times, expected 4");
    }
    assert!(
        text.contains(&squash(raw)),
        "raw HTML in Markdown is shown as written"
    );
    assert_eq!(
        result["title"], HTML_HOSTILE[1],
        "the window title is the text"
    );
    // No text became a link: the only ones lead within the page.
    let links = result["links"].as_array().unwrap();
    assert!(
        links.iter().all(|l| l.as_str().unwrap().starts_with('#')),
        "{links:?}"
    );
}

/// The check above can fail: a page with a script, an image without
/// alternative text and a wide unbreakable box is caught on every count.
#[test]
fn the_browser_check_notices_scripts_violations_and_overflow() {
    let bad = r##"<!DOCTYPE html><html><head><title>x</title></head><body>
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
<p style="white-space: nowrap; overflow: hidden">ettmycketlångtordsomintegårattbrytaochsomdärförinteryms på en telefon alls</p>
<style>@media print { a::after { content: " (" attr(href) ")"; } }</style>
<a href="#x">inne</a>
<table style="width: 30rem"><tr><td style="width: 8rem; overflow-wrap: anywhere">Kunskapsstyrningsrådet</td><td>Text</td></tr></table>
<img src="https://example.invalid/logo.png" alt="logo">
<script>window.__hostile_test = 1; alert("ran");</script>
</body></html>"##;
    let result = open_in_chromium(bad, "harness");
    let faults = faults(&result).join("\n");
    for expected in [
        "html-has-lang",
        "image-alt",
        "is cut off",
        "printed, the internal link #x shows",
        "a word breaks inside at 1280 px: \"«Kunskapsstyrn",
        "a script opened a dialog",
        "__hostile_test",
        "the page requested: \"https://example.invalid/logo.png\"",
    ] {
        assert!(
            faults.contains(expected),
            "{expected} not noticed:\n{faults}"
        );
    }
}

/// Without Chromium or the npm packages the tests fail, and say how to
/// install them; they never pass silently.
#[test]
fn missing_browser_parts_are_named_with_the_setup_script() {
    let problem = setup_problem(
        Some(Path::new("/nonexistent/chromium")),
        Path::new("/nonexistent"),
    )
    .expect("a problem");
    for expected in [
        "Chromium",
        "axe-core",
        "puppeteer-core",
        "Run scripts/setup-tests",
    ] {
        assert!(problem.contains(expected), "{expected}: {problem}");
    }
    let modules = root().join("tests/browser/node_modules");
    if chromium().is_some() && modules.is_dir() {
        assert_eq!(setup_problem(chromium().as_deref(), &modules), None);
    }
}

#[test]
fn references_the_change_log_and_status_labels_have_no_violations() {
    // The second region's test plan (references, a change log first, 1.1
    // numbering), with status labels shown and one activity finished.
    let tmp = tempfile::tempdir().unwrap();
    let region = tmp.path().join("region");
    common::copy_dir(&root().join("tests/fixtures/references"), &region);
    let region_toml = region.join("region.toml");
    let text = std::fs::read_to_string(&region_toml).unwrap();
    std::fs::write(
        &region_toml,
        format!("{text}\n[status]\nmarkering = \"etikett\"\n"),
    )
    .unwrap();
    let area = std::fs::read_dir(region.join("2026/omraden"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .min()
        .unwrap();
    let text = std::fs::read_to_string(&area).unwrap();
    let text = text.replacen(
        "[[aktivitet]]\n",
        "[[aktivitet]]\nstatus = \"avslutad\"\nstatus_datum = 2026-06-30\n",
        1,
    );
    std::fs::write(&area, text).unwrap();
    let html = built_html(&region.join("2026"));
    assert!(html.contains("<span class=\"status\">Avslutad 2026-06-30</span>"));
    let result = open_in_chromium(&html, "references");
    assert_no_faults(&result, "the plan with references");
    let text = result["text"].as_str().unwrap();
    assert!(text.contains("Ändringsförteckning"), "{text}");
    assert!(text.contains("Se även punkt 1.2 och 1.3"), "{text}");
}

#[test]
fn a_wide_table_and_footnotes_in_prose_scroll_on_a_phone_without_violations() {
    let copy = common::example_copy::Copy::new();
    let wide = "| Mått | Ansvarig enhet | Mål 2022 | Utfall 2022 | Kommentar | Källa |\n\
        | :--- | :---: | ---: | ---: | --- | --- |\n\
        | Läkemedelsgenomgångar[^a] | Primärvårdsförvaltningen | 85 % | 78 % | Kunskapsstyrningsrådets uppföljning | Journalsystemet |\n\
        | Kassationer | Läkemedelsenheten | 1,2 Mkr |\n";
    copy.edit(
        &copy.plan().join("inledning.md"),
        "Läkemedelsplanen ska",
        &format!(
            "{wide}\n[^a]: Räknas per kvartal[^b].\n[^b]: Se årsrapporten.\n\nLäkemedelsplanen ska"
        ),
    );
    let html = built_html(&copy.plan());
    assert!(html.contains("<table class=\"prose\">"));
    let result = open_in_chromium(&html, "prose-table");
    assert_no_faults(&result, "prose with a table and footnotes");
    let text = result["text"].as_str().unwrap();
    assert!(text.contains("Räknas per kvartal"), "{text}");
}

/// Six narrow columns (a phone's card on 390 px) and long Swedish compounds.
const NARROW_REGION: &str = r##"
organisation = "Region Smalbotten"
kortnamn = "smalbotten"

[[kolumn]]
falt = "text"
rubrik = "Aktivitet"
bredd = 3

[[kolumn]]
falt = "ansvarig"
rubrik = "Ansvarig"
bredd = 1

[[kolumn]]
falt = "tid"
rubrik = "Tid"
bredd = 1

[[kolumn]]
falt = "rapportering"
rubrik = "Rapportering"
bredd = 1

[[kolumn]]
falt = "onskad_effekt"
rubrik = "Önskad effekt"
bredd = 1

[[kolumn]]
falt = "koppling"
rubrik = "Koppling till andra planer"
bredd = 1
obligatorisk = false

[metadata]
falt = ["dokument_id", "version", "godkant_datum"]
"##;

/// An area of `n` activities of varying length, its long words Swedish
/// compounds, after an introduction of `intro` sentences.
fn narrow_area(title: &str, n: usize, intro: usize) -> String {
    let mut area = format!(
        "rubrik = \"{title}\"\ninledning = \"{}\"\n",
        "Läkemedelsgenomgångarna följs upp av läkemedelskommittén. ".repeat(intro)
    );
    for i in 0..n {
        area.push_str(&format!(
            "\n[[aktivitet]]\ntext = \"{}\"\nansvarig = \"Kunskapsstyrningsrådet\"\n\
             tid = \"Tertialvis\"\nrapportering = [\"Läkemedelskommittén\", \"Verksamhetscheferna\"]\n\
             onskad_effekt = \"Antibiotikaförskrivningen minskar\"\nkoppling = \"Regionplanen\"\n",
            "Fördjupade läkemedelsgenomgångar för äldre multisjuka patienter. ".repeat(1 + i % 4)
        ));
    }
    area
}

#[test]
fn long_compounds_in_narrow_columns_break_only_between_words_and_print_well() {
    let areas: Vec<(String, String)> = (0..6)
        .map(|k| {
            (
                format!("omrade{k}"),
                narrow_area(&format!("Område nummer {k}"), 3 + 2 * k, k),
            )
        })
        .collect();
    let names: Vec<String> = areas
        .iter()
        .map(|(name, _)| format!("\"{name}\""))
        .collect();
    let plan_toml = PLAN.replace("[\"forsta\"]", &format!("[{}]", names.join(", ")));
    let refs: Vec<(&str, &str)> = areas
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let plan = TempPlan::with(NARROW_REGION, &plan_toml, &refs);
    let html = built_html(&plan.plan_dir());
    let result = open_in_chromium(&html, "narrow");
    assert_no_faults(&result, "the plan with narrow columns");
    assert_print_pages_end_well("narrow", &plan.plan_dir());
    let pages = common::layout::read(&root().join("target/screenshots/narrow-print.pdf"));
    assert!(
        pages.len() >= 4,
        "the printed plan has {} pages",
        pages.len()
    );
}

/// Headings and the title wrap between words only, in the web page as in
/// the PDF: a word with a hyphen or a dash ("e-hälsa", "2023–2026",
/// "januari–mars") is never broken after it, on a phone or a desktop.
/// Headings of growing length put such words at every place of a line.
#[test]
fn headings_keep_words_with_a_dash_whole() {
    let filler = |k: usize| "för läkemedel ".repeat(k);
    let areas: Vec<(String, String)> = (0..10)
        .map(|k| {
            let title = format!("Område {}e-hälsa och januari–mars", filler(k));
            (format!("omrade{k}"), AREA.replace("Första området", &title))
        })
        .collect();
    let names: Vec<String> = (areas.iter())
        .map(|(name, _)| format!("\"{name}\""))
        .collect();
    let sections: String = (0..10)
        .map(|k| {
            format!(
                "\n[[avsnitt]]\nrubrik = \"Avsnitt {}2023–2026\"\n\
                 text = \"Text.\\n\\n## Del {}e-hälsa\\n\\nMer text.\"\n",
                filler(k),
                filler(k)
            )
        })
        .collect();
    let plan_toml = PLAN
        .replace("[\"forsta\"]", &format!("[{}]", names.join(", ")))
        .replace(
            "Handlingsplan 2026",
            "Handlingsplan för läkemedelsområdet 2026–2027 i e-hälsans tid",
        )
        .replace("period = \"2026\"", "period = \"2026–2027\"")
        + &sections;
    let ids: Vec<String> = (0..10).map(|k| format!("aktivitet-{k}")).collect();
    let areas: Vec<(String, String)> = (areas.into_iter().zip(&ids))
        .map(|((name, text), id)| (name, text.replace("forsta-aktiviteten", id)))
        .collect();
    let refs: Vec<(&str, &str)> = (areas.iter())
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let plan = TempPlan::with(REGION, &plan_toml, &refs);
    let html = built_html(&plan.plan_dir());
    let result = open_in_chromium(&html, "dash-headings");
    assert_no_faults(&result, "the plan with dashes in its headings");
}

/// The follow-up report's page (`uppfoljning rapport`), with its figure and
/// tables, has no WCAG 2.1 AA violation either and fits a phone.
#[test]
fn the_examples_follow_up_report_has_no_violations() {
    let out = tempfile::tempdir().unwrap();
    let status = common::binary()
        .args(["uppfoljning", "rapport"])
        .arg(example_dir())
        .arg("-o")
        .arg(out.path())
        .output()
        .expect("runs");
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    let html = std::fs::read_to_string(out.path().join("norrbotten-2022-uppfoljning-2022-12.html"))
        .unwrap();
    let result = open_in_chromium(&html, "uppfoljning-rapport");
    assert_no_faults(&result, "the follow-up report");
}

/// A body's view (`ansvar --organ … -o`), with its two lists of tables,
/// has no WCAG 2.1 AA violation either and fits a phone.
#[test]
fn a_bodys_view_has_no_violations() {
    let out = tempfile::tempdir().unwrap();
    let status = common::binary()
        .arg("ansvar")
        .arg(example_dir())
        .args(["--organ", "LSG Läkemedel", "-o"])
        .arg(out.path())
        .output()
        .expect("runs");
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    let html =
        std::fs::read_to_string(out.path().join("norrbotten-2022-ansvar-lsg-lakemedel.html"))
            .unwrap();
    let result = open_in_chromium(&html, "ansvar");
    assert_no_faults(&result, "the body's view");
}
