//! Messages in the plan authors' language: one Fluent catalogue per language under `locales/`.
//!
//! Every message the tool prints (diagnostics, hints, summaries, `--help`)
//! is looked up by id with [`t!`](crate::t) in the catalogue of the chosen
//! [`Lang`]. Swedish is the default; English is chosen with `--lang en` or
//! `HANDLINGSPLAN_LANG=en` (see [`Lang::from_env`]). The two catalogues
//! hold the same ids with the same arguments: `tests/messages.rs` fails
//! otherwise, and also fails on an id used in the code that is missing.

pub mod guide;

use std::borrow::Cow;
use std::sync::LazyLock;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// A language the tool speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    /// Svenska: the default, the plan authors' language.
    Sv,
    /// English.
    En,
}

/// The environment variable that chooses the language when `--lang` is not given.
pub const ENV: &str = "HANDLINGSPLAN_LANG";

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Sv, Lang::En];

    /// The language's code, as given to `--lang` and the folder under `locales/`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    /// The language a code names: `sv`, `en`, also with a region or an
    /// encoding (`en_GB.UTF-8`, `sv-SE`), case-insensitive.
    pub fn parse(code: &str) -> Option<Lang> {
        let base = code
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match base.as_str() {
            "sv" => Some(Lang::Sv),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language `HANDLINGSPLAN_LANG` names, else Swedish. The general
    /// locale (`LANG`) is not followed on purpose: a Swedish plan author on
    /// a computer set up in English still gets Swedish messages.
    pub fn from_env() -> Lang {
        std::env::var(ENV)
            .ok()
            .and_then(|v| Lang::parse(&v))
            .unwrap_or(Lang::Sv)
    }
}

static CHOSEN: AtomicU8 = AtomicU8::new(0);

/// Chooses the language of every message from now on, for the whole process.
pub fn set_language(lang: Lang) {
    CHOSEN.store(lang as u8, Ordering::Relaxed);
}

/// The language messages are in now: Swedish unless [`set_language`] said otherwise.
pub fn language() -> Lang {
    match CHOSEN.load(Ordering::Relaxed) {
        1 => Lang::En,
        _ => Lang::Sv,
    }
}

/// Names the catalogue files once: [`FILES`], and [`sources`] with the
/// text of each file in each language, compiled into the binary.
macro_rules! catalogue {
    ($($file:literal),* $(,)?) => {
        /// The names of the catalogue files of each language.
        pub const FILES: &[&str] = &[$($file),*];

        /// The text of a language's catalogue files, by file name.
        pub fn sources(lang: Lang) -> &'static [(&'static str, &'static str)] {
            match lang {
                Lang::Sv => &[$(($file, include_str!(concat!("../../locales/sv/", $file)))),*],
                Lang::En => &[$(($file, include_str!(concat!("../../locales/en/", $file)))),*],
            }
        }
    };
}

catalogue!(
    "report.ftl",
    "cli.ftl",
    "load.ftl",
    "plan.ftl",
    "render.ftl",
    "authoring.ftl",
    "diff.ftl",
);

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> Bundle {
    let id: LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Fluent wraps arguments in Unicode isolation marks by default; they
    // would show as odd characters in a terminal and in file names.
    bundle.set_use_isolating(false);
    for (_, text) in sources(lang) {
        // A catalogue with a syntax error still gives its good messages;
        // tests/messages.rs fails on the error itself.
        let resource = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(r, _)| r);
        // A duplicate id keeps the first message; the test fails on it too.
        bundle.add_resource_overriding(resource);
    }
    bundle
}

static SV: LazyLock<Bundle> = LazyLock::new(|| bundle(Lang::Sv));
static EN: LazyLock<Bundle> = LazyLock::new(|| bundle(Lang::En));

fn bundle_of(lang: Lang) -> &'static Bundle {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

/// A message's argument: text or a number (numbers choose plural forms).
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    Number(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(s))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Text(Cow::Borrowed(s))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Text(Cow::Owned(s))
    }
}

impl<'a> From<Cow<'a, str>> for Arg<'a> {
    fn from(s: Cow<'a, str>) -> Self {
        Arg::Text(s)
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_arg!(usize, u64, u32, u16, u8, i64, i32, f64);

/// The message `id` in the chosen language with its arguments filled in.
pub fn message(id: &str, args: &[(&str, Arg<'_>)]) -> String {
    message_in(language(), id, args)
}

/// The message `id` in `lang`. An id missing from the catalogue (a bug
/// that `tests/messages.rs` catches) gives the id and its arguments, so
/// that nothing the message carried is lost.
pub fn message_in(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let bundle = bundle_of(lang);
    let (id, attribute) = match id.split_once('.') {
        Some((id, attribute)) => (id, Some(attribute)),
        None => (id, None),
    };
    let pattern = bundle.get_message(id).and_then(|m| match attribute {
        Some(a) => m.get_attribute(a).map(|a| a.value()),
        None => m.value(),
    });
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent_args.set(
            *name,
            match value {
                Arg::Text(s) => FluentValue::from(s.as_ref()),
                Arg::Number(n) => FluentValue::from(*n),
            },
        );
    }
    match pattern {
        Some(pattern) => {
            let mut errors = Vec::new();
            bundle
                .format_pattern(pattern, Some(&fluent_args), &mut errors)
                .into_owned()
        }
        None => missing(id, args),
    }
}

fn missing(id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let mut out = id.to_owned();
    for (name, value) in args {
        match value {
            Arg::Text(s) => out.push_str(&format!(" {name}={s}")),
            Arg::Number(n) => out.push_str(&format!(" {name}={n}")),
        }
    }
    out
}

/// Whether the catalogue of `lang` has the message `id` (`id.attribute` for an attribute).
pub fn has(lang: Lang, id: &str) -> bool {
    let bundle = bundle_of(lang);
    match id.split_once('.') {
        Some((id, attribute)) => bundle
            .get_message(id)
            .is_some_and(|m| m.get_attribute(attribute).is_some()),
        None => bundle.get_message(id).is_some_and(|m| m.value().is_some()),
    }
}

/// A catalogue message, filled in: the id it was made from and its text in
/// the chosen language. A problem is made from one, and its id is the
/// problem's code (`load-unknown-key`), the same in every language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub id: &'static str,
    pub text: String,
}

impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

/// Like [`t!`], but keeps the catalogue id with the text: `msg!(ID, name = value, …)`
/// gives a [`Message`], which is what problems are made from.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Message {
            id: $id,
            text: $crate::t!($id $(, $name = $value)*),
        }
    };
}

/// A message in the chosen language by its catalogue id, with its arguments: `t!(ID, name = value, …)`.
///
/// Values are text (`&str`, `String`) or numbers; a number named `count`
/// (or any other) can choose a plural form in the catalogue.
#[macro_export]
macro_rules! t {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::message($id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),*])
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_name_languages_with_or_without_a_region() {
        assert_eq!(Lang::parse("sv"), Some(Lang::Sv));
        assert_eq!(Lang::parse("sv_SE.UTF-8"), Some(Lang::Sv));
        assert_eq!(Lang::parse("EN-gb"), Some(Lang::En));
        assert_eq!(Lang::parse("de"), None);
        assert_eq!(Lang::parse(""), None);
    }

    #[test]
    fn plural_forms_follow_the_number() {
        for (lang, one, many) in [
            (Lang::Sv, "1 fel", "2 fel"),
            (Lang::En, "1 error", "2 errors"),
        ] {
            assert_eq!(
                message_in(lang, "report-errors", &[("count", 1usize.into())]),
                one
            );
            assert_eq!(
                message_in(lang, "report-errors", &[("count", 2usize.into())]),
                many
            );
        }
    }

    #[test]
    fn a_missing_message_keeps_its_arguments() {
        let text = message_in(Lang::En, "no-such-message", &[("key", "ansvarig".into())]);
        assert_eq!(text, "no-such-message key=ansvarig");
    }
}
