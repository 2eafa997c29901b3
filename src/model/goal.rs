//! The region's goals and their indicators (`mal.toml`), which activities serve.

use super::Rich;

/// A goal or sub-goal of the region (`[[mal]]` in mal.toml).
#[derive(Debug, Clone, PartialEq)]
pub struct Goal {
    /// Its id, which activities name in `mal = ["…"]`.
    pub id: String,
    /// Its heading, e.g. "Minskad förskrivning av antibiotika".
    pub heading: String,
    pub description: Option<Rich>,
    /// The id of the goal it is a sub-goal of (`overordnat`), if any.
    pub parent: Option<String>,
    /// How the goal is followed up.
    pub indicators: Vec<Indicator>,
}

/// An indicator that follows a goal up (`[[mal.indikator]]`).
#[derive(Debug, Clone, PartialEq)]
pub struct Indicator {
    pub id: String,
    pub name: String,
    pub kind: IndicatorKind,
    /// The unit of a number, e.g. "kr per invånare".
    pub unit: Option<String>,
    pub target: Option<Target>,
    pub direction: Option<Direction>,
    /// Where the value comes from, e.g. "Läkemedelsstatistik".
    pub source: Option<String>,
}

/// What an indicator measures (`typ`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IndicatorKind {
    /// A number with a unit.
    Count,
    /// A share in percent.
    Share,
    /// Yes or no.
    YesNo,
    /// A qualitative description.
    Text,
}

/// An indicator's target value (`malvarde`), of its kind.
#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    Number(f64),
    YesNo(bool),
    Text(String),
}

/// Which way a numeric indicator should go (`riktning`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Increase,
    Decrease,
}

written_as!(IndicatorKind {
    Count => "antal",
    Share => "andel",
    YesNo => "ja/nej",
    Text => "text",
});

written_as!(Direction {
    Increase => "öka",
    Decrease => "minska",
});

impl IndicatorKind {
    /// Whether its values are numbers (and it may have a direction).
    pub fn is_numeric(self) -> bool {
        matches!(self, IndicatorKind::Count | IndicatorKind::Share)
    }
}
