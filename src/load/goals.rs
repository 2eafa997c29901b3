//! Loads the region's goals (`mal.toml` beside region.toml) and checks the goal ids an activity names in `mal`.

use std::ops::Range;

use toml::Spanned;

use super::table::Table;
use super::{Context, prose};
use crate::model::{Direction, Goal, Indicator, IndicatorKind, Target, is_id};
use crate::report::{FileId, Hint, Problem, did_you_mean, error_at};

/// Ids seen so far, with where each was written.
type Seen = Vec<(String, Range<usize>)>;

/// The goal ids an activity's `mal` may name without a check: those of
/// goals that mal.toml's own mistakes kept out, already reported there.
#[derive(Debug, Default)]
pub enum Unchecked {
    /// mal.toml gave every goal it holds.
    #[default]
    None,
    /// These goals are written in mal.toml but could not be read whole.
    Ids(Vec<String>),
    /// mal.toml could not be read or parsed: no id can be checked.
    All,
}

impl Unchecked {
    fn covers(&self, id: &str) -> bool {
        match self {
            Unchecked::None => false,
            Unchecked::Ids(ids) => ids.iter().any(|i| i == id),
            Unchecked::All => true,
        }
    }
}

/// Reads a parsed `mal.toml`: its goals (with their indicators), the ids
/// of goals it could not read whole, and every problem found.
pub fn read(mut root: Table, cx: &mut Context) -> ((Vec<Goal>, Unchecked), Vec<Problem>) {
    let file = root.file;
    let mut problems = Vec::new();
    let tables = root.tables("mal");
    if tables.is_empty() && root.get("mal").is_none() {
        root.missing("mal");
    }
    let (mut goal_ids, mut indicator_ids) = (Seen::new(), Seen::new());
    let mut goals = Vec::new();
    let mut parents = Vec::new();
    let mut unread = Vec::new();
    for mut table in tables {
        let written = match table.get("id").map(|v| v.get_ref()) {
            Some(toml::de::DeValue::String(id)) => Some(id.to_string()),
            _ => None,
        };
        let id = read_id(&mut table, &mut goal_ids);
        let heading = table.required_string("rubrik").map(Spanned::into_inner);
        let description = (table.string("beskrivning"))
            .map(|s| prose::value(&mut table, &s, cx))
            .filter(|r| !r.is_empty());
        let parent = table.string("overordnat");
        let indicators = (table.tables("indikator").into_iter())
            .filter_map(|t| read_indicator(t, &mut indicator_ids, &mut problems))
            .collect();
        problems.extend(table.finish(|_| None));
        let (Some(id), Some(heading)) = (id, heading) else {
            unread.extend(written);
            continue;
        };
        parents.push(parent.clone());
        goals.push(Goal {
            id,
            heading,
            description,
            parent: parent.map(Spanned::into_inner),
            indicators,
        });
    }
    problems.extend(check_parents(file, &goals, &parents, &unread));
    problems.extend(root.finish(|_| None));
    // (A duplicate's id is a goal's all the same.)
    unread.retain(|id| !goals.iter().any(|g| &g.id == id));
    let unchecked = match unread.is_empty() {
        true => Unchecked::None,
        false => Unchecked::Ids(unread),
    };
    ((goals, unchecked), problems)
}

/// An id, unique among those of its kind in the file (`seen`).
fn read_id(table: &mut Table, seen: &mut Seen) -> Option<String> {
    let id = table.required_string("id")?;
    let name = id.get_ref();
    if !is_id(name) {
        let problem = error_at(
            table.file,
            id.span(),
            crate::msg!("plan-invalid-id", id = name),
            crate::t!("plan-invalid-id.label"),
        )
        .hint(crate::t!("plan-invalid-id.hint"));
        table.report(problem);
        return None;
    }
    if let Some((_, first)) = seen.iter().find(|(s, _)| s == name) {
        let problem = error_at(
            table.file,
            id.span(),
            crate::msg!("plan-goal-duplicate-id", id = name),
            crate::t!("plan-goal-duplicate-id.label"),
        )
        .also_at(
            table.file,
            first.clone(),
            crate::t!("plan-goal-duplicate-id.first"),
        )
        .hint(crate::t!("plan-goal-duplicate-id.hint"));
        table.report(problem);
        return None;
    }
    seen.push((name.clone(), id.span()));
    Some(id.into_inner())
}

/// One `[[mal.indikator]]`: its target value must be of its type, and only
/// a number has a direction.
fn read_indicator(
    mut table: Table,
    seen: &mut Seen,
    problems: &mut Vec<Problem>,
) -> Option<Indicator> {
    let id = read_id(&mut table, seen);
    let name = table.required_string("namn").map(Spanned::into_inner);
    let kind = match table.choice("typ") {
        Some(written) => IndicatorKind::ALL
            .iter()
            .copied()
            .find(|k| k.key() == written),
        None => {
            if !table.contains("typ") {
                table.missing("typ");
            }
            None
        }
    };
    let unit = table.string("enhet").map(Spanned::into_inner);
    let target = kind.and_then(|kind| read_target(&mut table, kind));
    let direction_span = table.get("riktning").map(|v| v.span());
    let direction = (table.choice("riktning"))
        .and_then(|w| Direction::ALL.iter().copied().find(|d| d.key() == w));
    if let (Some(kind), Some(span)) = (kind, direction_span)
        && !kind.is_numeric()
    {
        let problem = error_at(
            table.file,
            span,
            crate::msg!("plan-goal-direction-not-numeric", kind = kind.key()),
            crate::t!("plan-goal-direction-not-numeric.label"),
        )
        .hint(crate::t!("plan-goal-direction-not-numeric.hint"));
        table.report(problem);
    }
    let source = table.string("kalla").map(Spanned::into_inner);
    problems.extend(table.finish(|_| None));
    Some(Indicator {
        id: id?,
        name: name?,
        kind: kind?,
        unit,
        target,
        direction,
        source,
    })
}

/// `malvarde` as the indicator's `kind` says it must be, or a located error.
fn read_target(table: &mut Table, kind: IndicatorKind) -> Option<Target> {
    use toml::de::DeValue;
    let value = table.get("malvarde")?;
    let number = super::table::as_number(value.get_ref());
    let target = match (kind, value.get_ref()) {
        (IndicatorKind::Count, _) => number.map(Target::Number),
        (IndicatorKind::Share, _) => number
            .filter(|n| (0.0..=100.0).contains(n))
            .map(Target::Number),
        (IndicatorKind::YesNo, DeValue::Boolean(b)) => Some(Target::YesNo(*b)),
        (IndicatorKind::Text, DeValue::String(s)) if !s.trim().is_empty() => {
            Some(Target::Text(s.trim().to_owned()))
        }
        _ => None,
    };
    if target.is_none() {
        let expected = expected_value(kind);
        let problem = error_at(
            table.file,
            value.span(),
            crate::msg!(
                "plan-goal-wrong-target",
                kind = kind.key(),
                expected = &expected
            ),
            crate::t!("plan-goal-wrong-target.label", expected = &expected),
        )
        .hint(crate::t!("plan-goal-wrong-target.hint"));
        table.report(problem);
    }
    target
}

/// What a value of an indicator of `kind` must be, in words (a target in
/// mal.toml, a value in a follow-up round).
pub(super) fn expected_value(kind: IndicatorKind) -> String {
    match kind {
        IndicatorKind::Count => crate::t!("plan-goal-wrong-target.count"),
        IndicatorKind::Share => crate::t!("plan-goal-wrong-target.share"),
        IndicatorKind::YesNo => crate::t!("plan-goal-wrong-target.yes-no"),
        IndicatorKind::Text => crate::t!("plan-goal-wrong-target.text"),
    }
}

/// A sub-goal's `overordnat` must name a goal of the file that is no sub-goal itself.
fn check_parents(
    file: FileId,
    goals: &[Goal],
    parents: &[Option<Spanned<String>>],
    unread: &[String],
) -> Vec<Problem> {
    let main: Vec<&str> = (goals.iter())
        .filter(|g| g.parent.is_none())
        .map(|g| g.id.as_str())
        .collect();
    let mut problems = Vec::new();
    for parent in parents.iter().flatten() {
        let id = parent.get_ref();
        // (A goal that could not be read is reported as such.)
        if main.contains(&id.as_str()) || unread.contains(id) {
            continue;
        }
        let problem = if goals.iter().any(|g| &g.id == id) {
            error_at(
                file,
                parent.span(),
                crate::msg!("plan-goal-parent-is-subgoal", id = id),
                crate::t!("plan-goal-parent-is-subgoal.label"),
            )
            .hint(crate::t!("plan-goal-parent-is-subgoal.hint"))
        } else {
            let problem = error_at(
                file,
                parent.span(),
                crate::msg!("plan-goal-unknown-parent", id = id),
                crate::t!("plan-goal-unknown-parent.label"),
            );
            with_suggestion(problem, id, &main)
        };
        problems.push(problem);
    }
    problems
}

/// The did-you-mean for a goal id, or else the list of ids.
fn with_suggestion(problem: Problem, id: &str, known: &[&str]) -> Problem {
    match did_you_mean(id, known.iter().copied()) {
        Some(near) => problem.hint(crate::t!("plan-goal-did-you-mean", near = near)),
        None => problem.hint(crate::t!("plan-unknown-goal.hint", ids = known.join(", "))),
    }
}

/// An activity's `mal`: each id must be a goal of the region's mal.toml;
/// without one, the key itself is the mistake. An id of `unchecked` is
/// left out unreported: mal.toml's mistake is reported where it is.
pub fn read_activity(
    table: &mut Table,
    goals: Option<&[Goal]>,
    unchecked: &Unchecked,
) -> Vec<String> {
    let span = table.get("mal").map(|v| v.span());
    let Some(ids) = table.string_list("mal") else {
        return Vec::new();
    };
    let Some(goals) = goals else {
        if let Some(span) = span {
            let problem = error_at(
                table.file,
                span,
                crate::msg!("plan-goals-missing"),
                crate::t!("plan-goals-missing.label"),
            )
            .hint(crate::t!("plan-goals-missing.hint"));
            table.report(problem);
        }
        return Vec::new();
    };
    let known: Vec<&str> = goals.iter().map(|g| g.id.as_str()).collect();
    let mut out: Vec<String> = Vec::new();
    for id in ids {
        if unchecked.covers(id.get_ref()) {
            continue;
        }
        if !known.contains(&id.get_ref().as_str()) {
            let problem = error_at(
                table.file,
                id.span(),
                crate::msg!("plan-unknown-goal", id = id.get_ref()),
                crate::t!("plan-unknown-goal.label"),
            );
            table.report(with_suggestion(problem, id.get_ref(), &known));
        } else if !out.contains(id.get_ref()) {
            out.push(id.into_inner());
        }
    }
    out
}
