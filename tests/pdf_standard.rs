//! PDF/UA-1 and PDF/A: what the PDF declares, what its structure holds
//! (headings, tables, artifacts, language, fonts), and the messages when a
//! choice of standards cannot be met.

mod common;

use std::path::Path;

use common::pdf::{self, count};
use common::{REGION, TempPlan, area_with_activities, binary};

fn committed_example() -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("output/norrbotten-2022.pdf");
    std::fs::read(path).expect("the committed example PDF")
}

/// The test region with `extra` lines after `kortnamn`.
fn region_with(extra: &str) -> String {
    REGION.replacen(
        "kortnamn = \"testbotten\"\n",
        &format!("kortnamn = \"testbotten\"\n{extra}\n"),
        1,
    )
}

/// Runs `handlingsplan ARGS…`: (success, stderr).
fn run(args: &[&std::ffi::OsStr]) -> (bool, String) {
    let out = binary().args(args).output().expect("runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_example_declares_pdf_ua_1_and_pdf_a_2a_in_its_xmp_metadata() {
    let doc = pdf::load(&committed_example());
    let xmp = pdf::xmp(&doc);
    for claim in [
        "<pdfaid:part>2</pdfaid:part>",
        "<pdfaid:conformance>A</pdfaid:conformance>",
        "<pdfuaid:part>1</pdfuaid:part>",
    ] {
        assert!(xmp.contains(claim), "{claim} missing from the XMP:\n{xmp}");
    }
    assert!(xmp.contains("Handlingsplan 2022 för Läkemedelsplan Region Norrbotten"));
}

#[test]
fn the_example_shows_its_title_speaks_swedish_and_is_marked_as_tagged() {
    let doc = pdf::load(&committed_example());
    assert_eq!(
        pdf::catalog_value(&doc, &["ViewerPreferences", "DisplayDocTitle"]).as_deref(),
        Some("true"),
        "viewers show the document title, not the file name"
    );
    assert_eq!(
        pdf::catalog_value(&doc, &["Lang"]).as_deref(),
        Some("sv-SE")
    );
    assert_eq!(
        pdf::catalog_value(&doc, &["MarkInfo", "Marked"]).as_deref(),
        Some("true")
    );
}

#[test]
fn the_example_has_real_headings_and_tables_with_header_cells() {
    let doc = pdf::load(&committed_example());
    let tree = pdf::structure(&doc);
    // The headings in order: the table of contents' title, the four
    // sections before the activities and "Aktiviteter" are H1, the four
    // strategy areas H2; then the goals' overview "Mål och aktiviteter"
    // (H1) with its four goals (H2), the first goal's two sub-goals (H3)
    // and each goal's "Indikatorer" one level below the goal; last the
    // glossary (H1).
    let headings: Vec<&str> = (tree.iter())
        .map(|(_, s)| s.as_str())
        .filter(|s| s.strip_prefix('H').is_some_and(|n| n.parse::<u8>().is_ok()))
        .collect();
    let overview = [
        "H1", "H2", "H3", "H3", "H4", "H3", "H4", "H2", "H3", "H2", "H3", "H2", "H3",
    ];
    let expected = [&["H1"; 6][..], &["H2"; 4], &overview, &["H1"]].concat();
    assert_eq!(headings, expected, "{tree:?}");
    // No heading is more than one level below the one before it.
    let levels: Vec<u8> = headings
        .iter()
        .map(|h| h[1..].parse::<u8>().unwrap())
        .collect();
    for pair in levels.windows(2) {
        assert!(pair[1] <= pair[0] + 1, "a level skipped: {headings:?}");
    }
    // Each goal's indicators are a list: six goals, one indicator each.
    assert_eq!(count(&tree, "L"), 6, "{tree:?}");
    assert_eq!(count(&tree, "LI"), 6, "{tree:?}");
    // One table per area, each with a header row of four column headings;
    // then the glossary (Förkortningar): two column headings and a row
    // heading for each of the four abbreviations the plan uses.
    assert_eq!(count(&tree, "Table"), 4 + 1);
    assert_eq!(count(&tree, "THead"), 4);
    assert_eq!(count(&tree, "TH"), 16 + 2 + 4);
    assert!(
        count(&tree, "TD") >= 18 * 4,
        "a cell per column and activity"
    );
    assert_eq!(count(&tree, "Figure"), 0, "the example has no images");
    // A TH sits in a TR in a THead in a Table.
    let th = tree.iter().position(|(_, s)| s == "TH").unwrap();
    let parents: Vec<&str> = tree[..th]
        .iter()
        .rev()
        .scan(tree[th].0, |depth, (d, s)| {
            if *d < *depth {
                *depth = *d;
                Some(Some(s.as_str()))
            } else {
                Some(None)
            }
        })
        .flatten()
        .take(3)
        .collect();
    assert_eq!(parents, ["TR", "THead", "Table"]);
}

#[test]
fn running_headers_and_footers_are_artifacts_on_every_page() {
    let doc = pdf::load(&committed_example());
    let pages = pdf::artifacts(&doc);
    // The example's five pages: the areas, the goals' overview, the glossary.
    assert_eq!(pages.len(), 5);
    for (i, artifacts) in pages.iter().enumerate() {
        let footer = artifacts
            .iter()
            .any(|a| a.contains("/Subtype/Footer") && a.contains("/Type/Pagination"));
        assert!(
            footer,
            "page {}: no footer artifact in {artifacts:?}",
            i + 1
        );
        if i > 0 {
            assert!(
                artifacts.iter().any(|a| a.contains("/Subtype/Header")),
                "page {}: no header artifact",
                i + 1
            );
        }
    }
}

#[test]
fn every_font_is_embedded_and_qpdf_finds_nothing_wrong() {
    let doc = pdf::load(&committed_example());
    assert_eq!(pdf::fonts_not_embedded(&doc), Vec::<String>::new());
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("output/norrbotten-2022.pdf");
    let (clean, output) = pdf::qpdf_check(&path);
    assert!(clean, "qpdf --check:\n{output}");
}

#[test]
fn header_rows_repeated_on_later_pages_are_artifacts_not_more_header_cells() {
    let plan = TempPlan::with(
        &region_with("pdfstandard = [\"ua-1\", \"a-2a\"]"),
        common::PLAN,
        &[("forsta", &area_with_activities(40, "Aktivitet"))],
    );
    let built = plan.render();
    assert!(built.pdf.pages >= 3, "the table runs over several pages");
    let doc = pdf::load(&built.pdf.bytes);
    let tree = pdf::structure(&doc);
    assert_eq!(count(&tree, "TH"), 4, "one header row in the tag tree");
    let pages = pdf::artifacts(&doc);
    for (i, artifacts) in pages.iter().enumerate().skip(1) {
        assert!(
            artifacts.iter().any(|a| a == "<</Type/Pagination>>"),
            "page {}: the repeated header row is not an artifact: {artifacts:?}",
            i + 1
        );
    }
    assert!(
        !pages[0].iter().any(|a| a == "<</Type/Pagination>>"),
        "the first header row is real content"
    );
}

#[test]
fn the_logo_is_a_figure_with_its_alternative_text() {
    let plan = TempPlan::with(
        &format!(
            "{}\n[tema]\nlogotyp = \"logotyp.svg\"\nlogotyp_alttext = \"Region Testbottens logotyp\"\n",
            region_with("pdfstandard = [\"ua-1\", \"a-2a\"]")
        ),
        common::PLAN,
        &[("forsta", common::AREA)],
    );
    plan.write(
        "logotyp.svg",
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#005a8c"/></svg>"##,
    );
    let built = plan.render();
    let doc = pdf::load(&built.pdf.bytes);
    assert_eq!(count(&pdf::structure(&doc), "Figure"), 1);
    let figure_alt = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| d.get(b"S").and_then(|s| s.as_name()).ok() == Some(b"Figure".as_slice()))
        .find_map(|d| lopdf::decode_text_string(d.get(b"Alt").ok()?).ok());
    assert_eq!(figure_alt.as_deref(), Some("Region Testbottens logotyp"));
}

#[test]
fn a_logo_without_alternative_text_is_refused_where_it_is_named() {
    let plan = TempPlan::with(
        &format!("{REGION}\n[tema]\nlogotyp = \"logotyp.svg\"\n"),
        common::PLAN,
        &[("forsta", common::AREA)],
    );
    plan.write("logotyp.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    insta::assert_snapshot!(plan.problems());
}

#[test]
fn an_unknown_standard_in_region_toml_is_a_located_error_with_typsts_list() {
    let plan = TempPlan::with(
        &region_with("pdfstandard = [\"ua-1\", \"pdf/a-2a\"]"),
        common::PLAN,
        &[("forsta", common::AREA)],
    );
    insta::assert_snapshot!(plan.problems());
}

#[test]
fn pdf_ua_1_with_pdf_a_1_or_pdf_a_4_is_refused_at_the_region_key() {
    for (pair, why) in [
        (
            "\"ua-1\", \"a-4\"",
            "PDF/UA-1 requires a version between PDF 1.4 and PDF 1.7",
        ),
        ("\"a-1b\", \"ua-1\"", "PDF/UA-1 kräver PDF 1.7"),
        ("\"a-2b\", \"a-3b\"", "choose at most one PDF/A standard"),
    ] {
        let plan = TempPlan::with(
            &region_with(&format!("pdfstandard = [{pair}]")),
            common::PLAN,
            &[("forsta", common::AREA)],
        );
        let problems = plan.problems();
        assert!(problems.contains("en PDF-fil kan inte följa"), "{problems}");
        assert!(problems.contains(why), "{pair}: {problems}");
        assert!(
            problems.contains(&format!("pdfstandard = [{pair}]")),
            "quotes the key: {problems}"
        );
    }
}

#[test]
fn pdf_standard_flag_overrides_the_region_and_is_checked_by_build_and_check() {
    let plan = TempPlan::with(
        &region_with("pdfstandard = [\"ua-1\", \"a-2a\"]"),
        common::PLAN,
        &[("forsta", common::AREA)],
    );
    let out = plan.root.path().join("ut");
    let dir = plan.plan_dir();
    let (ok, stderr) = run(&[
        "build".as_ref(),
        dir.as_os_str(),
        "-o".as_ref(),
        out.as_os_str(),
        "--pdf-standard".as_ref(),
        "a-3b".as_ref(),
    ]);
    assert!(ok, "{stderr}");
    let doc = pdf::load(&std::fs::read(out.join("testbotten-2026.pdf")).unwrap());
    let xmp = pdf::xmp(&doc);
    assert!(xmp.contains("<pdfaid:part>3</pdfaid:part>"), "{xmp}");
    assert!(
        !xmp.contains("pdfuaid:part"),
        "the flag replaces the region's choice"
    );

    for command in ["build", "check"] {
        let (ok, stderr) = run(&[
            command.as_ref(),
            dir.as_os_str(),
            "--pdf-standard".as_ref(),
            "ua-1,a-4".as_ref(),
        ]);
        assert!(!ok, "{command} refuses ua-1 with a-4");
        assert!(
            stderr.contains("--pdf-standard: en PDF-fil kan inte följa ua-1, a-4 samtidigt"),
            "{stderr}"
        );
        assert!(!stderr.contains("panicked"), "{stderr}");
        let (ok, stderr) = run(&[
            command.as_ref(),
            dir.as_os_str(),
            "--pdf-standard".as_ref(),
            "pdfa".as_ref(),
        ]);
        assert!(!ok);
        assert!(
            stderr.contains("\"pdfa\" är ingen PDF-standard") && stderr.contains("ua-1"),
            "{stderr}"
        );
    }
    // The same refusals in English, with --lang en.
    let (ok, stderr) = run(&[
        "--lang".as_ref(),
        "en".as_ref(),
        "check".as_ref(),
        dir.as_os_str(),
        "--pdf-standard".as_ref(),
        "ua-1,a-4".as_ref(),
    ]);
    assert!(!ok);
    assert!(
        stderr.contains("--pdf-standard: one PDF cannot conform to ua-1, a-4"),
        "{stderr}"
    );
    assert!(
        stderr.contains("hint: declare at most one PDF/A part"),
        "{stderr}"
    );
}

#[test]
fn a_standards_violation_typst_finds_while_writing_is_a_located_error_check_finds_too() {
    // A region template with an image without alternative text: PDF/UA-1
    // forbids it, and typst notices only as it writes the PDF.
    let plan = TempPlan::with(
        &format!(
            "{}\n[tema]\nlogotyp = \"logotyp.svg\"\nlogotyp_alttext = \"Logotyp\"\n",
            region_with("pdfstandard = [\"ua-1\"]")
        ),
        common::PLAN,
        &[("forsta", common::AREA)],
    );
    plan.write(
        "logotyp.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>",
    );
    plan.write(
        "templates/plan.typ",
        "#let doc = json(\"data.json\")\n#set document(title: doc.title)\n#set text(lang: \"sv\")\n#image(doc.theme.logo)\n",
    );
    let (ok, stderr) = common::check(&plan.plan_dir());
    assert!(!ok, "check finds what build would reject");
    let stderr = stderr.replace(&plan.region_dir().display().to_string(), "[plan]");
    assert!(stderr.contains("PDF/UA-1 error"), "{stderr}");
    assert!(stderr.contains("[plan]/templates/plan.typ:4:2"), "{stderr}");
    assert!(
        stderr.contains("PDF-filen anger ua-1 (`pdfstandard` i region.toml)"),
        "{stderr}"
    );
    assert!(stderr.contains("standarderna anges här"), "{stderr}");
}

#[test]
fn attaching_sources_to_pdf_a_2_is_refused_at_the_key() {
    let plan = TempPlan::with(
        &region_with("pdfstandard = [\"ua-1\", \"a-2a\"]\nbifoga_kallfiler = true"),
        common::PLAN,
        &[("forsta", common::AREA)],
    );
    insta::assert_snapshot!(plan.problems());
}

#[test]
fn an_independent_pdf_ua_checker_finds_nothing_in_the_example() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("output/norrbotten-2022.pdf");
    pdf::pdfua_passes(&path);
}

/// The PDF/A part and conformance and the PDF/UA part a PDF's XMP declares.
fn declared(bytes: &[u8]) -> (Option<String>, Option<String>) {
    let xmp = pdf::xmp(&pdf::load(bytes));
    let between = |open: &str, close: &str| {
        let start = xmp.find(open)? + open.len();
        Some(xmp[start..start + xmp[start..].find(close)?].to_owned())
    };
    let archival = between("<pdfaid:part>", "</pdfaid:part>").map(|part| {
        part + &between("<pdfaid:conformance>", "</pdfaid:conformance>")
            .unwrap_or_default()
            .to_lowercase()
    });
    (archival, between("<pdfuaid:part>", "</pdfuaid:part>"))
}

#[test]
fn a_region_that_says_nothing_gets_pdf_ua_1_with_pdf_a_2a_and_passes_the_checkers() {
    assert!(!REGION.contains("pdfstandard"));
    let plan = TempPlan::with(
        REGION,
        common::PLAN,
        &[("forsta", &area_with_activities(30, "Aktivitet"))],
    );
    let built = plan.render();
    assert_eq!(
        declared(&built.pdf.bytes),
        (Some("2a".into()), Some("1".into()))
    );
    let path = plan.region_dir().join("byggd.pdf");
    std::fs::write(&path, &built.pdf.bytes).unwrap();
    let (clean, output) = pdf::qpdf_check(&path);
    assert!(clean, "qpdf --check:\n{output}");
    pdf::pdfua_passes(&path);
}

#[test]
fn a_region_attaching_its_sources_gets_pdf_a_3a_by_default() {
    let plan = TempPlan::with(
        &region_with("bifoga_kallfiler = true"),
        common::PLAN,
        &[("forsta", common::AREA)],
    );
    let built = plan.render();
    assert_eq!(
        declared(&built.pdf.bytes),
        (Some("3a".into()), Some("1".into()))
    );
}

#[test]
fn an_empty_pdfstandard_opts_out_of_every_standard() {
    let plan = TempPlan::with(
        &region_with("pdfstandard = []"),
        common::PLAN,
        &[("forsta", common::AREA)],
    );
    assert_eq!(declared(&plan.render().pdf.bytes), (None, None));
}

#[test]
fn headings_written_in_markdown_are_real_headings_one_level_below_their_part() {
    let plan = common::PLAN.to_owned()
        + "\n[[avsnitt]]\nrubrik = \"Bakgrund\"\ntext = \"\"\"\nFörst ett stycke.\n\n# Historik\n\nText.\n\n#### Detalj\n\nMer text.\n\"\"\"\n";
    let area = common::AREA.replacen(
        "rubrik = \"Första området\"\n",
        "rubrik = \"Första området\"\ninledning = \"\"\"\n## Mål\n\nMålet.\n\"\"\"\n",
        1,
    );
    let plan = TempPlan::with(&region_with(""), &plan, &[("forsta", &area)]);
    let tree = pdf::structure(&pdf::load(&plan.render().pdf.bytes));
    let headings: Vec<&str> = tree
        .iter()
        .map(|(_, s)| s.as_str())
        .filter(|s| s.len() == 2 && s.starts_with('H'))
        .collect();
    // Sections are H1 and the area H2: "Historik" under a section is H2,
    // "Detalj" (written ####) the next level, H3, and "Mål" in the area's
    // introduction H3.
    assert_eq!(
        headings,
        ["H1", "H1", "H1", "H2", "H3", "H1", "H2", "H3"],
        "{tree:?}"
    );
    // They are not in the table of contents: it lists the two sections,
    // the activities heading and the area.
    assert_eq!(count(&tree, "TOCI"), 4, "{tree:?}");
}

#[test]
fn links_are_tagged_with_their_text_and_described() {
    let plan = common::PLAN.replacen(
        "text = \"Att pröva verktyget.\"",
        "text = \"Läs [Läkemedelsverkets föreskrifter](https://www.lakemedelsverket.se/sv/lagar-och-regler) först.\"",
        1,
    );
    let plan = TempPlan::with(
        &region_with("pdfstandard = [\"ua-1\", \"a-2a\"]"),
        &plan,
        &[("forsta", common::AREA)],
    );
    let doc = pdf::load(&plan.render().pdf.bytes);
    // The annotation's description (/Contents) is the address, as typst
    // writes it; every link, also those of the table of contents, has one.
    let links = pdf::links(&doc);
    let url = "https://www.lakemedelsverket.se/sv/lagar-och-regler";
    let out: Vec<_> = links.iter().filter(|(uri, _)| uri.is_some()).collect();
    assert_eq!(
        out,
        [&(Some(url.to_owned()), Some(url.to_owned()))],
        "{links:?}"
    );
    assert!(
        links
            .iter()
            .all(|(_, c)| c.as_deref().is_some_and(|c| !c.trim().is_empty())),
        "{links:?}"
    );
    // Each Link element holds both its visible text and its annotation, so
    // a screen reader reads "Läkemedelsverkets föreskrifter" as the link.
    let elements = pdf::link_elements(&doc);
    assert_eq!(elements.len(), links.len());
    assert!(elements.iter().all(|&e| e == (true, true)), "{elements:?}");
    let text = common::pdf_pages(&plan.render().pdf.bytes).join(" ");
    assert!(text.contains("Läkemedelsverkets föreskrifter"));
}
