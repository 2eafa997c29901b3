//! The glossary (`[forkortningar]`): the Förkortningar section in every output, `<abbr>` in the HTML, check's warning.

mod common;

use common::{AREA, PLAN, REGION, TempPlan, binary, pdf_pages, squash};
use insta::assert_snapshot;

/// A region glossary: two entries the plan uses (one with Swedish letters
/// and a hostile explanation), one it does not.
const GLOSSARY: &str = r#"
[forkortningar]
"ÅVC" = "Återvinningscentral"
LSG = "Lokal <script>alert(\"x\")</script> & \"samverkansgrupp\""
AT = "Allmäntjänstgöring"
"OANVÄND" = "Används inte i planen"
"#;

/// A plan whose prose uses LSG, ÅVC and AT, also where they must not be
/// marked (an address, code, a longer word).
fn plan_text() -> String {
    PLAN.replace(
        "text = \"Att pröva verktyget.\"",
        "text = \"\"\"\nAtt pröva verktyget med LSG och ÅVC, inte LSGs eller `LSG`.\n\n\
         Se [AT-tjänsten](https://example.org/LSG) och https://example.org/ÅVC.\n\"\"\"",
    )
}

fn plan_with_glossary() -> TempPlan {
    TempPlan::with(
        &format!("{REGION}{GLOSSARY}"),
        &plan_text(),
        &[("forsta", AREA)],
    )
}

/// The Förkortningar section's words in order, read from each output.
fn section_after<'a>(text: &'a str, heading: &str) -> &'a str {
    let at = text.rfind(heading).expect("the section is there");
    &text[at + heading.len()..]
}

#[test]
fn the_glossary_lists_the_used_abbreviations_in_swedish_order_in_every_output() {
    let built = plan_with_glossary().render();
    // Used ones only, a–z before å, ä, ö; the explanation as written.
    let expected = [
        ("AT", "Allmäntjänstgöring"),
        (
            "LSG",
            "Lokal <script>alert(\"x\")</script> & \"samverkansgrupp\"",
        ),
        ("ÅVC", "Återvinningscentral"),
    ];
    let words: String = expected.iter().map(|(a, e)| format!("{a}{e}")).collect();
    let want = squash(&format!("Förkortning Betydelse {words}"));

    let markdown =
        common::markdown::markdown_visible_text(section_after(&built.markdown, "## Förkortningar"));
    assert_eq!(squash(&markdown), want, "{}", built.markdown);

    let pages = pdf_pages(&built.pdf.bytes);
    let last = pages.last().unwrap();
    let pdf = section_after(last, "Förkortningar");
    let pdf = &pdf[..pdf.find("TEST-1").expect("the footer follows")];
    assert_eq!(squash(pdf), want, "{last}");

    let html = section_after(&built.html, "<section class=\"glossary\"");
    let html = &html[html.find('>').unwrap() + 1..html.find("</section>").unwrap()];
    let html = html.replace(
        "<caption class=\"visually-hidden\">Förkortningar</caption>",
        "",
    );
    let text = strip_tags(&html)
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
    assert_eq!(squash(&text), squash(&format!("Förkortningar{want}")));
    assert!(
        !built.html.contains("OANVÄND"),
        "an unused one is not listed"
    );
    assert!(!built.markdown.contains("OANVÄND") && !last.contains("OANVÄND"));
    assert!(
        built
            .html
            .contains("<li><a href=\"#forkortningar\">Förkortningar</a></li>")
    );
}

/// Tags taken away.
fn strip_tags(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        rest = &rest[open + rest[open..].find('>').unwrap() + 1..];
    }
    out.push_str(rest);
    out
}

#[test]
fn the_html_marks_each_use_with_abbr_escaped_and_never_in_code_or_addresses() {
    let html = plan_with_glossary().render().html;
    let title =
        "Lokal &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;samverkansgrupp&quot;";
    let prose = html
        .lines()
        .find(|l| l.contains("Att pröva verktyget"))
        .expect("the section's text");
    assert_eq!(
        prose,
        format!(
            "<p>Att pröva verktyget med <abbr title=\"{title}\">LSG</abbr> och \
             <abbr title=\"Återvinningscentral\">ÅVC</abbr>, inte LSGs eller <code>LSG</code>.</p>\
             <p>Se <a href=\"https://example.org/LSG\"><abbr title=\"Allmäntjänstgöring\">AT</abbr>-tjänsten</a> \
             och https://example.org/ÅVC.</p>"
        )
    );
    // The activity's plain cell (`rapportering`) is marked too.
    assert!(
        html.contains(&format!(
            "<p><abbr title=\"{title}\">LSG</abbr> Läkemedel</p>"
        )),
        "{html}"
    );
    assert!(!html.contains("<script"), "the explanation stays text");
    // Without a glossary, nothing is marked.
    let plain = TempPlan::with(REGION, &plan_text(), &[("forsta", AREA)]).render();
    assert!(!plain.html.contains("<abbr"));
    assert!(!plain.html.contains("Förkortningar") && !plain.markdown.contains("Förkortningar"));
}

/// `check` on a plan: its stderr, with the temporary folder as `[plan]`.
fn check(plan: &TempPlan) -> String {
    let out = binary()
        .args(["check", "--color", "never"])
        .arg(plan.plan_dir())
        .output()
        .unwrap();
    assert!(out.status.success(), "warnings do not fail check");
    String::from_utf8_lossy(&out.stderr).replace(&plan.region_dir().display().to_string(), "[plan]")
}

#[test]
fn check_warns_at_an_abbreviation_the_glossary_does_not_explain() {
    let area = AREA.replace(
        "rapportering = [\"LSG Läkemedel\", \"Kunskapsstyrningsrådet\"]",
        "rapportering = [\"LSG Läkemedel\", \"NT-rådet\", \"Kunskapsstyrningsrådet\"]",
    );
    let plan = PLAN.replace(
        "\"Att pröva verktyget.\"",
        "\"Att pröva verktyget i kapitel II med ÅVC, TLV och `SQL` enligt TLV, se [AT](https://example.org/XYZ).\"",
    );
    let region = format!("{REGION}\n[forkortningar]\nLSG = \"Lokal samverkansgrupp\"\n");
    let plan = TempPlan::with(&region, &plan, &[("forsta", &area)]);
    assert_snapshot!(check(&plan));
}

#[test]
fn without_a_glossary_check_does_not_warn_about_abbreviations() {
    let plan = PLAN.replace("\"Att pröva verktyget.\"", "\"Med TLV, ÅVC och NT-rådet.\"");
    let plan = TempPlan::with(REGION, &plan, &[("forsta", AREA)]);
    assert_eq!(check(&plan), "kontrollerade 1 plan: inga fel\n");
}

/// A glossary that explains every word: no warning, and "HSLF-FS"
/// explains both its parts.
#[test]
fn a_glossary_that_explains_every_abbreviation_gives_no_warning() {
    let region = format!(
        "{REGION}\n[forkortningar]\nLSG = \"Lokal samverkansgrupp\"\nHSLF-FS = \"Författningssamling\"\n"
    );
    let plan = PLAN.replace("\"Att pröva verktyget.\"", "\"Enligt HSLF-FS 2017:37.\"");
    let plan = TempPlan::with(&region, &plan, &[("forsta", AREA)]);
    assert!(!check(&plan).contains("varning"));
}
