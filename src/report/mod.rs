//! Collected problems with their source files, rendered like a compiler's errors.

pub mod machine;
mod problem;
mod view;

use std::collections::HashMap;
use std::ops::Range;

use codespan_reporting::diagnostic::{Label, Severity};

pub use crate::i18n::Message;
use std::io::Write;

use codespan_reporting::term::{self, Config, termcolor};

/// Index of a file in [`Sources`].
pub type FileId = usize;

pub use problem::{Hint, Problem, Subject};

/// At most this many problems are shown per file; the rest are counted.
pub const MAX_PER_FILE: usize = 30;

/// The text of every file read so far, so problems can quote it.
#[derive(Default, Clone)]
pub struct Sources {
    files: Vec<SourceFile>,
}

impl std::fmt::Debug for Sources {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list()
            .entries(self.files.iter().map(|s| &s.name))
            .finish()
    }
}

#[derive(Clone)]
struct SourceFile {
    name: String,
    /// The text as read (line endings normalised).
    text: String,
    /// The text as quoted in messages: control characters replaced, so that
    /// a plan file can never send escape sequences to the terminal.
    shown: String,
    line_starts: Vec<usize>,
}

impl Sources {
    pub fn add(&mut self, name: String, text: String) -> FileId {
        let shown = text.chars().map(shown_char).collect::<String>();
        debug_assert_eq!(shown.len(), text.len());
        let line_starts = codespan_reporting::files::line_starts(&shown).collect();
        self.files.push(SourceFile {
            name,
            text,
            shown,
            line_starts,
        });
        self.files.len() - 1
    }

    /// How many files were read.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    pub fn text(&self, id: FileId) -> &str {
        self.files.get(id).map_or("", |f| f.text.as_str())
    }

    pub fn name(&self, id: FileId) -> Option<String> {
        self.files.get(id).map(|f| f.name.clone())
    }

    fn shown(&self, id: FileId) -> &str {
        self.files.get(id).map_or("", |f| f.shown.as_str())
    }

    fn line_starts(&self, id: FileId) -> &[usize] {
        self.files
            .get(id)
            .map_or(&[0], |f| f.line_starts.as_slice())
    }

    /// 1-based line and column of a byte offset.
    pub fn location(&self, id: FileId, byte: usize) -> (usize, usize) {
        let starts = self.line_starts(id);
        let line = starts.partition_point(|&s| s <= byte).saturating_sub(1);
        let text = self.text(id);
        let start = starts.get(line).copied().unwrap_or(0).min(text.len());
        let column = text
            .get(start..byte.min(text.len()))
            .map_or(0, |s| s.chars().count());
        (line + 1, column + 1)
    }
}

/// Characters never printed to a terminal as they are: control characters
/// (escape sequences) and bidirectional overrides (which reorder the line).
fn unsafe_to_print(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// An unsafe character in a quoted line becomes a visible character of the
/// same length in UTF-8, so that byte offsets stay valid.
fn shown_char(c: char) -> char {
    match c {
        c if !unsafe_to_print(c) => c,
        c if c.len_utf8() == 1 => '?',
        c if c.len_utf8() == 2 => '¿',
        _ => '\u{fffd}',
    }
}

/// Escapes unsafe characters in a message, so that nothing a plan says
/// can reach the terminal as an escape sequence or reorder a line.
pub fn printable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if unsafe_to_print(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// Everything that is wrong with a plan (errors) or worth a second look
/// (warnings), ready to print.
#[derive(Default, Clone)]
pub struct Report {
    pub sources: Sources,
    pub problems: Vec<Problem>,
}

/// Debug output is the rendered report, so that a failing `expect` shows it.
impl std::fmt::Debug for Report {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.to_plain_string())
    }
}

impl Report {
    /// A report of one problem that quotes no file.
    pub fn single(problem: Problem) -> Self {
        Report {
            sources: Sources::default(),
            problems: vec![problem],
        }
    }

    pub fn errors(&self) -> usize {
        self.count(Severity::Error) + self.count(Severity::Bug)
    }

    pub fn warnings(&self) -> usize {
        self.count(Severity::Warning)
    }

    pub fn has_errors(&self) -> bool {
        self.errors() > 0
    }

    fn count(&self, severity: Severity) -> usize {
        self.problems
            .iter()
            .filter(|p| p.severity == severity)
            .count()
    }

    /// "2 fel, 1 varning" / "2 errors, 1 warning".
    pub fn counts(&self) -> String {
        let mut parts = Vec::new();
        let (e, w) = (self.errors(), self.warnings());
        if e > 0 || w == 0 {
            parts.push(crate::t!("report-errors", count = e));
        }
        if w > 0 {
            parts.push(crate::t!("report-warnings", count = w));
        }
        parts.join(", ")
    }

    /// The problems to print, at most [`MAX_PER_FILE`] per file, each
    /// followed by a note of how many more a file has.
    fn shown(&self) -> Vec<Problem> {
        let mut per_file: HashMap<Option<FileId>, usize> = HashMap::new();
        let mut out = Vec::new();
        for problem in &self.problems {
            let file = problem.labels.first().map(|l| l.file_id);
            let seen = per_file.entry(file).or_default();
            *seen += 1;
            if *seen <= MAX_PER_FILE {
                out.push(problem.clone());
            }
        }
        let mut files: Vec<_> = per_file.into_iter().collect();
        files.sort();
        for (file, count) in files {
            if count > MAX_PER_FILE {
                let name = file
                    .and_then(|f| self.sources.name(f))
                    .unwrap_or_else(|| crate::t!("report-the-plan"));
                out.push(Problem::remark(crate::t!(
                    "report-not-shown",
                    count = count - MAX_PER_FILE,
                    file = name
                )));
            }
        }
        out
    }

    /// Renders all problems as plain text (for tests and logs).
    pub fn to_plain_string(&self) -> String {
        let mut buffer = termcolor::Buffer::no_color();
        for problem in self.shown() {
            self.emit(&mut buffer, problem);
        }
        let mut out = String::from_utf8_lossy(buffer.as_slice()).into_owned();
        out.push_str(&format!("{}\n", self.counts()));
        out
    }

    /// Prints all problems to standard error, in colour on a terminal.
    pub fn eprint(&self, color: termcolor::ColorChoice) -> std::io::Result<()> {
        let writer = termcolor::BufferWriter::stderr(color);
        let mut buffer = writer.buffer();
        for problem in self.shown() {
            self.emit(&mut buffer, problem);
        }
        writer.print(&buffer)
    }

    /// Writes one problem to `buffer`, with the word for its severity in
    /// the chosen language.
    fn emit(&self, buffer: &mut termcolor::Buffer, mut problem: Problem) {
        make_printable(&mut problem);
        // The code is for machines (`--format json`); people read the text.
        problem.code = None;
        let mut problem = problem.to_diagnostic();
        let view = view::View::new(&self.sources, &mut problem);
        let mut one = if termcolor::WriteColor::supports_color(buffer) {
            termcolor::Buffer::ansi()
        } else {
            termcolor::Buffer::no_color()
        };
        let text = match term::emit_to_write_style(&mut one, &Config::default(), &view, &problem) {
            Ok(()) => String::from_utf8_lossy(one.as_slice()).into_owned(),
            Err(_) => format!(
                "{}: {}\n",
                english_severity(problem.severity),
                problem.message
            ),
        };
        // Writing to memory cannot fail.
        let _ = buffer.write_all(translate_severity(&text, problem.severity).as_bytes());
    }
}

/// The word codespan writes for a severity.
fn english_severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Bug => "bug",
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
        Severity::Help => "help",
    }
}

/// The word for a severity in the chosen language.
fn severity_word(severity: Severity) -> String {
    match severity {
        Severity::Bug => crate::t!("report-severity-bug"),
        Severity::Error => crate::t!("report-severity-error"),
        Severity::Warning => crate::t!("report-severity-warning"),
        Severity::Note => crate::t!("report-severity-note"),
        Severity::Help => crate::t!("report-severity-help"),
    }
}

/// A problem as codespan wrote it, with the severity at the start of its
/// first line (after any colour codes) in the chosen language.
fn translate_severity(written: &str, severity: Severity) -> String {
    let english = english_severity(severity);
    let word = severity_word(severity);
    let first_line = written.find('\n').unwrap_or(written.len());
    match written[..first_line].find(english) {
        Some(at) if word != english => {
            format!("{}{word}{}", &written[..at], &written[at + english.len()..])
        }
        _ => written.to_owned(),
    }
}

fn make_printable(problem: &mut Problem) {
    problem.message = printable(&problem.message);
    for note in &mut problem.notes {
        *note = printable(note);
    }
    for hint in &mut problem.hints {
        *hint = printable(hint);
    }
    for label in &mut problem.labels {
        label.message = printable(&label.message);
    }
}

/// A problem of `severity` made from a catalogue message: its text is the
/// problem's message, its id the problem's code. Every problem is made here.
fn problem(severity: Severity, message: Message) -> Problem {
    Problem::new(severity, message)
}

/// A message with no catalogue entry, for the tests of this module.
#[cfg(test)]
pub(crate) fn said(text: &str) -> Message {
    Message {
        id: "test",
        text: text.to_owned(),
    }
}

/// An error without a place in a file.
pub fn error(message: Message) -> Problem {
    problem(Severity::Error, message)
}

/// A warning without a place in a file.
pub fn warning(message: Message) -> Problem {
    problem(Severity::Warning, message)
}

/// An error pointing at `span` in `file`, underlined with `label`.
pub fn error_at(
    file: FileId,
    span: Range<usize>,
    message: Message,
    label: impl std::fmt::Display,
) -> Problem {
    error(message).at(file, span, label.to_string())
}

/// A warning pointing at `span` in `file`: the build goes on.
pub fn warning_at(
    file: FileId,
    span: Range<usize>,
    message: Message,
    label: impl std::fmt::Display,
) -> Problem {
    warning(message).at(file, span, label.to_string())
}

/// Points `problem` at the place in a plan file that named the file it is
/// about: as its main mark if it has none yet, else as a second one.
pub fn named_at(mut problem: Problem, file: FileId, span: Range<usize>, label: &str) -> Problem {
    if problem.labels.is_empty() {
        problem.labels = vec![Label::primary(file, span).with_message(label)];
        problem
    } else {
        problem.also_at(file, span, label)
    }
}

/// The candidate closest to `word`, if it is close enough to be a likely typo.
///
/// Swedish letters are folded (`ä` → `a`) first, so `"gäller_för"` finds `galler_for`.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let folded = fold(word);
    candidates
        .into_iter()
        .map(|c| (strsim::damerau_levenshtein(&folded, &fold(c)), c))
        .filter(|&(distance, c)| distance <= (c.chars().count() / 3).max(1))
        .min_by_key(|&(distance, _)| distance)
        .map(|(_, c)| c)
}

/// A word with å, ä, ö (and é) folded to ASCII and spaces and dashes as `_`:
/// how a Swedish word is written as a key (`gäller för` → `galler_for`).
pub fn fold(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            'å' | 'ä' | 'Å' | 'Ä' => 'a',
            'ö' | 'Ö' => 'o',
            'é' | 'É' => 'e',
            '-' | ' ' => '_',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hints_and_remarks_are_printed_each_with_its_word() {
        let mut problem = error(said("bad")).hint("write it like this");
        problem.notes.push("a remark".into());
        assert_eq!(problem.hints, ["write it like this"]);
        let text = Report::single(problem).to_plain_string();
        assert!(text.contains("= tips: write it like this\n"), "{text}");
        assert!(text.contains("= not: a remark\n"), "{text}");
    }

    #[test]
    fn suggests_the_nearest_key() {
        let keys = ["ansvarig", "tid", "rapportering", "text"];
        assert_eq!(did_you_mean("ansvarg", keys), Some("ansvarig"));
        assert_eq!(did_you_mean("Ansvarig", keys), Some("ansvarig"));
        assert_eq!(did_you_mean("rapporteringen", keys), Some("rapportering"));
        assert_eq!(did_you_mean("kommentar", keys), None);
        assert_eq!(did_you_mean("rapportring", keys), Some("rapportering"));
        assert_eq!(did_you_mean("xyz", keys), None);
        assert_eq!(
            did_you_mean("gäller_för", ["galler_for"]),
            Some("galler_for")
        );
    }

    #[test]
    fn long_lines_are_quoted_around_the_mark_with_true_columns() {
        let mut sources = Sources::default();
        let line = format!("x = \"{}ERR{}\"", "a".repeat(5000), "b".repeat(5000));
        let file = sources.add("f.toml".into(), format!("# first\n{line}\n"));
        let at = 8 + line.find("ERR").unwrap();
        let report = Report {
            sources,
            problems: vec![error_at(file, at..at + 3, said("bad"), "here")],
        };
        let text = report.to_plain_string();
        assert!(text.len() < 1200, "{text}");
        assert!(text.contains("f.toml:2:5006"), "{text}");
        assert!(
            text.contains("│ …aaa") && text.contains("aaaERRbbb"),
            "{text}"
        );
    }

    #[test]
    fn control_characters_never_reach_the_terminal() {
        let mut sources = Sources::default();
        let file = sources.add("f.toml".into(), "x = \"\u{1b}[31mred\"\n".into());
        let report = Report {
            sources,
            problems: vec![error_at(file, 5..6, said("bad \u{1b}[2J"), "here")],
        };
        let text = report.to_plain_string();
        assert!(!text.contains('\u{1b}'), "{text}");
        assert!(text.contains("bad \\u{1b}[2J"), "{text}");
    }

    #[test]
    fn problems_per_file_are_capped_with_a_count() {
        let mut sources = Sources::default();
        let file = sources.add("f.toml".into(), "x\n".repeat(100));
        let problems = (0..100)
            .map(|i| error_at(file, i * 2..i * 2 + 1, said("bad"), ""))
            .collect();
        let text = Report { sources, problems }.to_plain_string();
        assert_eq!(text.matches("fel: bad").count(), MAX_PER_FILE);
        assert!(
            text.contains("70 problem till i f.toml visas inte; rätta dem ovan först"),
            "{text}"
        );
    }
}
