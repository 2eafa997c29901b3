//! Inlines prepared for writing: tidied for Markdown's rules on emphasis,
//! flattened to less formatting, and the text a reader should see.

use super::chars::normalise;
use crate::model::{Inline, is_allowed_link, push_text};

/// The inlines with emphasis (and for [`Formatting::None`], links too)
/// replaced by their content.
pub(super) fn flattened(inlines: &[Inline], formatting: Formatting) -> Vec<Inline> {
    let mut out = Vec::new();
    for inline in inlines {
        match inline {
            Inline::Emph { inlines } | Inline::Strong { inlines } => {
                out.extend(flattened(inlines, formatting))
            }
            Inline::Link { inlines, .. } if formatting == Formatting::None => {
                out.extend(flattened(inlines, formatting))
            }
            Inline::Ref { number, .. } if formatting == Formatting::None => {
                out.push(Inline::text(number))
            }
            Inline::Link { url, inlines } => out.push(Inline::Link {
                url: url.clone(),
                inlines: flattened(inlines, formatting),
            }),
            other => out.push(other.clone()),
        }
    }
    out
}

/// How much formatting is written.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Formatting {
    All,
    /// Emphasis and strong are left out (their text is kept).
    NoEmphasis,
    /// Only text and line breaks.
    None,
}

/// Inlines tidied for writing: whitespace and line breaks at the edges of
/// emphasis moved outside (Markdown cannot start or end emphasis with
/// them), empty emphasis, code and text left out, links that are not
/// allowed replaced by their text, neighbouring texts and codes joined.
pub(super) fn tidy(inlines: &[Inline]) -> Vec<Inline> {
    let mut out: Vec<Inline> = Vec::new();
    for inline in inlines {
        match inline {
            Inline::Text { text } if text.is_empty() => {}
            Inline::Code { text } if text.is_empty() => {}
            Inline::Text { text } => push_text(&mut out, text),
            Inline::Code { .. } => push_inline(&mut out, inline.clone()),
            Inline::Emph { inlines } | Inline::Strong { inlines } => {
                let mut inner = tidy(inlines);
                let leading = take_edge_space(&mut inner, true);
                let trailing = take_edge_space(&mut inner, false);
                for inline in leading {
                    push_inline(&mut out, inline);
                }
                if !inner.is_empty() {
                    out.push(match inline {
                        Inline::Emph { .. } => Inline::Emph { inlines: inner },
                        _ => Inline::Strong { inlines: inner },
                    });
                }
                for inline in trailing.into_iter().rev() {
                    push_inline(&mut out, inline);
                }
            }
            // A link that is not allowed is written as its text.
            Inline::Link { url, inlines } if !is_allowed_link(url) => {
                for inline in tidy(inlines) {
                    push_inline(&mut out, inline);
                }
            }
            // No links inside links, and none without text.
            Inline::Link { url, inlines } => {
                let inlines = tidy(&Inline::without_links(inlines));
                if !inlines.is_empty() {
                    out.push(Inline::Link {
                        url: url.clone(),
                        inlines,
                    });
                }
            }
            other => out.push(other.clone()),
        }
    }
    out
}

/// Removes whitespace and line breaks from the start (or end) of inlines;
/// returns them in the order they are removed.
fn take_edge_space(inlines: &mut Vec<Inline>, start: bool) -> Vec<Inline> {
    let mut taken = Vec::new();
    loop {
        let index = if start {
            0
        } else {
            inlines.len().wrapping_sub(1)
        };
        match inlines.get_mut(index) {
            Some(Inline::LineBreak) => taken.push(inlines.remove(index)),
            Some(Inline::Text { text }) => {
                let kept = if start {
                    text.trim_start()
                } else {
                    text.trim_end()
                };
                let space = if start {
                    text[..text.len() - kept.len()].to_owned()
                } else {
                    text[kept.len()..].to_owned()
                };
                let kept = kept.to_owned();
                if !space.is_empty() {
                    taken.push(Inline::Text { text: space });
                }
                if kept.is_empty() {
                    inlines.remove(index);
                } else {
                    *text = kept;
                    return taken;
                }
            }
            _ => return taken,
        }
    }
}

/// Appends an inline, joining it to a text or code just before it (two
/// code spans in a row would run their fences together).
fn push_inline(out: &mut Vec<Inline>, inline: Inline) {
    match (out.last_mut(), inline) {
        (_, Inline::Text { text }) => push_text(out, &text),
        (Some(Inline::Code { text: last }), Inline::Code { text }) => last.push_str(&text),
        (_, other) => out.push(other),
    }
}

/// The text a reader sees: line breaks as newlines, links and emphasis as
/// their text, links that are not allowed as their text too.
pub(super) fn expected_text(inlines: &[Inline]) -> String {
    let mut out = String::new();
    for inline in inlines {
        match inline {
            Inline::Text { text } | Inline::Code { text } => out.push_str(&normalise(text)),
            Inline::Emph { inlines }
            | Inline::Strong { inlines }
            | Inline::Link { inlines, .. } => out.push_str(&expected_text(inlines)),
            Inline::LineBreak => out.push('\n'),
            Inline::Ref { number, .. } => out.push_str(number),
            Inline::Note { number, anchor, .. } => {
                out.push_str(&format!("[^{}]", super::note_label(anchor, *number)))
            }
        }
    }
    out
}
