//! Loads one strategy area file: its title, introduction and activities.

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;

use toml::Spanned;
use toml::de::DeValue;

use super::markdown;
use super::table::Table;
use crate::model::{
    Activity, Area, BUILTIN_FIELDS, Column, FieldValue, Part, Period, Region, TEXT_FIELD,
};
use crate::report::{FileId, Hint, Problem, error_at};

/// Activity ids seen so far in the plan, with where they were defined.
pub type Ids = HashMap<String, (FileId, Range<usize>)>;

pub fn read(
    mut root: Table,
    region: &Region,
    period: Period,
    ids: &mut Ids,
) -> (Area, Vec<Problem>) {
    let mut problems = Vec::new();
    let what = "this area file";
    let title = root
        .required_string("rubrik", what, "rubrik = \"Rätt läkemedelsbehandling\"")
        .map(Spanned::into_inner)
        .unwrap_or_default();
    let intro = root
        .string("inledning", "inledning = \"År 2022 ska …\"")
        .map(|s| markdown::parse_rich(s.get_ref()))
        .filter(|r| !r.is_empty());
    let heading_overrides = read_heading_overrides(&mut root, region, &mut problems);

    let example = "[[aktivitet]]\ntext = \"…\"\nansvarig = \"…\"";
    let tables = root.tables("aktivitet", example);
    if tables.is_empty() {
        root.missing("aktivitet", what, "[[aktivitet]] tables, one per activity");
    }
    let columns: Vec<&Column> = region
        .columns
        .iter()
        .filter(|c| c.field != TEXT_FIELD)
        .collect();
    let mut activities = Vec::new();
    for table in tables {
        if let Some(activity) = read_activity(table, region, &columns, period, ids, &mut problems) {
            activities.push(activity);
        }
    }
    problems.extend(root.finish("an area file", |_| None));
    let area = Area {
        title,
        intro,
        heading_overrides,
        activities,
    };
    (area, problems)
}

fn read_heading_overrides(
    root: &mut Table,
    region: &Region,
    problems: &mut Vec<Problem>,
) -> BTreeMap<String, String> {
    let mut overrides = BTreeMap::new();
    let Some(mut table) = root.table(
        "kolumnrubriker",
        "[kolumnrubriker]\ntext = \"Aktivitet/Mål\"",
    ) else {
        return overrides;
    };
    for column in &region.columns {
        if let Some(heading) = table.string(
            &column.field,
            &format!("{} = \"{}\"", column.field, column.heading),
        ) {
            overrides.insert(column.field.clone(), heading.into_inner());
        }
    }
    problems.extend(table.finish("[kolumnrubriker]", |key| {
        Some(format!(
            "`{key}` is not one of this region's columns ({}); columns are set in region.toml",
            region
                .columns
                .iter()
                .map(|c| c.field.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ))
    }));
    overrides
}

fn read_activity(
    mut table: Table,
    region: &Region,
    columns: &[&Column],
    period: Period,
    ids: &mut Ids,
    problems: &mut Vec<Problem>,
) -> Option<Activity> {
    let file = table.file;
    let id = read_id(&mut table, ids);
    let title = table
        .string("titel", "titel = \"Läkemedelsgenomgångar\"")
        .map(Spanned::into_inner);
    let text = table
        .string(
            TEXT_FIELD,
            "text = \"Upprätthåll färre än 250 antibiotikarecept …\"",
        )
        .map(|s| markdown::parse_rich(s.get_ref()));
    let per_year = read_per_year(&mut table, period);
    let mut fields = BTreeMap::new();
    let mut field_spans = BTreeMap::new();
    for column in columns {
        if let Some(value) = read_field(&mut table, &column.field) {
            field_spans.insert(column.field.clone(), value.span());
            fields.insert(column.field.clone(), value.into_inner());
        }
    }
    let part_tables = table.tables("del", "[[aktivitet.del]]\ntext = \"…\"\nansvarig = \"…\"");
    let has_parts = !part_tables.is_empty();
    let mut parts = Vec::new();
    let mut part_field_sets = Vec::new();
    for mut part_table in part_tables {
        let part_span = part_table.span.clone();
        let part_text = part_table
            .required_string(TEXT_FIELD, "this part", "text = \"…\"")
            .map(|s| markdown::parse_rich(s.get_ref()));
        let mut part_fields = BTreeMap::new();
        for column in columns {
            if let Some(value) = read_field(&mut part_table, &column.field) {
                if let Some(activity_span) = field_spans.get(&column.field) {
                    part_table.report(
                        error_at(file, value.span(), format!("`{}` is set both on the activity and on this part", column.field), "set on the part")
                            .also_at(file, activity_span.clone(), "set on the activity")
                            .hint("keep it on the activity when it is shared by all parts, otherwise on each part"),
                    );
                }
                part_fields.insert(column.field.clone(), value.into_inner());
            }
        }
        let present: Vec<String> = columns
            .iter()
            .filter(|c| part_table.contains(&c.field))
            .map(|c| c.field.clone())
            .collect();
        part_field_sets.push((part_span, present));
        problems.extend(part_table.finish("a part ([[aktivitet.del]])", |key| {
            unknown_field_hint(key, region)
        }));
        if let Some(text) = part_text {
            parts.push(Part {
                text,
                fields: part_fields,
            });
        }
    }

    // Required columns: on the activity, or on every one of its parts.
    for column in columns.iter().filter(|c| c.required) {
        if table.contains(&column.field) {
            continue;
        }
        let key = &column.field;
        let example = format!("{key} = \"…\"");
        if has_parts {
            for (span, keys) in &part_field_sets {
                if !keys.contains(key) {
                    table.report(
                        error_at(file, span.clone(), format!("this part has no `{key}`, which the column \"{}\" needs", column.heading), format!("`{key}` is required here"))
                            .hint(format!("add {example} to the part, or once to the activity if all parts share it")),
                    );
                }
            }
        } else {
            let message = format!(
                "this activity has no `{key}`, which the column \"{}\" needs",
                column.heading
            );
            table.missing_because(key, message, &example);
        }
    }
    if text.is_none() && title.is_none() && !has_parts {
        table.missing(
            TEXT_FIELD,
            "this activity",
            "text = \"Beskriv aktiviteten här\"",
        );
    }
    problems.extend(table.finish("an activity ([[aktivitet]])", |key| {
        unknown_field_hint(key, region)
    }));
    Some(Activity {
        id,
        title,
        text: text.filter(|t| !t.is_empty()),
        per_year,
        fields,
        parts,
    })
}

/// Explains a standard field that this region has no column for.
fn unknown_field_hint(key: &str, region: &Region) -> Option<String> {
    BUILTIN_FIELDS.contains(&key).then(|| {
        format!(
            "this region's tables have no `{key}` column; its columns are {} (see region.toml)",
            region
                .columns
                .iter()
                .map(|c| format!("`{}`", c.field))
                .collect::<Vec<_>>()
                .join(", ")
        )
    })
}

fn read_id(table: &mut Table, ids: &mut Ids) -> Option<String> {
    let id = table.string("id", "id = \"lakemedelsgenomgangar\"")?;
    let name = id.get_ref();
    let valid = !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !valid {
        table.report(
            error_at(
                table.file,
                id.span(),
                format!("\"{name}\" is not a valid id"),
                "ids may only hold a-z, 0-9 and -",
            )
            .hint("write ids like id = \"lakemedelsgenomgangar-2022\" (no spaces or å, ä, ö)"),
        );
        return None;
    }
    if let Some((first_file, first_span)) = ids.get(name) {
        table.report(
            error_at(
                table.file,
                id.span(),
                format!("the id \"{name}\" is used twice"),
                "second use",
            )
            .also_at(*first_file, first_span.clone(), "first use")
            .hint("ids must be unique in the plan; rename one of them"),
        );
        return None;
    }
    ids.insert(name.clone(), (table.file, id.span()));
    Some(id.into_inner())
}

/// Texts for each year of a multi-year plan: `[aktivitet.per_ar]` with `2026 = "…"`.
fn read_per_year(table: &mut Table, period: Period) -> BTreeMap<i32, crate::model::Rich> {
    let mut per_year = BTreeMap::new();
    let Some(mut years) = table.table("per_ar", "[aktivitet.per_ar]\n2026 = \"…\"") else {
        return per_year;
    };
    let file = years.file;
    for (key, value) in years.entries() {
        let year = key
            .get_ref()
            .parse::<i32>()
            .ok()
            .filter(|y| period.contains(*y));
        let Some(year) = year else {
            years.report(
                error_at(
                    file,
                    key.span(),
                    format!(
                        "`{}` is not a year of this plan's period ({period})",
                        key.get_ref()
                    ),
                    "not in the period",
                )
                .hint(format!(
                    "use the years of `period` in plan.toml as keys, e.g. {} = \"…\"",
                    period.first
                )),
            );
            continue;
        };
        match value.get_ref() {
            DeValue::String(s) => {
                per_year.insert(year, markdown::parse_rich(s));
            }
            _ => years.wrong_type(
                key.get_ref(),
                value,
                "a text in quotes",
                &format!("{year} = \"…\""),
            ),
        }
    }
    for problem in years.into_problems() {
        table.report(problem);
    }
    per_year
}

/// A column value: `ansvarig`, `tid` and `rapportering` are plain lines;
/// region-defined columns are Markdown, or a list of plain lines.
fn read_field(table: &mut Table, key: &str) -> Option<Spanned<FieldValue>> {
    let example = format!("{key} = \"…\" or {key} = [\"…\", \"…\"]");
    let builtin = BUILTIN_FIELDS.contains(&key);
    let is_single_text = matches!(table.get(key)?.get_ref(), DeValue::String(_));
    let lines = table.lines(key, &example)?;
    let span = lines.span();
    if lines.get_ref().iter().all(|l| l.trim().is_empty()) {
        table.empty(key, span, &example);
        return None;
    }
    let value = if !builtin && is_single_text {
        FieldValue::Rich(markdown::parse_rich(&lines.get_ref()[0]))
    } else {
        FieldValue::Lines(lines.into_inner())
    };
    Some(Spanned::new(span, value))
}
