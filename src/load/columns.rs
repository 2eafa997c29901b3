//! Whether the region's columns fit the activities: a column no activity fills, or one refused, is one mistake, reported once at its `falt`.

use std::collections::BTreeMap;
use std::ops::Range;

use crate::format::{ACTIVITY, PART};
use crate::model::{BUILTIN_FIELDS, Region, TEXT_FIELD};
use crate::report::{FileId, Hint, Problem, Subject, did_you_mean, error_at};

/// How the plan's activities use the keys of the region's columns,
/// gathered while the areas are read.
#[derive(Debug, Default)]
pub(crate) struct ColumnUse {
    /// The `falt` of each `[[kolumn]]` in region.toml, in its order.
    pub fields: Vec<ColumnField>,
    /// Activities read.
    pub rows: usize,
    /// For each column key, the activities that fill it (on the activity
    /// or on a part).
    pub filled: BTreeMap<String, usize>,
    /// For each key no column or table knows, the activities and parts
    /// that write it.
    pub unknown: BTreeMap<String, usize>,
}

/// A `[[kolumn]]`'s `falt` as written, and why it was refused, if it was.
#[derive(Debug)]
pub(crate) struct ColumnField {
    pub field: String,
    pub heading: String,
    pub file: FileId,
    pub span: Range<usize>,
    /// The problem that refused the column (reported by [`fold`]).
    pub refused: Option<Problem>,
}

/// Replaces the many problems one wrong `falt` causes (a required key
/// missing in every activity, an unknown key in every file) by one problem
/// at the column, with the activities it affects counted. Refused columns
/// are reported here too, for the same reason.
pub(crate) fn fold(region: &Region, usage: ColumnUse, problems: &mut Vec<Problem>) {
    let mut unknown = usage.unknown.clone();
    // The keys whose problems in activities and parts are folded:
    // (missing, key), `false` for an unknown key.
    let mut gone: Vec<(bool, String)> = Vec::new();
    for column in &usage.fields {
        let problem = match &column.refused {
            Some(refused) => {
                let instead = written_instead(None, &mut unknown, usage.rows);
                refused_column(refused.clone(), instead, &mut gone)
            }
            None if unfilled(region, column, &usage) => {
                let instead = written_instead(Some(&column.field), &mut unknown, usage.rows);
                gone.push((true, column.field.clone()));
                unfilled_column(column, usage.rows, instead, &mut gone)
            }
            None => continue,
        };
        problems.push(problem);
    }
    problems.retain(|p| !p.subject.as_ref().is_some_and(|s| is_gone(s, &gone)));
}

/// Whether a problem is about a key of an activity or part that `gone` folds.
fn is_gone(subject: &Subject, gone: &[(bool, String)]) -> bool {
    let (missing, table, key) = match subject {
        Subject::Missing { table, key } => (true, table, key),
        Subject::Unknown { table, key } => (false, table, key),
    };
    [ACTIVITY.name, PART.name].contains(table)
        && gone.iter().any(|(m, k)| *m == missing && k == key)
}

/// A required column that no activity fills, while three or more
/// activities, or two writing a near key instead, say otherwise: the
/// column is then more likely wrong than every activity. (With one
/// activity, the activity's own problem says more; and when the column
/// has a standard key (`ansvarig`) and the activities a near one that is
/// not, the activities are wrong, each file says so.)
fn unfilled(region: &Region, column: &ColumnField, usage: &ColumnUse) -> bool {
    let required = (region.columns.iter())
        .any(|c| c.field == column.field && c.required && c.field != TEXT_FIELD);
    let none = usage.filled.get(&column.field).copied().unwrap_or(0) == 0;
    let near = did_you_mean(&column.field, usage.unknown.keys().map(String::as_str));
    let standard = |key: &str| BUILTIN_FIELDS.contains(&key);
    if near.is_some_and(|near| standard(&column.field) && !standard(near)) {
        return false;
    }
    let near_twice = near
        .and_then(|near| usage.unknown.get(near))
        .is_some_and(|&n| n >= 2);
    required && none && (usage.rows >= 3 || (usage.rows >= 2 && near_twice))
}

/// The key the activities write instead of a column's `field`: a near
/// spelling of it, or (for a refused column, `field` none) the unknown key
/// most activities and parts write, if at least half of them do. Taken out
/// of `unknown`, so that each key is folded into one column.
fn written_instead(
    field: Option<&str>,
    unknown: &mut BTreeMap<String, usize>,
    rows: usize,
) -> Option<(String, usize)> {
    let key = match field {
        Some(field) => did_you_mean(field, unknown.keys().map(String::as_str))?.to_owned(),
        None => (unknown.iter())
            .filter(|(_, n)| **n * 2 >= rows)
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))?
            .0
            .clone(),
    };
    unknown.remove_entry(&key)
}

fn unfilled_column(
    column: &ColumnField,
    rows: usize,
    instead: Option<(String, usize)>,
    gone: &mut Vec<(bool, String)>,
) -> Problem {
    let problem = error_at(
        column.file,
        column.span.clone(),
        crate::msg!(
            "plan-column-unfilled",
            key = &column.field,
            heading = &column.heading,
            count = rows
        ),
        crate::t!("plan-column-unfilled.label"),
    );
    match instead {
        Some((near, count)) => {
            let hint = crate::t!("plan-column-unfilled.near", near = &near, count = count);
            gone.push((false, near));
            problem.hint(hint)
        }
        None => problem.hint(crate::t!("plan-column-unfilled.hint", key = &column.field)),
    }
}

fn refused_column(
    problem: Problem,
    instead: Option<(String, usize)>,
    gone: &mut Vec<(bool, String)>,
) -> Problem {
    let Some((key, count)) = instead else {
        return problem;
    };
    let hint = crate::t!("plan-column-refused-instead", key = &key, count = count);
    gone.push((false, key));
    problem.hint(hint)
}
