//! What a syntax message says about a mistake: its kind made exact by the line it is on, and the key, value and lines as the author wrote them.

use toml::de::{DeTable, DeValue};

use super::syntax_kind::{Said, SyntaxKind, kind_of};

/// The kind of a syntax mistake and what its message says.
pub fn describe(text: &str, table: &DeTable, error: &toml::de::Error) -> (SyntaxKind, Said) {
    let description = error.message().lines().next().unwrap_or("").trim();
    let place = Place::of(text, table, error.span().unwrap_or(0..0));
    let kind = refine(kind_of(description), &place);
    let mut said = Said {
        key: place.at.key().to_owned(),
        value: place.at.value().to_owned(),
        ..Said::default()
    };
    if kind == SyntaxKind::Other {
        said.detail = description.to_owned();
    }
    about_values(kind, &place, &mut said);
    about_keys(kind, &place, &mut said);
    for quoted in [&mut said.key, &mut said.value, &mut said.example] {
        *quoted = shortened(quoted);
    }
    (kind, said)
}

/// What a message quotes from a line, at most 60 characters: a long line
/// (a text whose closing quote is missing) is cut with "…".
fn shortened(text: &str) -> String {
    const MOST: usize = 60;
    match text.char_indices().nth(MOST) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_owned(),
    }
}

/// Where a mistake is: its line, what is written at it, and where the key
/// it names was first written (for a key written twice).
struct Place<'t> {
    text: &'t str,
    start: usize,
    at: Line<'t>,
    written: &'t str,
    first: Option<Line<'t>>,
}

impl<'t> Place<'t> {
    fn of(text: &'t str, table: &DeTable, span: std::ops::Range<usize>) -> Self {
        let written = text.get(span.clone()).unwrap_or("").trim();
        let at = Line::at(text, span.start);
        // A header written twice is one table in the parser's reading,
        // placed at the second header: the first is found in the text.
        let key = written.trim_matches(['"', '\'']);
        let first = (at.is_header())
            .then(|| first_header(text, at.name(), span.start))
            .flatten()
            .or_else(|| first_written(table, key, span.start))
            .or_else(|| first_assignment(text, key, span.start));
        Place {
            text,
            start: boundary(text, span.start),
            first: first.map(|first| Line::at(text, first)),
            at,
            written,
        }
    }
}

/// A kind made more exact by what the line says: `tid =` is a missing
/// value, `status]` a header without its `[`.
fn refine(kind: SyntaxKind, place: &Place) -> SyntaxKind {
    use SyntaxKind::*;
    let (at, line) = (&place.at, place.at.text.trim());
    match kind {
        UnquotedText if place.written.is_empty() => MissingValue,
        UnquotedText if looks_like_date(place.written) => UnquotedDate,
        KeyWithoutValue if line.contains('=') => KeyWithSpace,
        KeyWithoutValue if line.ends_with(']') && !line.starts_with('[') => MissingTableOpen,
        EmptyKey if at.is_header() => EmptyTableName,
        ExtraContent if at.is_header() => HeaderExtra,
        DuplicateKey if at.is_header() => match &place.first {
            Some(first) if first.is_header() => {
                let first = first.text.trim();
                match line.starts_with("[[") && !first.starts_with("[[") {
                    true => SubtableFirst,
                    false => DuplicateTable,
                }
            }
            _ => DuplicateKey,
        },
        kind => kind,
    }
}

/// What the message says about a mistaken value or text.
fn about_values(kind: SyntaxKind, place: &Place, said: &mut Said) {
    let (at, written) = (&place.at, place.written);
    let quoted = |value: &str| match at.key() {
        "" => format!("\"{}\"", value.replace('"', "")),
        key => format!("{key} = \"{}\"", value.replace('"', "")),
    };
    match kind {
        SyntaxKind::UnquotedText => {
            said.value = written.to_owned();
            said.example = match at.value() == written {
                true => quoted(written),
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
            let before = &place.text[..place.start];
            let opening = ["\"\"\"", "'''"].map(|quote| (before.rfind(quote), quote));
            let (at, quote) = opening.into_iter().max().unwrap_or((None, "\"\"\""));
            said.line = Line::at(place.text, at.unwrap_or(0)).number;
            said.quote = quote.to_owned();
        }
        SyntaxKind::MissingOpeningQuote => {
            said.example = format!("{} = \"{}", at.key(), at.value());
        }
        SyntaxKind::ExtraContent => said.example = quoted(at.value()),
        SyntaxKind::UnmatchedClose => {
            said.value = place.text[place.start..].chars().take(1).collect();
        }
        SyntaxKind::LeadingZero => said.example = trimmed_zeros(at.value()),
        _ => {}
    }
}

/// What the message says about a mistaken key or table header.
fn about_keys(kind: SyntaxKind, place: &Place, said: &mut Said) {
    let at = &place.at;
    match kind {
        SyntaxKind::KeyWithoutValue => {
            let line = at.text.trim();
            let (key, rest) = line.split_once(char::is_whitespace).unwrap_or((line, "…"));
            said.key = key.to_owned();
            said.example = format!("{key} = \"{}\"", rest.trim().replace('"', ""));
        }
        SyntaxKind::KeyWithSpace => {
            said.example = at.key().split_whitespace().collect::<Vec<_>>().join("_");
        }
        SyntaxKind::ExtraEquals => {
            let value = at.value().trim_start_matches('=').trim();
            said.example = format!("{} = {value}", at.key());
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
        SyntaxKind::DuplicateKey
        | SyntaxKind::DuplicateTable
        | SyntaxKind::SubtableFirst
        | SyntaxKind::KeyAlreadyValue => {
            said.key = place.written.trim_matches(['"', '\'']).to_owned();
            if at.is_header() {
                said.value = at.name().to_owned();
            }
            if let Some(first) = &place.first {
                said.line = first.number;
                said.example = first.text.trim().to_owned();
            }
        }
        _ => {}
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
    match trimmed.starts_with(|c: char| c.is_ascii_digit()) {
        true => trimmed.to_owned(),
        false => format!("0{trimmed}"),
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
                (items.iter()).for_each(|item| visit_value(item.get_ref(), name, before, best))
            }
            _ => {}
        }
    }
    let mut best = None;
    visit(table, name, before, &mut best);
    best
}

/// Where the table header `[name]`, or one of a table inside it
/// (`[name.…]`), was last written before `before`.
fn first_header(text: &str, name: &str, before: usize) -> Option<usize> {
    last_line_before(text, before, |line| {
        let at = Line {
            text: line,
            number: 0,
        };
        let header = at.name();
        at.is_header() && (header == name || header.starts_with(&format!("{name}.")))
    })
}

/// Where `name = …` or `name.… = …` was last written at the start of a
/// line before `before`: a value a table header later tries to reopen.
fn first_assignment(text: &str, name: &str, before: usize) -> Option<usize> {
    last_line_before(text, before, |line| {
        let rest = line.trim_start().strip_prefix(name).map(str::trim_start);
        rest.is_some_and(|rest| rest.starts_with(['=', '.']))
    })
}

/// Where the last line before `before` that `matches` starts.
fn last_line_before(text: &str, before: usize, matches: impl Fn(&str) -> bool) -> Option<usize> {
    let mut found = None;
    let mut start = 0;
    for line in text[..boundary(text, before)].split_inclusive('\n') {
        if matches(line.trim_end()) {
            found = Some(start);
        }
        start += line.len();
    }
    found
}

/// `at` within `text`, moved back to the start of the character it is in.
fn boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// A line of the file.
struct Line<'t> {
    /// The line as written, without its line break.
    text: &'t str,
    /// Its 1-based number.
    number: usize,
}

impl<'t> Line<'t> {
    /// The line the byte `at` is on.
    fn at(text: &'t str, at: usize) -> Self {
        let at = boundary(text, at);
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

#[cfg(test)]
mod tests {
    use super::*;

    fn said(text: &str) -> Said {
        let (table, errors) = DeTable::parse_recoverable(text);
        describe(text, table.get_ref(), &errors[0]).1
    }

    #[test]
    fn what_a_message_quotes_from_a_long_line_is_cut() {
        let long = format!("tid = \"{}\n", "x".repeat(9_000));
        let said = said(&long);
        assert!(said.example.chars().count() <= 61, "{}", said.example);
        assert!(said.value.ends_with('…'), "{}", said.value);
    }

    #[test]
    fn a_repeated_key_names_the_line_it_was_first_written_on() {
        let said = said("titel = \"x\"\ntid = \"Mars\"\n\ntid = \"April\"\n");
        assert_eq!((said.key.as_str(), said.line), ("tid", 2));
    }

    #[test]
    fn a_repeated_table_names_its_first_header() {
        let said = said("[status]\nx = 1\n\n[status]\ny = 1\n");
        assert_eq!((said.example.as_str(), said.line), ("[status]", 1));
    }

    #[test]
    fn a_repeated_sub_table_names_its_first_header_in_the_same_entry() {
        let entry = "[[aktivitet]]\nid = \"a\"\n[aktivitet.per_ar]\n2026 = \"x\"\n";
        let text = format!("{entry}{entry}[aktivitet.per_ar]\n2027 = \"y\"\n");
        let said = said(&text);
        assert_eq!((said.value.as_str(), said.line), ("aktivitet.per_ar", 7));
    }

    #[test]
    fn a_table_header_over_a_value_names_the_value() {
        let said = said("titel = \"x\"\nstatus = \"pågår\"\n\n[status]\n");
        assert_eq!((said.key.as_str(), said.line), ("status", 2));
    }

    #[test]
    fn an_unquoted_text_is_shown_quoted_with_its_key() {
        let said = said("rubrik = \"x\"\ntid = Vecka 12\n");
        assert_eq!(said.example, "tid = \"Vecka 12\"");
    }

    #[test]
    fn an_unclosed_text_names_the_line_it_began_on() {
        let said = said("rubrik = \"x\"\ntext = \"\"\"\nFörsta.\n\nAndra.\n");
        assert_eq!((said.line, said.quote.as_str()), (2, "\"\"\""));
    }

    #[test]
    fn an_unclosed_header_is_shown_closed() {
        assert_eq!(said("x = 1\n[[andring]\n").example, "[[andring]]");
        assert_eq!(said("x = 1\n[status\n").example, "[status]");
        assert_eq!(said("x = 1\nstatus]\n").example, "[status]");
    }
}
