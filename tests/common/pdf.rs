//! Reading a PDF's structure with lopdf: the tag tree, artifacts, metadata, fonts.

use std::path::Path;

use lopdf::{Dictionary, Document, Object};

pub fn load(bytes: &[u8]) -> Document {
    Document::load_mem(bytes).expect("the PDF parses")
}

/// An object, following references.
fn deref<'a>(doc: &'a Document, object: &'a Object) -> &'a Object {
    doc.dereference(object).map(|(_, o)| o).unwrap_or(object)
}

fn dict<'a>(doc: &'a Document, d: &'a Dictionary, key: &[u8]) -> Option<&'a Dictionary> {
    d.get(key)
        .ok()
        .map(|o| deref(doc, o))
        .and_then(|o| o.as_dict().ok())
}

fn name(doc: &Document, d: &Dictionary, key: &[u8]) -> Option<String> {
    let o = deref(doc, d.get(key).ok()?);
    o.as_name()
        .ok()
        .map(|n| String::from_utf8_lossy(n).into_owned())
}

/// A catalog entry as a string: a name, a text string, or a boolean.
pub fn catalog_value(doc: &Document, path: &[&str]) -> Option<String> {
    let mut d = doc.catalog().ok()?;
    let (last, parents) = path.split_last()?;
    for key in parents {
        d = dict(doc, d, key.as_bytes())?;
    }
    match deref(doc, d.get(last.as_bytes()).ok()?) {
        Object::Boolean(b) => Some(b.to_string()),
        Object::Name(n) => Some(String::from_utf8_lossy(n).into_owned()),
        o @ Object::String(..) => lopdf::decode_text_string(o).ok(),
        _ => None,
    }
}

/// The structure tree as the structure types of its elements, depth first,
/// each with its depth: `(1, "Document")`, `(2, "H1")`, …
pub fn structure(doc: &Document) -> Vec<(usize, String)> {
    let root = dict(doc, doc.catalog().unwrap(), b"StructTreeRoot").expect("a structure tree");
    let mut out = Vec::new();
    if let Ok(k) = root.get(b"K") {
        walk(doc, k, 1, &mut out);
    }
    out
}

fn walk(doc: &Document, k: &Object, depth: usize, out: &mut Vec<(usize, String)>) {
    assert!(depth < 100, "structure tree too deep");
    match deref(doc, k) {
        Object::Array(items) => items.iter().for_each(|i| walk(doc, i, depth, out)),
        Object::Dictionary(d) => {
            if let Some(s) = name(doc, d, b"S") {
                out.push((depth, s));
                if let Ok(k) = d.get(b"K") {
                    walk(doc, k, depth + 1, out);
                }
            }
        }
        _ => {}
    }
}

/// How many structure elements of one type there are.
pub fn count(structure: &[(usize, String)], kind: &str) -> usize {
    structure.iter().filter(|(_, s)| s == kind).count()
}

/// The property lists of every artifact on each page
/// (`/Artifact<</Type/Pagination/Subtype/Header…>>`), one list per page.
pub fn artifacts(doc: &Document) -> Vec<Vec<String>> {
    doc.get_pages()
        .values()
        .map(|&page| {
            let content = doc.get_page_content(page).expect("page content");
            let text = String::from_utf8_lossy(&content);
            text.match_indices("/Artifact")
                .map(|(at, _)| {
                    let rest = &text[at + "/Artifact".len()..];
                    let end = rest.find("BDC").or_else(|| rest.find("BMC")).unwrap_or(0);
                    rest[..end].trim().to_owned()
                })
                .collect()
        })
        .collect()
}

/// The XMP metadata packet.
pub fn xmp(doc: &Document) -> String {
    let catalog = doc.catalog().unwrap();
    let stream = deref(doc, catalog.get(b"Metadata").expect("XMP metadata"))
        .as_stream()
        .expect("a metadata stream");
    let bytes = stream
        .decompressed_content()
        .unwrap_or_else(|_| stream.content.clone());
    String::from_utf8(bytes).expect("XMP is UTF-8")
}

/// Fonts (by base name) whose program is not embedded in the PDF.
pub fn fonts_not_embedded(doc: &Document) -> Vec<String> {
    let mut missing = Vec::new();
    let mut fonts = 0;
    for object in doc.objects.values() {
        let Ok(d) = object.as_dict() else { continue };
        if name(doc, d, b"Type").as_deref() != Some("Font") {
            continue;
        }
        fonts += 1;
        let subtype = name(doc, d, b"Subtype").unwrap_or_default();
        if subtype == "Type0" || subtype == "Type3" {
            continue; // described by their descendant font / drawn by glyph procedures
        }
        let embedded = dict(doc, d, b"FontDescriptor").is_some_and(|fd| {
            [b"FontFile".as_slice(), b"FontFile2", b"FontFile3"]
                .iter()
                .any(|k| fd.has(k))
        });
        if !embedded {
            missing.push(name(doc, d, b"BaseFont").unwrap_or(subtype));
        }
    }
    assert!(fonts > 0, "the PDF has fonts");
    missing
}

/// The attached files: (name, AFRelationship).
pub fn attachments(doc: &Document) -> Vec<(String, String)> {
    let catalog = doc.catalog().unwrap();
    let Some(tree) = dict(doc, catalog, b"Names").and_then(|n| dict(doc, n, b"EmbeddedFiles"))
    else {
        return Vec::new();
    };
    let pairs = deref(doc, tree.get(b"Names").expect("a flat name tree"))
        .as_array()
        .unwrap();
    pairs
        .chunks(2)
        .map(|pair| {
            let spec = deref(doc, &pair[1]).as_dict().unwrap();
            let file_name =
                lopdf::decode_text_string(deref(doc, spec.get(b"UF").unwrap())).unwrap();
            let relationship = name(doc, spec, b"AFRelationship").unwrap_or_default();
            (file_name, relationship)
        })
        .collect()
}

/// `qpdf --check` on a PDF: (clean, its output). qpdf must be installed
/// (`scripts/setup-tests` installs it).
pub fn qpdf_check(path: &Path) -> (bool, String) {
    let out = std::process::Command::new("qpdf")
        .arg("--check")
        .arg(path)
        .output()
        .expect("qpdf is installed (scripts/setup-tests installs it)");
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.success() && !text.contains("WARNING"), text)
}

/// Runs pdfua (PyPI), which checks a machine-checkable subset of PDF/UA-1.
pub fn pdfua_passes(path: &Path) {
    let pdfua = pdfua();
    let out = std::process::Command::new(&pdfua)
        .arg("check")
        .arg(path)
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "pdfua ({}) cannot run: {e}; run scripts/setup-tests",
                pdfua.display()
            )
        });
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "pdfua check:\n{text}");
    assert!(text.contains("result: PASS"), "{text}");
}

/// The `pdfua` checker (PyPI): `$PDFUA`, else the one `scripts/setup-tests` installs
/// in `target/pdfua`, else `pdfua` on the PATH.
pub fn pdfua() -> std::path::PathBuf {
    if let Some(path) = std::env::var_os("PDFUA") {
        return path.into();
    }
    let local = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/pdfua/bin/pdfua");
    if local.exists() {
        local
    } else {
        "pdfua".into()
    }
}

/// Every link annotation: (its URI, if it leads out of the document, and
/// its `/Contents`, the text assistive technology reads for it).
pub fn links(doc: &Document) -> Vec<(Option<String>, Option<String>)> {
    doc.objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| name(doc, d, b"Subtype").as_deref() == Some("Link"))
        .map(|d| {
            let uri = dict(doc, d, b"A")
                .and_then(|a| a.get(b"URI").ok())
                .and_then(|u| u.as_str().ok())
                .map(|u| String::from_utf8_lossy(u).into_owned());
            let contents = d
                .get(b"Contents")
                .ok()
                .and_then(|c| lopdf::decode_text_string(c).ok());
            (uri, contents)
        })
        .collect()
}

/// Every `Link` structure element: (whether it holds marked content, i.e.
/// visible text, and whether it holds its link annotation).
pub fn link_elements(doc: &Document) -> Vec<(bool, bool)> {
    doc.objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| name(doc, d, b"S").as_deref() == Some("Link"))
        .map(|d| {
            let mut text = false;
            let mut annotation = false;
            let mut kids = vec![d.get(b"K").ok()];
            while let Some(Some(k)) = kids.pop() {
                match deref(doc, k) {
                    Object::Integer(_) => text = true,
                    Object::Array(items) => kids.extend(items.iter().map(Some)),
                    Object::Dictionary(kd) => match name(doc, kd, b"Type").as_deref() {
                        Some("MCR") => text = true,
                        Some("OBJR") => annotation = true,
                        // A structure element inside the link (a Span): its text counts.
                        _ => kids.push(kd.get(b"K").ok()),
                    },
                    _ => {}
                }
            }
            (text, annotation)
        })
        .collect()
}

/// The PDF's bookmarks (its outline), depth first: (depth from 1, title).
pub fn bookmarks(doc: &Document) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    if let Some(outlines) = dict(doc, doc.catalog().unwrap(), b"Outlines") {
        bookmark_items(doc, outlines, 1, &mut out);
    }
    out
}

fn bookmark_items(
    doc: &Document,
    parent: &Dictionary,
    depth: usize,
    out: &mut Vec<(usize, String)>,
) {
    assert!(depth < 100, "outline too deep");
    let mut item = dict(doc, parent, b"First");
    while let Some(entry) = item {
        let title = entry.get(b"Title").ok().map(|t| deref(doc, t));
        out.push((
            depth,
            title
                .and_then(|t| lopdf::decode_text_string(t).ok())
                .unwrap_or_default(),
        ));
        bookmark_items(doc, entry, depth + 1, out);
        item = dict(doc, entry, b"Next");
    }
}
