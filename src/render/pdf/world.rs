//! The typst `World`: an in-memory file system holding only the template, the
//! plan data and the theme's assets. It reads nothing from disk and nothing
//! from the network, so no template or plan text can reach any other file.

use std::collections::HashMap;
use std::sync::LazyLock;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{DiagSpan, FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Feature, Library, LibraryExt, World, WorldExt};

use super::bundle::Bundle;

pub struct PlanWorld {
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    main: FileId,
    sources: HashMap<FileId, Source>,
    files: HashMap<FileId, Bytes>,
}

/// typst's standard library with the features the template uses, built
/// once per process.
static LIBRARY: LazyLock<LazyHash<Library>> = LazyLock::new(|| {
    // `a11y-extras`: `pdf.header-cell` for tables with row headers.
    LazyHash::new(
        Library::builder()
            .with_features([Feature::A11yExtras].into_iter().collect())
            .build(),
    )
});

/// The built-in template, parsed once per process.
static BUILT_IN: LazyLock<Source> =
    LazyLock::new(|| Source::new(file_id(Bundle::MAIN), super::TEMPLATE.to_owned()));

/// Makes what every PDF build needs and no plan changes: the standard
/// library, the parsed built-in template and the embedded fonts. A build
/// starts this on a thread of its own while it loads and checks the plan.
pub fn prepare() {
    LazyLock::force(&LIBRARY);
    LazyLock::force(&BUILT_IN);
    super::fonts::parse(&[]);
}

/// The typst file id of a path inside the bundle.
pub fn file_id(path: &str) -> FileId {
    let vpath = VirtualPath::new(path).expect("bundle paths are valid virtual paths");
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

impl PlanWorld {
    pub fn new(bundle: &Bundle, loaded: &crate::load::Loaded) -> Self {
        let fonts: Vec<Font> = super::fonts::parse(&loaded.assets.fonts);
        let main = file_id(Bundle::MAIN);
        let template = &bundle.template;
        let source = if template.built_in && template.source == super::TEMPLATE {
            BUILT_IN.clone()
        } else {
            Source::new(main, template.source.clone())
        };
        let sources = HashMap::from([(main, source)]);
        let files = bundle
            .files
            .iter()
            .map(|(path, data)| (file_id(path), Bytes::new(data.clone())))
            .collect();
        PlanWorld {
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
            main,
            sources,
            files,
        }
    }

    /// Puts `data` at `path` in place of what the bundle had there.
    pub fn replace_file(&mut self, path: &str, data: Vec<u8>) {
        self.files.insert(file_id(path), Bytes::new(data));
    }

    /// The byte range a diagnostic's span covers in the template.
    pub fn span_range(&self, span: DiagSpan) -> Option<std::ops::Range<usize>> {
        span.id().filter(|id| *id == self.main)?;
        self.range(span)
    }

    /// Where a diagnostic's span points in the template, as 1-based line and column.
    pub fn position(&self, span: DiagSpan) -> Option<(usize, usize)> {
        let range = self.span_range(span)?;
        let (line, column) = self
            .sources
            .get(&self.main)?
            .lines()
            .byte_to_line_column(range.start)?;
        Some((line + 1, column + 1))
    }
}

impl World for PlanWorld {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.book
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        self.sources.get(&id).cloned().ok_or_else(|| not_found(id))
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if let Some(source) = self.sources.get(&id) {
            return Ok(Bytes::from_string(source.clone()));
        }
        self.files.get(&id).cloned().ok_or_else(|| not_found(id))
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.get(index).cloned()
    }

    /// No clock: documents carry the plan's own dates only.
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}

fn not_found(id: FileId) -> FileError {
    FileError::NotFound(id.vpath().get_without_slash().into())
}
