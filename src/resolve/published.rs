//! The publication date, from the page's dateline, byline or header date.
//!
//! Only page furniture that states when the page was published counts: a
//! dateline "07:05 | 04/11/2020", a byline "Như Tâm - 19:28, 20/11/2024", or
//! a header line near the top that holds a date and nothing but its weekday,
//! clock time, time zone and label ("Thứ Sáu, ngày 23 tháng 08 năm 2019,
//! 09:25:27", "Cập nhật: 20/11/2024 08:30 (GMT+7)", "[17/05/2017 17:49:47]").
//! A date inside a sentence ("… cho biết ngày 15/3/2019 ông đã về hưu") is
//! what the article talks about, not when it was written, and never sets it.

use crate::calendar::Ymd;
use regex::Regex;
use std::sync::LazyLock;

/// How far into the text datelines and bylines are looked for (bytes).
const DATELINE_WINDOW: usize = 3000;
/// Header lines must start within this many bytes of the top.
const HEADER_WINDOW: usize = 400;
/// A header line is short: longer lines are prose.
const HEADER_MAX_LINE: usize = 160;

// Header lines are matched accent-folded (`normalize::fold`), so a page
// written without diacritics ("Thu Hai, 04/11/2024") has its date too: the
// patterns below are written folded.

/// A calendar date as headers write it: "20/11/2024", "20-11-2024",
/// "20.11.2024", "ngày 23 tháng 08 năm 2019". Groups: d, m, y (numeric) or
/// d, m, y (words).
const DATE: &str = r"(?:(?:ngay[ \t]+)?(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})|(?:ngay[ \t]+)?(\d{1,2})[ \t]+thang[ \t]+(\d{1,2})[ \t]*,?[ \t]*nam[ \t]+(\d{4}))";
/// A clock time: "09:25", "09:25:27", "8h30", with an optional AM/PM.
const TIME: &str = r"(?:\d{1,2}(?::\d{2}){1,2}|\d{1,2}h\d{2})(?:[ \t]*(?:AM|PM|SA|CH))?";
/// A weekday: "Thứ Sáu", "Thứ 6", "Chủ nhật", "CN", "T6".
const WEEKDAY: &str = r"(?:thu[ \t]+(?:hai|ba|tu|nam|sau|bay|[2-7])|chu[ \t]+nhat|cn|t[2-7])";
/// Labels that introduce a page date.
const LABEL: &str = r"(?:ngay[ \t]+cap[ \t]+nhat|cap[ \t]+nhat|ngay[ \t]+dang|dang[ \t]+ngay|dang[ \t]+luc|dang|xuat[ \t]+ban|thoi[ \t]+gian|published|updated|posted)";
/// A time zone: "GMT+7", "(GMT+07:00)", "UTC+7".
const ZONE: &str = r"(?:\(?[ \t]*(?:GMT|UTC)[ \t]*[+\-][ \t]*\d{1,2}(?::?\d{2})?[ \t]*\)?)";
/// Separators between the parts of a header.
const SEP: &str = r"(?:[ \t]*[,|\-–—:][ \t]*|[ \t]+)";

/// "07:05 | 04/11/2020": a dateline, anywhere in the head of the page.
static DATELINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\d{1,2}:\d{2}(?::\d{2})?\s*\|\s*\d{1,2}/\d{1,2}/\d{4}").expect("dateline"));
/// "Như Tâm - 19:28, 20/11/2024": a byline, a whole line of the head.
static BYLINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?m)^[^\n]{2,80} - \d{1,2}:\d{2}, \d{1,2}/\d{1,2}/\d{4}[ \t]*$").expect("byline"));

/// Finds the publication date: a dateline "07:05 | 04/11/2020", then a byline
/// "Như Tâm - 19:28, 20/11/2024", then a header line near the top. `None`
/// when the text has none of them.
pub(crate) fn find(text: &str) -> Option<Ymd> {
    let head = &text[..floor_char_boundary(text, DATELINE_WINDOW)];
    dateline(head).or_else(|| byline(head)).or_else(|| header(text))
}

/// The first dateline of `head` ("07:05 | 04/11/2020") whose date is a day
/// of the calendar.
///
/// A dateline holds exactly one "|", with only white space, digits and ":"
/// before it back to its start and only white space, digits and "/" after it
/// to its end. So the pattern is run on that stretch around each "|" with a
/// digit on both sides (white space aside), not over the whole head: a page
/// whose "|" open no dateline (a menu, a date before its clock time) was
/// scanned to the end of the head. The first match in each stretch, from the
/// end of the last match on, is the match a search over the head finds
/// there, in the same order (the pattern has no anchor and no look-around).
/// The date follows the "|" (the date is read off the match: resolving
/// capture groups costs several times more).
fn dateline(head: &str) -> Option<Ymd> {
    let mut last_end = 0;
    for i in memchr::memchr_iter(b'|', head.as_bytes()) {
        let before = head[..i].trim_end().chars().next_back();
        let after = head[i + 1..].trim_start().chars().next();
        if !(before.is_some_and(char::is_numeric) && after.is_some_and(char::is_numeric)) {
            continue;
        }
        let from = run_start(head, i, |c| c.is_whitespace() || c == ':' || c.is_numeric()).max(last_end);
        let to = run_end(head, i + 1, |c| c.is_whitespace() || c == '/' || c.is_numeric());
        if let Some(m) = DATELINE.find(&head[from..to]) {
            last_end = from + m.end();
            let date = m.as_str().rsplit_once('|');
            if let Some(d) = date.and_then(|(_, date)| day_month_year(date.trim_start())) {
                return Some(d);
            }
        }
    }
    None
}

/// The first byline of `head` ("Như Tâm - 19:28, 20/11/2024") whose date is
/// a day of the calendar.
///
/// A byline is a whole line holding " - " before a clock time of one or two
/// digits: the pattern is run on each line that holds one, not over the
/// whole head (it matches whole lines only, so each line's match is the one a
/// search over the head finds there, in the same order). The date follows
/// the last ", ".
fn byline(head: &str) -> Option<Ymd> {
    let b = head.as_bytes();
    let mut tried_to = 0;
    for i in memchr::memchr_iter(b'-', b) {
        if i < tried_to || !dash_before_time(head, i) {
            continue;
        }
        let start = memchr::memrchr(b'\n', &b[..i]).map_or(0, |k| k + 1);
        let end = memchr::memchr(b'\n', &b[i..]).map_or(b.len(), |k| i + k);
        tried_to = end;
        if let Some(m) = BYLINE.find(&head[start..end]) {
            let date = m.as_str().trim_end_matches([' ', '\t']).rsplit_once(", ");
            if let Some(d) = date.and_then(|(_, date)| day_month_year(date)) {
                return Some(d);
            }
        }
    }
    None
}

/// Where the chars of `s` before byte `i` that `keep` accepts begin.
fn run_start(s: &str, i: usize, keep: impl Fn(char) -> bool) -> usize {
    s[..i].char_indices().rev().take_while(|&(_, c)| keep(c)).last().map_or(i, |(k, _)| k)
}

/// Where the chars of `s` from byte `i` on that `keep` accepts end.
fn run_end(s: &str, i: usize, keep: impl Fn(char) -> bool) -> usize {
    s[i..].char_indices().find(|&(_, c)| !keep(c)).map_or(s.len(), |(k, _)| i + k)
}

/// A whole line that is a date stamp (matched accent-folded).
static WHOLE: LazyLock<Regex> = LazyLock::new(|| Regex::new(&whole_pattern()).expect("header date"));
/// A line opening with a bracketed stamp "[17/05/2017 17:49:47]".
static STAMP: LazyLock<Regex> = LazyLock::new(|| Regex::new(&stamp_pattern()).expect("header stamp"));
/// [`WHOLE`] for ASCII lines (nearly every folded line), in ASCII
/// ([`ascii_only`]): there it matches and captures exactly as [`WHOLE`]
/// does. Its automaton is many times smaller: with Unicode `\d` some twenty
/// times over and Unicode case folding, resolving a line's groups (the
/// bounded backtracker, which clears a visited set the size of the
/// automaton times the line) cost some 12,000 instructions.
static WHOLE_ASCII: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&ascii_only(&whole_pattern())).expect("header date, ASCII"));
/// [`STAMP`] for ASCII lines (see [`WHOLE_ASCII`]).
static STAMP_ASCII: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&ascii_only(&stamp_pattern())).expect("header stamp, ASCII"));

/// A header pattern as it reads ASCII text: `\d` is one of 0-9, the case
/// folding ASCII's (the Kelvin sign and the long s, which Unicode folding
/// adds to "k" and "s", are not ASCII), and the separators' dashes "–" and
/// "—" never match.
fn ascii_only(pattern: &str) -> String {
    let ascii = pattern.replace(r"\d", "[0-9]").replace(['–', '—'], "");
    ascii.replacen("(?i)", "(?i-u)", 1)
}

/// The text of [`WHOLE`].
fn whole_pattern() -> String {
    let time_first = format!(r"(?:(?:luc[ \t]+)?{TIME}{SEP}(?:{ZONE}{SEP})?)?");
    let time_after = format!(r"(?:{SEP}(?:luc[ \t]+)?{TIME})?");
    format!(
        r"(?i)^[ \t]*[\[(]?[ \t]*(?:{LABEL}{SEP})?(?:{WEEKDAY}{SEP})?{time_first}{DATE}{time_after}(?:{SEP}?{ZONE})?[ \t]*[\])]?[ \t.]*$"
    )
}

/// The text of [`STAMP`].
fn stamp_pattern() -> String {
    format!(r"(?i)^[ \t]*\[[ \t]*{DATE}[ \t,]+{TIME}[ \t]*\]")
}

/// The date of a folded header line: a whole line that is a date stamp,
/// else a line opening with a bracketed stamp.
fn header_date(line: &str) -> Option<Ymd> {
    let (whole, stamp) = if line.is_ascii() { (&*WHOLE_ASCII, &*STAMP_ASCII) } else { (&*WHOLE, &*STAMP) };
    let found = whole.captures(line).or_else(|| stamp.captures(line));
    found.and_then(|c| ymd(&c, 1).or_else(|| ymd(&c, 4)))
}

/// A header line in the first [`HEADER_WINDOW`] bytes: a whole line that is a
/// date stamp, or a line opening with a bracketed stamp "[17/05/2017 17:49:47]".
fn header(text: &str) -> Option<Ymd> {
    let mut start = 0;
    while start < text.len() && start < HEADER_WINDOW {
        let end = memchr::memchr(b'\n', &text.as_bytes()[start..]).map_or(text.len(), |i| start + i);
        let line = text[start..end].trim_end_matches('\r');
        // A date needs a digit; only ASCII digits parse (see `ymd`), and
        // folding makes none.
        if line.len() <= HEADER_MAX_LINE && line.bytes().any(|b| b.is_ascii_digit()) {
            let line = crate::normalize::fold(line);
            // Every date of both patterns ends in a four-digit year, which
            // `ymd` reads only in ASCII digits: a line without four of them
            // in a row cannot give a date, and the patterns' captures cost
            // about 10,000 instructions a line.
            if has_year_digits(&line) {
                if let Some(d) = header_date(&line) {
                    return Some(d);
                }
            }
        }
        start = end + 1;
    }
    None
}

/// True when `line` holds four ASCII digits in a row, as a year does.
fn has_year_digits(line: &str) -> bool {
    line.as_bytes().split(|b| !b.is_ascii_digit()).any(|run| run.len() >= 4)
}

/// True when the "-" at byte `i` of `head` stands between two spaces and is
/// followed by one or two digits and a colon: every byline's does ("Như Tâm -
/// 19:28, 20/11/2024").
fn dash_before_time(head: &str, i: usize) -> bool {
    let b = head.as_bytes();
    i > 0 && b[i - 1] == b' ' && b.get(i + 1) == Some(&b' ') && {
        let mut rest = head[i + 2..].chars();
        let digit = |c: Option<char>| c.is_some_and(char::is_numeric);
        digit(rest.next()) && {
            let c = rest.next();
            c == Some(':') || (digit(c) && rest.next() == Some(':'))
        }
    }
}

/// The date written "d/m/yyyy" (ASCII digits only, as [`ymd`] reads them).
fn day_month_year(s: &str) -> Option<Ymd> {
    let mut parts = s.split('/').map(|p| p.parse::<u32>().ok());
    let (d, m, y) = (parts.next()??, parts.next()??, parts.next()??);
    if parts.next().is_some() {
        return None;
    }
    Ymd::new(y as i32, m, d)
}

/// The date in groups `a` (day), `a + 1` (month), `a + 2` (year).
fn ymd(c: &regex::Captures, a: usize) -> Option<Ymd> {
    let num = |i: usize| c.get(i)?.as_str().parse::<u32>().ok();
    Ymd::new(num(a + 2)? as i32, num(a + 1)?, num(a)?)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(text: &str) -> Option<String> {
        find(text).map(|d| d.iso())
    }

    #[test]
    fn page_furniture_sets_the_date() {
        assert_eq!(iso("Trang chủ\n07:05 | 04/11/2020 GMT+7\nBài viết"), Some("2020-11-04".into()));
        assert_eq!(iso("Tiêu đề\n\nPhương Anh - 19:28, 20/11/2024\n\nNội dung."), Some("2024-11-20".into()));
        assert_eq!(iso("Thời sự\nThứ Hai, ngày 14 tháng 07 năm 2025, 10:20:05\n\nTin."), Some("2025-07-14".into()));
        assert_eq!(iso("Kinh tế\n13/05/2017 10:28 GMT+7\nTin."), Some("2017-05-13".into()));
        assert_eq!(iso("Cập nhật: 02/01/2025 08:30 (GMT+7)\nTin."), Some("2025-01-02".into()));
        assert_eq!(iso("Thứ ba, 7/1/2025 - 14:05\nTin."), Some("2025-01-07".into()));
        assert_eq!(iso("Đăng lúc 08:30 ngày 20/11/2024\nTin."), Some("2024-11-20".into()));
        assert_eq!(iso("[17/05/2017 17:49:47] Chiều nay, tại Hà Nội, hội nghị khai mạc."), Some("2017-05-17".into()));
        assert_eq!(iso("Thời sự\n20.11.2024\nTin."), Some("2024-11-20".into()));
        // Pages written without diacritics have the same header lines.
        assert_eq!(iso("The thao\nThu Hai, 04/11/2024 - 06:40\nTin."), Some("2024-11-04".into()));
        assert_eq!(iso("Cap nhat: 02/01/2025 08:30 (GMT+7)\nTin."), Some("2025-01-02".into()));
    }

    #[test]
    fn a_date_in_a_sentence_is_not_the_publication_date() {
        // The example of issue 17: the retirement date set the page's date.
        assert_eq!(iso("Ông Nguyễn Văn An cho biết ngày 15/3/2019 ông đã về hưu. Chiều 3/11, ông về thăm quê."), None);
        assert_eq!(iso("Ngày 6/2/2017, Bộ Công Thương họp báo về giá xăng.\nNội dung."), None);
        assert_eq!(iso("Giá vàng ngày 7/2/2017: tăng mạnh\nNội dung."), None);
        assert_eq!(iso("Chiều 10/2/2017, một xe khách gặp nạn trên quốc lộ 1."), None);
        // A line starting inside the window is read whole, not cut at its edge.
        let long = format!("{}\nNgày 13/7/2012, đoàn công tác đã tới.", "x".repeat(HEADER_WINDOW - 20));
        assert_eq!(iso(&long), None);
    }

    #[test]
    fn invalid_calendar_dates_are_skipped() {
        assert_eq!(iso("Trang chủ\n31/02/2024\nTin."), None);
        assert_eq!(iso("07:05 | 31/02/2020\n08:00 | 01/03/2020"), Some("2020-03-01".into()));
    }

    #[test]
    fn datelines_and_bylines_anywhere_in_the_head() {
        // The dateline after a menu of "|" between words, with white space
        // around its "|" and its clock time in other digits (Unicode `\d`).
        let menu = "Thời sự | Kinh tế | Thế giới | ".repeat(20);
        assert_eq!(iso(&format!("{menu}\n07:05      | 04/11/2020")), Some("2020-11-04".into()));
        assert_eq!(iso(&format!("{menu}\n٠٧:٠٥:٣٠\t\t  | 04/11/2020")), Some("2020-11-04".into()));
        // A "|" between digits that opens no dateline, then a dateline.
        assert_eq!(iso("Tỷ số 2 | 1\nTrang chủ\n08:00 | 01/03/2020"), Some("2020-03-01".into()));
        // A byline is a whole line, read from its start; a dash before a
        // clock time inside a sentence is none.
        let prose = "Giá xăng tăng - 15:00, 20/11/2024 là giờ điều chỉnh giá của liên Bộ hôm nay.";
        assert_eq!(iso(&format!("{prose}\nNội dung.")), None);
        assert_eq!(iso(&format!("{menu}\nPhương Anh - 19:28, 20/11/2024\nTin.")), Some("2024-11-20".into()));
        assert_eq!(iso("Lê Hà, Phương Anh - 19:28, 20/11/2024 \t\nTin."), Some("2024-11-20".into()));
        // Only ASCII digits make a date; an invalid one is skipped.
        assert_eq!(iso("07:05 | ٠٤/11/2020\n08:00 | 31/02/2020\n09:00 | 01/03/2020"), Some("2020-03-01".into()));
    }

    #[test]
    fn only_lines_with_a_four_digit_year_can_give_a_header_date() {
        // The patterns' own verdict on generated header lines agrees with
        // the cheap test that skips them: whenever a line gives a date, it
        // holds four ASCII digits in a row.
        let labels = ["", "Cap nhat: ", "Dang luc ", "Published "];
        let weekdays = ["", "Thu Hai, ", "CN, ", "T6 - "];
        let dates = [
            "20/11/2024",
            "20-11-24",
            "ngay 23 thang 08 nam 2019",
            "ngay 23 thang 08 nam 19",
            "٢٠/١١/٢٠٢٤",
            "20/11/٢٠٢٤",
            "7.1.2025",
        ];
        let tails = ["", " 08:30", ", 09:25:27 (GMT+7)", " - 14:05 PM"];
        let mut dated = 0;
        for label in labels {
            for weekday in weekdays {
                for date in dates {
                    for tail in tails {
                        for line in [format!("{label}{weekday}{date}{tail}"), format!("[{date} 17:49:47] Tin")] {
                            let by_patterns = WHOLE
                                .captures(&line)
                                .or_else(|| STAMP.captures(&line))
                                .and_then(|c| ymd(&c, 1).or_else(|| ymd(&c, 4)));
                            if by_patterns.is_some() {
                                dated += 1;
                                assert!(has_year_digits(&line), "{line}");
                            }
                        }
                    }
                }
            }
        }
        assert!(dated > 100, "the generated lines must exercise the patterns ({dated})");
        // A year in other digits, or in two, gives no date: the next line does.
        assert_eq!(
            iso("Thu Hai, 04/11/٢٠٢٤
Thứ Ba, 05/11/2024
Tin."),
            Some("2024-11-05".into())
        );
        assert_eq!(
            iso("Thứ Hai, 04/11/24
Thứ Ba, 05/11/2024
Tin."),
            Some("2024-11-05".into())
        );
    }

    /// The dateline and byline searches by stretches and lines find what the
    /// patterns find over the whole head, in generated heads of menus,
    /// datelines, bylines, dates before clock times, invalid dates, other
    /// digits and odd white space.
    #[test]
    fn stretch_searches_agree_with_whole_head_searches() {
        let pieces = [
            "07:05",
            "7:5",
            "19:28:30",
            " | ",
            "|",
            "\t|\u{a0}",
            " |\n",
            "04/11/2020",
            "31/02/2020",
            "1/3/2021",
            "13/06/2024",
            "2024",
            "12",
            ":",
            "/",
            " - ",
            "-",
            " ",
            "\n",
            ", ",
            "Như Tâm",
            "Thời sự",
            "٠٧:٠٥",
            "٠٤/11/2020",
            "x",
            "Giá",
            "|1",
            "2|",
            "  ",
            "19:28, 20/11/2024",
            "Lê Hà - ",
            " - 8:05, ",
            "07:05 | 04/11/2020",
            "08:00 |\t31/02/2020",
            "\nPhương Anh - 19:28, 20/11/2024",
            " - 19:28, 31/02/2024\n",
        ];
        let whole_dateline = |head: &str| {
            DATELINE.find_iter(head).find_map(|m| day_month_year(m.as_str().rsplit_once('|')?.1.trim_start()))
        };
        let whole_byline = |head: &str| {
            BYLINE
                .find_iter(head)
                .find_map(|m| day_month_year(m.as_str().trim_end_matches([' ', '\t']).rsplit_once(", ")?.1))
        };
        let mut found = 0;
        for head in crate::testing::joined_pieces(&pieces, 5, 8000, 23, None) {
            let (d, b) = (dateline(&head), byline(&head));
            assert_eq!(d, whole_dateline(&head), "{head:?}");
            assert_eq!(b, whole_byline(&head), "{head:?}");
            found += usize::from(d.is_some()) + usize::from(b.is_some());
        }
        assert!(found > 2000, "the generated heads must hold datelines and bylines ({found})");
    }

    /// On ASCII lines the patterns with ASCII digits capture exactly what
    /// the patterns with Unicode digits capture (group by group), on
    /// generated header lines, prose and near misses.
    #[test]
    fn ascii_header_patterns_capture_what_the_unicode_ones_do() {
        let labels = ["", "Cap nhat: ", "Dang luc ", "Published ", "ngay dang "];
        let weekdays = ["", "Thu Hai, ", "CN, ", "T6 - ", "thu 7 | "];
        let dates = ["20/11/2024", "20-11-24", "ngay 23 thang 08 nam 2019", "7.1.2025", "123/4/2024", "1/2/20245"];
        let tails = ["", " 08:30", ", 09:25:27 (GMT+7)", " - 14:05 PM", " luc 8h30", " x", "."];
        let (mut lines, mut matched) = (0, 0);
        for label in labels {
            for weekday in weekdays {
                for date in dates {
                    for tail in tails {
                        for line in [
                            format!("{label}{weekday}{date}{tail}"),
                            format!("[{date} 17:49:47] Tin {tail}"),
                            format!("  ({weekday}{date}{tail})  "),
                            format!("Gia vang {label}{date}{tail} tang"),
                        ] {
                            assert!(line.is_ascii());
                            for (ascii, unicode) in [(&*WHOLE_ASCII, &*WHOLE), (&*STAMP_ASCII, &*STAMP)] {
                                let spans = |re: &Regex| {
                                    re.captures(&line)
                                        .map(|c| c.iter().map(|m| m.map(|m| m.range())).collect::<Vec<_>>())
                                };
                                let found = spans(ascii);
                                assert_eq!(found, spans(unicode), "{line:?}");
                                matched += usize::from(found.is_some());
                            }
                            lines += 1;
                        }
                    }
                }
            }
        }
        assert!(matched > lines / 4, "the generated lines must exercise the patterns ({matched} of {lines})");
        // A line with other digits is read by the Unicode patterns.
        assert_eq!(iso("Thu Hai, 04/11/2024 ٠٦:٤٠\nTin."), Some("2024-11-04".into()));
    }
}
