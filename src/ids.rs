//! `handlingsplan id`: gives every activity without an `id` a short readable
//! one derived from its text, written into the area files in place.
//!
//! The files are edited with `toml_edit`, so comments, blank lines, quoting
//! and key order stay as they are; the new `id` becomes the first key of
//! its `[[aktivitet]]`. Running it again changes nothing.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::format::layout;
use crate::load::{self, Loaded, Report};
use crate::model::Activity;
use crate::report::{Hint, error};
use crate::write::{self, Before, TextForm};
use codespan_reporting::diagnostic::Severity;

/// Most words taken from an activity's text for its id.
const WORDS: usize = 4;
/// Longest id made, in characters (before a "-2" to make it unique).
const MAX_LEN: usize = 40;
/// Words left out of ids: they make them longer, not clearer.
const STOP_WORDS: [&str; 22] = [
    "och", "att", "i", "av", "for", "med", "pa", "som", "till", "en", "ett", "det", "de", "ska",
    "om", "the", "under", "per", "mot", "inom", "fran", "vid",
];

/// An id given to an activity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Given {
    /// The area file, as shown to the user.
    pub file: String,
    /// The activity's printed number, e.g. "3" or "1.3".
    pub number: String,
    pub id: String,
}

/// What `id` did to a plan.
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    pub given: Vec<Given>,
    /// How many activities the plan has.
    pub activities: usize,
    /// The plan's problems that did not keep `id` from knowing its
    /// activities (an unknown reference, a missing field …), as warnings:
    /// the plan still fails `check` until they are fixed.
    pub remaining: Report,
}

/// Gives every activity of the plan in `plan_dir` without an id one, and
/// writes the changed area files, all or none.
///
/// The plan may have problems, as long as they leave its activities known:
/// the plan and region files read, every listed area file read, and each
/// area file's `[[aktivitet]]` entries the ones the loader read. An entry
/// that has an `id` key keeps it, even one the loader refused (invalid or
/// taken twice): `id` never writes over what the author wrote. Each area
/// file is read once, by the loader: ids are placed in the bytes it read,
/// and the writer refuses to replace a file that changed since (an
/// editor's save while `id` ran).
pub fn give_ids(plan_dir: &Path) -> Result<Outcome, Report> {
    let load::Loading { loaded, report } = load::load_with_report(plan_dir);
    let loaded = match loaded {
        Some(loaded) if loaded.every_area_read => loaded,
        _ => return Err(cannot_know_activities(report)),
    };
    let (_, plan_name) = load::open_folder(plan_dir).map_err(Report::single)?;
    let root = load::region_folder(plan_dir);
    let mut taken: HashSet<String> = all_ids(&loaded);
    let mut outcome = Outcome::default();
    let mut edits: Vec<(PathBuf, &[u8], String)> = Vec::new();
    for (i, area) in loaded.plan.areas.iter().enumerate() {
        outcome.activities += area.activities.len();
        let relative = plan_name.join(layout::area_file(&area.key));
        let path = plan_dir.join(layout::area_file(&area.key));
        let read = (loaded.source_files.iter())
            .find(|f| f.path == relative)
            .map(|f| f.bytes.as_slice())
            .ok_or_else(|| cannot_give(&path, crate::t!("ids-not-a-file")))?;
        let has_id = written_ids(read)
            .filter(|has_id| has_id.len() == area.activities.len())
            .ok_or_else(|| {
                cannot_know_activities(cannot_give(&path, crate::t!("ids-not-as-loaded")))
            })?;
        let ids: Vec<(usize, String)> = (0..area.activities.len())
            .filter(|&j| !has_id[j])
            .map(|j| (j, unique(slug(&area.activities[j]), &mut taken)))
            .collect();
        if ids.is_empty() {
            continue;
        }
        edits.push((relative, read, with_ids(&path, read, &ids)?));
        let shown = path.to_string_lossy().replace('\\', "/");
        for (j, id) in ids {
            let label = crate::document::activity_label(&loaded.region, i + 1, j);
            outcome.given.push(Given {
                file: shown.clone(),
                number: label.trim_end_matches('.').to_owned(),
                id,
            });
        }
    }
    let mut batch = write::Batch::new();
    for (relative, read, text) in &edits {
        batch.add(&root, relative, text.as_bytes(), Before::Read(read));
    }
    batch.commit()?;
    outcome.remaining = as_warnings(report);
    Ok(outcome)
}

/// The loading report, ending with why `id` cannot go on.
fn cannot_know_activities(mut report: Report) -> Report {
    report.problems.push(
        error(crate::msg!("ids-cannot-know-activities"))
            .hint(crate::t!("ids-cannot-know-activities-hint")),
    );
    report
}

/// The problems left in a plan `id` worked on, as warnings.
fn as_warnings(mut report: Report) -> Report {
    for problem in &mut report.problems {
        if problem.severity >= Severity::Error {
            problem.severity = Severity::Warning;
        }
    }
    report
}

/// For each `[[aktivitet]]` entry of an area file as the loader read it
/// (`read`): whether it has an `id` key. `None` if an entry is not a table
/// (the loader left it out, so the model's places would not match).
fn written_ids(read: &[u8]) -> Option<Vec<bool>> {
    let text = std::str::from_utf8(read).ok()?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let doc: toml_edit::DocumentMut = text.parse().ok()?;
    match doc.get("aktivitet")? {
        toml_edit::Item::ArrayOfTables(tables) => {
            Some(tables.iter().map(|t| t.contains_key("id")).collect())
        }
        toml_edit::Item::Value(toml_edit::Value::Array(list)) => list
            .iter()
            .map(|v| Some(v.as_inline_table()?.contains_key("id")))
            .collect(),
        _ => None,
    }
}

fn all_ids(loaded: &Loaded) -> HashSet<String> {
    loaded
        .plan
        .areas
        .iter()
        .flat_map(|a| &a.activities)
        .filter_map(|a| a.id.clone())
        .collect()
}

/// A readable id from an activity's title, or text, or first part's text:
/// its first few words that say something, in ASCII.
pub fn slug(activity: &Activity) -> String {
    let source = activity
        .title
        .clone()
        .or_else(|| activity.text.as_ref().map(|t| t.plain_text()))
        .or_else(|| activity.parts.first().map(|p| p.text.plain_text()))
        .unwrap_or_default();
    slug_of(&source)
}

/// `"Uppföljning tertialvis utfall mot läkemedelsbudget"` → `"uppfoljning-tertialvis-utfall"`.
pub fn slug_of(text: &str) -> String {
    let folded = ascii(text);
    let mut slug = String::new();
    let words = folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty() && !STOP_WORDS.contains(w));
    for word in words.take(WORDS) {
        if !slug.is_empty() && slug.len() + 1 + word.len() > MAX_LEN {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(word);
    }
    slug.truncate(MAX_LEN);
    let slug = slug.trim_end_matches('-').to_owned();
    if slug.is_empty() {
        "aktivitet".to_owned()
    } else {
        slug
    }
}

/// Lower-case ASCII: å, ä → a, ö → o and other accented Latin letters to
/// their base letter; anything else that is not a-z or 0-9 to a space.
fn ascii(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            'a'..='z' | '0'..='9' => out.push(c),
            'å' | 'ä' | 'à' | 'á' | 'â' | 'ã' => out.push('a'),
            'ö' | 'ø' | 'ó' | 'ò' | 'ô' | 'õ' => out.push('o'),
            'é' | 'è' | 'ê' | 'ë' => out.push('e'),
            'ü' | 'ú' | 'ù' | 'û' => out.push('u'),
            'í' | 'ì' | 'î' | 'ï' => out.push('i'),
            'ç' => out.push('c'),
            'ñ' => out.push('n'),
            'æ' => out.push_str("ae"),
            'ß' => out.push_str("ss"),
            _ => out.push(' '),
        }
    }
    out
}

/// `slug`, or `slug-2`, `slug-3` … whichever is not taken yet; marks it taken.
fn unique(slug: String, taken: &mut HashSet<String>) -> String {
    let id = (1..)
        .map(|n| {
            if n == 1 {
                slug.clone()
            } else {
                format!("{slug}-{n}")
            }
        })
        .find(|id| !taken.contains(id))
        .unwrap_or(slug);
    taken.insert(id.clone());
    id
}

fn cannot_give(path: &Path, reason: String) -> Report {
    Report::single(
        error(crate::msg!(
            "ids-cannot-give",
            path = path.display().to_string(),
            reason = reason
        ))
        .hint(crate::t!("ids-cannot-give-hint")),
    )
}

/// The area file `read` (from `path`) with `ids` (activity index, id)
/// written in, in its own form (byte-order mark, line endings).
fn with_ids(path: &Path, read: &[u8], ids: &[(usize, String)]) -> Result<String, Report> {
    let fail = |what: String| cannot_give(path, what);
    let text = std::str::from_utf8(read).map_err(|e| fail(e.to_string()))?;
    let form = TextForm::of(text);
    let mut doc: toml_edit::DocumentMut = TextForm::plain(text)
        .parse()
        .map_err(|e| fail(format!("{e}")))?;
    let activities = doc
        .get_mut("aktivitet")
        .ok_or_else(|| fail(crate::t!("ids-no-activities")))?;
    for (index, id) in ids {
        let missing = || fail(crate::t!("ids-activity-missing", number = index + 1));
        // The id first; every other key keeps its place (the sort is stable).
        let first =
            |a: &toml_edit::Key, b: &toml_edit::Key| (a.get() != "id").cmp(&(b.get() != "id"));
        if let Some(tables) = activities.as_array_of_tables_mut() {
            let table = tables.get_mut(*index).ok_or_else(missing)?;
            table.insert("id", toml_edit::value(id.as_str()));
            table.sort_values_by(|a, _, b, _| first(a, b));
        } else {
            // Written inline: aktivitet = [{ text = "…", … }].
            let table = activities
                .as_array_mut()
                .and_then(|list| list.get_mut(*index)?.as_inline_table_mut())
                .ok_or_else(missing)?;
            table.insert("id", id.as_str().into());
            table.sort_values_by(|a, _, b, _| first(a, b));
        }
    }
    // toml_edit writes line feeds; a file written with CRLF keeps CRLF.
    Ok(form.apply(&doc.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_short_readable_ascii() {
        assert_eq!(
            slug_of("Uppföljning tertialvis utfall mot läkemedelsbudget kompletterat"),
            "uppfoljning-tertialvis-utfall"
        );
        assert_eq!(
            slug_of("Öka andelen *följsamhet* till REK-listan"),
            "oka-andelen-foljsamhet-rek"
        );
        assert_eq!(slug_of("— ✓ —"), "aktivitet");
        assert!(slug_of(&"långtord".repeat(20)).len() <= MAX_LEN);
    }

    #[test]
    fn taken_ids_get_a_number() {
        let mut taken = HashSet::from(["a".to_owned()]);
        assert_eq!(unique("a".into(), &mut taken), "a-2");
        assert_eq!(unique("a".into(), &mut taken), "a-3");
        assert_eq!(unique("b".into(), &mut taken), "b");
    }
}
