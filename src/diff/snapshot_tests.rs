//! Tests of the snapshot: every region setting diff compares is a key of the format, and every key is compared.

use super::*;
use crate::format::{ACTIVITY, Kind, REGION, TableSpec};

/// The format's key at a dotted path below `table`, e.g. `status.markering`.
fn key_at(table: &TableSpec, path: &str) -> Option<&'static Kind> {
    let (name, rest) = path.split_once('.').unwrap_or((path, ""));
    let kind = &table.key(name)?.kind;
    match (kind, rest) {
        (_, "") => Some(kind),
        (Kind::Table(inner), rest) => key_at(inner, rest),
        // A data key of a map, e.g. `metadata.etiketter.version`.
        (Kind::TextMap(_), _) => Some(kind),
        _ => None,
    }
}

/// Every region setting diff compares is a key of the format, and every
/// key of region.toml (its columns apart, compared on their own) is
/// compared: a new key is seen by diff or this test fails.
#[test]
fn region_settings_are_the_formats_keys_all_of_them() {
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("plans/norrbotten/2022");
    let loaded = crate::load::load(&example).unwrap();
    let compared: Vec<String> = (region_settings(&loaded).into_iter())
        .map(|s| s.key)
        .collect();
    // (The goals of mal.toml are compared with the region's settings.)
    for key in compared.iter().filter(|k| !k.starts_with("mal.")) {
        assert!(key_at(&REGION, key).is_some(), "{key} is not in src/format");
    }
    let mut missing = Vec::new();
    for key in REGION.keys {
        match &key.kind {
            Kind::Tables(_) => {}
            // A table of data keys, compared entry by entry.
            Kind::TextMap(_) => missing.extend(
                Some(key.name.to_owned())
                    .filter(|name| !compared.iter().any(|c| c.starts_with(&format!("{name}.")))),
            ),
            Kind::Table(inner) => missing.extend(
                (inner.names())
                    .map(|name| format!("{}.{name}", key.name))
                    .filter(|path| {
                        // Labels are compared where the region chose its own.
                        !compared.contains(path) && !path.ends_with(".etiketter")
                    }),
            ),
            _ => missing.extend(Some(key.name.to_owned()).filter(|name| !compared.contains(name))),
        }
    }
    assert!(missing.is_empty(), "diff does not compare {missing:?}");
    for name in [STATUS_KEY, STATUS_NOTE_KEY] {
        assert!(ACTIVITY.key(name).is_some(), "{name}");
    }
}
