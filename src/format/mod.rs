//! The plan file format, described once: every key of region.toml, plan.toml, the area files and the follow-up rounds.
//!
//! The loader reads keys through these descriptions (names, kinds, examples,
//! what is required), the README's key reference is generated from them
//! (see [`reference`]), the editors' JSON Schemas (see [`schema`]) and the
//! formatter's key order come from the same tables. Nothing else lists the keys.

mod goal_keys;
mod keys;
pub mod layout;
pub mod pdf_standard;
pub mod reference;
mod round_keys;
pub mod schema;

pub use goal_keys::{GOAL, GOALS, INDICATOR};
pub use keys::{
    ACTIVITY, APPENDIX, AREA, CHANGE, COLUMN, METADATA, ORGAN, PART, PLAN, REGION, SECTION, STATUS,
    THEME,
};
pub use round_keys::{ROUND, ROUND_ACTIVITY, ROUND_INDICATOR};

use crate::t;

/// One kind of TOML table: a whole file or a sub-table.
#[derive(Debug)]
pub struct TableSpec {
    /// How the table is written: `region.toml`, `[[kolumn]]`, `[[aktivitet.del]]`.
    pub name: &'static str,
    /// The table in a message, in the chosen language: "region.toml", "a [[kolumn]] table".
    pub what: fn() -> String,
    /// One line in Swedish on what the table is for.
    pub about: &'static str,
    /// The keys in canonical order (the formatter's order).
    pub keys: &'static [Key],
    /// Whether the region's own column fields (`onskad_effekt`, …) are keys here too.
    pub column_fields: bool,
}

/// One key of a table.
#[derive(Debug)]
pub struct Key {
    pub name: &'static str,
    pub kind: Kind,
    pub required: Required,
    /// One line in Swedish for editors and the README.
    pub about: &'static str,
    /// A value as written in TOML, e.g. `"Region Norrbotten"`; for tables, the whole table.
    pub example: &'static str,
    /// What the key becomes in the next period's plan (`handlingsplan new`).
    pub next: NextPeriod,
}

/// A key that `new` copies as written (most keys): the tables' shorthand.
const fn key(
    name: &'static str,
    kind: Kind,
    required: Required,
    about: &'static str,
    example: &'static str,
) -> Key {
    Key {
        name,
        kind,
        required,
        about,
        example,
        next: NextPeriod::Keep,
    }
}

/// What a key becomes when `handlingsplan new` makes the next period's plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NextPeriod {
    /// Copied as written.
    Keep,
    /// Left out: it belongs to the old period's document (its approval,
    /// its change log, the end of an activity).
    Remove,
    /// The new period itself.
    Period,
    /// The text, with the old period's years replaced by the new period's.
    RenamePeriod,
    /// Starts as this value where the old plan had the key or the region
    /// requires it.
    Start(&'static str),
    /// The new period's first day, where the old plan had the key or the
    /// region requires it.
    FirstDay,
    /// The new period's last day, likewise.
    LastDay,
    /// Set to this value on every entry carried over (every activity).
    Mark(&'static str),
    /// A table keyed by year: only the new period's years are kept.
    YearsInPeriod,
}

/// What a key holds.
#[derive(Debug)]
pub enum Kind {
    /// Plain text, printed exactly as written.
    Text,
    /// Text with Markdown formatting.
    Markdown,
    /// One text, or a list of texts printed one per line.
    Lines,
    /// A list of texts.
    TextList,
    /// Like [`Kind::Lines`], each text naming bodies: when the region has a
    /// register (`[[organ]]`), every name must be in it.
    Bodies,
    /// A list of calendar dates.
    Dates,
    /// A calendar date, `2021-12-09`.
    Date,
    /// A number, whole or decimal.
    Number,
    /// A measured value: a number, or a text (`"uppnått"`).
    Measure,
    /// `true` or `false`.
    Bool,
    /// An indicator's target value: a number, `true`/`false` or a text,
    /// as the indicator's `typ` says.
    Target,
    /// One of a few texts.
    Choice(&'static [&'static str]),
    /// A year or a span of years: `"2022"`, `"2026–2027"`.
    Period,
    /// A sub-table with keys of its own.
    Table(&'static TableSpec),
    /// A list of tables (`[[name]]`).
    Tables(&'static TableSpec),
    /// A table whose keys are data: years (`per_ar`), metadata fields
    /// (`etiketter`) or column fields (`kolumnrubriker`), each holding text.
    TextMap(MapKeys),
}

/// What the keys of a [`Kind::TextMap`] are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MapKeys {
    Years,
    MetadataFields,
    ColumnFields,
    /// Abbreviations (`[forkortningar]`): each explained in words.
    Abbreviations,
    /// Follow-up statuses (`[statusnamn]`): each given the region's name.
    RoundStatuses,
}

/// When a key must be present.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Required {
    No,
    Yes,
    /// When the region has a column for this field that is `obligatorisk`.
    ByColumn,
    /// When the region shows this metadata field (`[metadata] falt`).
    ByMetadata,
    /// When the region shows this metadata field, once the plan is
    /// approved: until then it is missing with a warning (the plan is not
    /// approved yet), not an error. The approval date.
    OnApproval,
}

impl TableSpec {
    /// The description of `name`, if it is one of this table's fixed keys.
    pub fn key(&self, name: &str) -> Option<&'static Key> {
        self.keys.iter().find(|k| k.name == name)
    }

    /// The fixed key names, in canonical order.
    pub fn names(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.keys.iter().map(|k| k.name)
    }

    /// Every table of the format, files first, in the order the README lists them.
    pub fn all() -> [&'static TableSpec; 19] {
        [
            &REGION,
            &COLUMN,
            &METADATA,
            &THEME,
            &STATUS,
            &ORGAN,
            &GOALS,
            &GOAL,
            &INDICATOR,
            &PLAN,
            &SECTION,
            &APPENDIX,
            &CHANGE,
            &AREA,
            &ACTIVITY,
            &PART,
            &ROUND,
            &ROUND_ACTIVITY,
            &ROUND_INDICATOR,
        ]
    }
}

impl Key {
    /// The same key, becoming `next` in the next period's plan.
    pub(crate) const fn next(mut self, next: NextPeriod) -> Key {
        self.next = next;
        self
    }

    /// Whether the region's choices make this key required: it is `Yes`,
    /// or shown metadata (`shown`) that is `ByMetadata` or `OnApproval`.
    pub fn required_when_shown(&self, shown: bool) -> bool {
        match self.required {
            Required::Yes => true,
            Required::ByMetadata | Required::OnApproval => shown,
            Required::No | Required::ByColumn => false,
        }
    }

    /// A whole example line: `organisation = "Region Norrbotten"`, or the table itself.
    pub fn example_line(&self) -> String {
        match self.kind {
            Kind::Table(_) | Kind::Tables(_) | Kind::TextMap(_) => self.example.to_owned(),
            _ => format!("{} = {}", self.name, self.example),
        }
    }
}

impl Kind {
    /// What the value must be, in a message: "a text in quotes".
    pub fn expected(&self) -> String {
        match self {
            Kind::Text | Kind::Markdown | Kind::Choice(_) => t!("load-expected-text"),
            Kind::Lines | Kind::Bodies => t!("load-expected-lines"),
            Kind::TextList => t!("load-expected-text-list"),
            Kind::Dates => t!("load-expected-date-list"),
            Kind::Date => t!("load-expected-date"),
            Kind::Number => t!("load-expected-number"),
            Kind::Target => t!("load-expected-target"),
            Kind::Measure => t!("load-expected-measure"),
            Kind::Bool => t!("load-expected-bool"),
            Kind::Period => t!("load-expected-period"),
            Kind::Table(_) | Kind::TextMap(_) => t!("load-expected-table"),
            Kind::Tables(_) => t!("load-expected-tables"),
        }
    }

    /// The kind in the README's Swedish key reference.
    pub fn swedish(&self) -> String {
        match self {
            Kind::Text => "text".to_owned(),
            Kind::Markdown => "text (Markdown)".to_owned(),
            Kind::Lines => "text eller lista av texter".to_owned(),
            Kind::TextList => "lista av texter".to_owned(),
            Kind::Bodies => {
                "organ eller lista av organ (ur `[[organ]]` när registret finns)".to_owned()
            }
            Kind::Dates => "lista av datum".to_owned(),
            Kind::Date => "datum".to_owned(),
            Kind::Number => "tal".to_owned(),
            Kind::Target => "tal, true/false eller text, efter `typ`".to_owned(),
            Kind::Measure => "tal, true/false eller text, efter indikatorns `typ`".to_owned(),
            Kind::Bool => "true/false".to_owned(),
            Kind::Choice(values) => values
                .iter()
                .map(|v| format!("`\"{v}\"`"))
                .collect::<Vec<_>>()
                .join(" / "),
            Kind::Period => "år eller årsspann".to_owned(),
            Kind::Table(t) => format!("tabell `{}`", t.name),
            Kind::Tables(t) => format!("tabeller `{}`", t.name),
            Kind::TextMap(MapKeys::Years) => "tabell: år = text".to_owned(),
            Kind::TextMap(MapKeys::MetadataFields) => "tabell: metadatafält = text".to_owned(),
            Kind::TextMap(MapKeys::ColumnFields) => "tabell: kolumnfält = text".to_owned(),
            Kind::TextMap(MapKeys::Abbreviations) => "tabell: förkortning = förklaring".to_owned(),
            Kind::TextMap(MapKeys::RoundStatuses) => "tabell: status = namn".to_owned(),
        }
    }
}

impl Required {
    pub fn swedish(self) -> &'static str {
        match self {
            Required::No => "nej",
            Required::Yes => "ja",
            Required::ByColumn => "om kolumnen är obligatorisk",
            Required::ByMetadata => "om regionen visar fältet",
            Required::OnApproval => "när planen godkänns, om regionen visar fältet",
        }
    }
}
