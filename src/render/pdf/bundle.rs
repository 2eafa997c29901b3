//! Everything one PDF build compiles, gathered up front: the typst template,
//! the document as JSON, the logo and the fonts.
//!
//! Plan text reaches typst only inside `data.json`, which the template loads
//! with `json(…)`: strings stay strings and are never parsed as markup.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use super::fonts;
use crate::document::{Document, hyphenate, logo_path};
use crate::load::Loaded;
use crate::render::Template;

/// What `data.json` holds: the document, and the layout settings the
/// template shares with this crate.
#[derive(serde::Serialize)]
struct Data<'a> {
    #[serde(flatten)]
    doc: &'a Document,
    /// Words of this many clusters or more have soft hyphens in table cells
    /// (see [`hyphenate`]); narrower columns lower the limit in the template.
    hyphenate_from: usize,
}

pub struct Bundle {
    /// The typst template (compiled as `main.typ`).
    pub template: Template,
    /// Other files by path: `data.json`, `assets/logo.svg`.
    pub files: Vec<(String, Cow<'static, [u8]>)>,
    /// Font files by file name.
    pub fonts: Vec<(String, Cow<'static, [u8]>)>,
}

impl Bundle {
    pub const MAIN: &str = "main.typ";
    pub const DATA: &str = "data.json";

    pub fn new(doc: &Document, loaded: &Loaded, template: Template) -> Self {
        let data = Data {
            doc: &hyphenate::table_cells(doc),
            hyphenate_from: hyphenate::LONG_WORD,
        };
        let data = serde_json::to_vec_pretty(&data).expect("documents serialise to JSON");
        let mut files = vec![(Self::DATA.to_owned(), Cow::Owned(data))];
        if let Some(logo) = &loaded.assets.logo {
            let ext = Path::new(&logo.name)
                .extension()
                .map(|e| e.to_string_lossy().to_ascii_lowercase())
                .unwrap_or_default();
            files.push((logo_path(&ext), Cow::Owned(logo.bytes.clone())));
        }
        Bundle {
            template,
            files,
            fonts: fonts::files(&loaded.assets.fonts),
        }
    }

    /// The bundle as a standalone typst project, file by file (relative
    /// paths): compile it with `typst compile --ignore-system-fonts
    /// --font-path fonts main.typ`.
    pub fn project_files(&self) -> Vec<(PathBuf, Cow<'static, [u8]>)> {
        let mut files = vec![(
            PathBuf::from(Self::MAIN),
            Cow::Owned(self.template.source.clone().into_bytes()),
        )];
        files.extend(
            self.files
                .iter()
                .map(|(p, d)| (PathBuf::from(p), d.clone())),
        );
        files.extend(
            self.fonts
                .iter()
                .map(|(name, d)| (Path::new("fonts").join(name), d.clone())),
        );
        files
    }
}
