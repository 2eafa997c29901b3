//! The follow-up report's Markdown, through `templates/uppfoljning.md.j2` and the plan's Markdown filters.

use minijinja::value::Serde;

use crate::document::FollowUpDoc;
use crate::render::{Rendered, Template, jinja};
use crate::report::Report;

/// The built-in template.
const TEMPLATE: &str = include_str!("../../../templates/uppfoljning.md.j2");

pub fn template() -> Template {
    Template::built_in(TEMPLATE, "uppfoljning.md.j2")
}

/// Renders the report as Markdown.
pub fn render(report: &FollowUpDoc) -> Result<Rendered, Report> {
    let text = jinja::render_text(
        &super::environment(),
        &template(),
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
