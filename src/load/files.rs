//! Reading plan files from disk: size limits, folders, encodings.

use std::path::Path;

use crate::report::{FileId, Hint, Problem, Sources, error, error_at};

/// Largest plan file we read; real plan files are a few kilobytes.
pub const MAX_FILE_BYTES: u64 = 2 * 1024 * 1024;

/// How a path is shown in messages: as given, with forward slashes.
pub fn display(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// Resolves `relative` (as written in a plan file) inside `base`. Paths may
/// not leave the plan's own folder: no absolute paths, no `..`, and no
/// symbolic link pointing elsewhere, so that a plan can never pull another
/// file on the machine into a document.
pub fn inside(base: &Path, relative: &str) -> Result<std::path::PathBuf, String> {
    use std::path::Component;
    let rel = Path::new(relative);
    let escapes = rel
        .components()
        .any(|c| !matches!(c, Component::Normal(_) | Component::CurDir));
    if relative.trim().is_empty() || escapes {
        return Err(format!(
            "\"{relative}\" is not a path inside {}",
            display(base)
        ));
    }
    let full = base.join(rel);
    if let (Ok(real), Ok(real_base)) = (full.canonicalize(), base.canonicalize())
        && !real.starts_with(&real_base)
    {
        return Err(format!(
            "{} links to a file outside {}",
            display(&full),
            display(base)
        ));
    }
    Ok(full)
}

/// Reads a UTF-8 text file into `sources`, or explains why it cannot be read.
pub fn read_text(sources: &mut Sources, path: &Path) -> Result<FileId, Problem> {
    let name = display(path);
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => error(format!("file not found: {name}")),
        _ => error(format!("cannot read {name}: {e}")),
    })?;
    if meta.is_dir() {
        return Err(
            error(format!("{name} is a folder, but a file is expected here"))
                .hint("remove or rename the folder so that a file of that name can take its place"),
        );
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(error(format!(
            "{name} is {:.1} MB; plan files may be at most {} MB",
            meta.len() as f64 / 1e6,
            MAX_FILE_BYTES / 1024 / 1024
        ))
        .hint("is this the right file? Plan texts are normally a few kilobytes"));
    }
    let bytes = std::fs::read(path).map_err(|e| error(format!("cannot read {name}: {e}")))?;
    decode(sources, name, bytes)
}

fn decode(sources: &mut Sources, name: String, bytes: Vec<u8>) -> Result<FileId, Problem> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(error(format!("{name} is saved as UTF-16, not UTF-8")).hint(
            "save the file with the encoding UTF-8 (in most editors: Save as… → Encoding → UTF-8)",
        ));
    }
    let bytes = bytes
        .strip_prefix(b"\xEF\xBB\xBF".as_slice())
        .map(<[u8]>::to_vec)
        .unwrap_or(bytes);
    match String::from_utf8(bytes) {
        Ok(text) => Ok(sources.add(name, text)),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let lossy = String::from_utf8_lossy(e.as_bytes()).into_owned();
            let end = lossy[at..].chars().next().map_or(at, |c| at + c.len_utf8());
            let file = sources.add(name.clone(), lossy);
            Err(error_at(
                file,
                at..end,
                format!("{name} is not valid UTF-8"),
                "this byte is not UTF-8 text",
            )
            .hint("save the file with the encoding UTF-8; Latin-1 (ISO-8859-1) or Windows-1252 files show this error at the first å, ä or ö"))
        }
    }
}
