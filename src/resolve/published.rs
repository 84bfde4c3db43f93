//! The publication date, from the page's dateline or byline.

use crate::calendar::Ymd;
use regex::Regex;
use std::sync::LazyLock;

/// Finds the publication date: a dateline "07:05 | 04/11/2020", then a byline
/// "Như Tâm - 19:28, 20/11/2024", then a header date "Thứ Sáu, ngày 23 tháng
/// 08 năm 2019" or "20/11/2024" near the top.
pub(crate) fn find(text: &str) -> Option<Ymd> {
    static DATELINE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\d{1,2}:\d{2}(?::\d{2})?\s*\|\s*(\d{1,2})/(\d{1,2})/(\d{4})").expect("dateline"));
    static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?m)^[^\n]{2,80} - \d{1,2}:\d{2}, (\d{1,2})/(\d{1,2})/(\d{4})[ \t]*$").expect("byline")
    });
    static HEADER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})|(?-u:\b)(\d{1,2})/(\d{1,2})/(\d{4})(?-u:\b)")
            .expect("header")
    });
    let head = &text[..floor_char_boundary(text, 3000)];
    let ymd = |c: &regex::Captures, a: usize| -> Option<Ymd> {
        let d = c.get(a)?.as_str();
        let m = c.get(a + 1)?.as_str();
        let y = c.get(a + 2)?.as_str();
        Ymd::parse(&format!("{y}-{m}-{d}"))
    };
    if let Some(d) = DATELINE.captures_iter(head).find_map(|c| ymd(&c, 1)) {
        return Some(d);
    }
    if let Some(d) = BYLINE.captures_iter(head).find_map(|c| ymd(&c, 1)) {
        return Some(d);
    }
    let top = &text[..floor_char_boundary(text, 400)];
    HEADER.captures_iter(top).find_map(|c| ymd(&c, 1).or_else(|| ymd(&c, 4)))
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}
