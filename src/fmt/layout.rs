//! Rearranges one parsed TOML document into the canonical layout, keeping every comment.
//!
//! Keys follow the order of the format description ([`crate::format`]):
//! known keys first, in their canonical order, then any others (a region's
//! own column fields) in the order written. Tables follow their parent, in
//! the same order. Keys lose their indentation and quotes they do not need;
//! texts are re-written by [`super::strings`]; lists of plain values go on
//! one line when it fits, otherwise one item per line. Values and comments
//! are never changed.

use toml_edit::{Array, DocumentMut, Item, Key, RawString, Table, Value};

use super::strings;
use crate::format::{Kind, TableSpec};

/// Formats `doc`, whose root table is described by `spec`.
pub fn format(doc: &mut DocumentMut, spec: &'static TableSpec) {
    format_table(doc.as_table_mut(), Some(spec));
    let mut position = 1;
    place_tables(doc.as_table_mut(), &mut position);
}

/// Orders, re-keys and formats the entries of one table, then its sub-tables.
fn format_table(table: &mut Table, spec: Option<&'static TableSpec>) {
    let names: Vec<String> = table.iter().map(|(k, _)| k.to_owned()).collect();
    let mut entries: Vec<(Key, Item)> = names
        .iter()
        .filter_map(|name| table.remove_entry(name))
        .collect();
    if let Some(spec) = spec {
        // A stable sort: keys the description does not list keep their order.
        entries.sort_by_key(|(key, _)| rank(spec, key.get()));
    }
    for (key, mut item) in entries {
        let key = tidy_key(&key, item.is_value());
        let sub = spec.and_then(|s| s.key(key.get())).map(|k| &k.kind);
        match &mut item {
            Item::Value(value) => {
                let width = key.display_repr().chars().count() + 3;
                format_value(value, width);
            }
            Item::Table(sub_table) => format_table(sub_table, sub_spec(sub)),
            Item::ArrayOfTables(tables) => {
                for sub_table in tables.iter_mut() {
                    format_table(sub_table, sub_spec(sub));
                }
            }
            Item::None => {}
        }
        table.insert_formatted(&key, item);
    }
}

/// Where a key goes: its place in the description, or after all described keys.
fn rank(spec: &TableSpec, name: &str) -> usize {
    spec.names()
        .position(|n| n == name)
        .unwrap_or(spec.keys.len())
}

/// The description of a sub-table's keys, if its keys are fixed.
fn sub_spec(kind: Option<&Kind>) -> Option<&'static TableSpec> {
    match kind {
        Some(Kind::Table(spec) | Kind::Tables(spec)) => Some(*spec),
        _ => None,
    }
}

/// The key written plainly (without quotes when it needs none), keeping the
/// comments above it; a key before `=` loses its indentation.
fn tidy_key(key: &Key, is_value: bool) -> Key {
    let mut leaf = key.leaf_decor().clone();
    if is_value {
        let prefix = raw(leaf.prefix());
        leaf.set_prefix(prefix.trim_end_matches([' ', '\t']).to_owned());
        leaf.set_suffix(" ");
    }
    Key::new(key.get())
        .with_leaf_decor(leaf)
        .with_dotted_decor(key.dotted_decor().clone())
}

fn raw(s: Option<&RawString>) -> String {
    s.and_then(RawString::as_str).unwrap_or("").to_owned()
}

/// Formats a value written after a key `width` characters wide (with ` = `).
fn format_value(value: &mut Value, width: usize) {
    let decor = value.decor().clone();
    match value {
        Value::String(s) => {
            let text = s.value().clone();
            replace_text(value, &strings::value(&text, width));
        }
        Value::Array(array) => format_array(array, width),
        _ => {}
    }
    let suffix = raw(decor.suffix());
    let decor_mut = value.decor_mut();
    decor_mut.set_prefix(" ");
    decor_mut.set_suffix(if suffix.trim().is_empty() {
        String::new()
    } else {
        suffix
    });
}

/// Replaces a text value by the same text written as `written`; keeps it
/// as it was if `written` would not read back as the same text.
fn replace_text(value: &mut Value, written: &str) {
    let Some(text) = value.as_str() else { return };
    if let Ok(new) = written.parse::<Value>()
        && new.as_str() == Some(text)
    {
        let decor = value.decor().clone();
        *value = new;
        *value.decor_mut() = decor;
    }
}

/// A list: its texts in double quotes, on one line if it fits in
/// [`strings::WIDTH`], otherwise one item per line. A list holding comments
/// keeps its layout.
fn format_array(array: &mut Array, width: usize) {
    for item in array.iter_mut() {
        match item {
            Value::String(s) => {
                let text = s.value().clone();
                replace_text(item, &strings::basic(&text));
            }
            Value::Array(inner) => format_array(inner, usize::MAX),
            _ => {}
        }
    }
    let has_comment = array.trailing().as_str().is_some_and(|t| t.contains('#'))
        || array.iter().any(|v| {
            [v.decor().prefix(), v.decor().suffix()]
                .iter()
                .any(|d| raw(*d).contains('#'))
        });
    let nested = array
        .iter()
        .any(|v| matches!(v, Value::Array(_) | Value::InlineTable(_)));
    if has_comment || nested {
        return;
    }
    let one_line: usize = array
        .iter()
        .map(|v| v.to_string().trim().chars().count() + 2)
        .sum();
    let multi = !array.is_empty() && width.saturating_add(one_line) > strings::WIDTH;
    for (i, item) in array.iter_mut().enumerate() {
        let decor = item.decor_mut();
        match (multi, i) {
            (true, _) => decor.set_prefix("\n  "),
            (false, 0) => decor.set_prefix(""),
            (false, _) => decor.set_prefix(" "),
        }
        decor.set_suffix("");
    }
    array.set_trailing_comma(multi);
    array.set_trailing(if multi { "\n" } else { "" });
}

/// Numbers the headers in the new order: each table right after its
/// parent's entries, sub-tables depth first. Also gives each header exactly
/// one blank line above it (after the comments above it, if any).
fn place_tables(table: &mut Table, position: &mut isize) {
    for (_, item) in table.iter_mut() {
        match item {
            Item::Table(sub) if !sub.is_dotted() => place_table(sub, position),
            Item::ArrayOfTables(tables) => {
                for sub in tables.iter_mut() {
                    place_table(sub, position);
                }
            }
            _ => {}
        }
    }
}

fn place_table(table: &mut Table, position: &mut isize) {
    table.set_position(Some(*position));
    *position += 1;
    let prefix = raw(table.decor().prefix());
    let rest = prefix.trim_start_matches(['\n', ' ', '\t', '\r']);
    table.decor_mut().set_prefix(format!("\n{rest}"));
    place_tables(table, position);
}
