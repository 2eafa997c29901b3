//! One body's view of the plan (`ansvar --organ`): the activities it is responsible for and those reported to it, with their latest follow-up status.
//!
//! Which activities, their numbers and areas come from the [`Document`]: the
//! view lists only activities the plan document prints, numbered as it
//! numbers them. Whether a value names the body is decided by the same
//! matching `check` uses for the register ([`organ::bodies`]).

use serde::Serialize;

use super::followup::{StatusCell, entries, lines, short_text};
use super::{DateParts, Document, PlanPage};
use crate::format::layout::slug;
use crate::load::{Loaded, organ};
use crate::model::{Activity, Organ, Round, StatusNames};

/// The fields whose values name bodies, and which list of the view an
/// activity naming the body there belongs to.
const RESPONSIBLE: &str = "ansvarig";
const REPORTED_TO: &str = "rapportering";

/// The view as every renderer draws it. The fields the plan's typst page
/// setup reads (`title`, `organisation`, `footer`, `draft`, `date`,
/// `keywords`, `lang`, `theme`) have the plan document's names.
#[derive(Debug, Clone, Serialize)]
pub struct BodyDoc {
    /// Output file name without extension: "norrbotten-2022-ansvar-lsg-lakemedel".
    pub file_stem: String,
    #[serde(flatten)]
    pub page: PlanPage,
    /// "Ansvar och rapportering: LSG Läkemedel".
    pub title: String,
    /// The newest round's date; without rounds, the plan document's date.
    pub date: Option<DateParts>,
    pub body: BodyEntry,
    /// The plan's newest round; none when the plan has no rounds.
    pub latest_round: Option<RoundRef>,
    /// The activities whose `ansvarig` (or a part's) names the body.
    pub responsible: BodyList,
    /// The activities whose `rapportering` (or a part's) names the body.
    pub reported_to: BodyList,
}

/// The body as the register has it.
#[derive(Debug, Clone, Serialize)]
pub struct BodyEntry {
    pub name: String,
    pub abbreviation: Option<String>,
    /// "råd", "grupp", …
    pub kind: Option<String>,
    pub aliases: Vec<String>,
}

/// One of the view's two lists: its activities per area (areas without
/// any left out).
#[derive(Debug, Clone, Serialize)]
pub struct BodyList {
    pub count: usize,
    pub areas: Vec<BodyArea>,
}

#[derive(Debug, Clone, Serialize)]
pub struct BodyArea {
    /// The area's heading as the plan prints it ("1 Ekonomi" or "Ekonomi").
    pub heading: String,
    pub rows: Vec<BodyRow>,
}

/// One printed activity naming the body.
#[derive(Debug, Clone, Serialize)]
pub struct BodyRow {
    /// The number the plan document prints, "3." or "1.3".
    pub label: String,
    /// The activity's title, or the start of its text.
    pub text: String,
    pub tid: String,
    /// The newest round's status of the activity, or "ingen rapport".
    pub status: StatusCell,
    /// The round the status is from; none when no round reports on the
    /// activity.
    pub round: Option<RoundRef>,
}

/// A follow-up round as the view names it.
#[derive(Debug, Clone, Serialize)]
pub struct RoundRef {
    /// Its heading, "Uppföljning december 2022".
    pub title: String,
    /// Its date, "2022-12-14".
    pub date: String,
}

impl BodyDoc {
    /// The view of the register's body at `body` (its place in the register).
    pub fn new(loaded: &Loaded, doc: &Document, body: usize) -> Self {
        let register = &loaded.region.register;
        let organ = &register[body];
        let rounds = &loaded.plan.rounds;
        let latest = rounds.last();
        let date = latest.map_or(doc.date, |round| Some(DateParts::of(round.date)));
        let list = |field: &str| {
            let names_body = |a: &Activity| {
                (entries(a, field).iter()).any(|e| organ::bodies(register, e).contains(&body))
            };
            body_list(loaded, doc, &names_body)
        };
        BodyDoc {
            file_stem: format!("{}-ansvar-{}", doc.file_stem, slug(&organ.name)),
            page: PlanPage::of(doc),
            title: format!("Ansvar och rapportering: {}", organ.name),
            date,
            body: BodyEntry::of(organ),
            latest_round: latest.map(RoundRef::of),
            responsible: list(RESPONSIBLE),
            reported_to: list(REPORTED_TO),
        }
    }
}

impl BodyEntry {
    fn of(organ: &Organ) -> Self {
        BodyEntry {
            name: organ.name.clone(),
            abbreviation: organ.abbreviation.clone(),
            kind: organ.kind.clone(),
            aliases: organ.aliases.clone(),
        }
    }
}

/// The printed activities for which `wanted` holds, per area, in the
/// plan's order.
fn body_list(loaded: &Loaded, doc: &Document, wanted: &dyn Fn(&Activity) -> bool) -> BodyList {
    let rounds = &loaded.plan.rounds;
    let mut list = BodyList {
        count: 0,
        areas: Vec::new(),
    };
    for (area, printed) in loaded.plan.areas.iter().zip(&doc.areas) {
        let rows: Vec<BodyRow> = (printed.activities.iter())
            .map(|a| (a, &area.activities[a.index]))
            .filter(|(_, activity)| wanted(activity))
            .map(|(a, activity)| {
                let (status, round) = latest_status(activity, rounds, &loaded.region.status_names);
                BodyRow {
                    label: a.label.clone(),
                    text: short_text(activity),
                    tid: lines(activity, "tid"),
                    status,
                    round,
                }
            })
            .collect();
        if !rows.is_empty() {
            list.count += rows.len();
            list.areas.push(BodyArea {
                heading: printed.heading(),
                rows,
            });
        }
    }
    list
}

/// The status the newest round reporting on the activity gives it, and
/// that round; "ingen rapport" when none does (or it has no id).
fn latest_status(
    activity: &Activity,
    rounds: &[Round],
    names: &StatusNames,
) -> (StatusCell, Option<RoundRef>) {
    let latest = (activity.id.as_deref())
        .and_then(|id| (rounds.iter().rev()).find_map(|round| Some((round.activity(id)?, round))));
    match latest {
        Some((entry, round)) => (
            StatusCell::of(entry.status, names),
            Some(RoundRef::of(round)),
        ),
        None => (StatusCell::no_report(), None),
    }
}

impl RoundRef {
    fn of(round: &Round) -> Self {
        RoundRef {
            title: round.title.clone(),
            date: round.date.to_string(),
        }
    }
}
