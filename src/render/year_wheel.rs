//! The årshjul figure as SVG, for the follow-up report's PDF and web page: its geometry computed here, its markup in `templates/arshjul.svg.j2`.
//!
//! The wheel is twelve sectors, January at the top and the months going
//! clockwise: a band with the month's name, then one ring per kind of entry
//! (the outermost ring for the activities due, then meetings, then rounds),
//! each month's count in it beside the kind's marker shape. A legend below
//! names each marker and ring: nothing is told by colour alone. Every
//! coordinate is written with two decimals, so the same wheel gives the
//! same bytes. Each month's group has a `<title>` listing its entries (a
//! tooltip on the web page); the figure's own name and description are
//! for screen readers, and the month table after the figure has the same
//! entries.

use minijinja::AutoEscape;
use serde::Serialize;

use crate::document::YearWheel;
use crate::document::year_wheel::{KINDS, WheelMonth};
use crate::render::html::contrast::{self, Rgb, WHITE};
use crate::render::html::css_string;
use crate::render::{Template, jinja};
use crate::report::Report;

/// The built-in template.
const TEMPLATE: &str = include_str!("../../templates/arshjul.svg.j2");

/// The figure's width in SVG units; the wheel is as wide.
const WIDTH: f64 = 640.0;
/// The wheel's centre, from the top left corner.
const CENTRE: f64 = 320.0;
/// The wheel's outer edge, and the inner edge of the band with the month names.
const OUTER: f64 = 306.0;
const BAND: f64 = 254.0;
/// Where the month names' middle runs.
const NAME_RADIUS: f64 = 280.0;
/// The rings' edges, outermost first: one ring per kind (see [`KINDS`]),
/// the last edge the hub's.
const RINGS: [f64; 4] = [BAND, 196.0, 138.0, 84.0];
const _: () = assert!(RINGS.len() == KINDS.len() + 1, "a ring per kind");
/// Font sizes: month names, counts, the year in the hub and the word
/// "Årshjul" under it, the legend.
const NAME_SIZE: f64 = 17.0;
const COUNT_SIZE: f64 = 16.0;
const YEAR_SIZE: f64 = 34.0;
const LABEL_SIZE: f64 = 14.0;
const LEGEND_SIZE: f64 = 15.0;
/// A marker's half width, and the gap between it and its count.
const MARKER: f64 = 7.0;
const GAP: f64 = 4.0;
/// The legend's first row's baseline, and the room each row takes.
const LEGEND_TOP: f64 = 662.0;
const LEGEND_ROW: f64 = 26.0;

/// What the template draws.
#[derive(Serialize)]
struct Figure {
    width: String,
    height: String,
    centre: String,
    /// The accessible name and description.
    title: String,
    description: String,
    font: String,
    sizes: Sizes,
    colours: Colours,
    year: i32,
    year_y: String,
    label_y: String,
    months: Vec<Sector>,
    /// The rings' edges (and the wheel's outer edge), as circle radii.
    circles: Vec<String>,
    hub: String,
    legend: Vec<LegendRow>,
}

#[derive(Serialize)]
struct Sizes {
    name: String,
    count: String,
    year: String,
    label: String,
    legend: String,
}

#[derive(Serialize)]
struct Colours {
    /// The month band, and its names (white on it, at least 4.5:1).
    band: String,
    /// Every other month's rings, a tint of the accent; the others are white.
    tint: String,
    lines: &'static str,
    ink: &'static str,
}

/// One month's sector.
#[derive(Serialize)]
struct Sector {
    name: String,
    number: u8,
    /// The path of the rings' part and of the band's.
    rings: String,
    band: String,
    tinted: bool,
    /// `translate(x y) rotate(a)` for the month's name, along the circle.
    name_at: String,
    name_dy: String,
    counts: Vec<Count>,
}

/// A month's entries of one kind: the count in its ring, with the kind's marker.
#[derive(Serialize)]
struct Count {
    kind: &'static str,
    heading: &'static str,
    entries: Vec<String>,
    marker: String,
    x: String,
    y: String,
}

#[derive(Serialize)]
struct LegendRow {
    marker: String,
    x: String,
    y: String,
    text: String,
}

/// The wheel as an SVG document, in the theme's `font` and `accent` colour.
pub fn svg(wheel: &YearWheel, font: &str, accent: &str) -> Result<String, Report> {
    let figure = figure(wheel, font, accent);
    let mut env = jinja::environment();
    // XML escaping, whatever the template is called.
    env.set_auto_escape_callback(|_| AutoEscape::Html);
    let template = Template::built_in(TEMPLATE, "arshjul.svg.j2");
    jinja::render_text(&env, &template, minijinja::value::Serde(&figure), "SVG")
}

fn figure(wheel: &YearWheel, font: &str, accent: &str) -> Figure {
    let accent = Rgb::parse(accent).unwrap_or(Rgb(0, 0x5a, 0x8c));
    let legend_rows = wheel.kinds.len() as f64;
    Figure {
        width: num(WIDTH),
        height: num(LEGEND_TOP + legend_rows * LEGEND_ROW - 8.0),
        centre: num(CENTRE),
        title: format!("Årshjul {}", wheel.year),
        description: wheel.description.clone(),
        font: format!("{}, sans-serif", css_string(font)),
        sizes: Sizes {
            name: num(NAME_SIZE),
            count: num(COUNT_SIZE),
            year: num(YEAR_SIZE),
            label: num(LABEL_SIZE),
            legend: num(LEGEND_SIZE),
        },
        colours: Colours {
            band: contrast::darkest_needed(accent, WHITE).hex(),
            tint: accent.lighten(0.9).hex(),
            lines: "#8c8c8c",
            ink: "#1a1a1a",
        },
        year: wheel.year,
        year_y: num(CENTRE + 0.35 * YEAR_SIZE - 6.0),
        label_y: num(CENTRE + 24.0),
        months: (wheel.months.iter().enumerate())
            .map(|(i, month)| sector(wheel, i, month))
            .collect(),
        circles: std::iter::once(OUTER).chain(RINGS).map(num).collect(),
        hub: num(RINGS[RINGS.len() - 1]),
        legend: legend(wheel),
    }
}

fn sector(wheel: &YearWheel, index: usize, month: &WheelMonth) -> Sector {
    let (start, end) = (index as f64 * 30.0, (index as f64 + 1.0) * 30.0);
    let middle = start + 15.0;
    let (x, y) = point(NAME_RADIUS, middle);
    // Along the circle, upright: the lower half's names turned half a turn.
    let turn = if (90.0..270.0).contains(&middle) {
        middle - 180.0
    } else if middle > 270.0 {
        middle - 360.0
    } else {
        middle
    };
    let counts = (wheel.kinds.iter().zip(&month.entries).enumerate())
        .filter(|(_, (_, entries))| !entries.is_empty())
        .map(|(ring, (kind, entries))| {
            let radius = (RINGS[ring] + RINGS[ring + 1]) / 2.0;
            let (cx, cy) = point(radius, middle);
            let digits = entries.len().to_string().len() as f64;
            let width = 2.0 * MARKER + GAP + digits * 0.57 * COUNT_SIZE;
            let left = cx - width / 2.0;
            Count {
                kind: kind.key,
                heading: kind.heading,
                entries: entries.to_vec(),
                marker: marker(ring, left + MARKER, cy),
                x: num(left + 2.0 * MARKER + GAP),
                y: num(cy + 0.35 * COUNT_SIZE),
            }
        })
        .collect();
    Sector {
        name: month.name.clone(),
        number: month.number,
        rings: annulus(RINGS[RINGS.len() - 1], BAND, start, end),
        band: annulus(BAND, OUTER, start, end),
        tinted: index.is_multiple_of(2),
        name_at: format!("translate({} {}) rotate({})", num(x), num(y), num(turn)),
        name_dy: num(0.35 * NAME_SIZE),
        counts,
    }
}

/// The legend's rows: each kind's marker, heading, ring and total.
fn legend(wheel: &YearWheel) -> Vec<LegendRow> {
    (wheel.kinds.iter().zip(&wheel.totals).enumerate())
        .map(|(i, (kind, total))| {
            let y = LEGEND_TOP + i as f64 * LEGEND_ROW;
            let left = CENTRE - 250.0;
            LegendRow {
                marker: marker(i, left + MARKER, y - 0.35 * LEGEND_SIZE),
                x: num(left + 2.0 * MARKER + 2.0 * GAP),
                y: num(y),
                text: format!("{} ({}): {total} under året", kind.heading, kind.ring),
            }
        })
        .collect()
}

/// The marker of the kind at `ring`, centred on (`x`, `y`), as the kinds'
/// symbols: a star (★), a ring round a dot (◉, drawn with the even-odd
/// rule) or a flag (⚑).
fn marker(ring: usize, x: f64, y: f64) -> String {
    let at = |(dx, dy): (f64, f64)| format!("{} {}", num(x + dx), num(y + dy));
    let polygon = |corners: Vec<(f64, f64)>| {
        let points: Vec<String> = corners.into_iter().map(at).collect();
        format!("M {} Z", points.join(" L "))
    };
    let circle = |r: f64| {
        let (left, right) = (at((-r, 0.0)), at((r, 0.0)));
        format!(
            "M {left} A {r} {r} 0 1 0 {right} A {r} {r} 0 1 0 {left} Z",
            r = num(r)
        )
    };
    let m = MARKER;
    match ring {
        0 => polygon(
            (0..10)
                .map(|i| {
                    offset(
                        if i % 2 == 0 { m * 1.2 } else { m * 0.5 },
                        f64::from(i) * 36.0,
                    )
                })
                .collect(),
        ),
        1 => [circle(m), circle(m * 0.62), circle(m * 0.34)].join(" "),
        _ => polygon(vec![
            (-0.8 * m, m),
            (-0.8 * m, -m),
            (m, -0.45 * m),
            (-0.55 * m, 0.15 * m),
            (-0.55 * m, m),
        ]),
    }
}

/// The offset of the point `r` from a centre, `degrees` clockwise from straight up.
fn offset(r: f64, degrees: f64) -> (f64, f64) {
    let (sin, cos) = degrees.to_radians().sin_cos();
    (r * sin, -r * cos)
}

/// The point `r` from the wheel's centre, `degrees` clockwise from straight up.
fn point(r: f64, degrees: f64) -> (f64, f64) {
    let (dx, dy) = offset(r, degrees);
    (CENTRE + dx, CENTRE + dy)
}

/// The path of the ring between radii `inner` and `outer`, from `start` to
/// `end` degrees clockwise.
fn annulus(inner: f64, outer: f64, start: f64, end: f64) -> String {
    let p = |r: f64, a: f64| {
        let (x, y) = point(r, a);
        format!("{} {}", num(x), num(y))
    };
    format!(
        "M {} A {o} {o} 0 0 1 {} L {} A {i} {i} 0 0 0 {} Z",
        p(outer, start),
        p(outer, end),
        p(inner, end),
        p(inner, start),
        o = num(outer),
        i = num(inner),
    )
}

/// A coordinate with two decimals, never "-0.00".
fn num(v: f64) -> String {
    let rounded = (v * 100.0).round() / 100.0;
    format!("{:.2}", if rounded == 0.0 { 0.0 } else { rounded })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coordinates_have_two_decimals_and_no_negative_zero() {
        assert_eq!(num(-0.001), "0.00");
        assert_eq!(num(1.0 / 3.0), "0.33");
        assert_eq!(num(306.0), "306.00");
    }

    #[test]
    fn the_built_in_template_parses() {
        let env = jinja::environment();
        assert!(env.template_from_named_str("built-in", TEMPLATE).is_ok());
    }
}
