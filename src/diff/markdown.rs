//! The diff as Markdown for a pull-request comment: long texts folded in
//! `<details>`, and the whole kept under GitHub's comment limit with a
//! notice saying what was left out.
//!
//! Plan text is escaped everywhere (Markdown outside HTML, HTML inside
//! `<details>`), so it shows as written and never becomes markup.

use super::delta::{Op, Word};
use super::outline::{Body, Entry, outline};
use super::{PlanDiff, words};
use crate::render::markdown::escape;

/// Values longer than this many characters are folded.
const FOLD: usize = 300;

/// GitHub refuses comments longer than this many characters.
pub const COMMENT_LIMIT: usize = 65_536;

/// The diff as Markdown, at most [`COMMENT_LIMIT`] characters.
pub fn render(diff: &PlanDiff) -> String {
    render_within(diff, COMMENT_LIMIT)
}

/// The diff as Markdown, at most `limit` characters: whole entries only,
/// and a notice when some had to be left out.
pub fn render_within(diff: &PlanDiff, limit: usize) -> String {
    let mut out = format!("**{}**\n", escape::text(&diff.count_line()));
    let blocks = blocks(diff);
    let total = blocks.iter().filter(|(entry, _)| *entry).count();
    let mut shown = 0;
    for (is_entry, block) in &blocks {
        let left = total - shown;
        let room = limit - notice(left, total).chars().count();
        if out.chars().count() + block.chars().count() > room {
            out.push_str(&notice(left, total));
            return out;
        }
        out.push_str(block);
        shown += usize::from(*is_entry);
    }
    out
}

fn notice(left: usize, total: usize) -> String {
    let notice = crate::t!(
        "diff-truncated",
        left = left,
        total = total,
        limit = COMMENT_LIMIT
    );
    format!("\n> {notice}\n")
}

/// The Markdown blocks in order, each marked whether it is an entry.
fn blocks(diff: &PlanDiff) -> Vec<(bool, String)> {
    let mut blocks = Vec::new();
    for part in outline(diff) {
        blocks.push((false, format!("\n### {}\n\n", part.heading.text())));
        for entry in &part.entries {
            blocks.push((true, entry_block(entry)));
        }
    }
    blocks
}

fn entry_block(entry: &Entry) -> String {
    let mut out = format!("- **{}**", escape::text(&entry.title));
    if let Some(note) = &entry.note {
        out.push_str(&format!(" *({})*", escape::text(note)));
    }
    match entry.lines.as_slice() {
        [line] if line.label.is_empty() => {
            let body = body(&line.body);
            out.push(':');
            if !body.starts_with('\n') {
                out.push(' ');
            }
            out.push_str(&body);
            out.push('\n');
        }
        lines => {
            out.push('\n');
            for line in lines {
                let body = body(&line.body);
                let gap = if body.starts_with('\n') { "" } else { " " };
                let label = escape::text(&line.label);
                out.push_str(&format!("  - {label}:{gap}{body}\n"));
            }
        }
    }
    out
}

fn body(body: &Body) -> String {
    let text = |t: &Option<String>| {
        t.as_deref()
            .map_or_else(|| escape::text(&words::not_set()), escape::text)
    };
    match body {
        Body::Value(value) if value.chars().count() > FOLD => {
            fold(&words::show_text(), &html_text(value))
        }
        Body::Value(value) => escape::text(value),
        Body::Replace(old, new) => format!("~~{}~~ → **{}**", text(old), text(new)),
        Body::Words(pieces) => details(pieces),
        Body::List { removed, added } => {
            let removed = removed
                .iter()
                .map(|e| format!("−\u{a0}~~{}~~", escape::text(e)));
            let added = added
                .iter()
                .map(|e| format!("+\u{a0}**{}**", escape::text(e)));
            removed.chain(added).collect::<Vec<_>>().join(", ")
        }
    }
}

/// A long text's word diff, folded: `<del>` and `<ins>` mark the changes.
fn details(pieces: &[Word]) -> String {
    let mut html = String::new();
    for piece in pieces {
        let text = html_text(&piece.text);
        match piece.op {
            Op::Same => html.push_str(&text),
            Op::Removed => html.push_str(&format!("<del>{text}</del>")),
            Op::Added => html.push_str(&format!("<ins>{text}</ins>")),
        }
    }
    fold(&words::long_text(), &html)
}

/// HTML folded away under a summary line.
fn fold(summary: &str, html: &str) -> String {
    format!("\n    <details><summary>{summary}</summary>{html}</details>")
}

/// Text inside HTML: special characters as entities, line breaks as `<br>`,
/// and no blank line, which would end the HTML block.
fn html_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\n' => out.push_str("<br>"),
            c => out.push(c),
        }
    }
    out
}
