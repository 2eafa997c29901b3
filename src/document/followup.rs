//! The follow-up report of one round (`uppfoljning rapport`): counts, rows, changes, due dates and indicators derived once, for every format.
//!
//! Numbers, visibility and the plan's look come from the [`Document`]: the
//! report lists the activities the plan document prints, numbered as it
//! numbers them. Everything the three formats show is derived here.

use std::collections::HashMap;

use serde::Serialize;

use super::due::{self, Due};
use super::indicators::{IndicatorRow, indicator_rows};
use super::year_wheel::{self, YearWheel};
use super::{DateParts, Document, PlanPage, references::reference_number};
use crate::load::Loaded;
use crate::model::{Activity, FieldValue, Inline, Rich, Round, RoundStatus, StatusNames};

/// The report as every renderer draws it. The fields the plan's typst
/// page setup reads (`title`, `organisation`, `footer`, `draft`, `date`,
/// `keywords`, `lang`, `theme`) have the plan document's names.
#[derive(Debug, Clone, Serialize)]
pub struct FollowUpDoc {
    /// Output file name without extension: "norrbotten-2022-uppfoljning-2022-12".
    pub file_stem: String,
    #[serde(flatten)]
    pub page: PlanPage,
    /// The report's title: the round's heading.
    pub title: String,
    /// The round's date.
    pub date: Option<DateParts>,
    /// The round's date as printed, "2022-12-14".
    pub round_date: String,
    /// The previous round's heading and date, if there is one.
    pub previous: Option<String>,
    /// Every status, in the vocabulary's order, then "ingen rapport".
    pub statuses: Vec<StatusCell>,
    /// Counts per area, then the total.
    pub summary: Vec<SummaryRow>,
    pub total: SummaryRow,
    pub areas: Vec<FollowUpArea>,
    /// The activities not finished whose `tid` has passed by the round.
    pub overdue: Vec<String>,
    /// The `tid` values no due date could be read from: "3. Efter beslut".
    pub unreadable: Vec<String>,
    pub indicators: Vec<IndicatorRow>,
    /// The årshjul of the round's year.
    pub year_wheel: YearWheel,
}

/// A status as printed: symbol and label, never colour alone.
#[derive(Debug, Clone, Serialize)]
pub struct StatusCell {
    /// The TOML key, or "ingen-rapport".
    pub key: &'static str,
    pub symbol: &'static str,
    /// The region's name for the status (`[statusnamn]`), or its standard label.
    pub label: String,
}

/// The counts of one area (or the total), one per entry of `statuses`.
#[derive(Debug, Clone, Serialize)]
pub struct SummaryRow {
    pub title: String,
    pub counts: Vec<usize>,
    pub total: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct FollowUpArea {
    /// The area's heading as the plan prints it ("1 Ekonomi" or "Ekonomi").
    pub heading: String,
    pub rows: Vec<FollowUpRow>,
}

/// One printed activity in the round.
#[derive(Debug, Clone, Serialize)]
pub struct FollowUpRow {
    /// The number the plan document prints, "3." or "1.3".
    pub label: String,
    /// The activity's title, or the start of its text.
    pub text: String,
    pub ansvarig: String,
    pub tid: String,
    /// The round's status, or "ingen rapport".
    pub status: StatusCell,
    pub comment: Option<Rich>,
    /// "Pågår → Genomförd", "Oförändrad", "Ny i omgången".
    pub change: String,
    /// "Försenad enligt tid (december 2022)" when due and not finished.
    pub due_note: Option<String>,
}

impl StatusCell {
    /// `status` as printed, with the region's name for it.
    pub fn of(status: RoundStatus, names: &StatusNames) -> Self {
        StatusCell {
            key: status.key(),
            symbol: status.symbol(),
            label: names.label(status).to_owned(),
        }
    }

    /// What an activity has when the round says nothing of it.
    pub fn no_report() -> Self {
        StatusCell {
            key: "ingen-rapport",
            symbol: "–",
            label: "Ingen rapport".to_owned(),
        }
    }
}

impl FollowUpDoc {
    /// The report of the round at `index` in the plan's rounds (oldest first).
    pub fn new(loaded: &Loaded, doc: &Document, index: usize) -> Self {
        let rounds = &loaded.plan.rounds;
        let round = &rounds[index];
        let previous = index.checked_sub(1).map(|i| &rounds[i]);
        let names = &loaded.region.status_names;
        let mut statuses: Vec<StatusCell> = RoundStatus::ALL
            .iter()
            .map(|s| StatusCell::of(*s, names))
            .collect();
        statuses.push(StatusCell::no_report());
        let mut report = FollowUpDoc {
            file_stem: format!("{}-uppfoljning-{}", doc.file_stem, round.key),
            page: PlanPage::of(doc),
            title: round.title.clone(),
            date: Some(DateParts::of(round.date)),
            round_date: round.date.to_string(),
            previous: previous.map(|p| format!("{} ({})", p.title, p.date)),
            summary: Vec::new(),
            total: SummaryRow {
                title: "Totalt".to_owned(),
                counts: vec![0; statuses.len()],
                total: 0,
            },
            statuses,
            areas: Vec::new(),
            overdue: Vec::new(),
            unreadable: Vec::new(),
            indicators: indicator_rows(loaded, round, previous),
            year_wheel: YearWheel::default(),
        };
        report.add_areas(loaded, doc, round, previous);
        report.year_wheel = YearWheel::new(&year_wheel::Sources {
            areas: &report.areas,
            period: loaded.plan.period,
            rounds,
            this_round: round,
            register: &loaded.region.register,
        });
        report
    }

    /// Adds the plan's areas, each with a row per activity the plan prints,
    /// and their counts.
    fn add_areas(
        &mut self,
        loaded: &Loaded,
        doc: &Document,
        round: &Round,
        previous: Option<&Round>,
    ) {
        let numbers = reference_numbers(doc);
        for (area, printed) in loaded.plan.areas.iter().zip(&doc.areas) {
            let heading = printed.heading();
            let mut rows = Vec::new();
            for a in &printed.activities {
                let activity = &area.activities[a.index];
                let place = Place {
                    area: &heading,
                    label: &a.label,
                };
                let row = self.row(activity, &place, round, previous, loaded, &numbers);
                rows.push(row);
            }
            self.count(&heading, &rows);
            self.areas.push(FollowUpArea { heading, rows });
        }
    }

    /// Adds an area's counts to the summary and the total.
    fn count(&mut self, heading: &str, rows: &[FollowUpRow]) {
        let counts: Vec<usize> = (self.statuses.iter())
            .map(|s| rows.iter().filter(|r| r.status.key == s.key).count())
            .collect();
        for (total, n) in self.total.counts.iter_mut().zip(&counts) {
            *total += n;
        }
        self.total.total += rows.len();
        self.summary.push(SummaryRow {
            title: heading.to_owned(),
            counts,
            total: rows.len(),
        });
    }

    /// One activity's row, noting an overdue or unreadable `tid`.
    fn row(
        &mut self,
        activity: &Activity,
        place: &Place,
        round: &Round,
        previous: Option<&Round>,
        loaded: &Loaded,
        numbers: &HashMap<String, String>,
    ) -> FollowUpRow {
        let id = activity.id.as_deref().unwrap_or("");
        let entry = round.activity(id).filter(|_| !id.is_empty());
        let before = previous.and_then(|p| p.activity(id)).map(|e| e.status);
        let status = entry.map(|e| e.status);
        let tid = lines(activity, "tid");
        let due_note = self.due(activity, place, &tid, status, round, loaded);
        FollowUpRow {
            label: place.label.to_owned(),
            text: short_text(activity),
            ansvarig: lines(activity, "ansvarig"),
            tid,
            status: status.map_or_else(StatusCell::no_report, |s| {
                StatusCell::of(s, &loaded.region.status_names)
            }),
            comment: (entry.and_then(|e| e.comment.clone())).map(|c| plain_refs(c, numbers)),
            change: change(
                previous.is_some(),
                before,
                status,
                &loaded.region.status_names,
            ),
            due_note,
        }
    }

    /// Whether the activity is overdue by its `tid` ("Försenad enligt tid
    /// (2022-03-31)"); an unreadable `tid` is listed.
    fn due(
        &mut self,
        activity: &Activity,
        place: &Place,
        tid: &str,
        status: Option<RoundStatus>,
        round: &Round,
        loaded: &Loaded,
    ) -> Option<String> {
        if tid.is_empty() {
            return None;
        }
        // Ended in the round, or in the area file by the round's date.
        let ended = status.and_then(RoundStatus::ended_as).is_some()
            || (activity.status.as_ref()).is_some_and(|s| {
                s.kind.has_ended() && s.date.is_none_or(|date| date <= round.date)
            });
        match due::read(tid, loaded.plan.period) {
            Due::By(date) if date < round.date && !ended => {
                let text = short_text(activity);
                (self.overdue).push(format!(
                    "{}: {} {text} (tid: {tid})",
                    place.area, place.label
                ));
                Some(format!("Försenad enligt tid ({date})"))
            }
            Due::Unreadable => {
                (self.unreadable).push(format!(
                    "{}: {} \u{201c}{tid}\u{201d}",
                    place.area, place.label
                ));
                None
            }
            _ => None,
        }
    }
}

/// Where an activity stands in the plan document: its area's heading and its number.
struct Place<'a> {
    area: &'a str,
    label: &'a str,
}

/// The change since the previous round: "Pågår → genomförd", with the
/// region's names for the statuses.
fn change(
    has_previous: bool,
    before: Option<RoundStatus>,
    now: Option<RoundStatus>,
    names: &StatusNames,
) -> String {
    match (has_previous, before, now) {
        (false, _, _) => "Första omgången".to_owned(),
        (true, None, Some(_)) => "Ny i omgången".to_owned(),
        (true, Some(b), Some(n)) if b == n => "Oförändrad".to_owned(),
        (true, Some(b), Some(n)) => {
            format!("{} → {}", names.label(b), mid_sentence(names.label(n)))
        }
        (true, Some(_), None) => "Rapporterades förra omgången".to_owned(),
        (true, None, None) => "–".to_owned(),
    }
}

/// A name as it reads inside a sentence: a capital that only starts a word
/// is lowered ("Genomförd" → "genomförd"), one of an abbreviation kept ("LSG-klar").
fn mid_sentence(name: &str) -> String {
    let mut chars = name.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if !second.is_uppercase() => {
            first.to_lowercase().chain(name.chars().skip(1)).collect()
        }
        _ => name.to_owned(),
    }
}

/// A field's entries, one per line, joined with ", ".
pub(super) fn lines(activity: &Activity, field: &str) -> String {
    entries(activity, field).join(", ")
}

/// A field's entries: the activity's own, or else its parts' (a field is
/// set on one or the other), each entry once, a text on one line.
pub(super) fn entries(activity: &Activity, field: &str) -> Vec<String> {
    let values = match activity.fields.get(field) {
        Some(value) => vec![value],
        None => (activity.parts.iter())
            .filter_map(|p| p.fields.get(field))
            .collect(),
    };
    let mut entries: Vec<String> = Vec::new();
    for value in values {
        let more = match value {
            FieldValue::Lines(lines) => lines.clone(),
            FieldValue::Rich(rich) => vec![rich.plain_text().replace('\n', " ")],
        };
        for entry in more {
            if !entries.contains(&entry) {
                entries.push(entry);
            }
        }
    }
    entries
}

/// The activity's title, or its text's first sentence (at most 20 words).
pub fn short_text(activity: &Activity) -> String {
    if let Some(title) = &activity.title {
        return title.clone();
    }
    let text = (activity.text.as_ref())
        .or_else(|| activity.parts.first().map(|p| &p.text))
        .map(Rich::plain_text)
        .unwrap_or_default();
    let first = text.split_inclusive(". ").next().unwrap_or("").trim();
    let words: Vec<&str> = first.split_whitespace().collect();
    match words.len() > 20 {
        true => format!("{} …", words[..20].join(" ")),
        false => words.join(" "),
    }
}

/// Each printed activity's number as references print it, by id.
fn reference_numbers(doc: &Document) -> HashMap<String, String> {
    (doc.areas.iter().flat_map(|a| &a.activities))
        .filter_map(|a| Some((a.id.clone()?, reference_number(&a.label))))
        .collect()
}

/// A comment whose references print as the activity's number, in text: the
/// report has no rows of the plan to link to.
fn plain_refs(mut comment: Rich, numbers: &HashMap<String, String>) -> Rich {
    comment.for_each_ref_mut(&mut |inline| {
        if let Inline::Ref { id, .. } = inline {
            let number = numbers.get(id.as_str()).map_or("?", String::as_str);
            *inline = Inline::text(number);
        }
    });
    comment
}

impl FollowUpDoc {
    /// Calls `f` with every text the report prints, e.g. to check that the
    /// fonts can draw them.
    pub fn for_each_printed_text(&self, f: &mut dyn FnMut(&str)) {
        for text in [
            &self.title,
            &self.page.plan_title,
            &self.page.organisation,
            &self.page.footer,
        ] {
            f(text);
        }
        self.previous.iter().for_each(|p| f(p));
        for area in &self.areas {
            f(&area.heading);
            for row in &area.rows {
                for text in [&row.label, &row.text, &row.ansvarig, &row.tid, &row.change] {
                    f(text);
                }
                row.comment.iter().for_each(|c| c.for_each_text(f));
            }
        }
        self.unreadable.iter().for_each(|t| f(t));
        for row in &self.indicators {
            row.for_each_text(f);
        }
        self.year_wheel.for_each_text(f);
    }
}
