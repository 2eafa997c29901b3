//! The documents drawn from a plan on the plan's page setup (the follow-up report, a body's view): their template is the plan template's setup and their own part, compiled in the plan's typst World.

use serde::Serialize;

use super::{Bundle, Stated, render_stated, standards};
use crate::load::Loaded;
use crate::render::{Options, Rendered, Template};
use crate::report::Report;

/// Where the plan template's document part starts: what comes before it
/// (page, fonts, colours, header, footer, text functions) the documents
/// drawn on it share.
const DOCUMENT_PART: &str =
    "// ---------------------------------------------------------------- document";

/// The built-in plan template's setup, then the document's own part: the
/// region's `templates/<file>` (e.g. `uppfoljning.typ`), or `own`, the
/// built-in one. The setup is always the built-in one: a region's own
/// `plan.typ` is a whole document, not a setup to share.
pub fn template(loaded: &Loaded, own: &'static str, file: &str) -> Result<Template, Report> {
    let plan = super::TEMPLATE;
    let setup = plan.find(DOCUMENT_PART).map_or(plan, |at| &plan[..at]);
    let own = Template::find(loaded, file, own).map_err(Report::single)?;
    Ok(Template {
        source: format!("{setup}{}", own.source),
        ..own
    })
}

/// What a document adds to the bundle beside its data: (name, bytes),
/// e.g. the follow-up report's årshjul as `arshjul.svg`.
pub type Files = Vec<(String, Vec<u8>)>;

/// Compiles `template` over `data` (as `data.json`) and `files` to a PDF
/// declaring the plan's standards, identified as `stated` says.
pub fn render(
    data: &impl Serialize,
    files: Files,
    stated: &Stated,
    template: Template,
    loaded: &Loaded,
    options: &Options,
) -> Result<Rendered, Report> {
    let standards = standards(loaded, options)?;
    let data = serde_json::to_vec_pretty(data).expect("documents serialise to JSON");
    let mut bundle = Bundle::with_data(data, loaded, template);
    for (name, bytes) in files {
        bundle.replace_file(name, bytes);
    }
    let pdf = render_stated(stated, &bundle, loaded, options.epoch, &standards)?;
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
