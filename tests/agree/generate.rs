//! Plans generated from the format description: every key of every table gets a value of its kind, with the semantics the loader expects.
//!
//! A plan is kept as TOML tables (region, plan, areas) so that edits can
//! change any key, and written to files only to run the commands. Which
//! keys exist, which are required, which values a choice allows: all of it
//! is read from `handlingsplan::format`. A key the format gains that the
//! generator does not know fails [`every_key_is_generated`], so the test
//! cannot silently fall behind the format.

use std::collections::BTreeMap;

use handlingsplan::format::{self, Key, Kind, Required, TableSpec};
use handlingsplan::model::MetaField;
use toml::{Table, Value};

use super::text::Words;
use crate::common::rng::Rng;

/// A generated plan: region.toml, plan.toml, the area files and Markdown files.
#[derive(Debug, Clone)]
pub struct GenPlan {
    pub region: Table,
    pub plan: Table,
    /// Area files by name (without `.toml`), in the plan's order.
    pub areas: Vec<(String, Table)>,
    /// Markdown files of the plan folder that sections and appendices name.
    pub markdown: BTreeMap<String, String>,
    /// The region's goals (`mal.toml`), if it has them.
    pub goals: Option<Table>,
}

/// The plan folder's name: the period's first year.
pub const PLAN_DIR: &str = "plan";

impl GenPlan {
    /// The files of the region folder: `region.toml`, `plan/plan.toml`, …
    pub fn files(&self) -> Vec<(String, String)> {
        let mut files = vec![
            (
                "region.toml".to_owned(),
                toml::to_string(&self.region).unwrap(),
            ),
            (
                format!("{PLAN_DIR}/plan.toml"),
                toml::to_string(&self.plan).unwrap(),
            ),
        ];
        if let Some(goals) = &self.goals {
            files.push(("mal.toml".to_owned(), toml::to_string(goals).unwrap()));
        }
        for (name, area) in &self.areas {
            files.push((
                format!("{PLAN_DIR}/omraden/{name}.toml"),
                toml::to_string(area).unwrap(),
            ));
        }
        for (name, text) in &self.markdown {
            files.push((format!("{PLAN_DIR}/{name}"), text.clone()));
        }
        files
    }

    /// The column fields of the region, in order.
    pub fn column_fields(&self) -> Vec<String> {
        self.region["kolumn"]
            .as_array()
            .map(|columns| {
                columns
                    .iter()
                    .filter_map(|c| Some(c.get("falt")?.as_str()?.to_owned()))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Every activity table, with its area's index.
    pub fn activities_mut(&mut self) -> Vec<&mut Table> {
        self.areas
            .iter_mut()
            .flat_map(|(_, area)| area.get_mut("aktivitet"))
            .filter_map(Value::as_array_mut)
            .flatten()
            .filter_map(Value::as_table_mut)
            .collect()
    }

    /// The ids activities carry.
    pub fn ids(&self) -> Vec<String> {
        self.areas
            .iter()
            .flat_map(|(_, area)| area.get("aktivitet").and_then(Value::as_array))
            .flatten()
            .filter_map(|a| Some(a.get("id")?.as_str()?.to_owned()))
            .collect()
    }
}

/// What the generator knows while it fills a table.
pub struct Context<'r> {
    pub rng: &'r mut Rng,
    pub words: Words,
    /// First and last year of the plan's period.
    pub years: (i64, i64),
    /// The region's columns: field, required.
    pub columns: Vec<(String, bool)>,
    /// The metadata fields the region shows.
    pub shown_metadata: Vec<String>,
    /// Every name of the region's register of bodies (`[[organ]]`), if it has one.
    pub bodies: Vec<String>,
    /// The ids of the region's goals (`mal.toml`), if it has them.
    pub goals: Vec<String>,
    /// Ids given to activities so far, for references.
    pub ids: Vec<String>,
    /// Ids planned for activities (area, activity) before any text is made.
    pub planned_ids: BTreeMap<(usize, usize), String>,
}

/// Generates one plan from the seed's generator.
pub fn plan(rng: &mut Rng) -> GenPlan {
    let hostile = rng.below(5) == 0;
    let first = 2020 + rng.below(10) as i64;
    let years = (first, first + rng.below(3) as i64);
    let mut cx = Context {
        rng,
        words: Words::new(hostile),
        years,
        columns: Vec::new(),
        shown_metadata: Vec::new(),
        bodies: Vec::new(),
        goals: Vec::new(),
        ids: Vec::new(),
        planned_ids: BTreeMap::new(),
    };
    let region = table(&format::REGION, &mut cx);
    let goals = (cx.rng.below(3) == 0).then(|| super::goals::file(&mut cx));
    let area_count = 1 + cx.rng.below(4);
    let names: Vec<String> = (0..area_count)
        .map(|i| format!("omrade-{}", i + 1))
        .collect();
    let counts: Vec<usize> = (0..area_count).map(|_| 1 + cx.rng.below(5)).collect();
    plan_ids(&mut cx, &counts);
    let mut plan = table(&format::PLAN, &mut cx);
    plan.insert(
        "omraden".into(),
        Value::Array(names.iter().map(|n| Value::String(n.clone())).collect()),
    );
    let mut markdown = BTreeMap::new();
    section_files(&mut plan, &mut markdown, &mut cx);
    let areas = names
        .iter()
        .zip(&counts)
        .enumerate()
        .map(|(i, (name, &count))| (name.clone(), area(&mut cx, i, count)))
        .collect();
    GenPlan {
        region,
        plan,
        areas,
        markdown,
        goals,
    }
}

/// Decides which activities get ids before any text is made, so that text
/// can refer to activities of later areas too.
fn plan_ids(cx: &mut Context, counts: &[usize]) {
    for (area, &count) in counts.iter().enumerate() {
        for activity in 0..count {
            if cx.rng.below(3) != 0 {
                let id = format!("a{}-{}", area + 1, cx.words.id(cx.rng));
                if !cx.ids.contains(&id) {
                    cx.ids.push(id.clone());
                    cx.planned_ids.insert((area, activity), id);
                }
            }
        }
    }
}

/// An area file with `count` activities.
fn area(cx: &mut Context, index: usize, count: usize) -> Table {
    let mut area = table(&format::AREA, cx);
    let activities = (0..count)
        .map(|j| {
            let mut activity = table(&format::ACTIVITY, cx);
            match cx.planned_ids.get(&(index, j)) {
                Some(id) => activity.insert("id".into(), Value::String(id.clone())),
                None => activity.remove("id"),
            };
            Value::Table(activity)
        })
        .collect();
    area.insert("aktivitet".into(), Value::Array(activities));
    area
}

/// Sections and appendices with `fil` get their Markdown file.
fn section_files(plan: &mut Table, files: &mut BTreeMap<String, String>, cx: &mut Context) {
    for key in ["avsnitt", "bilaga"] {
        let Some(sections) = plan.get_mut(key).and_then(Value::as_array_mut) else {
            continue;
        };
        for (i, section) in sections
            .iter_mut()
            .filter_map(Value::as_table_mut)
            .enumerate()
        {
            if section.contains_key("fil") {
                let name = format!("{key}-{}.md", i + 1);
                files.insert(name.clone(), cx.words.markdown(cx.rng, &cx.ids, 3));
                section.insert("fil".into(), Value::String(name));
            }
        }
    }
}

/// A table of `spec` with a value for each key the generator decides to set.
pub fn table(spec: &'static TableSpec, cx: &mut Context) -> Table {
    let mut table = Table::new();
    for key in spec.keys {
        if present(spec, key, cx)
            && let Some(value) = value(spec, key, cx)
        {
            table.insert(key.name.to_owned(), value);
        }
    }
    if spec.column_fields {
        column_values(&mut table, spec, cx);
    }
    fix_up(spec, &mut table, cx);
    table
}

/// Whether a key is written: always when required, else by chance.
fn present(spec: &TableSpec, key: &Key, cx: &mut Context) -> bool {
    match key.required {
        Required::Yes => true,
        Required::ByMetadata if cx.shown_metadata.iter().any(|f| f == key.name) => true,
        Required::ByColumn if spec.name != "[[aktivitet.del]]" => {
            let column = cx.columns.iter().find(|(f, _)| f == key.name);
            column.is_some_and(|(_, required)| *required)
                || column.is_some() && cx.rng.below(4) != 0
        }
        _ => cx.rng.below(2) == 0,
    }
}

/// A value for `key`: by the key's meaning where the loader needs one, else by its kind.
fn value(spec: &TableSpec, key: &Key, cx: &mut Context) -> Option<Value> {
    if let Some(value) = special(spec, key, cx) {
        return value;
    }
    Some(by_kind(&key.kind, cx))
}

/// A value of a kind.
fn by_kind(kind: &Kind, cx: &mut Context) -> Value {
    match kind {
        Kind::Text => Value::String(cx.words.phrase_upto(cx.rng, 6)),
        Kind::Markdown => Value::String(cx.words.markdown(cx.rng, &cx.ids, 2)),
        Kind::Lines if cx.rng.below(3) == 0 => Value::Array(
            (0..1 + cx.rng.below(3))
                .map(|_| Value::String(cx.words.phrase_upto(cx.rng, 3)))
                .collect(),
        ),
        Kind::Lines => Value::String(cx.words.phrase_upto(cx.rng, 4)),
        Kind::Bodies if cx.bodies.is_empty() => by_kind(&Kind::Lines, cx),
        Kind::Bodies => bodies(cx),
        Kind::Dates => Value::Array((0..cx.rng.below(3)).map(|_| date(cx, None)).collect()),
        Kind::TextList => Value::Array(
            (0..cx.rng.below(3))
                .map(|_| Value::String(cx.words.word(cx.rng)))
                .collect(),
        ),
        Kind::Date => date(cx, None),
        Kind::Number => Value::Float(0.5 + cx.rng.below(30) as f64 / 10.0),
        Kind::Target => Value::Integer(cx.rng.below(100) as i64),
        Kind::Measure if cx.rng.below(2) == 0 => by_kind(&Kind::Number, cx),
        Kind::Measure => by_kind(&Kind::Text, cx),
        Kind::Bool => Value::Boolean(cx.rng.below(2) == 0),
        Kind::Choice(values) => Value::String((*cx.rng.pick(values)).to_owned()),
        Kind::Period => Value::String(period(cx.years)),
        Kind::Table(spec) => Value::Table(table(spec, cx)),
        Kind::Tables(spec) => Value::Array(
            (0..cx.rng.below(3))
                .map(|_| Value::Table(table(spec, cx)))
                .collect(),
        ),
        Kind::TextMap(_) => Value::Table(Table::new()),
    }
}

/// A register of bodies with distinct names; each name is kept in `cx`
/// for the activities' `ansvarig` and `rapportering`.
fn register(cx: &mut Context) -> Value {
    let mut bodies = Vec::new();
    for i in 0..cx.rng.below(4) {
        let mut body = table(&format::ORGAN, cx);
        let name = format!("Organ {} {i}", cx.words.id(cx.rng));
        let mut names = vec![name.clone()];
        body.insert("namn".into(), Value::String(name.clone()));
        if body.contains_key("forkortning") {
            names.push(format!("O{i}"));
            body.insert("forkortning".into(), Value::String(format!("O{i}")));
        }
        if body.contains_key("alias") {
            names.push(format!("{name} (alias)"));
            body.insert(
                "alias".into(),
                Value::Array(vec![Value::String(format!("{name} (alias)"))]),
            );
        }
        cx.bodies.extend(names);
        bodies.push(Value::Table(body));
    }
    Value::Array(bodies)
}

/// Registered bodies as the plans write them: one name, several joined
/// with "och", or a list.
fn bodies(cx: &mut Context) -> Value {
    let count = 1 + cx.rng.below(3);
    let names: Vec<String> = (0..count)
        .map(|_| cx.rng.pick(&cx.bodies).clone())
        .collect();
    match cx.rng.below(3) {
        0 => Value::Array(names.into_iter().map(Value::String).collect()),
        1 => Value::String(names.join(" och ")),
        _ => Value::String(names[0].clone()),
    }
}

/// The period as written: "2026" or "2026–2027".
pub fn period((first, last): (i64, i64)) -> String {
    if first == last {
        first.to_string()
    } else {
        format!("{first}–{last}")
    }
}

/// A date, in `year` or near the plan's period.
pub fn date(cx: &mut Context, year: Option<i64>) -> Value {
    let year = year.unwrap_or(cx.years.0 - 1 + cx.rng.below(3) as i64);
    let month = 1 + cx.rng.below(12) as u8;
    let day = 1 + cx.rng.below(28) as u8;
    Value::Datetime(toml::value::Datetime {
        date: Some(toml::value::Date {
            year: year as u16,
            month,
            day,
        }),
        time: None,
        offset: None,
    })
}

fn fixed_date(year: i64, month: u8, day: u8) -> Value {
    Value::Datetime(toml::value::Datetime {
        date: Some(toml::value::Date {
            year: year as u16,
            month,
            day,
        }),
        time: None,
        offset: None,
    })
}

/// Keys whose values the loader reads with a meaning beyond their kind.
/// `Some(None)`: leave the key out.
fn special(spec: &TableSpec, key: &Key, cx: &mut Context) -> Option<Option<Value>> {
    let value = match (spec.name, key.name) {
        ("region.toml", "kortnamn") => Value::String(cx.words.id(cx.rng)),
        ("region.toml", "kolumn") => columns(cx),
        ("region.toml", "pdfstandard") => {
            let options: [&[&str]; 3] = [&[], &["ua-1"], &["ua-1", "a-2a"]];
            let chosen = cx.rng.pick(&options);
            Value::Array(chosen.iter().map(|s| Value::String((*s).into())).collect())
        }
        // Attaching sources needs PDF/A-3 or none: set after pdfstandard.
        ("region.toml", "bifoga_kallfiler") => return Some(None),
        ("region.toml", "organ") => register(cx),
        ("region.toml", "html") => Value::Boolean(cx.rng.below(8) != 0),
        ("[metadata]", "falt") => {
            let fields: Vec<&str> = MetaField::ALL
                .iter()
                .map(|f| f.key())
                .filter(|_| cx.rng.below(2) == 0)
                .collect();
            cx.shown_metadata = fields.iter().map(|f| (*f).to_owned()).collect();
            Value::Array(fields.iter().map(|f| Value::String((*f).into())).collect())
        }
        ("[metadata]", "etiketter") => {
            let mut labels = Table::new();
            for field in cx.shown_metadata.clone() {
                if cx.rng.below(3) == 0 {
                    labels.insert(field, Value::String(cx.words.phrase(cx.rng, 2)));
                }
            }
            Value::Table(labels)
        }
        ("[tema]", "accentfarg") => Value::String(format!("#{:06x}", cx.rng.next() & 0xff_ffff)),
        // The embedded font; other families, font files and logos need files.
        ("[tema]", "typsnitt") => Value::String("Noto Sans".into()),
        ("[tema]", "typsnittsfiler" | "logotyp" | "logotyp_alttext") => return Some(None),
        ("plan.toml", "period") => Value::String(period(cx.years)),
        ("plan.toml", "omraden") => return Some(None),
        ("plan.toml", "giltig_fran") => fixed_date(cx.years.0, 1, 1),
        ("plan.toml", "giltig_till") => fixed_date(cx.years.1, 12, 31),
        ("[[avsnitt]]" | "[[bilaga]]", "fil") if cx.rng.below(4) == 0 => {
            Value::String(String::new())
        }
        ("[[avsnitt]]" | "[[bilaga]]", "fil") => return Some(None),
        ("[[aktivitet]]", "id") => Value::String(String::new()),
        ("[[aktivitet]]", "per_ar") => per_year(cx),
        ("[[aktivitet]]", "del") => Value::Array(
            (0..cx.rng.below(4))
                .map(|_| Value::Table(table(&format::PART, cx)))
                .collect(),
        ),
        ("[[aktivitet]]", "status_datum" | "status_kommentar") => return Some(None),
        // Goals named only when the region has them (mal.toml).
        ("[[aktivitet]]", "mal") if cx.goals.is_empty() => return Some(None),
        ("[[aktivitet]]", "mal") => Value::Array(
            (0..1 + cx.rng.below(2))
                .map(|_| Value::String(cx.rng.pick(&cx.goals).clone()))
                .collect(),
        ),
        (_, "kolumnrubriker") => {
            let mut headings = Table::new();
            for (field, _) in cx.columns.clone() {
                if cx.rng.below(4) == 0 {
                    headings.insert(field, Value::String(cx.words.phrase(cx.rng, 2)));
                }
            }
            Value::Table(headings)
        }
        _ => return None,
    };
    Some(Some(value))
}

/// The region's columns: the activity's text, some of the accountability
/// fields and perhaps a field of the region's own, 1 to 6 in all.
fn columns(cx: &mut Context) -> Value {
    let mut fields = vec!["text"];
    for field in [
        "ansvarig",
        "tid",
        "rapportering",
        "onskad_effekt",
        "koppling",
    ] {
        if cx.rng.below(3) != 0 {
            fields.push(field);
        }
    }
    // Shuffle, keeping the text first most of the time.
    for i in (1..fields.len()).rev() {
        let j = cx.rng.below(i + 1);
        fields.swap(i, j);
    }
    if cx.rng.below(4) != 0 {
        let at = fields.iter().position(|f| *f == "text").unwrap();
        fields.swap(0, at);
    }
    cx.columns.clear();
    let columns = fields
        .into_iter()
        .map(|field| {
            let mut column = table(&format::COLUMN, cx);
            column.insert("falt".into(), Value::String(field.into()));
            let required = field != "text"
                && column
                    .get("obligatorisk")
                    .and_then(Value::as_bool)
                    .unwrap_or(true);
            if field == "text" {
                column.remove("obligatorisk");
            }
            cx.columns.push((field.to_owned(), required));
            Value::Table(column)
        })
        .collect();
    Value::Array(columns)
}

/// What happens in each year of a multi-year period.
fn per_year(cx: &mut Context) -> Value {
    let mut years = Table::new();
    for year in cx.years.0..=cx.years.1 {
        if cx.years.0 != cx.years.1 && cx.rng.below(2) == 0 {
            years.insert(
                year.to_string(),
                Value::String(cx.words.markdown(cx.rng, &cx.ids, 1)),
            );
        }
    }
    Value::Table(years)
}

/// Values for the region's own column fields where a table takes them.
fn column_values(table: &mut Table, spec: &TableSpec, cx: &mut Context) {
    for (field, required) in cx.columns.clone() {
        if spec.key(&field).is_some() || field == "text" {
            continue;
        }
        let part = spec.name == "[[aktivitet.del]]";
        if (required && !part) || cx.rng.below(3) == 0 {
            let value = if cx.rng.below(2) == 0 {
                by_kind(&Kind::Markdown, cx)
            } else {
                by_kind(&Kind::Lines, cx)
            };
            table.insert(field, value);
        }
    }
}

/// Makes a generated table hang together the way the loader requires.
fn fix_up(spec: &TableSpec, table: &mut Table, cx: &mut Context) {
    match spec.name {
        "region.toml" => {
            let shows_fields = table.get("metadata").and_then(|m| m.get("falt")).is_some();
            if !shows_fields {
                // The region's default fields: write every metadata field.
                cx.shown_metadata = MetaField::ALL.iter().map(|f| f.key().to_owned()).collect();
            }
            let standards = table.get("pdfstandard").and_then(Value::as_array);
            if standards.is_none_or(|s| s.is_empty()) && cx.rng.below(6) == 0 {
                table.insert("bifoga_kallfiler".into(), Value::Boolean(true));
            }
        }
        "[[aktivitet]]" => fix_activity(table, cx),
        "[[avsnitt]]" | "[[bilaga]]" if table.contains_key("fil") => {
            table.remove("text");
        }
        "[[avsnitt]]" | "[[bilaga]]" if !table.contains_key("text") => {
            let text = cx.words.markdown(cx.rng, &cx.ids, 2);
            table.insert("text".into(), Value::String(text));
        }
        "[[aktivitet.del]]" => {
            // A part's accountability fields are the activity's columns only.
            let columns: Vec<String> = cx.columns.iter().map(|(f, _)| f.clone()).collect();
            table.retain(|k, _| k == "text" || columns.iter().any(|c| c == k));
        }
        _ => {}
    }
}

/// An activity has a text (or a title, years or parts), only its region's
/// column fields, and a date when it has ended.
fn fix_activity(table: &mut Table, cx: &mut Context) {
    let columns: Vec<String> = cx.columns.iter().map(|(f, _)| f.clone()).collect();
    let fixed = ["id", "titel", "text", "per_ar", "del", "status"];
    table.retain(|k, _| fixed.contains(&k) || columns.iter().any(|c| c == k));
    if cx.years.0 == cx.years.1 {
        table.remove("per_ar");
    }
    let empty_years = table
        .get("per_ar")
        .and_then(Value::as_table)
        .is_some_and(Table::is_empty);
    if empty_years {
        table.remove("per_ar");
    }
    let has_parts = table
        .get("del")
        .and_then(Value::as_array)
        .is_some_and(|d| !d.is_empty());
    if !has_parts {
        table.remove("del");
    }
    // A column's value is given on the activity or on its parts, not both.
    let on_activity: Vec<String> = (columns.iter())
        .filter(|c| *c != "text" && table.contains_key(*c))
        .cloned()
        .collect();
    if let Some(parts) = table.get_mut("del").and_then(Value::as_array_mut) {
        for part in parts.iter_mut().filter_map(Value::as_table_mut) {
            part.retain(|k, _| !on_activity.iter().any(|c| c == k));
        }
    }
    if !table.contains_key("text") && !table.contains_key("titel") && !has_parts {
        table.insert("text".into(), by_kind(&Kind::Markdown, cx));
    }
    let ended = table
        .get("status")
        .and_then(Value::as_str)
        .is_some_and(|s| s == "avslutad" || s == "inställd");
    if ended {
        let year = cx.years.0;
        table.insert("status_datum".into(), date(cx, Some(year)));
        if cx.rng.below(2) == 0 {
            let note = cx.words.phrase(cx.rng, 4);
            table.insert("status_kommentar".into(), Value::String(note));
        }
    }
}

/// Every key of every table, by name: the generator must know each, so a
/// key added to the format is generated too.
pub fn every_key_is_generated() {
    for spec in TableSpec::all() {
        for key in spec.keys {
            let mut rng = Rng(7);
            let mut cx = Context {
                rng: &mut rng,
                words: Words::new(false),
                years: (2026, 2027),
                columns: vec![("text".into(), false), ("ansvarig".into(), true)],
                shown_metadata: Vec::new(),
                bodies: Vec::new(),
                goals: Vec::new(),
                ids: Vec::new(),
                planned_ids: BTreeMap::new(),
            };
            let generated = value(spec, key, &mut cx);
            let known_omission = matches!(
                (spec.name, key.name),
                ("region.toml", "bifoga_kallfiler")
                    | ("[tema]", "typsnittsfiler" | "logotyp" | "logotyp_alttext")
                    | ("plan.toml", "omraden")
                    | ("[[avsnitt]]" | "[[bilaga]]", "fil")
                    | ("[[aktivitet]]", "status_datum" | "status_kommentar" | "mal")
            );
            assert!(
                generated.is_some() || known_omission,
                "{} {} is never generated",
                spec.name,
                key.name
            );
        }
    }
}
