//! The HTML version printed on A4 by Chromium (`NAME-print.pdf`, see check.mjs), read back with pdftotext: no page ends with a heading or a table's header row.

use std::path::Path;

use super::common::layout::{self, Page, Structure, Word};

/// Every page of the PDF at `pdf` that ends with a heading (or the title),
/// or with an activity table's header row, described for a reader.
pub fn page_end_faults(pdf: &Path, structure: &Structure) -> Vec<String> {
    faults(&layout::read(pdf), structure)
}

fn faults(pages: &[Page], structure: &Structure) -> Vec<String> {
    let mut headings = vec![structure.title.clone()];
    headings.extend(structure.headings.iter().cloned());
    let header_rows: Vec<String> = (structure.areas.iter())
        .map(|(_, columns)| letters(columns.iter().map(|c| c.heading.as_str())))
        .collect();
    let mut found = Vec::new();
    for (i, page) in pages.iter().enumerate().filter(|(_, p)| !p.rows.is_empty()) {
        for k in 1..=page.rows.len().min(4) {
            let last = &page.rows[page.rows.len() - k..];
            let text = read(last);
            if let Some(h) = headings.iter().find(|h| squeeze(h) == text) {
                found.push(format!("page {} ends with the heading «{h}»", i + 1));
            }
            let words = last.iter().flatten().map(|w| w.text.as_str());
            if header_rows.contains(&letters(words)) {
                found.push(format!(
                    "page {} ends with a table's header row: «{text}»",
                    i + 1
                ));
            }
        }
    }
    found
}

/// Rows' text, top to bottom, a hyphenated end joined to the next row.
fn read(rows: &[Vec<Word>]) -> String {
    let mut text = String::new();
    for word in rows.iter().flatten() {
        match text.strip_suffix('\u{ad}') {
            Some(stem) => text = format!("{stem}{}", word.text),
            None if text.is_empty() => text.push_str(&word.text),
            None => text = format!("{text} {}", word.text),
        }
    }
    text
}

fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The letters of `words`, sorted: the same for a header row however its
/// headings wrap and in whichever order pdftotext reads them.
fn letters<'a>(words: impl Iterator<Item = &'a str>) -> String {
    let mut letters: Vec<char> = words
        .flat_map(str::chars)
        .filter(|c| c.is_alphanumeric())
        .collect();
    letters.sort_unstable();
    letters.into_iter().collect()
}

/// A page that ends with a heading or a header row is noticed; one that
/// ends with a table row is not.
#[test]
fn a_page_ending_with_a_heading_or_a_header_row_is_noticed() {
    let word = |text: &str, y: f64| Word {
        text: text.into(),
        x0: 0.0,
        y0: y - 10.0,
        x1: 10.0,
        y1: y,
    };
    let structure = Structure {
        title: "Planen".into(),
        headings: vec!["1 Rätt läkemedelsbehandling".into()],
        areas: vec![(
            "1 Rätt läkemedelsbehandling".into(),
            vec![
                layout::Column {
                    heading: "Aktivitet".into(),
                    from: 0.0,
                },
                layout::Column {
                    heading: "Ansvarig enhet".into(),
                    from: 0.5,
                },
            ],
        )],
    };
    let body = vec![word("Text", 10.0)];
    let pages = [
        vec![
            body.clone(),
            vec![
                word("1", 30.0),
                word("Rätt", 30.0),
                word("läkemedelsbehandling", 30.0),
            ],
        ],
        vec![
            body.clone(),
            vec![word("Aktivitet", 40.0), word("Ansvarig", 40.0)],
            vec![word("enhet", 50.0)],
        ],
        vec![
            body.clone(),
            vec![word("Aktivitet", 40.0), word("Ansvarig", 40.0)],
            vec![word("enhet", 50.0), word("Mer", 50.0)],
        ],
    ];
    let pages: Vec<Page> = pages.into_iter().map(|rows| Page { rows }).collect();
    let found = faults(&pages, &structure);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(
        found[0].contains("page 1 ends with the heading"),
        "{found:?}"
    );
    assert!(
        found[1].contains("page 2 ends with a table's header row"),
        "{found:?}"
    );
}
