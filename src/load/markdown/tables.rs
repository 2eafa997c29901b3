//! GitHub's pipe tables: a table in prose, printed row by row in a table cell, with notes on cells no output shows.

use pulldown_cmark::Alignment;

use super::*;
use crate::model::{Align, Cell};

impl Converter<'_> {
    /// A table (its start event, at `range`, just read): a table block in
    /// prose; in a table cell, each row a paragraph with `|` between its
    /// cells, with a warning.
    pub(super) fn table(&mut self, align: &[Alignment], range: Range<usize>) -> Vec<Block> {
        let columns = align.len();
        let mut rows: Vec<Vec<Cell>> = Vec::new();
        while let Some((event, row_range)) = self.events.next() {
            match event {
                Event::Start(Tag::TableHead | Tag::TableRow) => {
                    let (cells, end) = self.row();
                    self.extra_cells(end..row_range.end, columns);
                    rows.push(cells);
                }
                Event::End(_) => break,
                _ => {}
            }
        }
        if self.in_cell {
            self.warn(
                range,
                crate::msg!("plan-md-table-in-cell"),
                crate::t!("plan-md-table-in-cell.hint"),
            );
            return rows.into_iter().filter_map(row_as_paragraph).collect();
        }
        let head = if rows.is_empty() {
            Vec::new()
        } else {
            rows.remove(0)
        };
        // A row with fewer cells than the header (if the parser leaves one
        // so) gets empty ones.
        for row in &mut rows {
            row.resize(columns.max(row.len()), Vec::new());
        }
        vec![Block::Table {
            align: align.iter().map(|a| align_of(*a)).collect(),
            head,
            rows,
        }]
    }

    /// A row's cells (its end event is consumed), and where its last cell ends.
    fn row(&mut self) -> (Vec<Cell>, usize) {
        let mut cells = Vec::new();
        let mut end = 0;
        while let Some((event, range)) = self.events.next() {
            match event {
                Event::Start(Tag::TableCell) => {
                    self.run.push('\n');
                    cells.push(self.inlines());
                    end = range.end;
                }
                Event::End(_) => break,
                _ => {}
            }
        }
        (cells, end)
    }

    /// A warning if text follows a row's last cell (at `after`): cells
    /// beyond the header's `columns`, which the parser leaves out.
    fn extra_cells(&mut self, after: Range<usize>, columns: usize) {
        let Some(rest) = self.source.get(after.clone()) else {
            return;
        };
        let trimmed = rest.trim_matches(|c: char| c.is_whitespace() || c == '|');
        if trimmed.is_empty() {
            return;
        }
        let start = after.start + rest.find(trimmed).unwrap_or(0);
        let range = start..start + trimmed.len();
        self.warn(
            range.clone(),
            crate::msg!(
                "plan-md-table-extra-cells",
                columns = columns,
                cells = self.quoted(range)
            ),
            crate::t!("plan-md-table-extra-cells.hint"),
        );
    }
}

fn align_of(align: Alignment) -> Align {
    match align {
        Alignment::None => Align::None,
        Alignment::Left => Align::Left,
        Alignment::Center => Align::Center,
        Alignment::Right => Align::Right,
    }
}

/// A row's cells on one line, `|` between them; `None` if all are empty.
fn row_as_paragraph(cells: Vec<Cell>) -> Option<Block> {
    let mut inlines = Vec::new();
    for (i, cell) in cells.into_iter().filter(|c| !c.is_empty()).enumerate() {
        if i > 0 {
            push_text(&mut inlines, " | ");
        }
        push_inlines(&mut inlines, cell);
    }
    (!inlines.is_empty()).then_some(Block::Paragraph { inlines })
}
