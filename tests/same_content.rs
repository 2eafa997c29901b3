//! The PDF, the Markdown and the HTML say the same thing: every heading,
//! paragraph, list item and cell of one is in the others, and nothing else is.
//!
//! How the two are compared: each output's text is normalised as `squash`
//! does (no whitespace, no hyphens, so line breaks and hyphenation in the
//! PDF do not matter) and lower-cased (the PDF prints metadata labels in
//! capitals). The Markdown is read as GitHub shows it and cut into
//! segments: each heading, paragraph and table cell. The PDF's text, with
//! the page furniture removed (header, footer with "Sida X av Y", and the
//! table of contents, whose entries are checked against the headings), must
//! then consist of exactly those segments: each segment is taken out of it
//! once (longest first, never across a gap left by another), a table's
//! header row as often as the PDF repeats it on a new page, and nothing may
//! be left but list markers (which the PDF draws and the Markdown encodes
//! as list syntax). The HTML's text (tags taken away, references decoded)
//! is compared the same way, with its furniture removed: the skip link, the
//! table of contents (checked against the headings), the tables' captions
//! and the footer.

mod common;

use common::markdown::{GfmBlock, gfm};
use common::{TempPlan, example_dir, pdf_pages, render_plan};
use handlingsplan::document::Document;

/// Text as compared: no whitespace or hyphens, lower case.
fn norm(text: &str) -> String {
    common::squash(text).to_lowercase()
}

/// The Markdown's segments, and the segments that may repeat (the tables'
/// header rows).
fn markdown_segments(markdown: &str) -> (Vec<String>, Vec<String>) {
    let mut segments = Vec::new();
    let mut repeated = Vec::new();
    for block in gfm(markdown).blocks {
        match block {
            GfmBlock::Heading(_, text) | GfmBlock::Paragraph(text) => segments.push(norm(&text)),
            GfmBlock::Table(rows) => {
                let header: Vec<&str> = rows[0].iter().map(String::as_str).collect();
                if header == ["Uppgift", "Värde"] {
                    // The metadata table: its header row is the Markdown's own.
                    segments.extend(rows[1..].iter().flatten().map(|c| norm(c)));
                } else {
                    repeated.push(norm(&rows[0].concat()));
                    segments.extend(rows[1..].iter().flatten().map(|c| norm(c)));
                }
            }
            GfmBlock::Unexpected(text) => panic!("the Markdown has {text}"),
            // Notes are numbered apart from their text in each output:
            // tests/prose.rs compares them.
            GfmBlock::Footnote(label, _) => panic!("the Markdown has the footnote {label}"),
        }
    }
    segments.retain(|s| !s.is_empty());
    (segments, repeated)
}

/// The table of contents' entries: the document's headings, normalised.
fn toc_entries(doc: &Document) -> Vec<String> {
    let mut entries: Vec<String> = doc
        .sections_before
        .iter()
        .map(|s| s.heading.clone())
        .collect();
    entries.extend(doc.activities_heading.clone());
    for area in &doc.areas {
        entries.push(match &area.number {
            Some(n) => format!("{n} {}", area.title),
            None => area.title.clone(),
        });
    }
    // The goals' overview follows the areas, with its goals one level
    // down; a sub-goal is a level too deep for the table of contents.
    if !doc.goals.goals.is_empty() {
        entries.push(doc.goals.heading.clone());
        entries.extend(
            (doc.goals.goals.iter())
                .filter(|g| !g.sub)
                .map(|g| g.heading.clone()),
        );
    }
    entries.extend(doc.sections_after.iter().map(|s| s.heading.clone()));
    if doc.metadata.placement == "end" && !doc.metadata.rows.is_empty() {
        entries.push(doc.metadata.heading.clone());
    }
    // The change log stands before the table of contents, or at the end.
    if change_log_first(doc) {
        entries.insert(0, doc.changes.heading.clone());
    }
    if doc.changes.placement == "end" && !doc.changes.rows.is_empty() {
        entries.push(doc.changes.heading.clone());
    }
    // The appendices come last: "Bilaga 1 …"; then the glossary.
    entries.extend(doc.appendices.iter().map(|s| s.heading.clone()));
    if !doc.glossary.entries.is_empty() {
        entries.push(doc.glossary.heading.clone());
    }
    entries.iter().map(|e| norm(e)).collect()
}

/// Whether the change log stands before the table of contents.
fn change_log_first(doc: &Document) -> bool {
    doc.changes.placement == "top" && !doc.changes.rows.is_empty()
}

/// The HTML's text without its furniture (see the top), normalised.
fn html_body(html: &str, doc: &Document) -> Result<String, String> {
    let start = html.find("<body>").ok_or("no <body>")? + "<body>".len();
    let end = html.find("</body>").ok_or("no </body>")?;
    let mut body = html[start..end].to_owned();
    let skip = take_element(&mut body, "<a class=\"skip\"", "</a>").ok_or("no skip link")?;
    if !skip.contains("href=\"#main\"") || !body.contains("<main id=\"main\"") {
        return Err(format!("the skip link does not lead to <main>: {skip}"));
    }
    let toc = take_element(&mut body, "<nav", "</nav>");
    match (doc.table_of_contents, toc) {
        (true, Some(toc)) => {
            let mut links = Vec::new();
            for link in toc.split("<a href=\"#").skip(1) {
                let (target, rest) = link.split_once("\">").ok_or("a link without its end")?;
                if !body.contains(&format!(" id=\"{target}\"")) {
                    return Err(format!(
                        "the table of contents links to a missing #{target}"
                    ));
                }
                links.push(norm(&html_text(
                    &rest[..rest.find("</a>").unwrap_or(rest.len())],
                )));
            }
            if links != toc_entries(doc) {
                return Err(format!("the table of contents lists {links:?}"));
            }
        }
        (false, None) => {}
        (wanted, _) => return Err(format!("a table of contents wanted: {wanted}")),
    }
    while take_element(&mut body, "<caption", "</caption>").is_some() {}
    let footer = take_element(&mut body, "<footer", "</footer>").ok_or("no footer")?;
    if !norm(&html_text(&footer)).contains(&norm(&doc.footer)) {
        return Err(format!("the footer lacks {}", doc.footer));
    }
    Ok(norm(&html_text(&body)))
}

/// Cuts the first element from `open` to `close` out of `html`.
fn take_element(html: &mut String, open: &str, close: &str) -> Option<String> {
    let start = html.find(open)?;
    let end = start + html[start..].find(close)? + close.len();
    Some(html.drain(start..end).collect())
}

/// HTML's text: tags taken away, list items marked with • or their
/// number (as the browser draws them), character references decoded.
fn html_text(html: &str) -> String {
    let mut text = String::new();
    let mut rest = html;
    // The open lists: the next item's number, or `None` for bullets.
    let mut lists: Vec<Option<u64>> = Vec::new();
    while let Some(open) = rest.find('<') {
        text.push_str(&rest[..open]);
        // Escaping leaves no `>` inside a tag.
        let end = open + rest[open..].find('>').unwrap() + 1;
        let tag = &rest[open..end];
        if tag == "<ul>" {
            lists.push(None);
        } else if tag.starts_with("<ol") {
            let start = tag.split('"').nth(1).map_or(1, |n| n.parse().unwrap());
            lists.push(Some(start));
        } else if tag == "</ul>" || tag == "</ol>" {
            lists.pop();
        } else if tag == "<li>" {
            match lists.last_mut() {
                Some(Some(n)) => {
                    text.push_str(&format!("{n}."));
                    *n += 1;
                }
                _ => text.push('•'),
            }
        }
        rest = &rest[end..];
    }
    text.push_str(rest);
    let mut out = String::new();
    let mut parts = text.split('&');
    out.push_str(parts.next().unwrap_or_default());
    for part in parts {
        let (name, after) = part.split_once(';').expect("a reference ends with ;");
        let c = match name {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            _ => {
                let code = match name.strip_prefix("#x") {
                    Some(hex) => u32::from_str_radix(hex, 16),
                    None => name.trim_start_matches('#').parse(),
                };
                char::from_u32(code.expect("a known reference")).unwrap()
            }
        };
        out.push(c);
        out.push_str(after);
    }
    out
}

/// The PDF's text without page headers, footers and table of contents.
fn pdf_body(pages: &[String], doc: &Document) -> Result<String, String> {
    let mut body = String::new();
    let count = pages.len();
    for (i, page) in pages.iter().enumerate() {
        let mut text = norm(page);
        // A draft's footer says so between the document's name and the page.
        let draft = if doc.draft {
            " UTKAST – ej godkänd"
        } else {
            ""
        };
        let footer = norm(&format!("{}{draft} Sida {} av {count}", doc.footer, i + 1));
        text = text
            .strip_suffix(&footer)
            .ok_or_else(|| format!("page {} does not end with the footer {footer}", i + 1))?
            .to_owned();
        if i > 0 {
            let header = norm(&format!("{}{}", doc.title, doc.organisation));
            text = text
                .strip_prefix(&header)
                .ok_or_else(|| format!("page {} does not start with the header {header}", i + 1))?
                .to_owned();
        }
        body.push_str(&text);
    }
    if doc.table_of_contents {
        let entries = toc_entries(doc);
        // After the last entry comes the first heading of the document
        // itself: the first entry, or the second when the change log
        // stands before the table of contents.
        let first_after = &entries[usize::from(change_log_first(doc))];
        let start = body
            .find(&norm("Innehåll"))
            .ok_or("the table of contents is missing")?;
        let mut rest = &body[start + norm("Innehåll").len()..];
        for (i, entry) in entries.iter().enumerate() {
            rest = rest
                .strip_prefix(entry.as_str())
                .ok_or_else(|| format!("the table of contents lacks {entry}: {rest:.80}"))?;
            let leader = rest.len() - rest.trim_start_matches('.').len();
            rest = &rest[leader..];
            // The page number, then the next entry (an area's number may
            // follow the digits directly); after the last entry, the first
            // heading of the document itself.
            let next = entries.get(i + 1).unwrap_or(first_after);
            let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            let page = (1..=digits)
                .find(|&k| rest[k..].starts_with(next.as_str()))
                .filter(|_| leader >= 2)
                .ok_or_else(|| format!("no page number for {entry} in the table of contents"))?;
            rest = &rest[page..];
        }
        body = format!("{}{rest}", &body[..start]);
    }
    Ok(body)
}

/// Whether a leftover piece of the PDF is only list markers.
fn only_list_markers(piece: &str) -> bool {
    let mut rest = piece;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix(['•', '‣', '–', '◦']) {
            rest = r;
            continue;
        }
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        match rest[digits..].strip_prefix('.') {
            Some(r) if digits > 0 => rest = r,
            _ => return false,
        }
    }
    true
}

/// Compares the Markdown with the PDF's pages, as described at the top.
fn same_content(markdown: &str, pages: &[String], doc: &Document) -> Result<(), String> {
    same_segments(markdown, pdf_body(pages, doc)?, "PDF")
}

/// Compares the Markdown with the HTML, as described at the top.
fn same_content_html(markdown: &str, html: &str, doc: &Document) -> Result<(), String> {
    same_segments(markdown, html_body(html, doc)?, "HTML")
}

/// Whether `body` (normalised) consists of the Markdown's segments.
fn same_segments(markdown: &str, body: String, other: &str) -> Result<(), String> {
    let (mut segments, repeated) = markdown_segments(markdown);
    let mut pieces = vec![body];
    let mut problems = Vec::new();
    let take = |pieces: &mut Vec<String>, segment: &str| -> bool {
        for i in 0..pieces.len() {
            if let Some(at) = pieces[i].find(segment) {
                let after = pieces[i][at + segment.len()..].to_owned();
                pieces[i].truncate(at);
                pieces.insert(i + 1, after);
                return true;
            }
        }
        false
    };
    // A table's header row: at least once per table, and again on every
    // page the table continues on.
    let mut headers = repeated.clone();
    headers.sort();
    headers.dedup();
    for header in &headers {
        let tables = repeated.iter().filter(|h| *h == header).count();
        let mut found = 0;
        while take(&mut pieces, header) {
            found += 1;
        }
        if found < tables {
            problems.push(format!(
                "table header row {header} is in the {other} {found} times, in the Markdown {tables}"
            ));
        }
    }
    segments.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
    for segment in &segments {
        if !take(&mut pieces, segment) {
            problems.push(format!("in the Markdown, not in the {other}: {segment}"));
        }
    }
    for piece in pieces {
        if !piece.is_empty() && !only_list_markers(&piece) {
            problems.push(format!("in the {other}, not in the Markdown: {piece}"));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

fn check_plan(dir: &std::path::Path) {
    let loaded = handlingsplan::load::load(dir).expect("plan loads");
    let doc = Document::new(&loaded);
    let built = render_plan(dir, None).expect("plan renders");
    let pages = pdf_pages(&built.pdf.bytes);
    if let Err(problems) = same_content(&built.markdown, &pages, &doc) {
        panic!(
            "the outputs differ:\n{problems}\n\nMarkdown:\n{}\n\nPDF:\n{}",
            built.markdown,
            pages.join("\n--- page ---\n")
        );
    }
    if let Err(problems) = same_content_html(&built.markdown, &built.html, &doc) {
        panic!(
            "the HTML differs from the Markdown:\n{problems}\n\nMarkdown:\n{}\n\nHTML:\n{}",
            built.markdown, built.html
        );
    }
}

#[test]
fn the_example_says_the_same_in_every_output() {
    check_plan(&example_dir());
}

const REGION_WITH_EVERYTHING: &str = r##"
organisation = "Region Provbotten"
kortnamn = "provbotten"
numrering = "1.1"

[[kolumn]]
falt = "text"
rubrik = "Aktivitet"
bredd = 3

[[kolumn]]
falt = "ansvarig"
rubrik = "Ansvarig"
bredd = 2

[[kolumn]]
falt = "tid"
rubrik = "Tid"
bredd = 1

[[kolumn]]
falt = "onskad_effekt"
rubrik = "Önskad effekt"
bredd = 2
obligatorisk = false

[metadata]
placering = "sist"
rubrik = "Om handlingen"
falt = ["handlingstyp", "dokument_id", "version", "godkant_datum", "period"]

[forkortningar]
LSG = "Läkemedelsstyrgruppen <i>"
"ÖK" = "Överenskommelse (not used, so not listed)"
"##;

const PLAN_WITH_EVERYTHING: &str = r##"
titel = "Handlingsplan 2026–2027 för prov"
period = "2026–2027"
handlingstyp = "Handlingsplan"
dokument_id = "PROV-42"
version = "3.1"
godkant_datum = 2025-11-30
omraden = ["behandling", "ekonomi"]

[[avsnitt]]
rubrik = "Syfte och mål"
text = """
Planen ska *tydliggöra* regionens **prioriteringar** inom läkemedelsområdet, \
se [Läkemedelsplanen](https://example.org/plan).

# Bakgrund

Tre saker styr arbetet:

- kunskapsstyrning och `uppföljning`
- kostnader per invånare
- patientsäkerhet

1. Först planering
2. Sedan genomförande\\
   med radbrytning
"""

[[avsnitt]]
rubrik = "Uppföljning"
placering = "efter"
text = "Handlingsplanen följs upp tertialvis av LSG Läkemedel."

[[bilaga]]
rubrik = "Ordlista"
text = """
**Läkemedelsgenomgång:** en *strukturerad* genomgång av en patients läkemedel.

- Strama: samverkan mot antibiotikaresistens
- LSG: läkemedelsstyrgrupp
"""

[[bilaga]]
rubrik = "Kontakt"
text = "Frågor om planen besvaras av läkemedelskommitténs kansli."
"##;

const AREA_TREATMENT: &str = r##"
rubrik = "Rätt läkemedelsbehandling"
inledning = """
Målet är att **fler** patienter får en läkemedelsgenomgång.
"""

[kolumnrubriker]
text = "Aktivitet/Mål"

[[aktivitet]]
titel = "Läkemedelsgenomgångar"
text = "Genomgångarna dokumenteras i journalen."
ansvarig = ["Verksamhetscheferna", "Läkemedelskommittén"]
tid = "December"
onskad_effekt = "Färre *olämpliga* förskrivningar och **bättre** följsamhet."

[aktivitet.per_ar]
2026 = "Rutinen införs i primärvården."
2027 = """
Rutinen utvärderas:

- på sjukhusen
- i primärvården
"""

[[aktivitet]]
text = "Antibiotikaförskrivningen minskar."
ansvarig = "Strama"
tid = "Löpande"

[[aktivitet.del]]
text = "Färre än 250 recept per tusen invånare."
onskad_effekt = "Mindre resistens."

[[aktivitet.del]]
text = "Uppföljning per vårdcentral med `Medrave`."
onskad_effekt = "Jämförbara data."
"##;

const AREA_ECONOMY: &str = r##"
rubrik = "Ekonomiskt mål"

[[aktivitet]]
text = """
Varje verksamhet ska ha minst en mätbar aktivitet som väsentligen kan bidra \
till att det ekonomiska sparmålet uppnås.
"""
ansvarig = ["Enhetscheferna / Verksamhetscheferna", "Divisionsledningarna"]
tid = "Januari, maj, september"
"##;

#[test]
fn a_plan_with_parts_lists_titles_and_years_says_the_same_in_every_output() {
    let plan = TempPlan::with(
        REGION_WITH_EVERYTHING,
        PLAN_WITH_EVERYTHING,
        &[("behandling", AREA_TREATMENT), ("ekonomi", AREA_ECONOMY)],
    );
    check_plan(&plan.plan_dir());
}

#[test]
fn a_long_plan_without_a_table_of_contents_says_the_same_in_every_output() {
    let region = common::REGION.replace(
        "kortnamn = \"testbotten\"",
        "kortnamn = \"testbotten\"\ninnehallsforteckning = false",
    );
    let mut area = String::from("rubrik = \"Långt område\"\n");
    for i in 1..=40 {
        area.push_str(&format!(
            "\n[[aktivitet]]\ntext = \"Aktivitet {i} beskrivs med en mening som är lång nog att ta två rader.\"\nansvarig = [\"Verksamhetscheferna\", \"Läkemedelskommittén {i}\"]\ntid = \"Vecka {i}\"\nrapportering = [\"LSG Läkemedel\", \"Kunskapsstyrningsrådet\"]\n"
        ));
    }
    let plan = TempPlan::with(&region, common::PLAN, &[("forsta", &area)]);
    let built = plan.render();
    assert!(built.pdf.pages >= 3, "the table spans pages");
    check_plan(&plan.plan_dir());
}

/// The comparison notices a missing cell, list item or part on either side.
#[test]
fn a_missing_piece_on_either_side_is_noticed() {
    let plan = TempPlan::with(
        REGION_WITH_EVERYTHING,
        PLAN_WITH_EVERYTHING,
        &[("behandling", AREA_TREATMENT), ("ekonomi", AREA_ECONOMY)],
    );
    let loaded = handlingsplan::load::load(&plan.plan_dir()).unwrap();
    let doc = Document::new(&loaded);
    let built = plan.render();
    let pages = pdf_pages(&built.pdf.bytes);
    assert_eq!(same_content(&built.markdown, &pages, &doc), Ok(()));
    assert_eq!(
        same_content_html(&built.markdown, &built.html, &doc),
        Ok(())
    );

    for missing in [
        "Mindre resistens.",                       // a part's cell
        "kostnader per invånare",                  // a list item in a section
        "Färre än 250 recept per tusen invånare.", // a part's text
        "Strama",                                  // a cell
        "i primärvården",                          // a list item in a per-year text
        "läkemedelsstyrgrupp",                     // a list item in an appendix
        "Kontakt",                                 // an appendix's heading
    ] {
        let without = built.markdown.replacen(missing, "", 1);
        assert_ne!(without, built.markdown, "{missing} is in the Markdown");
        assert!(
            same_content(&without, &pages, &doc).is_err(),
            "missing from the Markdown, unnoticed: {missing}"
        );
        let pages_without: Vec<String> = pages.iter().map(|p| p.replacen(missing, "", 1)).collect();
        assert_ne!(pages_without, pages, "{missing} is in the PDF");
        assert!(
            same_content(&built.markdown, &pages_without, &doc).is_err(),
            "missing from the PDF, unnoticed: {missing}"
        );
        let html_without = built.html.replacen(missing, "", 1);
        assert_ne!(html_without, built.html, "{missing} is in the HTML");
        assert!(
            same_content_html(&built.markdown, &html_without, &doc).is_err(),
            "missing from the HTML, unnoticed: {missing}"
        );
    }
}

#[test]
fn the_plan_with_references_and_a_change_log_says_the_same_in_both_outputs() {
    check_plan(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/references/2026"),
    );
}
