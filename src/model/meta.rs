//! Document metadata: the fields of a plan's header or information block.

use super::Date;

/// The metadata a plan can carry. Text fields are plain text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Metadata {
    pub titel: String,
    pub handlingstyp: Option<String>,
    pub galler_for: Option<String>,
    pub dokument_id: Option<String>,
    pub version: Option<String>,
    pub godkant_datum: Option<Date>,
    pub godkand_av: Option<String>,
    pub ansvarig: Option<String>,
    pub innehallsansvar: Option<String>,
    pub upprattad_av: Option<String>,
    pub giltig_fran: Option<Date>,
    pub giltig_till: Option<Date>,
}

impl Metadata {
    /// The text of a field, if set (dates as YYYY-MM-DD). The period is not
    /// metadata proper and is always `None` here.
    pub fn value(&self, field: MetaField) -> Option<String> {
        let date = |d: Option<Date>| d.map(|d| d.to_string());
        match field {
            MetaField::Titel => Some(self.titel.clone()),
            MetaField::Handlingstyp => self.handlingstyp.clone(),
            MetaField::GallerFor => self.galler_for.clone(),
            MetaField::DokumentId => self.dokument_id.clone(),
            MetaField::Version => self.version.clone(),
            MetaField::GodkantDatum => date(self.godkant_datum),
            MetaField::GodkandAv => self.godkand_av.clone(),
            MetaField::Ansvarig => self.ansvarig.clone(),
            MetaField::Innehallsansvar => self.innehallsansvar.clone(),
            MetaField::UpprattadAv => self.upprattad_av.clone(),
            MetaField::GiltigFran => date(self.giltig_fran),
            MetaField::GiltigTill => date(self.giltig_till),
            MetaField::Period => None,
        }
        .filter(|v| !v.trim().is_empty())
    }
}

/// A metadata field that a region can show in its documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MetaField {
    Titel,
    Handlingstyp,
    GallerFor,
    DokumentId,
    Version,
    GodkantDatum,
    GodkandAv,
    Ansvarig,
    Innehallsansvar,
    UpprattadAv,
    GiltigFran,
    GiltigTill,
    Period,
}

impl MetaField {
    pub const ALL: [MetaField; 13] = [
        MetaField::Titel,
        MetaField::Handlingstyp,
        MetaField::GallerFor,
        MetaField::DokumentId,
        MetaField::Version,
        MetaField::GodkantDatum,
        MetaField::GodkandAv,
        MetaField::Ansvarig,
        MetaField::Innehallsansvar,
        MetaField::UpprattadAv,
        MetaField::GiltigFran,
        MetaField::GiltigTill,
        MetaField::Period,
    ];

    /// The TOML key in `plan.toml`.
    pub fn key(self) -> &'static str {
        match self {
            MetaField::Titel => "titel",
            MetaField::Handlingstyp => "handlingstyp",
            MetaField::GallerFor => "galler_for",
            MetaField::DokumentId => "dokument_id",
            MetaField::Version => "version",
            MetaField::GodkantDatum => "godkant_datum",
            MetaField::GodkandAv => "godkand_av",
            MetaField::Ansvarig => "ansvarig",
            MetaField::Innehallsansvar => "innehallsansvar",
            MetaField::UpprattadAv => "upprattad_av",
            MetaField::GiltigFran => "giltig_fran",
            MetaField::GiltigTill => "giltig_till",
            MetaField::Period => "period",
        }
    }

    /// The label printed in the document unless the region chooses another.
    pub fn default_label(self) -> &'static str {
        match self {
            MetaField::Titel => "Titel",
            MetaField::Handlingstyp => "Handlingstyp",
            MetaField::GallerFor => "Gäller för",
            MetaField::DokumentId => "Dokument-ID",
            MetaField::Version => "Version",
            MetaField::GodkantDatum => "Godkänt datum",
            MetaField::GodkandAv => "Godkänd av",
            MetaField::Ansvarig => "Ansvarig",
            MetaField::Innehallsansvar => "Innehållsansvar",
            MetaField::UpprattadAv => "Upprättad av",
            MetaField::GiltigFran => "Giltig från",
            MetaField::GiltigTill => "Giltig till",
            MetaField::Period => "Period",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.key() == key)
    }

    /// Whether the field holds a date.
    pub fn is_date(self) -> bool {
        matches!(
            self,
            MetaField::GodkantDatum | MetaField::GiltigFran | MetaField::GiltigTill
        )
    }
}
