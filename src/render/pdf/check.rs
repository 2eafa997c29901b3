//! What the PDF renderer would refuse, found before rendering: template syntax, fonts, logo, undrawable characters, headings taller than half a page.

use std::collections::BTreeSet;

use typst::syntax::{LinkedNode, Source};
use typst::text::Font;

use super::fonts;
use crate::document::{Document, height};
use crate::format::THEME;
use crate::load::{Loaded, Locus, Span};
use crate::msg;
use crate::render::Template;
use crate::report::{Hint, Problem, Sources, error, error_at, named_at};
use crate::t;

/// Every problem the PDF renderer can see in a loaded plan. The built-in
/// template's syntax is not checked again on every build: the test below
/// checks it once.
pub fn check(
    loaded: &Loaded,
    doc: &Document,
    template: &Template,
    sources: &mut Sources,
) -> Vec<Problem> {
    let mut problems = if template.built_in {
        Vec::new()
    } else {
        template_syntax(template, sources)
    };
    let fonts = fonts::parse(&loaded.assets.fonts);
    problems.extend(unreadable_fonts(loaded));
    problems.extend(font_family(loaded, &fonts));
    problems.extend(logo(loaded));
    problems.extend(undrawable(doc, loaded, &fonts, sources));
    problems.extend(tall_headings(doc, sources));
    problems
}

/// Column headings taller than the PDF's table can hold
/// ([`height::MAX_HEADING`]), each reported once, where it is written.
fn tall_headings(doc: &Document, sources: &Sources) -> Vec<Problem> {
    let mut seen = BTreeSet::new();
    let mut problems = Vec::new();
    for area in &doc.areas {
        let heights = height::heading_heights(&area.columns);
        for (column, tall) in area.columns.iter().zip(heights) {
            if tall <= height::MAX_HEADING || !seen.insert(column.heading.as_str()) {
                continue;
            }
            let message = msg!(
                "render-heading-too-tall",
                heading = first_words(&column.heading),
                area = area.title.as_str()
            );
            let hint = t!("render-heading-too-tall-hint");
            let located = (0..sources.len()).find_map(|file| {
                let at = sources.text(file).find(column.heading.as_str())?;
                // The first word: a short mark keeps the quoted line short.
                let word = column.heading.split_whitespace().next().unwrap_or("");
                let at = at + column.heading.find(word).unwrap_or(0);
                Some((file, at..at + word.len()))
            });
            problems.push(match located {
                Some((file, range)) => {
                    error_at(file, range, message, t!("render-heading-too-tall-label")).hint(hint)
                }
                None => error(message).hint(hint),
            });
        }
    }
    problems
}

/// The first few words of a long text, to quote in a message.
fn first_words(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    match words.len() > 6 {
        true => format!("{} …", words[..6].join(" ")),
        false => words.join(" "),
    }
}

/// Where the plan names something, as a label on `problem`.
fn at(loaded: &Loaded, locus: Locus, problem: Problem, label: String) -> Problem {
    match loaded.positions.get(locus) {
        Some(Span { file, range }) => named_at(problem, *file, range.clone(), &label),
        None => problem,
    }
}

/// Syntax errors in the typst template, each quoting the template.
fn template_syntax(template: &Template, sources: &mut Sources) -> Vec<Problem> {
    let source = Source::detached(template.source.clone());
    let mut found = Vec::new();
    collect_errors(&LinkedNode::new(source.root()), &mut found);
    found
        .into_iter()
        .map(|(range, message)| {
            let message = msg!("render-template-syntax", format = "PDF", detail = message);
            template.problem(sources, Some(range), message)
        })
        .collect()
}

fn collect_errors(node: &LinkedNode, found: &mut Vec<(std::ops::Range<usize>, String)>) {
    if !node.diagnosis().errors {
        return;
    }
    if node.kind().is_error() {
        let (errors, _) = node.get().errors_and_warnings();
        let message = errors
            .first()
            .map_or_else(|| t!("render-syntax-error"), |e| e.message.to_string());
        found.push((node.range(), message));
        return;
    }
    for child in node.children() {
        collect_errors(&child, found);
    }
}

/// Region font files typst cannot read.
fn unreadable_fonts(loaded: &Loaded) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (i, asset) in loaded.assets.fonts.iter().enumerate() {
        let bytes = typst::foundations::Bytes::new(asset.bytes.clone());
        if Font::iter(bytes).next().is_none() {
            let problem = error(msg!("render-font-unreadable", file = &asset.shown))
                .hint(t!("render-font-unreadable-hint"));
            let label = t!("render-font-unreadable-label");
            problems.push(at(loaded, Locus::FontFile(i), problem, label));
        }
    }
    problems
}

/// The region's `typsnitt` must be one of the fonts of the build.
fn font_family(loaded: &Loaded, fonts: &[Font]) -> Option<Problem> {
    let wanted = &loaded.region.theme.font;
    if fonts
        .iter()
        .any(|f| f.info().family.eq_ignore_ascii_case(wanted))
    {
        return None;
    }
    let mut families: Vec<&str> = fonts.iter().map(|f| f.info().family.as_str()).collect();
    families.sort_unstable();
    families.dedup();
    let problem = error(msg!("render-font-missing", font = wanted))
        .hint(t!("render-font-missing-hint", fonts = families.join(", ")));
    Some(at(
        loaded,
        Locus::Key(THEME.name, "typsnitt"),
        problem,
        t!("render-font-missing-label"),
    ))
}

/// The logo must be the kind of image its name says.
fn logo(loaded: &Loaded) -> Option<Problem> {
    let asset = loaded.assets.logo.as_ref()?;
    let bytes = &asset.bytes;
    let name = asset.name.to_ascii_lowercase();
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]).to_string();
    let ok = if name.ends_with(".png") {
        bytes.starts_with(b"\x89PNG\r\n\x1a\n")
    } else if name.ends_with(".svg") {
        head.contains("<svg")
    } else {
        bytes.starts_with(&[0xFF, 0xD8, 0xFF])
    };
    if ok {
        return None;
    }
    let problem = error(msg!("render-logo-invalid", file = &asset.shown))
        .hint(t!("render-logo-invalid-hint"));
    Some(at(
        loaded,
        Locus::Key(THEME.name, "logotyp"),
        problem,
        t!("render-logo-label"),
    ))
}

/// Characters that no font of the build can draw would print as empty boxes.
/// (The follow-up rounds' text too, and the names of bodies that have
/// meetings: the follow-up report prints them.)
fn undrawable(doc: &Document, loaded: &Loaded, fonts: &[Font], sources: &Sources) -> Vec<Problem> {
    let mut used = BTreeSet::new();
    doc.for_each_printed_text(&mut |text: &str| used.extend(text.chars()));
    for organ in loaded
        .region
        .register
        .iter()
        .filter(|o| !o.meetings.is_empty())
    {
        used.extend(organ.name.chars());
    }
    for round in &loaded.plan.rounds {
        used.extend(round.title.chars());
        let comments = (round.activities.iter().map(|a| &a.comment))
            .chain(round.indicators.iter().map(|i| &i.comment));
        for comment in comments.flatten() {
            comment.for_each_text(&mut |text: &str| used.extend(text.chars()));
        }
        for indicator in &round.indicators {
            used.extend(indicator.value.to_string().chars());
        }
    }
    used.into_iter()
        .filter(|c| !fonts::can_draw(fonts, *c))
        .map(|c| {
            let message = msg!(
                "render-undrawable",
                char = c.to_string(),
                code = format!("{:04X}", c as u32)
            );
            let hint = t!("render-undrawable-hint");
            match locate(sources, c) {
                Some((file, range)) => {
                    error_at(file, range, message, t!("render-undrawable-label")).hint(hint)
                }
                None => error(message).hint(hint),
            }
        })
        .collect()
}

/// The first place `c` is written in the plan's files.
fn locate(sources: &Sources, c: char) -> Option<(usize, std::ops::Range<usize>)> {
    (0..sources.len()).find_map(|file| {
        let at = sources.text(file).find(c)?;
        Some((file, at..at + c.len_utf8()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Builds skip this check for the built-in template, because of this test.
    #[test]
    fn the_built_in_template_parses() {
        let template = Template {
            source: super::super::TEMPLATE.to_owned(),
            name: "templates/plan.typ".to_owned(),
            built_in: true,
        };
        let problems = template_syntax(&template, &mut Sources::default());
        assert!(problems.is_empty(), "{problems:?}");
        let broken = Template {
            source: format!("{}\n#let x = (", super::super::TEMPLATE),
            ..template
        };
        assert_eq!(template_syntax(&broken, &mut Sources::default()).len(), 1);
    }
}
