//! The semantic diff of two versions of a plan: what a reviewer needs to
//! know, computed once as data ([`PlanDiff`]) and then written by one small
//! module per output format.
//!
//! Activities are matched by `id`, else by area and word similarity (marked
//! as a guess); areas by file name, or by content when a file was renamed;
//! follow-up rounds by file name.

mod delta;
pub mod git;
mod goals;
pub mod json;
pub mod markdown;
mod matching;
mod outline;
mod rounds;
mod snapshot;
pub mod summary;
pub mod terminal;
mod words;

use std::collections::HashSet;

use serde::Serialize;

use crate::load::Loaded;
use crate::model::{BUILTIN_FIELDS, TEXT_FIELD};
pub use delta::{Change, Delta, Op, Word};
use matching::{Matching, Pair, Pos};
pub use rounds::RoundChange;
use snapshot::{ActivitySnap, Snapshot};
pub use snapshot::{Setting, Value};

/// Everything that changed between two versions of a plan.
#[derive(Debug, Clone, Serialize)]
pub struct PlanDiff {
    pub counts: Counts,
    pub added: Vec<ActivityInfo>,
    pub removed: Vec<ActivityInfo>,
    pub changed: Vec<ChangedActivity>,
    pub moved: Vec<Moved>,
    pub renumbered: Vec<Renumbering>,
    pub areas: Vec<AreaChange>,
    pub sections: Vec<Change>,
    pub metadata: Vec<Change>,
    pub columns: Vec<Change>,
    pub region: Vec<Change>,
    /// The follow-up rounds added, removed or changed.
    pub rounds: Vec<RoundChange>,
}

#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq, Eq)]
pub struct Counts {
    pub changed: usize,
    pub added: usize,
    pub removed: usize,
    pub moved: usize,
}

/// An activity as it is in one version.
#[derive(Debug, Clone, Serialize)]
pub struct ActivityInfo {
    pub number: String,
    /// The area's title.
    pub area: String,
    pub id: Option<String>,
    /// Its fields, for added and removed activities.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<Setting>,
    /// Its title or the start of its text.
    pub label: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ChangedActivity {
    pub old: ActivityInfo,
    pub new: ActivityInfo,
    /// Matched by text similarity because it has no id.
    pub guess: bool,
    /// Changes to ansvarig, tid and rapportering (also of parts), to the
    /// status and its note, and to whether the document prints it.
    pub accountability: Vec<Change>,
    /// Every other change.
    pub wording: Vec<Change>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Moved {
    pub old: ActivityInfo,
    pub new: ActivityInfo,
    pub guess: bool,
    /// Moved to another area, not only within its own.
    pub between_areas: bool,
}

/// A run of activities whose numbers changed only because others were
/// added, removed or moved.
#[derive(Debug, Clone, Serialize)]
pub struct Renumbering {
    pub area: String,
    pub old_first: String,
    pub old_last: String,
    pub new_first: String,
    pub new_last: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum AreaChange {
    Added {
        key: String,
        title: String,
    },
    Removed {
        key: String,
        title: String,
    },
    Renamed {
        old_key: String,
        key: String,
        title: String,
    },
    Changed {
        key: String,
        title: String,
        changes: Vec<Change>,
    },
    Moved {
        key: String,
        title: String,
        old_place: usize,
        new_place: usize,
    },
}

impl PlanDiff {
    pub fn is_empty(&self) -> bool {
        self.counts == Counts::default()
            && self.renumbered.is_empty()
            && self.areas.is_empty()
            && self.sections.is_empty()
            && self.metadata.is_empty()
            && self.columns.is_empty()
            && self.region.is_empty()
            && self.rounds.is_empty()
    }

    /// The count line, e.g. "3 ändrade, 1 ny, 1 borttagen, 1 flyttad aktivitet".
    pub fn count_line(&self) -> String {
        words::count_line(&self.counts, self.other_changes())
    }

    /// How many changes there are besides activities.
    fn other_changes(&self) -> usize {
        self.areas.len()
            + self.sections.len()
            + self.metadata.len()
            + self.columns.len()
            + self.region.len()
            + self.rounds.len()
    }
}

/// Compares two loaded versions of a plan.
pub fn compare(old: &Loaded, new: &Loaded) -> PlanDiff {
    let (old, new) = (snapshot::snapshot(old), snapshot::snapshot(new));
    let matching = matching::match_plans(&old, &new);
    let (changed, moved, moved_new) = pair_changes(&old, &new, &matching);
    // An activity added or removed while the document leaves it out
    // changes no output (the numbers after it are compared as renumbering).
    let added: Vec<ActivityInfo> = (matching.added.iter())
        .filter(|&&p| at(&new, p).shown)
        .map(|&p| activity_info(&new, p, true))
        .collect();
    let removed: Vec<ActivityInfo> = (matching.removed.iter())
        .filter(|&&p| at(&old, p).shown)
        .map(|&p| activity_info(&old, p, true))
        .collect();
    PlanDiff {
        counts: Counts {
            changed: changed.len(),
            added: added.len(),
            removed: removed.len(),
            moved: moved.len(),
        },
        renumbered: renumbering(&old, &new, &matching.pairs, &moved_new),
        areas: area_changes(&old, &new, &matching.areas),
        sections: delta::settings(&old.sections, &new.sections),
        metadata: delta::settings(&old.metadata, &new.metadata),
        columns: delta::settings(&old.columns, &new.columns),
        region: delta::settings(&old.region, &new.region),
        rounds: rounds::compare(&old.rounds, &new.rounds),
        added,
        removed,
        changed,
        moved,
    }
}

/// The matched activities that changed and those that moved (with their new places).
fn pair_changes(
    old: &Snapshot,
    new: &Snapshot,
    matching: &Matching,
) -> (Vec<ChangedActivity>, Vec<Moved>, HashSet<Pos>) {
    // Only activities a reader can place take part in the order: two left
    // out that swap around a printed one do not move it.
    let seen: Vec<&Pair> = (matching.pairs.iter())
        .filter(|pair| is_seen(old, new, pair))
        .collect();
    let within = moved_within_areas(&seen, &matching.areas);
    let (mut changed, mut moved, mut moved_new) = (Vec::new(), Vec::new(), HashSet::new());
    for pair in &matching.pairs {
        let infos = || {
            (
                activity_info(old, pair.old, false),
                activity_info(new, pair.new, false),
            )
        };
        let between_areas = matching.areas[pair.old.area] != Some(pair.new.area);
        let placed = between_areas || within.contains(&pair.new);
        if placed && is_seen(old, new, pair) {
            let (old, new) = infos();
            moved.push(Moved {
                old,
                new,
                guess: pair.guess,
                between_areas,
            });
            moved_new.insert(pair.new);
        }
        let (accountability, wording) = activity_changes(at(old, pair.old), at(new, pair.new));
        if !accountability.is_empty() || !wording.is_empty() {
            let (old, new) = infos();
            changed.push(ChangedActivity {
                old,
                new,
                guess: pair.guess,
                accountability,
                wording,
            });
        }
    }
    (changed, moved, moved_new)
}

/// Whether a reader can see where an activity stands: it is printed in a
/// version, or a reference prints its number.
fn is_seen(old: &Snapshot, new: &Snapshot, pair: &Pair) -> bool {
    let (a, b) = (at(old, pair.old), at(new, pair.new));
    a.shown || b.shown || a.referenced || b.referenced
}

fn at(s: &Snapshot, p: Pos) -> &ActivitySnap {
    &s.areas[p.area].activities[p.index]
}

fn activity_info(s: &Snapshot, p: Pos, with_fields: bool) -> ActivityInfo {
    let activity = at(s, p);
    // That an activity is printed goes without saying; that it is not, is said.
    let fields = (activity.fields.iter())
        .filter(|f| with_fields && !(activity.shown && f.key == snapshot::SHOWN_KEY))
        .cloned()
        .collect();
    ActivityInfo {
        number: activity.number.clone(),
        area: s.areas[p.area].title.clone(),
        id: activity.id.clone(),
        fields,
        label: words::label(&activity.words()),
    }
}

/// Whether a field is about who does what when and reports to whom, or
/// whether the activity is still on: its status and whether it is printed.
fn is_accountability(field: &str) -> bool {
    if [
        snapshot::STATUS_KEY,
        snapshot::STATUS_NOTE_KEY,
        snapshot::SHOWN_KEY,
    ]
    .contains(&field)
    {
        return true;
    }
    let name = field.rsplit(' ').next().unwrap_or(field);
    name != TEXT_FIELD && BUILTIN_FIELDS.contains(&name)
}

/// The changes to a matched activity that the documents show. When both
/// versions leave it out, only what a reference to it prints shows: its
/// number (reported as renumbering) and how it ended ("1.4 (avslutad)",
/// said by the `i dokumentet` line).
fn activity_changes(old: &ActivitySnap, new: &ActivitySnap) -> (Vec<Change>, Vec<Change>) {
    let hidden = !old.shown && !new.shown;
    let referenced = old.referenced || new.referenced;
    let shown_anywhere = |a: &ActivitySnap| -> Vec<Setting> {
        (a.fields.iter())
            .filter(|f| !hidden || (referenced && f.key == snapshot::SHOWN_KEY))
            .cloned()
            .collect()
    };
    delta::settings(&shown_anywhere(old), &shown_anywhere(new))
        .into_iter()
        .partition(|c| is_accountability(&c.field))
}

/// The new places of activities moved inside their area: those outside the
/// longest run that kept its order.
fn moved_within_areas(pairs: &[&Pair], areas: &[Option<usize>]) -> HashSet<Pos> {
    let mut moved = HashSet::new();
    let new_areas: std::collections::BTreeSet<usize> = pairs.iter().map(|p| p.new.area).collect();
    for area in new_areas {
        let mut stayed: Vec<&Pair> = (pairs.iter().copied())
            .filter(|p| p.new.area == area && areas[p.old.area] == Some(area))
            .collect();
        stayed.sort_by_key(|p| p.old.index);
        let keep: HashSet<usize> =
            longest_increasing(&stayed.iter().map(|p| p.new.index).collect::<Vec<_>>())
                .into_iter()
                .collect();
        moved.extend(
            stayed
                .iter()
                .enumerate()
                .filter(|(i, _)| !keep.contains(i))
                .map(|(_, p)| p.new),
        );
    }
    moved
}

/// Indices of a longest strictly increasing subsequence of `values`.
fn longest_increasing(values: &[usize]) -> Vec<usize> {
    // tails[k]: index of the smallest last value of an increasing run of length k + 1.
    let mut tails: Vec<usize> = Vec::new();
    let mut previous: Vec<Option<usize>> = vec![None; values.len()];
    for (i, &v) in values.iter().enumerate() {
        let k = tails.partition_point(|&t| values[t] < v);
        previous[i] = k.checked_sub(1).map(|k| tails[k]);
        if k == tails.len() {
            tails.push(i);
        } else {
            tails[k] = i;
        }
    }
    let mut out = Vec::new();
    let mut next = tails.last().copied();
    while let Some(i) = next {
        out.push(i);
        next = previous[i];
    }
    out.reverse();
    out
}

/// Runs of activities whose number changed although they did not move.
fn renumbering(
    old: &Snapshot,
    new: &Snapshot,
    pairs: &[Pair],
    moved: &HashSet<Pos>,
) -> Vec<Renumbering> {
    let mut runs: Vec<(Pair, Pair)> = Vec::new();
    for pair in pairs.iter().filter(|p| !moved.contains(&p.new)) {
        let same = at(old, pair.old).number == at(new, pair.new).number;
        if same || !is_seen(old, new, pair) {
            continue;
        }
        match runs.last_mut() {
            Some((_, last))
                if last.new.area == pair.new.area
                    && last.old.area == pair.old.area
                    && last.new.index + 1 == pair.new.index
                    && last.old.index + 1 == pair.old.index =>
            {
                *last = *pair
            }
            _ => runs.push((*pair, *pair)),
        }
    }
    runs.into_iter()
        .map(|(first, last)| Renumbering {
            area: new.areas[first.new.area].title.clone(),
            old_first: at(old, first.old).number.clone(),
            old_last: at(old, last.old).number.clone(),
            new_first: at(new, first.new).number.clone(),
            new_last: at(new, last.new).number.clone(),
        })
        .collect()
}

fn area_changes(old: &Snapshot, new: &Snapshot, map: &[Option<usize>]) -> Vec<AreaChange> {
    let mut changes = Vec::new();
    // Areas kept in order: the longest run of kept areas whose order is the same.
    let kept: Vec<(usize, usize)> = map
        .iter()
        .enumerate()
        .filter_map(|(o, n)| Some((o, (*n)?)))
        .collect();
    let in_order = longest_increasing(&kept.iter().map(|(_, n)| *n).collect::<Vec<_>>());
    let moved: Vec<usize> = (0..kept.len())
        .filter(|i| !in_order.contains(i))
        .map(|i| kept[i].1)
        .collect();
    for (n, area) in new.areas.iter().enumerate() {
        let Some(o) = map.iter().position(|m| *m == Some(n)) else {
            changes.push(AreaChange::Added {
                key: area.key.clone(),
                title: area.title.clone(),
            });
            continue;
        };
        let before = &old.areas[o];
        if before.key != area.key {
            changes.push(AreaChange::Renamed {
                old_key: before.key.clone(),
                key: area.key.clone(),
                title: area.title.clone(),
            });
        }
        if moved.contains(&n) {
            changes.push(AreaChange::Moved {
                key: area.key.clone(),
                title: area.title.clone(),
                old_place: o + 1,
                new_place: n + 1,
            });
        }
        let settings = delta::settings(&before.settings, &area.settings);
        if !settings.is_empty() {
            changes.push(AreaChange::Changed {
                key: area.key.clone(),
                title: area.title.clone(),
                changes: settings,
            });
        }
    }
    for (o, area) in old.areas.iter().enumerate() {
        if map[o].is_none() {
            changes.push(AreaChange::Removed {
                key: area.key.clone(),
                title: area.title.clone(),
            });
        }
    }
    changes
}
