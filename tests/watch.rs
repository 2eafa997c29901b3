//! `watch` through the real binary: a build, a rebuild after an edit, an
//! error shown while watching goes on, recovery, a save by rename, a new
//! area file, and Ctrl-C. Every wait is bounded.

mod common;
#[cfg(target_os = "linux")]
#[path = "../benches/synthetic/mod.rs"]
mod synthetic;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

use common::example_dir;

/// The longest wait for one line of output.
const WAIT: Duration = Duration::from_secs(30);

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A running `watch` whose output lines arrive on channels; killed on drop.
struct Watch {
    child: Child,
    stdout: Receiver<String>,
    stderr: Receiver<String>,
}

impl Watch {
    fn start(plan: &Path, out: &Path) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_handlingsplan"))
            .env("HANDLINGSPLAN_LANG", "sv")
            .arg("watch")
            .arg(plan)
            .arg("-o")
            .arg(out)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let lines = |stream: Box<dyn std::io::Read + Send>| {
            let (tx, rx) = channel();
            std::thread::spawn(move || {
                for line in BufReader::new(stream).lines() {
                    let Ok(line) = line else { break };
                    if tx.send(line).is_err() {
                        break;
                    }
                }
            });
            rx
        };
        let stdout = lines(Box::new(child.stdout.take().unwrap()));
        let stderr = lines(Box::new(child.stderr.take().unwrap()));
        Watch {
            child,
            stdout,
            stderr,
        }
    }

    /// The next line on standard output, within [`WAIT`].
    fn next_line(&self) -> String {
        self.stdout.recv_timeout(WAIT).unwrap_or_else(|_| {
            panic!(
                "no line from watch within {WAIT:?}; stderr: {}",
                self.stderr_so_far()
            )
        })
    }

    fn stderr_so_far(&self) -> String {
        self.stderr.try_iter().collect::<Vec<_>>().join("\n")
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Watch {
    /// Waits for the next line and checks that it says a build of the
    /// example (five pages: the areas, the goals' overview, the glossary)
    /// succeeded.
    fn built(&self) {
        self.built_pages(5);
    }

    /// Waits for the next line and checks that it says a build of `pages` pages succeeded.
    fn built_pages(&self, pages: usize) {
        let line = self.next_line();
        let built = format!(
            " byggde norrbotten-2022.pdf ({pages} sidor), norrbotten-2022.md och norrbotten-2022.html på "
        );
        assert!(line.contains(&built), "{line}\n{}", self.stderr_so_far());
    }
}

/// Replaces `from` with `to` in a file, in place, as most editors save.
fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{from:?} not in {}", path.display());
    std::fs::write(path, text.replace(from, to)).unwrap();
}

/// Writes a whole file at once: to a hidden file, renamed into place.
fn replace(path: &Path, text: &str) {
    let temp = path.with_file_name(".replace.tmp");
    std::fs::write(&temp, text).unwrap();
    std::fs::rename(&temp, path).unwrap();
}

fn markdown(out: &Path) -> String {
    std::fs::read_to_string(out.join("norrbotten-2022.md")).unwrap()
}

#[test]
fn watch_rebuilds_on_edits_reports_errors_recovers_and_follows_renames() {
    let tmp = tempfile::tempdir().unwrap();
    let region = tmp.path().join("norrbotten");
    copy_dir(example_dir().parent().unwrap(), &region);
    // The edits below write names that are not in the example's register.
    common::remove_register(&region);
    let plan: PathBuf = region.join("2022");
    let out = tmp.path().join("out");
    let watch = Watch::start(&plan, &out);
    watch.built();
    assert!(markdown(&out).contains("Budgetchef, Funktionsområdesansvarig"));

    // One field edited: one rebuild, and the output follows.
    let area = plan.join("omraden/ekonomiskt-mal.toml");
    edit(&area, "Budgetchef,", "Budgetchefen,");
    watch.built();
    assert!(markdown(&out).contains("Budgetchefen, Funktionsområdesansvarig"));

    // A mistake is shown, the old files stay, and watch goes on.
    edit(&area, "tid = \"December\"", "tid = 12");
    let line = watch.next_line();
    assert!(
        line.contains("bygget misslyckades: 1 fel; de gamla filerna behålls"),
        "{line}"
    );
    std::thread::sleep(Duration::from_millis(300));
    let stderr = watch.stderr_so_far();
    assert!(
        stderr.contains("`tid` ska vara en text eller en lista av texter"),
        "{stderr}"
    );
    assert!(stderr.contains("ekonomiskt-mal.toml:20:7"), "{stderr}");
    assert!(markdown(&out).contains("Budgetchefen"));

    // Fixed by an editor that saves to a new file and renames it over the old.
    let text = std::fs::read_to_string(&area)
        .unwrap()
        .replace("tid = 12", "tid = \"December\"")
        .replace("Budgetchefen,", "Ekonomichefen,");
    let temp = plan.join("omraden/.ekonomiskt-mal.toml.swp");
    std::fs::write(&temp, text).unwrap();
    std::fs::rename(&temp, &area).unwrap();
    watch.built();
    assert!(markdown(&out).contains("Ekonomichefen, Funktionsområdesansvarig"));

    // And again, in place: the watch survived the rename.
    edit(&area, "Ekonomichefen,", "Controllern,");
    watch.built();
    assert!(markdown(&out).contains("Controllern, Funktionsområdesansvarig"));

    // A new area file, named in plan.toml.
    replace(
        &plan.join("omraden/nytt.toml"),
        "rubrik = \"Nytt område\"\n\n[[aktivitet]]\ntext = \"Något nytt.\"\nansvarig = \"A\"\ntid = \"B\"\nrapportering = \"C\"\n",
    );
    // The new file is seen at once: a file in omraden/ that plan.toml does
    // not list is a mistake, so the plan must name it.
    let line = watch.next_line();
    assert!(line.contains("bygget misslyckades: 1 fel"), "{line}");
    std::thread::sleep(Duration::from_millis(300));
    let stderr = watch.stderr_so_far();
    assert!(
        stderr.contains("nytt.toml finns inte med i `omraden`"),
        "{stderr}"
    );
    edit(
        &plan.join("plan.toml"),
        "  \"ekonomiskt-mal\",\n",
        "  \"ekonomiskt-mal\",\n  \"nytt\",\n",
    );
    let line = watch.next_line();
    assert!(line.contains(" byggde norrbotten-2022.pdf"), "{line}");
    assert!(markdown(&out).contains("Nytt område"));
    edit(
        &plan.join("omraden/nytt.toml"),
        "Något nytt.",
        "Något nyare.",
    );
    let line = watch.next_line();
    assert!(line.contains(" byggde norrbotten-2022.pdf"), "{line}");
    assert!(markdown(&out).contains("Något nyare."));

    // A region template in a templates/ folder that did not exist before.
    let template = include_str!("../templates/plan.md.j2").replace(
        "<!-- Genererad av handlingsplan.",
        "<!-- Regionens egen mall. Genererad av handlingsplan.",
    );
    std::fs::create_dir(region.join(".templates.tmp")).unwrap();
    std::fs::write(region.join(".templates.tmp/plan.md.j2"), template).unwrap();
    std::fs::rename(region.join(".templates.tmp"), region.join("templates")).unwrap();
    // The fifth area's short table fits on page 4 above the goals'
    // overview: still five pages, as a build from scratch gives.
    watch.built();
    assert!(markdown(&out).contains("Regionens egen mall."));
}

#[test]
#[cfg(unix)] // Ctrl-C is sent as SIGINT
fn ctrl_c_stops_watch_cleanly() {
    let tmp = tempfile::tempdir().unwrap();
    let region = tmp.path().join("norrbotten");
    copy_dir(example_dir().parent().unwrap(), &region);
    let out = tmp.path().join("out");
    let mut watch = Watch::start(&region.join("2022"), &out);
    watch.built();
    // SAFETY: sends SIGINT to the child this test started.
    unsafe { libc::kill(watch.child.id() as libc::pid_t, libc::SIGINT) };
    let mut status = None;
    for _ in 0..300 {
        if let Some(s) = watch.child.try_wait().unwrap() {
            status = Some(s);
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let status = status.expect("watch stops within 30 s of Ctrl-C");
    assert!(status.success(), "{status:?}");
    let names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let mut names = names;
    names.sort();
    assert_eq!(
        names,
        [
            "norrbotten-2022.html",
            "norrbotten-2022.md",
            "norrbotten-2022.pdf"
        ]
    );
}

/// Outputs written into a watched folder do not start another build, but
/// the plan's own files there still do.
#[test]
fn outputs_beside_the_region_file_are_not_changes_but_the_region_file_is() {
    let tmp = tempfile::tempdir().unwrap();
    let region = tmp.path().join("norrbotten");
    copy_dir(example_dir().parent().unwrap(), &region);
    let watch = Watch::start(&region.join("2022"), &region);
    watch.built();
    // The build's own writes are not a change: no second build follows.
    assert!(watch.stdout.recv_timeout(Duration::from_secs(2)).is_err());
    edit(
        &region.join("region.toml"),
        "organisation = \"Region Norrbotten\"",
        "organisation = \"Region Norrbotten (utkast)\"",
    );
    watch.built();
    let md = std::fs::read_to_string(region.join("norrbotten-2022.md")).unwrap();
    let pdf = std::fs::read(region.join("norrbotten-2022.pdf")).unwrap();
    assert!(!md.is_empty());
    let text = common::pdf_pages(&pdf).join(" ");
    assert!(text.contains("Region Norrbotten (utkast)"), "{text}");
}

/// The resident memory of a process in MiB (Linux: `/proc/PID/status`).
#[cfg(target_os = "linux")]
fn resident_mib(pid: u32) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let kib: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap();
    kib / 1024.0
}

/// Issue 14 §1.12: memory stays flat over many rebuilds. Each edit changes
/// one field of a 200-activity plan; before the fix, every rebuild kept
/// typst's laid-out pieces of all earlier builds, and memory grew with
/// every edit. Now what the last build did not use is evicted.
#[cfg(target_os = "linux")]
#[test]
fn memory_stays_flat_over_many_rebuilds() {
    let tmp = tempfile::tempdir().unwrap();
    let plan = synthetic::write_plan(tmp.path(), 200);
    let area = plan.join("omraden/omrade-2.toml");
    let original = std::fs::read_to_string(&area).unwrap();
    let watch = Watch::start(&plan, &tmp.path().join("out"));
    let mut resident = Vec::new();
    for edit in 0..=EDITS {
        if edit > 0 {
            let text = original.replacen("tid = \"", &format!("tid = \"Vecka {edit}, "), 1);
            std::fs::write(&area, text).unwrap();
        }
        let line = watch.next_line();
        assert!(
            line.contains(" byggde "),
            "{line}\n{}",
            watch.stderr_so_far()
        );
        resident.push(resident_mib(watch.child.id()));
    }
    // Warmed up after ten builds; from then on no growth beyond noise. A
    // median, not a maximum: one build's passing peak (the allocator, a
    // busy machine) is not growth; keeping every build's pieces is, and it
    // moved the whole later half up.
    let median = |builds: &[f64]| {
        let mut sorted = builds.to_vec();
        sorted.sort_by(f64::total_cmp);
        sorted[sorted.len() / 2]
    };
    let warm = median(&resident[10..20]);
    let last = median(&resident[EDITS - 9..]);
    assert!(
        last < warm * 1.15,
        "memory grew from {warm:.0} MiB to {last:.0} MiB over {EDITS} edits: {resident:.0?}"
    );
}

/// How many edits [`memory_stays_flat_over_many_rebuilds`] makes.
#[cfg(target_os = "linux")]
const EDITS: usize = 40;

/// A follow-up round in an `uppfoljning/` folder made while watch runs is
/// checked at once, as an area file is: a mistake in it is shown, and its
/// fix builds again.
#[test]
fn a_round_in_a_follow_up_folder_made_while_watching_is_checked() {
    let tmp = tempfile::tempdir().unwrap();
    let region = tmp.path().join("norrbotten");
    copy_dir(example_dir().parent().unwrap(), &region);
    let plan = region.join("2022");
    let rounds = plan.join("uppfoljning");
    let round = std::fs::read_to_string(rounds.join("2022-06.toml")).unwrap();
    std::fs::remove_dir_all(&rounds).unwrap();
    let watch = Watch::start(&plan, &tmp.path().join("out"));
    watch.built();

    // The new folder is a change in the plan folder: a build, with no
    // round in it yet. Its first file comes only after that build.
    std::fs::create_dir(&rounds).unwrap();
    watch.built();
    let wrong = round.replacen("status = \"pågår\"", "status = \"klar\"", 1);
    assert_ne!(wrong, round);
    replace(&rounds.join("2022-06.toml"), &wrong);
    let line = watch.next_line();
    assert!(line.contains("bygget misslyckades: 1 fel"), "{line}");
    std::thread::sleep(Duration::from_millis(300));
    let stderr = watch.stderr_so_far();
    assert!(stderr.contains("uppfoljning/2022-06.toml:"), "{stderr}");
    assert!(stderr.contains("klar"), "{stderr}");

    replace(&rounds.join("2022-06.toml"), &round);
    watch.built();
}
