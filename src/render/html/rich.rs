//! Plan text as HTML: every character escaped, formatting as elements, only allowed links as links.

use crate::model::abbreviation::{self, Abbreviation};
use crate::model::{Align, Block, Cell, Inline, is_allowed_link};

/// Plain text with HTML's special characters as references; line breaks
/// (also CR and CRLF) as `<br>`.
pub fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_text(&mut out, s, false);
    out
}

/// A heading's text: as [`text`], and each word with a hyphen or a dash
/// inside it ("e-hälsa", "2023–2026") kept on one line, as the PDF keeps
/// it: headings wrap between words only.
pub fn heading(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_text(&mut out, s, true);
    out
}

/// `whole`: words with a hyphen or dash inside stay whole (headings).
fn push_text(out: &mut String, s: &str, whole: bool) {
    let s = s.replace("\r\n", "\n").replace('\r', "\n");
    for (i, line) in s.split('\n').enumerate() {
        if i > 0 {
            out.push_str("<br>");
        }
        for (k, word) in line.split(' ').enumerate() {
            if k > 0 {
                out.push(' ');
            }
            match whole && breaks_after_a_dash(word) {
                true => {
                    out.push_str("<span class=\"whole\">");
                    push_escaped(out, word);
                    out.push_str("</span>");
                }
                false => push_word(out, word),
            }
        }
    }
}

/// A word a browser may break after a hyphen or a dash inside it, short
/// enough to stand on a line of its own (a longer one keeps its breaks).
fn breaks_after_a_dash(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    chars.len() < LONG_WORD
        && (chars.windows(2))
            .any(|w| matches!(w[0], '-' | '‐' | '–' | '—') && !w[1].is_whitespace())
}

/// Words at least this long with signs in them (web addresses, paths,
/// codes) may break after each run of signs, so that a table column need
/// not be as wide as the whole word; words of letters and digits only are
/// left whole, for the browser to hyphenate.
const LONG_WORD: usize = 25;

/// One word, escaped; a long one with signs gets a break opportunity
/// (`<wbr>`) after each run of signs, never between two letters.
fn push_word(out: &mut String, word: &str) {
    let sign = |c: char| !c.is_alphanumeric();
    if word.chars().count() < LONG_WORD || !word.contains(sign) {
        push_escaped(out, word);
        return;
    }
    let mut rest = word;
    while let Some(at) = rest.find(sign) {
        let end = at
            + rest[at..]
                .find(|c: char| !sign(c))
                .unwrap_or(rest.len() - at);
        push_escaped(out, &rest[..end]);
        if end < rest.len() {
            out.push_str("<wbr>");
        }
        rest = &rest[end..];
    }
    push_escaped(out, rest);
}

/// Escapes text for element content and quoted attribute values.
pub fn push_escaped(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// A quoted CSS string holding `s` literally: every character but letters,
/// digits and spaces as a CSS escape, so that nothing can end the string or
/// the style sheet.
pub fn css_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        if c.is_alphanumeric() || c == ' ' {
            out.push(c);
        } else {
            out.push_str(&format!("\\{:x} ", c as u32));
        }
    }
    out.push('"');
    out
}

mod notes;

use notes::Footnote;

/// What writing formatted text carries along: the footnotes met so far
/// (listed after the text) and the glossary whose abbreviations are marked.
pub(super) struct Ctx<'g> {
    notes: Vec<Footnote>,
    glossary: &'g [Abbreviation],
    /// Inside a heading: words with a hyphen or dash stay whole.
    in_heading: bool,
}

/// Prose: plain text, each use of a glossary abbreviation (a whole word,
/// not in an address) marked with `<abbr>` and its explanation as title.
/// The one place plan text gets abbreviations marked.
fn push_prose(out: &mut String, text: &str, cx: &Ctx<'_>) {
    let (glossary, whole) = (cx.glossary, cx.in_heading);
    let mut at = 0;
    for (range, index) in abbreviation::uses(text, glossary) {
        push_text(out, &text[at..range.start], whole);
        out.push_str("<abbr title=\"");
        push_escaped(out, &glossary[index].explanation);
        out.push_str("\">");
        push_text(out, &text[range.clone()], whole);
        out.push_str("</abbr>");
        at = range.end;
    }
    push_text(out, &text[at..], whole);
}

/// Where blocks are written, which decides what their headings become.
#[derive(Clone, Copy)]
pub enum Place {
    /// Prose under a heading of this level (1–6): the author's headings
    /// become the levels below it, without gaps.
    Under(u8),
    /// A table cell: headings become bold paragraphs.
    Cell,
}

/// Formatted text as HTML blocks. `label`, if any (an activity's number),
/// runs into the first paragraph in bold, as in the PDF.
/// What stands before a table cell's text: the activity's number, and its
/// status label when the region shows one ("Ny", "Avslutad 2022-06-30").
#[derive(Clone, Copy)]
pub struct Label<'a> {
    pub number: &'a str,
    pub status: Option<&'a str>,
}

/// Footnotes follow the blocks, as a numbered list with links back.
/// Each use of an abbreviation of `glossary` in the text is marked with
/// `<abbr title="…">`.
pub fn blocks(
    blocks: &[Block],
    place: Place,
    label: Option<Label>,
    glossary: &[Abbreviation],
) -> String {
    let mut out = String::new();
    let mut label = label;
    let mut cx = Ctx {
        notes: Vec::new(),
        glossary,
        in_heading: false,
    };
    if let Some(text) = label.filter(|_| !matches!(blocks.first(), Some(Block::Paragraph { .. }))) {
        out.push_str("<p>");
        push_label(&mut out, text, false);
        out.push_str("</p>");
        label = None;
    }
    for block in blocks {
        push_block(&mut out, block, place, label.take(), &mut cx);
    }
    notes::push_notes(&mut out, &cx.notes, glossary);
    out
}

fn push_label(out: &mut String, label: Label, before_text: bool) {
    out.push_str("<strong class=\"nr\">");
    push_escaped(out, label.number);
    out.push_str("</strong>");
    if let Some(status) = label.status {
        out.push_str(" <span class=\"status\">");
        push_escaped(out, status);
        out.push_str("</span>");
    }
    if before_text {
        out.push(' ');
    }
}

fn push_block(
    out: &mut String,
    block: &Block,
    place: Place,
    label: Option<Label>,
    cx: &mut Ctx<'_>,
) {
    match block {
        Block::Paragraph { inlines } => {
            out.push_str("<p>");
            if let Some(label) = label {
                push_label(out, label, !inlines.is_empty());
            }
            push_inlines(out, inlines, cx);
            out.push_str("</p>");
        }
        Block::Heading { depth, inlines, .. } => match place {
            Place::Under(base) => {
                let h = (base + depth).min(6);
                out.push_str(&format!("<h{h}>"));
                cx.in_heading = true;
                push_inlines(out, inlines, cx);
                cx.in_heading = false;
                out.push_str(&format!("</h{h}>"));
            }
            Place::Cell => {
                out.push_str("<p><strong>");
                push_inlines(out, inlines, cx);
                out.push_str("</strong></p>");
            }
        },
        Block::List { start, items } => {
            match start {
                Some(1) => out.push_str("<ol>"),
                Some(n) => out.push_str(&format!("<ol start=\"{n}\">")),
                None => out.push_str("<ul>"),
            }
            for item in items {
                out.push_str("<li>");
                match item.as_slice() {
                    // A one-paragraph item needs no paragraph of its own.
                    [Block::Paragraph { inlines }] => push_inlines(out, inlines, cx),
                    item => {
                        for block in item {
                            push_block(out, block, place, None, cx);
                        }
                    }
                }
                out.push_str("</li>");
            }
            out.push_str(if start.is_some() { "</ol>" } else { "</ul>" });
        }
        Block::Table { align, head, rows } => push_table(out, align, head, rows, cx),
    }
}

/// A table, scrollable sideways when it is wider than the page (a phone).
fn push_table(
    out: &mut String,
    align: &[Align],
    head: &[Cell],
    rows: &[Vec<Cell>],
    cx: &mut Ctx<'_>,
) {
    out.push_str(
        "<div class=\"table-scroll\" role=\"region\" aria-label=\"Tabell\" tabindex=\"0\">",
    );
    out.push_str("<table class=\"prose\"><thead><tr>");
    for (i, cell) in head.iter().enumerate() {
        push_cell(out, "th scope=\"col\"", align.get(i), cell, cx);
    }
    out.push_str("</tr></thead><tbody>");
    for row in rows {
        out.push_str("<tr>");
        // A row shorter than the header gets empty cells.
        for i in 0..row.len().max(head.len()) {
            let empty = Vec::new();
            push_cell(out, "td", align.get(i), row.get(i).unwrap_or(&empty), cx);
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></div>");
}

fn push_cell(
    out: &mut String,
    tag: &str,
    align: Option<&Align>,
    cell: &[Inline],
    cx: &mut Ctx<'_>,
) {
    let class = match align {
        Some(Align::Center) => " class=\"center\"",
        Some(Align::Right) => " class=\"right\"",
        _ => "",
    };
    out.push_str(&format!("<{tag}{class}>"));
    push_inlines(out, cell, cx);
    let name = tag.split(' ').next().unwrap_or(tag);
    out.push_str(&format!("</{name}>"));
}

fn push_inlines(out: &mut String, inlines: &[Inline], cx: &mut Ctx<'_>) {
    for inline in inlines {
        match inline {
            Inline::Text { text } => push_prose(out, text, cx),
            Inline::Code { text } => {
                out.push_str("<code>");
                push_text(out, text, cx.in_heading);
                out.push_str("</code>");
            }
            Inline::Emph { inlines } => wrap(out, "em", inlines, cx),
            Inline::Strong { inlines } => wrap(out, "strong", inlines, cx),
            // Only web and e-mail addresses become links (the loader
            // refuses others; this is the second line of defence).
            Inline::Link { url, inlines } if is_allowed_link(url) => {
                out.push_str("<a href=\"");
                push_escaped(out, url);
                out.push_str("\">");
                push_inlines(out, &Inline::without_links(inlines), cx);
                out.push_str("</a>");
            }
            Inline::Link { inlines, .. } => push_inlines(out, inlines, cx),
            Inline::LineBreak => out.push_str("<br>"),
            // A reference: the activity's current number, linking to its row.
            Inline::Ref { number, anchor, .. } => {
                out.push_str("<a href=\"#");
                push_escaped(out, anchor);
                out.push_str("\">");
                push_text(out, number, false);
                out.push_str("</a>");
            }
            Inline::Note {
                number,
                anchor,
                blocks,
                ..
            } => notes::push_reference(out, *number, anchor, blocks.as_deref(), cx),
        }
    }
}

fn wrap(out: &mut String, tag: &str, inlines: &[Inline], cx: &mut Ctx<'_>) {
    out.push_str(&format!("<{tag}>"));
    push_inlines(out, inlines, cx);
    out.push_str(&format!("</{tag}>"));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Rich;

    fn para(inlines: Vec<Inline>) -> Block {
        Block::Paragraph { inlines }
    }

    #[test]
    fn markup_in_text_stays_text() {
        assert_eq!(
            text("<script>alert('x')</script> & \"q\""),
            // A long word with signs may break after them (see below).
            "&lt;<wbr>script&gt;<wbr>alert(&#39;<wbr>x&#39;)&lt;/<wbr>script&gt; &amp; &quot;q&quot;"
        );
        assert_eq!(text("<b>x</b>"), "&lt;b&gt;x&lt;/b&gt;");
        assert_eq!(text("a\r\nb\rc\nd"), "a<br>b<br>c<br>d");
    }

    #[test]
    fn long_words_with_signs_may_break_after_them() {
        assert_eq!(
            text("se https://example.org/en/mycket/lang/adress och a/b"),
            "se https://<wbr>example.<wbr>org/<wbr>en/<wbr>mycket/<wbr>lang/<wbr>adress och a/b"
        );
        assert_eq!(
            text("<x>/<y>/verkligen/mycket/langt"),
            "&lt;<wbr>x&gt;/&lt;<wbr>y&gt;/<wbr>verkligen/<wbr>mycket/<wbr>langt"
        );
        let compound = "Läkemedelskommitténsarbetsutskottsordförande";
        assert_eq!(text(compound), compound, "letters only stay whole");
    }

    #[test]
    fn a_headings_words_with_a_dash_stay_whole_and_escaped() {
        assert_eq!(
            heading("Plan 2023–2026 för e-hälsa <b>-</b> och - x"),
            "Plan <span class=\"whole\">2023–2026</span> för <span class=\"whole\">e-hälsa</span> \
             <span class=\"whole\">&lt;b&gt;-&lt;/b&gt;</span> och - x"
        );
        // A word too long for a line keeps its breaks after signs.
        let long = "https://example.org/en-mycket/lang-adress";
        assert_eq!(heading(long), text(long));
        assert!(!text("e-hälsa").contains("span"), "only headings");
    }

    #[test]
    fn css_strings_cannot_end_early() {
        assert_eq!(css_string("Noto Sans"), "\"Noto Sans\"");
        assert_eq!(
            css_string("x\"}</style>\n"),
            "\"x\\22 \\7d \\3c \\2f style\\3e \\a \""
        );
    }

    #[test]
    fn only_allowed_links_become_links() {
        let link = |url: &str| {
            blocks(
                &[para(vec![Inline::Link {
                    url: url.into(),
                    inlines: vec![Inline::text("här")],
                }])],
                Place::Cell,
                None,
                &[],
            )
        };
        assert_eq!(
            link("https://a.se/?q=\"><script>"),
            "<p><a href=\"https://a.se/?q=&quot;&gt;&lt;script&gt;\">här</a></p>"
        );
        assert_eq!(link("javascript:alert(1)"), "<p>här</p>");
        assert_eq!(link("data:text/html,x"), "<p>här</p>");
    }

    #[test]
    fn headings_go_their_depth_below_their_section_and_are_bold_in_cells() {
        let heading = |depth: u8, t: &str| Block::Heading {
            level: 6,
            depth,
            inlines: vec![Inline::text(t)],
        };
        let rich = Rich(vec![heading(1, "a"), heading(2, "b"), heading(5, "c")]);
        assert_eq!(
            blocks(&rich.0, Place::Under(2), None, &[]),
            "<h3>a</h3><h4>b</h4><h6>c</h6>"
        );
        assert_eq!(
            blocks(&rich.0[..1], Place::Cell, None, &[]),
            "<p><strong>a</strong></p>"
        );
    }

    fn number(number: &str) -> Label<'_> {
        Label {
            number,
            status: None,
        }
    }

    #[test]
    fn a_status_label_follows_the_number() {
        let rich = [para(vec![Inline::text("Göra")])];
        let label = Label {
            number: "1.",
            status: Some("Avslutad <2022>"),
        };
        assert_eq!(
            blocks(&rich, Place::Cell, Some(label), &[]),
            "<p><strong class=\"nr\">1.</strong> <span class=\"status\">Avslutad &lt;2022&gt;</span> Göra</p>"
        );
    }

    #[test]
    fn the_label_runs_into_the_first_paragraph() {
        let rich = [para(vec![Inline::text("Göra")])];
        assert_eq!(
            blocks(&rich, Place::Cell, Some(number("1.")), &[]),
            "<p><strong class=\"nr\">1.</strong> Göra</p>"
        );
        let list = [Block::List {
            start: Some(3),
            items: vec![vec![para(vec![Inline::text("x")])]],
        }];
        assert_eq!(
            blocks(&list, Place::Cell, Some(number("2.")), &[]),
            "<p><strong class=\"nr\">2.</strong></p><ol start=\"3\"><li>x</li></ol>"
        );
    }
}
