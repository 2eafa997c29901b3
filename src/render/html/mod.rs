//! The HTML renderer: one self-contained, accessible web page (WCAG 2.1 AA) for publishing the plan.
//!
//! The layout and the styles live in the minijinja template
//! `templates/plan.html.j2`. Escaping is switched on for it explicitly
//! (minijinja would choose by the template's name, and the names shown in
//! messages, e.g. `templates/plan.html.j2 (built in)`, would turn it off),
//! so every value it prints is escaped; plan text that has formatting goes through
//! the filters here, which escape every character of it themselves and
//! only make links of web and e-mail addresses. The page needs nothing
//! else: the styles are inside, the logo is a `data:` address, and it has
//! no scripts.

pub(crate) mod contrast;
pub mod drawn;
mod rich;

use std::sync::Arc;

use base64::Engine;
use minijinja::value::{Serde, Value};
use minijinja::{AutoEscape, Environment, context};

use crate::document::Document;
use crate::load::Loaded;
use crate::model::{Abbreviation, Rich};
use crate::render::{Options, Rendered, Renderer, Template, jinja, media_type};
use crate::report::{Problem, Report, Sources};

use contrast::Rgb;
use rich::Place;
pub(crate) use rich::css_string;

/// The built-in HTML template.
const TEMPLATE: &str = include_str!("../../../templates/plan.html.j2");

/// The accessible web version.
pub struct HtmlRenderer;

impl HtmlRenderer {
    /// The HTML template for this plan: the region's or the built-in one.
    pub fn template(loaded: &Loaded) -> Result<Template, Problem> {
        Template::find(loaded, "plan.html.j2", TEMPLATE)
    }
}

impl Renderer for HtmlRenderer {
    fn extension(&self) -> &'static str {
        "html"
    }

    fn wanted(&self, loaded: &Loaded, options: &Options) -> bool {
        loaded.region.html && !options.no_html
    }

    fn check(&self, loaded: &Loaded, _: &Document, sources: &mut Sources) -> Vec<Problem> {
        let mut problems: Vec<Problem> = match Self::template(loaded) {
            Ok(template) => jinja::syntax_problem(&environment(&[]), &template, sources, "HTML")
                .into_iter()
                .collect(),
            Err(problem) => vec![problem],
        };
        problems.extend(contrast::accent_warning(loaded));
        problems
    }

    fn render(&self, doc: &Document, loaded: &Loaded, _: &Options) -> Result<Rendered, Report> {
        let template = Self::template(loaded).map_err(Report::single)?;
        Ok(Rendered::text(render(doc, loaded, &template)?))
    }
}

/// The environment whose filters mark the abbreviations of `glossary`.
pub(super) fn environment(glossary: &[Abbreviation]) -> Environment<'static> {
    let mut env = jinja::environment();
    let glossary: Arc<[Abbreviation]> = glossary.into();
    let in_cells = Arc::clone(&glossary);
    // Whatever the template is called (see the top of this module).
    env.set_auto_escape_callback(|_| AutoEscape::Html);
    env.add_filter("text", |s: String| Value::from_safe_string(rich::text(&s)));
    env.add_filter("heading", |s: String| {
        Value::from_safe_string(rich::heading(&s))
    });
    env.add_filter("blocks", move |Serde(rich): Serde<Rich>, level: u8| {
        let place = Place::Under(level.clamp(1, 5));
        Value::from_safe_string(rich::blocks(&rich.0, place, None, &glossary))
    });
    env.add_filter("css_string", |s: String| {
        Value::from_safe_string(rich::css_string(&s))
    });
    env.add_filter(
        "cell",
        move |Serde(rich): Serde<Rich>, number: Option<String>, status: Option<String>| {
            let label = number.as_deref().map(|number| rich::Label {
                number,
                status: status.as_deref(),
            });
            Value::from_safe_string(rich::blocks(&rich.0, Place::Cell, label, &in_cells))
        },
    );
    env
}

/// Renders the document through the HTML template. Besides the document's
/// fields, the template gets `logo` (the logo as a `data:` address, or
/// none) and `accent_light` (the accent colour mixed with white, as the
/// PDF fills the tables' header rows).
pub fn render(doc: &Document, loaded: &Loaded, template: &Template) -> Result<String, Report> {
    let page = Page {
        glossary: &doc.glossary.entries,
        accent: &doc.theme.accent,
        loaded,
    };
    page.render(template, Value::from(Serde(doc)))
}

/// What every page the tool writes (the plan, the follow-up report) gives
/// its template beside its own data: the glossary's `<abbr>` marks, the
/// region's `logo` and `accent_light`.
pub(super) struct Page<'p> {
    pub glossary: &'p [Abbreviation],
    pub accent: &'p str,
    pub loaded: &'p Loaded,
}

impl Page<'_> {
    /// `template` rendered over `data` and the page's extras.
    pub(super) fn render(&self, template: &Template, data: Value) -> Result<String, Report> {
        let accent = Rgb::parse(self.accent).unwrap_or(Rgb(0, 0x5a, 0x8c));
        let ctx = context! {
            logo => logo_data_uri(self.loaded).map(Value::from_safe_string),
            accent_light => accent.lighten(0.86).hex(),
            ..data
        };
        jinja::render_text(&environment(self.glossary), template, ctx, "HTML")
    }
}

/// The region's logo as a `data:` address (its type from its name, as
/// region.toml allows: SVG, PNG or JPEG).
pub(super) fn logo_data_uri(loaded: &Loaded) -> Option<String> {
    let logo = loaded.assets.logo.as_ref()?;
    let mime = media_type(&logo.name);
    let data = base64::engine::general_purpose::STANDARD.encode(&logo.bytes);
    Some(format!("data:{mime};base64,{data}"))
}

#[cfg(test)]
mod built_in_template {
    /// Builds skip the syntax check for the built-in template, because of this test.
    #[test]
    fn parses() {
        let env = super::environment(&[]);
        let compiled = env.template_from_named_str("built-in", super::TEMPLATE);
        assert!(compiled.is_ok(), "{compiled:?}");
    }
}
