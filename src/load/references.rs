//! Checks that every reference to an activity (`[](#id)`) names an activity of the plan.

use crate::load::Span;
use crate::model::Plan;
use crate::report::{Hint, Problem, did_you_mean, error_at};

/// One error per reference whose id no activity of the plan has, nor is
/// among `other_ids` (those written in area files that could not be read).
pub fn check(plan: &Plan, references: &[(String, Span)], other_ids: &[String]) -> Vec<Problem> {
    let ids: Vec<&str> = plan
        .areas
        .iter()
        .flat_map(|a| &a.activities)
        .filter_map(|a| a.id.as_deref())
        .collect();
    references
        .iter()
        .filter(|(id, _)| !ids.contains(&id.as_str()) && !other_ids.contains(id))
        .map(|(id, span)| unknown(id, span, &ids))
        .collect()
}

fn unknown(id: &str, span: &Span, ids: &[&str]) -> Problem {
    let problem = error_at(
        span.file,
        span.range.clone(),
        crate::msg!("plan-unknown-reference", id = id),
        crate::t!("plan-unknown-reference.label"),
    );
    match did_you_mean(id, ids.iter().copied()) {
        Some(near) => problem.hint(crate::t!("plan-reference-did-you-mean", near = near)),
        None => problem.hint(crate::t!("plan-unknown-reference.hint", id = id)),
    }
}
