//! The region's files that are not plan text: logo, fonts and template overrides, read once at load.

use std::path::Path;

use super::folder::relative;
use super::{Context, Locus};
use crate::format::THEME;
use crate::model::Region;
use crate::report::{Hint, Problem, named_at};
use crate::t;

/// Largest logo read.
pub const MAX_LOGO_BYTES: u64 = 10 * 1024 * 1024;
/// Largest font file read (a full CJK font is about 20 MB).
pub const MAX_FONT_BYTES: u64 = 40 * 1024 * 1024;
/// Largest template read.
pub const MAX_TEMPLATE_BYTES: u64 = 1024 * 1024;
/// The folder beside region.toml whose files override the built-in templates.
pub use crate::format::layout::TEMPLATES_FOLDER as TEMPLATE_DIR;

/// One file's content.
#[derive(Debug, Clone, PartialEq)]
pub struct Asset {
    /// The name as written in the plan, e.g. `logotyp.svg`, or the file name of a template.
    pub name: String,
    /// Where it was read, as shown in messages.
    pub shown: String,
    pub bytes: Vec<u8>,
}

/// Every non-text file a build uses, read through the sandbox.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Assets {
    pub logo: Option<Asset>,
    pub fonts: Vec<Asset>,
    /// The region's template overrides (`templates/plan.typ`, …), by file name.
    pub templates: Vec<Asset>,
}

impl Assets {
    /// The region's override of the template called `name`, if it has one.
    pub fn template(&self, name: &str) -> Option<&Asset> {
        self.templates.iter().find(|t| t.name == name)
    }
}

/// Reads the logo, font files and template overrides the region names.
pub fn read(region: &Region, cx: &mut Context, problems: &mut Vec<Problem>) -> Assets {
    let mut assets = Assets::default();
    if let Some(logo) = &region.theme.logo {
        let locus = Locus::Key(THEME.name, "logotyp");
        assets.logo = read_named(cx, problems, logo, locus, MAX_LOGO_BYTES, "logo");
    }
    for (i, font) in region.theme.font_files.iter().enumerate() {
        let asset = read_named(
            cx,
            problems,
            font,
            Locus::FontFile(i),
            MAX_FONT_BYTES,
            "font file",
        );
        assets.fonts.extend(asset);
    }
    let dir = Path::new(TEMPLATE_DIR);
    for name in cx.folder.list(dir).unwrap_or_default() {
        let path = dir.join(&name);
        match super::read_file(cx, &path, MAX_TEMPLATE_BYTES, "template") {
            Ok(bytes) => assets.templates.push(Asset {
                shown: cx.folder.display(&path),
                name,
                bytes,
            }),
            Err(problem) => problems.push(problem),
        }
    }
    assets
}

/// A file named in region.toml, with problems pointing at where it is named.
fn read_named(
    cx: &mut Context,
    problems: &mut Vec<Problem>,
    name: &str,
    locus: Locus,
    limit: u64,
    what: &str,
) -> Option<Asset> {
    let at = cx.positions.get(locus).cloned();
    let point = |problem: Problem| match &at {
        Some(span) => named_at(
            problem,
            span.file,
            span.range.clone(),
            &t!("load-named-here", thing = super::thing(what)),
        ),
        None => problem,
    };
    // region.toml already refused paths that leave the folder.
    let path = relative(name).ok()?;
    match super::read_file(cx, &path, limit, what) {
        Ok(bytes) => Some(Asset {
            name: name.to_owned(),
            shown: cx.folder.display(&path),
            bytes,
        }),
        Err(problem) => {
            problems.push(point(problem).hint(t!("load-asset-hint")));
            None
        }
    }
}
