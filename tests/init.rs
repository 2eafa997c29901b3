//! `init` through the real binary: a new repository checks, builds PDF/UA and is formatted with no edit; flags, both column layouts, å/ä/ö, a second run, the questions on a terminal; and `completions`, `man`, `--version`.

mod common;

use handlingsplan::format::schema;
use std::path::Path;

use common::binary;

/// `handlingsplan ARGS` in `dir` with no terminal: (exit code, stdout, stderr).
fn run_in(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = binary().current_dir(dir).args(args).output().expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every file under `dir`, relative, sorted.
fn files_under(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path.strip_prefix(dir).unwrap();
                out.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn init_without_a_terminal_gives_a_plan_that_checks_builds_pdf_ua_and_is_formatted() {
    let root = tempfile::tempdir().unwrap();
    let (code, stdout, stderr) = run_in(root.path(), &["init", "ny", "--period", "2027"]);
    assert_eq!(code, 0, "{stderr}");
    let dir = root.path().join("ny");
    assert!(stdout.contains("skrev ny/region.toml"), "{stdout}");
    assert!(stdout.contains("handlingsplan build ny/2027"), "{stdout}");
    assert_eq!(
        files_under(&dir),
        [
            ".gitattributes",
            ".github/workflows/handlingsplan.yml",
            ".gitignore",
            ".vscode/extensions.json",
            ".vscode/settings.json",
            "2027/inledning.md",
            "2027/omraden/ekonomiskt-mal.toml",
            "2027/omraden/ratt-lakemedelsbehandling.toml",
            "2027/omraden/ratt-lakemedelsforsorjning.toml",
            "2027/omraden/ratt-lakemedelshantering.toml",
            "2027/plan.toml",
            "area.schema.json",
            "region.toml",
            "schemas/mal.schema.json",
            "schemas/plan.schema.json",
            "schemas/region.schema.json",
            "schemas/uppfoljning.schema.json",
        ]
    );
    // Checks: no error; the one warning says it is a draft.
    let (code, _, stderr) = run_in(&dir, &["check", "2027"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("inga fel, 1 varning"), "{stderr}");
    assert!(stderr.contains("godkant_datum"), "{stderr}");
    let (code, _, stderr) = run_in(&dir, &["fmt", "--check", "."]);
    assert_eq!(code, 0, "{stderr}");
    let (code, _, stderr) = run_in(&dir, &["build", "2027"]);
    assert_eq!(code, 0, "{stderr}");
    let pdf = dir.join("output/exempel-2027.pdf");
    common::pdf::pdfua_passes(&pdf);
    let markdown = read(&dir.join("output/exempel-2027.md"));
    for area in [
        "Rätt läkemedelsbehandling",
        "Rätt läkemedelsförsörjning",
        "Ekonomiskt mål",
    ] {
        assert!(markdown.contains(area), "{area} missing:\n{markdown}");
    }
    // The workflow builds this plan.
    let workflow = read(&dir.join(".github/workflows/handlingsplan.yml"));
    assert!(workflow.contains("\n  PLAN: 2027\n"), "{workflow}");
}

/// Every TOML file's `#:schema` line, and every schema the VS Code
/// settings name, points at a file that is there.
#[test]
fn the_schemas_the_files_name_are_there() {
    let root = tempfile::tempdir().unwrap();
    let (code, _, stderr) = run_in(root.path(), &["init", "--period", "2027-2028"]);
    assert_eq!(code, 0, "{stderr}");
    let dir = root.path();
    let mut bound = 0;
    for file in files_under(dir).iter().filter(|f| f.ends_with(".toml")) {
        let path = dir.join(file);
        let first = read(&path).lines().next().unwrap_or_default().to_owned();
        let schema = first.strip_prefix("#:schema ").expect("a #:schema line");
        let target = path.parent().unwrap().join(schema);
        assert!(target.exists(), "{file} names {schema}, which is not there");
        let json: serde_json::Value = serde_json::from_str(&read(&target)).unwrap();
        assert!(json.get("$schema").is_some(), "{schema} is no JSON Schema");
        bound += 1;
    }
    assert_eq!(bound, 6, "region, plan and four areas");
    let settings: serde_json::Value =
        serde_json::from_str(&read(&dir.join(".vscode/settings.json"))).unwrap();
    let map = settings["evenBetterToml.schema.associations"]
        .as_object()
        .unwrap();
    // region.toml, plan.toml, mal.toml (which the region writes once it
    // has goals), the follow-up rounds and the area files.
    assert_eq!(map.len(), 5);
    for schema in map.values() {
        assert!(dir.join(schema.as_str().unwrap()).exists(), "{schema}");
    }
    // A round `uppfoljning ny` writes is bound to the round schema, and
    // passes it (an editor completes and checks it).
    let (code, _, stderr) = run_in(
        dir,
        &["uppfoljning", "ny", "2027-2028", "--datum", "2027-06-01"],
    );
    assert_eq!(code, 0, "{stderr}");
    let round = files_under(dir)
        .into_iter()
        .find(|f| f.starts_with("2027-2028/uppfoljning/") && f.ends_with(".toml"))
        .expect("a round file");
    let schema = map[".*/uppfoljning/.*\\.toml$"].as_str().unwrap();
    assert_eq!(schema, format!("./schemas/{}", schema::ROUND_FILE));
    let schema: serde_json::Value = serde_json::from_str(&read(&dir.join(schema))).unwrap();
    let text = read(&dir.join(&round));
    let value = schema::to_json(toml::Value::Table(text.parse::<toml::Table>().unwrap()));
    let validator = jsonschema::draft7::new(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&value)
        .map(|e| e.to_string())
        .collect();
    assert_eq!(errors, Vec::<String>::new(), "{round}");
    let extensions = read(&dir.join(".vscode/extensions.json"));
    assert!(extensions.contains("tamasfe.even-better-toml"));
}

#[test]
fn flags_set_the_region_the_columns_and_the_areas() {
    let root = tempfile::tempdir().unwrap();
    let args = [
        "init",
        "--organisation",
        "Region Västernorrland",
        "--period",
        "2027-2028",
        "--kolumner",
        "effekt",
        "--omrade",
        "Säker läkemedelsanvändning",
        "--omrade",
        "Jämlik vård \"för alla\"",
    ];
    let (code, _, stderr) = run_in(root.path(), &args);
    assert_eq!(code, 0, "{stderr}");
    let dir = root.path();
    let region = read(&dir.join("region.toml"));
    assert!(region.contains("organisation = \"Region Västernorrland\""));
    assert!(region.contains("kortnamn = \"vasternorrland\""));
    assert!(region.contains("falt = \"onskad_effekt\""));
    assert!(region.contains("rubrik = \"Huvudansvarig\""));
    let plan = read(&dir.join("2027-2028/plan.toml"));
    assert!(plan.contains("period = \"2027–2028\""), "{plan}");
    assert!(plan.contains("\"saker-lakemedelsanvandning\""), "{plan}");
    // A title with quotes is written as TOML, and read back the same.
    let area = read(&dir.join("2027-2028/omraden/jamlik-vard-for-alla.toml"));
    assert!(
        area.contains(r#"rubrik = "Jämlik vård \"för alla\"""#),
        "{area}"
    );
    let (code, _, stderr) = run_in(dir, &["check", "2027-2028"]);
    assert_eq!(code, 0, "{stderr}");
    let (code, _, stderr) = run_in(dir, &["build", "2027-2028", "--no-html"]);
    assert_eq!(code, 0, "{stderr}");
    let markdown = read(&dir.join("output/vasternorrland-2027-2028.md"));
    for words in [
        "Säker läkemedelsanvändning",
        "Jämlik vård \"för alla\"",
        "Önskad effekt",
        "Koppling till andra strategier och planer",
    ] {
        assert!(markdown.contains(words), "{words} missing:\n{markdown}");
    }
}

#[test]
fn a_second_init_writes_nothing_and_names_what_is_there() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path();
    std::fs::write(dir.join("region.toml"), "# mine\n").unwrap();
    let (code, stdout, stderr) = run_in(dir, &["init", "--period", "2027"]);
    assert_eq!(code, 1);
    assert_eq!(stdout, "");
    assert!(
        stderr.contains("har redan en av filerna som init skriver: region.toml"),
        "{stderr}"
    );
    assert!(
        stderr.contains("init misslyckades: inget skrevs"),
        "{stderr}"
    );
    assert_eq!(files_under(dir), ["region.toml"]);
    assert_eq!(read(&dir.join("region.toml")), "# mine\n");

    std::fs::remove_file(dir.join("region.toml")).unwrap();
    assert_eq!(run_in(dir, &["init", "--period", "2027"]).0, 0);
    let before: Vec<(String, String)> = (files_under(dir).into_iter())
        .map(|f| (f.clone(), read(&dir.join(&f))))
        .collect();
    let (code, _, stderr) = run_in(
        dir,
        &["init", "--period", "2027", "--organisation", "Annan"],
    );
    assert_eq!(code, 1);
    assert!(stderr.contains("har redan 17 av filerna"), "{stderr}");
    let after: Vec<(String, String)> = (files_under(dir).into_iter())
        .map(|f| (f.clone(), read(&dir.join(&f))))
        .collect();
    assert_eq!(before, after);
}

#[test]
fn a_bad_short_name_or_period_is_explained_and_nothing_is_written() {
    let root = tempfile::tempdir().unwrap();
    let (code, _, stderr) = run_in(root.path(), &["init", "--kortnamn", "Västerbotten"]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("\"Västerbotten\" kan inte vara ett kortnamn"),
        "{stderr}"
    );
    assert!(stderr.contains("\"vasterbotten\""), "{stderr}");
    let (code, _, stderr) = run_in(root.path(), &["init", "--period", "nästa år"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("\"nästa år\" är ingen period"), "{stderr}");
    assert_eq!(files_under(root.path()), Vec::<String>::new());
}

/// On a terminal init asks each question; the answers end up in the files.
#[cfg(unix)]
#[test]
fn on_a_terminal_init_asks_and_writes_the_answers() {
    use expectrl::{Eof, Expect, Session};
    let root = tempfile::tempdir().unwrap();
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_handlingsplan"));
    command
        .current_dir(root.path())
        .env("HANDLINGSPLAN_LANG", "sv")
        .env("TERM", "dumb")
        .arg("init");
    let mut session = Session::spawn(command).expect("a pseudo-terminal");
    session.set_expect_timeout(Some(std::time::Duration::from_secs(30)));
    session.expect("Regionens namn").unwrap();
    session.send_line("Region Gotland").unwrap();
    session.expect("Kort namn").unwrap();
    // The suggestion from the name is the default: Enter takes it.
    session.send_line("").unwrap();
    session.expect("Planens period").unwrap();
    session.send_line("2028").unwrap();
    session.expect("Tabellens kolumner").unwrap();
    // The second layout: one step down, then Enter.
    session.send("\x1b[B").unwrap();
    session.send("\r").unwrap();
    session.expect("Strategiområdenas rubriker").unwrap();
    session.send_line("Rätt läkemedel, Öppen vård").unwrap();
    session.expect("klart").unwrap();
    session.expect(Eof).unwrap();
    let dir = root.path();
    let region = read(&dir.join("region.toml"));
    assert!(
        region.contains("organisation = \"Region Gotland\""),
        "{region}"
    );
    assert!(region.contains("kortnamn = \"gotland\""), "{region}");
    assert!(region.contains("falt = \"onskad_effekt\""), "{region}");
    let plan = read(&dir.join("2028/plan.toml"));
    assert!(plan.contains("\"ratt-lakemedel\""), "{plan}");
    assert!(read(&dir.join("2028/omraden/oppen-vard.toml")).contains("rubrik = \"Öppen vård\""));
    let (code, _, stderr) = run_in(dir, &["check", "2028"]);
    assert_eq!(code, 0, "{stderr}");
}

#[test]
fn completions_name_every_command() {
    let (code, bash, _) = run_in(Path::new("."), &["completions", "bash"]);
    assert_eq!(code, 0);
    let (_, man, _) = run_in(Path::new("."), &["man"]);
    assert!(
        man.starts_with(".ie"),
        "roff: {}",
        &man[..man.len().min(200)]
    );
    for command in [
        "build",
        "check",
        "extract",
        "diff",
        "id",
        "schema",
        "fmt",
        "new",
        "watch",
        "init",
        "uppfoljning",
        "ansvar",
        "completions",
        "man",
    ] {
        assert!(bash.contains(command), "bash completion lacks {command}");
        assert!(man.contains(command), "the man page lacks {command}");
    }
    assert!(bash.contains("--kolumner"), "flags complete too");
    for shell in ["zsh", "fish", "powershell", "elvish"] {
        let (code, script, _) = run_in(Path::new("."), &["completions", shell]);
        assert_eq!(code, 0);
        assert!(script.contains("init"), "{shell}");
    }
}

#[test]
fn version_names_the_version_and_the_commit() {
    let (code, out, _) = run_in(Path::new("."), &["--version"]);
    assert_eq!(code, 0);
    let version = env!("CARGO_PKG_VERSION");
    assert!(
        out.starts_with(&format!("handlingsplan {version}")),
        "{out}"
    );
    // Built in a git checkout (as the tests are): the commit in brackets.
    let commit = std::process::Command::new("git")
        .args(["rev-parse", "--short=9", "HEAD"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned());
    if let Some(commit) = commit {
        assert_eq!(out.trim(), format!("handlingsplan {version} ({commit})"));
    }
}
