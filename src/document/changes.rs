//! The change log (Ändringsförteckning) as the document shows it.

use serde::Serialize;

use crate::model::{Change, ChangeLogPlacement, Rich};

/// The change log: a table of the document's versions, oldest first.
#[derive(Debug, Clone, Serialize)]
pub struct ChangeLog {
    /// "top" (after the title), "end" (at the end) or "none" (not shown).
    pub placement: &'static str,
    pub heading: String,
    /// Column headings: version, date, what changed and, if any row says
    /// who made the change, who.
    pub columns: Vec<String>,
    /// Empty when the plan has no versions or the region does not show them.
    pub rows: Vec<ChangeRow>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ChangeRow {
    pub version: String,
    /// "2026-03-01".
    pub date: String,
    pub description: Rich,
    /// Who made the change; `None` when no row says (no such column).
    pub by: Option<String>,
}

/// The change log as the region places it.
pub(super) fn change_log(changes: &[Change], placement: ChangeLogPlacement) -> ChangeLog {
    let shown = placement != ChangeLogPlacement::Hidden;
    let with_by = changes.iter().any(|c| c.by.is_some());
    let mut columns: Vec<String> = ["Version", "Datum", "Ändring"].map(String::from).into();
    if with_by {
        columns.push("Av".to_owned());
    }
    ChangeLog {
        placement: match placement {
            ChangeLogPlacement::Top => "top",
            ChangeLogPlacement::End => "end",
            ChangeLogPlacement::Hidden => "none",
        },
        heading: "Ändringsförteckning".to_owned(),
        columns,
        rows: changes
            .iter()
            .filter(|_| shown)
            .map(|c| ChangeRow {
                version: c.version.clone(),
                date: c.date.to_string(),
                description: c.description.clone(),
                by: with_by.then(|| c.by.clone().unwrap_or_default()),
            })
            .collect(),
    }
}
