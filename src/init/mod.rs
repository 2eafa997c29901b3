//! `init`: the files that start a new region's plan repository, and writing them.
//!
//! A new repository is one region folder: `region.toml`, one plan folder
//! named by its period with `plan.toml`, `inledning.md` and an area file per
//! strategy area, the JSON Schemas the files name on their first line, the
//! CI workflow of `examples/`, editor settings that bind the schemas, and a
//! `.gitignore`. The TOML files come from `templates/init/` and go through
//! the formatter, so `fmt --check` finds them formatted; what is written
//! checks and builds with no edit. Nothing existing is ever replaced.

use std::path::{Path, PathBuf};

use minijinja::context;

use crate::format::layout::{self, PLAN_FILE, REGION_FILE};
use crate::format::schema;
use crate::model::{Column, Period};
use crate::report::{Hint, Report, Sources, error};
use crate::write::{Batch, Before};

/// The answers `init` asks for (or takes from flags).
#[derive(Debug, Clone)]
pub struct Answers {
    pub organisation: String,
    pub short_name: String,
    pub period: Period,
    pub columns: Columns,
    /// The strategy areas' titles, in order.
    pub areas: Vec<String>,
}

/// Which activity columns the region starts with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Columns {
    /// The reference plan's: Aktivitet · Ansvarig · Tid · Rapportering.
    Reference,
    /// Aktiviteter · Huvudansvarig · Önskad effekt · Koppling.
    Effect,
}

/// One column as `init` writes it, with the example activity's value.
struct ColumnSpec {
    field: &'static str,
    heading: &'static str,
    width: f64,
    example: &'static str,
}

impl Columns {
    fn specs(self) -> &'static [ColumnSpec] {
        const fn col(
            field: &'static str,
            heading: &'static str,
            width: f64,
            example: &'static str,
        ) -> ColumnSpec {
            ColumnSpec {
                field,
                heading,
                width,
                example,
            }
        }
        const REFERENCE: [ColumnSpec; 4] = [
            col("text", "Aktivitet", 3.3, ""),
            col("ansvarig", "Ansvarig", 2.3, "Läkemedelskommittén"),
            col("tid", "Tid", 1.3, "December"),
            col("rapportering", "Rapportering", 2.4, "Läkemedelskommittén"),
        ];
        const EFFECT: [ColumnSpec; 4] = [
            col("text", "Aktiviteter", 3.0, ""),
            col("ansvarig", "Huvudansvarig", 1.6, "Läkemedelskommittén"),
            col(
                "onskad_effekt",
                "Önskad effekt",
                2.0,
                "Vad aktiviteten ska leda till.",
            ),
            col(
                "koppling",
                "Koppling till andra strategier och planer",
                1.6,
                "Läkemedelsplanen",
            ),
        ];
        match self {
            Columns::Reference => &REFERENCE,
            Columns::Effect => &EFFECT,
        }
    }

    /// The columns as the loader reads them (for the area files' schema).
    fn model(self) -> Vec<Column> {
        (self.specs().iter())
            .map(|c| Column {
                field: c.field.to_owned(),
                heading: c.heading.to_owned(),
                width: c.width,
                required: true,
            })
            .collect()
    }
}

/// The strategy areas of the reference plan: the default.
pub const DEFAULT_AREAS: [&str; 4] = [
    "Rätt läkemedelsbehandling",
    "Rätt läkemedelsförsörjning",
    "Rätt läkemedelshantering",
    "Ekonomiskt mål",
];

/// The short name suggested for an organisation: "Region Västernorrland" → "vasternorrland".
pub fn suggested_short_name(organisation: &str) -> String {
    let name = layout::slug(organisation);
    match name.strip_prefix("region-") {
        Some(rest) if !rest.is_empty() => rest.to_owned(),
        _ => name,
    }
}

/// The area keys (file names in `omraden/`) for `titles`: ASCII, unique.
pub fn area_keys(titles: &[String]) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    for (i, title) in titles.iter().enumerate() {
        let base = match layout::slug(title) {
            s if s.is_empty() => format!("omrade-{}", i + 1),
            s => s,
        };
        let key = (1..)
            .map(|n| {
                if n == 1 {
                    base.clone()
                } else {
                    format!("{base}-{n}")
                }
            })
            .find(|k| !keys.contains(k))
            .unwrap_or(base);
        keys.push(key);
    }
    keys
}

/// Every file of the new repository: (path relative to its folder, bytes).
pub fn files(answers: &Answers) -> Result<Vec<(PathBuf, Vec<u8>)>, Report> {
    let env = environment();
    let render = |name: &str, ctx: minijinja::Value| -> String {
        (env.get_template(name).and_then(|t| t.render(ctx)))
            .expect("the init templates render (tests/init.rs)")
    };
    let plan_dir = PathBuf::from(answers.period.slug());
    let keys = area_keys(&answers.areas);
    let columns = answers.columns.specs();
    let toml = |s: &str| crate::fmt::basic_string(s);
    let region = render(
        "region.toml.j2",
        context! {
            organisation => toml(&answers.organisation),
            organisation_text => answers.organisation.clone(),
            kortnamn => toml(&answers.short_name),
            columns => columns.iter().map(|c| context! {
                field => c.field, heading => toml(c.heading), width => c.width.to_string(),
            }).collect::<Vec<_>>(),
        },
    );
    let title = format!(
        "Handlingsplan {} för läkemedelsplanen, {}",
        answers.period, answers.organisation
    );
    let plan = render(
        "plan.toml.j2",
        context! {
            title => toml(&title),
            title_text => title.clone(),
            period => answers.period.to_string(),
            organisation => toml(&answers.organisation),
            document_id => toml(&format!("{}-HP-{}", answers.short_name.to_uppercase(), answers.period.slug())),
            first_day => answers.period.first_day().map(|d| d.to_string()),
            last_day => answers.period.last_day().map(|d| d.to_string()),
            areas => keys.clone(),
        },
    );
    let mut out = vec![
        formatted(REGION_FILE, &region)?,
        formatted(&format!("{}/{PLAN_FILE}", plan_dir.display()), &plan)?,
    ];
    for (key, area_title) in keys.iter().zip(&answers.areas) {
        let fields: Vec<_> = (columns.iter().skip(1))
            .map(|c| context! { key => c.field, value => toml(c.example) })
            .collect();
        let text = render(
            "area.toml.j2",
            context! {
                title => toml(area_title),
                title_text => area_title,
                activity_id => format!("{key}-1"),
                fields => fields,
            },
        );
        let path = format!("{}/{}", plan_dir.display(), layout::area_file(key));
        out.push(formatted(&path, &text)?);
    }
    let intro = render(
        "inledning.md.j2",
        context! { organisation_text => answers.organisation.clone(), period_text => answers.period.to_string() },
    );
    out.push((plan_dir.join("inledning.md"), intro.into_bytes()));
    out.extend(support_files(answers, &plan_dir, &render));
    Ok(out)
}

/// The schemas, workflow, editor settings, `.gitignore` and `.gitattributes`.
fn support_files(
    answers: &Answers,
    plan_dir: &Path,
    render: &dyn Fn(&str, minijinja::Value) -> String,
) -> Vec<(PathBuf, Vec<u8>)> {
    let workflow = WORKFLOW
        .lines()
        .map(|line| match line.strip_prefix("  PLAN: ") {
            Some(_) => format!("  PLAN: {}", plan_dir.display()),
            None => line.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n";
    let columns = answers.columns.model();
    vec![
        (
            PathBuf::from("schemas").join(schema::REGION_FILE),
            schema::to_text(&schema::region()).into_bytes(),
        ),
        (
            PathBuf::from("schemas").join(schema::PLAN_FILE),
            schema::to_text(&schema::plan()).into_bytes(),
        ),
        // For the region's goals, once it writes a mal.toml.
        (
            PathBuf::from("schemas").join(schema::GOALS_FILE),
            schema::to_text(&schema::goals()).into_bytes(),
        ),
        // For the follow-up rounds `uppfoljning ny` writes in uppfoljning/.
        (
            PathBuf::from("schemas").join(schema::ROUND_FILE),
            schema::to_text(&schema::round()).into_bytes(),
        ),
        (
            PathBuf::from(schema::AREA_FILE),
            schema::to_text(&schema::area(Some(&columns))).into_bytes(),
        ),
        (
            PathBuf::from(".github/workflows/handlingsplan.yml"),
            workflow.into_bytes(),
        ),
        (
            PathBuf::from(".vscode/settings.json"),
            render("vscode-settings.json.j2", context! {}).into_bytes(),
        ),
        (
            PathBuf::from(".vscode/extensions.json"),
            EXTENSIONS.as_bytes().to_vec(),
        ),
        (
            PathBuf::from(".gitignore"),
            render("gitignore.j2", context! {}).into_bytes(),
        ),
        (
            PathBuf::from(".gitattributes"),
            GITATTRIBUTES.as_bytes().to_vec(),
        ),
    ]
}

/// A TOML file as the formatter writes it.
fn formatted(path: &str, text: &str) -> Result<(PathBuf, Vec<u8>), Report> {
    let path = PathBuf::from(path);
    let mut sources = Sources::default();
    let spec = crate::fmt::spec_for(&path);
    let text = crate::fmt::format_text(text, spec, &mut sources, &path.to_string_lossy()).map_err(
        |problem| Report {
            sources,
            problems: vec![problem],
        },
    )?;
    Ok((path, text.into_bytes()))
}

/// Which of `files` already exist in `dir`.
pub fn existing(dir: &Path, files: &[(PathBuf, Vec<u8>)]) -> Vec<PathBuf> {
    (files.iter())
        .map(|(path, _)| path.clone())
        .filter(|path| dir.join(path).symlink_metadata().is_ok())
        .collect()
}

/// Writes `files` into `dir`, all or none. Refuses, writing nothing, if
/// any of them exists already (naming them): `init` replaces nothing.
pub fn write(dir: &Path, files: &[(PathBuf, Vec<u8>)]) -> Result<(), Report> {
    let there = existing(dir, files);
    if !there.is_empty() {
        let list: Vec<String> = there
            .iter()
            .map(|p| p.display().to_string().replace('\\', "/"))
            .collect();
        return Err(Report::single(
            error(crate::msg!(
                "init-exists",
                dir = dir.display().to_string(),
                count = there.len(),
                files = list.join(", ")
            ))
            .hint(crate::t!("init-exists-hint")),
        ));
    }
    let mut batch = Batch::new();
    for (path, bytes) in files {
        batch.add(dir, path, bytes, Before::Absent);
    }
    batch.commit()
}

/// The workflow every plan repository starts with: the example's.
const WORKFLOW: &str = include_str!("../../examples/handlingsplan-workflow.yml");
const EXTENSIONS: &str = include_str!("../../templates/init/vscode-extensions.json");
const GITATTRIBUTES: &str = include_str!("../../templates/init/gitattributes");

fn environment() -> minijinja::Environment<'static> {
    let mut env = crate::render::jinja::environment();
    // Values are written as TOML already (see `files`): nothing to escape.
    env.set_auto_escape_callback(|_| minijinja::AutoEscape::None);
    for (name, source) in [
        (
            "region.toml.j2",
            include_str!("../../templates/init/region.toml.j2"),
        ),
        (
            "plan.toml.j2",
            include_str!("../../templates/init/plan.toml.j2"),
        ),
        (
            "area.toml.j2",
            include_str!("../../templates/init/area.toml.j2"),
        ),
        (
            "inledning.md.j2",
            include_str!("../../templates/init/inledning.md.j2"),
        ),
        (
            "gitignore.j2",
            include_str!("../../templates/init/gitignore.j2"),
        ),
        (
            "vscode-settings.json.j2",
            include_str!("../../templates/init/vscode-settings.json.j2"),
        ),
    ] {
        env.add_template(name, source)
            .expect("the init templates parse (tests/init.rs)");
    }
    env
}
