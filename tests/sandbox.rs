//! Every file a plan names is read through one door: nothing outside the region's folder, no pipes or devices, no huge files.

#![cfg(unix)]

mod common;

use std::os::unix::fs::symlink;

use common::{AREA, PLAN, REGION, TempPlan, check};

/// A file outside the region's folder that a plan must never reach.
fn secret(t: &TempPlan) -> std::path::PathBuf {
    let path = t.root.path().join("hemlig.txt");
    std::fs::write(&path, "HEMLIG-TEXT").unwrap();
    path
}

fn assert_refused(t: &TempPlan, expected: &str) {
    let (ok, stderr) = check(&t.plan_dir());
    assert!(!ok, "check should fail:\n{stderr}");
    assert!(stderr.contains(expected), "{stderr}");
    assert!(
        !stderr.contains("HEMLIG-TEXT"),
        "the secret leaked:\n{stderr}"
    );
    let out = tempfile::tempdir().unwrap();
    let build = common::binary()
        .args(["build", "-o"])
        .arg(out.path())
        .arg(t.plan_dir())
        .output()
        .unwrap();
    assert!(!build.status.success());
    assert_eq!(
        std::fs::read_dir(out.path()).unwrap().count(),
        0,
        "nothing is written"
    );
}

#[test]
fn a_symlinked_area_file_is_refused() {
    let t = TempPlan::new();
    let secret = secret(&t);
    std::fs::remove_file(t.plan_dir().join("omraden/forsta.toml")).unwrap();
    symlink(&secret, t.plan_dir().join("omraden/forsta.toml")).unwrap();
    assert_refused(&t, "forsta.toml leder ut ur regionens mapp");
}

#[test]
fn a_symlinked_area_folder_is_refused() {
    let t = TempPlan::new();
    let elsewhere = t.root.path().join("elsewhere");
    std::fs::create_dir(&elsewhere).unwrap();
    std::fs::write(elsewhere.join("forsta.toml"), AREA).unwrap();
    std::fs::remove_dir_all(t.plan_dir().join("omraden")).unwrap();
    symlink(&elsewhere, t.plan_dir().join("omraden")).unwrap();
    assert_refused(&t, "leder ut ur regionens mapp");
}

#[test]
fn a_symlinked_region_file_is_refused() {
    let t = TempPlan::new();
    let elsewhere = t.root.path().join("region-elsewhere.toml");
    std::fs::write(&elsewhere, REGION).unwrap();
    std::fs::remove_file(t.region_dir().join("region.toml")).unwrap();
    symlink(&elsewhere, t.region_dir().join("region.toml")).unwrap();
    assert_refused(&t, "region.toml leder ut ur regionens mapp");
}

#[test]
fn a_symlinked_template_is_refused() {
    let t = TempPlan::new();
    let secret = secret(&t);
    std::fs::create_dir_all(t.region_dir().join("templates")).unwrap();
    symlink(&secret, t.region_dir().join("templates/plan.md.j2")).unwrap();
    assert_refused(&t, "plan.md.j2 leder ut ur regionens mapp");
}

#[test]
fn a_symlinked_section_file_is_refused_but_links_inside_are_fine() {
    let plan = format!("{PLAN}\n[[avsnitt]]\nrubrik = \"Bilaga\"\nfil = \"bilaga.md\"\n");
    let t = TempPlan::with(REGION, &plan, &[("forsta", AREA)]);
    t.write("gemensamt/bilaga.md", "Gemensam text.");
    // Relative links that stay inside the region folder are followed; the
    // sandbox refuses absolute links, which could point anywhere.
    symlink("../gemensamt/bilaga.md", t.plan_dir().join("bilaga.md")).unwrap();
    let (ok, stderr) = check(&t.plan_dir());
    assert!(ok, "a link inside the region folder is fine:\n{stderr}");
    let secret = secret(&t);
    std::fs::remove_file(t.plan_dir().join("bilaga.md")).unwrap();
    symlink(&secret, t.plan_dir().join("bilaga.md")).unwrap();
    assert_refused(&t, "bilaga.md leder ut ur regionens mapp");
}

fn fifo(path: &std::path::Path) {
    let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0, "mkfifo");
}

#[test]
fn pipes_are_refused_without_hanging() {
    // A section file, an area file and region.toml, each a FIFO in turn:
    // reading one would wait for a writer forever.
    let plan = format!("{PLAN}\n[[avsnitt]]\nrubrik = \"Bilaga\"\nfil = \"bilaga.md\"\n");
    for target in ["2026/bilaga.md", "2026/omraden/forsta.toml", "region.toml"] {
        let t = TempPlan::with(REGION, &plan, &[("forsta", AREA)]);
        let path = t.region_dir().join(target);
        let _ = std::fs::remove_file(&path);
        fifo(&path);
        assert_refused(
            &t,
            "är ingen vanlig fil (utan en pipe, en socket eller en enhet)",
        );
    }
}

#[test]
fn devices_are_refused() {
    let plan = format!("{PLAN}\n[[avsnitt]]\nrubrik = \"Bilaga\"\nfil = \"bilaga.md\"\n");
    let t = TempPlan::with(REGION, &plan, &[("forsta", AREA)]);
    // A link to a device outside the folder is refused as outside.
    symlink("/dev/zero", t.plan_dir().join("bilaga.md")).unwrap();
    assert_refused(&t, "bilaga.md leder ut ur regionens mapp");
    // A device node inside the folder (needs root, as on CI) is refused as
    // not a file, before a single byte is read.
    std::fs::remove_file(t.plan_dir().join("bilaga.md")).unwrap();
    let path = std::ffi::CString::new(
        t.plan_dir()
            .join("bilaga.md")
            .as_os_str()
            .as_encoded_bytes(),
    )
    .unwrap();
    let made = unsafe { libc::mknod(path.as_ptr(), libc::S_IFCHR | 0o644, libc::makedev(1, 5)) };
    if made == 0 {
        assert_refused(
            &t,
            "är ingen vanlig fil (utan en pipe, en socket eller en enhet)",
        );
    } else {
        eprintln!("skipped the device node: mknod needs root");
    }
}

#[test]
fn a_huge_logo_is_refused_without_reading_it() {
    let region = REGION.replace(
        "[metadata]",
        "[tema]\nlogotyp = \"logotyp.png\"\nlogotyp_alttext = \"Logotyp\"\n\n[metadata]",
    );
    let t = TempPlan::with(&region, PLAN, &[("forsta", AREA)]);
    // A sparse 3 GB file: reading it whole would take 3 GB of memory.
    let file = std::fs::File::create(t.region_dir().join("logotyp.png")).unwrap();
    file.set_len(3 << 30).unwrap();
    let (ok, stderr) = check(&t.plan_dir());
    assert!(!ok);
    assert!(
        stderr.contains("en logotyp får vara högst 10 MB"),
        "{stderr}"
    );
    assert!(
        stderr.contains("region.toml:"),
        "points at logotyp:\n{stderr}"
    );
}
