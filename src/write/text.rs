//! A text file's form (byte-order mark, line endings), kept when a command rewrites the file.

/// How a text file is written down, apart from what it says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TextForm {
    /// It starts with a UTF-8 byte-order mark.
    pub bom: bool,
    /// Its lines end with CR LF (Windows) rather than LF.
    pub crlf: bool,
}

const BOM: char = '\u{FEFF}';

impl TextForm {
    /// The form of `text`: a file with any CR LF line ending is a CR LF file.
    pub fn of(text: &str) -> Self {
        TextForm {
            bom: text.starts_with(BOM),
            crlf: text.contains("\r\n"),
        }
    }

    /// `text` without its byte-order mark and with LF line endings, as the
    /// loader reads it and commands edit it.
    pub fn plain(text: &str) -> String {
        text.strip_prefix(BOM).unwrap_or(text).replace("\r\n", "\n")
    }

    /// `plain` text (LF line endings, no byte-order mark) in this form.
    pub fn apply(self, plain: &str) -> String {
        let mut out = String::with_capacity(plain.len() + 3);
        if self.bom {
            out.push(BOM);
        }
        if self.crlf {
            out.push_str(&plain.replace("\r\n", "\n").replace('\n', "\r\n"));
        } else {
            out.push_str(plain);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_keeps_its_form_through_plain_and_back() {
        for text in [
            "a\nb\n",
            "\u{FEFF}a\r\nb\r\n",
            "\u{FEFF}a\n",
            "a\r\nb\n",
            "",
        ] {
            let form = TextForm::of(text);
            let plain = TextForm::plain(text);
            assert!(!plain.contains('\r') && !plain.starts_with(BOM));
            let back = form.apply(&plain);
            assert_eq!(TextForm::of(&back), form, "{text:?}");
            assert_eq!(form.apply(&TextForm::plain(&back)), back, "{text:?}");
        }
        assert_eq!(
            TextForm::of("\u{FEFF}a\r\n").apply("x\ny\n"),
            "\u{FEFF}x\r\ny\r\n"
        );
    }
}
