//! Parses the authors' Markdown into the plan's formatted-text tree.
//!
//! Only emphasis, strong, links, inline code, line breaks, lists and headings
//! are kept as formatting. Everything else becomes literal text or is left
//! out, and each such place is reported as a located [`Note`], so that no
//! text disappears without the author being told. Nothing is ever loaded
//! from a path or URL, and links may only go to `https:`, `http:` and
//! `mailto:` addresses.

use std::iter::Peekable;
use std::ops::Range;

use pulldown_cmark::{CodeBlockKind, Event, LinkType, OffsetIter, Options, Parser, Tag, TagEnd};

use crate::model::{Block, Inline, Rich};

/// Containers nested deeper than this (lists in lists in quotes …) are
/// flattened to plain paragraphs, so that no input can exhaust the stack.
const MAX_DEPTH: usize = 12;

/// Footnotes are read so that they can be printed as written; GitHub's
/// other extensions (tables, strikethrough, task lists) stay literal text.
const OPTIONS: Options = Options::ENABLE_FOOTNOTES;

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
}

/// Something in the Markdown that the outputs cannot show as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// Byte range in the Markdown given to [`parse`].
    pub range: Range<usize>,
    /// `true` if the plan must not be built (a link that cannot be allowed);
    /// `false` for a warning (something printed differently from how it reads).
    pub error: bool,
    pub message: String,
    pub hint: String,
}

/// Parses Markdown into blocks, with a note for everything the outputs
/// cannot show as written.
///
/// Text indented as a whole (a TOML multi-line string indented to match the
/// file) is dedented first, so that it stays a paragraph rather than turning
/// into a code block; note ranges still point into `markdown` as given.
pub fn parse(markdown: &str) -> Parsed {
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
    };
    let blocks = converter.blocks();
    let used = std::mem::take(&mut converter.used_labels);
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
                message: format!(
                    "the link definition `{written}` is not used by any link, so it is not shown"
                ),
                hint: format!(
                    "refer to it as [text][{label}], or remove it; to print it, write \\[ at its start"
                ),
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
            message: format!("{more} more notes about this text are not shown"),
            hint: "fix the ones above first".to_owned(),
        });
    }
    Parsed {
        rich: Rich(blocks),
        notes,
    }
}

/// Why a link may not go to `url`, if it may not: only web and e-mail
/// addresses can be followed from both the PDF and the Markdown, and only
/// they are safe. (The Markdown renderer checks links the same way.)
fn url_problem(url: &str) -> Option<String> {
    let trimmed = url.trim();
    if trimmed.is_empty() {
        return Some("has no address".to_owned());
    }
    let lower = trimmed.to_ascii_lowercase();
    for prefix in ["https://", "http://", "mailto:"] {
        if let Some(rest) = lower.strip_prefix(prefix) {
            if rest.trim().is_empty() {
                return Some(format!("has only `{prefix}` as its address"));
            }
            if trimmed.len() != url.len() || url.chars().any(char::is_control) {
                return Some(format!(
                    "goes to `{}`, which contains spaces or control characters where they are not allowed",
                    quote(url)
                ));
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
    Some(match scheme_end {
        Some(end) => format!(
            "goes to `{}`, and `{}:` addresses are not allowed",
            quote(trimmed),
            &trimmed[..end]
        ),
        None if trimmed.starts_with('#') => format!(
            "goes to `{}`, a place in a web page, which cannot be followed from the PDF",
            quote(trimmed)
        ),
        None => format!(
            "goes to `{}`, a relative address, which leads nowhere from the PDF or the Markdown",
            quote(trimmed)
        ),
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

struct Converter<'a> {
    events: Peekable<OffsetIter<'a, pulldown_cmark::DefaultBrokenLinkCallback>>,
    /// The (dedented) Markdown the events come from.
    source: &'a str,
    /// How many containers and inline elements enclose the current event.
    depth: usize,
    notes: Vec<Note>,
    /// Inside a block quote (only the outermost one is reported).
    in_quote: bool,
    /// The labels of the reference definitions links used.
    used_labels: Vec<String>,
    /// The note about HTML in the current block, which further tags join.
    html_note: Option<usize>,
    /// Whether flattening of deep nesting has been reported.
    flattened_note: bool,
}

impl<'a> Converter<'a> {
    /// Blocks until the end of the enclosing container (its end event is consumed).
    fn blocks(&mut self) -> Vec<Block> {
        if self.depth >= MAX_DEPTH {
            return self.flattened();
        }
        self.depth += 1;
        let blocks = self.blocks_unguarded();
        self.depth -= 1;
        blocks
    }

    fn blocks_unguarded(&mut self) -> Vec<Block> {
        let mut blocks = Vec::new();
        loop {
            self.html_note = None;
            if self.events.peek().is_some_and(|(e, _)| is_inline(e)) {
                let inlines = self.loose_inlines();
                blocks.push(Block::Paragraph { inlines });
                continue;
            }
            let Some((event, range)) = self.events.next() else {
                return blocks;
            };
            match event {
                Event::End(_) => return blocks,
                Event::Start(Tag::Paragraph) => blocks.push(Block::Paragraph {
                    inlines: self.inlines(),
                }),
                Event::Start(Tag::Heading { level, .. }) => blocks.push(Block::Heading {
                    level: level as u8,
                    inlines: self.inlines(),
                }),
                Event::Start(Tag::List(start)) => {
                    let mut items = Vec::new();
                    while let Some((event, _)) = self.events.next() {
                        match event {
                            Event::Start(Tag::Item) => items.push(self.blocks()),
                            Event::End(_) => break,
                            _ => {}
                        }
                    }
                    blocks.push(Block::List { start, items });
                }
                Event::Start(tag @ (Tag::CodeBlock(_) | Tag::HtmlBlock)) => {
                    match &tag {
                        Tag::CodeBlock(CodeBlockKind::Indented) => self.warn(
                            self.widened_to_line_start(range.clone()),
                            "this text is indented by four spaces or more, so Markdown reads it as code: it is printed line by line as written".to_owned(),
                            "remove the indentation to make it an ordinary paragraph; to show code, put ``` on the lines before and after it",
                        ),
                        Tag::HtmlBlock => self.warn(
                            range.clone(),
                            format!(
                                "HTML is not interpreted: `{}` is printed as written",
                                self.quoted(range.clone())
                            ),
                            "use Markdown instead (*kursiv*, **fet**, a blank line between paragraphs); write \\< to print a < without this warning",
                        ),
                        _ => {}
                    }
                    let text = self.raw_text();
                    let mut inlines = Vec::new();
                    for (i, line) in text.trim_end_matches('\n').split('\n').enumerate() {
                        if i > 0 {
                            inlines.push(Inline::LineBreak);
                        }
                        push_text(&mut inlines, line);
                    }
                    if inlines.iter().any(|i| !matches!(i, Inline::LineBreak)) {
                        blocks.push(Block::Paragraph { inlines });
                    }
                }
                Event::Start(Tag::BlockQuote(_)) => {
                    let outer = !self.in_quote;
                    if outer {
                        self.warn(
                            range,
                            "the quote's frame is not shown: the text after `>` is printed as ordinary paragraphs".to_owned(),
                            "remove the `>` at the start of the lines, or write \\> to print it",
                        );
                    }
                    self.in_quote = true;
                    blocks.extend(self.blocks());
                    self.in_quote = !outer;
                }
                // Footnotes are printed as written: `[^1]: text`.
                Event::Start(Tag::FootnoteDefinition(label)) => {
                    let mut inner = self.blocks();
                    let marker = Inline::text(&format!("[^{label}]: "));
                    match inner.first_mut() {
                        Some(Block::Paragraph { inlines }) => {
                            let mut all = vec![marker];
                            all.append(inlines);
                            *inlines = merge_text(all);
                        }
                        _ => inner.insert(
                            0,
                            Block::Paragraph {
                                inlines: vec![marker],
                            },
                        ),
                    }
                    blocks.extend(inner);
                }
                // Other containers (none are enabled): keep their content.
                Event::Start(_) => blocks.extend(self.blocks()),
                Event::Rule => self.warn(
                    range.clone(),
                    format!(
                        "the horizontal line `{}` is not shown",
                        self.quoted(range.clone())
                    ),
                    "remove the line; to print the characters, write a backslash before the first, e.g. \\---",
                ),
                _ => {}
            }
        }
    }

    /// Inlines directly inside a tight list item, up to the next block.
    fn loose_inlines(&mut self) -> Vec<Inline> {
        let mut inlines = Vec::new();
        while self.events.peek().is_some_and(|(e, _)| is_inline(e)) {
            let (event, range) = self.events.next().expect("peeked");
            self.inline(event, range, &mut inlines);
        }
        inlines
    }

    /// Inlines up to the end of the enclosing element (its end event is consumed).
    fn inlines(&mut self) -> Vec<Inline> {
        if self.depth >= MAX_DEPTH {
            return match self.flattened().pop() {
                Some(Block::Paragraph { inlines }) => inlines,
                _ => Vec::new(),
            };
        }
        self.depth += 1;
        let inlines = self.inlines_unguarded();
        self.depth -= 1;
        inlines
    }

    fn inlines_unguarded(&mut self) -> Vec<Inline> {
        let mut inlines = Vec::new();
        while let Some((event, range)) = self.events.next() {
            if let Event::End(_) = event {
                break;
            }
            self.inline(event, range, &mut inlines);
        }
        inlines
    }

    fn inline(&mut self, event: Event<'a>, range: Range<usize>, out: &mut Vec<Inline>) {
        match event {
            Event::Text(text) => push_text(out, &text),
            Event::FootnoteReference(label) => push_text(out, &format!("[^{label}]")),
            Event::Html(text) | Event::InlineHtml(text) => {
                self.html(range);
                push_text(out, &text)
            }
            Event::Code(text) => out.push(Inline::Code {
                text: text.into_string(),
            }),
            Event::SoftBreak => push_text(out, " "),
            Event::HardBreak => out.push(Inline::LineBreak),
            Event::Start(Tag::Emphasis) => out.push(Inline::Emph {
                inlines: self.inlines(),
            }),
            Event::Start(Tag::Strong) => out.push(Inline::Strong {
                inlines: self.inlines(),
            }),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                id,
                ..
            }) => {
                if !id.is_empty() {
                    self.used_labels.push(label_key(&id));
                }
                let url = match link_type {
                    LinkType::Email => format!("mailto:{dest_url}"),
                    _ => dest_url.into_string(),
                };
                let mut inlines = self.inlines();
                match url_problem(&url) {
                    None => {
                        if plain(&inlines).trim().is_empty() {
                            // An invisible link shows its address instead.
                            inlines = vec![Inline::text(&url)];
                        }
                        out.push(Inline::Link { url, inlines });
                    }
                    Some(why) => {
                        let how = match link_type {
                            LinkType::Reference
                            | LinkType::Collapsed
                            | LinkType::Shortcut
                            | LinkType::ReferenceUnknown
                            | LinkType::CollapsedUnknown
                            | LinkType::ShortcutUnknown => " (as its reference definition says)",
                            _ => "",
                        };
                        let message =
                            format!("the link `{}`{how} {why}", self.quoted(range.clone()));
                        self.notes.push(Note {
                            range,
                            error: true,
                            message,
                            hint: "links must go to a full web or e-mail address starting with https://, http:// or mailto:, e.g. [Läkemedelsplanen](https://www.norrbotten.se/)".to_owned(),
                        });
                        // Keep the text, without the link.
                        for inline in inlines {
                            match inline {
                                Inline::Text { text } => push_text(out, &text),
                                other => out.push(other),
                            }
                        }
                    }
                }
            }
            Event::Start(Tag::Image { id, .. }) => {
                if !id.is_empty() {
                    self.used_labels.push(label_key(&id));
                }
                let description = self.inlines();
                let shown = plain(&description);
                let message = if shown.trim().is_empty() {
                    format!(
                        "the image `{}` is not shown, and it has no description to print instead",
                        self.quoted(range.clone())
                    )
                } else {
                    format!(
                        "the image `{}` is not shown: only its description \"{}\" is printed",
                        self.quoted(range.clone()),
                        quote(&shown)
                    )
                };
                self.warn(
                    range,
                    message,
                    "plan text cannot include images; write what the image shows as text, or put a logo in the region's theme",
                );
                // Images show their description only: plan text never loads files.
                for inline in description {
                    match inline {
                        Inline::Text { text } => push_text(out, &text),
                        other => out.push(other),
                    }
                }
            }
            Event::Start(_) => {
                for inline in self.inlines() {
                    match inline {
                        Inline::Text { text } => push_text(out, &text),
                        other => out.push(other),
                    }
                }
            }
            _ => {}
        }
    }

    /// Reports an HTML tag; further tags in the same block join its note.
    fn html(&mut self, range: Range<usize>) {
        let tag = self.quoted(range.clone());
        if let Some(i) = self.html_note
            && let Some(note) = self.notes.get_mut(i)
        {
            note.range.end = note.range.end.max(range.end);
            if let Some(tags) = note
                .message
                .strip_prefix("HTML is not interpreted: ")
                .and_then(|m| m.strip_suffix(" is printed as written"))
                .or_else(|| {
                    note.message
                        .strip_prefix("HTML is not interpreted: ")
                        .and_then(|m| m.strip_suffix(" are printed as written"))
                })
            {
                note.message =
                    format!("HTML is not interpreted: {tags}, `{tag}` are printed as written");
            }
            return;
        }
        let hint = if tag.trim().eq_ignore_ascii_case("<br>")
            || tag.trim().eq_ignore_ascii_case("<br/>")
        {
            "for a line break, end the line with a backslash \\; write \\< to print a < without this warning"
        } else {
            "use Markdown instead (*kursiv*, **fet**, [text](https://…)); write \\< to print a < without this warning"
        };
        self.html_note = Some(self.notes.len());
        self.warn(
            range,
            format!("HTML is not interpreted: `{tag}` is printed as written"),
            hint,
        );
    }

    fn warn(&mut self, range: Range<usize>, message: String, hint: &str) {
        self.notes.push(Note {
            range,
            error: false,
            message,
            hint: hint.to_owned(),
        });
    }

    /// `range` widened to the start of its line if only whitespace precedes it.
    fn widened_to_line_start(&self, range: Range<usize>) -> Range<usize> {
        let before = &self.source[..range.start];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        if before[line_start..].trim().is_empty() {
            line_start..range.end
        } else {
            range
        }
    }

    /// The source of `range`, shortened to quote in a message.
    fn quoted(&self, range: Range<usize>) -> String {
        quote(self.source.get(range).unwrap_or(""))
    }

    /// The rest of the enclosing element as one plain paragraph, read
    /// without recursion (for content nested deeper than [`MAX_DEPTH`]).
    fn flattened(&mut self) -> Vec<Block> {
        let mut inlines = Vec::new();
        let mut open = 1usize;
        let mut range: Option<Range<usize>> = None;
        for (event, r) in self.events.by_ref() {
            range = Some(range.map_or(r.clone(), |a| a.start.min(r.start)..a.end.max(r.end)));
            match event {
                Event::Start(_) => open += 1,
                Event::End(_) => {
                    open -= 1;
                    if open == 0 {
                        break;
                    }
                    push_text(&mut inlines, " ");
                }
                Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                    push_text(&mut inlines, &t)
                }
                Event::SoftBreak | Event::HardBreak => push_text(&mut inlines, " "),
                _ => {}
            }
        }
        if !self.flattened_note
            && let Some(range) = range
        {
            self.flattened_note = true;
            self.warn(
                range,
                format!(
                    "lists, quotes or emphasis are nested more than {MAX_DEPTH} levels deep here: the inner levels are printed as plain text"
                ),
                "nest fewer levels",
            );
        }
        if inlines.is_empty() {
            return Vec::new();
        }
        vec![Block::Paragraph { inlines }]
    }

    /// The text of a code or HTML block.
    fn raw_text(&mut self) -> String {
        let mut text = String::new();
        for (event, _) in self.events.by_ref() {
            match event {
                Event::Text(t) | Event::Html(t) => text.push_str(&t),
                Event::End(TagEnd::CodeBlock | TagEnd::HtmlBlock) => break,
                _ => {}
            }
        }
        text
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

/// Appends text, merging with a preceding text node.
fn push_text(out: &mut Vec<Inline>, text: &str) {
    if let Some(Inline::Text { text: last }) = out.last_mut() {
        last.push_str(text);
    } else {
        out.push(Inline::text(text));
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
    for inline in inlines {
        match inline {
            Inline::Text { text } => push_text(&mut out, &text),
            other => out.push(other),
        }
    }
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
mod tests {
    use super::*;

    fn parse_rich(markdown: &str) -> Rich {
        parse(markdown).rich
    }

    fn text(s: &str) -> Inline {
        Inline::text(s)
    }

    /// The notes as "warning|error: message @ quoted source".
    fn notes(markdown: &str) -> Vec<String> {
        parse(markdown)
            .notes
            .iter()
            .map(|n| {
                format!(
                    "{}: {} @ {}",
                    if n.error { "error" } else { "warning" },
                    n.message,
                    &markdown[n.range.clone()]
                )
            })
            .collect()
    }

    #[test]
    fn paragraphs_and_emphasis() {
        let parsed = parse("Ett *viktigt* mål.\nSamma stycke.\n\nNytt **stycke**.");
        assert_eq!(
            parsed.rich.0,
            vec![
                Block::Paragraph {
                    inlines: vec![
                        text("Ett "),
                        Inline::Emph {
                            inlines: vec![text("viktigt")]
                        },
                        text(" mål. Samma stycke.")
                    ]
                },
                Block::Paragraph {
                    inlines: vec![
                        text("Nytt "),
                        Inline::Strong {
                            inlines: vec![text("stycke")]
                        },
                        text(".")
                    ]
                },
            ]
        );
        assert_eq!(parsed.notes, vec![]);
    }

    #[test]
    fn tight_lists_become_items_of_paragraphs() {
        let rich = parse_rich("- ett\n- två\n\n3. tre");
        assert_eq!(
            rich.0,
            vec![
                Block::List {
                    start: None,
                    items: vec![
                        vec![Block::Paragraph {
                            inlines: vec![text("ett")]
                        }],
                        vec![Block::Paragraph {
                            inlines: vec![text("två")]
                        }],
                    ]
                },
                Block::List {
                    start: Some(3),
                    items: vec![vec![Block::Paragraph {
                        inlines: vec![text("tre")]
                    }]]
                },
            ]
        );
    }

    #[test]
    fn html_images_and_typst_syntax_stay_literal_text() {
        let rich = parse_rich("<b>x</b> ![logga](/etc/passwd) #read(\"/etc/passwd\") $x^2$ @ref");
        assert_eq!(
            rich.plain_text(),
            "<b>x</b> logga #read(\"/etc/passwd\") $x^2$ @ref"
        );
    }

    #[test]
    fn escaped_markdown_characters_are_text() {
        assert_eq!(
            parse_rich(r"\*inte kursiv\* \# a \| b").plain_text(),
            "*inte kursiv* # a | b"
        );
    }

    #[test]
    fn ordinary_text_has_no_notes() {
        for ok in [
            "Ett *viktigt* och **starkt** mål med `kod`.",
            "Se [planen](https://www.norrbotten.se/plan) eller <https://example.org>.",
            "Skriv till <lakemedel@example.org> eller [oss](mailto:lakemedel@example.org).",
            "- ett\n- två\n\n1. tre\n\n# Rubrik\n\nRad\\\nny rad",
            "```\nkod  med  mellanslag\n```",
            "a < b och c > d, 5 & 6",
            "| a | b |\n| --- | --- |\n| 1 | 2 |",
            "Fotnot[^1].\n\n[^1]: Text.",
        ] {
            assert_eq!(notes(ok), Vec::<String>::new(), "{ok}");
        }
    }

    #[test]
    fn images_are_reported_and_print_their_description() {
        let parsed = parse("Se ![logga](bild.png) här");
        assert_eq!(parsed.rich.plain_text(), "Se logga här");
        assert_eq!(
            notes("Se ![logga](bild.png) här"),
            [
                "warning: the image `![logga](bild.png)` is not shown: only its description \"logga\" is printed @ ![logga](bild.png)"
            ]
        );
        assert_eq!(
            notes("![](bild.png)"),
            [
                "warning: the image `![](bild.png)` is not shown, and it has no description to print instead @ ![](bild.png)"
            ]
        );
    }

    #[test]
    fn horizontal_lines_are_reported() {
        assert_eq!(
            notes("Ett\n\n---\n\nTvå\n\n***"),
            [
                "warning: the horizontal line `---` is not shown @ ---\n",
                "warning: the horizontal line `***` is not shown @ ***"
            ]
        );
        assert_eq!(parse_rich("Ett\n\n---\n\nTvå").plain_text(), "Ett\nTvå");
    }

    #[test]
    fn block_quotes_keep_their_text_and_are_reported_once() {
        let parsed = parse("> citat\n>\n> > inre");
        assert_eq!(parsed.rich.plain_text(), "citat\ninre");
        assert_eq!(
            notes("Före\n\n> citat\n> > inre"),
            [
                "warning: the quote's frame is not shown: the text after `>` is printed as ordinary paragraphs @ > citat\n> > inre"
            ]
        );
    }

    #[test]
    fn html_is_printed_literally_and_reported_once_per_paragraph() {
        assert_eq!(
            notes("Ett <b>fett</b> ord<br>\n\nNytt <i>stycke</i>"),
            [
                "warning: HTML is not interpreted: `<b>`, `</b>`, `<br>` are printed as written @ <b>fett</b> ord<br>",
                "warning: HTML is not interpreted: `<i>`, `</i>` are printed as written @ <i>stycke</i>"
            ]
        );
        assert_eq!(
            notes("<div>\nblock\n</div>"),
            [
                "warning: HTML is not interpreted: `<div> block </div>` is printed as written @ <div>\nblock\n</div>"
            ]
        );
        assert_eq!(
            parse_rich("<div>\nblock\n</div>").plain_text(),
            "<div>\nblock\n</div>"
        );
        assert!(parse("rad<br>").notes[0].hint.contains("backslash"));
    }

    #[test]
    fn code_blocks_are_literal_text_and_indented_ones_are_reported() {
        let fenced = parse("```\nlet a = 1;\n  *b*\n```");
        assert_eq!(fenced.rich.plain_text(), "let a = 1;\n  *b*");
        assert_eq!(fenced.notes, vec![]);
        assert_eq!(
            notes("Stycke\n\n    kod *här*\n    mer"),
            [
                "warning: this text is indented by four spaces or more, so Markdown reads it as code: it is printed line by line as written @     kod *här*\n    mer"
            ]
        );
        assert_eq!(
            parse_rich("Stycke\n\n    kod *här*\n      mer").plain_text(),
            "Stycke\nkod *här*\n  mer"
        );
    }

    #[test]
    fn text_indented_as_a_whole_stays_a_paragraph() {
        let toml_like = "\n    Varje verksamhet ska ha *en* aktivitet\n    som bidrar.\n\n    - ett\n    - två\n  ";
        let parsed = parse(toml_like);
        assert_eq!(parsed.notes, vec![]);
        assert_eq!(
            parsed.rich.0[0],
            Block::Paragraph {
                inlines: vec![
                    text("Varje verksamhet ska ha "),
                    Inline::Emph {
                        inlines: vec![text("en")]
                    },
                    text(" aktivitet som bidrar.")
                ]
            }
        );
        assert!(matches!(parsed.rich.0[1], Block::List { start: None, .. }));
        // Tabs too, and more indentation than the rest is still code.
        let parsed = parse("\tEtt\n\n\t    kod");
        assert_eq!(parsed.rich.plain_text(), "Ett\nkod");
        assert_eq!(parsed.notes.len(), 1);
        assert_eq!(
            &"\tEtt\n\n\t    kod"[parsed.notes[0].range.clone()],
            "    kod"
        );
    }

    #[test]
    fn footnotes_are_printed_as_written() {
        let parsed = parse("Fotnot[^1].\n\n[^1]: Texten *här*.");
        assert_eq!(parsed.notes, vec![]);
        assert_eq!(parsed.rich.plain_text(), "Fotnot[^1].\n[^1]: Texten här.");
    }

    #[test]
    fn note_ranges_point_into_the_text_as_written() {
        let src = "    Ett ![bild](x.png) och\n      <b>fet</b> text\n";
        let notes = parse(src).notes;
        let quoted: Vec<&str> = notes.iter().map(|n| &src[n.range.clone()]).collect();
        assert_eq!(quoted, ["![bild](x.png)", "<b>fet</b>"]);
        let src = "Rad ett\r\n  ![a](b)\r\n";
        let notes = parse(src).notes;
        assert_eq!(&src[notes[0].range.clone()], "![a](b)");
    }

    #[test]
    fn links_must_go_to_web_or_mail_addresses() {
        let error = |md: &str| {
            let parsed = parse(md);
            let errors: Vec<String> = parsed
                .notes
                .iter()
                .filter(|n| n.error)
                .map(|n| format!("{} @ {}", n.message, &md[n.range.clone()]))
                .collect();
            assert!(
                !parsed.rich.plain_text().is_empty(),
                "the link text is kept: {md}"
            );
            assert!(
                !format!("{:?}", parsed.rich).contains("Link"),
                "no link is kept: {md}"
            );
            errors
        };
        assert_eq!(
            error("Se [länk]() här"),
            ["the link `[länk]()` has no address @ [länk]()"]
        );
        assert_eq!(
            error("[x](javascript:alert(1))"),
            [
                "the link `[x](javascript:alert(1))` goes to `javascript:alert(1)`, and `javascript:` addresses are not allowed @ [x](javascript:alert(1))"
            ]
        );
        assert_eq!(
            error("[x](JavaScript:alert)"),
            [
                "the link `[x](JavaScript:alert)` goes to `JavaScript:alert`, and `JavaScript:` addresses are not allowed @ [x](JavaScript:alert)"
            ]
        );
        assert_eq!(
            error("[bild](data:text/html,hej) [f](file:///etc/passwd) [v](vbscript:x)").len(),
            3
        );
        assert_eq!(
            error("[plan](plan.pdf)"),
            [
                "the link `[plan](plan.pdf)` goes to `plan.pdf`, a relative address, which leads nowhere from the PDF or the Markdown @ [plan](plan.pdf)"
            ]
        );
        assert_eq!(
            error("[mål](#mal)"),
            [
                "the link `[mål](#mal)` goes to `#mal`, a place in a web page, which cannot be followed from the PDF @ [mål](#mal)"
            ]
        );
        assert_eq!(
            error("<javascript:alert(1)>"),
            [
                "the link `<javascript:alert(1)>` goes to `javascript:alert(1)`, and `javascript:` addresses are not allowed @ <javascript:alert(1)>"
            ]
        );
        assert_eq!(
            error("Se [här][r].\n\n[r]: javascript:alert(1)"),
            [
                "the link `[här][r]` (as its reference definition says) goes to `javascript:alert(1)`, and `javascript:` addresses are not allowed @ [här][r]"
            ]
        );
        assert_eq!(error("[här]\n\n[här]: vbscript:x").len(), 1);
        assert_eq!(error("[x](https://)").len(), 1);
        let hint = &parse("[x](#a)").notes[0].hint;
        assert!(hint.contains("https://"), "{hint}");
    }

    #[test]
    fn unused_link_definitions_are_reported() {
        assert_eq!(
            notes("Text.\n\n[källa]: https://example.org/källa\n[Oanvänd]: https://example.org"),
            [
                "warning: the link definition `[källa]: https://example.org/källa` is not used by any link, so it is not shown @ [källa]: https://example.org/källa",
                "warning: the link definition `[Oanvänd]: https://example.org` is not used by any link, so it is not shown @ [Oanvänd]: https://example.org",
            ]
        );
        assert_eq!(
            notes(
                "Se [här][ANVÄND  KÄLLA], [kort] och ![bild][b].\n\n[använd källa]: https://example.org\n[kort]: https://example.org/k\n[b]: https://example.org/b.png"
            ),
            [
                "warning: the image `![bild][b]` is not shown: only its description \"bild\" is printed @ ![bild][b]"
            ]
        );
    }

    #[test]
    fn allowed_links_are_kept() {
        let rich = parse_rich(
            "[a](https://example.org/a) [b](HTTP://example.org) <mailto:x@example.org> <x@example.org> [](https://example.org/tom)",
        );
        let urls: Vec<String> = match &rich.0[0] {
            Block::Paragraph { inlines } => inlines
                .iter()
                .filter_map(|i| match i {
                    Inline::Link { url, .. } => Some(url.clone()),
                    _ => None,
                })
                .collect(),
            _ => panic!("a paragraph"),
        };
        assert_eq!(
            urls,
            [
                "https://example.org/a",
                "HTTP://example.org",
                "mailto:x@example.org",
                "mailto:x@example.org",
                "https://example.org/tom"
            ]
        );
        assert_eq!(
            rich.plain_text(),
            "a b mailto:x@example.org x@example.org https://example.org/tom"
        );
    }

    #[test]
    fn deep_nesting_is_flattened_and_reported_once() {
        let md = format!("{}djupt", "- ".repeat(40));
        let parsed = parse(&md);
        assert!(parsed.rich.plain_text().contains("djupt"));
        let deep: Vec<_> = parsed
            .notes
            .iter()
            .filter(|n| n.message.contains("nested"))
            .collect();
        assert_eq!(deep.len(), 1);
        let many = parse(&"<b> ![a](b) ".repeat(200).replace("<b>", "\n\n<b>"));
        assert_eq!(many.notes.len(), MAX_NOTES);
        assert!(many.notes[MAX_NOTES - 1].message.contains("more notes"));
    }
}
