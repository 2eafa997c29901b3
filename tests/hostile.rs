//! Odd and hostile input found by fuzzing: each case fails with a located message or prints literally, never a panic.

mod common;

use common::{AREA, PLAN, REGION, TempPlan, binary, check};

fn area_with(key_value: &str) -> TempPlan {
    let area = AREA.replace("tid = \"December\"", key_value);
    TempPlan::with(REGION, PLAN, &[("forsta", &area)])
}

/// A right-to-left override reorders how text is shown and once made the
/// build panic (with a tab and a combining accent) or typst fail (before an
/// autolink): it is refused where it is written, in every field.
#[test]
fn bidirectional_overrides_are_refused_where_written() {
    let cases = [
        (
            "title",
            PLAN.replace(
                "titel = \"Handlingsplan 2026\"",
                "titel = \"\u{202e}\t\u{301}x\"",
            ),
            AREA.to_owned(),
        ),
        (
            "section",
            PLAN.replace(
                "text = \"Att pröva verktyget.\"",
                "text = \"\u{202e}<http://a> text\"",
            ),
            AREA.to_owned(),
        ),
        (
            "tid",
            PLAN.to_owned(),
            AREA.replace("tid = \"December\"", "tid = \"\u{202e}\t\u{301}x\""),
        ),
        (
            "escaped",
            PLAN.to_owned(),
            AREA.replace("tid = \"December\"", "tid = \"\\u202e\\t\\u0301x\""),
        ),
    ];
    for (what, plan, area) in cases {
        let t = TempPlan::with(REGION, &plan, &[("forsta", &area)]);
        let (ok, stderr) = check(&t.plan_dir());
        assert!(!ok, "{what}");
        assert!(stderr.contains("U+202E"), "{what}: {stderr}");
        assert!(
            stderr.contains("en höger-till-vänster-åsidosättning"),
            "{what}: {stderr}"
        );
        assert!(!stderr.contains("internal error"), "{what}: {stderr}");
        assert!(
            !stderr.contains('\u{202e}'),
            "{what}: the character itself is not echoed"
        );
    }
}

#[test]
fn control_characters_are_refused_and_never_reach_the_terminal() {
    for (text, name) in [
        ("tid = \"Dec\u{0}ember\"", "U+0000"),
        ("tid = \"\\u001b[2J\\u001b[31mRÖD\"", "U+001B"),
        ("# \u{1b}]0;titel\u{7}\ntid = \"December\"", "U+001B"),
    ] {
        let t = area_with(text);
        let (ok, stderr) = check(&t.plan_dir());
        assert!(!ok, "{text:?}");
        assert!(stderr.contains(name), "{text:?}: {stderr}");
        assert!(
            !stderr.contains('\u{1b}') && !stderr.contains('\u{0}'),
            "{stderr:?}"
        );
    }
}

#[test]
fn carriage_returns_become_line_breaks_and_never_break_a_table() {
    let region = REGION.replace("rubrik = \"Tid\"", "rubrik = \"Ti\\rd\"");
    let area = AREA
        .replace("tid = \"December\"", "tid = \"Dec\\r\\nember\"")
        .replace(
            "ansvarig = \"Verksamhetscheferna\"",
            "ansvarig = \"Verksamhets\\rcheferna\"",
        );
    let t = TempPlan::with(&region, PLAN, &[("forsta", &area)]);
    // Windows line endings in a whole file are read as plain line breaks.
    let plan = PLAN.replace('\n', "\r\n");
    t.write("2026/plan.toml", &plan);
    let built = t.render();
    assert!(!built.markdown.contains('\r'));
    let activities = &built.markdown[built.markdown.find("## Aktiviteter").unwrap()..];
    let rows: Vec<&str> = activities.lines().filter(|l| l.starts_with('|')).collect();
    assert_eq!(
        rows.len(),
        3,
        "header, rule and one activity:\n{activities}"
    );
    assert!(rows[0].contains("| Ti<br>d |"), "{}", rows[0]);
    assert!(
        rows[2].contains("Dec<br>ember") && rows[2].contains("Verksamhets<br>cheferna"),
        "{}",
        rows[2]
    );
    // The HTML breaks the lines in the same places.
    assert!(!built.html.contains('\r'));
    for expected in [
        "<th scope=\"col\">Ti<br>d</th>",
        "<p>Dec<br>ember</p>",
        "<p>Verksamhets<br>cheferna</p>",
    ] {
        assert!(built.html.contains(expected), "{expected}");
    }
}

/// A 9 KB file with one long broken line once gave 25 MB of messages.
#[test]
fn a_long_broken_line_gives_one_short_message() {
    let long = format!("tid = \"{}\n", "x".repeat(9_000));
    let t = area_with(&long);
    let (ok, stderr) = check(&t.plan_dir());
    assert!(!ok);
    assert_eq!(stderr.matches("fel:").count(), 1, "{stderr}");
    assert!(stderr.len() < 2_000, "{} bytes of messages", stderr.len());
    assert!(stderr.contains("forsta.toml:8:"), "{stderr}");
}

#[test]
fn many_problems_in_one_file_are_capped_with_a_count() {
    let activity = "[[aktivitet]]\ntext = \"a\"\nansvarig = \"b\"\ntid = 3\nrapportering = \"d\"\n";
    let area = format!("rubrik = \"Många fel\"\n{}", activity.repeat(100));
    let t = TempPlan::with(REGION, PLAN, &[("forsta", &area)]);
    let (_, stderr) = check(&t.plan_dir());
    assert!(stderr.contains("70 problem till i"), "{stderr}");
    assert_eq!(stderr.matches("\nfel: ").count() + 1, 30, "{stderr}");
}

#[test]
fn a_syntax_error_in_plan_toml_does_not_hide_the_area_files_problems() {
    let t = TempPlan::with(
        REGION,
        &PLAN.replace("titel = ", "titel "),
        &[("forsta", &AREA.replace("ansvarig =", "ansvarg ="))],
    );
    let (_, stderr) = check(&t.plan_dir());
    assert!(stderr.contains("plan.toml:2:"), "{stderr}");
    assert!(
        stderr.contains("okänd nyckel `ansvarg`"),
        "area checked against the columns:\n{stderr}"
    );
}

#[test]
fn an_unquoted_swedish_key_gets_one_message_with_the_ascii_key() {
    let t = TempPlan::with(
        REGION,
        &PLAN.replace("version =", "gäller_för = \"Regionen\"\nversion ="),
        &[("forsta", AREA)],
    );
    let (_, stderr) = check(&t.plan_dir());
    assert_eq!(stderr.matches("fel:").count(), 1, "{stderr}");
    assert!(
        stderr.contains("`gäller_för` ska vara `galler_for`"),
        "{stderr}"
    );
}

#[test]
fn a_swedish_column_field_gives_one_consistent_message() {
    let region = REGION
        .replace("falt = \"tid\"", "falt = \"önskad_effekt\"")
        .replace("rubrik = \"Tid\"", "rubrik = \"Önskad effekt\"");
    let area = AREA.replace("tid = \"December\"", "\"önskad_effekt\" = \"Färre fel\"");
    let two = format!(
        "{area}\n{}",
        &area[area.find("[[aktivitet]]").unwrap()..].replace("forsta-aktiviteten", "andra")
    );
    let t = TempPlan::with(&region, PLAN, &[("forsta", &two)]);
    let (_, stderr) = check(&t.plan_dir());
    // The region's message says what to write in both places; the
    // activities, which use the column's key as the region wrote it, add none.
    assert!(stderr.contains("falt = \"onskad_effekt\""), "{stderr}");
    assert!(
        stderr.contains("aktiviteterna skriver då onskad_effekt"),
        "{stderr}"
    );
    assert_eq!(stderr.matches("fel:").count(), 1, "{stderr}");
}

#[test]
fn hints_fit_the_case() {
    // A missing value in a required column mentions obligatorisk = false.
    let t = TempPlan::with(
        REGION,
        PLAN,
        &[("forsta", &AREA.replace("tid = \"December\"\n", ""))],
    );
    assert!(check(&t.plan_dir()).1.contains("obligatorisk = false"));
    // An empty optional column says the line can go.
    let region = format!(
        "{REGION}\n[[kolumn]]\nfalt = \"koppling\"\nrubrik = \"Koppling\"\nobligatorisk = false\n"
    );
    let region = region
        .replace("\n[metadata]", "\n[metadata_]")
        .replace("[metadata_]", "[metadata]");
    let area = AREA.replace("tid = \"December\"", "tid = \"December\"\nkoppling = \"\"");
    let t = TempPlan::with(&region, PLAN, &[("forsta", &area)]);
    let stderr = check(&t.plan_dir()).1;
    assert!(stderr.contains("får vara tom: ta bort raden"), "{stderr}");
}

#[test]
fn a_region_folder_given_as_a_plan_names_its_plans() {
    // `build` names the plans; `check` checks them all (tests/cli.rs).
    let t = TempPlan::new();
    let out = t.root.path().join("ut");
    let run = binary()
        .arg("build")
        .arg(t.region_dir())
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(!run.status.success());
    assert!(stderr.contains("är en regionmapp"), "{stderr}");
    assert!(stderr.contains("/2026"), "{stderr}");
    assert!(!out.exists());
}

#[test]
fn font_and_logo_problems_point_into_region_toml() {
    let region = REGION.replace(
        "[metadata]",
        "[tema]\ntypsnitt = \"Comic Sans\"\nlogotyp = \"logotyp.png\"\nlogotyp_alttext = \"Logotyp\"\n\n[metadata]",
    );
    let t = TempPlan::with(&region, PLAN, &[("forsta", AREA)]);
    t.write("logotyp.png", "inte en bild");
    let (_, stderr) = check(&t.plan_dir());
    assert!(
        stderr.contains("typsnittet \"Comic Sans\" finns inte"),
        "{stderr}"
    );
    assert!(
        stderr.contains("region.toml:26:12"),
        "at typsnitt:\n{stderr}"
    );
    assert!(stderr.contains("är ingen giltig bild"), "{stderr}");
    assert!(
        stderr.contains("region.toml:27:11"),
        "at logotyp:\n{stderr}"
    );
}

#[test]
fn characters_no_font_can_draw_are_located() {
    let area = AREA.replace(
        "text = \"Göra något viktigt.\"",
        "text = \"Klart ✓ ☐ → ① men inte 😀 eller 漢\"",
    );
    let t = TempPlan::with(REGION, PLAN, &[("forsta", &area)]);
    let (ok, stderr) = check(&t.plan_dir());
    assert!(!ok);
    assert!(stderr.contains("U+1F600"), "{stderr}");
    assert!(stderr.contains("U+6F22"), "{stderr}");
    for drawn in ["U+2713", "U+2610", "U+2192", "U+2460"] {
        assert!(!stderr.contains(drawn), "{drawn} can be drawn:\n{stderr}");
    }
    assert!(stderr.contains("forsta.toml:6:32"), "{stderr}");
}

#[test]
fn an_absurd_number_of_activities_ends_with_a_clear_message() {
    let activity =
        "[[aktivitet]]\ntext = \"a\"\nansvarig = \"b\"\ntid = \"c\"\nrapportering = \"d\"\n";
    let area = format!(
        "rubrik = \"Stort\"\n{}",
        activity.repeat(handlingsplan::load::MAX_ACTIVITIES + 1)
    );
    let t = TempPlan::with(REGION, PLAN, &[("forsta", &area)]);
    let (ok, stderr) = check(&t.plan_dir());
    assert!(!ok);
    assert!(stderr.contains("högst 20000 stöds"), "{stderr}");
}

#[test]
fn the_output_name_does_not_depend_on_how_the_plan_is_named() {
    let t = TempPlan::new();
    std::fs::remove_file(t.region_dir().join("region.toml")).unwrap();
    t.write(
        "region.toml",
        &REGION.replace("kortnamn = \"testbotten\"\n", ""),
    );
    let out = tempfile::tempdir().unwrap();
    binary()
        .args(["build", "-o"])
        .arg(out.path())
        .arg(t.plan_dir())
        .assert()
        .success();
    binary()
        .current_dir(t.plan_dir())
        .args(["build", ".", "-o"])
        .arg(out.path())
        .assert()
        .success();
    let names: Vec<_> = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 3, "{names:?}");
    assert!(
        names
            .iter()
            .all(|n| n.to_string_lossy().starts_with("region-2026.")),
        "{names:?}"
    );
}

#[test]
fn source_date_epoch_out_of_range_is_an_error() {
    let t = TempPlan::new();
    for value in ["99999999999999", "i går"] {
        let out = binary()
            .env("SOURCE_DATE_EPOCH", value)
            .args(["build", "-o"])
            .arg(t.root.path().join("ut"))
            .arg(t.plan_dir())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success());
        assert!(stderr.contains("SOURCE_DATE_EPOCH"), "{stderr}");
        assert!(!stderr.contains("internal error"), "{stderr}");
    }
}

#[test]
fn one_misspelt_key_in_every_activity_is_one_message() {
    let activity =
        "[[aktivitet]]\ntext = \"a\"\nansvarg = \"b\"\ntid = \"c\"\nrapportering = \"d\"\n";
    let area = format!("rubrik = \"Område\"\n{}", activity.repeat(5));
    let t = TempPlan::with(REGION, PLAN, &[("forsta", &area)]);
    let (_, stderr) = check(&t.plan_dir());
    assert_eq!(
        stderr.matches("okänd nyckel `ansvarg`").count(),
        1,
        "{stderr}"
    );
    assert!(
        stderr.contains("samma nyckel står även i 4 andra aktiviteter"),
        "{stderr}"
    );
}

/// The plan's own checks speak English when asked to, as they did before
/// they spoke Swedish.
#[test]
fn the_plan_checks_speak_english_when_asked() {
    let area = AREA.replace(
        "tid = \"December\"",
        "tid = \"December\"\nstatus_datum = 2026-06-30",
    );
    let t = TempPlan::with(REGION, PLAN, &[("forsta", &area)]);
    let run = |lang: &str| {
        let out = binary()
            .env("HANDLINGSPLAN_LANG", lang)
            .arg("check")
            .arg(t.plan_dir())
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    let (sv, en) = (run("sv"), run("en"));
    assert!(
        sv.contains("`status_datum` används bara för aktiviteter som är avslutade eller inställda"),
        "{sv}"
    );
    assert!(sv.contains("aktiviteten har inte avslutats"), "{sv}");
    assert!(
        en.contains("`status_datum` is only for activities that are finished or cancelled"),
        "{en}"
    );
    assert!(en.contains("this activity has not ended"), "{en}");
    assert!(
        en.contains("hint: set status = \"avslutad\" or status = \"inställd\" on this activity, or remove `status_datum`"),
        "{en}"
    );
    let listed_twice = PLAN.replace(
        "omraden = [\"forsta\"]",
        "omraden = [\"forsta\", \"forsta\"]",
    );
    let t = TempPlan::with(REGION, &listed_twice, &[("forsta", AREA)]);
    let out = binary()
        .args(["--lang", "en", "check"])
        .arg(t.plan_dir())
        .output()
        .unwrap();
    let en = String::from_utf8_lossy(&out.stderr);
    assert!(en.contains("the area \"forsta\" is listed twice"), "{en}");
    assert!(
        en.contains("hint: each area appears once in `omraden`"),
        "{en}"
    );
}

/// Only web and e-mail links: `javascript:` and `data:` links once stayed
/// live in both outputs.
#[test]
fn links_other_than_web_and_mail_are_refused_where_written() {
    for link in [
        "[x](javascript:alert(1))",
        "[x](data:text/html,hej)",
        "<javascript:alert(1)>",
        "[x]()",
    ] {
        let area = AREA.replace("Göra något viktigt.", &format!("Göra {link} nu."));
        let t = TempPlan::with(REGION, PLAN, &[("forsta", &area)]);
        let (ok, stderr) = check(&t.plan_dir());
        assert!(!ok, "{link}");
        assert!(stderr.contains("forsta.toml:6:"), "{link}: {stderr}");
    }
}

#[test]
fn an_autolink_in_a_plain_field_prints_literally() {
    let t = area_with("tid = \"<https://example.org/a> och www.example.org\"");
    let built = t.render();
    let row = built
        .markdown
        .lines()
        .find(|l| l.contains("example.org/a"))
        .unwrap();
    let visible = common::markdown::markdown_visible_text(row);
    assert!(
        visible.contains("<https://example.org/a> och www.example.org"),
        "{row}\n{visible}"
    );
    assert!(!row.contains("](https://"), "{row}");
}

/// Runs `check` and `build` on a plan: each must fail with exit code 1
/// (never 101, a panic) and the same messages; returns check's stderr.
fn refused_by_check_and_build(t: &TempPlan) -> String {
    let check = binary().arg("check").arg(t.plan_dir()).output().unwrap();
    let out = t.root.path().join("ut");
    let build = binary()
        .args(["build", "-o"])
        .arg(&out)
        .arg(t.plan_dir())
        .output()
        .unwrap();
    let (check_err, build_err) = (
        String::from_utf8_lossy(&check.stderr).into_owned(),
        String::from_utf8_lossy(&build.stderr).into_owned(),
    );
    assert_eq!(check.status.code(), Some(1), "{check_err}");
    assert_eq!(build.status.code(), Some(1), "{build_err}");
    assert!(!out.exists(), "build wrote nothing");
    let problems = |s: &str| -> Vec<String> {
        s.lines()
            .filter(|l| l.starts_with("fel:") || l.contains("┌─"))
            .map(str::to_owned)
            .collect()
    };
    assert_eq!(problems(&check_err), problems(&build_err));
    check_err
}

/// A letter followed by tens of thousands of combining marks or joiners
/// made check and build panic (exit 101) or take gigabytes; written out,
/// as TOML escapes or as Markdown character references, it is a located
/// error.
#[test]
fn a_letter_with_thousands_of_combining_marks_is_a_located_error() {
    let cases = [
        (
            "marks",
            format!("tid = \"a{}\"", "\u{301}".repeat(32_000)),
            8,
            8,
        ),
        (
            "joiners",
            format!("tid = \"a{}\"", "\u{200d}".repeat(25_000)),
            8,
            8,
        ),
        (
            "escapes",
            format!("tid = \"a{}\"", "\\u0301".repeat(40)),
            8,
            7,
        ),
        (
            "references",
            format!("text = \"e{}\"", "&#x301;".repeat(40)),
            6,
            // The reference holding the 33rd code point.
            10 + 31 * 7,
        ),
    ];
    for (what, field, line, column) in cases {
        let area = match field.starts_with("text") {
            true => AREA.replace("text = \"Göra något viktigt.\"", &field),
            false => AREA.replace("tid = \"December\"", &field),
        };
        let t = TempPlan::with(REGION, PLAN, &[("forsta", &area)]);
        let stderr = refused_by_check_and_build(&t);
        assert!(
            stderr.contains("fler än de 32 som stöds"),
            "{what}: {stderr}"
        );
        assert!(
            stderr.contains(&format!("forsta.toml:{line}:{column}")),
            "{what}: {stderr}"
        );
        assert!(stderr.len() < 3_000, "{what}: {} bytes", stderr.len());
    }
}

/// `&#x202E;` and `&#x1b;` in plan Markdown reached every output as the
/// characters the load refuses when typed directly.
#[test]
fn character_references_are_held_to_the_rules_of_typed_text() {
    for (text, code, column) in [
        ("Göra &#x202E;något.", "U+202E", 14),
        ("Göra &#x1b;[31m något.", "U+001B", 14),
        ("Göra &#133; något.", "U+0085", 14),
        ("Göra [det](https://x.se/&#x202E;a) nu.", "U+202E", 14),
    ] {
        let area = AREA.replace("Göra något viktigt.", text);
        let t = TempPlan::with(REGION, PLAN, &[("forsta", &area)]);
        let stderr = refused_by_check_and_build(&t);
        assert!(stderr.contains(code), "{text}: {stderr}");
        assert!(
            stderr.contains(&format!("forsta.toml:6:{column}")),
            "{text}: {stderr}"
        );
        assert!(stderr.contains("teckenreferensen `&#"), "{text}: {stderr}");
    }
    // A line end or tab written as a reference is a space, as typed.
    let area = AREA.replace(
        "Göra något viktigt.",
        "Göra&NewLine;något&Tab;viktigt&#13;nu.",
    );
    let built = TempPlan::with(REGION, PLAN, &[("forsta", &area)]).render();
    assert!(built.markdown.contains("Göra något viktigt nu."));
    assert!(built.html.contains("Göra något viktigt nu."));
}

/// A list nested deeper than the loader keeps glued its inner words
/// together: they are printed as plain text, each word apart, in every
/// output.
#[test]
fn a_list_nested_too_deep_keeps_its_words_apart() {
    let list: Vec<String> = (0..16)
        .map(|i| format!("{}- ord{i}", "  ".repeat(i)))
        .collect();
    let area = AREA.replace(
        "text = \"Göra något viktigt.\"",
        &format!("text = '''\nGöra något.\n\n{}\n'''", list.join("\n")),
    );
    let t = TempPlan::with(REGION, PLAN, &[("forsta", &area)]);
    let (ok, stderr) = check(&t.plan_dir());
    assert!(ok, "{stderr}");
    assert!(stderr.contains("mer än 12 nivåer"), "{stderr}");
    let built = t.render();
    let words = "ord11 ord12 ord13 ord14 ord15";
    assert!(built.markdown.contains(words), "{}", built.markdown);
    let pdf = common::pdf_pages(&built.pdf.bytes).join(" ");
    let pdf_words: Vec<&str> = pdf.split_whitespace().collect();
    assert!(pdf_words.join(" ").contains(words), "{pdf}");
    let html = built.html.replace("<li>", " ").replace("</li>", " ");
    assert!(!html.contains("ord11ord12"), "{html}");
}

/// A link's title was dropped without a word: the author is told where.
#[test]
fn a_link_title_is_not_lost_silently() {
    let area = AREA.replace(
        "Göra något viktigt.",
        "Läs [planen](https://x.se/ \\\"Regionens plan\\\") nu.",
    );
    let t = TempPlan::with(REGION, PLAN, &[("forsta", &area)]);
    let (ok, stderr) = check(&t.plan_dir());
    assert!(ok, "a warning: {stderr}");
    assert!(
        stderr.contains("länkens titel \"Regionens plan\" visas inte"),
        "{stderr}"
    );
    assert!(stderr.contains("forsta.toml:6:"), "{stderr}");
}

/// 100 000 spaces in a field gave a 900 KB run of glyphs that broke text
/// extraction of the whole page: runs of spaces are one space, in plain
/// fields and Markdown alike, in every output.
#[test]
fn runs_of_spaces_are_one_space_in_every_output() {
    let area = AREA
        .replace(
            "Göra något viktigt.",
            &format!("Göra{}något viktigt.", " ".repeat(100_000)),
        )
        .replace("December", &format!("Dec{}ember", " ".repeat(1_000)));
    let built = TempPlan::with(REGION, PLAN, &[("forsta", &area)]).render();
    for output in [&built.markdown, &built.html] {
        assert!(output.contains("Göra något viktigt."), "{output}");
        assert!(output.contains("Dec ember"), "{output}");
        assert!(output.len() < 20_000, "{} bytes", output.len());
    }
    let pdf = common::pdf_pages(&built.pdf.bytes).join(" ");
    assert!(pdf.contains("Göra något viktigt."), "{pdf}");
    assert!(pdf.contains("Dec ember"), "{pdf}");
}

/// A column heading of 250 words made the activities under it vanish from
/// the PDF with exit code 0.
#[test]
fn a_column_heading_taller_than_half_a_page_is_refused_where_written() {
    let long: Vec<String> = (0..250).map(|i| format!("rubrikord{i}")).collect();
    let long = long.join(" ");
    let in_area = AREA.replace(
        "rubrik = \"Första området\"",
        &format!("rubrik = \"Första området\"\n\n[kolumnrubriker]\ntid = \"{long}\""),
    );
    let in_region = REGION.replace("rubrik = \"Tid\"", &format!("rubrik = \"{long}\""));
    for (t, place) in [
        (
            TempPlan::with(REGION, PLAN, &[("forsta", &in_area)]),
            "forsta.toml:5:8",
        ),
        (
            TempPlan::with(&in_region, PLAN, &[("forsta", AREA)]),
            "region.toml:17:11",
        ),
    ] {
        let stderr = refused_by_check_and_build(&t);
        assert!(
            stderr.contains("kolumnrubriken \"rubrikord0 rubrikord1"),
            "{stderr}"
        );
        assert!(stderr.contains("mer än en halv sida"), "{stderr}");
        assert!(stderr.contains(place), "{place}: {stderr}");
    }
    // A heading of a dozen words is laid out as before.
    let twelve = AREA.replace(
        "rubrik = \"Första området\"",
        "rubrik = \"Första området\"\n\n[kolumnrubriker]\ntid = \"Tid för genomförande enligt den plan som regionen har beslutat om\"",
    );
    let (ok, stderr) = check(&TempPlan::with(REGION, PLAN, &[("forsta", &twelve)]).plan_dir());
    assert!(ok, "{stderr}");
}
