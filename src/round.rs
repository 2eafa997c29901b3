//! `handlingsplan uppfoljning ny`: writes the next follow-up round's file of a plan, every printed activity listed and ready to fill in.
//!
//! The file (`uppfoljning/<ÅÅÅÅ-MM>.toml`, after the round's date) lists
//! each activity the plan's documents print, by `id`, with its number and
//! the start of its text as comments, and its status carried over from the
//! latest round before it (or, without one, "ej påbörjad"; an activity the
//! area file ended gets that end, as the status rule wants). It passes
//! `check` and `fmt --check` as written, is written through the one writer,
//! and never replaces a file.

use std::path::{Path, PathBuf};

use crate::document::Document;
use crate::format::layout;
use crate::load::{self, Loaded, Report};
use crate::model::{Date, Organ, Round, RoundStatus, Status};
use crate::report::{Hint, Problem, error};
use crate::write::{Batch, Before};

/// What to write the round for.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The round's date; today when `None`.
    pub date: Option<Date>,
    /// The body that reports (`rapporterad_av` of every entry).
    pub organ: Option<String>,
}

/// The round file written.
#[derive(Debug, Clone)]
pub struct Written {
    pub path: PathBuf,
    /// How many activities it lists.
    pub activities: usize,
}

/// Swedish month names, for the round's heading.
const MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
];

/// Writes the next round of the plan in `plan_dir`.
pub fn next(plan_dir: &Path, options: &Options) -> Result<Written, Report> {
    let loaded = load::load(plan_dir).map_err(|mut report| {
        report.problems.push(
            error(crate::msg!("round-needs-clean-plan"))
                .hint(crate::t!("round-needs-clean-plan.hint")),
        );
        report
    })?;
    let date = options.date.or_else(today).ok_or_else(|| {
        Report::single(error(crate::msg!("round-no-date")).hint(crate::t!("round-no-date.hint")))
    })?;
    let period = loaded.plan.period;
    if !(period.first..=period.last).contains(&date.year()) {
        return Err(Report::single(
            error(crate::msg!(
                "round-date-outside",
                date = date.to_string(),
                period = period.to_string()
            ))
            .hint(crate::t!("round-date-outside.hint")),
        ));
    }
    let organ = match &options.organ {
        Some(name) => Some(registered(name, &loaded.region.register).map_err(Report::single)?),
        None => None,
    };
    let key = format!("{:04}-{:02}", date.year(), date.month());
    let relative = layout::round_file(&key);
    let path = plan_dir.join(&relative);
    if path.exists() || path.is_symlink() {
        let shown = path.to_string_lossy().replace('\\', "/");
        return Err(Report::single(
            error(crate::msg!("round-exists", path = shown)).hint(crate::t!("round-exists.hint")),
        ));
    }
    let entries = entries(&loaded, date).map_err(Report::single)?;
    let text = file_text(&loaded, date, organ.as_deref(), &entries);
    let mut sources = crate::report::Sources::default();
    let name = path.to_string_lossy().into_owned();
    let text = crate::fmt::format_text(&text, &crate::format::ROUND, &mut sources, &name).map_err(
        |problem| Report {
            sources,
            problems: vec![problem],
        },
    )?;
    let mut batch = Batch::new();
    batch.add(plan_dir, &relative, text.as_bytes(), Before::Absent);
    batch.commit()?;
    Ok(Written {
        path,
        activities: entries.len(),
    })
}

/// Today's date (UTC), from the system clock.
fn today() -> Option<Date> {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_secs();
    Date::from_unix(i64::try_from(seconds).ok()?).map(|(date, _)| date)
}

/// The register's own spelling of `name` (a name, abbreviation or alias
/// of a body, in any case); any name when the region keeps no register.
fn registered(name: &str, register: &[Organ]) -> Result<String, Problem> {
    if register.is_empty() {
        return Ok(name.to_owned());
    }
    load::organ::find(register, name).map(|(_, spelling)| spelling.to_owned())
}

/// One activity of the new round.
struct Entry {
    id: String,
    /// The title of the activity's area.
    area: String,
    /// "1.3 Läkemedelsgenomgångar …": the number and the start of the text.
    about: String,
    status: RoundStatus,
    /// Where the status comes from: "förra omgången (2022-06): pågår".
    carried: String,
}

/// Every activity the documents print, in the plan's order; an error if one
/// of them has no id (a round names activities by id).
fn entries(loaded: &Loaded, date: Date) -> Result<Vec<Entry>, Problem> {
    let document = Document::new(loaded);
    let earlier: Vec<&Round> = (loaded.plan.rounds.iter())
        .filter(|r| r.date <= date)
        .collect();
    let mut entries = Vec::new();
    for (area, doc) in loaded.plan.areas.iter().zip(&document.areas) {
        for printed in &doc.activities {
            let activity = &area.activities[printed.index];
            let Some(id) = &activity.id else {
                let number = printed.label.trim_end_matches('.');
                return Err(
                    error(crate::msg!("round-activity-without-id", number = number))
                        .hint(crate::t!("round-activity-without-id.hint")),
                );
            };
            let text = (activity.title.clone())
                .or_else(|| activity.text.as_ref().map(|t| t.plain_text()))
                .or_else(|| activity.parts.first().map(|p| p.text.plain_text()))
                .unwrap_or_default();
            let previous =
                (earlier.iter().rev()).find_map(|r| Some((r.key.as_str(), r.activity(id)?.status)));
            let (status, carried) = carried(previous, activity.status.as_ref(), date);
            entries.push(Entry {
                id: id.clone(),
                area: area.title.clone(),
                about: format!("{} {}", printed.label, short(&text))
                    .trim()
                    .to_owned(),
                status,
                carried,
            });
        }
    }
    Ok(entries)
}

/// The status an entry starts with, and a comment on where it comes from:
/// the latest earlier round's, else "ej påbörjad"; either replaced by the
/// area file's end when the status rule would refuse it.
fn carried(
    previous: Option<(&str, RoundStatus)>,
    plan: Option<&Status>,
    date: Date,
) -> (RoundStatus, String) {
    let (status, mut comment) = match previous {
        Some((key, status)) => (status, format!("förra omgången ({key}): {}", status.key())),
        None => (RoundStatus::NotStarted, "ingen tidigare omgång".to_owned()),
    };
    if load::round_conflict(plan, status, date).is_none() {
        return (status, comment);
    }
    let ended = plan.filter(|s| s.kind.has_ended());
    let status = match ended.and_then(|s| RoundStatus::ending_as(s.kind).pop()) {
        Some(end) => end,
        None => RoundStatus::NotStarted,
    };
    if let Some(s) = ended {
        let since = s.date.map(|d| format!(" {d}")).unwrap_or_default();
        comment += &format!("; {} i områdesfilen{since}", s.kind.key());
    }
    (status, comment)
}

/// The first words of `text`, on one line, at most about 70 characters.
fn short(text: &str) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() <= 70 {
        return line;
    }
    let cut: String = line.chars().take(70).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{cut} …")
}

/// The round file's text (formatted afterwards).
fn file_text(loaded: &Loaded, date: Date, organ: Option<&str>, entries: &[Entry]) -> String {
    let quote = crate::fmt::basic_string;
    let month = MONTHS[usize::from(date.month()) - 1];
    let mut out = format!(
        "# Uppföljning {date} av {}.\n\
         # Status är en av: ej påbörjad, pågår, försenad, genomförd, i förvaltning,\n\
         # avslutad, inställd. Genomförd, i förvaltning, avslutad och inställd kräver\n\
         # att aktivitetens områdesfil säger detsamma (status och status_datum).\n\n\
         datum = {date}\nrubrik = {}\n",
        loaded.plan.meta.titel,
        quote(&format!("Uppföljning {month} {}", date.year())),
    );
    let mut area = None;
    for entry in entries {
        if area != Some(&entry.area) {
            out += &format!("\n# Område: {}\n", entry.area);
            area = Some(&entry.area);
        }
        out += &format!(
            "\n# {}\n# {}\n[[aktivitet]]\nid = {}\nstatus = {}\nkommentar = \"\"\n",
            entry.about,
            entry.carried,
            quote(&entry.id),
            quote(entry.status.key()),
        );
        if let Some(organ) = organ {
            out += &format!("rapporterad_av = {}\n", quote(organ));
        }
    }
    out
}
