//! The follow-up report's Markdown, through `templates/uppfoljning.md.j2` and the plan's Markdown filters.

use minijinja::value::Serde;

use crate::document::FollowUpDoc;
use crate::load::Loaded;
use crate::render::{Rendered, Template, jinja};
use crate::report::Report;

/// The built-in template.
const TEMPLATE: &str = include_str!("../../../templates/uppfoljning.md.j2");

/// The region's `templates/uppfoljning.md.j2`, or the built-in one.
pub fn template(loaded: &Loaded) -> Result<Template, Report> {
    Template::find(loaded, "uppfoljning.md.j2", TEMPLATE).map_err(Report::single)
}

/// Renders the report as Markdown.
pub fn render(report: &FollowUpDoc, loaded: &Loaded) -> Result<Rendered, Report> {
    let text = jinja::render_text(
        &super::environment(),
        &template(loaded)?,
        Serde(report),
        "Markdown",
    )?;
    Ok(Rendered::text(text))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_built_in_template_parses() {
        let env = super::super::environment();
        assert!(
            env.template_from_named_str("built-in", super::TEMPLATE)
                .is_ok()
        );
    }
}
