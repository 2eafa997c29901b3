//! Parses the authors' Markdown into the plan's formatted-text tree.
//!
//! Only emphasis, strong, links, inline code, line breaks, lists and
//! headings are kept as formatting, and in prose (sections, area
//! introductions) also tables and footnotes. Everything else becomes
//! literal text or is left out, and each such place is reported as a
//! located [`Note`], so that no text disappears without the author being
//! told. Nothing is ever loaded
//! from a path or URL, and links may only go to `https:`, `http:` and
//! `mailto:` addresses.

use std::iter::Peekable;
use std::ops::Range;

use pulldown_cmark::{CodeBlockKind, Event, LinkType, OffsetIter, Options, Parser, Tag, TagEnd};

use crate::model::{
    Block, Inline, LINK_PREFIXES, Rich, is_allowed_link, is_id, push_inlines, push_text,
    visit_inlines_mut,
};

mod convert;
mod notes;
mod tables;

use convert::Converter;
use notes::Definition;

/// Containers nested deeper than this (lists in lists in quotes …) are
/// flattened to plain paragraphs, so that no input can exhaust the stack.
const MAX_DEPTH: usize = 12;

/// GitHub's footnotes and tables; its other extensions (strikethrough,
/// task lists) stay literal text.
const OPTIONS: Options = Options::ENABLE_FOOTNOTES.union(Options::ENABLE_TABLES);

/// At most this many notes are kept per text; the last one says how many
/// more there were.
const MAX_NOTES: usize = 50;

/// Quoted source longer than this is shortened with "…".
const MAX_QUOTE: usize = 60;

/// The formatted text and what the author should know about it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Parsed {
    pub rich: Rich,
    /// In source order.
    pub notes: Vec<Note>,
    /// References to activities (`[](#id)`): the id and where it is written
    /// (a byte range in the Markdown given to [`parse`]).
    pub references: Vec<(String, Range<usize>)>,
}

/// Something in the Markdown that the outputs cannot show as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// Byte range in the Markdown given to [`parse`].
    pub range: Range<usize>,
    /// `true` if the plan must not be built (a link that cannot be allowed);
    /// `false` for a warning (something printed differently from how it reads).
    pub error: bool,
    pub message: crate::report::Message,
    pub hint: String,
}

/// Sets each heading's depth below the part it stands in, in reading order
/// (list items included): `open` holds the author's levels of the headings
/// still open, outermost first.
fn set_heading_depths(blocks: &mut [Block], open: &mut Vec<u8>) {
    for block in blocks {
        match block {
            Block::Heading { level, depth, .. } => {
                while open.last().is_some_and(|l| l >= level) {
                    open.pop();
                }
                open.push(*level);
                *depth = open.len() as u8;
            }
            Block::List { items, .. } => {
                (items.iter_mut()).for_each(|item| set_heading_depths(item, open));
            }
            Block::Paragraph { .. } | Block::Table { .. } => {}
        }
    }
}

/// Parses prose (a section, an area's introduction) into blocks, with a
/// note for everything the outputs cannot show as written.
///
/// Text indented as a whole (a TOML multi-line string indented to match the
/// file) is dedented first, so that it stays a paragraph rather than turning
/// into a code block; note ranges still point into `markdown` as given.
pub fn parse(markdown: &str) -> Parsed {
    parse_in(markdown, false)
}

/// Parses the text of a table cell (an activity's field, a change's
/// description) as [`parse`] does prose, except that tables and footnotes
/// are printed as written there (with a note).
pub fn parse_cell(markdown: &str) -> Parsed {
    parse_in(markdown, true)
}

fn parse_in(markdown: &str, in_cell: bool) -> Parsed {
    let dedented = Dedented::new(markdown);
    let mut converter = Converter {
        events: Parser::new_ext(&dedented.text, OPTIONS)
            .into_offset_iter()
            .peekable(),
        source: &dedented.text,
        depth: 0,
        notes: Vec::new(),
        in_quote: false,
        used_labels: Vec::new(),
        html_note: None,
        flattened_note: false,
        references: Vec::new(),
        run: String::new(),
        run_events: Vec::new(),
        in_cell,
        in_note: false,
        definitions: Vec::new(),
    };
    let mut blocks = converter.blocks();
    converter.check_run();
    converter.place_notes(&mut blocks);
    set_heading_depths(&mut blocks, &mut Vec::new());
    let used = std::mem::take(&mut converter.used_labels);
    let references = std::mem::take(&mut converter.references)
        .into_iter()
        .map(|(id, range)| (id, dedented.original_range(range)))
        .collect();
    let mut notes = converter.notes;
    // Link reference definitions are never shown; one that no link uses
    // would vanish without a trace.
    let definitions = Parser::new_ext(&dedented.text, OPTIONS);
    for (label, definition) in definitions.reference_definitions().iter() {
        if !used.contains(&label_key(label)) {
            let written = quote(dedented.text.get(definition.span.clone()).unwrap_or(""));
            notes.push(Note {
                range: definition.span.clone(),
                error: false,
                message: crate::msg!("plan-md-unused-definition", written = written),
                hint: crate::t!("plan-md-unused-definition.hint", label = label),
            });
        }
    }
    for note in &mut notes {
        note.range = dedented.original_range(note.range.clone());
    }
    notes.sort_by_key(|n| (n.range.start, n.range.end));
    if notes.len() > MAX_NOTES {
        let more = notes.len() - (MAX_NOTES - 1);
        notes.truncate(MAX_NOTES - 1);
        let start = notes.last().map_or(0, |n| n.range.start);
        notes.push(Note {
            range: start..markdown.len(),
            error: false,
            message: crate::msg!("plan-md-more-notes", count = more),
            hint: crate::t!("plan-md-more-notes.hint"),
        });
    }
    Parsed {
        rich: Rich(blocks),
        notes,
        references,
    }
}

/// Why a link may not go to `url`, if it may not: only web and e-mail
/// addresses can be followed from both the PDF and the Markdown, and only
/// they are safe. (The Markdown renderer checks links the same way.)
fn url_problem(url: &str) -> Option<String> {
    if is_allowed_link(url) {
        return None;
    }
    let trimmed = url.trim();
    if trimmed.is_empty() {
        return Some(crate::t!("plan-md-link-no-address"));
    }
    let lower = trimmed.to_ascii_lowercase();
    for prefix in LINK_PREFIXES {
        if let Some(rest) = lower.strip_prefix(prefix) {
            if rest.trim().is_empty() {
                return Some(crate::t!("plan-md-link-only-prefix", prefix = prefix));
            }
            if trimmed.len() != url.len() || url.chars().any(char::is_control) {
                return Some(crate::t!("plan-md-link-spaces", url = quote(url)));
            }
            return None;
        }
    }
    let scheme_end = trimmed.find(':').filter(|&end| {
        let scheme = &trimmed[..end];
        scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    });
    let url = quote(trimmed);
    Some(match scheme_end {
        Some(end) => crate::t!("plan-md-link-scheme", url = url, scheme = &trimmed[..end]),
        None if trimmed.starts_with('#') => crate::t!("plan-md-link-fragment", url = url),
        None => crate::t!("plan-md-link-relative", url = url),
    })
}

/// The text with the leading whitespace common to all its non-blank lines
/// removed, and how to find each byte's place in the original.
struct Dedented {
    text: String,
    /// For each line: where it starts in `text`, and where that byte is in
    /// the original.
    lines: Vec<(usize, usize)>,
}

impl Dedented {
    fn new(original: &str) -> Self {
        let indent_of = |line: &str| line.len() - line.trim_start_matches([' ', '\t']).len();
        let is_blank = |line: &str| line.trim_matches([' ', '\t', '\r', '\n']).is_empty();
        let mut common: Option<&str> = None;
        for line in original.split('\n').filter(|l| !is_blank(l)) {
            let indent = &line[..indent_of(line)];
            common = Some(match common {
                None => indent,
                Some(c) => {
                    let same = c
                        .bytes()
                        .zip(indent.bytes())
                        .take_while(|(a, b)| a == b)
                        .count();
                    &c[..same]
                }
            });
        }
        let common = common.unwrap_or("");
        if common.is_empty() {
            return Dedented {
                text: original.to_owned(),
                lines: vec![(0, 0)],
            };
        }
        let mut text = String::with_capacity(original.len());
        let mut lines = Vec::new();
        let mut start = 0;
        for line in original.split_inclusive('\n') {
            let removed = if is_blank(line) {
                indent_of(line)
            } else {
                common.len()
            };
            lines.push((text.len(), start + removed));
            text.push_str(&line[removed..]);
            start += line.len();
        }
        Dedented { text, lines }
    }

    fn original(&self, pos: usize) -> usize {
        let i = self.lines.partition_point(|&(start, _)| start <= pos);
        let (start, original) = self.lines[i.saturating_sub(1)];
        original + (pos - start)
    }

    fn original_range(&self, range: Range<usize>) -> Range<usize> {
        let start = self.original(range.start);
        let end = if range.end > range.start {
            self.original(range.end - 1) + 1
        } else {
            start
        };
        start..end
    }
}

fn is_inline(event: &Event) -> bool {
    match event {
        Event::Text(_)
        | Event::Code(_)
        | Event::Html(_)
        | Event::InlineHtml(_)
        | Event::FootnoteReference(_)
        | Event::SoftBreak
        | Event::HardBreak => true,
        Event::Start(tag) => matches!(
            tag,
            Tag::Emphasis | Tag::Strong | Tag::Link { .. } | Tag::Image { .. }
        ),
        _ => false,
    }
}

/// Formatting inside a paragraph, as opposed to a block.
fn is_inline_tag(tag: &Tag) -> bool {
    matches!(
        tag,
        Tag::Emphasis | Tag::Strong | Tag::Strikethrough | Tag::Link { .. } | Tag::Image { .. }
    )
}

fn is_inline_tag_end(tag: TagEnd) -> bool {
    matches!(
        tag,
        TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough | TagEnd::Link | TagEnd::Image
    )
}

/// Appends text, joining it to a text just before it without making a
/// run of spaces where the two meet.
fn push_spaced(out: &mut Vec<Inline>, text: &str) {
    let text = match out.last() {
        Some(Inline::Text { text: last }) if last.ends_with(' ') => text.trim_start_matches(' '),
        Some(_) => text,
        None if text == " " => "",
        None => text,
    };
    if !text.is_empty() {
        push_text(out, text);
    }
}

/// Removes a space that ends the inlines.
fn trim_spaces(inlines: &mut Vec<Inline>) {
    if let Some(Inline::Text { text }) = inlines.last_mut() {
        text.truncate(text.trim_end_matches(' ').len());
        if text.is_empty() {
            inlines.pop();
        }
    }
}

/// A link label as Markdown matches them: case and runs of whitespace do
/// not matter.
fn label_key(label: &str) -> String {
    label
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Inlines with neighbouring texts joined.
fn merge_text(inlines: Vec<Inline>) -> Vec<Inline> {
    let mut out = Vec::new();
    push_inlines(&mut out, inlines);
    out
}

/// Source text to quote in a message: on one line, shortened if long.
fn quote(s: &str) -> String {
    let one_line: String = s
        .trim()
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if one_line.chars().count() > MAX_QUOTE {
        let short: String = one_line.chars().take(MAX_QUOTE - 1).collect();
        format!("{}…", short.trim_end())
    } else {
        one_line
    }
}

/// The text of inlines without formatting.
fn plain(inlines: &[Inline]) -> String {
    Rich(vec![Block::Paragraph {
        inlines: inlines.to_vec(),
    }])
    .plain_text()
}

#[cfg(test)]
mod tests;
