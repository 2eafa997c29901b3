//! The follow-up report's årshjul: the month table in Markdown, HTML and PDF and the SVG figure carry exactly the entries the model computes; times named twice, meetings, unreadable `tid` and plan text that means something to HTML or typst.

mod common;

use std::path::Path;

use common::markdown::{GfmBlock, gfm};
use common::{AREA, PLAN, REGION, TempPlan, decode_references, example_dir, squash};
use handlingsplan::document::YearWheel;

/// A report rendered in memory: the model and its three files.
struct Report {
    wheel: YearWheel,
    font: String,
    accent: String,
    pdf: Vec<u8>,
    markdown: String,
    html: String,
}

fn report(dir: &Path) -> Report {
    let built = handlingsplan::build::followup::report(dir, None, &Default::default())
        .unwrap_or_else(|_| panic!("the report of {} builds", dir.display()));
    let output = |extension: &str| {
        (built.outputs.iter())
            .find(|o| o.name.ends_with(&format!(".{extension}")))
            .map(|o| o.rendered.bytes.clone())
            .unwrap_or_else(|| panic!("a .{extension} file"))
    };
    Report {
        wheel: built.report.year_wheel.clone(),
        font: built.report.page.theme.font.clone(),
        accent: built.report.page.theme.accent.clone(),
        pdf: output("pdf"),
        markdown: String::from_utf8(output("md")).unwrap(),
        html: String::from_utf8(output("html")).unwrap(),
    }
}

/// A month as a format shows it: its name, then each kind's entries.
type Month = (String, Vec<Vec<String>>);

/// The model's months.
fn model_months(wheel: &YearWheel) -> Vec<Month> {
    (wheel.months.iter())
        .map(|m| (m.name.clone(), m.entries.clone()))
        .collect()
}

/// Markup taken out, references decoded.
fn strip_tags(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    decode_references(&text)
}

/// The text between `start` and the next `end` after it, each time.
fn between<'a>(text: &'a str, start: &str, end: &str) -> Vec<&'a str> {
    text.split(start)
        .skip(1)
        .map(|piece| &piece[..piece.find(end).expect("an end")])
        .collect()
}

/// The inline SVG of the web page.
fn svg_of(html: &str) -> &str {
    let start = html.find("<svg xmlns").expect("an inline SVG");
    let end = start + html[start..].find("</svg>").unwrap() + "</svg>".len();
    &html[start..end]
}

/// Per month of the SVG: its name and each kind's entries (its `<title>`),
/// and each kind's drawn count.
fn svg_months(svg: &str, wheel: &YearWheel) -> Vec<(Month, Vec<usize>)> {
    let groups: Vec<&str> = svg.split("<g class=\"month\"").skip(1).collect();
    assert_eq!(groups.len(), 12, "twelve sectors");
    groups
        .iter()
        .map(|group| {
            let title = decode_references(between(group, "<title>", "</title>")[0]);
            let mut lines = title.split('\n');
            let name = lines.next().unwrap().to_owned();
            let mut entries = vec![Vec::new(); wheel.kinds.len()];
            let mut kind = None;
            for line in lines {
                let heading = wheel.kinds.iter().position(|k| {
                    line.starts_with(&format!("{} (", k.heading)) && line.ends_with("):")
                });
                match heading {
                    Some(k) => kind = Some(k),
                    None => entries[kind.expect("a heading first")].push(line.to_owned()),
                }
            }
            let counts = (wheel.kinds.iter())
                .map(|k| {
                    let marker = format!("data-kind=\"{}\" data-count=\"", k.key);
                    between(group, &marker, "\"")
                        .first()
                        .map_or(0, |n| n.parse().unwrap())
                })
                .collect();
            ((name, entries), counts)
        })
        .collect()
}

/// The web page's month table: each row's month and cells' entries.
fn html_months(html: &str) -> Vec<Month> {
    let table = between(html, "<table class=\"wheel\">", "</table>")[0];
    let body = between(table, "<tbody>", "</tbody>")[0];
    between(body, "<tr>", "</tr>")
        .iter()
        .map(|row| {
            let name = strip_tags(between(row, "<th scope=\"row\">", "</th>")[0]);
            let cells = (between(row, "<td>", "</td>").iter())
                .map(|cell| {
                    let items: Vec<String> = between(cell, "<li>", "</li>")
                        .iter()
                        .map(|item| strip_tags(item))
                        .collect();
                    assert!(!items.is_empty() || *cell == "–", "{cell}");
                    items
                })
                .collect();
            (name, cells)
        })
        .collect()
}

/// The Markdown's month table, as GitHub shows it.
fn markdown_months(markdown: &str, year: i32) -> Vec<Month> {
    let blocks = gfm(markdown).blocks;
    let heading = GfmBlock::Heading(2, format!("Årshjul {year}"));
    let at = blocks
        .iter()
        .position(|b| *b == heading)
        .expect("the heading");
    let rows = (blocks[at..].iter())
        .find_map(|b| match b {
            GfmBlock::Table(rows) => Some(rows.clone()),
            _ => None,
        })
        .expect("a table after the heading");
    rows.into_iter()
        .skip(1)
        .map(|row| {
            let cells = (row[1..].iter())
                .map(|cell| match cell.as_str() {
                    "–" => Vec::new(),
                    _ => cell.split('\n').map(str::to_owned).collect(),
                })
                .collect();
            (row[0].clone(), cells)
        })
        .collect()
}

/// The PDF's text as pdftotext reads it.
fn pdf_text(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rapport.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext runs (scripts/setup-tests installs poppler-utils)");
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The PDF's month table: from its caption to the next heading, squashed.
fn pdf_table(pdf: &[u8], year: i32) -> String {
    let text = pdf_text(pdf);
    let caption = format!("Årshjul {year} månad för månad.");
    let start = text.find(&caption).expect("the table's caption");
    let end = ["Tider som har passerat", "Aktiviteter per område"]
        .iter()
        .filter_map(|h| text[start..].find(h))
        .min()
        .unwrap();
    squash(&text[start..start + end])
}

/// The PDF's table has every month and entry in the model's order (each
/// cell's entries a bullet each, an empty cell a dash) and no more.
fn assert_pdf_table(table: &str, wheel: &YearWheel) {
    let mut at = 0;
    let mut bullets = 0;
    let mut dashes = 0;
    for month in &wheel.months {
        let mut pieces = vec![squash(&month.name)];
        for entries in &month.entries {
            if entries.is_empty() {
                pieces.push("–".to_owned());
                dashes += 1;
            }
            for entry in entries {
                pieces.push(format!("•{}", squash(entry)));
                bullets += 1 + entry.matches('•').count();
                dashes += entry.matches('–').count();
            }
        }
        for piece in pieces {
            let found = table[at..].find(&piece);
            let found =
                found.unwrap_or_else(|| panic!("{piece} after {at} in the PDF's table:\n{table}"));
            at += found + piece.len();
        }
    }
    assert_eq!(table.matches('•').count(), bullets, "{table}");
    assert_eq!(table.matches('–').count(), dashes, "{table}");
}

/// Every format shows the model's wheel, entry for entry, and the SVG the
/// PDF draws is the web page's.
fn assert_formats_agree(report: &Report) {
    let wheel = &report.wheel;
    let model = model_months(wheel);
    assert_eq!(html_months(&report.html), model, "the HTML table");
    assert_eq!(
        markdown_months(&report.markdown, wheel.year),
        model,
        "the Markdown table"
    );
    assert_pdf_table(&pdf_table(&report.pdf, wheel.year), wheel);
    let svg = svg_of(&report.html);
    let drawn =
        handlingsplan::render::year_wheel::svg(wheel, &report.font, &report.accent).unwrap();
    assert_eq!(svg, drawn.trim_end(), "the PDF's SVG is the page's");
    for ((entries, counts), month) in svg_months(svg, wheel).into_iter().zip(&model) {
        assert_eq!(&entries, month, "the SVG's titles");
        let lengths: Vec<usize> = month.1.iter().map(Vec::len).collect();
        assert_eq!(counts, lengths, "the SVG's counts in {}", month.0);
    }
}

#[test]
fn the_examples_wheel_is_the_same_in_every_format_and_has_its_meetings() {
    let report = report(&example_dir());
    assert_formats_agree(&report);
    let wheel = &report.wheel;
    assert_eq!(wheel.year, 2022);
    // The register's meetings in 2022, by month.
    let meetings: Vec<usize> = wheel.months.iter().map(|m| m.entries[1].len()).collect();
    assert_eq!(meetings, [1, 2, 1, 2, 1, 2, 0, 1, 2, 1, 2, 1]);
    assert!(wheel.months[1].entries[1].contains(&"Läkemedelskommittén (2022-02-10)".to_owned()));
    // "Januari och november" and "Januari, maj, september" in each month they name.
    for month in [0, 10] {
        assert!(
            wheel.months[month].entries[0]
                .iter()
                .any(|e| e.contains("Dosdispenserade")),
            "{:?}",
            wheel.months[month]
        );
    }
    for month in [0, 4, 8] {
        assert!(
            wheel.months[month].entries[0]
                .iter()
                .any(|e| e.starts_with("Ekonomiskt mål: 2."))
        );
    }
    assert_eq!(
        wheel.months[5].entries[2],
        ["Uppföljning juni 2022 (2022-06-15)"],
        "the earlier round in June"
    );
    assert_eq!(
        wheel.not_placed_note,
        "Årshjulet visar inte 6 aktiviteter med löpande tid."
    );
}

/// An activity whose text means something to HTML and typst, due in January
/// and November; one with an unreadable `tid`, one ongoing; a body meeting in
/// March, November and in another year; rounds in June and September.
fn plan() -> TempPlan {
    let region = format!(
        "{REGION}\n[[organ]]\nnamn = \"LSG Läkemedel\"\nmoten = [2026-03-10, 2026-11-05, 2025-12-01]\n\n\
         [[organ]]\nnamn = \"Kunskapsstyrningsrådet\"\n\n[[organ]]\nnamn = \"Verksamhetscheferna\"\nmoten = [2026-11-05]\n"
    );
    let activity = |id: &str, text: &str, tid: &str| {
        format!(
            "\n[[aktivitet]]\nid = \"{id}\"\ntext = \"{text}\"\nansvarig = \"Verksamhetscheferna\"\ntid = \"{tid}\"\nrapportering = \"LSG Läkemedel\"\n"
        )
    };
    let area = [
        AREA.to_owned(),
        activity(
            "fientlig",
            "Granska <script>alert(1)</script> och #set page(width: 1cm) samt $x^2$ nu.",
            "januari och november",
        ),
        activity(
            "efter-beslut",
            "Efter ett beslut.",
            "Efter beslut i nämnden",
        ),
        activity("lopande", "Hela tiden.", "Löpande"),
    ]
    .concat();
    let t = TempPlan::with(&region, PLAN, &[("forsta", &area)]);
    t.write(
        "2026/uppfoljning/2026-06.toml",
        "datum = 2026-06-15\nrubrik = \"Uppföljning juni 2026\"\n",
    );
    t.write(
        "2026/uppfoljning/2026-09.toml",
        "datum = 2026-09-20\nrubrik = \"Uppföljning september 2026\"\n",
    );
    t
}

#[test]
fn times_named_twice_meetings_rounds_and_unreadable_tid_reach_every_format() {
    let t = plan();
    let report = report(&t.plan_dir());
    let wheel = &report.wheel;
    assert_eq!(wheel.year, 2026, "the latest round's year");
    let hostile = "Första området: 2. Granska <script>alert(1)</script> och #set page(width: 1cm) samt $x^2$ nu.";
    let activities: Vec<&[String]> = wheel
        .months
        .iter()
        .map(|m| m.entries[0].as_slice())
        .collect();
    assert_eq!(activities[0], [hostile], "January");
    assert_eq!(activities[10], [hostile], "November");
    assert_eq!(
        activities[11],
        ["Första området: 1. Göra något viktigt."],
        "December"
    );
    assert_eq!(activities.iter().map(|a| a.len()).sum::<usize>(), 3);
    assert_eq!(wheel.months[2].entries[1], ["LSG Läkemedel (2026-03-10)"]);
    assert_eq!(
        wheel.months[10].entries[1],
        [
            "LSG Läkemedel (2026-11-05)",
            "Verksamhetscheferna (2026-11-05)"
        ],
        "by date, then in the register's order; 2025's meeting is not on 2026's wheel"
    );
    assert_eq!(
        wheel.months[5].entries[2],
        ["Uppföljning juni 2026 (2026-06-15)"]
    );
    assert_eq!(
        wheel.months[8].entries[2],
        ["Uppföljning september 2026 (2026-09-20, denna rapport)"]
    );
    let note = "Årshjulet visar inte 1 aktivitet med löpande tid och 1 aktivitet vars tid inte kunde läsas.";
    assert_eq!(wheel.not_placed_note, note);
    assert_formats_agree(&report);
    // The note in every format (the PDF's caption may break anywhere).
    assert!(report.markdown.contains(note), "{}", report.markdown);
    assert!(report.html.contains(note));
    assert!(pdf_table(&report.pdf, 2026).contains(&squash(note)));
}

#[test]
fn plan_text_shows_literally_in_the_svg_the_web_page_the_markdown_and_the_pdf() {
    let t = plan();
    let report = report(&t.plan_dir());
    let literals = [
        "<script>alert(1)</script>",
        "#set page(width: 1cm)",
        "$x^2$",
    ];
    let svg = svg_of(&report.html);
    let january = &svg_months(svg, &report.wheel)[0].0.1[0][0];
    let page = &html_months(&report.html)[0].1[0][0];
    let markdown = &markdown_months(&report.markdown, 2026)[0].1[0][0];
    let pdf = pdf_table(&report.pdf, 2026);
    for literal in literals {
        assert!(
            january.contains(literal),
            "{literal} in the SVG's January: {january}"
        );
        assert!(
            page.contains(literal),
            "{literal} in the page's table: {page}"
        );
        assert!(
            markdown.contains(literal),
            "{literal} as GitHub shows the Markdown: {markdown}"
        );
        assert!(
            pdf.contains(&squash(literal)),
            "{literal} in the PDF's table:\n{pdf}"
        );
    }
    // Escaped, never markup: no script element in the page, each escaped in
    // the Markdown.
    assert!(!report.html.contains("<script"));
    let markdown = &report.markdown;
    assert_eq!(
        markdown.matches("<script").count(),
        markdown.matches("\\<script").count(),
        "each escaped"
    );
    assert!(svg.contains("Granska &lt;script&gt;alert(1)&lt;"), "{svg}");
}

#[test]
fn the_same_plan_gives_the_same_bytes_twice() {
    let t = plan();
    let (first, second) = (report(&t.plan_dir()), report(&t.plan_dir()));
    assert!(first.pdf == second.pdf, "the PDF");
    assert_eq!(first.markdown, second.markdown);
    assert_eq!(first.html, second.html);
}
