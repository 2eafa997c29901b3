//! Every word the diff's reports print, in one place: Swedish, the plan's
//! language, by default, English with `--lang en` (from `locales/*/diff.ftl`).

use super::Counts;
use crate::t;

/// The headings of the report's parts, in order.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Heading {
    Accountability,
    Moves,
    Wording,
    Areas,
    Rounds,
    Sections,
    Metadata,
    Columns,
    Region,
}

impl Heading {
    /// "Ansvar, tider och rapportering".
    pub fn text(self) -> String {
        match self {
            Heading::Accountability => t!("diff-heading-accountability"),
            Heading::Moves => t!("diff-heading-moves"),
            Heading::Wording => t!("diff-heading-wording"),
            Heading::Areas => t!("diff-heading-areas"),
            Heading::Rounds => t!("diff-heading-rounds"),
            Heading::Sections => t!("diff-heading-sections"),
            Heading::Metadata => t!("diff-heading-metadata"),
            Heading::Columns => t!("diff-heading-columns"),
            Heading::Region => t!("diff-heading-region"),
        }
    }
}

/// The note on an activity matched by similar text.
pub fn guess() -> String {
    t!("diff-guess")
}

/// The summary line of a folded word diff.
pub fn long_text() -> String {
    t!("diff-show-change")
}

/// The summary line of a folded long value.
pub fn show_text() -> String {
    t!("diff-show-text")
}

/// A value that was or is not set.
pub fn not_set() -> String {
    t!("diff-not-set")
}

/// "Ny aktivitet 2.4 (Ekonomiskt mål)".
pub fn added(number: &str, area: &str) -> String {
    t!("diff-added", number = number, area = area)
}

pub fn removed(number: &str, area: &str) -> String {
    t!("diff-removed", number = number, area = area)
}

pub fn changed(number: &str, area: &str) -> String {
    t!("diff-changed", number = number, area = area)
}

/// "Aktivitet 1.3 flyttad till 2.1 (Ekonomiskt mål)".
pub fn moved(old: &str, old_area: &str, new: &str, new_area: &str) -> String {
    if old_area == new_area {
        t!("diff-moved", old = old, new = new, area = new_area)
    } else {
        t!(
            "diff-moved-between-areas",
            old = old,
            old_area = old_area,
            new = new,
            area = new_area
        )
    }
}

/// "2.3–2.7 blir 2.4–2.8 (Ekonomiskt mål)".
pub fn renumbered(old: (&str, &str), new: (&str, &str), area: &str) -> String {
    let range = |(first, last): (&str, &str)| {
        if first == last {
            first.to_owned()
        } else {
            format!("{first}–{last}")
        }
    };
    t!(
        "diff-renumbered",
        old = range(old),
        new = range(new),
        area = area
    )
}

pub fn area_added(title: &str, key: &str) -> String {
    t!("diff-area-added", title = title, key = key)
}

pub fn area_removed(title: &str, key: &str) -> String {
    t!("diff-area-removed", title = title, key = key)
}

pub fn area_renamed(title: &str, old_key: &str, key: &str) -> String {
    t!(
        "diff-area-renamed",
        title = title,
        old_key = old_key,
        key = key
    )
}

pub fn area_moved(title: &str, old_place: usize, new_place: usize) -> String {
    t!(
        "diff-area-moved",
        title = title,
        old = old_place,
        new = new_place
    )
}

pub fn area_changed(title: &str) -> String {
    t!("diff-area-changed", title = title)
}

/// "Ny uppföljningsomgång «Uppföljning juni 2022» (uppfoljning/2022-06.toml)".
pub fn round_added(title: &str, key: &str) -> String {
    t!("diff-round-added", title = title, key = key)
}

pub fn round_removed(title: &str, key: &str) -> String {
    t!("diff-round-removed", title = title, key = key)
}

pub fn round_changed(title: &str, key: &str) -> String {
    t!("diff-round-changed", title = title, key = key)
}

pub fn id(id: &str) -> String {
    format!("id {id}")
}

/// "3 ändrade, 1 ny, 1 borttagen, 1 flyttad aktivitet", then other changes.
pub fn count_line(counts: &Counts, others: usize) -> String {
    if counts == &Counts::default() && others == 0 {
        return t!("diff-no-changes");
    }
    let parts: Vec<(usize, String)> = [
        (
            counts.changed,
            t!("diff-count-changed", count = counts.changed),
        ),
        (counts.added, t!("diff-count-added", count = counts.added)),
        (
            counts.removed,
            t!("diff-count-removed", count = counts.removed),
        ),
        (counts.moved, t!("diff-count-moved", count = counts.moved)),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .collect();
    let mut line = match parts.last() {
        None => t!("diff-no-changed-activities"),
        Some((last, _)) => {
            let list: Vec<&str> = parts.iter().map(|(_, p)| p.as_str()).collect();
            t!(
                "diff-count-activities",
                list = list.join(", "),
                count = *last
            )
        }
    };
    if others > 0 {
        line.push_str(", ");
        line.push_str(&t!("diff-other-changes", count = others));
    }
    line
}

/// A short name for an activity: the start of its first line.
pub fn label(words: &str) -> String {
    const MAX: usize = 60;
    let first = words
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim();
    if first.chars().count() <= MAX {
        return first.to_owned();
    }
    let cut: String = first.chars().take(MAX).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{cut} …")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_count_line_agrees_with_its_numbers() {
        let counts = Counts {
            changed: 3,
            added: 1,
            removed: 1,
            moved: 1,
        };
        assert_eq!(
            count_line(&counts, 0),
            "3 ändrade, 1 ny, 1 borttagen, 1 flyttad aktivitet"
        );
        let two_new = Counts {
            added: 2,
            ..Counts::default()
        };
        assert_eq!(
            count_line(&two_new, 1),
            "2 nya aktiviteter, 1 annan ändring"
        );
        assert_eq!(count_line(&Counts::default(), 0), "Inga ändringar.");
    }
}
