//! The JSON Schemas editors use: generated from the format, committed up to date, accepting every bundled file and refusing a wrong one at the key the loader names.

mod common;

use std::path::{Path, PathBuf};

use handlingsplan::format::schema;
use serde_json::Value;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every schema file in the repository and what the code generates for it now.
fn committed_schemas() -> Vec<(PathBuf, String)> {
    let mut out = vec![
        (root().join("schemas/region.schema.json"), schema::region()),
        (root().join("schemas/plan.schema.json"), schema::plan()),
        (root().join("schemas/area.schema.json"), schema::area(None)),
        (root().join("schemas/mal.schema.json"), schema::goals()),
        (
            root().join("schemas/uppfoljning.schema.json"),
            schema::round(),
        ),
    ];
    for (region, plan) in [
        ("plans/norrbotten", "2022"),
        ("tests/fixtures/every-key", "2026"),
    ] {
        let loaded = handlingsplan::load::load(&root().join(region).join(plan)).expect("loads");
        let area = schema::area(Some(&loaded.region.columns));
        out.push((root().join(region).join(schema::AREA_FILE), area));
    }
    out.into_iter()
        .map(|(path, value)| (path, schema::to_text(&value)))
        .collect()
}

/// Regenerate with `UPDATE_SCHEMAS=1 cargo test --test schema`.
#[test]
fn committed_schemas_match_the_format_description() {
    let update = std::env::var_os("UPDATE_SCHEMAS").is_some();
    for (path, generated) in committed_schemas() {
        if update {
            std::fs::write(&path, &generated).unwrap();
            continue;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "{} is out of date: run UPDATE_SCHEMAS=1 cargo test --test schema",
            path.display()
        );
    }
}

/// The same files through the binary: `schema` and `schema PLAN_DIR`.
#[test]
fn the_schema_command_writes_the_committed_schemas() {
    let out = tempfile::tempdir().unwrap();
    common::binary()
        .args(["schema", "-o"])
        .arg(out.path())
        .assert()
        .success();
    common::binary()
        .arg("schema")
        .arg(common::example_dir())
        .arg("-o")
        .arg(out.path().join("norrbotten"))
        .assert()
        .success();
    for (written, committed) in [
        ("region.schema.json", "schemas/region.schema.json"),
        ("plan.schema.json", "schemas/plan.schema.json"),
        ("area.schema.json", "schemas/area.schema.json"),
        ("mal.schema.json", "schemas/mal.schema.json"),
        ("uppfoljning.schema.json", "schemas/uppfoljning.schema.json"),
        (
            "norrbotten/area.schema.json",
            "plans/norrbotten/area.schema.json",
        ),
    ] {
        assert_eq!(
            std::fs::read_to_string(out.path().join(written)).unwrap(),
            std::fs::read_to_string(root().join(committed)).unwrap(),
            "{written}"
        );
    }
}

#[test]
fn schema_of_a_plan_with_a_broken_region_fails_with_its_message() {
    let plan = common::TempPlan::with("organisation = 5\n", common::PLAN, &[]);
    let assert = common::binary()
        .arg("schema")
        .arg(plan.plan_dir())
        .assert()
        .failure();
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(
        stderr.contains("`organisation` ska vara en text"),
        "{stderr}"
    );
    assert!(!plan.region_dir().join("area.schema.json").exists());
}

/// The schema a TOML file names in its first line, `#:schema <path>`.
fn named_schema(path: &Path, text: &str) -> Value {
    let first = text.lines().next().unwrap_or("");
    let relative = first
        .strip_prefix("#:schema ")
        .unwrap_or_else(|| panic!("{} does not start with #:schema", path.display()));
    let schema_path = path.parent().unwrap().join(relative);
    let text = std::fs::read_to_string(&schema_path)
        .unwrap_or_else(|e| panic!("{}: {e}", schema_path.display()));
    serde_json::from_str(&text).unwrap()
}

/// A TOML text as the JSON an editor validates.
fn as_json(text: &str) -> Value {
    schema::to_json(toml::Value::Table(text.parse::<toml::Table>().unwrap()))
}

/// The JSON pointers of the places `text` breaks its schema; when the
/// schema refuses a key, the pointer ends with that key.
fn schema_errors(schema: &Value, text: &str) -> Vec<String> {
    located_schema_errors(schema, text)
        .into_iter()
        .map(|(pointer, _)| pointer)
        .collect()
}

/// Each error's JSON pointer, and whether it is about a refused key (rather
/// than a value).
fn located_schema_errors(schema: &Value, text: &str) -> Vec<(String, bool)> {
    let validator = jsonschema::draft7::new(schema).expect("a valid draft-07 schema");
    validator
        .iter_errors(&as_json(text))
        .map(|e| {
            let path = e.instance_path().to_string();
            match e.kind() {
                jsonschema::error::ValidationErrorKind::AdditionalProperties { unexpected } => {
                    (format!("{path}/{}", unexpected[0]), true)
                }
                _ => (path, false),
            }
        })
        .collect()
}

fn bundled_toml_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    for dir in ["plans/norrbotten", "tests/fixtures/every-key"] {
        let region = root().join(dir);
        files.push(region.join("region.toml"));
        for entry in std::fs::read_dir(&region).unwrap() {
            let plan = entry.unwrap().path();
            if plan.join("plan.toml").is_file() {
                files.push(plan.join("plan.toml"));
                for area in std::fs::read_dir(plan.join("omraden")).unwrap() {
                    files.push(area.unwrap().path());
                }
                for round in std::fs::read_dir(plan.join("uppfoljning"))
                    .into_iter()
                    .flatten()
                {
                    files.push(round.unwrap().path());
                }
            }
        }
    }
    files.sort();
    files
}

#[test]
fn every_bundled_toml_file_names_its_schema_and_validates() {
    let files = bundled_toml_files();
    assert!(files.len() >= 9, "{files:?}");
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let schema = named_schema(&path, &text);
        let errors = schema_errors(&schema, &text);
        assert!(errors.is_empty(), "{}: {errors:?}", path.display());
    }
}

/// The span of the key (for a refused key) or value at a JSON pointer.
fn span_at(table: &Spanned<DeTable>, pointer: &str, key: bool) -> std::ops::Range<usize> {
    let parts: Vec<&str> = pointer.split('/').skip(1).collect();
    let mut value: Option<&Spanned<DeValue>> = None;
    let mut span = table.span();
    for (i, part) in parts.iter().enumerate() {
        let last = i + 1 == parts.len();
        let entries = match value.map(|v| v.get_ref()) {
            None => Some(table.get_ref()),
            Some(DeValue::Table(t)) => Some(t),
            _ => None,
        };
        if let Some(entries) = entries {
            let (k, v) = entries
                .iter()
                .find(|(k, _)| k.get_ref() == part)
                .unwrap_or_else(|| panic!("{pointer}"));
            span = if last && key { k.span() } else { v.span() };
            value = Some(v);
        } else if let Some(DeValue::Array(items)) = value.map(|v| v.get_ref()) {
            let item = &items[part.parse::<usize>().unwrap()];
            span = item.span();
            value = Some(item);
        }
    }
    span
}

fn line_column(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let column = before.chars().rev().take_while(|&c| c != '\n').count() + 1;
    (line, column)
}

/// A copy of the example with one area file replaced by `area`: where the
/// loader's first error points, and where the area schema's first error points.
fn both_verdicts(area: &str) -> ((usize, usize), (usize, usize)) {
    let (_dir, region) = common::example_region_copy();
    let file = region.join("2022/omraden/ekonomiskt-mal.toml");
    std::fs::write(&file, area).unwrap();

    let report = handlingsplan::load::load(&region.join("2022")).expect_err("a mistake");
    let problem = &report.problems[0];
    let label = &problem.labels[0];
    let loader = report.sources.location(label.file_id, label.range.start);

    let schema = named_schema(&file, area);
    let errors = located_schema_errors(&schema, area);
    let (pointer, key) = errors.first().expect("the schema refuses the file");
    let parsed = DeTable::parse(area).unwrap();
    let span = span_at(&parsed, pointer, *key);
    (loader, line_column(area, span.start))
}

fn example_area() -> String {
    std::fs::read_to_string(root().join("plans/norrbotten/2022/omraden/ekonomiskt-mal.toml"))
        .unwrap()
}

#[test]
fn a_misspelt_key_is_refused_where_the_loader_reports_it() {
    let area = example_area().replacen("tid = \"December\"", "tidd = \"December\"", 1);
    let (loader, schema) = both_verdicts(&area);
    assert_eq!(loader, schema);
    assert_eq!(area.lines().nth(loader.0 - 1), Some("tidd = \"December\""));
}

#[test]
fn a_wrong_type_is_refused_where_the_loader_reports_it() {
    let area = example_area().replacen("tid = \"December\"", "tid = 12", 1);
    let (loader, schema) = both_verdicts(&area);
    assert_eq!(loader, schema);
    assert_eq!(area.lines().nth(loader.0 - 1), Some("tid = 12"));
    assert_eq!(loader.1, 7);
}

#[test]
fn a_missing_column_field_is_refused_where_the_loader_reports_it() {
    let area = example_area().replacen("tid = \"December\"\n", "", 1);
    let (loader, schema) = both_verdicts(&area);
    assert_eq!(loader, schema);
    assert_eq!(area.lines().nth(loader.0 - 1), Some("[[aktivitet]]"));
}

/// The region's own columns are keys of its area schema, with their headings
/// as descriptions; a column that is not obligatorisk is not required.
#[test]
fn the_area_schema_follows_the_region_columns() {
    let text =
        std::fs::read_to_string(root().join("tests/fixtures/every-key/area.schema.json")).unwrap();
    let schema: Value = serde_json::from_str(&text).unwrap();
    let activity = &schema["properties"]["aktivitet"]["items"];
    let koppling = &activity["properties"]["koppling"];
    assert!(
        koppling["description"]
            .as_str()
            .unwrap()
            .starts_with("Kolumnen \"Koppling till andra strategier och planer\"."),
        "{koppling}"
    );
    let rules = activity["allOf"].to_string();
    assert!(
        rules.contains("\"tid\"") && !rules.contains("koppling"),
        "{rules}"
    );
    let area = "rubrik = \"R\"\n[[aktivitet]]\ntext = \"T\"\nansvarig = \"A\"\ntid = \"T\"\nrapportering = \"R\"\n";
    assert!(schema_errors(&schema, area).is_empty());
    let errors = schema_errors(&schema, &area.replace("tid = \"T\"\n", ""));
    assert_eq!(errors, ["/aktivitet/0"]);
    // The generic schema knows only the standard fields.
    let generic = schema::area(None);
    let errors = schema_errors(&generic, &format!("{area}koppling = \"K\"\n"));
    assert_eq!(errors, ["/aktivitet/0/koppling"]);
}

#[test]
fn choices_list_their_values_and_keys_carry_their_description_and_example() {
    let region = schema::region();
    assert_eq!(region["$schema"], "http://json-schema.org/draft-07/schema#");
    assert_eq!(
        region["properties"]["metadata"]["properties"]["placering"]["enum"],
        serde_json::json!(["först", "sist"])
    );
    assert_eq!(
        region["properties"]["numrering"]["enum"],
        serde_json::json!(["1", "1.1"])
    );
    let organisation = &region["properties"]["organisation"];
    assert_eq!(
        organisation["description"],
        "Organisationens namn; står som författare i PDF:en."
    );
    assert_eq!(
        organisation["examples"],
        serde_json::json!(["Region Norrbotten"])
    );
    assert_eq!(
        region["required"],
        serde_json::json!(["organisation", "kolumn"])
    );
    assert_eq!(region["additionalProperties"], false);
    let plan = schema::plan();
    assert_eq!(
        plan["properties"]["avsnitt"]["items"]["properties"]["placering"]["enum"],
        serde_json::json!(["före", "efter"])
    );
}

/// `[forkortningar]`: any abbreviation as a key, each explained in text;
/// the example region's table validates (above), and a number or an empty
/// explanation is refused at the entry.
#[test]
fn the_region_schema_accepts_a_glossary_and_refuses_a_wrong_entry() {
    let schema: Value = serde_json::from_str(&schema::to_text(&schema::region())).unwrap();
    let region = std::fs::read_to_string(root().join("plans/norrbotten/region.toml")).unwrap();
    assert!(region.contains("[forkortningar]"));
    let with = |entries: &str| {
        let added = format!("[forkortningar]\n\"ÅVC\" = \"Återvinningscentral\"\n{entries}");
        region.replacen("[forkortningar]\n", &added, 1)
    };
    assert_eq!(schema_errors(&schema, &with("")), Vec::<String>::new());
    assert_eq!(
        schema_errors(&schema, &with("TLV = 42\nNT = \"\"\n")),
        ["/forkortningar/NT", "/forkortningar/TLV"]
    );
}
