//! Markdown values and files read into formatted text, with the parser's notes placed in the plan's files.

use toml::Spanned;

use super::markdown;
use super::table::Table;
use super::text;
use crate::model::Rich;
use crate::report::{FileId, Sources};

/// A Markdown value from a TOML string, e.g. an activity's `text`.
pub fn value(_table: &mut Table, value: &Spanned<String>, _sources: &Sources) -> Rich {
    markdown::parse(value.get_ref())
}

/// A whole Markdown file (a section's `fil`).
pub fn file(id: FileId, table: &mut Table, sources: &Sources) -> Rich {
    let source = sources.text(id);
    let (cleaned, problems) = text::check_file(id, source);
    for problem in problems {
        table.report(problem);
    }
    markdown::parse(cleaned.as_deref().unwrap_or(source))
}
