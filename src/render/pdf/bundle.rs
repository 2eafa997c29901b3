//! Everything one PDF build compiles, gathered up front: the typst template,
//! the document as JSON, the logo and the fonts.
//!
//! Plan text reaches typst only inside `data.json`, which the template loads
//! with `json(…)`: strings stay strings and are never parsed as markup.

use std::borrow::Cow;
use std::path::Path;

use crate::document::{Document, logo_path};
use crate::load::Loaded;
use crate::render::{Template, TemplateKind};
use crate::report::{Hint, Problem, error};

/// Noto Sans, embedded so that builds need no installed fonts, and Noto
/// Sans Math as the fallback for symbols Noto Sans lacks (≥, ≤, →).
const EMBEDDED_FONTS: [(&str, &[u8]); 5] = [
    (
        "NotoSans-Regular.ttf",
        include_bytes!("../../../fonts/NotoSans-Regular.ttf"),
    ),
    (
        "NotoSans-Bold.ttf",
        include_bytes!("../../../fonts/NotoSans-Bold.ttf"),
    ),
    (
        "NotoSans-Italic.ttf",
        include_bytes!("../../../fonts/NotoSans-Italic.ttf"),
    ),
    (
        "NotoSans-BoldItalic.ttf",
        include_bytes!("../../../fonts/NotoSans-BoldItalic.ttf"),
    ),
    (
        "NotoSansMath-Regular.ttf",
        include_bytes!("../../../fonts/NotoSansMath-Regular.ttf"),
    ),
];

pub struct Bundle {
    /// The typst template's source (compiled as `main.typ`).
    pub main: String,
    /// Where the template came from, for messages.
    pub main_name: String,
    /// Other files by path: `data.json`, `assets/logo.svg`.
    pub files: Vec<(String, Cow<'static, [u8]>)>,
    /// Font files by file name.
    pub fonts: Vec<(String, Cow<'static, [u8]>)>,
}

impl Bundle {
    pub const MAIN: &str = "main.typ";
    pub const DATA: &str = "data.json";

    pub fn new(doc: &Document, loaded: &Loaded) -> Result<Self, Problem> {
        let template = Template::find(&loaded.region, TemplateKind::Typst)?;
        let data = serde_json::to_vec_pretty(doc).expect("documents serialise to JSON");
        let mut files = vec![(Self::DATA.to_owned(), Cow::Owned(data))];
        if let Some(logo) = &loaded.region.theme.logo {
            let bytes = read_asset(logo, "logo")?;
            let ext = logo
                .extension()
                .map(|e| e.to_string_lossy().to_ascii_lowercase())
                .unwrap_or_default();
            files.push((logo_path(&ext), Cow::Owned(bytes)));
        }
        let mut fonts: Vec<(String, Cow<'static, [u8]>)> = EMBEDDED_FONTS
            .iter()
            .map(|(name, data)| (name.to_string(), Cow::Borrowed(*data)))
            .collect();
        for path in &loaded.region.theme.font_files {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            fonts.push((name, Cow::Owned(read_asset(path, "font file")?)));
        }
        Ok(Bundle {
            main: template.source,
            main_name: template.name,
            files,
            fonts,
        })
    }

    pub fn has_logo(&self) -> bool {
        self.files
            .iter()
            .any(|(path, _)| path.starts_with("assets/logo."))
    }

    /// Writes the bundle as a standalone typst project: compile it with
    /// `typst compile --ignore-system-fonts --font-path fonts main.typ`.
    pub fn write_to(&self, dir: &Path) -> std::io::Result<()> {
        std::fs::create_dir_all(dir.join("fonts"))?;
        std::fs::write(dir.join(Self::MAIN), &self.main)?;
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

fn read_asset(path: &Path, what: &str) -> Result<Vec<u8>, Problem> {
    std::fs::read(path).map_err(|e| {
        error(format!("cannot read the {what} {}: {e}", path.display()))
            .hint("theme paths in region.toml are relative to the folder that holds it")
    })
}
