//! Loads `plan.toml`: a plan period's metadata, prose sections, appendices and area order.

use toml::Spanned;

use super::folder::relative;
use super::table::Table;
use super::{Context, Locus, outside, prose};
use crate::format::Required;
use crate::model::{Change, MetaField, Metadata, Period, Plan, Region, Section, SectionPlace};
use crate::report::{FileId, Hint, Problem, error_at, named_at, warning_at};

/// `plan.toml` read: the plan without its areas, and the area file names in order.
pub struct PlanFile {
    pub plan: Plan,
    pub area_names: Vec<Spanned<String>>,
    /// `plan.toml` itself, for problems with the area list.
    pub file: FileId,
}

pub fn read(
    mut root: Table,
    region: Option<&Region>,
    cx: &mut Context,
) -> (PlanFile, Vec<Problem>) {
    let file = root.file;
    let mut problems = Vec::new();
    // Where the approval date is written, or would be: `build --slutlig`
    // points there when a draft is refused.
    let approval =
        (root.get("godkant_datum").map(|v| v.span())).unwrap_or(root.span.start..root.span.start);
    (cx.positions).set(
        Locus::Key(crate::format::PLAN.name, "godkant_datum"),
        file,
        approval,
    );
    let meta = read_meta(&mut root);
    let period = read_period(&mut root);
    let keywords = root
        .string_list("nyckelord")
        .unwrap_or_default()
        .into_iter()
        .map(Spanned::into_inner)
        .collect();
    // An empty heading is no heading.
    let activities_heading = match root.string("aktiviteter_rubrik") {
        Some(heading) if heading.get_ref().trim().is_empty() => None,
        Some(heading) => Some(heading.into_inner()),
        None => Some("Aktiviteter".to_owned()),
    };

    let area_names = read_area_names(&mut root);

    let sections = read_sections(&mut root, cx, &mut problems);
    let changes = read_changes(&mut root, cx, &mut problems);

    if let Some(region) = region {
        check_shown_metadata(&mut root, region, &meta, period);
    }
    problems.extend(root.finish(|_| None));
    let plan = Plan {
        meta,
        period: period.unwrap_or(Period { first: 0, last: 0 }),
        sections,
        activities_heading,
        areas: Vec::new(),
        keywords,
        changes,
        rounds: Vec::new(),
    };
    (
        PlanFile {
            plan,
            area_names,
            file,
        },
        problems,
    )
}

/// The plan when plan.toml could not be read: no metadata, prose or
/// versions, so that its areas can still be read and checked.
pub fn unread() -> Plan {
    Plan {
        meta: Metadata::default(),
        period: Period { first: 0, last: 0 },
        sections: Vec::new(),
        activities_heading: None,
        areas: Vec::new(),
        keywords: Vec::new(),
        changes: Vec::new(),
        rounds: Vec::new(),
    }
}

/// The document's metadata; `giltig_till` may not come before `giltig_fran`.
fn read_meta(root: &mut Table) -> Metadata {
    let file = root.file;
    let text = |root: &mut Table, key: &'static str| root.string(key).map(Spanned::into_inner);
    let titel = root
        .required_string("titel")
        .map(Spanned::into_inner)
        .unwrap_or_default();
    let meta = Metadata {
        titel,
        handlingstyp: text(root, "handlingstyp"),
        galler_for: text(root, "galler_for"),
        dokument_id: text(root, "dokument_id"),
        version: text(root, "version"),
        godkant_datum: root.date("godkant_datum"),
        godkand_av: text(root, "godkand_av"),
        ansvarig: text(root, "ansvarig"),
        innehallsansvar: text(root, "innehallsansvar"),
        upprattad_av: text(root, "upprattad_av"),
        giltig_fran: root.date("giltig_fran"),
        giltig_till: root.date("giltig_till"),
    };
    if let (Some(from), Some(to)) = (meta.giltig_fran, meta.giltig_till)
        && from > to
    {
        let span = root.get("giltig_till").map(|v| v.span()).unwrap_or(0..0);
        root.report(
            error_at(
                file,
                span,
                crate::msg!(
                    "plan-valid-to-before-from",
                    to = to.to_string(),
                    from = from.to_string()
                ),
                crate::t!("plan-valid-to-before-from.label"),
            )
            .hint(crate::t!("plan-valid-to-before-from.hint")),
        );
    }
    meta
}

/// The area file names in `omraden`, in order (required).
fn read_area_names(root: &mut Table) -> Vec<Spanned<String>> {
    match root.string_list("omraden") {
        Some(names) => names,
        None => {
            if root.get("omraden").is_none() {
                root.missing("omraden");
            }
            Vec::new()
        }
    }
}

fn read_period(root: &mut Table) -> Option<Period> {
    let file = root.file;
    let Some(value) = root.get("period") else {
        root.missing("period");
        return None;
    };
    let text = match value.get_ref() {
        toml::de::DeValue::String(s) => s.to_string(),
        toml::de::DeValue::Integer(i) => i.as_str().to_owned(),
        _ => {
            root.wrong_type("period", value);
            return None;
        }
    };
    let period = Period::parse(&text);
    if period.is_none() {
        root.report(
            error_at(
                file,
                value.span(),
                crate::msg!("plan-not-a-period", text = &text),
                crate::t!("plan-not-a-period.label"),
            )
            .hint(crate::t!(
                "plan-not-a-period.hint",
                min = Period::YEARS.start().to_string(),
                max = Period::YEARS.end().to_string(),
                years = Period::MAX_YEARS
            )),
        );
    }
    period
}

/// The prose sections, `[[avsnitt]]` then the appendices `[[bilaga]]`, in
/// one list: both are a heading with Markdown from `text` or `fil`.
fn read_sections(root: &mut Table, cx: &mut Context, problems: &mut Vec<Problem>) -> Vec<Section> {
    let mut sections = Vec::new();
    for kind in [SectionPlace::BeforeAreas, SectionPlace::Appendix] {
        for mut table in root.tables(kind.table_key()) {
            let place = match kind {
                SectionPlace::BeforeAreas if table.choice("placering") == Some("efter") => {
                    SectionPlace::AfterAreas
                }
                kind => kind,
            };
            let section = read_section(&mut table, place, sections.len(), cx);
            problems.extend(table.finish(|_| None));
            sections.extend(section);
        }
    }
    sections
}

/// One section's heading and text; `index`: its place among the sections.
fn read_section(
    table: &mut Table,
    place: SectionPlace,
    index: usize,
    cx: &mut Context,
) -> Option<Section> {
    let file = table.file;
    let kind = place.table_key();
    let title = table.required_string("rubrik");
    let inline = table.string("text");
    let path = table.string("fil");
    let body = match (inline, path) {
        (Some(text), None) => Some(prose::value(table, &text, cx)),
        (None, Some(path)) => read_section_file(table, &path, kind, cx),
        (Some(text), Some(_)) => {
            table.report(
                error_at(
                    file,
                    text.span(),
                    crate::msg!("plan-section-text-and-file", table = kind),
                    crate::t!("plan-section-text-and-file.label"),
                )
                .hint(crate::t!("plan-section-text-and-file.hint")),
            );
            None
        }
        (None, None) => {
            table.missing_because(
                "text",
                crate::msg!("plan-section-no-text", table = kind),
                Some(crate::t!("plan-section-no-text.hint", table = kind)),
            );
            None
        }
    };
    let title = title?;
    cx.positions.set(Locus::Section(index), file, title.span());
    Some(Section {
        title: title.into_inner(),
        body: body?,
        place,
    })
}

/// The change log: `[[andring]]` tables with version, date, who and what.
fn read_changes(root: &mut Table, cx: &mut Context, problems: &mut Vec<Problem>) -> Vec<Change> {
    let mut changes = Vec::new();
    for mut table in root.tables("andring") {
        let version = table.required_string("version");
        let date = table.date("datum");
        if date.is_none() && !table.contains("datum") {
            table.missing("datum");
        }
        let by = table.string("av").map(Spanned::into_inner);
        let description = table
            .required_string("beskrivning")
            .map(|text| prose::cell(&mut table, &text, cx));
        problems.extend(table.finish(|_| None));
        if let (Some(version), Some(date), Some(description)) = (version, date, description) {
            changes.push(Change {
                version: version.into_inner(),
                date,
                by,
                description,
            });
        }
    }
    changes
}

/// A section's Markdown file, named by `fil` relative to the plan folder;
/// `kind`: the key of the section's table (`avsnitt`, `bilaga`).
fn read_section_file(
    table: &mut Table,
    path: &Spanned<String>,
    kind: &str,
    cx: &mut Context,
) -> Option<crate::model::Rich> {
    let (file, span) = (table.file, path.span());
    let label = crate::t!("plan-named-here");
    let named_here = |p: Problem| named_at(p, file, span.clone(), &label);
    let relative = match relative(path.get_ref()) {
        Ok(relative) => cx.plan_dir.join(relative),
        Err(_) => {
            table.report(
                named_here(outside(path.get_ref()))
                    .hint(crate::t!("plan-section-file-outside", table = kind)),
            );
            return None;
        }
    };
    match super::read_text(cx, &relative) {
        Ok(id) => Some(prose::file(id, table, cx)),
        Err(problem) => {
            let problem = named_here(problem);
            table.report(problem);
            None
        }
    }
}

/// Every metadata field the region shows must be filled in, as the format
/// says: an error for a `ByMetadata` key, a warning for the approval date
/// (`OnApproval`: a plan without it is not approved yet). Example dates
/// come from the plan's own period.
fn check_shown_metadata(
    root: &mut Table,
    region: &Region,
    meta: &Metadata,
    period: Option<Period>,
) {
    for (field, label) in &region.metadata.fields {
        let Some(spec) = crate::format::PLAN.key(field.key()) else {
            continue;
        };
        // Required keys (titel, period) are reported by their own reading,
        // and a value written but not readable where it stands.
        let written = meta.value(*field).is_some() || root.contains(field.key());
        if spec.required == Required::Yes || written {
            continue;
        }
        let key = field.key();
        let example = match (field.is_date(), period) {
            (true, Some(period)) => format!("{key} = {}", example_date(*field, period)),
            (true, None) => spec.example_line(),
            (false, _) => format!("{key} = \"…\""),
        };
        let at = root.span.start..root.span.start;
        let problem = match spec.required {
            Required::OnApproval => warning_at(
                root.file,
                at,
                crate::msg!("plan-not-approved", key = key, label = label),
                crate::t!("plan-not-approved.label", key = key),
            )
            .hint(crate::t!("plan-not-approved.hint", example = example)),
            Required::ByMetadata => error_at(
                root.file,
                at,
                crate::msg!("plan-missing-shown-metadata", key = key, label = label),
                crate::t!("plan-required-here", key = key),
            )
            .hint(crate::t!(
                "plan-missing-shown-metadata.hint",
                example = example
            )),
            Required::No | Required::Yes | Required::ByColumn => continue,
        };
        root.report(problem);
    }
}

/// An example value for a date field, in the plan's own period: the
/// validity dates are its first and last day, an approval the December
/// before it.
pub fn example_date(field: MetaField, period: Period) -> String {
    let date = match field {
        MetaField::GiltigTill => period.last_day(),
        MetaField::GodkantDatum => crate::model::Date::new(period.first - 1, 12, 9),
        _ => period.first_day(),
    };
    date.map_or_else(|| "ÅÅÅÅ-MM-DD".to_owned(), |d| d.to_string())
}
