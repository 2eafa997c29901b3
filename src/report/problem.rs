//! One problem as a value: its kind (a code), where it is, what is wrong, how to fix it.

use std::ops::{Deref, DerefMut, Range};

use codespan_reporting::diagnostic::{Diagnostic, Label, Severity};

use super::{FileId, Message};

/// One problem. The codespan diagnostic holds its severity, code (the
/// catalogue id of its message), message, marked places and remarks
/// (`notes`); the hints are kept apart, so that every output form can
/// tell a hint from a remark without reading the words.
#[derive(Debug, Clone)]
pub struct Problem {
    /// Boxed: problems travel in `Result`s, which stay small.
    diagnostic: Box<Diagnostic<FileId>>,
    /// How to fix it, each as a sentence (without "tips: ").
    pub hints: Vec<String>,
    /// The key the problem is about, when a later check may fold it into
    /// a problem of its own (see `load::columns`).
    pub subject: Option<Subject>,
}

/// What a problem says about a key of a table (named as the format writes
/// it, e.g. `[[aktivitet]]`), as a value rather than as words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    /// A required key is missing.
    Missing { table: &'static str, key: String },
    /// A key the table does not know.
    Unknown { table: &'static str, key: String },
}

impl Problem {
    /// A problem of `severity` made from a catalogue message: its text is
    /// the problem's message, its id the problem's code.
    pub(super) fn new(severity: Severity, message: Message) -> Self {
        Problem {
            diagnostic: Box::new(
                Diagnostic::new(severity)
                    .with_code(message.id)
                    .with_message(message.text),
            ),
            hints: Vec::new(),
            subject: None,
        }
    }

    /// Says which key the problem is about.
    pub fn about(mut self, subject: Subject) -> Self {
        self.subject = Some(subject);
        self
    }

    /// A remark of the report's own (e.g. how many problems are not
    /// shown): no code, no place.
    pub(super) fn remark(text: String) -> Self {
        Problem {
            diagnostic: Box::new(Diagnostic::note().with_message(text)),
            hints: Vec::new(),
            subject: None,
        }
    }

    /// Marks `span` in `file` as the problem's place, with `label`.
    pub(super) fn at(mut self, file: FileId, span: Range<usize>, label: String) -> Self {
        (self.diagnostic.labels).push(Label::primary(file, span).with_message(label));
        self
    }

    /// The codespan diagnostic to print: hints and remarks as its notes,
    /// each starting with its word in the chosen language.
    pub(super) fn to_diagnostic(&self) -> Diagnostic<FileId> {
        let hints = (self.hints.iter()).map(|text| crate::t!("report-hint", text = text.as_str()));
        let remarks = (self.diagnostic.notes.iter()).map(|text| {
            let word = crate::t!("report-severity-note");
            format!("{word}: {text}")
        });
        let mut diagnostic = (*self.diagnostic).clone();
        diagnostic.notes = hints.chain(remarks).collect();
        diagnostic
    }
}

impl Deref for Problem {
    type Target = Diagnostic<FileId>;

    fn deref(&self) -> &Self::Target {
        &self.diagnostic
    }
}

impl DerefMut for Problem {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.diagnostic
    }
}

/// Adds a hint, or a second marked place, to a problem.
pub trait Hint {
    fn hint(self, text: impl AsRef<str>) -> Self;
    fn also_at(self, file: FileId, span: Range<usize>, label: impl std::fmt::Display) -> Self;
}

impl Hint for Problem {
    fn hint(mut self, text: impl AsRef<str>) -> Self {
        self.hints.push(text.as_ref().to_owned());
        self
    }

    fn also_at(mut self, file: FileId, span: Range<usize>, label: impl std::fmt::Display) -> Self {
        let label = Label::secondary(file, span).with_message(label);
        self.diagnostic.labels.push(label);
        self
    }
}
