//! The documents drawn from a plan as web pages (the follow-up report, a body's view): the region's template or the built-in one, on the plan's page setup and HTML filters.

use minijinja::context;
use minijinja::value::{Serde, Value};

use crate::document::{BodyDoc, FollowUpDoc, PlanPage};
use crate::load::Loaded;
use crate::render::{Rendered, Template};
use crate::report::Report;

/// The built-in templates, by file name.
const FOLLOW_UP: (&str, &str) = (
    "uppfoljning.html.j2",
    include_str!("../../../templates/uppfoljning.html.j2"),
);
const BODY: (&str, &str) = (
    "ansvar.html.j2",
    include_str!("../../../templates/ansvar.html.j2"),
);

/// The follow-up report as one self-contained page. Besides the report's
/// fields, the template gets `year_wheel_svg`: the årshjul's SVG, inline.
pub fn follow_up(report: &FollowUpDoc, loaded: &Loaded) -> Result<Rendered, Report> {
    let theme = &report.page.theme;
    let wheel = crate::render::year_wheel::svg(&report.year_wheel, &theme.font, &theme.accent)?;
    let data = context! {
        year_wheel_svg => Value::from_safe_string(wheel),
        ..Value::from(Serde(report))
    };
    render(data, &report.page, loaded, FOLLOW_UP)
}

/// A body's view as one self-contained page.
pub fn body(view: &BodyDoc, loaded: &Loaded) -> Result<Rendered, Report> {
    render(Value::from(Serde(view)), &view.page, loaded, BODY)
}

/// `data` through the region's `templates/<file>`, or the built-in `source`,
/// on the plan's page (its glossary marks, logo and accent).
fn render(
    data: Value,
    page: &PlanPage,
    loaded: &Loaded,
    (file, source): (&str, &'static str),
) -> Result<Rendered, Report> {
    let template = Template::find(loaded, file, source).map_err(Report::single)?;
    let page = super::Page {
        glossary: loaded.region.abbreviations.as_deref().unwrap_or(&[]),
        accent: &page.theme.accent,
        loaded,
    };
    Ok(Rendered::text(page.render(&template, data)?))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_built_in_templates_parse() {
        let env = super::super::environment(&[]);
        for (file, source) in [super::FOLLOW_UP, super::BODY] {
            assert!(env.template_from_named_str(file, source).is_ok(), "{file}");
        }
    }
}
