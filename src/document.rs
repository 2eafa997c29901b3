//! The document every renderer draws: the validated plan with numbers, labels
//! and table cells derived once, so that no renderer re-derives them.

use std::collections::BTreeSet;

use serde::Serialize;

pub mod body;
mod changes;
mod due;
pub mod followup;
mod glossary;
mod goals;
pub mod height;
pub mod hyphenate;
mod indicators;
mod metadata;
mod plan_page;
mod references;
pub mod year_wheel;

pub use body::BodyDoc;
pub use changes::{ChangeLog, ChangeRow};
pub use followup::FollowUpDoc;
pub use glossary::GlossaryDoc;
pub use goals::{GoalDoc, GoalsDoc};
pub use metadata::{MetaRow, MetadataBlock, metadata_value};
use metadata::{footer, metadata_block, newest_stated_date};
pub use plan_page::PlanPage;
pub use year_wheel::YearWheel;

/// The language of every document (ISO 639-1).
pub const LANG: &str = "sv";

use crate::load::Loaded;
use crate::model::{Area, Column, Numbering, Plan, Region, Rich, SectionPlace, Theme};

mod activity;
mod status;
mod widths;

use activity::activity_doc;
pub use status::StatusDoc;
use status::{is_printed, table_columns};

/// Everything a renderer needs, in print order.
#[derive(Debug, Clone, Serialize)]
pub struct Document {
    /// Output file name without extension, e.g. "norrbotten-2022".
    pub file_stem: String,
    pub lang: &'static str,
    pub title: String,
    pub organisation: String,
    /// The period as printed, e.g. "2022" or "2026–2027".
    pub period: String,
    pub keywords: Vec<String>,
    /// The document date: the approval date; for a draft, the newest date
    /// the plan states (see [`newest_stated_date`]), so that the same files
    /// give the same PDF.
    pub date: Option<DateParts>,
    /// A draft: the plan has no approval date (`godkant_datum`) yet. Every
    /// output says UTKAST.
    pub draft: bool,
    /// Left part of the running footer, e.g. "ARBGRP824-… · Version 1.0".
    pub footer: String,
    pub metadata: MetadataBlock,
    pub table_of_contents: bool,
    pub sections_before: Vec<SectionDoc>,
    /// The heading above the areas; none when the plan has none.
    pub activities_heading: Option<String>,
    /// The level of the areas' headings: 2 under the activities heading,
    /// 1 without it (a level of the PDF's outline; HTML and Markdown add
    /// one for the title).
    pub area_level: u8,
    pub areas: Vec<AreaDoc>,
    /// The overview *Mål och aktiviteter* right after the areas: printed
    /// when the region has goals (mal.toml).
    pub goals: GoalsDoc,
    pub sections_after: Vec<SectionDoc>,
    /// The appendices, numbered from 1 (Bilaga 1, Bilaga 2 …): the last
    /// parts of the document, after the metadata block and change log that
    /// stand at the end.
    pub appendices: Vec<SectionDoc>,
    /// The change log (Ändringsförteckning).
    pub changes: ChangeLog,
    /// The glossary (Förkortningar): the last part of the document, after
    /// the appendices; printed when it has entries.
    pub glossary: GlossaryDoc,
    pub theme: ThemeDoc,
    /// The ids that printed text refers to (`[](#id)`): a reference written
    /// in an activity the document leaves out is not among them.
    #[serde(skip)]
    pub referenced: BTreeSet<String>,
}

#[derive(Debug, Clone, Copy, Serialize)]
pub struct DateParts {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl DateParts {
    /// The parts of `date`, as typst's `datetime` takes them.
    pub fn of(date: crate::model::Date) -> Self {
        DateParts {
            year: date.year(),
            month: date.month(),
            day: date.day(),
        }
    }
}

/// A prose section or appendix as printed.
#[derive(Debug, Clone, Serialize)]
pub struct SectionDoc {
    /// The title the plan gives the section.
    pub title: String,
    /// The heading as printed: the section's title, or for an appendix its
    /// number and title, "Bilaga 1 Ordlista".
    pub heading: String,
    /// The heading's anchor, unique in the document and kept while the
    /// section keeps its place: "avsnitt-1" before the areas, "efter-1"
    /// after them, "bilaga-1". An `id` in the HTML.
    pub anchor: String,
    pub body: Rich,
}

#[derive(Debug, Clone, Serialize)]
pub struct AreaDoc {
    /// The area's number when areas are numbered ("1.1" style), else `None`.
    pub number: Option<String>,
    pub title: String,
    pub intro: Option<Rich>,
    pub columns: Vec<ColumnDoc>,
    /// The printed activities, in the plan's order.
    pub activities: Vec<ActivityDoc>,
    /// The activities the region leaves out of the document (ended ones
    /// when `[status] visa_avslutade = false`), in the plan's order.
    pub hidden: Vec<HiddenDoc>,
    /// What the area says in place of its table when no activity is
    /// printed: which ones are left out, and why. `None` when some are.
    pub none_shown: Option<String>,
}

/// An activity of the plan that the document leaves out, with the number
/// it keeps (the gap in the numbering) and the status that hides it.
#[derive(Debug, Clone, Serialize)]
pub struct HiddenDoc {
    /// Its place among the area's activities in the plan, from 0.
    pub index: usize,
    /// The number it would print, e.g. "3." or "1.3".
    pub label: String,
    pub id: Option<String>,
    pub status: StatusDoc,
}

/// One of an area's activities in the plan, printed or left out.
#[derive(Debug, Clone, Copy)]
pub enum ActivityPlace<'a> {
    Printed(&'a ActivityDoc),
    Hidden(&'a HiddenDoc),
}

impl<'a> ActivityPlace<'a> {
    /// The activity's number, e.g. "3." or "1.3" (kept when it is hidden).
    pub fn label(self) -> &'a str {
        match self {
            ActivityPlace::Printed(a) => &a.label,
            ActivityPlace::Hidden(h) => &h.label,
        }
    }

    /// The status as the document shows it: printed in the activity's
    /// cells, or the reason it is left out.
    pub fn status(self) -> Option<&'a StatusDoc> {
        match self {
            ActivityPlace::Printed(a) => a.status.as_ref().filter(|_| a.status_printed),
            ActivityPlace::Hidden(h) => Some(&h.status),
        }
    }
}

impl AreaDoc {
    /// The area's heading as the documents drawn from the plan print it:
    /// "1 Ekonomi" when areas are numbered, else "Ekonomi".
    pub fn heading(&self) -> String {
        match &self.number {
            Some(n) => format!("{n} {}", self.title),
            None => self.title.clone(),
        }
    }

    /// The plan's activity at `index` (its place in the area file, from 0)
    /// as the document has it, printed or left out.
    pub fn activity_at(&self, index: usize) -> Option<ActivityPlace<'_>> {
        // Both lists are in the plan's order.
        if let Ok(i) = (self.activities).binary_search_by_key(&index, |a| a.index) {
            return Some(ActivityPlace::Printed(&self.activities[i]));
        }
        (self.hidden.binary_search_by_key(&index, |h| h.index))
            .ok()
            .map(|i| ActivityPlace::Hidden(&self.hidden[i]))
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct ColumnDoc {
    pub heading: String,
    /// Relative width, the same in every table.
    pub width: f64,
}

/// One activity: one or more table rows (one per part).
#[derive(Debug, Clone, Serialize)]
pub struct ActivityDoc {
    /// Its place among the area's activities in the plan, from 0.
    pub index: usize,
    /// The printed number, e.g. "3." or "1.3".
    pub label: String,
    pub id: Option<String>,
    /// The name of the row's anchor when the activity has an id, e.g.
    /// "akt-beredskapslager": a typst label in the PDF, an `id` in the
    /// Markdown and HTML. References (`Inline::Ref`) link to it.
    pub anchor: Option<String>,
    /// The activity's lifecycle status, if the plan marks it (whether the
    /// region shows it or not: the cells below carry what is printed).
    pub status: Option<StatusDoc>,
    /// Whether the cells print the status (a label after the number, or
    /// the status column), with its note.
    #[serde(skip)]
    pub status_printed: bool,
    /// Rows of cells; a cell spanning several rows appears only in its first.
    pub rows: Vec<Vec<CellDoc>>,
    /// A layout hint: an estimate that never says less than the real height
    /// says the activity may not fit on one page under the table's header.
    /// The template measures such activities and lets the rows that cannot
    /// fit on one page break across pages; all others are kept whole
    /// without measuring.
    pub tall: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct CellDoc {
    /// Index of the column the cell sits in.
    pub column: usize,
    /// How many rows (parts) the cell spans.
    pub rowspan: usize,
    /// The activity number, printed before the first cell's text.
    pub label: Option<String>,
    /// A small status label printed after the number, e.g. "Ny" or
    /// "Avslutad 2022-06-30" (the note, if any, ends the body).
    pub status: Option<String>,
    pub body: Rich,
}

#[derive(Debug, Clone, Serialize)]
pub struct ThemeDoc {
    pub accent: String,
    pub font: String,
    /// Path of the logo inside the render's virtual file system, if any.
    pub logo: Option<String>,
    /// The logo's alternative text, read out by screen readers.
    pub logo_alt: Option<String>,
}

/// The logo's path in the virtual file system: its type (extension, in
/// lower case) from the logo's file name.
pub fn logo_path(file_name: &str) -> String {
    format!("assets/logo.{}", crate::load::folder::extension(file_name))
}

impl Document {
    pub fn new(loaded: &Loaded) -> Self {
        let Loaded { region, plan, .. } = loaded;
        let meta = &plan.meta;
        let mut keywords = vec![region.organisation.clone(), format!("{}", plan.period)];
        keywords.extend(plan.keywords.iter().cloned());
        let columns = table_columns(region);
        let mut document = Document {
            file_stem: format!("{}-{}", region.short_name, plan.period.slug()),
            lang: LANG,
            title: meta.titel.clone(),
            organisation: region.organisation.clone(),
            period: plan.period.to_string(),
            keywords,
            draft: meta.godkant_datum.is_none(),
            date: meta
                .godkant_datum
                .or_else(|| newest_stated_date(plan))
                .map(DateParts::of),
            footer: footer(meta),
            metadata: metadata_block(region, plan),
            table_of_contents: region.table_of_contents,
            sections_before: sections(plan, SectionPlace::BeforeAreas),
            activities_heading: plan.activities_heading.clone(),
            area_level: if plan.activities_heading.is_some() {
                2
            } else {
                1
            },
            areas: (plan.areas.iter().enumerate())
                .map(|(i, area)| area_doc(area, i + 1, region, &columns))
                .collect(),
            goals: GoalsDoc::of_nothing(),
            sections_after: sections(plan, SectionPlace::AfterAreas),
            appendices: sections(plan, SectionPlace::Appendix),
            changes: changes::change_log(&plan.changes, region.change_log),
            glossary: GlossaryDoc::of_nothing(),
            theme: theme_doc(&region.theme),
            referenced: BTreeSet::new(),
        };
        if let Some(goals) = &region.goals {
            document.goals = GoalsDoc::new(goals, &plan.areas, &document.areas);
        }
        document.resolve_references();
        document.number_notes();
        document.add_goal_lines(&plan.areas);
        if let Some(glossary) = &region.abbreviations {
            document.glossary = GlossaryDoc::used(&document, glossary);
        }
        widths::fit_columns(&mut document.areas, region);
        document.areas.iter_mut().for_each(height::mark_tall);
        document
    }
}

/// The plan's sections at `place`, numbered from 1 there: their headings
/// (an appendix's with its number) and anchors.
fn sections(plan: &Plan, place: SectionPlace) -> Vec<SectionDoc> {
    (plan.sections.iter())
        .filter(|s| s.place == place)
        .enumerate()
        .map(|(i, s)| {
            let number = i + 1;
            let (heading, anchor) = match place {
                SectionPlace::BeforeAreas => (s.title.clone(), format!("avsnitt-{number}")),
                SectionPlace::AfterAreas => (s.title.clone(), format!("efter-{number}")),
                SectionPlace::Appendix => (
                    format!("{} {}", appendix_label(number), s.title),
                    format!("bilaga-{number}"),
                ),
            };
            SectionDoc {
                title: s.title.clone(),
                heading,
                anchor,
                body: s.body.clone(),
            }
        })
        .collect()
}

/// The label before an appendix's title: "Bilaga 1" for the first.
fn appendix_label(number: usize) -> String {
    format!("Bilaga {number}")
}

/// One area (numbered from 1): its column headings and printed activities.
fn area_doc(area: &Area, area_number: usize, region: &Region, columns: &[Column]) -> AreaDoc {
    let column_docs = (columns.iter())
        .map(|c| ColumnDoc {
            heading: (area.heading_overrides.get(&c.field).cloned())
                .unwrap_or_else(|| c.heading.clone()),
            width: c.width,
        })
        .collect::<Vec<_>>();
    // Numbers count every activity, printed or not, so an activity keeps
    // its number when ended ones are hidden (the gap shows that one is
    // left out).
    let label = |j: usize| activity_label(region, area_number, j);
    let (mut activities, mut hidden) = (Vec::new(), Vec::new());
    for (j, activity) in area.activities.iter().enumerate() {
        // Only a status (an ended one) can leave an activity out.
        match &activity.status {
            Some(status) if !is_printed(activity, region) => hidden.push(HiddenDoc {
                index: j,
                label: label(j),
                id: activity.id.clone(),
                status: StatusDoc::new(status),
            }),
            _ => activities.push(activity_doc(
                activity,
                j,
                label(j),
                columns,
                region.status.marker,
            )),
        }
    }
    AreaDoc {
        number: (region.numbering == Numbering::AreaDotActivity).then(|| area_number.to_string()),
        title: area.title.clone(),
        intro: area.intro.clone(),
        columns: column_docs,
        none_shown: activities.is_empty().then(|| none_shown(&hidden)),
        activities,
        hidden,
    }
}

/// The sentence an area without printed activities stands with, in place
/// of an empty table: "Inga aktiviteter visas: 1. (Inställd 2022-05-01)."
fn none_shown(hidden: &[HiddenDoc]) -> String {
    let left_out: Vec<String> = (hidden.iter())
        .map(|h| format!("{} ({})", h.label, h.status.label))
        .collect();
    match left_out.is_empty() {
        true => "Området har inga aktiviteter.".to_owned(),
        false => format!(
            "Inga aktiviteter visas; avslutade och inställda visas inte: {}.",
            left_out.join(", ")
        ),
    }
}

/// The printed number of the activity at `index` (from 0) in the area
/// numbered `area_number` (from 1), printed or hidden: "3." or "1.3".
pub fn activity_label(region: &Region, area_number: usize, index: usize) -> String {
    match region.numbering {
        Numbering::PerArea => format!("{}.", index + 1),
        Numbering::AreaDotActivity => format!("{area_number}.{}", index + 1),
    }
}

/// The theme as the renderers use it: the logo by its virtual path.
fn theme_doc(theme: &Theme) -> ThemeDoc {
    ThemeDoc {
        accent: theme.accent.clone(),
        font: theme.font.clone(),
        logo: theme.logo.as_deref().map(logo_path),
        logo_alt: theme.logo_alt.clone(),
    }
}

impl Document {
    /// Every prose section and appendix, in print order.
    pub fn sections(&self) -> impl Iterator<Item = &SectionDoc> {
        (self.sections_before.iter())
            .chain(&self.sections_after)
            .chain(&self.appendices)
    }

    /// Calls `f` with every text the document prints (not URLs, file names
    /// or settings), e.g. to check that the fonts can draw them.
    pub fn for_each_printed_text(&self, f: &mut dyn FnMut(&str)) {
        for text in [&self.title, &self.organisation, &self.period, &self.footer] {
            f(text);
        }
        f(&self.metadata.heading);
        for row in &self.metadata.rows {
            f(&row.label);
            f(&row.value);
        }
        if let Some(heading) = &self.activities_heading {
            f(heading);
        }
        if !self.changes.rows.is_empty() {
            f(&self.changes.heading);
            self.changes.columns.iter().for_each(|c| f(c));
        }
        for row in &self.changes.rows {
            for text in [&row.version, &row.date].into_iter().chain(&row.by) {
                f(text);
            }
            row.description.for_each_text(f);
        }
        for section in self.sections() {
            f(&section.heading);
            section.body.for_each_text(f);
        }
        if !self.goals.goals.is_empty() {
            f(&self.goals.heading);
        }
        for goal in &self.goals.goals {
            f(&goal.heading);
            goal.body.for_each_text(f);
            goal.indicators.for_each_text(f);
        }
        if !self.glossary.entries.is_empty() {
            f(&self.glossary.heading);
            self.glossary.columns.iter().for_each(|c| f(c));
        }
        for entry in &self.glossary.entries {
            f(&entry.short);
            f(&entry.explanation);
        }
        for area in &self.areas {
            f(&area.title);
            area.number.iter().for_each(|n| f(n));
            area.intro.iter().for_each(|r| r.for_each_text(f));
            area.columns.iter().for_each(|c| f(&c.heading));
            for activity in &area.activities {
                f(&activity.label);
                for cell in activity.rows.iter().flatten() {
                    cell.status.iter().for_each(|s| f(s));
                    cell.body.for_each_text(f);
                }
            }
        }
    }
}
