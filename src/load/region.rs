//! Loads `region.toml`: an organisation's columns, numbering, metadata block and theme.

use toml::Spanned;

use super::columns::ColumnField;
use super::folder::relative;
use super::table::Table;
use super::{Context, Locus, outside};
use crate::format::pdf_standard as standard;
use crate::format::{ACTIVITY, REGION, THEME, layout};
use crate::model::{
    Abbreviation, BUILTIN_FIELDS, ChangeLogPlacement, Column, MetaField, MetadataLayout,
    MetadataPlacement, Numbering, Region, TEXT_FIELD, Theme,
};
use crate::report::{FileId, Hint, Problem, did_you_mean, error_at, fold, named_at};

/// Reads a parsed `region.toml`. Returns the region (with defaults where a
/// value was wrong) and every problem found. `folder_name` is the region
/// folder's name, the default `kortnamn`.
pub fn read(mut root: Table, folder_name: &str, cx: &mut Context) -> (Region, Vec<Problem>) {
    let file = root.file;
    let mut problems = Vec::new();
    let organisation = root
        .required_string("organisation")
        .map(Spanned::into_inner)
        .unwrap_or_default();
    let short_name = read_short_name(&mut root, folder_name, &organisation);
    let numbering = match root.choice("numrering") {
        Some("1.1") => Numbering::AreaDotActivity,
        _ => Numbering::PerArea,
    };
    let table_of_contents = root.boolean("innehallsforteckning").unwrap_or(true);
    let attach_span = root.get("bifoga_kallfiler").map(|v| v.span());
    let attach_sources = root.boolean("bifoga_kallfiler").unwrap_or(false);
    if let Some(span) = attach_span {
        cx.positions
            .set(Locus::Key(REGION.name, "bifoga_kallfiler"), file, span);
    }
    let pdf_standard = read_pdf_standard(&mut root, attach_sources, cx);
    let html = root.boolean("html").unwrap_or(true);
    let change_log = match root.choice("andringsforteckning") {
        Some("först") => ChangeLogPlacement::Top,
        Some("nej") => ChangeLogPlacement::Hidden,
        _ => ChangeLogPlacement::End,
    };

    let columns = read_columns(&mut root, &mut cx.column_use.fields);
    let metadata = read_metadata(&mut root, &mut problems);
    let theme = read_theme(&mut root, cx, &mut problems);
    let status = super::status::read_layout(&mut root);
    let register = super::organ::read(&mut root);
    let status_names = super::status_names::read(&mut root);
    let abbreviations = root.get("forkortningar").is_some().then(|| {
        (root.text_map("forkortningar").into_iter())
            .map(|(short, explanation)| Abbreviation {
                short: short.into_inner(),
                explanation: explanation.into_inner(),
            })
            .collect()
    });
    problems.extend(root.finish(|_| None));
    let region = Region {
        organisation,
        short_name,
        columns,
        numbering,
        metadata,
        theme,
        table_of_contents,
        pdf_standard,
        attach_sources,
        html,
        change_log,
        status,
        register,
        abbreviations,
        goals: None,
        status_names,
    };
    (region, problems)
}

/// `kortnamn`, used in file names: by default the region folder's name (or
/// else the organisation's) made file-name-safe.
fn read_short_name(root: &mut Table, folder_name: &str, organisation: &str) -> String {
    let file = root.file;
    match root.string("kortnamn") {
        Some(name) if is_slug(name.get_ref()) => name.into_inner(),
        Some(name) => {
            root.report(
                error_at(
                    file,
                    name.span(),
                    crate::msg!("plan-short-name"),
                    crate::t!("plan-short-name.label"),
                )
                .hint(crate::t!("plan-short-name.hint")),
            );
            String::new()
        }
        None => {
            let name = layout::slug(folder_name);
            if name.is_empty() {
                layout::slug(organisation)
            } else {
                name
            }
        }
    }
}

/// Reads the `[[kolumn]]` tables. Each `falt` is also recorded in
/// `fields`; a column whose `falt` cannot be an activity key is left out
/// and its problem recorded there, reported once the activities are read
/// (see `load::columns`).
fn read_columns(root: &mut Table, fields: &mut Vec<ColumnField>) -> Vec<Column> {
    let tables = root.tables("kolumn");
    if tables.is_empty() && root.get("kolumn").is_none() {
        root.missing("kolumn");
    }
    let mut columns: Vec<Column> = Vec::new();
    let mut seen: Vec<(String, std::ops::Range<usize>)> = Vec::new();
    for mut table in tables {
        let field = table.required_string("falt");
        let heading = table.required_string("rubrik");
        let width = table.width().unwrap_or(1.0);
        let required = table.boolean("obligatorisk").unwrap_or(true);
        let file = table.file;
        for problem in table.finish(|_| None) {
            root.report(problem);
        }
        let (Some(field), Some(heading)) = (field, heading) else {
            continue;
        };
        let refused = refusal(file, &field);
        fields.push(ColumnField {
            field: field.get_ref().clone(),
            heading: heading.get_ref().clone(),
            file,
            span: field.span(),
            refused: refused.clone(),
        });
        if refused.is_some() {
            continue;
        }
        if let Some((_, first)) = seen.iter().find(|(f, _)| f == field.get_ref()) {
            root.report(column_twice(file, &field, first.clone()));
            continue;
        }
        seen.push((field.get_ref().clone(), field.span()));
        columns.push(Column {
            field: field.into_inner(),
            heading: heading.into_inner(),
            width,
            required,
        });
    }
    if !columns.is_empty() && !columns.iter().any(|c| c.field == TEXT_FIELD) {
        let span = root.span.start..root.span.start;
        root.report(
            error_at(
                root.file,
                span,
                crate::msg!("plan-no-text-column"),
                crate::format::layout::REGION_FILE,
            )
            .hint(crate::t!("plan-no-text-column.hint")),
        );
    }
    columns
}

/// Why a column's `falt` cannot be an activity key, if it cannot: a key
/// activities already have for something else (`status`, `id` …), or not
/// a key's form.
fn refusal(file: FileId, field: &Spanned<String>) -> Option<Problem> {
    let name = field.get_ref();
    if reserved(name) {
        let hint = if name.starts_with("status") {
            crate::t!("plan-column-reserved-key.status")
        } else {
            crate::t!("plan-column-reserved-key.hint")
        };
        let problem = error_at(
            file,
            field.span(),
            crate::msg!("plan-column-reserved-key", name = name),
            crate::t!("plan-column-reserved-key.label"),
        );
        return Some(problem.hint(hint));
    }
    if is_field_name(name) {
        return None;
    }
    let ascii = fold(name);
    let hint = if is_field_name(&ascii) && name.is_ascii() {
        crate::t!("plan-not-a-field-name.lower", ascii = ascii)
    } else if is_field_name(&ascii) {
        crate::t!("plan-not-a-field-name.folded", ascii = ascii)
    } else {
        crate::t!("plan-not-a-field-name.hint")
    };
    Some(
        error_at(
            file,
            field.span(),
            crate::msg!("plan-not-a-field-name", name = name),
            crate::t!("plan-not-a-field-name.label"),
        )
        .hint(hint),
    )
}

/// A column listed a second time.
fn column_twice(file: FileId, field: &Spanned<String>, first: std::ops::Range<usize>) -> Problem {
    let name = field.get_ref();
    error_at(
        file,
        field.span(),
        crate::msg!("plan-column-twice", name = name),
        crate::t!("plan-column-twice.label"),
    )
    .also_at(file, first, crate::t!("plan-column-twice.first"))
    .hint(crate::t!("plan-column-twice.hint"))
}

fn read_metadata(root: &mut Table, problems: &mut Vec<Problem>) -> MetadataLayout {
    let default_fields = [
        MetaField::GallerFor,
        MetaField::DokumentId,
        MetaField::Version,
        MetaField::GodkantDatum,
        MetaField::Ansvarig,
        MetaField::UpprattadAv,
    ];
    let mut layout = MetadataLayout {
        placement: MetadataPlacement::Top,
        fields: default_fields
            .iter()
            .map(|f| (*f, f.default_label().to_owned()))
            .collect(),
        heading: "Information om handlingen".to_owned(),
    };
    let Some(mut table) = root.table("metadata") else {
        return layout;
    };
    let file = table.file;
    if let Some(p) = table.choice("placering") {
        layout.placement = match p {
            "sist" => MetadataPlacement::End,
            _ => MetadataPlacement::Top,
        };
    }
    if let Some(h) = table.string("rubrik") {
        layout.heading = h.into_inner();
    }
    let mut labels: Vec<(MetaField, String)> = Vec::new();
    for (key, value) in table.text_map("etiketter") {
        match MetaField::from_key(key.get_ref()) {
            Some(field) => labels.push((field, value.into_inner())),
            None => table.report(unknown_meta_field(file, key.get_ref(), key.span())),
        }
    }
    if let Some(keys) = table.string_list("falt") {
        layout.fields.clear();
        for key in keys {
            match MetaField::from_key(key.get_ref()) {
                Some(field) => layout
                    .fields
                    .push((field, field.default_label().to_owned())),
                None => table.report(unknown_meta_field(file, key.get_ref(), key.span())),
            }
        }
    }
    for (field, label) in labels {
        if let Some(entry) = layout.fields.iter_mut().find(|(f, _)| *f == field) {
            entry.1 = label;
        }
    }
    problems.extend(table.finish(|_| None));
    layout
}

fn unknown_meta_field(file: FileId, name: &str, span: std::ops::Range<usize>) -> Problem {
    let keys = MetaField::ALL.map(MetaField::key);
    let problem = error_at(
        file,
        span,
        crate::msg!("plan-unknown-metadata-field", name = name),
        crate::t!("plan-unknown-metadata-field.label"),
    );
    match did_you_mean(name, keys) {
        Some(near) => problem.hint(crate::t!("plan-did-you-mean", near = near)),
        None => problem.hint(crate::t!(
            "plan-unknown-metadata-field.hint",
            fields = keys.join(", ")
        )),
    }
}

fn read_theme(root: &mut Table, cx: &mut Context, problems: &mut Vec<Problem>) -> Theme {
    let mut theme = Theme {
        accent: "#005a8c".to_owned(),
        font: "Noto Sans".to_owned(),
        font_files: Vec::new(),
        logo: None,
        logo_alt: None,
    };
    let Some(mut table) = root.table("tema") else {
        return theme;
    };
    let file = table.file;
    if let Some(colour) = table.string("accentfarg") {
        if is_hex_colour(colour.get_ref()) {
            cx.positions
                .set(Locus::Key(THEME.name, "accentfarg"), file, colour.span());
            theme.accent = colour.into_inner().to_ascii_lowercase();
        } else {
            table.report(
                error_at(
                    file,
                    colour.span(),
                    crate::msg!("plan-accent-colour"),
                    crate::t!("plan-accent-colour.label"),
                )
                .hint(crate::t!("plan-accent-colour.hint")),
            );
        }
    }
    if let Some(font) = table.string("typsnitt") {
        cx.positions
            .set(Locus::Key(THEME.name, "typsnitt"), file, font.span());
        theme.font = font.into_inner();
    }
    for path in table.string_list("typsnittsfiler").unwrap_or_default() {
        if path_inside(&mut table, &path, crate::t!("plan-font-file-named-here")) {
            cx.positions
                .set(Locus::FontFile(theme.font_files.len()), file, path.span());
            theme.font_files.push(path.into_inner());
        }
    }
    theme.logo = read_logo(&mut table, cx);
    let logo = cx
        .positions
        .get(Locus::Key(THEME.name, "logotyp"))
        .map(|span| span.range.clone());
    theme.logo_alt = read_logo_alt(&mut table, logo);
    problems.extend(table.finish(|_| None));
    theme
}

/// `logotyp`: a PNG, JPEG or SVG image inside the region folder.
fn read_logo(table: &mut Table, cx: &mut Context) -> Option<String> {
    let file = table.file;
    let logo = table.string("logotyp")?;
    let lower = logo.get_ref().to_ascii_lowercase();
    if ![".png", ".jpg", ".jpeg", ".svg"]
        .iter()
        .any(|ext| lower.ends_with(ext))
    {
        table.report(
            error_at(
                file,
                logo.span(),
                crate::msg!("plan-logo-type"),
                crate::t!("plan-logo-type.label"),
            )
            .hint(crate::t!("plan-logo-type.hint")),
        );
        None
    } else if path_inside(table, &logo, crate::t!("plan-logo-named-here")) {
        cx.positions
            .set(Locus::Key(THEME.name, "logotyp"), file, logo.span());
        Some(logo.into_inner())
    } else {
        None
    }
}

/// `logotyp_alttext`: what a screen reader says for the logo; required
/// with a logo (`logo` is where it is named), since an accessible PDF
/// cannot hold an image without one.
fn read_logo_alt(table: &mut Table, logo: Option<std::ops::Range<usize>>) -> Option<String> {
    let alt = table.string("logotyp_alttext");
    let hint = crate::t!("plan-logo-alt-hint");
    match (&alt, logo) {
        (Some(text), _) if text.get_ref().trim().is_empty() => table.report(
            error_at(
                table.file,
                text.span(),
                crate::msg!("plan-logo-alt-empty"),
                crate::t!("plan-logo-alt-empty.label"),
            )
            .hint(hint),
        ),
        (None, Some(logo)) if !table.contains("logotyp_alttext") => table.report(
            error_at(
                table.file,
                logo,
                crate::msg!("plan-logo-alt-missing"),
                crate::t!("plan-logo-alt-missing.label"),
            )
            .hint(hint),
        ),
        _ => {}
    }
    alt.map(Spanned::into_inner)
}

/// `pdfstandard`: names typst knows, in a combination one PDF can meet;
/// without the key, the default for a region that attaches its sources or not.
fn read_pdf_standard(root: &mut Table, attach_sources: bool, cx: &mut Context) -> Vec<String> {
    if !root.contains("pdfstandard") {
        let names = standard::default_names(attach_sources);
        return names.iter().map(|n| (*n).to_owned()).collect();
    }
    let span = root.get("pdfstandard").map(|v| v.span());
    let Some(names) = root.string_list("pdfstandard") else {
        return Vec::new();
    };
    let file = root.file;
    if let Some(span) = &span {
        cx.positions
            .set(Locus::Key(REGION.name, "pdfstandard"), file, span.clone());
    }
    for name in &names {
        if let Err(refusal) = standard::Choice::new(&[name.get_ref()]) {
            let label = crate::t!("plan-not-a-pdf-standard");
            root.report(refused(file, name.span(), refusal, &label));
            return Vec::new();
        }
    }
    let plain: Vec<String> = names
        .iter()
        .map(|n| n.get_ref().trim().to_owned())
        .collect();
    match standard::Choice::new(&plain) {
        Ok(_) => plain,
        Err(refusal) => {
            let whole = span.unwrap_or_else(|| root.span.clone());
            let label = crate::t!("plan-standards-exclude");
            root.report(refused(file, whole, refusal, &label));
            Vec::new()
        }
    }
}

fn refused(
    file: FileId,
    span: std::ops::Range<usize>,
    refusal: standard::Refusal,
    label: &str,
) -> Problem {
    refusal
        .hints
        .into_iter()
        .fold(error_at(file, span, refusal.message, label), |p, h| {
            p.hint(h)
        })
}

/// Whether a path written in region.toml stays inside the region folder;
/// `label` marks the path if it does not.
fn path_inside(table: &mut Table, path: &Spanned<String>, label: String) -> bool {
    match relative(path.get_ref()) {
        Ok(_) => true,
        Err(_) => {
            let problem = named_at(outside(path.get_ref()), table.file, path.span(), &label);
            table.report(problem.hint(crate::t!("plan-region-path-outside")));
            false
        }
    }
}

/// Whether a name can be a TOML bare key for an activity field.
pub fn is_field_name(name: &str) -> bool {
    let well_formed = name.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    BUILTIN_FIELDS.contains(&name) || (well_formed && !reserved(name))
}

/// A key activities have for something other than a column: `id`,
/// `titel`, `status` … (the activity table's keys that are not columns).
fn reserved(name: &str) -> bool {
    !BUILTIN_FIELDS.contains(&name) && ACTIVITY.names().any(|key| key == name)
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn is_hex_colour(s: &str) -> bool {
    s.len() == 7 && s.starts_with('#') && s[1..].bytes().all(|b| b.is_ascii_hexdigit())
}
