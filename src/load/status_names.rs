//! Reads `[statusnamn]` in region.toml: the region's own names for the follow-up statuses, each checked against the vocabulary.

use super::table::Table;
use crate::model::{RoundStatus, StatusNames};
use crate::report::{Hint, did_you_mean, error_at};

/// The names in `[statusnamn]`; a key that is no status, an empty name, or
/// a name two statuses share is a located error (and left out).
pub fn read(root: &mut Table) -> StatusNames {
    let file = root.file;
    let mut names: Vec<(RoundStatus, String)> = Vec::new();
    for (key, name) in root.text_map("statusnamn") {
        let Some(status) = RoundStatus::from_key(&key.get_ref().to_lowercase()) else {
            let keys: Vec<&str> = RoundStatus::ALL.iter().map(|s| s.key()).collect();
            let hint = match did_you_mean(key.get_ref(), keys.iter().copied()) {
                Some(near) => crate::t!("plan-did-you-mean", near = near),
                None => crate::t!(
                    "region-status-name-unknown.hint",
                    statuses = keys.join(", ")
                ),
            };
            let problem = error_at(
                file,
                key.span(),
                crate::msg!("region-status-name-unknown", name = key.get_ref()),
                crate::t!("region-status-name-unknown.label"),
            );
            root.report(problem.hint(hint));
            continue;
        };
        let text = name.get_ref().trim();
        let taken = names
            .iter()
            .find(|(_, n)| n.to_lowercase() == text.to_lowercase());
        let problem = match (text.is_empty(), taken) {
            (true, _) => error_at(
                file,
                name.span(),
                crate::msg!("region-status-name-empty", status = status.key()),
                crate::t!("region-status-name-empty.label"),
            )
            .hint(crate::t!("region-status-name-empty.hint")),
            (false, Some((other, _))) => error_at(
                file,
                name.span(),
                crate::msg!("region-status-name-taken", name = text, other = other.key()),
                crate::t!("region-status-name-taken.label"),
            )
            .hint(crate::t!("region-status-name-taken.hint")),
            (false, None) => {
                names.push((status, text.to_owned()));
                continue;
            }
        };
        root.report(problem);
    }
    StatusNames(names)
}
