//! Markdown as readers see it: GitHub's rendering (comrak with the GFM
//! extensions) and the visible text of a document.

/// Whether raw HTML is (half of) the empty anchor the Markdown template puts
/// at the start of an activity's row, `<a id="akt-ID"></a>`, or of a goal's
/// heading, `<a id="malet-ID"></a>`: invisible on GitHub, so not part of
/// the visible text.
pub fn is_row_anchor(html: &str) -> bool {
    let html = html.trim();
    html == "</a>"
        || html
            .strip_prefix("<a id=\"akt-")
            .or_else(|| html.strip_prefix("<a id=\"malet-"))
            .and_then(|rest| rest.strip_suffix("\">"))
            .is_some_and(|id| {
                !id.is_empty()
                    && id
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            })
}

/// The visible text of a Markdown document, as a reader of the rendered page sees it.
pub fn markdown_visible_text(markdown: &str) -> String {
    use pulldown_cmark::{Event, Options, Parser};
    let mut out = String::new();
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::Html(t) | Event::InlineHtml(t) => {
                if t.trim() == "<br>" {
                    out.push('\n');
                } else if is_row_anchor(&t) {
                } else {
                    out.push_str(&t);
                }
            }
            Event::SoftBreak | Event::HardBreak | Event::End(_) => out.push('\n'),
            _ => {}
        }
    }
    out
}

/// The extensions GitHub uses for Markdown files, as comrak options.
pub fn gfm_options() -> comrak::Options<'static> {
    let mut options = comrak::Options::default();
    options.extension.table = true;
    options.extension.autolink = true;
    options.extension.strikethrough = true;
    options.extension.tasklist = true;
    options.extension.footnotes = true;
    options
}

/// A block of a Markdown document as GitHub shows it.
#[derive(Debug, Clone, PartialEq)]
pub enum GfmBlock {
    /// A heading and its visible text.
    Heading(u8, String),
    /// A paragraph (also one inside a list item), or a raw HTML block.
    Paragraph(String),
    /// A table: rows (the header first) of cells' visible text.
    Table(Vec<Vec<String>>),
    /// A footnote's definition (GitHub lists them at the end): its label
    /// and blocks. A reference to it shows in text as `<FOOTNOTE label>`.
    Footnote(String, Vec<GfmBlock>),
    /// Anything plan text should never turn into (code blocks, rules …).
    Unexpected(String),
}

/// A Markdown document read the way GitHub renders it (comrak with the GFM
/// extensions): its blocks' visible text and its links' addresses.
///
/// Visible text: text and code as written, a hard break or a raw `<br>` as a
/// newline, a soft break as a space, other raw HTML as written (so that it
/// shows up in comparisons), emphasis and links as their text. HTML comments
/// are not shown. Block quotes and lists contribute their paragraphs.
#[derive(Debug, Default)]
pub struct Gfm {
    pub blocks: Vec<GfmBlock>,
    pub links: Vec<String>,
}

pub fn gfm(markdown: &str) -> Gfm {
    use comrak::nodes::NodeValue;
    fn inline_text<'a>(node: &'a comrak::nodes::AstNode<'a>, gfm: &mut Gfm, out: &mut String) {
        for child in node.children() {
            let value = child.data.borrow().value.clone();
            match value {
                NodeValue::Text(t) => out.push_str(&t),
                NodeValue::Code(c) => out.push_str(&c.literal),
                NodeValue::LineBreak => out.push('\n'),
                NodeValue::SoftBreak => out.push(' '),
                NodeValue::HtmlInline(h) if h.eq_ignore_ascii_case("<br>") => out.push('\n'),
                NodeValue::HtmlInline(h) if is_row_anchor(&h) => {}
                NodeValue::HtmlInline(h) => out.push_str(&h),
                NodeValue::Link(link) => {
                    gfm.links.push(link.url.clone());
                    inline_text(child, gfm, out);
                }
                NodeValue::Image(link) => {
                    out.push_str(&format!("<IMAGE {}>", link.url));
                    inline_text(child, gfm, out);
                }
                NodeValue::FootnoteReference(f) => out.push_str(&format!("<FOOTNOTE {}>", f.name)),
                NodeValue::Math(m) => out.push_str(&format!("<MATH {}>", m.literal)),
                _ => inline_text(child, gfm, out),
            }
        }
    }
    fn blocks<'a>(node: &'a comrak::nodes::AstNode<'a>, gfm: &mut Gfm) {
        for child in node.children() {
            let value = child.data.borrow().value.clone();
            let block = match value {
                NodeValue::Paragraph => {
                    let mut text = String::new();
                    inline_text(child, gfm, &mut text);
                    GfmBlock::Paragraph(text)
                }
                NodeValue::Heading(h) => {
                    let mut text = String::new();
                    inline_text(child, gfm, &mut text);
                    GfmBlock::Heading(h.level, text)
                }
                NodeValue::Table(_) => {
                    let mut rows = Vec::new();
                    for row in child.children() {
                        let mut cells = Vec::new();
                        for cell in row.children() {
                            let mut text = String::new();
                            inline_text(cell, gfm, &mut text);
                            cells.push(text);
                        }
                        rows.push(cells);
                    }
                    GfmBlock::Table(rows)
                }
                NodeValue::FootnoteDefinition(definition) => {
                    let mut inner = Gfm::default();
                    blocks(child, &mut inner);
                    gfm.links.extend(inner.links);
                    GfmBlock::Footnote(definition.name, inner.blocks)
                }
                NodeValue::HtmlBlock(h) if h.literal.trim_start().starts_with("<!--") => continue,
                NodeValue::HtmlBlock(h) if h.literal.trim().eq_ignore_ascii_case("<br>") => {
                    GfmBlock::Paragraph("\n".to_owned())
                }
                NodeValue::List(_) | NodeValue::Item(_) => {
                    blocks(child, gfm);
                    continue;
                }
                NodeValue::BlockQuote => {
                    gfm.blocks.push(GfmBlock::Unexpected("<QUOTE>".to_owned()));
                    blocks(child, gfm);
                    continue;
                }
                NodeValue::HtmlBlock(h) => GfmBlock::Unexpected(format!("<HTML {}>", h.literal)),
                NodeValue::CodeBlock(c) => GfmBlock::Unexpected(format!("<CODE {}>", c.literal)),
                other => {
                    let mut text = String::new();
                    inline_text(child, gfm, &mut text);
                    GfmBlock::Unexpected(format!("<{other:?} {text}>"))
                }
            };
            gfm.blocks.push(block);
        }
    }
    let arena = comrak::Arena::new();
    let root = comrak::parse_document(&arena, markdown, &gfm_options());
    let mut gfm = Gfm::default();
    blocks(root, &mut gfm);
    gfm
}

/// Whether a link address is one plan text may have (web and e-mail
/// addresses; GitHub also links e-mail addresses in text as mailto: or
/// xmpp:).
pub fn allowed_link(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    ["https://", "http://", "mailto:", "xmpp:"]
        .iter()
        .any(|p| lower.starts_with(p))
}
