//! The one door through which every file a plan names is read: a folder that cannot be left.
//!
//! A [`Folder`] is rooted at the region's folder (the one holding
//! `region.toml`). Paths are relative to it; `..`, absolute paths and
//! symbolic links that lead outside are refused, and only regular files of
//! limited size are read (never a FIFO or a device, which would hang or
//! grow without bound). On disk the sandbox is `cap-std`'s `Dir`; in tests
//! and fuzzing a [`MemoryFolder`] holds the files instead.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Component, Path, PathBuf};

/// Why a file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    NotFound,
    /// A folder where a file is expected.
    IsFolder,
    /// A FIFO, socket or device where a file is expected.
    NotAFile,
    /// The path, or a link on the way, leads outside the region's folder.
    Outside,
    TooLarge {
        bytes: u64,
        limit: u64,
    },
    Other(String),
}

/// What a path names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    File,
    Folder,
    Other,
}

/// A region's folder, read through a sandbox.
pub trait Folder {
    /// The whole content of the regular file at `path`, at most `limit` bytes.
    fn read(&self, path: &Path, limit: u64) -> Result<Vec<u8>, ReadError>;

    /// The names in the folder at `path`, sorted.
    fn list(&self, path: &Path) -> Result<Vec<String>, ReadError>;

    /// What `path` names, following links inside the folder.
    fn kind(&self, path: &Path) -> Result<EntryKind, ReadError>;

    /// How `path` is shown in messages, e.g. `plans/norrbotten/2022/plan.toml`.
    fn display(&self, path: &Path) -> String;

    /// The file's real location on disk, if it has one (to keep outputs
    /// from overwriting what a plan reads).
    fn real_path(&self, path: &Path) -> Option<PathBuf>;
}

/// A file name's extension in lower case ("" if it has none).
pub fn extension(name: &str) -> String {
    Path::new(name)
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default()
}

/// Checks a path written in a plan file before it is used: it must be
/// relative and stay below the folder (no `..`, no root, no drive).
pub fn relative(path: &str) -> Result<PathBuf, ReadError> {
    let p = Path::new(path);
    let plain = p
        .components()
        .all(|c| matches!(c, Component::Normal(_) | Component::CurDir));
    if path.trim().is_empty() || !plain || path.contains('\\') {
        return Err(ReadError::Outside);
    }
    Ok(p.components()
        .filter(|c| matches!(c, Component::Normal(_)))
        .collect())
}

/// A folder on disk, opened once; nothing outside it can be reached.
pub struct DiskFolder {
    dir: cap_std::fs::Dir,
    /// The folder as the user named it, for messages.
    shown: PathBuf,
    real: Option<PathBuf>,
    /// The plan folder inside it, and how the user named that one: files
    /// in the plan folder are shown as `plans/norrbotten/2022/plan.toml`
    /// even when the region folder is `plans/norrbotten/2022/..`.
    plan: (PathBuf, PathBuf),
}

impl DiskFolder {
    /// Opens the region folder `root`, whose plan folder `plan` the user named `plan_shown`.
    pub fn open(root: &Path, plan: &Path, plan_shown: &Path) -> std::io::Result<Self> {
        let dir = cap_std::fs::Dir::open_ambient_dir(root, cap_std::ambient_authority())?;
        Ok(DiskFolder {
            dir,
            shown: root.to_path_buf(),
            real: root.canonicalize().ok(),
            plan: (plan.to_path_buf(), plan_shown.to_path_buf()),
        })
    }
}

fn io_error(e: std::io::Error) -> ReadError {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound => ReadError::NotFound,
        K::IsADirectory => ReadError::IsFolder,
        // cap-std refuses paths and links that leave the folder this way.
        K::PermissionDenied if e.to_string().contains("outside") => ReadError::Outside,
        _ => ReadError::Other(e.to_string()),
    }
}

impl Folder for DiskFolder {
    fn read(&self, path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
        // Look before opening: opening a FIFO would wait for a writer forever.
        let meta = self.dir.metadata(path).map_err(io_error)?;
        check_entry(&meta)?;
        let mut options = cap_std::fs::OpenOptions::new();
        options.read(true);
        #[cfg(unix)]
        cap_std::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NONBLOCK);
        let file = self.dir.open_with(path, &options).map_err(io_error)?;
        // Look again at what was opened, in case the path changed meanwhile.
        check_entry(&file.metadata().map_err(io_error)?)?;
        let mut bytes = Vec::new();
        file.take(limit + 1)
            .read_to_end(&mut bytes)
            .map_err(io_error)?;
        if bytes.len() as u64 > limit {
            let bytes = meta.len().max(limit + 1);
            return Err(ReadError::TooLarge { bytes, limit });
        }
        Ok(bytes)
    }

    fn list(&self, path: &Path) -> Result<Vec<String>, ReadError> {
        let mut names: Vec<String> = self
            .dir
            .read_dir(path)
            .map_err(io_error)?
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        Ok(names)
    }

    fn kind(&self, path: &Path) -> Result<EntryKind, ReadError> {
        let meta = self.dir.metadata(path).map_err(io_error)?;
        Ok(if meta.is_file() {
            EntryKind::File
        } else if meta.is_dir() {
            EntryKind::Folder
        } else {
            EntryKind::Other
        })
    }

    fn display(&self, path: &Path) -> String {
        let (plan, plan_shown) = &self.plan;
        let joined = match path.strip_prefix(plan) {
            Ok(rest) if !plan.as_os_str().is_empty() => plan_shown.join(rest),
            _ if path.as_os_str().is_empty() => self.shown.clone(),
            _ => self.shown.join(path),
        };
        let shown = joined.to_string_lossy().replace('\\', "/");
        shown.strip_suffix('/').map(str::to_owned).unwrap_or(shown)
    }

    fn real_path(&self, path: &Path) -> Option<PathBuf> {
        if path.as_os_str().is_empty() {
            return self.real.clone();
        }
        let relative = self.dir.canonicalize(path).ok()?;
        Some(self.real.as_ref()?.join(relative))
    }
}

fn check_entry(meta: &cap_std::fs::Metadata) -> Result<(), ReadError> {
    if meta.is_dir() {
        Err(ReadError::IsFolder)
    } else if !meta.is_file() {
        Err(ReadError::NotAFile)
    } else {
        Ok(())
    }
}

/// Files held in memory, for tests and fuzzing: the same rules as on disk.
#[derive(Debug, Clone, Default)]
pub struct MemoryFolder {
    pub files: BTreeMap<PathBuf, Vec<u8>>,
    pub name: String,
}

impl MemoryFolder {
    pub fn new(name: &str) -> Self {
        MemoryFolder {
            files: BTreeMap::new(),
            name: name.to_owned(),
        }
    }

    pub fn insert(&mut self, path: &str, bytes: impl Into<Vec<u8>>) {
        self.files.insert(PathBuf::from(path), bytes.into());
    }
}

impl Folder for MemoryFolder {
    fn read(&self, path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
        match self.files.get(path) {
            Some(bytes) if bytes.len() as u64 > limit => Err(ReadError::TooLarge {
                bytes: bytes.len() as u64,
                limit,
            }),
            Some(bytes) => Ok(bytes.clone()),
            None if self.kind(path) == Ok(EntryKind::Folder) => Err(ReadError::IsFolder),
            None => Err(ReadError::NotFound),
        }
    }

    fn list(&self, path: &Path) -> Result<Vec<String>, ReadError> {
        list_paths(self.files.keys(), path)
    }

    fn kind(&self, path: &Path) -> Result<EntryKind, ReadError> {
        kind_of_path(self.files.keys(), path)
    }

    fn display(&self, path: &Path) -> String {
        Path::new(&self.name)
            .join(path)
            .to_string_lossy()
            .replace('\\', "/")
    }

    fn real_path(&self, _path: &Path) -> Option<PathBuf> {
        None
    }
}

/// The names in the folder `path` of a folder given as its files' paths
/// (sorted, as a `BTreeMap`'s keys are): [`Folder::list`] for folders held
/// as a list of files, in memory or in a git revision.
pub fn list_paths<'a>(
    paths: impl Iterator<Item = &'a PathBuf>,
    path: &Path,
) -> Result<Vec<String>, ReadError> {
    let mut names: Vec<String> = paths
        .filter_map(|p| p.strip_prefix(path).ok())
        .filter_map(|rest| rest.components().next())
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    names.dedup();
    if names.is_empty() {
        return Err(ReadError::NotFound);
    }
    Ok(names)
}

/// What `path` names in a folder given as its files' paths: [`Folder::kind`].
pub fn kind_of_path<'a>(
    mut paths: impl Iterator<Item = &'a PathBuf>,
    path: &Path,
) -> Result<EntryKind, ReadError> {
    let mut folder = false;
    for p in paths.by_ref() {
        if p == path {
            return Ok(EntryKind::File);
        }
        folder |= p.starts_with(path);
    }
    if folder {
        Ok(EntryKind::Folder)
    } else {
        Err(ReadError::NotFound)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_written_in_plans_stay_inside() {
        assert_eq!(relative("inledning.md"), Ok(PathBuf::from("inledning.md")));
        assert_eq!(relative("./a/b.md"), Ok(PathBuf::from("a/b.md")));
        for bad in ["../x", "/etc/passwd", "a/../../b", "", " ", "a\\b"] {
            assert_eq!(relative(bad), Err(ReadError::Outside), "{bad}");
        }
    }

    #[test]
    fn memory_folders_list_and_limit() {
        let mut folder = MemoryFolder::new("r");
        folder.insert("2026/omraden/b.toml", "x");
        folder.insert("2026/omraden/a.toml", "yy");
        assert_eq!(
            folder.list(Path::new("2026/omraden")).unwrap(),
            ["a.toml", "b.toml"]
        );
        assert_eq!(
            folder.read(Path::new("2026/omraden/a.toml"), 1),
            Err(ReadError::TooLarge { bytes: 2, limit: 1 })
        );
        assert_eq!(folder.read(Path::new("2026"), 10), Err(ReadError::IsFolder));
    }
}
