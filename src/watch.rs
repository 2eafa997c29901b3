//! `watch`: rebuild whenever a file the build read changes, in one
//! long-lived process.
//!
//! Each build makes a fresh typst `World` from the files just read (the
//! equivalent of typst-cli resetting its world), while typst's memoisation
//! cache lives on across builds, so a rebuild after a small edit only lays
//! out again what changed. After each build, cache entries unused for
//! [`CACHE_AGE`] builds are evicted, so memory stays bounded.
//!
//! Folders are watched, not files: the folders of every file the build read,
//! the plan folder, its `omraden/` and `uppfoljning/`, and the region
//! folder's `templates/`. An
//! editor that saves by writing a new file and renaming it over the old one
//! replaces the file but not the folder, so the watch survives; a new area
//! file shows up as an event in `omraden/`. A watched folder that is removed
//! and made again is watched again after the next build, and one that is
//! missing is polled for until it appears.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use notify::event::{ModifyKind, RemoveKind};
use notify::{Event, EventKind, RecommendedWatcher, RecursiveMode, Watcher as _};

use crate::report::{Problem, error};

/// Builds after which unused entries of typst's cache are evicted.
pub const CACHE_AGE: usize = 1;

/// How long no event must come before a rebuild starts: the events of one
/// save (an editor's write to a temporary file and rename over the old one,
/// its backup file) come within a millisecond or two of each other, so
/// they are one rebuild, while a single edit waits only this long.
const QUIET: Duration = Duration::from_millis(8);
/// The longest time events are gathered before rebuilding anyway.
const STARVE: Duration = Duration::from_millis(500);
/// How often missing folders are looked for.
const POLL: Duration = Duration::from_millis(300);

/// One of `watch`'s builds: the plan in `dir` built in memory, as `build`
/// does; then typst's cache entries unused for [`CACHE_AGE`] builds are
/// evicted, so that memory stays flat over any number of rebuilds.
pub fn rebuild(
    dir: &Path,
    options: &crate::render::Options,
) -> Result<crate::build::Built, crate::report::Report> {
    let built = crate::build::build(dir, options);
    typst::comemo::evict(CACHE_AGE);
    built
}

/// What one build read and wrote.
#[derive(Default)]
pub struct Round {
    /// The files the build read; empty when the plan could not be loaded
    /// (then the folders watched so far stay watched).
    pub read: Vec<PathBuf>,
    /// The output files it wrote: their changes are the watch's own.
    pub written: Vec<PathBuf>,
}

/// Runs `build` once, then again after every relevant change, forever.
/// Returns only if watching itself fails.
pub fn run(plan: &Path, mut build: impl FnMut() -> Round) -> Result<(), Problem> {
    let mut watcher = Watcher::new()?;
    let mut folders = BTreeSet::new();
    loop {
        // Watch the plan's usual folders before each build reads them (a
        // follow-up folder made since the last build among them), so that
        // an edit made while it runs is not missed.
        folders.extend(folders_to_watch(plan, &[]));
        watcher.update(&folders)?;
        let round = build();
        if round.read.is_empty() {
            folders.extend(folders_to_watch(plan, &[]));
        } else {
            folders = folders_to_watch(plan, &round.read);
        }
        watcher.outputs.extend(round.written);
        watcher.update(&folders)?;
        watcher.wait()?;
    }
}

/// The folders whose changes can change the outputs.
fn folders_to_watch(plan: &Path, read: &[PathBuf]) -> BTreeSet<PathBuf> {
    let region = plan.join("..");
    let mut folders: Vec<PathBuf> = vec![
        plan.to_path_buf(),
        plan.join(crate::format::layout::AREAS_FOLDER),
        plan.join(crate::format::layout::ROUNDS_FOLDER),
        region.clone(),
        region.join(crate::format::layout::TEMPLATES_FOLDER),
    ];
    folders.extend(
        read.iter()
            .filter_map(|f| f.parent().map(Path::to_path_buf)),
    );
    folders
        .into_iter()
        .map(|f| f.canonicalize().unwrap_or(f))
        .collect()
}

/// Watches folders (not recursively) and waits for relevant changes.
struct Watcher {
    watcher: RecommendedWatcher,
    rx: Receiver<notify::Result<Event>>,
    /// Watched folders with their identity (device, inode), so that a
    /// folder removed and made again is watched again.
    watched: BTreeMap<PathBuf, (u64, u64)>,
    /// Folders to watch that do not exist (yet): polled.
    missing: Vec<PathBuf>,
    /// The output files written so far: their changes are the watch's own.
    outputs: BTreeSet<PathBuf>,
}

impl Watcher {
    fn new() -> Result<Self, Problem> {
        let (tx, rx) = channel();
        let config = notify::Config::default().with_poll_interval(POLL);
        let watcher = RecommendedWatcher::new(tx, config).map_err(|e| {
            error(crate::msg!(
                "watch-cannot-watch-files",
                error = e.to_string()
            ))
        })?;
        Ok(Watcher {
            watcher,
            rx,
            watched: BTreeMap::new(),
            missing: Vec::new(),
            outputs: BTreeSet::new(),
        })
    }

    /// Watches exactly `folders`: new ones are added, gone ones dropped,
    /// and ones that were replaced since they were watched are watched again.
    fn update(&mut self, folders: &BTreeSet<PathBuf>) -> Result<(), Problem> {
        self.missing.clear();
        let mut now = BTreeMap::new();
        for folder in folders {
            let Ok(meta) = std::fs::metadata(folder) else {
                self.missing.push(folder.clone());
                continue;
            };
            let identity = identity(&meta);
            if self.watched.get(folder) != Some(&identity) {
                let _ = self.watcher.unwatch(folder);
                self.watcher
                    .watch(folder, RecursiveMode::NonRecursive)
                    .map_err(|e| {
                        error(crate::msg!(
                            "watch-cannot-watch",
                            folder = folder.display().to_string(),
                            error = e.to_string()
                        ))
                    })?;
            }
            now.insert(folder.clone(), identity);
        }
        for folder in self.watched.keys().filter(|f| !now.contains_key(*f)) {
            let _ = self.watcher.unwatch(folder);
        }
        self.watched = now;
        Ok(())
    }

    /// Blocks until a relevant change (or a missing folder appears), then
    /// gathers the events that follow within [`QUIET`] of each other (for
    /// at most [`STARVE`]), so one save is one rebuild.
    fn wait(&mut self) -> Result<(), Problem> {
        loop {
            let timeout = if self.missing.is_empty() {
                Duration::from_secs(3600)
            } else {
                POLL
            };
            let first = match self.rx.recv_timeout(timeout) {
                Ok(event) => Some(event),
                Err(RecvTimeoutError::Timeout) => None,
                Err(RecvTimeoutError::Disconnected) => {
                    return Err(error(crate::msg!("watch-stopped")));
                }
            };
            let started = Instant::now();
            let mut relevant = false;
            let more = std::iter::from_fn(|| {
                let starved = started.elapsed() > STARVE;
                (!starved).then(|| self.rx.recv_timeout(QUIET).ok())?
            });
            let events: Vec<_> = first.into_iter().chain(more).collect();
            for event in events {
                let event = event.map_err(|e| {
                    error(crate::msg!(
                        "watch-cannot-watch-files",
                        error = e.to_string()
                    ))
                })?;
                if removes_watched_folder(&event) {
                    // inotify drops the watch of a removed folder: forget it,
                    // so that the next update watches it again.
                    for path in &event.paths {
                        self.watched.remove(path);
                    }
                }
                relevant |= self.is_relevant(&event);
            }
            if relevant || self.missing.iter().any(|f| f.exists()) {
                return Ok(());
            }
        }
    }

    fn is_relevant(&self, event: &Event) -> bool {
        let kind = match event.kind {
            EventKind::Any | EventKind::Create(_) | EventKind::Remove(_) => true,
            EventKind::Modify(kind) => !matches!(kind, ModifyKind::Metadata(_) | ModifyKind::Other),
            EventKind::Access(_) | EventKind::Other => false,
        };
        kind && event.paths.iter().any(|p| !self.is_noise(p))
    }

    /// Changes that cannot change the outputs: the outputs themselves,
    /// hidden files (the output writer's temporary files and backups among
    /// them) and editors' swap and backup files.
    fn is_noise(&self, path: &Path) -> bool {
        let is_output = self.outputs.iter().any(|o| same_file(o, path));
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default();
        is_output
            || name.starts_with('.')
            || name.ends_with('~')
            || name.ends_with(".swp")
            || name.ends_with(".swx")
    }
}

fn removes_watched_folder(event: &Event) -> bool {
    matches!(
        event.kind,
        EventKind::Remove(RemoveKind::Folder | RemoveKind::Any)
            | EventKind::Modify(ModifyKind::Name(_))
    )
}

/// Whether two paths name the same place: the same name in the same folder
/// (the file itself may be gone).
fn same_file(a: &Path, b: &Path) -> bool {
    let folder = |p: &Path| match p.parent() {
        Some(dir) if dir.as_os_str().is_empty() => Path::new(".").canonicalize().ok(),
        Some(dir) => dir.canonicalize().ok(),
        None => None,
    };
    a.file_name() == b.file_name() && folder(a).is_some() && folder(a) == folder(b)
}

/// What tells a folder from another one made at the same path since it was
/// watched: its device and inode on Unix, its creation time elsewhere.
#[cfg(unix)]
fn identity(meta: &std::fs::Metadata) -> (u64, u64) {
    use std::os::unix::fs::MetadataExt;
    (meta.dev(), meta.ino())
}

#[cfg(not(unix))]
fn identity(meta: &std::fs::Metadata) -> (u64, u64) {
    let created = meta
        .created()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .unwrap_or_default();
    (created.as_secs(), u64::from(created.subsec_nanos()))
}
