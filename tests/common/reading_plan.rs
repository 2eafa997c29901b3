//! The plan's words in reading order, as the Markdown output holds them, for the reading-order check (`reading.rs`): one stream, with its tables, cells and movable blocks marked.

use std::path::Path;

use super::layout::Structure;

/// Text as one stream of comparable characters, with its words for
/// messages (and, for a page, where each word stands).
#[derive(Default)]
pub struct Stream {
    pub chars: Vec<char>,
    /// Each word as printed, where its characters start in `chars`, and
    /// its left edge on the page (0 for the Markdown).
    pub words: Vec<(usize, String, f64)>,
}

impl Stream {
    pub fn push(&mut self, text: &str) {
        self.push_at(text, 0.0);
    }

    pub fn push_at(&mut self, text: &str, x: f64) {
        for word in text.split_whitespace() {
            let chars: Vec<char> = comparable(word);
            if !chars.is_empty() {
                self.words.push((self.chars.len(), word.to_owned(), x));
                self.chars.extend(chars);
            }
        }
    }

    /// The word holding character `at`: its index and left edge.
    pub fn word_at(&self, at: usize) -> (usize, f64) {
        let k = self.words.partition_point(|w| w.0 <= at) - 1;
        (k, self.words[k].2)
    }

    /// Where the word holding character `at` ends.
    pub fn word_end(&self, at: usize) -> usize {
        let k = self.words.partition_point(|w| w.0 <= at);
        self.words.get(k).map_or(self.chars.len(), |w| w.0)
    }

    /// A few words from the one at character `at` on (or up to it).
    pub fn around(&self, at: usize, before: bool) -> String {
        let k = self.words.partition_point(|w| w.0 <= at);
        let range = match before {
            true => k.saturating_sub(6)..k,
            false => k.saturating_sub(1)..(k + 6).min(self.words.len()),
        };
        let words: Vec<&str> = self.words[range].iter().map(|w| w.1.as_str()).collect();
        words.join(" ")
    }
}

/// A word's letters and digits, in lower case.
pub fn comparable(text: &str) -> Vec<char> {
    (text.chars())
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// A run of the Markdown that the PDF holds elsewhere, or not at all.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Kind {
    /// Written by the Markdown template only.
    MarkdownOnly,
    /// May come later in the PDF than in the Markdown.
    Later,
}

/// A table cell: its characters in the stream, its row and column.
pub struct Cell {
    pub from: usize,
    pub to: usize,
    pub col: usize,
}

/// A table of the Markdown.
pub struct Table {
    pub start: usize,
    pub end: usize,
    /// Its header row's characters.
    pub header: Vec<char>,
    /// An activity table (its header is an area's columns): where each
    /// column starts, as a share of the text area's width.
    pub activities: bool,
    pub columns: Vec<f64>,
    pub cells: Vec<Cell>,
}

/// The Markdown's stream, with its movable blocks and tables marked.
pub struct Expected {
    pub text: Stream,
    /// (start, end, kind), in order.
    pub blocks: Vec<(usize, usize, Kind)>,
    pub tables: Vec<Table>,
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

/// What the Markdown output says, in order, for the document of `structure`.
pub fn expected(markdown: &str, structure: &Structure) -> Expected {
    use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
    let literal = template_headings();
    let mut out = Expected {
        text: Stream::default(),
        blocks: Vec::new(),
        tables: Vec::new(),
    };
    let (mut title_seen, mut title, mut opened, mut col) = (false, None, 0, 0);
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
            Event::Start(tag @ (Tag::Table(_) | Tag::Heading { .. })) if title.is_some() => {
                out.blocks.push((title.take().unwrap(), at, Kind::Later));
                if matches!(tag, Tag::Table(_)) {
                    out.tables.push(new_table(at));
                }
            }
            Event::Start(Tag::Table(_)) => out.tables.push(new_table(at)),
            Event::End(TagEnd::Table) => out.tables.last_mut().unwrap().end = at,
            Event::Start(Tag::TableHead | Tag::TableRow) => col = 0,
            Event::End(TagEnd::TableHead) => {
                let table = out.tables.last_mut().unwrap();
                table.header = out.text.chars[table.start..].to_vec();
                if literal.contains(&table.header) {
                    out.blocks.push((table.start, at, Kind::MarkdownOnly));
                    table.start = at;
                    table.cells.clear();
                }
            }
            Event::Start(Tag::TableCell) => opened = at,
            Event::End(TagEnd::TableCell) => {
                let cells = &mut out.tables.last_mut().unwrap().cells;
                cells.push(Cell {
                    from: opened,
                    to: at,
                    col,
                });
                col += 1;
            }
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
                let hidden = t.starts_with("<!--") || t == "<br>" || t.starts_with("<a id=");
                if !(hidden || t == "</a>") {
                    out.text.push(t);
                }
            }
            _ => {}
        }
    }
    mark_activity_tables(&mut out.tables, structure);
    out
}

fn new_table(at: usize) -> Table {
    Table {
        start: at,
        end: at,
        header: Vec::new(),
        activities: false,
        columns: Vec::new(),
        cells: Vec::new(),
    }
}

/// The tables whose header row is an area's columns are activity tables.
fn mark_activity_tables(tables: &mut [Table], structure: &Structure) {
    for table in tables {
        let area = (structure.areas.iter()).find(|(_, columns)| {
            let header: Vec<char> = columns
                .iter()
                .flat_map(|c| comparable(&c.heading))
                .collect();
            header == table.header
        });
        if let Some((_, columns)) = area {
            table.activities = true;
            table.columns = columns.iter().map(|c| c.from).collect();
        }
    }
}

/// The number the PDF prints for the note the Markdown labels `not-3`.
fn note_number(label: &str) -> &str {
    label.strip_prefix("not-").unwrap_or(label)
}
