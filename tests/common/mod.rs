//! Shared helpers for the integration tests: temporary plans and PDF text.
#![allow(dead_code)]

pub mod blocks;
pub mod example_copy;
pub mod layout;
pub mod markdown;
pub mod pdf;
pub mod reading;
pub mod reading_plan;
pub mod rng;
#[cfg(unix)]
pub mod rss;

use std::path::{Path, PathBuf};

use handlingsplan::report::Report;

/// A plan's outputs, rendered in memory.
pub struct Built {
    /// The output files' name without extension.
    pub stem: String,
    pub pdf: Pdf,
    pub markdown: String,
    pub html: String,
}

pub struct Pdf {
    pub bytes: Vec<u8>,
    pub pages: usize,
}

/// Builds the plan in `dir` in memory, as `handlingsplan build` would.
pub fn render_plan(dir: &Path, _emit_typst: Option<&Path>) -> Result<Built, Report> {
    let built = handlingsplan::build::build(dir, &Default::default())?;
    let pdf = built.output("pdf").expect("a PDF is built");
    let markdown = built.output("md").expect("a Markdown file is built");
    let html = built.output("html").expect("an HTML file is built");
    let pages = pdf
        .rendered
        .summary
        .as_deref()
        .and_then(|s| s.split(' ').next()?.parse().ok())
        .unwrap_or(0);
    Ok(Built {
        stem: built.document.file_stem.clone(),
        pdf: Pdf {
            bytes: pdf.rendered.bytes.clone(),
            pages,
        },
        markdown: String::from_utf8(markdown.rendered.bytes.clone()).expect("UTF-8"),
        html: String::from_utf8(html.rendered.bytes.clone()).expect("UTF-8"),
    })
}

pub mod readback;

/// Strings that mean something to typst, Markdown or HTML.
pub const HOSTILE: [&str; 9] = [
    "#read(\"/etc/passwd\")",
    "#{1+1}",
    "$x^2$",
    "@ref",
    "a | b",
    "<script>alert(1)</script>",
    "[länk](http://x) *inte kursiv* _inte heller_",
    "`kod` \\ bakåtsnedstreck ~ & ! #set page(width: 1cm)",
    "#import \"/etc/hosts\": *",
];

/// The bundled example plan.
pub fn example_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("plans/norrbotten/2022")
}

/// A small valid region file with the Norrbotten columns.
pub const REGION: &str = r##"
organisation = "Region Testbotten"
kortnamn = "testbotten"

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
falt = "rapportering"
rubrik = "Rapportering"
bredd = 2

[metadata]
falt = ["dokument_id", "version", "godkant_datum"]
"##;

/// A small valid plan file.
pub const PLAN: &str = r##"
titel = "Handlingsplan 2026"
period = "2026"
dokument_id = "TEST-1"
version = "1.0"
godkant_datum = 2025-12-01
omraden = ["forsta"]

[[avsnitt]]
rubrik = "Syfte"
text = "Att pröva verktyget."
"##;

/// A small valid area file.
pub const AREA: &str = r##"
rubrik = "Första området"

[[aktivitet]]
id = "forsta-aktiviteten"
text = "Göra något viktigt."
ansvarig = "Verksamhetscheferna"
tid = "December"
rapportering = ["LSG Läkemedel", "Kunskapsstyrningsrådet"]
"##;

/// A plan written to a temporary folder: `<tmp>/region/region.toml`,
/// `<tmp>/region/2026/plan.toml` and `<tmp>/region/2026/omraden/*.toml`.
pub struct TempPlan {
    pub root: tempfile::TempDir,
}

impl TempPlan {
    /// The valid minimal plan.
    pub fn new() -> Self {
        Self::with(REGION, PLAN, &[("forsta", AREA)])
    }

    pub fn with(region: &str, plan: &str, areas: &[(&str, &str)]) -> Self {
        let root = tempfile::tempdir().expect("temp dir");
        let t = TempPlan { root };
        t.write("region.toml", region);
        t.write("2026/plan.toml", plan);
        for (name, text) in areas {
            t.write(&format!("2026/omraden/{name}.toml"), text);
        }
        t
    }

    /// Writes a file relative to the region folder.
    pub fn write(&self, path: &str, text: &str) {
        self.write_bytes(path, text.as_bytes());
    }

    pub fn write_bytes(&self, path: &str, bytes: &[u8]) {
        let full = self.region_dir().join(path);
        std::fs::create_dir_all(full.parent().unwrap()).unwrap();
        std::fs::write(full, bytes).unwrap();
    }

    pub fn region_dir(&self) -> PathBuf {
        self.root.path().join("region")
    }

    pub fn plan_dir(&self) -> PathBuf {
        self.region_dir().join("2026")
    }

    /// The plan's pages as typst lays them out, see [`layout_pages`].
    pub fn layout(&self) -> Vec<Page> {
        layout_pages(&self.plan_dir())
    }

    pub fn render(&self) -> Built {
        match render_plan(&self.plan_dir(), None) {
            Ok(built) => built,
            Err(report) => panic!("plan should render:\n{}", report.to_plain_string()),
        }
    }

    /// `handlingsplan check` on the plan: its exit code, and its stderr
    /// with the temporary folder shown as `[plan]`.
    pub fn check(&self) -> (i32, String) {
        let output = binary()
            .arg("check")
            .arg(self.plan_dir())
            .output()
            .expect("runs");
        let stderr = String::from_utf8_lossy(&output.stderr)
            .replace(&self.region_dir().display().to_string(), "[plan]");
        (output.status.code().unwrap_or(-1), stderr)
    }

    /// The problems report, with the temporary folder shown as `[plan]`.
    pub fn problems(&self) -> String {
        match handlingsplan::build::build(&self.plan_dir(), &Default::default()) {
            Ok(_) => panic!("plan should have problems"),
            Err(report) => report
                .to_plain_string()
                .replace(&self.region_dir().display().to_string(), "[plan]"),
        }
    }
}

/// An HTML page's text: tags taken out, the entities the escaping writes decoded.
pub fn html_text(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    decode_references(&text)
}

/// `&amp;`, `&lt;`, `&#39;`, `&#x2F;` … as the characters they stand for.
pub fn decode_references(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let decoded = after.split_once(';').and_then(|(name, tail)| {
            let c = match name {
                "amp" => '&',
                "lt" => '<',
                "gt" => '>',
                "quot" => '"',
                "apos" => '\'',
                "nbsp" => '\u{a0}',
                _ => {
                    let number = name.strip_prefix('#')?;
                    let code = match number.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                        None => number.parse().ok()?,
                    };
                    char::from_u32(code)?
                }
            };
            Some((c, tail))
        });
        match decoded {
            Some((c, tail)) => {
                out.push(c);
                rest = tail;
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The text of each page of a PDF.
pub fn pdf_pages(pdf: &[u8]) -> Vec<String> {
    pdf_extract::extract_text_from_mem_by_pages(pdf).expect("PDF text extracts")
}

/// Text made comparable across line breaks: no whitespace, no hyphens
/// (typst hyphenates at line ends; extraction adds spaces), no zero-width
/// spaces (the template puts them between the characters of very long words
/// so that those can wrap) and no word joiners (the template puts one after
/// a link that a word goes on from).
pub fn squash(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '\u{ad}' | '\u{200b}' | '\u{2060}'))
        .collect()
}

/// A run of text as typst lays it out: its text, where its baseline starts
/// (in points from the page's top left corner), its width and its font size.
#[derive(Debug, Clone)]
pub struct Run {
    pub text: String,
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub size: f64,
}

/// One laid-out page: its size in points and its runs of text, in the
/// order they are drawn.
#[derive(Debug, Clone, Default)]
pub struct Page {
    pub width: f64,
    pub height: f64,
    pub runs: Vec<Run>,
}

/// Points per millimetre.
pub const MM: f64 = 72.0 / 25.4;

/// The area of an A4 page inside the built-in template's margins (x 2.2 cm,
/// top 2.4 cm, bottom 2.6 cm), in points from the top left corner: `left`,
/// `right`, `top`, `bottom`.
pub const TEXT_AREA: [f64; 4] = [
    22.0 * MM,
    (210.0 - 22.0) * MM,
    24.0 * MM,
    (297.0 - 26.0) * MM,
];

impl Page {
    /// The runs whose baseline lies inside `TEXT_AREA`: not the running
    /// header and footer, and nothing drawn past the bottom margin.
    pub fn body_runs(&self) -> impl Iterator<Item = &Run> {
        let [left, right, top, bottom] = TEXT_AREA;
        self.runs.iter().filter(move |r| {
            r.x >= left - 0.5 && r.x <= right + 0.5 && r.y >= top && r.y <= bottom + 0.5
        })
    }

    /// The text of the runs inside the text area, in drawing order.
    pub fn body_text(&self) -> String {
        self.body_runs().map(|r| r.text.as_str()).collect()
    }
}

/// Lays a plan out as typst does for its PDF, and collects every run of
/// text with its position.
pub fn layout_pages(plan_dir: &Path) -> Vec<Page> {
    use typst::layout::{Frame, FrameItem, Transform};

    fn walk(frame: &Frame, ts: Transform, runs: &mut Vec<Run>) {
        for (pos, item) in frame.items() {
            match item {
                FrameItem::Group(group) => {
                    let ts = ts
                        .pre_concat(Transform::translate(pos.x, pos.y))
                        .pre_concat(group.transform);
                    walk(&group.frame, ts, runs);
                }
                FrameItem::Text(text) => {
                    let at = pos.transform(ts);
                    runs.push(Run {
                        text: text.text.to_string(),
                        x: at.x.to_pt(),
                        y: at.y.to_pt(),
                        width: text.width().to_pt(),
                        size: text.size.to_pt(),
                    });
                }
                _ => {}
            }
        }
    }

    let loaded = handlingsplan::load::load(plan_dir).expect("the plan loads");
    let doc = handlingsplan::document::Document::new(&loaded);
    let template = handlingsplan::render::pdf::PdfRenderer::template(&loaded).expect("template");
    let bundle = handlingsplan::render::pdf::Bundle::new(&doc, &loaded, template);
    let document = match handlingsplan::render::pdf::layout(&bundle, &loaded) {
        Ok(document) => document,
        Err(report) => panic!("plan should lay out:\n{}", report.to_plain_string()),
    };
    document
        .pages()
        .iter()
        .map(|page| {
            let mut runs = Vec::new();
            walk(&page.frame, Transform::identity(), &mut runs);
            Page {
                width: page.frame.width().to_pt(),
                height: page.frame.height().to_pt(),
                runs,
            }
        })
        .collect()
}

/// The `handlingsplan` binary, with a time limit so a hang fails the test.
pub fn binary() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("handlingsplan").expect("binary is built");
    // Tests read the messages in one language: Swedish, the default.
    cmd.env("HANDLINGSPLAN_LANG", "sv");
    cmd.timeout(std::time::Duration::from_secs(60));
    cmd
}

/// Runs `handlingsplan check` on a plan: (success, stderr).
pub fn check(dir: &Path) -> (bool, String) {
    let out = binary().arg("check").arg(dir).output().expect("runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// An area file with `n` activities, so that a plan takes a while to build.
/// `text` goes into each activity, so that two versions of a plan differ.
pub fn area_with_activities(n: usize, text: &str) -> String {
    let mut area = String::from("rubrik = \"Första området\"\n");
    for i in 0..n {
        area.push_str(&format!(
            "\n[[aktivitet]]\nid = \"aktivitet-{i}\"\n\
             text = \"{text} {i}: en lite längre text som bryts över flera rader i tabellen.\"\n\
             ansvarig = \"Verksamhetscheferna\"\ntid = \"December\"\n\
             rapportering = [\"LSG Läkemedel\", \"Kunskapsstyrningsrådet\"]\n"
        ));
    }
    area
}

/// Every entry of a folder (hidden ones too) by name, with a file's bytes,
/// or a note for a folder or symlink.
pub fn folder_contents(dir: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| {
            let entry = entry.unwrap();
            let kind = entry.file_type().unwrap();
            let content = if kind.is_symlink() {
                let target = std::fs::read_link(entry.path()).unwrap();
                format!("symlink to {}", target.display()).into_bytes()
            } else if kind.is_dir() {
                b"folder".to_vec()
            } else {
                std::fs::read(entry.path()).unwrap()
            };
            (entry.file_name().to_string_lossy().into_owned(), content)
        })
        .collect()
}

/// Copies a folder and everything in it.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

/// A copy of the example's region folder (`<tmp>/norrbotten`), to change.
/// Takes the register of bodies (`[[organ]]`) out of a copy of the example
/// region, for tests that write made-up names in `ansvarig` and
/// `rapportering` (the register is tested in tests/organ.rs).
#[allow(dead_code)]
pub fn remove_register(region: &Path) {
    let path = region.join("region.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut doc: toml_edit::DocumentMut = text.parse().unwrap();
    assert!(doc.remove("organ").is_some(), "the example has a register");
    std::fs::write(&path, doc.to_string()).unwrap();
}

///
/// The copy leaves out the example's follow-up rounds (`uppfoljning/`,
/// tested in tests/uppfoljning.rs): tests that end, hide, remove or rename
/// activities would otherwise have to keep the invented rounds in step.
pub fn example_region_copy() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let region = dir.path().join("norrbotten");
    copy_dir(&example_dir().join(".."), &region);
    std::fs::remove_dir_all(region.join("2022/uppfoljning")).unwrap();
    (dir, region)
}
