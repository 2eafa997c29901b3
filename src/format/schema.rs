//! JSON Schemas (draft-07) for region.toml, plan.toml, the area files and the follow-up rounds, generated from the format description.
//!
//! Editors with TOML support (Taplo, and through it VS Code's Even Better
//! TOML) read these for completion, hover documentation and inline errors.
//! Every key gets its Swedish `about` as description and its example; choices
//! list their values; required keys are required and unknown keys refused.
//! The area schema depends on the region's columns: [`area`] with the
//! region's columns describes exactly the fields its activities may and must
//! have.

use serde_json::{Map, Value, json};

use super::{AREA, GOALS, INDICATOR, Key, Kind, MapKeys, PLAN, REGION, ROUND, Required, TableSpec};
use crate::model::{BUILTIN_FIELDS, Column, MetaField, RoundStatus, TEXT_FIELD};

/// The JSON Schema dialect: the newest one Taplo understands.
pub const DIALECT: &str = "http://json-schema.org/draft-07/schema#";

/// File names of the schemas, as the `#:schema` directives name them.
pub const REGION_FILE: &str = "region.schema.json";
pub const PLAN_FILE: &str = "plan.schema.json";
pub const AREA_FILE: &str = "area.schema.json";
pub const GOALS_FILE: &str = "mal.schema.json";
pub const ROUND_FILE: &str = "uppfoljning.schema.json";

/// The schema of `region.toml`.
pub fn region() -> Value {
    document(&REGION, &Fields::None)
}

/// The schema of `plan.toml`.
pub fn plan() -> Value {
    document(&PLAN, &Fields::None)
}

/// The schema of `mal.toml`, the region's goals.
pub fn goals() -> Value {
    document(&GOALS, &Fields::None)
}

/// The schema of a follow-up round (`uppfoljning/<omgång>.toml`).
pub fn round() -> Value {
    document(&ROUND, &Fields::None)
}

/// The schema of an area file. With a region's columns, activities and parts
/// have exactly those column fields (required where the column is
/// `obligatorisk`, with the column's heading as description); without, they
/// have the standard fields `ansvarig`, `tid` and `rapportering`, none required.
pub fn area(columns: Option<&[Column]>) -> Value {
    let fields = match columns {
        Some(columns) => Fields::Region(columns.iter().filter(|c| c.field != TEXT_FIELD).collect()),
        None => Fields::Standard,
    };
    document(&AREA, &fields)
}

/// A schema as its committed file holds it: pretty JSON ending in a newline.
pub fn to_text(schema: &Value) -> String {
    let mut text = serde_json::to_string_pretty(&sorted(schema)).unwrap_or_default();
    text.push('\n');
    text
}

/// `value` with every object's keys in alphabetical order, whether or not
/// serde_json keeps insertion order in this build.
fn sorted(value: &Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut entries: Vec<_> = map.iter().collect();
            entries.sort_by(|a, b| a.0.cmp(b.0));
            Value::Object(
                entries
                    .into_iter()
                    .map(|(k, v)| (k.clone(), sorted(v)))
                    .collect(),
            )
        }
        Value::Array(items) => Value::Array(items.iter().map(sorted).collect()),
        other => other.clone(),
    }
}

/// Which column fields activities and parts have.
enum Fields<'a> {
    /// Not an area file.
    None,
    /// The standard ones, for an unknown region.
    Standard,
    /// The columns (other than `text`) of one region.
    Region(Vec<&'a Column>),
}

fn document(spec: &'static TableSpec, fields: &Fields) -> Value {
    let mut schema = Map::new();
    schema.insert("$schema".into(), json!(DIALECT));
    schema.insert("title".into(), json!(spec.name));
    let mut body = table(spec, fields);
    if let Some(object) = body.as_object_mut() {
        schema.append(object);
    }
    Value::Object(schema)
}

/// The schema of one table: its keys, which are required, nothing else.
fn table(spec: &'static TableSpec, fields: &Fields) -> Value {
    let mut properties = Map::new();
    let mut required = Vec::new();
    let column_fields = spec.column_fields.then_some(fields);
    for key in spec.keys {
        let is_column = BUILTIN_FIELDS.contains(&key.name) && key.name != TEXT_FIELD;
        if is_column && column_fields.is_some() {
            continue; // the column fields below describe it
        }
        properties.insert(key.name.into(), property(key, fields));
        if key.required == Required::Yes {
            required.push(key.name);
        }
    }
    let mut schema = json!({
        "type": "object",
        "description": spec.about,
        "additionalProperties": false,
    });
    let mut all_of = Vec::new();
    // Taplo writes these keys into a table it completes.
    let mut init_keys: Vec<String> = required.iter().map(|k| k.to_string()).collect();
    if let Some(fields) = column_fields {
        let columns = column_properties(spec, fields);
        for (name, property, column_required) in columns {
            properties.insert(name.clone(), property);
            if column_required && std::ptr::eq(spec, &super::ACTIVITY) {
                all_of.extend(activity_rules(&name));
                init_keys.push(name);
            }
        }
    }
    schema["properties"] = Value::Object(properties);
    if !required.is_empty() {
        schema["required"] = json!(required);
    }
    if !init_keys.is_empty() {
        schema["x-taplo"] = json!({ "initKeys": init_keys });
    }
    if std::ptr::eq(spec, &INDICATOR) {
        all_of.extend(indicator_rules());
    }
    if !all_of.is_empty() {
        schema["allOf"] = json!(all_of);
    }
    schema
}

/// A required column's field is written on the activity or on every one of
/// its parts; an activity that has it leaves it off its parts.
fn activity_rules(field: &str) -> [Value; 2] {
    [
        json!({
            "anyOf": [
                { "required": [field] },
                {
                    "required": ["del"],
                    "properties": { "del": { "items": { "required": [field] } } }
                }
            ]
        }),
        json!({
            "if": { "required": [field] },
            "then": { "properties": { "del": { "items": { "not": { "required": [field] } } } } }
        }),
    ]
}

/// An indicator's target value is of its type, and only a number has a direction.
fn indicator_rules() -> [Value; 4] {
    let of_type = |types: Value, target: &str| {
        json!({
            "if": { "required": ["typ"], "properties": { "typ": { "enum": types } } },
            "then": { "properties": { "malvarde": { "type": target } } }
        })
    };
    [
        of_type(json!(["antal", "andel"]), "number"),
        of_type(json!(["ja/nej"]), "boolean"),
        of_type(json!(["text"]), "string"),
        json!({
            "if": { "required": ["typ"], "properties": { "typ": { "enum": ["ja/nej", "text"] } } },
            "then": { "not": { "required": ["riktning"] } }
        }),
    ]
}

/// The column fields of an activity or part: (name, schema, required).
fn column_properties(spec: &TableSpec, fields: &Fields) -> Vec<(String, Value, bool)> {
    match fields {
        Fields::None => Vec::new(),
        Fields::Standard => spec
            .keys
            .iter()
            .filter(|k| BUILTIN_FIELDS.contains(&k.name) && k.name != TEXT_FIELD)
            .map(|k| (k.name.to_owned(), property(k, fields), false))
            .collect(),
        Fields::Region(columns) => columns
            .iter()
            .map(|c| (c.field.clone(), column_property(spec, c), c.required))
            .collect(),
    }
}

/// A region's column field: its heading as description, with what the
/// format says about the standard fields.
fn column_property(spec: &TableSpec, column: &Column) -> Value {
    let about = match spec.key(&column.field) {
        Some(key) => key.about.to_owned(),
        None => "En text (Markdown), eller en lista av texter som skrivs en per rad.".to_owned(),
    };
    let needed = if column.required {
        "Krävs på aktiviteten eller på var och en av dess delar."
    } else {
        "Får lämnas tom (obligatorisk = false)."
    };
    let example = spec
        .key(&column.field)
        .map_or_else(|| "\"…\"".to_owned(), |k| k.example.to_owned());
    let about = format!("Kolumnen \"{}\". {about} {needed}", column.heading);
    let mut schema = kind(&Kind::Lines, &Fields::None);
    schema["description"] = json!(about);
    schema["examples"] = json!([example_value(&column.field, &example)]);
    hover(
        &mut schema,
        &about,
        &format!("{} = {example}", column.field),
    );
    schema
}

/// One key: its kind, Swedish description and example.
fn property(key: &'static Key, fields: &Fields) -> Value {
    let mut schema = kind(&key.kind, fields);
    let mut about = key.about.to_owned();
    match key.required {
        Required::ByMetadata => {
            about += " Krävs om regionen visar fältet ([metadata] falt i region.toml).";
        }
        Required::OnApproval => {
            about += " Krävs när planen godkänns, om regionen visar fältet ([metadata] falt i region.toml).";
        }
        Required::No | Required::Yes | Required::ByColumn => {}
    }
    schema["description"] = json!(about);
    if let Some(example) = example(key) {
        schema["examples"] = json!([example]);
    }
    hover(&mut schema, &about, &key.example_line());
    schema
}

/// Taplo's hover text: the description with the example as TOML.
fn hover(schema: &mut Value, about: &str, example: &str) {
    schema["x-taplo"]["docs"] =
        json!({ "main": format!("{about}\n\nExempel:\n\n```toml\n{example}\n```") });
}

/// The schema of a kind of value.
fn kind(kind: &Kind, fields: &Fields) -> Value {
    match kind {
        Kind::Text | Kind::Markdown => json!({ "type": "string" }),
        Kind::Lines | Kind::Bodies => {
            json!({ "type": ["string", "array"], "items": { "type": "string" } })
        }
        Kind::TextList => json!({ "type": "array", "items": { "type": "string" } }),
        // TOML dates reach the validator as text; the loader also reads "2021-12-09".
        Kind::Date => json!({ "type": "string", "format": "date" }),
        Kind::Dates => json!({ "type": "array", "items": { "type": "string", "format": "date" } }),
        Kind::Number => json!({ "type": "number" }),
        Kind::Target => json!({ "type": ["number", "boolean", "string"] }),
        Kind::Measure => json!({ "type": ["number", "boolean", "string"] }),
        Kind::Bool => json!({ "type": "boolean" }),
        Kind::Choice(values) => json!({ "type": "string", "enum": values }),
        Kind::Period => json!({ "type": ["string", "integer"] }),
        Kind::Table(spec) => table(spec, fields),
        Kind::Tables(spec) => json!({ "type": "array", "items": table(spec, fields) }),
        Kind::TextMap(keys) => text_map(*keys, fields),
    }
}

/// A table whose keys are data, each holding text.
fn text_map(keys: MapKeys, fields: &Fields) -> Value {
    let text = json!({ "type": "string" });
    match (keys, fields) {
        (MapKeys::Years, _) => json!({
            "type": "object",
            "propertyNames": { "pattern": "^[0-9]{4}$" },
            "additionalProperties": text,
        }),
        (MapKeys::MetadataFields, _) => {
            let properties: Map<String, Value> = MetaField::ALL
                .iter()
                .map(|f| (f.key().to_owned(), json!({ "type": "string", "description": format!("Etikett för {}; standard \"{}\".", f.key(), f.default_label()) })))
                .collect();
            json!({ "type": "object", "properties": properties, "additionalProperties": false })
        }
        (MapKeys::ColumnFields, Fields::Region(columns)) => {
            let mut names = vec![TEXT_FIELD.to_owned()];
            names.extend(columns.iter().map(|c| c.field.clone()));
            let properties: Map<String, Value> =
                names.into_iter().map(|n| (n, text.clone())).collect();
            json!({ "type": "object", "properties": properties, "additionalProperties": false })
        }
        (MapKeys::Abbreviations, _) => json!({
            "type": "object",
            "propertyNames": { "minLength": 1 },
            "additionalProperties": { "type": "string", "minLength": 1 },
        }),
        (MapKeys::RoundStatuses, _) => {
            let properties: Map<String, Value> = RoundStatus::ALL
                .iter()
                .map(|s| (s.key().to_owned(), json!({ "type": "string", "minLength": 1, "description": format!("Regionens namn på statusen {}; standard \"{}\".", s.key(), s.label()) })))
                .collect();
            json!({ "type": "object", "properties": properties, "additionalProperties": false })
        }
        (MapKeys::ColumnFields, _) => json!({
            "type": "object",
            "propertyNames": { "pattern": "^[a-z0-9_]+$" },
            "additionalProperties": text,
        }),
    }
}

/// The key's example as a JSON value, read from its TOML example.
fn example(key: &Key) -> Option<Value> {
    match key.kind {
        Kind::Table(_) | Kind::Tables(_) | Kind::TextMap(_) => {
            let document: toml::Table = toml::from_str(key.example).ok()?;
            find(&to_json(toml::Value::Table(document)), key.name)
        }
        _ => Some(example_value(key.name, key.example)),
    }
}

/// `value` (as written in TOML) as JSON.
fn example_value(name: &str, value: &str) -> Value {
    toml::from_str::<toml::Table>(&format!("{name} = {value}"))
        .ok()
        .and_then(|t| t.get(name).cloned())
        .map_or(Value::Null, to_json)
}

/// The first value under the key `name`, depth first.
fn find(value: &Value, name: &str) -> Option<Value> {
    match value {
        Value::Object(map) => map
            .get(name)
            .cloned()
            .or_else(|| map.values().find_map(|v| find(v, name))),
        Value::Array(items) => items.iter().find_map(|v| find(v, name)),
        _ => None,
    }
}

/// A TOML value as the JSON an editor validates: dates become text.
pub fn to_json(value: toml::Value) -> Value {
    match value {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => json!(i),
        toml::Value::Float(f) => json!(f),
        toml::Value::Boolean(b) => json!(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(items) => Value::Array(items.into_iter().map(to_json).collect()),
        toml::Value::Table(t) => {
            Value::Object(t.into_iter().map(|(k, v)| (k, to_json(v))).collect())
        }
    }
}
