//! Renderers: one module per output format, all drawing the same [`Document`] behind one interface.
//!
//! [`Document`]: crate::document::Document

pub mod html;
pub(crate) mod jinja;
pub mod markdown;
pub mod pdf;
pub mod text;
pub mod year_wheel;

use crate::document::Document;
use crate::load::Loaded;
use crate::report::{Hint, Problem, Report, Sources, error, error_at};

/// One output format.
pub trait Renderer: Sync {
    /// The output file's extension, e.g. `pdf`.
    fn extension(&self) -> &'static str;

    /// Whether this build writes the format at all (a region setting or a
    /// build option may leave it out).
    fn wanted(&self, _loaded: &Loaded, _options: &Options) -> bool {
        true
    }

    /// Everything this renderer would refuse in the loaded plan, found
    /// without rendering: template syntax, fonts, undrawable characters.
    /// Template files it quotes are added to `sources`.
    fn check(&self, loaded: &Loaded, doc: &Document, sources: &mut Sources) -> Vec<Problem>;

    /// Renders the document to the output file's bytes.
    fn render(
        &self,
        doc: &Document,
        loaded: &Loaded,
        options: &Options,
    ) -> Result<Rendered, Report>;
}

/// Settings for one build.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// `SOURCE_DATE_EPOCH`: the creation date when the plan has none of its own.
    pub epoch: Option<i64>,
    /// `--pdf-standard`: the PDF standards to declare instead of the region's.
    pub pdf_standard: Option<crate::format::pdf_standard::Choice>,
    /// `build --no-html`: leave out the HTML version whatever the region says.
    pub no_html: bool,
    /// `--slutlig`: refuse a draft (a plan without `godkant_datum`).
    pub approved_only: bool,
}

/// One rendered output file.
pub struct Rendered {
    pub bytes: Vec<u8>,
    /// What to say about it, e.g. "3 pages".
    pub summary: Option<String>,
    /// Warnings met while rendering; the build adds them to its report,
    /// so `check`, `build` and `watch` show them alike.
    pub warnings: Vec<crate::report::Problem>,
}

impl Rendered {
    /// A text output (Markdown, HTML) with nothing to say and no warnings.
    pub fn text(text: String) -> Self {
        Rendered {
            bytes: text.into_bytes(),
            summary: None,
            warnings: Vec::new(),
        }
    }
}

/// Every output format, in the order their files are written.
pub fn all() -> Vec<Box<dyn Renderer>> {
    vec![
        Box::new(pdf::PdfRenderer),
        Box::new(markdown::MarkdownRenderer),
        Box::new(html::HtmlRenderer),
    ]
}

/// The MIME type of a file a plan names (a source file, logo or font), by
/// its extension.
pub fn media_type(name: &str) -> &'static str {
    match crate::load::folder::extension(name).as_str() {
        "toml" => "application/toml",
        "md" => "text/markdown",
        "typ" | "j2" => "text/plain",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "ttf" => "font/ttf",
        "otf" => "font/otf",
        _ => "application/octet-stream",
    }
}

/// A template: the region's override beside region.toml, or the built-in one.
pub struct Template {
    pub source: String,
    /// "templates/plan.typ (built in)" or the override's path.
    pub name: String,
    /// Whether this is handlingsplan's own template rather than the region's.
    pub built_in: bool,
}

impl Template {
    /// handlingsplan's own template `file` (e.g. `uppfoljning.md.j2`), whose text is `source`.
    pub fn built_in(source: &str, file: &str) -> Self {
        Template {
            source: source.to_owned(),
            name: crate::t!("render-builtin-template", file = file),
            built_in: true,
        }
    }

    /// The template `file_name` (e.g. `plan.typ`) for this plan.
    pub fn find(loaded: &Loaded, file_name: &str, builtin: &'static str) -> Result<Self, Problem> {
        let Some(asset) = loaded.assets.template(file_name) else {
            return Ok(Template::built_in(builtin, file_name));
        };
        let source = String::from_utf8(asset.bytes.clone()).map_err(|_| {
            error(crate::msg!("render-template-not-utf8", file = &asset.shown))
                .hint(crate::t!("render-template-not-utf8-hint"))
        })?;
        Ok(Template {
            source,
            name: asset.shown.clone(),
            built_in: false,
        })
    }

    /// A problem in this template at `range`, quoting it.
    pub fn problem(
        &self,
        sources: &mut Sources,
        range: Option<std::ops::Range<usize>>,
        message: crate::report::Message,
    ) -> Problem {
        let problem = match range {
            Some(range) => {
                let file = sources.add(self.name.clone(), self.source.clone());
                error_at(file, range, message, crate::t!("render-template-here"))
            }
            None => error(message),
        };
        if self.built_in {
            problem.hint(crate::t!("render-builtin-template-hint"))
        } else {
            problem.hint(crate::t!(
                "render-region-template-hint",
                template = &self.name
            ))
        }
    }
}
