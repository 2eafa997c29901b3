//! A body's view of the plan as a web page, through `templates/ansvar.html.j2` and the plan's HTML filters.

use minijinja::value::{Serde, Value};

use crate::document::BodyDoc;
use crate::load::Loaded;
use crate::render::{Rendered, Template};
use crate::report::Report;

/// The built-in template.
const TEMPLATE: &str = include_str!("../../../templates/ansvar.html.j2");

/// The region's `templates/ansvar.html.j2`, or the built-in one.
pub fn template(loaded: &Loaded) -> Result<Template, Report> {
    Template::find(loaded, "ansvar.html.j2", TEMPLATE).map_err(Report::single)
}

/// Renders the view as one self-contained page.
pub fn render(view: &BodyDoc, loaded: &Loaded) -> Result<Rendered, Report> {
    let page = super::Page {
        glossary: loaded.region.abbreviations.as_deref().unwrap_or(&[]),
        accent: &view.page.theme.accent,
        loaded,
    };
    let text = page.render(&template(loaded)?, Value::from(Serde(view)))?;
    Ok(Rendered::text(text))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_built_in_template_parses() {
        let env = super::super::environment(&[]);
        assert!(
            env.template_from_named_str("built-in", super::TEMPLATE)
                .is_ok()
        );
    }
}
