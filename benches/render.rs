//! Benchmark harness: times each pipeline stage on the example plan and on synthetic plans of 100, 1 000 and 10 000 activities.
//!
//! Stages: load and validate, derive the document, render Markdown, render
//! HTML, typst layout, PDF export, and the whole build in memory (which also
//! runs every renderer's checks).
//!
//! Run with `cargo bench --bench render` (all sizes) or
//! `BENCH_SIZES=100,1000 cargo bench --bench render`. Method and figures are
//! in BENCHMARKS.md; `benches/process.sh` measures whole processes and peak
//! memory.

mod synthetic;

use std::path::Path;
use std::time::{Duration, Instant};

use handlingsplan::document::Document;
use handlingsplan::load::load;
use handlingsplan::render::html::{self, HtmlRenderer};
use handlingsplan::render::markdown::{self, MarkdownRenderer};
use handlingsplan::render::pdf::{self, Bundle, PdfRenderer};

/// Runs `f` `runs` times after one warm-up and returns the timings.
///
/// typst memoises its work across compilations in the same process (as
/// `typst watch` does); a real `handlingsplan build` starts cold, so the
/// cache is emptied before every timed run.
fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> Vec<Duration> {
    std::hint::black_box(f());
    (0..runs)
        .map(|_| {
            typst::comemo::evict(0);
            let start = Instant::now();
            std::hint::black_box(f());
            start.elapsed()
        })
        .collect()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Prints one stage's median, minimum and maximum; returns the median.
fn report(name: &str, mut timings: Vec<Duration>) -> Duration {
    timings.sort();
    let median = timings[timings.len() / 2];
    println!(
        "  {name:<30} median {:>9.2} ms   min {:>9.2} ms   max {:>9.2} ms   ({} runs)",
        ms(median),
        ms(timings[0]),
        ms(timings[timings.len() - 1]),
        timings.len()
    );
    median
}

/// Times every stage of `dir`'s build; returns the median whole build.
fn bench_plan(label: &str, dir: &Path, runs: usize) -> Duration {
    let loaded = load(dir).expect("plan loads");
    let doc = Document::new(&loaded);
    let md_template = MarkdownRenderer::template(&loaded).unwrap();
    let html_template = HtmlRenderer::template(&loaded).unwrap();
    let bundle = Bundle::new(&doc, &loaded, PdfRenderer::template(&loaded).unwrap());
    let pages = pdf::layout(&bundle, &loaded).unwrap();
    let activities: usize = doc.areas.iter().map(|a| a.activities.len()).sum();
    println!(
        "{label}: {activities} activities, {} pages",
        pages.pages().len()
    );
    report("load + validate", time(runs, || load(dir).unwrap()));
    report("derive document", time(runs, || Document::new(&loaded)));
    report(
        "render Markdown",
        time(runs, || markdown::render(&doc, &md_template).unwrap()),
    );
    report(
        "render HTML",
        time(runs, || {
            html::render(&doc, &loaded, &html_template).unwrap()
        }),
    );
    report(
        "typst layout",
        time(runs, || pdf::layout(&bundle, &loaded).unwrap()),
    );
    // The region's PDF standards (the example: PDF/UA-1 with PDF/A-2a).
    let standards = pdf::standards(&loaded, &Default::default()).unwrap();
    let options = typst_pdf::PdfOptions {
        standards: standards.standards(),
        ..Default::default()
    };
    report(
        "PDF export",
        time(runs, || typst_pdf::pdf(&pages, &options).unwrap()),
    );
    report(
        "whole build in memory",
        time(runs, || {
            handlingsplan::build::build(dir, &Default::default()).unwrap()
        }),
    )
}

/// The synthetic sizes to measure: `BENCH_SIZES` (comma-separated) or all.
fn sizes() -> Vec<usize> {
    match std::env::var("BENCH_SIZES") {
        Ok(list) => list
            .split(',')
            .map(|n| n.trim().parse().expect("BENCH_SIZES is a list of numbers"))
            .collect(),
        Err(_) => vec![100, 1000, 10_000],
    }
}

/// The exponent k of time ∝ activitiesᵏ, fitted by least squares on logs.
fn growth_exponent(points: &[(usize, Duration)]) -> f64 {
    let logs: Vec<(f64, f64)> = points
        .iter()
        .map(|&(n, t)| ((n as f64).ln(), t.as_secs_f64().ln()))
        .collect();
    let count = logs.len() as f64;
    let mean_x = logs.iter().map(|p| p.0).sum::<f64>() / count;
    let mean_y = logs.iter().map(|p| p.1).sum::<f64>() / count;
    let covariance: f64 = logs.iter().map(|p| (p.0 - mean_x) * (p.1 - mean_y)).sum();
    let variance: f64 = logs.iter().map(|p| (p.0 - mean_x).powi(2)).sum();
    covariance / variance
}

fn main() {
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("plans/norrbotten/2022");
    bench_plan("Norrbotten 2022 (bundled example)", &example, 30);
    let root = tempfile::tempdir().unwrap();
    let mut points = Vec::new();
    for n in sizes() {
        let plan = synthetic::write_plan(root.path(), n);
        let runs = match n {
            0..=200 => 20,
            201..=2000 => 5,
            _ => 3,
        };
        let whole = bench_plan(&format!("Synthetic, {n} activities"), &plan, runs);
        points.push((n, whole));
    }
    if points.len() >= 2 {
        println!(
            "growth exponent of the whole build (time ∝ activities^k): k = {:.2}",
            growth_exponent(&points)
        );
    }
}
