//! Drafts: a plan without `godkant_datum` builds, checks and diffs, says UTKAST in every output, and `--slutlig` refuses it.

mod common;

use common::example_copy::Copy;
use common::{binary, pdf_pages};

/// The example without its approval date: a draft.
fn draft() -> Copy {
    let copy = Copy::new();
    copy.edit(
        &copy.plan().join("plan.toml"),
        "godkant_datum = 2021-12-09\n",
        "",
    );
    copy
}

#[test]
fn a_draft_says_utkast_in_every_output_and_an_approved_plan_nowhere() {
    let copy = draft();
    let built = common::render_plan(&copy.plan(), None).unwrap();
    assert!(
        (built.markdown).contains(
            "# Handlingsplan 2022 för Läkemedelsplan Region Norrbotten\n\n**UTKAST: planen är inte godkänd än.**\n"
        ),
        "{}",
        built.markdown
    );
    assert!(
        built
            .markdown
            .contains("| Godkänt datum | Ej godkänd (utkast) |")
    );
    assert!((built.html).contains(
        "<title>UTKAST: Handlingsplan 2022 för Läkemedelsplan Region Norrbotten</title>"
    ));
    assert!(
        (built.html).contains("</h1>\n<p class=\"draft\">UTKAST: planen är inte godkänd än.</p>")
    );
    let pages = pdf_pages(&built.pdf.bytes);
    // The example's five pages: the areas, the goals' overview, the glossary.
    assert_eq!(pages.len(), 5);
    for (i, page) in pages.iter().enumerate() {
        assert!(
            page.contains("UTKAST – ej godkänd"),
            "page {}: {page}",
            i + 1
        );
    }
    assert!(pages[0].contains("UTKAST: planen är inte godkänd än."));
    assert!(pages[0].contains("Ej godkänd (utkast)"));
    let doc = common::pdf::load(&built.pdf.bytes);
    let xmp = common::pdf::xmp(&doc);
    assert!(
        xmp.contains("UTKAST: Handlingsplan 2022 för Läkemedelsplan Region Norrbotten"),
        "{xmp}"
    );

    let approved = common::render_plan(&common::example_dir(), None).unwrap();
    let pdf_text = pdf_pages(&approved.pdf.bytes).join(" ");
    for text in [&approved.markdown, &approved.html, &pdf_text] {
        assert!(!text.contains("UTKAST"));
        assert!(!text.contains("Ej godkänd"));
    }
}

#[test]
fn slutlig_refuses_a_draft_in_build_and_check_and_writes_nothing() {
    let copy = draft();
    let out = copy.root.path().join("ut");
    let build = binary()
        .current_dir(copy.root.path())
        .args([
            "build",
            "--slutlig",
            "--color",
            "never",
            "norrbotten/2022",
            "-o",
        ])
        .arg(&out)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&build.stderr);
    assert_eq!(build.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("fel: planen är ett utkast: plan.toml har inget godkant_datum, och --slutlig bygger bara godkända planer\n  ┌─ norrbotten/2022/plan.toml:"),
        "{stderr}"
    );
    assert!(
        stderr.contains("tips: skriv dagen då planen godkändes, t.ex. godkant_datum = 2021-12-09"),
        "{stderr}"
    );
    assert!(!out.exists(), "nothing is written");
    let check = binary()
        .current_dir(copy.root.path())
        .args(["check", "--slutlig", "norrbotten/2022"])
        .output()
        .unwrap();
    assert_eq!(check.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&check.stderr).contains("planen är ett utkast"));
    // Without the flag the draft builds; an approved plan builds with it.
    for args in [&["build"][..], &["build", "--slutlig"]] {
        let plan = if args.len() == 1 {
            copy.plan()
        } else {
            common::example_dir()
        };
        let run = binary()
            .args(args)
            .arg(plan)
            .arg("-o")
            .arg(&out)
            .output()
            .unwrap();
        assert!(
            run.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&run.stderr)
        );
    }
}

/// `new` writes a plan for the next period without an approval date: a
/// draft, which checks, builds and diffs against the old one with no edit.
#[test]
fn a_new_period_checks_builds_and_diffs_with_no_edit() {
    let copy = Copy::new();
    let run = |args: &[&str]| {
        let out = binary()
            .current_dir(copy.root.path())
            .args(args)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        (out.status.code(), stderr)
    };
    let (code, stderr) = run(&["new", "2023", "--from", "norrbotten/2022"]);
    assert_eq!(code, Some(0), "{stderr}");
    let (code, stderr) = run(&["check", "norrbotten/2023"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.contains("planen är inte godkänd än"), "{stderr}");
    let (code, stderr) = run(&["build", "norrbotten/2023", "-o", "ut"]);
    assert_eq!(code, Some(0), "{stderr}");
    let md = std::fs::read_to_string(copy.root.path().join("ut/norrbotten-2023.md")).unwrap();
    assert!(
        md.contains("**UTKAST: planen är inte godkänd än.**"),
        "{md}"
    );
    // The new period differs from the old one (exit 1: changes), without an error.
    let (code, stderr) = run(&["diff", "norrbotten/2022", "norrbotten/2023"]);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.is_empty(), "{stderr}");
}

/// A PDF/A must be dated, and a draft has no approval date: it is dated by
/// the newest date its plan states, so the same files give the same bytes
/// and `build --check` of a draft can pass (it was dated "now" before).
#[test]
fn a_draft_builds_the_same_bytes_every_time() {
    let copy = draft();
    let build = |dir: &str, check: bool| {
        let mut cmd = binary();
        cmd.current_dir(copy.root.path())
            .env_remove("SOURCE_DATE_EPOCH")
            .args(["build", "norrbotten/2022", "-o", dir]);
        if check {
            cmd.arg("--check");
        }
        let out = cmd.output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    build("ut1", false);
    // A second later: a date taken from the clock would differ.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    build("ut2", false);
    build("ut1", true);
    let read =
        |dir: &str| std::fs::read(copy.root.path().join(dir).join("norrbotten-2022.pdf")).unwrap();
    assert!(read("ut1") == read("ut2"), "two builds of one draft differ");
    let doc = common::pdf::load(&read("ut1"));
    let xmp = common::pdf::xmp(&doc);
    assert!(xmp.contains("2022-01-01"), "dated by giltig_fran: {xmp}");
}

/// Found by the long property run (seeds 1656013093, 2058012453,
/// 2058013289): a draft was dated by the newest date in the plan, an
/// activity's `status_datum` included, so the end date of an activity the
/// region hides changed the PDF while `diff` rightly showed nothing. A
/// draft is now dated by plan.toml's own dates only.
#[test]
fn the_end_date_of_a_hidden_activity_does_not_change_a_drafts_pdf() {
    let copy = draft();
    let region = copy.region().join("region.toml");
    let text = std::fs::read_to_string(&region).unwrap();
    std::fs::write(&region, text + "\n[status]\nvisa_avslutade = false\n").unwrap();
    let area = copy.area("ekonomiskt-mal");
    copy.edit(
        &area,
        "tid = \"December\"\n",
        "tid = \"December\"\nstatus = \"avslutad\"\nstatus_datum = 2022-06-01\n",
    );
    let before = common::render_plan(&copy.plan(), None).unwrap();
    let old = copy.root.path().join("gammal");
    common::copy_dir(&copy.region(), &old);
    copy.edit(
        &area,
        "status_datum = 2022-06-01",
        "status_datum = 2022-11-30",
    );
    let after = common::render_plan(&copy.plan(), None).unwrap();
    assert!(before.pdf.bytes == after.pdf.bytes, "the PDF changed");
    assert_eq!(before.markdown, after.markdown);
    assert_eq!(before.html, after.html);
    let (code, stdout, stderr) = common::example_copy::diff(&[&old.join("2022"), &copy.plan()]);
    assert_eq!(code, 0, "{stdout}{stderr}");
}
