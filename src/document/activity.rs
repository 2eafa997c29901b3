//! One activity as table rows: its cells, their text and its status label.

use super::status::{STATUS_FIELD, italic_paragraph, status_rich};
use super::{ActivityDoc, CellDoc, StatusDoc};
use crate::model::{
    Activity, Block, Column, FieldValue, Inline, Rich, StatusMarker, TEXT_FIELD, anchor,
};

/// Lays out one activity as table rows: one row, or one per part. The text
/// column holds the activity's own text (in the first row) followed by each
/// part's text; a value set on the activity spans all rows, a value set on
/// the parts fills each part's row.
pub(super) fn activity_doc(
    activity: &Activity,
    index: usize,
    label: String,
    columns: &[Column],
    marker: StatusMarker,
) -> ActivityDoc {
    let status = activity.status.as_ref().map(StatusDoc::new);
    let status_label = status_label(activity, status.as_ref(), marker);
    let row_count = activity.parts.len().max(1);
    let mut rows: Vec<Vec<CellDoc>> = vec![Vec::new(); row_count];
    for (column, spec) in columns.iter().enumerate() {
        let spanning = if spec.field == STATUS_FIELD {
            Some(status.as_ref().map(status_rich).unwrap_or_default())
        } else if spec.field != TEXT_FIELD {
            activity.fields.get(&spec.field).map(field_rich)
        } else {
            None
        };
        if let Some(body) = spanning {
            rows[0].push(CellDoc {
                column,
                rowspan: row_count,
                label: None,
                status: None,
                body,
            });
        } else if spec.field == TEXT_FIELD {
            for (i, row) in rows.iter_mut().enumerate() {
                row.push(CellDoc {
                    column,
                    rowspan: 1,
                    label: (i == 0).then(|| label.clone()),
                    status: status_label.filter(|_| i == 0).map(|s| s.label.clone()),
                    body: text_body(activity, i, status_label),
                });
            }
        } else {
            for (i, row) in rows.iter_mut().enumerate() {
                let part = activity.parts.get(i);
                row.push(CellDoc {
                    column,
                    rowspan: 1,
                    label: None,
                    status: None,
                    body: (part.and_then(|p| p.fields.get(&spec.field)))
                        .map(field_rich)
                        .unwrap_or_default(),
                });
            }
        }
    }
    ActivityDoc {
        index,
        label,
        id: activity.id.clone(),
        anchor: activity.id.as_deref().map(anchor),
        status_printed: status.is_some()
            && (status_label.is_some() || columns.iter().any(|c| c.field == STATUS_FIELD)),
        status,
        // Estimated once references print their final text: height::mark_tall.
        tall: false,
        rows,
    }
}

/// The status printed as a label beside the number, if any. An ended
/// activity that is printed always says so, even when the region shows no
/// markers; in a status column it says so there.
fn status_label<'s>(
    activity: &Activity,
    status: Option<&'s StatusDoc>,
    marker: StatusMarker,
) -> Option<&'s StatusDoc> {
    let ended = activity.status.as_ref().is_some_and(|s| s.kind.has_ended());
    match marker {
        StatusMarker::Label => status,
        StatusMarker::None if ended => status,
        _ => None,
    }
}

/// The text column's cell in row `i`: in the first row the activity's own
/// text (and its status note, when the label is printed), then the part's.
fn text_body(activity: &Activity, i: usize, status_label: Option<&StatusDoc>) -> Rich {
    let mut body = if i == 0 {
        let mut text = activity_text(activity);
        if let Some(note) = status_label.and_then(|s| s.note.as_ref()) {
            text.0.push(italic_paragraph(note));
        }
        text
    } else {
        Rich::default()
    };
    let part = activity.parts.get(i);
    body.0
        .extend(part.iter().flat_map(|p| p.text.0.iter().cloned()));
    body
}

/// The activity's own text: title in bold, then the text (in italics when
/// it elaborates a title), then what happens in each year.
fn activity_text(activity: &Activity) -> Rich {
    let mut blocks = Vec::new();
    if let Some(title) = &activity.title {
        blocks.push(Block::Paragraph {
            inlines: vec![Inline::Strong {
                inlines: vec![Inline::text(title)],
            }],
        });
    }
    if let Some(text) = &activity.text {
        if activity.title.is_some() {
            blocks.extend(text.0.iter().map(emphasise));
        } else {
            blocks.extend(text.0.iter().cloned());
        }
    }
    for (year, text) in &activity.per_year {
        let mut rest = text.0.iter().cloned();
        let year_label = Inline::Strong {
            inlines: vec![Inline::text(&format!("{year}:"))],
        };
        match rest.next() {
            Some(Block::Paragraph { inlines }) => {
                let mut all = vec![year_label, Inline::text(" ")];
                all.extend(inlines);
                blocks.push(Block::Paragraph { inlines: all });
            }
            Some(other) => {
                blocks.push(Block::Paragraph {
                    inlines: vec![year_label],
                });
                blocks.push(other);
            }
            None => {}
        }
        blocks.extend(rest);
    }
    Rich(blocks)
}

fn emphasise(block: &Block) -> Block {
    match block {
        Block::Paragraph { inlines } => Block::Paragraph {
            inlines: vec![Inline::Emph {
                inlines: inlines.clone(),
            }],
        },
        other => other.clone(),
    }
}

/// A column value as formatted text: each plain line its own paragraph.
fn field_rich(value: &FieldValue) -> Rich {
    match value {
        FieldValue::Rich(rich) => rich.clone(),
        FieldValue::Lines(lines) => Rich(
            lines
                .iter()
                .map(|line| Block::Paragraph {
                    inlines: vec![Inline::text(line)],
                })
                .collect(),
        ),
    }
}
