//! Printing for `new` (the next period's plan) and `watch` (rebuild on change).

use std::path::Path;
use std::process::ExitCode;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use codespan_reporting::term::termcolor::ColorChoice;

use super::{print, seconds, source_date_epoch};
use crate::model::Date;
use crate::render::Options;
use crate::watch::Round;
use crate::write;

/// `new PERIOD --from PLAN_DIR`: prints what was done and what to fill in.
pub fn new(period: &str, from: &Path, color: ColorChoice) -> ExitCode {
    let created = match crate::period::create(from, period) {
        Ok(created) => created,
        Err(report) => {
            print::report(&report, color);
            print::err(crate::t!("period-failed"));
            return ExitCode::FAILURE;
        }
    };
    let dir = created.dir.to_string_lossy().replace('\\', "/");
    print::out(crate::t!(
        "period-created",
        dir = dir.as_str(),
        from = from.display().to_string()
    ));
    for line in &created.done {
        print::out(format_args!("  {line}"));
    }
    if created.todo.is_empty() {
        print::out(crate::t!("period-nothing-missing"));
    } else {
        print::out(crate::t!(
            "period-to-fill-in",
            count = created.todo.len(),
            dir = dir.as_str()
        ));
        for line in &created.todo {
            print::out(format_args!("  {line}"));
        }
    }
    if !created.mentions.is_empty() {
        print::out(crate::t!("period-mentions"));
        for line in &created.mentions {
            print::out(format_args!("  {line}"));
        }
    }
    ExitCode::SUCCESS
}

/// `watch PLAN_DIR`: builds, then rebuilds on every change, one line each.
pub fn watch(plan: &Path, out: &Path, color: ColorChoice) -> ExitCode {
    let options = match source_date_epoch() {
        Ok(epoch) => Options {
            epoch,
            ..Options::default()
        },
        Err(report) => {
            print::report(&report, color);
            return ExitCode::FAILURE;
        }
    };
    print::err(crate::t!(
        "watch-watching",
        plan = plan.display().to_string(),
        out = out.display().to_string()
    ));
    let result = crate::watch::run(plan, || rebuild(plan, out, &options, color));
    if let Err(message) = result {
        print::err(crate::t!("watch-error", message = message));
    }
    ExitCode::FAILURE
}

/// One build of `watch`: writes the outputs all or nothing and prints one
/// line; returns the files read and written, for the watcher.
fn rebuild(plan: &Path, out: &Path, options: &Options, color: ColorChoice) -> Round {
    let started = Instant::now();
    let failed = |report: crate::report::Report| {
        print::report(&report, color);
        print::out(crate::t!(
            "watch-build-failed",
            time = clock(),
            counts = report.counts()
        ));
    };
    let built = match crate::watch::rebuild(plan, options) {
        Ok(built) => built,
        Err(report) => {
            failed(report);
            return Round::default();
        }
    };
    print::report(&built.warnings, color);
    for output in &built.outputs {
        output.rendered.warnings.iter().for_each(print::err);
    }
    let files: Vec<(&Path, &[u8])> = built
        .outputs
        .iter()
        .map(|o| (Path::new(&o.name), o.rendered.bytes.as_slice()))
        .collect();
    if let Err(report) = write::write_all(out, &files, &built.loaded.files_read) {
        failed(report);
        return Round {
            read: built.loaded.files_read,
            written: Vec::new(),
        };
    }
    let names: Vec<String> = built
        .outputs
        .iter()
        .map(|o| match &o.rendered.summary {
            Some(summary) => format!("{} ({summary})", o.name),
            None => o.name.clone(),
        })
        .collect();
    // "a.pdf (3 pages), a.md and a.html"
    let listed = match names.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => crate::t!("watch-and", rest = rest.join(", "), last = last),
        None => String::new(),
    };
    print::out(crate::t!(
        "watch-built",
        time = clock(),
        files = listed,
        seconds = seconds(started.elapsed().as_secs_f64())
    ));
    Round {
        read: built.loaded.files_read,
        written: files.into_iter().map(|(path, _)| out.join(path)).collect(),
    }
}

/// The time of day in UTC, e.g. "07:12:03 UTC".
fn clock() -> String {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    match Date::from_unix(now) {
        Some((_, (h, m, s))) => format!("{h:02}:{m:02}:{s:02} UTC"),
        None => String::new(),
    }
}
