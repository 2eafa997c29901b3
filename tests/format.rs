//! The format description is the one source: the README's key reference is generated from it, and the loader accepts every key it describes.

use std::path::Path;

use handlingsplan::format::{Kind, TableSpec, reference};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Whether the tests rewrite generated text instead of failing on it:
/// `UPDATE_README=1` or `UPDATE_GUIDE=1`.
fn updating() -> bool {
    std::env::var_os("UPDATE_README").is_some() || std::env::var_os("UPDATE_GUIDE").is_some()
}

/// Regenerate with `UPDATE_README=1 cargo test --test format`.
#[test]
fn readme_key_reference_is_generated_from_the_format() {
    let path = root().join("README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let updated =
        reference::update_readme(&readme).expect("README.md has the key reference markers");
    if updating() {
        std::fs::write(&path, &updated).unwrap();
        return;
    }
    assert!(
        readme == updated,
        "README.md's key reference is out of date: run UPDATE_README=1 cargo test --test format"
    );
}

/// The guide's page of every key comes from the same description.
/// Regenerate with `UPDATE_GUIDE=1 cargo test --test format`.
#[test]
fn guide_key_reference_is_generated_from_the_format() {
    let path = root().join("docs/src/nycklar.md");
    let page = std::fs::read_to_string(&path).unwrap();
    let updated = reference::update_guide(&page).expect("nycklar.md has the key reference markers");
    if updating() {
        std::fs::write(&path, &updated).unwrap();
        return;
    }
    assert!(
        page == updated,
        "docs/src/nycklar.md is out of date: run UPDATE_GUIDE=1 cargo test --test format"
    );
}

#[test]
fn the_guide_shows_every_key_with_its_example() {
    let text = format!("\n{}", reference::guide());
    for table in TableSpec::all() {
        let heading = format!("\n## `{}`\n", table.name);
        let start = text
            .find(&heading)
            .unwrap_or_else(|| panic!("{}", table.name));
        let rest = &text[start + heading.len()..];
        let section = &rest[..rest.find("\n## ").unwrap_or(rest.len())];
        for key in table.keys {
            let entry = format!("### `{}`\n", key.name);
            let at = section
                .find(&entry)
                .unwrap_or_else(|| panic!("{}", key.name));
            let example = key.example_line();
            assert!(
                section[at..].contains(example.trim_end()),
                "{} of {}: no example",
                key.name,
                table.name
            );
        }
    }
}

#[test]
fn the_reference_names_every_key_of_every_table() {
    let text = reference::markdown();
    for table in TableSpec::all() {
        assert!(text.contains(&format!("#### `{}`", table.name)));
        for key in table.keys {
            assert!(
                text.contains(&format!("| `{}` |", key.name)),
                "{}",
                key.name
            );
            assert!(
                !key.about.is_empty() && !key.example.is_empty(),
                "{}",
                key.name
            );
        }
    }
}

/// Every described key is accepted by the loader: a plan that sets all of
/// them loads without a single problem.
#[test]
fn the_loader_reads_every_key_the_format_describes() {
    let dir = root().join("tests/fixtures/every-key");
    let files: String = [
        "region.toml",
        "mal.toml",
        "2026/plan.toml",
        "2026/omraden/forsta.toml",
        "2026/uppfoljning/2026-06.toml",
    ]
    .iter()
    .map(|f| std::fs::read_to_string(dir.join(f)).unwrap())
    .collect();
    for table in TableSpec::all() {
        for key in table.keys {
            let written = match key.kind {
                Kind::Table(_) | Kind::Tables(_) | Kind::TextMap(_) => {
                    files.contains(key.example.lines().next().unwrap())
                        || files.contains(&format!("{} =", key.name))
                }
                _ => files.contains(&format!("\n{} =", key.name)),
            };
            assert!(
                written,
                "the fixture does not set `{}` of {}",
                key.name, table.name
            );
        }
    }
    let built = handlingsplan::build::build(&dir.join("2026"), &Default::default());
    let built = built.unwrap_or_else(|report| panic!("{}", report.to_plain_string()));
    assert_eq!(built.warnings.problems.len(), 0, "{:?}", built.warnings);
}

#[test]
fn every_metadata_field_is_a_plan_key() {
    for field in handlingsplan::model::MetaField::ALL {
        if field != handlingsplan::model::MetaField::Period {
            assert!(
                handlingsplan::format::PLAN.key(field.key()).is_some(),
                "{}",
                field.key()
            );
        }
    }
}
