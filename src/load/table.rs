//! Reads a TOML table key by key as the format description says, reporting every wrong, missing or unknown key.
//!
//! serde's derive stops at the first problem in a file; plan authors want all
//! of them at once, each with its place and a hint. So tables are parsed into
//! toml's spanned document tree and read through this helper, which takes
//! each key's kind, example and table name from [`crate::format`].

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

mod scalars;

use super::placement::{self, Outer};
use super::text;
use crate::format::{Key, Kind, MapKeys, TableSpec};
use crate::msg;
use crate::report::{FileId, Hint, Message, Problem, Subject, did_you_mean, error_at};
use crate::t;

/// A spanned TOML value.
pub type Value<'i> = Spanned<DeValue<'i>>;

/// A table being read. Every key asked for is remembered, so that
/// [`Table::finish`] can name the ones nobody asked for.
pub struct Table<'a, 'i> {
    pub file: FileId,
    /// Where to point when a required key is missing.
    pub span: Range<usize>,
    pub spec: &'static TableSpec,
    entries: &'a DeTable<'i>,
    /// The file's text, for hints that name a line.
    text: &'i str,
    /// The table this one's header is written in, if any.
    outer: Option<Outer>,
    asked: Vec<String>,
    problems: Vec<Problem>,
}

impl<'a, 'i> Table<'a, 'i> {
    pub fn new(
        file: FileId,
        text: &'i str,
        table: &'a Spanned<DeTable<'i>>,
        spec: &'static TableSpec,
    ) -> Self {
        Table {
            file,
            span: table.span(),
            spec,
            entries: table.get_ref(),
            text,
            outer: None,
            asked: Vec::new(),
            problems: Vec::new(),
        }
    }

    /// A table written inside this one, read as `spec` describes it.
    fn inner(
        &self,
        entries: &'a DeTable<'i>,
        span: Range<usize>,
        spec: &'static TableSpec,
    ) -> Self {
        Table {
            file: self.file,
            span,
            spec,
            entries,
            text: self.text,
            outer: Some(Outer::around(self.spec, self.entries)),
            asked: Vec::new(),
            problems: Vec::new(),
        }
    }

    /// The description of a fixed key. Asking for a key the format does not
    /// describe is a bug in the loader, caught by every test that loads a plan.
    fn key(&self, name: &str) -> Option<&'static Key> {
        let key = self.spec.key(name);
        debug_assert!(
            key.is_some() || self.spec.column_fields,
            "the loader reads `{name}`, which src/format does not describe for {}",
            self.spec.name
        );
        key
    }

    /// The example line for `name` in hints.
    fn example(&self, name: &str) -> String {
        match self.key(name) {
            Some(key) => key.example_line(),
            None => format!("{name} = \"…\""),
        }
    }

    fn expected(&self, name: &str) -> String {
        self.key(name)
            .map_or_else(|| Kind::Lines.expected(), |k| k.kind.expected())
    }

    /// The raw value of `name`, if present.
    pub fn get(&mut self, name: &str) -> Option<&'a Value<'i>> {
        if !self.asked.iter().any(|k| k == name) {
            self.key(name);
            self.asked.push(name.to_owned());
        }
        self.entries.get(name)
    }

    pub fn report(&mut self, problem: Problem) {
        self.problems.push(problem);
    }

    /// Reports that `name` holds the wrong kind of value.
    pub fn wrong_type(&mut self, name: &str, value: &Value) {
        let expected = self.expected(name);
        let example = self.example(name);
        self.wrong_type_as(name, value, &expected, &example);
    }

    fn wrong_type_as(&mut self, name: &str, value: &Value, expected: &str, example: &str) {
        let found = kind(value.get_ref());
        self.report(
            error_at(
                self.file,
                value.span(),
                msg!(
                    "load-wrong-type",
                    key = name,
                    expected = expected,
                    found = found
                ),
                t!("load-wrong-type.label", expected = expected),
            )
            .hint(t!("load-wrong-type.hint", example = example)),
        );
    }

    /// Whether `name` is written in the table (whatever its value).
    pub fn contains(&self, name: &str) -> bool {
        self.entries.get(name).is_some()
    }

    /// Reports that the required key `name` is missing.
    pub fn missing(&mut self, name: &str) {
        let message = msg!("load-missing", table = (self.spec.what)(), key = name);
        self.missing_because(name, message, None);
    }

    /// Reports a missing key with a message (and optionally a hint) of its
    /// own. Stays silent when a misspelling of `name` is present:
    /// [`Table::finish`] reports that one, with the right spelling, and one
    /// typo should give one message.
    pub fn missing_because(&mut self, name: &str, message: Message, hint: Option<String>) {
        let misspelt = self
            .entries
            .keys()
            .map(|k| k.get_ref().as_ref())
            .filter(|k| *k != name && !self.asked.iter().any(|a| a == k))
            .any(|k| did_you_mean(k, [name]).is_some());
        if misspelt {
            return;
        }
        let hint = hint.unwrap_or_else(|| t!("load-required.hint", example = self.example(name)));
        self.report(
            error_at(
                self.file,
                self.span.clone(),
                message,
                t!("load-required", key = name),
            )
            .hint(hint)
            .about(Subject::Missing {
                table: self.spec.name,
                key: name.to_owned(),
            }),
        );
    }

    /// Checks a string value's characters and normalises it.
    fn clean(&mut self, s: &str, span: Range<usize>) -> Option<String> {
        match text::clean_value(s) {
            Ok(clean) => Some(clean),
            Err(found) => {
                let hint = match found.what {
                    text::Unprintable::Char { c, .. } => t!(
                        "load-forbidden-escape.hint",
                        code = format!("{:04X}", c as u32)
                    ),
                    text::Unprintable::LongCluster { .. } => {
                        t!("load-long-cluster.hint", max = text::MAX_CLUSTER)
                    }
                };
                self.report(
                    error_at(
                        self.file,
                        span,
                        found.message(),
                        t!("load-forbidden-escape"),
                    )
                    .hint(hint),
                );
                None
            }
        }
    }

    /// A reference to an activity (`[](#id)`) in plain text would print as
    /// written: it is an error, never left for the reader to puzzle over.
    fn no_reference_in_plain_text(&mut self, name: &str, s: &str, span: Range<usize>) {
        let Some(at) = s.find("](#") else {
            return;
        };
        let start = s[..at].rfind('[').unwrap_or(at);
        let end = s[at..].find(')').map_or(s.len(), |e| at + e + 1);
        self.report(
            error_at(
                self.file,
                span,
                msg!(
                    "load-reference-in-plain-text",
                    key = name,
                    reference = &s[start..end]
                ),
                t!("load-reference-in-plain-text.label"),
            )
            .hint(t!("load-reference-in-plain-text.hint")),
        );
    }

    /// A text value; `None` when absent or wrong.
    pub fn string(&mut self, name: &str) -> Option<Spanned<String>> {
        let value = self.get(name)?;
        match value.get_ref() {
            DeValue::String(s) => {
                if matches!(self.key(name).map(|k| &k.kind), Some(Kind::Text)) {
                    self.no_reference_in_plain_text(name, s, value.span());
                }
                let clean = self.clean(s, value.span())?;
                Some(Spanned::new(value.span(), clean))
            }
            _ => {
                self.wrong_type(name, value);
                None
            }
        }
    }

    /// A text value that must be present and not blank.
    pub fn required_string(&mut self, name: &str) -> Option<Spanned<String>> {
        if self.entries.get(name).is_none() {
            self.get(name);
            self.missing(name);
            return None;
        }
        let s = self.string(name)?;
        if s.get_ref().trim().is_empty() {
            self.empty(name, s.span());
            return None;
        }
        Some(s)
    }

    /// Reports that `name` is present but empty.
    pub fn empty(&mut self, name: &str, span: Range<usize>) {
        let example = self.example(name);
        self.empty_with_hint(name, span, t!("load-empty.hint", example = example));
    }

    pub fn empty_with_hint(&mut self, name: &str, span: Range<usize>, hint: String) {
        self.report(
            error_at(
                self.file,
                span,
                msg!("load-empty", key = name),
                t!("load-empty.label"),
            )
            .hint(hint),
        );
    }

    /// One text or a list of texts: `"A"` or `["A", "B"]`.
    pub fn lines(&mut self, name: &str) -> Option<Spanned<Vec<String>>> {
        let value = self.get(name)?;
        let lines = match value.get_ref() {
            DeValue::String(s) => {
                // A region column's single text is Markdown; the others are plain.
                let clean = self.clean(s, value.span())?;
                if self.key(name).is_some() {
                    self.no_reference_in_plain_text(name, s, value.span());
                    vec![text::collapse_spaces(&clean)]
                } else {
                    vec![clean]
                }
            }
            DeValue::Array(items) => (items.iter())
                .map(|item| Some(text::collapse_spaces(&self.list_item(name, item)?)))
                .collect::<Option<Vec<_>>>()?,
            _ => {
                self.wrong_type(name, value);
                return None;
            }
        };
        Some(Spanned::new(value.span(), lines))
    }

    /// A list of texts, each with its own span.
    pub fn string_list(&mut self, name: &str) -> Option<Vec<Spanned<String>>> {
        let value = self.get(name)?;
        let DeValue::Array(items) = value.get_ref() else {
            self.wrong_type(name, value);
            return None;
        };
        let out = (items.iter())
            .filter_map(|item| Some(Spanned::new(item.span(), self.list_item(name, item)?)))
            .collect();
        Some(out)
    }

    /// One text in the list `name`, checked and normalised; `None` (and a
    /// problem reported) if it is not a usable text.
    fn list_item(&mut self, name: &str, item: &Value) -> Option<String> {
        match item.get_ref() {
            DeValue::String(s) => {
                self.no_reference_in_plain_text(name, s, item.span());
                self.clean(s, item.span())
            }
            _ => {
                let example = self.example(name);
                self.wrong_type_as(name, item, &Kind::Text.expected(), &example);
                None
            }
        }
    }

    /// A sub-table (`[key]` or `key = { … }`), read as the format describes it.
    pub fn table(&mut self, name: &str) -> Option<Table<'a, 'i>> {
        let spec = match self.key(name).map(|k| &k.kind) {
            Some(Kind::Table(spec)) => *spec,
            _ => self.spec,
        };
        let value = self.get(name)?;
        match value.get_ref() {
            DeValue::Table(t) => Some(self.inner(t, value.span(), spec)),
            _ => {
                self.wrong_type(name, value);
                None
            }
        }
    }

    /// An array of tables (`[[key]]`).
    pub fn tables(&mut self, name: &str) -> Vec<Table<'a, 'i>> {
        let Some(Kind::Tables(spec)) = self.key(name).map(|k| &k.kind) else {
            panic!("`{name}` is not a list of tables in src/format");
        };
        let Some(value) = self.get(name) else {
            return Vec::new();
        };
        let DeValue::Array(items) = value.get_ref() else {
            self.wrong_type(name, value);
            return Vec::new();
        };
        let mut out = Vec::new();
        for item in items {
            match item.get_ref() {
                DeValue::Table(t) => out.push(self.inner(t, item.span(), spec)),
                _ => {
                    let example = self.example(name);
                    self.wrong_type_as(name, item, &t!("load-expected-table"), &example);
                }
            }
        }
        out
    }

    /// A table whose keys are data ([`Kind::TextMap`]): each key with its
    /// text, in source order. Non-text values are reported.
    pub fn text_map(&mut self, name: &str) -> Vec<(Spanned<String>, Spanned<String>)> {
        // Texts per year are Markdown; labels and headings are plain.
        let plain = !matches!(
            self.key(name).map(|k| &k.kind),
            Some(Kind::TextMap(MapKeys::Years))
        );
        let Some(mut table) = self.table(name) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for (key, value) in table.entries() {
            let key = Spanned::new(key.span(), key.get_ref().to_string());
            match value.get_ref() {
                DeValue::String(s) => {
                    if plain {
                        let shown = format!("{name}.{}", key.get_ref());
                        table.no_reference_in_plain_text(&shown, s, value.span());
                    }
                    if let Some(clean) = table.clean(s, value.span()) {
                        out.push((key, Spanned::new(value.span(), clean)));
                    }
                }
                _ => {
                    let example = format!("{} = \"…\"", key.get_ref());
                    let expected = Kind::Text.expected();
                    table.wrong_type_as(key.get_ref(), value, &expected, &example);
                }
            }
        }
        self.problems.extend(table.problems);
        out
    }

    /// All entries in source order.
    fn entries(&self) -> Vec<(&'a Spanned<std::borrow::Cow<'i, str>>, &'a Value<'i>)> {
        let mut entries: Vec<_> = self.entries.iter().collect();
        entries.sort_by_key(|(k, _)| k.span().start);
        entries
    }

    /// Ends reading: reports each key nobody asked for, suggesting the nearest
    /// known one, and hands back all problems found in this table.
    /// `explain` may give the hint for a particular unknown key.
    pub fn finish(mut self, explain: impl Fn(&str) -> Option<String>) -> Vec<Problem> {
        let known: Vec<String> = self
            .spec
            .names()
            .map(str::to_owned)
            .chain(self.asked.iter().cloned())
            .collect();
        let mut problems = Vec::new();
        for (key, _) in self.entries() {
            let name = key.get_ref().as_ref();
            if self.asked.iter().any(|k| k == name) {
                continue;
            }
            let mut problem = error_at(
                self.file,
                key.span(),
                msg!("load-unknown-key", key = name, table = (self.spec.what)()),
                t!("load-unknown-key.label"),
            )
            .about(Subject::Unknown {
                table: self.spec.name,
                key: name.to_owned(),
            });
            let placed = placement::hint(self.spec, self.outer.as_ref(), self.text, name);
            if let Some(text) = placed.or_else(|| explain(name)) {
                problem = problem.hint(text);
            } else if let Some(near) = did_you_mean(name, known.iter().map(String::as_str)) {
                problem = problem.hint(t!("load-unknown-key.hint-near", near = near));
            } else {
                let mut list: Vec<&str> = known.iter().map(String::as_str).collect();
                list.sort_unstable();
                list.dedup();
                problem = problem.hint(t!("load-unknown-key.hint-known", keys = list.join(", ")));
            }
            problems.push(problem);
        }
        self.problems.extend(problems);
        self.problems
    }
}

/// The kind of a TOML value, for messages.
pub fn kind(value: &DeValue) -> String {
    match value {
        DeValue::String(_) => t!("load-found-text"),
        DeValue::Integer(_) => t!("load-found-integer"),
        DeValue::Float(_) => t!("load-found-float"),
        DeValue::Boolean(_) => t!("load-found-bool"),
        DeValue::Datetime(_) => t!("load-found-date"),
        DeValue::Array(_) => t!("load-found-list"),
        DeValue::Table(_) => t!("load-found-table"),
    }
}

/// A TOML integer or float as a number; `None` for any other value.
pub fn as_number(value: &DeValue) -> Option<f64> {
    match value {
        DeValue::Integer(i) => i64::from_str_radix(i.as_str(), i.radix())
            .ok()
            .map(|i| i as f64),
        DeValue::Float(f) => f.as_str().parse::<f64>().ok(),
        _ => None,
    }
}
