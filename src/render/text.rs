//! Plain text for the terminal: a body's view of the plan (`ansvar --organ` without `-o`), through `templates/ansvar.txt.j2`.
//!
//! Plan text is printed as it is: the loader refuses control characters,
//! so nothing in it can drive a terminal.

use minijinja::value::Serde;

use crate::document::BodyDoc;
use crate::load::Loaded;
use crate::render::{Template, jinja};
use crate::report::Report;

/// The built-in template.
const TEMPLATE: &str = include_str!("../../templates/ansvar.txt.j2");

/// The region's `templates/ansvar.txt.j2`, or the built-in one.
pub fn template(loaded: &Loaded) -> Result<Template, Report> {
    Template::find(loaded, "ansvar.txt.j2", TEMPLATE).map_err(Report::single)
}

/// The view as lines of text, ending in a newline.
pub fn body(view: &BodyDoc, loaded: &Loaded) -> Result<String, Report> {
    jinja::render_text(
        &jinja::environment(),
        &template(loaded)?,
        Serde(view),
        "text",
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_built_in_template_parses() {
        let env = crate::render::jinja::environment();
        assert!(
            env.template_from_named_str("built-in", super::TEMPLATE)
                .is_ok()
        );
    }
}
