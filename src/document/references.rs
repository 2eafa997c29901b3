//! References between activities (`[](#id)`), filled in with the numbers derived here once.

use std::collections::HashMap;

use super::Document;
use crate::model::{Inline, Rich, anchor};

impl Document {
    /// Fills every reference with the current number and anchor of the
    /// activity it names. The loader has checked that each names one; a
    /// reference that still cannot resolve prints as "?".
    pub(super) fn resolve_references(&mut self) {
        let numbers: HashMap<String, String> = self
            .areas
            .iter()
            .flat_map(|area| &area.activities)
            .filter_map(|a| Some((a.id.clone()?, reference_number(&a.label))))
            .collect();
        self.for_each_rich_mut(&mut |rich| {
            rich.for_each_ref_mut(&mut |inline| {
                if let Inline::Ref {
                    id,
                    number,
                    anchor: to,
                } = inline
                {
                    *number = numbers
                        .get(id.as_str())
                        .cloned()
                        .unwrap_or_else(|| "?".to_owned());
                    *to = anchor(id);
                }
            })
        });
    }

    /// Calls `f` with every formatted text of the document.
    fn for_each_rich_mut(&mut self, f: &mut dyn FnMut(&mut Rich)) {
        for section in self
            .sections_before
            .iter_mut()
            .chain(&mut self.sections_after)
        {
            f(&mut section.body);
        }
        for row in &mut self.changes.rows {
            f(&mut row.description);
        }
        for area in &mut self.areas {
            area.intro.iter_mut().for_each(&mut *f);
            for activity in &mut area.activities {
                for cell in activity.rows.iter_mut().flatten() {
                    f(&mut cell.body);
                }
            }
        }
    }
}

/// An activity's number as a reference prints it: "1.4" for "1.4", "3" for "3.".
fn reference_number(label: &str) -> String {
    label.trim_end_matches('.').to_owned()
}
