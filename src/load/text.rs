//! Which characters plan text may hold: line endings normalised, control and bidi-override characters and over-long clusters refused.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use crate::report::{FileId, Hint, Problem, error_at};
use crate::t;

/// Windows (CRLF) and old Mac (CR) line endings become `\n`.
pub fn normalise_line_endings(text: String) -> String {
    if !text.contains('\r') {
        return text;
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// The name of a character no plan text may hold, or `None` if it is fine.
/// Control characters cannot be printed (and could drive a terminal);
/// bidirectional overrides and isolates reorder how text is displayed and
/// can hide what a text really says.
pub fn forbidden(c: char) -> Option<String> {
    Some(match c {
        '\n' | '\t' => return None,
        '\0' => t!("load-char-nul"),
        '\u{1b}' => t!("load-char-esc"),
        '\u{7f}' => t!("load-char-del"),
        '\u{202a}' => t!("load-char-lre"),
        '\u{202b}' => t!("load-char-rle"),
        '\u{202c}' => t!("load-char-pdf"),
        '\u{202d}' => t!("load-char-lro"),
        '\u{202e}' => t!("load-char-rlo"),
        '\u{2066}'..='\u{2069}' => t!("load-char-isolate"),
        c if c.is_control() => t!("load-char-control"),
        _ => return None,
    })
}

/// At most this many characters (code points) make up one written
/// character (a grapheme cluster): a letter with its accents, an emoji with
/// its modifiers. Real text never comes near; a letter followed by tens of
/// thousands of combining marks once made the build panic or take gigabytes.
pub const MAX_CLUSTER: usize = 32;

/// Something no plan text may hold, found at a place in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Where it is: the character, or the whole over-long cluster.
    pub range: Range<usize>,
    pub what: Unprintable,
}

/// What [`find`] finds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unprintable {
    /// A character [`forbidden`] names.
    Char { c: char, name: String },
    /// A written character of `count` code points, more than [`MAX_CLUSTER`].
    LongCluster { count: usize },
}

/// Every forbidden character and over-long cluster in `text`, in order.
/// Its one check for every path text comes in by: a file as written, a
/// TOML value with its escapes decoded, Markdown with its character
/// references decoded.
pub fn find(text: &str) -> Vec<Found> {
    let mut found: Vec<Found> = (text.char_indices())
        .filter_map(|(at, c)| {
            let name = forbidden(c)?;
            Some(Found {
                range: at..at + c.len_utf8(),
                what: Unprintable::Char { c, name },
            })
        })
        .collect();
    // A cluster of more code points has more bytes; ASCII has none such.
    if !text.is_ascii() {
        for (at, cluster) in text.grapheme_indices(true) {
            if cluster.len() <= MAX_CLUSTER {
                continue;
            }
            let count = cluster.chars().count();
            if count > MAX_CLUSTER {
                found.push(Found {
                    range: at..at + cluster.len(),
                    what: Unprintable::LongCluster { count },
                });
            }
        }
        found.sort_by_key(|f| f.range.start);
    }
    found
}

impl Found {
    /// The message, e.g. "… U+202E (a right-to-left override) …".
    pub fn message(&self) -> crate::report::Message {
        match &self.what {
            Unprintable::Char { c, name } => crate::msg!(
                "load-forbidden",
                character = name.as_str(),
                code = format!("{:04X}", *c as u32)
            ),
            Unprintable::LongCluster { count } => {
                crate::msg!("load-long-cluster", count = *count, max = MAX_CLUSTER)
            }
        }
    }

    /// The problem of this finding in `text`, which starts at byte `offset`
    /// of `file`. An over-long cluster is marked from its start to the
    /// first code point past the limit, so the quoted line stays short.
    pub fn problem(&self, file: FileId, offset: usize, text: &str) -> Problem {
        let (range, label, hint) = match &self.what {
            Unprintable::Char { .. } => (
                self.range.clone(),
                t!("load-forbidden.label"),
                t!("load-forbidden.hint"),
            ),
            Unprintable::LongCluster { .. } => {
                let cluster = text.get(self.range.clone()).unwrap_or("");
                let end = (cluster.char_indices())
                    .nth(MAX_CLUSTER)
                    .map_or(cluster.len(), |(i, c)| i + c.len_utf8());
                (
                    self.range.start..self.range.start + end,
                    t!("load-long-cluster.label"),
                    t!("load-long-cluster.hint", max = MAX_CLUSTER),
                )
            }
        };
        let range = offset + range.start..offset + range.end;
        error_at(file, range, self.message(), label).hint(hint)
    }
}

/// Finds forbidden characters and over-long clusters in a whole file;
/// reports each and returns the text with them blanked out (a forbidden
/// character, or all of a cluster but its first character, becomes spaces
/// of the same length), so the rest of the file can still be checked and
/// nothing later meets them.
pub fn check_file(file: FileId, text: &str) -> (Option<String>, Vec<Problem>) {
    let found = find(text);
    if found.is_empty() {
        return (None, Vec::new());
    }
    let mut cleaned = text.to_owned().into_bytes();
    let mut problems = Vec::new();
    for f in &found {
        problems.push(f.problem(file, 0, text));
        let keep = match f.what {
            Unprintable::Char { .. } => 0,
            Unprintable::LongCluster { .. } => text[f.range.clone()]
                .chars()
                .next()
                .map_or(0, char::len_utf8),
        };
        cleaned[f.range.start + keep..f.range.end].fill(b' ');
    }
    let cleaned = String::from_utf8(cleaned).expect("whole characters were replaced");
    (Some(cleaned), problems)
}

/// `text` with each run of spaces as one space, as the HTML shows it (plain
/// fields and Markdown text alike), so that no output draws (or the PDF stores) thousands of spaces in a row.
pub fn collapse_spaces(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c != ' ' || !out.ends_with(' ') {
            out.push(c);
        }
    }
    out
}

/// A string value as the documents print it: line endings normalised and
/// tabs as spaces. `Err` is the first thing no plan text may hold (written
/// in the file as an escape such as `\u001b`), found by [`find`].
pub fn clean_value(s: &str) -> Result<String, Found> {
    let decoded = normalise_line_endings(s.to_owned());
    if let Some(first) = find(&decoded).into_iter().next() {
        return Err(first);
    }
    Ok(decoded.replace('\t', " "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_endings_and_tabs_are_normalised() {
        assert_eq!(normalise_line_endings("a\r\nb\rc\n".into()), "a\nb\nc\n");
        assert_eq!(clean_value("a\r\nb\tc"), Ok("a\nb c".to_owned()));
    }

    /// The name of the first thing `clean_value` refuses in `s`.
    fn refused(s: &str) -> Option<(usize, Unprintable)> {
        clean_value(s).err().map(|f| (f.range.start, f.what))
    }

    #[test]
    fn control_and_override_characters_are_named() {
        let named = |c: char, name: &str| Unprintable::Char {
            c,
            name: name.to_owned(),
        };
        assert_eq!(
            refused("a\u{1b}[31m"),
            Some((1, named('\u{1b}', "styrtecknet ESC")))
        );
        assert_eq!(
            refused("\u{202e}abc"),
            Some((0, named('\u{202e}', "en höger-till-vänster-åsidosättning")))
        );
        assert_eq!(
            refused("\u{85}"),
            Some((0, named('\u{85}', "ett styrtecken")))
        );
        assert_eq!(clean_value("Läkemedel → ✓"), Ok("Läkemedel → ✓".to_owned()));
    }

    #[test]
    fn clusters_are_capped_and_real_ones_pass() {
        // A family emoji (7 code points) and decomposed Swedish letters.
        let real = "👨\u{200d}👩\u{200d}👧\u{200d}👦 a\u{30a}a\u{308}o\u{308}";
        assert!(find(real).is_empty());
        let at_limit = format!("xa{}", "\u{301}".repeat(MAX_CLUSTER - 1));
        assert!(find(&at_limit).is_empty());
        let over = format!("xa{}y", "\u{200d}".repeat(MAX_CLUSTER));
        assert_eq!(
            refused(&over),
            Some((
                1,
                Unprintable::LongCluster {
                    count: MAX_CLUSTER + 1
                }
            ))
        );
    }

    #[test]
    fn a_long_cluster_in_a_file_is_marked_briefly_and_blanked() {
        let text = format!("a = \"e{}\"", "\u{301}".repeat(10_000));
        let (cleaned, problems) = check_file(0, &text);
        let cleaned = cleaned.unwrap();
        assert_eq!(cleaned.len(), text.len());
        assert_eq!(cleaned.trim_end_matches([' ', '"']), "a = \"e");
        assert_eq!(problems.len(), 1);
        let range = &problems[0].labels[0].range;
        assert_eq!(range.start, 5);
        assert_eq!(range.len(), 1 + 2 * MAX_CLUSTER);
    }

    #[test]
    fn a_file_with_control_characters_is_cleaned_to_the_same_length() {
        let (cleaned, problems) = check_file(0, "a = \"x\u{0}y\u{85}\"");
        let cleaned = cleaned.unwrap();
        assert_eq!(cleaned.len(), "a = \"x\u{0}y\u{85}\"".len());
        assert_eq!(problems.len(), 2);
    }
}
