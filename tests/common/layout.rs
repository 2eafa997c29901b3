//! The layout checker: where a built PDF's words land on its pages, checked against the document's structure.
//!
//! Words and their boxes come from poppler's `pdftotext -bbox-layout`
//! (installed by `scripts/setup-tests`); the structure (title, headings,
//! column headings) from [`Document`]. [`faults`] lists, in words a
//! committee secretary would use, every place where:
//! - a word lies outside the text area (whose edges are where the running
//!   header starts and ends);
//! - a heading is the last thing on its page, or a strategy area's heading
//!   (and its introduction) stands on another page than its table's first
//!   row; a table's header row is the last thing on a page;
//! - a word in a table crosses into the next column;
//! - a heading or the title is hyphenated, or breaks right after the dash
//!   of a year range ("2023–" / "2026").
//!
//! The reading order of each page is checked in [`super::reading`].

use std::path::Path;

use handlingsplan::document::Document;

mod area;

pub use area::{Bounds, body_bounds};
use area::{TextArea, body_rows, into_the_footer, outside_text_area, text_area};

/// A word and its box, in points from the page's top left corner.
#[derive(Debug, Clone)]
pub struct Word {
    pub text: String,
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

/// One page's words, grouped in rows: words sharing a baseline (across
/// table cells), top to bottom, each row left to right.
#[derive(Debug, Clone, Default)]
pub struct Page {
    pub rows: Vec<Vec<Word>>,
}

impl Page {
    fn words(&self) -> impl Iterator<Item = &Word> {
        self.rows.iter().flatten()
    }
}

/// The layout and reading-order faults ([`super::reading`]) of the plan
/// at `dir`, built in memory as `build` builds it; `None` if it does not
/// build.
pub fn faults_of_plan(dir: &Path) -> Option<Vec<String>> {
    let built = handlingsplan::build::build(dir, &Default::default()).ok()?;
    let pdf = built.output("pdf")?;
    let markdown = built.output("md")?;
    let markdown = String::from_utf8_lossy(&markdown.rendered.bytes);
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), &pdf.rendered.bytes).unwrap();
    let structure = Structure::of(&built.document);
    let mut found = faults(&read(file.path()), &structure);
    found.extend(super::reading::faults(file.path(), &markdown, &structure));
    Some(found)
}

/// Every page's words, read from the PDF at `path`.
pub fn read(path: &Path) -> Vec<Page> {
    parse(&pdftotext(&["-bbox-layout"], path))
}

/// The PDF's text as `pdftotext PATH -` reads it.
pub fn text(path: &Path) -> String {
    pdftotext(&[], path)
}

/// What `pdftotext ARGS PATH -` prints.
fn pdftotext(args: &[&str], path: &Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .args(args)
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext runs (poppler-utils; scripts/setup-tests installs it)");
    assert!(
        out.status.success(),
        "pdftotext failed on {}",
        path.display()
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Every page's words in the order the PDF's content holds them (the
/// order typst lays them out; a cell spanning rows comes after the
/// spanned rows' first cells, which the reading-order check allows for).
pub fn read_flow(path: &Path) -> Vec<Vec<Word>> {
    let xml = pdftotext(&["-raw", "-bbox"], path);
    (xml.split("<page ").skip(1))
        .map(|page| {
            let mut words: Vec<Word> = page.split("<word ").skip(1).filter_map(word).collect();
            // poppler gives each mark glyph of a cluster (a letter with
            // combining accents) the whole cluster's text, as a word with no
            // width; the PDF's ActualText has the cluster once.
            words.dedup_by(|mark, base| mark.x0 == mark.x1 && mark.text == base.text);
            words
        })
        .collect()
}

/// The pages of `pdftotext -bbox-layout` output.
fn parse(xml: &str) -> Vec<Page> {
    let mut pages = Vec::new();
    for page in xml.split("<page ").skip(1) {
        let mut words: Vec<Word> = page.split("<word ").skip(1).filter_map(word).collect();
        words.sort_by(|a, b| a.y1.total_cmp(&b.y1).then(a.x0.total_cmp(&b.x0)));
        let mut rows: Vec<Vec<Word>> = Vec::new();
        for word in words {
            match rows.last_mut() {
                // The same baseline, give or take rounding.
                Some(row) if (row[0].y1 - word.y1).abs() < 1.0 => row.push(word),
                _ => rows.push(vec![word]),
            }
        }
        rows.iter_mut()
            .for_each(|row| row.sort_by(|a, b| a.x0.total_cmp(&b.x0)));
        pages.push(Page { rows });
    }
    pages
}

fn word(element: &str) -> Option<Word> {
    let attribute = |name: &str| -> Option<f64> {
        let start = element.find(&format!("{name}=\""))? + name.len() + 2;
        element[start..start + element[start..].find('"')?]
            .parse()
            .ok()
    };
    let text = &element[element.find('>')? + 1..element.find("</word>")?];
    let text = text
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
        // Invisible joiners typst writes (e.g. before page numbers).
        .replace(['\u{200b}', '\u{2060}'], "");
    if text.is_empty() {
        return None;
    }
    Some(Word {
        text,
        x0: attribute("xMin")?,
        y0: attribute("yMin")?,
        x1: attribute("xMax")?,
        y1: attribute("yMax")?,
    })
}

/// A table column: its heading, and where its left edge stands as a share
/// of the text area's width.
#[derive(Debug, Clone)]
pub struct Column {
    pub heading: String,
    pub from: f64,
}

/// What the checker knows of the document's structure.
pub struct Structure {
    pub title: String,
    /// Every heading the document prints (sections, areas, blocks).
    pub headings: Vec<String>,
    /// Each area's heading as printed, with its columns.
    pub areas: Vec<(String, Vec<Column>)>,
}

impl Structure {
    pub fn of(doc: &Document) -> Self {
        let areas: Vec<(String, Vec<Column>)> = (doc.areas.iter())
            // An area without printed activities has no table.
            .filter(|area| !area.activities.is_empty())
            .map(|area| {
                let heading = area_heading(area);
                let total: f64 = area.columns.iter().map(|c| c.width).sum();
                let mut before = 0.0;
                let columns = (area.columns.iter())
                    .map(|c| {
                        let column = Column {
                            heading: c.heading.clone(),
                            from: before / total,
                        };
                        before += c.width;
                        column
                    })
                    .collect();
                (heading, columns)
            })
            .collect();
        let mut headings: Vec<String> = doc.sections().map(|s| s.heading.clone()).collect();
        headings.extend(doc.activities_heading.clone());
        headings.extend(doc.areas.iter().map(area_heading));
        // The goals' overview and its goals (a sub-goal's heading is set
        // at the body text's size, too small to be told from a line of it).
        if !doc.goals.goals.is_empty() {
            headings.push(doc.goals.heading.clone());
        }
        headings.extend(
            (doc.goals.goals.iter())
                .filter(|g| !g.sub)
                .map(|g| g.heading.clone()),
        );
        if doc.metadata.placement == "end" && !doc.metadata.rows.is_empty() {
            headings.push(doc.metadata.heading.clone());
        }
        if doc.changes.placement != "none" && !doc.changes.rows.is_empty() {
            headings.push(doc.changes.heading.clone());
        }
        Structure {
            title: doc.title.clone(),
            headings,
            areas,
        }
    }
}

/// An area's heading as the PDF prints it.
fn area_heading(area: &handlingsplan::document::AreaDoc) -> String {
    match &area.number {
        Some(number) => format!("{number} {}", area.title),
        None => area.title.clone(),
    }
}

/// Every layout fault of `pages`, described for a reader.
pub fn faults(pages: &[Page], structure: &Structure) -> Vec<String> {
    let mut found = Vec::new();
    let Some(area) = text_area(pages) else {
        return vec!["no page has a running header to find the text area by".into()];
    };
    let body = body_rows(pages, &area);
    outside_text_area(pages, &area, &mut found);
    into_the_footer(pages, &area, &mut found);
    let mut texts = vec![structure.title.clone()];
    texts.extend(structure.headings.iter().cloned());
    for text in &texts {
        for place in find(&body, text, &area) {
            if place.hyphenated {
                found.push(format!("page {}: \"{text}\" is hyphenated", place.page + 1));
            }
            if place.after_dash {
                found.push(format!(
                    "page {}: \"{text}\" breaks after the dash of a year range",
                    place.page + 1
                ));
            }
            // The title may close page 1 (a title page) when what follows
            // cannot start there; a heading never closes a page.
            let is_title = std::ptr::eq(text, &texts[0]);
            if !is_title && place.last_row + 1 == body[place.page].len() {
                found.push(format!(
                    "page {}: ends with the heading \"{text}\"",
                    place.page + 1
                ));
            }
        }
    }
    for (heading, columns) in &structure.areas {
        tables(&body, heading, columns, &structure.areas, &area, &mut found);
    }
    // A word crossing columns is found once per header row above it.
    found.dedup();
    found
}

/// Where a heading (or the title) stands: whole rows that read its text.
struct Place {
    page: usize,
    /// The row it ends on (a heading breaking across pages ends on the next).
    last_row: usize,
    /// A row ends in a hyphen the heading does not have.
    hyphenated: bool,
    /// A row ends right after the dash of a year range ("2023–").
    after_dash: bool,
}

/// Every place where rows read `text` from their first word to their last,
/// in order: a row's words must start the text that is left, and a row
/// ending in a hyphen may join the next row's first word.
fn find(body: &[Vec<Vec<Word>>], text: &str, area: &TextArea) -> Vec<Place> {
    let want: Vec<&str> = text.split_whitespace().collect();
    let mut places = Vec::new();
    for (page, rows) in body.iter().enumerate() {
        for start in 0..rows.len() {
            // Headings and the title start at the text area's left edge,
            // set larger than the body text.
            let first = &rows[start][0];
            if (first.x0 - area.left).abs() > 1.0 || first.y1 - first.y0 < area.heading_height {
                continue;
            }
            // Nor does a heading start on the second line of another.
            let above = start.checked_sub(1).map(|k| &rows[k][0]);
            let wraps = above.is_some_and(|above| {
                above.y1 - above.y0 >= area.heading_height
                    && first.y0 - above.y1 < 0.5 * (first.y1 - first.y0)
            });
            if wraps {
                continue;
            }
            if let Some(place) = read_from(rows, start, &want, page) {
                places.push(place);
            }
        }
    }
    places
}

fn read_from(rows: &[Vec<Word>], start: usize, want: &[&str], page: usize) -> Option<Place> {
    let (mut at, mut row) = (0, start);
    let (mut hyphenated, mut after_dash) = (false, false);
    let mut carry = String::new();
    while row < rows.len() {
        let words = &rows[row];
        for (k, word) in words.iter().enumerate() {
            let text = format!("{carry}{}", word.text);
            carry.clear();
            let last = k + 1 == words.len();
            let wanted = *want.get(at)?;
            if text == wanted {
                at += 1;
                if last && at < want.len() && ends_year_dash(&text) {
                    after_dash = true;
                }
            } else if last && continues(&text, wanted) {
                // The word goes on in the next row: broken at a dash it
                // has (a year range's, or a compound's), or hyphenated.
                if wanted.starts_with(&text) {
                    after_dash |= ends_year_dash(&text);
                    hyphenated |= !ends_year_dash(&text);
                    carry = text;
                } else {
                    hyphenated = true;
                    carry = text.trim_end_matches(HYPHENS).to_owned();
                }
            } else {
                return None;
            }
        }
        if at == want.len() && carry.is_empty() {
            return Some(Place {
                page,
                last_row: row,
                hyphenated,
                after_dash,
            });
        }
        row += 1;
    }
    None
}

/// The hyphens typst ends a hyphenated line with.
const HYPHENS: [char; 3] = ['-', '‐', '\u{ad}'];

/// `text` is the start of `wanted`, broken at a dash or a hyphen.
fn continues(text: &str, wanted: &str) -> bool {
    let stem = text.trim_end_matches(HYPHENS);
    let at_dash =
        wanted.starts_with(text) && text.len() < wanted.len() && text.ends_with(['–', '-']);
    let hyphenated =
        stem.len() < text.len() && wanted.starts_with(stem) && stem.len() < wanted.len();
    at_dash || hyphenated
}

/// A word ending in a year and a dash ("2023–"), the start of a range.
fn ends_year_dash(word: &str) -> bool {
    let Some(stem) = word.strip_suffix(['–', '-']) else {
        return false;
    };
    stem.len() >= 4 && stem[stem.len() - 4..].bytes().all(|b| b.is_ascii_digit())
}

/// An area's heading and its table: the heading, its introduction and the
/// table's header row stand on the page of the first activity's row; no
/// page ends with the header row; no word crosses into the next column.
/// (A heading with the same words as the area's, e.g. a section's, that is
/// followed on its page by another area's table is not the area's heading.)
fn tables(
    body: &[Vec<Vec<Word>>],
    heading: &str,
    columns: &[Column],
    all: &[(String, Vec<Column>)],
    area: &TextArea,
    found: &mut Vec<String>,
) {
    let table = Table { columns, area };
    let with_row = |rows: &[Vec<Word>], columns: &[Column]| {
        let table = Table { columns, area };
        (0..rows.len())
            .find_map(|r| table.header_end(&rows[r..]).map(|end| r + end))
            .is_some_and(|end| end < rows.len())
    };
    // A section may be headed as an area is: only as many of the places
    // that read the heading need a table below as areas have the heading.
    let (placed, apart): (Vec<Place>, Vec<Place>) = (find(body, heading, area).into_iter())
        .partition(|place| {
            let rows = &body[place.page][place.last_row + 1..];
            all.iter().any(|(_, columns)| with_row(rows, columns))
        });
    if placed.len() < all.iter().filter(|(h, _)| h == heading).count() {
        for place in apart {
            found.push(format!(
                "page {}: the heading \"{heading}\" stands on another page than its table's first row",
                place.page + 1
            ));
        }
    }
    for (page, rows) in body.iter().enumerate() {
        for start in 0..rows.len() {
            let Some(end) = table.header_end(&rows[start..]) else {
                continue;
            };
            // A cell's last line that reads like the header row (a column
            // headed "och") stands a line below the cell's other lines; a
            // header row stands apart, below its cell's inset.
            let bottom = |row: &Vec<Word>| row.iter().map(|w| w.y1).fold(f64::MIN, f64::max);
            let apart = start == 0 || rows[start][0].y0 - bottom(&rows[start - 1]) > 3.0;
            if start + end == rows.len() && apart {
                found.push(format!("page {}: ends with a table's header row", page + 1));
            }
            table.crossing(&rows[start + end..], page, found);
        }
    }
}

/// A table's columns on the page.
struct Table<'a> {
    columns: &'a [Column],
    area: &'a TextArea,
}

impl Table<'_> {
    /// The column a word starting at `x` stands in.
    fn column_at(&self, x: f64) -> usize {
        let share = (x - self.area.left) / (self.area.right - self.area.left);
        (self.columns.iter())
            .rposition(|c| c.from <= share + 1e-3)
            .unwrap_or(0)
    }

    /// If `rows` start with the table's header row (each column's heading,
    /// wrapped and perhaps hyphenated, in its column), how many rows it
    /// takes.
    fn header_end(&self, rows: &[Vec<Word>]) -> Option<usize> {
        let mut read: Vec<String> = vec![String::new(); self.columns.len()];
        for (r, row) in rows.iter().enumerate() {
            let complete =
                (read.iter().zip(self.columns)).all(|(text, c)| words_equal(text, &c.heading));
            let mut next = read.clone();
            for word in row {
                let k = self.column_at(word.x0);
                next[k] = joined(&next[k], &word.text);
            }
            let continues =
                (next.iter().zip(self.columns)).all(|(text, c)| is_start_of(text, &c.heading));
            if !continues {
                return (r > 0 && complete).then_some(r);
            }
            read = next;
        }
        let complete =
            (read.iter().zip(self.columns)).all(|(text, c)| words_equal(text, &c.heading));
        complete.then_some(rows.len())
    }

    /// Words in the table's rows (`rows`, up to the first row that starts
    /// at the text area's edge: a heading or a paragraph after the table)
    /// that cross a column's left edge.
    fn crossing(&self, rows: &[Vec<Word>], page: usize, found: &mut Vec<String>) {
        let width = self.area.right - self.area.left;
        let in_table = rows
            .iter()
            .take_while(|row| row[0].x0 > self.area.left + 2.0);
        for word in in_table.flatten() {
            for column in &self.columns[1..] {
                let edge = self.area.left + column.from * width;
                if word.x0 < edge - 0.3 && word.x1 > edge + 0.3 {
                    found.push(format!(
                        "page {}: \"{}\" crosses into the column \"{}\"",
                        page + 1,
                        word.text,
                        column.heading
                    ));
                }
            }
        }
    }
}

/// `text` with `word` after it.
fn joined(text: &str, word: &str) -> String {
    format!("{text} {word}")
}

/// Text as compared with a heading: without spaces and hyphens, which
/// wrapping adds and takes away.
fn bare(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !HYPHENS.contains(c))
        .collect()
}

fn words_equal(text: &str, heading: &str) -> bool {
    bare(text) == bare(heading)
}

/// `text`, as read so far, starts `heading`.
fn is_start_of(text: &str, heading: &str) -> bool {
    bare(heading).starts_with(&bare(text))
}
