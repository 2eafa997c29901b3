//! Footnotes as HTML: a numbered superscript link at each reference, the notes listed after the text with links back.

use super::*;

/// A note to list after the text it stands in.
pub(super) struct Footnote {
    id: String,
    number: u32,
    blocks: Vec<Block>,
}

/// The note's `id`: its name in the document (unique there), or, for text
/// rendered without a document, its number.
fn note_id(anchor: &str, number: u32) -> String {
    if anchor.is_empty() {
        format!("not-{number}")
    } else {
        anchor.to_owned()
    }
}

/// A reference to a note: its number, raised, linking to the note. The
/// first reference (the one that holds the note's text) is where the
/// note links back to.
pub(super) fn push_reference(
    out: &mut String,
    number: u32,
    anchor: &str,
    blocks: Option<&[Block]>,
    cx: &mut Ctx<'_>,
) {
    let id = note_id(anchor, number);
    out.push_str("<sup class=\"note-ref\"><a href=\"#");
    push_escaped(out, &id);
    out.push('"');
    if let Some(blocks) = blocks {
        out.push_str(" id=\"");
        push_escaped(out, &id);
        out.push_str("-ref\"");
        cx.notes.push(Footnote {
            id,
            number,
            blocks: blocks.to_vec(),
        });
    }
    out.push_str(&format!(
        " aria-label=\"Fotnot {number}\">{number}</a></sup>"
    ));
}

/// The notes of a text, numbered as their references, each with a link
/// back to its first reference.
pub(super) fn push_notes(out: &mut String, notes: &[Footnote], glossary: &[Abbreviation]) {
    if notes.is_empty() {
        return;
    }
    out.push_str("<ol class=\"notes\" aria-label=\"Fotnoter\">");
    for note in notes {
        // The loader prints a reference inside a note as written, so
        // notes hold none.
        let mut inner = Ctx {
            notes: Vec::new(),
            glossary,
            in_heading: false,
        };
        let mut body = String::new();
        match note.blocks.as_slice() {
            [Block::Paragraph { inlines }] => push_inlines(&mut body, inlines, &mut inner),
            blocks => {
                for block in blocks {
                    push_block(&mut body, block, Place::Cell, None, &mut inner);
                }
            }
        }
        let mut back = String::from(" <a class=\"back\" href=\"#");
        push_escaped(&mut back, &note.id);
        back.push_str(&format!(
            "-ref\" aria-label=\"Tillbaka till hänvisning {}\">↩\u{fe0e}</a>",
            note.number
        ));
        // The link back ends the note's last paragraph, not a line of its own.
        match body.strip_suffix("</p>") {
            Some(rest) => body = format!("{rest}{back}</p>"),
            None => body.push_str(&back),
        }
        out.push_str("<li id=\"");
        push_escaped(out, &note.id);
        out.push_str(&format!("\" value=\"{}\">{body}</li>", note.number));
    }
    out.push_str("</ol>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Rich;

    fn html(markdown: &str) -> String {
        let Rich(blocks) = crate::load::parse_markdown(markdown).rich;
        super::super::blocks(&blocks, Place::Under(2), None, &[])
    }

    #[test]
    fn a_table_has_column_headers_aligned_cells_and_fills_a_short_row() {
        assert_eq!(
            html("| a | b | c |\n| :-- | :-: | --: |\n| 1 |"),
            "<div class=\"table-scroll\" role=\"region\" aria-label=\"Tabell\" tabindex=\"0\">\
             <table class=\"prose\"><thead><tr><th scope=\"col\">a</th>\
             <th scope=\"col\" class=\"center\">b</th><th scope=\"col\" class=\"right\">c</th>\
             </tr></thead><tbody><tr><td>1</td><td class=\"center\"></td><td class=\"right\"></td>\
             </tr></tbody></table></div>"
        );
    }

    #[test]
    fn notes_are_listed_after_the_text_with_links_both_ways() {
        let out = html("A[^x] b[^x].\n\n[^x]: Ett <b>.\n\n    Två.");
        assert_eq!(
            out,
            "<p>A<sup class=\"note-ref\"><a href=\"#not-1\" id=\"not-1-ref\" aria-label=\"Fotnot 1\">1</a></sup> \
             b<sup class=\"note-ref\"><a href=\"#not-1\" aria-label=\"Fotnot 1\">1</a></sup>.</p>\
             <ol class=\"notes\" aria-label=\"Fotnoter\"><li id=\"not-1\" value=\"1\"><p>Ett &lt;b&gt;.</p>\
             <p>Två. <a class=\"back\" href=\"#not-1-ref\" aria-label=\"Tillbaka till hänvisning 1\">↩\u{fe0e}</a></p></li></ol>"
        );
    }
}
