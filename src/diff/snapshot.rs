//! A loaded plan flattened into what a reviewer compares: named settings and
//! activities as lists of fields, formatted text as the author wrote it.
//!
//! Formatted (Markdown) values are taken from the plan files' source text,
//! not from the parsed [`Rich`] tree, so that the diff shows exactly what was
//! written and a reference whose rendered number changed is unchanged text.

use std::collections::HashSet;
use std::path::Path;

use crate::document::{ActivityPlace, AreaDoc, Document, metadata_value};
use crate::format::PLAN;
use crate::load::{Loaded, Locus};
use crate::model::{
    Activity, Area, Column, FieldValue, MetaField, Rich, RoundStatus, SectionPlace,
};

/// A named value of a plan or region, compared by key.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Setting {
    #[serde(rename = "field")]
    pub key: String,
    pub value: Value,
}

/// A compared value: one text, or a list of entries.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
pub enum Value {
    Text(String),
    List(Vec<String>),
}

#[derive(Debug, Clone)]
pub struct Snapshot {
    pub region: Vec<Setting>,
    pub columns: Vec<Setting>,
    pub metadata: Vec<Setting>,
    /// Prose sections by title, appendices by their printed heading.
    pub sections: Vec<Setting>,
    pub areas: Vec<AreaSnap>,
    /// The follow-up rounds, oldest first.
    pub rounds: Vec<super::rounds::RoundSnap>,
}

#[derive(Debug, Clone)]
pub struct AreaSnap {
    /// The file name in `omraden/` without `.toml`.
    pub key: String,
    pub title: String,
    /// Title, introduction and column headings.
    pub settings: Vec<Setting>,
    pub activities: Vec<ActivitySnap>,
}

#[derive(Debug, Clone)]
pub struct ActivitySnap {
    pub id: Option<String>,
    /// The number, e.g. "3" or "1.3" (kept by an activity left out).
    pub number: String,
    /// Whether the document prints it (see [`SHOWN_KEY`]).
    pub shown: bool,
    /// Whether some text refers to it, so that its number (and, when it
    /// is left out, how it ended) prints there.
    pub referenced: bool,
    /// Fields in a fixed order: titel, text, per_ar, columns in the
    /// region's order, parts, status, status_kommentar, whether shown.
    pub fields: Vec<Setting>,
}

impl ActivitySnap {
    /// The activity's words (title, text and parts' texts), for matching.
    pub fn words(&self) -> String {
        let wording = |k: &str| k == "titel" || k == "text" || k.ends_with(" text");
        let mut out = String::new();
        for field in self.fields.iter().filter(|f| wording(&f.key)) {
            if let Value::Text(text) = &field.value {
                out.push_str(text);
                out.push('\n');
            }
        }
        out
    }
}

impl AreaSnap {
    /// The area's words, for recognising a renamed file.
    pub fn words(&self) -> String {
        let mut out = self.title.clone();
        for activity in &self.activities {
            out.push('\n');
            out.push_str(&activity.words());
        }
        out
    }
}

/// The activity keys that carry its lifecycle status, as the format names them.
pub const STATUS_KEY: &str = "status";
pub const STATUS_NOTE_KEY: &str = "status_kommentar";

/// The name of the compared value that says whether the document prints
/// an activity (not a key of the format: the region decides it). Like the
/// keys, it is Swedish in every language, so that JSON readers can rely on it.
pub const SHOWN_KEY: &str = "i dokumentet";

/// Flattens a loaded plan, taking from its [`Document`] what readers see
/// of each activity: its number, its status and whether it is printed.
pub fn snapshot(loaded: &Loaded) -> Snapshot {
    let document = Document::new(loaded);
    let source = Source::new(loaded);
    let columns = &loaded.region.columns;
    // What the outputs print of a reference: only references in printed
    // text count, as the document resolved them.
    let referenced: HashSet<&str> = document.referenced.iter().map(String::as_str).collect();
    let areas = (loaded.plan.areas.iter().zip(&document.areas))
        .enumerate()
        .map(|(i, (area, doc))| {
            let raw = source.area(i);
            let activities = activity_snaps(area, doc, raw.as_ref(), columns, &referenced);
            area_snap(area, raw.as_ref(), activities)
        })
        .collect();
    Snapshot {
        region: region_settings(loaded),
        columns: column_settings(loaded),
        metadata: metadata_settings(loaded, &source),
        sections: sections(loaded, &document, &source),
        areas,
        rounds: super::rounds::snapshot(loaded),
    }
}

/// The area's activities as compared, with what its document shows of each.
fn activity_snaps(
    area: &Area,
    doc: &AreaDoc,
    raw: Option<&toml::Table>,
    columns: &[Column],
    referenced: &HashSet<&str>,
) -> Vec<ActivitySnap> {
    (area.activities.iter().enumerate())
        .map(|(j, activity)| {
            let written = raw.and_then(|t| t.get("aktivitet")?.as_array()?.get(j)?.as_table());
            let place = doc.activity_at(j);
            let mut fields = activity_fields(activity, written, columns);
            fields.extend(status_fields(place));
            ActivitySnap {
                id: activity.id.clone(),
                // The document has every activity of the plan, printed or not.
                number: place
                    .map_or("?", |p| p.label())
                    .trim_end_matches('.')
                    .to_owned(),
                shown: !matches!(place, Some(ActivityPlace::Hidden(_))),
                referenced: (activity.id.as_deref()).is_some_and(|id| referenced.contains(id)),
                fields,
            }
        })
        .collect()
}

fn area_snap(area: &Area, raw: Option<&toml::Table>, activities: Vec<ActivitySnap>) -> AreaSnap {
    let mut settings = vec![text("rubrik", &area.title)];
    if let Some(intro) = &area.intro {
        let written = raw.and_then(|t| t.get("inledning"));
        settings.push(text("inledning", &rich(intro, written)));
    }
    for (field, heading) in &area.heading_overrides {
        settings.push(text(&format!("kolumnrubrik {field}"), heading));
    }
    AreaSnap {
        key: area.key.clone(),
        title: area.title.clone(),
        settings,
        activities,
    }
}

/// The activity's status as the document prints it (marker with its date,
/// then the note), and whether the document prints the activity at all.
fn status_fields(place: Option<ActivityPlace>) -> Vec<Setting> {
    let mut fields = Vec::new();
    if let Some(status) = place.and_then(ActivityPlace::status) {
        fields.push(text(STATUS_KEY, &status.label));
        if let Some(note) = &status.note {
            fields.push(text(STATUS_NOTE_KEY, note));
        }
    }
    let shown = match place {
        Some(ActivityPlace::Hidden(hidden)) => {
            crate::t!("diff-hidden", status = hidden.status.kind)
        }
        _ => crate::t!("diff-shown"),
    };
    fields.push(text(SHOWN_KEY, &shown));
    fields
}

pub(super) fn text(key: &str, value: &str) -> Setting {
    Setting {
        key: key.to_owned(),
        value: Value::Text(normalise(value)),
    }
}

pub(super) fn list(key: &str, entries: &[String]) -> Setting {
    Setting {
        key: key.to_owned(),
        value: Value::List(entries.iter().map(|e| normalise(e)).collect()),
    }
}

/// Text as compared: each line trimmed, no blank lines in a row, so that
/// re-indenting a multi-line string is no change.
fn normalise(text: &str) -> String {
    let mut out = String::new();
    let mut blank = false;
    for line in text.trim().lines().map(str::trim) {
        if line.is_empty() {
            blank = true;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank { "\n\n" } else { "\n" });
        }
        blank = false;
        out.push_str(line);
    }
    out
}

/// Formatted text as written in the file if it can be found there, else its plain text.
fn rich(value: &Rich, written: Option<&toml::Value>) -> String {
    written
        .and_then(toml::Value::as_str)
        .map_or_else(|| value.plain_text(), str::to_owned)
}

fn activity_fields(
    activity: &Activity,
    written: Option<&toml::Table>,
    columns: &[Column],
) -> Vec<Setting> {
    let get = |key: &str| written.and_then(|t| t.get(key));
    let mut fields = Vec::new();
    if let Some(id) = &activity.id {
        fields.push(text("id", id));
    }
    if let Some(title) = &activity.title {
        fields.push(text("titel", title));
    }
    if let Some(body) = &activity.text {
        fields.push(text("text", &rich(body, get("text"))));
    }
    for (year, body) in &activity.per_year {
        let written = get("per_ar").and_then(|t| t.get(year.to_string()));
        fields.push(text(&format!("per_ar {year}"), &rich(body, written)));
    }
    push_column_fields(&mut fields, "", &activity.fields, written, columns);
    if !activity.goals.is_empty() {
        fields.push(list("mal", &activity.goals));
    }
    for (k, part) in activity.parts.iter().enumerate() {
        let written: Option<toml::Table> =
            get("del").and_then(|d| d.as_array()?.get(k)?.as_table().cloned());
        let prefix = format!("del {} ", k + 1);
        let body = rich(&part.text, written.as_ref().and_then(|t| t.get("text")));
        fields.push(text(&format!("{prefix}text"), &body));
        push_column_fields(
            &mut fields,
            &prefix,
            &part.fields,
            written.as_ref(),
            columns,
        );
    }
    fields
}

fn push_column_fields(
    fields: &mut Vec<Setting>,
    prefix: &str,
    values: &std::collections::BTreeMap<String, FieldValue>,
    written: Option<&toml::Table>,
    columns: &[Column],
) {
    // In the order of the region's columns, as the tables show them.
    let order =
        |name: &str| (columns.iter().position(|c| c.field == name)).unwrap_or(columns.len());
    let mut names: Vec<&String> = values.keys().collect();
    names.sort_by_key(|n| order(n));
    for name in names {
        let key = format!("{prefix}{name}");
        fields.push(match &values[name] {
            FieldValue::Lines(lines) if lines.len() == 1 => text(&key, &lines[0]),
            FieldValue::Lines(lines) => list(&key, lines),
            FieldValue::Rich(body) => text(&key, &rich(body, written.and_then(|t| t.get(name)))),
        });
    }
}

fn region_settings(loaded: &Loaded) -> Vec<Setting> {
    let region = &loaded.region;
    let layout = &region.metadata;
    let flag = |on: bool| if on { "true" } else { "false" };
    let mut settings = vec![
        text("organisation", &region.organisation),
        text("kortnamn", &region.short_name),
        text("numrering", region.numbering.key()),
        text("innehallsforteckning", flag(region.table_of_contents)),
        text("html", flag(region.html)),
        list("pdfstandard", &region.pdf_standard),
        text("bifoga_kallfiler", flag(region.attach_sources)),
        text("andringsforteckning", region.change_log.key()),
        text("metadata.placering", layout.placement.key()),
        list(
            "metadata.falt",
            &layout
                .fields
                .iter()
                .map(|(f, _)| f.key().to_owned())
                .collect::<Vec<_>>(),
        ),
        text("metadata.rubrik", &layout.heading),
    ];
    // Labels the region chose itself; the defaults are no setting.
    for (field, label) in layout.fields.iter().filter(|(f, l)| f.default_label() != l) {
        settings.push(text(&format!("metadata.etiketter.{}", field.key()), label));
    }
    let status = &region.status;
    settings.push(text("status.markering", status.marker.key()));
    settings.push(text("status.rubrik", &status.heading));
    settings.push(text("status.bredd", &status.width.to_string()));
    settings.push(text("status.visa_avslutade", flag(status.show_ended)));
    let theme = &region.theme;
    settings.push(text("tema.accentfarg", &theme.accent));
    settings.push(text("tema.typsnitt", &theme.font));
    settings.push(list("tema.typsnittsfiler", &theme.font_files));
    settings.push(text("tema.logotyp", theme.logo.as_deref().unwrap_or("")));
    settings.push(text(
        "tema.logotyp_alttext",
        theme.logo_alt.as_deref().unwrap_or(""),
    ));
    // Each abbreviation on its own: an added, removed or reworded one shows.
    for entry in region.abbreviations.iter().flatten() {
        let key = format!("forkortningar.{}", entry.short);
        settings.push(text(&key, &entry.explanation));
    }
    // What the report and the bodies' views call each follow-up status.
    for status in RoundStatus::ALL {
        let key = format!("statusnamn.{}", status.key());
        settings.push(text(&key, region.status_names.label(*status)));
    }
    settings.extend(super::goals::settings(
        region.goals.as_deref().unwrap_or_default(),
    ));
    settings
}

fn column_settings(loaded: &Loaded) -> Vec<Setting> {
    let columns = &loaded.region.columns;
    let mut settings = vec![list(
        "ordning",
        &columns.iter().map(|c| c.field.clone()).collect::<Vec<_>>(),
    )];
    for column in columns {
        let (heading, width) = (column.heading.as_str(), column.width.to_string());
        let described = if column.required {
            crate::t!("diff-column-required", heading = heading, width = width)
        } else {
            crate::t!("diff-column-optional", heading = heading, width = width)
        };
        settings.push(text(&column.field, &described));
    }
    settings
}

fn metadata_settings(loaded: &Loaded, source: &Source) -> Vec<Setting> {
    let plan = &loaded.plan;
    let mut settings: Vec<Setting> = MetaField::ALL
        .into_iter()
        .filter_map(|field| Some(text(field.key(), &metadata_value(plan, field)?)))
        .collect();
    let heading = plan.activities_heading.as_deref().unwrap_or_default();
    settings.push(text("aktiviteter_rubrik", heading));
    settings.push(list("nyckelord", &plan.keywords));
    // The change log (`[[andring]]`), by version, as the document lists it.
    let written = source.plan();
    let written = written
        .as_ref()
        .and_then(|t| t.get("andring")?.as_array().cloned());
    for (k, change) in plan.changes.iter().enumerate() {
        let written = written.as_ref().and_then(|w| w.get(k)?.as_table());
        let key = |name: &str| format!("andring {} {name}", change.version);
        settings.push(text(&key("datum"), &change.date.to_string()));
        if let Some(by) = &change.by {
            settings.push(text(&key("av"), by));
        }
        let description = rich(
            &change.description,
            written.and_then(|t| t.get("beskrivning")),
        );
        settings.push(text(&key("beskrivning"), &description));
    }
    settings
}

/// The prose sections and appendices by heading: an appendix by the
/// heading the document prints, "Bilaga 1 Ordlista", so that a renumbered
/// appendix shows too.
fn sections(loaded: &Loaded, document: &Document, source: &Source) -> Vec<Setting> {
    let mut appendices = document.appendices.iter();
    (loaded.plan.sections.iter().enumerate())
        .map(|(i, section)| {
            let title = match section.place {
                SectionPlace::BeforeAreas => section.title.clone(),
                SectionPlace::AfterAreas => {
                    crate::t!("diff-section-after-areas", title = section.title.as_str())
                }
                SectionPlace::Appendix => (appendices.next())
                    .map(|a| a.heading.clone())
                    .unwrap_or_default(),
            };
            let body = rich(&section.body, source.section(i).as_ref());
            text(&title, &body)
        })
        .collect()
}

/// The plan files' TOML, read again from the sources the loader kept.
struct Source<'a> {
    loaded: &'a Loaded,
}

impl<'a> Source<'a> {
    fn new(loaded: &'a Loaded) -> Self {
        Source { loaded }
    }

    fn file(&self, locus: Locus) -> Option<(usize, toml::Table)> {
        let span = self.loaded.positions.get(locus)?;
        let table = toml::from_str(self.loaded.sources.text(span.file)).ok()?;
        Some((span.file, table))
    }

    /// plan.toml's TOML: the first file of that name, as the loader reads
    /// plan.toml before any area file (an area may be called `plan`).
    fn plan(&self) -> Option<toml::Table> {
        let sources = &self.loaded.sources;
        let id = (0..sources.len()).find(|&id| {
            sources.name(id).is_some_and(|name| {
                Path::new(&name).file_name() == Some(std::ffi::OsStr::new(PLAN.name))
            })
        })?;
        toml::from_str(sources.text(id)).ok()
    }

    fn area(&self, index: usize) -> Option<toml::Table> {
        self.file(Locus::Area(index)).map(|(_, table)| table)
    }

    /// A section's Markdown (the `index`-th of the plan's sections and
    /// appendices): its `text`, or the content of its `fil`.
    fn section(&self, index: usize) -> Option<toml::Value> {
        let (file, plan) = self.file(Locus::Section(index))?;
        let sections = &self.loaded.plan.sections;
        let key = sections.get(index)?.place.table_key();
        // Its place among the tables of its key.
        let nth = (sections[..index].iter())
            .filter(|s| s.place.table_key() == key)
            .count();
        let table = plan.get(key)?.as_array()?.get(nth)?.as_table()?;
        if let Some(text) = table.get("text") {
            return Some(text.clone());
        }
        let sources = &self.loaded.sources;
        let plan_name = sources.name(file)?;
        let dir = Path::new(&plan_name).parent()?;
        let wanted = dir.join(crate::load::folder::relative(table.get("fil")?.as_str()?).ok()?);
        let wanted = wanted.to_string_lossy().replace('\\', "/");
        (0..sources.len())
            .find(|&id| sources.name(id).as_deref() == Some(wanted.as_str()))
            .map(|id| toml::Value::String(sources.text(id).to_owned()))
    }
}

#[cfg(test)]
#[path = "snapshot_tests.rs"]
mod tests;
