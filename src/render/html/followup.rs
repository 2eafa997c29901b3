//! The follow-up report's web page, through `templates/uppfoljning.html.j2` and the plan's HTML filters.

use minijinja::context;
use minijinja::value::{Serde, Value};

use crate::document::FollowUpDoc;
use crate::load::Loaded;
use crate::render::{Rendered, Template};
use crate::report::Report;

/// The built-in template.
const TEMPLATE: &str = include_str!("../../../templates/uppfoljning.html.j2");

/// The region's `templates/uppfoljning.html.j2`, or the built-in one.
pub fn template(loaded: &Loaded) -> Result<Template, Report> {
    Template::find(loaded, "uppfoljning.html.j2", TEMPLATE).map_err(Report::single)
}

/// Renders the report as one self-contained page. Besides the report's
/// fields, the template gets `year_wheel_svg`: the årshjul's SVG, inline.
pub fn render(report: &FollowUpDoc, loaded: &Loaded) -> Result<Rendered, Report> {
    let page = super::Page {
        glossary: loaded.region.abbreviations.as_deref().unwrap_or(&[]),
        accent: &report.page.theme.accent,
        loaded,
    };
    let theme = &report.page.theme;
    let wheel = crate::render::year_wheel::svg(&report.year_wheel, &theme.font, &theme.accent)?;
    let data = context! {
        year_wheel_svg => Value::from_safe_string(wheel),
        ..Value::from(Serde(report))
    };
    let text = page.render(&template(loaded)?, data)?;
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
