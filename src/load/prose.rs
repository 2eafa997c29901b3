//! Markdown values and files read into formatted text, with the parser's notes placed in the plan's files.

use std::ops::Range;

use toml::Spanned;

use super::markdown::{self, Note};
use super::table::Table;
use super::{Context, Positions, Span, text};
use crate::model::{Rich, abbreviation};
use crate::report::{FileId, Hint, Problem, error_at, warning_at};

/// A Markdown value from a TOML string that stands as prose (a section's
/// `text`, an area's introduction). Notes point at their exact place when
/// the string is written without escapes, else at the whole string.
pub fn value(table: &mut Table, value: &Spanned<String>, cx: &mut Context) -> Rich {
    read_value(table, value, markdown::parse(value.get_ref()), cx)
}

/// A Markdown value from a TOML string that stands in a table cell (an
/// activity's field, a change's description), as [`value`] reads prose.
pub fn cell(table: &mut Table, value: &Spanned<String>, cx: &mut Context) -> Rich {
    read_value(table, value, markdown::parse_cell(value.get_ref()), cx)
}

fn read_value(
    table: &mut Table,
    value: &Spanned<String>,
    parsed: markdown::Parsed,
    cx: &mut Context,
) -> Rich {
    let span = value.span();
    let raw = cx.sources.text(table.file).get(span.clone()).unwrap_or("");
    let offset = literal_offset(raw, value.get_ref()).map(|o| span.start + o);
    let place = |range: Range<usize>| match offset {
        Some(start) => start + range.start..start + range.end,
        None => span.clone(),
    };
    for note in parsed.notes {
        table.report(problem(table.file, place(note.range.clone()), note));
    }
    for (id, range) in parsed.references {
        let range = match offset {
            Some(_) => place(range),
            None => found_in_raw(raw, value.get_ref(), range)
                .map_or(span.clone(), |r| span.start + r.start..span.start + r.end),
        };
        cx.positions.references.push((
            id,
            Span {
                file: table.file,
                range,
            },
        ));
    }
    let in_file = |range: Range<usize>| match offset {
        Some(_) => place(range),
        None => found_in_raw(raw, value.get_ref(), range)
            .map_or(span.clone(), |r| span.start + r.start..span.start + r.end),
    };
    let file = table.file;
    record_capitals(cx.positions, file, &parsed.rich, value.get_ref(), in_file);
    parsed.rich
}

/// Records the all-capital words of `rich`'s prose (possible abbreviations,
/// for the glossary's check) where they stand in `written`, the Markdown
/// `rich` was read from; `in_file` turns a place in it into one in `file`.
fn record_capitals(
    positions: &mut Positions,
    file: FileId,
    rich: &Rich,
    written: &str,
    in_file: impl Fn(Range<usize>) -> Range<usize>,
) {
    let prose = abbreviation::capitals_in(rich);
    for range in abbreviation::capital_words_written(written) {
        let word = &written[range.clone()];
        if prose.contains(word) {
            let range = in_file(range);
            (positions.capitals).push((word.to_owned(), Span { file, range }));
        }
    }
}

/// Plain lines that stand as prose in a table cell (`ansvarig`,
/// `rapportering`): their capital words are recorded with where they are
/// written in `span` (the value as written), for the glossary's check.
pub fn plain_lines(table: &Table, span: Range<usize>, lines: &[String], cx: &mut Context) {
    let raw = cx.sources.text(table.file).get(span.clone()).unwrap_or("");
    let written: Vec<Range<usize>> = abbreviation::capital_words(raw);
    let mut seen: Vec<&str> = Vec::new();
    for line in lines {
        for range in abbreviation::capital_words(line) {
            let word = &line[range];
            let nth = seen.iter().filter(|w| **w == word).count();
            seen.push(word);
            let range = (written.iter())
                .filter(|r| &raw[(*r).clone()] == word)
                .nth(nth)
                .map_or(span.clone(), |r| span.start + r.start..span.start + r.end);
            let file = table.file;
            (cx.positions.capitals).push((word.to_owned(), Span { file, range }));
        }
    }
}

/// A whole Markdown file (a section's `fil`): notes point into it exactly.
pub fn file(id: FileId, table: &mut Table, cx: &mut Context) -> Rich {
    let source = cx.sources.text(id);
    let (cleaned, problems) = text::check_file(id, source);
    for problem in problems {
        table.report(problem);
    }
    let written = cleaned.as_deref().unwrap_or(source);
    let parsed = markdown::parse(written);
    record_capitals(cx.positions, id, &parsed.rich, written, |range| range);
    for note in parsed.notes {
        table.report(problem(id, note.range.clone(), note));
    }
    for (ref_id, range) in parsed.references {
        cx.positions
            .references
            .push((ref_id, Span { file: id, range }));
    }
    parsed.rich
}

fn problem(file: FileId, range: Range<usize>, note: Note) -> Problem {
    let problem = if note.error {
        error_at(
            file,
            range,
            note.message,
            crate::t!("plan-markdown-error-label"),
        )
    } else {
        warning_at(
            file,
            range,
            note.message,
            crate::t!("plan-markdown-warning-label"),
        )
    };
    problem.hint(note.hint)
}

/// Where the text at `range` of `value` is written in `raw` (the TOML
/// string with its quotes and escapes, e.g. line-ending backslashes), if it
/// is written there as it reads: its n-th occurrence in `value` is taken to
/// be its n-th occurrence in `raw`.
fn found_in_raw(raw: &str, value: &str, range: Range<usize>) -> Option<Range<usize>> {
    let needle = value.get(range.clone())?;
    if needle.is_empty() {
        return None;
    }
    let nth = value[..range.start].matches(needle).count();
    let (start, _) = raw.match_indices(needle).nth(nth)?;
    Some(start..start + needle.len())
}

/// Where `value` starts inside `raw` (a TOML string as written, with its
/// quotes), if it is written there character for character.
fn literal_offset(raw: &str, value: &str) -> Option<usize> {
    for quote in ["\"\"\"", "'''", "\"", "'"] {
        let Some(inner) = raw.strip_prefix(quote).and_then(|r| r.strip_suffix(quote)) else {
            continue;
        };
        let (inner, skipped) = match inner.strip_prefix('\n') {
            Some(rest) if quote.len() == 3 => (rest, quote.len() + 1),
            _ => (inner, quote.len()),
        };
        return (inner == value).then_some(skipped);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{found_in_raw, literal_offset};

    #[test]
    fn text_after_a_line_continuation_is_found_in_place() {
        let raw = "\"\"\"\nEtt \\\n   två [](#a) och [](#a).\"\"\"";
        let value = "Ett två [](#a) och [](#a).";
        let second = value.rfind("[](#a)").unwrap();
        let found = found_in_raw(raw, value, second..second + 6).unwrap();
        assert_eq!(&raw[found.clone()], "[](#a)");
        assert_eq!(found.start, raw.rfind("[](#a)").unwrap());
    }

    #[test]
    fn strings_written_without_escapes_are_found_in_place() {
        assert_eq!(literal_offset("\"abc\"", "abc"), Some(1));
        assert_eq!(literal_offset("'''\nabc'''", "abc"), Some(4));
        assert_eq!(literal_offset("\"a\\u0062c\"", "abc"), None);
    }
}
