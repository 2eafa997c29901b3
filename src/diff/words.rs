//! Every word the diff's reports print, in Swedish, the plan's language, in one place.

use super::Counts;

pub const NO_CHANGES: &str = "Inga ändringar.";
pub const ACCOUNTABILITY: &str = "Ansvar, tider och rapportering";
pub const MOVES: &str = "Flyttade och omnumrerade aktiviteter";
pub const WORDING: &str = "Formuleringar";
pub const AREAS: &str = "Strategiområden";
pub const SECTIONS: &str = "Avsnitt";
pub const METADATA: &str = "Uppgifter om handlingen";
pub const COLUMNS: &str = "Kolumner";
pub const REGION: &str = "Regionens inställningar";
pub const GUESS: &str = "gissning: matchad på liknande text, saknar id";
pub const LONG_TEXT: &str = "visa ändringen";
pub const SHOW_TEXT: &str = "visa texten";
pub const NOT_SET: &str = "(saknas)";

/// "Ny aktivitet 2.4 (Ekonomiskt mål)".
pub fn added(number: &str, area: &str) -> String {
    format!("Ny aktivitet {number} ({area})")
}

pub fn removed(number: &str, area: &str) -> String {
    format!("Borttagen aktivitet {number} ({area})")
}

pub fn changed(number: &str, area: &str) -> String {
    format!("Aktivitet {number} ({area})")
}

/// "Aktivitet 1.3 flyttad till 2.1 (Ekonomiskt mål)".
pub fn moved(old: &str, old_area: &str, new: &str, new_area: &str) -> String {
    if old_area == new_area {
        format!("Aktivitet {old} flyttad till {new} ({new_area})")
    } else {
        format!("Aktivitet {old} ({old_area}) flyttad till {new} ({new_area})")
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
    format!("{} blir {} ({area})", range(old), range(new))
}

pub fn area_added(title: &str, key: &str) -> String {
    format!("Nytt område «{title}» ({key}.toml)")
}

pub fn area_removed(title: &str, key: &str) -> String {
    format!("Borttaget område «{title}» ({key}.toml)")
}

pub fn area_renamed(title: &str, old_key: &str, key: &str) -> String {
    format!("Området «{title}» har bytt fil: {old_key}.toml blir {key}.toml")
}

pub fn area_moved(title: &str, old_place: usize, new_place: usize) -> String {
    format!("Området «{title}» flyttat från plats {old_place} till {new_place}")
}

pub fn area_changed(title: &str) -> String {
    format!("Området «{title}»")
}

pub fn id(id: &str) -> String {
    format!("id {id}")
}

/// "3 ändrade, 1 ny, 1 borttagen, 1 flyttad aktivitet", then other changes.
pub fn count_line(counts: &Counts, others: usize) -> String {
    let forms = [
        (counts.changed, "ändrad", "ändrade"),
        (counts.added, "ny", "nya"),
        (counts.removed, "borttagen", "borttagna"),
        (counts.moved, "flyttad", "flyttade"),
    ];
    let parts: Vec<(usize, String)> = forms
        .iter()
        .filter(|(n, _, _)| *n > 0)
        .map(|(n, one, many)| (*n, format!("{n} {}", if *n == 1 { one } else { many })))
        .collect();
    let mut line = match parts.last() {
        None => "Inga ändrade aktiviteter".to_owned(),
        Some((last, _)) => {
            let noun = if *last == 1 {
                "aktivitet"
            } else {
                "aktiviteter"
            };
            let list: Vec<&str> = parts.iter().map(|(_, p)| p.as_str()).collect();
            format!("{} {noun}", list.join(", "))
        }
    };
    match others {
        0 => {}
        1 => line.push_str(", 1 annan ändring"),
        n => line.push_str(&format!(", {n} andra ändringar")),
    }
    if counts == &Counts::default() && others == 0 {
        return NO_CHANGES.to_owned();
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
        assert_eq!(count_line(&Counts::default(), 0), NO_CHANGES);
    }
}
