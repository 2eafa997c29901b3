//! Calendar dates and plan periods.

use std::fmt;

/// A calendar date that is known to exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Returns `None` unless the day exists in that month and year.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Self> {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days)
            .contains(&day)
            .then_some(Date { year, month, day })
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The years a plan covers: one year, or a span such as 2026–2027.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub first: i32,
    pub last: i32,
}

impl Period {
    /// Parses "2022", "2026-2027" or "2026–2027".
    pub fn parse(text: &str) -> Option<Self> {
        let year = |s: &str| {
            let s = s.trim();
            (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse::<i32>().ok())
                .flatten()
        };
        let (first, last) = match text.split_once(['-', '–']) {
            Some((a, b)) => (year(a)?, year(b)?),
            None => (year(text)?, year(text)?),
        };
        (first <= last).then_some(Period { first, last })
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
    }
}
