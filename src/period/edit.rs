//! The edits that turn one period's plan files into the next one's, made
//! with `toml_edit` so that comments and layout survive.

use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;

use toml_edit::{DocumentMut, Item, Table, Value};

use crate::format::{Key, NextPeriod};
use crate::load::Loaded;
use crate::model::{Activity, FieldValue, MetaField, Period, Plan, Rich, SectionPlace};
use crate::report::Message;

/// Edits the files of `loaded` for the period `to`, recording what it did.
pub struct Edit<'a> {
    loaded: &'a Loaded,
    to: Period,
    /// One line per change, for the author.
    pub done: Vec<String>,
    /// Areas whose activities all ended: they are kept as they ended,
    /// for the author to replace with the period's activities.
    pub emptied: Vec<String>,
    /// Section and appendix files (`fil`) named by plan.toml, copied as they are.
    pub section_files: Vec<String>,
    /// Per area file, which activities are left out (ended, and nothing
    /// carried over refers to them).
    pub left_out: BTreeMap<String, Vec<bool>>,
}

impl<'a> Edit<'a> {
    pub fn new(loaded: &'a Loaded, to: Period) -> Self {
        Edit {
            loaded,
            to,
            done: Vec::new(),
            emptied: Vec::new(),
            section_files: Vec::new(),
            left_out: left_out(&loaded.plan),
        }
    }

    fn shows(&self, field: MetaField) -> bool {
        self.loaded
            .region
            .metadata
            .fields
            .iter()
            .any(|(f, _)| *f == field)
    }

    /// plan.toml: each key as the format says it starts a new period
    /// (`Key::next`: the period, a title naming it, version, validity
    /// dates; no approval date, no change log).
    pub fn plan(&mut self, text: &str) -> Result<String, Message> {
        let mut doc = parse(text)?;
        for key in crate::format::PLAN.keys {
            self.plan_key(&mut doc, key)?;
        }
        if let Some(id) = doc.get("dokument_id").and_then(Item::as_str) {
            self.done.push(crate::t!("period-done-id-kept", id = id));
        }
        let kinds = [SectionPlace::BeforeAreas, SectionPlace::Appendix];
        let tables = kinds
            .iter()
            .filter_map(|kind| doc.get(kind.table_key()).and_then(Item::as_array_of_tables));
        self.section_files = (tables.flat_map(|t| t.iter()))
            .filter_map(|s| s.get("fil").and_then(Item::as_str).map(str::to_owned))
            .collect();
        Ok(doc.to_string())
    }

    /// One key of plan.toml, as [`NextPeriod`] says; values are only added
    /// where the old plan had the key or the region requires it.
    fn plan_key(&mut self, doc: &mut Table, key: &Key) -> Result<(), Message> {
        let (name, to) = (key.name, self.to);
        let shown = MetaField::from_key(name).is_some_and(|f| self.shows(f));
        let wanted = doc.contains_key(name) || key.required_when_shown(shown);
        let day = |date: Option<crate::model::Date>| {
            let text = date.map(|d| d.to_string()).unwrap_or_default();
            text.parse::<toml_edit::Datetime>()
                .map_err(|_| crate::msg!("period-no-date", key = name, period = to.to_string()))
        };
        let value: Value = match key.next {
            NextPeriod::Period => to.to_string().into(),
            NextPeriod::RenamePeriod => {
                let Some(old) = doc.get(name).and_then(Item::as_str) else {
                    return Ok(());
                };
                let renamed = rename_period(old, self.loaded.plan.period, to);
                if renamed == old {
                    return Ok(());
                }
                self.done.push(crate::t!(
                    "period-done-renamed",
                    key = name,
                    value = renamed.as_str(),
                    old = old
                ));
                set(doc, name, renamed.into());
                return Ok(());
            }
            NextPeriod::Remove => {
                if doc.remove(name).is_some() {
                    self.done.push(crate::t!(
                        "period-done-removed",
                        key = name,
                        old = self.loaded.plan.period.to_string()
                    ));
                }
                return Ok(());
            }
            NextPeriod::Start(text) if wanted => text.into(),
            NextPeriod::FirstDay if wanted => day(to.first_day())?.into(),
            NextPeriod::LastDay if wanted => day(to.last_day())?.into(),
            _ => return Ok(()),
        };
        let shown = value.to_string().trim().to_owned();
        self.done.push(match key.next {
            NextPeriod::FirstDay | NextPeriod::LastDay => {
                crate::t!("period-done-validity", key = name, date = shown)
            }
            _ => format!("plan.toml: {name} = {shown}"),
        });
        set(doc, name, value);
        Ok(())
    }

    /// An area file: ended activities left out, the others marked
    /// "fortsätter", yearly texts outside the new period removed.
    pub fn area(&mut self, key: &str, text: &str) -> Result<String, Message> {
        let mut doc = parse(text)?;
        let name = crate::format::layout::area_file(key);
        let left_out = self.left_out.get(key).cloned().unwrap_or_default();
        let ended = |i: usize| {
            let area = self.loaded.plan.areas.iter().find(|a| a.key == key);
            area.and_then(|a| a.activities.get(i))
                .is_some_and(has_ended)
        };
        let Some(tables) = doc
            .get_mut("aktivitet")
            .and_then(Item::as_array_of_tables_mut)
        else {
            return Ok(doc.to_string());
        };
        let (mut dropped, mut kept_ended) = (Vec::new(), Vec::new());
        let mut index = 0;
        tables.retain(|table| {
            let keep = !left_out.get(index).copied().unwrap_or(false);
            if !keep {
                dropped.push(describe(table, index));
            } else if ended(index) {
                kept_ended.push(describe(table, index));
            }
            index += 1;
            keep
        });
        let kept_places: Vec<usize> = (0..left_out.len()).filter(|&j| !left_out[j]).collect();
        let (mut kept, mut years) = (0, Vec::new());
        for (table, &place) in tables.iter_mut().zip(&kept_places) {
            // An ended activity that is kept stays as it ended.
            if ended(place) {
                years.extend(self.years_outside(table));
            } else {
                years.extend(self.carry_over(table));
                kept += 1;
            }
        }
        if !dropped.is_empty() {
            self.done.push(crate::t!(
                "period-done-left-out",
                file = name.as_str(),
                activities = dropped.join(", ")
            ));
        }
        if !kept_ended.is_empty() {
            self.done.push(crate::t!(
                "period-done-kept-ended",
                file = name.as_str(),
                activities = kept_ended.join(", ")
            ));
        }
        if kept > 0 {
            self.done.push(crate::t!(
                "period-done-carried",
                file = name.as_str(),
                count = kept
            ));
        } else {
            self.emptied.push(key.to_owned());
        }
        if !years.is_empty() {
            years.sort();
            years.dedup();
            let years: Vec<String> = years.iter().map(i64::to_string).collect();
            self.done.push(crate::t!(
                "period-done-years-removed",
                file = name.as_str(),
                years = years.join(", "),
                period = self.to.to_string()
            ));
        }
        Ok(doc.to_string())
    }

    /// A carried-over activity, each key as [`NextPeriod`] says: marked
    /// continuing, its end date and note removed (they belong to ended
    /// activities), yearly texts outside the new period removed (returned).
    fn carry_over(&self, table: &mut Table) -> Vec<i64> {
        let mut years = Vec::new();
        for key in crate::format::ACTIVITY.keys {
            match key.next {
                NextPeriod::Mark(value) => set(table, key.name, value.into()),
                NextPeriod::Remove => {
                    table.remove(key.name);
                }
                _ => {}
            }
        }
        years.extend(self.years_outside(table));
        years
    }

    /// Removes the yearly texts outside the new period (the keys the
    /// format marks [`NextPeriod::YearsInPeriod`]); returns their years.
    fn years_outside(&self, table: &mut Table) -> Vec<i64> {
        (crate::format::ACTIVITY.keys.iter())
            .filter(|key| matches!(key.next, NextPeriod::YearsInPeriod))
            .flat_map(|key| self.remove_other_years(table, key.name))
            .collect()
    }

    /// Removes the years outside the new period from the year-keyed table
    /// `name` (`[aktivitet.per_ar]`); returns them.
    fn remove_other_years(&self, table: &mut Table, name: &str) -> Vec<i64> {
        let Some(per_year) = table.get_mut(name).and_then(Item::as_table_like_mut) else {
            return Vec::new();
        };
        let outside: Vec<String> = per_year
            .iter()
            .map(|(k, _)| k.to_owned())
            .filter(|k| !k.parse::<i32>().is_ok_and(|y| self.to.contains(y)))
            .collect();
        for key in &outside {
            per_year.remove(key);
        }
        if per_year.is_empty() {
            table.remove(name);
        }
        outside.iter().filter_map(|k| k.parse().ok()).collect()
    }
}

fn has_ended(activity: &Activity) -> bool {
    activity.status.as_ref().is_some_and(|s| s.kind.has_ended())
}

/// Per area, which activities the new period leaves out: those that ended,
/// unless text carried over refers to them (no reference may dangle) or
/// every activity of the area ended (an area keeps at least its rows, and
/// `new` says so). Kept activities' references keep further ones.
fn left_out(plan: &Plan) -> BTreeMap<String, Vec<bool>> {
    let mut out: BTreeMap<String, Vec<bool>> = plan
        .areas
        .iter()
        .map(|area| {
            let all_ended = area.activities.iter().all(has_ended);
            let flags = area.activities.iter().map(|a| has_ended(a) && !all_ended);
            (area.key.clone(), flags.collect())
        })
        .collect();
    loop {
        let referenced = referenced_by_kept(plan, &out);
        let mut changed = false;
        for area in &plan.areas {
            let flags = out.get_mut(&area.key).expect("every area has flags");
            for (flag, activity) in flags.iter_mut().zip(&area.activities) {
                if *flag
                    && activity
                        .id
                        .as_ref()
                        .is_some_and(|id| referenced.contains(id))
                {
                    *flag = false;
                    changed = true;
                }
            }
        }
        if !changed {
            return out;
        }
    }
}

/// The ids that the sections, area introductions and kept activities refer to.
fn referenced_by_kept(plan: &Plan, left_out: &BTreeMap<String, Vec<bool>>) -> HashSet<String> {
    let mut texts: Vec<&Rich> = plan.sections.iter().map(|s| &s.body).collect();
    for area in &plan.areas {
        texts.extend(&area.intro);
        let flags = &left_out[&area.key];
        for (activity, _) in area.activities.iter().zip(flags).filter(|(_, out)| !**out) {
            texts.extend(activity_texts(activity));
        }
    }
    texts.iter().flat_map(|t| t.referenced_ids()).collect()
}

fn rich(value: &FieldValue) -> Option<&Rich> {
    match value {
        FieldValue::Rich(r) => Some(r),
        FieldValue::Lines(_) => None,
    }
}

/// Every formatted text of an activity and its parts.
fn activity_texts(activity: &Activity) -> Vec<&Rich> {
    let mut texts: Vec<&Rich> = activity.text.iter().collect();
    texts.extend(activity.per_year.values());
    texts.extend(activity.fields.values().filter_map(rich));
    for part in &activity.parts {
        texts.push(&part.text);
        texts.extend(part.fields.values().filter_map(rich));
    }
    texts
}

/// Parses a file the loader has already read without errors.
fn parse(text: &str) -> Result<DocumentMut, Message> {
    text.parse().map_err(|e: toml_edit::TomlError| {
        crate::msg!("period-unparsable", error = e.message().to_owned())
    })
}

/// Sets `key` to `value`, keeping the comment and spacing around an old value.
fn set(table: &mut Table, key: &str, mut value: Value) {
    match table.get_mut(key) {
        Some(Item::Value(old)) => {
            *value.decor_mut() = old.decor().clone();
            *old = value;
        }
        _ => {
            table.insert(key, Item::Value(value));
        }
    }
}

/// An activity as the author knows it: its id, or its place.
fn describe(table: &Table, index: usize) -> String {
    match table.get("id").and_then(Item::as_str) {
        Some(id) => format!("\"{id}\""),
        None => crate::t!("period-activity-number", number = index + 1),
    }
}

/// A title with the old period replaced by the new one, in either spelling
/// ("2026–2027" or "2026-2027").
pub fn rename_period(text: &str, from: Period, to: Period) -> String {
    let renamed = text.replace(&from.to_string(), &to.to_string());
    if from.first == from.last {
        // One spelling only; a second pass could rename the new period again.
        return renamed;
    }
    renamed.replace(&from.slug(), &to.slug())
}

/// Lines of the new files that still name a year of the old period, as
/// `path:line: text`, for the author to read through.
pub fn mentions(files: &[(PathBuf, String)], old: Period, dir: &str) -> Vec<String> {
    let years: Vec<String> = (old.first..=old.last).map(|y| y.to_string()).collect();
    let mut out = Vec::new();
    for (name, text) in files {
        for (i, line) in text.lines().enumerate() {
            if years.iter().any(|y| names_year(line, y)) {
                let line: String = line.trim().chars().take(80).collect();
                out.push(format!(
                    "{dir}/{}:{}: {line}",
                    name.to_string_lossy(),
                    i + 1
                ));
            }
        }
    }
    out
}

/// Whether `line` holds `year` as a number of its own (not inside a longer one).
fn names_year(line: &str, year: &str) -> bool {
    line.match_indices(year).any(|(at, _)| {
        let before = line[..at].chars().next_back();
        let after = line[at + year.len()..].chars().next();
        !before.is_some_and(|c| c.is_ascii_digit()) && !after.is_some_and(|c| c.is_ascii_digit())
    })
}

#[cfg(test)]
mod tests {
    use super::{Period, names_year, rename_period};

    #[test]
    fn a_year_is_found_only_as_a_number_of_its_own() {
        assert!(names_year("under år 2022", "2022"));
        assert!(names_year("2022-12-31", "2022"));
        assert!(!names_year("Läkemedelsplan 2020-2023", "2022"));
        assert!(!names_year("id 120225", "2022"));
    }

    #[test]
    fn titles_get_the_new_period_in_either_spelling() {
        let p = |s| Period::parse(s).unwrap();
        assert_eq!(
            rename_period("Handlingsplan 2022 för X", p("2022"), p("2023")),
            "Handlingsplan 2023 för X"
        );
        assert_eq!(
            rename_period("Plan 2026–2027 (2026-2027)", p("2026-2027"), p("2028-2029")),
            "Plan 2028–2029 (2028-2029)"
        );
        assert_eq!(
            rename_period("Plan 2022", p("2022"), p("2023-2024")),
            "Plan 2023–2024"
        );
        assert_eq!(
            rename_period("Plan 2022", p("2022"), p("2021-2022")),
            "Plan 2021–2022"
        );
    }
}
