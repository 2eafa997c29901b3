//! The one writer through the binary: `fmt` and `id` never write through a
//! symlink, keep permissions, byte-order marks and line endings, never
//! overwrite an editor's save, and an interrupted `id` or `new` or a failed
//! `extract` leaves every file old (or every file new) and nothing else.
//! Unix only: symlinks, permission bits and signals.

#![cfg(unix)]

mod common;

use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};
use std::time::{Duration, Instant};

use common::{AREA, PLAN, REGION, TempPlan, area_with_activities, binary, folder_contents};

/// `AREA` written carelessly: `fmt` changes it.
fn unformatted_area() -> String {
    AREA.replace("ansvarig = ", "ansvarig   =   ")
        .replace("tid = ", "  tid = ")
}

fn fmt(path: &Path) -> Output {
    binary().arg("fmt").arg(path).output().unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn fmt_refuses_a_symlinked_plan_file_and_leaves_the_link_and_its_target_as_they_are() {
    let plan = TempPlan::new();
    plan.write("2026/omraden/andra.toml", &unformatted_area());
    let outside = plan.root.path().join("utanfor.toml");
    std::fs::write(&outside, unformatted_area()).unwrap();
    let link = plan.plan_dir().join("omraden/forsta.toml");
    std::fs::remove_file(&link).unwrap();
    std::os::unix::fs::symlink(&outside, &link).unwrap();

    let out = fmt(&plan.plan_dir());
    let text = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{text}");
    // Refused where it is read, as check and build refuse it.
    assert!(
        text.contains(&format!(
            "{} leder ut ur regionens mapp och läses därför inte",
            link.display()
        )),
        "{text}"
    );
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(std::fs::read_link(&link).unwrap(), outside);
    assert_eq!(
        std::fs::read_to_string(&outside).unwrap(),
        unformatted_area()
    );
    // All or nothing: the other unformatted file is left as it is too.
    let other = plan.plan_dir().join("omraden/andra.toml");
    assert_eq!(std::fs::read_to_string(other).unwrap(), unformatted_area());
    assert_eq!(
        folder_contents(plan.root.path())
            .into_keys()
            .collect::<Vec<_>>(),
        ["region", "utanfor.toml"]
    );
}

#[test]
fn fmt_keeps_each_file_s_permissions() {
    let plan = TempPlan::new();
    let area = plan.plan_dir().join("omraden/forsta.toml");
    for mode in [0o600, 0o755, 0o640] {
        std::fs::write(&area, unformatted_area()).unwrap();
        std::fs::set_permissions(&area, std::fs::Permissions::from_mode(mode)).unwrap();
        let out = fmt(&plan.plan_dir());
        assert!(out.status.success(), "{}", stderr(&out));
        assert_ne!(std::fs::read_to_string(&area).unwrap(), unformatted_area());
        let now = std::fs::metadata(&area).unwrap().permissions().mode() & 0o777;
        assert_eq!(now, mode, "{mode:o}");
    }
}

#[test]
fn fmt_keeps_a_byte_order_mark_and_line_endings_and_a_second_run_changes_nothing() {
    for (bom, newline) in [("\u{FEFF}", "\n"), ("\u{FEFF}", "\r\n"), ("", "\r\n")] {
        let plan = TempPlan::new();
        let written = format!("{bom}{}", unformatted_area().replace('\n', newline));
        plan.write("2026/omraden/forsta.toml", &written);
        let area = plan.plan_dir().join("omraden/forsta.toml");
        let case = format!("{bom:?} {newline:?}");

        let out = fmt(&area);
        assert!(out.status.success(), "{case}: {}", stderr(&out));
        let once = std::fs::read_to_string(&area).unwrap();
        assert_ne!(once, written, "{case}: formatted");
        assert!(once.starts_with(bom), "{case}: {once:?}");
        assert_eq!(once.matches('\u{FEFF}').count(), bom.len() / 3, "{case}");
        let lines = once.matches('\n').count();
        let crlf = once.matches("\r\n").count();
        assert_eq!(crlf, if newline == "\r\n" { lines } else { 0 }, "{case}");

        let out = binary()
            .arg("fmt")
            .arg("--check")
            .arg(&area)
            .output()
            .unwrap();
        assert!(out.status.success(), "{case}: {}", stderr(&out));
        let out = fmt(&area);
        assert!(out.status.success(), "{case}: {}", stderr(&out));
        assert_eq!(std::fs::read_to_string(&area).unwrap(), once, "{case}");
        let (ok, problems) = common::check(&plan.plan_dir());
        assert!(ok, "{case}: {problems}");
    }
}

// ------------------------------------------------- saves while a command runs

/// How long each step of writing takes below (debug builds only; see
/// `HANDLINGSPLAN_TEST_PAUSE_MS` in src/write/mod.rs): long enough for a
/// save to come between two steps.
const PAUSE: Duration = Duration::from_millis(150);
/// The same, for the interrupts, which come at every step of many runs.
const SHORT_PAUSE: Duration = Duration::from_millis(40);

/// The binary as a plain process, for tests that signal it. Its signals act
/// as at a terminal, even where this test runs with them ignored.
fn process(args: &[&OsStr], pause: Duration) -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_handlingsplan"));
    cmd.env("HANDLINGSPLAN_LANG", "sv")
        .env("HANDLINGSPLAN_TEST_PAUSE_MS", pause.as_millis().to_string())
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
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

/// Whether `dir` holds an entry whose name `matches`.
fn holds(dir: &Path, matches: impl Fn(&str) -> bool) -> bool {
    std::fs::read_dir(dir)
        .unwrap()
        .any(|e| matches(&e.unwrap().file_name().to_string_lossy()))
}

/// Whether `dir` holds one of the writer's temporary files.
fn writing(dir: &Path) -> bool {
    holds(dir, |name| name.ends_with(".tmp"))
}

/// Runs `args`, and once a temporary file appears in `dir` (the command has
/// read its files and is writing), waits `delay` and calls `meanwhile`.
fn while_writing(
    (args, pause): (&[&OsStr], Duration),
    dir: &Path,
    delay: Duration,
    meanwhile: impl FnOnce(u32),
) -> (std::process::ExitStatus, String) {
    once((args, pause), || writing(dir), delay, meanwhile)
}

/// Runs `args`, and once `started_writing()`, waits `delay` and calls `meanwhile`.
fn once(
    (args, pause): (&[&OsStr], Duration),
    started_writing: impl Fn() -> bool,
    delay: Duration,
    meanwhile: impl FnOnce(u32),
) -> (std::process::ExitStatus, String) {
    let mut child = process(args, pause).spawn().unwrap();
    let started = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if started_writing() {
            std::thread::sleep(delay);
            meanwhile(child.id());
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(60), "hangs");
        std::thread::sleep(Duration::from_millis(1));
    }
    let output = child.wait_with_output().unwrap();
    (output.status, stderr(&output))
}

#[test]
fn fmt_never_writes_over_a_save_made_while_it_ran() {
    if cfg!(not(debug_assertions)) {
        return; // the pauses that make the save come at the right moment
    }
    let plan = TempPlan::new();
    plan.write("2026/omraden/forsta.toml", &unformatted_area());
    plan.write("2026/plan.toml", &PLAN.replace("titel = ", "titel   =   "));
    let saved = AREA.replace("Göra något viktigt.", "Sparat i editorn.");
    let area = plan.plan_dir().join("omraden/forsta.toml");
    let before = folder_contents(&plan.plan_dir());

    let (status, text) = while_writing(
        (&[OsStr::new("fmt"), plan.plan_dir().as_os_str()], PAUSE),
        &plan.plan_dir().join("omraden"),
        PAUSE / 2,
        |_| std::fs::write(&area, &saved).unwrap(),
    );
    assert_eq!(status.code(), Some(2), "{text}");
    assert!(
        text.contains(&format!(
            "skriver inte {}: filen har ändrats sedan handlingsplan läste den",
            area.display()
        )),
        "{text}"
    );
    assert_eq!(std::fs::read_to_string(&area).unwrap(), saved);
    assert_eq!(
        folder_contents(&plan.plan_dir()),
        before,
        "plan.toml is not formatted either, and nothing else is left"
    );
    assert_eq!(
        folder_contents(&plan.plan_dir().join("omraden"))
            .into_keys()
            .collect::<Vec<_>>(),
        ["forsta.toml"]
    );
}

/// Areas without ids: `n` activities in each of `areas` files.
fn plan_without_ids(areas: usize, n: usize) -> TempPlan {
    let names: Vec<String> = (0..areas).map(|i| format!("omrade{i}")).collect();
    let plan_toml = PLAN.replace(
        "omraden = [\"forsta\"]",
        &format!(
            "omraden = [{}]",
            names
                .iter()
                .map(|n| format!("\"{n}\""))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    );
    let texts: Vec<String> = (0..areas)
        .map(|i| {
            area_with_activities(n, &format!("Område {i} aktivitet"))
                .lines()
                .filter(|line| !line.starts_with("id = "))
                .map(|line| format!("{line}\n"))
                .collect()
        })
        .collect();
    let files: Vec<(&str, &str)> = names
        .iter()
        .map(String::as_str)
        .zip(texts.iter().map(String::as_str))
        .collect();
    TempPlan::with(REGION, &plan_toml, &files)
}

fn areas(plan: &TempPlan) -> BTreeMap<String, Vec<u8>> {
    folder_contents(&plan.plan_dir().join("omraden"))
}

#[test]
fn id_never_writes_ids_onto_a_file_saved_while_it_ran() {
    if cfg!(not(debug_assertions)) {
        return;
    }
    let plan = plan_without_ids(3, 5);
    let before = areas(&plan);
    let edited = plan.plan_dir().join("omraden/omrade1.toml");
    // The editor puts a new activity first: ids placed by the old order
    // would land on the wrong activities.
    let saved = String::from_utf8(before["omrade1.toml"].clone()).unwrap().replacen(
        "\n[[aktivitet]]\n",
        "\n[[aktivitet]]\ntext = \"Ny först\"\nansvarig = \"A\"\ntid = \"B\"\nrapportering = \"C\"\n\n[[aktivitet]]\n",
        1,
    );
    let (status, text) = while_writing(
        (&[OsStr::new("id"), plan.plan_dir().as_os_str()], PAUSE),
        &plan.plan_dir().join("omraden"),
        PAUSE / 2,
        |_| std::fs::write(&edited, &saved).unwrap(),
    );
    assert_eq!(status.code(), Some(1), "{text}");
    assert!(
        text.contains("omrade1.toml: filen har ändrats sedan handlingsplan läste den"),
        "{text}"
    );
    let mut expected = before;
    expected.insert("omrade1.toml".into(), saved.into_bytes());
    assert_eq!(
        areas(&plan),
        expected,
        "no file changed, nothing left behind"
    );
}

#[test]
fn an_interrupted_id_leaves_every_file_old_or_every_file_new_and_nothing_else() {
    let plan = plan_without_ids(4, 150);
    let old = areas(&plan);
    let fresh = plan_without_ids(4, 150);
    let started = Instant::now();
    let out = process(
        &[OsStr::new("id"), fresh.plan_dir().as_os_str()],
        SHORT_PAUSE,
    )
    .output()
    .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let duration = started.elapsed();
    let new = areas(&fresh);
    assert!(old.keys().eq(new.keys()) && old.values().zip(new.values()).all(|(a, b)| a != b));

    let restore = || {
        for (name, bytes) in &old {
            std::fs::write(plan.plan_dir().join("omraden").join(name), bytes).unwrap();
        }
    };
    // Through the run, and at every step of writing four files: temporary
    // files created and written (at once), locked, 4 backups, 4 renames, synced.
    let mut moments: Vec<(bool, Duration)> = (0..6).map(|i| (false, duration * i / 5)).collect();
    moments.extend((0..13).map(|step| (true, SHORT_PAUSE * step + SHORT_PAUSE / 2)));
    let mut interrupted_while_writing = 0;
    let plan_dir = plan.plan_dir();
    for (into_writing, delay) in moments {
        for signal in [libc::SIGINT, libc::SIGTERM] {
            let args = [OsStr::new("id"), plan_dir.as_os_str()];
            let interrupt = |pid: u32| {
                // SAFETY: the child has not been waited for, so its pid is its own.
                unsafe { libc::kill(pid as libc::pid_t, signal) };
            };
            let (status, text) = if into_writing {
                let dir = plan.plan_dir().join("omraden");
                while_writing((&args, SHORT_PAUSE), &dir, delay, interrupt)
            } else {
                let child = process(&args, SHORT_PAUSE).spawn().unwrap();
                std::thread::sleep(delay);
                interrupt(child.id());
                let output = child.wait_with_output().unwrap();
                (output.status, stderr(&output))
            };
            let after = areas(&plan);
            let case =
                format!("signal {signal} {delay:?} into writing: {into_writing}: {status}\n{text}");
            assert!(
                !text.contains("internal error") && !text.contains("internt fel"),
                "{case}"
            );
            match (status.code(), status.signal()) {
                (Some(0), _) => {
                    assert!(after == new, "{case}: not all new: {:?}", after.keys());
                    restore();
                }
                (Some(130), _) | (None, Some(_)) => {
                    assert!(after == old, "{case}: not all old: {:?}", after.keys());
                    interrupted_while_writing += usize::from(into_writing);
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
fn a_failed_extract_leaves_nothing_behind() {
    let region = REGION.replacen(
        "kortnamn = \"testbotten\"\n",
        "kortnamn = \"testbotten\"\npdfstandard = [\"ua-1\", \"a-3a\"]\nbifoga_kallfiler = true\n",
        1,
    );
    let plan = TempPlan::with(&region, PLAN, &[("forsta", AREA)]);
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("ut");
    binary()
        .arg("build")
        .arg(plan.plan_dir())
        .arg("-o")
        .arg(&out)
        .assert()
        .success();
    let pdf = out.join("testbotten-2026.pdf");
    let dir: PathBuf = work.path().join("kopia");
    // A file where extract needs a folder: the area file cannot be written.
    std::fs::create_dir_all(dir.join("2026")).unwrap();
    std::fs::write(dir.join("2026/omraden"), "mitt").unwrap();
    let before = folder_contents(&dir);

    let out = binary()
        .arg("extract")
        .arg(&pdf)
        .arg(&dir)
        .output()
        .unwrap();
    let text = stderr(&out);
    assert!(!out.status.success(), "{text}");
    assert!(text.contains("ingenting skrevs"), "{text}");
    assert_eq!(
        folder_contents(&dir),
        before,
        "no region.toml, nothing else"
    );
    assert_eq!(
        folder_contents(&dir.join("2026"))
            .into_keys()
            .collect::<Vec<_>>(),
        ["omraden"]
    );
}

#[test]
fn an_interrupted_new_leaves_the_whole_new_folder_or_nothing() {
    if cfg!(not(debug_assertions)) {
        return; // the pauses that let the interrupts land while writing
    }
    let plan = plan_without_ids(4, 20);
    let region = plan.root.path().join("region");
    let before = folder_contents(&region);
    let target = region.join("2027");
    let plan_dir = plan.plan_dir();
    let args = [
        OsStr::new("new"),
        OsStr::new("2027"),
        OsStr::new("--from"),
        plan_dir.as_os_str(),
    ];
    let staging = || holds(&region, |name| name.starts_with(".handlingsplan-new-"));
    // At every step of writing five files (plan.toml, four areas) into the
    // staging folder: temporary files created and written (at once),
    // locked, 5 backups, 5 renames, synced; then the folder's rename and
    // after it (the last two steps).
    let (mut finished, mut interrupted) = (0, 0);
    for step in 0..16 {
        let signal = [libc::SIGINT, libc::SIGTERM][step % 2];
        let delay = SHORT_PAUSE * step as u32 + SHORT_PAUSE / 2;
        let (status, text) = once((&args, SHORT_PAUSE), staging, delay, |pid| {
            // SAFETY: the child has not been waited for, so its pid is its own.
            unsafe { libc::kill(pid as libc::pid_t, signal) };
        });
        let case = format!("signal {signal} {delay:?} into writing: {status}\n{text}");
        let mut after = folder_contents(&region);
        match (status.code(), status.signal()) {
            (Some(0), _) => {
                assert_eq!(
                    after.remove("2027").as_deref(),
                    Some(&b"folder"[..]),
                    "{case}"
                );
                assert_eq!(after, before, "{case}: nothing else");
                let areas = folder_contents(&target.join("omraden"));
                assert_eq!(areas.len(), 4, "{case}: {:?}", areas.keys());
                assert!(target.join("plan.toml").is_file(), "{case}");
                std::fs::remove_dir_all(&target).unwrap();
                finished += 1;
            }
            (Some(130), _) | (None, Some(_)) => {
                assert_eq!(after, before, "{case}: no new folder, nothing left");
                interrupted += 1;
            }
            _ => panic!("unexpected end: {case}"),
        }
    }
    assert!(
        interrupted >= 8 && finished >= 1,
        "{interrupted} interrupted, {finished} finished"
    );
}
