//! Reading order: page by page, the PDF's words in the order its content holds them are the plan's words in the Markdown's order.
//!
//! Both sides are compared as streams of lower-case letters and digits, so
//! hyphenation, punctuation and list markers do not count. The PDF may
//! differ from the Markdown only where its layout must, each case named:
//! - its running header and footer (outside the body) and its table of
//!   contents are its own;
//! - an activity table's header row repeats at the top of each page the
//!   table runs on; in the table each word is read in its column (found by
//!   where it stands), each column top to bottom as the Markdown's cells
//!   hold it, so rows that break across pages and cells that span rows
//!   read right;
//! - in other tables (prose tables, the change log) each cell's words are
//!   read in order, and every cell is read;
//! - the title stands below the metadata table on page one, and a note's
//!   text at the foot of its page: both may come later than in the Markdown;
//! - the Markdown's own table headings (the metadata table's "Uppgift |
//!   Värde") are not in the PDF.

use std::path::Path;

use super::layout::{self, Bounds, Structure, Word};
use super::reading_plan::{Expected, Kind, Stream, Table, expected};

/// Every reading-order fault of the PDF at `pdf` against its `markdown`.
pub fn faults(pdf: &Path, markdown: &str, structure: &Structure) -> Vec<String> {
    let pages = layout::read(pdf);
    let Some(bounds) = layout::body_bounds(&pages) else {
        return vec!["no page has a running header or footer to find the body by".into()];
    };
    let bodies = bodies(&layout::read_flow(pdf), &bounds);
    let mut reader = Reader {
        want: expected(markdown, structure),
        at: 0,
        later: Vec::new(),
        carried: Vec::new(),
        table: None,
        bounds,
    };
    for (k, body) in bodies.iter().enumerate() {
        if let Err(fault) = reader.page(body) {
            return vec![format!("page {}: {fault}", k + 1)];
        }
    }
    reader.end()
}

/// Each page's body words, in the PDF's order: no running header, no
/// footer, no table of contents.
fn bodies(flow: &[Vec<Word>], bounds: &Bounds) -> Vec<Stream> {
    let mut in_contents = false;
    (flow.iter().enumerate())
        .map(|(k, words)| {
            let body: Vec<&Word> = (words.iter())
                .filter(|w| w.y0 < bounds.footer_top - 0.5)
                .filter(|w| k == 0 || w.y0 > bounds.header_bottom + 0.5)
                .collect();
            let contents = contents_rows(&body, bounds, &mut in_contents);
            let mut stream = Stream::default();
            (body.iter())
                .filter(|w| !contents.iter().any(|y| (w.y1 - y).abs() < 1.0))
                .for_each(|w| stream.push_at(&w.text, w.x0));
            stream
        })
        .collect()
}

/// The baselines of a page's table-of-contents rows: its heading and every
/// row up to the last entry's. `going` carries a table of contents
/// that goes on to the next page.
fn contents_rows(body: &[&Word], bounds: &Bounds, going: &mut bool) -> Vec<f64> {
    // An entry's last row ends with dot leaders (at least one) and a page
    // number. pdftotext reads the last leader and the number as one word,
    // ". 3", unless the entry leaves room for one leader only: then ".", "5".
    let number = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
    // (A lone number counts only at the right edge, just after a leader.)
    let leader = |w: &Word| {
        (w.x1 - bounds.right).abs() < 1.0
            && (body.iter())
                .any(|l| l.text == "." && (l.y1 - w.y1).abs() < 0.5 && w.x0 - l.x1 < 6.0)
    };
    let leader_rows: Vec<f64> = (body.iter())
        .filter(|w| match w.text.strip_prefix('.') {
            Some(n) => number(n.trim()),
            None => number(w.text.trim()) && leader(w),
        })
        .map(|w| w.y1)
        .collect();
    let Some(&last) = leader_rows.last() else {
        *going = false;
        return Vec::new();
    };
    let first = leader_rows[0];
    let heading = (body.iter())
        .filter(|w| w.y1 < first - 1.0 && w.y1 - w.y0 >= bounds.heading_height)
        .map(|w| w.y1)
        .fold(f64::MIN, f64::max);
    let from = if *going { f64::MIN } else { heading };
    let last_on_page = body.iter().map(|w| w.y1).fold(f64::MIN, f64::max);
    *going = (last - last_on_page).abs() < 1.0;
    (body.iter())
        .map(|w| w.y1)
        .filter(|&y| y >= from - 1.0 && y <= last + 1.0)
        .collect()
}

/// An activity table being read: each column's text, and how far it is read.
struct InTable {
    table: usize,
    columns: Vec<Vec<char>>,
    read: Vec<usize>,
}

/// Reads the pages against the Markdown, in order.
struct Reader {
    want: Expected,
    /// Where in the Markdown's stream the next page word should be.
    at: usize,
    /// Runs of the Markdown the PDF holds later (the title, notes).
    later: Vec<(usize, usize)>,
    /// The rest of cells passed in a prose table, to be read later.
    carried: Vec<(usize, usize)>,
    table: Option<InTable>,
    bounds: Bounds,
}

impl Reader {
    fn page(&mut self, page: &Stream) -> Result<(), String> {
        let s = &page.chars;
        let mut p = self.repeated_header(s);
        // The last word read as the text going on: (where, how long).
        let mut last: Option<(usize, usize)> = None;
        loop {
            self.carried.retain(|(from, to)| from < to);
            if self.table.is_none() && (self.skip_blocks(&s[p..]) || self.enter_table()) {
                continue;
            }
            if p == s.len() {
                return Ok(());
            }
            let word = page.word_at(p);
            let word_end = page.word_end(p);
            // Where both could, the longer reading wins: a title that
            // begins like the next heading, or a value like the title.
            let want = &self.want.text.chars[self.at..];
            let same = (s[p..].iter().zip(want))
                .take_while(|(a, b)| a == b)
                .count();
            let goes_on = self.table.is_none()
                && want.starts_with(&s[p..word_end])
                && self.held_length(&s[p..]).is_none_or(|n| n <= same);
            if goes_on {
                last = Some((p, word_end - p));
                self.at += word_end - p;
                p = word_end;
            } else if let Some(n) = self.read_held(&s[p..]) {
                p += n;
            } else if self.table.is_some() {
                self.read_in_column(page, p, word.1)?;
                p = word_end;
            } else if self.want.text.chars.get(self.at) == Some(&s[p]) {
                p += 1;
                self.at += 1;
            } else if let Some(back) = self.rejump(s, p, last.take()) {
                // The word before began the next cell, not this one's rest
                // (a cell broken across pages whose rest starts alike).
                p = back;
            } else if !self.jump_to_next_cell(&s[p..]) {
                return Err(format!(
                    "after «{}» the PDF reads «{}» where the plan has «{}»",
                    page.around(p.saturating_sub(1), true),
                    page.around(p, false),
                    self.want.text.around(self.at, false),
                ));
            }
        }
    }

    /// At the top of a page inside a table: the length of the header row
    /// the table repeats there.
    fn repeated_header(&self, s: &[char]) -> usize {
        let (table, begun) = match &self.table {
            Some(reading) => (
                Some(&self.want.tables[reading.table]),
                reading.read.iter().any(|&n| n > 0),
            ),
            None => {
                // A table is under way where the page goes on inside it,
                // or where it holds the rest of a cell broken at the foot.
                let (at, carried) = (self.at, &self.carried);
                let table = (self.want.tables.iter()).find(|t| {
                    let inside = |at: usize| t.start < at && at < t.end;
                    inside(at) || carried.iter().any(|&(from, _)| inside(from))
                });
                (table, true)
            }
        };
        let Some(header) = table.map(|t| &t.header) else {
            return 0;
        };
        match begun && !header.is_empty() && s.starts_with(header) {
            true => header.len(),
            false => 0,
        }
    }

    /// At the start of an activity table: read it column by column.
    fn enter_table(&mut self) -> bool {
        let found = (self.want.tables.iter())
            .position(|t| t.start == self.at && t.activities && t.start < t.end);
        let Some(k) = found else {
            return false;
        };
        let table: &Table = &self.want.tables[k];
        let columns: Vec<Vec<char>> = (0..table.columns.len())
            .map(|col| {
                (table.cells.iter())
                    .filter(|c| c.col == col)
                    .flat_map(|c| self.want.text.chars[c.from..c.to].iter().copied())
                    .collect()
            })
            .collect();
        self.table = Some(InTable {
            table: k,
            read: vec![0; columns.len()],
            columns,
        });
        true
    }

    /// Reads the word at `p`, standing at `x`, in its column of the table.
    fn read_in_column(&mut self, page: &Stream, p: usize, x: f64) -> Result<(), String> {
        let reading = self.table.as_mut().unwrap();
        let table = &self.want.tables[reading.table];
        let width = self.bounds.right - self.bounds.left;
        let col = (table.columns.iter())
            .rposition(|from| self.bounds.left + from * width <= x + 1.0)
            .unwrap_or(0);
        let word = &page.chars[p..page.word_end(p)];
        let column = &reading.columns[col];
        let read = reading.read[col];
        if !column[read..].starts_with(word) {
            let rest: String = column[read..].iter().take(60).collect();
            return Err(format!(
                "in a table, column {}: after «{}» the PDF reads «{}» where the plan has «{rest}»",
                col + 1,
                page.around(p.saturating_sub(1), true),
                page.around(p, false),
            ));
        }
        reading.read[col] += word.len();
        if (reading.read.iter().zip(&reading.columns)).all(|(read, c)| *read == c.len()) {
            self.at = table.end;
            self.table = None;
        }
        Ok(())
    }

    /// Passes a block of the Markdown starting here that the PDF does not
    /// hold here: true if it did.
    fn skip_blocks(&mut self, rest: &[char]) -> bool {
        let want = &self.want.text.chars;
        let block = (self.want.blocks.iter()).find(|(from, to, _)| *from == self.at && from < to);
        let Some(&(from, to, kind)) = block else {
            return false;
        };
        if rest.starts_with(&want[from..to]) {
            return false;
        }
        if kind == Kind::Later {
            self.later.push((from, to));
        }
        self.at = to;
        true
    }

    /// How long the held run the page goes on with is, if any.
    fn held_length(&self, rest: &[char]) -> Option<usize> {
        let want = &self.want.text.chars;
        (self.carried.iter().chain(&self.later))
            .filter(|&&(from, to)| rest.starts_with(&want[from..to]))
            .map(|(from, to)| to - from)
            .max()
    }

    /// Reads a held run (a note, the title, a cell's rest) that the page
    /// goes on with: how many characters it took.
    fn read_held(&mut self, rest: &[char]) -> Option<usize> {
        let want = &self.want.text.chars;
        let starts = |&(from, to): &(usize, usize)| rest.starts_with(&want[from..to]);
        if let Some(k) = self.carried.iter().position(starts) {
            let (from, to) = self.carried.remove(k);
            return Some(to - from);
        }
        let k = self.later.iter().position(starts)?;
        let (from, to) = self.later.remove(k);
        Some(to - from)
    }

    /// In a prose table, the page goes on with a later cell of the same
    /// table (a row broken across pages): the rest of this cell, and the
    /// cells passed, are held to be read later.
    fn jump_to_next_cell(&mut self, rest: &[char]) -> bool {
        let Some(table) = (self.want.tables.iter()).find(|t| t.start <= self.at && self.at < t.end)
        else {
            return false;
        };
        let cells = &table.cells;
        let Some(here) = cells
            .iter()
            .position(|c| c.from <= self.at && self.at < c.to)
        else {
            return false;
        };
        let want = &self.want.text.chars;
        let next = (here + 1..cells.len()).find(|&k| {
            let n = (cells[k].to - cells[k].from).min(8);
            n > 0 && rest.starts_with(&want[cells[k].from..cells[k].from + n])
        });
        let Some(next) = next else {
            return false;
        };
        self.carried.push((self.at, cells[here].to));
        self.carried
            .extend((here + 1..next).map(|k| (cells[k].from, cells[k].to)));
        self.at = cells[next].from;
        true
    }

    /// In a prose table, un-reads the word just read (`last`, ending at
    /// `p`) if the page goes on from it with the table's next cell: where
    /// to go on reading, or `None` (nothing is changed).
    fn rejump(&mut self, s: &[char], p: usize, last: Option<(usize, usize)>) -> Option<usize> {
        let (from, len) = last.filter(|&(from, len)| from + len == p)?;
        self.at -= len;
        if self.jump_to_next_cell(&s[from..]) {
            return Some(from);
        }
        self.at += len;
        None
    }

    /// What the pages never read.
    fn end(mut self) -> Vec<String> {
        while self.table.is_none() && self.skip_blocks(&[]) {}
        let mut faults = Vec::new();
        if let Some(reading) = &self.table {
            for (col, (read, column)) in reading.read.iter().zip(&reading.columns).enumerate() {
                if *read < column.len() {
                    let rest: String = column[*read..].iter().take(60).collect();
                    faults.push(format!(
                        "a table's column {} from «{rest}» on is on no page",
                        col + 1
                    ));
                }
            }
        } else if self.at < self.want.text.chars.len() {
            faults.push(format!(
                "the plan's words from «{}» on are on no page",
                self.want.text.around(self.at, false)
            ));
        }
        for (from, _) in self.later.iter().chain(&self.carried) {
            faults.push(format!(
                "«{}» is on no page",
                self.want.text.around(*from, false)
            ));
        }
        faults
    }
}
