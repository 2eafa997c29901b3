//! Writing output files so that a failed build never leaves a half-written file.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::report::{Hint, Report, Sources, error};

/// Writes every file to a temporary name first and renames them into place
/// only when all were written; on failure the old files stay untouched.
pub fn write_all(files: &[(&Path, &[u8])]) -> Result<(), Report> {
    // A folder in a file's place would make a rename fail halfway.
    if let Some((path, _)) = files.iter().find(|(path, _)| path.is_dir()) {
        return Err(Report {
            sources: Sources::default(),
            problems: vec![
                error(format!(
                    "cannot write {}: a folder of that name is in the way",
                    path.display()
                ))
                .hint("move the folder away, or write the output elsewhere with -o DIR"),
            ],
        });
    }
    let mut temps: Vec<(PathBuf, &Path)> = Vec::new();
    let result = (|| {
        for (path, bytes) in files {
            let temp = temp_path(path);
            write_file(&temp, bytes).map_err(|e| (path.to_path_buf(), e))?;
            temps.push((temp, path));
        }
        for (temp, path) in &temps {
            std::fs::rename(temp, path).map_err(|e| (path.to_path_buf(), e))?;
        }
        Ok(())
    })();
    result.map_err(|(path, e): (PathBuf, std::io::Error)| {
        for (temp, _) in &temps {
            let _ = std::fs::remove_file(temp);
        }
        Report {
            sources: Sources::default(),
            problems: vec![error(format!("cannot write {}: {e}", path.display())).hint(
                "check that the output folder can be written to (choose another with -o DIR)",
            )],
        }
    })
}

fn write_file(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)?;
    }
    let mut file = std::fs::File::create(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// `output/x.pdf` → `output/.x.pdf.tmp`: hidden, and in the same folder so
/// that the final rename is atomic.
fn temp_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.tmp"))
}
