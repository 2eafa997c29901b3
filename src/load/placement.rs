//! Hints for a key written in the wrong table: after a table header, at the wrong level, or a year outside its table.

use std::ops::Range;

use toml::de::DeTable;

use crate::format::{Kind, MapKeys, TableSpec};
use crate::t;

/// The table a sub-table is written in: a key written after the
/// sub-table's header that belongs to this table is a common mistake.
#[derive(Clone)]
pub struct Outer {
    pub spec: &'static TableSpec,
    /// Where the outer table's first table header (`[[avsnitt]]`) is written.
    pub header: Option<Range<usize>>,
}

impl Outer {
    /// The table `entries` of `spec`, around the sub-tables written in it.
    pub fn around(spec: &'static TableSpec, entries: &DeTable) -> Self {
        // A sub-table's header is written at its parent's key (the key lies
        // inside the header); an inline table's key comes before its value.
        let header = (entries.iter())
            .filter(|(key, value)| value.span().start < key.span().start)
            .map(|(_, value)| value.span())
            .min_by_key(|span| span.start);
        Outer { spec, header }
    }
}

/// The hint for the unknown key `name` in a table of `spec`, when the key
/// belongs to another table: the one around it, one inside it, or a table
/// of years.
pub fn hint(spec: &TableSpec, outer: Option<&Outer>, text: &str, name: &str) -> Option<String> {
    if spec.key(name).is_some() {
        return None; // a key of this table the region has no column for
    }
    (outer.and_then(|outer| outer_key(outer, text, name)))
        .or_else(|| inner_key(spec, name))
        .or_else(|| year_key(spec, name))
}

/// `nyckelord = […]` after the last `[[andring]]` of plan.toml: TOML gives
/// every key after a header to that header's table.
fn outer_key(outer: &Outer, text: &str, name: &str) -> Option<String> {
    outer.spec.key(name)?;
    let at = outer.header.clone()?;
    let start = text.get(..at.start)?.rfind('\n').map_or(0, |i| i + 1);
    let header = text[start..].lines().next()?.trim();
    let line = text[..start].matches('\n').count() + 1;
    Some(t!(
        "load-unknown-key.hint-outer",
        key = name,
        table = (outer.spec.what)(),
        header = header,
        line = line
    ))
}

/// `[per_ar]` in an area file: the key belongs to an activity.
fn inner_key(spec: &TableSpec, name: &str) -> Option<String> {
    let (inner, key) = spec.keys.iter().find_map(|k| match k.kind {
        Kind::Table(inner) | Kind::Tables(inner) => inner.key(name).map(|key| (inner, key)),
        _ => None,
    })?;
    let example = key.example_line();
    Some(t!(
        "load-unknown-key.hint-inner",
        key = name,
        table = (inner.what)(),
        example = example.lines().next().unwrap_or_default()
    ))
}

/// `2026 = "…"` straight in an activity: a year's text belongs in the
/// activity's table of years.
fn year_key(spec: &TableSpec, name: &str) -> Option<String> {
    let is_year = name.len() == 4 && name.chars().all(|c| c.is_ascii_digit());
    let key = (spec.keys.iter()).find(|k| matches!(k.kind, Kind::TextMap(MapKeys::Years)))?;
    let example = key.example_line();
    is_year.then(|| {
        t!(
            "load-unknown-key.hint-year",
            key = name,
            header = example.lines().next().unwrap_or_default()
        )
    })
}
