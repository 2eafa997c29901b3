//! Parses the authors' Markdown into the plan's formatted-text tree.
//!
//! Only emphasis, strong, links, inline code, line breaks, lists and headings
//! are kept as formatting. Everything else (HTML, images, code blocks) becomes
//! literal text; nothing is ever loaded from a path or URL.

use std::iter::Peekable;

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use crate::model::{Block, Inline, Rich};

/// Containers nested deeper than this (lists in lists in quotes …) are
/// flattened to plain paragraphs, so that no input can exhaust the stack.
const MAX_DEPTH: usize = 12;

/// Parses Markdown into blocks.
pub fn parse(markdown: &str) -> Rich {
    let mut converter = Converter {
        events: Parser::new(markdown).peekable(),
        depth: 0,
    };
    Rich(converter.blocks())
}

struct Converter<'a> {
    events: Peekable<Parser<'a>>,
    /// How many containers and inline elements enclose the current event.
    depth: usize,
}

impl<'a> Converter<'a> {
    /// Blocks until the end of the enclosing container (its end event is consumed).
    fn blocks(&mut self) -> Vec<Block> {
        if self.depth >= MAX_DEPTH {
            return self.flattened();
        }
        self.depth += 1;
        let blocks = self.blocks_unguarded();
        self.depth -= 1;
        blocks
    }

    fn blocks_unguarded(&mut self) -> Vec<Block> {
        let mut blocks = Vec::new();
        loop {
            if self.events.peek().is_some_and(is_inline) {
                let inlines = self.loose_inlines();
                blocks.push(Block::Paragraph { inlines });
                continue;
            }
            let Some(event) = self.events.next() else {
                return blocks;
            };
            match event {
                Event::End(_) => return blocks,
                Event::Start(Tag::Paragraph) => blocks.push(Block::Paragraph {
                    inlines: self.inlines(),
                }),
                Event::Start(Tag::Heading { level, .. }) => blocks.push(Block::Heading {
                    level: level as u8,
                    inlines: self.inlines(),
                }),
                Event::Start(Tag::List(start)) => {
                    let mut items = Vec::new();
                    while let Some(event) = self.events.next() {
                        match event {
                            Event::Start(Tag::Item) => items.push(self.blocks()),
                            Event::End(_) => break,
                            _ => {}
                        }
                    }
                    blocks.push(Block::List { start, items });
                }
                Event::Start(Tag::CodeBlock(_) | Tag::HtmlBlock) => {
                    let text = self.raw_text();
                    let mut inlines = Vec::new();
                    for (i, line) in text.trim_end_matches('\n').split('\n').enumerate() {
                        if i > 0 {
                            inlines.push(Inline::LineBreak);
                        }
                        push_text(&mut inlines, line);
                    }
                    blocks.push(Block::Paragraph { inlines });
                }
                // Quotes and other containers: keep their content, drop the frame.
                Event::Start(_) => blocks.extend(self.blocks()),
                _ => {}
            }
        }
    }

    /// Inlines directly inside a tight list item, up to the next block.
    fn loose_inlines(&mut self) -> Vec<Inline> {
        let mut inlines = Vec::new();
        while self.events.peek().is_some_and(is_inline) {
            let event = self.events.next().expect("peeked");
            self.inline(event, &mut inlines);
        }
        inlines
    }

    /// Inlines up to the end of the enclosing element (its end event is consumed).
    fn inlines(&mut self) -> Vec<Inline> {
        if self.depth >= MAX_DEPTH {
            return match self.flattened().pop() {
                Some(Block::Paragraph { inlines }) => inlines,
                _ => Vec::new(),
            };
        }
        self.depth += 1;
        let inlines = self.inlines_unguarded();
        self.depth -= 1;
        inlines
    }

    fn inlines_unguarded(&mut self) -> Vec<Inline> {
        let mut inlines = Vec::new();
        while let Some(event) = self.events.next() {
            if let Event::End(_) = event {
                break;
            }
            self.inline(event, &mut inlines);
        }
        inlines
    }

    fn inline(&mut self, event: Event<'a>, out: &mut Vec<Inline>) {
        match event {
            Event::Text(text) | Event::Html(text) | Event::InlineHtml(text) => {
                push_text(out, &text)
            }
            Event::Code(text) => out.push(Inline::Code {
                text: text.into_string(),
            }),
            Event::SoftBreak => push_text(out, " "),
            Event::HardBreak => out.push(Inline::LineBreak),
            Event::Start(Tag::Emphasis) => out.push(Inline::Emph {
                inlines: self.inlines(),
            }),
            Event::Start(Tag::Strong) => out.push(Inline::Strong {
                inlines: self.inlines(),
            }),
            Event::Start(Tag::Link { dest_url, .. }) => out.push(Inline::Link {
                url: dest_url.into_string(),
                inlines: self.inlines(),
            }),
            // Images show their description only: plan text never loads files.
            Event::Start(_) => {
                for inline in self.inlines() {
                    match inline {
                        Inline::Text { text } => push_text(out, &text),
                        other => out.push(other),
                    }
                }
            }
            _ => {}
        }
    }

    /// The rest of the enclosing element as one plain paragraph, read
    /// without recursion (for content nested deeper than [`MAX_DEPTH`]).
    fn flattened(&mut self) -> Vec<Block> {
        let mut inlines = Vec::new();
        let mut open = 1usize;
        for event in self.events.by_ref() {
            match event {
                Event::Start(_) => open += 1,
                Event::End(_) => {
                    open -= 1;
                    if open == 0 {
                        break;
                    }
                    push_text(&mut inlines, " ");
                }
                Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                    push_text(&mut inlines, &t)
                }
                Event::SoftBreak | Event::HardBreak => push_text(&mut inlines, " "),
                _ => {}
            }
        }
        if inlines.is_empty() {
            return Vec::new();
        }
        vec![Block::Paragraph { inlines }]
    }

    /// The text of a code or HTML block.
    fn raw_text(&mut self) -> String {
        let mut text = String::new();
        for event in self.events.by_ref() {
            match event {
                Event::Text(t) | Event::Html(t) => text.push_str(&t),
                Event::End(TagEnd::CodeBlock | TagEnd::HtmlBlock) => break,
                _ => {}
            }
        }
        text
    }
}

fn is_inline(event: &Event) -> bool {
    match event {
        Event::Text(_)
        | Event::Code(_)
        | Event::Html(_)
        | Event::InlineHtml(_)
        | Event::SoftBreak
        | Event::HardBreak => true,
        Event::Start(tag) => matches!(
            tag,
            Tag::Emphasis | Tag::Strong | Tag::Link { .. } | Tag::Image { .. }
        ),
        _ => false,
    }
}

/// Appends text, merging with a preceding text node.
fn push_text(out: &mut Vec<Inline>, text: &str) {
    if let Some(Inline::Text { text: last }) = out.last_mut() {
        last.push_str(text);
    } else {
        out.push(Inline::text(text));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Inline {
        Inline::text(s)
    }

    #[test]
    fn paragraphs_and_emphasis() {
        let rich = parse("Ett *viktigt* mål.\nSamma stycke.\n\nNytt **stycke**.");
        assert_eq!(
            rich.0,
            vec![
                Block::Paragraph {
                    inlines: vec![
                        text("Ett "),
                        Inline::Emph {
                            inlines: vec![text("viktigt")]
                        },
                        text(" mål. Samma stycke.")
                    ]
                },
                Block::Paragraph {
                    inlines: vec![
                        text("Nytt "),
                        Inline::Strong {
                            inlines: vec![text("stycke")]
                        },
                        text(".")
                    ]
                },
            ]
        );
    }

    #[test]
    fn tight_lists_become_items_of_paragraphs() {
        let rich = parse("- ett\n- två\n\n3. tre");
        assert_eq!(
            rich.0,
            vec![
                Block::List {
                    start: None,
                    items: vec![
                        vec![Block::Paragraph {
                            inlines: vec![text("ett")]
                        }],
                        vec![Block::Paragraph {
                            inlines: vec![text("två")]
                        }],
                    ]
                },
                Block::List {
                    start: Some(3),
                    items: vec![vec![Block::Paragraph {
                        inlines: vec![text("tre")]
                    }]]
                },
            ]
        );
    }

    #[test]
    fn html_images_and_typst_syntax_stay_literal_text() {
        let rich = parse("<b>x</b> ![logga](/etc/passwd) #read(\"/etc/passwd\") $x^2$ @ref");
        assert_eq!(
            rich.plain_text(),
            "<b>x</b> logga #read(\"/etc/passwd\") $x^2$ @ref"
        );
    }

    #[test]
    fn escaped_markdown_characters_are_text() {
        assert_eq!(
            parse(r"\*inte kursiv\* \# a \| b").plain_text(),
            "*inte kursiv* # a | b"
        );
    }
}
