//! Reads the plan's source files back out of a PDF that carries them as
//! attachments (`bifoga_kallfiler = true`) and writes them to a folder.
//!
//! Attachment names come from the PDF, which may come from anywhere: a name
//! that is absolute, holds `..`, or would otherwise leave the folder is
//! refused, and nothing is ever written over an existing file.

use std::collections::BTreeSet;
use std::io::Read;
use std::path::{Path, PathBuf};

use lopdf::{Dictionary, Document, Object, decode_text_string};

use crate::load::folder::relative;
use crate::msg;
use crate::report::{Hint, Message, Problem, Report, error, printable};
use crate::t;
use crate::write::{Batch, Before};

/// One attached file: its name (a relative path) and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// The largest attachment read back: the largest file the loader reads
/// (a font), since every attachment is a file a build read.
pub const MAX_ATTACHMENT_BYTES: u64 = crate::load::MAX_FONT_BYTES;
/// The most bytes read back from one PDF, all attachments together.
pub const MAX_TOTAL_BYTES: u64 = 128 * 1024 * 1024;
/// The largest PDF read.
pub const MAX_PDF_BYTES: u64 = 256 * 1024 * 1024;

/// The files attached to `pdf` (from the catalog's `/EmbeddedFiles` name
/// tree), in order. Each is unpacked with a limit ([`MAX_ATTACHMENT_BYTES`],
/// and [`MAX_TOTAL_BYTES`] for all), so that a small PDF cannot unpack
/// into a huge file or take memory without bound.
pub fn attachments(pdf: &[u8]) -> Result<Vec<Attachment>, Message> {
    let doc =
        Document::load_mem(pdf).map_err(|e| msg!("extract-not-pdf", error = e.to_string()))?;
    let catalog = doc
        .catalog()
        .map_err(|e| msg!("extract-no-catalog", error = e.to_string()))?;
    let Ok(names) = catalog.get_deref(b"Names", &doc).and_then(Object::as_dict) else {
        return Ok(Vec::new());
    };
    let Ok(tree) = names
        .get_deref(b"EmbeddedFiles", &doc)
        .and_then(Object::as_dict)
    else {
        return Ok(Vec::new());
    };
    let mut specs = Vec::new();
    collect(&doc, tree, &mut specs, 0)?;
    let mut left = MAX_TOTAL_BYTES;
    specs
        .into_iter()
        .map(|spec| read_spec(&doc, spec, &mut left))
        .collect()
}

/// The file specifications in a name tree node and its kids.
fn collect<'a>(
    doc: &'a Document,
    node: &'a Dictionary,
    out: &mut Vec<&'a Dictionary>,
    depth: usize,
) -> Result<(), Message> {
    if depth > 32 {
        return Err(msg!("extract-nested"));
    }
    if let Ok(pairs) = node.get_deref(b"Names", doc).and_then(Object::as_array) {
        for value in pairs.iter().skip(1).step_by(2) {
            let spec = doc.dereference(value).and_then(|(_, o)| o.as_dict());
            out.push(spec.map_err(|_| msg!("extract-not-file-spec"))?);
        }
    }
    if let Ok(kids) = node.get_deref(b"Kids", doc).and_then(Object::as_array) {
        for kid in kids {
            let kid = doc.dereference(kid).and_then(|(_, o)| o.as_dict());
            collect(
                doc,
                kid.map_err(|_| msg!("extract-damaged"))?,
                out,
                depth + 1,
            )?;
        }
    }
    Ok(())
}

/// One file specification's name (`/UF`, else `/F`) and decoded content,
/// at most `left` bytes (less what it takes).
fn read_spec(doc: &Document, spec: &Dictionary, left: &mut u64) -> Result<Attachment, Message> {
    let name = [b"UF".as_slice(), b"F"]
        .iter()
        .find_map(|key| decode_text_string(spec.get_deref(key, doc).ok()?).ok())
        .ok_or_else(|| msg!("extract-no-name"))?;
    let stream = spec
        .get_deref(b"EF", doc)
        .and_then(Object::as_dict)
        .and_then(|ef| ef.get_deref(b"F", doc))
        .and_then(Object::as_stream)
        .map_err(|_| msg!("extract-no-content", name = &name))?;
    let limit = MAX_ATTACHMENT_BYTES.min(*left);
    let bytes = content(stream, &name, limit)?;
    *left -= bytes.len() as u64;
    Ok(Attachment { name, bytes })
}

/// A stream's content, unpacked (no filter, or `FlateDecode` without a
/// predictor: what a build writes), refused past `limit` bytes. The
/// stream is unpacked through a limited reader, so no more than `limit`
/// bytes are ever held.
fn content(stream: &lopdf::Stream, name: &str, limit: u64) -> Result<Vec<u8>, Message> {
    let too_large = || {
        if limit < MAX_ATTACHMENT_BYTES {
            msg!(
                "extract-too-much",
                name = name,
                limit = megabytes(MAX_TOTAL_BYTES)
            )
        } else {
            msg!("extract-too-large", name = name, limit = megabytes(limit))
        }
    };
    let filters = if stream.dict.has(b"Filter") {
        stream
            .filters()
            .map_err(|e| msg!("extract-cannot-decode", name = name, error = e.to_string()))?
    } else {
        Vec::new()
    };
    let predictor = match stream.dict.get(b"DecodeParms") {
        Err(_) | Ok(Object::Null) => false,
        Ok(Object::Dictionary(parms)) => {
            parms
                .get(b"Predictor")
                .and_then(Object::as_i64)
                .unwrap_or(1)
                > 1
        }
        Ok(_) => true,
    };
    let bytes = match filters.as_slice() {
        [] => stream.content.clone(),
        [b"FlateDecode"] if !predictor => {
            let mut out = Vec::new();
            flate2::read::ZlibDecoder::new(stream.content.as_slice())
                .take(limit + 1)
                .read_to_end(&mut out)
                .map_err(|e| msg!("extract-cannot-decode", name = name, error = e.to_string()))?;
            out
        }
        _ => {
            let filters: Vec<String> = (filters.iter())
                .map(|f| String::from_utf8_lossy(f).into_owned())
                .collect();
            return Err(msg!(
                "extract-unknown-filter",
                name = name,
                filter = filters.join(", ")
            ));
        }
    };
    if bytes.len() as u64 > limit {
        return Err(too_large());
    }
    Ok(bytes)
}

/// Bytes as whole megabytes (MiB), for messages.
fn megabytes(bytes: u64) -> String {
    (bytes / 1024 / 1024).to_string()
}

/// Where each attachment goes under the folder, or why one may not be written.
pub fn plan_paths(files: &[Attachment]) -> Result<Vec<PathBuf>, Problem> {
    let mut seen = BTreeSet::new();
    files
        .iter()
        .map(|file| {
            // A name with control characters would print as terminal
            // escape codes and name a file no author wrote.
            if printable(&file.name) != file.name {
                return Err(
                    error(msg!("extract-unsafe-name", name = printable(&file.name)))
                        .hint(t!("extract-altered-hint")),
                );
            }
            let path = relative(&file.name).map_err(|_| {
                error(msg!("extract-outside", name = &file.name)).hint(t!("extract-outside-hint"))
            })?;
            if !seen.insert(path.clone()) {
                return Err(error(msg!("extract-duplicate", name = &file.name))
                    .hint(t!("extract-altered-hint")));
            }
            Ok(path)
        })
        .collect()
}

/// Writes `files` into `dir` (created if missing), all or none. Refuses
/// before writing anything if a file already exists or a name would leave
/// `dir`.
pub fn write(dir: &Path, files: &[Attachment]) -> Result<Vec<PathBuf>, Report> {
    let paths = plan_paths(files).map_err(Report::single)?;
    let mut batch = Batch::new();
    for (path, file) in paths.iter().zip(files) {
        batch.add(dir, path, &file.bytes, Before::Absent);
    }
    batch.commit()?;
    Ok(paths)
}

#[cfg(test)]
mod tests {
    use super::*;
    use lopdf::{Stream, dictionary};

    /// A PDF holding files with these names, as any program could make it.
    fn pdf_with(names: &[&str]) -> Vec<u8> {
        let mut doc = Document::with_version("1.7");
        let mut pairs = Vec::new();
        for name in names {
            let stream = doc.add_object(Stream::new(dictionary! {}, b"x".to_vec()));
            let spec = doc.add_object(dictionary! {
                "Type" => "Filespec",
                "F" => Object::string_literal(*name),
                "UF" => Object::string_literal(*name),
                "EF" => dictionary! { "F" => stream },
            });
            pairs.push(Object::string_literal(*name));
            pairs.push(spec.into());
        }
        let pages =
            doc.add_object(dictionary! { "Type" => "Pages", "Kids" => vec![], "Count" => 0 });
        let catalog = doc.add_object(dictionary! {
            "Type" => "Catalog",
            "Pages" => pages,
            "Names" => dictionary! { "EmbeddedFiles" => dictionary! { "Names" => pairs } },
        });
        doc.trailer.set("Root", catalog);
        let mut bytes = Vec::new();
        doc.save_to(&mut bytes).unwrap();
        bytes
    }

    #[test]
    fn names_that_leave_the_folder_are_refused_before_anything_is_written() {
        for bad in [
            "../utanfor.toml",
            "/etc/passwd",
            "a/../../b.toml",
            "",
            "a\\..\\b",
        ] {
            let files = attachments(&pdf_with(&["region.toml", bad])).unwrap();
            assert_eq!(files.len(), 2);
            let dir = tempfile::tempdir().unwrap();
            let target = dir.path().join("plan");
            let report = write(&target, &files).expect_err(bad);
            let message = report.to_plain_string();
            assert!(message.contains("utanför mappen"), "{bad}: {message}");
            assert!(
                !target.join("region.toml").exists(),
                "{bad}: nothing written"
            );
            assert!(!dir.path().join("utanfor.toml").exists());
        }
    }

    #[test]
    fn files_come_back_under_their_names() {
        let files = attachments(&pdf_with(&["region.toml", "2026/plan.toml"])).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let written = write(dir.path(), &files).unwrap();
        assert_eq!(
            written,
            [
                PathBuf::from("region.toml"),
                PathBuf::from("2026/plan.toml")
            ]
        );
        assert_eq!(
            std::fs::read(dir.path().join("2026/plan.toml")).unwrap(),
            b"x"
        );
        let twice = attachments(&pdf_with(&["a.toml", "./a.toml"])).unwrap();
        assert!(plan_paths(&twice).is_err(), "two names for one file");
    }
}
