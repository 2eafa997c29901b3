//! A body's view of the plan as Markdown, through `templates/ansvar.md.j2` and the plan's Markdown filters.

use minijinja::value::Serde;

use crate::document::BodyDoc;
use crate::load::Loaded;
use crate::render::{Rendered, Template, jinja};
use crate::report::Report;

/// The built-in template.
const TEMPLATE: &str = include_str!("../../../templates/ansvar.md.j2");

/// The region's `templates/ansvar.md.j2`, or the built-in one.
pub fn template(loaded: &Loaded) -> Result<Template, Report> {
    Template::find(loaded, "ansvar.md.j2", TEMPLATE).map_err(Report::single)
}

/// Renders the view as Markdown.
pub fn render(view: &BodyDoc, loaded: &Loaded) -> Result<Rendered, Report> {
    let text = jinja::render_text(
        &super::environment(),
        &template(loaded)?,
        Serde(view),
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
