//! Edits between two versions of a generated plan, as authors make them over a year.

use toml::{Table, Value};

use super::generate::{Context, GenPlan, date, table};
use super::text::Words;
use crate::common::rng::Rng;
use handlingsplan::format;

/// One edit, named for the failure message.
pub type EditName = &'static str;

/// Applies 1 to 3 random edits to `plan` and names them.
pub fn edit(plan: &mut GenPlan, rng: &mut Rng) -> Vec<EditName> {
    (0..1 + rng.below(3)).map(|_| one(plan, rng)).collect()
}

fn one(plan: &mut GenPlan, rng: &mut Rng) -> EditName {
    let words = Words::new(false);
    match rng.below(15) {
        0 => {
            let phrase = words.phrase(rng, 3);
            set_activity_key(plan, rng, "text", Value::String(phrase));
            "an activity's text"
        }
        1 => {
            let fields = plan.column_fields();
            let field = rng.pick(&fields).clone();
            if field == "text" {
                return "nothing";
            }
            let phrase = words.phrase(rng, 2);
            set_activity_key(plan, rng, &field, Value::String(phrase));
            "an activity's column value"
        }
        2 => {
            set_status(plan, rng);
            "an activity's status"
        }
        3 => {
            let status = status_table(plan);
            let shown = status.get("visa_avslutade").and_then(Value::as_bool);
            status.insert(
                "visa_avslutade".into(),
                Value::Boolean(!shown.unwrap_or(true)),
            );
            "whether ended activities are shown"
        }
        4 => {
            let choice = ["ingen", "kolumn", "etikett"][rng.below(3)];
            status_table(plan).insert("markering".into(), Value::String(choice.into()));
            "how status is marked"
        }
        5 => {
            remove_activity(plan, rng);
            "an activity removed"
        }
        6 => {
            swap_activities(plan, rng);
            "two activities swapped"
        }
        7 => {
            add_activity(plan, rng);
            "an activity added"
        }
        8 => {
            let i = rng.below(plan.areas.len());
            let (_, area) = &mut plan.areas[i];
            area.insert("rubrik".into(), Value::String(words.phrase(rng, 3)));
            "an area's heading"
        }
        9 => {
            plan.plan.insert(
                "version".into(),
                Value::String(format!("{}.{}", rng.below(3), rng.below(9))),
            );
            "the version"
        }
        10 => {
            let ids = plan.ids();
            if ids.is_empty() {
                return "nothing";
            }
            let reference = format!("Se punkt [](#{}).", rng.pick(&ids));
            set_activity_key(plan, rng, "text", Value::String(reference));
            "a reference"
        }
        11 => {
            let numbering = ["1", "1.1"][rng.below(2)];
            plan.region
                .insert("numrering".into(), Value::String(numbering.into()));
            "the numbering"
        }
        12 => {
            let columns = plan.region.get_mut("kolumn").and_then(Value::as_array_mut);
            if let Some(column) = columns
                .and_then(|c| c.last_mut())
                .and_then(Value::as_table_mut)
            {
                column.insert("rubrik".into(), Value::String(words.phrase(rng, 2)));
            }
            "a column heading"
        }
        13 => edit_appendix(plan, rng),
        _ => "nothing",
    }
}

/// A random activity's table.
fn some_activity<'p>(plan: &'p mut GenPlan, rng: &mut Rng) -> Option<&'p mut Table> {
    let mut activities = plan.activities_mut();
    if activities.is_empty() {
        return None;
    }
    let i = rng.below(activities.len());
    Some(activities.swap_remove(i))
}

fn set_activity_key(plan: &mut GenPlan, rng: &mut Rng, key: &str, value: Value) {
    if let Some(activity) = some_activity(plan, rng) {
        activity.insert(key.into(), value);
    }
}

fn set_status(plan: &mut GenPlan, rng: &mut Rng) {
    let years = period_years(plan);
    let kinds = ["ny", "reviderad", "fortsätter", "avslutad", "inställd", ""];
    let kind = *rng.pick(&kinds);
    let mut date_rng = Rng(rng.next() | 1);
    let Some(activity) = some_activity(plan, rng) else {
        return;
    };
    for key in ["status", "status_datum", "status_kommentar"] {
        activity.remove(key);
    }
    if kind.is_empty() {
        return;
    }
    activity.insert("status".into(), Value::String(kind.into()));
    if kind == "avslutad" || kind == "inställd" {
        let mut cx = context(&mut date_rng, years);
        activity.insert("status_datum".into(), date(&mut cx, Some(years.0)));
        let note = Words::new(false).phrase(cx.rng, 3);
        activity.insert("status_kommentar".into(), Value::String(note));
    }
}

/// The first and last year of the plan's period.
fn period_years(plan: &GenPlan) -> (i64, i64) {
    let period = plan
        .plan
        .get("period")
        .and_then(Value::as_str)
        .unwrap_or("2026");
    let mut years = period.split('–').filter_map(|y| y.parse::<i64>().ok());
    let first = years.next().unwrap_or(2026);
    (first, years.next().unwrap_or(first))
}

fn context(rng: &mut Rng, years: (i64, i64)) -> Context<'_> {
    Context {
        rng,
        words: Words::new(false),
        years,
        columns: Vec::new(),
        shown_metadata: Vec::new(),
        bodies: Vec::new(),
        goals: Vec::new(),
        ids: Vec::new(),
        planned_ids: Default::default(),
    }
}

fn status_table(plan: &mut GenPlan) -> &mut Table {
    plan.region
        .entry("status")
        .or_insert_with(|| Value::Table(Table::new()))
        .as_table_mut()
        .expect("[status] is a table")
}

fn activities_of<'p>(plan: &'p mut GenPlan, rng: &mut Rng) -> &'p mut Vec<Value> {
    let i = rng.below(plan.areas.len());
    plan.areas[i]
        .1
        .entry("aktivitet")
        .or_insert_with(|| Value::Array(Vec::new()))
        .as_array_mut()
        .expect("[[aktivitet]] is an array")
}

fn remove_activity(plan: &mut GenPlan, rng: &mut Rng) {
    let index = rng.below(8);
    let activities = activities_of(plan, rng);
    if activities.len() > 1 {
        activities.remove(index % activities.len());
    }
}

fn swap_activities(plan: &mut GenPlan, rng: &mut Rng) {
    let (a, b) = (rng.below(8), rng.below(8));
    let activities = activities_of(plan, rng);
    if !activities.is_empty() {
        let n = activities.len();
        activities.swap(a % n, b % n);
    }
}

/// A new activity with the region's required columns, like its neighbours.
fn add_activity(plan: &mut GenPlan, rng: &mut Rng) {
    let template = plan
        .activities_mut()
        .first()
        .map(|a| (*a).clone())
        .unwrap_or_default();
    let years = period_years(plan);
    let mut activity = Table::new();
    let mut seed = Rng(rng.next() | 1);
    let mut cx = context(&mut seed, years);
    let generated = table(&format::ACTIVITY, &mut cx);
    for (key, value) in template {
        if !matches!(
            key.as_str(),
            "id" | "status" | "status_datum" | "status_kommentar"
        ) {
            activity.insert(key, value);
        }
    }
    if let Some(text) = generated.get("text") {
        activity.insert("text".into(), text.clone());
    }
    let index = rng.below(8);
    let activities = activities_of(plan, rng);
    let at = index % (activities.len() + 1);
    activities.insert(at, Value::Table(activity));
}

/// An appendix (`[[bilaga]]`) added, removed, retitled or given a new text.
fn edit_appendix(plan: &mut GenPlan, rng: &mut Rng) -> EditName {
    let words = Words::new(false);
    let appendices = plan
        .plan
        .entry("bilaga")
        .or_insert_with(|| Value::Array(Vec::new()))
        .as_array_mut()
        .expect("[[bilaga]] is an array");
    let Some(i) = (!appendices.is_empty()).then(|| rng.below(appendices.len())) else {
        let mut appendix = Table::new();
        appendix.insert("rubrik".into(), Value::String(words.phrase(rng, 2)));
        appendix.insert("text".into(), Value::String(words.phrase(rng, 5)));
        appendices.push(Value::Table(appendix));
        return "an appendix added";
    };
    match rng.below(3) {
        0 => {
            appendices.remove(i);
            "an appendix removed"
        }
        1 => {
            let appendix = appendices[i].as_table_mut().expect("a table");
            appendix.insert("rubrik".into(), Value::String(words.phrase(rng, 2)));
            "an appendix's heading"
        }
        _ => {
            // A new text in place of its text or file.
            let appendix = appendices[i].as_table_mut().expect("a table");
            appendix.remove("fil");
            appendix.insert("text".into(), Value::String(words.phrase(rng, 5)));
            "an appendix's text"
        }
    }
}
