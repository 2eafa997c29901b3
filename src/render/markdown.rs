//! The Markdown renderer: GitHub-flavoured Markdown for reviewing plan changes.
//!
//! The layout lives in the minijinja template; this module supplies the
//! filters that turn plan text into Markdown with every special character
//! escaped, so that text always reads back literally.

use minijinja::value::Serde;
use minijinja::{Environment, ErrorKind};

use crate::document::Document;
use crate::model::{Block, Inline, Rich};
use crate::render::Template;
use crate::report::{Hint, Report, Sources, error, error_at};

/// Renders the document through the Markdown template.
pub fn render(doc: &Document, template: &Template) -> Result<String, Report> {
    let mut env = Environment::new();
    let syntax = minijinja::syntax::SyntaxConfig::builder()
        .trim_blocks(true)
        .lstrip_blocks(true)
        .build()
        .expect("the default delimiters are valid");
    env.set_syntax(syntax);
    env.add_filter("text", |s: String| text(&s));
    env.add_filter("blocks", |Serde(rich): Serde<Rich>| blocks(&rich.0, ""));
    env.add_filter("cell", |Serde(rich): Serde<Rich>| cell(&rich));
    let rendered = env
        .template_from_named_str(&template.name, &template.source)
        .and_then(|t| t.render(Serde(doc)));
    rendered
        .map(|text| format!("{}\n", text.trim_end()))
        .map_err(|e| template_report(template, &e))
}

fn template_report(template: &Template, e: &minijinja::Error) -> Report {
    let mut sources = Sources::default();
    let file = sources.add(template.name.clone(), template.source.clone());
    let message = format!(
        "the Markdown template failed: {}",
        e.detail().unwrap_or(&e.kind().to_string())
    );
    let range = e.range().or_else(|| {
        let line = e.line()?;
        let start: usize = template
            .source
            .split_inclusive('\n')
            .take(line.saturating_sub(1))
            .map(str::len)
            .sum();
        Some(start..start)
    });
    let problem = match range {
        Some(range) => error_at(file, range, message, "here"),
        None => error(message),
    };
    let hint = match e.kind() {
        ErrorKind::UndefinedError => {
            "check the names used in the template against the document's fields"
        }
        _ => "this is a problem in the template, not in the plan",
    };
    Report {
        sources,
        problems: vec![problem.hint(hint)],
    }
}

/// Plain text as Markdown: every character that could mean something is escaped.
pub fn text(s: &str) -> String {
    let mut out = String::new();
    push_escaped(&mut out, s.trim(), true, "<br>");
    out
}

/// Formatted text as a single table-cell line: blocks separated by `<br>`.
pub fn cell(rich: &Rich) -> String {
    let mut parts = Vec::new();
    for block in &rich.0 {
        push_cell_block(&mut parts, block);
    }
    parts.join("<br>")
}

fn push_cell_block(parts: &mut Vec<String>, block: &Block) {
    match block {
        Block::Paragraph { inlines } => parts.push(inline_line(inlines, "<br>")),
        Block::Heading { inlines, .. } => {
            parts.push(format!("**{}**", inline_line(inlines, "<br>")))
        }
        Block::List { start, items } => {
            for (i, item) in items.iter().enumerate() {
                let marker = match start {
                    Some(n) => format!("{}.", n + i as u64),
                    None => "•".to_owned(),
                };
                let mut inner = Vec::new();
                for block in item {
                    push_cell_block(&mut inner, block);
                }
                parts.push(format!("{marker} {}", inner.join(" ")));
            }
        }
    }
}

/// Formatted text as Markdown blocks separated by blank lines. Each
/// paragraph is one line, so that a changed sentence is a changed line.
pub fn blocks(blocks: &[Block], indent: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    for block in blocks {
        match block {
            Block::Paragraph { inlines } => {
                out.push(format!("{indent}{}", inline_line(inlines, "\\\n")));
            }
            Block::Heading { level, inlines } => {
                let hashes = "#".repeat((*level as usize + 2).min(6));
                out.push(format!("{indent}{hashes} {}", inline_line(inlines, " ")));
            }
            Block::List { start, items } => {
                let mut lines = Vec::new();
                for (i, item) in items.iter().enumerate() {
                    let marker = match start {
                        Some(n) => format!("{}.", n + i as u64),
                        None => "-".to_owned(),
                    };
                    let inner_indent = format!("{indent}{}", " ".repeat(marker.len() + 1));
                    let body = self::blocks(item, &inner_indent);
                    let body = body.strip_prefix(inner_indent.as_str()).unwrap_or(&body);
                    lines.push(format!("{indent}{marker} {body}"));
                }
                out.push(lines.join("\n"));
            }
        }
    }
    out.join("\n\n")
}

/// Inlines on one line; `line_break` is how a hard break is written.
fn inline_line(inlines: &[Inline], line_break: &str) -> String {
    let mut out = String::new();
    push_inlines(&mut out, inlines, line_break);
    out
}

fn push_inlines(out: &mut String, inlines: &[Inline], line_break: &str) {
    for inline in inlines {
        match inline {
            Inline::Text { text } => {
                let line_start = out.is_empty() || out.ends_with('\n');
                push_escaped(out, text, line_start, line_break);
            }
            Inline::Code { text } => push_code(out, text),
            Inline::Emph { inlines } => {
                out.push('*');
                push_inlines(out, inlines, line_break);
                out.push('*');
            }
            Inline::Strong { inlines } => {
                out.push_str("**");
                push_inlines(out, inlines, line_break);
                out.push_str("**");
            }
            Inline::Link { url, inlines } => {
                out.push('[');
                push_inlines(out, inlines, line_break);
                out.push_str("](");
                for c in url.chars() {
                    match c {
                        ' ' => out.push_str("%20"),
                        '(' => out.push_str("%28"),
                        ')' => out.push_str("%29"),
                        '|' => out.push_str("%7C"),
                        '<' => out.push_str("%3C"),
                        '>' => out.push_str("%3E"),
                        c => out.push(c),
                    }
                }
                out.push(')');
            }
            Inline::LineBreak => out.push_str(line_break),
        }
    }
}

/// Inline code, fenced with more backticks than it contains.
fn push_code(out: &mut String, code: &str) {
    let longest = code.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if code.starts_with('`') || code.ends_with('`') {
        " "
    } else {
        ""
    };
    out.push_str(&fence);
    out.push_str(pad);
    out.push_str(&code.replace('|', "\\|").replace('\n', " "));
    out.push_str(pad);
    out.push_str(&fence);
}

/// Appends `text` with Markdown's special characters escaped. At the start of
/// a line, characters that would begin a list or heading are escaped too.
fn push_escaped(out: &mut String, text: &str, mut line_start: bool, line_break: &str) {
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push_str(line_break);
            line_start = true;
        }
        let mut chars = line.chars().peekable();
        if line_start {
            // "1. " or "1) " would start an ordered list.
            let digits: String = line.chars().take_while(char::is_ascii_digit).collect();
            let rest = &line[digits.len()..];
            if !digits.is_empty()
                && (rest.starts_with(". ") || rest.starts_with(") ") || rest == "." || rest == ")")
            {
                out.push_str(&digits);
                out.push('\\');
                chars = rest.chars().peekable();
            } else if matches!(line.chars().next(), Some('-' | '+' | '=')) {
                out.push('\\');
            }
        }
        for c in chars {
            match c {
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '$' | '@' | '~'
                | '&' | '!' => {
                    out.push('\\');
                    out.push(c);
                }
                c => out.push(c),
            }
        }
        line_start = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn special_characters_are_escaped() {
        assert_eq!(text("a | b"), r"a \| b");
        assert_eq!(text("#read(\"x\")"), "\\#read(\"x\")");
        assert_eq!(
            text("$x^2$ @ref *a* _b_ <b> [l](u) `c` \\"),
            r"\$x^2\$ \@ref \*a\* \_b\_ \<b\> \[l\](u) \`c\` \\"
        );
        assert_eq!(text("1. inte en lista"), r"1\. inte en lista");
        assert_eq!(text("- inte en lista"), r"\- inte en lista");
        assert_eq!(text("2020-2023"), "2020-2023");
    }

    #[test]
    fn formatted_text_keeps_its_formatting() {
        let rich = crate::load::parse_markdown(
            "Ett *viktigt* och **starkt** [mål](<https://example.org/a b>).",
        )
        .rich;
        assert_eq!(
            cell(&rich),
            "Ett *viktigt* och **starkt** [mål](https://example.org/a%20b)."
        );
    }

    #[test]
    fn lists_in_cells_stay_on_one_line() {
        let rich = crate::load::parse_markdown("Först:\n\n- ett\n- två").rich;
        assert_eq!(cell(&rich), "Först:<br>• ett<br>• två");
        assert_eq!(blocks(&rich.0, ""), "Först:\n\n- ett\n- två");
    }

    #[test]
    fn code_with_backticks_gets_a_longer_fence() {
        let mut out = String::new();
        push_code(&mut out, "a`b");
        assert_eq!(out, "``a`b``");
    }
}
