//! Reading rendered Markdown back: what GitHub would show for plan text,
//! and checks that it is exactly the plan's text (shared by the round-trip
//! tests and the fuzz harness).

use handlingsplan::model::{Block, Inline, Rich, visit_inlines};
use handlingsplan::render::markdown::{blocks, cell, text};

use super::markdown::{GfmBlock, allowed_link, gfm};

/// How plain text is expected to show: line endings as `\n`, NUL as U+FFFD.
pub fn normalised(s: &str) -> String {
    s.replace("\r\n", "\n")
        .replace('\r', "\n")
        .replace('\0', "\u{fffd}")
}

pub fn plain(s: &str) -> Rich {
    Rich(vec![Block::Paragraph {
        inlines: vec![Inline::text(s)],
    }])
}

/// What a cell shows for formatted text: one line per block, list items
/// prefixed with their marker (• or the number).
pub fn cell_text(rich: &Rich) -> String {
    fn lines(blocks: &[Block], out: &mut Vec<String>) {
        for block in blocks {
            match block {
                Block::Paragraph { inlines } | Block::Heading { inlines, .. } => {
                    out.push(inline_text_in(inlines, true))
                }
                // A line per row, `|` between the cells.
                Block::Table { head, rows, .. } => {
                    for row in std::iter::once(head).chain(rows) {
                        let cells: Vec<String> =
                            row.iter().map(|c| inline_text_in(c, true)).collect();
                        out.push(cells.join(" | "));
                    }
                }
                Block::List { start, items } => {
                    for (i, item) in items.iter().enumerate() {
                        let mut inner = Vec::new();
                        lines(item, &mut inner);
                        inner.retain(|l| !l.is_empty());
                        let marker = match start {
                            Some(n) => format!("{}.", n + i as u64),
                            None => "•".to_owned(),
                        };
                        match inner.first_mut() {
                            Some(first) => *first = format!("{marker} {first}"),
                            None => inner.push(marker),
                        }
                        out.extend(inner);
                    }
                }
            }
        }
    }
    let mut out = Vec::new();
    lines(&rich.0, &mut out);
    out.retain(|l| !l.is_empty());
    out.join("\n")
}

/// What `blocks` shows: each paragraph, heading (also those in lists) and
/// table, then the footnotes.
pub fn block_texts(rich: &[Block]) -> Vec<GfmBlock> {
    let mut out = body_texts(rich);
    out.extend(footnote_texts(rich));
    out
}

/// The footnotes of blocks, as GitHub lists them at the end of a document.
pub fn footnote_texts(rich: &[Block]) -> Vec<GfmBlock> {
    let mut out = Vec::new();
    visit_inlines(rich, &mut |inline| {
        if let Inline::Note {
            number,
            anchor,
            blocks: Some(content),
            ..
        } = inline
        {
            out.push(GfmBlock::Footnote(
                note_label(anchor, *number),
                body_texts(content),
            ));
        }
    });
    out
}

fn note_label(anchor: &str, number: u32) -> String {
    if anchor.is_empty() {
        number.to_string()
    } else {
        anchor.to_owned()
    }
}

/// [`block_texts`] without the footnotes.
pub fn body_texts(rich: &[Block]) -> Vec<GfmBlock> {
    let mut out = Vec::new();
    for block in rich {
        match block {
            Block::Paragraph { inlines } => {
                let text = inline_text(inlines);
                if !text.is_empty() {
                    out.push(GfmBlock::Paragraph(text));
                }
            }
            Block::Heading { depth, inlines, .. } => {
                out.push(GfmBlock::Heading((*depth + 2).min(6), inline_text(inlines)))
            }
            Block::List { items, .. } => {
                for item in items {
                    out.extend(body_texts(item));
                }
            }
            Block::Table { head, rows, .. } => {
                let columns = rows.iter().map(Vec::len).fold(head.len(), usize::max);
                if columns == 0 {
                    continue;
                }
                let row = |cells: &[Vec<Inline>]| -> Vec<String> {
                    (0..columns)
                        .map(|i| cells.get(i).map_or(String::new(), |c| inline_text(c)))
                        .collect()
                };
                let mut table = vec![row(head)];
                table.extend(rows.iter().map(|r| row(r)));
                out.push(GfmBlock::Table(table));
            }
        }
    }
    out
}

pub fn inline_text(inlines: &[Inline]) -> String {
    inline_text_in(inlines, false)
}

/// The visible text of inlines; a footnote reference as GitHub shows it
/// (`<FOOTNOTE label>`, or as written in a table cell, where no note
/// follows it).
fn inline_text_in(inlines: &[Inline], in_cell: bool) -> String {
    let mut out = String::new();
    for inline in inlines {
        match inline {
            Inline::Text { text } | Inline::Code { text } => out.push_str(&normalised(text)),
            Inline::Emph { inlines }
            | Inline::Strong { inlines }
            | Inline::Link { inlines, .. } => out.push_str(&inline_text_in(inlines, in_cell)),
            Inline::LineBreak => out.push('\n'),
            Inline::Ref { number, .. } => out.push_str(number),
            Inline::Note { number, anchor, .. } => {
                let label = note_label(anchor, *number);
                match in_cell {
                    true => out.push_str(&format!("[^{label}]")),
                    false => out.push_str(&format!("<FOOTNOTE {label}>")),
                }
            }
        }
    }
    out
}

/// The links a reader could follow: only web and e-mail addresses.
pub fn assert_links_allowed(links: &[String], markdown: &str) {
    for url in links {
        assert!(
            allowed_link(url),
            "link to {url:?} in the Markdown:\n{markdown}"
        );
    }
}

/// Checks plain text through `text` (as a heading and a column heading) and
/// through `cell` (in the middle of a three-column table, twice).
pub fn check_plain_text(s: &str) {
    let heading = format!("# {}\n", text(s));
    assert!(
        !text(s).contains(['\r', '\n']),
        "raw line break: {heading:?}"
    );
    let read = gfm(&heading);
    let expected = normalised(s).trim().to_owned();
    assert_eq!(
        read.blocks,
        vec![GfmBlock::Heading(1, expected.clone())],
        "heading {heading:?}"
    );
    assert!(
        read.links
            .iter()
            .all(|l| l.starts_with("mailto:") || l.starts_with("xmpp:")),
        "plain text became a link: {heading:?} → {:?}",
        read.links
    );

    let c = cell(&plain(s));
    assert!(!c.contains(['\r', '\n']), "raw line break in a cell: {c:?}");
    let table = format!(
        "| a | {} | c |\n| --- | --- | --- |\n| 1 | {c} | 3 |\n| 4 | {c} | 6 |\n",
        text(s)
    );
    let read = gfm(&table);
    let cell_expected = normalised(s);
    assert_eq!(
        read.blocks,
        vec![GfmBlock::Table(vec![
            vec!["a".to_owned(), expected.clone(), "c".to_owned()],
            vec!["1".to_owned(), cell_expected.clone(), "3".to_owned()],
            vec!["4".to_owned(), cell_expected, "6".to_owned()],
        ])],
        "table {table:?}"
    );
    assert!(
        read.links
            .iter()
            .all(|l| l.starts_with("mailto:") || l.starts_with("xmpp:")),
        "plain text became a link: {table:?} → {:?}",
        read.links
    );

    // And as a paragraph of a prose section.
    let rich = plain(s);
    let md = blocks(&rich.0, "");
    let read = gfm(&md);
    assert_eq!(read.blocks, block_texts(&rich.0), "paragraph {md:?}");
}

/// The links of formatted text a reader can follow, as comrak reads their
/// addresses back (whitespace percent-encoded): only allowed ones, and only
/// those with text. Text never becomes a link.
pub fn expected_links(rich: &Rich) -> Vec<String> {
    fn inlines(list: &[Inline], out: &mut Vec<String>) {
        for inline in list {
            match inline {
                Inline::Emph { inlines: inner } | Inline::Strong { inlines: inner } => {
                    inlines(inner, out)
                }
                Inline::Link {
                    url,
                    inlines: inner,
                } => {
                    let visible = !inline_text(inner).is_empty();
                    let lower = url.to_ascii_lowercase();
                    let allowed = ["https://", "http://", "mailto:"]
                        .iter()
                        .any(|p| lower.strip_prefix(p).is_some_and(|r| !r.trim().is_empty()))
                        && url.trim() == url
                        && !url.chars().any(char::is_control);
                    if visible && allowed {
                        let mut encoded = String::new();
                        for c in url.chars() {
                            if c.is_whitespace() {
                                let mut buf = [0; 4];
                                for b in c.encode_utf8(&mut buf).bytes() {
                                    encoded.push_str(&format!("%{b:02X}"));
                                }
                            } else {
                                encoded.push(c);
                            }
                        }
                        out.push(encoded);
                    } else {
                        // Links inside links are written as their text.
                        inlines(inner, out);
                        continue;
                    }
                }
                _ => {}
            }
        }
    }
    fn blocks(list: &[Block], out: &mut Vec<String>) {
        for block in list {
            match block {
                Block::Paragraph { inlines: i } | Block::Heading { inlines: i, .. } => {
                    inlines(i, out)
                }
                Block::List { items, .. } => items.iter().for_each(|item| blocks(item, out)),
                Block::Table { head, rows, .. } => (std::iter::once(head).chain(rows.iter()))
                    .flatten()
                    .for_each(|cell| inlines(cell, out)),
            }
        }
    }
    let mut out = Vec::new();
    blocks(&rich.0, &mut out);
    out
}

/// [`expected_links`] of formatted text written as blocks: those of the
/// text, then those of its footnotes (which GitHub shows at the end).
pub fn expected_links_with_notes(rich: &Rich) -> Vec<String> {
    let mut out = expected_links(rich);
    visit_inlines(&rich.0, &mut |inline| {
        if let Inline::Note {
            blocks: Some(content),
            ..
        } = inline
        {
            out.extend(expected_links(&Rich(content.clone())));
        }
    });
    out
}

/// Checks formatted text through `cell` (in a table) and `blocks`.
pub fn check_rich(rich: &Rich, source: &str) {
    let c = cell(rich);
    assert!(!c.contains(['\r', '\n']), "raw line break in a cell: {c:?}");
    let table = format!("| a | b |\n| --- | --- |\n| 1 | {c} |\n");
    let read = gfm(&table);
    assert_eq!(
        read.blocks,
        vec![GfmBlock::Table(vec![
            vec!["a".to_owned(), "b".to_owned()],
            vec!["1".to_owned(), cell_text(rich)],
        ])],
        "cell of {source:?}: {table:?}"
    );
    assert_links_allowed(&read.links, &table);
    assert_eq!(read.links, expected_links(rich), "links in {table:?}");

    let md = blocks(&rich.0, "");
    let read = gfm(&md);
    assert_eq!(
        read.blocks,
        block_texts(&rich.0),
        "blocks of {source:?}:\n{md}"
    );
    assert_links_allowed(&read.links, &md);
    assert_eq!(
        read.links,
        expected_links_with_notes(rich),
        "links in {md:?}"
    );
    // Inside a list item, as sections nest them.
    let nested = Rich(vec![Block::List {
        start: Some(7),
        items: vec![rich.0.clone(), rich.0.clone()],
    }]);
    let md = blocks(&nested.0, "");
    let read = gfm(&md);
    assert_eq!(
        read.blocks,
        block_texts(&nested.0),
        "blocks of {source:?} in a list:\n{md}"
    );
}
