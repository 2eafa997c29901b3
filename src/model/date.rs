//! Calendar dates and plan periods.

use std::fmt;

/// A calendar date that is known to exist (backed by the `time` crate).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date(time::Date);

impl Date {
    /// Returns `None` unless the day exists in that month and year.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Self> {
        let month = time::Month::try_from(month).ok()?;
        time::Date::from_calendar_date(year, month, day)
            .ok()
            .map(Date)
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Option<Self> {
        let format = time::macros::format_description!("[year]-[month]-[day]");
        time::Date::parse(text.trim(), &format).ok().map(Date)
    }

    /// The date of a Unix timestamp (seconds since 1970, UTC) with its time
    /// of day; `None` outside the years 1 to 9999.
    pub fn from_unix(seconds: i64) -> Option<(Self, (u8, u8, u8))> {
        let moment = time::OffsetDateTime::from_unix_timestamp(seconds).ok()?;
        (1..=9999).contains(&moment.year()).then(|| {
            let (h, m, s) = moment.time().as_hms();
            (Date(moment.date()), (h, m, s))
        })
    }

    pub fn year(self) -> i32 {
        self.0.year()
    }

    pub fn month(self) -> u8 {
        self.0.month() as u8
    }

    pub fn day(self) -> u8 {
        self.0.day()
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}",
            self.year(),
            self.month(),
            self.day()
        )
    }
}

/// The years a plan covers: one year, or a span such as 2026–2027.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub first: i32,
    pub last: i32,
}

impl Period {
    /// The years a period may cover: four-digit years, so that every date
    /// in the period can be written as a TOML date (`YYYY-MM-DD`).
    pub const YEARS: std::ops::RangeInclusive<i32> = 1000..=9999;
    /// The most years one period spans; real plans span one to four.
    pub const MAX_YEARS: i32 = 10;

    /// Parses "2022", "2026-2027" or "2026–2027": years in [`Self::YEARS`],
    /// at most [`Self::MAX_YEARS`] of them, in order. The one check of a
    /// period, for the loader and for `new` alike.
    pub fn parse(text: &str) -> Option<Self> {
        let year = |s: &str| {
            let s = s.trim();
            (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse::<i32>().ok())
                .flatten()
                .filter(|y| Self::YEARS.contains(y))
        };
        let (first, last) = match text.split_once(['-', '–']) {
            Some((a, b)) => (year(a)?, year(b)?),
            None => (year(text)?, year(text)?),
        };
        (first <= last && last - first < Self::MAX_YEARS).then_some(Period { first, last })
    }

    /// The first day of the period (`None` only for a period built
    /// outside [`Self::parse`] with a year the calendar lacks).
    pub fn first_day(&self) -> Option<Date> {
        Date::new(self.first, 1, 1)
    }

    /// The last day of the period.
    pub fn last_day(&self) -> Option<Date> {
        Date::new(self.last, 12, 31)
    }

    pub fn contains(&self, year: i32) -> bool {
        (self.first..=self.last).contains(&year)
    }

    /// For file names: "2022" or "2026-2027".
    pub fn slug(&self) -> String {
        if self.first == self.last {
            self.first.to_string()
        } else {
            format!("{}-{}", self.first, self.last)
        }
    }
}

impl fmt::Display for Period {
    /// For documents: "2022" or "2026–2027" (with an en dash).
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.first == self.last {
            write!(f, "{}", self.first)
        } else {
            write!(f, "{}–{}", self.first, self.last)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_checked_against_the_calendar() {
        assert!(Date::new(2024, 2, 29).is_some());
        assert!(Date::new(2023, 2, 29).is_none());
        assert!(Date::new(2021, 4, 31).is_none());
        assert!(Date::new(2021, 13, 1).is_none());
        assert_eq!(Date::new(2021, 12, 9).unwrap().to_string(), "2021-12-09");
        assert_eq!(Date::parse("2021-12-09"), Date::new(2021, 12, 9));
        assert_eq!(Date::parse("2021-02-30"), None);
        assert_eq!(Date::parse("21-12-09"), None);
    }

    #[test]
    fn unix_timestamps_become_dates_within_range() {
        let (date, hms) = Date::from_unix(1_640_995_200 + 3661).unwrap();
        assert_eq!(
            (date.to_string(), hms),
            ("2022-01-01".to_owned(), (1, 1, 1))
        );
        assert_eq!(Date::from_unix(-1).unwrap().0.to_string(), "1969-12-31");
        assert!(Date::from_unix(i64::MAX).is_none());
        assert!(Date::from_unix(300_000_000_000).is_none());
    }

    #[test]
    fn periods_parse_single_years_and_spans() {
        assert_eq!(Period::parse("2022").unwrap().to_string(), "2022");
        let span = Period::parse("2026–2027").unwrap();
        assert_eq!(span.to_string(), "2026–2027");
        assert_eq!(span.slug(), "2026-2027");
        assert_eq!(Period::parse("2026-2027"), Some(span));
        assert!(span.contains(2027) && !span.contains(2028));
        assert_eq!(Period::parse("2027-2026"), None);
        assert_eq!(Period::parse("22"), None);
        assert_eq!(Period::parse("år 2022"), None);
        assert_eq!(Period::parse("0999"), None, "not a four-digit year");
        assert_eq!(Period::parse("2026-2040"), None, "more than ten years");
        assert_eq!(
            Period::parse("2026-2035")
                .unwrap()
                .last_day()
                .unwrap()
                .to_string(),
            "2035-12-31"
        );
    }
}
