//! What a body's view must list, found independently of the tool: the example's area files read with the `toml` crate, and a body named wherever one of its names stands as words of their own.

use std::collections::BTreeSet;
use std::path::Path;

use super::Place;
use super::common::example_dir;

/// One activity of the example as its area file has it.
pub struct Activity {
    pub place: Place,
    /// The first words of its title or text, as the view's text starts.
    pub start: String,
    pub ansvarig: Vec<String>,
    pub rapportering: Vec<String>,
}

/// A text or a list of texts.
pub fn texts(value: Option<&toml::Value>) -> Vec<String> {
    match value {
        Some(toml::Value::String(s)) => vec![s.clone()],
        Some(toml::Value::Array(items)) => (items.iter())
            .filter_map(|i| i.as_str().map(str::to_owned))
            .collect(),
        _ => Vec::new(),
    }
}

fn read_toml(path: &Path) -> toml::Table {
    std::fs::read_to_string(path).unwrap().parse().unwrap()
}

/// The first three words of `text`, up to a full stop.
fn start(text: &str) -> String {
    let mut words = Vec::new();
    for word in text.split_whitespace().take(3) {
        words.push(word);
        if word.ends_with('.') {
            break;
        }
    }
    words.join(" ")
}

/// Every activity of the example, read from its area files in the plan's order.
pub fn example_activities() -> Vec<Activity> {
    let plan = read_toml(&example_dir().join("plan.toml"));
    let mut activities = Vec::new();
    for key in plan["omraden"].as_array().unwrap() {
        let file = format!("omraden/{}.toml", key.as_str().unwrap());
        let area = read_toml(&example_dir().join(file));
        let title = area["rubrik"].as_str().unwrap().to_owned();
        for (i, activity) in area["aktivitet"].as_array().unwrap().iter().enumerate() {
            let parts = activity.get("del").and_then(|d| d.as_array());
            let parts = parts.map(Vec::as_slice).unwrap_or_default();
            let field = |key: &str| {
                let mut values = texts(activity.get(key));
                parts.iter().for_each(|p| values.extend(texts(p.get(key))));
                values
            };
            let text = (activity.get("titel").or(activity.get("text")))
                .or_else(|| parts.first().and_then(|p| p.get("text")))
                .and_then(|t| t.as_str())
                .unwrap();
            activities.push(Activity {
                // The example numbers 1, 2, 3 in each area.
                place: (title.clone(), format!("{}.", i + 1)),
                start: start(text),
                ansvarig: field("ansvarig"),
                rapportering: field("rapportering"),
            });
        }
    }
    activities
}

/// The example register's bodies: their `namn` and all names they go by.
pub fn example_register() -> Vec<(String, Vec<String>)> {
    let region = read_toml(&example_dir().join("../region.toml"));
    (region["organ"].as_array().unwrap().iter())
        .map(|organ| {
            let name = organ["namn"].as_str().unwrap().to_owned();
            let mut names = vec![name.clone()];
            names.extend(texts(organ.get("forkortning")));
            names.extend(texts(organ.get("alias")));
            (name, names)
        })
        .collect()
}

/// Whether `value` holds `name` as words of its own: not inside a longer
/// word ("Läkemedelskommittén" is not in "Läkemedelskommittéordförande").
fn holds(value: &str, name: &str) -> bool {
    value.match_indices(name).any(|(at, _)| {
        let before = value[..at].chars().next_back();
        let after = value[at + name.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The places of the activities whose `field` values name one of `names`.
pub fn expected(
    activities: &[Activity],
    names: &[String],
    field: fn(&Activity) -> &[String],
) -> BTreeSet<Place> {
    (activities.iter())
        .filter(|a| field(a).iter().any(|v| names.iter().any(|n| holds(v, n))))
        .map(|a| a.place.clone())
        .collect()
}
