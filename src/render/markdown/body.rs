//! A body's view of the plan as Markdown, through `templates/ansvar.md.j2` and the plan's Markdown filters.

use minijinja::value::Serde;

use crate::document::BodyDoc;
use crate::render::{Rendered, Template, jinja};
use crate::report::Report;

/// The built-in template.
const TEMPLATE: &str = include_str!("../../../templates/ansvar.md.j2");

pub fn template() -> Template {
    Template::built_in(TEMPLATE, "ansvar.md.j2")
}

/// Renders the view as Markdown.
pub fn render(view: &BodyDoc) -> Result<Rendered, Report> {
    let text = jinja::render_text(&super::environment(), &template(), Serde(view), "Markdown")?;
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
