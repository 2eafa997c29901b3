//! The register of bodies (`[[organ]]` in region.toml): `ansvarig` and
//! `rapportering` checked against it, lists of bodies in every output, and
//! the register in fmt and the JSON Schema.

mod common;

use common::{AREA, PLAN, REGION, TempPlan};
use handlingsplan::fmt::{format_text, spec_for};
use handlingsplan::report::Sources;
use insta::assert_snapshot;
use std::path::Path;

const REGISTER: &str = r#"
[[organ]]
namn = "Kunskapsstyrningsrådet"
forkortning = "KSR"
typ = "råd"
moten = [2026-02-12, 2026-06-11]

[[organ]]
namn = "Verksamhetscheferna"
typ = "funktion"
alias = ["Verksamhetscheferna inom Nära"]

[[organ]]
namn = "LSG Läkemedel"
typ = "grupp"

[[organ]]
namn = "Läkemedelskommittén"
typ = "kommitté"
"#;

fn with_register(area: &str) -> TempPlan {
    TempPlan::with(&format!("{REGION}{REGISTER}"), PLAN, &[("forsta", area)])
}

#[test]
fn an_unknown_body_is_located_with_the_nearest_name() {
    let area = AREA.replace("\"Kunskapsstyrningsrådet\"", "\"Kunskapstyrningsrådet\"");
    assert_snapshot!(with_register(&area).problems());
}

#[test]
fn a_text_with_commas_is_offered_as_a_list() {
    let area = AREA.replace(
        "ansvarig = \"Verksamhetscheferna\"",
        "ansvarig = \"Verksamhetscheferna, Läkemedelskommitten\"",
    );
    let problems = with_register(&area).problems();
    assert_snapshot!(problems);
    assert!(
        problems.contains(r#"ansvarig = ["Verksamhetscheferna", "Läkemedelskommittén"]"#),
        "{problems}"
    );
}

#[test]
fn an_unknown_body_in_a_part_is_an_error_too() {
    let area = AREA.replace(
        "ansvarig = \"Verksamhetscheferna\"",
        "[[aktivitet.del]]\ntext = \"En del.\"\nansvarig = \"Regiondirektören\"",
    );
    let (code, stderr) = with_register(&area).check();
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("forsta.toml:9:12"), "{stderr}");
    assert!(
        stderr.contains("\"Regiondirektören\" i `ansvarig`"),
        "{stderr}"
    );
}

#[test]
fn abbreviations_aliases_and_joined_names_are_accepted() {
    let area = AREA
        .replace(
            "ansvarig = \"Verksamhetscheferna\"",
            "ansvarig = \"Verksamhetscheferna inom Nära och Läkemedelskommittén\"",
        )
        .replace(
            "rapportering = [\"LSG Läkemedel\", \"Kunskapsstyrningsrådet\"]",
            "rapportering = [\"LSG Läkemedel,\", \"KSR\"]",
        );
    let (code, stderr) = with_register(&area).check();
    assert_eq!(code, 0, "{stderr}");
}

#[test]
fn without_a_register_any_name_is_accepted() {
    let area = AREA.replace("\"Kunskapsstyrningsrådet\"", "\"Kunskapstyrningsrådet\"");
    let t = TempPlan::with(REGION, PLAN, &[("forsta", &area)]);
    let (code, stderr) = t.check();
    assert_eq!(code, 0, "{stderr}");
    // The same plan with a register is refused: the check is the register's.
    let (code, _) = with_register(&area).check();
    assert_eq!(code, 1);
}

#[test]
fn a_list_of_bodies_is_in_every_output() {
    let area = AREA.replace(
        "ansvarig = \"Verksamhetscheferna\"",
        "ansvarig = [\"LSG Läkemedel\", \"Läkemedelskommittén\"]",
    );
    let t = with_register(&area);
    let out = t.root.path().join("ut");
    let output = common::binary()
        .arg("build")
        .arg(t.plan_dir())
        .arg("-o")
        .arg(&out)
        .output()
        .expect("runs");
    assert!(output.status.success(), "{output:?}");
    let read = |ext: &str| std::fs::read(out.join(format!("testbotten-2026.{ext}"))).unwrap();
    let markdown = String::from_utf8(read("md")).unwrap();
    let html = String::from_utf8(read("html")).unwrap();
    let pdf = common::squash(&common::pdf_pages(&read("pdf")).concat());
    for name in ["LSG Läkemedel", "Läkemedelskommittén"] {
        assert!(markdown.contains(name), "{name} not in the Markdown");
        assert!(html.contains(name), "{name} not in the HTML");
        assert!(pdf.contains(&common::squash(name)), "{name} not in the PDF");
    }
    // One entry per line, as a list is printed in every cell.
    assert!(
        markdown.contains("LSG Läkemedel<br>Läkemedelskommittén"),
        "{markdown}"
    );
}

#[test]
fn fmt_orders_the_register_as_the_format_describes() {
    let region = format!(
        "{REGION}\n[[organ]]\nalias = [\"KS-rådet\"]\nmoten = [2026-02-12]\ntyp = \"råd\"\nforkortning = \"KSR\"\nnamn = \"Kunskapsstyrningsrådet\"\n"
    );
    let file = "region.toml";
    let formatted = format_text(
        &region,
        spec_for(Path::new(file)),
        &mut Sources::default(),
        file,
    )
    .unwrap_or_else(|p| panic!("{}", p.message));
    let organ = &formatted[formatted.find("[[organ]]").unwrap()..];
    let order: Vec<usize> = ["namn", "forkortning", "typ", "moten", "alias"]
        .iter()
        .map(|k| {
            organ
                .find(&format!("\n{k} ="))
                .unwrap_or_else(|| panic!("{k}"))
        })
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{organ}");
    assert!(organ.contains("moten = [2026-02-12]"), "{organ}");
}

/// Whether `text` (TOML) is valid under `schema`.
fn schema_accepts(schema: &serde_json::Value, text: &str) -> bool {
    let value: toml::Value = toml::from_str(text).expect("valid TOML");
    let json = handlingsplan::format::schema::to_json(value);
    jsonschema::draft7::new(schema)
        .expect("a valid draft-07 schema")
        .is_valid(&json)
}

#[test]
fn the_schema_accepts_a_register_and_lists_of_bodies() {
    let region = handlingsplan::format::schema::region();
    assert!(schema_accepts(&region, &format!("{REGION}{REGISTER}")));
    let no_name = format!("{REGION}\n[[organ]]\ntyp = \"råd\"\n");
    assert!(!schema_accepts(&region, &no_name));
    let area = handlingsplan::format::schema::area(None);
    let list = AREA.replace(
        "ansvarig = \"Verksamhetscheferna\"",
        "ansvarig = [\"LSG Läkemedel\", \"Läkemedelskommittén\"]",
    );
    assert!(schema_accepts(&area, &list));
    assert!(schema_accepts(&area, AREA));
    let number = AREA.replace("ansvarig = \"Verksamhetscheferna\"", "ansvarig = 3");
    assert!(!schema_accepts(&area, &number));
}

#[test]
fn diff_sees_a_body_added_to_a_list() {
    let old = with_register(AREA);
    let new = with_register(&AREA.replace(
        "ansvarig = \"Verksamhetscheferna\"",
        "ansvarig = [\"Verksamhetscheferna\", \"Läkemedelskommittén\"]",
    ));
    let output = common::binary()
        .args(["diff", "--color", "never"])
        .arg(old.plan_dir())
        .arg(new.plan_dir())
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    assert!(
        stdout.contains("ansvarig: + Läkemedelskommittén"),
        "{stdout}"
    );
}

#[test]
fn a_name_of_two_bodies_is_refused_at_both() {
    let region =
        format!("{REGION}{REGISTER}\n[[organ]]\nnamn = \"Läkemedelsrådet\"\nalias = [\"KSR\"]\n");
    let problems = TempPlan::with(&region, PLAN, &[("forsta", AREA)]).problems();
    assert!(
        problems.contains("namnet \"KSR\" står på mer än ett ställe i registret"),
        "{problems}"
    );
    assert!(problems.contains("region.toml:"), "{problems}");
    assert!(problems.contains("första gången"), "{problems}");
}
