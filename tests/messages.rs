//! The message catalogues: every message exists in Swedish and English with the same arguments, and every message the code uses exists.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use handlingsplan::i18n::{self, FILES, Lang};

/// A message or attribute id (`id` or `id.attribute`) and the arguments it uses.
type Catalogue = BTreeMap<String, BTreeSet<String>>;

fn catalogue(lang: Lang) -> Catalogue {
    let mut out = Catalogue::new();
    for (file, text) in i18n::sources(lang) {
        let resource = fluent_syntax::parser::parse(*text).unwrap_or_else(|(_, errors)| {
            panic!(
                "locales/{}/{file} has syntax errors: {errors:?}",
                lang.code()
            )
        });
        for entry in resource.body {
            match entry {
                Entry::Message(m) => {
                    let id = m.id.name.to_owned();
                    if let Some(value) = &m.value {
                        insert(&mut out, id.clone(), value, lang, file);
                    }
                    for attribute in &m.attributes {
                        let id = format!("{id}.{}", attribute.id.name);
                        insert(&mut out, id, &attribute.value, lang, file);
                    }
                }
                Entry::Term(t) => panic!(
                    "locales/{}/{file}: term -{} (use messages only)",
                    lang.code(),
                    t.id.name
                ),
                Entry::Junk { content } => {
                    panic!("locales/{}/{file}: junk {content:?}", lang.code())
                }
                _ => {}
            }
        }
    }
    out
}

fn insert(out: &mut Catalogue, id: String, pattern: &Pattern<&str>, lang: Lang, file: &str) {
    let mut variables = BTreeSet::new();
    pattern_variables(pattern, &mut variables);
    let previous = out.insert(id.clone(), variables);
    assert!(
        previous.is_none(),
        "locales/{}/{file}: {id} is defined twice",
        lang.code()
    );
}

fn pattern_variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_variables(inline, out),
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

#[test]
fn both_languages_have_the_same_messages_with_the_same_arguments() {
    let sv = catalogue(Lang::Sv);
    let en = catalogue(Lang::En);
    let only = |a: &Catalogue, b: &Catalogue| -> Vec<String> {
        a.keys().filter(|k| !b.contains_key(*k)).cloned().collect()
    };
    assert_eq!(only(&sv, &en), Vec::<String>::new(), "in Swedish only");
    assert_eq!(only(&en, &sv), Vec::<String>::new(), "in English only");
    for (id, variables) in &sv {
        assert_eq!(
            Some(variables),
            en.get(id),
            "{id}: the languages use different arguments"
        );
    }
    assert!(sv.len() > 20, "the catalogue is nearly empty");
}

#[test]
fn every_catalogue_file_is_loaded() {
    for lang in Lang::ALL {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("locales")
            .join(lang.code());
        let on_disk: BTreeSet<String> = std::fs::read_dir(&dir)
            .expect("locales folder")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        let loaded: BTreeSet<String> = FILES.iter().map(|f| f.to_string()).collect();
        assert_eq!(on_disk, loaded, "locales/{}", lang.code());
    }
}

/// The ids of every `t!("…")` and `msg!("…")` in the source code.
fn ids_in_code() -> BTreeMap<String, String> {
    calls_in_code(&["t!(", "msg!("])
}

/// The problem codes: the ids of every `msg!("…")` (a problem's message,
/// whose id is its code) in the source code.
fn problem_codes() -> Vec<String> {
    calls_in_code(&["msg!("]).into_keys().collect()
}

/// The ids of every call of the given macros in the source code, with the file of one.
fn calls_in_code(macros: &[&str]) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            for entry in std::fs::read_dir(&path).expect("src") {
                stack.push(entry.expect("entry").path());
            }
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("source file");
        // `t!(ID, …)` gives a message's text, `msg!(ID, …)` a problem's message.
        let calls = macros.iter().flat_map(|m| text.match_indices(m));
        for (at, call) in calls {
            let before = text[..at].chars().next_back().unwrap_or(' ');
            if before.is_alphanumeric() || before == '_' {
                continue; // format!(, print!(, …
            }
            let rest = text[at + call.len()..].trim_start();
            if let Some(rest) = rest.strip_prefix('"') {
                let id = &rest[..rest.find('"').expect("closing quote")];
                out.insert(id.to_owned(), path.display().to_string());
            }
        }
    }
    out
}

#[test]
fn every_message_the_code_uses_exists_in_both_languages() {
    let used = ids_in_code();
    assert!(
        used.len() > 20,
        "found only {} messages in the code",
        used.len()
    );
    for lang in Lang::ALL {
        let catalogue = catalogue(lang);
        let missing: Vec<_> = used
            .iter()
            .filter(|(id, _)| !catalogue.contains_key(*id))
            .map(|(id, file)| format!("{id} (used in {file})"))
            .collect();
        assert!(
            missing.is_empty(),
            "missing in locales/{}: {missing:#?}",
            lang.code()
        );
    }
}

/// The ids the command line's help may be looked up by: `cli-about`,
/// `cli-<command>`, `cli-<command>-<argument>` and `cli-arg-<argument>`.
fn help_ids() -> BTreeSet<String> {
    let root = handlingsplan::cli::command();
    let mut ids = BTreeSet::from(["cli-about".to_owned()]);
    for arg in root.get_arguments() {
        ids.insert(format!("cli-arg-{}", arg.get_id()));
    }
    for command in root.get_subcommands() {
        command_ids(command, command.get_name(), &mut ids);
    }
    ids
}

/// The help ids of `command`, named `name`, and of the commands under it
/// (`uppfoljning ny` is `cli-uppfoljning-ny`).
fn command_ids(command: &clap::Command, name: &str, ids: &mut BTreeSet<String>) {
    ids.insert(format!("cli-{name}"));
    for arg in command.get_arguments() {
        ids.insert(format!("cli-{name}-{}", arg.get_id()));
        ids.insert(format!("cli-arg-{}", arg.get_id()));
    }
    for inner in command.get_subcommands() {
        command_ids(inner, &format!("{name}-{}", inner.get_name()), ids);
    }
}

#[test]
fn every_message_in_the_catalogue_is_used() {
    let used = ids_in_code();
    let help = help_ids();
    let unused: Vec<_> = catalogue(Lang::Sv)
        .into_keys()
        .map(|id| id.split('.').next().unwrap_or(&id).to_owned())
        .filter(|id| !used.contains_key(id) && !help.contains(id))
        .collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:#?}");
}

#[test]
fn every_command_and_argument_has_help_in_both_languages() {
    for lang in Lang::ALL {
        i18n::set_language(lang);
        let root = handlingsplan::cli::command();
        let mut commands = vec![&root];
        commands.extend(root.get_subcommands());
        for command in commands {
            let about = command
                .get_about()
                .map(|a| a.to_string())
                .unwrap_or_default();
            assert!(
                !about.is_empty() && !about.starts_with("cli-"),
                "{}: {about:?}",
                command.get_name()
            );
            for arg in command.get_arguments() {
                let help = arg.get_help().map(|a| a.to_string()).unwrap_or_default();
                assert!(
                    !help.is_empty() && !help.starts_with("cli-"),
                    "{} {} in {}: {help:?}",
                    command.get_name(),
                    arg.get_id(),
                    lang.code()
                );
            }
        }
    }
    i18n::set_language(Lang::Sv);
}

/// The guide's chapter of problems is generated from the catalogue, for
/// every problem code the code can give. Regenerate with
/// `UPDATE_GUIDE=1 cargo test --test messages`.
#[test]
fn the_guide_lists_every_problem_code_as_the_catalogue_says_it() {
    use handlingsplan::format::reference::replace_between;
    use handlingsplan::i18n::guide;

    let codes = problem_codes();
    assert!(
        codes.len() > 100,
        "found only {} problem codes",
        codes.len()
    );
    let codes: Vec<&str> = codes.iter().map(String::as_str).collect();
    let chapter = guide::chapter(&codes)
        .unwrap_or_else(|missing| panic!("problem codes without a Swedish message: {missing:?}"));
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/src/felmeddelanden.md");
    let page = std::fs::read_to_string(&path).unwrap();
    let updated = replace_between(&page, guide::BEGIN, guide::END, &chapter)
        .expect("felmeddelanden.md has the problem code markers");
    let updating =
        std::env::var_os("UPDATE_GUIDE").is_some() || std::env::var_os("UPDATE_README").is_some();
    if updating && updated != page {
        std::fs::write(&path, &updated).unwrap();
    }
    let words: BTreeSet<&str> = guide::PLACEHOLDERS.iter().map(|(_, w)| *w).collect();
    for placeholder in chapter.split('‹').skip(1) {
        let word = &placeholder[..placeholder.find('›').expect("closing ›")];
        assert!(
            words.contains(word),
            "an argument without a Swedish placeholder word (PLACEHOLDERS): {word}"
        );
    }
    let shown = if updating { &updated } else { &page };
    let lacking: Vec<&str> = (codes.iter().copied())
        .filter(|code| !shown.contains(&format!("\n### `{code}`\n")))
        .collect();
    assert!(
        lacking.is_empty(),
        "docs/src/felmeddelanden.md has no entry for {lacking:?} \
         (UPDATE_GUIDE=1 cargo test --test messages rewrites it)"
    );
    assert!(
        page == updated || updating,
        "docs/src/felmeddelanden.md is out of date: run UPDATE_GUIDE=1 cargo test --test messages"
    );
}
