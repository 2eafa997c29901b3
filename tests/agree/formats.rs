//! The outputs agree with each other and with the files: the same words in every format, the editors' schemas accept what builds, extract gives the plan back.

use std::path::Path;

use handlingsplan::format::schema;
use handlingsplan::load::Loaded;

use super::run::run;
use crate::common::markdown::markdown_visible_text;
use crate::common::{decode_references, pdf_pages};

/// A word's letters and digits in lower case: what must be the same in
/// every output (punctuation and list markers are each format's own; the
/// PDF prints some headings in capitals).
fn comparable(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The words a reader sees in the Markdown (not its HTML comments, which
/// no reader sees), made [`comparable`].
fn markdown_words(markdown: &str) -> Vec<String> {
    let mut visible = String::new();
    let mut rest = markdown;
    while let Some(at) = rest.find("<!--") {
        visible.push_str(&rest[..at]);
        rest = rest[at..].split_once("-->").map_or("", |(_, after)| after);
    }
    visible.push_str(rest);
    // "6." starts an item of a numbered list: the Markdown writes the
    // number, HTML and PDF lists count themselves.
    let list_number = |w: &&str| {
        w.strip_suffix('.')
            .is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()))
    };
    let mut words: Vec<String> = markdown_visible_text(&visible)
        .split_whitespace()
        .filter(|w| !list_number(w))
        .map(comparable)
        .filter(|w| !w.is_empty())
        .collect();
    words.sort();
    words.dedup();
    words
}

/// The text a browser shows of an HTML page: no head, no tags, character
/// references decoded.
fn html_text(html: &str) -> String {
    let body = html.split_once("</head>").map_or(html, |(_, body)| body);
    let mut text = String::new();
    let mut rest = body;
    while let Some(open) = rest.find('<') {
        text.push_str(&rest[..open]);
        text.push(' ');
        rest = rest[open..].split_once('>').map_or("", |(_, after)| after);
    }
    text.push_str(rest);
    decode_references(&text)
}

/// The words the Markdown template writes itself (such as the header row
/// a Markdown table must have): each format's own, not the plan's.
fn markdown_template_words() -> Vec<String> {
    let template = Path::new(env!("CARGO_MANIFEST_DIR")).join("templates/plan.md.j2");
    let template = std::fs::read_to_string(template).unwrap();
    let mut literal = String::new();
    let mut rest = template.as_str();
    while let Some(at) = rest.find('{') {
        literal.push_str(&rest[..at]);
        literal.push(' ');
        rest = rest[at..].split_once('}').map_or("", |(_, after)| after);
    }
    literal.push_str(rest);
    literal.split_whitespace().map(comparable).collect()
}

/// Every word of the Markdown is in `other` (an output's text), or the
/// failure names those that are not.
fn words_in(what: &str, markdown: &str, other: &str, failures: &mut Vec<String>) {
    let other = comparable(other);
    let own = markdown_template_words();
    let missing: Vec<String> = markdown_words(markdown)
        .into_iter()
        .filter(|w| !own.contains(w) && !other.contains(w.as_str()))
        .collect();
    if !missing.is_empty() {
        failures.push(format!(
            "words of the Markdown missing from the {what}: {missing:?}"
        ));
    }
}

/// The Markdown's words are all in the HTML.
pub fn html_has_the_words(markdown: &str, html: Option<&str>, failures: &mut Vec<String>) {
    if let Some(html) = html {
        words_in("HTML", markdown, &html_text(html), failures);
    }
}

/// The Markdown's words are all in the built PDF in `out`.
pub fn pdf_has_the_words(out: &Path, failures: &mut Vec<String>) {
    let file = |ext: &str| {
        std::fs::read_dir(out)
            .ok()?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .find(|p| p.extension().is_some_and(|e| e == ext))
    };
    let (Some(md), Some(pdf)) = (file("md"), file("pdf")) else {
        failures.push("build wrote no Markdown or no PDF".into());
        return;
    };
    let markdown = std::fs::read_to_string(md).unwrap();
    let pdf = pdf_pages(&std::fs::read(pdf).unwrap()).concat();
    words_in(
        "PDF",
        &markdown,
        &with_words_joined_across_pages(&pdf),
        failures,
    );
}

/// How many lines after a hyphenated line end the rest of its word may
/// begin: past the rest of the row on that page, the footer, the next
/// page's header and the table's repeated header row.
const CONTINUATION_WINDOW: usize = 80;

/// The PDF's text, followed by the words it hyphenates at a line end
/// ("wid -") joined with the first word of each of the lines after. A
/// cell that breaks across pages may split a word there: a reader joins
/// "page(wid-" at the foot of one page with "th:" at the top of the next,
/// but in the text the footer and the next header stand between them. A
/// long word may break more than once ("#re-", "ad("/etc/pas-", "swd")"):
/// the lines that hold one hyphenated word each are taken into the head.
pub fn with_words_joined_across_pages(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut joined = String::from(text);
    for (i, line) in lines.iter().enumerate() {
        let Some(mut head) = hyphenated_end(line).map(str::to_owned) else {
            continue;
        };
        let mut last = i;
        while let Some(part) = lines.get(last + 1).and_then(|l| only_word_hyphenated(l)) {
            head.push_str(part);
            last += 1;
        }
        for next in lines.iter().skip(last + 1).take(CONTINUATION_WINDOW) {
            if let Some(tail) = next.split_whitespace().next() {
                joined.push_str(&format!(" {head}{tail}"));
            }
        }
    }
    joined
}

/// The last word of a line the PDF hyphenated ("page(wid -"), without the hyphen.
fn hyphenated_end(line: &str) -> Option<&str> {
    line.trim_end().strip_suffix('-')?.split_whitespace().last()
}

/// A line that is one hyphenated word, without the hyphen: the middle of
/// a word broken more than once.
fn only_word_hyphenated(line: &str) -> Option<&str> {
    let rest = line.trim_end().strip_suffix('-')?;
    let mut words = rest.split_whitespace();
    let word = words.next()?;
    words.next().is_none().then_some(word)
}

/// Every file of a plan that loads is valid under the JSON Schema editors
/// get for it (`schema`), so no editor marks a good plan as wrong.
pub fn schemas_accept(dir: &Path, loaded: &Loaded, failures: &mut Vec<String>) {
    let mut files = vec![
        (dir.parent().unwrap().join("region.toml"), schema::region()),
        (dir.join("plan.toml"), schema::plan()),
    ];
    let area = schema::area(Some(&loaded.region.columns));
    for entry in std::fs::read_dir(dir.join("omraden")).into_iter().flatten() {
        files.push((entry.unwrap().path(), area.clone()));
    }
    for (path, schema) in files {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let Ok(table) = text.parse::<toml::Table>() else {
            continue;
        };
        let validator = jsonschema::draft7::new(&schema).expect("a valid schema");
        let errors: Vec<String> = validator
            .iter_errors(&schema::to_json(toml::Value::Table(table)))
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        if !errors.is_empty() {
            failures.push(format!(
                "the schema refuses {} of a plan that loads: {errors:?}",
                path.display()
            ));
        }
    }
}

/// When the PDF in `out` carries the plan's files, `extract` writes them
/// back and they build the same outputs.
pub fn extract_gives_the_plan_back(
    plan: &Path,
    out: &Path,
    work: &Path,
    failures: &mut Vec<String>,
) {
    let Some(pdf) = std::fs::read_dir(out)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "pdf"))
    else {
        return;
    };
    let attached = handlingsplan::extract::attachments(&std::fs::read(&pdf).unwrap());
    if attached.is_ok_and(|files| files.is_empty()) {
        return; // the region does not attach its files
    }
    // Into a region folder of the same name: without `kortnamn`, the
    // outputs are named after it.
    let region = work
        .join("extracted")
        .join(plan.parent().unwrap().file_name().unwrap());
    let (code, _, err) = run(&[&"extract", &pdf, &region]);
    if code != 0 {
        failures.push(format!(
            "extract exited {code} on a PDF that carries files: {err}"
        ));
        return;
    }
    let extracted = region.join(plan.file_name().unwrap());
    let again = work.join("extracted-out");
    let (code, _, err) = run(&[&"build", &extracted, &"-o", &again]);
    if code != 0 {
        failures.push(format!("the extracted plan does not build: {err}"));
    } else if super::run_binary::shown(out) != super::run_binary::shown(&again) {
        failures.push("the extracted plan builds other outputs".into());
    }
}
