//! Footnotes (`[^1]` and `[^1]: text`): each note's text placed at its first reference, and notes on what cannot be.

use super::*;

/// A footnote's definition, waiting to be placed at its first reference.
pub(super) struct Definition {
    /// The label as Markdown matches it (see [`label_key`]).
    key: String,
    /// The label as written.
    label: String,
    /// The note's text; `None` once placed.
    blocks: Option<Vec<Block>>,
    /// Where `[^label]:` is written.
    range: Range<usize>,
}

impl Converter<'_> {
    /// A footnote's definition (its start event just read, at `range`):
    /// kept to be placed at its references, or printed as written where
    /// it cannot be a note (in a table cell, inside another note, a second
    /// note with the same label).
    pub(super) fn note_definition(&mut self, label: &str, range: Range<usize>) -> Vec<Block> {
        let outer = !self.in_note;
        self.in_note = true;
        let inner = self.blocks();
        self.in_note = !outer;
        let key = label_key(label);
        let written = self.source.get(range.clone()).unwrap_or("");
        let range = range.start..range.start + written.find("]:").map_or(written.len(), |i| i + 2);
        let problem = if self.in_cell {
            let written = self.quoted(range.clone());
            Some((
                crate::msg!("plan-md-note-in-cell", written = written),
                crate::t!("plan-md-note-in-cell.hint"),
            ))
        } else if !outer {
            Some((
                crate::msg!("plan-md-note-in-note", label = label),
                crate::t!("plan-md-note-in-note.hint"),
            ))
        } else if self.definitions.iter().any(|d| d.key == key) {
            Some((
                crate::msg!("plan-md-note-duplicate", label = label),
                crate::t!("plan-md-note-duplicate.hint", label = label),
            ))
        } else {
            None
        };
        match problem {
            Some((message, hint)) => {
                self.warn(range, message, hint);
                self.footnote_as_written(label, inner)
            }
            None => {
                self.definitions.push(Definition {
                    key,
                    label: label.to_owned(),
                    blocks: Some(inner),
                    range,
                });
                Vec::new()
            }
        }
    }

    /// A reference to a defined footnote: a note, except in a table cell
    /// or inside a note, where it is printed as written.
    pub(super) fn note_reference(
        &mut self,
        label: &str,
        range: Range<usize>,
        out: &mut Vec<Inline>,
    ) {
        self.run.push('\n');
        if !self.in_cell && !self.in_note {
            out.push(Inline::Note {
                label: label.to_owned(),
                number: 0,
                anchor: String::new(),
                blocks: None,
            });
            return;
        }
        let (message, hint) = if self.in_cell {
            let written = self.quoted(range.clone());
            (
                crate::msg!("plan-md-note-in-cell", written = written),
                crate::t!("plan-md-note-in-cell.hint"),
            )
        } else {
            (
                crate::msg!("plan-md-note-in-note", label = label),
                crate::t!("plan-md-note-in-note.hint"),
            )
        };
        self.warn(range, message, hint);
        push_text(out, &format!("[^{label}]"));
    }

    /// Numbers the notes in the order they are first referenced and puts
    /// each one's text at its first reference. A note no reference reaches
    /// is printed as written at the end, with a warning.
    pub(super) fn place_notes(&mut self, blocks: &mut Vec<Block>) {
        let mut definitions = std::mem::take(&mut self.definitions);
        let mut placed: Vec<String> = Vec::new();
        visit_inlines_mut(blocks, &mut |inline| {
            let Inline::Note {
                label,
                number,
                blocks: content,
                ..
            } = inline
            else {
                return;
            };
            let key = label_key(label);
            if let Some(i) = placed.iter().position(|k| *k == key) {
                *number = i as u32 + 1;
                return;
            }
            match definitions.iter_mut().find(|d| d.key == key) {
                Some(definition) => {
                    placed.push(key);
                    *number = placed.len() as u32;
                    *content = definition.blocks.take();
                }
                // The parser only makes references to defined notes; one
                // whose definition was flattened is printed as written.
                None => *inline = Inline::text(&format!("[^{label}]")),
            }
        });
        for definition in definitions {
            let Some(inner) = definition.blocks else {
                continue;
            };
            self.warn(
                definition.range,
                crate::msg!("plan-md-note-unused", label = &definition.label),
                crate::t!("plan-md-note-unused.hint", label = &definition.label),
            );
            blocks.extend(self.footnote_as_written(&definition.label, inner));
        }
    }

    /// A warning at each `[^label]` written in the current block's text
    /// (`run`, with where each text event starts in it and is written):
    /// a reference to a note the text does not define.
    pub(super) fn undefined_references(&mut self, run: &str, events: &[(usize, Range<usize>)]) {
        let mut from = 0;
        while let Some(i) = run[from..].find("[^") {
            let start = from + i;
            from = start + 2;
            let Some(end) = run[from..].find(']') else {
                return;
            };
            let label = &run[from..from + end];
            if label.is_empty() || label.contains(|c: char| c.is_whitespace() || c == '[') {
                continue;
            }
            let Some(e) = events.partition_point(|(s, _)| *s <= start).checked_sub(1) else {
                continue;
            };
            let (event_start, range) = &events[e];
            let at = range.start + (start - event_start);
            let written = format!("[^{label}]");
            // Only where it is written so (not `\[^1]`, not `&#91;^1]`).
            let backslashes = self.source.get(..at).map_or(0, |before| {
                before.len() - before.trim_end_matches('\\').len()
            });
            if self.source.get(at..at + written.len()) != Some(written.as_str())
                || backslashes % 2 == 1
            {
                continue;
            }
            self.warn(
                at..at + written.len(),
                crate::msg!("plan-md-note-undefined", label = label),
                crate::t!("plan-md-note-undefined.hint", label = label),
            );
        }
    }

    /// A footnote definition's blocks, printed as written: `[^1]: text`.
    pub(super) fn footnote_as_written(&mut self, label: &str, mut inner: Vec<Block>) -> Vec<Block> {
        let marker = Inline::text(&format!("[^{label}]: "));
        match inner.first_mut() {
            Some(Block::Paragraph { inlines }) => {
                let mut all = vec![marker];
                all.append(inlines);
                *inlines = merge_text(all);
            }
            _ => inner.insert(
                0,
                Block::Paragraph {
                    inlines: vec![marker],
                },
            ),
        }
        inner
    }
}
