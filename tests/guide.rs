//! The guide (docs/, an mdBook): every page is in the summary, every page
//! the summary names exists, and every relative link and #anchor leads to a
//! page and a heading, with the heading ids mdBook makes. (External links
//! are not followed: the tests run without a network.)

use std::collections::{BTreeMap, HashSet};
use std::path::{Component, Path, PathBuf};

use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};

mod common;

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/src")
}

/// Every Markdown page of the guide by its path in docs/src, with its text.
fn pages() -> BTreeMap<String, String> {
    let mut pages = BTreeMap::new();
    for entry in std::fs::read_dir(src()).expect("docs/src") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "md") {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            pages.insert(name, std::fs::read_to_string(&path).unwrap());
        }
    }
    pages
}

/// The options mdBook parses pages with.
fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// A heading's id as mdBook makes it from the heading's text: lower case,
/// letters, digits, `_` and `-` kept, white space as `-`, all else dropped;
/// a repeated id gets `-1`, `-2` … (mdbook-html's `id_from_content` and `unique_id`).
fn heading_id(text: &str, used: &mut HashSet<String>) -> String {
    unique(id_from_text(text), used)
}

fn id_from_text(text: &str) -> String {
    (text.trim().to_lowercase().chars())
        .filter_map(|c| match c {
            c if c.is_alphanumeric() || c == '_' || c == '-' => Some(c),
            c if c.is_whitespace() => Some('-'),
            _ => None,
        })
        .collect()
}

fn unique(id: String, used: &mut HashSet<String>) -> String {
    if used.insert(id.clone()) {
        return id;
    }
    (1..)
        .map(|n| format!("{id}-{n}"))
        .find(|candidate| used.insert(candidate.clone()))
        .unwrap()
}

/// A page's heading ids and the links it holds.
fn read(page: &str) -> (HashSet<String>, Vec<String>) {
    let mut ids = HashSet::new();
    let mut links = Vec::new();
    let mut heading: Option<(String, Option<String>)> = None;
    for event in Parser::new_ext(page, options()) {
        match event {
            Event::Start(Tag::Heading { id, .. }) => {
                heading = Some((String::new(), id.map(|i| i.to_string())));
            }
            Event::Text(text) | Event::Code(text) => {
                if let Some((heading, _)) = &mut heading {
                    heading.push_str(&text);
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                let (text, given) = heading.take().unwrap();
                match given {
                    Some(id) => unique(id, &mut ids),
                    None => heading_id(&text, &mut ids),
                };
            }
            Event::Start(Tag::Link { dest_url, .. }) => links.push(dest_url.to_string()),
            _ => {}
        }
    }
    (ids, links)
}

/// `to`, written in a page in docs/src, as a path relative to docs/src;
/// `None` if it leaves the book.
fn resolve(to: &str) -> Option<String> {
    let mut parts: Vec<String> = Vec::new();
    for component in Path::new(to).components() {
        match component {
            Component::Normal(part) => parts.push(part.to_string_lossy().into_owned()),
            Component::CurDir => {}
            Component::ParentDir => {
                parts.pop()?;
            }
            _ => return None,
        }
    }
    Some(parts.join("/"))
}

/// Every link in `pages` that leads nowhere: to a page the book does not
/// have, out of the book, or to an anchor the page has no heading for.
fn broken_links(pages: &BTreeMap<String, String>) -> Vec<String> {
    let read: BTreeMap<&str, _> = pages.iter().map(|(n, t)| (n.as_str(), read(t))).collect();
    let mut broken = Vec::new();
    for (page, (_, links)) in &read {
        for link in links {
            if link.contains(':') {
                continue; // https:, mailto: …: not followed
            }
            let (path, anchor) = link.split_once('#').unwrap_or((link, ""));
            let target = match path {
                "" => Some(page.to_string()),
                path => resolve(path),
            };
            let Some((ids, _)) = target.as_deref().and_then(|t| read.get(t)) else {
                broken.push(format!("{page}: {link} (no such page in the book)"));
                continue;
            };
            if !anchor.is_empty() && !ids.contains(anchor) {
                broken.push(format!("{page}: {link} (no heading has the id {anchor})"));
            }
        }
    }
    broken
}

#[test]
fn every_relative_link_and_anchor_in_the_guide_resolves() {
    let pages = pages();
    assert!(pages.len() > 5, "the guide has only {} pages", pages.len());
    let broken = broken_links(&pages);
    assert!(
        broken.is_empty(),
        "broken links in the guide:\n{}",
        broken.join("\n")
    );
}

#[test]
fn broken_links_and_anchors_are_found() {
    let pages = BTreeMap::from([
        (
            "a.md".to_owned(),
            "# Första sidan\n\n## Så skrivs en `TOML`-fil\n\n## Mer\n\n## Mer\n\n\
             [ok](b.md#så-skrivs) [ok](#så-skrivs-en-toml-fil) [ok](#mer-1) \
             [ok](https://example.org) [bad](#mer-2) [bad](c.md) [bad](../a.md)\n"
                .to_owned(),
        ),
        (
            "b.md".to_owned(),
            "# B\n\n## Så skrivs\n\n[bad](a.md#nej)\n".to_owned(),
        ),
    ]);
    assert_eq!(
        broken_links(&pages),
        [
            "a.md: #mer-2 (no heading has the id mer-2)",
            "a.md: c.md (no such page in the book)",
            "a.md: ../a.md (no such page in the book)",
            "b.md: a.md#nej (no heading has the id nej)",
        ]
    );
}

/// mdBook renders only the pages SUMMARY.md names: each must exist, and
/// each page must be named (else it is left out of the book unseen).
#[test]
fn the_summary_names_every_page_and_only_pages_that_exist() {
    let pages = pages();
    let summary = &pages["SUMMARY.md"];
    let (_, links) = read(summary);
    let named: Vec<&str> = links.iter().map(String::as_str).collect();
    for link in &named {
        assert!(
            pages.contains_key(*link),
            "SUMMARY.md names {link}, which does not exist"
        );
    }
    for page in pages.keys().filter(|p| *p != "SUMMARY.md") {
        assert!(
            named.contains(&page.as_str()),
            "SUMMARY.md does not name {page}"
        );
    }
}

/// Every `handlingsplan …` command the guide shows as code (in a block, on
/// a line of its own or after `$ `, or inline), as words.
fn commands(page: &str) -> Vec<Vec<String>> {
    let mut code = Vec::new();
    let mut in_block = false;
    for event in Parser::new_ext(page, options()) {
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(_) | CodeBlockKind::Indented)) => {
                in_block = true
            }
            Event::End(TagEnd::CodeBlock) => in_block = false,
            Event::Text(text) if in_block => code.extend(text.lines().map(str::to_owned)),
            Event::Code(text) => code.push(text.to_string()),
            _ => {}
        }
    }
    (code.iter())
        .map(|line| line.trim_start().trim_start_matches("$ "))
        .filter(|line| line.starts_with("handlingsplan "))
        .map(common::blocks::words)
        .collect()
}

/// The commands the guide shows exist, with the flags and values shown:
/// the command line's own parser accepts each of them (a command named
/// alone, `handlingsplan new`, need only exist).
#[test]
fn every_command_the_guide_shows_is_one_the_tool_accepts() {
    use clap::error::ErrorKind;

    let mut count = 0;
    for (name, page) in pages() {
        for words in commands(&page) {
            count += 1;
            let cli = handlingsplan::cli::command();
            if let [_, sub] = &words[..]
                && cli.find_subcommand(sub).is_some()
            {
                continue; // `handlingsplan extract` names a command, with no arguments yet
            }
            let parsed = cli.try_get_matches_from(&words);
            if let Err(error) = parsed {
                let shown = matches!(
                    error.kind(),
                    ErrorKind::DisplayVersion | ErrorKind::DisplayHelp
                );
                assert!(shown, "{name}: `{}` is refused:\n{error}", words.join(" "));
            }
        }
    }
    assert!(count > 20, "found only {count} commands in the guide");
}
