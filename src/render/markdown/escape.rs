//! The Markdown filters: plan text written so that GitHub reads it back exactly (see the module above for the rules).

use crate::model::{Block, Inline, Rich, is_allowed_link};

mod chars;
mod prose;
mod tidy;

use chars::{Edges, normalise, odd_backslashes_before_pipe, push_escaped, push_url};
use prose::{note_definitions, note_label, table};
use tidy::{Formatting, expected_text, flattened, tidy};

/// Plain text as Markdown on one line: every character that could mean
/// something is escaped, so that the text reads back exactly as written
/// (surrounding whitespace trimmed, line breaks as `<br>`). Safe in headings
/// and in table cells.
pub fn text(s: &str) -> String {
    let s = normalise(s);
    let mut out = String::new();
    push_escaped(
        &mut out,
        s.trim(),
        Edges {
            line_start: true,
            line_end: true,
        },
        &Context::Line,
    );
    out
}

/// Formatted text as a single table-cell line: blocks separated by `<br>`,
/// list items marked with • or their number.
pub fn cell(rich: &Rich) -> String {
    let mut lines = Vec::new();
    for block in &rich.0 {
        push_cell_lines(&mut lines, block);
    }
    lines.retain(|(marker, inlines)| marker.is_some() || !inlines.is_empty());
    let count = lines.len();
    let mut out = String::new();
    for (i, (marker, inlines)) in lines.iter().enumerate() {
        if i > 0 {
            out.push_str("<br>");
        }
        let neighbours = Neighbours {
            before: i > 0 && marker.is_none(),
            after: i + 1 < count,
        };
        let line = inline_line(inlines, &Context::Cell, neighbours);
        match marker {
            Some(marker) if line.is_empty() => out.push_str(marker),
            Some(marker) => out.push_str(&format!("{marker} {line}")),
            None => out.push_str(&line),
        }
    }
    out
}

/// The lines a block takes in a cell: each with its list marker, if it
/// starts a list item, and its (tidied) inlines.
fn push_cell_lines(lines: &mut Vec<(Option<String>, Vec<Inline>)>, block: &Block) {
    match block {
        Block::Paragraph { inlines } => lines.push((None, tidy(inlines))),
        Block::Heading { inlines, .. } => lines.push((
            None,
            tidy(&[Inline::Strong {
                inlines: inlines.clone(),
            }]),
        )),
        Block::List { start, items } => {
            for (i, item) in items.iter().enumerate() {
                let mut inner = Vec::new();
                for block in item {
                    push_cell_lines(&mut inner, block);
                }
                inner.retain(|(marker, inlines)| marker.is_some() || !inlines.is_empty());
                let marker = list_marker(*start, i, "•");
                match inner.first_mut() {
                    Some((None, _)) => inner[0].0 = Some(marker),
                    Some((Some(inner_marker), _)) => {
                        *inner_marker = format!("{marker} {inner_marker}")
                    }
                    None => inner.push((Some(marker), Vec::new())),
                }
                lines.extend(inner);
            }
        }
        // Not in cells (the loader prints a table there row by row); so
        // if one were: a line per row, `|` between the cells.
        Block::Table { head, rows, .. } => {
            for row in std::iter::once(head).chain(rows) {
                let mut inlines = Vec::new();
                for (i, cell) in row.iter().enumerate() {
                    if i > 0 {
                        inlines.push(Inline::text(" | "));
                    }
                    inlines.extend(cell.iter().cloned());
                }
                lines.push((None, tidy(&inlines)));
            }
        }
    }
}

/// The marker of a list's `i`th item: its number, or `bullet`.
fn list_marker(start: Option<u64>, i: usize, bullet: &str) -> String {
    match start {
        Some(n) => format!("{}.", n.saturating_add(i as u64)),
        None => bullet.to_owned(),
    }
}

/// Formatted text as Markdown blocks separated by blank lines. Each
/// paragraph is one line (a line break continues it on the next line), so
/// that a changed sentence is a changed line. The footnotes' definitions
/// follow the blocks.
pub fn blocks(blocks: &[Block], indent: &str) -> String {
    let body = blocks_only(blocks, indent);
    let notes = note_definitions(blocks, indent);
    match (body.is_empty(), notes.is_empty()) {
        (_, true) => body,
        (true, false) => notes,
        (false, false) => format!("{body}\n\n{notes}"),
    }
}

fn blocks_only(blocks: &[Block], indent: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    for block in blocks {
        match block {
            Block::Paragraph { inlines } => {
                let line = inline_line(inlines, &Context::Block { indent }, Neighbours::default());
                if !line.is_empty() {
                    out.push(format!("{indent}{line}"));
                }
            }
            Block::Heading { depth, inlines, .. } => {
                let hashes = "#".repeat((*depth as usize + 2).min(6));
                let line = inline_line(inlines, &Context::Line, Neighbours::default());
                out.push(format!("{indent}{hashes} {line}").trim_end().to_owned());
            }
            Block::List { start, items } => {
                let mut lines = Vec::new();
                for (i, item) in items.iter().enumerate() {
                    // Markdown reads at most nine digits as a list number.
                    let marker = list_marker(
                        start.map(|n| n.min(999_999_999u64.saturating_sub(i as u64))),
                        i,
                        "-",
                    );
                    let inner_indent = format!("{indent}{}", " ".repeat(marker.len() + 1));
                    let body = blocks_only(item, &inner_indent);
                    // An empty item can end a list early: leave it out.
                    if body.is_empty() {
                        continue;
                    }
                    let body = body.strip_prefix(inner_indent.as_str()).unwrap_or(&body);
                    lines.push(format!("{indent}{marker} {body}").trim_end().to_owned());
                }
                if !lines.is_empty() {
                    out.push(lines.join("\n"));
                }
            }
            Block::Table { align, head, rows } => out.extend(table(align, head, rows, indent)),
        }
    }
    out.join("\n\n")
}

/// Where a line of inlines is written.
enum Context<'a> {
    /// Inside a table cell: line breaks as `<br>`, `|` escaped even in code.
    Cell,
    /// A heading or another single line outside tables.
    Line,
    /// A paragraph: line breaks continue on the next line, indented.
    Block { indent: &'a str },
}

impl Context<'_> {
    fn in_table(&self) -> bool {
        matches!(self, Context::Cell)
    }
}

/// Inlines on one line (or, in a paragraph, on lines joined by hard breaks).
///
/// Emphasis is written with `*`, which Markdown only reads as emphasis next
/// to suitable characters. The line is therefore read back, and if its
/// text differs from the inlines' text, it is written again with less
/// formatting, so that the words always come out as written.
fn inline_line(inlines: &[Inline], context: &Context, neighbours: Neighbours) -> String {
    let inlines = tidy(inlines);
    let mut expected = expected_text(&inlines);
    if neighbours.before {
        expected.insert_str(0, "x\n");
    }
    if neighbours.after {
        expected.push_str("\nx");
    }
    let before = if neighbours.before { "x<br>" } else { "" };
    let after = if neighbours.after { "<br>x" } else { "" };
    let mut candidates = [Formatting::All, Formatting::NoEmphasis, Formatting::None]
        .into_iter()
        .peekable();
    while let Some(formatting) = candidates.next() {
        let inlines = match formatting {
            Formatting::All => inlines.clone(),
            _ => tidy(&flattened(&inlines, formatting)),
        };
        let mut out = String::new();
        Writer {
            out: &mut out,
            context,
        }
        .inlines(&inlines, true, true);
        if candidates.peek().is_none() {
            return out;
        }
        let read = read_back(&format!("{before}{out}{after}"), context);
        if read.as_deref() == Some(expected.as_str()) {
            return out;
        }
    }
    unreachable!("the last candidate is always returned")
}

/// Whether a line is joined to others with `<br>` (in a cell), which
/// changes how Markdown reads emphasis at its edges.
#[derive(Clone, Copy, Default)]
struct Neighbours {
    before: bool,
    after: bool,
}

struct Writer<'o, 'c> {
    out: &'o mut String,
    context: &'c Context<'c>,
}

impl Writer<'_, '_> {
    /// Writes inlines; `starts_line` and `ends_line` tell whether they begin
    /// and end a line, where whitespace and some characters need care.
    fn inlines(&mut self, inlines: &[Inline], starts_line: bool, ends_line: bool) {
        for (i, inline) in inlines.iter().enumerate() {
            let first = i == 0;
            let last = i + 1 == inlines.len();
            let after_break = i > 0 && matches!(inlines[i - 1], Inline::LineBreak);
            let before_break = matches!(inlines.get(i + 1), Some(Inline::LineBreak));
            let edges = Edges {
                line_start: (first && starts_line) || after_break,
                line_end: (last && ends_line) || before_break,
            };
            match inline {
                Inline::Text { text } => {
                    push_escaped(self.out, &normalise(text), edges, self.context)
                }
                Inline::Code { text } => self.code(&normalise(text), edges),
                Inline::Emph { inlines } => {
                    self.out.push('*');
                    self.inlines(inlines, false, false);
                    self.out.push('*');
                }
                Inline::Strong { inlines } => {
                    self.out.push_str("**");
                    self.inlines(inlines, false, false);
                    self.out.push_str("**");
                }
                // `tidy` has written links that are not allowed as text.
                Inline::Link { url, inlines } if is_allowed_link(url) => {
                    self.out.push('[');
                    self.inlines(inlines, false, false);
                    self.out.push_str("](");
                    push_url(self.out, url);
                    self.out.push(')');
                }
                Inline::Link { inlines, .. } => {
                    self.inlines(inlines, edges.line_start, edges.line_end)
                }
                // A number and an anchor name are digits, letters and `-.`:
                // nothing in them needs escaping.
                Inline::Ref { number, anchor, .. } => {
                    self.out.push_str(&format!("[{number}](#{anchor})"));
                }
                // The label is digits, letters and `-`: nothing to escape.
                Inline::Note { number, anchor, .. } => {
                    self.out
                        .push_str(&format!("[^{}]", note_label(anchor, *number)));
                }
                Inline::LineBreak => {
                    let at_edge = first
                        || last
                        || after_break
                        || before_break
                        || !matches!(self.context, Context::Block { .. });
                    match self.context {
                        Context::Block { indent } if !at_edge => {
                            self.out.push_str("\\\n");
                            self.out.push_str(indent);
                        }
                        _ => self.out.push_str("<br>"),
                    }
                }
            }
        }
    }

    /// Inline code, fenced with more backticks than it contains. A line
    /// break inside splits it in two.
    fn code(&mut self, code: &str, edges: Edges) {
        for (i, line) in code.split('\n').enumerate() {
            if i > 0 {
                self.out.push_str("<br>");
            }
            if line.is_empty() {
                continue;
            }
            let edges = Edges {
                line_start: edges.line_start || i > 0,
                line_end: edges.line_end || i + 1 < code.split('\n').count(),
            };
            // In a table, `\|` is how a `|` is written even in code, so a
            // backslash right before a `|` cannot be: write such code as text.
            if self.context.in_table() && odd_backslashes_before_pipe(line) {
                push_escaped(self.out, line, edges, self.context);
                continue;
            }
            let line = if self.context.in_table() {
                line.replace('|', "\\|")
            } else {
                line.to_owned()
            };
            let longest = line.split(|c| c != '`').map(str::len).max().unwrap_or(0);
            let fence = "`".repeat(longest + 1);
            // Markdown strips one space from each end of code that has both,
            // and a backtick at either end would join the fence.
            let pad = line.starts_with('`')
                || line.ends_with('`')
                || (line.starts_with(' ') && line.ends_with(' ') && line.contains(|c| c != ' '));
            let pad = if pad { " " } else { "" };
            self.out.push_str(&fence);
            self.out.push_str(pad);
            self.out.push_str(&line);
            self.out.push_str(pad);
            self.out.push_str(&fence);
        }
    }
}

/// Reads a written line back with a CommonMark parser, in its context.
/// `None` if it does not read as one paragraph, heading or cell.
fn read_back(line: &str, context: &Context) -> Option<String> {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let source = match context {
        Context::Cell => format!("| x |\n| - |\n| {line} |\n"),
        Context::Line => format!("# {line}\n"),
        Context::Block { indent } => line.replace(&format!("\n{indent}"), "\n"),
    };
    let mut text = String::new();
    let mut depth = 0usize;
    let mut body = !matches!(context, Context::Cell);
    let mut blocks = 0;
    for event in Parser::new_ext(&source, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::TableHead) => body = false,
            Event::End(TagEnd::TableHead) => body = true,
            Event::Start(Tag::Paragraph | Tag::Heading { .. } | Tag::TableCell) if body => {
                blocks += 1;
                depth += 1;
            }
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::TableCell) if body => {
                depth = depth.saturating_sub(1);
            }
            Event::Start(Tag::HtmlBlock) => blocks += 1,
            Event::Text(t) | Event::Code(t) if body => text.push_str(&t),
            Event::Html(t) | Event::InlineHtml(t) if body => {
                if t.trim() == "<br>" {
                    text.push('\n');
                } else {
                    text.push_str(&t);
                }
            }
            Event::SoftBreak if body => text.push(' '),
            Event::HardBreak if body => text.push('\n'),
            _ => {}
        }
    }
    (blocks <= 1).then_some(text)
}

#[cfg(test)]
mod tests;
