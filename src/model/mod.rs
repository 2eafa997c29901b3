//! The plan vocabulary as types: region, plan, strategy area, activity.
//!
//! These are the validated values the loader produces. They compare by value
//! and carry no source positions (the loader keeps those in a side table,
//! `load::Positions`) and no derived facts (numbers, labels; see `document`).

pub mod abbreviation;
mod date;
mod meta;
pub mod rich;

use std::collections::BTreeMap;

pub use abbreviation::Abbreviation;
pub use date::{Date, Period};
pub use meta::{MetaField, Metadata};
pub use rich::{
    Align, Block, Cell, Inline, LINK_PREFIXES, Rich, anchor, is_allowed_link, push_inlines,
    push_text, visit_inlines, visit_inlines_mut,
};

/// An organisation's house style, shared by all its plans (`region.toml`).
#[derive(Debug, Clone, PartialEq)]
pub struct Region {
    /// The organisation's name, e.g. "Region Norrbotten".
    pub organisation: String,
    /// Short name used in output file names, e.g. "norrbotten".
    pub short_name: String,
    /// The activity tables' columns, left to right.
    pub columns: Vec<Column>,
    pub numbering: Numbering,
    pub metadata: MetadataLayout,
    pub theme: Theme,
    /// Whether documents get a table of contents.
    pub table_of_contents: bool,
    /// The PDF standards the region's documents declare, as typst names
    /// them (`ua-1`, `a-2a`); checked to be compatible.
    pub pdf_standard: Vec<String>,
    /// Whether the PDF carries the plan's source files as attachments.
    pub attach_sources: bool,
    /// Whether `build` writes the HTML version too.
    pub html: bool,
    /// Where the plans' change log (Ändringsförteckning) stands.
    pub change_log: ChangeLogPlacement,
    /// How activities' lifecycle markers are shown.
    pub status: StatusLayout,
    /// The bodies plans may name in `ansvarig` and `rapportering`
    /// (`[[organ]]`); empty when the region keeps no register.
    pub register: Vec<Organ>,
    /// The glossary (`[forkortningar]`), in the order written; `None`
    /// when region.toml has no such table.
    pub abbreviations: Option<Vec<Abbreviation>>,
    /// The region's goals (`mal.toml` beside region.toml), in the order
    /// written; `None` when the region has no such file.
    pub goals: Option<Vec<Goal>>,
    /// The region's names for the follow-up statuses (`[statusnamn]`).
    pub status_names: StatusNames,
}

/// A body of the region's register (`[[organ]]`): a committee, council,
/// group or function that is responsible or reported to.
#[derive(Debug, Clone, PartialEq)]
pub struct Organ {
    /// The name, e.g. "Kunskapsstyrningsrådet".
    pub name: String,
    /// An abbreviation plans may write instead, e.g. "FO Läkemedel".
    pub abbreviation: Option<String>,
    /// What kind of body, e.g. "råd", "grupp".
    pub kind: Option<String>,
    /// Its meeting days in the year.
    pub meetings: Vec<Date>,
    /// Other names plans write for the same body.
    pub aliases: Vec<String>,
}

impl Organ {
    /// Every name a plan may write for this body: name, abbreviation, aliases.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str())
            .chain(self.abbreviation.as_deref())
            .chain(self.aliases.iter().map(String::as_str))
    }
}

/// Gives a region setting's enum the values it is written as in TOML, one
/// per variant, in the order the format lists them (`src/format/keys.rs`,
/// whose tests hold the two lists equal).
macro_rules! written_as {
    ($enum:ident { $($variant:ident => $key:literal),+ $(,)? }) => {
        impl $enum {
            /// Every value, in the format's order.
            pub const ALL: &'static [$enum] = &[$($enum::$variant),+];

            /// The value as written in TOML.
            pub fn key(self) -> &'static str {
                match self {
                    $($enum::$variant => $key),+
                }
            }
        }
    };
}

// After the macro, which it uses.
pub mod round;
pub use round::{Measure, Round, RoundActivity, RoundIndicator, RoundStatus, StatusNames};

/// Where a plan's change log stands in its documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeLogPlacement {
    /// After the title, before the table of contents.
    Top,
    /// At the end of the document.
    End,
    /// Not shown.
    Hidden,
}

mod goal;
pub use goal::{Direction, Goal, Indicator, IndicatorKind, Target};

written_as!(ChangeLogPlacement {
    Top => "först",
    End => "sist",
    Hidden => "nej",
});

/// How a region shows its activities' status (`[status]` in region.toml).
#[derive(Debug, Clone, PartialEq)]
pub struct StatusLayout {
    pub marker: StatusMarker,
    /// Heading of the status column.
    pub heading: String,
    /// Relative width of the status column.
    pub width: f64,
    /// Whether finished and cancelled activities are still printed in the
    /// plan of their own period.
    pub show_ended: bool,
}

/// Where an activity's status marker is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusMarker {
    /// Not at all, except that a finished or cancelled activity that is
    /// printed always says so (a small label), so that it never looks active.
    None,
    /// In a column of its own, last in the table.
    Column,
    /// As a small label after the activity's number.
    Label,
}

written_as!(StatusMarker {
    None => "ingen",
    Column => "kolumn",
    Label => "etikett",
});

impl Default for StatusLayout {
    fn default() -> Self {
        StatusLayout {
            marker: StatusMarker::None,
            heading: "Status".to_owned(),
            width: 1.0,
            show_ended: true,
        }
    }
}

/// One column of the activity tables.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// The activity field shown in this column (`text` for the activity itself).
    pub field: String,
    pub heading: String,
    /// Relative width; all tables share the same widths.
    pub width: f64,
    /// Whether every activity must fill this column.
    pub required: bool,
}

/// The activity field that holds the activity's own text.
pub const TEXT_FIELD: &str = "text";

/// Fields with a fixed meaning; any other column field is region-defined.
pub const BUILTIN_FIELDS: [&str; 4] = [TEXT_FIELD, "ansvarig", "tid", "rapportering"];

/// How activities are numbered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Numbering {
    /// 1, 2, 3 … restarting in every area.
    PerArea,
    /// 1.1, 1.2 … with the area's number first; areas are numbered too.
    AreaDotActivity,
}

written_as!(Numbering {
    PerArea => "1",
    AreaDotActivity => "1.1",
});

/// Which metadata fields the document shows, in which order, and where.
#[derive(Debug, Clone, PartialEq)]
pub struct MetadataLayout {
    pub placement: MetadataPlacement,
    pub fields: Vec<(MetaField, String)>,
    /// Heading of the block when it stands at the end.
    pub heading: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MetadataPlacement {
    /// A table at the top of the first page.
    Top,
    /// An information block at the end of the document.
    End,
}

written_as!(MetadataPlacement {
    Top => "först",
    End => "sist",
});

/// Visual identity of the organisation.
#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    /// `#rrggbb`.
    pub accent: String,
    /// Font family used throughout.
    pub font: String,
    /// Extra font files as named in region.toml (relative to its folder);
    /// their bytes are in `load::Assets`.
    pub font_files: Vec<String>,
    /// Logo image as named in region.toml; its bytes are in `load::Assets`.
    pub logo: Option<String>,
    /// The logo's alternative text (required with a logo).
    pub logo_alt: Option<String>,
}

/// One plan period's document (`plan.toml` and its area files).
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub meta: Metadata,
    pub period: Period,
    /// The prose sections (`[[avsnitt]]`), then the appendices (`[[bilaga]]`).
    pub sections: Vec<Section>,
    /// Heading above the strategy areas, e.g. "Aktiviteter"; none when
    /// `aktiviteter_rubrik` is empty.
    pub activities_heading: Option<String>,
    pub areas: Vec<Area>,
    /// Extra PDF keywords.
    pub keywords: Vec<String>,
    /// The document's versions, oldest first (`[[andring]]`).
    pub changes: Vec<Change>,
    /// The follow-up rounds (`uppfoljning/*.toml`), oldest first.
    pub rounds: Vec<Round>,
}

/// One version in the change log.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub version: String,
    pub date: Date,
    /// Who made the change.
    pub by: Option<String>,
    /// What changed.
    pub description: Rich,
}

/// A titled prose section (`[[avsnitt]]`) or appendix (`[[bilaga]]`).
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub title: String,
    pub body: Rich,
    /// Where the section stands in the document.
    pub place: SectionPlace,
}

/// Where a prose section stands: before or after the strategy areas, or
/// at the end as a numbered appendix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionPlace {
    /// Before the strategy areas (`[[avsnitt]]`, the default).
    BeforeAreas,
    /// After the strategy areas (`[[avsnitt]]` with `placering = "efter"`).
    AfterAreas,
    /// A numbered appendix at the end of the document (`[[bilaga]]`).
    Appendix,
}

impl SectionPlace {
    /// The plan.toml key of the tables that hold sections of this place.
    pub fn table_key(self) -> &'static str {
        match self {
            SectionPlace::BeforeAreas | SectionPlace::AfterAreas => "avsnitt",
            SectionPlace::Appendix => "bilaga",
        }
    }
}

/// A strategy area with its table of activities.
#[derive(Debug, Clone, PartialEq)]
pub struct Area {
    /// The area's identity: its file name in `omraden/` without `.toml`.
    pub key: String,
    pub title: String,
    /// Introduction or goal statement printed before the table.
    pub intro: Option<Rich>,
    /// Column headings that differ in this area, by field.
    pub heading_overrides: BTreeMap<String, String>,
    pub activities: Vec<Activity>,
}

/// Whether `s` is written like an activity id (and so can be referred to):
/// a-z, 0-9 and `-`.
pub fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// One row of an area's table.
#[derive(Debug, Clone, PartialEq)]
pub struct Activity {
    /// Stable identifier that survives reordering.
    pub id: Option<String>,
    /// Short title, printed before the text.
    pub title: Option<String>,
    pub text: Option<Rich>,
    /// What happens in each year of a multi-year plan.
    pub per_year: BTreeMap<i32, Rich>,
    /// Column values other than `text`, by field.
    pub fields: BTreeMap<String, FieldValue>,
    /// Parts with their own text and fields, printed inside the same row.
    pub parts: Vec<Part>,
    /// Where the activity stands in its lifecycle, if the plan says.
    pub status: Option<Status>,
    /// The ids of the region's goals the activity serves (`mal`).
    pub goals: Vec<String>,
}

/// An activity's place in its lifecycle (`status` in an activity).
#[derive(Debug, Clone, PartialEq)]
pub struct Status {
    pub kind: StatusKind,
    /// When it was finished or cancelled (only for those two).
    pub date: Option<Date>,
    /// A short note on how it ended (only for finished or cancelled).
    pub note: Option<String>,
}

/// The lifecycle states an activity can be marked with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusKind {
    New,
    Revised,
    Continuing,
    Finished,
    Cancelled,
}

impl StatusKind {
    pub const ALL: [StatusKind; 5] = [
        StatusKind::New,
        StatusKind::Revised,
        StatusKind::Continuing,
        StatusKind::Finished,
        StatusKind::Cancelled,
    ];

    /// The value written in TOML (`status = "avslutad"`).
    pub fn key(self) -> &'static str {
        match self {
            StatusKind::New => "ny",
            StatusKind::Revised => "reviderad",
            StatusKind::Continuing => "fortsätter",
            StatusKind::Finished => "avslutad",
            StatusKind::Cancelled => "inställd",
        }
    }

    /// The marker printed in the documents.
    pub fn label(self) -> &'static str {
        match self {
            StatusKind::New => "Ny",
            StatusKind::Revised => "Reviderad",
            StatusKind::Continuing => "Fortsätter",
            StatusKind::Finished => "Avslutad",
            StatusKind::Cancelled => "Inställd",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }

    /// Finished or cancelled: the activity has ended.
    pub fn has_ended(self) -> bool {
        matches!(self, StatusKind::Finished | StatusKind::Cancelled)
    }
}

/// A part of an activity, with its own responsible, time etc.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    pub text: Rich,
    pub fields: BTreeMap<String, FieldValue>,
}

/// The value of a table column.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldValue {
    /// One or more plain entries, each on its own line (ansvarig, tid, rapportering).
    Lines(Vec<String>),
    /// Formatted text (region-defined columns).
    Rich(Rich),
}
