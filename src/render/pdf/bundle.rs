//! Everything one PDF build compiles, gathered up front: the typst template,
//! the document as JSON, the logo and the fonts.
//!
//! Plan text reaches typst only inside `data.json`, which the template loads
//! with `json(…)`: strings stay strings and are never parsed as markup.

use std::borrow::Cow;
use std::path::Path;

use super::fonts;
use crate::document::{Document, logo_path};
use crate::load::Loaded;
use crate::render::Template;

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
        let data = serde_json::to_vec_pretty(doc).expect("documents serialise to JSON");
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

    /// Writes the bundle as a standalone typst project: compile it with
    /// `typst compile --ignore-system-fonts --font-path fonts main.typ`.
    pub fn write_to(&self, dir: &Path) -> std::io::Result<()> {
        std::fs::create_dir_all(dir.join("fonts"))?;
        std::fs::write(dir.join(Self::MAIN), &self.template.source)?;
        for (path, data) in &self.files {
            let target = dir.join(path);
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(target, data)?;
        }
        for (name, data) in &self.fonts {
            std::fs::write(dir.join("fonts").join(name), data)?;
        }
        Ok(())
    }
}
