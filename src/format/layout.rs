//! Where a plan's files live: the one place their names are spelled.
//!
//! A region folder holds `region.toml`, its `templates/` and one folder per
//! plan; a plan folder holds `plan.toml` and one file per strategy area in
//! `omraden/`. Every command finds files through these names.

/// The region's settings, in the region folder.
pub const REGION_FILE: &str = "region.toml";

/// The region's goals and indicators, in the region folder (optional).
pub const GOALS_FILE: &str = "mal.toml";

/// The plan's own keys, in the plan folder.
pub const PLAN_FILE: &str = "plan.toml";

/// The folder of the area files, in the plan folder.
pub const AREAS_FOLDER: &str = "omraden";

/// The folder of the follow-up rounds, in the plan folder.
pub const ROUNDS_FOLDER: &str = "uppfoljning";

/// A round's file relative to its plan folder: `uppfoljning/<key>.toml`.
pub fn round_file(key: &str) -> String {
    format!("{ROUNDS_FOLDER}/{key}{AREA_SUFFIX}")
}

/// The round key a file name in `uppfoljning/` stands for (`2022-06.toml`
/// → `2022-06`); `None` for a name that is no round file.
pub fn round_key(file_name: &str) -> Option<&str> {
    area_key(file_name)
}

/// Whether `path` names a round file: a `*.toml` file in a folder named
/// `uppfoljning`.
pub fn is_round_file(path: &std::path::Path) -> bool {
    let mut parts = path.components().rev();
    let name = parts.next().and_then(|c| c.as_os_str().to_str());
    let folder = parts.next().and_then(|c| c.as_os_str().to_str());
    folder == Some(ROUNDS_FOLDER) && name.and_then(round_key).is_some()
}

/// The region's own templates, in the region folder.
pub const TEMPLATES_FOLDER: &str = "templates";

/// How an area file's (and a round file's) name ends.
const AREA_SUFFIX: &str = ".toml";

/// An area's file relative to its plan folder: `omraden/<key>.toml`.
pub fn area_file(key: &str) -> String {
    format!("{AREAS_FOLDER}/{key}{AREA_SUFFIX}")
}

/// The area key a file name in `omraden/` stands for (`a.toml` → `a`);
/// `None` for a name that is no area file.
pub fn area_key(file_name: &str) -> Option<&str> {
    file_name
        .strip_suffix(AREA_SUFFIX)
        .filter(|k| !k.is_empty())
}

/// A file-name-safe version of a name: "Region Norrbotten" → "region-norrbotten".
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.to_lowercase().chars() {
        let c = match c {
            'å' | 'ä' => 'a',
            'ö' => 'o',
            'é' => 'e',
            c if c.is_ascii_alphanumeric() => c,
            _ => '-',
        };
        if !(c == '-' && (out.is_empty() || out.ends_with('-'))) {
            out.push(c);
        }
    }
    out.trim_end_matches('-').to_owned()
}

/// Whether `key` may name an area file: letters (å, ä, ö and other
/// Unicode letters included), digits, `-` and `_`, so that it is one file
/// name on every system and never a path.
pub fn is_area_key(key: &str) -> bool {
    !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
}

/// Whether two area keys name the same file: compared in Unicode
/// normalisation form C, since macOS may hand out decomposed (NFD) names
/// for what a plan.toml spells composed (NFC), and Linux keeps both apart.
pub fn same_area_key(a: &str, b: &str) -> bool {
    use unicode_normalization::UnicodeNormalization;
    a == b || a.nfc().eq(b.nfc())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_area_file_and_its_key_go_both_ways() {
        assert_eq!(area_file("lakemedel"), "omraden/lakemedel.toml");
        assert_eq!(area_key("lakemedel.toml"), Some("lakemedel"));
        assert_eq!(area_key("lakemedel.md"), None);
        assert_eq!(area_key(".toml"), None);
    }

    #[test]
    fn area_keys_may_hold_swedish_letters_but_no_path() {
        assert!(is_area_key("ekonomiskt-mål"));
        assert!(is_area_key("Öppen_vård-2"));
        assert!(!is_area_key(""));
        assert!(!is_area_key("../plan"));
        assert!(!is_area_key("a b"));
        assert!(!is_area_key("a.toml"));
    }

    #[test]
    fn composed_and_decomposed_keys_are_one_key() {
        let nfd = "ekonomiskt-ma\u{30a}l";
        assert!(same_area_key("ekonomiskt-mål", nfd));
        assert!(!same_area_key("ekonomiskt-mal", nfd));
    }
}
