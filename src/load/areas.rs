//! The plan's areas: reading the files `omraden` lists (each once, by a
//! valid name, within the size limits) and finding area files nobody listed.

use std::path::Path;

use super::folder::ReadError;
use super::{Loader, MAX_ACTIVITIES, MAX_AREAS, Unread, area, read_problem};
use crate::format::layout;
use crate::model::{Area, Period, Plan, Region};
use crate::report::{FileId, Hint, Message, Problem, error, error_at, named_at};

/// The areas read, and what else the plan may hold that they do not show.
pub(super) struct AreasRead {
    pub areas: Vec<Area>,
    /// The activity ids written in listed area files that could not be
    /// parsed; `None` when a listed area file could not be read at all, so
    /// that any id may be one of its.
    pub other_ids: Option<Vec<String>>,
    /// Every activity id read, with where it is written.
    pub ids: area::Ids,
}

impl Loader<'_> {
    pub(super) fn read_areas(
        &mut self,
        names: &[toml::Spanned<String>],
        plan_toml: Option<FileId>,
        region: Option<&Region>,
        period: Option<Period>,
    ) -> AreasRead {
        let mut ids = area::Ids::default();
        let mut listed: Vec<&str> = Vec::new();
        let mut areas = Vec::new();
        let mut other_ids = Some(Vec::new());
        for name in names {
            let key = name.get_ref().as_str();
            let at = |message: Message, label: String, hint: String| match plan_toml {
                Some(file) => error_at(file, name.span(), message, label).hint(hint),
                None => error(message).hint(hint),
            };
            if let Some(problem) = name_problem(key, &listed, at) {
                if !listed.contains(&key) {
                    other_ids = None;
                }
                self.problems.push(problem);
                continue;
            }
            listed.push(key);
            if areas.len() >= MAX_AREAS {
                self.problems.push(at(
                    crate::msg!("plan-too-many-areas", max = MAX_AREAS),
                    crate::t!("plan-too-many-areas.label"),
                    crate::t!("plan-too-many-areas.hint"),
                ));
                other_ids = None;
                break;
            }
            let key = self.area_key_on_disk(key);
            let key = key.as_str();
            let path = self.plan_dir.join(layout::area_file(key));
            if let Some(problem) = self.missing_area_file(&path, name, plan_toml, at) {
                self.problems.push(problem);
                other_ids = None;
                continue;
            }
            match self.read_area(&path, key, areas.len(), region, period, &mut ids) {
                Ok(area) => areas.push(area),
                Err(Unread::Unparsed { ids }) => other_ids
                    .iter_mut()
                    .for_each(|other| other.extend_from_slice(&ids)),
                Err(Unread::NotRead) => other_ids = None,
            }
            if rows(&areas) > MAX_ACTIVITIES {
                // Stop reading: the plan is refused anyway (`check_size`),
                // and more areas would only take more memory.
                other_ids = None;
                break;
            }
        }
        AreasRead {
            areas,
            other_ids,
            ids,
        }
    }

    /// Reads the area file at `path`, named `key`, the `index`-th area.
    fn read_area(
        &mut self,
        path: &Path,
        key: &str,
        index: usize,
        region: Option<&Region>,
        period: Option<Period>,
        ids: &mut area::Ids,
    ) -> Result<Area, Unread> {
        match region {
            Some(region) => self.read_toml(path, &crate::format::AREA, |table, cx| {
                area::read(table, key, index, region, period, ids, cx)
            }),
            // Without the region's columns, check the TOML syntax only.
            None => self
                .read_toml(path, &crate::format::AREA, |_, _| ((), Vec::new()))
                .and(Err(Unread::NotRead)),
        }
    }

    /// Why a listed area file cannot be read (when plan.toml lists it), if
    /// it cannot.
    fn missing_area_file(
        &self,
        path: &Path,
        name: &toml::Spanned<String>,
        plan_toml: Option<FileId>,
        at: impl Fn(Message, String, String) -> Problem,
    ) -> Option<Problem> {
        match (self.folder.kind(path), plan_toml) {
            (Err(ReadError::NotFound), Some(_)) => {
                let shown = self.folder.display(path);
                Some(at(
                    crate::msg!("plan-no-area-file", file = shown),
                    crate::t!("plan-listed-here"),
                    crate::t!("plan-no-area-file.hint"),
                ))
            }
            (Err(e), Some(file)) => {
                let what = crate::t!("plan-area-file");
                let problem = read_problem(self.folder, path, &e, &what);
                let label = crate::t!("plan-listed-here");
                Some(named_at(problem, file, name.span(), &label))
            }
            _ => None,
        }
    }

    /// The file name in `omraden/` that `key` names: `key` itself when that
    /// file is there, else the one name on disk that differs from it only in
    /// Unicode normalisation (NFC/NFD), else `key`.
    fn area_key_on_disk(&self, key: &str) -> String {
        let path = self.plan_dir.join(layout::area_file(key));
        if key.is_ascii() || self.folder.kind(&path).is_ok() {
            return key.to_owned();
        }
        let on_disk = self.area_files_on_disk();
        let mut same = on_disk
            .iter()
            .filter(|stem| layout::same_area_key(stem.get_ref(), key));
        match (same.next(), same.next()) {
            (Some(stem), None) => stem.get_ref().clone(),
            _ => key.to_owned(),
        }
    }

    /// The area files in `omraden/`, for when plan.toml cannot say which.
    pub(super) fn area_files_on_disk(&self) -> Vec<toml::Spanned<String>> {
        let dir = self.plan_dir.join(layout::AREAS_FOLDER);
        let names = self.folder.list(&dir).unwrap_or_default();
        names
            .iter()
            .filter_map(|n| layout::area_key(n))
            .map(|stem| toml::Spanned::new(0..0, stem.to_owned()))
            .collect()
    }

    /// Area files nobody listed are most likely forgotten.
    pub(super) fn check_unlisted_areas(
        &mut self,
        listed: &[toml::Spanned<String>],
        plan_toml: Option<FileId>,
    ) {
        for stem in self.area_files_on_disk() {
            if listed
                .iter()
                .any(|l| layout::same_area_key(l.get_ref(), stem.get_ref()))
            {
                continue;
            }
            let stem = stem.into_inner();
            let path = self.plan_dir.join(layout::area_file(&stem));
            let problem = error(crate::msg!(
                "plan-unlisted-area",
                file = self.folder.display(&path)
            ))
            .hint(crate::t!("plan-unlisted-area.hint", stem = &stem));
            let list = listed.first().zip(listed.last());
            let problem = match (plan_toml, list) {
                (Some(file), Some((first, last))) => named_at(
                    problem,
                    file,
                    first.span().start..last.span().end,
                    &crate::t!("plan-unlisted-area.label"),
                ),
                _ => problem,
            };
            self.problems.push(problem);
        }
    }

    /// A documented limit instead of running out of memory.
    pub(super) fn check_size(&mut self, plan: &Plan) {
        let rows = rows(&plan.areas);
        if rows > MAX_ACTIVITIES {
            self.problems.push(
                error(crate::msg!(
                    "plan-too-many-activities",
                    count = rows,
                    max = MAX_ACTIVITIES
                ))
                .hint(crate::t!("plan-too-many-activities.hint")),
            );
        }
    }
}

/// Table rows the areas make: one per activity, or one per part.
fn rows(areas: &[Area]) -> usize {
    areas
        .iter()
        .flat_map(|a| &a.activities)
        .map(|a| a.parts.len().max(1))
        .sum()
}

/// What is wrong with an area's name in `omraden`, if anything: listed
/// twice, or not a file name.
fn name_problem(
    key: &str,
    listed: &[&str],
    at: impl Fn(Message, String, String) -> Problem,
) -> Option<Problem> {
    if listed.iter().any(|l| layout::same_area_key(l, key)) {
        return Some(at(
            crate::msg!("plan-area-listed-twice", key = key),
            crate::t!("plan-area-listed-twice.label"),
            crate::t!("plan-area-listed-twice.hint"),
        ));
    }
    (!layout::is_area_key(key)).then(|| {
        at(
            crate::msg!("plan-not-an-area-name", key = key),
            crate::t!("plan-not-an-area-name.label"),
            crate::t!("plan-not-an-area-name.hint"),
        )
    })
}
