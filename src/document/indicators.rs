//! The indicators of a follow-up report: each measured value beside its target, the previous round's value and the trend judged against `riktning`.

use serde::Serialize;

use crate::load::Loaded;
use crate::model::{Direction, Goal, Indicator, Measure, Rich, Round, RoundIndicator, Target};

/// One indicator as the report prints it.
#[derive(Debug, Clone, Serialize)]
pub struct IndicatorRow {
    pub name: String,
    /// The value with its unit, "247 recept", "44 %".
    pub value: String,
    pub target: String,
    /// The previous round's value, or "–".
    pub previous: String,
    /// "↑", "↓", "→", or "" without a previous value.
    pub arrow: &'static str,
    /// The trend in words: "ökar, i målets riktning".
    pub trend: String,
    pub comment: Option<Rich>,
}

impl IndicatorRow {
    pub fn for_each_text(&self, f: &mut dyn FnMut(&str)) {
        for text in [
            &self.name,
            &self.value,
            &self.target,
            &self.previous,
            &self.trend,
        ] {
            f(text);
        }
        f(self.arrow);
        self.comment.iter().for_each(|c| c.for_each_text(f));
    }
}

/// The round's indicators, in the order written, described by mal.toml.
pub fn indicator_rows(
    loaded: &Loaded,
    round: &Round,
    previous: Option<&Round>,
) -> Vec<IndicatorRow> {
    let goals: &[Goal] = loaded.region.goals.as_deref().unwrap_or(&[]);
    let known = |id: &str| (goals.iter().flat_map(|g| &g.indicators)).find(|i| i.id == id);
    round
        .indicators
        .iter()
        .map(|measured| {
            let before = previous.and_then(|p| p.indicators.iter().find(|i| i.id == measured.id));
            row(measured, before, known(&measured.id))
        })
        .collect()
}

fn row(
    now: &RoundIndicator,
    before: Option<&RoundIndicator>,
    about: Option<&Indicator>,
) -> IndicatorRow {
    let unit = about.map(unit).unwrap_or_default();
    let shown = |m: &Measure| format!("{m}{unit}");
    let (arrow, trend) = trend(
        before.map(|b| &b.value),
        &now.value,
        about.and_then(|i| i.direction),
    );
    IndicatorRow {
        name: about.map_or_else(|| now.id.clone(), |i| i.name.clone()),
        value: shown(&now.value),
        target: match about.and_then(|i| i.target.as_ref()) {
            Some(Target::Number(n)) => format!("{n}{unit}"),
            Some(Target::YesNo(b)) => if *b { "ja" } else { "nej" }.to_owned(),
            Some(Target::Text(t)) => t.clone(),
            None => "–".to_owned(),
        },
        previous: before.map_or_else(|| "–".to_owned(), |b| shown(&b.value)),
        arrow,
        trend,
        comment: now.comment.clone(),
    }
}

/// What follows a value: " %" for a share, " recept" for a unit.
fn unit(indicator: &Indicator) -> String {
    match (&indicator.unit, indicator.kind) {
        (Some(unit), _) => format!(" {unit}"),
        (None, crate::model::IndicatorKind::Share) => " %".to_owned(),
        (None, _) => String::new(),
    }
}

/// The trend from `before` to `now`, as an arrow and in words, judged
/// against the direction the indicator should go.
fn trend(
    before: Option<&Measure>,
    now: &Measure,
    direction: Option<Direction>,
) -> (&'static str, String) {
    let (Some(Measure::Number(b)), Measure::Number(n)) = (before, now) else {
        return match before {
            None => ("", "inget tidigare värde".to_owned()),
            Some(b) if b == now => ("→", "oförändrad".to_owned()),
            Some(_) => ("", "ändrad".to_owned()),
        };
    };
    let (arrow, word, up) = match n.partial_cmp(b) {
        Some(std::cmp::Ordering::Greater) => ("↑", "ökar", Some(true)),
        Some(std::cmp::Ordering::Less) => ("↓", "minskar", Some(false)),
        _ => ("→", "oförändrad", None),
    };
    let judged = match (up, direction) {
        (Some(up), Some(d)) if up == (d == Direction::Increase) => ", i målets riktning",
        (Some(_), Some(_)) => ", bort från målet",
        _ => "",
    };
    (arrow, format!("{word}{judged}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trends_are_judged_against_the_direction() {
        let (n, d) = (Measure::Number, Some(Direction::Decrease));
        assert_eq!(
            trend(Some(&n(262.0)), &n(247.0), d),
            ("↓", "minskar, i målets riktning".to_owned())
        );
        assert_eq!(
            trend(Some(&n(38.0)), &n(44.0), d),
            ("↑", "ökar, bort från målet".to_owned())
        );
        assert_eq!(trend(Some(&n(1.0)), &n(1.0), d).0, "→");
        assert_eq!(trend(None, &n(1.0), d).0, "");
    }
}
