//! A body's view of the plan as PDF (`ansvar --organ … -o`): `templates/ansvar.typ` on the plan's page setup.

use super::{Stated, on_setup};
use crate::document::{BodyDoc, hyphenate};
use crate::load::Loaded;
use crate::render::{Options, Rendered, Template};
use crate::report::Report;

/// The view's own part of the template.
const VIEW: &str = include_str!("../../../templates/ansvar.typ");

/// The view's template: the built-in plan template's setup, then the
/// region's `templates/ansvar.typ` or the built-in one.
pub fn template(loaded: &Loaded) -> Result<Template, Report> {
    on_setup::template(loaded, VIEW, "ansvar.typ")
}

/// Renders the view as a PDF declaring the plan's standards.
pub fn render(view: &BodyDoc, loaded: &Loaded, options: &Options) -> Result<Rendered, Report> {
    let view = &hyphenate::body_cells(view);
    let stated = Stated {
        ident: &view.file_stem,
        dated: view.date.is_some(),
    };
    on_setup::render(
        view,
        Vec::new(),
        &stated,
        template(loaded)?,
        loaded,
        options,
    )
}
