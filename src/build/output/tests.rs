//! Unit tests of atomic output writing.

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
    let report = write_all(&[(&first, b"new a"), (&second, b"new md")], &[]).unwrap_err();
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
