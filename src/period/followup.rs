//! What the latest follow-up round says of each activity `new` carries over or leaves out, for its summary.
//!
//! `new` decides what to carry over from the area files' `status` (an
//! ended activity is left out), and the status rule
//! (`load::round_status`) makes the latest round agree with them: an
//! activity a round reports finished or cancelled is ended in its area file
//! too. So the round changes no decision; it tells the author, per area,
//! where each activity stood: which carried-over ones were running,
//! delayed, not started or not reported at all, and which left out ones
//! were finished.

use std::collections::BTreeMap;

use crate::document::Document;
use crate::format::layout;
use crate::load::Loaded;
use crate::model::{Activity, RoundStatus};

/// The summary block: a heading naming the round, then one line per area.
pub struct FromRound {
    pub heading: String,
    pub lines: Vec<String>,
}

/// What happens to an activity in the new period.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Fate {
    Carried,
    KeptEnded,
    LeftOut,
}

/// The summary for the plan's latest round, or `None` for a plan without
/// rounds. `left_out` is, per area key, which activities `new` leaves out.
pub fn summary(loaded: &Loaded, left_out: &BTreeMap<String, Vec<bool>>) -> Option<FromRound> {
    let round = loaded.plan.rounds.last()?;
    let doc = Document::new(loaded);
    let heading = crate::t!(
        "period-round-heading",
        round = round.key.as_str(),
        date = round.date.to_string()
    );
    let mut lines = Vec::new();
    for (area, printed) in loaded.plan.areas.iter().zip(&doc.areas) {
        let labels: BTreeMap<usize, &str> = (printed.activities.iter())
            .map(|a| (a.index, a.label.trim_end_matches('.')))
            .collect();
        let flags = left_out.get(&area.key).map_or(&[][..], Vec::as_slice);
        // (fate, status order) → the activities, in the order of the file.
        let mut groups: BTreeMap<(Fate, usize), Vec<String>> = BTreeMap::new();
        for (index, activity) in area.activities.iter().enumerate() {
            let fate = match (flags.get(index), ended(activity)) {
                (Some(true), _) => Fate::LeftOut,
                (_, true) => Fate::KeptEnded,
                _ => Fate::Carried,
            };
            let status = (activity.id.as_deref()).and_then(|id| round.activity(id));
            let order = status.map_or(RoundStatus::ALL.len(), |e| rank(e.status));
            groups.entry((fate, order)).or_default().push(named(
                activity,
                index,
                labels.get(&index).copied(),
            ));
        }
        lines.push(area_line(&layout::area_file(&area.key), &groups));
    }
    Some(FromRound { heading, lines })
}

fn ended(activity: &Activity) -> bool {
    activity.status.as_ref().is_some_and(|s| s.kind.has_ended())
}

/// A status's place in the vocabulary's order.
fn rank(status: RoundStatus) -> usize {
    RoundStatus::ALL
        .iter()
        .position(|s| *s == status)
        .expect("every status is in ALL")
}

/// An activity as the old plan shows it: its printed number, else its id
/// (a hidden activity), else its place in the file.
fn named(activity: &Activity, index: usize, label: Option<&str>) -> String {
    match (label, &activity.id) {
        (Some(label), _) => label.to_owned(),
        (None, Some(id)) => format!("\"{id}\""),
        (None, None) => crate::t!("period-activity-number", number = index + 1),
    }
}

/// "omraden/x.toml: förs över: pågår 1, 2; ingen rapport 3. Utelämnas: genomförd 4."
fn area_line(file: &str, groups: &BTreeMap<(Fate, usize), Vec<String>>) -> String {
    let mut parts = Vec::new();
    for fate in [Fate::Carried, Fate::KeptEnded, Fate::LeftOut] {
        let statuses: Vec<String> = (groups.iter())
            .filter(|((f, _), _)| *f == fate)
            .map(|((_, order), names)| {
                let status = match RoundStatus::ALL.get(*order) {
                    Some(s) => s.key().to_owned(),
                    None => crate::t!("period-round-no-report"),
                };
                format!("{status} {}", names.join(", "))
            })
            .collect();
        if statuses.is_empty() {
            continue;
        }
        let statuses = statuses.join("; ");
        parts.push(match fate {
            Fate::Carried => crate::t!("period-round-carried", statuses = statuses),
            Fate::KeptEnded => crate::t!("period-round-kept-ended", statuses = statuses),
            Fate::LeftOut => crate::t!("period-round-left-out", statuses = statuses),
        });
    }
    format!("{file}: {}", parts.join(" "))
}
