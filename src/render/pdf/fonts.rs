//! The fonts compiled into handlingsplan, and which characters the fonts of a build can draw.

use std::borrow::Cow;
use std::sync::LazyLock;

use typst::foundations::Bytes;
use typst::text::Font;

/// Noto Sans for text, Noto Sans Math for ≥, ≤ and arrows, and Noto Sans
/// Symbols and Symbols 2 for check marks, ballot boxes, circled numbers and
/// other symbols plans and status reports use (SIL Open Font License).
pub const EMBEDDED: [(&str, &[u8]); 7] = [
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
    (
        "NotoSansSymbols-Regular.ttf",
        include_bytes!("../../../fonts/NotoSansSymbols-Regular.ttf"),
    ),
    (
        "NotoSansSymbols2-Regular.ttf",
        include_bytes!("../../../fonts/NotoSansSymbols2-Regular.ttf"),
    ),
];

/// The font files of a build: the embedded ones and the region's own.
pub fn files(region_fonts: &[crate::load::Asset]) -> Vec<(String, Cow<'static, [u8]>)> {
    let mut files: Vec<(String, Cow<'static, [u8]>)> = EMBEDDED
        .iter()
        .map(|(name, data)| (name.to_string(), Cow::Borrowed(*data)))
        .collect();
    for asset in region_fonts {
        let name = std::path::Path::new(&asset.name)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        files.push((name, Cow::Owned(asset.bytes.clone())));
    }
    files
}

/// The parsed fonts of a build: the embedded ones, parsed once per process,
/// then the region's own.
pub fn parse(region_fonts: &[crate::load::Asset]) -> Vec<Font> {
    static EMBEDDED_FONTS: LazyLock<Vec<Font>> = LazyLock::new(|| {
        EMBEDDED
            .iter()
            .flat_map(|(_, data)| Font::iter(Bytes::new(*data)))
            .collect()
    });
    let mut fonts = EMBEDDED_FONTS.clone();
    for asset in region_fonts {
        fonts.extend(Font::iter(Bytes::new(asset.bytes.clone())));
    }
    fonts
}

/// Whether some font can draw `c` (typst falls back through all fonts),
/// or `c` needs no glyph at all (spaces, invisible formatting characters).
pub fn can_draw(fonts: &[Font], c: char) -> bool {
    needs_no_glyph(c) || fonts.iter().any(|f| f.info().coverage.contains(c as u32))
}

fn needs_no_glyph(c: char) -> bool {
    c.is_whitespace()
        || matches!(c,
            '\u{ad}' | '\u{34f}' | '\u{61c}' | '\u{200b}'..='\u{200f}' | '\u{2060}'..='\u{2064}'
            | '\u{fe00}'..='\u{fe0f}' | '\u{feff}')
}
