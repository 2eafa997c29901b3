//! The guide's chapter of problems: every problem code with its Swedish message and hints, read from the catalogue.
//!
//! A problem's code is the catalogue id of its message (see
//! `report::Problem`). The chapter lists the codes it is given, grouped by
//! what the tool was doing (the code's first word: `load`, `plan` …), each
//! with its message as the Swedish catalogue writes it, arguments shown as
//! placeholders (`‹nyckel›`), and the hints the catalogue gives the message
//! (its `.hint` attributes). A plural message shows its general form.

use std::collections::BTreeMap;

use fluent_syntax::ast::{
    Entry as FtlEntry, Expression, InlineExpression, Pattern, PatternElement,
};

use super::{Lang, sources};

/// Where the generated chapter starts and ends in docs/src/felmeddelanden.md.
pub const BEGIN: &str = "<!-- problem codes: generated from locales/sv, do not edit by hand -->";
pub const END: &str = "<!-- end of problem codes -->";

/// The groups of codes, by the code's first word, with their headings.
const GROUPS: &[(&str, &str)] = &[
    ("cli", "Kommandoraden"),
    ("init", "Starta en ny plan (init)"),
    ("load", "Läsa in planens filer"),
    ("plan", "Planens innehåll"),
    ("render", "Bygga PDF, webbsida och Markdown"),
    ("build", "Bygga PDF, webbsida och Markdown"),
    ("write", "Skriva filerna"),
    ("watch", "Bygga om medan du skriver (watch)"),
    ("fmt", "Formatera filerna (fmt)"),
    ("schema", "Scheman för editorn (schema)"),
    ("ids", "Ge aktiviteter id (id)"),
    ("period", "Nästa periods plan (new)"),
    ("round", "Nästa uppföljningsomgång (uppfoljning ny)"),
    ("organ", "Organ på kommandoraden (--organ)"),
    ("ansvar", "Aktiviteter per organ (ansvar)"),
    ("diff", "Jämföra versioner (diff)"),
    ("extract", "Ta fram filer ur en PDF (extract)"),
];

/// What a message's arguments are called in the chapter's placeholders.
pub const PLACEHOLDERS: &[(&str, &str)] = &[
    ("abbreviation", "förkortning"),
    ("accent", "accentfärg"),
    ("allowed", "tillåtna värden"),
    ("area", "område"),
    ("ascii", "namn i ASCII"),
    ("backup", "säkerhetskopia"),
    ("cells", "celler"),
    ("char", "tecken"),
    ("character", "tecken"),
    ("code", "kod"),
    ("column", "kolumn"),
    ("columns", "kolumner"),
    ("command", "kommando"),
    ("count", "antal"),
    ("date", "datum"),
    ("description", "beskrivning"),
    ("detail", "detalj"),
    ("dir", "mapp"),
    ("epoch", "tidpunkt"),
    ("error", "orsak"),
    ("example", "exempel"),
    ("expected", "förväntat"),
    ("fields", "fält"),
    ("file", "fil"),
    ("files", "filer"),
    ("filter", "filter"),
    ("first", "första"),
    ("folder", "mapp"),
    ("font", "typsnitt"),
    ("format", "format"),
    ("found", "hittat"),
    ("from", "från"),
    ("header", "rubrikrad"),
    ("heading", "rubrik"),
    ("id", "id"),
    ("ids", "id:n"),
    ("image", "bild"),
    ("key", "nyckel"),
    ("keys", "nycklar"),
    ("kind", "typ"),
    ("end", "avslutad eller inställd"),
    ("label", "etikett"),
    ("last", "sista"),
    ("limit", "gräns"),
    ("line", "rad"),
    ("link", "länk"),
    ("max", "högst"),
    ("message", "meddelande"),
    ("min", "minst"),
    ("name", "namn"),
    ("names", "organens namn"),
    ("near", "närmaste"),
    ("new", "nytt"),
    ("number", "nummer"),
    ("old", "gammalt"),
    ("optional", "valfria"),
    ("other", "annan status"),
    ("path", "sökväg"),
    ("period", "period"),
    ("plan", "plan"),
    ("plans", "planer"),
    ("quote", "citat"),
    ("ratio", "kontrast"),
    ("reason", "orsak"),
    ("reference", "hänvisning"),
    ("rev", "version i git"),
    ("root", "mapp"),
    ("round", "omgångens datum"),
    ("size", "storlek"),
    ("source", "källa"),
    ("standards", "standarder"),
    ("status", "status"),
    ("statuses", "statusar"),
    ("stem", "filnamn"),
    ("table", "tabell"),
    ("tag", "tagg"),
    ("tags", "taggar"),
    ("target", "mål"),
    ("text", "text"),
    ("thing", "sak"),
    ("title", "rubrik"),
    ("to", "till"),
    ("url", "adress"),
    ("value", "värde"),
    ("why", "varför"),
    ("written", "skrivet"),
    ("year", "år"),
    ("years", "år"),
];

/// One problem code in the chapter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub code: String,
    /// The Swedish message with placeholders.
    pub message: String,
    /// The hints the catalogue gives the message, with placeholders.
    pub hints: Vec<String>,
}

/// A message of the Swedish catalogue: its text and its attributes, in order.
struct Found<'a> {
    order: usize,
    value: Option<&'a Pattern<&'static str>>,
    attributes: Vec<(&'static str, &'a Pattern<&'static str>)>,
}

/// The entries of `codes`, in the catalogue's order; `Err` names the codes
/// the Swedish catalogue has no message for.
pub fn entries(codes: &[&str]) -> Result<Vec<Entry>, Vec<String>> {
    let resources: Vec<_> = sources(Lang::Sv)
        .iter()
        .filter_map(|(_, text)| fluent_syntax::parser::parse(*text).ok())
        .collect();
    let mut messages = BTreeMap::new();
    for message in resources.iter().flat_map(|r| &r.body) {
        if let FtlEntry::Message(m) = message {
            let found = Found {
                order: messages.len(),
                value: m.value.as_ref(),
                attributes: (m.attributes.iter())
                    .map(|a| (a.id.name, &a.value))
                    .collect(),
            };
            messages.insert(m.id.name, found);
        }
    }
    let missing: Vec<String> = (codes.iter())
        .filter(|code| messages.get(**code).is_none_or(|m| m.value.is_none()))
        .map(|code| code.to_string())
        .collect();
    if !missing.is_empty() {
        return Err(missing);
    }
    let mut found: Vec<(&str, &Found)> = codes.iter().map(|c| (*c, &messages[*c])).collect();
    found.sort_by_key(|(_, m)| m.order);
    found.dedup_by_key(|(code, _)| *code);
    Ok(found
        .into_iter()
        .map(|(code, m)| Entry {
            code: code.to_owned(),
            message: shown(m.value.expect("checked above")),
            hints: (m.attributes.iter())
                .filter(|(name, _)| name.starts_with("hint"))
                .map(|(_, pattern)| shown(pattern))
                .collect(),
        })
        .collect())
}

/// The chapter's generated part: a section per group, an entry per code.
pub fn chapter(codes: &[&str]) -> Result<String, Vec<String>> {
    let entries = entries(codes)?;
    let mut out = String::new();
    let mut headings: Vec<&str> = GROUPS.iter().map(|(_, h)| *h).collect();
    headings.dedup();
    headings.push("Övrigt");
    for heading in headings {
        let in_group: Vec<&Entry> = (entries.iter())
            .filter(|e| group_of(&e.code) == heading)
            .collect();
        if in_group.is_empty() {
            continue;
        }
        out.push_str(&format!("## {heading}\n\n"));
        for entry in in_group {
            out.push_str(&format!(
                "### `{}`\n\n{}\n\n",
                entry.code,
                markdown(&entry.message)
            ));
            for hint in &entry.hints {
                out.push_str(&format!("*Tips:* {}\n\n", markdown(hint)));
            }
        }
    }
    Ok(out.trim_end().to_owned() + "\n")
}

/// The heading of the group a code belongs to.
fn group_of(code: &str) -> &'static str {
    let first = code.split('-').next().unwrap_or(code);
    (GROUPS.iter())
        .find(|(prefix, _)| *prefix == first)
        .map_or("Övrigt", |(_, heading)| *heading)
}

/// A pattern as text, each argument as its placeholder, each choice
/// (a plural) as its default form.
fn shown(pattern: &Pattern<&str>) -> String {
    let mut out = String::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression } => out.push_str(&expression_shown(expression)),
        }
    }
    out.trim().to_owned()
}

fn expression_shown(expression: &Expression<&str>) -> String {
    match expression {
        Expression::Inline(inline) => inline_shown(inline),
        Expression::Select { variants, .. } => (variants.iter())
            .find(|v| v.default)
            .map(|v| shown(&v.value))
            .unwrap_or_default(),
    }
}

fn inline_shown(inline: &InlineExpression<&str>) -> String {
    match inline {
        InlineExpression::StringLiteral { value } => value.to_string(),
        InlineExpression::NumberLiteral { value } => value.to_string(),
        InlineExpression::VariableReference { id } => placeholder(id.name),
        InlineExpression::Placeable { expression } => expression_shown(expression),
        InlineExpression::MessageReference { id, .. } => placeholder(id.name),
        InlineExpression::FunctionReference { .. } | InlineExpression::TermReference { .. } => {
            "‹…›".to_owned()
        }
    }
}

/// `‹nyckel›` for the argument `key`; an argument without a Swedish word keeps its name.
fn placeholder(argument: &str) -> String {
    let word = (PLACEHOLDERS.iter())
        .find(|(name, _)| *name == argument)
        .map_or(argument, |(_, word)| *word);
    format!("‹{word}›")
}

/// Message text as Markdown: code spans kept, and outside them the
/// characters Markdown would read as formatting or HTML escaped.
fn markdown(text: &str) -> String {
    let mut out = String::new();
    for (at, part) in text.split('`').enumerate() {
        if at > 0 {
            out.push('`');
        }
        if at % 2 == 1 {
            out.push_str(part);
            continue;
        }
        for c in part.chars() {
            match c {
                '<' => out.push_str("&lt;"),
                '*' | '_' | '[' | ']' | '\\' | '#' => {
                    out.push('\\');
                    out.push(c);
                }
                c => out.push(c),
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arguments_become_placeholders_and_plurals_their_general_form() {
        let entries = entries(&["load-not-found"]).unwrap();
        assert_eq!(entries[0].message, "‹sak› finns inte: ‹namn›");
        let chapter = chapter(&["load-utf16", "plan-duplicate-id"]).unwrap();
        assert!(chapter.contains("### `load-utf16`\n\n‹namn› är sparad som UTF-16"));
        assert!(chapter.find("## Läsa in") < chapter.find("## Planens innehåll"));
    }

    #[test]
    fn a_code_without_a_message_is_named() {
        assert_eq!(
            entries(&["no-such-code"]),
            Err(vec!["no-such-code".to_owned()])
        );
    }

    #[test]
    fn markdown_outside_code_is_escaped() {
        assert_eq!(
            markdown("`[[a]]` och [[a]] <x>"),
            "`[[a]]` och \\[\\[a\\]\\] &lt;x>"
        );
    }
}
