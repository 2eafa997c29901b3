//! Escaping characters: text and link destinations written so that
//! Markdown reads every character literally.

use super::Context;

/// Whether some `|` follows an odd number of backslashes.
pub(super) fn odd_backslashes_before_pipe(s: &str) -> bool {
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

/// A link destination: characters that would end it or change it are escaped.
pub(super) fn push_url(out: &mut String, url: &str) {
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

/// Line endings as `\n`; NUL, which Markdown cannot show, as U+FFFD.
pub(super) fn normalise(s: &str) -> std::borrow::Cow<'_, str> {
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
pub(super) struct Edges {
    pub(super) line_start: bool,
    pub(super) line_end: bool,
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
pub(super) fn push_escaped(out: &mut String, text: &str, edges: Edges, context: &Context) {
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
            let escape = needs_escape(&chars, j, block_start);
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

/// Whether the character at `j` must be escaped; `block_start` tells
/// whether the text starts a line where a block could begin.
fn needs_escape(chars: &[char], j: usize, block_start: bool) -> bool {
    match chars[j] {
        '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '$' | '@' | '~' | '&'
        | '!' => true,
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
        ':' => chars[j + 1..].starts_with(&['/', '/']) || emoji_name_follows(&chars[j + 1..]),
        '.' => j >= 3 && chars[j - 3..j].iter().all(|c| c.eq_ignore_ascii_case(&'w')),
        _ => false,
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
