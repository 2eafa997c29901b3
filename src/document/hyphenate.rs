//! Soft hyphens in the long words of table cells, where typst would hyphenate them, marked before typst runs because that lays out a quarter faster.
//!
//! Table cells hyphenate only long compounds ("Kunskapsstyrnings-rådet"),
//! never short words ("in-om"). Asking typst for that word by word (a
//! styled piece of text per long word) made hyphenation cost about a
//! quarter of the layout. Instead, the words of [`LONG_WORD`] or more
//! clusters get a soft hyphen (U+00AD) at each place typst's own
//! hyphenation (the `hypher` crate, with the document's language) would
//! allow a break. typst's lines in cells are filled first-fit (the
//! paragraphs are not justified), so a soft hyphen breaks exactly where
//! typst's hyphenation would, with the same hyphen drawn at the line end.
//! Only the PDF gets soft hyphens: the Markdown and HTML stay as written.

use unicode_segmentation::UnicodeSegmentation;

use crate::document::{BodyDoc, Document, FollowUpDoc};
use crate::model::{Inline, Rich, visit_inlines_mut};

/// Words of this many clusters or more may be hyphenated in table cells.
/// The template reads it from `data.json` (`hyphenate_from`) and handles
/// narrower columns, whose limit is lower, itself.
pub const LONG_WORD: usize = 16;

/// Words of this many characters or more break anywhere (the template's
/// `wrap-long`); they get no soft hyphens.
const BREAK_ANYWHERE: usize = 40;

const SOFT_HYPHEN: char = '\u{ad}';

/// `doc` with soft hyphens in the long words of its table cells.
pub fn table_cells(doc: &Document) -> Document {
    let mut doc = doc.clone();
    let Some(lang) = language(doc.lang) else {
        return doc;
    };
    let cells = doc
        .areas
        .iter_mut()
        .flat_map(|area| &mut area.activities)
        .flat_map(|activity| &mut activity.rows)
        .flatten();
    for cell in cells {
        rich(&mut cell.body, lang);
    }
    doc
}

/// `report` with soft hyphens in the long words of its activity tables
/// cells (text, ansvarig, comment) and its årshjul table's entries, as
/// the plan's cells have them.
pub fn followup_cells(report: &FollowUpDoc) -> FollowUpDoc {
    let mut report = report.clone();
    let Some(lang) = language(report.page.lang) else {
        return report;
    };
    for row in report.areas.iter_mut().flat_map(|area| &mut area.rows) {
        row.text = hyphenate_long_words(&row.text, lang);
        row.ansvarig = hyphenate_long_words(&row.ansvarig, lang);
        if let Some(comment) = &mut row.comment {
            rich(comment, lang);
        }
    }
    for month in &mut report.year_wheel.months {
        for entry in month.entries.iter_mut().flatten() {
            *entry = hyphenate_long_words(entry, lang);
        }
    }
    report
}

/// `view` with soft hyphens in the long words of its tables' activity
/// texts, as the plan's cells have them.
pub fn body_cells(view: &BodyDoc) -> BodyDoc {
    let mut view = view.clone();
    let Some(lang) = language(view.page.lang) else {
        return view;
    };
    let lists = [&mut view.responsible, &mut view.reported_to];
    for row in (lists.into_iter())
        .flat_map(|list| &mut list.areas)
        .flat_map(|area| &mut area.rows)
    {
        row.text = hyphenate_long_words(&row.text, lang);
    }
    view
}

fn rich(rich: &mut Rich, lang: hypher::Lang) {
    visit_inlines_mut(&mut rich.0, &mut |inline| {
        if let Inline::Text { text } = inline {
            *text = hyphenate_long_words(text, lang);
        }
    });
}

/// `text` with soft hyphens in its words (as the template splits them: at
/// spaces) of [`LONG_WORD`] to [`BREAK_ANYWHERE`] clusters.
fn hyphenate_long_words(text: &str, lang: hypher::Lang) -> String {
    let words: Vec<String> = text
        .split(' ')
        .map(|word| pieces(word, lang).join("\u{ad}"))
        .collect();
    words.join(" ")
}

/// The pieces of `word` (no spaces) between the places where it may be
/// hyphenated in a table cell: the word itself unless it has
/// [`LONG_WORD`] to [`BREAK_ANYWHERE`] clusters.
pub fn pieces(word: &str, lang: hypher::Lang) -> Vec<&str> {
    let clusters = word.graphemes(true).count();
    if !(LONG_WORD..BREAK_ANYWHERE).contains(&clusters) || word.contains(SOFT_HYPHEN) {
        return vec![word];
    }
    // As typst does: hyphenate the purely alphabetic pieces between word
    // boundaries (not "HSLF-FS", "2017:37" or punctuation), and glue the
    // rest to its neighbours.
    let mut pieces: Vec<&str> = Vec::new();
    let mut start = 0;
    let mut offset = 0;
    for segment in word.split_word_bounds() {
        if segment.chars().all(char::is_alphabetic) {
            let mut syllables = hypher::hyphenate(segment, lang).peekable();
            while let Some(syllable) = syllables.next() {
                offset += syllable.len();
                if syllables.peek().is_some() {
                    pieces.push(&word[start..offset]);
                    start = offset;
                }
            }
        } else {
            offset += segment.len();
        }
    }
    pieces.push(&word[start..]);
    pieces
}

/// The language documents are hyphenated in, from its ISO 639-1 code.
pub fn language(code: &str) -> Option<hypher::Lang> {
    hypher::Lang::from_iso(code.as_bytes().try_into().ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn swedish(text: &str) -> String {
        hyphenate_long_words(text, hypher::Lang::Swedish).replace(SOFT_HYPHEN, "-")
    }

    #[test]
    fn only_long_words_get_soft_hyphens() {
        assert_eq!(
            swedish("Rapport till Kunskapsstyrningsrådet inom regionen"),
            "Rapport till Kun-skaps-styr-nings-rå-det inom regionen"
        );
    }

    #[test]
    fn punctuation_and_codes_stay_whole() {
        assert_eq!(
            swedish("läkemedelsgenomgångar,"),
            "lä-ke-me-dels-ge-nom-gång-ar,"
        );
        // As in typst: only the letters between word boundaries.
        assert_eq!(
            swedish("HSLF-FS-2017:37-läkemedel"),
            "HSLF-FS-2017:37-lä-ke-me-del"
        );
    }

    #[test]
    fn words_that_break_anywhere_are_left_to_the_template() {
        let word = "a".repeat(BREAK_ANYWHERE);
        assert_eq!(swedish(&word), word);
    }
}
