//! TOML syntax: one message for one mistake, with a hint in the author's terms.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::syntax_kind::{self, Said, SyntaxKind, kind_of};
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

/// The kind of a syntax mistake and what its message says: the key, value
/// and line as the author wrote them.
fn describe(text: &str, table: &DeTable, error: &toml::de::Error) -> (SyntaxKind, Said) {
    let span = error.span().unwrap_or(0..0);
    let description = error.message().lines().next().unwrap_or("").trim();
    let at = Line::at(text, span.start);
    let written = text.get(span.clone()).unwrap_or("").trim();
    let name = written.trim_matches(['"', '\'']);
    let first =
        || first_written(table, name, span.start).or_else(|| first_header(text, name, span.start));
    let kind = refine(
        kind_of(description),
        &at,
        written,
        first().map(|o| Line::at(text, o)),
    );
    let mut said = Said {
        key: at.key().to_owned(),
        value: at.value().to_owned(),
        ..Said::default()
    };
    let unquoted = |value: &str| format!("{} = \"{}\"", at.key(), value.replace('"', ""));
    match kind {
        SyntaxKind::UnquotedText => {
            said.value = written.to_owned();
            said.example = match at.value() == written {
                true => unquoted(written),
                false => format!("\"{written}\""),
            };
        }
        SyntaxKind::UnquotedDate | SyntaxKind::BadKeyCharacter => said.value = written.to_owned(),
        SyntaxKind::BadDate if !written.is_empty() => said.value = written.to_owned(),
        SyntaxKind::MissingValue => said.example = format!("{} = \"…\"", at.key()),
        SyntaxKind::UnclosedText => {
            said.line = at.number;
            said.quote = at.value().chars().next().unwrap_or('"').to_string();
            said.example = format!("{}{}", at.text.trim(), said.quote);
        }
        SyntaxKind::UnclosedLongText => {
            let opening =
                ["\"\"\"", "\'\'\'"].map(|q| (text[..span.start.min(text.len())].rfind(q), q));
            let (at, quote) = opening.into_iter().max().unwrap_or((None, "\"\"\""));
            said.line = Line::at(text, at.unwrap_or(0)).number;
            said.quote = quote.to_owned();
        }
        SyntaxKind::MissingOpeningQuote => {
            said.example = format!("{} = \"{}", at.key(), at.value())
        }
        SyntaxKind::KeyWithoutValue => {
            let (key, rest) = at
                .text
                .trim()
                .split_once(char::is_whitespace)
                .unwrap_or((at.text.trim(), "…"));
            said.key = key.to_owned();
            said.example = format!("{key} = \"{}\"", rest.trim().replace('"', ""));
        }
        SyntaxKind::KeyWithSpace => {
            said.example = at.key().split_whitespace().collect::<Vec<_>>().join("_");
        }
        SyntaxKind::MissingTableOpen
        | SyntaxKind::UnclosedTable
        | SyntaxKind::UnclosedArrayTable => {
            said.key = at.name().to_owned();
            let list = kind == SyntaxKind::UnclosedArrayTable || at.text.trim_end().ends_with("]]");
            said.example = match list {
                true => format!("[[{}]]", at.name()),
                false => format!("[{}]", at.name()),
            };
        }
        SyntaxKind::ExtraContent => said.example = unquoted(at.value()),
        SyntaxKind::ExtraEquals => {
            said.example = format!(
                "{} = {}",
                at.key(),
                at.value().trim_start_matches('=').trim()
            );
        }
        SyntaxKind::UnmatchedClose => {
            said.value = text[span.start.min(text.len())..].chars().take(1).collect()
        }
        SyntaxKind::LeadingZero => said.example = trimmed_zeros(at.value()),
        SyntaxKind::DuplicateKey
        | SyntaxKind::DuplicateTable
        | SyntaxKind::SubtableFirst
        | SyntaxKind::KeyAlreadyValue => {
            said.key = written.trim_matches(['"', '\'']).to_owned();
            if let Some(first) = first().map(|o| Line::at(text, o)) {
                said.line = first.number;
                said.example = first.text.trim().to_owned();
            }
        }
        SyntaxKind::Other => said.detail = description.to_owned(),
        _ => {}
    }
    (kind, said)
}

/// A kind made more exact by what the line says: `tid =` is a missing
/// value, `status]` a header without its `[`.
fn refine(kind: SyntaxKind, at: &Line, written: &str, first: Option<Line>) -> SyntaxKind {
    use SyntaxKind::*;
    let line = at.text.trim();
    match kind {
        UnquotedText if written.is_empty() => MissingValue,
        UnquotedText if looks_like_date(written) => UnquotedDate,
        KeyWithoutValue if line.contains('=') => KeyWithSpace,
        KeyWithoutValue if line.ends_with(']') && !line.starts_with('[') => MissingTableOpen,
        EmptyKey if at.is_header() => EmptyTableName,
        ExtraContent if at.is_header() => HeaderExtra,
        DuplicateKey if at.is_header() => match first {
            Some(first) if line.starts_with("[[") && first.text.trim().starts_with('[') => {
                match first.text.trim().starts_with("[[") {
                    true => DuplicateTable,
                    false => SubtableFirst,
                }
            }
            Some(first) if first.is_header() => DuplicateTable,
            _ => DuplicateKey,
        },
        kind => kind,
    }
}

/// `2021/12/09`, `9.12.2021`: a date with other separators than `-`.
fn looks_like_date(value: &str) -> bool {
    let parts: Vec<&str> = value.split(['/', '.']).collect();
    parts.len() == 3
        && (parts.iter())
            .all(|p| !p.is_empty() && p.len() <= 4 && p.chars().all(|c| c.is_ascii_digit()))
}

/// `007` without its leading zeros: `7`.
fn trimmed_zeros(value: &str) -> String {
    let trimmed = value.trim_start_matches('0');
    match trimmed.is_empty() || !trimmed.starts_with(|c: char| c.is_ascii_digit()) {
        true => format!("0{trimmed}"),
        false => trimmed.to_owned(),
    }
}

/// Where the key `name` was first written before `before`: the nearest
/// earlier place it is written in the parser's reading of the file.
fn first_written(table: &DeTable, name: &str, before: usize) -> Option<usize> {
    fn visit(table: &DeTable, name: &str, before: usize, best: &mut Option<usize>) {
        for (key, value) in table {
            let start = key.span().start;
            if key.get_ref() == name && start < before && best.is_none_or(|b| b < start) {
                *best = Some(start);
            }
            visit_value(value.get_ref(), name, before, best);
        }
    }
    fn visit_value(value: &DeValue, name: &str, before: usize, best: &mut Option<usize>) {
        match value {
            DeValue::Table(table) => visit(table, name, before, best),
            DeValue::Array(items) => {
                (items.iter()).for_each(|i| visit_value(i.get_ref(), name, before, best))
            }
            _ => {}
        }
    }
    let mut best = None;
    visit(table, name, before, &mut best);
    best
}

/// Where a table header `[name]` or `[name.…]` was last written before
/// `before`: a header written twice is one table in the parser's reading,
/// placed at the second header.
fn first_header(text: &str, name: &str, before: usize) -> Option<usize> {
    let mut found = None;
    let mut start = 0;
    for line in text[..before.min(text.len())].split_inclusive('\n') {
        let at = Line {
            text: line.trim_end(),
            number: 0,
        };
        let header = at.name();
        if at.is_header() && (header == name || header.starts_with(&format!("{name}."))) {
            found = Some(start + line.find(name).unwrap_or(0));
        }
        start += line.len();
    }
    found
}

/// The line a mistake is on.
struct Line<'t> {
    /// The line as written, without its line break.
    text: &'t str,
    /// Its 1-based number.
    number: usize,
}

impl<'t> Line<'t> {
    fn at(text: &'t str, at: usize) -> Self {
        let at = at.min(text.len());
        let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
        let rest = &text[start..];
        let line = &rest[..rest.find('\n').unwrap_or(rest.len())];
        Line {
            text: line.trim_end_matches('\r'),
            number: text[..start].matches('\n').count() + 1,
        }
    }

    /// The key before `=`.
    fn key(&self) -> &'t str {
        self.text.split_once('=').map_or("", |(key, _)| key.trim())
    }

    /// What is written after `=`.
    fn value(&self) -> &'t str {
        self.text
            .split_once('=')
            .map_or("", |(_, value)| value.trim())
    }

    fn is_header(&self) -> bool {
        self.text.trim_start().starts_with('[')
    }

    /// The name in a table header: `andring` in `[[andring]`.
    fn name(&self) -> &'t str {
        let line = self.text.split('#').next().unwrap_or("");
        line.trim().trim_matches(['[', ']']).trim()
    }
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
    let ascii = fold(key);
    let start = line_start + indent;
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
    fn a_repeated_key_names_the_line_it_was_first_written_on() {
        let text = "titel = \"x\"\ntid = \"Mars\"\n\ntid = \"April\"\n";
        let (table, errors) = DeTable::parse_recoverable(text);
        let (_, said) = describe(text, table.get_ref(), &errors[0]);
        assert_eq!((said.key.as_str(), said.line), ("tid", 2));
    }

    #[test]
    fn an_unquoted_text_is_shown_quoted_with_its_key() {
        let text = "rubrik = \"x\"\ntid = Vecka 12\n";
        let (table, errors) = DeTable::parse_recoverable(text);
        let (_, said) = describe(text, table.get_ref(), &errors[0]);
        assert_eq!(said.example, "tid = \"Vecka 12\"");
    }

    #[test]
    fn only_the_first_syntax_error_is_reported() {
        let text = format!("a = \"{}\n", "x".repeat(9000)) + &"b = [\n".repeat(100);
        assert!(parse(0, &text).is_err());
    }
}
