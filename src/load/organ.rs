//! The register of bodies (`[[organ]]` in region.toml): the check that `ansvarig` and `rapportering` name them, which bodies a value names (`ansvar`), and a body found by a name given with `--organ`.
//!
//! A value names one body, or several joined as the plans write them in
//! running text (`"Budgetchef och Läkemedelsstrateg"`, `"A, B samt C"`,
//! `"Enhetscheferna / Verksamhetscheferna"`); in a list, an entry may end
//! with the separator that joins it to the next line (`"LSG Läkemedel,"`,
//! `"LAG Läkemedelsförsörjning och"`). A registered name that itself holds
//! a separator (`"Funktionsområde Läkemedel, Vårdsäkerhet"`) is matched
//! whole: the longest registered name wins.

use std::ops::Range;

use super::table::Table;
use super::text::collapse_spaces;
use crate::format::{ACTIVITY, Kind, PART};
use crate::model::{Date, Organ};
use crate::report::{FileId, Hint, Problem, did_you_mean, error, error_at};

/// Where a value's bodies are joined in running text, longest first.
const SEPARATORS: [&str; 4] = [" samt ", " och ", " / ", ", "];

/// Reads the `[[organ]]` tables of region.toml; problems go to `root`.
pub fn read(root: &mut Table) -> Vec<Organ> {
    let mut register: Vec<Organ> = Vec::new();
    let mut seen: Vec<(String, Range<usize>)> = Vec::new();
    for mut table in root.tables("organ") {
        let name = table.required_string("namn");
        let abbreviation = table.string("forkortning");
        let kind = table.string("typ").map(|s| s.into_inner());
        let meetings: Vec<Date> = table.dates("moten");
        let aliases = table.string_list("alias").unwrap_or_default();
        let file = table.file;
        for problem in table.finish(|_| None) {
            root.report(problem);
        }
        let Some(name) = name else { continue };
        let written = std::iter::once(&name)
            .chain(abbreviation.as_ref())
            .chain(aliases.iter());
        for spelling in written {
            match seen.iter().find(|(s, _)| s == spelling.get_ref()) {
                Some((_, first)) => root.report(twice(file, spelling, first.clone())),
                None => seen.push((spelling.get_ref().clone(), spelling.span())),
            }
        }
        register.push(Organ {
            name: collapse_spaces(name.get_ref()),
            abbreviation: abbreviation.map(|a| collapse_spaces(a.get_ref())),
            kind,
            meetings,
            aliases: aliases
                .iter()
                .map(|a| collapse_spaces(a.get_ref()))
                .collect(),
        });
    }
    register
}

fn twice(file: FileId, spelling: &toml::Spanned<String>, first: Range<usize>) -> Problem {
    error_at(
        file,
        spelling.span(),
        crate::msg!("plan-organ-name-twice", name = spelling.get_ref()),
        crate::t!("plan-organ-name-twice.label"),
    )
    .also_at(file, first, crate::t!("plan-organ-name-twice.first"))
    .hint(crate::t!("plan-organ-name-twice.hint"))
}

/// Whether the format says the activity (or part) key `key` names bodies.
pub fn names_bodies(key: &str) -> bool {
    [&ACTIVITY, &PART]
        .iter()
        .any(|spec| matches!(spec.key(key).map(|k| &k.kind), Some(Kind::Bodies)))
}

/// One error for each name in `entries` (each text with where it is
/// written) that no body of `register` has. `single` says the value was
/// one text rather than a list.
pub fn check(
    register: &[Organ],
    file: FileId,
    key: &str,
    entries: &[(String, Range<usize>)],
    single: bool,
) -> Vec<Problem> {
    if register.is_empty() {
        return Vec::new();
    }
    let known: Vec<&str> = register.iter().flat_map(Organ::names).collect();
    let mut problems = Vec::new();
    for (entry, span) in entries {
        for name in unknown(entry, &known) {
            let mut problem = error_at(
                file,
                span.clone(),
                crate::msg!("plan-unknown-organ", name = &name, key = key),
                crate::t!("plan-unknown-organ.label"),
            );
            problem = match did_you_mean(&name, known.iter().copied()) {
                Some(near) => problem.hint(crate::t!("plan-organ-did-you-mean", near = near)),
                None => problem.hint(crate::t!("plan-unknown-organ.hint", name = &name)),
            };
            if single && entry.contains(',') {
                let list = as_list(entry, &known);
                problem = problem.hint(crate::t!("plan-organ-as-list", key = key, list = list));
            }
            problems.push(problem);
        }
    }
    problems
}

/// What a name in a value is: a registered name (the register's text
/// of it), or a name the register does not have.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Name<'k> {
    Known(&'k str),
    Unknown(String),
}

/// The names in `entry`, in the order written: each one of `known`, or
/// not. A registered name is matched whole, the longest first. Unknown
/// parts next to each other are one name when that is close to a
/// registered one (`"Hälso- och sjukvårdsnämden"`), else each is a name of
/// its own.
fn names<'k>(entry: &str, known: &[&'k str]) -> Vec<Name<'k>> {
    if let Some(whole) = registered(known, entry.trim()) {
        return vec![Name::Known(whole)];
    }
    let entry = without_trailing_separator(entry);
    let pieces = pieces(entry);
    let mut names = Vec::new();
    let mut run: Option<usize> = None;
    let mut start = 0;
    while start < pieces.len() {
        let longest = (start + 1..=pieces.len())
            .rev()
            .find_map(|end| Some((end, registered(known, joined(entry, &pieces[start..end]))?)));
        match longest {
            Some((end, name)) => {
                if let Some(first) = run.take() {
                    let unknown = unknown_run(entry, &pieces[first..start], known);
                    names.extend(unknown.into_iter().map(Name::Unknown));
                }
                names.push(Name::Known(name));
                start = end;
            }
            None => {
                run.get_or_insert(start);
                start += 1;
            }
        }
    }
    if let Some(first) = run {
        let unknown = unknown_run(entry, &pieces[first..], known);
        names.extend(unknown.into_iter().map(Name::Unknown));
    }
    names
}

/// `name` as `known` has it, if it has it.
fn registered<'k>(known: &[&'k str], name: &str) -> Option<&'k str> {
    known.iter().copied().find(|k| *k == name)
}

/// The names in `entry` that are not among `known`: none when every part
/// of it is a registered name.
fn unknown(entry: &str, known: &[&str]) -> Vec<String> {
    (names(entry, known).into_iter())
        .filter_map(|name| match name {
            Name::Unknown(name) => Some(name),
            Name::Known(_) => None,
        })
        .collect()
}

/// The bodies of `register` that `entry` (one text or one line of an
/// `ansvarig` or `rapportering` value) names, by their places in the
/// register, each once, in the order written. Matched exactly as `check`
/// matches them; names the register lacks (which `check` reports) are left
/// out.
pub fn bodies(register: &[Organ], entry: &str) -> Vec<usize> {
    let known: Vec<&str> = register.iter().flat_map(Organ::names).collect();
    let mut found = Vec::new();
    for name in names(entry, &known) {
        let Name::Known(name) = name else { continue };
        let body = register.iter().position(|o| o.names().any(|n| n == name));
        if let Some(body) = body.filter(|b| !found.contains(b)) {
            found.push(body);
        }
    }
    found
}

/// The body of `register` that `name` (given on the command line: a
/// name, abbreviation or alias, in any case) names: its place in the
/// register and the register's spelling of that name. Otherwise a problem
/// with the nearest name and the register's names.
pub fn find<'r>(register: &'r [Organ], name: &str) -> Result<(usize, &'r str), Problem> {
    let wanted = name.trim().to_lowercase();
    for (i, organ) in register.iter().enumerate() {
        if let Some(spelling) = organ.names().find(|n| n.to_lowercase() == wanted) {
            return Ok((i, spelling));
        }
    }
    let problem = error(crate::msg!("organ-unknown", name = name));
    let problem = match did_you_mean(name, register.iter().flat_map(Organ::names)) {
        Some(near) => problem.hint(crate::t!("plan-organ-did-you-mean", near = near)),
        None => problem,
    };
    let names: Vec<&str> = register.iter().map(|o| o.name.as_str()).collect();
    Err(problem.hint(crate::t!("organ-unknown.hint", names = names.join(", "))))
}

/// A run of unknown `pieces`: one name if it is close to a registered name
/// as a whole, else each piece.
fn unknown_run(entry: &str, pieces: &[Range<usize>], known: &[&str]) -> Vec<String> {
    let whole = joined(entry, pieces);
    if pieces.len() > 1 && did_you_mean(whole, known.iter().copied()).is_some() {
        return vec![whole.to_owned()];
    }
    (0..pieces.len())
        .map(|i| joined(entry, &pieces[i..=i]))
        .filter(|piece| !piece.is_empty())
        .map(str::to_owned)
        .collect()
}

/// `entry` without a separator that joins it to the next line of a list,
/// nor a full stop.
fn without_trailing_separator(entry: &str) -> &str {
    let mut rest = entry.trim();
    loop {
        let shorter = rest
            .strip_suffix([',', ';', '.'])
            .or_else(|| rest.strip_suffix(" och"))
            .or_else(|| rest.strip_suffix(" samt"))
            .map(str::trim_end);
        match shorter {
            Some(s) if !s.is_empty() => rest = s,
            _ => return rest,
        }
    }
}

/// The byte ranges of the parts of `entry` between separators.
fn pieces(entry: &str) -> Vec<Range<usize>> {
    let mut pieces = Vec::new();
    let mut start = 0;
    while let Some((at, sep)) = next_separator(&entry[start..]) {
        pieces.push(start..start + at);
        start += at + sep.len();
    }
    pieces.push(start..entry.len());
    pieces
}

/// The first separator in `text`: its offset and itself.
fn next_separator(text: &str) -> Option<(usize, &'static str)> {
    SEPARATORS
        .iter()
        .filter_map(|sep| text.find(sep).map(|at| (at, *sep)))
        .min_by_key(|&(at, sep)| (at, std::cmp::Reverse(sep.len())))
}

/// The text of `entry` from the first to the last of `pieces`, separators included.
fn joined<'e>(entry: &'e str, pieces: &[Range<usize>]) -> &'e str {
    match (pieces.first(), pieces.last()) {
        (Some(first), Some(last)) => entry[first.start..last.end].trim(),
        _ => "",
    }
}

/// `entry` written as a TOML list, split at its commas, each name
/// replaced by the registered name it is closest to.
fn as_list(entry: &str, known: &[&str]) -> String {
    let names: Vec<String> = entry
        .split(',')
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(|n| {
            let near = if known.contains(&n) {
                Some(n)
            } else {
                did_you_mean(n, known.iter().copied())
            };
            format!("{:?}", near.unwrap_or(n))
        })
        .collect();
    format!("[{}]", names.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    const KNOWN: [&str; 6] = [
        "LSG Läkemedel",
        "Kunskapsstyrningsrådet",
        "Funktionsområde Läkemedel, Vårdsäkerhet",
        "Funktionsområde Läkemedel",
        "Budgetchef",
        "Läkemedelsstrateg",
    ];

    #[test]
    fn a_registered_name_is_known_whole_even_with_a_comma() {
        assert!(unknown("Funktionsområde Läkemedel, Vårdsäkerhet", &KNOWN).is_empty());
        assert!(unknown("Kunskapsstyrningsrådet", &KNOWN).is_empty());
    }

    #[test]
    fn names_joined_in_running_text_are_each_known() {
        assert!(unknown("Budgetchef och Läkemedelsstrateg", &KNOWN).is_empty());
        assert!(unknown("Budgetchef, LSG Läkemedel samt Läkemedelsstrateg", &KNOWN).is_empty());
        assert!(unknown("LSG Läkemedel,", &KNOWN).is_empty());
        assert!(unknown("LSG Läkemedel och", &KNOWN).is_empty());
    }

    #[test]
    fn an_unregistered_name_is_reported_alone() {
        assert_eq!(
            unknown("LSG Läkemedel och Kunskapstyrningsrådet", &KNOWN),
            ["Kunskapstyrningsrådet"]
        );
        assert_eq!(unknown("Vårdsäkerhet", &KNOWN), ["Vårdsäkerhet"]);
    }

    #[test]
    fn a_name_with_a_separator_in_it_is_matched_whole_and_misspelt_whole() {
        let known = ["Regionstyrelsen", "Hälso- och sjukvårdsnämnden"];
        assert!(unknown("Regionstyrelsen och Hälso- och sjukvårdsnämnden", &known).is_empty());
        assert_eq!(
            unknown("Regionstyrelsen och Hälso- och sjukvårdsnämden", &known),
            ["Hälso- och sjukvårdsnämden"]
        );
        assert_eq!(
            unknown("Regionstyrelsn och Nämnden X", &known),
            ["Regionstyrelsn", "Nämnden X"]
        );
    }

    #[test]
    fn separators_alone_name_no_body() {
        assert!(unknown("Budgetchef och , Läkemedelsstrateg", &KNOWN).is_empty());
        assert_eq!(unknown(",", &KNOWN), [","]);
    }

    fn register() -> Vec<Organ> {
        let organ = |name: &str, abbreviation: Option<&str>, aliases: &[&str]| Organ {
            name: name.to_owned(),
            abbreviation: abbreviation.map(str::to_owned),
            kind: None,
            meetings: Vec::new(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
        };
        vec![
            organ("LSG Läkemedel", None, &[]),
            organ(
                "Funktionsområde Läkemedel",
                Some("FO Läkemedel"),
                &["Funktionsområde Läkemedel, Vårdsäkerhet"],
            ),
            organ("Budgetchef", None, &[]),
            organ("Läkemedelsstrateg", None, &[]),
        ]
    }

    #[test]
    fn the_bodies_a_value_names_are_found_as_check_matches_them() {
        let register = register();
        assert_eq!(
            bodies(&register, "Budgetchef och Läkemedelsstrateg"),
            [2, 3]
        );
        assert_eq!(
            bodies(&register, "Funktionsområde Läkemedel, Vårdsäkerhet"),
            [1]
        );
        assert_eq!(bodies(&register, "FO Läkemedel och LSG Läkemedel,"), [1, 0]);
        assert_eq!(bodies(&register, "Budgetchef, Budgetchef samt Okänd"), [2]);
        assert!(
            bodies(&register, "budgetchef").is_empty(),
            "as check: exact"
        );
    }

    #[test]
    fn a_body_is_found_by_any_of_its_names_in_any_case() {
        let register = register();
        assert_eq!(
            find(&register, "fo läkemedel").ok(),
            Some((1, "FO Läkemedel"))
        );
        assert_eq!(
            find(&register, " LSG LÄKEMEDEL ").ok(),
            Some((0, "LSG Läkemedel"))
        );
        assert!(find(&register, "LSG Lakemedel").is_err());
    }

    #[test]
    fn a_text_with_commas_is_offered_as_a_list() {
        assert_eq!(
            as_list("LSG Läkemedel, Kunskapstyrningsrådet", &KNOWN),
            r#"["LSG Läkemedel", "Kunskapsstyrningsrådet"]"#
        );
    }
}
