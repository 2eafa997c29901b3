//! Which characters plan text may hold: line endings normalised, control and bidi-override characters refused.

use crate::report::{FileId, Hint, Problem, error_at};

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
pub fn forbidden(c: char) -> Option<&'static str> {
    Some(match c {
        '\n' | '\t' => return None,
        '\0' => "the control character NUL",
        '\u{1b}' => "the control character ESC",
        '\u{7f}' => "the control character DEL",
        '\u{202a}' => "a left-to-right embedding",
        '\u{202b}' => "a right-to-left embedding",
        '\u{202c}' => "a pop directional formatting character",
        '\u{202d}' => "a left-to-right override",
        '\u{202e}' => "a right-to-left override",
        '\u{2066}'..='\u{2069}' => "a bidirectional isolate",
        c if c.is_control() => "a control character",
        _ => return None,
    })
}

/// The message for a forbidden character, e.g. "… U+202E (a right-to-left override) …".
pub fn forbidden_problem(file: FileId, at: usize, c: char, name: &str) -> Problem {
    error_at(
        file,
        at..at + c.len_utf8(),
        format!(
            "this text holds {name} (U+{:04X}), which cannot be printed",
            c as u32
        ),
        "invisible character here",
    )
    .hint("delete it: such characters usually come from copying text out of another program")
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
                problems.push(forbidden_problem(file, at, c, name));
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
pub fn clean_value(s: &str) -> Result<String, (char, &'static str)> {
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
            Err(('\u{1b}', "the control character ESC"))
        );
        assert_eq!(
            clean_value("\u{202e}abc"),
            Err(('\u{202e}', "a right-to-left override"))
        );
        assert_eq!(
            clean_value("\u{85}"),
            Err(('\u{85}', "a control character"))
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
