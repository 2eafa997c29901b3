//! TOML syntax: one message for one mistake, with a hint in the author's terms.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::syntax_kind;
use super::syntax_said::describe;
use crate::msg;
use crate::report::{FileId, Hint, Problem, error_at, fold};
use crate::t;

/// Parses a whole TOML file, or gives its first syntax mistake.
pub fn parse(file: FileId, text: &str) -> Result<Spanned<DeTable<'_>>, Problem> {
    let parsed = read(file, text);
    match parsed.problems.into_iter().next() {
        Some(problem) => Err(problem),
        None => Ok(parsed.table),
    }
}

/// A TOML file as far as it could be read.
pub struct Parsed<'i> {
    /// The file's table; with mistakes, the parser's best reading of it.
    pub table: Spanned<DeTable<'i>>,
    /// The syntax mistakes, each once.
    pub problems: Vec<Problem>,
    /// Whether `table` holds everything the file says, but for the values
    /// the mistakes are in: true when each mistake lies inside a value on
    /// one line (an impossible date, a bad escape in a text).
    pub complete: bool,
    /// Where the values the mistakes are in are written (when `complete`):
    /// what the file says there is reported once, as a syntax mistake.
    pub refused: Vec<Range<usize>>,
}

/// Parses a whole TOML file as far as it goes. A mistake inside one value
/// (`godkant_datum = 2021-02-30`) leaves the rest of the file as written, so
/// every such mistake is reported and the rest can be read on. Any other
/// mistake confuses the parser about the lines after it, so only the first
/// one is reported: one mistake, one message.
pub fn read(file: FileId, text: &str) -> Parsed<'_> {
    let (table, errors) = DeTable::parse_recoverable(text);
    let table = past_directives(text, table);
    let mut values = Vec::new();
    one_line_values(table.get_ref(), text, &mut values);
    let value_of = |e: &toml::de::Error| {
        let s = e.span()?;
        (values.iter()).find(|v| v.start <= s.start && s.end <= v.end)
    };
    let refused: Option<Vec<Range<usize>>> = errors.iter().map(|e| value_of(e).cloned()).collect();
    let complete = refused.is_some();
    let shown = if complete { errors.len() } else { 1 };
    let problems = (errors.iter().take(shown))
        .map(|e| syntax_problem(file, text, table.get_ref(), e))
        .collect();
    Parsed {
        table,
        problems,
        complete,
        refused: refused.unwrap_or_default(),
    }
}

/// The places of every single value (not array or table) written on one line.
fn one_line_values(table: &DeTable, text: &str, out: &mut Vec<Range<usize>>) {
    for value in table.values() {
        one_line_value(value, text, out);
    }
}

fn one_line_value(value: &Spanned<DeValue>, text: &str, out: &mut Vec<Range<usize>>) {
    match value.get_ref() {
        DeValue::Array(items) => items.iter().for_each(|v| one_line_value(v, text, out)),
        DeValue::Table(table) => one_line_values(table, text, out),
        _ => {
            let span = value.span();
            if text.get(span.clone()).is_some_and(|t| !t.contains('\n')) {
                out.push(span);
            }
        }
    }
}

/// One syntax mistake, with a message and hint in the author's terms.
fn syntax_problem(file: FileId, text: &str, table: &DeTable, error: &toml::de::Error) -> Problem {
    let span = error.span().unwrap_or(0..0);
    if let Some(problem) = swedish_key(file, text, span.start) {
        return problem;
    }
    let (kind, said) = describe(text, table, error);
    let (message, label, hint) = syntax_kind::texts(kind, &said);
    error_at(file, span, message, label).hint(hint)
}

/// The whole file's table, placed after the leading `#:schema` directive
/// lines, so that "`titel` is required here" points at the plan's own first
/// line rather than at the line telling editors where the schema is.
fn past_directives<'i>(text: &str, table: Spanned<DeTable<'i>>) -> Spanned<DeTable<'i>> {
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim();
        if !(content.is_empty() || content.starts_with("#:")) || start + line.len() >= text.len() {
            break;
        }
        start += line.len();
    }
    let span = table.span();
    let span = start.max(span.start)..start.max(span.end);
    Spanned::new(span, table.into_inner())
}

/// A key written with å, ä or ö without quotes (`gäller_för = …`): TOML
/// allows only ASCII in bare keys, and plan keys are ASCII anyway.
fn swedish_key(file: FileId, text: &str, at: usize) -> Option<Problem> {
    let line_start = text[..at.min(text.len())].rfind('\n').map_or(0, |i| i + 1);
    let line = &text[line_start..];
    let line = &line[..line.find('\n').unwrap_or(line.len())];
    let indent = line.len() - line.trim_start().len();
    let key_len = line.find('=')?;
    let key = line[..key_len].trim();
    let is_bare_word = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '-');
    if !is_bare_word || key.is_ascii() {
        return None;
    }
    let start = line_start + indent;
    if !key.chars().any(char::is_lowercase) {
        // An abbreviation (`ÅVC = …` under [forkortningar]) keeps its letters, in quotes.
        return Some(
            error_at(
                file,
                start..start + key.len(),
                msg!("load-swedish-abbreviation", key = key),
                t!("load-swedish-abbreviation.label", key = key),
            )
            .hint(t!("load-swedish-abbreviation.hint", key = key)),
        );
    }
    let ascii = fold(key);
    Some(
        error_at(
            file,
            start..start + key.len(),
            msg!("load-swedish-key", key = key, ascii = &ascii),
            t!("load-swedish-key.label", ascii = &ascii),
        )
        .hint(t!("load-swedish-key.hint", ascii = &ascii)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_swedish_bare_abbreviation_is_told_to_go_in_quotes() {
        let problem = parse(0, "[forkortningar]\nÅVC = \"Återvinningscentral\"\n").unwrap_err();
        assert!(problem.message.contains("`ÅVC`"), "{}", problem.message);
        assert!(
            problem.hints[0].contains("\"ÅVC\" = "),
            "{:?}",
            problem.hints
        );
    }

    #[test]
    fn a_swedish_bare_key_gets_one_message_with_the_ascii_key() {
        let problem = parse(0, "titel = \"x\"\ngäller_för = \"Region\"\n").unwrap_err();
        assert!(
            problem.message.contains("`galler_for`"),
            "{}",
            problem.message
        );
    }

    /// Each kind is reached by its sample: a parser whose descriptions
    /// change fails here instead of falling back to the generic message.
    #[test]
    fn every_kind_of_mistake_is_told_apart() {
        let samples = syntax_kind::samples();
        for (expected, text) in &samples {
            let (table, errors) = DeTable::parse_recoverable(text);
            let error = errors.first().expect("the sample has a mistake");
            let (kind, _) = describe(text, table.get_ref(), error);
            assert_eq!(kind, *expected, "{text:?}: {}", error.message());
        }
    }

    #[test]
    fn only_the_first_syntax_error_is_reported() {
        let text = format!("a = \"{}\n", "x".repeat(9000)) + &"b = [\n".repeat(100);
        assert!(parse(0, &text).is_err());
    }
}
