//! How the formatter writes a text value: always in double quotes; long or multi-line text as a `"""` string wrapped at spaces.
//!
//! Every form written here reads back as exactly the same text: a long line
//! is broken after a space with TOML's line-ending backslash, which joins the
//! lines again without the break (and without the next line's leading
//! whitespace, so a break is only made before a character that is not one).

/// Longest line the formatter aims for, counting from the start of the line.
pub const WIDTH: usize = 100;
/// Width of the wrapped lines of a multi-line text.
const WRAP: usize = 80;

/// The text as a one-line TOML basic string: `"…"`.
pub fn basic(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if is_control(c) => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The text as written after `prefix` (e.g. `text = `): on one line if it
/// has no line break and the line stays within [`WIDTH`], otherwise as a
/// multi-line string with its long lines wrapped.
pub fn value(text: &str, prefix_width: usize) -> String {
    let one_line = basic(text);
    if !text.contains('\n') && prefix_width + one_line.chars().count() <= WIDTH {
        return one_line;
    }
    multi_line(text)
}

/// `"""` + newline + the text's lines, each wrapped, + `"""`. A text that
/// does not end with a line break ends with a line-ending backslash, so
/// that the closing quotes still get a line of their own.
fn multi_line(text: &str) -> String {
    let mut out = String::from("\"\"\"\n");
    let lines: Vec<&str> = text.split('\n').collect();
    for (i, line) in lines.iter().enumerate() {
        out.push_str(&wrap(&escape_multi_line(line)));
        if i + 1 < lines.len() {
            out.push('\n');
        }
    }
    if !text.ends_with('\n') {
        out.push_str("\\\n");
    }
    out.push_str("\"\"\"");
    out
}

/// Escapes one line for a multi-line basic string: backslashes, control
/// characters, and every quote that could join others into `"""` or touch
/// the closing quotes.
fn escape_multi_line(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len());
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '"' if chars.get(i + 1).is_none_or(|&n| n == '"') || (i > 0 && chars[i - 1] == '"') => {
                out.push_str("\\\"")
            }
            '\\' => out.push_str("\\\\"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if is_control(c) => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// Breaks an escaped line into lines of about [`WRAP`] characters, after a space that is followed by a character other
/// than whitespace, ending each broken line with a backslash.
fn wrap(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len() + 8);
    let mut start = 0;
    while chars.len() - start > WRAP {
        let limit = start + WRAP;
        let at_space = |i: &usize| {
            chars[*i - 1] == ' ' && !chars[*i].is_whitespace() && !ends_escape(&chars[start..*i])
        };
        let Some(cut) = ((start + 1)..=limit)
            .rev()
            .find(at_space)
            .or_else(|| (limit + 1..chars.len()).find(at_space))
        else {
            break;
        };
        out.extend(&chars[start..cut]);
        out.push_str("\\\n");
        start = cut;
    }
    out.extend(&chars[start..]);
    out
}

/// Whether `chars` ends inside an escape: after an odd number of backslashes.
fn ends_escape(chars: &[char]) -> bool {
    chars.iter().rev().take_while(|&&c| c == '\\').count() % 2 == 1
}

/// Characters TOML does not allow unescaped in a basic string.
fn is_control(c: char) -> bool {
    (c < ' ' && c != '\t') || c == '\u{7f}'
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_back(written: &str) -> String {
        let doc: toml::Table = toml::from_str(&format!("k = {written}")).expect(written);
        doc["k"].as_str().unwrap().to_owned()
    }

    #[test]
    fn every_form_reads_back_as_the_same_text() {
        let long = "ord ".repeat(60);
        for text in [
            "",
            "enkel",
            "citat \"så\" och \\ snedstreck",
            "\"\"\"",
            "slutar med citat\"",
            "\"",
            "rad ett\nrad två\n",
            "rad ett\n\n  indragen rad",
            "tab\there\r\n",
            "kontroll \u{1}\u{7f}",
            long.as_str(),
            &format!("{long}\n{long}\"\"\"\\"),
            &format!(
                "{}  dubbla  mellanslag  {}",
                "x".repeat(79),
                "y ".repeat(50)
            ),
        ] {
            for width in [0, 20, 99] {
                assert_eq!(read_back(&value(text, width)), text, "{text:?}");
            }
        }
    }

    #[test]
    fn long_text_is_wrapped_at_spaces() {
        let text = "Varje verksamhet ska på lokal nivå ha minst en mätbar aktivitet som väsentligen kan bidra till att det ekonomiska sparmålet uppnås.";
        let written = value(text, 7);
        assert!(written.starts_with("\"\"\"\nVarje"), "{written}");
        assert!(
            written.lines().all(|l| l.chars().count() <= WRAP + 2),
            "{written}"
        );
        assert_eq!(read_back(&written), text);
    }
}
