//! Tables and footnotes of prose as Markdown: pipe tables with their alignment row, footnotes' definitions after the text.

use super::{Context, Neighbours, blocks_only, inline_line};
use crate::model::{Align, Block, Cell, Inline, visit_inlines};

/// A pipe table: the header, the alignment row, the body rows (a row
/// shorter than the header filled with empty cells). `None` for a table
/// without columns, which Markdown cannot write.
pub(super) fn table(
    align: &[Align],
    head: &[Cell],
    rows: &[Vec<Cell>],
    indent: &str,
) -> Option<String> {
    let columns = rows.iter().map(Vec::len).fold(head.len(), usize::max);
    if columns == 0 {
        return None;
    }
    let line = |cells: &[Cell]| {
        let written: Vec<String> = (0..columns)
            .map(|i| {
                let cell = cells.get(i).map_or(&[][..], Vec::as_slice);
                inline_line(cell, &Context::Cell, Neighbours::default())
            })
            .collect();
        format!("{indent}| {} |", written.join(" | "))
    };
    let marks: Vec<&str> = (0..columns)
        .map(|i| match align.get(i) {
            Some(Align::Left) => ":---",
            Some(Align::Center) => ":---:",
            Some(Align::Right) => "---:",
            _ => "---",
        })
        .collect();
    let mut lines = vec![line(head), format!("{indent}| {} |", marks.join(" | "))];
    lines.extend(rows.iter().map(|row| line(row)));
    Some(lines.join("\n"))
}

/// The label a footnote is written with: its name in the document (unique
/// there), or, for text rendered without a document, its number.
pub(super) fn note_label(anchor: &str, number: u32) -> String {
    if anchor.is_empty() {
        number.to_string()
    } else {
        anchor.to_owned()
    }
}

/// `[^label]: text` for each note the blocks hold, in order; a note's
/// further paragraphs indented under it.
pub(super) fn note_definitions(blocks: &[Block], indent: &str) -> String {
    let mut notes = Vec::new();
    visit_inlines(blocks, &mut |inline| {
        if let Inline::Note {
            number,
            anchor,
            blocks: Some(content),
            ..
        } = inline
        {
            notes.push((note_label(anchor, *number), content.clone()));
        }
    });
    let inner = format!("{indent}    ");
    let written: Vec<String> = notes
        .iter()
        .map(|(label, content)| {
            let body = blocks_only(content, &inner);
            let body = body.strip_prefix(inner.as_str()).unwrap_or(&body);
            format!("{indent}[^{label}]: {body}").trim_end().to_owned()
        })
        .collect();
    written.join("\n\n")
}
