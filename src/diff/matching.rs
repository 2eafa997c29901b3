//! Which old area and activity is which new one: areas by file name (or by
//! content, for a renamed file), activities by `id`, else by area and text
//! similarity (a guess).

use std::collections::{HashMap, HashSet};

use super::snapshot::{ActivitySnap, Snapshot};

/// An activity's place: area index and index in that area.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos {
    pub area: usize,
    pub index: usize,
}

/// An old activity and the new one it became.
#[derive(Debug, Clone, Copy)]
pub struct Pair {
    pub old: Pos,
    pub new: Pos,
    /// Matched by text similarity, not by id.
    pub guess: bool,
}

pub struct Matching {
    /// For each old area, the new area it is (by file name, or renamed).
    pub areas: Vec<Option<usize>>,
    pub pairs: Vec<Pair>,
    pub removed: Vec<Pos>,
    pub added: Vec<Pos>,
}

/// Below this word similarity two activities without ids are not the same.
const SAME_ACTIVITY: f32 = 0.5;
/// Below this word similarity a missing and a new area file are not a rename.
const SAME_AREA: f32 = 0.6;
/// More comparisons than this and an activity is only compared with those
/// near its place in its own area, so that a huge plan cannot take hours.
const MAX_COMPARISONS: usize = 1_000_000;
/// How near, then: this many places either way.
const NEAR: usize = 50;

pub fn match_plans(old: &Snapshot, new: &Snapshot) -> Matching {
    let areas = match_areas(old, new);
    let (mut pairs, old_left, new_left) = by_id(old, new);
    let mut guessed = same_words(old, new, &areas, &old_left, &new_left);
    let rest_old = without(&old_left, guessed.iter().map(|p| p.old));
    let rest_new = without(&new_left, guessed.iter().map(|p| p.new));
    guessed.extend(guess(old, new, &areas, &rest_old, &rest_new));
    let removed = without(&old_left, guessed.iter().map(|p| p.old));
    let added = without(&new_left, guessed.iter().map(|p| p.new));
    pairs.extend(guessed);
    pairs.sort_by_key(|p| p.new);
    Matching {
        areas,
        pairs,
        removed,
        added,
    }
}

/// `list` without the places in `taken`.
fn without(list: &[Pos], taken: impl Iterator<Item = Pos>) -> Vec<Pos> {
    let taken: HashSet<Pos> = taken.collect();
    list.iter()
        .copied()
        .filter(|p| !taken.contains(p))
        .collect()
}

/// Activities matched by id, and those left: old ones whose id is gone or
/// that have none, new ones without an id or with an id no old one had
/// (perhaps an old activity without one, and the id just added).
fn by_id(old: &Snapshot, new: &Snapshot) -> (Vec<Pair>, Vec<Pos>, Vec<Pos>) {
    let new_all = positions(new);
    let new_ids: HashMap<&str, Pos> = new_all
        .iter()
        .filter_map(|&p| Some((at(new, p).id.as_deref()?, p)))
        .collect();
    let mut pairs = Vec::new();
    let mut old_left = Vec::new();
    for o in positions(old) {
        let id = at(old, o).id.as_deref();
        match id.and_then(|id| new_ids.get(id).copied()) {
            Some(n) => pairs.push(Pair {
                old: o,
                new: n,
                guess: false,
            }),
            None => old_left.push(o),
        }
    }
    let new_left = without(&new_all, pairs.iter().map(|p| p.new));
    (pairs, old_left, new_left)
}

/// A text's words, lower-case and sorted: compared as a bag, whatever their
/// order, which is what says whether two activities are the same one (the
/// word-by-word diff is only computed for matched pairs).
struct Bag(Vec<String>);

impl Bag {
    fn of(text: &str) -> Self {
        let mut words: Vec<String> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        words.sort_unstable();
        Bag(words)
    }

    /// Twice the shared words over all words: 1.0 for the same words.
    fn similarity(&self, other: &Bag) -> f32 {
        let (a, b) = (&self.0, &other.0);
        if a.is_empty() && b.is_empty() {
            return 1.0;
        }
        let (mut i, mut j, mut shared) = (0, 0, 0);
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    shared += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        2.0 * shared as f32 / (a.len() + b.len()) as f32
    }
}

fn at(s: &Snapshot, p: Pos) -> &ActivitySnap {
    &s.areas[p.area].activities[p.index]
}

fn positions(s: &Snapshot) -> Vec<Pos> {
    s.areas
        .iter()
        .enumerate()
        .flat_map(|(area, a)| (0..a.activities.len()).map(move |index| Pos { area, index }))
        .collect()
}

fn match_areas(old: &Snapshot, new: &Snapshot) -> Vec<Option<usize>> {
    let mut map: Vec<Option<usize>> = old
        .areas
        .iter()
        .map(|o| new.areas.iter().position(|n| n.key == o.key))
        .collect();
    let old_left: Vec<usize> = (0..old.areas.len()).filter(|&i| map[i].is_none()).collect();
    let new_left: Vec<usize> = (0..new.areas.len())
        .filter(|j| !map.contains(&Some(*j)))
        .collect();
    let mut candidates: Vec<(f32, usize, usize)> = Vec::new();
    for &o in &old_left {
        for &n in &new_left {
            let score = Bag::of(&old.areas[o].words()).similarity(&Bag::of(&new.areas[n].words()));
            if score >= SAME_AREA {
                candidates.push((score, o, n));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then((a.1, a.2).cmp(&(b.1, b.2))));
    for (_, o, n) in candidates {
        if map[o].is_none() && !map.contains(&Some(n)) {
            map[o] = Some(n);
        }
    }
    map
}

/// Activities without ids whose words are the same, in the same area: in
/// order, so that repeated texts pair up first with first.
fn same_words(
    old: &Snapshot,
    new: &Snapshot,
    areas: &[Option<usize>],
    old_left: &[Pos],
    new_left: &[Pos],
) -> Vec<Pair> {
    let mut by_words: HashMap<(usize, String), std::collections::VecDeque<Pos>> = HashMap::new();
    for &n in new_left {
        by_words
            .entry((n.area, at(new, n).words()))
            .or_default()
            .push_back(n);
    }
    let mut pairs = Vec::new();
    for &o in old_left {
        let Some(area) = areas[o.area] else { continue };
        let Some(waiting) = by_words.get_mut(&(area, at(old, o).words())) else {
            continue;
        };
        let both_ids = |n: Pos| at(old, o).id.is_some() && at(new, n).id.is_some();
        if let Some(i) = waiting.iter().position(|&n| !both_ids(n)) {
            let n = waiting.remove(i).unwrap_or(o);
            pairs.push(Pair {
                old: o,
                new: n,
                guess: true,
            });
        }
    }
    pairs
}

/// Pairs of activities that are probably the same, best first: the most
/// similar words, then the same area, then the nearest place.
fn guess(
    old: &Snapshot,
    new: &Snapshot,
    areas: &[Option<usize>],
    old_left: &[Pos],
    new_left: &[Pos],
) -> Vec<Pair> {
    let everywhere = old_left.len() * new_left.len() <= MAX_COMPARISONS;
    let new_words: Vec<Bag> = new_left
        .iter()
        .map(|&n| Bag::of(&at(new, n).words()))
        .collect();
    let mut candidates: Vec<(f32, bool, usize, Pos, Pos)> = Vec::new();
    for &o in old_left {
        let a = at(old, o);
        let words = Bag::of(&a.words());
        for (k, &n) in new_left.iter().enumerate() {
            let same_area = areas[o.area] == Some(n.area);
            let both_ids = a.id.is_some() && at(new, n).id.is_some();
            let near = same_area && o.index.abs_diff(n.index) <= NEAR;
            if both_ids || !(everywhere || near) {
                continue;
            }
            let score = words.similarity(&new_words[k]);
            if score >= SAME_ACTIVITY {
                let distance = o.index.abs_diff(n.index);
                candidates.push((score, same_area, distance, o, n));
            }
        }
    }
    candidates.sort_by(|a, b| {
        b.0.total_cmp(&a.0)
            .then(b.1.cmp(&a.1))
            .then(a.2.cmp(&b.2))
            .then((a.3, a.4).cmp(&(b.3, b.4)))
    });
    let mut pairs: Vec<Pair> = Vec::new();
    let (mut used_old, mut used_new) = (HashSet::new(), HashSet::new());
    for (_, _, _, o, n) in candidates {
        if !used_old.contains(&o) && !used_new.contains(&n) {
            used_old.insert(o);
            used_new.insert(n);
            pairs.push(Pair {
                old: o,
                new: n,
                guess: true,
            });
        }
    }
    pairs
}
