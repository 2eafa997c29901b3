//! The plan's follow-up rounds: every `*.toml` file in its `uppfoljning/` folder, read through the sandbox and checked against the plan.

use std::collections::HashMap;

use super::areas::AreasRead;
use super::round::{Known, PlanActivity};
use super::{Loader, Locus, round};
use crate::format::layout::{self, ROUNDS_FOLDER};
use crate::model::{Plan, Region, Round};

impl Loader<'_> {
    /// Reads the rounds of the plan in `plan` (its areas read as `read`
    /// says), oldest first: by date, then by file name.
    pub(super) fn read_rounds(
        &mut self,
        plan: &Plan,
        read: &AreasRead,
        region: &Region,
    ) -> Vec<Round> {
        let folder = self.plan_dir.join(ROUNDS_FOLDER);
        // No folder, no rounds; a folder that cannot be listed is no plan's.
        let Ok(names) = self.folder.list(&folder) else {
            return Vec::new();
        };
        let known = known(plan, read, region);
        let mut rounds = Vec::new();
        for name in names {
            let Some(key) = layout::round_key(&name) else {
                continue;
            };
            let path = self.plan_dir.join(layout::round_file(key));
            let spec = &crate::format::ROUND;
            let mut file = None;
            let read = self.read_toml(&path, spec, |table, cx| {
                file = Some(table.file);
                round::read(table, key, &known, cx)
            });
            if let (Ok(Some(round)), Some(file)) = (read, file) {
                rounds.push((round, file));
            }
        }
        rounds.sort_by(|(a, _), (b, _)| (a.date, &a.key).cmp(&(b.date, &b.key)));
        for (i, (_, file)) in rounds.iter().enumerate() {
            self.positions.set(Locus::Round(i), *file, 0..0);
        }
        rounds.into_iter().map(|(round, _)| round).collect()
    }
}

/// What the rounds are checked against.
fn known<'r>(plan: &Plan, read: &AreasRead, region: &'r Region) -> Known<'r> {
    let mut activities = HashMap::new();
    for activity in plan.areas.iter().flat_map(|a| &a.activities) {
        let Some(id) = &activity.id else { continue };
        let Some(at) = read.ids.get(id) else { continue };
        activities.insert(
            id.clone(),
            PlanActivity {
                status: activity.status.clone(),
                at: at.clone(),
            },
        );
    }
    // Ids written in area files that could not be read are known too,
    // without a status to check against.
    let complete = read.other_ids.as_ref().is_some_and(Vec::is_empty);
    Known {
        activities,
        complete,
        period: (plan.period.first > 0).then_some(plan.period),
        register: &region.register,
        indicators: region.goals.as_ref().map(|goals| {
            (goals.iter().flat_map(|g| &g.indicators))
                .map(|i| (i.id.clone(), i.kind))
                .collect()
        }),
    }
}
