//! The event-by-event conversion of pulldown-cmark's output into the formatted-text tree, with notes.

use std::borrow::Cow;

use pulldown_cmark::CowStr;

use super::*;
use crate::load::text;

/// Walks pulldown-cmark's events once, building blocks and notes.
pub(super) struct Converter<'a> {
    pub(super) events: Peekable<OffsetIter<'a, pulldown_cmark::DefaultBrokenLinkCallback>>,
    /// The (dedented) Markdown the events come from.
    pub(super) source: &'a str,
    /// How many containers and inline elements enclose the current event.
    pub(super) depth: usize,
    pub(super) notes: Vec<Note>,
    /// Inside a block quote (only the outermost one is reported).
    pub(super) in_quote: bool,
    /// The labels of the reference definitions links used.
    pub(super) used_labels: Vec<String>,
    /// The note about HTML in the current block, which further tags join,
    /// with the tags it names.
    pub(super) html_note: Option<(usize, Vec<String>)>,
    /// Whether flattening of deep nesting has been reported.
    pub(super) flattened_note: bool,
    /// The references to activities, with where each is written.
    pub(super) references: Vec<(String, Range<usize>)>,
    /// The text of the current block as parsed (character references
    /// decoded), to find clusters that references build; a line break
    /// stands where other inlines were.
    pub(super) run: String,
    /// Where each text event starts in `run`, and where it is written.
    pub(super) run_events: Vec<(usize, Range<usize>)>,
    /// Text in a table cell (an activity's field, a change): tables and
    /// footnotes are printed as written there.
    pub(super) in_cell: bool,
    /// Inside a footnote's definition.
    pub(super) in_note: bool,
    /// The footnotes defined so far, to be placed at their references.
    pub(super) definitions: Vec<Definition>,
}

impl<'a> Converter<'a> {
    /// Blocks until the end of the enclosing container (its end event is consumed).
    pub(super) fn blocks(&mut self) -> Vec<Block> {
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
            self.html_note = None;
            self.check_run();
            if self.events.peek().is_some_and(|(e, _)| is_inline(e)) {
                let inlines = self.loose_inlines();
                blocks.push(Block::Paragraph { inlines });
                continue;
            }
            let Some((event, range)) = self.events.next() else {
                return blocks;
            };
            match event {
                Event::End(_) => return blocks,
                Event::Start(Tag::Paragraph) => blocks.push(Block::Paragraph {
                    inlines: self.inlines(),
                }),
                Event::Start(Tag::Heading { level, .. }) => blocks.push(Block::Heading {
                    level: level as u8,
                    depth: 1,
                    inlines: self.inlines(),
                }),
                Event::Start(Tag::List(start)) => blocks.push(self.list(start)),
                Event::Start(tag @ (Tag::CodeBlock(_) | Tag::HtmlBlock)) => {
                    blocks.extend(self.literal_block(&tag, range));
                }
                Event::Start(Tag::BlockQuote(_)) => blocks.extend(self.quote(range)),
                Event::Start(Tag::FootnoteDefinition(label)) => {
                    blocks.extend(self.note_definition(&label, range));
                }
                Event::Start(Tag::Table(align)) => blocks.extend(self.table(&align, range)),
                // Other containers (none are enabled): keep their content.
                Event::Start(_) => blocks.extend(self.blocks()),
                Event::Rule => self.warn(
                    range.clone(),
                    crate::msg!("plan-md-rule", line = self.quoted(range)),
                    crate::t!("plan-md-rule.hint"),
                ),
                _ => {}
            }
        }
    }

    /// A list's items, each a sequence of blocks.
    fn list(&mut self, start: Option<u64>) -> Block {
        let mut items = Vec::new();
        while let Some((event, _)) = self.events.next() {
            match event {
                Event::Start(Tag::Item) => items.push(self.blocks()),
                Event::End(_) => break,
                _ => {}
            }
        }
        Block::List { start, items }
    }

    /// Indented code or an HTML block: printed line by line as written
    /// (with a warning), or nothing if it holds no text.
    fn literal_block(&mut self, tag: &Tag, range: Range<usize>) -> Option<Block> {
        match tag {
            Tag::CodeBlock(CodeBlockKind::Indented) => self.warn(
                self.widened_to_line_start(range.clone()),
                crate::msg!("plan-md-indented-code"),
                crate::t!("plan-md-indented-code.hint"),
            ),
            Tag::HtmlBlock => self.warn(
                range.clone(),
                crate::msg!("plan-md-html", tag = self.quoted(range.clone())),
                crate::t!("plan-md-html.block"),
            ),
            _ => {}
        }
        let text = self.raw_text();
        let mut inlines = Vec::new();
        for (i, line) in text.trim_end_matches('\n').split('\n').enumerate() {
            if i > 0 {
                inlines.push(Inline::LineBreak);
            }
            push_text(&mut inlines, line);
        }
        (inlines.iter().any(|i| !matches!(i, Inline::LineBreak)))
            .then_some(Block::Paragraph { inlines })
    }

    /// A block quote's content as ordinary blocks (its frame is not shown).
    fn quote(&mut self, range: Range<usize>) -> Vec<Block> {
        let outer = !self.in_quote;
        if outer {
            self.warn(
                range,
                crate::msg!("plan-md-quote"),
                crate::t!("plan-md-quote.hint"),
            );
        }
        self.in_quote = true;
        let blocks = self.blocks();
        self.in_quote = !outer;
        blocks
    }

    /// Inlines directly inside a tight list item, up to the next block.
    fn loose_inlines(&mut self) -> Vec<Inline> {
        let mut inlines = Vec::new();
        while self.events.peek().is_some_and(|(e, _)| is_inline(e)) {
            let (event, range) = self.events.next().expect("peeked");
            self.inline(event, range, &mut inlines);
        }
        inlines
    }

    /// Inlines up to the end of the enclosing element (its end event is consumed).
    pub(super) fn inlines(&mut self) -> Vec<Inline> {
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
        while let Some((event, range)) = self.events.next() {
            if let Event::End(_) = event {
                break;
            }
            self.inline(event, range, &mut inlines);
        }
        inlines
    }

    fn inline(&mut self, event: Event<'a>, range: Range<usize>, out: &mut Vec<Inline>) {
        match event {
            Event::Text(text) => self.text(&text, range, out),
            Event::FootnoteReference(label) => self.note_reference(&label, range, out),
            Event::Html(text) | Event::InlineHtml(text) => {
                self.html(range);
                self.run.push('\n');
                push_spaced(out, &text::collapse_spaces(&text))
            }
            Event::Code(text) => {
                self.run.push('\n');
                out.push(Inline::Code {
                    text: text::collapse_spaces(&text),
                })
            }
            Event::SoftBreak => push_spaced(out, " "),
            Event::HardBreak => {
                self.run.push('\n');
                out.push(Inline::LineBreak)
            }
            Event::Start(Tag::Emphasis) => out.push(Inline::Emph {
                inlines: self.inlines(),
            }),
            Event::Start(Tag::Strong) => out.push(Inline::Strong {
                inlines: self.inlines(),
            }),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                self.link_title(&title, range.clone());
                self.link(link_type, dest_url, id, range, out)
            }
            Event::Start(Tag::Image { id, .. }) => self.image(id, range, out),
            Event::Start(_) => {
                let inlines = self.inlines();
                push_inlines(out, inlines);
            }
            _ => {}
        }
    }

    /// A link: kept if it goes to an allowed address, a reference if it
    /// goes to `#id`, else an error that keeps its text.
    fn link(
        &mut self,
        link_type: LinkType,
        dest_url: CowStr<'a>,
        id: CowStr<'a>,
        range: Range<usize>,
        out: &mut Vec<Inline>,
    ) {
        if !id.is_empty() {
            self.used_labels.push(label_key(&id));
        }
        let url = match link_type {
            LinkType::Email => format!("mailto:{dest_url}"),
            _ => dest_url.into_string(),
        };
        let mut inlines = self.inlines();
        if let Err(found) = text::clean_value(&url) {
            self.refuse(range, &found);
            push_inlines(out, inlines);
            return;
        }
        if let Some(target) = url.strip_prefix('#') {
            self.reference(target, &inlines, range, out);
            return;
        }
        match url_problem(&url) {
            None => {
                if plain(&inlines).trim().is_empty() {
                    // An invisible link shows its address instead.
                    inlines = vec![Inline::text(&url)];
                }
                out.push(Inline::Link { url, inlines });
            }
            Some(why) => {
                let link = self.quoted(range.clone());
                let message = match link_type {
                    LinkType::Reference
                    | LinkType::Collapsed
                    | LinkType::Shortcut
                    | LinkType::ReferenceUnknown
                    | LinkType::CollapsedUnknown
                    | LinkType::ShortcutUnknown => {
                        crate::msg!("plan-md-reference-link", link = link, why = why)
                    }
                    _ => crate::msg!("plan-md-link", link = link, why = why),
                };
                self.notes.push(Note {
                    range,
                    error: true,
                    message,
                    hint: crate::t!("plan-md-link.hint"),
                });
                // Keep the text, without the link.
                push_inlines(out, inlines);
            }
        }
    }

    /// An image: not shown (plan text never loads files), only its
    /// description, with a warning.
    fn image(&mut self, id: CowStr<'a>, range: Range<usize>, out: &mut Vec<Inline>) {
        if !id.is_empty() {
            self.used_labels.push(label_key(&id));
        }
        let description = self.inlines();
        let shown = plain(&description);
        let image = self.quoted(range.clone());
        let message = if shown.trim().is_empty() {
            crate::msg!("plan-md-image-without-description", image = image)
        } else {
            crate::msg!("plan-md-image", image = image, description = quote(&shown))
        };
        self.warn(range, message, crate::t!("plan-md-image.hint"));
        // Images show their description only: plan text never loads files.
        push_inlines(out, description);
    }

    /// A link to `#target`: a reference to the activity with that id, which
    /// prints as its number, so the link must have no text of its own.
    fn reference(
        &mut self,
        target: &str,
        inlines: &[Inline],
        range: Range<usize>,
        out: &mut Vec<Inline>,
    ) {
        let link = self.quoted(range.clone());
        let problem = if !is_id(target) {
            Some((
                crate::msg!("plan-md-reference-not-an-id", link = link, target = target),
                crate::t!("plan-md-reference-not-an-id.hint"),
            ))
        } else if !plain(inlines).trim().is_empty() {
            Some((
                crate::msg!("plan-md-reference-with-text", link = link),
                crate::t!("plan-md-reference-with-text.hint", target = target),
            ))
        } else {
            None
        };
        match problem {
            Some((message, hint)) => {
                self.notes.push(Note {
                    range,
                    error: true,
                    message,
                    hint,
                });
                out.extend(inlines.iter().cloned());
            }
            None => {
                self.references.push((target.to_owned(), range));
                out.push(Inline::Ref {
                    id: target.to_owned(),
                    number: String::new(),
                    anchor: String::new(),
                });
            }
        }
    }

    /// Reports an HTML tag; further tags in the same block join its note.
    fn html(&mut self, range: Range<usize>) {
        let tag = self.quoted(range.clone());
        if let Some((i, tags)) = &mut self.html_note
            && let Some(note) = self.notes.get_mut(*i)
        {
            note.range.end = note.range.end.max(range.end);
            tags.push(format!("`{tag}`"));
            note.message = crate::msg!("plan-md-html-tags", tags = tags.join(", "));
            return;
        }
        let hint = if tag.trim().eq_ignore_ascii_case("<br>")
            || tag.trim().eq_ignore_ascii_case("<br/>")
        {
            crate::t!("plan-md-html.line-break")
        } else {
            crate::t!("plan-md-html.hint")
        };
        self.html_note = Some((self.notes.len(), vec![format!("`{tag}`")]));
        self.warn(range, crate::msg!("plan-md-html", tag = &tag), hint);
    }

    pub(super) fn warn(
        &mut self,
        range: Range<usize>,
        message: crate::report::Message,
        hint: String,
    ) {
        self.notes.push(Note {
            range,
            error: false,
            message,
            hint,
        });
    }

    /// `range` widened to the start of its line if only whitespace precedes it.
    fn widened_to_line_start(&self, range: Range<usize>) -> Range<usize> {
        let before = &self.source[..range.start];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        if before[line_start..].trim().is_empty() {
            line_start..range.end
        } else {
            range
        }
    }

    /// The source of `range`, shortened to quote in a message.
    pub(super) fn quoted(&self, range: Range<usize>) -> String {
        quote(self.source.get(range).unwrap_or(""))
    }

    /// The rest of the enclosing element as one plain paragraph, read
    /// without recursion (for content nested deeper than [`MAX_DEPTH`]).
    fn flattened(&mut self) -> Vec<Block> {
        let mut inlines = Vec::new();
        let mut open = 1usize;
        let mut range: Option<Range<usize>> = None;
        while let Some((event, r)) = self.events.next() {
            range = Some(range.map_or(r.clone(), |a| a.start.min(r.start)..a.end.max(r.end)));
            // Blocks (list items, paragraphs …) are kept apart by a space,
            // so that their words never run together.
            match event {
                Event::Start(tag) => {
                    open += 1;
                    if !is_inline_tag(&tag) {
                        push_spaced(&mut inlines, " ");
                    }
                }
                Event::End(tag) => {
                    open -= 1;
                    if open == 0 {
                        break;
                    }
                    if !is_inline_tag_end(tag) {
                        push_spaced(&mut inlines, " ");
                    }
                }
                Event::Text(t) => self.text(&t, r, &mut inlines),
                Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                    push_spaced(&mut inlines, &text::collapse_spaces(&t))
                }
                Event::SoftBreak | Event::HardBreak => push_spaced(&mut inlines, " "),
                Event::FootnoteReference(label) => push_text(&mut inlines, &format!("[^{label}]")),
                _ => {}
            }
        }
        if !self.flattened_note
            && let Some(range) = range
        {
            self.flattened_note = true;
            self.warn(
                range,
                crate::msg!("plan-md-nested", max = MAX_DEPTH),
                crate::t!("plan-md-nested.hint"),
            );
        }
        trim_spaces(&mut inlines);
        if inlines.is_empty() {
            return Vec::new();
        }
        vec![Block::Paragraph { inlines }]
    }

    /// Text as it is printed: what the parser decoded (character references
    /// such as `&#x202E;`) is held to the rules of text typed directly, and
    /// a run of spaces is one space, as the HTML shows it.
    fn text(&mut self, text: &str, range: Range<usize>, out: &mut Vec<Inline>) {
        let written = self.source.get(range.clone()).unwrap_or("");
        let decoded = if written == text {
            Cow::Borrowed(text)
        } else {
            match text::clean_value(text) {
                // A line end written as `&NewLine;` is a soft break.
                Ok(clean) => Cow::Owned(clean.replace('\n', " ")),
                Err(found) => return self.refuse(range, &found),
            }
        };
        self.run_events.push((self.run.len(), range));
        self.run.push_str(&decoded);
        push_spaced(out, &text::collapse_spaces(&decoded));
    }

    /// An error for what [`text::find`] found in text the parser decoded
    /// from what is written at `range`.
    fn refuse(&mut self, range: Range<usize>, found: &text::Found) {
        let written = self.quoted(range.clone());
        let hint = match found.what {
            text::Unprintable::Char { c, .. } => {
                let reference = match written.starts_with('&') {
                    true => written,
                    false => format!("&#x{:X};", c as u32),
                };
                crate::t!("load-forbidden-reference", reference = reference)
            }
            text::Unprintable::LongCluster { .. } => {
                crate::t!("load-long-cluster.hint", max = text::MAX_CLUSTER)
            }
        };
        self.notes.push(Note {
            range,
            error: true,
            message: found.message(),
            hint,
        });
    }

    /// Over-long clusters in the current block's text that character
    /// references build (those written out are refused before parsing),
    /// each marked at the text event holding its first code point past
    /// the limit (a short mark, so that the quoted line stays short).
    pub(super) fn check_run(&mut self) {
        let run = std::mem::take(&mut self.run);
        let events = std::mem::take(&mut self.run_events);
        for found in text::find(&run) {
            let text::Unprintable::LongCluster { .. } = found.what else {
                continue;
            };
            let cluster = &run[found.range.clone()];
            let past = (cluster.char_indices().nth(text::MAX_CLUSTER))
                .map_or(found.range.start, |(i, _)| found.range.start + i);
            let event = events.partition_point(|(start, _)| *start <= past);
            if let Some((_, range)) = events.get(event.saturating_sub(1)) {
                self.refuse(range.clone(), &found);
            }
        }
        self.undefined_references(&run, &events);
    }

    /// A link's title (`[a](https://… "titel")`) is shown by no output:
    /// the author is told, so that it is not lost unnoticed.
    fn link_title(&mut self, title: &str, range: Range<usize>) {
        if title.trim().is_empty() {
            return;
        }
        self.warn(
            range,
            crate::msg!("plan-md-link-title", title = quote(title)),
            crate::t!("plan-md-link-title.hint"),
        );
    }

    /// The text of a code or HTML block.
    fn raw_text(&mut self) -> String {
        let mut text = String::new();
        for (event, _) in self.events.by_ref() {
            match event {
                Event::Text(t) | Event::Html(t) => text.push_str(&t),
                Event::End(TagEnd::CodeBlock | TagEnd::HtmlBlock) => break,
                _ => {}
            }
        }
        text
    }
}
