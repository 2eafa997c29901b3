//! Reading order: page by page, the PDF's words in the order its content holds them (which screen readers follow) are the plan's words in the Markdown's order.
//!
//! Both sides are compared as streams of lower-case letters and digits, so
//! hyphenation, punctuation and list markers do not count. The PDF may
//! differ from the Markdown only where its layout must, each case named:
//! - its running header and footer (outside the body) and its table of
//!   contents are its own;
//! - a table's header row repeats at the top of each page the table runs on;
//! - the title stands below the metadata table on page one, and a note's
//!   text at the foot of its page: both may come later than in the Markdown;
//! - a row that breaks across pages gives each cell's first lines on one
//!   page and their rest on the next;
//! - the Markdown's own table headings (the metadata table's "Uppgift |
//!   Värde") are not in the PDF.

use std::path::Path;

use super::layout::{self, Structure, Word};

/// A run of the Markdown that the PDF holds elsewhere, or not at all.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    /// Written by the Markdown template only.
    MarkdownOnly,
    /// May come later in the PDF than in the Markdown.
    Later,
}

/// One side's text as one stream of comparable characters, with its words
/// for messages.
#[derive(Default)]
struct Stream {
    chars: Vec<char>,
    /// Each word as printed, and where its characters start in `chars`.
    words: Vec<(usize, String)>,
}

impl Stream {
    fn push(&mut self, text: &str) {
        for word in text.split_whitespace() {
            let chars: Vec<char> = comparable(word);
            if !chars.is_empty() {
                self.words.push((self.chars.len(), word.to_owned()));
                self.chars.extend(chars);
            }
        }
    }

    /// A few words from the one at character `at` on (or before it).
    fn around(&self, at: usize, before: bool) -> String {
        let k = self.words.partition_point(|(start, _)| *start <= at);
        let range = match before {
            true => k.saturating_sub(6)..k,
            false => k.saturating_sub(1)..(k + 6).min(self.words.len()),
        };
        let words: Vec<&str> = self.words[range].iter().map(|(_, w)| w.as_str()).collect();
        words.join(" ")
    }
}

fn comparable(text: &str) -> Vec<char> {
    (text.chars())
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The Markdown's stream, with its blocks and table cells marked.
struct Expected {
    text: Stream,
    /// (start, end, kind), in order.
    blocks: Vec<(usize, usize, Kind)>,
    /// Table cells: (start, end, row), in order; rows counted through the document.
    cells: Vec<(usize, usize, usize)>,
}

/// The Markdown template's literal table heading rows ("| Uppgift | Värde |").
fn template_headings() -> Vec<Vec<char>> {
    let template = Path::new(env!("CARGO_MANIFEST_DIR")).join("templates/plan.md.j2");
    let template = std::fs::read_to_string(template).unwrap();
    (template.lines())
        .filter(|l| l.starts_with('|') && !l.contains('{') && !l.contains("---"))
        .map(comparable)
        .collect()
}

fn expected(markdown: &str) -> Expected {
    use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
    let literal = template_headings();
    let mut out = Expected {
        text: Stream::default(),
        blocks: Vec::new(),
        cells: Vec::new(),
    };
    let (mut title_seen, mut opened, mut row, mut row_start) = (false, 0, 0, 0);
    let mut title = None;
    let mut lists: Vec<Option<u64>> = Vec::new();
    let options = Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES;
    for event in Parser::new_ext(markdown, options) {
        let at = out.text.chars.len();
        match event {
            // The title, and what stands with it (a draft's note), up to
            // the next table or heading: the PDF may set the metadata first.
            Event::Start(Tag::Heading {
                level: HeadingLevel::H1,
                ..
            }) if !title_seen => {
                title_seen = true;
                title = Some(at);
            }
            Event::Start(Tag::Table(_) | Tag::Heading { .. }) if title.is_some() => {
                out.blocks.push((title.take().unwrap(), at, Kind::Later));
            }
            Event::Start(Tag::TableHead | Tag::TableRow) => {
                row += 1;
                row_start = at;
            }
            Event::End(TagEnd::TableHead)
                if literal.contains(&out.text.chars[row_start..].to_vec()) =>
            {
                out.blocks.push((row_start, at, Kind::MarkdownOnly));
            }
            Event::Start(Tag::TableCell) => opened = at,
            Event::End(TagEnd::TableCell) => out.cells.push((opened, at, row)),
            Event::Start(Tag::FootnoteDefinition(label)) => {
                opened = at;
                out.text.push(note_number(&label));
            }
            Event::End(TagEnd::FootnoteDefinition) => out.blocks.push((opened, at, Kind::Later)),
            Event::FootnoteReference(label) => out.text.push(note_number(&label)),
            Event::Start(Tag::List(first)) => lists.push(first),
            Event::End(TagEnd::List(_)) => _ = lists.pop(),
            Event::Start(Tag::Item) => {
                if let Some(Some(n)) = lists.last_mut() {
                    out.text.push(&format!("{n}."));
                    *n += 1;
                }
            }
            Event::Text(t) | Event::Code(t) => out.text.push(&t),
            Event::Html(t) | Event::InlineHtml(t) => {
                let t = t.trim();
                if !(t.starts_with("<!--") || t == "<br>" || t.starts_with("<a id=") || t == "</a>")
                {
                    out.text.push(t);
                }
            }
            _ => {}
        }
    }
    out
}

/// The number the PDF prints for the note the Markdown labels `not-3`.
fn note_number(label: &str) -> &str {
    label.strip_prefix("not-").unwrap_or(label)
}

/// Every reading-order fault of the PDF at `pdf` against its `markdown`.
pub fn faults(pdf: &Path, markdown: &str, structure: &Structure) -> Vec<String> {
    let pages = layout::read(pdf);
    let Some(bounds) = layout::body_bounds(&pages) else {
        return vec!["no page has a running header or footer to find the body by".into()];
    };
    let flow = layout::read_flow(pdf);
    let bodies = bodies(&flow, &bounds);
    let headers: Vec<Vec<char>> = (structure.areas.iter())
        .map(|(_, columns)| {
            columns
                .iter()
                .flat_map(|c| comparable(&c.heading))
                .collect()
        })
        .collect();
    let mut reader = Reader {
        want: expected(markdown),
        at: 0,
        later: Vec::new(),
        carried: Vec::new(),
    };
    for (k, body) in bodies.iter().enumerate() {
        if let Err(fault) = reader.page(body, &headers) {
            return vec![format!("page {}: {fault}", k + 1)];
        }
    }
    reader.end()
}

/// Each page's body words, in the PDF's order: no running header, no
/// footer, no table of contents.
fn bodies(flow: &[Vec<Word>], bounds: &layout::Bounds) -> Vec<Stream> {
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
                .for_each(|w| stream.push(&w.text));
            stream
        })
        .collect()
}

/// The baselines of a page's table-of-contents rows: its heading and every
/// row up to the last with dot leaders. `going` carries a table of contents
/// that goes on to the next page.
fn contents_rows(body: &[&Word], bounds: &layout::Bounds, going: &mut bool) -> Vec<f64> {
    let leader_rows: Vec<f64> = (body.windows(3))
        .filter(|w| w.iter().all(|w| w.text == "."))
        .map(|w| w[0].y1)
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
    let from = match *going {
        true => f64::MIN,
        false => heading,
    };
    let last_on_page = body.iter().map(|w| w.y1).fold(f64::MIN, f64::max);
    *going = (last - last_on_page).abs() < 1.0;
    (body.iter())
        .map(|w| w.y1)
        .filter(|&y| y >= from - 1.0 && y <= last + 1.0)
        .collect()
}

/// Reads the pages against the Markdown, in order.
struct Reader {
    want: Expected,
    /// Where in the Markdown's stream the next page word should be.
    at: usize,
    /// Runs of the Markdown the PDF holds later (the title, notes).
    later: Vec<(usize, usize)>,
    /// The rest of the cells of a row broken at the foot of a page.
    carried: Vec<(usize, usize)>,
}

impl Reader {
    fn page(&mut self, page: &Stream, headers: &[Vec<char>]) -> Result<(), String> {
        let s = &page.chars;
        let mut p = 0;
        if let Some(header) = headers.iter().find(|h| !h.is_empty() && s.starts_with(h)) {
            if !self.want.text.chars[self.at..].starts_with(header) {
                p = header.len();
            }
        }
        loop {
            self.carried.retain(|(from, to)| from < to);
            if self.skip_blocks(&s[p..]) {
                continue;
            }
            if p == s.len() {
                break;
            }
            if let Some(n) = self.read_held(&s[p..]) {
                p += n;
            } else if self.want.text.chars.get(self.at) == Some(&s[p]) {
                p += 1;
                self.at += 1;
            } else if !self.jump_to_next_cell(&s[p..]) {
                return Err(format!(
                    "after «{}» the PDF reads «{}» where the plan has «{}»",
                    page.around(p.saturating_sub(1), true),
                    page.around(p, false),
                    self.want.text.around(self.at, false),
                ));
            }
        }
        self.carry_row_at_page_end();
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

    /// Reads a held run (a note, the title, a broken cell's rest) that the
    /// page goes on with: how many characters it took.
    fn read_held(&mut self, rest: &[char]) -> Option<usize> {
        let want = &self.want.text.chars;
        if let Some(&(from, to)) = self.carried.first() {
            if rest.starts_with(&want[from..to]) {
                self.carried.remove(0);
                return Some(to - from);
            }
        }
        let k = (self.later.iter()).position(|&(from, to)| rest.starts_with(&want[from..to]))?;
        let (from, to) = self.later.remove(k);
        Some(to - from)
    }

    /// At a row broken across pages: the page goes on with a later cell of
    /// the same row, and the rest of this one (and of any cell between)
    /// waits for the next page.
    fn jump_to_next_cell(&mut self, rest: &[char]) -> bool {
        let cells = &self.want.cells;
        let Some(here) = cells.iter().position(|c| c.0 <= self.at && self.at < c.1) else {
            return false;
        };
        let want = &self.want.text.chars;
        let next = (here + 1..cells.len())
            .take_while(|&k| cells[k].2 == cells[here].2)
            .find(|&k| {
                let (from, to, _) = cells[k];
                let n = (to - from).min(8);
                n > 0 && rest.starts_with(&want[from..from + n])
            });
        let Some(next) = next else {
            return false;
        };
        self.carried.push((self.at, cells[here].1));
        self.carried
            .extend((here + 1..next).map(|k| (cells[k].0, cells[k].1)));
        self.at = cells[next].0;
        true
    }

    /// A page that ends inside a table row: the rest of its cells come on
    /// the next page, after that page's header row.
    fn carry_row_at_page_end(&mut self) {
        let cells = &self.want.cells;
        let Some(here) = cells.iter().position(|c| c.0 <= self.at && self.at < c.1) else {
            return;
        };
        let row = cells[here].2;
        self.carried.push((self.at, cells[here].1));
        let mut k = here + 1;
        while k < cells.len() && cells[k].2 == row {
            self.carried.push((cells[k].0, cells[k].1));
            k += 1;
        }
        self.at = cells[k - 1].1;
    }

    /// What the pages never read.
    fn end(mut self) -> Vec<String> {
        while self.skip_blocks(&[]) {}
        let mut faults = Vec::new();
        if self.at < self.want.text.chars.len() {
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
