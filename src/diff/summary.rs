//! The diff in a few lines, to paste into a version-history entry: the count
//! line, then one line per activity or part of the plan that changed.

use super::outline::outline;
use super::words::Heading;
use super::{ChangedActivity, PlanDiff, words};

pub fn render(diff: &PlanDiff) -> String {
    let mut out = format!("{}.\n", diff.count_line().trim_end_matches('.'));
    let mut lines: Vec<String> = Vec::new();
    lines.extend(
        diff.added
            .iter()
            .map(|a| format!("{}: «{}»", words::added(&a.number, &a.area), a.label)),
    );
    lines.extend(
        diff.removed
            .iter()
            .map(|r| format!("{}: «{}»", words::removed(&r.number, &r.area), r.label)),
    );
    lines.extend(diff.changed.iter().map(changed));
    lines.extend(
        diff.moved
            .iter()
            .map(|m| words::moved(&m.old.number, &m.old.area, &m.new.number, &m.new.area)),
    );
    // Everything else: one line per part of the plan, naming what changed
    // (the activities' own parts are the lines above), whether or not an
    // area changed too.
    let activity_parts = [Heading::Accountability, Heading::Moves, Heading::Wording];
    for part in (outline(diff).into_iter()).filter(|p| !activity_parts.contains(&p.heading)) {
        let titles: Vec<String> = part.entries.into_iter().map(|e| e.title).collect();
        lines.push(format!("{}: {}", part.heading.text(), titles.join("; ")));
    }
    for line in lines {
        out.push_str(&format!("- {line}\n"));
    }
    out
}

fn changed(c: &ChangedActivity) -> String {
    let fields: Vec<&str> = c
        .accountability
        .iter()
        .chain(&c.wording)
        .map(|change| change.field.as_str())
        .collect();
    crate::t!(
        "diff-summary-changed",
        activity = words::changed(&c.new.number, &c.new.area),
        fields = fields.join(", ")
    )
}
