//! Cross-references between activities (`[](#id)`), tried on a plan in a
//! second region's style (numbering 1.1, titles, other columns): the PDF and
//! the Markdown print each activity's current number, link it to the row,
//! and an unknown id is a located error.

mod common;

use std::path::{Path, PathBuf};

use common::{TempPlan, binary, copy_dir, layout_pages, pdf_pages, render_plan, squash};

/// The test plan with references, in `tests/fixtures/references/`.
fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/references")
}

/// A copy of the fixture's region folder in a temporary folder.
fn copy_of_fixture() -> TempPlan {
    let plan = TempPlan {
        root: tempfile::tempdir().expect("temp dir"),
    };
    copy_dir(&fixture(), &plan.region_dir());
    plan
}

#[test]
fn references_print_the_activities_current_numbers() {
    let built = render_plan(&fixture().join("2026"), None).expect("the fixture builds");
    let pdf = squash(&pdf_pages(&built.pdf.bytes).join(""));
    for expected in [
        "Seävenpunkt1.2och1.3.",
        "sesärskiltpunkt1.2.",
        "(punkt1.1)",
        "(punkt2.1)",
        "Måletföljsuppipunkt2.1.",
        "mättsomipunkt2.1.",
        "målenipunkt1.1och1.2.",
        "Nyaktivitet1.2;punkt1.1förtydligad.",
    ] {
        assert!(
            pdf.contains(&squash(expected)),
            "PDF lacks {expected}: {pdf}"
        );
    }
    let md = &built.markdown;
    for expected in [
        "Se även punkt [1.2](#akt-lakemedelsgenomgangar) och [1.3](#akt-samverkan).",
        "(punkt [2.1](#akt-forskrivningsstatistik))",
        "Målet följs upp i punkt [2.1](#akt-forskrivningsstatistik).",
        "| <a id=\"akt-samverkan\"></a>**1.3** **Samverkan med kommunerna**",
        "<a id=\"akt-forskrivningsstatistik\"></a>**2.1**",
    ] {
        assert!(md.contains(expected), "Markdown lacks {expected}:\n{md}");
    }
}

/// A link in the PDF: the text it is drawn over and where it leads.
#[derive(Debug)]
struct PdfLink {
    page: usize,
    text: String,
    /// The destination page (0-based) and its top, in points from the
    /// page's top edge.
    to_page: usize,
    to_top: f64,
    to_left: f64,
}

/// Every internal link of the PDF, with the laid-out text under it.
fn internal_links(pdf: &[u8], pages: &[common::Page]) -> Vec<PdfLink> {
    let doc = lopdf::Document::load_mem(pdf).expect("the PDF parses");
    let page_ids: Vec<lopdf::ObjectId> = doc.get_pages().into_values().collect();
    let mut links = Vec::new();
    for (index, page_id) in page_ids.iter().enumerate() {
        let height = pages[index].height;
        for annot in doc.get_page_annotations(*page_id).unwrap_or_default() {
            let Ok(dest) = annot.get(b"Dest") else {
                continue;
            };
            let (_, dest) = doc.dereference(dest).expect("destination");
            let dest = dest.as_array().expect("an explicit destination");
            let to_page = page_ids
                .iter()
                .position(|id| dest[0].as_reference().ok() == Some(*id))
                .expect("a page of this PDF");
            let number = |o: &lopdf::Object| o.as_float().map(f64::from).unwrap_or(0.0);
            let rect: Vec<f64> = annot
                .get(b"Rect")
                .and_then(lopdf::Object::as_array)
                .expect("a rectangle")
                .iter()
                .map(number)
                .collect();
            let text: String = pages[index]
                .runs
                .iter()
                .filter(|r| {
                    let baseline = height - r.y;
                    r.x >= rect[0] - 0.5
                        && r.x + r.width <= rect[2] + 0.5
                        && baseline >= rect[1] - 0.5
                        && baseline <= rect[3] + 0.5
                })
                .map(|r| r.text.as_str())
                .collect();
            links.push(PdfLink {
                page: index,
                text,
                to_page,
                to_top: pages[to_page].height - number(&dest[3]),
                to_left: number(&dest[2]),
            });
        }
    }
    links
}

#[test]
fn pdf_references_link_to_the_row_of_the_activity() {
    let dir = fixture().join("2026");
    let built = render_plan(&dir, None).expect("the fixture builds");
    let pages = layout_pages(&dir);
    let links = internal_links(&built.pdf.bytes, &pages);
    let references: Vec<&PdfLink> = links
        .iter()
        .filter(|l| l.text.chars().all(|c| c.is_ascii_digit() || c == '.'))
        .collect();
    // 12 references in the plan; the table of contents links to headings.
    assert_eq!(references.len(), 12, "{links:#?}");
    for link in references {
        // The row's number: the first line of text below the destination's
        // top (a baseline at least half a line below it), at its left edge.
        let target = pages[link.to_page]
            .runs
            .iter()
            .filter(|r| r.y >= link.to_top + r.size / 2.0 && (r.x - link.to_left).abs() < 1.0)
            .min_by(|a, b| (a.y, a.x).partial_cmp(&(b.y, b.x)).unwrap())
            .expect("text at the destination");
        assert_eq!(
            target.text,
            link.text,
            "the link \"{}\" on page {} leads to {target:?}",
            link.text,
            link.page + 1
        );
        assert!(
            target.y - link.to_top < 2.5 * target.size,
            "the destination is right above the number: {link:?} {target:?}"
        );
    }
}

#[test]
fn inserting_an_activity_or_moving_an_area_renumbers_every_reference() {
    let plan = copy_of_fixture();
    let area = plan.region_dir().join("2026/omraden/sakerhet.toml");
    let text = std::fs::read_to_string(&area).unwrap();
    let inserted = text.replacen(
        "[[aktivitet]]",
        "[[aktivitet]]\ntitel = \"Ny först\"\nansvarig = \"Någon\"\nonskad_effekt = \"Något.\"\n\n[[aktivitet]]",
        1,
    );
    std::fs::write(&area, inserted).unwrap();
    let md = plan.render().markdown;
    assert!(
        md.contains("Se även punkt [1.3](#akt-lakemedelsgenomgangar) och [1.4](#akt-samverkan)."),
        "{md}"
    );
    assert!(md.contains("(punkt [1.2](#akt-beredskapslager))"), "{md}");
    assert!(md.contains("<a id=\"akt-samverkan\"></a>**1.4**"), "{md}");

    // The follow-up area first: its activity becomes 1.1, the others 2.x.
    let plan_toml = plan.region_dir().join("2026/plan.toml");
    let text = std::fs::read_to_string(&plan_toml).unwrap();
    let moved = text.replace(
        "omraden = [\"sakerhet\", \"uppfoljning\"]",
        "omraden = [\"uppfoljning\", \"sakerhet\"]",
    );
    std::fs::write(&plan_toml, moved).unwrap();
    let built = plan.render();
    let pdf = squash(&pdf_pages(&built.pdf.bytes).join(""));
    assert!(pdf.contains("(punkt1.1)ärårets"), "{pdf}");
    assert!(pdf.contains("målenipunkt2.2och2.3."), "{pdf}");
    assert!(pdf.contains("Seävenpunkt2.3och2.4."), "{pdf}");
}

/// `check` on the plan in `plan`, run from its temporary folder: (success, stderr).
fn check_in(plan: &TempPlan) -> (bool, String) {
    let out = binary()
        .current_dir(plan.root.path())
        .args(["check", "--color", "never", "region/2026"])
        .output()
        .expect("runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn an_unknown_reference_is_located_with_a_did_you_mean_hint() {
    let plan = copy_of_fixture();
    let area = plan.region_dir().join("2026/omraden/uppfoljning.toml");
    let text = std::fs::read_to_string(&area).unwrap();
    std::fs::write(
        &area,
        text.replace("[](#lakemedelsgenomgangar)", "[](#lakemedelsgenomgang)")
            .replace(
                "Jämförelse med [](#beredskapslager)",
                "Jämförelse med [](#lager-2030)",
            ),
    )
    .unwrap();
    let (ok, stderr) = check_in(&plan);
    assert!(!ok, "{stderr}");
    insta::assert_snapshot!(stderr);
}

#[test]
fn a_reference_in_plain_text_or_with_its_own_text_is_an_error() {
    let plan = copy_of_fixture();
    let area = plan.region_dir().join("2026/omraden/sakerhet.toml");
    let text = std::fs::read_to_string(&area).unwrap();
    std::fs::write(
        &area,
        text.replace(
            "ansvarig = \"Läkemedelsenheten\"",
            "ansvarig = \"Läkemedelsenheten, se [](#samverkan)\"",
        )
        .replace(
            "titel = \"Samverkan med kommunerna\"",
            "titel = \"Samverkan, jfr [](#beredskapslager)\"",
        )
        .replace("[](#samverkan).\"", "[punkt 1.3](#samverkan).\"")
            + "\n[kolumnrubriker]\nkoppling = \"Koppling (se [](#samverkan))\"\n",
    )
    .unwrap();
    let (ok, stderr) = check_in(&plan);
    assert!(!ok, "{stderr}");
    insta::assert_snapshot!(stderr);
}

#[test]
fn the_change_log_stands_where_the_region_places_it() {
    let plan = copy_of_fixture();
    let heading = "## Ändringsförteckning";
    let md = plan.render().markdown;
    let at = |s: &str| md.find(s).unwrap_or_else(|| panic!("{s} in {md}"));
    assert!(at(heading) < at("## Inledning"), "{md}");
    assert!(
        md.contains("| 1.1 | 2026-03-02 | Ny aktivitet [1.2](#akt-lakemedelsgenomgangar); punkt [1.1](#akt-beredskapslager) förtydligad. | Läkemedelskommittén |"),
        "{md}"
    );

    let region = plan.region_dir().join("region.toml");
    let text = std::fs::read_to_string(&region).unwrap();
    std::fs::write(
        &region,
        text.replace(
            "andringsforteckning = \"först\"",
            "andringsforteckning = \"sist\"",
        ),
    )
    .unwrap();
    let built = plan.render();
    let md = built.markdown;
    assert!(
        md.find(heading).unwrap() > md.find("## Information om handlingen").unwrap(),
        "{md}"
    );
    let pages = pdf_pages(&built.pdf.bytes);
    let last = squash(pages.last().unwrap());
    let log = last
        .find("Ändringsförteckning")
        .expect("the log is on the last page");
    assert!(
        log > last.find("Informationomhandlingen").unwrap(),
        "{last}"
    );
    assert!(
        last.contains("ÄndringsförteckningVersionDatumÄndringAv1.020251120Förstaversionen."),
        "{last}"
    );

    std::fs::write(
        &region,
        text.replace(
            "andringsforteckning = \"först\"",
            "andringsforteckning = \"nej\"",
        ),
    )
    .unwrap();
    let built = plan.render();
    assert!(
        !built.markdown.contains("Ändringsförteckning"),
        "{}",
        built.markdown
    );
    assert!(!squash(&pdf_pages(&built.pdf.bytes).join("")).contains("Ändringsförteckning"));
}

/// The fixture with activity 1.3 (`samverkan`) finished and the region
/// hiding finished activities; "Se även punkt [](#lakemedelsgenomgangar)
/// och [](#samverkan)." in 1.1 refers to it.
fn with_a_hidden_activity() -> TempPlan {
    let plan = copy_of_fixture();
    let region = plan.region_dir().join("region.toml");
    let text = std::fs::read_to_string(&region).unwrap();
    std::fs::write(&region, text + "\n[status]\nvisa_avslutade = false\n").unwrap();
    end(&plan, "Samverkan med kommunerna");
    plan
}

/// Marks the fixture's activity titled `title` finished.
fn end(plan: &TempPlan, title: &str) {
    let area = plan.region_dir().join("2026/omraden/sakerhet.toml");
    let text = std::fs::read_to_string(&area).unwrap();
    let line = format!("titel = \"{title}\"");
    let ended = text.replace(
        &line,
        &format!("{line}\nstatus = \"avslutad\"\nstatus_datum = 2026-03-01"),
    );
    assert_ne!(ended, text);
    std::fs::write(&area, ended).unwrap();
}

#[test]
fn a_reference_to_a_hidden_activity_is_a_located_warning_in_check() {
    let plan = with_a_hidden_activity();
    let (ok, stderr) = check_in(&plan);
    assert!(ok, "{stderr}");
    assert!(
        stderr.contains("varning") && stderr.contains("region/2026/omraden/sakerhet.toml:7:"),
        "{stderr}"
    );
    insta::assert_snapshot!(stderr);
}

/// With 1.2 hidden too, 1.3's own text (hidden, never printed) refers to
/// it: that reference is not warned about, the four printed ones are (in
/// 1.1, 2.1 and the change log).
#[test]
fn a_reference_inside_a_hidden_activity_is_not_warned_about() {
    let plan = with_a_hidden_activity();
    end(&plan, "Läkemedelsgenomgångar");
    let (ok, stderr) = check_in(&plan);
    assert!(ok, "{stderr}");
    for expected in [
        "region/2026/plan.toml:30:29",
        "region/2026/omraden/sakerhet.toml:7:81",
        "region/2026/omraden/sakerhet.toml:7:112",
        "region/2026/omraden/uppfoljning.toml:6:93",
    ] {
        assert!(stderr.contains(expected), "missing {expected:?}:\n{stderr}");
    }
    assert!(!stderr.contains("Gemensam rutin"), "{stderr}");
    assert!(
        stderr.ends_with("kontrollerade 1 plan: inga fel, 4 varningar\n"),
        "{stderr}"
    );
}

#[test]
fn a_reference_to_a_hidden_activity_prints_its_number_and_status_without_a_link() {
    let plan = with_a_hidden_activity();
    let out = binary()
        .current_dir(plan.root.path())
        .args(["build", "--color", "never", "region/2026", "-o", "ut"])
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("sakerhet.toml:7:"), "{stderr}");
    let read = |ext: &str| {
        std::fs::read(
            plan.root
                .path()
                .join(format!("ut/exempelland-2026-2027.{ext}")),
        )
    };

    let md = String::from_utf8(read("md").unwrap()).unwrap();
    assert!(
        md.contains("Se även punkt [1.2](#akt-lakemedelsgenomgangar) och 1.3 (avslutad)."),
        "{md}"
    );
    assert!(!md.contains("akt-samverkan"), "{md}");

    let html = String::from_utf8(read("html").unwrap()).unwrap();
    assert!(html.contains("och 1.3 (avslutad)."), "{html}");
    assert!(!html.contains("akt-samverkan"), "{html}");

    let pdf = read("pdf").unwrap();
    let text = squash(&pdf_pages(&pdf).join(""));
    assert!(text.contains("Seävenpunkt1.2och1.3(avslutad)."), "{text}");
    assert!(!text.contains("Samverkanmedkommunerna"), "{text}");
    // The other printed references still link; none to the hidden one
    // (and the one in 1.3's own text is left out with it).
    let pages = layout_pages(&plan.region_dir().join("2026"));
    let links = internal_links(&pdf, &pages);
    let references: Vec<&PdfLink> = (links.iter())
        .filter(|l| l.text.chars().all(|c| c.is_ascii_digit() || c == '.'))
        .collect();
    assert_eq!(references.len(), 10, "{links:#?}");
    assert!(
        links.iter().all(|l| !l.text.contains("avslutad")),
        "{links:#?}"
    );
}
