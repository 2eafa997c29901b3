//! Benchmark harness: times each pipeline stage on the example plan and on a
//! large synthetic plan. Run with `cargo bench --bench render`; method and
//! figures are in BENCHMARKS.md.

use std::path::Path;
use std::time::{Duration, Instant};

use handlingsplan::document::Document;
use handlingsplan::load::load;
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

fn report(name: &str, mut timings: Vec<Duration>) {
    timings.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{name:<34} median {:>8.2} ms   min {:>8.2} ms   max {:>8.2} ms   ({} runs)",
        ms(timings[timings.len() / 2]),
        ms(timings[0]),
        ms(timings[timings.len() - 1]),
        timings.len()
    );
}

fn bench_plan(label: &str, dir: &Path, runs: usize) {
    let loaded = load(dir).expect("plan loads");
    let doc = Document::new(&loaded);
    let md_template = MarkdownRenderer::template(&loaded).unwrap();
    let bundle = Bundle::new(&doc, &loaded, PdfRenderer::template(&loaded).unwrap());
    let pages = pdf::render(&doc, &bundle, &loaded, None).unwrap().pages;
    println!(
        "{label}: {} activities, {pages} pages",
        doc.areas.iter().map(|a| a.activities.len()).sum::<usize>()
    );
    report("  load + validate", time(runs, || load(dir).unwrap()));
    report("  derive document", time(runs, || Document::new(&loaded)));
    report(
        "  render Markdown",
        time(runs, || markdown::render(&doc, &md_template).unwrap()),
    );
    report(
        "  render PDF (typst compile+export)",
        time(runs, || pdf::render(&doc, &bundle, &loaded, None).unwrap()),
    );
    report(
        "  whole build in memory",
        time(runs, || {
            handlingsplan::build::build(dir, &Default::default()).unwrap()
        }),
    );
}

/// Writes a plan with `areas` × `per_area` activities to a temporary folder.
fn synthetic_plan(areas: usize, per_area: usize) -> tempfile::TempDir {
    let root = tempfile::tempdir().unwrap();
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("plans/norrbotten");
    let region = root.path().join("stor");
    std::fs::create_dir_all(region.join("2026/omraden")).unwrap();
    std::fs::copy(example.join("region.toml"), region.join("region.toml")).unwrap();
    let names: Vec<String> = (1..=areas).map(|i| format!("\"omrade-{i}\"")).collect();
    let plan = std::fs::read_to_string(example.join("2022/plan.toml"))
        .unwrap()
        .replace("period = \"2022\"", "period = \"2026\"")
        .replace("fil = \"inledning.md\"", "text = \"Inledning.\"");
    let start = plan.find("omraden = [").unwrap();
    let end = start + plan[start..].find(']').unwrap() + 1;
    let plan = format!(
        "{}omraden = [{}]{}",
        &plan[..start],
        names.join(", "),
        &plan[end..]
    );
    std::fs::write(region.join("2026/plan.toml"), plan).unwrap();
    for a in 1..=areas {
        let mut text = format!("rubrik = \"Strategiområde {a}\"\n");
        for i in 1..=per_area {
            text.push_str(&format!(
                "\n[[aktivitet]]\nid = \"a{a}-{i}\"\ntext = \"Verksamheterna i division Nära styr mot egna läkemedelsmål anpassade till respektive verksamhet, del {i}.\"\nansvarig = [\"Verksamhetscheferna\", \"Läkemedelskommittén\"]\ntid = \"Januari, maj, september\"\nrapportering = [\"LSG Läkemedel\", \"Kunskapsstyrningsrådet\"]\n"
            ));
        }
        std::fs::write(region.join(format!("2026/omraden/omrade-{a}.toml")), text).unwrap();
    }
    root
}

fn main() {
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("plans/norrbotten/2022");
    bench_plan("Norrbotten 2022 (bundled example)", &example, 30);
    let large = synthetic_plan(10, 50);
    bench_plan(
        "Synthetic: 10 areas × 50 activities",
        &large.path().join("stor/2026"),
        10,
    );
}
