//! References between activities (`[](#id)`), filled in with the numbers derived here once, and footnotes' numbers.

use std::collections::{BTreeSet, HashMap};

use super::{Document, HiddenDoc};
use crate::load::{Loaded, Locus, Span};
use crate::model::{Inline, Rich, visit_inlines_mut};
use crate::report::{Hint, Problem, warning_at};

impl Document {
    /// Fills every reference with the current number and anchor of the
    /// printed activity it names. A reference to an activity the document
    /// leaves out (an ended one the region hides) has no row to link to: it
    /// becomes plain text, the number and how the activity ended ("1.4
    /// (avslutad)"), in every output alike. The loader has checked that each
    /// reference names an activity; one that still cannot resolve prints as
    /// "?", without a link.
    pub(super) fn resolve_references(&mut self) {
        let printed: HashMap<String, (String, String)> = (self.areas.iter())
            .flat_map(|area| &area.activities)
            .filter_map(|a| {
                let (id, to) = (a.id.clone()?, a.anchor.clone()?);
                Some((id, (reference_number(&a.label), to)))
            })
            .collect();
        let hidden: HashMap<String, String> = self.hidden_by_id();
        let mut referenced = BTreeSet::new();
        self.for_each_rich_mut(&mut |rich| {
            rich.for_each_ref_mut(&mut |inline| {
                let Inline::Ref { id, .. } = inline else {
                    return;
                };
                referenced.insert(id.clone());
                *inline = match (printed.get(id.as_str()), hidden.get(id.as_str())) {
                    (Some((number, to)), _) => Inline::Ref {
                        id: std::mem::take(id),
                        number: number.clone(),
                        anchor: to.clone(),
                    },
                    (None, Some(text)) => Inline::text(text),
                    (None, None) => Inline::text("?"),
                };
            })
        });
        self.referenced = referenced;
    }

    /// What a reference to each hidden activity with an id prints.
    fn hidden_by_id(&self) -> HashMap<String, String> {
        (self.areas.iter().flat_map(|area| &area.hidden))
            .filter_map(|h| Some((h.id.clone()?, reference_text(h))))
            .collect()
    }

    /// A warning at every printed reference to an activity the document
    /// leaves out: it prints as plain text, not as a link. A reference
    /// written inside a hidden activity is not printed at all, so it says
    /// nothing.
    pub fn hidden_references(&self, loaded: &Loaded) -> Vec<Problem> {
        let unprinted = self.unprinted_places(loaded);
        let hidden: HashMap<&str, &HiddenDoc> = (self.areas.iter().flat_map(|a| &a.hidden))
            .filter_map(|h| Some((h.id.as_deref()?, h)))
            .collect();
        (loaded.positions.references.iter())
            .filter(|(_, span)| !unprinted.iter().any(|place| place.holds(span)))
            .filter_map(|(id, span)| Some(hidden_reference(id, span, hidden.get(id.as_str())?)))
            .collect()
    }

    /// Where every activity the document leaves out is written, with or
    /// without an id.
    fn unprinted_places<'l>(&self, loaded: &'l Loaded) -> Vec<Place<'l>> {
        let positions = &loaded.positions;
        let mut places = Vec::new();
        for (i, area) in self.areas.iter().enumerate() {
            for hidden in &area.hidden {
                let j = hidden.index;
                if let Some(start) = positions.get(Locus::Activity(i, j)) {
                    let next = positions.get(Locus::Activity(i, j + 1));
                    places.push(Place { start, next });
                }
            }
        }
        places
    }

    /// Numbers the footnotes through the document in reading order, as
    /// the PDF counts them (and GitHub the Markdown's), so that a note has
    /// the same number in every output, and names each "not-N", unique in
    /// the document: two sections may both write `[^1]`. Only prose holds
    /// notes (the loader prints them as written in table cells).
    pub(super) fn number_notes(&mut self) {
        let prose = (self.sections_before.iter_mut().map(|s| &mut s.body))
            .chain(self.areas.iter_mut().filter_map(|a| a.intro.as_mut()))
            .chain(self.goals.goals.iter_mut().map(|g| &mut g.body))
            .chain(self.sections_after.iter_mut().map(|s| &mut s.body))
            .chain(self.appendices.iter_mut().map(|s| &mut s.body));
        let mut before = 0;
        for rich in prose {
            let mut most = 0;
            visit_inlines_mut(&mut rich.0, &mut |inline| {
                if let Inline::Note { number, anchor, .. } = inline {
                    most = most.max(*number);
                    *number += before;
                    *anchor = format!("not-{number}");
                }
            });
            before += most;
        }
    }

    /// Calls `f` with every formatted text of the document.
    fn for_each_rich_mut(&mut self, f: &mut dyn FnMut(&mut Rich)) {
        for section in (self.sections_before.iter_mut())
            .chain(&mut self.sections_after)
            .chain(&mut self.appendices)
        {
            f(&mut section.body);
        }
        for row in &mut self.changes.rows {
            f(&mut row.description);
        }
        for goal in &mut self.goals.goals {
            f(&mut goal.body);
            f(&mut goal.indicators);
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

/// The warning at `span`, a reference to the hidden `activity`.
fn hidden_reference(id: &str, span: &Span, activity: &HiddenDoc) -> Problem {
    let text = reference_text(activity);
    let status = activity.status.kind;
    warning_at(
        span.file,
        span.range.clone(),
        crate::msg!("plan-hidden-reference", id = id, text = text),
        crate::t!("plan-hidden-reference.label", status = status),
    )
    .hint(crate::t!("plan-hidden-reference.hint", status = status))
}

/// Where a hidden activity is written: from its `[[aktivitet]]` header to
/// the next activity's header, or to the end of its file.
struct Place<'p> {
    start: &'p Span,
    next: Option<&'p Span>,
}

impl Place<'_> {
    fn holds(&self, span: &Span) -> bool {
        span.file == self.start.file
            && self.start.range.start <= span.range.start
            && self
                .next
                .is_none_or(|next| span.range.start < next.range.start)
    }
}

/// What a reference to a hidden activity prints: "1.4 (avslutad)".
fn reference_text(activity: &HiddenDoc) -> String {
    let number = reference_number(&activity.label);
    format!("{number} ({})", activity.status.kind)
}

/// An activity's number as a reference prints it: "1.4" for "1.4", "3" for "3.".
pub(super) fn reference_number(label: &str) -> String {
    label.trim_end_matches('.').to_owned()
}
