//! Loads one strategy area file: its title, introduction and activities.

use std::cell::Cell;
use std::collections::{BTreeMap, HashMap};
use std::ops::Range;

use toml::Spanned;
use toml::de::DeValue;

use super::table::Table;
use super::{Context, Locus, prose};
use crate::model::{
    Activity, Area, BUILTIN_FIELDS, Column, FieldValue, Part, Period, Region, TEXT_FIELD, is_id,
};
use crate::report::{FileId, Hint, Problem, Subject, error_at};

/// Activity ids seen so far in the plan, with where they were defined.
pub type Ids = HashMap<String, (FileId, Range<usize>)>;

/// Problems found, each marked `true` if it is about an unknown key.
type Marked = Vec<(Problem, bool)>;

#[allow(clippy::too_many_arguments)]
pub fn read(
    mut root: Table,
    key: &str,
    index: usize,
    region: &Region,
    period: Option<Period>,
    ids: &mut Ids,
    cx: &mut Context,
) -> (Area, Vec<Problem>) {
    let mut problems = Vec::new();
    cx.positions.set(Locus::Area(index), root.file, 0..0);
    let title = root
        .required_string("rubrik")
        .map(Spanned::into_inner)
        .unwrap_or_default();
    let intro = root
        .string("inledning")
        .map(|s| prose::value(&mut root, &s, cx))
        .filter(|r| !r.is_empty());
    let heading_overrides = read_heading_overrides(&mut root, region);

    let tables = root.tables("aktivitet");
    if tables.is_empty() {
        root.missing("aktivitet");
    }
    let columns: Vec<&Column> = region
        .columns
        .iter()
        .filter(|c| c.field != TEXT_FIELD)
        .collect();
    let mut activities = Vec::new();
    for table in tables {
        cx.positions.set(
            Locus::Activity(index, activities.len()),
            table.file,
            table.span.clone(),
        );
        let reader = ActivityReader {
            region,
            columns: &columns,
            period,
            cx: &mut *cx,
        };
        if let Some(activity) = reader.read(table, ids, &mut problems) {
            activities.push(activity);
        }
    }
    problems.extend(finish(root, |_| None));
    let area = Area {
        key: key.to_owned(),
        title,
        intro,
        heading_overrides,
        activities,
    };
    (area, one_message_per_unknown_key(problems))
}

/// Ends reading `table` like [`Table::finish`], marking the problems about
/// unknown keys: `finish` reports them last, one per call of `explain`.
fn finish(table: Table, explain: impl Fn(&str) -> Option<String>) -> Marked {
    let unknown = Cell::new(0);
    let problems = table.finish(|key| {
        unknown.set(unknown.get() + 1);
        explain(key)
    });
    let first_unknown = problems.len().saturating_sub(unknown.get());
    (problems.into_iter().enumerate())
        .map(|(i, problem)| (problem, i >= first_unknown))
        .collect()
}

/// A key written the same wrong way in every activity is one mistake:
/// keep its first message and count the rest.
fn one_message_per_unknown_key(problems: Marked) -> Vec<Problem> {
    let mut out: Vec<Problem> = Vec::new();
    let mut repeats: Vec<(usize, usize)> = Vec::new(); // (index in out, count)
    for (problem, unknown) in problems {
        let first = out
            .iter()
            .position(|p| unknown && p.message == problem.message);
        match first {
            Some(i) => match repeats.iter_mut().find(|(j, _)| *j == i) {
                Some((_, n)) => *n += 1,
                None => repeats.push((i, 1)),
            },
            None => out.push(problem),
        }
    }
    for (i, n) in repeats {
        out[i]
            .notes
            .push(crate::t!("plan-same-unknown-key", count = n));
    }
    out
}

fn read_heading_overrides(root: &mut Table, region: &Region) -> BTreeMap<String, String> {
    let mut overrides = BTreeMap::new();
    for (key, heading) in root.text_map("kolumnrubriker") {
        if region.columns.iter().any(|c| &c.field == key.get_ref()) {
            overrides.insert(key.into_inner(), heading.into_inner());
            continue;
        }
        let columns = region
            .columns
            .iter()
            .map(|c| c.field.as_str())
            .collect::<Vec<_>>();
        let name = key.get_ref();
        let mut problem = error_at(
            root.file,
            key.span(),
            crate::msg!("plan-heading-unknown-key", key = name),
            crate::t!("plan-heading-unknown-key.label"),
        );
        problem = match crate::report::did_you_mean(name, columns.iter().copied()) {
            Some(near) => problem.hint(crate::t!("plan-did-you-mean", near = near)),
            None => problem.hint(crate::t!(
                "plan-heading-unknown-key.hint",
                key = name,
                columns = columns.join(", ")
            )),
        };
        root.report(problem);
    }
    overrides
}

/// Reads activities against the region's columns.
struct ActivityReader<'r, 'c, 'l> {
    region: &'r Region,
    /// The columns other than `text`.
    columns: &'r [&'r Column],
    period: Option<Period>,
    cx: &'c mut Context<'l>,
}

impl ActivityReader<'_, '_, '_> {
    fn read(mut self, mut table: Table, ids: &mut Ids, problems: &mut Marked) -> Option<Activity> {
        let id = read_id(&mut table, ids);
        let title = table.string("titel").map(Spanned::into_inner);
        let text = table
            .string(TEXT_FIELD)
            .map(|s| prose::cell(&mut table, &s, self.cx));
        let per_year = self.read_per_year(&mut table);
        let status = super::status::read_activity(&mut table, self.period);
        let goals = super::goals::read_activity(
            &mut table,
            self.region.goals.as_deref(),
            self.cx.unchecked_goals,
        );
        let mut fields = BTreeMap::new();
        let mut field_spans = BTreeMap::new();
        for column in self.columns {
            if let Some(value) = self.read_field(&mut table, column) {
                field_spans.insert(column.field.clone(), value.span());
                fields.insert(column.field.clone(), value.into_inner());
            }
        }
        let part_tables = table.tables("del");
        let has_parts = !part_tables.is_empty();
        let mut parts = Vec::new();
        let mut part_keys = Vec::new();
        for part_table in part_tables {
            let (part, span, present) = self.read_part(part_table, &field_spans, problems);
            part_keys.push((span, present));
            parts.extend(part);
        }
        self.check_required(&mut table, has_parts, &part_keys);
        self.count_use(&table, &part_keys);
        if text.is_none() && title.is_none() && !has_parts {
            table.missing_because(
                TEXT_FIELD,
                crate::msg!("plan-activity-no-text"),
                Some(crate::t!("plan-activity-no-text.hint")),
            );
        }
        let region = self.region;
        let marked = finish(table, |key| unknown_field_hint(key, region));
        self.count_unknown(&marked);
        problems.extend(marked);
        Some(Activity {
            id,
            title,
            text: text.filter(|t| !t.is_empty()),
            per_year,
            fields,
            parts,
            status,
            goals,
        })
    }

    /// One `[[aktivitet.del]]`: the part, its span and the column keys it sets.
    fn read_part(
        &mut self,
        mut table: Table,
        activity_fields: &BTreeMap<String, std::ops::Range<usize>>,
        problems: &mut Marked,
    ) -> (Option<Part>, std::ops::Range<usize>, Vec<String>) {
        let file = table.file;
        let span = table.span.clone();
        let text = table
            .required_string(TEXT_FIELD)
            .map(|s| prose::cell(&mut table, &s, self.cx));
        let mut fields = BTreeMap::new();
        for column in self.columns {
            let Some(value) = self.read_field(&mut table, column) else {
                continue;
            };
            if let Some(activity_span) = activity_fields.get(&column.field) {
                table.report(
                    error_at(
                        file,
                        value.span(),
                        crate::msg!("plan-field-on-activity-and-part", key = &column.field),
                        crate::t!("plan-field-on-activity-and-part.label"),
                    )
                    .also_at(
                        file,
                        activity_span.clone(),
                        crate::t!("plan-field-on-activity-and-part.activity"),
                    )
                    .hint(crate::t!("plan-field-on-activity-and-part.hint")),
                );
            }
            fields.insert(column.field.clone(), value.into_inner());
        }
        let present = self
            .columns
            .iter()
            .filter(|c| table.contains(&c.field))
            .map(|c| c.field.clone())
            .collect();
        let region = self.region;
        let marked = finish(table, |key| unknown_field_hint(key, region));
        self.count_unknown(&marked);
        problems.extend(marked);
        let part = text.map(|text| Part { text, fields });
        (part, span, present)
    }

    /// Counts the activity, and the columns it (or one of its parts) fills.
    fn count_use(&mut self, table: &Table, parts: &[(std::ops::Range<usize>, Vec<String>)]) {
        let usage = &mut *self.cx.column_use;
        usage.rows += 1;
        for column in self.columns {
            let key = &column.field;
            if table.contains(key) || parts.iter().any(|(_, keys)| keys.contains(key)) {
                *usage.filled.entry(key.clone()).or_default() += 1;
            }
        }
    }

    /// Counts the unknown keys of an activity or part.
    fn count_unknown(&mut self, marked: &Marked) {
        for (problem, _) in marked {
            if let Some(Subject::Unknown { key, .. }) = &problem.subject {
                *self.cx.column_use.unknown.entry(key.clone()).or_default() += 1;
            }
        }
    }

    /// Required columns: on the activity, or on every one of its parts.
    fn check_required(
        &self,
        table: &mut Table,
        has_parts: bool,
        parts: &[(std::ops::Range<usize>, Vec<String>)],
    ) {
        for column in self.columns.iter().filter(|c| c.required) {
            let key = &column.field;
            if table.contains(key) {
                continue;
            }
            let optional = crate::t!("plan-column-may-be-optional", key = key);
            let heading = &column.heading;
            if has_parts {
                for (span, _) in parts.iter().filter(|(_, keys)| !keys.contains(key)) {
                    table.report(
                        error_at(
                            table.file,
                            span.clone(),
                            crate::msg!("plan-part-missing-field", key = key, heading = heading),
                            crate::t!("plan-required-here", key = key),
                        )
                        .hint(crate::t!(
                            "plan-part-missing-field.hint",
                            key = key,
                            optional = &optional
                        ))
                        .about(Subject::Missing {
                            table: crate::format::PART.name,
                            key: key.clone(),
                        }),
                    );
                }
            } else {
                table.missing_because(
                    key,
                    crate::msg!("plan-activity-missing-field", key = key, heading = heading),
                    Some(crate::t!(
                        "plan-activity-missing-field.hint",
                        key = key,
                        optional = optional
                    )),
                );
            }
        }
    }

    /// Texts for each year of a multi-year plan: `[aktivitet.per_ar]` with `2026 = "…"`.
    fn read_per_year(&mut self, table: &mut Table) -> BTreeMap<i32, crate::model::Rich> {
        let mut per_year = BTreeMap::new();
        for (key, value) in table.text_map("per_ar") {
            let year = key.get_ref().parse::<i32>().ok();
            let in_period = match (year, self.period) {
                (Some(year), Some(period)) => period.contains(year),
                (Some(_), None) => true,
                (None, _) => false,
            };
            let Some(year) = year.filter(|_| in_period) else {
                let period = self.period.map_or("?".to_owned(), |p| p.to_string());
                let first = self.period.map_or(2026, |p| p.first);
                table.report(
                    error_at(
                        table.file,
                        key.span(),
                        crate::msg!(
                            "plan-year-not-in-period",
                            year = key.get_ref(),
                            period = period
                        ),
                        crate::t!("plan-year-not-in-period.label"),
                    )
                    .hint(crate::t!(
                        "plan-year-not-in-period.hint",
                        first = first.to_string()
                    )),
                );
                continue;
            };
            per_year.insert(year, prose::cell(table, &value, self.cx));
        }
        per_year
    }

    /// A column value: `ansvarig`, `tid` and `rapportering` are plain lines;
    /// region-defined columns are Markdown, or a list of plain lines.
    fn read_field(&mut self, table: &mut Table, column: &Column) -> Option<Spanned<FieldValue>> {
        let key = column.field.as_str();
        let builtin = BUILTIN_FIELDS.contains(&key);
        let written = table.get(key)?;
        let is_single_text = matches!(written.get_ref(), DeValue::String(_));
        let spans: Vec<Range<usize>> = match written.get_ref() {
            DeValue::Array(items) => items.iter().map(Spanned::span).collect(),
            _ => vec![written.span()],
        };
        let lines = table.lines(key)?;
        let span = lines.span();
        if lines.get_ref().iter().all(|l| l.trim().is_empty()) {
            let hint = if column.required {
                crate::t!("plan-empty-required-field", key = key)
            } else {
                crate::t!("plan-empty-optional-field", heading = &column.heading)
            };
            table.empty_with_hint(key, span, hint);
            return None;
        }
        if super::organ::names_bodies(key) {
            let entries: Vec<_> = lines.get_ref().iter().cloned().zip(spans).collect();
            let file = table.file;
            let register = &self.region.register;
            for problem in super::organ::check(register, file, key, &entries, is_single_text) {
                table.report(problem);
            }
        }
        let value = if !builtin && is_single_text {
            let text = Spanned::new(span.clone(), lines.into_inner().remove(0));
            FieldValue::Rich(prose::cell(table, &text, self.cx))
        } else {
            prose::plain_lines(table, span.clone(), lines.get_ref(), self.cx);
            FieldValue::Lines(lines.into_inner())
        };
        Some(Spanned::new(span, value))
    }
}

/// Explains a standard field that this region has no column for, or a key
/// written with å, ä or ö.
fn unknown_field_hint(key: &str, region: &Region) -> Option<String> {
    if !key.is_ascii() {
        return Some(crate::t!(
            "plan-key-without-swedish-letters",
            key = crate::report::fold(key),
            columns = column_list(region)
        ));
    }
    BUILTIN_FIELDS.contains(&key).then(|| {
        crate::t!(
            "plan-no-such-column",
            key = key,
            columns = column_list(region)
        )
    })
}

fn column_list(region: &Region) -> String {
    region
        .columns
        .iter()
        .map(|c| format!("`{}`", c.field))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The activity ids (`id` in each `[[aktivitet]]`) an area file's table
/// holds, read without checking anything else: what is known of a file
/// whose syntax could not be made out.
pub fn ids_written(root: &toml::de::DeTable) -> Vec<String> {
    let Some(DeValue::Array(activities)) = root.get("aktivitet").map(Spanned::get_ref) else {
        return Vec::new();
    };
    (activities.iter())
        .filter_map(|activity| match activity.get_ref() {
            DeValue::Table(table) => match table.get("id").map(Spanned::get_ref) {
                Some(DeValue::String(id)) => Some(id.to_string()),
                _ => None,
            },
            _ => None,
        })
        .collect()
}

fn read_id(table: &mut Table, ids: &mut Ids) -> Option<String> {
    let id = table.string("id")?;
    let name = id.get_ref();
    if !is_id(name) {
        table.report(
            error_at(
                table.file,
                id.span(),
                crate::msg!("plan-invalid-id", id = name),
                crate::t!("plan-invalid-id.label"),
            )
            .hint(crate::t!("plan-invalid-id.hint")),
        );
        return None;
    }
    if let Some((first_file, first_span)) = ids.get(name) {
        table.report(
            error_at(
                table.file,
                id.span(),
                crate::msg!("plan-duplicate-id", id = name),
                crate::t!("plan-duplicate-id.label"),
            )
            .also_at(
                *first_file,
                first_span.clone(),
                crate::t!("plan-duplicate-id.first"),
            )
            .hint(crate::t!("plan-duplicate-id.hint")),
        );
        return None;
    }
    ids.insert(name.clone(), (table.file, id.span()));
    Some(id.into_inner())
}
