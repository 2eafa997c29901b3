//! Writing the outputs: replaced atomically, never a stray file, nothing
//! changed by an interrupted build, quiet ends on closed pipes, and never a
//! file the plan is read from replaced.
//!
//! Unix only: interrupts are sent as signals and links made with symlink.
#![cfg(unix)]

mod common;

use std::collections::BTreeMap;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::Path;
use std::process::{ExitStatus, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use assert_cmd::Command;
use common::{AREA, PLAN, REGION, TempPlan, area_with_activities, folder_contents};
use handlingsplan::write::write_all;

const PDF: &str = "testbotten-2026.pdf";
const MD: &str = "testbotten-2026.md";
const HTML: &str = "testbotten-2026.html";

fn handlingsplan() -> Command {
    let mut cmd = Command::cargo_bin("handlingsplan").expect("binary is built");
    cmd.env("HANDLINGSPLAN_LANG", "sv");
    cmd
}

/// The binary as a plain process, for tests that signal it or close its
/// pipes. Its signals act as at a terminal, even where this test runs with
/// them ignored (a shell's background job ignores SIGINT).
fn process() -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_handlingsplan"));
    cmd.env("HANDLINGSPLAN_LANG", "sv");
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            for signal in [libc::SIGINT, libc::SIGTERM, libc::SIGHUP] {
                libc::signal(signal, libc::SIG_DFL);
            }
            Ok(())
        });
    }
    cmd
}

/// Builds `plan` into `out` and returns what the folder then holds.
fn build(plan: &TempPlan, out: &Path) -> BTreeMap<String, Vec<u8>> {
    handlingsplan()
        .arg("build")
        .arg(plan.plan_dir())
        .arg("-o")
        .arg(out)
        .assert()
        .success();
    folder_contents(out)
}

// ---------------------------------------------------------------- replacing

#[test]
fn a_reader_always_finds_the_whole_old_or_the_whole_new_file() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("x.pdf");
    let old = vec![b'o'; 300_000];
    let new = vec![b'n'; 200_000];
    std::fs::write(&target, &old).unwrap();

    let stop = Arc::new(AtomicBool::new(false));
    let reader = {
        let (stop, target, old, new) = (stop.clone(), target.clone(), old.clone(), new.clone());
        std::thread::spawn(move || {
            let mut reads = 0;
            while !stop.load(Ordering::Relaxed) {
                match std::fs::read(&target) {
                    Ok(bytes) => assert!(bytes == old || bytes == new, "a partial file"),
                    Err(e) => panic!("no file at {} for a moment: {e}", target.display()),
                }
                reads += 1;
            }
            reads
        })
    };
    for i in 0..300 {
        let bytes = if i % 2 == 0 { &new } else { &old };
        write_all(dir.path(), &[(Path::new("x.pdf"), bytes)], &[]).unwrap();
    }
    stop.store(true, Ordering::Relaxed);
    assert!(reader.join().unwrap() > 0);
    assert_eq!(
        folder_contents(dir.path()).into_keys().collect::<Vec<_>>(),
        ["x.pdf"]
    );
}

#[test]
fn write_all_creates_missing_folders_and_leaves_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (Path::new("ny/mapp/a.pdf"), Path::new("ny/b.md"));
    write_all(dir.path(), &[(a, b"a"), (b, b"b")], &[]).unwrap();
    let (a, b) = (dir.path().join(a), dir.path().join(b));
    assert_eq!(std::fs::read(&a).unwrap(), b"a");
    assert_eq!(std::fs::read(&b).unwrap(), b"b");
    let names: Vec<_> = folder_contents(&dir.path().join("ny"))
        .into_keys()
        .collect();
    assert_eq!(names, ["b.md", "mapp"]);
    let names: Vec<_> = folder_contents(&dir.path().join("ny/mapp"))
        .into_keys()
        .collect();
    assert_eq!(names, ["a.pdf"]);
}

#[test]
fn symlinks_planted_at_predictable_names_are_never_followed() {
    let plan = TempPlan::new();
    let out = tempfile::tempdir().unwrap();
    build(&plan, out.path());
    let victim = plan.root.path().join("victim.txt");
    std::fs::write(&victim, b"do not touch").unwrap();
    let planted = [
        ".testbotten-2026.pdf.tmp",
        ".testbotten-2026.pdf.old",
        ".testbotten-2026.md.tmp",
        ".testbotten-2026.md.old",
    ];
    for name in planted {
        std::os::unix::fs::symlink(&victim, out.path().join(name)).unwrap();
    }
    plan.write(
        "2026/omraden/forsta.toml",
        &AREA.replace("December", "Juni"),
    );

    let after = build(&plan, out.path());
    assert_eq!(std::fs::read(&victim).unwrap(), b"do not touch");
    let fresh = tempfile::tempdir().unwrap();
    let mut expected = build(&plan, fresh.path());
    let link = format!("symlink to {}", victim.display()).into_bytes();
    for name in planted {
        expected.insert(name.to_owned(), link.clone());
    }
    assert!(
        after == expected,
        "the new outputs and the untouched symlinks, nothing else: {:?}",
        after.keys()
    );
}

// ------------------------------------------------------------- interrupts

/// How long each step of writing takes in the tests below (debug builds
/// only; see `HANDLINGSPLAN_TEST_PAUSE_MS` in src/write/mod.rs).
const PAUSE: Duration = Duration::from_millis(40);
/// Steps of writing two files, each followed by a pause: 2 × (temporary
/// file created, written), folders locked, 2 backups, 2 renames, synced.
const WRITE_STEPS: u32 = 10;

/// When to interrupt a build.
#[derive(Clone, Copy, Debug)]
enum Moment {
    /// This long after it started.
    After(Duration),
    /// This long after its first temporary file appeared.
    IntoWriting(Duration),
}

/// Starts a build of `plan` into `out`, sends `signal` at `moment`; returns
/// how it ended, its standard error and whether it had begun writing.
fn interrupt(
    plan: &TempPlan,
    out: &Path,
    signal: libc::c_int,
    moment: Moment,
) -> (ExitStatus, String, bool) {
    let mut child = process()
        .arg("build")
        .arg(plan.plan_dir())
        .arg("-o")
        .arg(out)
        .env("HANDLINGSPLAN_TEST_PAUSE_MS", PAUSE.as_millis().to_string())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let mut writing = false;
    let mut finished = false;
    match moment {
        Moment::After(delay) => std::thread::sleep(delay),
        Moment::IntoWriting(delay) => loop {
            if child.try_wait().unwrap().is_some() {
                finished = true;
                break;
            }
            let temp = std::fs::read_dir(out)
                .unwrap()
                .any(|e| e.unwrap().file_name().to_string_lossy().ends_with(".tmp"));
            if temp {
                writing = true;
                std::thread::sleep(delay);
                break;
            }
            assert!(started.elapsed() < Duration::from_secs(60), "build hangs");
            std::thread::sleep(Duration::from_millis(1));
        },
    }
    if !finished {
        // SAFETY: the child has not been waited for, so its pid is still its own.
        unsafe { libc::kill(child.id() as libc::pid_t, signal) };
    }
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    (output.status, stderr, writing)
}

#[test]
fn an_interrupted_build_leaves_the_old_files_and_nothing_else() {
    let plan = TempPlan::with(
        REGION,
        PLAN,
        &[("forsta", &area_with_activities(300, "Gammal aktivitet"))],
    );
    let out = tempfile::tempdir().unwrap();
    let old = build(&plan, out.path());
    assert_eq!(old.len(), 3);

    plan.write(
        "2026/omraden/forsta.toml",
        &area_with_activities(300, "Ny aktivitet"),
    );
    let fresh = tempfile::tempdir().unwrap();
    let started = Instant::now();
    process()
        .arg("build")
        .arg(plan.plan_dir())
        .arg("-o")
        .arg(fresh.path())
        .env("HANDLINGSPLAN_TEST_PAUSE_MS", PAUSE.as_millis().to_string())
        .stdout(Stdio::null())
        .status()
        .unwrap();
    let duration = started.elapsed();
    let new = folder_contents(fresh.path());
    assert!(new[PDF] != old[PDF] && new[MD] != old[MD]);

    // From the start to the end of the build, and at every step of writing.
    let mut moments: Vec<(Moment, &[libc::c_int])> = (0..8)
        .map(|i| {
            let moment = Moment::After(duration * i / 7);
            (moment, &[libc::SIGINT, libc::SIGTERM][..])
        })
        .collect();
    for step in 0..=WRITE_STEPS + 1 {
        let moment = Moment::IntoWriting(PAUSE * step + PAUSE / 2);
        moments.push((moment, &[libc::SIGINT, libc::SIGTERM, libc::SIGHUP][..]));
    }

    let mut interrupted_while_writing = 0;
    for (moment, signals) in moments {
        for &signal in signals {
            let (status, stderr, writing) = interrupt(&plan, out.path(), signal, moment);
            let after = folder_contents(out.path());
            let case = format!("signal {signal} at {moment:?}: {status}\n{stderr}");
            assert!(!stderr.contains("internal error"), "{case}");
            match (status.code(), status.signal()) {
                (Some(0), _) => {
                    assert!(
                        after == new,
                        "{case}: not the new outputs: {:?}",
                        after.keys()
                    );
                    for (name, bytes) in &old {
                        std::fs::write(out.path().join(name), bytes).unwrap();
                    }
                }
                // By the handler, or by the signal itself if it came before
                // the handler was installed.
                (Some(130), _) | (None, Some(_)) => {
                    assert!(
                        status.code().is_some() || status.signal() == Some(signal),
                        "{case}"
                    );
                    assert!(
                        after == old,
                        "{case}: not the old outputs: {:?}",
                        after.keys()
                    );
                    if writing {
                        interrupted_while_writing += 1;
                    }
                }
                _ => panic!("unexpected end: {case}"),
            }
        }
    }
    if cfg!(debug_assertions) {
        assert!(
            interrupted_while_writing >= 10,
            "only {interrupted_while_writing} interrupts came while writing"
        );
    }
}

#[test]
fn two_builds_into_one_folder_leave_one_complete_set() {
    let first = TempPlan::with(
        REGION,
        PLAN,
        &[("forsta", &area_with_activities(20, "Första versionen"))],
    );
    let second = TempPlan::with(
        REGION,
        PLAN,
        &[("forsta", &area_with_activities(20, "Andra versionen"))],
    );
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let sets = [build(&first, a.path()), build(&second, b.path())];

    let out = tempfile::tempdir().unwrap();
    let start = |plan: &TempPlan, pause: u64| {
        process()
            .arg("build")
            .arg(plan.plan_dir())
            .arg("-o")
            .arg(out.path())
            .env("HANDLINGSPLAN_TEST_PAUSE_MS", pause.to_string())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let pdf_temp = || {
        std::fs::read_dir(out.path()).unwrap().any(|e| {
            let name = e.unwrap().file_name().to_string_lossy().into_owned();
            name.starts_with(".testbotten-2026.pdf.") && name.ends_with(".tmp")
        })
    };
    for round in 0..4 {
        let (x, y) = if round % 2 == 0 {
            (&first, &second)
        } else {
            (&second, &first)
        };
        let children = if round < 2 {
            // Started together.
            [start(x, 5), start(y, 5)]
        } else {
            // The second starts as soon as the first has put its PDF in
            // place, and finishes rendering while the first pauses before
            // putting its Markdown in place.
            let slow = start(x, 300);
            let started = Instant::now();
            while !pdf_temp() {
                assert!(
                    started.elapsed() < Duration::from_secs(60),
                    "no temporary file"
                );
                std::thread::sleep(Duration::from_millis(1));
            }
            while pdf_temp() {
                std::thread::sleep(Duration::from_millis(1));
            }
            [slow, start(y, 0)]
        };
        for child in children {
            let output = child.wait_with_output().unwrap();
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert!(output.status.success(), "round {round}: {stderr}");
        }
        let after = folder_contents(out.path());
        assert!(
            sets.contains(&after),
            "round {round}: not one complete set: {:?}",
            after.keys()
        );
    }
}

// ------------------------------------------------------------ closed pipes

/// A pipe whose reading end is already closed: every write to it fails
/// with "broken pipe".
fn closed_pipe() -> std::io::PipeWriter {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    writer
}

#[test]
fn check_into_a_closed_pipe_ends_quietly_with_its_status() {
    let good = TempPlan::new();
    let output = process()
        .arg("check")
        .args([good.plan_dir(), good.plan_dir(), good.plan_dir()])
        .stdout(closed_pipe())
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    // Only the closing summary, which goes to standard error.
    assert_eq!(stderr, "kontrollerade 3 planer: inga fel\n");

    let bad = TempPlan::new();
    bad.write("2026/plan.toml", "titel = ");
    let output = process()
        .arg("check")
        .args([good.plan_dir(), bad.plan_dir()])
        .stdout(closed_pipe())
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("värdet saknas efter `titel =`"), "{stderr}");
    assert!(!stderr.contains("internal error"), "{stderr}");
}

#[test]
fn build_into_a_closed_pipe_still_writes_and_ends_quietly() {
    let plan = TempPlan::new();
    let out = tempfile::tempdir().unwrap();
    let output = process()
        .arg("build")
        .arg(plan.plan_dir())
        .arg("-o")
        .arg(out.path())
        .stdout(closed_pipe())
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert_eq!(stderr, "");
    let names: Vec<_> = folder_contents(out.path()).into_keys().collect();
    assert_eq!(names, [HTML, MD, PDF]);
}

#[test]
fn problems_into_a_closed_pipe_end_quietly_with_status_1() {
    let bad = TempPlan::new();
    bad.write("2026/plan.toml", "titel = ");
    for color in ["never", "always"] {
        let output = process()
            .args(["--color", color, "check"])
            .arg(bad.plan_dir())
            .stdout(Stdio::null())
            .stderr(closed_pipe())
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1), "--color {color}");
    }
}

#[test]
fn shell_pipelines_that_stop_reading_end_quietly() {
    let plan = TempPlan::new();
    let out = tempfile::tempdir().unwrap();
    let dir = plan.plan_dir();
    let script = r#"
        "$0" check "$1" "$1" "$1" "$1" | head -1
        echo "check: ${PIPESTATUS[0]}"
        "$0" build "$1" -o "$2" | true
        echo "build: ${PIPESTATUS[0]}"
    "#;
    let output = std::process::Command::new("bash")
        .arg("-c")
        .arg(script)
        .arg(env!("CARGO_BIN_EXE_handlingsplan"))
        .arg(&dir)
        .arg(out.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        stdout,
        format!(
            "ok: {} (1 område, 1 aktivitet)\ncheck: 0\nbuild: 0\n",
            dir.display()
        ),
        "{stderr}"
    );
    assert_eq!(stderr, "kontrollerade 4 planer: inga fel\n");
    assert_eq!(folder_contents(out.path()).len(), 3);
}

// ------------------------------------------------ files the plan reads

#[test]
fn write_all_refuses_to_replace_a_protected_file() {
    let dir = tempfile::tempdir().unwrap();
    let section = dir.path().join("inledning.md");
    std::fs::write(&section, b"# Inledning\n").unwrap();
    let protected = [section.canonicalize().unwrap()];
    let pdf = dir.path().join("x.pdf");

    let files: [(&Path, &[u8]); 2] = [
        (Path::new("x.pdf"), b"pdf"),
        (Path::new("inledning.md"), b"md"),
    ];
    let report = write_all(dir.path(), &files, &protected).unwrap_err();
    let text = report.to_plain_string();
    assert!(
        text.contains(&format!(
            "skriver inte {}: den skulle ersätta {}",
            section.display(),
            protected[0].display()
        )),
        "{text}"
    );
    assert_eq!(std::fs::read(&section).unwrap(), b"# Inledning\n");
    assert!(!pdf.exists(), "nothing is written");

    // The same file by another spelling, and through a symlink.
    let other = Path::new("./inledning.md");
    assert!(write_all(dir.path(), &[(other, b"md")], &protected).is_err());
    let link = dir.path().join("y.md");
    std::os::unix::fs::symlink(&section, &link).unwrap();
    let text = write_all(dir.path(), &[(Path::new("y.md"), b"md")], &protected)
        .unwrap_err()
        .to_plain_string();
    assert!(text.contains("skriver inte"), "{text}");
    assert_eq!(std::fs::read(&section).unwrap(), b"# Inledning\n");

    // Other files are written.
    write_all(dir.path(), &[(Path::new("x.pdf"), b"pdf")], &protected).unwrap();
    assert_eq!(std::fs::read(&pdf).unwrap(), b"pdf");
}

/// A plan whose introduction is in a file named like its Markdown output.
fn plan_with_section_named_like_the_output() -> TempPlan {
    let plan = TempPlan::with(
        REGION,
        &format!("{PLAN}\n[[avsnitt]]\nrubrik = \"Inledning\"\nfil = \"{MD}\"\n"),
        &[("forsta", AREA)],
    );
    plan.write(&format!("2026/{MD}"), "Planens inledning.\n");
    plan
}

#[test]
fn building_into_the_plan_folder_never_replaces_a_file_the_plan_reads() {
    let plan = plan_with_section_named_like_the_output();
    let before = folder_contents(&plan.plan_dir());
    let section = plan.plan_dir().join(MD).canonicalize().unwrap();

    let assert = handlingsplan()
        .arg("build")
        .arg(plan.plan_dir())
        .arg("-o")
        .arg(plan.plan_dir())
        .assert()
        .failure()
        .code(1);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(
        stderr.contains(&format!(
            "skriver inte {}: den skulle ersätta {}, en fil som planen läses från",
            plan.plan_dir().join(MD).display(),
            section.display()
        )),
        "{stderr}"
    );
    assert!(stderr.contains("ingenting skrevs"), "{stderr}");
    assert!(
        folder_contents(&plan.plan_dir()) == before,
        "the plan folder is unchanged"
    );
}

// ------------------------------------------------------------- --emit-typst

#[test]
fn emit_typst_writes_nothing_when_the_pdf_cannot_be_made() {
    let plan = TempPlan::new();
    plan.write("templates/plan.typ", "#undefined-function()\n");
    let out = tempfile::tempdir().unwrap();
    let typst = out.path().join("typst");
    let assert = handlingsplan()
        .arg("build")
        .arg(plan.plan_dir())
        .arg("-o")
        .arg(out.path())
        .arg("--emit-typst")
        .arg(&typst)
        .assert()
        .failure()
        .code(1);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(stderr.contains("unknown variable"), "{stderr}");
    assert!(folder_contents(out.path()).is_empty(), "nothing is written");
}

#[test]
fn emit_typst_writes_nothing_when_the_outputs_are_refused() {
    let plan = plan_with_section_named_like_the_output();
    let typst = tempfile::tempdir().unwrap();
    handlingsplan()
        .arg("build")
        .arg(plan.plan_dir())
        .arg("-o")
        .arg(plan.plan_dir())
        .arg("--emit-typst")
        .arg(typst.path().join("projekt"))
        .assert()
        .failure();
    assert!(
        folder_contents(typst.path()).is_empty(),
        "nothing is written"
    );
}

#[test]
fn emit_typst_is_written_with_the_outputs() {
    let plan = TempPlan::new();
    let out = tempfile::tempdir().unwrap();
    let typst = out.path().join("typst");
    let assert = handlingsplan()
        .arg("build")
        .arg(plan.plan_dir())
        .arg("-o")
        .arg(out.path())
        .arg("--emit-typst")
        .arg(&typst)
        .assert()
        .success();
    let stdout = String::from_utf8_lossy(&assert.get_output().stdout).into_owned();
    assert!(
        stdout.ends_with(&format!("skrev typst-källorna till {}\n", typst.display())),
        "{stdout}"
    );
    let names: Vec<_> = folder_contents(&typst).into_keys().collect();
    assert_eq!(names, ["data.json", "fonts", "layout.json", "main.typ"]);
    assert!(typst.join("fonts/NotoSans-Regular.ttf").is_file());
    let names: Vec<_> = folder_contents(out.path()).into_keys().collect();
    assert_eq!(names, [HTML, MD, PDF, "typst"]);
}
