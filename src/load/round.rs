//! Loads one follow-up round (`uppfoljning/<omgång>.toml`) and checks it against the plan: known activity ids, one entry each, dates in the period, reporting bodies and the status rule.

use std::collections::HashMap;
use std::ops::Range;

use toml::Spanned;
use toml::de::DeValue;

use super::table::Table;
use super::{Context, prose, round_status};
use crate::model::{
    Date, IndicatorKind, Measure, Organ, Period, Round, RoundActivity, RoundIndicator, RoundStatus,
    Status,
};
use crate::report::{FileId, Hint, Problem, did_you_mean, error_at};

/// What a round is checked against: the plan's activities and period and
/// the region's register of bodies.
pub struct Known<'k> {
    /// Each activity id of the plan, with the activity's status in its
    /// area file and where its id is written.
    pub activities: HashMap<String, PlanActivity>,
    /// Whether every activity of the plan is known (every listed area
    /// file was read): only then is an id no activity has an error.
    pub complete: bool,
    pub period: Option<Period>,
    pub register: &'k [Organ],
    /// Each indicator of the region's goals with its kind; `None` when the
    /// region has no mal.toml (then any indicator id is taken as written).
    pub indicators: Option<HashMap<String, IndicatorKind>>,
}

/// An activity of the plan, as a round sees it.
pub struct PlanActivity {
    pub status: Option<Status>,
    /// Where the activity's `id` is written in its area file.
    pub at: (FileId, Range<usize>),
}

/// Reads the round `key` (its file name without `.toml`); `None` when its
/// date or heading is missing or wrong (reported).
pub fn read(
    mut root: Table,
    key: &str,
    known: &Known,
    cx: &mut Context,
) -> (Option<Round>, Vec<Problem>) {
    let date = dated(&mut root, "datum", known.period);
    if date.is_none() && !root.contains("datum") {
        root.missing("datum");
    }
    let title = root.required_string("rubrik");
    let mut activities = Vec::new();
    let mut seen: HashMap<String, Range<usize>> = HashMap::new();
    for mut table in root.tables("aktivitet") {
        let entry = read_activity(&mut table, known, date, &mut seen, cx);
        for problem in table.finish(|_| None) {
            root.report(problem);
        }
        activities.extend(entry);
    }
    let mut indicators = Vec::new();
    let mut seen: HashMap<String, Range<usize>> = HashMap::new();
    for mut table in root.tables("indikator") {
        let entry = read_indicator(&mut table, known, &mut seen, cx);
        for problem in table.finish(|_| None) {
            root.report(problem);
        }
        indicators.extend(entry);
    }
    let problems = root.finish(|_| None);
    let round = match (date, title) {
        (Some(date), Some(title)) => Some(Round {
            key: key.to_owned(),
            date,
            title: title.into_inner(),
            activities,
            indicators,
        }),
        _ => None,
    };
    (round, problems)
}

/// One `[[aktivitet]]` of a round; `round` is the round's date, if known.
fn read_activity(
    table: &mut Table,
    known: &Known,
    round: Option<Date>,
    seen: &mut HashMap<String, Range<usize>>,
    cx: &mut Context,
) -> Option<RoundActivity> {
    let id = table.required_string("id");
    let status_span = table.get("status").map(|v| v.span());
    let status = table.choice("status").and_then(RoundStatus::from_key);
    if status_span.is_none() {
        table.missing("status");
    }
    let comment = comment(table, cx);
    let reported_by = reported_by(table, known.register);
    let reported = dated(table, "rapporterad", known.period);
    let id = id?;
    let twice = || crate::msg!("plan-round-activity-twice", id = id.get_ref());
    if !once(table, &id, seen, twice) {
        return None;
    }
    let Some(activity) = known.activities.get(id.get_ref()) else {
        if known.complete {
            table.report(unknown_activity(table.file, &id, known));
        }
        return None;
    };
    let status = status?;
    if let (Some(round), Some(span)) = (round, status_span) {
        let plan = activity.status.as_ref();
        if let Some(conflict) = super::round_status::conflict(plan, status, round) {
            let problem = round_status::problem(&conflict, id.get_ref(), status, round);
            let (file, at) = activity.at.clone();
            table.report(problem(table.file, span).also_at(
                file,
                at,
                crate::t!("plan-round-status-activity"),
            ));
        }
    }
    Some(RoundActivity {
        id: id.into_inner(),
        status,
        comment,
        reported_by,
        reported,
    })
}

/// One `[[indikator]]` of a round: with the region's goals (mal.toml), its
/// id must be one of their indicators and its value of that indicator's kind.
fn read_indicator(
    table: &mut Table,
    known: &Known,
    seen: &mut HashMap<String, Range<usize>>,
    cx: &mut Context,
) -> Option<RoundIndicator> {
    let id = table.required_string("id");
    let value_span = table.get("varde").map(|v| v.span());
    let value = measure(table);
    let date = dated(table, "datum", known.period);
    let comment = comment(table, cx);
    let id = id?;
    let twice = || crate::msg!("plan-round-indicator-twice", id = id.get_ref());
    if !once(table, &id, seen, twice) {
        return None;
    }
    if let Some(indicators) = &known.indicators {
        match indicators.get(id.get_ref()) {
            None => table.report(unknown_indicator(table.file, &id, indicators)),
            Some(&kind) => {
                if let (Some(value), Some(span)) = (&value, value_span)
                    && !fits(value, kind)
                {
                    table.report(wrong_value(table.file, span, kind));
                }
            }
        }
    }
    Some(RoundIndicator {
        id: id.into_inner(),
        value: value?,
        date,
        comment,
    })
}

/// Whether `value` is of the kind an indicator of `kind` measures.
fn fits(value: &Measure, kind: IndicatorKind) -> bool {
    match (kind, value) {
        (IndicatorKind::Count, Measure::Number(_)) => true,
        (IndicatorKind::Share, Measure::Number(n)) => (0.0..=100.0).contains(n),
        (IndicatorKind::YesNo, Measure::YesNo(_)) => true,
        (IndicatorKind::Text, Measure::Text(_)) => true,
        _ => false,
    }
}

/// An indicator id no goal of mal.toml has, with the nearest one.
fn unknown_indicator(
    file: FileId,
    id: &Spanned<String>,
    indicators: &HashMap<String, IndicatorKind>,
) -> Problem {
    let problem = error_at(
        file,
        id.span(),
        crate::msg!("plan-round-unknown-indicator", id = id.get_ref()),
        crate::t!("plan-round-unknown-indicator.label"),
    );
    let mut ids: Vec<&str> = indicators.keys().map(String::as_str).collect();
    ids.sort_unstable();
    match did_you_mean(id.get_ref(), ids.iter().copied()) {
        Some(near) => problem.hint(crate::t!("plan-did-you-mean", near = near)),
        None => problem.hint(crate::t!(
            "plan-round-unknown-indicator.hint",
            ids = ids.join(", ")
        )),
    }
}

/// A value not of its indicator's kind (the words of mal.toml's targets).
fn wrong_value(file: FileId, span: Range<usize>, kind: IndicatorKind) -> Problem {
    let expected = super::goals::expected_value(kind);
    error_at(
        file,
        span,
        crate::msg!(
            "plan-round-wrong-value",
            kind = kind.key(),
            expected = &expected
        ),
        crate::t!("plan-goal-wrong-target.label", expected = &expected),
    )
    .hint(crate::t!("plan-round-wrong-value.hint"))
}

/// `varde`: a number, true/false or a text (required).
fn measure(table: &mut Table) -> Option<Measure> {
    let Some(value) = table.get("varde") else {
        table.missing("varde");
        return None;
    };
    match value.get_ref() {
        DeValue::Integer(_) | DeValue::Float(_) => table
            .number("varde")
            .map(|n| Measure::Number(n.into_inner())),
        DeValue::Boolean(_) => table.boolean("varde").map(Measure::YesNo),
        DeValue::String(_) => {
            let text = table.required_string("varde")?;
            Some(Measure::Text(text.into_inner()))
        }
        _ => {
            table.wrong_type("varde", value);
            None
        }
    }
}

/// `kommentar` as Markdown; an empty one is none.
fn comment(table: &mut Table, cx: &mut Context) -> Option<crate::model::Rich> {
    let text = table.string("kommentar")?;
    Some(prose::cell(table, &text, cx)).filter(|r| !r.is_empty())
}

/// `rapporterad_av`: one body or a list, checked against the register.
fn reported_by(table: &mut Table, register: &[Organ]) -> Vec<String> {
    const KEY: &str = "rapporterad_av";
    let Some(written) = table.get(KEY) else {
        return Vec::new();
    };
    let single = matches!(written.get_ref(), DeValue::String(_));
    let spans: Vec<Range<usize>> = match written.get_ref() {
        DeValue::Array(items) => items.iter().map(Spanned::span).collect(),
        _ => vec![written.span()],
    };
    let Some(lines) = table.lines(KEY) else {
        return Vec::new();
    };
    let lines: Vec<String> = (lines.into_inner().into_iter())
        .filter(|l| !l.trim().is_empty())
        .collect();
    let entries: Vec<_> = lines.iter().cloned().zip(spans).collect();
    let file = table.file;
    for problem in super::organ::check(register, file, KEY, &entries, single) {
        table.report(problem);
    }
    lines
}

/// The date at `key`, which must lie in the plan's `period`.
fn dated(table: &mut Table, key: &str, period: Option<Period>) -> Option<Date> {
    let span = table.get(key).map(|v| v.span())?;
    let date = table.date(key)?;
    let Some(period) = period else {
        return Some(date);
    };
    if (period.first..=period.last).contains(&date.year()) {
        return Some(date);
    }
    let first = period
        .first_day()
        .map(|d| d.to_string())
        .unwrap_or_default();
    let last = period.last_day().map(|d| d.to_string()).unwrap_or_default();
    table.report(
        error_at(
            table.file,
            span,
            crate::msg!(
                "plan-round-date-outside",
                key = key,
                date = date.to_string(),
                period = period.to_string()
            ),
            crate::t!("plan-round-date-outside.label"),
        )
        .hint(crate::t!(
            "plan-round-date-outside.hint",
            first = first,
            last = last
        )),
    );
    None
}

/// Whether `id` is the first entry of its kind in the round (else reported
/// with where the first one is, as `message` says).
fn once(
    table: &mut Table,
    id: &Spanned<String>,
    seen: &mut HashMap<String, Range<usize>>,
    message: impl FnOnce() -> crate::i18n::Message,
) -> bool {
    let Some(first) = seen.get(id.get_ref()) else {
        seen.insert(id.get_ref().clone(), id.span());
        return true;
    };
    let problem = error_at(
        table.file,
        id.span(),
        message(),
        crate::t!("plan-round-twice-label"),
    )
    .also_at(
        table.file,
        first.clone(),
        crate::t!("plan-round-twice-first"),
    )
    .hint(crate::t!("plan-round-twice-hint"));
    table.report(problem);
    false
}

/// An id no activity of the plan has, with the nearest one.
fn unknown_activity(file: FileId, id: &Spanned<String>, known: &Known) -> Problem {
    let problem = error_at(
        file,
        id.span(),
        crate::msg!("plan-round-unknown-activity", id = id.get_ref()),
        crate::t!("plan-round-unknown-activity.label"),
    );
    let mut ids: Vec<&str> = known.activities.keys().map(String::as_str).collect();
    ids.sort_unstable();
    match did_you_mean(id.get_ref(), ids.iter().copied()) {
        Some(near) => problem.hint(crate::t!("plan-did-you-mean", near = near)),
        None => problem.hint(crate::t!("plan-round-unknown-activity.hint")),
    }
}
