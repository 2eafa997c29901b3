//! The plan's metadata as the document prints it: the table (or block) of the fields the region shows, the running footer, and the date a draft is dated by.

use serde::Serialize;

use crate::model::{MetaField, Metadata, MetadataPlacement, Plan, Region};

#[derive(Debug, Clone, Serialize)]
pub struct MetadataBlock {
    /// "top" (table on page one) or "end" (information block at the end).
    pub placement: &'static str,
    pub heading: String,
    pub rows: Vec<MetaRow>,
}

#[derive(Debug, Clone, Serialize)]
pub struct MetaRow {
    pub label: String,
    pub value: String,
}

/// The running footer's left part: the document id and the version.
pub(super) fn footer(meta: &Metadata) -> String {
    [
        meta.dokument_id.clone(),
        meta.version.as_ref().map(|v| format!("Version {v}")),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ")
}

/// The metadata fields the region shows, in its order, with its labels.
pub(super) fn metadata_block(region: &Region, plan: &Plan) -> MetadataBlock {
    let rows = (region.metadata.fields.iter())
        .filter_map(|(field, label)| {
            let value = match (field, metadata_value(plan, *field)) {
                (_, Some(value)) => value,
                // A draft says so where its approval date will stand.
                (MetaField::GodkantDatum, None) => "Ej godkänd (utkast)".to_owned(),
                (_, None) => return None,
            };
            Some(MetaRow {
                label: label.clone(),
                value,
            })
        })
        .collect();
    MetadataBlock {
        placement: match region.metadata.placement {
            MetadataPlacement::Top => "top",
            MetadataPlacement::End => "end",
        },
        heading: region.metadata.heading.clone(),
        rows,
    }
}

/// The newest date a draft's plan states about the document itself: a
/// change-log entry or the first day of validity. A draft has no approval
/// date, and a PDF/A must be dated; dating it by its own metadata keeps the
/// build reproducible (`SOURCE_DATE_EPOCH` still wins), and the date moves
/// only with a change `diff` reports. (Not an activity's `status_datum`:
/// the end date of an activity the document hides would change the PDF
/// with nothing to show for it; the long property run found that.)
pub(super) fn newest_stated_date(plan: &Plan) -> Option<crate::model::Date> {
    let changes = plan.changes.iter().map(|c| c.date);
    changes.chain(plan.meta.giltig_fran).max()
}

/// A metadata field's value as the document prints it, if the plan has one.
pub fn metadata_value(plan: &Plan, field: MetaField) -> Option<String> {
    match field {
        MetaField::Period => Some(plan.period.to_string()),
        _ => plan.meta.value(field),
    }
}
