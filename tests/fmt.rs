//! `handlingsplan fmt`: idempotent, never changes what a plan means, keeps comments, and keeps the bundled example formatted.

mod common;

use std::path::Path;

use handlingsplan::fmt::{format_text, spec_for};
use handlingsplan::load::folder::MemoryFolder;
use handlingsplan::report::Sources;
use proptest::prelude::*;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn fmt(text: &str, file: &str) -> String {
    let spec = spec_for(Path::new(file));
    match format_text(text, spec, &mut Sources::default(), file) {
        Ok(formatted) => formatted,
        Err(problem) => panic!("{}\n{text}", problem.message),
    }
}

/// The plan a region, plan and area file make, as the loader reads it.
fn load(
    region: &str,
    plan: &str,
    area: &str,
) -> (handlingsplan::model::Region, handlingsplan::model::Plan) {
    let mut folder = MemoryFolder::new("region");
    folder.insert("region.toml", region);
    folder.insert("2026/plan.toml", plan);
    folder.insert("2026/omraden/forsta.toml", area);
    let loading = handlingsplan::load::load_from(&folder, Path::new("2026"));
    match loading.loaded {
        Some(loaded) if !loading.report.has_errors() => (loaded.region, loaded.plan),
        _ => panic!("{:?}\n{area}", loading.report),
    }
}

/// A text a plan author might write: words, Swedish letters, quotes,
/// backslashes, line breaks, indentation and long runs.
fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("ord".to_owned()),
        Just("Läkemedelsgenomgångar".to_owned()),
        Just(" ".to_owned()),
        Just("  ".to_owned()),
        Just("\n".to_owned()),
        Just("\n\n".to_owned()),
        Just("\n  - punkt".to_owned()),
        Just("\"".to_owned()),
        Just("\"\"\"".to_owned()),
        Just("'".to_owned()),
        Just("\\".to_owned()),
        Just("≥75 år".to_owned()),
        Just("*kursiv*".to_owned()),
        Just("https://example.se/a_b".to_owned()),
        "[a-zåäö ]{0,40}",
        Just("lång ".repeat(30)),
    ];
    prop::collection::vec(piece, 1..12).prop_map(|p| {
        let s: String = p.concat();
        if s.trim().is_empty() {
            format!("x{s}x")
        } else {
            s
        }
    })
}

/// One line of text, for values printed as lines.
fn line() -> impl Strategy<Value = String> {
    text().prop_map(|s| s.replace(['\n', '\\'], " ").trim().to_owned() + "x")
}

/// `text` written in one of TOML's four string forms.
fn written(text: &str, style: usize) -> String {
    let literal_ok = !text.contains('\'') && !text.contains('\n');
    match style % 4 {
        1 if literal_ok => format!("'{text}'"),
        2 if !text.contains("'''") && !text.ends_with('\'') => format!("'''\n{text}'''"),
        3 => {
            let escaped = text.replace('\\', "\\\\").replace('"', "\\\"");
            format!("\"\"\"\n{escaped}\"\"\"")
        }
        _ => {
            let escaped = text.replace('\\', "\\\\").replace('"', "\\\"");
            format!("\"{}\"", escaped.replace('\n', "\\n"))
        }
    }
}

/// A list of lines in one of several layouts.
fn list(items: &[String], style: usize) -> String {
    let items: Vec<String> = items.iter().map(|s| written(s, style / 2)).collect();
    match style % 4 {
        0 => format!("[{}]", items.join(", ")),
        1 => format!("[\n    {},\n]", items.join(",\n    ")),
        2 => format!("[\n  # i listan\n  {}\n]", items.join(",\n  ")),
        _ => format!("[ {} ]  # en kommentar", items.join(" ,")),
    }
}

#[derive(Debug, Clone)]
struct Entry {
    key: &'static str,
    value: String,
    comment: bool,
    indent: bool,
}

fn entry(key: &'static str, value: impl Strategy<Value = String>) -> impl Strategy<Value = Entry> {
    (value, any::<bool>(), any::<bool>()).prop_map(move |(value, comment, indent)| Entry {
        key,
        value,
        comment,
        indent,
    })
}

fn lines_value() -> impl Strategy<Value = String> {
    prop_oneof![
        (line(), 0usize..4).prop_map(|(l, s)| written(&l, s)),
        (prop::collection::vec(line(), 1..4), 0usize..16).prop_map(|(l, s)| list(&l, s)),
    ]
}

/// An activity: its keys in a random order, with comments and indentation.
fn activity() -> impl Strategy<Value = String> {
    let entries = (
        entry(
            "text",
            (text(), 0usize..4).prop_map(|(t, s)| written(&t, s)),
        ),
        entry(
            "titel",
            (line(), 0usize..4).prop_map(|(t, s)| written(&t, s)),
        ),
        entry("ansvarig", lines_value()),
        entry("tid", lines_value()),
        entry("rapportering", lines_value()),
        prop::option::of(entry("koppling", lines_value())),
    );
    (entries, any::<u64>()).prop_map(|((a, b, c, d, e, f), seed)| {
        let mut entries: Vec<Entry> = [a, b, c, d, e].into_iter().chain(f).collect();
        let mut rng = common::rng::Rng(seed | 1);
        for i in (1..entries.len()).rev() {
            entries.swap(i, rng.below(i + 1));
        }
        let mut out = String::from("\n[[aktivitet]]  # aktivitet\n");
        for e in entries {
            if e.comment {
                out += &format!("# om {}\n", e.key);
            }
            let indent = if e.indent { "  " } else { "" };
            out += &format!("{indent}{}={}\n", e.key, e.value);
        }
        out
    })
}

fn area() -> impl Strategy<Value = String> {
    (
        (line(), 0usize..4),
        prop::option::of((text(), 0usize..4)),
        prop::collection::vec(activity(), 1..4),
        any::<bool>(),
    )
        .prop_map(|((title, s1), intro, activities, intro_first)| {
            let rubrik = format!("rubrik = {}\n", written(&title, s1));
            let intro = intro
                .map(|(t, s)| format!("# inledningen\ninledning = {}\n", written(&t, s)))
                .unwrap_or_default();
            let head = if intro_first {
                format!("#:schema ../../area.schema.json\n# Ett område.\n\n{intro}{rubrik}")
            } else {
                format!("# Ett område.\n{rubrik}{intro}")
            };
            format!(
                "{head}\n[kolumnrubriker]\ntext = 'Aktivitet/Mål'\n{}",
                activities.concat()
            )
        })
}

const REGION: &str = r#"
organisation = "Region Test"
[[kolumn]]
falt = "text"
rubrik = "Aktivitet"
[[kolumn]]
falt = "ansvarig"
rubrik = "Ansvarig"
[[kolumn]]
falt = "tid"
rubrik = "Tid"
[[kolumn]]
falt = "rapportering"
rubrik = "Rapportering"
[[kolumn]]
falt = "koppling"
rubrik = "Koppling"
obligatorisk = false
[metadata]
falt = []
"#;

const PLAN: &str = "omraden = [\"forsta\"]\nperiod = \"2026\"\ntitel = \"Plan\"\n";

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 300,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// fmt twice is fmt once, and what the loader reads is the same before and after.
    #[test]
    fn fmt_is_idempotent_and_keeps_the_meaning(area in area()) {
        let plan = PLAN;
        let once = fmt(&area, "forsta.toml");
        prop_assert_eq!(&fmt(&once, "forsta.toml"), &once);
        prop_assert_eq!(load(REGION, plan, &area), load(REGION, plan, &once));
        // Every comment is still there.
        for comment in area.lines().filter_map(|l| l.find('#').map(|i| &l[i..])) {
            if comment.starts_with("# ") || comment.starts_with("#:") {
                prop_assert!(once.contains(comment.trim()), "{} lost:\n{}", comment, once);
            }
        }
    }
}

/// A region and plan with keys out of order keep their meaning too.
#[test]
fn region_and_plan_keys_are_ordered_as_the_format_describes() {
    let region = "# Regionen.\n\n# Namnet.\nkortnamn = \"test\"   # i filnamn\n  organisation = 'Region Test'\n[tema]\n  accentfarg = '#005a8c'\n\n[[kolumn]]\nrubrik = \"Aktivitet\"\nfalt = \"text\"\n[metadata.etiketter]\ngaller_for = \"Gäller\"\n\n\n[metadata]\nfalt = []\nplacering = \"sist\"\n";
    let formatted = fmt(region, "region.toml");
    insta::assert_snapshot!(formatted);
    let plan = "omraden = ['forsta']\nperiod = \"2026\"\ntitel = \"Plan\"\n\n[[avsnitt]]\ntext = \"Text\"\nrubrik = \"Syfte\"\n";
    let area = "rubrik = \"R\"\n[[aktivitet]]\ntext = \"T\"\n";
    let formatted_plan = fmt(plan, "plan.toml");
    assert!(
        formatted_plan.starts_with("titel = \"Plan\"\nperiod = \"2026\"\nomraden = [\"forsta\"]\n"),
        "{formatted_plan}"
    );
    assert_eq!(
        load(region, plan, area),
        load(&formatted, &formatted_plan, area)
    );
}

/// The example's area file written carelessly: keys out of order,
/// indented, single quotes, a long line, a list squeezed onto one line.
fn unformatted(formatted: &str) -> String {
    formatted
        .replace("tid = \"December\"\nrapportering", "rapportering")
        .replacen("rapportering = [\"LSG Läkemedel,\", \"Kunskapsstyrningsrådet\"]", "  rapportering = ['LSG Läkemedel,',\"Kunskapsstyrningsrådet\"]\ntid = 'December'", 1)
        .replace("ansvarig = [\n  \"Enhetscheferna / Verksamhetscheferna\",\n  \"Divisionsledningarna\",\n  \"Läkemedelskommittén och LSG Läkemedel\",\n]", "ansvarig = [\"Enhetscheferna / Verksamhetscheferna\", \"Divisionsledningarna\", \"Läkemedelskommittén och LSG Läkemedel\"]")
}

#[test]
fn the_binary_fixes_an_unformatted_copy_of_the_example() {
    let (_dir, region) = common::example_region_copy();
    let file = region.join("2022/omraden/ekonomiskt-mal.toml");
    let formatted = std::fs::read_to_string(&file).unwrap();
    let careless = unformatted(&formatted);
    assert_ne!(careless, formatted, "the test changes the file");
    std::fs::write(&file, &careless).unwrap();

    let check = common::binary()
        .args(["fmt", "--check"])
        .arg(region.join("2022"))
        .output()
        .unwrap();
    assert_eq!(check.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&check.stdout);
    assert_eq!(
        stdout.trim(),
        format!("skulle formatera {}", file.display())
    );
    let english = common::binary()
        .args(["fmt", "--check", "--lang", "en"])
        .arg(region.join("2022"))
        .output()
        .unwrap();
    let (stdout, stderr) = (
        String::from_utf8_lossy(&english.stdout),
        String::from_utf8_lossy(&english.stderr),
    );
    assert_eq!(stdout.trim(), format!("would format {}", file.display()));
    assert!(
        stderr.contains("files checked: 1 file is not formatted"),
        "{stderr}"
    );
    assert!(
        stderr.contains("= hint: run handlingsplan fmt without --check to format them"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        careless,
        "--check writes nothing"
    );

    let run = common::binary()
        .arg("fmt")
        .arg(region.join("2022"))
        .output()
        .unwrap();
    assert!(run.status.success());
    assert_eq!(
        String::from_utf8_lossy(&run.stdout).trim(),
        format!("formaterade {}", file.display())
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), formatted);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.contains("filer kontrollerade: 1 fil formaterad"),
        "{stderr}"
    );
    common::binary()
        .args(["fmt", "--check"])
        .arg(region.join("2022"))
        .assert()
        .success();
}

#[test]
fn the_bundled_example_and_fixture_are_formatted() {
    for dir in ["plans/norrbotten/2022", "tests/fixtures/every-key/2026"] {
        let out = common::binary()
            .args(["fmt", "--check"])
            .arg(root().join(dir))
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{dir} is not formatted: run cargo run -- fmt {dir}\n{}",
            String::from_utf8_lossy(&out.stdout)
        );
    }
}

#[test]
fn invalid_toml_is_located_and_nothing_is_written() {
    let (_dir, region) = common::example_region_copy();
    let broken = region.join("2022/omraden/ekonomiskt-mal.toml");
    let text = std::fs::read_to_string(&broken)
        .unwrap()
        .replace("tid = \"December\"", "tid = \"December");
    std::fs::write(&broken, &text).unwrap();
    let other = region.join("2022/plan.toml");
    let before = std::fs::read_to_string(&other).unwrap();
    std::fs::write(
        &other,
        before.replace("period = \"2022\"", "  period = '2022'"),
    )
    .unwrap();
    let out = common::binary()
        .arg("fmt")
        .arg(region.join("2022"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let line = text.lines().position(|l| l == "tid = \"December").unwrap() + 1;
    assert!(
        stderr.contains(&format!("ekonomiskt-mal.toml:{line}:")),
        "{stderr}"
    );
    assert!(stderr.contains("inget skrevs"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&broken).unwrap(), text);
    assert!(
        std::fs::read_to_string(&other)
            .unwrap()
            .contains("  period = '2022'")
    );
}

/// An area file written carelessly, with comments everywhere: the binary
/// formats it, every comment stays with what it is about, and the plan
/// still checks.
#[test]
fn comments_survive_formatting_by_the_binary() {
    let (_dir, region) = common::example_region_copy();
    let file = region.join("2022/omraden/ekonomiskt-mal.toml");
    let careless = r#"#:schema ../../area.schema.json
# Strategy area: Ekonomiskt mål.

inledning = 'Målet.'   # the goal
# The heading.
  rubrik = "Ekonomiskt mål"

# The first activity.
[[aktivitet]]
tid = 'December'  # once a year
rapportering = [
  # both of them
  "LSG Läkemedel,", "Kunskapsstyrningsrådet"]
text = "Varje verksamhet ska på lokal nivå ha minst en mätbar aktivitet som väsentligen kan bidra till att det ekonomiska sparmålet uppnås."
# Who.
ansvarig = ["Enhetscheferna / Verksamhetscheferna", "Divisionsledningarna", "Läkemedelskommittén och LSG Läkemedel"]
id = "matbar-sparaktivitet"
"#;
    std::fs::write(&file, careless).unwrap();
    common::binary().arg("fmt").arg(&file).assert().success();
    let formatted = std::fs::read_to_string(&file).unwrap();
    insta::assert_snapshot!(formatted);
    let (ok, stderr) = common::check(&region.join("2022"));
    assert!(ok, "{stderr}");
}
