//! The follow-up report's PDF: the report template on the plan's page setup, with the årshjul's figure beside its data.

use super::{Stated, on_setup};
use crate::document::{FollowUpDoc, hyphenate};
use crate::load::Loaded;
use crate::render::{Options, Rendered, Template};
use crate::report::Report;

/// The report's own part of the template.
const REPORT: &str = include_str!("../../../templates/uppfoljning.typ");

/// Where the bundle holds the årshjul's SVG, which the template draws.
const YEAR_WHEEL: &str = "arshjul.svg";

/// The report's template: the built-in plan template's setup, then the
/// region's `templates/uppfoljning.typ` or the built-in one.
pub fn template(loaded: &Loaded) -> Result<Template, Report> {
    on_setup::template(loaded, REPORT, "uppfoljning.typ")
}

/// Renders the report as a PDF declaring the plan's standards.
pub fn render(
    report: &FollowUpDoc,
    loaded: &Loaded,
    options: &Options,
) -> Result<Rendered, Report> {
    let report = &hyphenate::followup_cells(report);
    let theme = &report.page.theme;
    let wheel = crate::render::year_wheel::svg(&report.year_wheel, &theme.font, &theme.accent)?;
    let files = vec![(YEAR_WHEEL.to_owned(), wheel.into_bytes())];
    let stated = Stated {
        ident: &report.file_stem,
        dated: true,
    };
    on_setup::render(report, files, &stated, template(loaded)?, loaded, options)
}
