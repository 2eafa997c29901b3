//! Everything one PDF build compiles, gathered up front: the typst template,
//! the document as JSON, the logo and the fonts.
//!
//! Plan text reaches typst only inside `data.json`, which the template loads
//! with `json(…)`: strings stay strings and are never parsed as markup.
//! When the region attaches its sources, the files the build read are added
//! under `sources/` with a list in `attachments.json`, and the template gets
//! `templates/attach.typ` appended, which attaches them.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use super::fonts;
use crate::document::{Document, hyphenate, logo_path};
use crate::load::{Loaded, SourceFile};
use crate::render::{Template, media_type};

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

/// What the template appends to attach the plan's sources.
const ATTACH: &str = include_str!("../../../templates/attach.typ");

pub struct Bundle {
    /// The typst template (compiled as `main.typ`).
    pub template: Template,
    /// Other files by path: `data.json`, `layout.json`, `assets/logo.svg`.
    pub files: Vec<(String, Cow<'static, [u8]>)>,
    /// Font files by file name.
    pub fonts: Vec<(String, Cow<'static, [u8]>)>,
}

impl Bundle {
    pub const MAIN: &str = "main.typ";
    pub const DATA: &str = "data.json";
    pub const ATTACHMENTS: &str = "attachments.json";

    pub fn new(doc: &Document, loaded: &Loaded, mut template: Template) -> Self {
        let data = Data {
            doc: &hyphenate::table_cells(doc),
            hyphenate_from: hyphenate::LONG_WORD,
        };
        let data = serde_json::to_vec_pretty(&data).expect("documents serialise to JSON");
        let mut files = vec![
            (Self::DATA.to_owned(), Cow::Owned(data)),
            // No page break settled yet (see `settle`).
            (
                super::settle::LAYOUT.to_owned(),
                Cow::Borrowed(super::settle::UNSETTLED),
            ),
        ];
        if let Some(logo) = &loaded.assets.logo {
            files.push((logo_path(&logo.name), Cow::Owned(logo.bytes.clone())));
        }
        if loaded.region.attach_sources {
            template.source.push_str(ATTACH);
            files.extend(attachments(&loaded.source_files));
        }
        Bundle {
            template,
            files,
            fonts: fonts::files(&loaded.assets.fonts),
        }
    }

    /// A bundle of other data than a plan document (the follow-up
    /// report): `data.json` holds `data`; the logo and fonts are the plan's,
    /// and no sources are attached.
    pub fn with_data(data: Vec<u8>, loaded: &Loaded, template: Template) -> Self {
        let mut files = vec![(Self::DATA.to_owned(), Cow::Owned(data))];
        if let Some(logo) = &loaded.assets.logo {
            files.push((logo_path(&logo.name), Cow::Owned(logo.bytes.clone())));
        }
        Bundle {
            template,
            files,
            fonts: fonts::files(&loaded.assets.fonts),
        }
    }

    /// Puts `data` at `path` in place of what the bundle had there.
    pub fn replace_file(&mut self, path: String, data: Vec<u8>) {
        self.files.retain(|(p, _)| *p != path);
        self.files.push((path, Cow::Owned(data)));
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

/// One attached source file as the template sees it.
#[derive(serde::Serialize)]
struct Attachment {
    /// The attachment's name: its path in the region folder.
    name: String,
    /// Where the bundle holds it.
    file: String,
    mime: &'static str,
    description: String,
}

/// A text file with LF line endings and no byte-order mark, so that a
/// Windows checkout (CRLF from git's autocrlf, old Notepad's mark) gives the
/// same PDF, byte for byte, as any other checkout of the same commit.
fn as_committed(bytes: &[u8]) -> Vec<u8> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut out = Vec::with_capacity(bytes.len());
    for (i, &b) in bytes.iter().enumerate() {
        if !(b == b'\r' && bytes.get(i + 1) == Some(&b'\n')) {
            out.push(b);
        }
    }
    out
}

/// The plan's source files under `sources/`, and `attachments.json` listing them.
fn attachments(sources: &[SourceFile]) -> Vec<(String, Cow<'static, [u8]>)> {
    let mut files = Vec::new();
    let mut list = Vec::new();
    for source in sources {
        let name = source.path.to_string_lossy().replace('\\', "/");
        let file = format!("sources/{name}");
        let mime = media_type(&name);
        let bytes = match mime {
            "application/toml" | "text/markdown" | "text/plain" | "image/svg+xml" => {
                as_committed(&source.bytes)
            }
            _ => source.bytes.clone(),
        };
        list.push(Attachment {
            file: file.clone(),
            mime,
            description: format!("Källfil till planen: {name}"),
            name,
        });
        files.push((file, Cow::Owned(bytes)));
    }
    let json = serde_json::to_vec_pretty(&list).expect("attachment lists serialise to JSON");
    files.push((Bundle::ATTACHMENTS.to_owned(), Cow::Owned(json)));
    files
}
