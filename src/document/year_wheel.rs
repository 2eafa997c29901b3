//! The follow-up report's årshjul (year wheel): per month of one year, the activities due by their `tid`, the follow-up rounds and the registered bodies' meetings.
//!
//! The activities are the report's rows, which are the activities the plan
//! document prints (hidden ones stay out, as there), numbered as it numbers
//! them. An activity is due in every month its `tid` names
//! ([`due::read_each`], the reading "försenad enligt tid" uses). Those the
//! wheel cannot place (no `tid`, a continuous or unreadable one, or only
//! times in other years) are counted, and the report says so.

use serde::Serialize;

use super::due::{self, Times};
use super::followup::FollowUpArea;
use crate::model::{Date, Organ, Period, Round};

/// What the wheel shows, outermost ring first: every format names the
/// kinds so, with the same symbols (the figure's markers have their
/// shapes), none of them a status's symbol.
pub const KINDS: [WheelKind; 3] = [
    WheelKind {
        key: "aktiviteter",
        symbol: "★",
        heading: "Aktiviteter som ska vara klara",
        ring: "yttre ringen",
    },
    WheelKind {
        key: "moten",
        symbol: "◉",
        heading: "Möten i organen",
        ring: "mellersta ringen",
    },
    WheelKind {
        key: "omgangar",
        symbol: "⚑",
        heading: "Uppföljningsomgångar",
        ring: "inre ringen",
    },
];

/// A kind of entry on the wheel.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct WheelKind {
    pub key: &'static str,
    /// The symbol before the kind's heading, the shape of its marker in the figure.
    pub symbol: &'static str,
    pub heading: &'static str,
    /// Where in the figure: "yttre ringen".
    pub ring: &'static str,
}

/// Where each kind's entries are in [`WheelMonth::entries`].
pub const ACTIVITIES: usize = 0;
pub const MEETINGS: usize = 1;
pub const ROUNDS: usize = 2;

/// The årshjul of one calendar year.
#[derive(Debug, Clone, Default, Serialize)]
pub struct YearWheel {
    /// The year shown: the year of the report's round (its `datum`), the
    /// year being followed up, also in a plan for several years.
    pub year: i32,
    /// What the figure shows, for screen readers and as the PDF's
    /// alternative text: the kinds, their rings and their totals.
    pub description: String,
    /// The kinds of entry, in the order of a month's lists ([`KINDS`]).
    pub kinds: Vec<WheelKind>,
    /// January to December, always twelve.
    pub months: Vec<WheelMonth>,
    /// The entries of each kind over the year, in the order of [`KINDS`]:
    /// an activity due in two months counts twice.
    pub totals: Vec<usize>,
    /// The printed activities the wheel does not place, by why.
    pub not_placed: NotPlaced,
    /// What the report says of them ("Årshjulet visar inte 5 aktiviteter
    /// med löpande tid."), or "" when every activity is placed.
    pub not_placed_note: String,
}

/// One month of the wheel.
#[derive(Debug, Clone, Serialize)]
pub struct WheelMonth {
    /// 1 for January.
    pub number: u8,
    /// The month's name as printed: "Januari".
    pub name: String,
    /// The month's entries of each kind, in the order of [`KINDS`], each
    /// as every format prints it: the activities due, in the plan's order
    /// ("Ekonomiskt mål: 2. Uppföljning tertialvis …"); the registered
    /// bodies' meetings, by date, then in the register's order
    /// ("Läkemedelskommittén (2022-02-10)"); the follow-up rounds, by date
    /// ("Uppföljning juni 2022 (2022-06-15)").
    pub entries: Vec<Vec<String>>,
}

/// Counts of the printed activities the wheel does not place.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct NotPlaced {
    /// With no `tid` at all.
    pub without: usize,
    /// "Löpande" and the like.
    pub continuous: usize,
    /// Naming no time that could be read.
    pub unreadable: usize,
    /// Naming times only in other years than the wheel's.
    pub other_years: usize,
}

/// What the wheel is drawn from.
pub struct Sources<'a> {
    /// The report's areas, whose rows are the activities the plan prints.
    pub areas: &'a [FollowUpArea],
    pub period: Period,
    /// The plan's rounds, oldest first.
    pub rounds: &'a [Round],
    /// The round the report is of.
    pub this_round: &'a Round,
    pub register: &'a [Organ],
}

impl YearWheel {
    /// The wheel of the year of `sources.this_round`.
    pub fn new(sources: &Sources) -> Self {
        let year = sources.this_round.date.year();
        let mut wheel = YearWheel {
            year,
            months: (1..=12u8)
                .map(|number| WheelMonth {
                    number,
                    name: due::month_name(number),
                    entries: vec![Vec::new(); KINDS.len()],
                })
                .collect(),
            kinds: KINDS.to_vec(),
            ..YearWheel::default()
        };
        wheel.place_activities(sources.areas, sources.period);
        for round in sources.rounds {
            let this = if round.key == sources.this_round.key {
                ", denna rapport"
            } else {
                ""
            };
            let entry = format!("{} ({}{this})", one_line(&round.title), round.date);
            wheel.place(round.date, ROUNDS, entry);
        }
        let mut meetings: Vec<(Date, usize, &Organ)> = (sources.register.iter().enumerate())
            .flat_map(|(i, organ)| organ.meetings.iter().map(move |d| (*d, i, organ)))
            .collect();
        meetings.sort_by_key(|(date, i, _)| (*date, *i));
        for (date, _, organ) in meetings {
            let entry = format!("{} ({date})", one_line(&organ.name));
            wheel.place(date, MEETINGS, entry);
        }
        wheel.totals = (0..KINDS.len())
            .map(|k| wheel.months.iter().map(|m| m.entries[k].len()).sum())
            .collect();
        wheel.not_placed_note = wheel.not_placed.note(year);
        wheel.description = wheel.description();
        wheel
    }

    /// Places each printed activity in every month of the year its `tid` names.
    fn place_activities(&mut self, areas: &[FollowUpArea], period: Period) {
        for area in areas {
            for row in &area.rows {
                if row.tid.trim().is_empty() {
                    self.not_placed.without += 1;
                    continue;
                }
                let ends = match due::read_each(&row.tid, period) {
                    Times::Each(ends) => ends,
                    Times::Continuous => {
                        self.not_placed.continuous += 1;
                        continue;
                    }
                    Times::Unreadable => {
                        self.not_placed.unreadable += 1;
                        continue;
                    }
                };
                let mut months: Vec<u8> = (ends.iter())
                    .filter(|end| end.year() == self.year)
                    .map(|end| end.month())
                    .collect();
                months.sort_unstable();
                months.dedup();
                if months.is_empty() {
                    self.not_placed.other_years += 1;
                }
                let entry = one_line(&format!("{}: {} {}", area.heading, row.label, row.text));
                for month in months {
                    self.months[usize::from(month) - 1].entries[ACTIVITIES].push(entry.clone());
                }
            }
        }
    }

    /// Adds `entry` to the entries of kind `kind` of `date`'s month, if
    /// `date` is in the wheel's year.
    fn place(&mut self, date: Date, kind: usize, entry: String) {
        if date.year() == self.year {
            self.months[usize::from(date.month()) - 1].entries[kind].push(entry);
        }
    }

    /// The figure's description: "Årshjul 2022: årets tolv månader, med
    /// antalet per månad av …".
    fn description(&self) -> String {
        let kinds: Vec<String> = (self.kinds.iter().zip(&self.totals))
            .map(|(kind, total)| {
                let heading = kind.heading.to_lowercase();
                format!(
                    "{heading} ({} {}, {total} under året)",
                    kind.symbol, kind.ring
                )
            })
            .collect();
        format!(
            "Årshjul {}: årets tolv månader, med antalet per månad av {}. \
             Tabellen efter figuren har samma uppgifter.",
            self.year,
            and_list(&kinds)
        )
    }

    /// Calls `f` with every text the wheel prints.
    pub fn for_each_text(&self, f: &mut dyn FnMut(&str)) {
        for month in &self.months {
            f(&month.name);
            month.entries.iter().flatten().for_each(|e| f(e));
        }
        for kind in &self.kinds {
            f(kind.symbol);
            f(kind.heading);
        }
        f(&self.not_placed_note);
        f(&self.description);
    }
}

impl NotPlaced {
    /// The sentence saying which activities the wheel of `year` leaves out, or "".
    fn note(&self, year: i32) -> String {
        let counted = |n: usize, why: &str| {
            let noun = if n == 1 { "aktivitet" } else { "aktiviteter" };
            (n > 0).then(|| format!("{n} {noun} {why}"))
        };
        let parts: Vec<String> = [
            counted(self.without, "utan tid"),
            counted(self.continuous, "med löpande tid"),
            counted(self.unreadable, "vars tid inte kunde läsas"),
            counted(
                self.other_years,
                &format!("vars tid ligger i ett annat år än {year}"),
            ),
        ]
        .into_iter()
        .flatten()
        .collect();
        match parts.is_empty() {
            true => String::new(),
            false => format!("Årshjulet visar inte {}.", and_list(&parts)),
        }
    }
}

/// Items as Swedish running text: "a, b och c".
pub fn and_list(items: &[String]) -> String {
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} och {last}", rest.join(", ")),
    }
}

/// `text` on one line, its runs of whitespace one space each.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_note_names_every_reason_in_swedish() {
        let none = NotPlaced::default();
        assert_eq!(none.note(2022), "");
        let some = NotPlaced {
            without: 0,
            continuous: 5,
            unreadable: 1,
            other_years: 2,
        };
        assert_eq!(
            some.note(2022),
            "Årshjulet visar inte 5 aktiviteter med löpande tid, 1 aktivitet vars tid \
             inte kunde läsas och 2 aktiviteter vars tid ligger i ett annat år än 2022."
        );
        let one = NotPlaced {
            unreadable: 1,
            ..NotPlaced::default()
        };
        assert_eq!(
            one.note(2022),
            "Årshjulet visar inte 1 aktivitet vars tid inte kunde läsas."
        );
    }
}
