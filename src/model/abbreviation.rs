//! Abbreviations in plan text: which words count as one, where a glossary's are used, Swedish order.

use std::cmp::Ordering;
use std::collections::BTreeSet;
use std::ops::Range;

use super::{Inline, Rich, visit_inlines};

/// Calls `f` with every run of prose in `rich`: its text, not code, link
/// addresses or activity numbers.
pub fn for_each_prose(rich: &Rich, f: &mut dyn FnMut(&str)) {
    visit_inlines(&rich.0, &mut |inline| {
        if let Inline::Text { text } = inline {
            f(text)
        }
    });
}

/// The capital words ([`capital_words`]) of `rich`'s prose.
pub fn capitals_in(rich: &Rich) -> BTreeSet<String> {
    let mut words = BTreeSet::new();
    for_each_prose(rich, &mut |text| {
        words.extend(capital_words(text).into_iter().map(|r| text[r].to_owned()));
    });
    words
}

/// One entry of a region's glossary (`[forkortningar]`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Abbreviation {
    /// The abbreviation as written, e.g. "LSG".
    pub short: String,
    /// What it stands for, e.g. "Lokal samverkansgrupp".
    pub explanation: String,
}

/// Whether `c` is part of a word: a letter or a digit.
fn in_word(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

/// Whether the word at `range` of `text` stands alone: no letter or digit
/// right before or after it ("NT" in "NT-rådet" does, "LSG" in "LSGs" not).
fn whole(text: &str, range: &Range<usize>) -> bool {
    !in_word(text[..range.start].chars().next_back()) && !in_word(text[range.end..].chars().next())
}

/// Whether `word` looks like a web address, e-mail address or path, whose
/// letters are not prose.
pub fn is_address(word: &str) -> bool {
    word.contains("://") || word.starts_with("www.") || word.contains('@') || word.contains('/')
}

/// The all-capital words of two or more letters in `text` (Swedish letters
/// included), each standing alone, with their places: "NT" in "NT-rådet",
/// "HSLF" and "FS" in "HSLF-FS". Roman numerals of I, V and X ("II", "XIV")
/// are not abbreviations; nor is anything inside an address.
pub fn capital_words(text: &str) -> Vec<Range<usize>> {
    capital_runs(text, true)
}

/// The same words in Markdown as written, addresses included: where to
/// look for a word found in the text it makes (a link's text may stand
/// right before its address, `[AT](https://…)`).
pub fn capital_words_written(markdown: &str) -> Vec<Range<usize>> {
    capital_runs(markdown, false)
}

fn capital_runs(text: &str, skip_addresses: bool) -> Vec<Range<usize>> {
    let mut words = Vec::new();
    for token in text.split_whitespace() {
        // The token is a slice of `text`: its offset is where it starts.
        let start = token.as_ptr() as usize - text.as_ptr() as usize;
        if skip_addresses && is_address(token) {
            continue;
        }
        let mut run: Option<usize> = None;
        for (i, c) in token.char_indices().chain([(token.len(), ' ')]) {
            match (c.is_uppercase(), run) {
                (true, None) => run = Some(i),
                (false, Some(begin)) => {
                    run = None;
                    let range = start + begin..start + i;
                    let word = &text[range.clone()];
                    let roman = word.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
                    if word.chars().count() >= 2 && !roman && whole(text, &range) {
                        words.push(range);
                    }
                }
                _ => {}
            }
        }
    }
    words
}

/// Where the glossary's abbreviations stand in `text` as whole words, in
/// order, never overlapping (the longest first where two start together),
/// never inside an address: each place with the entry's index.
pub fn uses(text: &str, glossary: &[Abbreviation]) -> Vec<(Range<usize>, usize)> {
    let mut found: Vec<(Range<usize>, usize)> = Vec::new();
    for (index, entry) in glossary.iter().enumerate() {
        if entry.short.is_empty() {
            continue;
        }
        for (start, _) in text.match_indices(entry.short.as_str()) {
            let range = start..start + entry.short.len();
            if whole(text, &range) && !in_address(text, &range) {
                found.push((range, index));
            }
        }
    }
    found.sort_by(|(a, _), (b, _)| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut kept: Vec<(Range<usize>, usize)> = Vec::new();
    for (range, index) in found {
        if kept.last().is_none_or(|(last, _)| last.end <= range.start) {
            kept.push((range, index));
        }
    }
    kept
}

/// Whether `range` of `text` lies in a whitespace-separated word that is an address.
fn in_address(text: &str, range: &Range<usize>) -> bool {
    let begin = text[..range.start]
        .rfind(char::is_whitespace)
        .map_or(0, |i| i + 1);
    let end = text[range.end..]
        .find(char::is_whitespace)
        .map_or(text.len(), |i| range.end + i);
    is_address(&text[begin..end])
}

/// Whether the glossary explains the capital word `word`: an entry is the
/// word, or holds it as one of its own capital words ("HSLF-FS" explains
/// "HSLF" and "FS").
pub fn explains(glossary: &[Abbreviation], word: &str) -> bool {
    glossary.iter().any(|entry| {
        entry.short == word
            || (capital_words(&entry.short).into_iter()).any(|r| &entry.short[r] == word)
    })
}

/// Swedish alphabetical order: a–z, then å, ä, ö; case only breaks ties.
pub fn swedish_order(a: &str, b: &str) -> Ordering {
    let key = |s: &str| -> Vec<(u32, char)> {
        s.chars()
            .map(|c| {
                let lower = c.to_lowercase().next().unwrap_or(c);
                let rank = match lower {
                    'å' => 'z' as u32 + 1,
                    'ä' | 'æ' => 'z' as u32 + 2,
                    'ö' | 'ø' => 'z' as u32 + 3,
                    'é' | 'è' => 'e' as u32,
                    'ü' => 'y' as u32,
                    c => c as u32,
                };
                (rank, c)
            })
            .collect()
    };
    let (ka, kb) = (key(a), key(b));
    let rank = |k: &[(u32, char)]| k.iter().map(|(r, _)| *r).collect::<Vec<_>>();
    rank(&ka).cmp(&rank(&kb)).then_with(|| a.cmp(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        capital_words(text).into_iter().map(|r| &text[r]).collect()
    }

    fn entry(short: &str) -> Abbreviation {
        Abbreviation {
            short: short.into(),
            explanation: "x".into(),
        }
    }

    #[test]
    fn capital_words_are_whole_words_of_two_letters_or_more() {
        assert_eq!(
            words("NT-rådet, HSLF-FS 2017:37 och LSG. Ett A, II, XIV, ÅÄÖ, LSGs, Covid"),
            ["NT", "HSLF", "FS", "LSG", "ÅÄÖ"]
        );
        assert_eq!(words("se https://ex.se/LSG och a/TLV, TLV"), ["TLV"]);
        assert_eq!(words("aLSG LSGb L2G"), Vec::<&str>::new());
    }

    #[test]
    fn uses_are_whole_words_longest_first_and_never_in_addresses() {
        let glossary = [entry("FS"), entry("HSLF-FS"), entry("LSG")];
        let text = "HSLF-FS och FS, LSGs, https://x.se/LSG LSG";
        let found: Vec<&str> = (uses(text, &glossary).into_iter())
            .map(|(r, _)| &text[r])
            .collect();
        assert_eq!(found, ["HSLF-FS", "FS", "LSG"]);
        assert!(explains(&glossary, "HSLF") && !explains(&glossary, "NT"));
    }

    #[test]
    fn swedish_order_puts_å_ä_ö_last() {
        let mut list = vec!["ÖK", "ÄL", "ÅR", "ZZ", "AB", "ab"];
        list.sort_by(|a, b| swedish_order(a, b));
        assert_eq!(list, ["AB", "ab", "ZZ", "ÅR", "ÄL", "ÖK"]);
    }
}
