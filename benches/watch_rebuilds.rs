//! Drives `watch`'s rebuild loop in one process on a synthetic plan: one field edited, rebuilt, cache evicted, N times.
//!
//! `cargo run --release --example watch-rebuilds -- ACTIVITIES ROUNDS` prints
//! the cold build's time, then per round the rebuild's time and the
//! process's resident memory (VmRSS) after it. Method and figures are in
//! BENCHMARKS.md.

mod synthetic;

use std::path::Path;
use std::time::Instant;

/// The process's resident memory in MiB.
fn rss_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let activities: usize = args.next().map_or(1000, |a| a.parse().expect("ACTIVITIES"));
    let rounds: usize = args.next().map_or(20, |a| a.parse().expect("ROUNDS"));
    let root = tempfile::tempdir().unwrap();
    let plan = synthetic::write_plan(root.path(), activities);
    let area = plan.join(format!(
        "omraden/omrade-{}.toml",
        (activities / 50).max(4) / 2
    ));
    let original = std::fs::read_to_string(&area).unwrap();
    let options = Default::default();
    let cold = build(&plan, &options);
    println!("cold build: {:.1} ms, RSS {:.0} MiB", cold, rss_mib());
    let mut times = Vec::new();
    for round in 1..=rounds {
        // One field edited: a `tid` in an area in the middle of the plan.
        let edited = original.replacen("tid = \"", &format!("tid = \"Vecka {round}, "), 1);
        std::fs::write(&area, edited).unwrap();
        let ms = build(&plan, &options);
        times.push(ms);
        println!(
            "rebuild {round}: {ms:.1} ms ({:.1} % of cold), RSS {:.0} MiB",
            ms / cold * 100.0,
            rss_mib()
        );
    }
    times.sort_by(f64::total_cmp);
    if let Some(median) = times.get(times.len() / 2) {
        println!(
            "median rebuild: {median:.1} ms = {:.1} % of the cold build",
            median / cold * 100.0
        );
    }
}

/// One round as `watch` does it; returns its time in milliseconds.
fn build(plan: &Path, options: &handlingsplan::render::Options) -> f64 {
    let started = Instant::now();
    let built =
        handlingsplan::watch::rebuild(plan, options).unwrap_or_else(|_| panic!("the plan builds"));
    std::hint::black_box(&built);
    drop(built);
    started.elapsed().as_secs_f64() * 1000.0
}
