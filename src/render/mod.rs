//! Renderers: one module per output format, all drawing the same [`Document`].
//!
//! [`Document`]: crate::document::Document

pub mod markdown;
pub mod pdf;

use crate::model::Region;
use crate::report::{Hint, Problem, error};

/// The output formats' templates.
#[derive(Debug, Clone, Copy)]
pub enum TemplateKind {
    Typst,
    Markdown,
}

impl TemplateKind {
    pub fn file_name(self) -> &'static str {
        match self {
            TemplateKind::Typst => "plan.typ",
            TemplateKind::Markdown => "plan.md.j2",
        }
    }

    /// The template shipped with handlingsplan (`templates/` in the repository).
    fn builtin(self) -> &'static str {
        match self {
            TemplateKind::Typst => include_str!("../../templates/plan.typ"),
            TemplateKind::Markdown => include_str!("../../templates/plan.md.j2"),
        }
    }
}

/// A template's source and where it came from.
pub struct Template {
    pub source: String,
    /// "templates/plan.typ (built in)" or the override's path.
    pub name: String,
}

impl Template {
    /// The region's own template (`templates/` beside region.toml) if it
    /// has one, else the built-in one.
    pub fn find(region: &Region, kind: TemplateKind) -> Result<Template, Problem> {
        let path = region.dir.join("templates").join(kind.file_name());
        if path.is_file() {
            let source = std::fs::read_to_string(&path).map_err(|e| {
                error(format!("cannot read the template {}: {e}", path.display()))
                    .hint("templates must be UTF-8 text files")
            })?;
            return Ok(Template {
                source,
                name: path.to_string_lossy().replace('\\', "/"),
            });
        }
        Ok(Template {
            source: kind.builtin().to_owned(),
            name: format!("templates/{} (built in)", kind.file_name()),
        })
    }
}
