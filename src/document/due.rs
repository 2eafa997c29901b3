//! Due dates read from an activity's `tid` ("juni", "Q3", "tertial 2", "vecka 23", "2022"), for the follow-up report's "försenad enligt tid" and its årshjul.
//!
//! A `tid` names months, quarters, tertials, weeks, seasons or years, in
//! Swedish, in any order and case, with filler words between ("senast i
//! juni", "januari och november"). The due date is the last day of the
//! latest time it names ([`read`]); the årshjul places the activity at the
//! end of every time it names ([`read_each`]), by the same reading. A month, quarter, tertial, week or season without
//! a year of its own (a year right after it) falls in the plan's last
//! year: in a plan for 2026–2027, "juni" is due in June 2027 at the
//! latest. Words such as "löpande" say the activity has no due date. A
//! `tid` naming no time at all cannot be read, and the report says so.

use crate::model::{Date, Period};

/// What an activity's `tid` says about when it is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Due {
    /// Due by the end of this day.
    By(Date),
    /// Ongoing: no due date ("löpande", "kontinuerligt").
    Continuous,
    /// No time could be read from it.
    Unreadable,
}

/// Swedish month names and their short forms, by month (from 1).
const MONTHS: [(&str, &str); 12] = [
    ("januari", "jan"),
    ("februari", "feb"),
    ("mars", "mar"),
    ("april", "apr"),
    ("maj", "maj"),
    ("juni", "jun"),
    ("juli", "jul"),
    ("augusti", "aug"),
    ("september", "sep"),
    ("oktober", "okt"),
    ("november", "nov"),
    ("december", "dec"),
];

/// The month's name as a heading or label prints it: "Januari" for 1.
pub fn month_name(month: u8) -> String {
    let long = MONTHS[usize::from(month.clamp(1, 12)) - 1].0;
    let mut chars = long.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Words that say an activity runs on without a due date.
const CONTINUOUS: [&str; 7] = [
    "löpande",
    "fortlöpande",
    "kontinuerligt",
    "kontinuerlig",
    "pågående",
    "årligen",
    "återkommande",
];

/// A time a `tid` names, before its year is known: the last month it covers,
/// or (a week) its last day counted from the year's start.
#[derive(Debug, Clone, Copy)]
enum Span {
    Month(u8),
    Week(u8),
}

/// Every time an activity's `tid` names, for the follow-up report's årshjul.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Times {
    /// The last day of each time named, in the order written, each once:
    /// "januari och november" is due at the end of January and of November.
    /// Never empty.
    Each(Vec<Date>),
    /// Ongoing: no due date ("löpande", "kontinuerligt").
    Continuous,
    /// No time could be read from it.
    Unreadable,
}

/// Reads `tid` for a plan of `period`: due by the end of the latest time it names.
pub fn read(tid: &str, period: Period) -> Due {
    match read_each(tid, period) {
        Times::Each(ends) => ends.into_iter().max().map_or(Due::Unreadable, Due::By),
        Times::Continuous => Due::Continuous,
        Times::Unreadable => Due::Unreadable,
    }
}

/// Reads every time `tid` names for a plan of `period`: each is due in the
/// month its last day falls in (a week in the month of its Sunday).
pub fn read_each(tid: &str, period: Period) -> Times {
    let lower = tid.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.iter().any(|w| CONTINUOUS.contains(w)) {
        return Times::Continuous;
    }
    let mut ends: Vec<Date> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let (span, used) = span_at(&words[i..]);
        let end = match span {
            None => {
                i += 1;
                year(words[i - 1]).and_then(|year| end_of(Span::Month(12), year))
            }
            Some(span) => {
                i += used;
                let year = match words.get(i).and_then(|w| year(w)) {
                    Some(year) => {
                        i += 1;
                        year
                    }
                    None => period.last,
                };
                end_of(span, year)
            }
        };
        if let Some(end) = end.filter(|end| !ends.contains(end)) {
            ends.push(end);
        }
    }
    match ends.is_empty() {
        true => Times::Unreadable,
        false => Times::Each(ends),
    }
}

/// The time named at the start of `words`, and how many words name it.
fn span_at(words: &[&str]) -> (Option<Span>, usize) {
    let word = words[0];
    let next = words.get(1).and_then(|w| w.parse::<u8>().ok());
    if let Some(month) = MONTHS.iter().position(|(long, short)| {
        word == *long || word == *short || word == "sept" && *short == "sep"
    }) {
        return (Some(Span::Month(month as u8 + 1)), 1);
    }
    let numbered = |of: u8, months: u8, n: Option<u8>| {
        n.filter(|n| (1..=of).contains(n))
            .map(|n| Span::Month(n * months))
    };
    match word {
        "kvartal" | "kv" => (numbered(4, 3, next), 2),
        "tertial" => (numbered(3, 4, next), 2),
        "vecka" | "v" => (next.filter(|n| (1..=53).contains(n)).map(Span::Week), 2),
        "vår" | "våren" => (Some(Span::Month(6)), 1),
        "höst" | "hösten" => (Some(Span::Month(12)), 1),
        _ => (short_form(word), 1),
    }
}

/// "q3", "t2", "v23": a quarter, tertial or week in one word.
fn short_form(word: &str) -> Option<Span> {
    let (kind, number) = word.split_at(word.char_indices().nth(1)?.0);
    let n: u8 = number.parse().ok()?;
    match kind {
        "q" if (1..=4).contains(&n) => Some(Span::Month(n * 3)),
        "t" if (1..=3).contains(&n) => Some(Span::Month(n * 4)),
        "v" if (1..=53).contains(&n) => Some(Span::Week(n)),
        _ => None,
    }
}

/// A four-digit year.
fn year(word: &str) -> Option<i32> {
    (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
        .filter(|y| Period::YEARS.contains(y))
}

/// The last day of `span` in `year`.
fn end_of(span: Span, year: i32) -> Option<Date> {
    match span {
        Span::Month(month) => Date::new(year, month, days_in_month(year, month)),
        Span::Week(week) => iso_week_sunday(year, week),
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The Sunday that ends ISO week `week` of `year` (its day in the calendar).
fn iso_week_sunday(year: i32, week: u8) -> Option<Date> {
    // 4 January is always in week 1; its weekday (Monday 0) says where week 1 starts.
    let jan4 = days_from_civil(year, 1, 4);
    let monday = jan4 - (jan4 + 3).rem_euclid(7);
    civil_from_days(monday + 7 * i64::from(week) - 1)
}

/// Days since 1970-01-01 (Howard Hinnant's algorithm).
fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
}

fn civil_from_days(days: i64) -> Option<Date> {
    Date::from_unix(days.checked_mul(86_400)?).map(|(date, _)| date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn due(tid: &str) -> Due {
        read(
            tid,
            Period {
                first: 2022,
                last: 2022,
            },
        )
    }

    fn by(y: i32, m: u8, d: u8) -> Due {
        Due::By(Date::new(y, m, d).unwrap())
    }

    #[test]
    fn months_quarters_tertials_weeks_and_years() {
        assert_eq!(due("December"), by(2022, 12, 31));
        assert_eq!(due("mars"), by(2022, 3, 31));
        assert_eq!(due("Januari, maj, september"), by(2022, 9, 30));
        assert_eq!(due("Januari och november"), by(2022, 11, 30));
        assert_eq!(due("Q3"), by(2022, 9, 30));
        assert_eq!(due("kvartal 2"), by(2022, 6, 30));
        assert_eq!(due("tertial 2"), by(2022, 8, 31));
        assert_eq!(due("T1"), by(2022, 4, 30));
        assert_eq!(due("vecka 23"), by(2022, 6, 12));
        assert_eq!(due("v. 1"), by(2022, 1, 9));
        assert_eq!(due("2022"), by(2022, 12, 31));
        assert_eq!(due("senast februari"), by(2022, 2, 28));
        assert_eq!(due("våren"), by(2022, 6, 30));
    }

    #[test]
    fn a_year_after_a_time_is_its_year_and_others_take_the_plans_last() {
        let period = Period {
            first: 2026,
            last: 2027,
        };
        assert_eq!(read("juni", period), by(2027, 6, 30));
        assert_eq!(read("juni 2026", period), by(2026, 6, 30));
        assert_eq!(read("2026–2027", period), by(2027, 12, 31));
    }

    fn each(tid: &str) -> Vec<(i32, u8, u8)> {
        let period = Period {
            first: 2022,
            last: 2022,
        };
        match read_each(tid, period) {
            Times::Each(ends) => ends
                .iter()
                .map(|d| (d.year(), d.month(), d.day()))
                .collect(),
            other => panic!("{tid}: {other:?}"),
        }
    }

    #[test]
    fn every_time_named_is_due_not_only_the_last() {
        assert_eq!(
            each("Januari och november"),
            [(2022, 1, 31), (2022, 11, 30)]
        );
        assert_eq!(each("Q1 och Q3"), [(2022, 3, 31), (2022, 9, 30)]);
        assert_eq!(
            each("Januari, maj, september"),
            [(2022, 1, 31), (2022, 5, 31), (2022, 9, 30)]
        );
        assert_eq!(each("juni 2021, juni"), [(2021, 6, 30), (2022, 6, 30)]);
        assert_eq!(each("mars och mars"), [(2022, 3, 31)]);
        assert_eq!(each("vecka 23"), [(2022, 6, 12)]);
        assert_eq!(
            read_each(
                "Löpande",
                Period {
                    first: 2022,
                    last: 2022
                }
            ),
            Times::Continuous
        );
        assert_eq!(
            read_each(
                "Efter beslut",
                Period {
                    first: 2022,
                    last: 2022
                }
            ),
            Times::Unreadable
        );
    }

    #[test]
    fn ongoing_and_unreadable() {
        assert_eq!(due("Löpande"), Due::Continuous);
        assert_eq!(due("Efter beslut i LK"), Due::Unreadable);
        assert_eq!(due(""), Due::Unreadable);
        assert_eq!(due("kvartal 9"), Due::Unreadable);
    }
}
