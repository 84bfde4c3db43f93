//! Calendar arithmetic for date resolution: validity, the year of a day
//! written without one, ISO formatting.

/// A calendar day; `y` is `None` when no year could be found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Day {
    pub y: Option<i32>,
    pub m: u32,
    pub d: u32,
}

/// A complete date (publication date).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Ymd {
    pub y: i32,
    pub m: u32,
    pub d: u32,
}

impl Ymd {
    /// Parses a caller's date: exactly `YYYY-MM-DD` (ASCII digits, white
    /// space around it allowed) naming a day of the calendar.
    pub fn parse(s: &str) -> Option<Ymd> {
        let s = s.trim().as_bytes();
        let digits = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = s.get(r)?;
            part.iter().all(u8::is_ascii_digit).then(|| part.iter().fold(0, |n, b| n * 10 + u32::from(b - b'0')))
        };
        if s.len() != 10 || s[4] != b'-' || s[7] != b'-' {
            return None;
        }
        Ymd::new(digits(0..4)? as i32, digits(5..7)?, digits(8..10)?)
    }

    /// The day `y-m-d`, if it is one (not 31/2, year 1000 to 2200).
    pub fn new(y: i32, m: u32, d: u32) -> Option<Ymd> {
        day(Some(y), m, d).map(|_| Ymd { y, m, d })
    }

    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }

    fn ordinal(&self) -> i64 {
        self.y as i64 * 372 + self.m as i64 * 31 + self.d as i64
    }
}

fn days_in_month(y: Option<i32>, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => match y {
            Some(y) if !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) => 28,
            _ => 29,
        },
        _ => 0,
    }
}

/// A valid day, or `None` (31/2 is not a date).
pub(crate) fn day(y: Option<i32>, m: u32, d: u32) -> Option<Day> {
    let ok =
        (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m) && y.is_none_or(|y| (1000..=2200).contains(&y));
    ok.then_some(Day { y, m, d })
}

/// A day with its year: the written one, else the year that puts it nearest
/// the anchor (an article of 2/1/2025 saying "28/12" means 2024-12-28).
pub(crate) fn resolve_day(year: Option<i32>, m: u32, d: u32, anchor: Option<Ymd>) -> Option<Day> {
    if year.is_some() {
        return day(year, m, d);
    }
    day(None, m, d)?;
    let Some(a) = anchor else { return day(None, m, d) };
    let best = [a.y - 1, a.y, a.y + 1]
        .into_iter()
        .filter(|&y| day(Some(y), m, d).is_some())
        .min_by_key(|&y| (Ymd { y, m, d }.ordinal() - a.ordinal()).abs())?;
    day(Some(best), m, d)
}

pub(crate) fn year_of(anchor: Option<Ymd>) -> Option<i32> {
    anchor.map(|a| a.y)
}

pub(crate) fn fmt_day(d: Day) -> String {
    match d.y {
        Some(y) => format!("{y:04}-{:02}-{:02}", d.m, d.d),
        None => format!("--{:02}-{:02}", d.m, d.d),
    }
}

pub(crate) fn fmt_range(a: &str, b: &str) -> String {
    format!("{a}/{b}")
}

pub(crate) fn month_span(y: i32, a: u32, b: u32) -> String {
    format!("{y:04}-{a:02}/{y:04}-{b:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn year_crosses() {
        let pub_ = Ymd { y: 2025, m: 1, d: 2 };
        assert_eq!(fmt_day(resolve_day(None, 12, 28, Some(pub_)).unwrap()), "2024-12-28");
        assert_eq!(fmt_day(resolve_day(None, 1, 5, Some(pub_)).unwrap()), "2025-01-05");
        assert!(day(Some(2023), 2, 29).is_none());
        assert!(day(Some(2024), 2, 29).is_some());
        assert!(resolve_day(None, 2, 31, Some(pub_)).is_none());
        assert_eq!(fmt_day(resolve_day(None, 8, 1, None).unwrap()), "--08-01");
    }
}
