//! Writing output files so that a failed build never leaves a half-written file.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::report::{Hint, Report, Sources, error};

/// Writes all files or none. Each is written to a hidden temporary file
/// first; then the old files are moved aside and the new ones into place.
/// If any step fails, everything is put back as it was.
pub fn write_all(files: &[(&Path, &[u8])]) -> Result<(), Report> {
    let mut temps: Vec<(PathBuf, &Path)> = Vec::new();
    for (path, bytes) in files {
        let temp = sibling(path, "tmp");
        temps.push((temp.clone(), path));
        if let Err(e) = write_file(&temp, bytes) {
            remove_all(temps.iter().map(|(t, _)| t));
            return Err(cannot_write(path, &e));
        }
    }

    // (target, where its old version was moved, if it had one)
    let mut placed: Vec<(&Path, Option<PathBuf>)> = Vec::new();
    for (temp, path) in &temps {
        match replace(temp, path) {
            Ok(backup) => placed.push((path, backup)),
            Err(e) => {
                for (path, backup) in placed.iter().rev() {
                    match backup {
                        Some(backup) => drop(std::fs::rename(backup, path)),
                        None => drop(std::fs::remove_file(path)),
                    }
                }
                remove_all(temps.iter().map(|(t, _)| t));
                return Err(cannot_write(path, &e));
            }
        }
    }
    remove_all(placed.iter().filter_map(|(_, backup)| backup.as_ref()));
    Ok(())
}

/// Moves `path`'s current file aside (returning where) and `temp` into its
/// place; on failure the current file is back where it was.
fn replace(temp: &Path, path: &Path) -> std::io::Result<Option<PathBuf>> {
    let backup = if path.is_file() {
        let backup = sibling(path, "old");
        std::fs::rename(path, &backup)?;
        Some(backup)
    } else {
        None
    };
    if let Err(e) = std::fs::rename(temp, path) {
        if let Some(backup) = &backup {
            let _ = std::fs::rename(backup, path);
        }
        return Err(e);
    }
    Ok(backup)
}

fn write_file(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)?;
    }
    let mut file = std::fs::File::create(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

fn remove_all<'a>(paths: impl Iterator<Item = &'a PathBuf>) {
    for path in paths {
        let _ = std::fs::remove_file(path);
    }
}

fn cannot_write(path: &Path, e: &std::io::Error) -> Report {
    Report {
        sources: Sources::default(),
        problems: vec![error(format!("cannot write {}: {e}", path.display())).hint(
            "check that the output folder can be written to, or write elsewhere with -o DIR",
        )],
    }
}

/// `output/x.pdf` → `output/.x.pdf.tmp`: hidden, and in the same folder so
/// that renaming it into place is atomic.
fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.{suffix}"))
}
