//! The binary's commands on one case: check = build, diff's formats agree, fmt and id change no output, new gives a plan that checks.

use std::collections::BTreeSet;
use std::path::Path;

use super::run::{run, visible_markdown};
use crate::common::{copy_dir, folder_contents, pdf_pages};

/// Exit status of a Rust panic; the tool must never end with it.
const PANIC: i32 = 101;

/// The error lines of a report ("fel: …" and the locations below them).
fn errors(stderr: &str) -> BTreeSet<String> {
    stderr
        .lines()
        .filter(|l| l.starts_with("fel") || l.trim_start().starts_with("┌─"))
        .map(str::to_owned)
        .collect()
}

fn no_panic(what: &str, code: i32, stderr: &str, failures: &mut Vec<String>) {
    if code == PANIC || code < 0 {
        failures.push(format!("{what} exited {code}: {stderr}"));
    }
}

/// Runs every command on the two versions in `old` and `new` (plan folders).
pub fn commands_agree(
    old: &Path,
    new: &Path,
    old_loaded: Option<&Result<impl Sized, String>>,
    failures: &mut Vec<String>,
) {
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("out");
    let (check, _, check_err) = run(&[&"check", &old]);
    let (build, _, build_err) = run(&[&"build", &old, &"-o", &out]);
    no_panic("check", check, &check_err, failures);
    no_panic("build", build, &build_err, failures);
    if (check == 0) != (build == 0) {
        failures.push(format!(
            "check exited {check} but build exited {build}:\n{check_err}\n{build_err}"
        ));
    } else if errors(&check_err) != errors(&build_err) {
        failures.push(format!(
            "check and build report different errors:\n{check_err}\n---\n{build_err}"
        ));
    }
    let loads = matches!(old_loaded, Some(Ok(_)));
    if loads != (check == 0) {
        failures.push(format!(
            "the library {} the plan but check exited {check}: {check_err}",
            if loads { "accepts" } else { "refuses" }
        ));
    }
    diff_formats_agree(old, new, failures);
    if build == 0 {
        super::formats::pdf_has_the_words(&out, failures);
        super::formats::extract_gives_the_plan_back(old, &out, work.path(), failures);
        fmt_keeps_outputs(old, &out, work.path(), failures);
        id_keeps_text(old, work.path(), failures);
        new_period_checks(old, work.path(), failures);
    }
}

/// `diff` in every format: no panic, and one verdict.
fn diff_formats_agree(old: &Path, new: &Path, failures: &mut Vec<String>) {
    let mut codes = BTreeSet::new();
    for format in ["terminal", "markdown", "json", "summary"] {
        let (code, _, err) = run(&[&"diff", &"--format", &format, &old, &new]);
        no_panic(&format!("diff --format {format}"), code, &err, failures);
        codes.insert(code);
    }
    if codes.len() > 1 {
        failures.push(format!("diff's formats disagree: exit codes {codes:?}"));
    }
}

/// A copy of the region folder of the plan in `plan`, and the copy's plan folder.
/// The copy keeps the region folder's name, the default `kortnamn`.
fn copy(plan: &Path, into: &Path) -> std::path::PathBuf {
    let region = plan.parent().unwrap();
    let copied = into.join(region.file_name().unwrap());
    copy_dir(region, &copied);
    copied.join(plan.file_name().unwrap())
}

/// `fmt` changes no output byte, and a second `fmt --check` finds nothing.
fn fmt_keeps_outputs(plan: &Path, out: &Path, work: &Path, failures: &mut Vec<String>) {
    let copied = copy(plan, &work.join("fmt"));
    let (code, _, err) = run(&[&"fmt", &copied]);
    no_panic("fmt", code, &err, failures);
    if code != 0 {
        failures.push(format!("fmt exited {code} on a plan that builds: {err}"));
        return;
    }
    let (code, _, err) = run(&[&"fmt", &"--check", &copied]);
    if code != 0 {
        failures.push(format!("fmt --check after fmt exited {code}: {err}"));
    }
    let formatted_out = work.join("fmt-out");
    let (code, _, err) = run(&[&"build", &copied, &"-o", &formatted_out]);
    if code != 0 {
        failures.push(format!("the formatted plan does not build: {err}"));
    } else if shown(out) != shown(&formatted_out) {
        failures.push("fmt changed the outputs".into());
    }
}

/// The outputs in `dir` as readers see them: each file's bytes, but a
/// PDF's text (a PDF that carries the plan's sources changes with them).
pub fn shown(dir: &Path) -> Vec<(String, Vec<u8>)> {
    folder_contents(dir)
        .into_iter()
        .map(|(name, bytes)| match name.ends_with(".pdf") {
            true => (name, pdf_pages(&bytes).join("\u{c}").into_bytes()),
            false => (name, bytes),
        })
        .collect()
}

/// `id` gives ids without changing what a reader sees.
fn id_keeps_text(plan: &Path, work: &Path, failures: &mut Vec<String>) {
    let copied = copy(plan, &work.join("id"));
    let before = visible_markdown(&copied);
    let (code, _, err) = run(&[&"id", &copied]);
    no_panic("id", code, &err, failures);
    if code != 0 {
        failures.push(format!("id exited {code} on a plan that builds: {err}"));
        return;
    } else if visible_markdown(&copied) != before {
        failures.push("id changed the Markdown's visible text".into());
    }
    follow_up_cycle(&copied, work, failures);
}

/// The follow-up cycle on a plan with ids: `uppfoljning ny` writes a round
/// that checks; the report of it counts exactly the activities `ny` wrote,
/// none unreported; and every registered body has a view.
fn follow_up_cycle(plan: &Path, work: &Path, failures: &mut Vec<String>) {
    let text = std::fs::read_to_string(plan.join("plan.toml")).unwrap_or_default();
    let period = (text.parse::<toml::Table>().ok())
        .and_then(|t| t.get("period").cloned())
        .map(|p| p.as_str().map_or(p.to_string(), str::to_owned));
    let Some(year) = period.and_then(|p| p.get(..4).map(str::to_owned)) else {
        failures.push(format!(
            "a plan that builds has no period to date a round in: {text}"
        ));
        return;
    };
    let date = format!("{year}-06-15");
    let (code, out, err) = run(&[&"uppfoljning", &"ny", &plan, &"--datum", &date]);
    no_panic("uppfoljning ny", code, &err, failures);
    if code != 0 {
        failures.push(format!(
            "uppfoljning ny exited {code} on a plan with ids: {err}"
        ));
        return;
    }
    let written: Option<usize> = (out.split_whitespace())
        .skip_while(|w| *w != "med")
        .nth(1)
        .and_then(|n| n.parse().ok());
    let (code, _, err) = run(&[&"check", &plan]);
    if code != 0 {
        failures.push(format!(
            "the round uppfoljning ny wrote does not check: {err}"
        ));
        return;
    }
    let report = work.join("report");
    let (code, _, err) = run(&[&"uppfoljning", &"rapport", &plan, &"-o", &report]);
    no_panic("uppfoljning rapport", code, &err, failures);
    if code != 0 {
        failures.push(format!("uppfoljning rapport exited {code}: {err}"));
        return;
    }
    let markdown = (folder_contents(&report).into_iter())
        .find(|(name, _)| name.ends_with(".md"))
        .map(|(_, bytes)| String::from_utf8_lossy(&bytes).into_owned())
        .unwrap_or_default();
    let total: Vec<String> = (markdown.lines())
        .find(|l| l.starts_with("| **Totalt** |"))
        .map(|l| (l.split('|').map(|c| c.trim().trim_matches('*').to_owned())).collect())
        .unwrap_or_default();
    let cells = total.len();
    let (unreported, all) = match cells {
        n if n >= 4 => (total[n - 3].parse().ok(), total[n - 2].parse().ok()),
        _ => (None, None),
    };
    if unreported != Some(0usize) || all != written {
        failures.push(format!(
            "uppfoljning ny wrote {written:?} activities, but its report counts {all:?} with {unreported:?} unreported:\n{out}\n{markdown}"
        ));
    }
    bodies_have_views(plan, failures);
}

/// `ansvar --organ` for every body of the region's register: no failure.
fn bodies_have_views(plan: &Path, failures: &mut Vec<String>) {
    let region = plan.parent().unwrap().join("region.toml");
    let text = std::fs::read_to_string(region).unwrap_or_default();
    let Ok(table) = text.parse::<toml::Table>() else {
        return;
    };
    let names = (table
        .get("organ")
        .and_then(|o| o.as_array())
        .into_iter()
        .flatten())
    .filter_map(|body| body.get("namn").and_then(|n| n.as_str()));
    for name in names {
        let (code, _, err) = run(&[&"ansvar", &plan, &"--organ", &name]);
        no_panic("ansvar", code, &err, failures);
        if code != 0 {
            failures.push(format!("ansvar --organ {name:?} exited {code}: {err}"));
        }
    }
}

/// `new` for the next period gives a plan that checks with no edit.
fn new_period_checks(plan: &Path, work: &Path, failures: &mut Vec<String>) {
    let copied = copy(plan, &work.join("new"));
    let (code, out, err) = run(&[&"new", &"2031", &"--from", &copied]);
    no_panic("new", code, &err, failures);
    if code != 0 {
        failures.push(format!("new exited {code} on a plan that builds: {err}"));
        return;
    }
    let created = copied.parent().unwrap().join("2031");
    let (code, _, err) = run(&[&"check", &created]);
    if code != 0 {
        failures.push(format!("the plan new wrote does not check: {out}\n{err}"));
    }
}
