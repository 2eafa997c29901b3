//! The diff as JSON for tools: [`super::PlanDiff`] as it is, with a format version.

use serde::Serialize;

use super::PlanDiff;

/// Bumped when a field changes meaning or disappears.
const VERSION: u32 = 1;

#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    summary: String,
    #[serde(flatten)]
    diff: &'a PlanDiff,
}

pub fn render(diff: &PlanDiff) -> String {
    let document = Document {
        version: VERSION,
        summary: diff.count_line(),
        diff,
    };
    // A tree of strings, numbers and lists always serialises.
    serde_json::to_string_pretty(&document).unwrap_or_default() + "\n"
}
