//! The command line's help and argument errors in the chosen language, from the catalogue's `cli-` messages.
//!
//! The argument structs in [`super`] carry no text: each command's and
//! argument's help is the catalogue message `cli-<command>-<argument>`
//! (`cli-<command>` for the command itself, `cli-arg-<argument>` for one
//! shared by several commands), with an optional `.long` attribute for
//! `--help`. clap's own words (headings, "[default: …]") are set or
//! replaced here, and its errors for mistyped arguments are rewritten.

use std::error::Error as _;
use std::ffi::OsString;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};

use crate::i18n::{self, Lang};
use crate::t;

/// The language chosen by `--lang` in `args`, else by the environment.
/// Read before clap parses, so that its help is already in that language.
pub fn language(args: &[OsString]) -> Lang {
    flag_language(args).unwrap_or_else(Lang::from_env)
}

/// The language `--lang` names in `args`, if it is given.
fn flag_language(args: &[OsString]) -> Option<Lang> {
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        }
        let value = match word.strip_prefix("--lang") {
            Some("") => words.next().map(|v| v.into_owned()),
            Some(rest) => rest.strip_prefix('=').map(str::to_owned),
            None => None,
        };
        if let Some(lang) = value.as_deref().and_then(Lang::parse) {
            return Some(lang);
        }
    }
    None
}

/// A warning if `HANDLINGSPLAN_LANG` names a language the tool does not
/// speak and `--lang` does not choose one, which would otherwise pass
/// unnoticed (Swedish is used then).
pub fn warn_about_unknown_language(args: &[OsString]) {
    if flag_language(args).is_some() {
        return;
    }
    if let Ok(value) = std::env::var(i18n::ENV)
        && !value.is_empty()
        && Lang::parse(&value).is_none()
    {
        super::print::err(format_args!(
            "{}: {}",
            t!("report-severity-warning"),
            t!("cli-lang-env-unknown", value = value.as_str())
        ));
    }
}

/// `handlingsplan help [COMMAND]` as `handlingsplan [COMMAND] --help`: clap's
/// own help command cannot be translated, so it is answered this way.
pub fn help_command_as_flag(mut args: Vec<OsString>) -> Vec<OsString> {
    let mut i = 1;
    while let Some(word) = args.get(i).map(|a| a.to_string_lossy()) {
        if word == "--lang" || word == "--color" {
            i += 2;
        } else if word.starts_with('-') {
            i += 1;
        } else {
            break;
        }
    }
    if args.get(i).is_some_and(|a| a == "help") {
        args.remove(i);
        args.insert((i + 1).min(args.len()), OsString::from("--help"));
    }
    args
}

/// The command with every help text, heading and clap word in the chosen language.
pub fn localize(cmd: Command) -> Command {
    let cmd = localize_command(cmd, None)
        .disable_help_flag(true)
        .disable_version_flag(true)
        .disable_help_subcommand(true)
        .arg(help_flag())
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(t!("cli-arg-version"))
                .help_heading(t!("cli-heading-options")),
        );
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    names.into_iter().fold(cmd, |cmd, name| {
        cmd.mut_subcommand(&name, |sub| localize_tree(sub, &name))
    })
}

/// A command and the commands under it (`uppfoljning ny` is `cli-uppfoljning-ny`).
fn localize_tree(cmd: Command, name: &str) -> Command {
    let cmd = localize_command(cmd, Some(name))
        .disable_help_flag(true)
        .disable_help_subcommand(true)
        .arg(help_flag());
    let names: Vec<String> = (cmd.get_subcommands())
        .map(|s| s.get_name().to_owned())
        .collect();
    names.into_iter().fold(cmd, |cmd, inner| {
        cmd.mut_subcommand(&inner, |sub| localize_tree(sub, &format!("{name}-{inner}")))
    })
}

fn help_flag() -> Arg {
    Arg::new("help")
        .short('h')
        .long("help")
        .action(ArgAction::Help)
        .global(true)
        .help(t!("cli-arg-help"))
        .help_heading(t!("cli-heading-options"))
}

/// The help of one command (`None`: the program) and its arguments.
fn localize_command(cmd: Command, name: Option<&str>) -> Command {
    let id = match name {
        Some(name) => format!("cli-{name}"),
        None => "cli-about".to_owned(),
    };
    let mut cmd = cmd
        .about(i18n::message(&id, &[]))
        .help_template(format!(
            "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            t!("cli-usage")
        ))
        .subcommand_help_heading(t!("cli-heading-commands"))
        .subcommand_value_name(t!("cli-command-value"));
    if let Some(long) = attribute(&id, "long") {
        cmd = cmd.long_about(long);
    }
    if let Some(after) = attribute(&id, "after") {
        cmd = cmd.after_help(after);
    }
    let args: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    let positional: Vec<String> = cmd
        .get_positionals()
        .map(|a| a.get_id().to_string())
        .collect();
    args.into_iter().fold(cmd, |cmd, arg| {
        let id = arg_message(name, &arg);
        cmd.mut_arg(&arg, |a| {
            // Under a heading of its own clap sorts arguments by name;
            // positional ones are listed in their order instead.
            let (heading, order) = match positional.iter().position(|p| *p == arg) {
                Some(index) => (t!("cli-heading-arguments"), index),
                None => (t!("cli-heading-options"), a.get_display_order()),
            };
            let mut a = a
                .help(i18n::message(&id, &[]))
                .help_heading(heading)
                .display_order(order);
            if let Some(long) = attribute(&id, "long") {
                a = a.long_help(long);
            }
            a
        })
    })
}

/// The catalogue id of an argument's help: its own under the command, else a shared one.
pub fn arg_message(command: Option<&str>, arg: &str) -> String {
    let own = match command {
        Some(command) => format!("cli-{command}-{arg}"),
        None => format!("cli-{arg}"),
    };
    if i18n::has(i18n::language(), &own) {
        own
    } else {
        format!("cli-arg-{arg}")
    }
}

/// An attribute of a message (`.long`, `.after`), if it has it.
fn attribute(id: &str, name: &str) -> Option<String> {
    let id = format!("{id}.{name}");
    i18n::has(i18n::language(), &id).then(|| i18n::message(&id, &[]))
}

/// The words clap writes itself into help and usage, with what they become.
fn clap_words() -> [(&'static str, String); 5] {
    [
        ("[OPTIONS]", t!("cli-usage-options")),
        ("[default:", t!("cli-default")),
        ("[possible values:", t!("cli-possible-values")),
        ("Usage:", t!("cli-usage")),
        ("[aliases:", t!("cli-aliases")),
    ]
}

/// Text clap wrote (help, usage) with its own words in the chosen language.
pub fn translate(text: &str) -> String {
    clap_words()
        .iter()
        .fold(text.to_owned(), |text, (english, word)| {
            replace_wrapped(&text, english, word)
        })
}

/// `text` with every `phrase` replaced by `with`, also where clap wrapped
/// the phrase over two lines (any run of white space between its words).
fn replace_wrapped(text: &str, phrase: &str, with: &str) -> String {
    let words: Vec<&str> = phrase.split(' ').collect();
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(words[0]) {
        out.push_str(&rest[..at]);
        let after = &rest[at + words[0].len()..];
        match match_words(after, &words[1..]) {
            Some(len) => {
                out.push_str(with);
                rest = &after[len..];
            }
            None => {
                out.push_str(words[0]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// How many bytes of `text` the `words` take, each after white space.
fn match_words(text: &str, words: &[&str]) -> Option<usize> {
    let mut len = 0;
    for word in words {
        let spaces = text[len..].len() - text[len..].trim_start().len();
        if spaces == 0 || !text[len + spaces..].starts_with(word) {
            return None;
        }
        len += spaces + word.len();
    }
    Some(len)
}

/// What clap says about wrong arguments, in the chosen language: the error
/// kinds a user meets, each with the argument or value it is about. Other
/// kinds keep clap's text, with its own words translated.
pub fn error_text(error: &clap::Error) -> String {
    let rendered = error.render().to_string();
    if i18n::language() == Lang::En {
        return rendered;
    }
    let text = |kind: ContextKind| match error.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(s)) => s.join(", "),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let arg = text(ContextKind::InvalidArg);
    let message = match error.kind() {
        ErrorKind::UnknownArgument => t!("cli-error-unknown-argument", arg = arg),
        ErrorKind::InvalidSubcommand => {
            t!(
                "cli-error-unknown-command",
                command = text(ContextKind::InvalidSubcommand)
            )
        }
        ErrorKind::InvalidValue => t!(
            "cli-error-invalid-value",
            value = text(ContextKind::InvalidValue),
            arg = arg,
            valid = text(ContextKind::ValidValue)
        ),
        ErrorKind::ValueValidation => t!(
            "cli-error-invalid-value-because",
            value = text(ContextKind::InvalidValue),
            arg = arg,
            reason = error.source().map(|s| s.to_string()).unwrap_or_default()
        ),
        ErrorKind::MissingRequiredArgument => t!("cli-error-missing-argument", arg = arg),
        ErrorKind::MissingSubcommand => t!("cli-error-missing-command"),
        ErrorKind::ArgumentConflict => t!(
            "cli-error-conflict",
            arg = arg,
            other = text(ContextKind::PriorArg)
        ),
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues => {
            t!(
                "cli-error-unexpected-value",
                arg = arg,
                value = text(ContextKind::InvalidValue)
            )
        }
        _ => return translate(&rendered),
    };
    let mut out = format!("{}: {message}\n", t!("report-severity-error"));
    let mut suggested = strings(error, ContextKind::SuggestedArg);
    suggested.extend(strings(error, ContextKind::SuggestedSubcommand));
    if let [one] = suggested.as_slice() {
        out += &format!("\n  {}\n", t!("cli-error-did-you-mean", suggestion = one));
    } else if !suggested.is_empty() {
        let quoted: Vec<String> = suggested.iter().map(|s| format!("'{s}'")).collect();
        let suggestions = quoted.join(", ");
        out += &format!(
            "\n  {}\n",
            t!("cli-error-similar", suggestions = suggestions)
        );
    }
    if let Some(usage) = error.get(ContextKind::Usage) {
        out += &format!("\n{}\n", translate(&usage.to_string()));
    }
    out += &format!("\n{}\n", t!("cli-error-more"));
    out
}

/// The texts clap gives for `kind` (e.g. its suggestions).
fn strings(error: &clap::Error, kind: ContextKind) -> Vec<String> {
    match error.get(kind) {
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::Strings(s)) => s.clone(),
        _ => Vec::new(),
    }
}

/// Prints what clap stopped with (help, the version or a mistake in the
/// arguments) and gives the exit status: 0 for help, 2 for a mistake.
pub fn exit(error: &clap::Error) -> std::process::ExitCode {
    use std::io::IsTerminal;
    let code = std::process::ExitCode::from(error.exit_code() as u8);
    match error.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let styled = error.render();
            let text = if std::io::stdout().is_terminal() {
                styled.ansi().to_string()
            } else {
                styled.to_string()
            };
            super::print::out(translate(text.trim_end()));
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            super::print::err(translate(error.render().to_string().trim_end()));
        }
        _ => super::print::err(error_text(error).trim_end()),
    }
    code
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clap_words_are_found_also_when_wrapped() {
        let text = "Flaggor [possible\n   values: sv, en] [default: x]";
        assert_eq!(
            replace_wrapped(text, "[possible values:", "[möjliga värden:"),
            "Flaggor [möjliga värden: sv, en] [default: x]"
        );
        assert_eq!(
            replace_wrapped("[possible", "[possible values:", "y"),
            "[possible"
        );
    }

    #[test]
    fn the_help_command_is_the_help_flag() {
        let args = |a: &[&str]| a.iter().map(OsString::from).collect::<Vec<_>>();
        let rewritten = |a: &[&str]| help_command_as_flag(args(a));
        assert_eq!(rewritten(&["hp", "help"]), args(&["hp", "--help"]));
        assert_eq!(
            rewritten(&["hp", "help", "build"]),
            args(&["hp", "build", "--help"])
        );
        assert_eq!(
            rewritten(&["hp", "--lang", "en", "help", "check"]),
            args(&["hp", "--lang", "en", "check", "--help"])
        );
        assert_eq!(
            rewritten(&["hp", "build", "help"]),
            args(&["hp", "build", "help"])
        );
    }

    #[test]
    fn lang_is_read_before_clap_parses() {
        let args = |a: &[&str]| a.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(language(&args(&["hp", "--lang", "en", "build"])), Lang::En);
        assert_eq!(language(&args(&["hp", "build", "--lang=sv"])), Lang::Sv);
        assert_eq!(
            language(&args(&["hp", "build", "--", "--lang=en"])),
            Lang::from_env()
        );
    }
}
