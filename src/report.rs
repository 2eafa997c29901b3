//! Collected problems with their source files, rendered like a compiler's errors.

use std::ops::Range;

use codespan_reporting::diagnostic::{Diagnostic, Label};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::{self, Config, termcolor};

/// Index of a file in [`Sources`].
pub type FileId = usize;

/// One problem: a codespan diagnostic over the plan's files.
pub type Problem = Diagnostic<FileId>;

/// The text of every file read so far, so problems can quote it.
#[derive(Default)]
pub struct Sources {
    files: SimpleFiles<String, String>,
}

impl Sources {
    pub fn add(&mut self, name: String, text: String) -> FileId {
        self.files.add(name, text)
    }

    pub fn text(&self, id: FileId) -> &str {
        self.files
            .get(id)
            .map(|f| f.source().as_str())
            .unwrap_or("")
    }
}

/// Everything that is wrong with a plan, ready to print.
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
    /// Renders all problems as plain text (for tests and logs).
    pub fn to_plain_string(&self) -> String {
        let config = Config::default();
        let mut out = String::new();
        for problem in &self.problems {
            if term::emit_to_string(&mut out, &config, &self.sources.files, problem).is_err() {
                out.push_str(&format!("error: {}\n", problem.message));
            }
        }
        out.push_str(&self.summary());
        out.push('\n');
        out
    }

    /// Prints all problems to standard error, in colour on a terminal.
    pub fn eprint(&self, color: termcolor::ColorChoice) {
        let stream = termcolor::StandardStream::stderr(color);
        let mut lock = stream.lock();
        let config = Config::default();
        for problem in &self.problems {
            if term::emit_to_write_style(&mut lock, &config, &self.sources.files, problem).is_err()
            {
                eprintln!("error: {}", problem.message);
            }
        }
        drop(lock);
        eprintln!("{}", self.summary());
    }

    fn summary(&self) -> String {
        match self.problems.len() {
            1 => "1 problem found; nothing was written.".to_owned(),
            n => format!("{n} problems found; nothing was written."),
        }
    }
}

/// An error without a place in a file.
pub fn error(message: impl std::fmt::Display) -> Problem {
    Diagnostic::error().with_message(message)
}

/// An error pointing at `span` in `file`, underlined with `label`.
pub fn error_at(
    file: FileId,
    span: Range<usize>,
    message: impl std::fmt::Display,
    label: impl std::fmt::Display,
) -> Problem {
    Diagnostic::error()
        .with_message(message)
        .with_label(Label::primary(file, span).with_message(label))
}

/// Adds a "hint: …" line to a problem.
pub trait Hint {
    fn hint(self, text: impl AsRef<str>) -> Self;
    fn also_at(self, file: FileId, span: Range<usize>, label: impl std::fmt::Display) -> Self;
}

impl Hint for Problem {
    fn hint(self, text: impl AsRef<str>) -> Self {
        self.with_note(format!("hint: {}", text.as_ref()))
    }

    fn also_at(self, file: FileId, span: Range<usize>, label: impl std::fmt::Display) -> Self {
        self.with_label(Label::secondary(file, span).with_message(label))
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

fn fold(word: &str) -> String {
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
}
