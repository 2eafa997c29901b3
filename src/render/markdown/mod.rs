//! The Markdown renderer: GitHub-flavoured Markdown for reviewing plan changes.
//!
//! The layout lives in the minijinja template; this module supplies the
//! filters that turn plan text into Markdown (`text`, `cell`, `blocks`).
//! What they write reads back, on GitHub, as exactly the plan's text:
//!
//! - every character Markdown, HTML or GitHub could give a meaning is
//!   escaped, and `https://…`, `www.…` and `:emoji:` are broken up so that
//!   text never becomes a link (e-mail addresses, which GitHub links
//!   whatever is done, keep their characters);
//! - line breaks (also CR and CRLF) are `<br>` in headings and cells and hard
//!   breaks in paragraphs: no raw line ending ever reaches a table row or a
//!   heading;
//! - whitespace at the edges of a line is written as character references,
//!   so that nothing is trimmed and indentation never makes code or a list;
//! - emphasis is only written where Markdown reads it back as such (each
//!   line is checked with pulldown-cmark and written with less formatting
//!   if need be);
//! - only links to `https:`, `http:` and `mailto:` addresses are written as
//!   links; others are written as their text.
//!
//! `tests/markdown_roundtrip.rs` and `tests/fuzz_markdown.rs` check this
//! with comrak, a GitHub-compatible parser.

pub mod drawn;
pub(crate) mod escape;

pub use escape::{blocks, cell, text};

use minijinja::Environment;
use minijinja::value::Serde;

use crate::document::Document;
use crate::load::Loaded;
use crate::model::Rich;
use crate::render::{Options, Rendered, Renderer, Template, jinja};
use crate::report::{Problem, Report, Sources};

/// The built-in Markdown template.
const TEMPLATE: &str = include_str!("../../../templates/plan.md.j2");

/// The Markdown version for reviewers.
pub struct MarkdownRenderer;

impl MarkdownRenderer {
    /// The Markdown template for this plan: the region's or the built-in one.
    pub fn template(loaded: &Loaded) -> Result<Template, Problem> {
        Template::find(loaded, "plan.md.j2", TEMPLATE)
    }
}

impl Renderer for MarkdownRenderer {
    fn extension(&self) -> &'static str {
        "md"
    }

    fn check(&self, loaded: &Loaded, _: &Document, sources: &mut Sources) -> Vec<Problem> {
        match Self::template(loaded) {
            Ok(template) => jinja::syntax_problem(&environment(), &template, sources, "Markdown")
                .into_iter()
                .collect(),
            Err(problem) => vec![problem],
        }
    }

    fn render(&self, doc: &Document, loaded: &Loaded, _: &Options) -> Result<Rendered, Report> {
        let template = Self::template(loaded).map_err(Report::single)?;
        Ok(Rendered::text(render(doc, &template)?))
    }
}

pub(super) fn environment() -> Environment<'static> {
    let mut env = jinja::environment();
    env.add_filter("text", |s: String| text(&s));
    env.add_filter("blocks", |Serde(rich): Serde<Rich>| blocks(&rich.0, ""));
    env.add_filter("cell", |Serde(rich): Serde<Rich>| cell(&rich));
    env
}

/// Renders the document through the Markdown template.
pub fn render(doc: &Document, template: &Template) -> Result<String, Report> {
    jinja::render_text(&environment(), template, Serde(doc), "Markdown")
}

#[cfg(test)]
mod built_in_template {
    /// Builds skip the syntax check for the built-in template, because of this test.
    #[test]
    fn parses() {
        let env = super::environment();
        let compiled = env.template_from_named_str("built-in", super::TEMPLATE);
        assert!(compiled.is_ok(), "{compiled:?}");
    }
}
