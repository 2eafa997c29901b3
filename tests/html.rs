//! The HTML version's structure without a browser: one page, one h1, headings without gaps, labelled tables, nothing loaded or run, a region's own template escaped too.

mod common;

use common::{PLAN, REGION, TempPlan, example_dir, render_plan};

/// The levels of the page's headings, in order.
fn heading_levels(html: &str) -> Vec<u8> {
    html.match_indices("<h")
        .filter_map(|(at, _)| {
            let level = html.as_bytes().get(at + 2)?;
            let next = html.as_bytes().get(at + 3)?;
            (level.is_ascii_digit() && matches!(next, b'>' | b' ')).then_some(level - b'0')
        })
        .collect()
}

/// The structure the accessibility of the page rests on.
fn assert_accessible_structure(html: &str) {
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"sv\">"));
    let levels = heading_levels(html);
    assert_eq!(levels.iter().filter(|l| **l == 1).count(), 1, "one h1");
    assert_eq!(levels[0], 1, "the h1 comes first: {levels:?}");
    for pair in levels.windows(2) {
        assert!(pair[1] <= pair[0] + 1, "a gap in the headings: {levels:?}");
    }
    let skip = html
        .find("<a class=\"skip\" href=\"#main\">")
        .expect("a skip link");
    assert!(
        skip < html.find("<h1>").unwrap(),
        "the skip link comes first"
    );
    assert!(html.contains("<main id=\"main\""));
    let tables = html.matches("<table").count();
    assert_eq!(
        html.matches("<caption").count(),
        tables,
        "every table has a caption"
    );
    assert_eq!(
        html.matches("<th>").count() + html.matches("<th ").count(),
        html.matches("<th scope=\"col\">").count() + html.matches("<th scope=\"row\">").count(),
        "every header cell has its scope"
    );
    assert!(html.contains("@media print"), "a print style sheet");
    assert!(html.contains("@media (max-width: 40rem)"), "a phone layout");
    // Self-contained and without scripts.
    assert!(!html.contains("<script"), "no script");
    assert!(!html.contains("<link"), "no linked files");
    for attribute in ["src=\"", "href=\""] {
        for (at, _) in html.match_indices(attribute) {
            let value = &html[at + attribute.len()..];
            assert!(
                ["data:image/", "#", "https://", "http://", "mailto:"]
                    .iter()
                    .any(|p| value.starts_with(p)),
                "{attribute}{:.40}",
                value
            );
            if attribute == "src=\"" {
                assert!(
                    value.starts_with("data:image/"),
                    "images are inside the page"
                );
            }
        }
    }
}

#[test]
fn the_example_page_is_structured_for_assistive_technology() {
    let html = render_plan(&example_dir(), None).unwrap().html;
    assert_accessible_structure(&html);
    assert!(
        html.contains("<title>Handlingsplan 2022 för Läkemedelsplan Region Norrbotten</title>")
    );
    assert!(html.contains("<h1>Handlingsplan 2022 för Läkemedelsplan Region Norrbotten</h1>"));
    // The table of contents leads to every area.
    for i in 1..=4 {
        assert!(html.contains(&format!("<a href=\"#omrade-{i}\">")));
        assert!(html.contains(&format!("<h3 id=\"omrade-{i}\">")));
    }
    // Activities keep their ids as anchors; the accent colour is the region's.
    assert!(html.contains("<tbody id=\"akt-lakemedelsgenomgangar\">"));
    assert!(html.contains("--accent: #005a8c;"));
    assert!(html.contains("<th scope=\"col\">Aktivitet/Mål</th>"));
    assert!(html.contains("<td rowspan=\"2\" data-label=\"Rapportering\">"));
}

#[test]
fn headings_written_in_prose_fit_below_their_section() {
    let plan_toml = PLAN.replace(
        "text = \"Att pröva verktyget.\"",
        "text = \"\"\"\n#### Djupt\n\nText.\n\n# Högt\n\n### Under\n\nMer text.\n\"\"\"",
    );
    let plan = TempPlan::with(REGION, &plan_toml, &[("forsta", common::AREA)]);
    let html = render_plan(&plan.plan_dir(), None).unwrap().html;
    assert!(
        html.contains("<h3>Djupt</h3><p>Text.</p><h3>Högt</h3><h4>Under</h4>"),
        "{html}"
    );
    assert_accessible_structure(&html);
}

#[test]
fn a_logo_is_inside_the_page_with_its_alternative_text() {
    let plan = TempPlan::new();
    let region = std::fs::read_to_string(plan.region_dir().join("region.toml")).unwrap();
    plan.write(
        "region.toml",
        &format!(
            "{region}\n[tema]\nlogotyp = \"logo.png\"\nlogotyp_alttext = \"Region Testbottens logotyp\"\n"
        ),
    );
    // The smallest PNG: one transparent pixel.
    let png = [
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44,
        0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f,
        0x15, 0xc4, 0x89, 0x00, 0x00, 0x00, 0x0b, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0x60,
        0x00, 0x02, 0x00, 0x00, 0x05, 0x00, 0x01, 0x7a, 0x5e, 0xab, 0x3f, 0x00, 0x00, 0x00, 0x00,
        0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
    ];
    plan.write_bytes("logo.png", &png);
    let html = plan.render().html;
    assert!(
        html.contains("<img class=\"logo\" src=\"data:image/png;base64,iVBORw0KGgo"),
        "{html:.3000}"
    );
    assert!(html.contains("alt=\"Region Testbottens logotyp\">"));
    assert_accessible_structure(&html);
}

#[test]
fn building_twice_gives_the_same_page() {
    let plan = TempPlan::new();
    assert_eq!(plan.render().html, plan.render().html);
}

#[test]
fn a_regions_own_template_replaces_the_built_in_one_and_still_escapes() {
    let plan = TempPlan::with(
        REGION,
        &PLAN.replace("Handlingsplan 2026", "<b>Plan</b> & \\\"mer\\\""),
        &[("forsta", common::AREA)],
    );
    plan.write(
        "templates/plan.html.j2",
        "<h1>{{ title }}</h1><p title=\"{{ title }}\">{{ organisation }}</p>",
    );
    let html = plan.render().html;
    assert_eq!(
        html,
        "<h1>&lt;b&gt;Plan&lt;&#x2f;b&gt; &amp; &quot;mer&quot;</h1>\
         <p title=\"&lt;b&gt;Plan&lt;&#x2f;b&gt; &amp; &quot;mer&quot;\">Region Testbotten</p>\n"
    );
}

#[test]
fn a_broken_html_template_is_reported_with_its_line() {
    let plan = TempPlan::new();
    plan.write(
        "templates/plan.html.j2",
        "<h1>{{ title }}</h1>\n{% for x in %}\n",
    );
    let problems = plan.problems();
    assert!(
        problems.contains("mallen för HTML går inte att tolka"),
        "{problems}"
    );
    assert!(problems.contains("plan.html.j2:2:"), "{problems}");
    assert!(problems.contains("regionens mall"), "{problems}");
}
