//! Warns about abbreviations in plan prose that the region's glossary (`[forkortningar]`) does not explain.

use crate::load::Span;
use crate::model::abbreviation::{Abbreviation, explains};
use crate::report::{Hint, Problem, warning_at};

/// One warning per all-capital word of the plan's prose that `glossary`
/// does not explain, at its first place (`capitals` is in reading order).
pub fn check(glossary: &[Abbreviation], capitals: &[(String, Span)]) -> Vec<Problem> {
    let mut warned: Vec<&str> = Vec::new();
    let mut problems = Vec::new();
    for (word, span) in capitals {
        if warned.contains(&word.as_str()) || explains(glossary, word) {
            continue;
        }
        warned.push(word);
        problems.push(unexplained(word, span));
    }
    problems
}

fn unexplained(word: &str, span: &Span) -> Problem {
    warning_at(
        span.file,
        span.range.clone(),
        crate::msg!("plan-unexplained-abbreviation", abbreviation = word),
        crate::t!("plan-unexplained-abbreviation.label"),
    )
    .hint(crate::t!(
        "plan-unexplained-abbreviation.hint",
        abbreviation = key(word)
    ))
}

/// The abbreviation as a TOML key: bare when TOML allows it (`LSG`),
/// else in quotes (`"ÅVC"`).
fn key(word: &str) -> String {
    let bare = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    match word.chars().all(bare) {
        true => word.to_owned(),
        false => format!("\"{word}\""),
    }
}
