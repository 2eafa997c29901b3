//! Settles the areas' page breaks when typst's own layout passes do not.
//!
//! The template decides, per strategy area, whether its heading and first
//! activity fit where the area starts, go to a new page, or let the first
//! activity break (`first-row-fit` in templates/plan.typ). That decision
//! reads where the area starts, which earlier areas' decisions move: a chain
//! one layout pass longer per area. typst gives up after five passes, and a
//! plan with a table of contents and several areas near page ends can need
//! more; then pages come out numbered "Sida 1" and without running headers.
//!
//! The template records each decision with the place it was made for
//! (`<area-fit>`) beside a marker where the area did start (`<area-start>`).
//! When they disagree, the decisions are handed back in `layout.json` and
//! fixed, so the layout no longer depends on them and settles; the template
//! still says what it would decide at the now fixed places, and the rounds
//! go on until that is what was used. An area's start depends only on the
//! areas before it, so each round settles at least one more area.

use typst::foundations::{Dict, Label, Selector, Value};
use typst::introspection::{Introspector, MetadataElem};
use typst::utils::PicoStr;
use typst_layout::PagedDocument;

/// The file the template reads settled decisions from.
pub const LAYOUT: &str = "layout.json";

/// What `layout.json` holds before any round: decide everything in the template.
pub const UNSETTLED: &[u8] = b"[]";

/// One area's decision, as the template recorded it.
#[derive(Debug)]
struct Fit {
    area: usize,
    /// Where the decision was made for: page and y (pt).
    page: usize,
    y: f64,
    /// What the template decides at that place, and what it used.
    wanted: String,
    used: String,
}

/// The decisions to fix for the next round, or `None` when `document` is
/// settled: every decision was made for where its area starts and is the
/// one the template wants there.
pub fn next_round(document: &PagedDocument) -> Option<Vec<Option<String>>> {
    let fits = fits(document);
    let starts = starts(document);
    let settled = fits.iter().all(|fit| {
        let start = starts.iter().find(|(area, ..)| *area == fit.area);
        let same_place =
            start.is_some_and(|(_, page, y)| *page == fit.page && (y - fit.y).abs() < 0.01);
        same_place && fit.wanted == fit.used
    });
    if settled {
        return None;
    }
    let count = fits.iter().map(|fit| fit.area + 1).max().unwrap_or(0);
    let mut next = vec![None; count];
    for fit in fits {
        next[fit.area] = Some(fit.wanted);
    }
    Some(next)
}

/// `layout.json` for `fits`.
pub fn layout_json(fits: &[Option<String>]) -> Vec<u8> {
    serde_json::to_vec(fits).expect("strings serialise to JSON")
}

/// The metadata values labelled `label`, with where each stands.
fn labelled(document: &PagedDocument, label: &str) -> Vec<(Value, Option<(usize, f64)>)> {
    let Some(label) = Label::new(PicoStr::intern(label)) else {
        return Vec::new();
    };
    let introspector = document.introspector();
    introspector
        .query(&Selector::Label(label))
        .iter()
        .filter_map(|content| {
            let value = content.to_packed::<MetadataElem>()?.value.clone();
            let place = content
                .location()
                .and_then(|location| introspector.position(location))
                .map(|p| (p.page.get(), p.point.y.to_pt()));
            Some((value, place))
        })
        .collect()
}

/// Where each area starts: (area, page, y).
fn starts(document: &PagedDocument) -> Vec<(usize, usize, f64)> {
    labelled(document, "area-start")
        .into_iter()
        .filter_map(|(value, place)| {
            let (page, y) = place?;
            Some((number(&value)?, page, y))
        })
        .collect()
}

/// The decisions the template recorded.
fn fits(document: &PagedDocument) -> Vec<Fit> {
    labelled(document, "area-fit")
        .into_iter()
        .filter_map(|(value, _)| {
            let Value::Dict(dict) = value else {
                return None;
            };
            Some(Fit {
                area: number(dict.get("area").ok()?)?,
                page: number(dict.get("page").ok()?)?,
                y: float(dict.get("y").ok()?)?,
                wanted: text(&dict, "wanted")?,
                used: text(&dict, "used")?,
            })
        })
        .collect()
}

fn number(value: &Value) -> Option<usize> {
    match value {
        Value::Int(n) => usize::try_from(*n).ok(),
        _ => None,
    }
}

fn float(value: &Value) -> Option<f64> {
    match value {
        Value::Float(x) => Some(*x),
        Value::Int(n) => Some(*n as f64),
        _ => None,
    }
}

fn text(dict: &Dict, key: &str) -> Option<String> {
    match dict.get(key).ok()? {
        Value::Str(s) => Some(s.to_string()),
        _ => None,
    }
}
