//! Runs one generated case through the commands and says where they disagree.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

use handlingsplan::document::Document;
use handlingsplan::load::{self, Loaded};
use handlingsplan::render::{self, Options};

use super::generate::{GenPlan, PLAN_DIR};
use crate::common::binary;
use crate::common::markdown::markdown_visible_text;

/// What the cases covered, printed at the end of a run.
#[derive(Debug, Default)]
pub struct Stats {
    pub loaded: u64,
    pub refused: u64,
    pub diffs_with_changes: u64,
    pub diffs_without: u64,
    pub through_binary: u64,
}

/// What a plan shows, from the library (no PDF: the binary cases build it).
struct Seen {
    loaded: Loaded,
    /// The document as JSON: everything any output shows (and facts
    /// some regions do not print, such as a status without a marker).
    document: String,
    markdown: String,
    html: Option<String>,
    /// What only the PDF prints or declares: its running footer, title,
    /// keywords and date (the binary cases build the PDF itself).
    pdf_only: String,
}

/// Runs a panicking step as a failure.
fn guarded<T>(what: &str, failures: &mut Vec<String>, f: impl FnOnce() -> T) -> Option<T> {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(value) => Some(value),
        Err(panic) => {
            let message = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_default();
            failures.push(format!("{what} panicked: {message}"));
            None
        }
    }
}

/// Writes a generated plan into `root` (the region folder).
pub fn write(plan: &GenPlan, root: &Path) {
    for (path, text) in plan.files() {
        let path = root.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
}

/// Loads and renders the Markdown and HTML of the plan in `dir`, or the
/// load's problems as text.
fn seen(dir: &Path) -> Result<Seen, String> {
    let load::Loading { loaded, mut report } = load::load_with_report(dir);
    let loaded = match loaded {
        Some(loaded) if !report.has_errors() => loaded,
        _ => return Err(report.to_plain_string()),
    };
    let document = Document::new(&loaded);
    let options = Options::default();
    let mut outputs = Vec::new();
    let mut renderers = render::all();
    renderers.retain(|r| r.wanted(&loaded, &options));
    for renderer in &renderers {
        let problems = renderer.check(&loaded, &document, &mut report.sources);
        report.problems.extend(problems);
    }
    if report.has_errors() {
        return Err(report.to_plain_string());
    }
    // The PDF is built by the cases that run the binary.
    for renderer in renderers.iter().filter(|r| r.extension() != "pdf") {
        let rendered = renderer
            .render(&document, &loaded, &options)
            .map_err(|r| r.to_plain_string())?;
        outputs.push((renderer.extension(), rendered.bytes));
    }
    let text = |ext: &str| {
        let bytes = outputs.iter().find(|(e, _)| *e == ext)?;
        Some(String::from_utf8(bytes.1.clone()).expect("UTF-8 output"))
    };
    Ok(Seen {
        pdf_only: serde_json::to_string(&(
            &document.footer,
            &document.title,
            &document.keywords,
            &document.date,
        ))
        .unwrap(),
        document: serde_json::to_string(&document).unwrap(),
        markdown: text("md").expect("Markdown is always built"),
        html: text("html"),
        loaded,
    })
}

/// Checks one case; returns what disagreed.
pub fn check_case(old: &GenPlan, new: &GenPlan, binary: bool, stats: &mut Stats) -> Vec<String> {
    let mut failures = Vec::new();
    let dir = tempfile::tempdir().unwrap();
    // Both versions in region folders of one name (the default `kortnamn`).
    let (old_root, new_root) = (dir.path().join("old/region"), dir.path().join("new/region"));
    write(old, &old_root);
    write(new, &new_root);
    let (old_dir, new_dir) = (old_root.join(PLAN_DIR), new_root.join(PLAN_DIR));
    let old_seen = guarded("loading the old version", &mut failures, || seen(&old_dir));
    let new_seen = guarded("loading the new version", &mut failures, || seen(&new_dir));
    for seen in [&old_seen, &new_seen].into_iter().flatten() {
        match seen {
            Ok(_) => stats.loaded += 1,
            Err(report) => {
                stats.refused += 1;
                if std::env::var_os("AGREE_SHOW_REFUSALS").is_some() {
                    eprintln!("refused:\n{report}");
                }
            }
        }
    }
    if let (Some(Ok(old_seen)), Some(Ok(new_seen))) = (&old_seen, &new_seen) {
        diff_agrees(old_seen, new_seen, &mut failures, stats);
    }
    if let Some(Ok(seen)) = &old_seen {
        super::formats::html_has_the_words(&seen.markdown, seen.html.as_deref(), &mut failures);
        super::formats::schemas_accept(&old_dir, &seen.loaded, &mut failures);
        fmt_changes_nothing(old, seen, &dir.path().join("formatted"), &mut failures);
    }
    if binary {
        stats.through_binary += 1;
        super::run_binary::commands_agree(&old_dir, &new_dir, old_seen.as_ref(), &mut failures);
    }
    failures
}

/// `diff` reports a change exactly when the document changed, and every
/// format of it renders.
fn diff_agrees(old: &Seen, new: &Seen, failures: &mut Vec<String>, stats: &mut Stats) {
    use handlingsplan::diff;
    let Some(plan_diff) = guarded("diff", failures, || diff::compare(&old.loaded, &new.loaded))
    else {
        return;
    };
    guarded("diff's formats", failures, || {
        (
            diff::terminal::render(&plan_diff, false),
            diff::markdown::render(&plan_diff),
            diff::json::render(&plan_diff),
            diff::summary::render(&plan_diff),
        )
    });
    let visible_changed =
        markdown_visible_text(&old.markdown) != markdown_visible_text(&new.markdown);
    // What the outputs show (the PDF is drawn from the same document as
    // these two; the binary cases compare its text after fmt).
    let outputs_changed =
        old.markdown != new.markdown || old.html != new.html || old.pdf_only != new.pdf_only;
    if plan_diff.is_empty() {
        stats.diffs_without += 1;
        if visible_changed {
            failures.push("diff says nothing changed, but the Markdown's text changed".into());
        } else if outputs_changed {
            failures.push("diff says nothing changed, but an output changed".into());
        }
    } else {
        stats.diffs_with_changes += 1;
        // The region's settings and columns are shown to reviewers even
        // where this plan's outputs do not change (no status to mark, no
        // ended activity to hide, a column heading every area overrides).
        let only_region_settings = plan_diff.counts == diff::Counts::default()
            && plan_diff.renumbered.is_empty()
            && plan_diff.areas.is_empty()
            && plan_diff.sections.is_empty()
            && plan_diff.metadata.is_empty();
        if !outputs_changed && !only_region_settings {
            failures.push(format!(
                "diff reports changes no output shows: {}",
                plan_diff.count_line()
            ));
        }
    }
}

/// `fmt` is idempotent and the formatted plan shows the same document.
fn fmt_changes_nothing(plan: &GenPlan, seen: &Seen, dir: &Path, failures: &mut Vec<String>) {
    use handlingsplan::fmt;
    // The region folder's name is the default `kortnamn`: keep it.
    let root = dir.join("region");
    let mut formatted_files = Vec::new();
    for (path, text) in plan.files() {
        if !path.ends_with(".toml") {
            formatted_files.push((path, text));
            continue;
        }
        let spec = fmt::spec_for(Path::new(&path));
        let mut sources = Default::default();
        let Some(once) = guarded("fmt", failures, || {
            fmt::format_text(&text, spec, &mut sources, &path)
        }) else {
            return;
        };
        let once = match once {
            Ok(once) => once,
            Err(problem) => {
                failures.push(format!(
                    "fmt refuses {path}, which loads: {}",
                    problem.message
                ));
                return;
            }
        };
        let twice = fmt::format_text(&once, spec, &mut sources, &path);
        if twice.as_ref().ok() != Some(&once) {
            failures.push(format!("fmt is not idempotent on {path}"));
        }
        formatted_files.push((path, once));
    }
    for (path, text) in &formatted_files {
        let path = root.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    match seen_guarded(&root.join(PLAN_DIR), failures) {
        Some(Ok(formatted)) if formatted.document != seen.document => {
            failures.push("fmt changed the document".into());
        }
        Some(Err(report)) => failures.push(format!("the formatted plan does not load:\n{report}")),
        _ => {}
    }
}

fn seen_guarded(dir: &Path, failures: &mut Vec<String>) -> Option<Result<Seen, String>> {
    guarded("loading", failures, || seen(dir))
}

/// The Markdown's visible text of a plan folder, if it loads.
pub fn visible_markdown(dir: &Path) -> Option<String> {
    seen(dir).ok().map(|s| markdown_visible_text(&s.markdown))
}

/// Keeps a failing case's files under `target/agree-failures/<seed>/`.
pub fn keep_failure(seed: u64, old: &GenPlan, new: &GenPlan) -> String {
    let place = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("agree-failures")
        .join(seed.to_string());
    let _ = std::fs::remove_dir_all(&place);
    write(old, &place.join("old/region"));
    write(new, &place.join("new/region"));
    place.display().to_string()
}

/// Runs the binary with `args`: (exit code, stdout, stderr).
pub fn run(args: &[&dyn AsRef<std::ffi::OsStr>]) -> (i32, String, String) {
    let mut cmd = binary();
    cmd.env("SOURCE_DATE_EPOCH", "1700000000");
    cmd.arg("--color").arg("never");
    for arg in args {
        cmd.arg(arg);
    }
    let out = cmd.output().expect("the binary runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}
