//! Formatted plan text (from the authors' Markdown) as a small tree of blocks and inlines.
//!
//! Every string in the tree is literal text: renderers print it as it is and
//! never interpret it as markup of their own output format.

use serde::{Deserialize, Serialize};

/// A piece of formatted text: a sequence of blocks.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Rich(pub Vec<Block>);

/// A block-level element.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Block {
    Paragraph {
        inlines: Vec<Inline>,
    },
    /// A heading inside a prose section (level 1 is the largest the author wrote).
    Heading {
        level: u8,
        /// How many levels below the part it stands in the heading goes (1
        /// or more): one below the heading before it at most, so that no
        /// level is skipped. Every output places the heading by it.
        depth: u8,
        inlines: Vec<Inline>,
    },
    List {
        /// The first number of an ordered list; `None` for a bulleted list.
        start: Option<u64>,
        items: Vec<Vec<Block>>,
    },
    /// A table (GitHub's pipe table) in prose: a header row and body rows.
    /// A body row may have fewer cells than the header (the missing ones
    /// are empty); none has more.
    Table {
        /// Each column's alignment, one per header cell.
        align: Vec<Align>,
        head: Vec<Cell>,
        rows: Vec<Vec<Cell>>,
    },
}

/// A table cell's text.
pub type Cell = Vec<Inline>;

/// How a table column's cells are aligned (`:--`, `:-:`, `--:`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Align {
    /// Not given: as the output aligns text (to the left).
    None,
    Left,
    Center,
    Right,
}

/// An inline element.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Inline {
    Text {
        text: String,
    },
    Code {
        text: String,
    },
    Emph {
        inlines: Vec<Inline>,
    },
    Strong {
        inlines: Vec<Inline>,
    },
    Link {
        url: String,
        inlines: Vec<Inline>,
    },
    LineBreak,
    /// A reference to an activity by id, written `[](#id)`: printed as the
    /// activity's current number, linked to its row. The loader leaves
    /// `number` and `anchor` empty; `document` fills them in, or replaces
    /// a reference to an activity it does not print by plain text.
    Ref {
        id: String,
        /// The activity's number as printed in references, e.g. "1.4" or "3".
        number: String,
        /// The name of the activity row's anchor, e.g. "akt-beredskapslager".
        anchor: String,
    },
    /// A reference to a footnote, written `[^label]`, with the note's text
    /// where it is first referenced.
    Note {
        /// The label as written, without `[^` and `]`.
        label: String,
        /// The note's number: the loader numbers a text's notes 1, 2 … in
        /// the order they are first referenced; `document` numbers them
        /// through the document, as the PDF does.
        number: u32,
        /// A name for the note unique in the document (HTML `id`, PDF
        /// label, Markdown label), e.g. "not-3"; `document` fills it in.
        anchor: String,
        /// The note's text at its first reference; `None` at later
        /// references to the same note.
        blocks: Option<Vec<Block>>,
    },
}

/// The anchor (PDF label, Markdown and HTML `id`) of the row of the activity
/// with this id.
pub fn anchor(id: &str) -> String {
    format!("akt-{id}")
}

/// Where links in plan text may go: web and e-mail addresses, the only ones
/// that can be followed from both the PDF and the Markdown, and safe in both.
pub const LINK_PREFIXES: [&str; 3] = ["https://", "http://", "mailto:"];

/// Whether a link may go to `url`: one of [`LINK_PREFIXES`] followed by an
/// address, with no surrounding spaces or control characters.
pub fn is_allowed_link(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    LINK_PREFIXES.iter().any(|prefix| {
        lower
            .strip_prefix(prefix)
            .is_some_and(|rest| !rest.trim().is_empty())
    }) && url.trim() == url
        && !url.chars().any(char::is_control)
}

impl Rich {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The text content without formatting, blocks separated by newlines.
    pub fn plain_text(&self) -> String {
        let mut out = String::new();
        for block in &self.0 {
            if !out.is_empty() {
                out.push('\n');
            }
            block.push_plain_text(&mut out);
        }
        out
    }
}

impl Rich {
    /// Calls `f` with every piece of text (not link targets), also in
    /// table cells and footnotes.
    pub fn for_each_text(&self, f: &mut dyn FnMut(&str)) {
        visit_inlines(&self.0, &mut |inline| match inline {
            Inline::Text { text } | Inline::Code { text } => f(text),
            Inline::Ref { number, .. } => f(number),
            _ => {}
        });
    }
}

/// Calls `f` with every inline of the blocks, in reading order: those in
/// paragraphs, headings, list items and table cells, each before the
/// inlines inside it (formatting, links, a footnote's text).
pub fn visit_inlines(blocks: &[Block], f: &mut dyn FnMut(&Inline)) {
    fn inlines(items: &[Inline], f: &mut dyn FnMut(&Inline)) {
        for inline in items {
            f(inline);
            match inline {
                Inline::Emph { inlines: i }
                | Inline::Strong { inlines: i }
                | Inline::Link { inlines: i, .. } => inlines(i, f),
                Inline::Note {
                    blocks: Some(b), ..
                } => visit_inlines(b, f),
                _ => {}
            }
        }
    }
    for block in blocks {
        match block {
            Block::Paragraph { inlines: i } | Block::Heading { inlines: i, .. } => inlines(i, f),
            Block::List { items, .. } => items.iter().for_each(|b| visit_inlines(b, f)),
            Block::Table { head, rows, .. } => {
                head.iter()
                    .chain(rows.iter().flatten())
                    .for_each(|cell| inlines(cell, f));
            }
        }
    }
}

/// [`visit_inlines`], for changing them: `f` sees an inline before what
/// it holds (and what it holds after `f` has changed it).
pub fn visit_inlines_mut(blocks: &mut [Block], f: &mut dyn FnMut(&mut Inline)) {
    fn inlines(items: &mut [Inline], f: &mut dyn FnMut(&mut Inline)) {
        for inline in items {
            f(inline);
            match inline {
                Inline::Emph { inlines: i }
                | Inline::Strong { inlines: i }
                | Inline::Link { inlines: i, .. } => inlines(i, f),
                Inline::Note {
                    blocks: Some(b), ..
                } => visit_inlines_mut(b, f),
                _ => {}
            }
        }
    }
    for block in blocks {
        match block {
            Block::Paragraph { inlines: i } | Block::Heading { inlines: i, .. } => inlines(i, f),
            Block::List { items, .. } => items.iter_mut().for_each(|b| visit_inlines_mut(b, f)),
            Block::Table { head, rows, .. } => {
                head.iter_mut()
                    .chain(rows.iter_mut().flatten())
                    .for_each(|cell| inlines(cell, f));
            }
        }
    }
}

impl Block {
    fn push_plain_text(&self, out: &mut String) {
        match self {
            Block::Paragraph { inlines } | Block::Heading { inlines, .. } => {
                Inline::push_all_plain(inlines, out)
            }
            Block::List { items, .. } => {
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push('\n');
                    }
                    for block in item {
                        block.push_plain_text(out);
                    }
                }
            }
            // A row on each line, its cells apart.
            Block::Table { head, rows, .. } => {
                for (i, row) in std::iter::once(head).chain(rows).enumerate() {
                    if i > 0 {
                        out.push('\n');
                    }
                    for (j, cell) in row.iter().enumerate() {
                        if j > 0 {
                            out.push_str(" | ");
                        }
                        Inline::push_all_plain(cell, out);
                    }
                }
            }
        }
    }
}

/// Appends text, joining it to a text just before it.
pub fn push_text(out: &mut Vec<Inline>, text: &str) {
    if let Some(Inline::Text { text: last }) = out.last_mut() {
        last.push_str(text);
    } else {
        out.push(Inline::text(text));
    }
}

/// Appends inlines, joining texts to a text just before them.
pub fn push_inlines(out: &mut Vec<Inline>, inlines: Vec<Inline>) {
    for inline in inlines {
        match inline {
            Inline::Text { text } => push_text(out, &text),
            other => out.push(other),
        }
    }
}

impl Inline {
    pub fn text(text: &str) -> Self {
        Inline::Text {
            text: text.to_owned(),
        }
    }

    /// The inlines with links, and references (which print as links),
    /// replaced by their text: what may stand inside a link, since links
    /// cannot nest.
    pub fn without_links(inlines: &[Inline]) -> Vec<Inline> {
        inlines
            .iter()
            .flat_map(|inline| match inline {
                Inline::Link { inlines, .. } => Inline::without_links(inlines),
                Inline::Ref { number, .. } => vec![Inline::text(number)],
                Inline::Emph { inlines } => vec![Inline::Emph {
                    inlines: Inline::without_links(inlines),
                }],
                Inline::Strong { inlines } => vec![Inline::Strong {
                    inlines: Inline::without_links(inlines),
                }],
                other => vec![other.clone()],
            })
            .collect()
    }

    fn push_all_plain(inlines: &[Inline], out: &mut String) {
        for inline in inlines {
            match inline {
                Inline::Text { text } | Inline::Code { text } => out.push_str(text),
                Inline::Emph { inlines }
                | Inline::Strong { inlines }
                | Inline::Link { inlines, .. } => Self::push_all_plain(inlines, out),
                Inline::LineBreak => out.push('\n'),
                Inline::Ref { number, .. } => out.push_str(number),
                Inline::Note { number, .. } => out.push_str(&format!("[{number}]")),
            }
        }
    }
}

impl Rich {
    /// The ids of the activities this text refers to, in order.
    pub fn referenced_ids(&self) -> Vec<String> {
        let mut ids = Vec::new();
        self.clone().for_each_ref_mut(&mut |inline| {
            if let Inline::Ref { id, .. } = inline {
                ids.push(std::mem::take(id));
            }
        });
        ids
    }

    /// Calls `f` with every reference, in order, to read or fill it in.
    pub fn for_each_ref_mut(&mut self, f: &mut dyn FnMut(&mut Inline)) {
        visit_inlines_mut(&mut self.0, &mut |inline| {
            if let Inline::Ref { .. } = inline {
                f(inline)
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inside_a_link_links_and_references_become_their_text() {
        let inner = vec![
            Inline::text("se "),
            Inline::Ref {
                id: "a".into(),
                number: "1.2".into(),
                anchor: anchor("a"),
            },
            Inline::Strong {
                inlines: vec![Inline::Link {
                    url: "https://x.se".into(),
                    inlines: vec![Inline::text("här")],
                }],
            },
        ];
        assert_eq!(
            Inline::without_links(&inner),
            vec![
                Inline::text("se "),
                Inline::text("1.2"),
                Inline::Strong {
                    inlines: vec![Inline::text("här")]
                },
            ]
        );
    }
}
