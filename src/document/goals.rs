//! The region's goals as printed: the overview *Mål och aktiviteter* from each goal to the activities that serve it, and each activity's line naming its goals.

use serde::Serialize;

use super::{ActivityPlace, AreaDoc, Document};
use crate::model::{Area, Block, Direction, Goal, Indicator, IndicatorKind, Inline, Rich, Target};

/// The overview *Mål och aktiviteter*: empty (and not printed) when the
/// region has no goals.
#[derive(Debug, Clone, Serialize)]
pub struct GoalsDoc {
    pub heading: String,
    /// The heading's anchor: an `id` in the HTML and Markdown, a label in the PDF.
    pub anchor: String,
    /// Each goal followed by its sub-goals, in the order of mal.toml.
    pub goals: Vec<GoalDoc>,
}

/// One goal or sub-goal of the overview.
#[derive(Debug, Clone, Serialize)]
pub struct GoalDoc {
    pub id: String,
    /// "2" for a goal, "2.1" for its first sub-goal.
    pub number: String,
    /// The goal's heading as written: "Minskad förskrivning …".
    pub title: String,
    /// The number and the goal's heading: "2.1 Minskad förskrivning …".
    pub heading: String,
    /// Where references to the goal link to: "malet-<id>".
    pub anchor: String,
    /// Whether it is a sub-goal (a heading one level lower).
    pub sub: bool,
    /// The description and the activities that serve the goal (grouped by
    /// area, linked to their rows).
    pub body: Rich,
    /// The heading *Indikatorer* and the list of the goal's indicators;
    /// empty when it has none. Apart from `body` so that the PDF can keep
    /// the goal's top on the page where its indicators start.
    pub indicators: Rich,
}

/// The anchor of the goal with this id.
fn anchor(id: &str) -> String {
    format!("malet-{id}")
}

impl GoalsDoc {
    pub fn of_nothing() -> GoalsDoc {
        GoalsDoc {
            heading: "Mål och aktiviteter".to_owned(),
            anchor: "mal-och-aktiviteter".to_owned(),
            goals: Vec::new(),
        }
    }

    /// The overview of `goals`, linking the activities of `areas` (the
    /// plan's, beside the document's) that name them. References to
    /// activities are filled in later, with all other references.
    pub fn new(goals: &[Goal], areas: &[Area], docs: &[AreaDoc]) -> GoalsDoc {
        let mut out = GoalsDoc::of_nothing();
        let main = goals.iter().filter(|g| g.parent.is_none());
        for (i, goal) in main.enumerate() {
            let number = (i + 1).to_string();
            out.goals
                .push(goal_doc(goal, number.clone(), false, areas, docs));
            let subs = goals.iter().filter(|g| g.parent.as_ref() == Some(&goal.id));
            for (k, sub) in subs.enumerate() {
                let number = format!("{number}.{}", k + 1);
                out.goals.push(goal_doc(sub, number, true, areas, docs));
            }
        }
        out
    }

    /// The printed number and heading of the goal `id`, if it is printed.
    fn find(&self, id: &str) -> Option<&GoalDoc> {
        self.goals.iter().find(|g| g.id == id)
    }
}

fn goal_doc(goal: &Goal, number: String, sub: bool, areas: &[Area], docs: &[AreaDoc]) -> GoalDoc {
    let mut blocks = goal.description.clone().unwrap_or_default().0;
    // The description's own headings go below the goal's, counted from the
    // overview's heading (as the indicators' heading below).
    for block in &mut blocks {
        if let Block::Heading { depth, .. } = block {
            *depth = depth.saturating_add(if sub { 2 } else { 1 });
        }
    }
    blocks.push(serving(&goal.id, areas, docs));
    let mut indicators = Vec::new();
    if !goal.indicators.is_empty() {
        // A heading within the goal, so that it stays with its list: one
        // level below the goal's, counted from the overview's heading.
        indicators.push(Block::Heading {
            level: 1,
            depth: if sub { 3 } else { 2 },
            inlines: vec![Inline::text("Indikatorer")],
        });
        indicators.push(Block::List {
            start: None,
            items: (goal.indicators.iter())
                .map(|i| vec![paragraph(vec![Inline::text(&indicator_line(i))])])
                .collect(),
        });
    }
    GoalDoc {
        id: goal.id.clone(),
        heading: format!("{number} {}", goal.heading),
        title: goal.heading.clone(),
        number,
        anchor: anchor(&goal.id),
        sub,
        body: Rich(blocks),
        indicators: Rich(indicators),
    }
}

/// "Bidragande aktiviteter: Rätt läkemedelsbehandling 1, 3; Ekonomiskt mål 2": the
/// printed activities that name the goal, by area, each by its number (a
/// link where the activity has an id).
fn serving(id: &str, areas: &[Area], docs: &[AreaDoc]) -> Block {
    let mut inlines = vec![strong("Bidragande aktiviteter:"), Inline::text(" ")];
    let mut any = false;
    for (area, doc) in areas.iter().zip(docs) {
        let numbers: Vec<Inline> = (area.activities.iter().enumerate())
            .filter(|(_, a)| a.goals.iter().any(|g| g == id))
            // Only printed activities: one the document leaves out is not
            // in it (its status changing changes nothing printed).
            .filter_map(|(j, a)| match (doc.activity_at(j)?, &a.id) {
                (ActivityPlace::Printed(_), Some(id)) => Some(Inline::Ref {
                    id: id.clone(),
                    number: String::new(),
                    anchor: String::new(),
                }),
                (ActivityPlace::Printed(p), None) => {
                    Some(Inline::text(p.label.trim_end_matches('.')))
                }
                (ActivityPlace::Hidden(_), _) => None,
            })
            .collect();
        if numbers.is_empty() {
            continue;
        }
        if any {
            inlines.push(Inline::text("; "));
        }
        any = true;
        let title = match &doc.number {
            Some(n) => format!("{n} {}", doc.title),
            None => doc.title.clone(),
        };
        inlines.push(Inline::text(&format!("{title} ")));
        for (k, number) in numbers.into_iter().enumerate() {
            if k > 0 {
                inlines.push(Inline::text(", "));
            }
            inlines.push(number);
        }
    }
    if !any {
        inlines.push(Inline::text("inga i planen."));
    }
    paragraph(inlines)
}

/// "Antibiotikarecept per 1 000 invånare: målvärde 250 recept (ska minska); källa: …".
fn indicator_line(indicator: &Indicator) -> String {
    let mut line = indicator.name.clone();
    if let Some(target) = &indicator.target {
        line += &format!(": målvärde {}", target_text(indicator, target));
    }
    if let Some(direction) = indicator.direction {
        line += match direction {
            Direction::Increase => " (ska öka)",
            Direction::Decrease => " (ska minska)",
        };
    }
    if let Some(source) = &indicator.source {
        line += &format!("; källa: {source}");
    }
    line
}

/// A target value as printed: "300 kr", "80 %", "ja", or the text.
fn target_text(indicator: &Indicator, target: &Target) -> String {
    match (target, indicator.kind) {
        (Target::Number(n), IndicatorKind::Share) => format!("{} %", number(*n)),
        (Target::Number(n), _) => match &indicator.unit {
            Some(unit) => format!("{} {unit}", number(*n)),
            None => number(*n),
        },
        (Target::YesNo(true), _) => "ja".to_owned(),
        (Target::YesNo(false), _) => "nej".to_owned(),
        (Target::Text(text), _) => text.clone(),
    }
}

/// A number the Swedish way: "2,5", "300".
fn number(n: f64) -> String {
    n.to_string().replace('.', ",")
}

fn paragraph(inlines: Vec<Inline>) -> Block {
    Block::Paragraph { inlines }
}

fn strong(text: &str) -> Inline {
    Inline::Strong {
        inlines: vec![Inline::text(text)],
    }
}

impl Document {
    /// Ends each printed activity's text with the goals it serves, "Mål:
    /// 1.2 Minskad förskrivning …", each number linked to its goal in the
    /// overview.
    pub(super) fn add_goal_lines(&mut self, areas: &[Area]) {
        let goals = &self.goals;
        for (area, doc) in areas.iter().zip(&mut self.areas) {
            for activity in &mut doc.activities {
                let Some(served) = area.activities.get(activity.index).map(|a| &a.goals) else {
                    continue;
                };
                let mut inlines = vec![Inline::Emph {
                    inlines: vec![Inline::text("Mål:")],
                }];
                for (k, goal) in served.iter().filter_map(|id| goals.find(id)).enumerate() {
                    inlines.push(Inline::text(if k == 0 { " " } else { "; " }));
                    inlines.push(Inline::Ref {
                        id: goal.id.clone(),
                        number: goal.number.clone(),
                        anchor: goal.anchor.clone(),
                    });
                    inlines.push(Inline::text(&format!(" {}", goal.title)));
                }
                let first = activity
                    .rows
                    .first_mut()
                    .and_then(|row| row.iter_mut().find(|c| c.label.is_some()));
                if let (Some(cell), true) = (first, inlines.len() > 1) {
                    cell.body.0.push(paragraph(inlines));
                }
            }
        }
    }
}
