//! Appendices (`[[bilaga]]`): headed "Bilaga 1 …", "Bilaga 2 …" after the
//! areas in the PDF, the HTML and the Markdown, listed in each table of
//! contents (and the PDF's bookmarks) with the same words in every output;
//! `diff` shows them changed, added and removed; their files stay inside the
//! plan folder as sections' files do.

mod common;

use common::example_copy::{Copy, diff, json};
use common::{pdf, pdf_pages, render_plan, squash};
use handlingsplan::document::Document;

/// Two appendices: one with its text in plan.toml, one in a file.
const APPENDICES: &str = r#"
[[bilaga]]
rubrik = "Ordlista"
text = """
**Läkemedelsgenomgång:** en strukturerad genomgång av patientens läkemedel.

- Strama: samverkan mot antibiotikaresistens
"""

[[bilaga]]
rubrik = "Uppföljningsmall"
fil = "uppfoljningsmall.md"
"#;

const TEMPLATE_FILE: &str = "uppfoljningsmall.md";
const TEMPLATE_TEXT: &str =
    "Varje verksamhet fyller i mallen tertialvis och skickar den till kansliet.\n";

const HEADINGS: [&str; 2] = ["Bilaga 1 Ordlista", "Bilaga 2 Uppföljningsmall"];
/// Words of each appendix's text, in order.
const WORDS: [&str; 3] = ["strukturerad", "antibiotikaresistens", "kansliet"];

/// A copy of the example with `text` added to its plan.toml and the
/// appendix file written.
fn example_with(text: &str) -> Copy {
    let copy = Copy::new();
    let plan = copy.plan().join("plan.toml");
    let mut toml = std::fs::read_to_string(&plan).unwrap();
    toml.push_str(text);
    std::fs::write(&plan, toml).unwrap();
    std::fs::write(copy.plan().join(TEMPLATE_FILE), TEMPLATE_TEXT).unwrap();
    copy
}

/// Where each of `texts` is found in `haystack` from `from` on, in order:
/// each after the one before.
fn in_order(haystack: &str, from: usize, texts: &[&str]) -> Result<Vec<usize>, String> {
    let mut at = from;
    let mut found = Vec::new();
    for text in texts {
        let i = haystack[at..]
            .find(text)
            .ok_or_else(|| format!("{text:?} is not after byte {at}"))?;
        at += i + text.len();
        found.push(at - text.len());
    }
    Ok(found)
}

#[test]
fn appendices_come_after_the_areas_numbered_and_listed_in_every_output() {
    let copy = example_with(APPENDICES);
    let loaded = handlingsplan::load::load(&copy.plan()).expect("the plan loads");
    let doc = Document::new(&loaded);
    let last_area = doc.areas.last().unwrap();
    let built = render_plan(&copy.plan(), None).expect("the plan builds");

    // Markdown: headings after the last area's table, then their words.
    let md = &built.markdown;
    let area = md.rfind(&format!("### {}", last_area.title)).unwrap();
    let headings = HEADINGS.map(|h| format!("## {h}"));
    let [first, second] = headings.each_ref().map(String::as_str);
    let words = in_order(md, area, &[first, WORDS[0], WORDS[1], second, WORDS[2]]);
    words.unwrap_or_else(|e| panic!("Markdown: {e}\n{md}"));

    // HTML: headings with their anchors after the last area, and in the
    // table of contents, which links to them.
    let html = &built.html;
    let area = html
        .find(&format!("id=\"omrade-{}\"", doc.areas.len()))
        .unwrap();
    let first = "<h2 id=\"bilaga-1\">Bilaga 1 Ordlista</h2>";
    let second = "<h2 id=\"bilaga-2\">Bilaga 2 Uppföljningsmall</h2>";
    let words = in_order(html, area, &[first, WORDS[0], WORDS[1], second, WORDS[2]]);
    words.unwrap_or_else(|e| panic!("HTML: {e}\n{html}"));
    let toc = &html[html.find("<nav class=\"toc\"").unwrap()..html.find("</nav>").unwrap()];
    let entries = [
        "<li><a href=\"#bilaga-1\">Bilaga 1 Ordlista</a></li>",
        "<li><a href=\"#bilaga-2\">Bilaga 2 Uppföljningsmall</a></li>",
    ];
    in_order(toc, 0, &entries).unwrap_or_else(|e| panic!("HTML contents: {e}\n{toc}"));
    // Then only the glossary (the example region has one), last of all.
    let glossary = "<li><a href=\"#forkortningar\">Förkortningar</a></li>";
    assert!(
        toc.trim_end()
            .ends_with(&format!("{}\n{glossary}\n</ol>", entries[1])),
        "{toc}"
    );
    let (appendix, last) = (
        html.find(second).unwrap(),
        html.find("id=\"forkortningar\"").unwrap(),
    );
    assert!(appendix < last, "the glossary follows the appendices");

    // PDF: each appendix opens a page of its own after the areas, on the
    // page the table of contents gives.
    let pages: Vec<String> = pdf_pages(&built.pdf.bytes)
        .iter()
        .map(|p| squash(p))
        .collect();
    let header = squash(&format!("{}{}", doc.title, doc.organisation));
    let toc = &pages[0][pages[0].find("Innehåll").unwrap()..];
    let area_page = (pages.iter())
        .rposition(|p| p.contains(&squash(&last_area.title)))
        .unwrap();
    let mut before = area_page;
    for (heading, words) in HEADINGS.iter().zip([&WORDS[..2], &WORDS[2..]]) {
        let heading = squash(heading);
        let listed = toc_page(toc, &heading).unwrap_or_else(|| panic!("{heading}: {toc}"));
        let page = &pages[listed - 1];
        let body = page.strip_prefix(&header).unwrap_or(page);
        assert!(
            body.starts_with(&heading),
            "page {listed} opens with {heading}: {page}"
        );
        assert!(
            listed - 1 > before,
            "{heading} on page {listed}, after page {}",
            before + 1
        );
        for word in words {
            assert!(page.contains(word), "{word} on page {listed}: {page}");
        }
        before = listed - 1;
    }

    // PDF: the bookmarks end with the appendices, at the top level, and
    // they are headings for assistive technology (H1, as sections are);
    // only the glossary (the example region's) comes after them.
    let parsed = pdf::load(&built.pdf.bytes);
    let marks = pdf::bookmarks(&parsed);
    let last_three: Vec<(usize, &str)> = (marks[marks.len() - 3..].iter())
        .map(|(depth, title)| (*depth, title.as_str()))
        .collect();
    let glossary = (1, "Förkortningar");
    assert_eq!(
        last_three,
        [(1, HEADINGS[0]), (1, HEADINGS[1]), glossary],
        "{marks:?}"
    );
    let plain = render_plan(&common::example_dir(), None).unwrap();
    let h1 = |bytes: &[u8]| pdf::count(&pdf::structure(&pdf::load(bytes)), "H1");
    assert_eq!(h1(&built.pdf.bytes), h1(&plain.pdf.bytes) + 2);
}

/// The page number the table of contents (squashed) gives `entry`: the
/// digits after its dot leader.
fn toc_page(toc: &str, entry: &str) -> Option<usize> {
    let rest = &toc[toc.find(entry)? + entry.len()..];
    let rest = rest.trim_start_matches('.');
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    rest[..digits].parse().ok()
}

#[test]
fn diff_shows_an_appendix_changed_added_and_removed() {
    let old = example_with(APPENDICES);
    let new = example_with(&format!(
        "{}\n[[bilaga]]\nrubrik = \"Kontakt\"\ntext = \"Frågor besvaras av kansliet.\"\n",
        APPENDICES.replace("samverkan mot", "arbete mot")
    ));
    std::fs::write(
        new.plan().join(TEMPLATE_FILE),
        TEMPLATE_TEXT.replace("tertialvis", "varje månad"),
    )
    .unwrap();
    let expected = [
        ("Bilaga 1 Ordlista", "samverkan", "arbete"),
        ("Bilaga 2 Uppföljningsmall", "tertialvis", "varje månad"),
    ];
    let added = "Bilaga 3 Kontakt";

    let changes = json(&old.plan(), &new.plan());
    let sections = changes["sections"].as_array().unwrap();
    let fields: Vec<&str> = sections
        .iter()
        .map(|s| s["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, [expected[0].0, expected[1].0, added], "{changes}");
    for (change, (_, was, is)) in sections.iter().zip(expected) {
        assert!(change["old"].as_str().unwrap().contains(was), "{change}");
        assert!(change["new"].as_str().unwrap().contains(is), "{change}");
    }
    assert!(sections[2]["old"].is_null(), "{}", sections[2]);

    for format in ["terminal", "markdown", "summary"] {
        let (code, out, err) = diff(&[&"--format", &format, &old.plan(), &new.plan()]);
        assert_eq!(code, 1, "{err}");
        assert!(out.contains("Avsnitt och bilagor"), "{format}: {out}");
        for heading in [expected[0].0, expected[1].0, added] {
            assert!(out.contains(heading), "{format} names {heading}: {out}");
        }
        if format != "summary" {
            assert!(out.contains("varje månad"), "{format}: {out}");
        }
    }

    // Removed: the other way round.
    let changes = json(&new.plan(), &old.plan());
    let removed = &changes["sections"].as_array().unwrap()[2];
    assert_eq!(removed["field"], added);
    assert!(removed["new"].is_null(), "{removed}");
}

#[test]
fn an_appendix_file_outside_the_plan_folder_is_refused_as_a_sections_is() {
    let secret = "hemlig-text-som-inte-far-synas";
    for (kind, hint) in [
        ("avsnitt", "lägg avsnittsfilerna bredvid plan.toml"),
        ("bilaga", "lägg bilagornas filer bredvid plan.toml"),
    ] {
        for path in ["../../hemlig.md", "/etc/passwd"] {
            let copy = example_with(&format!(
                "\n[[{kind}]]\nrubrik = \"Hemligt\"\nfil = \"{path}\"\n"
            ));
            std::fs::write(copy.root.path().join("hemlig.md"), secret).unwrap();
            let (ok, problems) = common::check(&copy.plan());
            assert!(!ok, "{kind} {path} is refused");
            let refused = format!("\"{path}\" är ingen sökväg inuti regionens mapp");
            assert!(problems.contains(&refused), "{kind} {path}: {problems}");
            assert!(problems.contains(hint), "{kind} {path}: {problems}");
            assert!(!problems.contains(secret), "{problems}");
        }
    }
}

/// Footnotes count on through the appendices: an appendix's `[^1]` after a
/// section's is note 2 in every output, with an anchor of its own.
#[test]
fn an_appendixs_footnote_is_numbered_after_the_sections() {
    let copy = example_with(
        "\n[[bilaga]]\nrubrik = \"Noter\"\ntext = \"\"\"\nBilagans text.[^1]\n\n[^1]: Bilagans fotnot.\n\"\"\"\n",
    );
    let plan = copy.plan().join("plan.toml");
    copy.edit(
        &plan,
        "text = \"Att tydliggöra regionens mål som är fastställda av Kunskapsstyrningsrådet 2021-12-07\"",
        "text = \"\"\"\nAtt tydliggöra regionens mål.[^1]\n\n[^1]: Avsnittets fotnot.\n\"\"\"",
    );
    let built = render_plan(&copy.plan(), None).expect("the plan builds");
    let md = &built.markdown;
    for expected in ["[^not-1]: Avsnittets fotnot.", "[^not-2]: Bilagans fotnot."] {
        assert!(md.contains(expected), "{expected}: {md}");
    }
    let html = &built.html;
    for id in ["not-1", "not-2"] {
        assert_eq!(
            html.matches(&format!("<li id=\"{id}\"")).count(),
            1,
            "{id}: {html}"
        );
    }
    let pages = squash(&pdf_pages(&built.pdf.bytes).join("\n"));
    assert!(pages.contains("Bilaganstext.2"), "{pages}");
    assert!(pages.contains("2Bilagansfotnot."), "{pages}");
}
