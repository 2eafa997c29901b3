//! Loads `plan.toml`: a plan period's metadata, prose sections and area order.

use std::path::Path;

use toml::Spanned;

use super::files;
use super::markdown;
use super::table::Table;
use crate::model::{MetaField, Metadata, Period, Plan, Region, Section};
use crate::report::{FileId, Hint, Problem, Sources, error_at};

const WHAT: &str = "plan.toml";

/// `plan.toml` read: the plan without its areas, and the area file names in order.
pub struct PlanFile {
    pub plan: Plan,
    pub area_names: Vec<Spanned<String>>,
    /// `plan.toml` itself, for problems with the area list.
    pub file: FileId,
}

pub fn read(
    mut root: Table,
    dir: &Path,
    region: Option<&Region>,
    sources: &mut Sources,
) -> (PlanFile, Vec<Problem>) {
    let file = root.file;
    let mut problems = Vec::new();
    let text = |root: &mut Table, key: &'static str| {
        root.string(key, &format!("{key} = \"…\""))
            .map(Spanned::into_inner)
    };
    let titel = root
        .required_string(
            "titel",
            WHAT,
            "titel = \"Handlingsplan 2022 för Läkemedelsplan Region Norrbotten\"",
        )
        .map(Spanned::into_inner)
        .unwrap_or_default();
    let meta = Metadata {
        titel,
        handlingstyp: text(&mut root, "handlingstyp"),
        galler_for: text(&mut root, "galler_for"),
        dokument_id: text(&mut root, "dokument_id"),
        version: text(&mut root, "version"),
        godkant_datum: root.date("godkant_datum"),
        godkand_av: text(&mut root, "godkand_av"),
        ansvarig: text(&mut root, "ansvarig"),
        innehallsansvar: text(&mut root, "innehallsansvar"),
        upprattad_av: text(&mut root, "upprattad_av"),
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
                format!("`giltig_till` ({to}) is before `giltig_fran` ({from})"),
                "ends before it starts",
            )
            .hint(
                "check the years: a plan is valid from giltig_fran up to and including giltig_till",
            ),
        );
    }
    let period = read_period(&mut root);
    let keywords = root
        .string_list(
            "nyckelord",
            "nyckelord = [\"läkemedel\", \"handlingsplan\"]",
        )
        .unwrap_or_default()
        .into_iter()
        .map(Spanned::into_inner)
        .collect();
    let activities_heading =
        text(&mut root, "aktiviteter_rubrik").unwrap_or_else(|| "Aktiviteter".to_owned());

    let area_names = match root.string_list(
        "omraden",
        "omraden = [\"ratt-lakemedelsbehandling\", \"ekonomiskt-mal\"]",
    ) {
        Some(names) => names,
        None => {
            if root.get("omraden").is_none() {
                root.missing(
                    "omraden",
                    WHAT,
                    "omraden = [\"ratt-lakemedelsbehandling\", \"ekonomiskt-mal\"]",
                );
            }
            Vec::new()
        }
    };

    let sections = read_sections(&mut root, dir, sources, &mut problems);

    if let Some(region) = region {
        check_shown_metadata(&mut root, region, &meta);
    }
    problems.extend(root.finish(WHAT, |_| None));
    let plan = Plan {
        meta,
        period: period.unwrap_or(Period { first: 0, last: 0 }),
        sections,
        activities_heading,
        areas: Vec::new(),
        keywords,
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

fn read_period(root: &mut Table) -> Option<Period> {
    let example = "period = \"2022\" or period = \"2026–2027\"";
    let file = root.file;
    let Some(value) = root.get("period") else {
        root.missing("period", WHAT, "period = \"2022\"");
        return None;
    };
    let text = match value.get_ref() {
        toml::de::DeValue::String(s) => s.to_string(),
        toml::de::DeValue::Integer(i) => i.as_str().to_owned(),
        _ => {
            root.wrong_type("period", value, "a year or a span of years", example);
            return None;
        }
    };
    let period = Period::parse(&text);
    if period.is_none() {
        root.report(
            error_at(
                file,
                value.span(),
                format!("\"{text}\" is not a plan period"),
                "expected a year or a span of years",
            )
            .hint(format!("write {example}")),
        );
    }
    period
}

fn read_sections(
    root: &mut Table,
    dir: &Path,
    sources: &mut Sources,
    problems: &mut Vec<Problem>,
) -> Vec<Section> {
    let example = "[[avsnitt]]\nrubrik = \"Syfte\"\ntext = \"…\"";
    let mut sections = Vec::new();
    for mut table in root.tables("avsnitt", example) {
        let file = table.file;
        let title = table.required_string("rubrik", "this [[avsnitt]]", "rubrik = \"Syfte\"");
        let inline = table.string("text", "text = \"Att tydliggöra …\"");
        let path = table.string("fil", "fil = \"inledning.md\"");
        let after_areas = match table.string("placering", "placering = \"efter\"") {
            None => false,
            Some(p) => match p.get_ref().as_str() {
                "före" | "fore" => false,
                "efter" => true,
                other => {
                    table.report(
                        error_at(file, p.span(), format!("unknown placement \"{other}\""), "expected \"före\" or \"efter\"")
                            .hint("\"före\" puts the section before the strategy areas (the default), \"efter\" after them"),
                    );
                    false
                }
            },
        };
        let body = match (inline, path) {
            (Some(text), None) => Some(markdown::parse_rich(text.get_ref())),
            (None, Some(path)) => match files::inside(dir, path.get_ref()) {
                Err(why) => {
                    table.report(
                        error_at(file, path.span(), why, "outside the plan folder")
                            .hint("keep section files beside plan.toml"),
                    );
                    None
                }
                Ok(full) => match files::read_text(sources, &full) {
                    Ok(id) => Some(markdown::parse_rich(sources.text(id))),
                    Err(problem) => {
                        table.report(problem.also_at(file, path.span(), "named here"));
                        None
                    }
                },
            },
            (Some(text), Some(_)) => {
                table.report(
                    error_at(
                        file,
                        text.span(),
                        "a section has either `text` or `fil`, not both",
                        "remove one of them",
                    )
                    .hint(
                        "`text` holds the Markdown itself; `fil` names a .md file beside plan.toml",
                    ),
                );
                None
            }
            (None, None) => {
                table.missing(
                    "text",
                    "this [[avsnitt]]",
                    "text = \"…\" (or fil = \"avsnitt.md\")",
                );
                None
            }
        };
        problems.extend(table.finish("an [[avsnitt]] table", |_| None));
        if let (Some(title), Some(body)) = (title, body) {
            sections.push(Section {
                title: title.into_inner(),
                body,
                after_areas,
            });
        }
    }
    sections
}

/// Every metadata field the region shows must be filled in.
fn check_shown_metadata(root: &mut Table, region: &Region, meta: &Metadata) {
    for (field, label) in &region.metadata.fields {
        if matches!(field, MetaField::Titel | MetaField::Period) {
            continue;
        }
        if meta.value(*field).is_none() {
            let key = field.key();
            let example = if field.is_date() {
                format!("{key} = 2022-01-01")
            } else {
                format!("{key} = \"…\"")
            };
            root.report(
                error_at(
                    root.file,
                    root.span.start..root.span.start,
                    format!("plan.toml is missing `{key}`, which the region shows as \"{label}\""),
                    format!("`{key}` is required here"),
                )
                .hint(format!("add a line: {example}")),
            );
        }
    }
}
