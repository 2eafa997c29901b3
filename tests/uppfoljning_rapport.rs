//! `uppfoljning rapport`: the follow-up report of a round in three formats, through the binary: counts that add up, every comment word in every format, due dates from `tid`, PDF/UA, and `check` finding whatever the report refuses.

mod common;

use std::path::{Path, PathBuf};

use common::{AREA, PLAN, REGION, TempPlan, binary, example_dir, squash};

/// Runs `uppfoljning rapport PLAN -o OUT [ARGS…]`: (success, stdout, stderr).
fn report(plan: &Path, out: &Path, args: &[&str]) -> (bool, String, String) {
    let output = binary()
        .args(["uppfoljning", "rapport"])
        .arg(plan)
        .arg("-o")
        .arg(out)
        .args(args)
        .output()
        .expect("runs");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// The example's report of its latest round, written to a temporary folder.
fn example_report() -> (tempfile::TempDir, PathBuf) {
    let out = tempfile::tempdir().unwrap();
    let (ok, _, stderr) = report(&example_dir(), out.path(), &[]);
    assert!(ok, "{stderr}");
    let stem = out.path().join("norrbotten-2022-uppfoljning-2022-12");
    (out, stem)
}

fn with_extension(stem: &Path, extension: &str) -> PathBuf {
    stem.with_extension(extension)
}

/// The words of every comment of a round file.
fn comment_words(round: &Path) -> Vec<String> {
    let value: toml::Table = std::fs::read_to_string(round).unwrap().parse().unwrap();
    let mut words = Vec::new();
    for key in ["aktivitet", "indikator"] {
        for entry in value
            .get(key)
            .and_then(|v| v.as_array())
            .into_iter()
            .flatten()
        {
            if let Some(comment) = entry.get("kommentar").and_then(|c| c.as_str()) {
                words.extend(
                    comment
                        .split(|c: char| !c.is_alphanumeric())
                        .filter(|w| !w.is_empty())
                        .map(str::to_owned),
                );
            }
        }
    }
    assert!(words.len() > 10, "the round has comments: {words:?}");
    words
}

#[test]
fn the_examples_report_builds_in_three_formats_and_again_byte_for_byte() {
    let (_out, stem) = example_report();
    let again = tempfile::tempdir().unwrap();
    let (ok, stdout, _) = report(&example_dir(), again.path(), &[]);
    assert!(ok);
    for extension in ["pdf", "md", "html"] {
        let first = std::fs::read(with_extension(&stem, extension)).unwrap();
        let name = stem.file_name().unwrap().to_string_lossy().into_owned();
        let second = std::fs::read(again.path().join(format!("{name}.{extension}"))).unwrap();
        assert!(first == second, "{extension} differs between two builds");
        assert!(stdout.contains(&format!("{name}.{extension}")), "{stdout}");
    }
    let markdown = std::fs::read_to_string(with_extension(&stem, "md")).unwrap();
    for expected in [
        "# Uppföljning december 2022",
        "◐ Pågår",
        "Försenad → pågår",
        "Ej påbörjad → försenad",
        "↓ minskar, i målets riktning",
        "– Ingen rapport",
    ] {
        assert!(markdown.contains(expected), "{expected} in\n{markdown}");
    }
}

#[test]
fn an_earlier_round_is_reported_when_named_and_an_unknown_one_is_refused() {
    let out = tempfile::tempdir().unwrap();
    let (ok, _, stderr) = report(&example_dir(), out.path(), &["--omgang", "2022-06"]);
    assert!(ok, "{stderr}");
    let md =
        std::fs::read_to_string(out.path().join("norrbotten-2022-uppfoljning-2022-06.md")).unwrap();
    assert!(md.contains("Första omgången"), "{md}");
    let (ok, _, stderr) = report(&example_dir(), out.path(), &["--omgang", "2022-07"]);
    assert!(!ok);
    assert!(
        stderr.contains("2022-07") && stderr.contains("2022-06"),
        "{stderr}"
    );
}

#[test]
fn the_counts_per_status_add_up_to_the_plans_activities() {
    let (_out, stem) = example_report();
    let markdown = std::fs::read_to_string(with_extension(&stem, "md")).unwrap();
    // The example prints every activity it has.
    let areas = example_dir().join("omraden");
    let mut in_files = 0;
    for entry in std::fs::read_dir(areas).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        in_files += text.matches("\n[[aktivitet]]").count()
            + usize::from(text.starts_with("[[aktivitet]]"));
    }
    let numbers = |line: &str| -> Vec<usize> {
        line.split('|')
            .filter_map(|cell| cell.trim().trim_matches('*').parse().ok())
            .collect()
    };
    let table: Vec<&str> = markdown
        .lines()
        .skip_while(|l| !l.starts_with("| Område"))
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .collect();
    let (total, areas) = table.split_last().unwrap();
    let mut sums = vec![0; numbers(total).len()];
    for row in areas {
        let counts = numbers(row);
        let (own_total, per_status) = counts.split_last().unwrap();
        assert_eq!(per_status.iter().sum::<usize>(), *own_total, "{row}");
        for (sum, n) in sums.iter_mut().zip(&counts) {
            *sum += n;
        }
    }
    assert_eq!(sums, numbers(total), "the total row is the areas' sum");
    assert_eq!(*numbers(total).last().unwrap(), in_files);
}

#[test]
fn every_word_of_every_comment_of_the_latest_round_reaches_every_format() {
    let (_out, stem) = example_report();
    let words = comment_words(&example_dir().join("uppfoljning/2022-12.toml"));
    let pdf = squash(&common::layout::text(&with_extension(&stem, "pdf")));
    let markdown = std::fs::read_to_string(with_extension(&stem, "md"))
        .unwrap()
        .replace('\\', "");
    let html = common::html_text(&std::fs::read_to_string(with_extension(&stem, "html")).unwrap());
    for word in &words {
        assert!(pdf.contains(&squash(word)), "{word} in the PDF");
        assert!(markdown.contains(word.as_str()), "{word} in the Markdown");
        assert!(html.contains(word.as_str()), "{word} in the HTML");
    }
}

/// A plan whose activity is due in March, one whose `tid` cannot be read,
/// and a June round reporting the first as ongoing.
fn plan_with_due_dates() -> TempPlan {
    let area = format!(
        "{AREA}\n[[aktivitet]]\nid = \"i-mars\"\ntext = \"Klart i mars.\"\nansvarig = \"Verksamhetscheferna\"\ntid = \"mars\"\nrapportering = \"LSG Läkemedel\"\n\n\
         [[aktivitet]]\nid = \"efter-beslut\"\ntext = \"Efter ett beslut.\"\nansvarig = \"Verksamhetscheferna\"\ntid = \"Efter beslut i nämnden\"\nrapportering = \"LSG Läkemedel\"\n"
    );
    let t = TempPlan::with(REGION, PLAN, &[("forsta", &area)]);
    t.write(
        "2026/uppfoljning/2026-06.toml",
        "datum = 2026-06-15\nrubrik = \"Uppföljning juni 2026\"\n\n[[aktivitet]]\nid = \"i-mars\"\nstatus = \"pågår\"\nkommentar = \"Arbetet drar ut på tiden.\"\n",
    );
    t
}

/// A comment taller than a page: its row breaks across pages. Kept whole,
/// it ran past the page's foot and most of its words were lost from the
/// PDF. Every "Steg N" is in the PDF, in order.
#[test]
fn a_comment_taller_than_a_page_breaks_across_pages_and_loses_no_word() {
    let comment: String = (1..=150)
        .map(|n| format!("Steg {n} av uppföljningen är klart. "))
        .collect();
    let t = plan_with_due_dates();
    t.write(
        "2026/uppfoljning/2026-06.toml",
        &format!(
            "datum = 2026-06-15\nrubrik = \"Uppföljning juni 2026\"\n\n[[aktivitet]]\n\
             id = \"i-mars\"\nstatus = \"pågår\"\nkommentar = \"{comment}\"\n"
        ),
    );
    let out = tempfile::tempdir().unwrap();
    let (ok, _, stderr) = report(&t.plan_dir(), out.path(), &[]);
    assert!(ok, "{stderr}");
    let pdf = out.path().join("testbotten-2026-uppfoljning-2026-06.pdf");
    let text = squash(&common::layout::text(&pdf));
    // "N av", not after a digit (the page's foot may stand between "Steg"
    // and its number).
    let mut at = 0;
    for n in 1..=150 {
        let step = format!("{n}av");
        let found = (text[at..].match_indices(&step))
            .map(|(i, _)| at + i)
            .find(|&start| !text[..start].ends_with(|c: char| c.is_ascii_digit()));
        let Some(start) = found else {
            panic!("«Steg {n} av» is not in the PDF after «Steg {}»", n - 1);
        };
        at = start + step.len();
    }
}

#[test]
fn an_activity_due_in_march_not_finished_in_june_is_flagged_and_an_unreadable_tid_listed() {
    let t = plan_with_due_dates();
    let out = tempfile::tempdir().unwrap();
    let (ok, _, stderr) = report(&t.plan_dir(), out.path(), &[]);
    assert!(ok, "{stderr}");
    assert!(
        stderr.contains("Efter beslut i nämnden"),
        "a note on stderr: {stderr}"
    );
    let stem = out.path().join("testbotten-2026-uppfoljning-2026-06");
    let markdown = std::fs::read_to_string(with_extension(&stem, "md")).unwrap();
    let flagged: Vec<&str> = markdown
        .lines()
        .filter(|l| l.starts_with("| ") && l.contains("Försenad enligt tid"))
        .collect();
    assert_eq!(flagged.len(), 1, "{markdown}");
    assert!(
        flagged[0].starts_with("| 2\\. | Klart i mars."),
        "{markdown}"
    );
    assert!(
        markdown.contains("Första området: 2. Klart i mars. (tid: mars)"),
        "{markdown}"
    );
    assert!(
        markdown.contains("Första området: 3. “Efter beslut i nämnden”"),
        "{markdown}"
    );
    // December has not come by June: not flagged.
    assert!(!markdown.contains("(tid: December)"), "{markdown}");
    let pdf = squash(&common::layout::text(&with_extension(&stem, "pdf")));
    assert!(
        pdf.contains(&squash("Försenad enligt tid (2026-03-31)")),
        "{pdf}"
    );
    assert!(pdf.contains(&squash("Efter beslut i nämnden")));
}

#[test]
fn the_reports_pdf_passes_the_pdf_ua_checker() {
    let (_out, stem) = example_report();
    common::pdf::pdfua_passes(&with_extension(&stem, "pdf"));
}

#[test]
fn check_finds_whatever_the_report_refuses() {
    // A plan without rounds: nothing to report, and nothing wrong.
    let t = TempPlan::new();
    let out = tempfile::tempdir().unwrap();
    let (ok, _, stderr) = report(&t.plan_dir(), out.path(), &[]);
    assert!(!ok);
    assert!(stderr.contains("uppfoljning ny"), "{stderr}");
    // A round naming an unknown activity, and one with a character no font draws.
    for (what, round) in [
        (
            "an unknown id",
            "[[aktivitet]]\nid = \"okand\"\nstatus = \"pågår\"\n",
        ),
        (
            "an undrawable character",
            "[[aktivitet]]\nid = \"forsta-aktiviteten\"\nstatus = \"pågår\"\nkommentar = \"Tecknet \u{e000} ritas inte.\"\n",
        ),
    ] {
        let t = TempPlan::new();
        t.write(
            "2026/uppfoljning/2026-06.toml",
            &format!("datum = 2026-06-15\nrubrik = \"Juni\"\n\n{round}"),
        );
        let (reported, _, report_err) = report(&t.plan_dir(), out.path(), &[]);
        let (checked, check_err) = common::check(&t.plan_dir());
        assert!(!reported, "{what}: the report is refused");
        assert!(
            !checked,
            "{what}: check finds it too:\n{report_err}\n{check_err}"
        );
    }
    let (checked, _) = common::check(&example_dir());
    let (reported, _, _) = report(&example_dir(), out.path(), &[]);
    assert!(checked && reported);
}

/// In the PDF's narrow table columns a long name breaks as the plan's
/// cells do, with a hyphen at a syllable ("Verksamhets-" / "cheferna"),
/// never between two letters with no hyphen ("Verksamhet" / "scheferna").
/// (pdftotext gives the drawn hyphen as U+00AD, a break with none after a
/// U+200B.)
#[test]
fn long_words_in_the_reports_cells_break_with_a_hyphen() {
    let (_out, stem) = example_report();
    let text = common::layout::text(&with_extension(&stem, "pdf"));
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let long = "Verksamhetscheferna";
    let bare = |w: &str| w.replace(['\u{ad}', '\u{200b}', '-', ','], "");
    let mut breaks = 0;
    for pair in lines.windows(2) {
        let end = pair[0].rsplit(' ').next().unwrap_or("");
        let start = pair[1].split(' ').next().unwrap_or("");
        if bare(end).len() < long.len() && format!("{}{}", bare(end), bare(start)).starts_with(long)
        {
            breaks += 1;
            assert!(
                end.ends_with(['\u{ad}', '-']),
                "«{end}» / «{start}» breaks {long} with no hyphen"
            );
        }
    }
    assert!(
        breaks > 0,
        "the example's report breaks {long} somewhere:\n{text}"
    );
}

/// A region that calls "pågår" "Pågående arbete" and "försenad" "LSG-bevakad":
/// its names in every output of the report and of a body's view, the
/// standard label nowhere; and `[statusnamn]` checked like any table.
#[test]
fn the_region_names_the_statuses_and_every_output_prints_its_names() {
    let t = plan_with_due_dates();
    let region = std::fs::read_to_string(t.region_dir().join("region.toml")).unwrap()
        + "\n[[organ]]\nnamn = \"Verksamhetscheferna\"\n\n[[organ]]\nnamn = \"LSG Läkemedel\"\n\n[[organ]]\nnamn = \"Kunskapsstyrningsrådet\"\n"
        + "\n[statusnamn]\n\"pågår\" = \"Pågående arbete\"\n\"försenad\" = \"LSG-bevakad\"\n";
    t.write("region.toml", &region);
    t.write(
        "2026/uppfoljning/2026-09.toml",
        "datum = 2026-09-15\nrubrik = \"Uppföljning september 2026\"\n\n[[aktivitet]]\nid = \"i-mars\"\nstatus = \"försenad\"\n",
    );
    let out = tempfile::tempdir().unwrap();
    let (ok, _, stderr) = report(&t.plan_dir(), out.path(), &[]);
    assert!(ok, "{stderr}");
    let stem = out.path().join("testbotten-2026-uppfoljning-2026-09");
    let markdown = std::fs::read_to_string(with_extension(&stem, "md")).unwrap();
    let html = common::html_text(&std::fs::read_to_string(with_extension(&stem, "html")).unwrap());
    let pdf = squash(&common::layout::text(&with_extension(&stem, "pdf")));
    for (format, text) in [("Markdown", &markdown), ("HTML", &html)] {
        assert!(text.contains("▲ LSG-bevakad"), "{format}: {text}");
        // The change from June: the region's names, the second mid-sentence
        // ("pågående arbete") and the abbreviation kept ("LSG-bevakad").
        assert!(
            text.contains("Pågående arbete → LSG-bevakad"),
            "{format}: {text}"
        );
        assert!(text.contains("◐ Pågående arbete"), "{format}: {text}");
        assert!(!text.contains("▲ Försenad"), "{format}: {text}");
        assert!(!text.contains("◐ Pågår"), "{format}: {text}");
    }
    assert!(pdf.contains(&squash("LSG-bevakad")), "{pdf}");
    assert!(
        pdf.contains(&squash("Pågående arbete → LSG-bevakad")),
        "{pdf}"
    );
    assert!(!pdf.contains(&squash("▲ Försenad")), "{pdf}");

    let view = binary()
        .args(["ansvar"])
        .arg(t.plan_dir())
        .args(["--organ", "LSG Läkemedel"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&view.stderr).into_owned();
    let view = String::from_utf8_lossy(&view.stdout);
    assert!(view.contains("▲ LSG-bevakad"), "{view}{stderr}");

    // A key that is no status, an empty name and a name two statuses share.
    t.write(
        "region.toml",
        &(region + "\"genomförd\" = \"\"\n\"avslutad\" = \"lsg-bevakad\"\nklar = \"Klar\"\n"),
    );
    let (code, report) = t.check();
    assert_eq!(code, 1, "{report}");
    assert!(
        report.contains("namnet på statusen \"genomförd\" är tomt"),
        "{report}"
    );
    assert!(
        report.contains("\"lsg-bevakad\" är redan namnet på statusen \"försenad\""),
        "{report}"
    );
    assert!(
        report.contains("\"klar\" är ingen uppföljningsstatus"),
        "{report}"
    );
    assert!(report.contains("region.toml:"), "{report}");
}

/// A region's own `templates/uppfoljning.*` and `templates/ansvar.*` take
/// the place of the built-in ones, as its `plan.*` templates do; a broken
/// one is refused with its place, and nothing is written.
#[test]
fn a_regions_own_report_and_view_templates_are_used() {
    let t = plan_with_due_dates();
    let region = std::fs::read_to_string(t.region_dir().join("region.toml")).unwrap()
        + "\n[[organ]]\nnamn = \"Verksamhetscheferna\"\n\n[[organ]]\nnamn = \"LSG Läkemedel\"\n\n[[organ]]\nnamn = \"Kunskapsstyrningsrådet\"\n";
    t.write("region.toml", &region);
    t.write(
        "templates/uppfoljning.md.j2",
        "# Egen rapport: {{ title }}\n",
    );
    t.write(
        "templates/uppfoljning.typ",
        "= Egen rapport\n\n#doc.title, #doc.round_date.\n",
    );
    t.write("templates/ansvar.txt.j2", "Egen vy för {{ body.name }}\n");
    let out = tempfile::tempdir().unwrap();
    let (ok, _, stderr) = report(&t.plan_dir(), out.path(), &[]);
    assert!(ok, "{stderr}");
    let stem = out.path().join("testbotten-2026-uppfoljning-2026-06");
    let markdown = std::fs::read_to_string(with_extension(&stem, "md")).unwrap();
    assert_eq!(markdown, "# Egen rapport: Uppföljning juni 2026\n");
    let pdf = squash(&common::layout::text(&with_extension(&stem, "pdf")));
    assert!(
        pdf.contains(&squash("Egen rapport Uppföljning juni 2026, 2026-06-15.")),
        "{pdf}"
    );
    // The web page is still the built-in one.
    let html = std::fs::read_to_string(with_extension(&stem, "html")).unwrap();
    assert!(html.contains("Sammanfattning"), "{html}");
    let view = binary()
        .args(["ansvar"])
        .arg(t.plan_dir())
        .args(["--organ", "LSG Läkemedel"])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&view.stdout),
        "Egen vy för LSG Läkemedel\n"
    );

    t.write("templates/uppfoljning.md.j2", "# {{ title \n");
    let again = tempfile::tempdir().unwrap();
    let (ok, _, stderr) = report(&t.plan_dir(), again.path(), &[]);
    assert!(!ok);
    assert!(stderr.contains("templates/uppfoljning.md.j2"), "{stderr}");
    assert!(common::folder_contents(again.path()).is_empty());
}
