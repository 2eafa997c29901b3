//! Loads activity lifecycle markers (`status`, `status_datum`,
//! `status_kommentar`) and the region's `[status]` settings.

use super::table::Table;
use crate::model::{Period, Status, StatusKind, StatusLayout, StatusMarker};
use crate::report::{Hint, error_at};

/// An activity's `status` with its date and note. A finished or cancelled
/// activity needs `status_datum`; a date or note on any other activity is
/// an error (it would say the activity ended when it did not).
pub fn read_activity(table: &mut Table, period: Option<Period>) -> Option<Status> {
    let written = table.contains("status");
    let kind = table.choice("status").and_then(StatusKind::from_key);
    let date_span = table.get("status_datum").map(|v| v.span());
    let date = table.date("status_datum");
    let note = table.string("status_kommentar");
    let ended = kind.is_some_and(StatusKind::has_ended);
    if ended && date_span.is_none() {
        let kind = kind.map_or("", StatusKind::key);
        table.missing_because(
            "status_datum",
            crate::msg!("plan-status-without-date", status = kind),
            Some(crate::t!(
                "plan-status-without-date.hint",
                status = kind,
                date = example_date(period)
            )),
        );
    }
    if !ended && (kind.is_some() || !written) {
        let spans = [
            ("status_datum", date_span),
            ("status_kommentar", note.as_ref().map(|n| n.span())),
        ];
        for (key, span) in spans {
            let Some(span) = span else { continue };
            table.report(
                error_at(
                    table.file,
                    span,
                    crate::msg!("plan-status-not-ended", key = key),
                    crate::t!("plan-status-not-ended.label"),
                )
                .hint(crate::t!("plan-status-not-ended.hint", key = key)),
            );
        }
    }
    let kind = kind?;
    Some(Status {
        kind,
        date: date.filter(|_| ended),
        note: note
            .map(|n| n.into_inner())
            .filter(|n| ended && !n.trim().is_empty()),
    })
}

/// An example `status_datum` in the plan's own period (mid-year), or the
/// format's example when the period is unknown.
fn example_date(period: Option<Period>) -> String {
    period
        .and_then(|p| crate::model::Date::new(p.first, 6, 30))
        .map(|d| d.to_string())
        .or_else(|| {
            Some(
                crate::format::ACTIVITY
                    .key("status_datum")?
                    .example
                    .to_owned(),
            )
        })
        .unwrap_or_default()
}

/// The region's `[status]` table: where markers are shown and whether ended
/// activities are printed.
pub fn read_layout(root: &mut Table) -> StatusLayout {
    let mut layout = StatusLayout::default();
    let Some(mut table) = root.table("status") else {
        return layout;
    };
    layout.marker = match table.choice("markering") {
        Some("kolumn") => StatusMarker::Column,
        Some("etikett") => StatusMarker::Label,
        _ => StatusMarker::None,
    };
    if let Some(heading) = table.string("rubrik") {
        layout.heading = heading.into_inner();
    }
    if let Some(width) = table.width() {
        layout.width = width;
    }
    if let Some(show) = table.boolean("visa_avslutade") {
        layout.show_ended = show;
    }
    for problem in table.finish(|_| None) {
        root.report(problem);
    }
    layout
}
