//! Activity lifecycle in the document: the status as printed, the status
//! column, and which activities are printed at all.

use serde::Serialize;

use crate::model::{Activity, Block, Column, Inline, Region, Rich, Status, StatusMarker};

/// The field of the status column that `[status] markering = "kolumn"`
/// adds last to every table (a name no region column may take).
pub(super) const STATUS_FIELD: &str = "status";

/// An activity's lifecycle status as printed.
#[derive(Debug, Clone, Serialize)]
pub struct StatusDoc {
    /// The value written in TOML: "ny", "reviderad", "fortsätter", "avslutad", "inställd".
    pub kind: &'static str,
    /// The marker, with the date for an ended activity: "Avslutad 2022-06-30".
    pub label: String,
    /// The note on how an ended activity ended.
    pub note: Option<String>,
}

impl StatusDoc {
    pub(super) fn new(status: &Status) -> Self {
        let mut label = status.kind.label().to_owned();
        if let Some(date) = status.date {
            label += &format!(" {date}");
        }
        StatusDoc {
            kind: status.kind.key(),
            label,
            note: status.note.clone(),
        }
    }
}

/// The columns of every table: the region's, and the status column when
/// the region shows status in a column of its own.
pub(super) fn table_columns(region: &Region) -> Vec<Column> {
    let mut columns = region.columns.clone();
    if region.status.marker == StatusMarker::Column {
        columns.push(Column {
            field: STATUS_FIELD.to_owned(),
            heading: region.status.heading.clone(),
            width: region.status.width,
            required: false,
        });
    }
    columns
}

/// Whether an activity is printed: ended ones only if the region says so.
pub(super) fn is_printed(activity: &Activity, region: &Region) -> bool {
    let ended = activity.status.as_ref().is_some_and(|s| s.kind.has_ended());
    !ended || region.status.show_ended
}

/// The status column's cell: the marker (with its date), then the note.
pub(super) fn status_rich(status: &StatusDoc) -> Rich {
    let mut blocks = vec![Block::Paragraph {
        inlines: vec![Inline::text(&status.label)],
    }];
    blocks.extend(status.note.as_deref().map(italic_paragraph));
    Rich(blocks)
}

pub(super) fn italic_paragraph(text: &str) -> Block {
    Block::Paragraph {
        inlines: vec![Inline::Emph {
            inlines: vec![Inline::text(text)],
        }],
    }
}
