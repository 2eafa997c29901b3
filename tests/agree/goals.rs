//! A generated region's goals (`mal.toml`): goals, sub-goals and indicators of every kind, with ids the activities may name.

use toml::{Table, Value};

use super::generate::Context;

/// A mal.toml of 1 to 4 goals, some of them sub-goals, each with up to
/// three indicators; the goals' ids are kept in `cx` for the activities.
pub fn file(cx: &mut Context) -> Table {
    let mut goals = Vec::new();
    let mut main: Vec<String> = Vec::new();
    let mut indicators = 0;
    for i in 0..1 + cx.rng.below(4) {
        let id = format!("m{}-{}", i + 1, cx.words.id(cx.rng));
        let mut goal = Table::new();
        goal.insert("id".into(), Value::String(id.clone()));
        goal.insert("rubrik".into(), Value::String(cx.words.phrase(cx.rng, 3)));
        if cx.rng.below(2) == 0 {
            let text = cx.words.phrase(cx.rng, 6);
            goal.insert("beskrivning".into(), Value::String(text));
        }
        if !main.is_empty() && cx.rng.below(2) == 0 {
            let parent = cx.rng.pick(&main).clone();
            goal.insert("overordnat".into(), Value::String(parent));
        } else {
            main.push(id.clone());
        }
        let list: Vec<Value> = (0..cx.rng.below(4))
            .map(|_| {
                indicators += 1;
                Value::Table(indicator(cx, indicators))
            })
            .collect();
        if !list.is_empty() {
            goal.insert("indikator".into(), Value::Array(list));
        }
        cx.goals.push(id);
        goals.push(Value::Table(goal));
    }
    let mut file = Table::new();
    file.insert("mal".into(), Value::Array(goals));
    file
}

/// One indicator of a kind chosen by chance, with a target of its kind and
/// a direction only where it is a number.
fn indicator(cx: &mut Context, number: usize) -> Table {
    let mut out = Table::new();
    out.insert("id".into(), Value::String(format!("i{number}")));
    out.insert("namn".into(), Value::String(cx.words.phrase(cx.rng, 4)));
    let kind = *cx.rng.pick(&["antal", "andel", "ja/nej", "text"]);
    out.insert("typ".into(), Value::String(kind.into()));
    let target = match kind {
        "antal" => Value::Integer(cx.rng.below(1000) as i64),
        "andel" => Value::Float(cx.rng.below(1001) as f64 / 10.0),
        "ja/nej" => Value::Boolean(cx.rng.below(2) == 0),
        _ => Value::String(cx.words.phrase(cx.rng, 3)),
    };
    if cx.rng.below(4) != 0 {
        out.insert("malvarde".into(), target);
    }
    if kind == "antal" && cx.rng.below(2) == 0 {
        out.insert("enhet".into(), Value::String(cx.words.word(cx.rng)));
    }
    if matches!(kind, "antal" | "andel") && cx.rng.below(2) == 0 {
        let direction = *cx.rng.pick(&["öka", "minska"]);
        out.insert("riktning".into(), Value::String(direction.into()));
    }
    if cx.rng.below(2) == 0 {
        out.insert("kalla".into(), Value::String(cx.words.phrase(cx.rng, 2)));
    }
    out
}
