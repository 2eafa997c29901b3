//! The follow-up rounds in the diff: which rounds were added or removed, and what changed in each (statuses, comments, who reported, indicator values).

use serde::Serialize;

use super::delta::{self, Change};
use super::snapshot::{Setting, list, text};
use crate::load::{Loaded, Locus};
use crate::model::{Round, RoundActivity, RoundIndicator};

/// A round as compared: its file name, heading and values.
#[derive(Debug, Clone)]
pub struct RoundSnap {
    /// The file name in `uppfoljning/` without `.toml`.
    pub key: String,
    pub title: String,
    pub settings: Vec<Setting>,
}

/// How a round changed between two versions of a plan.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum RoundChange {
    Added {
        key: String,
        title: String,
    },
    Removed {
        key: String,
        title: String,
    },
    Changed {
        key: String,
        title: String,
        changes: Vec<Change>,
    },
}

/// The plan's rounds as compared, oldest first.
pub fn snapshot(loaded: &Loaded) -> Vec<RoundSnap> {
    (loaded.plan.rounds.iter().enumerate())
        .map(|(i, round)| round_snap(round, written(loaded, i).as_ref()))
        .collect()
}

/// The changes between the rounds of two versions, matched by file name,
/// in the new order; removed rounds last.
pub fn compare(old: &[RoundSnap], new: &[RoundSnap]) -> Vec<RoundChange> {
    let mut changes = Vec::new();
    for round in new {
        let (key, title) = (round.key.clone(), round.title.clone());
        match old.iter().find(|o| o.key == round.key) {
            None => changes.push(RoundChange::Added { key, title }),
            Some(before) => {
                let changed = delta::settings(&before.settings, &round.settings);
                if !changed.is_empty() {
                    changes.push(RoundChange::Changed {
                        key,
                        title,
                        changes: changed,
                    });
                }
            }
        }
    }
    for round in old.iter().filter(|o| !new.iter().any(|n| n.key == o.key)) {
        changes.push(RoundChange::Removed {
            key: round.key.clone(),
            title: round.title.clone(),
        });
    }
    changes
}

/// The `i`-th round's TOML as written, for its Markdown comments.
fn written(loaded: &Loaded, i: usize) -> Option<toml::Table> {
    let span = loaded.positions.get(Locus::Round(i))?;
    toml::from_str(loaded.sources.text(span.file)).ok()
}

fn round_snap(round: &Round, raw: Option<&toml::Table>) -> RoundSnap {
    let mut settings = vec![
        text("datum", &round.date.to_string()),
        text("rubrik", &round.title),
    ];
    let entries = |key: &str| -> Vec<toml::Table> {
        let tables = raw.and_then(|t| t.get(key)?.as_array().cloned());
        (tables.into_iter().flatten())
            .filter_map(|v| v.as_table().cloned())
            .collect()
    };
    let activities = entries("aktivitet");
    for activity in &round.activities {
        settings.extend(activity_settings(activity, find(&activities, &activity.id)));
    }
    let indicators = entries("indikator");
    for indicator in &round.indicators {
        let written = find(&indicators, &indicator.id);
        settings.extend(indicator_settings(indicator, written));
    }
    RoundSnap {
        key: round.key.clone(),
        title: round.title.clone(),
        settings,
    }
}

/// The entry of `tables` with the id `id`.
fn find<'t>(tables: &'t [toml::Table], id: &str) -> Option<&'t toml::Table> {
    tables
        .iter()
        .find(|t| t.get("id").and_then(toml::Value::as_str) == Some(id))
}

/// A comment as written, else as read.
fn comment(rich: &crate::model::Rich, written: Option<&toml::Table>) -> String {
    (written.and_then(|t| t.get("kommentar")?.as_str()))
        .map_or_else(|| rich.plain_text(), str::to_owned)
}

/// An activity's entry: "aktivitet <id> status" and so on.
fn activity_settings(activity: &RoundActivity, written: Option<&toml::Table>) -> Vec<Setting> {
    let key = |name: &str| format!("aktivitet {} {name}", activity.id);
    let mut settings = vec![text(&key("status"), activity.status.key())];
    if let Some(rich) = &activity.comment {
        settings.push(text(&key("kommentar"), &comment(rich, written)));
    }
    if !activity.reported_by.is_empty() {
        settings.push(list(&key("rapporterad_av"), &activity.reported_by));
    }
    if let Some(date) = activity.reported {
        settings.push(text(&key("rapporterad"), &date.to_string()));
    }
    settings
}

/// An indicator's entry: "indikator <id> varde" and so on.
fn indicator_settings(indicator: &RoundIndicator, written: Option<&toml::Table>) -> Vec<Setting> {
    let key = |name: &str| format!("indikator {} {name}", indicator.id);
    let mut settings = vec![text(&key("varde"), &indicator.value.to_string())];
    if let Some(date) = indicator.date {
        settings.push(text(&key("datum"), &date.to_string()));
    }
    if let Some(rich) = &indicator.comment {
        settings.push(text(&key("kommentar"), &comment(rich, written)));
    }
    settings
}
