//! The follow-up report's web page, through `templates/uppfoljning.html.j2` and the plan's HTML filters.

use minijinja::context;
use minijinja::value::{Serde, Value};

use super::contrast::Rgb;
use crate::document::FollowUpDoc;
use crate::load::Loaded;
use crate::render::{Rendered, Template, jinja};
use crate::report::Report;

/// The built-in template.
const TEMPLATE: &str = include_str!("../../../templates/uppfoljning.html.j2");

pub fn template() -> Template {
    Template {
        source: TEMPLATE.to_owned(),
        name: crate::t!("render-builtin-template", file = "uppfoljning.html.j2"),
        built_in: true,
    }
}

/// Renders the report as one self-contained page.
pub fn render(report: &FollowUpDoc, loaded: &Loaded) -> Result<Rendered, Report> {
    let template = template();
    let env = super::environment(loaded.region.abbreviations.as_deref().unwrap_or(&[]));
    let accent = Rgb::parse(&report.theme.accent).unwrap_or(Rgb(0, 0x5a, 0x8c));
    let ctx = context! {
        logo => super::logo_data_uri(loaded).map(Value::from_safe_string),
        accent_light => accent.lighten(0.86).hex(),
        ..Value::from(Serde(report))
    };
    let text = env
        .template_from_named_str(&template.name, &template.source)
        .and_then(|t| t.render(ctx))
        .map_err(|e| jinja::render_report(&template, &e, "HTML"))?;
    Ok(Rendered {
        bytes: format!("{}\n", text.trim_end()).into_bytes(),
        summary: None,
        warnings: Vec::new(),
    })
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
