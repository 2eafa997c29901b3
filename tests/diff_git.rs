//! `handlingsplan diff --rev` through the real binary, on git repositories
//! holding a copy of the example plan.

mod common;

use std::path::Path;

use common::binary;
use common::example_copy::{Copy, diff};

/// A git repository holding a copy of the example, committed and tagged `v1`.
fn repository() -> Copy {
    let copy = Copy::new();
    git(copy.root.path(), &["init", "-q"]);
    git(copy.root.path(), &["add", "-A"]);
    git(copy.root.path(), &["commit", "-qm", "första"]);
    git(copy.root.path(), &["tag", "v1"]);
    copy
}

fn git(dir: &Path, args: &[&str]) {
    let status = std::process::Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.org"])
        .args(["-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false"])
        .args(args)
        .status()
        .unwrap();
    assert!(status.success(), "git {args:?}");
}

#[test]
fn the_work_tree_against_a_revision() {
    let copy = repository();
    let (code, out, err) = diff(&[&"--rev", &"v1", &copy.plan()]);
    assert_eq!((code, out.trim(), err.as_str()), (0, "Inga ändringar.", ""));
    copy.edit(
        &copy.area("ekonomiskt-mal"),
        "tid = \"December\"",
        "tid = \"Mars\"",
    );
    let (code, out, _) = diff(&[&"--rev", &"v1", &copy.plan()]);
    assert_eq!(code, 1);
    assert!(out.contains("tid: December → Mars"), "{out}");
}

#[test]
fn two_revisions_even_when_the_plan_is_gone_from_the_work_tree() {
    let copy = repository();
    copy.edit(
        &copy.area("ekonomiskt-mal"),
        "tid = \"December\"",
        "tid = \"Mars\"",
    );
    git(copy.root.path(), &["commit", "-qam", "andra"]);
    std::fs::remove_dir_all(copy.plan()).unwrap();
    let (code, out, err) = diff(&[&"--rev", &"v1..HEAD", &"--format", &"summary", &copy.plan()]);
    assert_eq!(code, 1, "{err}");
    assert_eq!(
        out,
        "1 ändrad aktivitet.\n- Aktivitet 1 (Ekonomiskt mål): ändrat tid\n"
    );
}

#[test]
fn revision_errors_are_clear_and_exit_2() {
    let copy = repository();
    let cases: [(&[&dyn AsRef<std::ffi::OsStr>], &str); 3] = [
        (&[&"--rev", &"nope", &copy.plan()], "okänd revision `nope`"),
        (
            &[&"--rev", &"v1", &copy.region().join("2021")],
            "norrbotten/2021 har ingen plan.toml i revisionen v1",
        ),
        (&[&"--rev=--all", &copy.plan()], "`--all` är ingen revision"),
    ];
    for (args, message) in cases {
        let (code, _, err) = diff(args);
        assert_eq!(code, 2, "{err}");
        assert!(err.contains(message), "{message} in {err}");
    }
    let outside = tempfile::tempdir().unwrap();
    let (code, _, err) = diff(&[&"--rev", &"HEAD", &outside.path().join("plan")]);
    assert_eq!(code, 2);
    assert!(err.contains("ligger inte i ett git-förråd"), "{err}");
    // A plan with errors at the revision is named with its revision.
    copy.edit(
        &copy.area("ekonomiskt-mal"),
        "tid = \"December\"",
        "tidd = \"December\"",
    );
    git(copy.root.path(), &["commit", "-qam", "fel"]);
    let (code, _, err) = diff(&[&"--rev", &"HEAD", &copy.plan()]);
    assert_eq!(code, 2);
    assert!(
        err.contains("HEAD:norrbotten/2022/omraden/ekonomiskt-mal.toml"),
        "{err}"
    );
}

#[test]
fn a_repository_that_is_the_region_folder() {
    let copy = Copy::new();
    let top = copy.region();
    git(&top, &["init", "-q"]);
    git(&top, &["add", "-A"]);
    git(&top, &["commit", "-qm", "första"]);
    copy.edit(
        &copy.area("ekonomiskt-mal"),
        "tid = \"December\"",
        "tid = \"Mars\"",
    );
    let (code, out, err) = diff(&[&"--rev", &"HEAD", &copy.plan()]);
    assert_eq!(code, 1, "{err}");
    assert!(out.contains("tid: December → Mars"), "{out}");
    // Inside the plan folder, the plan is the current folder.
    let out = binary()
        .current_dir(copy.plan())
        .args(["diff", "--rev", "HEAD..", "--format", "summary"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "Inga ändringar.\n");
}

#[test]
#[cfg(unix)] // peak memory is measured with wait4
fn a_big_file_the_plan_does_not_use_is_not_read_from_the_revision() {
    let copy = Copy::new();
    // 256 MiB beside the plan, in the region folder the revision is read from.
    let big = std::fs::File::create(copy.region().join("arkiv.bin")).unwrap();
    big.set_len(256 << 20).unwrap();
    git(copy.root.path(), &["init", "-q"]);
    git(copy.root.path(), &["add", "-A"]);
    git(copy.root.path(), &["commit", "-qm", "första"]);
    std::fs::remove_file(copy.region().join("arkiv.bin")).unwrap();
    copy.edit(
        &copy.area("ekonomiskt-mal"),
        "tid = \"December\"",
        "tid = \"Mars\"",
    );
    let mut command = common::rss::binary();
    command.args(["diff", "--color", "never", "--rev", "HEAD"]);
    command.arg(copy.plan());
    let run = common::rss::measure(command);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stdout.contains("tid: December → Mars"),
        "{}",
        run.stdout
    );
    // Reading the unused blob would take at least its 256 MiB.
    assert!(
        run.max_rss_kib < 128 * 1024,
        "peak memory {} MiB",
        run.max_rss_kib / 1024
    );
}

#[test]
fn a_plan_file_past_the_loaders_limit_is_refused_unread_at_the_revision() {
    let copy = repository();
    // A section file of 3 MB: over the 2 MiB a plan file may have.
    copy.edit(
        &copy.plan().join("plan.toml"),
        "fil = \"inledning.md\"",
        "fil = \"stor.md\"",
    );
    std::fs::write(copy.plan().join("stor.md"), "a".repeat(3_000_000)).unwrap();
    git(copy.root.path(), &["add", "-A"]);
    git(copy.root.path(), &["commit", "-qm", "stor"]);
    let (code, _, err) = diff(&[&"--rev", &"HEAD", &copy.plan()]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("HEAD:norrbotten/2022/stor.md"), "{err}");
    assert!(err.contains("3.0 MB"), "{err}");
}
