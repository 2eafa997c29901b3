//! The scalar values of a table being read: dates, numbers, widths, yes/no and choices, each checked against its key's kind.

use toml::Spanned;
use toml::de::DeValue;

use super::{Table, Value, as_number};
use crate::format::Kind;
use crate::model::Date;
use crate::msg;
use crate::report::{Hint, error_at};
use crate::t;

impl Table<'_, '_> {
    /// A calendar date, written `2021-12-09` (with or without quotes).
    pub fn date(&mut self, name: &str) -> Option<Date> {
        let value = self.get(name)?;
        self.date_value(name, value)
    }

    /// A list of calendar dates; a value that is not one is reported and left out.
    pub fn dates(&mut self, name: &str) -> Vec<Date> {
        let Some(value) = self.get(name) else {
            return Vec::new();
        };
        let DeValue::Array(items) = value.get_ref() else {
            self.wrong_type(name, value);
            return Vec::new();
        };
        (items.iter())
            .filter_map(|item| self.date_value(name, item))
            .collect()
    }

    /// `value` of the key `name` as a date, or a located error.
    fn date_value(&mut self, name: &str, value: &Value) -> Option<Date> {
        let parsed = match value.get_ref() {
            DeValue::Datetime(dt) if dt.time.is_none() && dt.offset.is_none() => dt
                .date
                .and_then(|d| Date::new(i32::from(d.year), d.month, d.day)),
            DeValue::String(s) => Date::parse(s),
            _ => {
                self.wrong_type(name, value);
                return None;
            }
        };
        if parsed.is_none() {
            let example = self.example(name);
            self.report(
                error_at(
                    self.file,
                    value.span(),
                    msg!("load-not-a-date", key = name),
                    t!("load-not-a-date.label"),
                )
                .hint(t!("load-not-a-date.hint", example = example)),
            );
        }
        parsed
    }

    /// A relative width (`bredd`): a positive number, or a located error.
    pub fn width(&mut self) -> Option<f64> {
        match self.number("bredd") {
            Some(w) if *w.get_ref() > 0.0 && w.get_ref().is_finite() => Some(*w.get_ref()),
            Some(w) => {
                self.report(
                    error_at(
                        self.file,
                        w.span(),
                        msg!("plan-width"),
                        t!("plan-width.label"),
                    )
                    .hint(t!("plan-width.hint")),
                );
                None
            }
            None => None,
        }
    }

    /// A number (whole or decimal).
    pub fn number(&mut self, name: &str) -> Option<Spanned<f64>> {
        let value = self.get(name)?;
        let number = as_number(value.get_ref());
        if number.is_none() {
            self.wrong_type(name, value);
        }
        number.map(|n| Spanned::new(value.span(), n))
    }

    /// `true` or `false`.
    pub fn boolean(&mut self, name: &str) -> Option<bool> {
        let value = self.get(name)?;
        match value.get_ref() {
            DeValue::Boolean(b) => Some(*b),
            _ => {
                self.wrong_type(name, value);
                None
            }
        }
    }

    /// One of the key's [`Kind::Choice`] values (`"först"` also read as
    /// `"forst"`), with a message listing the choices otherwise.
    pub fn choice(&mut self, name: &str) -> Option<&'static str> {
        let Some(Kind::Choice(values)) = self.key(name).map(|k| &k.kind) else {
            panic!("`{name}` is not a choice in src/format");
        };
        let s = self.string(name)?;
        let written = crate::report::fold(s.get_ref());
        if let Some(v) = values.iter().find(|v| crate::report::fold(v) == written) {
            return Some(v);
        }
        let list = values
            .iter()
            .map(|v| format!("\"{v}\""))
            .collect::<Vec<_>>()
            .join(&format!(" {} ", t!("load-or")));
        let about = self.key(name).map_or("", |k| k.about);
        self.report(
            error_at(
                self.file,
                s.span(),
                msg!("load-bad-choice", key = name, value = s.get_ref()),
                t!("load-bad-choice.label", choices = list),
            )
            .hint(about),
        );
        None
    }
}
