//! A body's view of the plan as a library (`ansvar --organ`): the plan's build checks, then the view, as text for the terminal or rendered in memory in three formats.
//!
//! The view is refused for exactly what `check` reports in the plan (the
//! same load and renderer checks run first), for a region without a
//! register of bodies, and for a name the register does not have.

use std::path::Path;

use super::Output;
use crate::document::BodyDoc;
use crate::load::{Loaded, organ};
use crate::render::{self, Options};
use crate::report::{Hint, Report, error};

/// A body's view, derived and not yet drawn.
pub struct BodyBuilt {
    pub loaded: Loaded,
    pub view: BodyDoc,
    /// Warnings found while loading, and while rendering files.
    pub warnings: Report,
}

/// Loads and checks the plan in `dir` as `build` does, and derives the
/// view of the body `name` (a name, abbreviation or alias of the
/// register's, in any case).
pub fn view(dir: &Path, name: &str, options: &Options) -> Result<BodyBuilt, Report> {
    let super::Checked {
        loaded,
        document,
        report,
        ..
    } = super::checked(dir, options)?;
    let register = &loaded.region.register;
    if register.is_empty() {
        return Err(Report::single(
            error(crate::msg!("ansvar-no-register")).hint(crate::t!("ansvar-no-register.hint")),
        ));
    }
    let (body, _) = organ::find(register, name).map_err(Report::single)?;
    let view = BodyDoc::new(&loaded, &document, body);
    Ok(BodyBuilt {
        loaded,
        view,
        warnings: report,
    })
}

impl BodyBuilt {
    /// The view as plain text for the terminal.
    pub fn text(&self) -> Result<String, Report> {
        render::text::body(&self.view, &self.loaded)
    }

    /// The view as PDF, Markdown and (unless the region or `options` leave
    /// it out) HTML, in memory; the renderers' warnings join `warnings`.
    pub fn files(&mut self, options: &Options) -> Result<Vec<Output>, Report> {
        let (view, loaded) = (&self.view, &self.loaded);
        let page = || render::html::drawn::body(view, loaded);
        let html = loaded.region.html && !options.no_html;
        let outputs = super::render_formats(
            &view.file_stem,
            &|| render::pdf::body::render(view, loaded, options),
            &|| render::markdown::drawn::body(view, loaded),
            html.then_some(&page as super::Render),
        )?;
        for output in &outputs {
            (self.warnings.problems).extend(output.rendered.warnings.iter().cloned());
        }
        Ok(outputs)
    }
}
