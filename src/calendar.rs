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

impl Ymd {
    /// The Julian day number (proleptic Gregorian calendar).
    pub fn jdn(&self) -> i64 {
        jd_from_date(self.d as i64, self.m as i64, self.y as i64)
    }

    /// The day of Julian day number `jd`.
    pub fn from_jdn(jd: i64) -> Ymd {
        let (d, m, y) = jd_to_date(jd);
        Ymd { y: y as i32, m: m as u32, d: d as u32 }
    }

    /// The day `n` days later (earlier for negative `n`).
    pub fn add_days(&self, n: i64) -> Ymd {
        Ymd::from_jdn(self.jdn() + n)
    }

    /// Day of the week, 1 = Monday … 7 = Sunday.
    pub fn weekday(&self) -> u32 {
        (self.jdn().rem_euclid(7) + 1) as u32
    }

    /// The same day `n` years later, 28 February for 29 February.
    pub fn add_years(&self, n: i32) -> Ymd {
        let y = self.y + n;
        let d = self.d.min(days_in_month(Some(y), self.m));
        Ymd { y, m: self.m, d }
    }

    /// The same day `n` months later, clamped to the month's length.
    pub fn add_months(&self, n: i32) -> Ymd {
        let (y, m) = add_months(self.y, self.m, n);
        Ymd { y, m, d: self.d.min(days_in_month(Some(y), m)) }
    }
}

/// Month `m` of year `y` moved by `n` months: (year, month).
pub(crate) fn add_months(y: i32, m: u32, n: i32) -> (i32, u32) {
    let total = y as i64 * 12 + (m as i64 - 1) + n as i64;
    (total.div_euclid(12) as i32, (total.rem_euclid(12) + 1) as u32)
}

fn jd_from_date(dd: i64, mm: i64, yy: i64) -> i64 {
    let a = (14 - mm).div_euclid(12);
    let y = yy + 4800 - a;
    let m = mm + 12 * a - 3;
    dd + (153 * m + 2).div_euclid(5) + 365 * y + y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400) - 32045
}

fn jd_to_date(jd: i64) -> (i64, i64, i64) {
    let a = jd + 32044;
    let b = (4 * a + 3).div_euclid(146097);
    let c = a - (b * 146097).div_euclid(4);
    let d = (4 * c + 3).div_euclid(1461);
    let e = c - (1461 * d).div_euclid(4);
    let m = (5 * e + 2).div_euclid(153);
    let day = e - (153 * m + 2).div_euclid(5) + 1;
    let month = m + 3 - 12 * m.div_euclid(10);
    let year = b * 100 + d - 4800 + m.div_euclid(10);
    (day, month, year)
}

// The Vietnamese lunisolar calendar: months start on the day (UTC+7) of a
// new moon, month 11 holds the winter solstice, and a leap month is the
// first one without a major solar term. New moons and the sun's longitude
// follow Meeus, "Astronomical Algorithms" (1998), chapters 25 and 49, as
// used in Hồ Ngọc Đức's published description of the calendar.

const TIME_ZONE: f64 = 7.0;

/// Julian date of the `k`th new moon after 1900-01-01.
fn new_moon(k: i64) -> f64 {
    use std::f64::consts::PI;
    let k = k as f64;
    let t = k / 1236.85;
    let (t2, t3) = (t * t, t * t * t);
    let dr = PI / 180.0;
    let mut jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
    jd1 += 0.00033 * ((166.56 + 132.87 * t - 0.009173 * t2) * dr).sin();
    let m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
    let mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
    let f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
    let mut c1 = (0.1734 - 0.000393 * t) * (m * dr).sin() + 0.0021 * (2.0 * dr * m).sin();
    c1 = c1 - 0.4068 * (mpr * dr).sin() + 0.0161 * (dr * 2.0 * mpr).sin();
    c1 -= 0.0004 * (dr * 3.0 * mpr).sin();
    c1 = c1 + 0.0104 * (dr * 2.0 * f).sin() - 0.0051 * (dr * (m + mpr)).sin();
    c1 = c1 - 0.0074 * (dr * (m - mpr)).sin() + 0.0004 * (dr * (2.0 * f + m)).sin();
    c1 = c1 - 0.0004 * (dr * (2.0 * f - m)).sin() - 0.0006 * (dr * (2.0 * f + mpr)).sin();
    c1 = c1 + 0.0010 * (dr * (2.0 * f - mpr)).sin() + 0.0005 * (dr * (2.0 * mpr + m)).sin();
    let deltat = if t < -11.0 {
        0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
    } else {
        -0.000278 + 0.000265 * t + 0.000262 * t2
    };
    jd1 + c1 - deltat
}

/// The sun's longitude at Julian date `jdn`, in radians [0, 2π).
fn sun_longitude(jdn: f64) -> f64 {
    use std::f64::consts::PI;
    let t = (jdn - 2451545.0) / 36525.0;
    let t2 = t * t;
    let dr = PI / 180.0;
    let m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
    let l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
    let mut dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * (dr * m).sin();
    dl = dl + (0.019993 - 0.000101 * t) * (dr * 2.0 * m).sin() + 0.000290 * (dr * 3.0 * m).sin();
    let l = (l0 + dl) * dr;
    l - PI * 2.0 * (l / (PI * 2.0)).floor()
}

/// The sector (0–11, 30° each) of the sun's longitude at the start of day `jd`.
fn sun_sector(jd: i64) -> i64 {
    (sun_longitude(jd as f64 - 0.5 - TIME_ZONE / 24.0) / std::f64::consts::PI * 6.0).floor() as i64
}

/// The day (Julian day number, UTC+7) of the `k`th new moon.
fn new_moon_day(k: i64) -> i64 {
    (new_moon(k) + 0.5 + TIME_ZONE / 24.0).floor() as i64
}

/// The first day of the lunar month 11 that holds the winter solstice of `y`.
fn lunar_month_11(y: i32) -> i64 {
    let off = jd_from_date(31, 12, y as i64) - 2415021;
    let k = (off as f64 / 29.530588853).floor() as i64;
    let nm = new_moon_day(k);
    if sun_sector(nm) >= 9 {
        new_moon_day(k - 1)
    } else {
        nm
    }
}

/// Months after `a11` (a month 11's start) of the leap month in that lunar year.
fn leap_month_offset(a11: i64) -> i64 {
    let k = ((a11 as f64 - 2415021.076998695) / 29.530588853 + 0.5).floor() as i64;
    let mut i = 1;
    let mut arc = sun_sector(new_moon_day(k + i));
    loop {
        let last = arc;
        i += 1;
        arc = sun_sector(new_moon_day(k + i));
        if arc == last || i >= 14 {
            break;
        }
    }
    i - 1
}

/// The first day of lunar month `month` (1–12, not a leap one) of lunar year
/// `year`: `lunar_month_start(2025, 1)` is Tết 2025 (2025-01-29).
pub(crate) fn lunar_month_start(year: i32, month: u32) -> Option<Ymd> {
    if !(1..=12).contains(&month) || !(1000..=2200).contains(&year) {
        return None;
    }
    // Each start takes two new-moon and two solar-term computations
    // (thousands of instructions), and a date in a lunar month asks for
    // eight; the answers are kept per thread (at most 1,201 years × 12
    // months, so the cache is bounded).
    thread_local! {
        static STARTS: std::cell::RefCell<rustc_hash::FxHashMap<(i32, u32), Option<Ymd>>> =
            std::cell::RefCell::new(rustc_hash::FxHashMap::default());
    }
    if let Some(known) = STARTS.with(|c| c.borrow().get(&(year, month)).copied()) {
        return known;
    }
    let start = compute_lunar_month_start(year, month);
    STARTS.with(|c| c.borrow_mut().insert((year, month), start));
    start
}

/// [`lunar_month_start`] computed.
fn compute_lunar_month_start(year: i32, month: u32) -> Option<Ymd> {
    let (a11, b11) = if month < 11 {
        (lunar_month_11(year - 1), lunar_month_11(year))
    } else {
        (lunar_month_11(year), lunar_month_11(year + 1))
    };
    let k = (0.5 + (a11 as f64 - 2415021.076998695) / 29.530588853).floor() as i64;
    let mut off = month as i64 - 11;
    if off < 0 {
        off += 12;
    }
    if b11 - a11 > 365 && off >= leap_month_offset(a11) {
        off += 1;
    }
    Some(Ymd::from_jdn(new_moon_day(k + off)))
}

/// The lunar month `month` (1 = tháng Giêng, 12 = tháng Chạp, leap month
/// after it included) nearest `anchor`: its first and last day.
pub(crate) fn lunar_month_near(month: u32, anchor: Ymd) -> Option<(Ymd, Ymd)> {
    let span = |lunar_year: i32| -> Option<(Ymd, Ymd)> {
        let start = lunar_month_start(lunar_year, month)?;
        let next =
            if month == 12 { lunar_month_start(lunar_year + 1, 1)? } else { lunar_month_start(lunar_year, month + 1)? };
        Some((start, next.add_days(-1)))
    };
    let distance = |(a, b): (Ymd, Ymd)| {
        let x = anchor.jdn();
        if x < a.jdn() {
            a.jdn() - x
        } else if x > b.jdn() {
            x - b.jdn()
        } else {
            0
        }
    };
    // The lunar year mostly starts in the Gregorian one's first quarter.
    [anchor.y - 2, anchor.y - 1, anchor.y, anchor.y + 1].into_iter().filter_map(span).min_by_key(|&s| distance(s))
}

/// Day `day` of the lunar month `month` nearest `anchor` (see
/// [`lunar_month_near`]), as a Gregorian day; `None` for a day the month
/// does not have.
pub(crate) fn lunar_day_near(month: u32, day: u32, anchor: Ymd) -> Option<Ymd> {
    let (first, last) = lunar_month_near(month, anchor)?;
    let date = first.add_days(i64::from(day) - 1);
    (day >= 1 && date.jdn() <= last.jdn()).then_some(date)
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

pub(crate) fn fmt_day(d: Day) -> String {
    match d.y {
        Some(y) => format!("{y:04}-{:02}-{:02}", d.m, d.d),
        None => format!("--{:02}-{:02}", d.m, d.d),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn cached_lunar_month_starts_are_the_computed_ones() {
        for year in (1990..2040).chain([1000, 2200]) {
            for month in 1..=12 {
                let computed = compute_lunar_month_start(year, month);
                assert!(computed.is_some(), "{year}-{month}");
                assert_eq!(lunar_month_start(year, month), computed, "{year}-{month}");
                assert_eq!(lunar_month_start(year, month), computed, "{year}-{month}, cached");
            }
        }
        assert_eq!(lunar_month_start(2200, 13), None);
        assert_eq!(lunar_month_start(999, 1), None);
    }

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

    #[test]
    fn day_arithmetic() {
        let d = Ymd { y: 2024, m: 2, d: 28 };
        assert_eq!(d.add_days(1), Ymd { y: 2024, m: 2, d: 29 });
        assert_eq!(d.add_days(2), Ymd { y: 2024, m: 3, d: 1 });
        assert_eq!(Ymd { y: 2025, m: 1, d: 2 }.add_days(-3), Ymd { y: 2024, m: 12, d: 30 });
        assert_eq!(Ymd { y: 2024, m: 11, d: 4 }.weekday(), 1, "a Monday");
        assert_eq!(Ymd { y: 2024, m: 5, d: 19 }.weekday(), 7, "a Sunday");
        assert_eq!(Ymd { y: 2024, m: 2, d: 29 }.add_years(1), Ymd { y: 2025, m: 2, d: 28 });
        assert_eq!(add_months(2024, 11, 3), (2025, 2));
        assert_eq!(add_months(2024, 1, -1), (2023, 12));
    }

    #[test]
    fn lunar_new_year() {
        // Tết as published for Vietnam (UTC+7); 1985 and 2007 differ from
        // the Chinese calendar (UTC+8), which a wrong time zone would give.
        let tet = |y| lunar_month_start(y, 1).unwrap();
        assert_eq!(tet(2024), Ymd { y: 2024, m: 2, d: 10 });
        assert_eq!(tet(2025), Ymd { y: 2025, m: 1, d: 29 });
        assert_eq!(tet(2023), Ymd { y: 2023, m: 1, d: 22 });
        assert_eq!(tet(2021), Ymd { y: 2021, m: 2, d: 12 });
        assert_eq!(tet(2007), Ymd { y: 2007, m: 2, d: 17 });
        assert_eq!(tet(1985), Ymd { y: 1985, m: 1, d: 21 });
        assert_eq!(tet(2034), Ymd { y: 2034, m: 2, d: 19 });
        // Tháng Chạp: from its new moon to the eve of Tết.
        let near = |m, y, mo, d| lunar_month_near(m, Ymd { y, m: mo, d }).unwrap();
        assert_eq!(near(12, 2025, 1, 16), (Ymd { y: 2024, m: 12, d: 31 }, Ymd { y: 2025, m: 1, d: 28 }));
        assert_eq!(near(12, 2024, 5, 18), (Ymd { y: 2024, m: 1, d: 11 }, Ymd { y: 2024, m: 2, d: 9 }));
    }
}
