//! `schema`: writes the JSON Schemas that editors check plan files against.

use super::print;
use crate::format::schema;
use crate::report::Report;
use crate::write;
use codespan_reporting::term::termcolor::ColorChoice;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Writes the generic schemas to `out` (default `schemas/`), or, for a plan
/// folder, the area-file schema of its region (default: beside region.toml).
pub fn run(plan: Option<&Path>, out: Option<&Path>, color: ColorChoice) -> ExitCode {
    let files = match plan {
        None => vec![
            (schema::REGION_FILE, schema::to_text(&schema::region())),
            (schema::PLAN_FILE, schema::to_text(&schema::plan())),
            (schema::AREA_FILE, schema::to_text(&schema::area(None))),
            (schema::GOALS_FILE, schema::to_text(&schema::goals())),
            (schema::ROUND_FILE, schema::to_text(&schema::round())),
        ],
        Some(dir) => match crate::load::region_columns(dir) {
            Ok(columns) => vec![(
                schema::AREA_FILE,
                schema::to_text(&schema::area(Some(&columns))),
            )],
            Err(report) => return fail(&report, color),
        },
    };
    let out = match (out, plan) {
        (Some(out), _) => out.to_path_buf(),
        (None, None) => PathBuf::from("schemas"),
        (None, Some(dir)) => crate::load::region_folder(dir),
    };
    let refs: Vec<(&Path, &[u8])> = files
        .iter()
        .map(|(name, text)| (Path::new(name), text.as_bytes()))
        .collect();
    if let Err(report) = write::write_all(&out, &refs, &[]) {
        return fail(&report, color);
    }
    for (name, _) in &files {
        let path = out.join(name).display().to_string();
        print::out(crate::t!("schema-wrote", path = path));
    }
    ExitCode::SUCCESS
}

fn fail(report: &Report, color: ColorChoice) -> ExitCode {
    print::report(report, color);
    ExitCode::FAILURE
}
