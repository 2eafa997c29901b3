//! The diff arranged for reading, shared by the text formats: parts with a
//! heading, accountability first and wording after, each a list of entries.

use super::delta::{Change, Delta, Word};
use super::words::{self, Heading};
use super::{ActivityInfo, AreaChange, PlanDiff, RoundChange, Setting, Value};

/// A group of entries under a heading.
pub struct Part {
    pub heading: Heading,
    pub entries: Vec<Entry>,
}

/// One thing that changed, with its details.
pub struct Entry {
    pub title: String,
    /// A remark on the entry, e.g. that its match is a guess.
    pub note: Option<String>,
    pub lines: Vec<Line>,
}

/// One changed value.
pub struct Line {
    pub label: String,
    pub body: Body,
}

pub enum Body {
    /// A value as it is (a new or removed activity's field).
    Value(String),
    /// A short value replaced; `None` where the value was or is not set.
    Replace(Option<String>, Option<String>),
    /// A long text with its changed words marked.
    Words(Vec<Word>),
    /// A list's entries gained and lost.
    List {
        removed: Vec<String>,
        added: Vec<String>,
    },
}

/// Texts up to this long are shown as old → new; longer ones word by word.
const SHORT: usize = 60;

pub fn outline(diff: &PlanDiff) -> Vec<Part> {
    let mut parts = vec![
        Part {
            heading: Heading::Accountability,
            entries: accountability(diff),
        },
        Part {
            heading: Heading::Moves,
            entries: moves(diff),
        },
        Part {
            heading: Heading::Wording,
            entries: wording(diff),
        },
        Part {
            heading: Heading::Areas,
            entries: diff.areas.iter().map(area).collect(),
        },
        Part {
            heading: Heading::Rounds,
            entries: diff.rounds.iter().map(round).collect(),
        },
    ];
    for (heading, changes) in [
        (Heading::Sections, &diff.sections),
        (Heading::Metadata, &diff.metadata),
        (Heading::Columns, &diff.columns),
        (Heading::Region, &diff.region),
    ] {
        parts.push(Part {
            heading,
            entries: plain_entries(changes),
        });
    }
    parts.retain(|p| !p.entries.is_empty());
    parts
}

fn entry(title: String, info: &ActivityInfo, guess: bool, lines: Vec<Line>) -> Entry {
    let mut title = title;
    if let Some(id) = &info.id {
        title.push_str(&format!(", {}", words::id(id)));
    }
    // An added or removed activity shows its text among its fields.
    let text_shown = lines
        .iter()
        .any(|l| matches!(l.body, Body::Value(_)) && (l.label == "text" || l.label == "titel"));
    if !info.label.is_empty() && !text_shown {
        title.push_str(&format!(": «{}»", info.label));
    }
    Entry {
        title,
        note: guess.then(words::guess),
        lines,
    }
}

/// An added or removed activity's fields as they are.
fn values(fields: &[Setting]) -> Vec<Line> {
    fields
        .iter()
        .filter(|f| f.key != "id")
        .map(|f| Line {
            label: f.key.clone(),
            body: Body::Value(match &f.value {
                Value::Text(text) => text.clone(),
                Value::List(entries) => entries.join("; "),
            }),
        })
        .collect()
}

fn lines(changes: &[Change]) -> Vec<Line> {
    changes.iter().map(line).collect()
}

fn accountability(diff: &PlanDiff) -> Vec<Entry> {
    let mut entries = Vec::new();
    for a in &diff.added {
        entries.push(entry(
            words::added(&a.number, &a.area),
            a,
            false,
            values(&a.fields),
        ));
    }
    for r in &diff.removed {
        entries.push(entry(
            words::removed(&r.number, &r.area),
            r,
            false,
            values(&r.fields),
        ));
    }
    for c in diff.changed.iter().filter(|c| !c.accountability.is_empty()) {
        let title = words::changed(&c.new.number, &c.new.area);
        entries.push(entry(title, &c.new, c.guess, lines(&c.accountability)));
    }
    entries
}

fn moves(diff: &PlanDiff) -> Vec<Entry> {
    let mut entries: Vec<Entry> = diff
        .moved
        .iter()
        .map(|m| {
            let title = words::moved(&m.old.number, &m.old.area, &m.new.number, &m.new.area);
            entry(title, &m.new, m.guess, Vec::new())
        })
        .collect();
    entries.extend(diff.renumbered.iter().map(|r| Entry {
        title: words::renumbered(
            (&r.old_first, &r.old_last),
            (&r.new_first, &r.new_last),
            &r.area,
        ),
        note: None,
        lines: Vec::new(),
    }));
    entries
}

fn wording(diff: &PlanDiff) -> Vec<Entry> {
    diff.changed
        .iter()
        .filter(|c| !c.wording.is_empty())
        .map(|c| {
            let title = words::changed(&c.new.number, &c.new.area);
            entry(title, &c.new, c.guess, lines(&c.wording))
        })
        .collect()
}

fn area(change: &AreaChange) -> Entry {
    let (title, changes): (String, &[Change]) = match change {
        AreaChange::Added { key, title } => (words::area_added(title, key), &[]),
        AreaChange::Removed { key, title } => (words::area_removed(title, key), &[]),
        AreaChange::Renamed {
            old_key,
            key,
            title,
        } => (words::area_renamed(title, old_key, key), &[]),
        AreaChange::Moved {
            title,
            old_place,
            new_place,
            ..
        } => (words::area_moved(title, *old_place, *new_place), &[]),
        AreaChange::Changed { title, changes, .. } => (words::area_changed(title), changes),
    };
    Entry {
        title,
        note: None,
        lines: lines(changes),
    }
}

fn round(change: &RoundChange) -> Entry {
    let (title, changes): (String, &[Change]) = match change {
        RoundChange::Added { key, title } => (words::round_added(title, key), &[]),
        RoundChange::Removed { key, title } => (words::round_removed(title, key), &[]),
        RoundChange::Changed {
            key,
            title,
            changes,
        } => (words::round_changed(title, key), changes),
    };
    Entry {
        title,
        note: None,
        lines: lines(changes),
    }
}

/// Settings shown one per entry, the key as the entry's title.
fn plain_entries(changes: &[Change]) -> Vec<Entry> {
    changes
        .iter()
        .map(|c| {
            let Line { body, .. } = line(c);
            Entry {
                title: c.field.clone(),
                note: None,
                lines: vec![Line {
                    label: String::new(),
                    body,
                }],
            }
        })
        .collect()
}

fn line(change: &Change) -> Line {
    let body = match &change.delta {
        Delta::List { removed, added } => Body::List {
            removed: removed.clone(),
            added: added.clone(),
        },
        Delta::Text { old, new, words } => {
            let long = |t: &Option<String>| {
                t.as_ref()
                    .is_some_and(|t| t.chars().count() > SHORT || t.contains('\n'))
            };
            if !words.is_empty() && (long(old) || long(new)) {
                Body::Words(words.clone())
            } else {
                Body::Replace(old.clone(), new.clone())
            }
        }
    };
    Line {
        label: change.field.clone(),
        body,
    }
}
