//! The bundled Norrbotten 2022 plan: complete, round-tripped, committed up to date.

mod common;

use std::path::Path;

use common::markdown::markdown_visible_text;
use common::{example_dir, pdf_pages, render_plan, squash};
use handlingsplan::load::load;
use handlingsplan::model::FieldValue;

fn field_texts(value: &FieldValue) -> Vec<String> {
    match value {
        FieldValue::Lines(lines) => lines.clone(),
        FieldValue::Rich(rich) => vec![rich.plain_text()],
    }
}

/// Every text, ansvarig, tid and rapportering of every activity, as loaded.
fn all_activity_strings() -> Vec<String> {
    let loaded = load(&example_dir()).expect("example loads");
    let mut out = Vec::new();
    for area in &loaded.plan.areas {
        out.push(area.title.clone());
        if let Some(intro) = &area.intro {
            out.push(intro.plain_text());
        }
        for activity in &area.activities {
            if let Some(text) = &activity.text {
                out.push(text.plain_text());
            }
            for value in activity.fields.values() {
                out.extend(field_texts(value));
            }
            for part in &activity.parts {
                out.push(part.text.plain_text());
                for value in part.fields.values() {
                    out.extend(field_texts(value));
                }
            }
        }
    }
    out
}

#[test]
fn example_has_the_seed_plans_structure() {
    let loaded = load(&example_dir()).expect("example loads");
    let plan = &loaded.plan;
    let counts: Vec<usize> = plan.areas.iter().map(|a| a.activities.len()).collect();
    assert_eq!(counts, vec![10, 3, 3, 2], "four areas with 18 activities");
    let titles: Vec<&str> = plan.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Lagrum och styrande förutsättningar",
            "Syfte",
            "Omfattning",
            "Inledning"
        ]
    );
    // Activity 2 of the first area has two parts with their own ansvarig and tid.
    let two = &plan.areas[0].activities[1];
    assert_eq!(two.parts.len(), 2);
    assert_eq!(
        two.parts[1].fields["ansvarig"],
        FieldValue::Lines(vec!["Funktionsområde Läkemedel, Vårdsäkerhet".into()])
    );
    assert_eq!(
        two.parts[1].fields["tid"],
        FieldValue::Lines(vec!["Löpande".into()])
    );
    assert!(
        plan.areas[3]
            .intro
            .as_ref()
            .unwrap()
            .plain_text()
            .contains("högst 300 kr")
    );
    assert_eq!(
        plan.meta.dokument_id.as_deref(),
        Some("ARBGRP824-1979110336-92")
    );
}

#[test]
fn every_activity_field_appears_in_the_pdf_and_the_markdown() {
    let built = render_plan(&example_dir(), None).expect("example renders");
    let pdf = squash(&pdf_pages(&built.pdf.bytes).concat());
    let markdown = squash(&markdown_visible_text(&built.markdown));
    let strings = all_activity_strings();
    assert!(strings.len() > 60, "the example has many fields");
    for s in strings {
        assert!(pdf.contains(&squash(&s)), "missing from the PDF: {s}");
        assert!(
            markdown.contains(&squash(&s)),
            "missing from the Markdown: {s}"
        );
    }
}

#[test]
fn numbers_are_generated_in_order() {
    let built = render_plan(&example_dir(), None).expect("example renders");
    let pdf = squash(&pdf_pages(&built.pdf.bytes).concat());
    assert!(pdf.contains(&squash("10. Budgetuppföljning tertialvis")));
    assert!(pdf.contains(&squash("3. Dosdispenserade läkemedel")));
    assert!(built.markdown.contains(
        "| <a id=\"akt-budgetuppfoljning-tertialvis\"></a>**2.** Uppföljning tertialvis"
    ));
}

#[test]
fn every_page_has_the_running_footer() {
    let built = render_plan(&example_dir(), None).expect("example renders");
    let pages = pdf_pages(&built.pdf.bytes);
    assert_eq!(pages.len(), built.pdf.pages);
    for (i, page) in pages.iter().enumerate() {
        let footer = format!("Sida {} av {}", i + 1, pages.len());
        assert!(page.contains(&footer), "page {} lacks «{footer}»", i + 1);
        assert!(page.contains("ARBGRP824-1979110336-92 · Version 1.0"));
    }
}

/// Every word of the seed plan's content (the text of the real PDF) is in ours.
#[test]
fn every_word_of_the_seed_plan_is_in_the_pdf() {
    let seed =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds/000_af8c00c0855558f3.txt");
    let Ok(seed) = std::fs::read_to_string(&seed) else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must have the seed plan beside the repository at {}",
            seed.display()
        );
        eprintln!("skipped: the seed plan (../shared/seeds) is not beside this checkout");
        return;
    };
    let built = render_plan(&example_dir(), None).expect("example renders");
    let pdf = squash(&pdf_pages(&built.pdf.bytes).concat());
    // Undo the seed's line-end hyphenation, then check word by word.
    let joined = seed.replace("-\n\n", "").replace("-\n", "");
    let mut missing = Vec::new();
    for word in joined.split_whitespace() {
        let word = word.trim_matches(|c: char| ",.:()".contains(c));
        if word.is_empty() || word.chars().all(|c| c.is_ascii_digit() || c == '.') {
            continue;
        }
        if !pdf.contains(&squash(word)) {
            missing.push(word.to_owned());
        }
    }
    // The seed's header labels are upper-case in the PDF; all else must match.
    missing.retain(|w| !pdf.to_lowercase().contains(&squash(w).to_lowercase()));
    assert!(
        missing.is_empty(),
        "seed words missing from the PDF: {missing:?}"
    );
}

#[test]
fn committed_output_is_up_to_date() {
    let built = render_plan(&example_dir(), None).expect("example renders");
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("output");
    let md =
        std::fs::read_to_string(out.join("norrbotten-2022.md")).expect("output/ has the Markdown");
    let pdf = std::fs::read(out.join("norrbotten-2022.pdf")).expect("output/ has the PDF");
    assert!(
        md == built.markdown,
        "output/norrbotten-2022.md is stale: run the build command in README.md"
    );
    assert!(
        pdf == built.pdf.bytes,
        "output/norrbotten-2022.pdf is stale: run the build command in README.md"
    );
    let html =
        std::fs::read_to_string(out.join("norrbotten-2022.html")).expect("output/ has the HTML");
    assert!(
        html == built.html,
        "output/norrbotten-2022.html is stale: run the build command in README.md"
    );
}

#[test]
fn pdf_metadata_names_title_author_language_and_keywords() {
    let built = render_plan(&example_dir(), None).expect("example renders");
    let bytes = String::from_utf8_lossy(&built.pdf.bytes).into_owned();
    // typst writes the metadata as XMP (uncompressed XML) and the catalog's /Lang.
    assert!(bytes.contains("Handlingsplan 2022 för Läkemedelsplan Region Norrbotten"));
    assert!(
        bytes.contains("<rdf:li>Region Norrbotten</rdf:li>"),
        "author"
    );
    assert!(bytes.contains("läkemedelsplan"), "keywords");
    assert!(
        bytes.contains("/Lang (sv") || bytes.contains("/Lang(sv"),
        "language sv"
    );
}

/// The example's follow-up report and one body's view are committed beside
/// the plan's outputs, so that every feature shows there: they are what
/// the commands make now.
#[test]
fn committed_report_and_body_view_are_up_to_date() {
    let committed = Path::new(env!("CARGO_MANIFEST_DIR")).join("output");
    let commands: [(&[&str], &str); 2] = [
        (
            &["uppfoljning", "rapport", "plans/norrbotten/2022"],
            "norrbotten-2022-uppfoljning-2022-12",
        ),
        (
            &[
                "ansvar",
                "plans/norrbotten/2022",
                "--organ",
                "LSG Läkemedel",
            ],
            "norrbotten-2022-ansvar-lsg-lakemedel",
        ),
    ];
    for (args, stem) in commands {
        let out = tempfile::tempdir().unwrap();
        common::binary()
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .args(args)
            .arg("-o")
            .arg(out.path())
            .assert()
            .success();
        for extension in ["pdf", "md", "html"] {
            let name = format!("{stem}.{extension}");
            let made = std::fs::read(out.path().join(&name)).unwrap();
            let kept = std::fs::read(committed.join(&name)).unwrap_or_else(|_| {
                panic!("output/ has {name}: run handlingsplan {}", args.join(" "))
            });
            assert!(
                made == kept,
                "output/{name} is stale: run handlingsplan {} (README.md, The example)",
                args.join(" ")
            );
        }
    }
}
