//! The text area of a built PDF's pages (from the running header, the footer and the headings), and the words that stand outside it.

use super::{Page, Word};

/// Where a page's body lies, between the running header and the footer,
/// and how tall a heading's words are at least; `None` without a footer.
pub fn body_bounds(pages: &[Page]) -> Option<Bounds> {
    let area = text_area(pages)?;
    Some(Bounds {
        left: area.left,
        right: area.right,
        header_bottom: area.header_bottom,
        footer_top: area.footer_top,
        heading_height: area.heading_height,
    })
}

/// See [`body_bounds`].
pub struct Bounds {
    /// The text area's left and right edges.
    pub left: f64,
    pub right: f64,
    /// On pages after the first, words above this are the running header.
    pub header_bottom: f64,
    /// Words below this are the footer.
    pub footer_top: f64,
    pub heading_height: f64,
}

/// The text area's left and right edges (from the running header) and the
/// top and bottom of the body (below the header, above the footer).
pub(super) struct TextArea {
    pub(super) left: f64,
    pub(super) right: f64,
    /// The running header's bottom on the pages that have it.
    pub(super) header_bottom: f64,
    /// The footer's top.
    pub(super) footer_top: f64,
    /// Where the footer's rows start (the same on every page).
    pub(super) footer_rows: Vec<f64>,
    /// The least height of a heading's words: headings are 12 pt and up,
    /// body text 10.5 pt; a paragraph that reads like a heading is not one.
    pub(super) heading_height: f64,
}

pub(super) fn text_area(pages: &[Page]) -> Option<TextArea> {
    // The running header and the footer are 8 pt text (words under 11.5 pt
    // tall), the smallest a page's edge holds; the header starts on page 2.
    // The footer spans the text area too ("Sida 1 av 1" ends at its right
    // edge): a one-page document is measured by it.
    let small = |row: &&Vec<Word>| row.iter().all(|w| w.y1 - w.y0 < 11.5);
    let footer: Vec<&Word> = pages
        .first()?
        .rows
        .iter()
        .rev()
        .take_while(small)
        .flatten()
        .collect();
    let header: Vec<&Word> = match pages.get(1) {
        Some(page) => page.rows.iter().take_while(small).flatten().collect(),
        None => footer.clone(),
    };
    if header.is_empty() || footer.is_empty() {
        return None;
    }
    // A short running header (a short title, no organisation on the
    // right) does not reach the right edge; the footer's page number does.
    // Nor may the footer's left part be there (a draft without a footer
    // text): the title and the headings start at the left edge.
    let heading_height = (header[0].y1 - header[0].y0) / 8.0 * 11.25;
    let headings = pages.iter().flat_map(Page::words);
    let headings = headings.filter(|w| w.y1 - w.y0 >= heading_height);
    let edges = || header.iter().chain(&footer).copied();
    Some(TextArea {
        left: edges()
            .chain(headings)
            .map(|w| w.x0)
            .fold(f64::MAX, f64::min),
        right: edges().map(|w| w.x1).fold(f64::MIN, f64::max),
        header_bottom: match pages.len() {
            1 => 0.0,
            _ => header.iter().map(|w| w.y1).fold(f64::MIN, f64::max),
        },
        footer_top: footer.iter().map(|w| w.y0).fold(f64::MAX, f64::min),
        footer_rows: footer.iter().map(|w| w.y0).collect(),
        // The running header is 8 pt text: the font's height per point.
        heading_height,
    })
}

/// Each page's rows between the running header and the footer.
pub(super) fn body_rows(pages: &[Page], area: &TextArea) -> Vec<Vec<Vec<Word>>> {
    (pages.iter().enumerate())
        .map(|(i, page)| {
            (page.rows.iter())
                .filter(|row| row[0].y0 < area.footer_top - 0.5)
                .filter(|row| i == 0 || row[0].y0 > area.header_bottom + 0.5)
                .cloned()
                .collect()
        })
        .collect()
}

pub(super) fn outside_text_area(pages: &[Page], area: &TextArea, found: &mut Vec<String>) {
    for (i, page) in pages.iter().enumerate() {
        for word in page.words() {
            if word.x0 < area.left - 0.5 || word.x1 > area.right + 0.5 {
                found.push(format!(
                    "page {}: \"{}\" lies outside the text area ({:.1}–{:.1} pt; the text area is {:.1}–{:.1} pt)",
                    i + 1,
                    word.text,
                    word.x0,
                    word.x1,
                    area.left,
                    area.right
                ));
            }
        }
    }
}

/// Body text that runs down into the footer (a cell that could not break
/// overflowing its page): words below the footer's top on rows of their own.
pub(super) fn into_the_footer(pages: &[Page], area: &TextArea, found: &mut Vec<String>) {
    let in_footer = |y: f64| area.footer_rows.iter().any(|r| (r - y).abs() < 0.5);
    for (i, page) in pages.iter().enumerate() {
        let word = (page.words()).find(|w| w.y0 > area.footer_top - 0.5 && !in_footer(w.y0));
        if let Some(word) = word {
            found.push(format!(
                "page {}: \"{}\" runs into the footer ({:.1} pt down; the footer starts at {:.1} pt)",
                i + 1,
                word.text,
                word.y0,
                area.footer_top
            ));
        }
    }
}
