//! The documents drawn from a plan as Markdown (the follow-up report, a body's view): the region's template or the built-in one, with the plan's Markdown filters.

use minijinja::value::Serde;
use serde::Serialize;

use crate::document::{BodyDoc, FollowUpDoc};
use crate::load::Loaded;
use crate::render::{Rendered, Template, jinja};
use crate::report::Report;

/// The built-in templates, by file name.
const FOLLOW_UP: (&str, &str) = (
    "uppfoljning.md.j2",
    include_str!("../../../templates/uppfoljning.md.j2"),
);
const BODY: (&str, &str) = (
    "ansvar.md.j2",
    include_str!("../../../templates/ansvar.md.j2"),
);

/// The follow-up report as Markdown.
pub fn follow_up(report: &FollowUpDoc, loaded: &Loaded) -> Result<Rendered, Report> {
    render(report, loaded, FOLLOW_UP)
}

/// A body's view as Markdown.
pub fn body(view: &BodyDoc, loaded: &Loaded) -> Result<Rendered, Report> {
    render(view, loaded, BODY)
}

/// `data` through the region's `templates/<file>`, or the built-in `source`.
fn render(
    data: &impl Serialize,
    loaded: &Loaded,
    (file, source): (&str, &'static str),
) -> Result<Rendered, Report> {
    let template = Template::find(loaded, file, source).map_err(Report::single)?;
    let text = jinja::render_text(&super::environment(), &template, Serde(data), "Markdown")?;
    Ok(Rendered::text(text))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_built_in_templates_parse() {
        let env = super::super::environment();
        for (file, source) in [super::FOLLOW_UP, super::BODY] {
            assert!(env.template_from_named_str(file, source).is_ok(), "{file}");
        }
    }
}
