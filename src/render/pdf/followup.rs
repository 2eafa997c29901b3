//! The follow-up report's PDF: the report template on the plan's page setup.

use super::{Stated, on_setup};
use crate::document::{FollowUpDoc, hyphenate};
use crate::load::Loaded;
use crate::render::{Options, Rendered, Template};
use crate::report::Report;

/// The report's own part of the template.
const REPORT: &str = include_str!("../../../templates/uppfoljning.typ");

/// The report's template: the built-in plan template's setup, then the report.
pub fn template() -> Template {
    on_setup::template(REPORT, "uppfoljning.typ")
}

/// Renders the report as a PDF declaring the plan's standards.
pub fn render(
    report: &FollowUpDoc,
    loaded: &Loaded,
    options: &Options,
) -> Result<Rendered, Report> {
    let report = &hyphenate::followup_cells(report);
    let stated = Stated {
        ident: &report.file_stem,
        dated: true,
    };
    on_setup::render(report, &stated, template(), loaded, options)
}
