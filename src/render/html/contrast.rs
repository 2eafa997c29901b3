//! Colour contrast as WCAG 2.1 defines it, to warn about an accent colour too light for text.

use crate::format::THEME;
use crate::load::{Loaded, Locus, Span};

use crate::report::{Hint, Problem, warning_at};

/// The contrast WCAG 2.1 AA asks of normal text (success criterion 1.4.3).
pub const AA_TEXT: f64 = 4.5;

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rgb(pub u8, pub u8, pub u8);

pub const WHITE: Rgb = Rgb(255, 255, 255);

impl Rgb {
    /// Parses `#rrggbb` (as region.toml's `accentfarg` is validated).
    pub fn parse(hex: &str) -> Option<Rgb> {
        let digits = hex.strip_prefix('#').filter(|d| d.len() == 6)?;
        let channel = |i: usize| u8::from_str_radix(digits.get(i..i + 2)?, 16).ok();
        Some(Rgb(channel(0)?, channel(2)?, channel(4)?))
    }

    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Relative luminance (WCAG 2.1, from the sRGB channels).
    pub fn luminance(self) -> f64 {
        let linear = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(self.0) + 0.7152 * linear(self.1) + 0.0722 * linear(self.2)
    }

    /// This colour mixed with white: `amount` 0 is the colour, 1 is white.
    pub fn lighten(self, amount: f64) -> Rgb {
        let mix = |c: u8| (f64::from(c) + (255.0 - f64::from(c)) * amount).round() as u8;
        Rgb(mix(self.0), mix(self.1), mix(self.2))
    }

    /// This colour mixed with black: `amount` 0 is the colour, 1 is black.
    pub fn darken(self, amount: f64) -> Rgb {
        let mix = |c: u8| (f64::from(c) * (1.0 - amount)).round() as u8;
        Rgb(mix(self.0), mix(self.1), mix(self.2))
    }
}

/// The contrast ratio of two colours, from 1 (none) to 21 (black on white).
pub fn ratio(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (light, dark) = if la > lb { (la, lb) } else { (lb, la) };
    (light + 0.05) / (dark + 0.05)
}

/// The lightest shade of `colour` (mixed with black) that text can have on
/// `background`.
pub fn darkest_needed(colour: Rgb, background: Rgb) -> Rgb {
    (0..=100)
        .map(|step| colour.darken(f64::from(step) / 100.0))
        .find(|shade| ratio(*shade, background) >= AA_TEXT)
        .unwrap_or(Rgb(0, 0, 0))
}

/// A ratio as people write it: rounded down to two decimals, so that a
/// colour just short of 4.5:1 never reads as "4.50:1".
pub fn shown(ratio: f64) -> String {
    format!("{:.2}:1", (ratio * 100.0).floor() / 100.0)
}

/// A warning when the region's accent colour, used for headings and links
/// on white, is too light to read by WCAG 2.1 AA.
pub fn accent_warning(loaded: &Loaded) -> Option<Problem> {
    let accent = &loaded.region.theme.accent;
    let colour = Rgb::parse(accent)?;
    let contrast = ratio(colour, WHITE);
    if contrast >= AA_TEXT {
        return None;
    }
    let message = crate::msg!(
        "render-accent-contrast",
        accent = accent,
        ratio = shown(contrast)
    );
    let problem = match loaded.positions.get(Locus::Key(THEME.name, "accentfarg")) {
        Some(Span { file, range }) => {
            let label = crate::t!("render-accent-contrast-label");
            warning_at(*file, range.clone(), message, label)
        }
        None => crate::report::warning(message),
    };
    let darker = darkest_needed(colour, WHITE);
    Some(problem.hint(crate::t!(
        "render-accent-contrast-hint",
        colour = darker.hex(),
        ratio = shown(ratio(darker, WHITE))
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratios_match_published_values() {
        // Black on white is 21:1, white on white 1:1.
        assert!((ratio(Rgb(0, 0, 0), WHITE) - 21.0).abs() < 1e-9);
        assert!((ratio(WHITE, WHITE) - 1.0).abs() < 1e-9);
        // #777777 on white is 4.478:1, just short of AA (WebAIM rounds it to 4.48).
        assert_eq!(
            shown(ratio(Rgb::parse("#777777").unwrap(), WHITE)),
            "4.47:1"
        );
        // #767676 is the lightest grey that passes: 4.54:1.
        assert_eq!(
            shown(ratio(Rgb::parse("#767676").unwrap(), WHITE)),
            "4.54:1"
        );
        // Pure red on white is 3.99:1.
        assert_eq!(shown(ratio(Rgb(255, 0, 0), WHITE)), "3.99:1");
    }

    #[test]
    fn the_suggested_shade_passes_and_stays_close() {
        let yellow = Rgb::parse("#ffcc00").unwrap();
        let darker = darkest_needed(yellow, WHITE);
        assert!(ratio(darker, WHITE) >= AA_TEXT);
        let one_step_lighter = Rgb(
            darker.0.saturating_add(3),
            darker.1.saturating_add(3),
            darker.2,
        );
        assert!(ratio(one_step_lighter, WHITE) < AA_TEXT + 0.3);
    }
}
