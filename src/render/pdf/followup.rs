//! The follow-up report's PDF: the report template appended to the plan's page setup, compiled in the plan's typst World.

use super::{Bundle, Stated, render_stated, standards};
use crate::document::{FollowUpDoc, hyphenate};
use crate::load::Loaded;
use crate::render::{Options, Rendered, Template};
use crate::report::Report;

/// The report's own part of the template.
const REPORT: &str = include_str!("../../../templates/uppfoljning.typ");

/// Where the bundle holds the årshjul's SVG, which the template draws.
const YEAR_WHEEL: &str = "arshjul.svg";

/// Where the plan template's document part starts: what comes before it
/// (page, fonts, colours, header, footer, text functions) the report shares.
const DOCUMENT_PART: &str =
    "// ---------------------------------------------------------------- document";

/// The report's template: the built-in plan template's setup, then the report.
pub fn template() -> Template {
    let plan = super::TEMPLATE;
    let setup = plan.find(DOCUMENT_PART).map_or(plan, |at| &plan[..at]);
    Template {
        source: format!("{setup}{REPORT}"),
        name: crate::t!("render-builtin-template", file = "uppfoljning.typ"),
        built_in: true,
    }
}

/// Renders the report as a PDF declaring the plan's standards.
pub fn render(
    report: &FollowUpDoc,
    loaded: &Loaded,
    options: &Options,
) -> Result<Rendered, Report> {
    let standards = standards(loaded, options)?;
    let report = &hyphenate::followup_cells(report);
    let data = serde_json::to_vec_pretty(report).expect("reports serialise to JSON");
    let mut bundle = Bundle::with_data(data, loaded, template());
    let theme = &report.theme;
    let wheel = crate::render::year_wheel::svg(&report.year_wheel, &theme.font, &theme.accent)?;
    bundle.replace_file(YEAR_WHEEL.to_owned(), wheel.into_bytes());
    let stated = Stated {
        ident: &report.file_stem,
        dated: true,
    };
    let pdf = render_stated(&stated, &bundle, loaded, options.epoch, &standards)?;
    Ok(Rendered {
        summary: Some(crate::t!("render-pages", count = pdf.pages)),
        bytes: pdf.bytes,
        warnings: pdf.warnings,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_plan_template_has_its_document_part() {
        assert!(super::super::TEMPLATE.contains(super::DOCUMENT_PART));
    }
}
