//! Follow-up rounds (`uppfoljning/<omgång>.toml`): what was reported on the plan's activities and indicators at a date.

use super::{Date, Rich, StatusKind};

/// One follow-up round of a plan: its file `uppfoljning/<key>.toml`.
#[derive(Debug, Clone, PartialEq)]
pub struct Round {
    /// The file name in `uppfoljning/` without `.toml`, e.g. "2022-06".
    pub key: String,
    /// The day the round was made (`datum`).
    pub date: Date,
    /// The round's heading (`rubrik`).
    pub title: String,
    /// What was reported on activities, in the order written.
    pub activities: Vec<RoundActivity>,
    /// What was measured for indicators, in the order written.
    pub indicators: Vec<RoundIndicator>,
}

impl Round {
    /// The entry for the activity `id`, if the round reports on it.
    pub fn activity(&self, id: &str) -> Option<&RoundActivity> {
        self.activities.iter().find(|a| a.id == id)
    }
}

/// What the region calls the follow-up statuses (`[statusnamn]` in
/// region.toml). Round files write the vocabulary's words; the outputs
/// print the region's name for a status it names, and the standard label
/// ("Genomförd") for the others.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StatusNames(pub Vec<(RoundStatus, String)>);

impl StatusNames {
    /// The label every output prints for `status`.
    pub fn label(&self, status: RoundStatus) -> &str {
        (self.0.iter())
            .find(|(s, _)| *s == status)
            .map_or(status.label(), |(_, name)| name.as_str())
    }
}

/// One activity's report in a round (`[[aktivitet]]`).
#[derive(Debug, Clone, PartialEq)]
pub struct RoundActivity {
    /// The activity's `id` in the plan's area files.
    pub id: String,
    pub status: RoundStatus,
    pub comment: Option<Rich>,
    /// Who reported: bodies, one per line (`rapporterad_av`).
    pub reported_by: Vec<String>,
    /// The day it was reported (`rapporterad`).
    pub reported: Option<Date>,
}

/// One indicator's value in a round (`[[indikator]]`).
#[derive(Debug, Clone, PartialEq)]
pub struct RoundIndicator {
    /// The indicator's id (in the region's goals, `mal.toml`).
    pub id: String,
    pub value: Measure,
    /// The day the value was measured (`datum`).
    pub date: Option<Date>,
    pub comment: Option<Rich>,
}

/// An indicator's value: a number, yes or no, or a text such as "uppnått".
#[derive(Debug, Clone, PartialEq)]
pub enum Measure {
    Number(f64),
    YesNo(bool),
    Text(String),
}

impl std::fmt::Display for Measure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Measure::Number(n) => write!(f, "{n}"),
            Measure::YesNo(true) => f.write_str("ja"),
            Measure::YesNo(false) => f.write_str("nej"),
            Measure::Text(t) => f.write_str(t),
        }
    }
}

/// How far an activity has come, as a round reports it. A fixed
/// vocabulary: every output shows a status with its label and its symbol,
/// never by colour alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoundStatus {
    NotStarted,
    Ongoing,
    Delayed,
    Done,
    InOperation,
    Closed,
    Cancelled,
}

written_as!(RoundStatus {
    NotStarted => "ej påbörjad",
    Ongoing => "pågår",
    Delayed => "försenad",
    Done => "genomförd",
    InOperation => "i förvaltning",
    Closed => "avslutad",
    Cancelled => "inställd",
});

impl RoundStatus {
    /// The status as a report prints it: "Ej påbörjad".
    pub fn label(self) -> &'static str {
        match self {
            RoundStatus::NotStarted => "Ej påbörjad",
            RoundStatus::Ongoing => "Pågår",
            RoundStatus::Delayed => "Försenad",
            RoundStatus::Done => "Genomförd",
            RoundStatus::InOperation => "I förvaltning",
            RoundStatus::Closed => "Avslutad",
            RoundStatus::Cancelled => "Inställd",
        }
    }

    /// The symbol printed before the label, one shape per status (from
    /// Unicode's geometric shapes and dingbats, which the bundled Noto Sans
    /// Symbols 2 draws), so that statuses differ without colour.
    pub fn symbol(self) -> &'static str {
        match self {
            RoundStatus::NotStarted => "○",
            RoundStatus::Ongoing => "◐",
            RoundStatus::Delayed => "▲",
            RoundStatus::Done => "●",
            RoundStatus::InOperation => "◆",
            RoundStatus::Closed => "■",
            RoundStatus::Cancelled => "✕",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|s| s.key() == key)
    }

    /// The plan status (`status` in the area file) this report means: an
    /// activity done, in operation or closed has ended as finished
    /// (`avslutad`), a cancelled one as cancelled (`inställd`); the others
    /// are still open (`None`).
    pub fn ended_as(self) -> Option<StatusKind> {
        match self {
            RoundStatus::Done | RoundStatus::InOperation | RoundStatus::Closed => {
                Some(StatusKind::Finished)
            }
            RoundStatus::Cancelled => Some(StatusKind::Cancelled),
            RoundStatus::NotStarted | RoundStatus::Ongoing | RoundStatus::Delayed => None,
        }
    }

    /// The statuses that report an activity ended as `kind`.
    pub fn ending_as(kind: StatusKind) -> Vec<RoundStatus> {
        (Self::ALL.iter().copied())
            .filter(|s| s.ended_as() == Some(kind))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_has_its_own_label_and_symbol() {
        let mut symbols: Vec<&str> = RoundStatus::ALL.iter().map(|s| s.symbol()).collect();
        symbols.sort_unstable();
        symbols.dedup();
        assert_eq!(symbols.len(), RoundStatus::ALL.len());
        for status in RoundStatus::ALL {
            assert_eq!(status.label().to_lowercase(), status.key());
            assert_eq!(RoundStatus::from_key(status.key()), Some(*status));
        }
    }

    #[test]
    fn ended_statuses_name_the_plans_end() {
        assert_eq!(
            RoundStatus::ending_as(StatusKind::Finished),
            [
                RoundStatus::Done,
                RoundStatus::InOperation,
                RoundStatus::Closed
            ]
        );
        assert_eq!(
            RoundStatus::ending_as(StatusKind::Cancelled),
            [RoundStatus::Cancelled]
        );
    }
}
