//! The kinds of TOML syntax mistake, each with its own message and hint in the author's terms.
//!
//! The toml crate describes a mistake in English text only; [`kind_of`] is
//! the one place that text is read. A description it does not know (a newer
//! parser) still gives a Swedish message, [`SyntaxKind::Other`], with the
//! parser's text as detail; the tests below catch such a change.

use crate::i18n::{self, Arg, Message};
use crate::msg;

/// What kind of syntax mistake a file has, as the author would fix it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxKind {
    /// `tid = December`: a text without quotes.
    UnquotedText,
    /// `godkant_datum = 2021/12/09`: a date written as TOML does not read dates.
    UnquotedDate,
    /// `tid =` and nothing after.
    MissingValue,
    /// `tid = "December`: a text never closed on its line.
    UnclosedText,
    /// `text = """…` never closed.
    UnclosedLongText,
    /// `tid = December"`: the opening quote left out.
    MissingOpeningQuote,
    /// A control character (often pasted in) inside a text or comment.
    ControlCharacter,
    /// A carriage return not followed by a line feed.
    LoneCarriageReturn,
    /// `"C:\mappar"`: a backslash that starts no escape.
    BadEscape,
    /// `"\u12"`: a character code too short or not a character.
    BadUnicodeEscape,
    /// `"""rubrik""" = …`: a key in triple quotes.
    MultiLineKey,
    /// `status$ = …`: a character keys cannot have.
    BadKeyCharacter,
    /// `= "December"`: no key before `=`.
    EmptyKey,
    /// `[]` or `[aktivitet.]`: a table header without a name.
    EmptyTableName,
    /// `tid December`: a key without `=`.
    KeyWithoutValue,
    /// `status datum = …`: a key with a space in it.
    KeyWithSpace,
    /// `status]`: a table header without its opening bracket.
    MissingTableOpen,
    /// `[status`: a table header never closed.
    UnclosedTable,
    /// `[[andring]`: a header of a list of tables never closed.
    UnclosedArrayTable,
    /// `tid = December, mars` or `a = 1 b = 2`: more on the line after a value.
    ExtraContent,
    /// `[status] x`: more on the line after a table header.
    HeaderExtra,
    /// `tid == "December"`.
    ExtraEquals,
    /// `rapportering = ["LSG"`: a list never closed.
    UnclosedList,
    /// `["LSG" "Rådet"]`.
    ListComma,
    /// `["LSG",, "Rådet"]`.
    ListExtraComma,
    /// `[namn = "LSG"]`: `=` inside a list.
    ListEquals,
    /// A `]` or `}` with nothing it closes.
    UnmatchedClose,
    /// `{ falt = "tid"`: an inline table never closed.
    InlineTableUnclosed,
    /// A mistaken entry of an inline table: missing or extra commas or `=`.
    InlineTableEntry,
    /// `bredd = 01`.
    LeadingZero,
    /// A number written as TOML does not read numbers.
    BadNumber,
    /// `visa = Ja`: neither `true` nor `false`.
    BadBoolean,
    /// `godkant_datum = 2021-02-30`: a date or time that does not exist.
    BadDate,
    /// The same key twice in one table.
    DuplicateKey,
    /// The same `[table]` header twice.
    DuplicateTable,
    /// `[aktivitet.per_ar]` before the `[[aktivitet]]` it belongs to.
    SubtableFirst,
    /// `status = "x"` and later `status.text = …` or `[status]`.
    KeyAlreadyValue,
    /// Lists and tables nested past the parser's limit.
    TooDeep,
    /// A description this module does not know.
    Other,
}

/// The kind of mistake the toml crate's description names. The only
/// function that reads the parser's English text.
pub fn kind_of(description: &str) -> SyntaxKind {
    use SyntaxKind::*;
    const KNOWN: &[(&str, SyntaxKind)] = &[
        ("string values must be quoted", UnquotedText),
        ("missing value", MissingValue),
        ("invalid basic string, expected `\"`", UnclosedText),
        ("invalid literal string, expected `'`", UnclosedText),
        (
            "invalid multi-line basic string, expected `\"`",
            UnclosedLongText,
        ),
        (
            "invalid multi-line literal string, expected `'`",
            UnclosedLongText,
        ),
        ("invalid basic string", ControlCharacter),
        ("invalid literal string", ControlCharacter),
        ("invalid multi-line", ControlCharacter),
        ("invalid comment character", ControlCharacter),
        ("missing opening quote", MissingOpeningQuote),
        (
            "carriage return must be followed by newline",
            LoneCarriageReturn,
        ),
        ("missing escaped value", BadEscape),
        ("too few unicode value digits", BadUnicodeEscape),
        ("invalid value, expected unicode", BadUnicodeEscape),
        ("keys cannot be multi-line", MultiLineKey),
        ("invalid unquoted key", BadKeyCharacter),
        ("unquoted keys cannot be empty", EmptyKey),
        ("invalid key-value pair", EmptyKey),
        ("key with no value", KeyWithoutValue),
        ("missing table open", MissingTableOpen),
        ("unclosed table", UnclosedTable),
        ("unclosed array table", UnclosedArrayTable),
        ("unexpected key or value", ExtraContent),
        ("unexpected content", ExtraContent),
        ("extra `=`", ExtraEquals),
        ("unclosed array", UnclosedList),
        ("missing comma between array elements", ListComma),
        ("extra comma in array", ListExtraComma),
        ("unexpected `=` in array", ListEquals),
        ("missing array opening", UnmatchedClose),
        ("missing inline table opening", UnmatchedClose),
        ("unclosed inline table", InlineTableUnclosed),
        ("missing comma between key-value pairs", InlineTableEntry),
        ("extra comma in inline table", InlineTableEntry),
        ("extra assignment between key-value pairs", InlineTableEntry),
        (
            "missing assignment between key-value pairs",
            InlineTableEntry,
        ),
        ("invalid inline table element", InlineTableEntry),
        ("missing key for inline table element", InlineTableEntry),
        ("unexpected leading zero", LeadingZero),
        ("`_` may only go between digits", BadNumber),
        ("integers with a radix cannot be signed", BadNumber),
        ("radix must be lowercase", BadNumber),
        ("redundant integer number prefix", BadNumber),
        ("redundant numeric sign", BadNumber),
        ("unexpected sign", BadNumber),
        ("invalid integer number", BadNumber),
        ("invalid hexadecimal number", BadNumber),
        ("invalid octal number", BadNumber),
        ("invalid binary number", BadNumber),
        ("invalid float", BadNumber),
        ("invalid fraction", BadNumber),
        ("invalid exponent", BadNumber),
        ("invalid boolean", BadBoolean),
        ("invalid date", BadDate),
        ("invalid time", BadDate),
        ("invalid offset", BadDate),
        ("invalid nanoseconds", BadDate),
        ("duplicate key", DuplicateKey),
        ("cannot extend value of type", KeyAlreadyValue),
        ("cannot recurse further", TooDeep),
        ("recursion limit", TooDeep),
    ];
    (KNOWN.iter())
        .find(|(start, _)| description.starts_with(start))
        .map_or(Other, |(_, kind)| *kind)
}

/// What a message says about the mistake: the key and value as written,
/// a line it refers to (0: none), a corrected line and the closing quote.
#[derive(Default)]
pub struct Said {
    pub key: String,
    pub value: String,
    pub line: usize,
    pub example: String,
    pub quote: String,
    /// The parser's own description, shown only for [`SyntaxKind::Other`].
    pub detail: String,
}

impl Said {
    fn args(&self) -> [(&str, Arg<'_>); 6] {
        [
            ("key", Arg::from(self.key.as_str())),
            ("value", Arg::from(self.value.as_str())),
            ("line", Arg::from(self.line)),
            ("example", Arg::from(self.example.as_str())),
            ("quote", Arg::from(self.quote.as_str())),
            ("detail", Arg::from(self.detail.as_str())),
        ]
    }
}

/// The message, label and hint for a mistake of `kind`.
pub fn texts(kind: SyntaxKind, said: &Said) -> (Message, String, String) {
    let message = message(kind, &said.key, &said.value, &said.detail);
    let args = said.args();
    let label = i18n::message(&format!("{}.label", message.id), &args);
    let hint = i18n::message(&format!("{}.hint", message.id), &args);
    (message, label, hint)
}

/// The message of each kind; its `.label` and `.hint` take all of [`Said`].
fn message(kind: SyntaxKind, key: &str, value: &str, detail: &str) -> Message {
    use SyntaxKind::*;
    let (k, v) = (key, value);
    match kind {
        UnquotedText => msg!("load-toml-unquoted-text", key = k, value = v),
        UnquotedDate => msg!("load-toml-unquoted-date", key = k, value = v),
        MissingValue => msg!("load-toml-missing-value", key = k, value = v),
        UnclosedText => msg!("load-toml-unclosed-text", key = k, value = v),
        UnclosedLongText => msg!("load-toml-unclosed-long-text", key = k, value = v),
        MissingOpeningQuote => msg!("load-toml-missing-opening-quote", key = k, value = v),
        ControlCharacter => msg!("load-toml-control-character", key = k, value = v),
        LoneCarriageReturn => msg!("load-toml-lone-carriage-return", key = k, value = v),
        BadEscape => msg!("load-toml-bad-escape", key = k, value = v),
        BadUnicodeEscape => msg!("load-toml-bad-unicode-escape", key = k, value = v),
        MultiLineKey => msg!("load-toml-multi-line-key", key = k, value = v),
        BadKeyCharacter => msg!("load-toml-bad-key-character", key = k, value = v),
        EmptyKey => msg!("load-toml-empty-key", key = k, value = v),
        EmptyTableName => msg!("load-toml-empty-table-name", key = k, value = v),
        KeyWithoutValue => msg!("load-toml-key-without-value", key = k, value = v),
        KeyWithSpace => msg!("load-toml-key-with-space", key = k, value = v),
        MissingTableOpen => msg!("load-toml-missing-table-open", key = k, value = v),
        UnclosedTable => msg!("load-toml-unclosed-table", key = k, value = v),
        UnclosedArrayTable => msg!("load-toml-unclosed-array-table", key = k, value = v),
        ExtraContent => msg!("load-toml-extra-content", key = k, value = v),
        HeaderExtra => msg!("load-toml-header-extra", key = k, value = v),
        ExtraEquals => msg!("load-toml-extra-equals", key = k, value = v),
        UnclosedList => msg!("load-toml-unclosed-list", key = k, value = v),
        ListComma => msg!("load-toml-list-comma", key = k, value = v),
        ListExtraComma => msg!("load-toml-list-extra-comma", key = k, value = v),
        ListEquals => msg!("load-toml-list-equals", key = k, value = v),
        UnmatchedClose => msg!("load-toml-unmatched-close", key = k, value = v),
        InlineTableUnclosed => msg!("load-toml-inline-table-unclosed", key = k, value = v),
        InlineTableEntry => msg!("load-toml-inline-table-entry", key = k, value = v),
        LeadingZero => msg!("load-toml-leading-zero", key = k, value = v),
        BadNumber => msg!("load-toml-bad-number", key = k, value = v),
        BadBoolean => msg!("load-toml-bad-boolean", key = k, value = v),
        BadDate => msg!("load-toml-bad-date", key = k, value = v),
        DuplicateKey => msg!("load-toml-duplicate-key", key = k, value = v),
        DuplicateTable => msg!("load-toml-duplicate-table", key = k, value = v),
        SubtableFirst => msg!("load-toml-subtable-first", key = k, value = v),
        KeyAlreadyValue => msg!("load-toml-key-already-value", key = k, value = v),
        TooDeep => msg!("load-toml-too-deep", key = k, value = v),
        Other => msg!("load-invalid-toml", detail = detail),
    }
}

/// A small file with each kind of mistake (but [`SyntaxKind::Other`]), for tests.
#[cfg(test)]
pub fn samples() -> Vec<(SyntaxKind, String)> {
    use SyntaxKind::*;
    let deep = format!("a = {}1{}\n", "[".repeat(200), "]".repeat(200));
    let samples: [(SyntaxKind, &str); 37] = [
        (UnquotedText, "tid = December\n"),
        (UnquotedDate, "godkant_datum = 2021/12/09\n"),
        (MissingValue, "tid =\n"),
        (UnclosedText, "tid = \"December\nx = 1\n"),
        (UnclosedLongText, "text = \"\"\"Första raden.\nx = 1\n"),
        (MissingOpeningQuote, "tid = December\"\n"),
        (ControlCharacter, "tid = \"Dec\u{1}ember\"\n"),
        (LoneCarriageReturn, "a = 1\rb = 2\n"),
        (BadEscape, "fil = \"C:\\Dokument\"\n"),
        (BadUnicodeEscape, "tecken = \"\\u12\"\n"),
        (MultiLineKey, "\"\"\"rubrik\"\"\" = \"Syfte\"\n"),
        (BadKeyCharacter, "status$ = 1\n"),
        (EmptyKey, "= \"December\"\n"),
        (EmptyTableName, "[]\n"),
        (KeyWithoutValue, "tid December\n"),
        (KeyWithSpace, "status datum = 2026-01-01\n"),
        (MissingTableOpen, "status]\n"),
        (UnclosedTable, "[status\nx = 1\n"),
        (UnclosedArrayTable, "[[andring]\nx = 1\n"),
        (ExtraContent, "tid = \"December\", 2026\n"),
        (HeaderExtra, "[status] x\n"),
        (ExtraEquals, "tid == \"December\"\n"),
        (UnclosedList, "rapportering = [\"LSG\", \"Rådet\"\n"),
        (ListComma, "rapportering = [\"LSG\" \"Rådet\"]\n"),
        (ListExtraComma, "rapportering = [\"LSG\",, \"Rådet\"]\n"),
        (ListEquals, "rapportering = [\"LSG\" = 1]\n"),
        (UnmatchedClose, "tid = }\n"),
        (InlineTableUnclosed, "kolumn = { falt = \"tid\"\n"),
        (InlineTableEntry, "kolumn = { falt = \"tid\" = 1 }\n"),
        (LeadingZero, "bredd = 01\n"),
        (BadNumber, "bredd = 1__0\n"),
        (BadBoolean, "visa = True\n"),
        (BadDate, "godkant_datum = 2021-02-30\n"),
        (DuplicateKey, "tid = \"Mars\"\ntid = \"April\"\n"),
        (DuplicateTable, "[status]\nx = 1\n[status]\ny = 1\n"),
        (
            SubtableFirst,
            "[aktivitet.per_ar]\n2026 = \"a\"\n\n[[aktivitet]]\nid = \"a\"\n",
        ),
        (KeyAlreadyValue, "status = 1\nstatus.text = 2\n"),
    ];
    let mut out: Vec<_> = samples.map(|(k, s)| (k, s.to_owned())).into();
    out.push((TooDeep, deep));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn every_kind_has_a_label_and_hint_in_both_languages() {
        for (kind, _) in samples()
            .into_iter()
            .chain([(SyntaxKind::Other, String::new())])
        {
            let id = message(kind, "", "", "").id;
            for lang in Lang::ALL {
                for part in ["label", "hint"] {
                    let id = format!("{id}.{part}");
                    assert!(i18n::has(lang, &id), "{id} is missing in {}", lang.code());
                }
            }
        }
    }

    #[test]
    fn an_unknown_description_is_other() {
        assert_eq!(
            kind_of("a mistake no parser has made yet"),
            SyntaxKind::Other
        );
    }
}
