//! The region's goals (mal.toml) as diff compares them: each goal's heading, description and parent, each indicator as one line.

use super::snapshot::{Setting, text};
use crate::model::{Goal, Indicator, Target};

/// Each goal of mal.toml on its own, and each of its indicators as one
/// line: an added, removed or changed goal or indicator shows.
pub(super) fn settings(goals: &[Goal]) -> Vec<Setting> {
    let mut settings = Vec::new();
    for goal in goals {
        let key = format!("mal.{}", goal.id);
        settings.push(text(&format!("{key}.rubrik"), &goal.heading));
        if let Some(description) = &goal.description {
            settings.push(text(
                &format!("{key}.beskrivning"),
                &description.plain_text(),
            ));
        }
        if let Some(parent) = &goal.parent {
            settings.push(text(&format!("{key}.overordnat"), parent));
        }
        for indicator in &goal.indicators {
            let key = format!("{key}.indikator.{}", indicator.id);
            settings.push(text(&key, &indicator_summary(indicator)));
        }
    }
    settings
}

/// An indicator as one compared line: "namn; typ; målvärde …; riktning …; källa …".
fn indicator_summary(indicator: &Indicator) -> String {
    let mut parts = vec![indicator.name.clone(), indicator.kind.key().to_owned()];
    if let Some(unit) = &indicator.unit {
        parts.push(format!("enhet {unit}"));
    }
    match &indicator.target {
        Some(Target::Number(n)) => parts.push(format!("malvarde {n}")),
        Some(Target::YesNo(b)) => parts.push(format!("malvarde {b}")),
        Some(Target::Text(t)) => parts.push(format!("malvarde {t}")),
        None => {}
    }
    if let Some(direction) = indicator.direction {
        parts.push(format!("riktning {}", direction.key()));
    }
    if let Some(source) = &indicator.source {
        parts.push(format!("kalla {source}"));
    }
    parts.join("; ")
}
