//! Rendering behaviour: long tables, parts, numbering styles, hostile text, determinism.

mod common;

use common::markdown::markdown_visible_text;
use common::{AREA, HOSTILE, PLAN, REGION, TEXT_AREA, TempPlan, pdf_pages, squash};

/// An area with `n` activities of some length, enough to span pages.
fn long_area(n: usize) -> String {
    let mut area = String::from("rubrik = \"Långt område\"\n");
    for i in 1..=n {
        area.push_str(&format!(
            "\n[[aktivitet]]\ntext = \"Aktivitet nummer {i} som beskrivs med en mening som är lång nog att ta två rader i tabellen.\"\nansvarig = [\"Verksamhetscheferna\", \"Läkemedelskommittén\"]\ntid = \"December\"\nrapportering = [\"LSG Läkemedel\", \"Kunskapsstyrningsrådet\"]\n"
        ));
    }
    area
}

#[test]
fn long_tables_repeat_their_header_row_on_every_page() {
    let plan = TempPlan::with(REGION, PLAN, &[("forsta", &long_area(60))]);
    let built = plan.render();
    let pages = pdf_pages(&built.pdf.bytes);
    assert!(pages.len() >= 3, "60 activities span several pages");
    let table_pages: Vec<&String> = pages
        .iter()
        .filter(|p| p.contains("Aktivitet nummer"))
        .collect();
    assert!(table_pages.len() >= 3);
    for page in table_pages {
        assert!(
            squash(page).contains(&squash("Aktivitet Ansvarig Tid Rapportering")),
            "a page of the table lacks the header row:\n{page}"
        );
    }
}

#[test]
fn rows_are_never_split_across_pages() {
    let plan = TempPlan::with(REGION, PLAN, &[("forsta", &long_area(60))]);
    let pages = pdf_pages(&plan.render().pdf.bytes);
    // Each activity's text and its last column are on the same page.
    for i in 1..=60 {
        let marker = squash(&format!("{i}. Aktivitet nummer {i} som"));
        let page = pages
            .iter()
            .find(|p| squash(p).contains(&marker))
            .unwrap_or_else(|| panic!("activity {i} is missing"));
        let squashed = squash(page);
        let start = squashed.find(&marker).unwrap();
        assert!(
            squashed[start..].contains("tabellen."),
            "activity {i} continues on the next page"
        );
    }
}

#[test]
fn area_dot_activity_numbering_numbers_areas_and_activities() {
    let region = REGION.replace(
        "kortnamn = \"testbotten\"",
        "kortnamn = \"testbotten\"\nnumrering = \"1.1\"",
    );
    let plan_toml = PLAN.replace(
        "omraden = [\"forsta\"]",
        "omraden = [\"forsta\", \"andra\"]",
    );
    let second = AREA
        .replace("Första området", "Andra området")
        .replace("forsta-aktiviteten", "andra-aktiviteten");
    let plan = TempPlan::with(&region, &plan_toml, &[("forsta", AREA), ("andra", &second)]);
    let built = plan.render();
    assert!(built.markdown.contains("### 2 Andra området"));
    assert!(
        built
            .markdown
            .contains("| <a id=\"akt-andra-aktiviteten\"></a>**2.1** Göra något viktigt.")
    );
    let pdf = squash(&pdf_pages(&built.pdf.bytes).concat());
    assert!(pdf.contains(&squash("2.1 Göra något viktigt.")));
    assert!(pdf.contains(&squash("2 Andra området")));
}

#[test]
fn other_regions_columns_titles_and_years_render() {
    let region = r##"
organisation = "Region Annan"
numrering = "1.1"

[[kolumn]]
falt = "text"
rubrik = "Aktiviteter"
bredd = 3

[[kolumn]]
falt = "ansvarig"
rubrik = "Huvudansvarig för aktiviteten"
bredd = 2

[[kolumn]]
falt = "onskad_effekt"
rubrik = "Önskad effekt"
bredd = 2

[[kolumn]]
falt = "koppling"
rubrik = "Koppling till andra strategier och planer"
bredd = 2
obligatorisk = false

[metadata]
placering = "sist"
falt = ["handlingstyp", "galler_for", "innehallsansvar", "godkand_av", "dokument_id", "version", "giltig_fran", "giltig_till"]
"##;
    let plan_toml = r##"
titel = "Handlingsplan 2026–2027"
period = "2026–2027"
handlingstyp = "Handlingsplan"
galler_for = "Hela regionen"
innehallsansvar = "Läkemedelsstrateg"
godkand_av = "Regionstyrelsen"
dokument_id = "RA-7"
version = "2"
giltig_fran = 2026-01-01
giltig_till = 2027-12-31
omraden = ["omrade"]
"##;
    let area = r##"
rubrik = "Kunskapsstyrning"

[[aktivitet]]
titel = "Uppföljning av förskrivning"
text = "Förskrivningen följs upp *kvartalsvis* per vårdcentral."
ansvarig = "Läkemedelskommittén"
onskad_effekt = "Färre **olämpliga** förskrivningar."
koppling = ["Läkemedelsplan 2024–2027", "Regionplan"]

[aktivitet.per_ar]
2026 = "Verktyget införs."
2027 = "Uppföljningen utvärderas."
"##;
    let plan = TempPlan::with(region, plan_toml, &[("omrade", area)]);
    let built = plan.render();
    assert_eq!(built.stem, "region-2026-2027");
    let md = &built.markdown;
    assert!(md.contains("| Aktiviteter | Huvudansvarig för aktiviteten | Önskad effekt | Koppling till andra strategier och planer |"));
    assert!(md.contains("**1.1** **Uppföljning av förskrivning**<br>*Förskrivningen följs upp *kvartalsvis* per vårdcentral.*"));
    assert!(md.contains("**2026:** Verktyget införs.<br>**2027:** Uppföljningen utvärderas."));
    assert!(md.contains("Färre **olämpliga** förskrivningar."));
    // The metadata block comes last, as an information block.
    let info = md
        .find("## Information om handlingen")
        .expect("information block");
    assert!(info > md.find("Kunskapsstyrning").unwrap());
    assert!(md[info..].contains("| Giltig till | 2027-12-31 |"));
    let pdf = squash(&pdf_pages(&built.pdf.bytes).concat());
    for s in [
        "Önskad effekt",
        "Uppföljning av förskrivning",
        "2027: Uppföljningen utvärderas.",
        "Information om handlingen",
        "Läkemedelsplan 2024–2027",
    ] {
        assert!(pdf.contains(&squash(s)), "PDF lacks {s}");
    }
}

#[test]
fn hostile_strings_print_literally_and_run_nothing() {
    let esc = |s: &str| s.replace('\\', "\\\\").replace('"', "\\\"");
    // Markdown fields get the characters backslash-escaped, as an author
    // who wants them literal writes them; plain fields take them as they are.
    let md_escape = |s: &str| {
        let mut out = String::new();
        for c in s.chars() {
            if "\\`*_[]<>#!".contains(c) {
                out.push('\\');
            }
            out.push(c);
        }
        out
    };
    let mut area = String::from("rubrik = \"Område #{1+1} | $x$\"\n");
    for (i, s) in HOSTILE.iter().enumerate() {
        area.push_str(&format!(
            "\n[[aktivitet]]\nid = \"a{i}\"\ntext = \"{}\"\nansvarig = \"{}\"\ntid = \"{}\"\nrapportering = [\"{}\"]\n",
            esc(&md_escape(s)),
            esc(s),
            esc(s),
            esc(s)
        ));
    }
    let plan_toml = PLAN
        .replace("Handlingsplan 2026", &format!("Plan {}", esc(HOSTILE[0])))
        .replace("\"TEST-1\"", &format!("\"{}\"", esc(HOSTILE[4])));
    let plan = TempPlan::with(REGION, &plan_toml, &[("forsta", &area)]);
    let built = plan.render();

    let pdf = pdf_pages(&built.pdf.bytes).concat();
    let pdf_squashed = squash(&pdf);
    let md_visible = squash(&markdown_visible_text(&built.markdown));
    for s in HOSTILE {
        let count_pdf = pdf_squashed.matches(&squash(s)).count();
        let count_md = md_visible.matches(&squash(s)).count();
        // text, ansvarig, tid and rapportering: four times each (more for those reused in title and metadata).
        assert!(
            count_pdf >= 4,
            "«{s}» appears {count_pdf} times in the PDF, expected 4"
        );
        assert!(
            count_md >= 4,
            "«{s}» appears {count_md} times in the Markdown, expected 4"
        );
    }
    assert!(pdf_squashed.contains(&squash("Område #{1+1} | $x$")));
    assert!(!pdf.contains("root:x:0:0"), "no file was read into the PDF");
    assert!(!pdf_squashed.contains("Område2"), "no code was evaluated");
    // A `|` in a cell must not add table columns: every row has 4 cells.
    for line in built.markdown.lines().filter(|l| l.starts_with("| **")) {
        let cells = line.replace("\\|", "").matches('|').count();
        assert_eq!(cells, 5, "row split into extra cells: {line}");
    }
}

#[test]
fn building_twice_gives_identical_bytes() {
    let plan = TempPlan::new();
    let first = plan.render();
    let second = plan.render();
    assert!(first.pdf.bytes == second.pdf.bytes, "PDFs differ");
    assert_eq!(first.markdown, second.markdown);
}

#[test]
fn a_regions_own_template_replaces_the_built_in_one() {
    let plan = TempPlan::new();
    plan.write(
        "templates/plan.md.j2",
        "# {{ title | text }}\n\nEgen mall för {{ organisation }}.\n",
    );
    let built = plan.render();
    assert_eq!(
        built.markdown,
        "# Handlingsplan 2026\n\nEgen mall för Region Testbotten.\n"
    );
}

#[test]
fn a_broken_template_is_reported_with_its_line() {
    let plan = TempPlan::new();
    plan.write(
        "templates/plan.typ",
        "#let doc = json(\"data.json\")\n= #doc.title\n#undefined-function()\n",
    );
    let report = common::render_plan(&plan.plan_dir(), None)
        .err()
        .expect("the template fails");
    let text = report.to_plain_string();
    assert!(
        text.contains("PDF-filen kunde inte skapas: unknown variable: undefined-function"),
        "{text}"
    );
    assert!(text.contains("felet finns i regionens mall"), "{text}");
    assert!(text.contains("plan.typ:3:2"), "{text}");
}

#[test]
fn a_template_cannot_read_files_outside_the_bundle() {
    let plan = TempPlan::new();
    plan.write("templates/plan.typ", "#read(\"/etc/passwd\")\n");
    let text = common::render_plan(&plan.plan_dir(), None)
        .err()
        .expect("reading is refused")
        .to_plain_string();
    assert!(text.contains("file not found"), "{text}");
}

#[test]
fn the_theme_logo_and_colour_are_used() {
    let region = REGION.replace(
        "[metadata]",
        "[tema]\naccentfarg = \"#8a1538\"\nlogotyp = \"bilder/logotyp.svg\"\nlogotyp_alttext = \"Logotyp\"\n\n[metadata]",
    );
    let plan = TempPlan::with(&region, PLAN, &[("forsta", AREA)]);
    plan.write(
        "bilder/logotyp.svg",
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#8a1538"/></svg>"##,
    );
    let loaded = handlingsplan::load::load(&plan.plan_dir()).expect("loads");
    let doc = handlingsplan::document::Document::new(&loaded);
    assert_eq!(doc.theme.accent, "#8a1538");
    assert_eq!(doc.theme.logo.as_deref(), Some("assets/logo.svg"));
    let bundle = handlingsplan::render::pdf::Bundle::new(
        &doc,
        &loaded,
        handlingsplan::render::pdf::PdfRenderer::template(&loaded).expect("template"),
    );
    assert!(
        bundle
            .files
            .iter()
            .any(|(path, data)| path == "assets/logo.svg" && data.starts_with(b"<svg"))
    );
    // The template draws the logo (typst fails on an image it cannot load).
    let with_logo = plan.render();
    plan.write("bilder/logotyp.svg", "<svg>inte en bild");
    let broken = common::render_plan(&plan.plan_dir(), None)
        .err()
        .expect("a broken logo fails");
    assert!(
        broken
            .to_plain_string()
            .contains("kontrollera logotypen som `logotyp` i region.toml anger"),
        "{broken:?}"
    );
    plan.write(
        "region.toml",
        &region.replace(
            "logotyp = \"bilder/logotyp.svg\"\nlogotyp_alttext = \"Logotyp\"\n",
            "",
        ),
    );
    let without_logo = plan.render();
    assert!(with_logo.pdf.bytes != without_logo.pdf.bytes);
}

#[test]
fn a_missing_logo_or_font_is_reported() {
    let region = REGION.replace(
        "[metadata]",
        "[tema]\nlogotyp = \"saknas.png\"\nlogotyp_alttext = \"Logotyp\"\ntypsnittsfiler = [\"typsnitt/Saknas.ttf\"]\n\n[metadata]",
    );
    let plan = TempPlan::with(&region, PLAN, &[("forsta", AREA)]);
    let problems = plan.problems();
    assert!(
        problems.contains("logotypen finns inte: [plan]/saknas.png"),
        "{problems}"
    );
    assert!(
        problems.contains("typsnittsfilen finns inte: [plan]/typsnitt/Saknas.ttf"),
        "{problems}"
    );
}

#[test]
fn an_unknown_font_family_names_the_available_ones() {
    let region = REGION.replace(
        "[metadata]",
        "[tema]\ntypsnitt = \"Comic Sans\"\n\n[metadata]",
    );
    let plan = TempPlan::with(&region, PLAN, &[("forsta", AREA)]);
    let text = common::render_plan(&plan.plan_dir(), None)
        .err()
        .expect("an unknown font fails")
        .to_plain_string();
    assert!(
        text.contains("typsnittet \"Comic Sans\" finns inte"),
        "{text}"
    );
    assert!(text.contains("Noto Sans"), "{text}");
}

#[test]
fn a_regions_own_font_files_go_into_the_build() {
    let region = REGION.replace(
        "[metadata]",
        "[tema]\ntypsnitt = \"Noto Sans Math\"\ntypsnittsfiler = [\"typsnitt/Egen.ttf\"]\n\n[metadata]",
    );
    let plan = TempPlan::with(&region, PLAN, &[("forsta", AREA)]);
    let font = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fonts/NotoSansMath-Regular.ttf"
    ))
    .unwrap();
    plan.write_bytes("typsnitt/Egen.ttf", &font);
    let loaded = handlingsplan::load::load(&plan.plan_dir()).expect("loads");
    let doc = handlingsplan::document::Document::new(&loaded);
    let bundle = handlingsplan::render::pdf::Bundle::new(
        &doc,
        &loaded,
        handlingsplan::render::pdf::PdfRenderer::template(&loaded).expect("template"),
    );
    assert!(
        bundle
            .fonts
            .iter()
            .any(|(name, data)| name == "Egen.ttf" && data.as_ref() == font.as_slice())
    );
    assert!(plan.render().pdf.pages >= 1);
}

#[test]
fn changing_one_field_changes_one_line_of_markdown() {
    let area = common::AREA.to_owned()
        + "\n[[aktivitet]]\ntext = \"Andra aktiviteten.\"\nansvarig = \"FO Läkemedel\"\ntid = \"Löpande\"\nrapportering = \"Kunskapsstyrningsrådet\"\n";
    let plan = TempPlan::with(REGION, PLAN, &[("forsta", &area)]);
    let before = plan.render().markdown;
    for (from, to) in [
        ("tid = \"Löpande\"", "tid = \"Mars\""),
        ("Andra aktiviteten.", "Andra aktiviteten, omformulerad."),
        (
            "titel = \"Handlingsplan 2026\"",
            "titel = \"Handlingsplan 2026 (reviderad)\"",
        ),
    ] {
        let (path, text) = if from.starts_with("titel") {
            ("2026/plan.toml", PLAN.replace(from, to))
        } else {
            ("2026/omraden/forsta.toml", area.replace(from, to))
        };
        plan.write(path, &text);
        let after = plan.render().markdown;
        let changed = before
            .lines()
            .zip(after.lines())
            .filter(|(a, b)| a != b)
            .count();
        assert_eq!(before.lines().count(), after.lines().count());
        assert_eq!(changed, 1, "changing «{from}» changed {changed} lines");
        plan.write("2026/plan.toml", PLAN);
        plan.write("2026/omraden/forsta.toml", &area);
    }
}

/// An area whose activities cannot fit on one page: one with 40 parts (each
/// its own row, a spanning `rapportering`), one with a 150-item list, one
/// with 120 lines in the narrow `tid` column and one long paragraph, between
/// two ordinary activities.
fn oversized_area() -> String {
    let mut area = String::from("rubrik = \"Stort område\"\n");
    let ordinary = |text: &str| {
        format!(
            "\n[[aktivitet]]\ntext = \"{text}\"\nansvarig = \"Verksamhetscheferna\"\ntid = \"December\"\nrapportering = \"LSG Läkemedel\"\n"
        )
    };
    area.push_str(&ordinary("Vanlig aktivitet före."));
    area.push_str("\n[[aktivitet]]\ntext = \"Aktivitet i många delar.\"\nrapportering = [\"LSG Läkemedel\", \"Kunskapsstyrningsrådet\"]\n");
    for i in 1..=40 {
        area.push_str(&format!(
            "\n[[aktivitet.del]]\ntext = \"Delmoment {i} beskrivs med en mening som tar ett par rader.\"\nansvarig = \"Enhet {i}.\"\ntid = \"Vecka {i}.\"\n"
        ));
    }
    area.push_str("\n[[aktivitet]]\ntext = \"\"\"\nAktivitet med en lång lista:\n\n");
    for i in 1..=150 {
        area.push_str(&format!("- Listpunkt {i} om något\n"));
    }
    area.push_str("\"\"\"\nansvarig = \"A\"\ntid = \"December\"\nrapportering = \"R\"\n");
    let times: Vec<String> = (1..=120).map(|i| format!("\"Tidpunkt {i}.\"")).collect();
    area.push_str(&format!(
        "\n[[aktivitet]]\ntext = \"Aktivitet med lång tid.\"\nansvarig = \"A\"\ntid = [{}]\nrapportering = \"R\"\n",
        times.join(", ")
    ));
    let words: Vec<String> = (1..=900).map(|i| format!("ord{i}.")).collect();
    area.push_str(&format!(
        "\n[[aktivitet]]\ntext = \"{}\"\nansvarig = \"A\"\ntid = \"December\"\nrapportering = \"R\"\n",
        words.join(" ")
    ));
    area.push_str(&ordinary("Vanlig aktivitet efter."));
    area
}

#[test]
fn activities_taller_than_a_page_break_across_pages_and_lose_nothing() {
    let plan = TempPlan::with(REGION, PLAN, &[("forsta", &oversized_area())]);
    let built = plan.render();
    // What is printed inside the text area: nothing hidden under the footer
    // or past the bottom of the page.
    let pages = plan.layout();
    assert_eq!(pages.len(), built.pdf.pages);
    let bodies: Vec<String> = pages.iter().map(|p| squash(&p.body_text())).collect();
    let everything = bodies.concat();
    let markers = (1..=40)
        .flat_map(|i| {
            [
                format!("Delmoment{i}beskrivs"),
                format!("Enhet{i}."),
                format!("Vecka{i}."),
            ]
        })
        .chain((1..=150).map(|i| format!("Listpunkt{i}om")))
        .chain((1..=120).map(|i| format!("Tidpunkt{i}.")))
        .chain((1..=900).map(|i| format!("ord{i}.")));
    let missing: Vec<String> = markers.filter(|m| !everything.contains(m)).collect();
    assert!(
        missing.is_empty(),
        "{} entries are not printed inside the page, e.g. {:?}",
        missing.len(),
        &missing[..missing.len().min(6)]
    );
    assert!(squash(&built.markdown).contains("Listpunkt150omnågot"));
    // Every page the table continues on repeats its header row.
    let header = squash("Aktivitet Ansvarig Tid Rapportering");
    let table_pages: Vec<&String> = bodies
        .iter()
        .filter(|b| {
            b.contains("Delmoment")
                || b.contains("Listpunkt")
                || b.contains("Tidpunkt")
                || b.contains("ord1.")
        })
        .collect();
    assert!(table_pages.len() >= 5, "{} pages", table_pages.len());
    for body in table_pages {
        assert!(
            body.contains(&header),
            "a page of the table lacks the header row:\n{body}"
        );
    }
    // The ordinary activities around them are whole.
    for text in [
        "1.Vanligaktivitetföre.VerksamhetschefernaDecemberLSGLäkemedel",
        "6.Vanligaktivitetefter.VerksamhetschefernaDecemberLSGLäkemedel",
    ] {
        assert!(bodies.iter().any(|b| b.contains(text)), "{text}");
    }
    // The parts' rows are never split: each part's text, ansvarig and tid
    // are on one page.
    for i in 1..=40 {
        let row = format!("Delmoment{i}beskrivsmedenmeningsomtarettparrader.Enhet{i}.Vecka{i}.");
        assert!(bodies.iter().any(|b| b.contains(&row)), "part {i} is split");
    }
}

#[test]
fn a_tall_activity_that_fits_on_a_page_is_kept_whole() {
    // 45 list items: taller than half a page (so the template measures it),
    // shorter than a page. Placed after 1..=12 ordinary activities it would
    // straddle a page break each time.
    let mut tall = String::from("\n[[aktivitet]]\ntext = \"\"\"\nHög aktivitet:\n\n");
    for i in 1..=45 {
        tall.push_str(&format!("- Punkt{i} i listan\n"));
    }
    tall.push_str("\"\"\"\nansvarig = \"A\"\ntid = \"Sist i listan\"\nrapportering = \"R\"\n");
    for before in [1, 4, 8, 12] {
        let area = long_area(before) + &tall;
        let plan = TempPlan::with(REGION, PLAN, &[("forsta", &area)]);
        let loaded = handlingsplan::load::load(&plan.plan_dir()).expect("loads");
        let doc = handlingsplan::document::Document::new(&loaded);
        let activities = &doc.areas[0].activities;
        assert!(
            activities.last().unwrap().tall,
            "the estimate marks it tall"
        );
        assert!(!activities[0].tall, "an ordinary activity is not");
        let page = plan
            .layout()
            .iter()
            .map(|p| squash(&p.body_text()))
            .find(|b| b.contains("Högaktivitet"))
            .expect("the activity is printed");
        assert!(
            page.contains("Punkt45ilistanASistilistanR"),
            "with {before} activities before it, the tall activity is split"
        );
    }
}

/// Asserts that no text runs past the edges of the text area, and that no
/// text of the activity tables (the only 9 pt text) runs out of its column
/// (`widths`: the region's relative column widths).
/// The columns' relative widths as the document prints them (the
/// region's, widened where what cannot wrap needs room).
fn printed_widths(plan: &TempPlan) -> Vec<f64> {
    let loaded = handlingsplan::load::load(&plan.plan_dir()).expect("the plan loads");
    let document = handlingsplan::document::Document::new(&loaded);
    document.areas[0].columns.iter().map(|c| c.width).collect()
}

fn assert_text_inside(pages: &[common::Page], widths: &[f64]) {
    let [left, right, _, _] = TEXT_AREA;
    let total: f64 = widths.iter().sum();
    let mut edges = vec![left];
    for w in widths {
        edges.push(edges.last().unwrap() + w / total * (right - left));
    }
    for (n, page) in pages.iter().enumerate() {
        for g in &page.runs {
            let end = g.x + g.width;
            assert!(
                g.x >= left - 0.5 && end <= right + 0.5,
                "page {}: «{}» at x {:.1}–{:.1} lies outside the text area",
                n + 1,
                g.text,
                g.x,
                end
            );
            if (g.size - 9.0).abs() < 0.05 {
                let column = edges.windows(2).position(|e| g.x >= e[0] && g.x < e[1]);
                let column = column.expect("table text lies in a column");
                // Cells have an inset of 5 pt.
                assert!(
                    end <= edges[column + 1] - 5.0 + 0.5,
                    "page {}: «{}» at x {:.1}–{:.1} runs out of column {} (ends at {:.1})",
                    n + 1,
                    g.text,
                    g.x,
                    end,
                    column + 1,
                    edges[column + 1]
                );
            }
        }
    }
}

/// How many times `c` is drawn.
fn drawn(pages: &[common::Page], c: char) -> usize {
    pages
        .iter()
        .flat_map(|p| &p.runs)
        .map(|r| r.text.matches(c).count())
        .sum()
}

#[test]
fn long_words_wrap_inside_their_cell_and_the_page() {
    // Each long word is made of a letter used nowhere else, so that its
    // glyphs can be told apart.
    let title = "Æ".repeat(60);
    let prose = "Ø".repeat(500);
    let text_cell = "Þ".repeat(500);
    let tid_cell = "Ð".repeat(120);
    let url = format!("https://exempel.se/{}", "ŋ".repeat(150));
    let plan_toml = PLAN
        .replace("Handlingsplan 2026", &format!("Plan {title}"))
        .replace("Att pröva verktyget.", &format!("Se {prose} och <{url}>."));
    let area = AREA
        .replace(
            "Göra något viktigt.",
            &format!("Göra {text_cell} och `{url}`."),
        )
        .replace("\"December\"", &format!("\"{tid_cell}\""));
    let plan = TempPlan::with(REGION, &plan_toml, &[("forsta", &area)]);
    let built = plan.render();
    let pages = plan.layout();
    assert_text_inside(&pages, &printed_widths(&plan));
    // Nothing is lost or clipped: every character is drawn once (the title
    // also in the running header of later pages) and the text reads whole.
    assert_eq!(drawn(&pages, 'Ø'), 500);
    assert_eq!(drawn(&pages, 'Þ'), 500);
    assert_eq!(drawn(&pages, 'Ð'), 120);
    assert_eq!(drawn(&pages, 'ŋ'), 300);
    assert_eq!(drawn(&pages, 'Æ'), 60 * pages.len());
    let text = squash(&pdf_pages(&built.pdf.bytes).concat());
    for word in [&title, &prose, &text_cell, &tid_cell, &url] {
        assert!(text.contains(&squash(word)), "the PDF text lacks {word}");
    }
    // The Markdown keeps the words as they are.
    assert!(built.markdown.contains(&prose));
    assert!(!built.markdown.contains('\u{200b}'));

    // In a column too narrow for ordinary words, those are hyphenated
    // rather than run out of it.
    let narrow = REGION.replace(
        "rubrik = \"Tid\"\nbredd = 1",
        "rubrik = \"Tid\"\nbredd = 0.6",
    );
    assert_ne!(narrow, REGION);
    let area = AREA.replace("\"December\"", "\"December, kontinuerligt\"");
    let plan = TempPlan::with(&narrow, PLAN, &[("forsta", &area)]);
    assert_text_inside(&plan.layout(), &printed_widths(&plan));
    let text = squash(&pdf_pages(&plan.render().pdf.bytes).concat());
    assert!(text.contains("December,kontinuerligt"), "{text}");
}

/// The region's columns with the metadata block at the end.
fn region_with_information_at_the_end() -> String {
    REGION.replace(
        "[metadata]\nfalt = [\"dokument_id\", \"version\", \"godkant_datum\"]",
        "[metadata]\nplacering = \"sist\"\nfalt = [\"handlingstyp\", \"galler_for\", \"innehallsansvar\", \"godkand_av\", \"dokument_id\", \"version\", \"giltig_fran\", \"giltig_till\"]",
    )
}

const PLAN_WITH_INFORMATION: &str = r##"
titel = "Handlingsplan 2026"
period = "2026"
handlingstyp = "Handlingsplan"
galler_for = "Hela regionen"
innehallsansvar = "Läkemedelsstrateg"
godkand_av = "Regionstyrelsen"
dokument_id = "TEST-1"
version = "1.0"
giltig_fran = 2026-01-01
giltig_till = 2026-12-31
omraden = ["forsta"]
"##;

#[test]
fn the_information_block_at_the_end_stays_on_one_page() {
    let region = region_with_information_at_the_end();
    assert!(region.contains("placering = \"sist\""));
    let rows = [
        "Handlingstyp Handlingsplan",
        "Gäller för Hela regionen",
        "Innehållsansvar Läkemedelsstrateg",
        "Godkänd av Regionstyrelsen",
        "Dokument-ID TEST-1",
        "Version 1.0",
        "Giltig från 2026-01-01",
        "Giltig till 2026-12-31",
    ];
    // Tables of different lengths end at different heights of their last
    // page, some near its bottom.
    for n in 8..=12 {
        let plan = TempPlan::with(&region, PLAN_WITH_INFORMATION, &[("forsta", &long_area(n))]);
        let pages = plan.layout();
        let bodies: Vec<String> = pages.iter().map(|p| squash(&p.body_text())).collect();
        let last = bodies.last().unwrap();
        // The heading (not just its table of contents entry) and every row
        // are on the last page.
        let heading = squash("Information om handlingen");
        let at = last.rfind(&heading).unwrap_or_else(|| {
            panic!("with {n} activities, the heading is not on the last page:\n{last}")
        });
        assert!(!last[at..].starts_with(&format!("{heading}..")), "{last}");
        for row in rows {
            assert!(
                last[at..].contains(&squash(row)),
                "with {n} activities, «{row}» is not on the heading's page"
            );
        }
    }
}

#[test]
fn column_headings_are_not_hyphenated() {
    let region = r##"
organisation = "Region Annan"

[[kolumn]]
falt = "text"
rubrik = "Aktiviteter"
bredd = 3

[[kolumn]]
falt = "ansvarig"
rubrik = "Huvudansvarig för aktiviteten"
bredd = 2

[[kolumn]]
falt = "koppling"
rubrik = "Koppling till andra strategier och planer"
bredd = 2.2

[[kolumn]]
falt = "rapportering"
rubrik = "Rapportering"
bredd = 1.6

[[kolumn]]
falt = "tid"
rubrik = "Läkemedelsgenomgång"
bredd = 1.5

[metadata]
falt = ["dokument_id"]
"##;
    let area = AREA.replace(
        "tid = \"December\"",
        "tid = \"December\"\nkoppling = \"Regionplan\"",
    );
    let plan = TempPlan::with(region, PLAN, &[("forsta", &area)]);
    let page = &pdf_pages(&plan.render().pdf.bytes)[0];
    // Line breaks removed, but not hyphens (typst marks its hyphenation
    // with a soft hyphen in the text).
    let text: String = page.chars().filter(|c| !c.is_whitespace()).collect();
    for heading in [
        "Aktiviteter",
        "Huvudansvarig för aktiviteten",
        "Koppling till andra strategier och planer",
        "Rapportering",
    ] {
        let heading: String = heading.split_whitespace().collect();
        assert!(
            text.contains(&heading),
            "«{heading}» is hyphenated:\n{page}"
        );
    }
    // A heading word wider than its column ("Läkemedelsgenomgång" in the
    // narrowest) may still be hyphenated, and stays inside its column.
    assert!(squash(&text).contains("Läkemedelsgenomgång"));
    assert_text_inside(&plan.layout(), &printed_widths(&plan));
}

#[test]
fn a_hyphen_at_the_end_of_a_link_does_not_break_the_build() {
    // typst 0.15 fails when a line ends with a hyphen right at a link's
    // end: a word going on after the link, or a soft hyphen ending its text.
    // Each paragraph puts the link at another place in its line.
    let filler = "Läkemedel och uppföljning i verksamheten enligt riktlinjerna";
    let mut text = String::new();
    for k in 0..filler.len() {
        if filler.is_char_boundary(k) {
            text.push_str(&format!(
                "{} [läkemedels](https://exempel.se/a)genomgång och [Kunskaps\u{ad}](https://exempel.se/b)styrningsrådet.\n\n",
                &filler[..k]
            ));
        }
    }
    let plan_toml = PLAN.replace("Att pröva verktyget.", &text.replace('\n', "\\n"));
    let area = AREA.replace("Göra något viktigt.", &text.replace('\n', "\\n"));
    let plan = TempPlan::with(REGION, &plan_toml, &[("forsta", &area)]);
    let built = plan.render();
    let pdf = squash(&pdf_pages(&built.pdf.bytes).concat());
    // Every paragraph is there, in the section and in the table.
    let whole = squash("läkemedelsgenomgång och Kunskapsstyrningsrådet.");
    let count = text.matches("genomgång").count();
    assert_eq!(pdf.matches(&whole).count(), 2 * count, "{pdf}");
}

#[test]
fn tabs_combining_marks_and_right_to_left_text_render() {
    // typst 0.15 panics on "\u{202e}\t\u{301}x" (a right-to-left override,
    // a tab and a combining mark) and fails on links in overridden or
    // embedded text; the loader refuses those controls. What it lets
    // through must render: combining marks after a tab or at the start,
    // right-to-left marks, links among them. (Hebrew and Arabic letters
    // need a font with them in `typsnittsfiler`: the embedded fonts have
    // none, and `check` says so.)
    let samples = [
        "\t\u{301}x",
        "\u{301}x",
        "a\t\u{301}x",
        "\u{200f}\t\u{301}x",
        "x\u{61c}\t\u{300}y",
    ];
    let esc = |s: &str| {
        s.chars()
            .map(|c| match c {
                '\t' => "\\t".to_owned(),
                c if !c.is_ascii() => format!("\\u{:04X}", c as u32),
                c => c.to_string(),
            })
            .collect::<String>()
    };
    let all = samples.map(esc).join(" ");
    let links = format!(
        "\\u200F<http://a> text {} [\\u00C5](http://b)\\u200F \\u061C [l\\u00E4nk](http://c)\\u200F",
        all
    );
    let plan_toml = PLAN
        .replace("Handlingsplan 2026", &all)
        .replace("Att pröva verktyget.", &links);
    let area = AREA
        .replace("Göra något viktigt.", &links)
        .replace("\"December\"", &format!("\"{all}\""));
    let plan = TempPlan::with(REGION, &plan_toml, &[("forsta", &area)]);
    assert!(plan.render().pdf.pages >= 1);
}

/// Issue 15 §2.4: `aktiviteter_rubrik = ""` means no heading, not an empty
/// one; the areas' headings then move up a level in every output, so that
/// no level is skipped (PDF/UA, the HTML's outline).
#[test]
fn an_empty_activities_heading_is_no_heading_and_the_areas_move_up() {
    let copy = common::example_copy::Copy::new();
    let plan = copy.plan().join("plan.toml");
    let before = common::render_plan(&copy.plan(), None).unwrap();
    copy.edit(
        &plan,
        "[[avsnitt]]",
        "aktiviteter_rubrik = \"\"\n\n[[avsnitt]]",
    );
    let mut after = common::render_plan(&copy.plan(), None).unwrap();
    // The goals' overview keeps its levels: a section (##, <h2>) with its
    // goals one level below. The checks of the areas below read what comes
    // before it.
    let cut = |text: &mut String, at: &str| {
        let start = text.find(at).expect("the example has goals");
        text.split_off(start)
    };
    let goals_md = cut(&mut after.markdown, "\n## Mål och aktiviteter");
    let goals_html = cut(&mut after.html, "<section class=\"goals\"");
    assert!(goals_md.starts_with(
        "\n## Mål och aktiviteter\n\n### <a id=\"malet-ratt-behandling\"></a>1 Rätt läkemedelsbehandling\n"
    ));
    assert!(goals_html.contains(
        "<h2 id=\"mal-och-aktiviteter\">Mål och aktiviteter</h2>\n<section aria-labelledby=\"malet-ratt-behandling\">\n<h3 id=\"malet-ratt-behandling\">"
    ));

    assert!(
        before
            .markdown
            .contains("\n## Aktiviteter\n\n### Rätt Läkemedelsbehandling\n")
    );
    assert!(
        !after.markdown.contains("Aktiviteter"),
        "{}",
        after.markdown
    );
    assert!(after.markdown.contains("\n## Inledning\n"));
    assert!(after.markdown.contains("\n## Rätt Läkemedelsbehandling\n"));
    assert!(!after.markdown.contains("###"), "{}", after.markdown);

    assert!(
        before
            .html
            .contains("<h3 id=\"omrade-1\">Rätt Läkemedelsbehandling</h3>")
    );
    assert!(!after.html.contains("id=\"aktiviteter\""), "{}", after.html);
    assert!(!after.html.contains("<h2></h2>"), "{}", after.html);
    assert!(
        after
            .html
            .contains("<h2 id=\"omrade-1\">Rätt Läkemedelsbehandling</h2>")
    );
    assert!(!after.html.contains("<h3"), "{}", after.html);
    assert!(
        after
            .html
            .contains("<caption class=\"visually-hidden\">Rätt Läkemedelsbehandling</caption>")
    );

    let headings = |built: &common::Built| {
        let doc = common::pdf::load(&built.pdf.bytes);
        let structure = common::pdf::structure(&doc);
        (
            common::pdf::count(&structure, "H1"),
            common::pdf::count(&structure, "H2"),
        )
    };
    // The example's four areas under Aktiviteter are H2, and so are the
    // four goals under Mål och aktiviteter (an H1 like Aktiviteter).
    let (h1, h2) = headings(&before);
    assert_eq!(h2, 4 + 4, "one H2 per area and per goal");
    // Without Aktiviteter the areas are H1; the goals stay H2 under their
    // overview.
    assert_eq!(headings(&after), (h1 - 1 + 4, 4));
    let text = pdf_pages(&after.pdf.bytes).join(" ");
    assert!(!text.contains("Aktiviteter"), "{text}");
}
