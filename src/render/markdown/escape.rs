//! The Markdown filters: plan text written so that GitHub reads it back exactly (see the module above for the rules).

use crate::model::{Block, Inline, Rich, is_allowed_link};

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
/// that a changed sentence is a changed line.
pub fn blocks(blocks: &[Block], indent: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    for block in blocks {
        match block {
            Block::Paragraph { inlines } => {
                let line = inline_line(inlines, &Context::Block { indent }, Neighbours::default());
                if !line.is_empty() {
                    out.push(format!("{indent}{line}"));
                }
            }
            Block::Heading { level, inlines } => {
                let hashes = "#".repeat((*level as usize + 2).min(6));
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
                    let body = self::blocks(item, &inner_indent);
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

/// The inlines with emphasis (and for [`Formatting::None`], links too)
/// replaced by their content.
fn flattened(inlines: &[Inline], formatting: Formatting) -> Vec<Inline> {
    let mut out = Vec::new();
    for inline in inlines {
        match inline {
            Inline::Emph { inlines } | Inline::Strong { inlines } => {
                out.extend(flattened(inlines, formatting))
            }
            Inline::Link { inlines, .. } if formatting == Formatting::None => {
                out.extend(flattened(inlines, formatting))
            }
            Inline::Ref { number, .. } if formatting == Formatting::None => {
                out.push(Inline::text(number))
            }
            Inline::Link { url, inlines } => out.push(Inline::Link {
                url: url.clone(),
                inlines: flattened(inlines, formatting),
            }),
            other => out.push(other.clone()),
        }
    }
    out
}

/// Whether a line is joined to others with `<br>` (in a cell), which
/// changes how Markdown reads emphasis at its edges.
#[derive(Clone, Copy, Default)]
struct Neighbours {
    before: bool,
    after: bool,
}

/// How much formatting is written.
#[derive(Clone, Copy, PartialEq)]
enum Formatting {
    All,
    /// Emphasis and strong are left out (their text is kept).
    NoEmphasis,
    /// Only text and line breaks.
    None,
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

/// Whether some `|` follows an odd number of backslashes.
fn odd_backslashes_before_pipe(s: &str) -> bool {
    let mut run = 0;
    for c in s.chars() {
        match c {
            '\\' => run += 1,
            '|' if run % 2 == 1 => return true,
            _ => run = 0,
        }
    }
    false
}

/// The inlines with links replaced by their text.
fn without_links(inlines: &[Inline]) -> Vec<Inline> {
    inlines
        .iter()
        .flat_map(|inline| match inline {
            Inline::Link { inlines, .. } => without_links(inlines),
            Inline::Ref { number, .. } => vec![Inline::text(number)],
            Inline::Emph { inlines } => vec![Inline::Emph {
                inlines: without_links(inlines),
            }],
            Inline::Strong { inlines } => vec![Inline::Strong {
                inlines: without_links(inlines),
            }],
            other => vec![other.clone()],
        })
        .collect()
}

/// A link destination: characters that would end it or change it are escaped.
fn push_url(out: &mut String, url: &str) {
    for c in url.chars() {
        match c {
            // Parsers decode references in a destination before (cmark,
            // comrak) or after backslash escapes: a reference works for both.
            '&' => out.push_str("&amp;"),
            '\\' | '(' | ')' | '<' | '>' | '|' | '`' | '[' | ']' | '*' | '_' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_whitespace() || c.is_control() => {
                let mut buf = [0; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    out.push_str(&format!("%{b:02X}"));
                }
            }
            c => out.push(c),
        }
    }
}

/// Inlines tidied for writing: whitespace and line breaks at the edges of
/// emphasis moved outside (Markdown cannot start or end emphasis with
/// them), empty emphasis, code and text left out, links that are not
/// allowed replaced by their text, neighbouring texts and codes joined.
fn tidy(inlines: &[Inline]) -> Vec<Inline> {
    let mut out: Vec<Inline> = Vec::new();
    for inline in inlines {
        match inline {
            Inline::Text { text } if text.is_empty() => {}
            Inline::Code { text } if text.is_empty() => {}
            Inline::Text { text } => push_text(&mut out, text),
            Inline::Code { .. } => push_inline(&mut out, inline.clone()),
            Inline::Emph { inlines } | Inline::Strong { inlines } => {
                let mut inner = tidy(inlines);
                let leading = take_edge_space(&mut inner, true);
                let trailing = take_edge_space(&mut inner, false);
                for inline in leading {
                    push_inline(&mut out, inline);
                }
                if !inner.is_empty() {
                    out.push(match inline {
                        Inline::Emph { .. } => Inline::Emph { inlines: inner },
                        _ => Inline::Strong { inlines: inner },
                    });
                }
                for inline in trailing.into_iter().rev() {
                    push_inline(&mut out, inline);
                }
            }
            // A link that is not allowed is written as its text.
            Inline::Link { url, inlines } if !is_allowed_link(url) => {
                for inline in tidy(inlines) {
                    push_inline(&mut out, inline);
                }
            }
            // No links inside links, and none without text.
            Inline::Link { url, inlines } => {
                let inlines = tidy(&without_links(inlines));
                if !inlines.is_empty() {
                    out.push(Inline::Link {
                        url: url.clone(),
                        inlines,
                    });
                }
            }
            other => out.push(other.clone()),
        }
    }
    out
}

/// Removes whitespace and line breaks from the start (or end) of inlines;
/// returns them in the order they are removed.
fn take_edge_space(inlines: &mut Vec<Inline>, start: bool) -> Vec<Inline> {
    let mut taken = Vec::new();
    loop {
        let index = if start {
            0
        } else {
            inlines.len().wrapping_sub(1)
        };
        match inlines.get_mut(index) {
            Some(Inline::LineBreak) => taken.push(inlines.remove(index)),
            Some(Inline::Text { text }) => {
                let kept = if start {
                    text.trim_start()
                } else {
                    text.trim_end()
                };
                let space = if start {
                    text[..text.len() - kept.len()].to_owned()
                } else {
                    text[kept.len()..].to_owned()
                };
                let kept = kept.to_owned();
                if !space.is_empty() {
                    taken.push(Inline::Text { text: space });
                }
                if kept.is_empty() {
                    inlines.remove(index);
                } else {
                    *text = kept;
                    return taken;
                }
            }
            _ => return taken,
        }
    }
}

/// Appends an inline, joining it to a text or code just before it (two
/// code spans in a row would run their fences together).
fn push_inline(out: &mut Vec<Inline>, inline: Inline) {
    match (out.last_mut(), inline) {
        (_, Inline::Text { text }) => push_text(out, &text),
        (Some(Inline::Code { text: last }), Inline::Code { text }) => last.push_str(&text),
        (_, other) => out.push(other),
    }
}

fn push_text(out: &mut Vec<Inline>, text: &str) {
    if let Some(Inline::Text { text: last }) = out.last_mut() {
        last.push_str(text);
    } else {
        out.push(Inline::text(text));
    }
}

/// The text a reader sees: line breaks as newlines, links and emphasis as
/// their text, links that are not allowed as their text too.
fn expected_text(inlines: &[Inline]) -> String {
    let mut out = String::new();
    for inline in inlines {
        match inline {
            Inline::Text { text } | Inline::Code { text } => out.push_str(&normalise(text)),
            Inline::Emph { inlines }
            | Inline::Strong { inlines }
            | Inline::Link { inlines, .. } => out.push_str(&expected_text(inlines)),
            Inline::LineBreak => out.push('\n'),
            Inline::Ref { number, .. } => out.push_str(number),
        }
    }
    out
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

/// Line endings as `\n`; NUL, which Markdown cannot show, as U+FFFD.
fn normalise(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains(['\r', '\0']) {
        return s.into();
    }
    s.replace("\r\n", "\n")
        .replace('\r', "\n")
        .replace('\0', "\u{fffd}")
        .into()
}

/// Whether the text being written starts or ends a line.
#[derive(Clone, Copy)]
struct Edges {
    line_start: bool,
    line_end: bool,
}

/// Characters Markdown may strip at the start or end of a line, cell or
/// list item: all whitespace, to be safe.
fn strippable(c: char) -> bool {
    c.is_whitespace()
}

/// Appends `text` (already [`normalise`]d) with Markdown's special
/// characters escaped, each newline written as a line break. Whitespace at
/// the edges of a line is written as character references, and at the start
/// of a line, characters that would begin a block are escaped too.
fn push_escaped(out: &mut String, text: &str, edges: Edges, context: &Context) {
    let lines: Vec<&str> = text.split('\n').collect();
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            match context {
                Context::Block { indent } if !line.is_empty() && !lines[i - 1].is_empty() => {
                    out.push_str("\\\n");
                    out.push_str(indent);
                }
                _ => out.push_str("<br>"),
            }
        }
        let line_start = edges.line_start || i > 0;
        let line_end = edges.line_end || i + 1 < lines.len();
        let body = if line_start {
            line.trim_start_matches(strippable)
        } else {
            line
        };
        for c in line[..line.len() - body.len()].chars() {
            out.push_str(&format!("&#{};", c as u32));
        }
        let body_end = if line_end {
            body.trim_end_matches(strippable)
        } else {
            body
        };
        let trailing = &body[body_end.len()..];
        let chars: Vec<char> = body_end.chars().collect();
        for (j, &c) in chars.iter().enumerate() {
            // Where a character could start a block: at the start of a
            // paragraph's lines, and of any text (a template may put it at
            // the start of a line), but not after a `<br>`.
            let block_start = line_start
                && (i == 0 || matches!(context, Context::Block { .. }))
                && line.len() == body.len();
            let escape = match c {
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '$' | '@' | '~'
                | '&' | '!' => true,
                // Block markers at the start of a line.
                '-' | '+' | '=' | ':' if j == 0 && block_start => true,
                // "1. " or "1) " at the start of a line is a list item.
                '.' | ')'
                    if block_start
                        && (1..=9).contains(&j)
                        && chars[..j].iter().all(char::is_ascii_digit)
                        && chars.get(j + 1).is_none_or(|c| matches!(c, ' ' | '\t')) =>
                {
                    true
                }
                // "https://…" and "www.…" would become links, ":name:" an emoji.
                ':' => {
                    chars[j + 1..].starts_with(&['/', '/']) || emoji_name_follows(&chars[j + 1..])
                }
                '.' => j >= 3 && chars[j - 3..j].iter().all(|c| c.eq_ignore_ascii_case(&'w')),
                _ => false,
            };
            if c == '\u{feff}' {
                // A byte order mark is dropped at the start of a document.
                out.push_str("&#65279;");
                continue;
            }
            if escape {
                out.push('\\');
            }
            out.push(c);
        }
        for c in trailing.chars() {
            out.push_str(&format!("&#{};", c as u32));
        }
    }
}

/// Whether `rest` starts with an emoji short code's name and closing colon.
fn emoji_name_follows(rest: &[char]) -> bool {
    let name = rest
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '+' | '-'))
        .count();
    name > 0 && rest.get(name) == Some(&':')
}

#[cfg(test)]
mod tests;
