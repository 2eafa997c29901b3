//! How one value changed: old and new text with a word-level diff, or the
//! entries a list gained and lost.

use std::collections::HashMap;

use serde::Serialize;
use similar::{ChangeTag, TextDiff};

use super::snapshot::{Setting, Value};

/// One changed value, named.
#[derive(Debug, Clone, Serialize)]
pub struct Change {
    /// The key, e.g. `tid`, `del 2 ansvarig`, `tema.accentfarg`.
    pub field: String,
    #[serde(flatten)]
    pub delta: Delta,
}

#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Delta {
    /// A text set, removed or changed; `words` marks the changed words when
    /// both old and new exist.
    Text {
        old: Option<String>,
        new: Option<String>,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        words: Vec<Word>,
    },
    /// A list's entries: those no longer there and those new.
    List {
        removed: Vec<String>,
        added: Vec<String>,
    },
}

/// A piece of a word-level diff.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Word {
    pub op: Op,
    pub text: String,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Op {
    Same,
    Removed,
    Added,
}

/// The word-level diff of two texts, neighbouring pieces of one kind joined.
pub fn words(old: &str, new: &str) -> Vec<Word> {
    let diff = TextDiff::from_words(old, new);
    let mut out: Vec<Word> = Vec::new();
    for change in diff.iter_all_changes() {
        let op = match change.tag() {
            ChangeTag::Equal => Op::Same,
            ChangeTag::Delete => Op::Removed,
            ChangeTag::Insert => Op::Added,
        };
        match out.last_mut() {
            Some(last) if last.op == op => last.text.push_str(change.value()),
            _ => out.push(Word {
                op,
                text: change.value().to_owned(),
            }),
        }
    }
    out
}

/// The change from `old` to `new`, if they differ.
pub fn delta(old: Option<&Value>, new: Option<&Value>) -> Option<Delta> {
    if old == new {
        return None;
    }
    match (old, new) {
        (Some(Value::List(old)), Some(Value::List(new))) if same_entries(old, new) => {
            Some(text(Some(old.join("; ")), Some(new.join("; "))))
        }
        (Some(old), Some(new)) if is_list(old) || is_list(new) => {
            let (old, new) = (entries(old), entries(new));
            Some(Delta::List {
                removed: missing(&old, &new),
                added: missing(&new, &old),
            })
        }
        _ => Some(text(old.map(joined), new.map(joined))),
    }
}

fn text(old: Option<String>, new: Option<String>) -> Delta {
    let words = match (&old, &new) {
        (Some(o), Some(n)) => words(o, n),
        _ => Vec::new(),
    };
    Delta::Text { old, new, words }
}

fn is_list(value: &Value) -> bool {
    matches!(value, Value::List(_))
}

fn entries(value: &Value) -> Vec<String> {
    match value {
        Value::Text(t) => vec![t.clone()],
        Value::List(l) => l.clone(),
    }
}

fn joined(value: &Value) -> String {
    match value {
        Value::Text(t) => t.clone(),
        Value::List(l) => l.join("; "),
    }
}

/// Entries of `a` not in `b`, counting repeats.
fn missing(a: &[String], b: &[String]) -> Vec<String> {
    let mut rest: Vec<&String> = b.iter().collect();
    a.iter()
        .filter(|entry| match rest.iter().position(|r| r == entry) {
            Some(i) => {
                rest.remove(i);
                false
            }
            None => true,
        })
        .cloned()
        .collect()
}

/// Whether two lists hold the same entries, perhaps in another order.
fn same_entries(a: &[String], b: &[String]) -> bool {
    a.len() == b.len() && missing(a, b).is_empty()
}

/// A setting with its turn among the settings of its key (1 for the first),
/// so that a repeated key ("rubrik" twice) is matched turn by turn and never
/// with a key that merely reads like a repeat ("rubrik (2)").
struct Turn<'a> {
    setting: &'a Setting,
    turn: usize,
}

impl Turn<'_> {
    fn same_key(&self, other: &Turn) -> bool {
        self.setting.key == other.setting.key && self.turn == other.turn
    }

    /// The key as a reader sees it: "rubrik", then "rubrik (2)".
    fn field(&self) -> String {
        match self.turn {
            1 => self.setting.key.clone(),
            turn => format!("{} ({turn})", self.setting.key),
        }
    }
}

fn turns(list: &[Setting]) -> Vec<Turn<'_>> {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    (list.iter())
        .map(|setting| {
            let turn = seen.entry(setting.key.as_str()).or_default();
            *turn += 1;
            Turn {
                setting,
                turn: *turn,
            }
        })
        .collect()
}

fn find<'a>(list: &[Turn<'a>], key: &Turn) -> Option<&'a Value> {
    list.iter()
        .find(|s| s.same_key(key))
        .map(|s| &s.setting.value)
}

/// The changes between two lists of settings, matched by key, in the new
/// order; a removed one comes where it stood, before the next one kept.
/// A key that repeats (two sections with one heading) is matched by its
/// turn: the second with the second.
pub fn settings(old: &[Setting], new: &[Setting]) -> Vec<Change> {
    let (old, new) = (&turns(old), &turns(new));
    let removed = |o: &&Turn| find(new, o).is_none();
    let as_removed = |o: &Turn| Change {
        field: o.field(),
        delta: text(Some(joined(&o.setting.value)), None),
    };
    let mut changes = Vec::new();
    let mut left = old.iter().peekable();
    for n in new {
        if find(old, n).is_some() {
            // The removed ones before this key in the old list.
            while let Some(o) = left.next_if(|o| !o.same_key(n)) {
                changes.extend(Some(o).filter(removed).map(as_removed));
            }
            left.next();
        }
        if let Some(delta) = delta(find(old, n), Some(&n.setting.value)) {
            changes.push(Change {
                field: n.field(),
                delta,
            });
        }
    }
    changes.extend(left.filter(removed).map(as_removed));
    changes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_changed_word_is_marked() {
        let w = words(
            "Uppföljning tertialvis utfall",
            "Uppföljning månadsvis utfall",
        );
        let changed: Vec<_> = w.iter().filter(|w| w.op != Op::Same).collect();
        assert_eq!(changed.len(), 2);
        assert_eq!(changed[0].text, "tertialvis");
        assert_eq!(changed[1].text, "månadsvis");
    }

    #[test]
    fn a_removed_setting_comes_where_it_stood() {
        let list = |keys: &[&str]| -> Vec<Setting> {
            (keys.iter())
                .map(|k| Setting {
                    key: (*k).to_owned(),
                    value: Value::Text(format!("{k}!")),
                })
                .collect()
        };
        let old = list(&["a", "b", "c", "d", "e"]);
        let mut new = list(&["x", "a", "c", "e"]);
        new[3].value = Value::Text("changed".into());
        let fields: Vec<String> = (settings(&old, &new).into_iter())
            .map(|c| c.field)
            .collect();
        assert_eq!(fields, ["x", "b", "d", "e"]);
        // Removed last, and kept keys in another order.
        let fields: Vec<String> = (settings(&old, &list(&["c", "a"])).into_iter())
            .map(|c| c.field)
            .collect();
        assert_eq!(fields, ["b", "d", "e"]);
    }

    #[test]
    fn a_repeated_key_is_not_taken_for_a_key_that_reads_like_its_repeat() {
        let setting = |key: &str, value: &str| Setting {
            key: key.to_owned(),
            value: Value::Text(value.to_owned()),
        };
        // Two sections headed "Omfattning", and one headed "Omfattning (2)".
        let old = vec![
            setting("Omfattning", "a"),
            setting("Omfattning (2)", "b"),
            setting("Omfattning", "c"),
        ];
        assert!(settings(&old, &old).is_empty());
        // The second "Omfattning" changes: that one is reported, once.
        let mut new = old.clone();
        new[2].value = Value::Text("d".into());
        let changes = settings(&old, &new);
        let fields: Vec<&str> = changes.iter().map(|c| c.field.as_str()).collect();
        assert_eq!(fields, ["Omfattning (2)"]);
        let Delta::Text { old, new, .. } = &changes[0].delta else {
            panic!("a text change");
        };
        assert_eq!((old.as_deref(), new.as_deref()), (Some("c"), Some("d")));
    }

    #[test]
    fn lists_report_entries_gained_and_lost() {
        let old = Value::List(vec!["A".into(), "B".into()]);
        let new = Value::List(vec!["B".into(), "C".into()]);
        let Some(Delta::List { removed, added }) = delta(Some(&old), Some(&new)) else {
            panic!("a list change");
        };
        assert_eq!(
            (removed, added),
            (vec!["A".to_owned()], vec!["C".to_owned()])
        );
    }
}
