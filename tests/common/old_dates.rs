//! The date recogniser as it was before the token scan (main 47b4a02): one
//! regex with 43 capture groups over the accent-folded text, resolved from
//! the captures. Kept only here, as the reference of the differential test
//! (`tests/dates_diff.rs`) and fuzz target (`fuzz/fuzz_targets/dates_diff.rs`).
//! Page furniture is left out: the generated texts have none.
#![allow(dead_code)]

use regex::{Captures, Regex};
use std::sync::LazyLock;
/// Lower case when it is one char of the same length (all Vietnamese
/// letters), as the crate's normalisation lower-cases.
pub fn lower_char(c: char) -> char {
    let mut it = c.to_lowercase();
    match (it.next(), it.next()) {
        (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
        _ => c,
    }
}

/// A char folded (tones and marks stripped, đ → d), through the public `fold`.
fn fold_char(c: char) -> char {
    viet_extract::normalise::fold(c.encode_utf8(&mut [0; 4])).chars().next().unwrap_or(c)
}

static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        (?P<pre>(?:(?:sang\ som|sang|chieu|toi|trua|dem|rang\ sang)\s+)?
                (?:(?:hom\ nay|sang\ nay|chieu\ nay|toi\ nay|trua\ nay)\s*(?:\(\s*)?)?
                (?:(?:tu|den)\s+)?(?:ngay\s+)?)
        (?:
            (?P<a_d>\d{1,2})\s+thang\s+(?P<a_m>\d{1,2})\s+nam\s+(?P<a_y>\d{4})
          | (?P<b_d1>\d{1,2})/(?P<b_m1>\d{1,2})/(?P<b_y1>\d{4})\s*-\s*(?P<b_d2>\d{1,2})/(?P<b_m2>\d{1,2})/(?P<b_y2>\d{4})
          | (?P<c_d1>\d{1,2})/(?P<c_m1>\d{1,2})\s*-\s*(?P<c_d2>\d{1,2})/(?P<c_m2>\d{1,2})(?:/(?P<c_y>\d{4}))?
          | (?P<d_d1>\d{1,2})\s*(?:-|\ va\ |\ den\ )\s*(?:ngay\s+)?(?P<d_d2>\d{1,2})/(?P<d_m>\d{1,2})(?:/+(?P<d_y>\d{4}))?
          | (?P<e_d>\d{1,2})/(?P<e_m>\d{1,2})(?:/+(?P<e_y>\d{4}))?
        )
        | tu\s+thang\s+(?P<g_m1>\d{1,2})\s+den\s+(?:thang\s+)?(?P<g_m2>\d{1,2})\s*/\s*(?P<g_y>\d{4})
        | thang\s+(?P<h_m>\d{1,2})(?:\s*/\s*|\s+nam\s+)(?P<h_y>\d{4})
        | quy\s+(?P<i_q>iv|iii|ii|i|[1-4])(?:\s*/\s*|\s+nam\s+)(?P<i_y>\d{4})
        | (?P<j_n>6|sau)\s+thang\s+(?P<j_h>dau|cuoi)\s+nam(?:\s+(?P<j_y>\d{4}))?
        | (?:nhiem\s+ky|giai\s+doan|thoi\s+ky)\s+(?P<k_y1>\d{4})\s*(?:-|\s)\s*(?P<k_y2>\d{4})
        | \(\s*(?P<l_y1>\d{4})\s*-\s*(?P<l_y2>\d{4})\s*\)
        | (?P<l2_y1>\d{4})\s*-\s*(?P<l2_y2>\d{4})
        | thang\s+(?P<m_m>\d{1,2})(?-u:\b)
        | (?:cuoi|dau|giua)\s+nam\s+(?P<n_y>\d{4})
        | nam\s+(?P<o_y>\d{4})
        | (?P<p>nam\s+ngoai|nam\s+nay|trong\s+nam\s+qua|nam\s+toi)(?-u:\b)
        | (?P<q_y>(?:19|20)\d{2})
        ",
    )
    .expect("date pattern compiles")
});

/// A date the old recogniser found: byte range in the text and value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OldHit {
    pub start: usize,
    pub end: usize,
    pub value: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Ymd {
    pub y: i32,
    pub m: u32,
    pub d: u32,
}

impl Ymd {
    pub fn parse(s: &str) -> Option<Ymd> {
        let mut it = s.trim().splitn(3, '-');
        let y = it.next()?.parse().ok()?;
        let m = it.next()?.parse().ok()?;
        let d = it.next()?.parse().ok()?;
        day(Some(y), m, d).map(|_| Ymd { y, m, d })
    }
    fn ordinal(&self) -> i64 {
        self.y as i64 * 372 + self.m as i64 * 31 + self.d as i64
    }
}

#[derive(Clone, Copy, Debug)]
struct Day {
    y: Option<i32>,
    m: u32,
    d: u32,
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

fn day(y: Option<i32>, m: u32, d: u32) -> Option<Day> {
    let ok =
        (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m) && y.is_none_or(|y| (1000..=2200).contains(&y));
    ok.then_some(Day { y, m, d })
}

fn resolve_day(year: Option<i32>, m: u32, d: u32, anchor: Option<Ymd>) -> Option<Day> {
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

fn year_of(anchor: Option<Ymd>) -> Option<i32> {
    anchor.map(|a| a.y)
}

fn fmt_day(d: Day) -> String {
    match d.y {
        Some(y) => format!("{y:04}-{:02}-{:02}", d.m, d.d),
        None => format!("--{:02}-{:02}", d.m, d.d),
    }
}

fn fmt_range(a: &str, b: &str) -> String {
    format!("{a}/{b}")
}

fn month_span(y: i32, a: u32, b: u32) -> String {
    format!("{y:04}-{a:02}/{y:04}-{b:02}")
}

fn num(c: &Captures, name: &str) -> Option<u32> {
    c.name(name)?.as_str().parse().ok()
}

/// The old recogniser over `text` (normalised, no page furniture).
pub fn recognize(text: &str, published: Option<Ymd>, not_date_before: &[String]) -> Vec<OldHit> {
    let lower: String = text.chars().map(lower_char).collect();
    let mut folded = String::with_capacity(text.len());
    let mut fmap = Vec::with_capacity(text.len() + 1);
    for (i, c) in text.char_indices() {
        let f = fold_char(lower_char(c));
        folded.push(f);
        fmap.extend(std::iter::repeat_n(i as u32, f.len_utf8()));
    }
    fmap.push(text.len() as u32);
    let f = &folded;
    let fb = f.as_bytes();
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(c) = DATE.captures_at(f, at) {
        let m = c.get(0).expect("group 0");
        let (fs, fe) = (m.start(), m.end());
        let retry = c.name("pre").filter(|p| !p.is_empty()).map_or(fe.max(fs + 1), |p| p.end().max(fs + 1));
        at = fe.max(fs + 1);
        let before = fs.checked_sub(1).map(|i| fb[i]);
        let after = fb.get(fe).copied();
        if before.is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'.' | b',' | b'-'))
            && !(before == Some(b'-') && fs >= 2 && fb[fs - 2] == b' ')
        {
            at = floor_boundary(f, retry);
            continue;
        }
        if after.is_some_and(|a| a.is_ascii_alphanumeric() || a == b'/' || a == b'%')
            || (matches!(after, Some(b'.' | b',')) && fb.get(fe + 1).is_some_and(u8::is_ascii_digit))
        {
            continue;
        }
        let start = fmap[fs] as usize;
        let end = fmap[fe] as usize;
        let before_text = lower[..start].trim_end();
        if not_date_before.iter().any(|w| before_text.ends_with(w.as_str())) {
            continue;
        }
        let Some(value) = value_of(&c, published, published) else { continue };
        out.push(OldHit { start, end, value });
    }
    out
}

fn floor_boundary(s: &str, i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    let mut i = i;
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn value_of(c: &Captures, anchor: Option<Ymd>, published: Option<Ymd>) -> Option<String> {
    let year = |n: &str| num(c, n).map(|y| y as i32);
    if let (Some(d), Some(m), Some(y)) = (num(c, "a_d"), num(c, "a_m"), year("a_y")) {
        return Some(fmt_day(day(Some(y), m, d)?));
    }
    if let Some(d1) = num(c, "b_d1") {
        let a = day(year("b_y1"), num(c, "b_m1")?, d1)?;
        let b = day(year("b_y2"), num(c, "b_m2")?, num(c, "b_d2")?)?;
        return Some(fmt_range(&fmt_day(a), &fmt_day(b)));
    }
    if let Some(d1) = num(c, "c_d1") {
        let (m1, m2, d2) = (num(c, "c_m1")?, num(c, "c_m2")?, num(c, "c_d2")?);
        let end = resolve_day(year("c_y"), m2, d2, anchor)?;
        let start_year = end.y.map(|y| if m1 > m2 { y - 1 } else { y });
        let start = day(start_year, m1, d1)?;
        return Some(fmt_range(&fmt_day(start), &fmt_day(end)));
    }
    if let Some(d1) = num(c, "d_d1") {
        let end = resolve_day(year("d_y"), num(c, "d_m")?, num(c, "d_d2")?, anchor)?;
        if d1 >= end.d {
            return None;
        }
        let start = day(end.y, end.m, d1)?;
        return Some(fmt_range(&fmt_day(start), &fmt_day(end)));
    }
    if let Some(d) = num(c, "e_d") {
        let v = resolve_day(year("e_y"), num(c, "e_m")?, d, anchor)?;
        return Some(fmt_day(v));
    }
    if let Some(y) = year("g_y") {
        let (m1, m2) = (num(c, "g_m1")?, num(c, "g_m2")?);
        if !(1..=12).contains(&m1) || !(1..=12).contains(&m2) || m1 > m2 {
            return None;
        }
        return Some(fmt_range(&format!("{y:04}-{m1:02}"), &format!("{y:04}-{m2:02}")));
    }
    if let (Some(m), Some(y)) = (num(c, "h_m"), year("h_y")) {
        return (1..=12).contains(&m).then(|| format!("{y:04}-{m:02}"));
    }
    if let (Some(q), Some(y)) = (c.name("i_q"), year("i_y")) {
        let q = match q.as_str() {
            "i" | "1" => 1,
            "ii" | "2" => 2,
            "iii" | "3" => 3,
            _ => 4,
        };
        return Some(month_span(y, q * 3 - 2, q * 3));
    }
    if let Some(h) = c.name("j_h") {
        let y = year("j_y").or(year_of(anchor.or(published)))?;
        let (a, b) = if h.as_str() == "dau" { (1, 6) } else { (7, 12) };
        return Some(month_span(y, a, b));
    }
    if let (Some(a), Some(b)) =
        (year("k_y1").or(year("l_y1")).or(year("l2_y1")), year("k_y2").or(year("l_y2")).or(year("l2_y2")))
    {
        let plausible = |y: i32| (1000..=2200).contains(&y);
        if !(plausible(a) && plausible(b) && a < b) {
            return None;
        }
        return Some(format!("{a:04}/{b:04}"));
    }
    if let Some(m) = num(c, "m_m") {
        let y = year_of(anchor.or(published))?;
        return (1..=12).contains(&m).then(|| format!("{y:04}-{m:02}"));
    }
    if let Some(y) = year("n_y").or(year("o_y")) {
        return (1000..=2200).contains(&y).then(|| format!("{y:04}"));
    }
    if let Some(p) = c.name("p") {
        let y = year_of(published)?;
        let y = match p.as_str() {
            s if s.ends_with("ngoai") => y - 1,
            s if s.ends_with("toi") => y + 1,
            _ => y,
        };
        return Some(format!("{y:04}"));
    }
    if let Some(y) = year("q_y") {
        return Some(format!("{y:04}"));
    }
    None
}
