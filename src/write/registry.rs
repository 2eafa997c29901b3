//! The writes in progress in this process, and how each is undone: what the interrupt handler and a failed write use.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use super::split;
use crate::report::{Problem, error};

/// Writes in progress, for the interrupt handler.
pub(super) struct Registry {
    next_id: u64,
    pub(super) writes: Vec<InProgress>,
    /// A write has completed in this process.
    pub(super) completed: bool,
}

/// What one [`write_all`] has done so far, to be undone if it does not finish.
#[derive(Default)]
pub(super) struct InProgress {
    pub(super) id: u64,
    /// Folders it created, outermost first.
    pub(super) dirs: Vec<PathBuf>,
    /// Temporary files not (yet) renamed into place.
    pub(super) temps: Vec<PathBuf>,
    /// Targets that had an old version, with its backup.
    pub(super) backups: Vec<(PathBuf, PathBuf)>,
    /// Targets whose new version is in place.
    pub(super) placed: Vec<PathBuf>,
}

static REGISTRY: Mutex<Registry> = Mutex::new(Registry {
    next_id: 0,
    writes: Vec::new(),
    completed: false,
});

/// The registry, locked. A panic while it was locked does not make it
/// unusable: its records are only ever updated after the step they record.
pub(super) fn registry() -> MutexGuard<'static, Registry> {
    REGISTRY
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl Registry {
    pub(super) fn begin(&mut self) -> u64 {
        self.next_id += 1;
        self.writes.push(InProgress {
            id: self.next_id,
            ..InProgress::default()
        });
        self.next_id
    }

    pub(super) fn write(&mut self, id: u64) -> &mut InProgress {
        // A write is only removed by `finish` or `undo`, after its last step.
        let index = self
            .writes
            .iter()
            .position(|w| w.id == id)
            .unwrap_or_else(|| {
                self.writes.push(InProgress {
                    id,
                    ..InProgress::default()
                });
                self.writes.len() - 1
            });
        &mut self.writes[index]
    }

    /// The write completed: its backups are no longer needed.
    pub(super) fn finish(&mut self, id: u64) {
        if let Some(index) = self.writes.iter().position(|w| w.id == id) {
            let write = self.writes.remove(index);
            for (_, backup) in &write.backups {
                let _ = std::fs::remove_file(backup);
            }
            self.completed = true;
        }
    }

    /// Undoes write `id`; returns what could not be undone.
    pub(super) fn undo(&mut self, id: u64) -> Vec<Problem> {
        match self.writes.iter().position(|w| w.id == id) {
            Some(index) => self.writes.remove(index).undo(),
            None => Vec::new(),
        }
    }

    pub(super) fn undo_all(&mut self) -> Vec<Problem> {
        let writes = std::mem::take(&mut self.writes);
        writes
            .into_iter()
            .rev()
            .flat_map(InProgress::undo)
            .collect()
    }
}

impl InProgress {
    pub(super) fn placed(&mut self, temp: &Path, target: &Path) {
        self.temps.retain(|t| t != temp);
        self.placed.push(target.to_path_buf());
    }

    /// Puts every old file back, removes every new file, temporary file and
    /// folder it created; returns what could not be undone.
    pub(super) fn undo(self) -> Vec<Problem> {
        let mut failures = Vec::new();
        let mut dirs: Vec<PathBuf> = Vec::new();
        for target in self.placed.iter().rev() {
            let backup = self.backups.iter().find(|(t, _)| t == target);
            let undone = match backup {
                Some((_, backup)) => std::fs::rename(backup, target),
                None => std::fs::remove_file(target),
            };
            if let Err(e) = undone {
                let target = target.display().to_string();
                failures.push(error(match backup {
                    Some((_, backup)) => crate::msg!(
                        "build-restore-failed",
                        target = target,
                        error = e.to_string(),
                        backup = backup.display().to_string()
                    ),
                    None => crate::msg!(
                        "build-remove-failed",
                        target = target,
                        error = e.to_string()
                    ),
                }));
            }
            if let Ok((dir, _)) = split(target) {
                dirs.push(dir);
            }
        }
        for (target, backup) in &self.backups {
            if !self.placed.contains(target) {
                let _ = std::fs::remove_file(backup);
            }
        }
        for temp in &self.temps {
            let _ = std::fs::remove_file(temp);
        }
        for dir in self.dirs.iter().rev() {
            // Only if empty: another build may have put files there meanwhile.
            let _ = std::fs::remove_dir(dir);
        }
        for dir in dirs {
            if let Ok(dir) = File::open(dir) {
                let _ = dir.sync_all();
            }
        }
        failures
    }
}
