//! The diff for a terminal: coloured when asked, with `[-removed-]` and
//! `{+added+}` markers when not, so that it reads without colour too.

use std::io::Write;

use codespan_reporting::term::termcolor::{Buffer, Color, ColorSpec, WriteColor};

use super::delta::{Op, Word};
use super::outline::{Body, Entry, Line, outline};
use super::{PlanDiff, words};

/// The diff as terminal text; with ANSI colours if `color`.
pub fn render(diff: &PlanDiff, color: bool) -> String {
    let mut out = if color {
        Buffer::ansi()
    } else {
        Buffer::no_color()
    };
    // Writing to a memory buffer cannot fail.
    let _ = write_diff(&mut out, diff, color);
    String::from_utf8_lossy(out.as_slice()).into_owned()
}

fn write_diff(out: &mut Buffer, diff: &PlanDiff, color: bool) -> std::io::Result<()> {
    out.set_color(ColorSpec::new().set_bold(true))?;
    write!(out, "{}", diff.count_line())?;
    out.reset()?;
    writeln!(out)?;
    for part in outline(diff) {
        writeln!(out)?;
        out.set_color(ColorSpec::new().set_bold(true).set_underline(true))?;
        write!(out, "{}", part.heading.text())?;
        out.reset()?;
        writeln!(out)?;
        for entry in &part.entries {
            write_entry(out, entry, color)?;
        }
    }
    Ok(())
}

fn write_entry(out: &mut Buffer, entry: &Entry, color: bool) -> std::io::Result<()> {
    out.set_color(ColorSpec::new().set_bold(true))?;
    write!(out, "  {}", crate::report::printable(&entry.title))?;
    out.reset()?;
    if let Some(note) = &entry.note {
        out.set_color(ColorSpec::new().set_fg(Some(Color::Yellow)))?;
        write!(out, " ({note})")?;
        out.reset()?;
    }
    match entry.lines.as_slice() {
        [Line { label, body }] if label.is_empty() => {
            write!(out, ": ")?;
            write_body(out, body, color, "    ")?;
        }
        lines => {
            writeln!(out)?;
            for line in lines {
                write!(out, "    {}: ", line.label)?;
                write_body(out, &line.body, color, "      ")?;
            }
        }
    }
    Ok(())
}

fn write_body(out: &mut Buffer, body: &Body, color: bool, indent: &str) -> std::io::Result<()> {
    let text = |t: &Option<String>| t.clone().unwrap_or_else(words::not_set);
    match body {
        Body::Value(value) => write!(out, "{}", indented(value, indent))?,
        Body::Replace(old, new) => {
            coloured(out, &indented(&text(old), indent), Op::Removed, color)?;
            write!(out, " → ")?;
            coloured(out, &indented(&text(new), indent), Op::Added, color)?;
        }
        Body::Words(pieces) => write_words(out, pieces, color, indent)?,
        Body::List { removed, added } => {
            let entries = removed
                .iter()
                .map(|e| (Op::Removed, e))
                .chain(added.iter().map(|e| (Op::Added, e)));
            for (i, (op, entry)) in entries.enumerate() {
                if i > 0 {
                    write!(out, ", ")?;
                }
                let sign = if op == Op::Removed { "−" } else { "+" };
                coloured(out, &format!("{sign} {entry}"), op, color)?;
            }
        }
    }
    writeln!(out)
}

fn write_words(
    out: &mut Buffer,
    pieces: &[Word],
    color: bool,
    indent: &str,
) -> std::io::Result<()> {
    for piece in pieces {
        let text = indented(&piece.text, indent);
        match (piece.op, color) {
            (Op::Same, _) | (_, true) => coloured(out, &text, piece.op, color)?,
            (Op::Removed, false) => write!(out, "[-{text}-]")?,
            (Op::Added, false) => write!(out, "{{+{text}+}}")?,
        }
    }
    Ok(())
}

fn coloured(out: &mut Buffer, text: &str, op: Op, color: bool) -> std::io::Result<()> {
    let fg = match op {
        Op::Same => None,
        Op::Removed => Some(Color::Red),
        Op::Added => Some(Color::Green),
    };
    if color && fg.is_some() {
        let mut spec = ColorSpec::new();
        spec.set_fg(fg);
        if op == Op::Removed {
            spec.set_strikethrough(true);
        }
        out.set_color(&spec)?;
        write!(out, "{text}")?;
        out.reset()
    } else {
        write!(out, "{text}")
    }
}

/// A value's later lines indented under its first; control characters
/// shown as replacement characters, so plan text cannot steer the terminal.
fn indented(text: &str, indent: &str) -> String {
    let lines: Vec<String> = text.split('\n').map(crate::report::printable).collect();
    lines.join(&format!("\n{indent}"))
}
