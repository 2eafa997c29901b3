//! The README's key reference, generated from the format description.

use super::{Kind, TableSpec};

/// Where the generated reference starts and ends in README.md.
pub const BEGIN: &str = "<!-- key reference: generated from src/format, do not edit by hand -->";
pub const END: &str = "<!-- end of key reference -->";

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

/// `readme` with the text between [`BEGIN`] and [`END`] replaced by [`markdown`].
/// `None` if the markers are missing.
pub fn update_readme(readme: &str) -> Option<String> {
    let start = readme.find(BEGIN)? + BEGIN.len();
    let end = readme[start..].find(END)? + start;
    Some(format!(
        "{}\n\n{}\n{}",
        &readme[..start],
        markdown(),
        &readme[end..]
    ))
}
