//! `watch`: rebuilds and rewrites the outputs whenever a file the build read changes, printing a line per build.

use super::build::{seconds, source_date_epoch};
use super::print;
use crate::model::Date;
use crate::render::Options;
use crate::watch::Round;
use crate::write;
use codespan_reporting::term::termcolor::ColorChoice;
use std::path::Path;
use std::process::ExitCode;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

/// `watch PLAN_DIR`: builds, then rebuilds on every change, one line each.
pub fn run(plan: &Path, out: &Path, color: ColorChoice) -> ExitCode {
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
    if let Err(problem) = result {
        print::report(&crate::report::Report::single(problem), color);
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
