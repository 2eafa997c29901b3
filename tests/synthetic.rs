//! The synthetic plans of the benchmark harness are valid, realistic plans, and the same size gives the same files.

#[path = "../benches/synthetic/mod.rs"]
mod synthetic;

use std::path::Path;

fn files(dir: &Path) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for entry in walk(dir) {
        let text = std::fs::read_to_string(&entry).unwrap();
        found.push((entry.strip_prefix(dir).unwrap().display().to_string(), text));
    }
    found.sort();
    found
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path))
        } else {
            out.push(path)
        }
    }
    out
}

#[test]
fn a_synthetic_plan_builds_without_any_problem() {
    let root = tempfile::tempdir().unwrap();
    let plan = synthetic::write_plan(root.path(), 100);
    let built = handlingsplan::build::build(&plan, &Default::default())
        .unwrap_or_else(|report| panic!("the synthetic plan has errors: {report:?}"));
    assert_eq!(built.warnings.warnings(), 0, "no warnings");
    let activities: usize = built
        .document
        .areas
        .iter()
        .map(|a| a.activities.len())
        .sum();
    assert_eq!(activities, 100);
    assert_eq!(built.document.areas.len(), 4);
    // Realistic: some activities are in parts, some have many recipients.
    let plan = &built.loaded.plan;
    let all: Vec<_> = plan.areas.iter().flat_map(|a| &a.activities).collect();
    assert!(all.iter().any(|a| !a.parts.is_empty()));
    let many = |a: &&handlingsplan::model::Activity| match a.fields.get("rapportering") {
        Some(handlingsplan::model::FieldValue::Lines(lines)) => lines.len() >= 4,
        _ => false,
    };
    assert!(all.iter().any(many));
}

#[test]
fn the_same_size_gives_the_same_files() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    synthetic::write_plan(a.path(), 250);
    synthetic::write_plan(b.path(), 250);
    let (fa, fb) = (files(a.path()), files(b.path()));
    assert_eq!(fa.len(), 1 + 1 + 5, "region, plan and 5 areas");
    assert_eq!(fa, fb);
}
