//! Date expressions, found over the accent-folded text (so "ngay 5/1/2022"
//! and "giai doan 2022 2025" are found too) and resolved against the
//! publication date by [`crate::calendar`].

use super::Ctx;
use crate::calendar::{self, Ymd};
use regex::{Captures, Regex};
use std::sync::LazyLock;

// Word boundaries are ASCII ones, `(?-u:\b)`: the folded text has ASCII
// letters, and a Unicode boundary would make the regex engine leave its fast
// DFA for a slow NFA simulation at every non-ASCII character.
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

/// A date expression with its resolved value.
#[derive(Clone, Debug)]
pub(crate) struct DateHit {
    pub start: usize,
    pub end: usize,
    /// ISO value; empty for a date that cannot be resolved without a
    /// publication date (it still keeps its numbers from the figures).
    pub value: String,
    pub part_of_day: Option<&'static str>,
    /// Clock time written next to the date ("19:28, 20/11/2024").
    pub time: Option<String>,
    pub rule: &'static str,
}

/// A clock time just before ("19:28, 20/11" or "07:05 | 04/11") or just after
/// ("…2019, 09:25:27") the date.
fn clock_time(text: &str, start: usize, end: usize) -> Option<String> {
    static BEFORE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(\d{1,2}:\d{2}(?::\d{2})?)\s*[,|]?\s*(?:ngày\s*)?$").expect("time pattern"));
    static AFTER: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\s*[,|]?\s*(?:lúc\s*)?(\d{1,2}:\d{2}(?::\d{2})?)").expect("time pattern"));
    let head = &text[super::floor_boundary(text, start.saturating_sub(16))..start];
    let tail = &text[end..super::floor_boundary(text, end + 16)];
    BEFORE.captures(head).or_else(|| AFTER.captures(tail)).map(|c| c[1].to_string())
}

fn num(c: &Captures, name: &str) -> Option<u32> {
    c.name(name)?.as_str().parse().ok()
}

pub(crate) fn recognize(ctx: &Ctx, published: Option<Ymd>) -> Vec<DateHit> {
    let f = &ctx.folded;
    let fb = f.as_bytes();
    let mut out = Vec::new();
    let mut at = 0;
    let plain = ctx.text.is_ascii();
    while let Some(c) = DATE.captures_at(f, at) {
        let m = c.get(0).expect("group 0");
        let (fs, fe) = (m.start(), m.end());
        // On a rejected match with a prefix ("…/TU ngày 6/11"), look again
        // after the prefix; otherwise after the match.
        let retry = c.name("pre").filter(|p| !p.is_empty()).map_or(fe.max(fs + 1), |p| p.end().max(fs + 1));
        at = fe.max(fs + 1);
        // Not inside a longer number or code: "07/2025/NQ-CP", "1.2019".
        let before = fs.checked_sub(1).map(|i| fb[i]);
        let after = fb.get(fe).copied();
        if before.is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'.' | b',' | b'-'))
            && !(before == Some(b'-') && fs >= 2 && fb[fs - 2] == b' ')
        {
            at = super::floor_boundary(f, retry);
            continue;
        }
        if after.is_some_and(|a| a.is_ascii_alphanumeric() || a == b'/' || a == b'%')
            || (matches!(after, Some(b'.' | b',')) && fb.get(fe + 1).is_some_and(u8::is_ascii_digit))
        {
            continue;
        }
        let start = ctx.fmap[fs] as usize;
        let end = ctx.fmap[fe] as usize;
        // "Quảng trường 30/10", "đường 3/2": a name, not a date.
        let before_text = ctx.lower[..start].trim_end();
        if ctx.lex.not_date_before.iter().any(|w| before_text.ends_with(w.as_str())) {
            continue;
        }
        // Anchor for dates with no year: the publication date in the
        // article, the line's own year in page furniture.
        let anchor =
            if start >= ctx.furniture { line_year(ctx, start).map(|y| Ymd { y, m: 7, d: 1 }) } else { published };
        let Some((value, rule)) = value_of(&c, anchor, published) else {
            // A date that needs the year of a publication date the text does
            // not give ("tháng 3 tới", "năm nay"): no value, but its numbers
            // are no figures either. An empty value marks it.
            // The match is over folded text: with diacritics written, the
            // date word must be one ("thắng 3 trận" is a win, "thang 10
            // điểm" a scale).
            let nominal = Some(Ymd { y: 2000, m: 7, d: 1 });
            let written = &ctx.lower[start..end];
            let date_word = plain || written.contains("tháng") || written.contains("năm");
            if anchor.is_none() && published.is_none() && date_word && value_of(&c, nominal, nominal).is_some() {
                out.push(DateHit {
                    start,
                    end,
                    value: String::new(),
                    part_of_day: None,
                    time: None,
                    rule: "date.no_year",
                });
            }
            continue;
        };
        let pre = c.name("pre").map_or("", |p| p.as_str());
        let part_of_day = ["sang", "chieu", "toi", "trua", "dem"]
            .into_iter()
            .find(|w| pre.starts_with(w) || pre.match_indices(w).any(|(at, _)| pre[..at].ends_with(' ')))
            .map(|w| match w {
                "sang" => "sáng",
                "chieu" => "chiều",
                "toi" => "tối",
                "trua" => "trưa",
                _ => "đêm",
            });
        let time = clock_time(ctx.text, start, end);
        out.push(DateHit { start, end, value, part_of_day, time, rule });
    }
    out
}

/// The latest explicit year (19xx, 20xx) on the line around `pos`, or on
/// the line before it when that line is a dated byline ("… - 20:31, 18/09/2025").
fn line_year(ctx: &Ctx, pos: usize) -> Option<i32> {
    static YEAR: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?-u:\b)(?:19|20)\d{2}(?-u:\b)").expect("year pattern"));
    static BYLINE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\d{1,2}:\d{2}, \d{1,2}/\d{1,2}/((?:19|20)\d{2})\s*$").expect("byline pattern"));
    let t = ctx.text;
    let line = ctx.line_at(pos);
    // Lines of related-article lists are short; a bounded window keeps a
    // long line linear.
    let window = super::ceil_boundary(t, pos.saturating_sub(300)).max(line.start)
        ..super::floor_boundary(t, pos + 300).min(line.end).max(pos);
    let own = YEAR.find_iter(&t[window]).filter_map(|m| m.as_str().parse().ok()).max();
    own.or_else(|| {
        let before = t[..line.start].trim_end();
        let prev = ctx.line_at(before.len());
        BYLINE.captures(&t[prev.start..before.len()]).and_then(|c| c[1].parse().ok())
    })
}

fn value_of(c: &Captures, anchor: Option<Ymd>, published: Option<Ymd>) -> Option<(String, &'static str)> {
    use calendar::{day, fmt_day, fmt_range, month_span, year_of};
    let year = |n: &str| num(c, n).map(|y| y as i32);
    if let (Some(d), Some(m), Some(y)) = (num(c, "a_d"), num(c, "a_m"), year("a_y")) {
        return Some((fmt_day(day(Some(y), m, d)?), "date.day_words"));
    }
    if let Some(d1) = num(c, "b_d1") {
        let a = day(year("b_y1"), num(c, "b_m1")?, d1)?;
        let b = day(year("b_y2"), num(c, "b_m2")?, num(c, "b_d2")?)?;
        return Some((fmt_range(&fmt_day(a), &fmt_day(b)), "date.range_full"));
    }
    if let Some(d1) = num(c, "c_d1") {
        let (m1, m2, d2) = (num(c, "c_m1")?, num(c, "c_m2")?, num(c, "c_d2")?);
        let end = calendar::resolve_day(year("c_y"), m2, d2, anchor)?;
        let start_year = end.y.map(|y| if m1 > m2 { y - 1 } else { y });
        let start = day(start_year, m1, d1)?;
        return Some((fmt_range(&fmt_day(start), &fmt_day(end)), "date.range_day_month"));
    }
    if let Some(d1) = num(c, "d_d1") {
        let end = calendar::resolve_day(year("d_y"), num(c, "d_m")?, num(c, "d_d2")?, anchor)?;
        if d1 >= end.d {
            return None;
        }
        let start = day(end.y, end.m, d1)?;
        return Some((fmt_range(&fmt_day(start), &fmt_day(end)), "date.range_days"));
    }
    if let Some(d) = num(c, "e_d") {
        let v = calendar::resolve_day(year("e_y"), num(c, "e_m")?, d, anchor)?;
        return Some((fmt_day(v), "date.day_month"));
    }
    if let Some(y) = year("g_y") {
        let (m1, m2) = (num(c, "g_m1")?, num(c, "g_m2")?);
        if !(1..=12).contains(&m1) || !(1..=12).contains(&m2) || m1 > m2 {
            return None;
        }
        return Some((fmt_range(&format!("{y:04}-{m1:02}"), &format!("{y:04}-{m2:02}")), "date.month_range"));
    }
    if let (Some(m), Some(y)) = (num(c, "h_m"), year("h_y")) {
        return (1..=12).contains(&m).then(|| (format!("{y:04}-{m:02}"), "date.month_year"));
    }
    if let (Some(q), Some(y)) = (c.name("i_q"), year("i_y")) {
        let q = match q.as_str() {
            "i" | "1" => 1,
            "ii" | "2" => 2,
            "iii" | "3" => 3,
            _ => 4,
        };
        return Some((month_span(y, q * 3 - 2, q * 3), "date.quarter"));
    }
    if let Some(h) = c.name("j_h") {
        let y = year("j_y").or(year_of(anchor.or(published)))?;
        let (a, b) = if h.as_str() == "dau" { (1, 6) } else { (7, 12) };
        return Some((month_span(y, a, b), "date.half_year"));
    }
    if let (Some(a), Some(b)) =
        (year("k_y1").or(year("l_y1")).or(year("l2_y1")), year("k_y2").or(year("l_y2")).or(year("l2_y2")))
    {
        let plausible = |y: i32| (1000..=2200).contains(&y);
        if !(plausible(a) && plausible(b) && a < b) {
            return None;
        }
        return Some((format!("{a:04}/{b:04}"), "date.year_range"));
    }
    if let Some(m) = num(c, "m_m") {
        let y = year_of(anchor.or(published))?;
        return (1..=12).contains(&m).then(|| (format!("{y:04}-{m:02}"), "date.month"));
    }
    if let Some(y) = year("n_y").or(year("o_y")) {
        return (1000..=2200).contains(&y).then(|| (format!("{y:04}"), "date.year"));
    }
    if let Some(p) = c.name("p") {
        let y = year_of(published)?;
        let y = match p.as_str() {
            s if s.ends_with("ngoai") => y - 1,
            s if s.ends_with("toi") => y + 1,
            _ => y,
        };
        return Some((format!("{y:04}"), "date.relative_year"));
    }
    if let Some(y) = year("q_y") {
        return Some((format!("{y:04}"), "date.bare_year"));
    }
    None
}
