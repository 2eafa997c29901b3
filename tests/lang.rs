//! Messages in both languages: a few representative mistakes as Swedish (the default) and English (`--lang en`, `HANDLINGSPLAN_LANG=en`) authors see them.

mod common;

use std::path::Path;

use common::example_copy::Copy;
use insta::assert_snapshot;

/// What `handlingsplan ARGS` prints on standard error in `lang`, with the
/// temporary folder's path shown as `$TMP`.
fn stderr_in(lang: &str, root: &Path, args: &[&str]) -> String {
    let out = common::binary()
        .env("HANDLINGSPLAN_LANG", lang)
        .env("NO_COLOR", "1")
        .current_dir(root)
        .args(args)
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The same mistake in both languages: (Swedish, English).
fn both(copy: &Copy, args: &[&str]) -> (String, String) {
    let root = copy.root.path();
    (stderr_in("sv", root, args), stderr_in("en", root, args))
}

const PLAN: &str = "norrbotten/2022";

#[test]
fn a_misspelt_key_with_a_suggestion() {
    let copy = Copy::new();
    copy.edit(
        &copy.area("ratt-lakemedelsbehandling"),
        "\nansvarig =",
        "\nansvarg =",
    );
    let (sv, en) = both(&copy, &["check", PLAN]);
    assert_snapshot!("misspelt_key_sv", sv);
    assert_snapshot!("misspelt_key_en", en);
}

#[test]
fn a_value_of_the_wrong_kind_and_a_missing_key() {
    let copy = Copy::new();
    copy.edit(&copy.area("ekonomiskt-mal"), "tid = \"", "tid = 12\nx = \"");
    copy.edit(
        &copy.plan().join("plan.toml"),
        "godkant_datum",
        "# godkant_datum",
    );
    let (sv, en) = both(&copy, &["build", PLAN, "-o", "ut"]);
    assert_snapshot!("wrong_kind_sv", sv);
    assert_snapshot!("wrong_kind_en", en);
    assert!(!copy.root.path().join("ut").exists(), "nothing is written");
}

#[test]
fn an_unknown_reference_and_a_region_mistake() {
    let copy = Copy::new();
    copy.edit(
        &copy.area("ratt-lakemedelsbehandling"),
        "text = \"\"\"",
        "text = \"\"\"Se punkt [](#antibiotikarecpt). ",
    );
    copy.edit(
        &copy.region().join("region.toml"),
        "numrering = \"",
        "numrering = \"a",
    );
    let (sv, en) = both(&copy, &["check", PLAN]);
    assert_snapshot!("reference_and_region_sv", sv);
    assert_snapshot!("reference_and_region_en", en);
}

#[test]
fn a_missing_plan_folder_and_a_mistyped_command() {
    let copy = Copy::new();
    let (sv, en) = both(&copy, &["build", "norrbotten/2033"]);
    assert_snapshot!("missing_folder_sv", sv);
    assert_snapshot!("missing_folder_en", en);
    let (sv, en) = both(&copy, &["chek", PLAN]);
    assert_snapshot!("mistyped_command_sv", sv);
    assert_snapshot!("mistyped_command_en", en);
}

#[test]
fn lang_on_the_command_line_wins_over_the_environment() {
    let copy = Copy::new();
    let out = common::binary()
        .env("HANDLINGSPLAN_LANG", "sv")
        .current_dir(copy.root.path())
        .args(["--lang", "en", "check", PLAN])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "checked 1 plan: no errors\n"
    );
    let out = common::binary()
        .env("HANDLINGSPLAN_LANG", "en_GB.UTF-8")
        .current_dir(copy.root.path())
        .args(["check", PLAN, "--lang", "sv"])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "kontrollerade 1 plan: inga fel\n"
    );
}
