//! The key reference of the README and of the guide, generated from the format description.

use super::{Key, Kind, TableSpec};

/// Where the generated reference starts and ends in README.md.
pub const BEGIN: &str = "<!-- key reference: generated from src/format, do not edit by hand -->";
pub const END: &str = "<!-- end of key reference -->";

/// Where the generated reference starts and ends in the guide's page
/// (docs/src/nycklar.md).
pub const GUIDE_BEGIN: &str =
    "<!-- guide key reference: generated from src/format, do not edit by hand -->";
pub const GUIDE_END: &str = "<!-- end of guide key reference -->";

/// Every table and key of the format as Markdown tables.
pub fn markdown() -> String {
    let mut out = String::new();
    for table in TableSpec::all() {
        out.push_str(&format!("#### `{}`\n\n{}", table.name, table.about));
        if table.column_fields {
            out.push_str(
                " Regionens egna kolumnfält (`falt` i `[[kolumn]]`) är också nycklar här.",
            );
        }
        out.push_str("\n\n| nyckel | värde | krävs | beskrivning | exempel |\n| --- | --- | --- | --- | --- |\n");
        for key in table.keys {
            let example = match key.kind {
                Kind::Table(_) | Kind::Tables(_) | Kind::TextMap(_) => {
                    key.example.lines().next().unwrap_or("").to_owned()
                }
                _ => key.example_line(),
            };
            out.push_str(&format!(
                "| `{}` | {} | {} | {} | `{}` |\n",
                key.name,
                key.kind.swedish(),
                key.required.swedish(),
                key.about.replace('|', "\\|"),
                example.replace('|', "\\|"),
            ));
        }
        out.push('\n');
    }
    out.trim_end().to_owned() + "\n"
}

/// Every table and key of the format for the guide: a section per table,
/// and under it each key with its value, whether it is required, what it
/// is for and an example as it is written in the file.
pub fn guide() -> String {
    let mut out = String::new();
    for table in TableSpec::all() {
        out.push_str(&format!("## `{}`\n\n{}\n", table.name, table.about));
        if table.column_fields {
            out.push_str(
                "\nRegionens egna kolumnfält (`falt` i `[[kolumn]]`) är också nycklar här.\n",
            );
        }
        for key in table.keys {
            out.push('\n');
            out.push_str(&guide_key(key));
        }
        out.push('\n');
    }
    out.trim_end().to_owned() + "\n"
}

/// One key in the guide: heading, value and requirement, description, example.
fn guide_key(key: &Key) -> String {
    format!(
        "### `{}`\n\n*Värde:* {}. *Krävs:* {}.\n\n{}\n\n```toml\n{}\n```\n",
        key.name,
        key.kind.swedish(),
        key.required.swedish(),
        key.about.replace('<', "&lt;"), // `<kortnamn>` is text, not an HTML tag
        key.example_line().trim_end(),
    )
}

/// `readme` with the text between [`BEGIN`] and [`END`] replaced by [`markdown`].
/// `None` if the markers are missing.
pub fn update_readme(readme: &str) -> Option<String> {
    replace_between(readme, BEGIN, END, &markdown())
}

/// The guide's page with the text between [`GUIDE_BEGIN`] and
/// [`GUIDE_END`] replaced by [`guide`]. `None` if the markers are missing.
pub fn update_guide(page: &str) -> Option<String> {
    replace_between(page, GUIDE_BEGIN, GUIDE_END, &guide())
}

/// `text` with what stands between the markers `begin` and `end` replaced
/// by `generated`, a blank line on either side. `None` if a marker is missing.
pub fn replace_between(text: &str, begin: &str, end: &str, generated: &str) -> Option<String> {
    let start = text.find(begin)? + begin.len();
    let stop = text[start..].find(end)? + start;
    Some(format!(
        "{}\n\n{}\n{}",
        &text[..start],
        generated,
        &text[stop..]
    ))
}
