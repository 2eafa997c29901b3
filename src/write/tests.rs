//! Unit tests of the writer: atomic, all or nothing, inside its root, never over a newer file.

use std::fs::Permissions;
use std::os::unix::fs::PermissionsExt;

use super::registry::InProgress;
use super::*;

#[test]
fn a_copy_keeps_the_bytes_and_permissions_and_never_follows_a_symlink() {
    let dir = tempfile::tempdir().unwrap();
    let from = dir.path().join("x.pdf");
    std::fs::write(&from, b"old bytes").unwrap();
    std::fs::set_permissions(&from, Permissions::from_mode(0o640)).unwrap();
    let to = dir.path().join(".x.pdf.copy");
    copy_new(&from, &to).unwrap();
    assert_eq!(std::fs::read(&to).unwrap(), b"old bytes");
    let mode = std::fs::metadata(&to).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o640);

    let victim = dir.path().join("victim");
    std::fs::write(&victim, b"victim").unwrap();
    let planted = dir.path().join(".planted");
    std::os::unix::fs::symlink(&victim, &planted).unwrap();
    let e = copy_new(&from, &planted).unwrap_err();
    assert_eq!(e.kind(), io::ErrorKind::AlreadyExists);
    assert_eq!(std::fs::read(&victim).unwrap(), b"victim");
}

#[test]
fn undoing_puts_every_old_file_back_and_removes_everything_new() {
    let dir = tempfile::tempdir().unwrap();
    let path = |name: &str| dir.path().join(name);
    // As if interrupted after the first of three renames: a.pdf replaced
    // (old version in its backup), a.md not yet (temporary file and
    // backup), b.md had no old version and is in place.
    std::fs::write(path("a.pdf"), b"new pdf").unwrap();
    std::fs::write(path(".a.pdf.1.old"), b"old pdf").unwrap();
    std::fs::write(path("a.md"), b"old md").unwrap();
    std::fs::hard_link(path("a.md"), path(".a.md.2.old")).unwrap();
    std::fs::write(path(".a.md.3.tmp"), b"new md").unwrap();
    std::fs::write(path("b.md"), b"new b").unwrap();
    std::fs::create_dir_all(path("ny/mapp")).unwrap();
    let write = InProgress {
        id: 0,
        dirs: vec![path("ny"), path("ny/mapp")],
        temps: vec![path(".a.md.3.tmp")],
        backups: vec![
            (path("a.pdf"), path(".a.pdf.1.old")),
            (path("a.md"), path(".a.md.2.old")),
        ],
        placed: vec![path("a.pdf"), path("b.md")],
    };
    assert!(write.undo().is_empty());
    let mut names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    names.sort();
    assert_eq!(names, ["a.md", "a.pdf"]);
    assert_eq!(std::fs::read(path("a.pdf")).unwrap(), b"old pdf");
    assert_eq!(std::fs::read(path("a.md")).unwrap(), b"old md");
}

#[test]
fn a_folder_in_the_way_fails_without_changing_anything() {
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("a.pdf");
    std::fs::write(&first, b"old a").unwrap();
    let second = dir.path().join("a.md");
    std::fs::create_dir(&second).unwrap();
    std::fs::write(second.join("inside"), b"keep").unwrap();
    let files: [(&Path, &[u8]); 2] = [
        (Path::new("a.pdf"), b"new a"),
        (Path::new("a.md"), b"new md"),
    ];
    let report = write_all(dir.path(), &files, &[]).unwrap_err();
    assert!(
        report.to_plain_string().contains("kan inte skriva"),
        "{report:?}"
    );
    assert_eq!(std::fs::read(&first).unwrap(), b"old a");
    assert_eq!(std::fs::read(second.join("inside")).unwrap(), b"keep");
    let mut names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    names.sort();
    assert_eq!(names, ["a.md", "a.pdf"]);
}

/// The names in `dir`, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_file_changed_since_it_was_read_is_refused_and_keeps_the_newer_content() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.toml"), b"read a").unwrap();
    std::fs::write(dir.path().join("b.toml"), b"saved by an editor").unwrap();
    let mut batch = Batch::new();
    batch.add(dir.path(), "a.toml", b"new a", Before::Read(b"read a"));
    batch.add(dir.path(), "b.toml", b"new b", Before::Read(b"read b"));
    let text = batch.commit().unwrap_err().to_plain_string();
    assert!(
        text.contains("b.toml: filen har ändrats sedan handlingsplan läste den"),
        "{text}"
    );
    assert!(!text.contains("a.toml"), "{text}");
    let read = |name: &str| std::fs::read(dir.path().join(name)).unwrap();
    assert_eq!(read("a.toml"), b"read a", "all or nothing");
    assert_eq!(read("b.toml"), b"saved by an editor");
    assert_eq!(names(dir.path()), ["a.toml", "b.toml"]);

    // A file removed since it was read is not brought back either.
    std::fs::remove_file(dir.path().join("b.toml")).unwrap();
    let mut batch = Batch::new();
    batch.add(dir.path(), "b.toml", b"new b", Before::Read(b"read b"));
    assert!(batch.commit().is_err());
    assert_eq!(names(dir.path()), ["a.toml"]);
}

#[test]
fn a_save_just_before_the_rename_is_refused_and_the_other_files_are_put_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = |name: &str| dir.path().join(name);
    std::fs::write(path("a.toml"), b"read a").unwrap();
    std::fs::write(path("b.toml"), b"read b").unwrap();
    // The editor saves b.toml after every check before writing, just
    // before b.toml would be replaced (a.toml already is).
    let (first, editor) = (path("a.toml"), path("b.toml"));
    BEFORE_PLACING.with(|hook| {
        *hook.borrow_mut() = Some(Box::new(move |target: &Path| {
            if target == editor {
                // a.toml is replaced by now: what follows must put it back.
                assert_eq!(std::fs::read(&first).unwrap(), b"new a");
                std::fs::write(target, b"saved by an editor").unwrap();
            }
        }));
    });
    let mut batch = Batch::new();
    batch.add(dir.path(), "a.toml", b"new a", Before::Read(b"read a"));
    batch.add(dir.path(), "b.toml", b"new b", Before::Read(b"read b"));
    let result = batch.commit();
    BEFORE_PLACING.with(|hook| hook.borrow_mut().take());
    let text = result.unwrap_err().to_plain_string();
    assert!(text.contains("har ändrats sedan"), "{text}");
    assert_eq!(std::fs::read(path("a.toml")).unwrap(), b"read a");
    assert_eq!(
        std::fs::read(path("b.toml")).unwrap(),
        b"saved by an editor"
    );
    assert_eq!(
        names(dir.path()),
        ["a.toml", "b.toml"],
        "no temporary file or backup left"
    );
}

#[test]
fn an_unchanged_file_is_replaced_keeping_its_permissions() {
    let dir = tempfile::tempdir().unwrap();
    for (name, mode) in [("privat.toml", 0o600), ("skript.toml", 0o755)] {
        let path = dir.path().join(name);
        std::fs::write(&path, b"read").unwrap();
        std::fs::set_permissions(&path, Permissions::from_mode(mode)).unwrap();
        let mut batch = Batch::new();
        batch.add(dir.path(), name, b"new", Before::Read(b"read"));
        batch.commit().unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"new");
        let now = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(now & 0o777, mode, "{name}");
    }
}

#[test]
fn symlinks_and_paths_that_leave_the_root_are_refused_before_anything_is_written() {
    let top = tempfile::tempdir().unwrap();
    let root = top.path().join("region");
    let elsewhere = top.path().join("elsewhere");
    std::fs::create_dir_all(root.join("2026")).unwrap();
    std::fs::create_dir(&elsewhere).unwrap();
    std::fs::write(elsewhere.join("plan.toml"), b"outside").unwrap();
    std::os::unix::fs::symlink(elsewhere.join("plan.toml"), root.join("2026/plan.toml")).unwrap();
    std::os::unix::fs::symlink(&elsewhere, root.join("ut")).unwrap();
    std::fs::write(root.join("region.toml"), b"old").unwrap();

    let cases: [(&str, &str); 4] = [
        ("2026/plan.toml", "är en symbolisk länk"),
        ("ut/plan.toml", "skulle hamna utanför"),
        ("ut/ny/fil.toml", "skulle hamna utanför"),
        ("../elsewhere/x.toml", "skulle hamna utanför"),
    ];
    for (name, expected) in cases {
        let mut batch = Batch::new();
        batch.add(&root, "region.toml", b"new", Before::Anything);
        batch.add(&root, name, b"new", Before::Anything);
        let text = batch.commit().unwrap_err().to_plain_string();
        assert!(text.contains(expected), "{name}: {text}");
        assert_eq!(std::fs::read(root.join("region.toml")).unwrap(), b"old");
    }
    // By the path the user gave, too: it must resolve inside the root.
    let mut batch = Batch::new();
    batch.add_in(&root, &root.join("ut/plan.toml"), b"new", Before::Anything);
    assert!(batch.commit().is_err());
    assert_eq!(names(&elsewhere), ["plan.toml"]);
    assert_eq!(
        std::fs::read(elsewhere.join("plan.toml")).unwrap(),
        b"outside"
    );
    assert!(
        std::fs::symlink_metadata(root.join("2026/plan.toml"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
}

#[test]
fn a_file_that_must_be_new_is_never_written_over() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("b.toml"), b"mine").unwrap();
    let mut batch = Batch::new();
    batch.add(dir.path(), "ny/a.toml", b"a", Before::Absent);
    batch.add(dir.path(), "b.toml", b"b", Before::Absent);
    let text = batch.commit().unwrap_err().to_plain_string();
    assert!(text.contains("b.toml finns redan"), "{text}");
    assert_eq!(names(dir.path()), ["b.toml"], "no folder left either");
    assert_eq!(std::fs::read(dir.path().join("b.toml")).unwrap(), b"mine");

    let mut batch = Batch::new();
    batch.add(dir.path(), "ny/a.toml", b"a", Before::Absent);
    batch.commit().unwrap();
    assert_eq!(std::fs::read(dir.path().join("ny/a.toml")).unwrap(), b"a");
    assert_eq!(names(&dir.path().join("ny")), ["a.toml"]);
}

#[test]
fn a_new_file_appearing_while_writing_undoes_the_files_and_folders_already_made() {
    let dir = tempfile::tempdir().unwrap();
    let path = |name: &str| dir.path().join(name);
    let (first, other) = (path("ny/mapp/a.toml"), path("c.toml"));
    BEFORE_PLACING.with(|hook| {
        *hook.borrow_mut() = Some(Box::new(move |target: &Path| {
            if target == other {
                // a.toml and its folders are made by now.
                assert_eq!(std::fs::read(&first).unwrap(), b"a");
                std::fs::write(target, b"someone else's").unwrap();
            }
        }));
    });
    let mut batch = Batch::new();
    batch.add(dir.path(), "ny/mapp/a.toml", b"a", Before::Absent);
    batch.add(dir.path(), "c.toml", b"c", Before::Absent);
    let result = batch.commit();
    BEFORE_PLACING.with(|hook| hook.borrow_mut().take());
    let text = result.unwrap_err().to_plain_string();
    assert!(text.contains("c.toml finns redan"), "{text}");
    assert_eq!(names(dir.path()), ["c.toml"], "a.toml and ny/mapp/ removed");
    assert_eq!(std::fs::read(path("c.toml")).unwrap(), b"someone else's");
}

type Hook = Box<dyn Fn(&Path)>;

thread_local! {
    /// Called with each target just before its last check and rename.
    static BEFORE_PLACING: std::cell::RefCell<Option<Hook>> = const { std::cell::RefCell::new(None) };
}

pub(super) fn before_placing(target: &Path) {
    BEFORE_PLACING.with(|hook| {
        if let Some(hook) = hook.borrow().as_ref() {
            hook(target);
        }
    });
}
