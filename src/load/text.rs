//! Which characters plan text may hold: line endings normalised, control and bidi-override characters refused.

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

/// The message for a forbidden character, e.g. "… U+202E (a right-to-left override) …".
pub fn forbidden_message(c: char, name: &str) -> String {
    t!(
        "load-forbidden",
        character = name,
        code = format!("{:04X}", c as u32)
    )
}

/// The problem of a forbidden character written as itself at `at`.
pub fn forbidden_problem(file: FileId, at: usize, c: char, name: &str) -> Problem {
    error_at(
        file,
        at..at + c.len_utf8(),
        forbidden_message(c, name),
        t!("load-forbidden.label"),
    )
    .hint(t!("load-forbidden.hint"))
}

/// Finds forbidden characters in a whole file; reports each (the first few)
/// and returns the text with them replaced by spaces of the same length, so
/// the rest of the file can still be checked.
pub fn check_file(file: FileId, text: &str) -> (Option<String>, Vec<Problem>) {
    let mut problems = Vec::new();
    if !text.chars().any(|c| forbidden(c).is_some()) {
        return (None, problems);
    }
    let mut cleaned = String::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        match forbidden(c) {
            Some(name) => {
                problems.push(forbidden_problem(file, at, c, &name));
                cleaned.extend(std::iter::repeat_n(' ', c.len_utf8()));
            }
            None => cleaned.push(c),
        }
    }
    (Some(cleaned), problems)
}

/// A string value as the documents print it: line endings normalised and
/// tabs as spaces. `Err` names the first forbidden character (written in
/// the file as an escape such as `\u001b`).
pub fn clean_value(s: &str) -> Result<String, (char, String)> {
    let unprintable = s
        .chars()
        .filter(|c| *c != '\r')
        .find_map(|c| forbidden(c).map(|n| (c, n)));
    if let Some(found) = unprintable {
        return Err(found);
    }
    Ok(normalise_line_endings(s.to_owned()).replace('\t', " "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_endings_and_tabs_are_normalised() {
        assert_eq!(normalise_line_endings("a\r\nb\rc\n".into()), "a\nb\nc\n");
        assert_eq!(clean_value("a\r\nb\tc"), Ok("a\nb c".to_owned()));
    }

    #[test]
    fn control_and_override_characters_are_named() {
        assert_eq!(
            clean_value("a\u{1b}[31m"),
            Err(('\u{1b}', "styrtecknet ESC".to_owned()))
        );
        assert_eq!(
            clean_value("\u{202e}abc"),
            Err(('\u{202e}', "en höger-till-vänster-åsidosättning".to_owned()))
        );
        assert_eq!(
            clean_value("\u{85}"),
            Err(('\u{85}', "ett styrtecken".to_owned()))
        );
        assert_eq!(clean_value("Läkemedel → ✓"), Ok("Läkemedel → ✓".to_owned()));
    }

    #[test]
    fn a_file_with_control_characters_is_cleaned_to_the_same_length() {
        let (cleaned, problems) = check_file(0, "a = \"x\u{0}y\u{85}\"");
        let cleaned = cleaned.unwrap();
        assert_eq!(cleaned.len(), "a = \"x\u{0}y\u{85}\"".len());
        assert_eq!(problems.len(), 2);
    }
}
