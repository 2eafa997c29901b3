//! How one value changed: old and new text with a word-level diff, or the
//! entries a list gained and lost.

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

fn find<'a>(list: &'a [Setting], key: &str) -> Option<&'a Value> {
    list.iter().find(|s| s.key == key).map(|s| &s.value)
}

/// The changes between two lists of settings, matched by key: in the new
/// order, then the removed ones.
pub fn settings(old: &[Setting], new: &[Setting]) -> Vec<Change> {
    let mut changes: Vec<Change> = new
        .iter()
        .filter_map(|n| {
            delta(find(old, &n.key), Some(&n.value)).map(|delta| Change {
                field: n.key.clone(),
                delta,
            })
        })
        .collect();
    changes.extend(
        old.iter()
            .filter(|o| find(new, &o.key).is_none())
            .map(|o| Change {
                field: o.key.clone(),
                delta: text(Some(joined(&o.value)), None),
            }),
    );
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
