//! Problems in machine-readable forms: GitHub Actions annotations and JSON.
//!
//! Both are built from the [`Report`]'s problems, not from the human text.
//! The JSON shape is stable (see README, "check --format json"): fields are
//! only ever added.

use codespan_reporting::diagnostic::{LabelStyle, Severity};
use serde::Serialize;

use super::{Problem, Report, printable};

/// One problem, located: what `--format json` prints for each. Characters
/// that could drive a terminal are written as `\u{…}`, as in the human form.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diagnostic {
    /// "error" or "warning" ("note" for remarks that are neither).
    pub severity: &'static str,
    /// What kind of problem this is: the id of its message in the catalogue
    /// (`locales/`), the same in every language, e.g. "plan-unknown-reference".
    pub code: Option<String>,
    pub message: String,
    /// The file as named in the human messages (relative to where the
    /// command runs when the plan was given as a relative path); `None` for
    /// a problem that is about no file (e.g. a missing plan folder).
    pub file: Option<String>,
    /// 1-based line and column (in characters) of the problem's start.
    pub line: Option<usize>,
    pub column: Option<usize>,
    /// Where the marked text ends (exclusive column).
    pub end: Option<Position>,
    /// The short label on the marked text, e.g. "unknown id".
    pub label: Option<String>,
    /// How to fix it; several hints are joined with "; ".
    pub hint: Option<String>,
    /// Further remarks (not hints).
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Report {
    /// Every problem as a located [`Diagnostic`], in the report's order
    /// (not capped per file, unlike the human form).
    pub fn diagnostics(&self) -> Vec<Diagnostic> {
        self.problems.iter().map(|p| self.diagnostic(p)).collect()
    }

    fn diagnostic(&self, problem: &Problem) -> Diagnostic {
        let primary = problem
            .labels
            .iter()
            .find(|l| l.style == LabelStyle::Primary)
            .or(problem.labels.first());
        let hints: Vec<String> = problem.hints.iter().map(|h| printable(h)).collect();
        let notes = problem.notes.iter().map(|n| printable(n)).collect();
        let place = primary.and_then(|label| {
            let file = self.sources.name(label.file_id)?;
            let (line, column) = self.sources.location(label.file_id, label.range.start);
            let (end_line, end_column) = self.sources.location(label.file_id, label.range.end);
            let end = Position {
                line: end_line,
                column: end_column,
            };
            Some((
                printable(&file),
                line,
                column,
                end,
                printable(&label.message),
            ))
        });
        let (file, line, column, end, label) = match place {
            Some((file, line, column, end, label)) => {
                (Some(file), Some(line), Some(column), Some(end), Some(label))
            }
            None => (None, None, None, None, None),
        };
        Diagnostic {
            severity: severity(problem.severity),
            code: problem.code.clone(),
            message: printable(&problem.message),
            file,
            line,
            column,
            end,
            label: label.filter(|l| !l.is_empty()),
            hint: (!hints.is_empty()).then(|| hints.join("; ")),
            notes,
        }
    }
}

/// How a note starts in the chosen language ("note: ").
fn note_prefix() -> String {
    format!("{}: ", crate::t!("report-severity-note"))
}

fn severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Bug | Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note | Severity::Help => "note",
    }
}

impl Diagnostic {
    /// The problem as one GitHub Actions workflow command, e.g.
    /// `::error file=a.toml,line=7,col=1,endLine=7,endColumn=8,title=unknown key::message`,
    /// so that it shows on the line in a pull request.
    pub fn github_annotation(&self) -> String {
        let command = match self.severity {
            "error" => "error",
            "warning" => "warning",
            _ => "notice",
        };
        let mut properties = Vec::new();
        if let Some(file) = &self.file {
            properties.push(format!("file={}", escape_property(file)));
        }
        if let (Some(line), Some(column)) = (self.line, self.column) {
            properties.push(format!("line={line}"));
            properties.push(format!("col={column}"));
        }
        if let Some(end) = self.end {
            properties.push(format!("endLine={}", end.line));
            properties.push(format!("endColumn={}", end.column));
        }
        let title = self.label.as_deref().unwrap_or("handlingsplan");
        properties.push(format!("title={}", escape_property(title)));
        let mut message = self.message.clone();
        for note in &self.notes {
            message.push_str(&format!("\n{}{note}", note_prefix()));
        }
        if let Some(hint) = &self.hint {
            message.push_str(&format!("\n{}", crate::t!("report-hint", text = hint)));
        }
        format!(
            "::{command} {}::{}",
            properties.join(","),
            escape_data(&message)
        )
    }
}

/// A workflow command's message: `%`, CR and LF are written as `%25`,
/// `%0D` and `%0A`, so that a message is one line and means what it says.
pub fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A workflow command's property value: as [`escape_data`], and `:` and `,`
/// (which end a property) as `%3A` and `%2C`.
pub fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Hint, Sources, error_at, said, warning_at};

    fn report() -> Report {
        let mut sources = Sources::default();
        let file = sources.add(
            "plan, 2026/omraden/a:b.toml".into(),
            "rubrik = \"x\"\nansvarg = \"y\"\n".into(),
        );
        Report {
            sources,
            problems: vec![
                error_at(
                    file,
                    13..20,
                    said("unknown key `ansvarg` (100%)"),
                    "unknown key",
                )
                .hint("did you mean `ansvarig`?"),
                warning_at(file, 0..6, said("two\nlines\u{1b}[2J"), "a, b: c"),
                crate::report::error(said("plan folder not found: x")),
            ],
        }
    }

    #[test]
    fn diagnostics_are_located_with_hint_and_end() {
        let diagnostics = report().diagnostics();
        let first = &diagnostics[0];
        assert_eq!(first.severity, "error");
        assert_eq!(first.file.as_deref(), Some("plan, 2026/omraden/a:b.toml"));
        assert_eq!((first.line, first.column), (Some(2), Some(1)));
        assert_eq!(first.end, Some(Position { line: 2, column: 8 }));
        assert_eq!(first.hint.as_deref(), Some("did you mean `ansvarig`?"));
        assert_eq!(diagnostics[1].severity, "warning");
        assert_eq!(diagnostics[2].file, None);
    }

    #[test]
    fn github_annotations_escape_data_and_properties() {
        let lines: Vec<String> = report()
            .diagnostics()
            .iter()
            .map(Diagnostic::github_annotation)
            .collect();
        assert_eq!(
            lines,
            [
                "::error file=plan%2C 2026/omraden/a%3Ab.toml,line=2,col=1,endLine=2,endColumn=8,title=unknown key::unknown key `ansvarg` (100%25)%0Atips: did you mean `ansvarig`?",
                "::warning file=plan%2C 2026/omraden/a%3Ab.toml,line=1,col=1,endLine=1,endColumn=7,title=a%2C b%3A c::two%0Alines\\u{1b}[2J",
                "::error title=handlingsplan::plan folder not found: x",
            ]
        );
        assert_eq!(escape_data("a\r\nb%"), "a%0D%0Ab%25");
        assert_eq!(escape_property("C:\\a,b"), "C%3A\\a%2Cb");
    }
}
