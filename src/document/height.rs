//! A cheap, generous estimate of how tall an activity's rows are in the built-in template, deciding which activities the template measures.
//!
//! From character widths per column width (A4, 9 pt text in the tables).
//! It only decides which activities the template measures (the others are
//! kept whole on one page), so it must never say less than the real height.

use super::{AreaDoc, CellDoc, ColumnDoc, hyphenate};
use crate::model::{Block, Inline};

/// Points per millimetre.
const MM: f64 = 72.0 / 25.4;
/// The text area of an A4 page less the template's margins (x 2.2 cm,
/// top 2.4 cm, bottom 2.6 cm).
const TEXT_WIDTH: f64 = (210.0 - 2.0 * 22.0) * MM;
const BODY_HEIGHT: f64 = (297.0 - 24.0 - 26.0) * MM;
const FONT: f64 = 9.0;
/// A table cell's inset on each side.
const INSET: f64 = 5.0;
/// Line pitch (about 10.9 pt in the template).
const LINE: f64 = 12.0;
/// Space between paragraphs and list items (7.2 pt in the template).
const GAP: f64 = 8.0;
/// How far a list's items are indented (marker and gap).
const LIST_INDENT: f64 = 12.0;

/// Marks the activities of `area` that may not fit on one page under its
/// table's header, from their text as printed (references filled in).
pub fn mark_tall(area: &mut AreaDoc) {
    let room = room(&area.columns);
    let widths = widths(area.columns.iter().map(|c| c.width));
    for activity in &mut area.activities {
        activity.tall = upper_bound(&activity.rows, &widths) > room;
    }
}

fn widths(relative: impl Iterator<Item = f64> + Clone) -> Vec<f64> {
    let total: f64 = relative.clone().sum();
    relative
        .map(|width| width / total * TEXT_WIDTH - 2.0 * INSET)
        .collect()
}

/// How tall an activity may be and still be sure to fit on one page under
/// the table's header row (the template's `room`, at least): a page less
/// the tallest the header row can be.
pub fn room(columns: &[ColumnDoc]) -> f64 {
    let header = heading_heights(columns).into_iter().fold(0.0, f64::max);
    BODY_HEIGHT - header - 2.0
}

/// The tallest a heading cell may be (half a page): the header row
/// repeats on every page of an area's table, and a taller one leaves the
/// activities too little room (a heading taller than a page once made them
/// vanish from the PDF). The PDF renderer refuses taller headings.
pub const MAX_HEADING: f64 = BODY_HEIGHT / 2.0;

/// How tall each column's heading cell is at most.
pub fn heading_heights(columns: &[ColumnDoc]) -> Vec<f64> {
    let widths = widths(columns.iter().map(|c| c.width));
    (columns.iter().zip(widths))
        .map(|(column, width)| 2.0 * INSET + lines(&column.heading, width) * LINE)
        .collect()
}

/// The height of an activity's rows: each row is as tall as its tallest
/// one-row cell, and a cell spanning all rows can make them taller.
fn upper_bound(rows: &[Vec<CellDoc>], widths: &[f64]) -> f64 {
    let mut rows_total = 0.0;
    let mut spanning: f64 = 0.0;
    for row in rows {
        let mut row_height: f64 = 0.0;
        for cell in row {
            let width = widths.get(cell.column).copied().unwrap_or(TEXT_WIDTH);
            let mut height = 2.0 * INSET + blocks(&cell.body.0, width);
            // The number, and a status label after it, may each take a line.
            if cell.label.is_some() {
                height += LINE;
            }
            if cell.status.is_some() {
                height += LINE;
            }
            if cell.rowspan > 1 {
                spanning = spanning.max(height);
            } else {
                row_height = row_height.max(height);
            }
        }
        rows_total += row_height;
    }
    spanning.max(rows_total)
}

fn blocks(items: &[Block], width: f64) -> f64 {
    let heights = items.iter().map(|block| match block {
        Block::Paragraph { inlines } | Block::Heading { inlines, .. } => {
            let mut text = String::new();
            plain(inlines, &mut text);
            text.split('\n').map(|line| lines(line, width)).sum::<f64>() * LINE
        }
        Block::List { items, .. } => {
            let items = items.iter().map(|item| blocks(item, width - LIST_INDENT));
            stack(items)
        }
        // Not in cells (the loader prints a table there row by row); as
        // a line per row if one were.
        Block::Table { head, rows, .. } => {
            let rows = std::iter::once(head).chain(rows).map(|row| {
                let mut text = String::new();
                row.iter().for_each(|cell| plain(cell, &mut text));
                lines(&text, width) * LINE
            });
            stack(rows)
        }
    });
    stack(heights)
}

/// Heights stacked with a gap between each two.
fn stack(heights: impl Iterator<Item = f64>) -> f64 {
    let (sum, count) = heights.fold((0.0, 0), |(sum, n), h| (sum + h, n + 1));
    sum + GAP * f64::from(count.max(1) - 1)
}

fn plain(inlines: &[Inline], out: &mut String) {
    for inline in inlines {
        match inline {
            Inline::Text { text } | Inline::Code { text } => out.push_str(text),
            Inline::Emph { inlines }
            | Inline::Strong { inlines }
            | Inline::Link { inlines, .. } => plain(inlines, out),
            Inline::LineBreak => out.push('\n'),
            Inline::Ref { number, .. } => out.push_str(number),
            Inline::Note { number, .. } => out.push_str(&number.to_string()),
        }
    }
}

/// How many lines a paragraph without line breaks wraps to at most.
///
/// Lines are filled first-fit and break between words, or inside long
/// words where the PDF has soft hyphens ([`hyphenate::pieces`]). So each
/// line but the last is fuller than the line width less the piece that
/// starts the next line (and a space): over `n` lines, the text is wider
/// than `(n - 1) × (width - space)` less the `n - 1` widest pieces. The
/// answer is the largest `n` for which that holds. A piece wider than the
/// line makes that argument fail; then any two consecutive lines still
/// hold more than one line width.
fn lines(text: &str, width: f64) -> f64 {
    let width = width.max(FONT);
    let space = char_width(' ');
    let total: f64 = text.chars().map(char_width).sum();
    let lang = hyphenate::language(super::LANG);
    let mut pieces: Vec<f64> = text
        .split_whitespace()
        .flat_map(|word| match lang {
            Some(lang) => hyphenate::pieces(word, lang),
            None => vec![word],
        })
        .map(|piece| piece.chars().map(char_width).sum::<f64>() + char_width('-'))
        .collect();
    pieces.sort_by(|a, b| b.total_cmp(a));
    if pieces.first().is_some_and(|&widest| widest > width - space) {
        return (2.0 * total / width).floor() + 1.0;
    }
    let mut lines = 1.0;
    let mut widest = 0.0;
    for piece in pieces {
        widest += piece;
        if lines * (width - space) - widest >= total {
            break;
        }
        lines += 1.0;
    }
    lines
}

/// How wide `text` is at most on one line of 9 pt text, in points.
pub fn text_width(text: &str) -> f64 {
    text.chars().map(char_width).sum()
}

/// The relative width a column needs so that `need` points fit on one of
/// its lines, given the relative widths of the other columns: its own
/// `width`, or more.
pub fn widen_to(width: f64, others: f64, need: f64) -> f64 {
    // The room the column needs, at most half the page.
    let need = (need + 2.0 * INSET).min(TEXT_WIDTH / 2.0);
    if others <= 0.0 || width / (others + width) * TEXT_WIDTH >= need {
        return width;
    }
    need * others / (TEXT_WIDTH - need)
}

/// A generous width for a character of 9 pt Noto Sans (bold or not).
fn char_width(c: char) -> f64 {
    FONT * match c {
        ' ' => 0.3,
        'M' | 'W' | 'm' | 'w' | '@' | '%' | '—' | '…' => 0.95,
        c if c >= '\u{2e80}' => 1.0,
        c if c.is_uppercase() => 0.75,
        _ => 0.62,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lines of `text` broken first-fit at spaces and soft-hyphen places,
    /// with the same character widths: what the estimate must never beat.
    fn first_fit(text: &str, width: f64) -> f64 {
        let lang = hyphenate::language(super::super::LANG).unwrap();
        let (space, hyphen) = (char_width(' '), char_width('-'));
        let (mut lines, mut line) = (1.0, 0.0);
        for word in text.split_whitespace() {
            let pieces = hyphenate::pieces(word, lang);
            for (i, piece) in pieces.iter().enumerate() {
                let gap = if i == 0 && line > 0.0 { space } else { 0.0 };
                let w: f64 = piece.chars().map(char_width).sum();
                let end = if i + 1 < pieces.len() { hyphen } else { 0.0 };
                if line > 0.0 && line + gap + w + end > width {
                    lines += 1.0;
                    line = w;
                } else {
                    line += gap + w;
                }
            }
        }
        lines
    }

    #[test]
    fn the_estimate_never_says_fewer_lines_than_first_fit_breaking() {
        let words = [
            "och",
            "i",
            "Kunskapsstyrningsrådet",
            "läkemedelsgenomgångar",
            "Region",
            "Norrbotten",
            "HSLF-FS",
            "2017:37",
            "Verksamhetscheferna",
            "med",
            "är",
            "patientsäkerhet",
            "WWW",
            "mmmm",
            "Läkemedelskommitténs",
            "ska",
        ];
        let mut seed: u64 = 7;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        for _ in 0..2000 {
            let count = 1 + next(60);
            let text: Vec<&str> = (0..count).map(|_| words[next(words.len())]).collect();
            let text = text.join(" ");
            let width = 60.0 + next(200) as f64;
            assert!(
                lines(&text, width) >= first_fit(&text, width),
                "{text:?} at {width} pt: estimate {} < first fit {}",
                lines(&text, width),
                first_fit(&text, width)
            );
        }
    }
}
