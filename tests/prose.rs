//! Tables and footnotes in a plan's prose show as such in the PDF, the HTML and the Markdown: every cell's words in row order, every note's text where notes go, hostile text literally, and what cannot be shown as a located warning.

mod common;

use common::example_copy::Copy;
use common::markdown::{GfmBlock, gfm};
use common::pdf;
use common::{Built, check, layout_pages, pdf_pages, render_plan, squash};

/// A section with an aligned table (one row short, one hostile) and two
/// notes, one referenced twice; another section with its own note 1.
const SYFTE: &str = r#"text = '''
Målen följs upp kvartalsvis[^upp] och redovisas i tabellen[^tab].

| Mått | Ansvarig | Mål | Utfall |
| :--- | :---: | ---: | --- |
| Läkemedelsgenomgångar | Primärvården | 85 % | 78 % |
| Kassationer[^upp] | Läkemedelsenheten | 1,2 Mkr |
| #read("/etc/passwd") | <script> | a \| b | $x^2$ |

[^upp]: Uppföljningen görs av ekonomienheten varje kvartal.
[^tab]: Tabellen uppdateras efter delårsrapporten.
'''"#;

const OMFATTNING: &str = r#"text = '''
Målen gäller divisionerna[^1].

[^1]: Även staberna räknas hit.
'''"#;

/// The cells' text, row by row (the short row's missing cell is empty).
const CELLS: [[&str; 4]; 4] = [
    ["Mått", "Ansvarig", "Mål", "Utfall"],
    ["Läkemedelsgenomgångar", "Primärvården", "85 %", "78 %"],
    ["Kassationer", "Läkemedelsenheten", "1,2 Mkr", ""],
    ["#read(\"/etc/passwd\")", "<script>", "a | b", "$x^2$"],
];

/// The notes' text, in the document's order.
const NOTES: [&str; 3] = [
    "Uppföljningen görs av ekonomienheten varje kvartal.",
    "Tabellen uppdateras efter delårsrapporten.",
    "Även staberna räknas hit.",
];

fn plan_with_prose() -> (Copy, Built) {
    let copy = Copy::new();
    let plan = copy.plan().join("plan.toml");
    copy.edit(
        &plan,
        "text = \"Att tydliggöra regionens mål som är fastställda av Kunskapsstyrningsrådet 2021-12-07\"",
        SYFTE,
    );
    copy.edit(
        &plan,
        "text = \"Dessa mål gäller för relevanta divisioner och staber under år 2022\"",
        OMFATTNING,
    );
    let built = match render_plan(&copy.plan(), None) {
        Ok(built) => built,
        Err(report) => panic!("{}", report.to_plain_string()),
    };
    (copy, built)
}

/// Where each of `words` is found in `text`, each after the one before;
/// panics naming the first that is not.
fn in_order(text: &str, from: usize, words: &[&str], what: &str) -> Vec<usize> {
    let mut at = from;
    let mut found = Vec::new();
    for word in words.iter().filter(|w| !w.is_empty()) {
        match text[at..].find(word) {
            Some(i) => {
                at += i + word.len();
                found.push(at - word.len());
            }
            None => panic!("{what}: {word:?} is not after position {at} in\n{text}"),
        }
    }
    found
}

fn all_cells() -> Vec<&'static str> {
    CELLS.iter().flatten().copied().collect()
}

#[test]
fn the_pdf_prints_the_table_row_by_row_and_the_notes_in_the_footnote_area() {
    let (copy, built) = plan_with_prose();
    let text = squash(&pdf_pages(&built.pdf.bytes).concat());
    let start = text.find(&squash("Målen följs upp kvartalsvis")).unwrap();
    let cells: Vec<String> = all_cells().iter().map(|c| squash(c)).collect();
    let cells: Vec<&str> = cells.iter().map(String::as_str).collect();
    in_order(&text, start, &cells, "PDF cells");

    // Each note's text is set smaller, below the table, on its page.
    let pages = layout_pages(&copy.plan());
    let run = |needle: &str| {
        pages
            .iter()
            .enumerate()
            .find_map(|(i, p)| {
                let run = p.runs.iter().find(|r| r.text.contains(needle))?;
                Some((i, run.clone()))
            })
            .unwrap_or_else(|| panic!("{needle:?} is laid out"))
    };
    let (table_page, cell) = run("Läkemedelsenheten");
    let (note_page, note) = run("ekonomienheten");
    assert_eq!(table_page, note_page, "the note is on its reference's page");
    assert!(
        note.y > cell.y + 20.0,
        "the note is below the table: {note:?}"
    );
    assert!(note.size < cell.size, "the note is set smaller: {note:?}");
    // A note referenced twice is printed once.
    let notes = pages
        .iter()
        .flat_map(|p| &p.runs)
        .filter(|r| r.text.contains("ekonomienheten"))
        .count();
    assert_eq!(notes, 1);
    for note in NOTES {
        assert!(text.contains(&squash(note)), "{note}");
    }
}

#[test]
fn the_pdfs_table_has_header_cells_and_the_pdf_stays_ua_conformant() {
    let (_copy, built) = plan_with_prose();
    let doc = pdf::load(&built.pdf.bytes);
    let tree = pdf::structure(&doc);
    // The example's four area tables with four header cells each, and this
    // one; then the glossary (two column headings, and a row heading for
    // each of the four abbreviations the example's plan uses).
    assert_eq!(pdf::count(&tree, "Table"), 5 + 1, "{tree:?}");
    assert_eq!(pdf::count(&tree, "TH"), 20 + 2 + 4, "{tree:?}");
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), &built.pdf.bytes).unwrap();
    let (clean, output) = pdf::qpdf_check(file.path());
    assert!(clean, "qpdf --check:\n{output}");
    let out = std::process::Command::new(pdf::pdfua())
        .arg("check")
        .arg(file.path())
        .output()
        .expect("pdfua runs (scripts/setup-tests installs it)");
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && report.contains("result: PASS"),
        "{report}"
    );
}

/// The HTML's text with the tags taken away and references decoded.
fn html_text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[test]
fn the_html_has_a_real_table_and_a_notes_list_per_section_with_unique_ids() {
    let (_copy, built) = plan_with_prose();
    let html = &built.html;
    assert!(html.contains("<th scope=\"col\">Mått</th><th scope=\"col\" class=\"center\">Ansvarig</th><th scope=\"col\" class=\"right\">Mål</th>"));
    assert!(html.contains("<div class=\"table-scroll\""));
    assert!(!html.contains("<script>"), "hostile text stays text");
    assert!(html.contains("&lt;script&gt;"));

    let text = html_text(html);
    let start = text.find("Målen följs upp kvartalsvis").unwrap();
    let cells = in_order(&text, start, &all_cells(), "HTML cells");
    // The notes follow the table, the second section's after its text.
    let notes = in_order(&text, *cells.last().unwrap(), &NOTES, "HTML notes");
    let second = text.find("Målen gäller divisionerna").unwrap();
    assert!(notes[1] < second && second < notes[2]);
    assert_eq!(html.matches("<ol class=\"notes\"").count(), 2);

    // Every id is unique, and every link within the page has its target.
    let ids: Vec<&str> = html
        .split(" id=\"")
        .skip(1)
        .map(|s| &s[..s.find('"').unwrap()])
        .collect();
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "{ids:?}");
    for target in html.split("href=\"#").skip(1) {
        let target = &target[..target.find('"').unwrap()];
        assert!(ids.contains(&target), "no id {target:?}");
    }
    // Each note links back to its first reference, named for screen readers.
    assert_eq!(
        html.matches("aria-label=\"Tillbaka till hänvisning")
            .count(),
        3
    );
}

#[test]
fn the_markdown_writes_a_pipe_table_and_unique_footnotes_that_read_back() {
    let (_copy, built) = plan_with_prose();
    assert!(
        built.markdown.contains("| :--- | :---: | ---: | --- |"),
        "{}",
        built.markdown
    );
    let read = gfm(&built.markdown);
    let table = read
        .blocks
        .iter()
        .find_map(|b| match b {
            GfmBlock::Table(rows) if rows[0][0] == "Mått" => Some(rows.clone()),
            _ => None,
        })
        .expect("the table reads back as a table");
    let footnotes: Vec<(String, String)> = read
        .blocks
        .iter()
        .filter_map(|b| match b {
            GfmBlock::Footnote(label, blocks) => match blocks.as_slice() {
                [GfmBlock::Paragraph(text)] => Some((label.clone(), text.clone())),
                _ => None,
            },
            _ => None,
        })
        .collect();
    let texts: Vec<&str> = footnotes.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(texts, NOTES);
    let labels: Vec<&str> = footnotes.iter().map(|(l, _)| l.as_str()).collect();
    assert!(
        labels[0] != labels[2],
        "each section's note 1 is its own: {labels:?}"
    );

    let mut expected: Vec<Vec<String>> = CELLS
        .iter()
        .map(|row| row.iter().map(|c| c.to_string()).collect())
        .collect();
    expected[2][0] = format!("Kassationer<FOOTNOTE {}>", labels[0]);
    assert_eq!(table, expected);
}

#[test]
fn a_note_nobody_refers_to_and_a_reference_to_no_note_are_located_warnings() {
    let copy = Copy::new();
    let file = copy.plan().join("inledning.md");
    let before = std::fs::read_to_string(&file).unwrap();
    let first = before.lines().count() + 2;
    std::fs::write(
        &file,
        format!("{before}\nSe även[^saknas].\n\n[^över]: Ingen hänvisar hit.\n"),
    )
    .unwrap();
    let (ok, stderr) = check(&copy.plan());
    assert!(ok, "warnings only: {stderr}");
    assert!(
        stderr.contains(&format!("inledning.md:{first}:8")),
        "{stderr}"
    );
    assert!(stderr.contains("hänvisningen `[^saknas]` går inte till någon fotnot"));
    assert!(
        stderr.contains(&format!("inledning.md:{}:1", first + 2)),
        "{stderr}"
    );
    assert!(stderr.contains("fotnoten `[^över]` hänvisas aldrig till"));
}

#[test]
fn a_long_table_repeats_its_header_row_on_each_page_unless_the_row_holds_a_note() {
    for (header, note, repeated) in [
        ("| Nyckeltal | Utfallsvärde |", "", true),
        // A repeated row is an artifact, and PDF/UA allows no footnote
        // (a link) in one: such a row is printed once.
        (
            "| Nyckeltal[^n] | Utfallsvärde |",
            "[^n]: Not i rubrikraden.\n",
            false,
        ),
    ] {
        let copy = Copy::new();
        let rows: String = (1..=90)
            .map(|i| format!("| rad {i} | värde {i} |\n"))
            .collect();
        let file = copy.plan().join("inledning.md");
        let before = std::fs::read_to_string(&file).unwrap();
        let table = format!("{before}\n{header}\n| --- | ---: |\n{rows}\n{note}");
        std::fs::write(&file, table).unwrap();
        // The example region declares PDF/UA-1, which typst checks.
        let built = match render_plan(&copy.plan(), None) {
            Ok(built) => built,
            Err(report) => panic!("{header}: {}", report.to_plain_string()),
        };
        let pages = pdf_pages(&built.pdf.bytes);
        let with_header = pages.iter().filter(|p| p.contains("Nyckeltal")).count();
        // By the first column's "rad N": "värde N" is also in the goals'
        // "målvärde 80 %", on pages without the table.
        let has_rows = |p: &String| (1..=90).any(|i| p.contains(&format!("rad {i}")));
        let with_rows = pages.iter().filter(|p| has_rows(p)).count();
        assert!(with_rows >= 2, "{header}: the table runs over pages");
        match repeated {
            true => assert_eq!(with_header, with_rows, "{header}"),
            false => assert_eq!(with_header, 1, "{header}"),
        }
        // Repeated or not, the header cells are tagged once.
        let tree = pdf::structure(&pdf::load(&built.pdf.bytes));
        // (And the glossary's: two column headings, four row headings.)
        assert_eq!(pdf::count(&tree, "TH"), 16 + 2 + 2 + 4, "{header}");
    }
}

#[test]
fn a_note_has_the_same_number_in_every_output() {
    let (_copy, built) = plan_with_prose();
    // The PDF counts notes through the document: the second section's
    // note 1 is the third.
    let text = squash(&pdf_pages(&built.pdf.bytes).concat());
    for (number, note) in NOTES.iter().enumerate() {
        let numbered = squash(&format!("{}{note}", number + 1));
        assert!(text.contains(&numbered), "PDF: {numbered}");
        let item = format!("value=\"{}\">{note}", number + 1);
        assert!(built.html.contains(&item), "HTML: {item}");
    }
    assert!(built.html.contains("aria-label=\"Fotnot 3\">3</a>"));
    // GitHub numbers the Markdown's notes in the order they are referred
    // to, which is the same order.
    let labels: Vec<String> = gfm(&built.markdown)
        .blocks
        .iter()
        .filter_map(|b| match b {
            GfmBlock::Footnote(label, _) => Some(label.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(labels, ["not-1", "not-2", "not-3"]);
}
