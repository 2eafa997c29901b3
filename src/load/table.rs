//! Reads a TOML table key by key, reporting every wrong, missing or unknown key.
//!
//! serde's derive stops at the first problem in a file; plan authors want all
//! of them at once, each with its place and a hint. So tables are parsed into
//! toml's spanned document tree and read through this small helper.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::model::Date;
use crate::report::{FileId, Hint, Problem, did_you_mean, error_at};

/// A spanned TOML value.
pub type Value<'i> = Spanned<DeValue<'i>>;

/// Parses a whole TOML file, returning every syntax error.
pub fn parse(file: FileId, text: &str) -> Result<Spanned<DeTable<'_>>, Vec<Problem>> {
    let (table, errors) = DeTable::parse_recoverable(text);
    if errors.is_empty() {
        return Ok(table);
    }
    Err(errors
        .into_iter()
        .map(|e| {
            let span = e.span().unwrap_or(0..0);
            let message = e.message().trim().to_owned();
            let first_line = message.lines().next().unwrap_or("invalid TOML").to_owned();
            let hint = if first_line.contains("date") || first_line.contains("time") {
                "write dates as year-month-day, e.g. godkant_datum = 2021-12-09, and check that the day exists"
            } else {
                "check quotes and brackets on this line; text values need quotes: ansvarig = \"Verksamhetscheferna\""
            };
            error_at(file, span, format!("invalid TOML: {first_line}"), first_line).hint(hint)
        })
        .collect())
}

/// A table being read. Every key asked for is remembered, so that
/// [`Table::finish`] can name the ones nobody asked for.
pub struct Table<'a, 'i> {
    pub file: FileId,
    /// Where to point when a required key is missing.
    pub span: Range<usize>,
    entries: &'a DeTable<'i>,
    asked: Vec<String>,
    problems: Vec<Problem>,
}

impl<'a, 'i> Table<'a, 'i> {
    pub fn new(file: FileId, table: &'a Spanned<DeTable<'i>>) -> Self {
        Self::with_span(file, table.get_ref(), table.span())
    }

    fn with_span(file: FileId, entries: &'a DeTable<'i>, span: Range<usize>) -> Self {
        Table {
            file,
            span,
            entries,
            asked: Vec::new(),
            problems: Vec::new(),
        }
    }

    /// The raw value of `key`, if present.
    pub fn get(&mut self, key: &str) -> Option<&'a Value<'i>> {
        if !self.asked.iter().any(|k| k == key) {
            self.asked.push(key.to_owned());
        }
        self.entries.get(key)
    }

    pub fn report(&mut self, problem: Problem) {
        self.problems.push(problem);
    }

    /// Reports that `key` holds the wrong kind of value.
    pub fn wrong_type(&mut self, key: &str, value: &Value, expected: &str, example: &str) {
        let found = kind(value.get_ref());
        self.report(
            error_at(
                self.file,
                value.span(),
                format!("`{key}` must be {expected}, but here it is {found}"),
                format!("expected {expected}"),
            )
            .hint(format!("write it like this: {example}")),
        );
    }

    /// Whether `key` is written in the table (whatever its value).
    pub fn contains(&self, key: &str) -> bool {
        self.entries.get(key).is_some()
    }

    /// Reports that a required key is missing from `what` ("plan.toml").
    pub fn missing(&mut self, key: &str, what: &str, example: &str) {
        self.missing_because(key, format!("{what} is missing `{key}`"), example);
    }

    /// Reports a missing key with a message of its own. Stays silent when a
    /// misspelling of `key` is present: [`Table::finish`] reports that one,
    /// with the right spelling, and one typo should give one message.
    pub fn missing_because(&mut self, key: &str, message: String, example: &str) {
        let misspelt = self
            .entries
            .keys()
            .map(|k| k.get_ref().as_ref())
            .filter(|k| *k != key && !self.asked.iter().any(|a| a == k))
            .any(|k| did_you_mean(k, [key]).is_some());
        if misspelt {
            return;
        }
        self.report(
            error_at(
                self.file,
                self.span.clone(),
                message,
                format!("`{key}` is required here"),
            )
            .hint(format!("add a line: {example}")),
        );
    }

    /// A text value; `None` when absent or wrong.
    pub fn string(&mut self, key: &str, example: &str) -> Option<Spanned<String>> {
        let value = self.get(key)?;
        match value.get_ref() {
            DeValue::String(s) => Some(Spanned::new(value.span(), s.to_string())),
            _ => {
                self.wrong_type(key, value, "a text in quotes", example);
                None
            }
        }
    }

    /// A text value that must be present and not blank.
    pub fn required_string(
        &mut self,
        key: &str,
        what: &str,
        example: &str,
    ) -> Option<Spanned<String>> {
        if self.entries.get(key).is_none() {
            self.get(key);
            self.missing(key, what, example);
            return None;
        }
        let s = self.string(key, example)?;
        if s.get_ref().trim().is_empty() {
            self.empty(key, s.span(), example);
            return None;
        }
        Some(s)
    }

    /// Reports that `key` is present but empty.
    pub fn empty(&mut self, key: &str, span: Range<usize>, example: &str) {
        self.report(
            error_at(
                self.file,
                span,
                format!("`{key}` is empty"),
                "nothing written here",
            )
            .hint(format!("fill it in, e.g. {example}")),
        );
    }

    /// One text or a list of texts: `"A"` or `["A", "B"]`.
    pub fn lines(&mut self, key: &str, example: &str) -> Option<Spanned<Vec<String>>> {
        let value = self.get(key)?;
        let expected = "a text or a list of texts";
        let lines = match value.get_ref() {
            DeValue::String(s) => vec![s.to_string()],
            DeValue::Array(items) => {
                let mut lines = Vec::new();
                for item in items {
                    match item.get_ref() {
                        DeValue::String(s) => lines.push(s.to_string()),
                        _ => {
                            self.wrong_type(key, item, "a text in quotes", example);
                            return None;
                        }
                    }
                }
                lines
            }
            _ => {
                self.wrong_type(key, value, expected, example);
                return None;
            }
        };
        Some(Spanned::new(value.span(), lines))
    }

    /// A list of texts, each with its own span.
    pub fn string_list(&mut self, key: &str, example: &str) -> Option<Vec<Spanned<String>>> {
        let value = self.get(key)?;
        let DeValue::Array(items) = value.get_ref() else {
            self.wrong_type(key, value, "a list of texts", example);
            return None;
        };
        let mut out = Vec::new();
        for item in items {
            match item.get_ref() {
                DeValue::String(s) => out.push(Spanned::new(item.span(), s.to_string())),
                _ => self.wrong_type(key, item, "a text in quotes", example),
            }
        }
        Some(out)
    }

    /// A calendar date, written `2021-12-09` (with or without quotes).
    pub fn date(&mut self, key: &str) -> Option<Date> {
        let value = self.get(key)?;
        let example = format!("{key} = 2021-12-09");
        let parsed = match value.get_ref() {
            DeValue::Datetime(dt) if dt.time.is_none() && dt.offset.is_none() => {
                dt.date.map(|d| (d.year as i32, d.month, d.day))
            }
            DeValue::String(s) => parse_iso_date(s),
            _ => {
                self.wrong_type(key, value, "a date (YYYY-MM-DD)", &example);
                return None;
            }
        };
        let date = parsed.and_then(|(y, m, d)| Date::new(y, m, d));
        if date.is_none() {
            self.report(
                error_at(
                    self.file,
                    value.span(),
                    format!("`{key}` is not a real date"),
                    "no such day",
                )
                .hint(format!("write the date as year-month-day: {example}")),
            );
        }
        date
    }

    /// A number (whole or decimal).
    pub fn number(&mut self, key: &str, example: &str) -> Option<Spanned<f64>> {
        let value = self.get(key)?;
        let number = match value.get_ref() {
            DeValue::Integer(i) => i64::from_str_radix(i.as_str(), i.radix())
                .ok()
                .map(|i| i as f64),
            DeValue::Float(f) => f.as_str().parse::<f64>().ok(),
            _ => None,
        };
        if number.is_none() {
            self.wrong_type(key, value, "a number", example);
        }
        number.map(|n| Spanned::new(value.span(), n))
    }

    /// `true` or `false`.
    pub fn boolean(&mut self, key: &str, example: &str) -> Option<bool> {
        let value = self.get(key)?;
        match value.get_ref() {
            DeValue::Boolean(b) => Some(*b),
            _ => {
                self.wrong_type(key, value, "true or false", example);
                None
            }
        }
    }

    /// A sub-table (`[key]` or `key = { … }`).
    pub fn table(&mut self, key: &str, example: &str) -> Option<Table<'a, 'i>> {
        let value = self.get(key)?;
        match value.get_ref() {
            DeValue::Table(t) => Some(Table::with_span(self.file, t, value.span())),
            _ => {
                self.wrong_type(key, value, "a table", example);
                None
            }
        }
    }

    /// An array of tables (`[[key]]`).
    pub fn tables(&mut self, key: &str, example: &str) -> Vec<Table<'a, 'i>> {
        let Some(value) = self.get(key) else {
            return Vec::new();
        };
        let DeValue::Array(items) = value.get_ref() else {
            self.wrong_type(key, value, "a list of tables", example);
            return Vec::new();
        };
        let mut out = Vec::new();
        for item in items {
            match item.get_ref() {
                DeValue::Table(t) => out.push(Table::with_span(self.file, t, item.span())),
                _ => self.wrong_type(key, item, "a table", example),
            }
        }
        out
    }

    /// All entries in source order (for tables whose keys are data, such as per-year texts).
    pub fn entries(&self) -> Vec<(&'a Spanned<std::borrow::Cow<'i, str>>, &'a Value<'i>)> {
        let mut entries: Vec<_> = self.entries.iter().collect();
        entries.sort_by_key(|(k, _)| k.span().start);
        entries
    }

    /// Ends reading a table whose keys are data (all of them read through
    /// [`Table::entries`]) and hands back the problems found.
    pub fn into_problems(self) -> Vec<Problem> {
        self.problems
    }

    /// Ends reading: reports each key nobody asked for, suggesting the nearest
    /// known one, and hands back all problems found in this table.
    /// `explain` may add a sentence about a particular unknown key.
    pub fn finish(mut self, what: &str, explain: impl Fn(&str) -> Option<String>) -> Vec<Problem> {
        for (key, _) in self.entries() {
            let name = key.get_ref().as_ref();
            if self.asked.iter().any(|k| k == name) {
                continue;
            }
            let mut problem = error_at(
                self.file,
                key.span(),
                format!("unknown key `{name}` in {what}"),
                "unknown key",
            );
            if let Some(text) = explain(name) {
                problem = problem.hint(text);
            } else if let Some(near) = did_you_mean(name, self.asked.iter().map(String::as_str)) {
                problem = problem.hint(format!("did you mean `{near}`?"));
            } else {
                let mut known = self.asked.clone();
                known.sort_unstable();
                problem = problem.hint(format!("known keys here: {}", known.join(", ")));
            }
            self.problems.push(problem);
        }
        self.problems
    }
}

/// The kind of a TOML value, for messages.
pub fn kind(value: &DeValue) -> &'static str {
    match value {
        DeValue::String(_) => "a text",
        DeValue::Integer(_) => "a whole number",
        DeValue::Float(_) => "a decimal number",
        DeValue::Boolean(_) => "true/false",
        DeValue::Datetime(_) => "a date",
        DeValue::Array(_) => "a list",
        DeValue::Table(_) => "a table",
    }
}

fn parse_iso_date(s: &str) -> Option<(i32, u8, u8)> {
    let mut parts = s.trim().splitn(3, '-');
    let y = parts.next()?;
    let m = parts.next()?;
    let d = parts.next()?;
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    Some((y.parse().ok()?, m.parse().ok()?, d.parse().ok()?))
}
