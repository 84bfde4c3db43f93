//! Date expressions, found by a scan over the tokens and their word IDs and
//! read by a hand parser of the few tokens each spans; values resolved
//! against the publication date by [`crate::calendar`].
//!
//! A date can start only at a number, at a word whose ID carries
//! [`Feat::DATE_FIRST`] (a word of `data/date_words.tsv`: "ngày", "hôm qua",
//! "thứ Hai", "quý"…), at a number written in words, or at "(" before a
//! number; every other token costs one bit test. From a start the parser
//! reads one *atom* (a day, a month, a year, a quarter, a week, a relative
//! day…), then what may follow it: a date in brackets that decides ("hôm
//! thứ Hai (13/5)"), a second consecutive day ("30/4 và 1/5"), or the end of
//! a range ("từ 19/4 đến ngày 29/4", "từ năm 2019 đến nay"). docs/dates.md
//! lists the forms.

use super::Ctx;
use crate::calendar::{self, Ymd};
use crate::lexicon::dates::{kind as K, DateWord, Opens};
use crate::lexicon::{Feat, Gap};
use crate::tokenize::{Shape, TokenKind};
use regex::Regex;
use std::fmt::Write as _;
use std::sync::LazyLock;

/// A date expression with its resolved value.
#[derive(Clone, Debug)]
pub(crate) struct DateHit {
    pub start: usize,
    pub end: usize,
    /// The resolved value (ISO), empty for a date that holds its words only.
    pub value: DateValue,
    pub part_of_day: Option<&'static str>,
    /// Clock time written next to the date ("19:28, 20/11/2024").
    pub time: Option<String>,
    pub rule: &'static str,
}

/// One end of a resolved period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Point {
    Year(i32),
    Month(i32, u32),
    /// A day; no year when none is written and no anchor is known.
    Day(Option<i32>, u32, u32),
}

impl Point {
    fn day(d: Ymd) -> Point {
        Point::Day(Some(d.y), d.m, d.d)
    }

    fn year(self) -> Option<i32> {
        match self {
            Point::Year(y) | Point::Month(y, _) => Some(y),
            Point::Day(y, _, _) => y,
        }
    }

    fn month(self) -> Option<u32> {
        match self {
            Point::Year(_) => None,
            Point::Month(_, m) | Point::Day(_, m, _) => Some(m),
        }
    }

    fn write(self, out: &mut DateValue) {
        // Digits written by hand (the formatting machinery cost some 650
        // instructions a point); a year outside 0..=9999 or a month or day
        // above 99 (never read, but representable) goes through `write!`.
        let (y, m, d) = match self {
            Point::Year(y) => (Some(y), None, None),
            Point::Month(y, m) => (Some(y), Some(m), None),
            Point::Day(y, m, d) => (y, Some(m), Some(d)),
        };
        match y {
            Some(y @ 0..=9999) => out.digits(y as u32, 4),
            Some(y) => {
                let _ = write!(out, "{y:04}");
            }
            None => out.push(b'-'),
        }
        for v in [m, d].into_iter().flatten() {
            out.push(b'-');
            if v <= 99 {
                out.digits(v, 2);
            } else {
                let _ = write!(out, "{v:02}");
            }
        }
    }
}

/// A period: one point, or a range from `a` to `b`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Val {
    a: Point,
    b: Point,
    /// Written as a range: "a/b" even when both ends are the same.
    range: bool,
}

impl Val {
    fn one(p: Point) -> Val {
        Val { a: p, b: p, range: false }
    }

    fn span(a: Point, b: Point) -> Val {
        Val { a, b, range: false }
    }

    /// A range as written ("từ tháng 6 đến tháng 6/2024" keeps both ends).
    fn written(a: Point, b: Point) -> Val {
        Val { a, b, range: true }
    }

    fn days(a: Ymd, b: Ymd) -> Val {
        Val::span(Point::day(a), Point::day(b))
    }

    fn single_day(self) -> Option<Ymd> {
        match (self.a, self.b) {
            (Point::Day(Some(y), m, d), b) if self.a == b => Some(Ymd { y, m, d }),
            _ => None,
        }
    }

    fn text(self) -> DateValue {
        let mut s = DateValue::default();
        self.a.write(&mut s);
        if self.b != self.a || self.range {
            s.push(b'/');
            self.b.write(&mut s);
        }
        s
    }
}

/// A date value as ISO text ("2024-05-13", "2024-05/2024-06",
/// "--04-30"), held in place: a String per date hit was an allocation
/// each, though the document keeps one copy per distinct date only.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) struct DateValue {
    len: u8,
    /// Two points of at most 33 bytes each ("-2147483648-4294967295-…")
    /// and the slash: any value fits.
    buf: [u8; 67],
}

impl Default for DateValue {
    fn default() -> DateValue {
        DateValue { len: 0, buf: [0; 67] }
    }
}

impl DateValue {
    /// The value's length in bytes, read from its field: through `Deref`
    /// (`str::len`) it cost a UTF-8 check of the bytes, asked for every
    /// date by the resolvers.
    pub fn len(&self) -> usize {
        usize::from(self.len)
    }

    /// True for a date that holds its words only (no value).
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn as_str(&self) -> &str {
        // Only whole `str`s are written in (see `write_str`).
        std::str::from_utf8(&self.buf[..usize::from(self.len)]).unwrap_or_default()
    }

    /// Appends an ASCII byte (where it fits: every value does).
    fn push(&mut self, b: u8) {
        if let Some(slot) = self.buf.get_mut(usize::from(self.len)) {
            *slot = b;
            self.len += 1;
        }
    }

    /// Appends `v` (below 10^`width`) in `width` digits, zeros first.
    fn digits(&mut self, v: u32, width: u32) {
        for p in (0..width).rev() {
            let digit = (v / 10u32.pow(p) % 10) as u8;
            self.push(b'0' + digit);
        }
    }
}

impl std::fmt::Write for DateValue {
    /// Appends `s` when it fits; an error (and nothing written) otherwise.
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let at = usize::from(self.len);
        let dest = self.buf.get_mut(at..at + s.len()).ok_or(std::fmt::Error)?;
        dest.copy_from_slice(s.as_bytes());
        self.len += s.len() as u8;
        Ok(())
    }
}

impl std::ops::Deref for DateValue {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl std::fmt::Debug for DateValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

/// The day and month, or the month, as written without a year: the start
/// of a range takes its year from the end ("từ 24-12 đến 2-1").
#[derive(Clone, Copy, Debug)]
enum Yearless {
    Day(u32, u32),
    Month(u32),
}

/// What the parser read: tokens `start..end` and the value, or `None` for
/// an expression that is not a date and whose words must not be read as
/// one ("20-30 năm tới", "những năm tới").
#[derive(Clone, Copy, Debug)]
struct Found {
    start: usize,
    end: usize,
    val: Option<Val>,
    rule: &'static str,
    part: Option<&'static str>,
    yearless: Option<Yearless>,
    /// Relative to today ("hôm qua", "thứ Hai"): a date in brackets after
    /// it decides.
    soft: bool,
}

impl Found {
    fn new(start: usize, end: usize, val: Val, rule: &'static str) -> Found {
        Found { start, end, val: Some(val), rule, part: None, yearless: None, soft: false }
    }

    fn none(start: usize, end: usize) -> Found {
        Found { start, end, val: None, rule: "", part: None, yearless: None, soft: false }
    }

    fn soft(mut self) -> Found {
        self.soft = true;
        self
    }

    fn from(mut self, start: usize) -> Found {
        self.start = start;
        self
    }

    /// A date of the lunar calendar: with no value, its words are still
    /// the date's (see `recognize`).
    fn lunar_rule(mut self) -> Found {
        self.rule = "date.lunar";
        self
    }

    fn with_part(mut self, part: Option<&'static str>) -> Found {
        self.part = self.part.or(part);
        self
    }
}

/// How a day was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Sep {
    Slash,
    Hyphen,
    Dot,
}

/// A day as written: day, month, year (with its number of digits).
#[derive(Clone, Copy, Debug)]
struct DayRaw {
    d: u32,
    m: u32,
    y: Option<(i32, usize)>,
    sep: Sep,
}

pub(crate) fn recognize(ctx: &Ctx, published: Option<Ymd>) -> Vec<DateHit> {
    let furniture = furniture_start(ctx);
    let mut s = Scan { ctx, published, anchor: published, today: published, last_day: None };
    // Sized for news text (a date every few hundred bytes): one allocation
    // where growing one push at a time took several.
    let mut out = Vec::with_capacity(ctx.text.len() / 256 + 4);
    let n = ctx.tokens.len();
    // The year of the last furniture line asked, by its start: a line of
    // at most `LINE_YEAR_WINDOW` bytes is read whole for every date on it
    // (its year depends on the line only), so it is read once.
    let mut line_memo: Option<(usize, Option<i32>)> = None;
    // The days of a list ("ngày 10, 23 và 25-3"), read into one buffer;
    // the end of the last run of numbers read with no month after it.
    let mut list: Vec<Found> = Vec::new();
    let mut no_list_before = 0;
    let mut i = 0;
    loop {
        i = s.next_start(i);
        if i >= n {
            break;
        }
        // A word that only joins or qualifies dates ("và", "của", "sau")
        // opens none: passed over before the anchor and the expression.
        if s.opens_none(i) {
            i += 1;
            continue;
        }
        let start = ctx.tokens[i].start();
        // Anchor for dates with no year: the publication date in the
        // article, the line's own year in page furniture, where days
        // relative to today mean nothing.
        if start >= furniture {
            let line = ctx.line_at(start);
            let year = match line_memo {
                Some((at, year)) if at == line.start => year,
                _ => {
                    let year = line_year(ctx, start);
                    if line.len() <= LINE_YEAR_WINDOW {
                        line_memo = Some((line.start, year));
                    }
                    year
                }
            };
            s.anchor = year.map(|y| Ymd { y, m: 7, d: 1 });
            s.today = None;
        } else {
            s.anchor = published;
            s.today = published;
        }
        // The date word at `i`, looked up once for the list and the
        // expression (only a word token can be one).
        let first = if ctx.kind(i) == Some(TokenKind::Word) { s.word(i) } else { None };
        // "ngày 10, 23 và 25-3": a list of days, each a date.
        if (first.is_some() || i >= no_list_before) && s.day_list(i, first, &mut list, &mut no_list_before) {
            for f in &list {
                let (bs, be) = (ctx.tokens[f.start].start(), ctx.tokens[f.end - 1].end());
                if let Some(val) = f.val.filter(|_| boundary_ok(ctx.text, bs, be)) {
                    out.push(date_hit(ctx.text, f, val, bs, be));
                }
            }
            if let Some(last) = list.last() {
                s.last_day = last.val.and_then(|v| v.single_day());
                i = last.end;
            }
            continue;
        }
        let Some(f) = s.expression(i, first).map(|f| s.lunar(f)) else {
            i += 1;
            continue;
        };
        let (bs, be) = (ctx.tokens[f.start].start(), ctx.tokens[f.end - 1].end());
        if !boundary_ok(ctx.text, bs, be) {
            i += 1;
            continue;
        }
        // "Quảng trường 30/10", "đường 3/2": a name, not a date.
        let before_text = ctx.lower[..bs].trim_end();
        if ctx.kind(f.start) == Some(TokenKind::Number)
            && ctx.lex.not_date_before.iter().any(|w| before_text.ends_with(w.as_str()))
        {
            i = f.end;
            continue;
        }
        i = f.end;
        let Some(val) = f.val else {
            // A lunar day that cannot be placed still holds its words:
            // an empty value claims them from the figures.
            if f.rule == "date.lunar" {
                out.push(DateHit {
                    start: bs,
                    end: be,
                    value: DateValue::default(),
                    part_of_day: None,
                    time: None,
                    rule: f.rule,
                });
            }
            continue;
        };
        if let Some(d) = val.single_day() {
            s.last_day = Some(d);
        }
        out.push(date_hit(ctx.text, &f, val, bs, be));
    }
    out
}

/// The hit of the date `f` read at bytes `bs..be` of `text`, with its value
/// and the clock time written next to it.
fn date_hit(text: &str, f: &Found, val: Val, bs: usize, be: usize) -> DateHit {
    DateHit { start: bs, end: be, value: val.text(), part_of_day: f.part, time: clock_time(text, bs, be), rule: f.rule }
}

/// True when token `i` starts a number with a duration unit and a relative
/// word ("3 năm tới", "4 ngày trước"): a date that leaves its number to the
/// figures ("3 năm").
///
/// Asked by the figures at every number and number word inside a date
/// (~17,000 per 2 MB of samples: "5" "3" "2024" of "ngày 5/3/2024", "năm"
/// of "năm 2024"), where nearly all answer no: a count of one token has
/// its unit and its relative word right after it, both date words
/// ([`Feat::DATE_FIRST`]), and a number in words of several tokens goes on
/// at the next one ([`Scan::reads_on`]). Without either, the count is
/// not read (a number in words costs some 400 instructions to read).
/// (Test `duration_inside_as_read_whole`.)
pub(crate) fn duration_inside(ctx: &Ctx, i: usize) -> bool {
    let s = Scan { ctx, published: None, anchor: None, today: None, last_day: None };
    let units_next = ctx.feat(i + 1).any(Feat::DATE_FIRST) && ctx.feat(i + 2).any(Feat::DATE_FIRST);
    (units_next || (ctx.feat(i).any(Feat::NUMBER_WORD) && s.reads_on(i))) && s.duration_at(i)
}

impl Scan<'_, '_> {
    /// [`duration_inside`] read whole: the count at `i`, a one-word unit
    /// of time after it, then a relative word.
    fn duration_at(&self, i: usize) -> bool {
        let Some((_, len)) = self.count_at(i) else { return false };
        let unit = i + len;
        self.word(unit).is_some_and(|(l, w)| l == 1 && w.is(K::DAY | K::WEEK | K::MONTH | K::YEAR))
            && self.single(unit + 1).is_some_and(|w| w.is(K::REL) && w.n != 0)
    }
}

/// Where page furniture (related-article lists) starts; in text without
/// diacritics the headings are matched folded.
fn furniture_start(ctx: &Ctx) -> usize {
    // The folded twin of the lexicon (text without diacritics) restores words.
    if ctx.lex.restore.is_empty() {
        return ctx.furniture;
    }
    let mut at = 0;
    for line in ctx.lower[..ctx.furniture].split('\n') {
        if ctx.lex.date.furniture_folded.iter().any(|h| h == line.trim()) {
            return at;
        }
        at += line.len() + 1;
    }
    ctx.furniture
}

/// Not inside a longer number or code: "07/2025/NQ-CP", "1.2019", "5/1abc".
/// A comma right after a word is a missing space, not a number's
/// separator: "thông tin,chiều 18-6" has its date, "1,5-6 triệu" none.
fn boundary_ok(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let before = text[..start].chars().next_back();
    let glued_after_word =
        || before == Some(',') && text[..start - 1].chars().next_back().is_some_and(char::is_alphabetic);
    if before.is_some_and(|c| c.is_alphanumeric() || matches!(c, '/' | '.' | ',' | '-'))
        && !(before == Some('-') && start >= 2 && b[start - 2] == b' ')
        && !glued_after_word()
    {
        return false;
    }
    let after = text[end..].chars().next();
    !(after.is_some_and(|a| a.is_alphanumeric() || a == '/' || a == '%')
        || (matches!(after, Some('.' | ',')) && b.get(end + 1).is_some_and(u8::is_ascii_digit)))
}

/// A clock time right before a date, and right after one (the time is
/// the pattern's group; [`time_in_match`] reads it off a match).
const CLOCK_BEFORE: &str = r"(\d{1,2}:\d{2}(?::\d{2})?)\s*[,|]?\s*(?:ngày\s*)?$";
const CLOCK_AFTER: &str = r"^\s*[,|]?\s*(?:lúc\s*)?(\d{1,2}:\d{2}(?::\d{2})?)";

/// A clock time just before ("19:28, 20/11" or "07:05 | 04/11") or just after
/// ("…2019, 09:25:27") the date.
fn clock_time(text: &str, start: usize, end: usize) -> Option<String> {
    static BEFORE: LazyLock<Regex> = LazyLock::new(|| Regex::new(CLOCK_BEFORE).expect("time pattern"));
    static AFTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(CLOCK_AFTER).expect("time pattern"));
    let head = &text[super::floor_boundary(text, start.saturating_sub(16))..start];
    let tail = &text[end..super::floor_boundary(text, end + 16)];
    // Sixteen bytes each: a byte loop, where `contains` sets up a search.
    let colon = |s: &str| s.bytes().any(|b| b == b':');
    if !colon(head) && !colon(tail) {
        return None;
    }
    // The time is read off the match, not captured: a search allocates
    // nothing and runs the fast engine, captures allocate and run the slow
    // one (see `time_in_match`).
    let time = |re: &Regex, s: &str, before: bool| re.find(s).map(|m| time_in_match(m.as_str(), before).to_string());
    time(&BEFORE, head, true).or_else(|| time(&AFTER, tail, false))
}

/// The clock time inside a match of the pattern before (`before`) or
/// after a date in [`clock_time`]: what its capture group holds. The time
/// is digits and colons; the rest of a match (spaces, ",", "|", "ngày",
/// "lúc") has neither, so the time is the match's leading run of them
/// (before) or everything from its first digit (after).
fn time_in_match(m: &str, before: bool) -> &str {
    if before {
        let end = m.find(|c: char| c != ':' && !c.is_numeric()).unwrap_or(m.len());
        &m[..end]
    } else {
        &m[m.find(char::is_numeric).unwrap_or(m.len())..]
    }
}

/// A dated byline ending a line: its year is the pattern's group
/// ([`byline_year`] reads it off a match).
const BYLINE_YEAR: &str = r"\d{1,2}:\d{2}, \d{1,2}/\d{1,2}/((?:19|20)\d{2})\s*$";

/// How far before and after a date [`line_year`] looks on its line: a
/// line no longer than this is read whole from any position on it.
const LINE_YEAR_WINDOW: usize = 300;

/// The latest explicit year (19xx, 20xx) on the line around `pos`, or on
/// the line before it when that line is a dated byline ("… - 20:31, 18/09/2025").
fn line_year(ctx: &Ctx, pos: usize) -> Option<i32> {
    static YEAR: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?-u:\b)(?:19|20)\d{2}(?-u:\b)").expect("year pattern"));
    static BYLINE: LazyLock<Regex> = LazyLock::new(|| Regex::new(BYLINE_YEAR).expect("byline pattern"));
    let t = ctx.text;
    let line = ctx.line_at(pos);
    // Lines of related-article lists are short; a bounded window keeps a
    // long line linear.
    let window = super::ceil_boundary(t, pos.saturating_sub(LINE_YEAR_WINDOW)).max(line.start)
        ..super::floor_boundary(t, pos + LINE_YEAR_WINDOW).min(line.end).max(pos);
    let own = YEAR.find_iter(&t[window]).filter_map(|m| m.as_str().parse().ok()).max();
    own.or_else(|| {
        let before = t[..line.start].trim_end();
        let prev = ctx.line_at(before.len());
        // The year is read off the match (no captures: they allocate): the
        // word after its last "/", before any trailing space.
        let prev = &t[prev.start..before.len()];
        BYLINE.find(prev).and_then(|m| byline_year(m.as_str()).parse().ok())
    })
}

/// The year a match of the byline pattern of [`line_year`] captures: after
/// its last "/", up to the trailing space.
fn byline_year(m: &str) -> &str {
    let year = m.rfind('/').map_or(m, |p| &m[p + 1..]);
    year.trim_end()
}

/// The features of the words that may open a date: a date word or a
/// number in words.
const DATE_WORD: Feat = Feat(Feat::DATE_FIRST.0 | Feat::NUMBER_WORD.0);

/// The features of the tokens [`Scan::next_start`] stops at: a date word,
/// a number in words, or a token opening with a digit (a number, or a
/// word such as "6ha", which it passes).
const DATE_START: Feat = Feat(DATE_WORD.0 | Feat::OPENS_DIGIT.0);

/// The parser over one text.
struct Scan<'c, 'a> {
    ctx: &'c Ctx<'a>,
    published: Option<Ymd>,
    /// The year of a day written without one is the one nearest this.
    anchor: Option<Ymd>,
    /// What "hôm nay" is: the publication date, except in page furniture.
    today: Option<Ymd>,
    /// The last single day found ("Cùng ngày" repeats it).
    last_day: Option<Ymd>,
}

impl Scan<'_, '_> {
    fn n(&self) -> usize {
        self.ctx.tokens.len()
    }

    fn tok(&self, k: usize) -> &str {
        self.ctx.tok(k)
    }

    fn is_punct(&self, k: usize, p: &str) -> bool {
        self.ctx.kind(k) == Some(TokenKind::Punct) && self.tok(k) == p
    }

    /// True when tokens `k` and `k + 1` touch ("5" "/" "1").
    fn glued(&self, k: usize) -> bool {
        self.ctx.gaps.get(k + 1) == Some(&Gap::Glued)
    }

    /// True when token `k + 1` follows token `k` on the same line.
    fn next_ok(&self, k: usize) -> bool {
        let t = &self.ctx.tokens;
        if k + 1 >= t.len() {
            return false;
        }
        // Glued or one space between (most pairs): no line break, no
        // search of the bytes between.
        if matches!(self.ctx.gaps.get(k + 1), Some(Gap::Glued | Gap::Space)) {
            return true;
        }
        !crate::tokenize::breaks_line(self.ctx.text, t[k].end(), t[k + 1].start())
    }

    /// The longest date phrase from token `k`: tokens used and the word.
    fn word(&self, k: usize) -> Option<(usize, DateWord)> {
        if !self.ctx.feat(k).any(Feat::DATE_FIRST) {
            return None;
        }
        self.ctx.lex.date.words.longest(&self.ctx.ids, &self.ctx.gaps, k).map(|(n, e)| (n, e.1))
    }

    /// The date word that token `k` is on its own.
    fn single(&self, k: usize) -> Option<DateWord> {
        if !self.ctx.feat(k).any(Feat::DATE_FIRST) {
            return None;
        }
        self.ctx.lex.date.words.single(*self.ctx.ids.get(k)?).copied()
    }

    /// Token `k` is a one-word date word of one of the kinds `kinds`.
    fn single_is(&self, k: usize, kinds: u32) -> bool {
        self.single(k).is_some_and(|w| w.is(kinds))
    }

    /// Token `k` as a number of digits only: value and number of digits.
    fn num(&self, k: usize) -> Option<(u32, usize)> {
        self.ctx.digits(k)
    }

    /// Token `k` as a number of one or two digits.
    fn small(&self, k: usize) -> Option<u32> {
        self.num(k).filter(|&(_, l)| l <= 2).map(|(v, _)| v)
    }

    /// Token `k` as a year of four digits.
    fn year4(&self, k: usize) -> Option<i32> {
        self.num(k).filter(|&(_, l)| l == 4).map(|(v, _)| v as i32)
    }

    /// A count from token `k`, in digits ("3") or words ("ba"): value and tokens.
    fn count_at(&self, k: usize) -> Option<(u32, usize)> {
        if let Some((v, l)) = self.num(k) {
            return (l <= 3 && v >= 1).then_some((v, 1));
        }
        if self.ctx.kind(k) == Some(TokenKind::Word) && self.ctx.feat(k).any(Feat::NUMBER_WORD) {
            // "ba ngày", and "một năm", "năm năm" (words that count only
            // before a unit).
            let (v, n) = super::figures::number_words(self.ctx, k)
                .or_else(|| self.ctx.lex.number_words.get(self.ctx.ltok(k)).map(|&(v, _)| (v, 1)))?;
            return ((1.0..1000.0).contains(&v) && v.fract() == 0.0).then_some((v as u32, n));
        }
        None
    }

    /// True when a number in words may read on from token `k` to the
    /// next: [`super::figures::number_words`] reads on only over one space
    /// ([`Ctx::joined`]), and only into a word [`goes_on_number`] names,
    /// none of which opens with a digit ("năm 2024": the year is not
    /// asked about by its text). (Test `duration_inside_as_read_whole`.)
    ///
    /// [`goes_on_number`]: Self::goes_on_number
    fn reads_on(&self, k: usize) -> bool {
        self.ctx.joined(k) && !self.ctx.feat(k + 1).any(Feat::OPENS_DIGIT) && self.goes_on_number(k + 1)
    }

    /// True when token `k` may go on a number in words begun before it
    /// ([`super::figures::number_words`] reads it only if it is one of
    /// these words, in either of the forms its "muoi" takes).
    fn goes_on_number(&self, k: usize) -> bool {
        let raw = self.ctx.ltok(k);
        [true, false].into_iter().map(|after_digit| super::figures::canonical_number_word(raw, after_digit)).any(|w| {
            matches!(w, "trăm" | "mươi" | "chục" | "mười" | "linh" | "lẻ" | "không")
                || super::figures::scale_word(w).is_some()
                || self.ctx.lex.number_words.contains_key(w)
        })
    }

    /// The first token from `from` where a date can start (the token
    /// count when none can): a number, a date word or a number in words
    /// (by their feature bits), or "(" before a number. Most tokens of
    /// news text are passed over here, by their feature bits alone
    /// ([`Ctx::next_with`]; a number has [`Feat::OPENS_DIGIT`], as has a
    /// word glued to a digit, "6ha", which is told apart here): the "("
    /// is looked for only before a number found so.
    fn next_start(&self, from: usize) -> usize {
        let ctx = self.ctx;
        let bytes = ctx.text.as_bytes();
        let open = |k: usize| {
            ctx.tokens.get(k).is_some_and(|t| t.kind() == TokenKind::Punct && bytes.get(t.range()) == Some(b"("))
        };
        let mut k = from;
        loop {
            k = ctx.next_with(k, DATE_START);
            match ctx.kind(k) {
                Some(TokenKind::Number) => return if k > from && open(k - 1) { k - 1 } else { k },
                Some(TokenKind::Word) if ctx.feat(k).any(DATE_WORD) => return k,
                Some(TokenKind::Punct) if open(k) && ctx.kind(k + 1) == Some(TokenKind::Number) => return k,
                Some(_) => k += 1,
                None => return ctx.tokens.len(),
            }
        }
    }

    /// [`next_start`](Self::next_start) as it was written before the
    /// feature bit: every token's kind asked (the oracle of test
    /// `starts_found_by_bits_are_those_found_by_reading`).
    #[cfg(test)]
    fn next_start_by_reading(&self, from: usize) -> usize {
        let ctx = self.ctx;
        let tokens = ctx.tokens.get(from..).unwrap_or(&[]);
        let feats = ctx.feats.get(from..).unwrap_or(&[]);
        let bytes = ctx.text.as_bytes();
        tokens
            .iter()
            .zip(feats)
            .enumerate()
            .position(|(k, (t, f))| match t.kind() {
                TokenKind::Number => true,
                TokenKind::Word => f.any(Feat::DATE_FIRST | Feat::NUMBER_WORD),
                TokenKind::Punct => {
                    bytes.get(t.start()..t.end()) == Some(b"(") && ctx.kind(from + k + 1) == Some(TokenKind::Number)
                }
                _ => false,
            })
            .map_or(ctx.tokens.len(), |p| from + p)
    }

    /// True when token `i` is a word from which [`expression`](Self::expression)
    /// reads no date, told by its word ID ([`DateTables::opens`]): every
    /// entry of the date words that holds it has only kinds that join or
    /// qualify dates, and it is no number word (which may count days).
    /// (Test `words_that_open_no_date`.)
    ///
    /// [`DateTables::opens`]: crate::lexicon::dates::DateTables::opens
    fn opens_none(&self, i: usize) -> bool {
        let ctx = self.ctx;
        if ctx.kind(i) != Some(TokenKind::Word) || ctx.feat(i).any(Feat::NUMBER_WORD) {
            return false;
        }
        match ctx.lex.date.opens(ctx.ids.get(i).copied().unwrap_or_default()) {
            Opens::Maybe => false,
            Opens::Never => true,
            Opens::UnlessYearNext => !self.single_is(i + 1, K::YEAR),
            Opens::UnlessDateWordNext => !ctx.feat(i + 1).any(Feat::DATE_FIRST),
        }
    }

    /// An expression from token `i`: "từ A đến B", "A đến nay", "A (B)", "A và B", "A".
    /// `first`: the date word at `i` ([`Scan::word`], asked of word
    /// tokens only: numbers and brackets go straight to their atoms),
    /// looked up once by the caller for the prefix, the atom and the list.
    fn expression(&self, i: usize, first: Option<(usize, DateWord)>) -> Option<Found> {
        if let Some((1, w)) = first {
            if w.is(K::FROM) && self.next_ok(i) {
                let a = self.atom(i + 1, true)?;
                let a = self.after_atom(a);
                return Some(self.range_tail(a).unwrap_or(a).from(i));
            }
            // "đến ngày 29/4": the prefix belongs to the date.
            if w.is(K::TO) && !w.is(K::REL) && self.next_ok(i) {
                let a = self.atom(i + 1, true)?;
                return Some(self.after_atom(a).from(i));
            }
        }
        let a = self.atom_with(i, false, || first)?;
        let a = self.after_atom(a);
        Some(self.range_tail(a).unwrap_or(a))
    }

    /// "rằm tháng Giêng", "rằm tháng 7", "rằm tháng Bảy": a named day of a
    /// lunar month (`d`: "rằm", the full moon, is the 15th); the month
    /// after it is lunar however it is written.
    fn lunar_day(&self, k: usize, j: usize, d: u32) -> Option<Found> {
        if !self.next_ok(j - 1) {
            return None;
        }
        let named = self.word(j).filter(|(_, w)| w.is(K::LUNAR_MONTH | K::MONTH_NAME));
        let (m, end) = match named {
            Some((len, w)) => (w.n as u32, j + len),
            None if self.single_is(j, K::MONTH) && self.next_ok(j) => {
                (self.small(j + 1).filter(|m| (1..=12).contains(m))?, j + 2)
            }
            None => return None,
        };
        // "rằm tháng Tám năm 2015": the lunar month of that year.
        let year = self.year_after(end);
        let end = year.map_or(end, |(_, e)| e);
        let anchor = year.map(|(y, _)| Ymd { y, m, d: 15 }).or(self.today).or(self.anchor);
        let val = anchor.and_then(|anchor| calendar::lunar_day_near(m, d, anchor)).map(|day| Val::days(day, day));
        Some(Found { val, ..Found::none(k, end) }.lunar_rule())
    }

    /// "ngày 15 tháng 3 âm lịch", "từ ngày 10 đến 16 tháng Giêng âm lịch",
    /// "tháng 7 (âm lịch)": days and months of the lunar calendar, which
    /// festivals and anniversaries are dated by, resolved to the Gregorian
    /// days they fall on (the lunar month nearest the written year, or the
    /// anchor). No value when no year is known; the words stay the date's,
    /// so "3 âm lịch" is not read as a figure.
    fn lunar(&self, f: Found) -> Found {
        let k = f.end;
        let ctx = self.ctx;
        let said = |j: usize| ctx.ltok(j) == "âm" && ctx.ltok(j + 1) == "lịch" && self.next_ok(j);
        let end = if said(k) && self.next_ok(k - 1) {
            k + 2
        } else if self.is_punct(k, "(") && said(k + 1) && self.is_punct(k + 3, ")") {
            k + 4
        } else {
            return f;
        };
        // "tháng Giêng âm lịch", "mùng 10 tháng Giêng (âm lịch)": already lunar.
        if matches!(f.rule, "date.lunar" | "date.lunar_month") {
            return Found { end, ..f };
        }
        let days = |p: Point| -> Option<(Ymd, Ymd)> {
            let anchor = match p.year() {
                Some(y) => Ymd { y, m: p.month()?, d: 15 },
                None => self.anchor?,
            };
            match p {
                Point::Day(_, m, d) => calendar::lunar_day_near(m, d, anchor).map(|day| (day, day)),
                Point::Month(_, m) => calendar::lunar_month_near(m, anchor),
                Point::Year(_) => None,
            }
        };
        let val = f.val.and_then(|v| Some(Val::days(days(v.a)?.0, days(v.b)?.1)));
        Found { end, val, rule: "date.lunar", yearless: None, soft: false, ..f }
    }

    /// "hôm thứ Hai (13/5)", "Chiều qua (13-7)", "hôm nay (8/6)": the day
    /// in brackets after a relative one decides.
    fn bracket(&self, a: Found) -> Option<Found> {
        let k = a.end;
        if !a.soft || !self.is_punct(k, "(") {
            return None;
        }
        let b = self.atom(k + 1, true)?;
        if !self.is_punct(b.end, ")") || !matches!(b.val.map(|v| v.a), Some(Point::Day(..))) {
            return None;
        }
        Some(Found { end: b.end + 1, rule: "date.bracket", soft: false, ..b }.from(a.start).with_part(a.part))
    }

    /// What may follow an atom: a deciding date in brackets, a consecutive
    /// day, the year of a day written without one, the end of a range of
    /// months.
    fn after_atom(&self, a: Found) -> Found {
        let a = self.bracket(a).unwrap_or(a);
        let a = self.year_of_day(a).or_else(|| self.month_dash_range(a)).unwrap_or(a);
        let Some(v) = a.val else { return a };
        let k = a.end;
        // "30/4 và 1/5", "đêm nay (28/4) và ngày 29/4": two consecutive days.
        if let Some(d) = v.single_day() {
            if self.single_is(k, K::AND) && self.next_ok(k) {
                if let Some(b) = self.atom(k + 1, true) {
                    if b.val.and_then(|v| v.single_day()) == Some(d.add_days(1)) {
                        let mut f = Found::new(a.start, b.end, Val::days(d, d.add_days(1)), "date.two_days");
                        f.part = a.part;
                        return f;
                    }
                }
            }
        }
        a
    }

    /// "ngày 28/3 năm 2017": a day written without its year, then the year.
    fn year_of_day(&self, a: Found) -> Option<Found> {
        let Some(Yearless::Day(d, m)) = a.yearless else { return None };
        let k = a.end;
        if !self.single_is(k, K::YEAR) || !self.next_ok(k - 1) || !self.next_ok(k) {
            return None;
        }
        let y = self.year4(k + 1)?;
        calendar::day(Some(y), m, d)?;
        let val = Val::one(Point::Day(Some(y), m, d));
        Some(Found { end: k + 2, val: Some(val), yearless: None, soft: false, ..a })
    }

    /// "tháng 1/2004 - 5/2010", "tháng 3/2019 – 12/2020": a range of months
    /// written with a dash, the second without "tháng".
    fn month_dash_range(&self, a: Found) -> Option<Found> {
        let Point::Month(y1, m1) = a.val?.a else { return None };
        if a.yearless.is_some() || a.val?.b != a.val?.a {
            return None;
        }
        let k = a.end;
        if !(self.is_punct(k, "-") || self.is_punct(k, "–")) || !self.next_ok(k - 1) || !self.next_ok(k) {
            return None;
        }
        let m2 = self.small(k + 1).filter(|m| (1..=12).contains(m))?;
        if !(self.is_punct(k + 2, "/") && self.glued(k + 1) && self.glued(k + 2)) {
            return None;
        }
        let y2 = self.year4(k + 3)?;
        if (y2, m2) <= (y1, m1) {
            return None;
        }
        let val = Val::written(Point::Month(y1, m1), Point::Month(y2, m2));
        Some(Found { end: k + 4, val: Some(val), rule: "date.month_range", ..a })
    }

    /// "… đến B", "… đến nay", "… đến hết B": the range from `a`.
    fn range_tail(&self, a: Found) -> Option<Found> {
        let av = a.val?;
        let k = a.end;
        if !self.single_is(k, K::TO) || !self.next_ok(k) {
            return None;
        }
        let mut j = k + 1;
        if self.single_is(j, K::UNTIL) {
            j += 1;
        }
        // "từ năm 2019 đến nay"
        if let Some((n, w)) = self.word(j) {
            if w.is(K::NOW) && !self.is_punct(j + n, "(") {
                let today = self.today?;
                let val = Some(Val::span(av.a, Point::day(today)));
                return Some(Found { end: j + n, val, rule: "date.since", soft: false, yearless: None, ..a });
            }
        }
        // "từ tháng 3 đến 5/2024": the month and year without "tháng".
        if let (Some(Yearless::Month(m1)), Some(m2), true, Some(y)) =
            (a.yearless, self.small(j), self.is_punct(j + 1, "/"), self.year4(j + 2))
        {
            if (1..=12).contains(&m2) && (1..=12).contains(&m1) && m1 <= m2 {
                let val = Val::written(Point::Month(y, m1), Point::Month(y, m2));
                return Some(Found { end: j + 3, val: Some(val), rule: "date.month_range", soft: false, ..a });
            }
        }
        let b = self.atom(j, true)?;
        let b = self.after_atom(b);
        let bv = b.val?;
        let start = match (a.yearless, bv.b.year()) {
            (Some(Yearless::Day(d, m)), Some(y)) => {
                let y = if bv.b.month().is_some_and(|m2| m > m2) { y - 1 } else { y };
                Point::Day(Some(y), m, d)
            }
            (Some(Yearless::Month(m)), Some(y)) => {
                let y = if bv.b.month().is_some_and(|m2| m > m2) { y - 1 } else { y };
                Point::Month(y, m)
            }
            _ => av.a,
        };
        if let Point::Day(Some(y), m, d) = start {
            calendar::day(Some(y), m, d)?;
        }
        Some(Found {
            start: a.start,
            end: b.end,
            val: Some(Val::written(start, bv.b)),
            rule: "date.from_to",
            part: a.part,
            yearless: None,
            soft: false,
        })
    }

    /// One date from token `k`; `prefixed` when a date word comes before
    /// it ("ngày", "từ", "sáng"), which lets "17-5" and "17.5" be days.
    fn atom(&self, k: usize, prefixed: bool) -> Option<Found> {
        self.atom_with(k, prefixed, || self.word(k))
    }

    /// [`Scan::atom`] with the date word at `k` (`word`, asked only for a
    /// word token) from a caller that looked it up already.
    fn atom_with(&self, k: usize, prefixed: bool, word: impl FnOnce() -> Option<(usize, DateWord)>) -> Option<Found> {
        if k >= self.n() {
            return None;
        }
        match self.ctx.kind(k)? {
            TokenKind::Number => return self.numeric(k, prefixed),
            TokenKind::Punct => return self.bracketed_years(k),
            TokenKind::Word => {}
            _ => return None,
        }
        let Some((len, w)) = word() else { return self.count_forms(k) };
        let j = k + len;
        if w.is(K::PART) {
            return self.after_part(k, j, w.part);
        }
        if w.is(K::DEICTIC) {
            return self.deictic(k, j, w.n, None);
        }
        if w.is(K::WEEKDAY | K::ORDINAL) {
            return self.weekday(k, prefixed, false);
        }
        if w.is(K::MONTH_NAME | K::LUNAR_MONTH) {
            return self.month_name(k, len, w, prefixed);
        }
        if w.is(K::LUNAR_DAY) {
            return self.lunar_day(k, j, w.n as u32);
        }
        if w.is(K::DAY) {
            return self.after_day_word(k);
        }
        if w.is(K::HOM) {
            if !self.next_ok(k) {
                return None;
            }
            if let Some(f) = self.weekday(j, true, true) {
                return Some(f.from(k));
            }
            return self.day_forms(j, true).map(|f| f.from(k));
        }
        if w.is(K::MONTH) {
            return self.month(k);
        }
        if w.is(K::YEAR) {
            return self.year_word(k).or_else(|| self.count_forms(k));
        }
        if w.is(K::QUARTER) {
            return self.quarter(k);
        }
        if w.is(K::WEEK) {
            return self.week(k);
        }
        if w.is(K::TERM) {
            return self.term(k, j);
        }
        if w.is(K::HALF) {
            return self.half(k, j);
        }
        if w.is(K::DECADE) {
            return self.decade(k, j);
        }
        if w.is(K::VAGUE) {
            return self.vague(k, j);
        }
        if w.is(K::BIRTH) {
            let y = self.year4(j)?;
            return Some(Found::new(k, j + 1, Val::one(Point::Year(y)), "date.birth_year"));
        }
        if w.is(K::SAME) {
            let d = self.last_day?;
            return Some(Found::new(k, j, Val::days(d, d), "date.same_day"));
        }
        if w.is(K::EVE) {
            let (tet, _) = calendar::lunar_month_near(1, self.today?)?;
            let eve = tet.add_days(-1);
            return Some(Found::new(k, j, Val::days(eve, eve), "date.new_year_eve"));
        }
        if w.is(K::AGO) {
            return self.count_forms(j).filter(|f| f.rule == "date.ago").map(|f| f.from(k));
        }
        if w.is(K::NOWISH) {
            // "hiện nay (28/4)": only with the date in brackets.
            return self.bracket(Found::none(k, j).soft());
        }
        if w.is(K::IN) && self.single_is(j, K::YEAR) {
            // "trong năm qua": this year.
            if self.single(j + 1).is_some_and(|w| w.is(K::SHORT_DEICTIC) && w.n == -1) {
                let y = self.published?.y;
                return Some(Found::new(k, j + 2, Val::one(Point::Year(y)), "date.relative_year"));
            }
        }
        self.count_forms(k)
    }

    /// After a part of the day: "sáng nay", "tối qua", "đêm hôm kia",
    /// "trưa Chủ nhật", "chiều ngày 29/4", "Chiều 19-3".
    fn after_part(&self, k: usize, j: usize, part: Option<&'static str>) -> Option<Found> {
        if !self.next_ok(j - 1) {
            return None;
        }
        if let Some((len, w)) = self.word(j) {
            if w.is(K::DEICTIC) || (len == 1 && w.is(K::SHORT_DEICTIC)) {
                return self.deictic(k, j + len, w.n, part);
            }
            if w.is(K::WEEKDAY | K::ORDINAL) {
                return self.weekday(j, true, false).map(|f| f.from(k).with_part(part));
            }
            if w.is(K::DAY) && len == 1 {
                return self.after_day_word(j).map(|f| f.from(k).with_part(part));
            }
            if w.is(K::HOM) && len == 1 {
                return self.atom(j, true).map(|f| f.from(k).with_part(part));
            }
            if w.is(K::EVE) {
                return self.atom(j, true).map(|f| f.from(k).with_part(part));
            }
        }
        self.day_forms(j, true).map(|f| f.from(k).with_part(part))
    }

    /// A day relative to today ("hôm qua", "sáng nay"); a date written right
    /// after it decides ("hôm nay 22/6").
    fn deictic(&self, k: usize, j: usize, offset: i32, part: Option<&'static str>) -> Option<Found> {
        if let Some(f) = self.day_forms(j, true).filter(|_| self.next_ok(j - 1)) {
            return Some(f.from(k).with_part(part));
        }
        let Some(today) = self.today else {
            // No publication date: only a date in brackets can tell the day.
            return self.bracket(Found::none(k, j).soft()).map(|f| f.with_part(part));
        };
        let d = today.add_days(offset as i64);
        let mut f = Found::new(k, j, Val::days(d, d), "date.relative_day").soft();
        f.part = part;
        Some(f)
    }

    /// "ngày 6 tháng 2 (năm 2024)", "ngày 17-5", "ngày 28.7.1995", "ngày thứ Hai".
    fn after_day_word(&self, k: usize) -> Option<Found> {
        self.after_day_word_at(k, true)
    }

    /// [`Self::after_day_word`]; `nest` lets one more day word follow
    /// ("ngày mùng 10 tháng Giêng", "ngày mồng 2/9"), once, so a run of
    /// day words costs no more than one.
    fn after_day_word_at(&self, k: usize, nest: bool) -> Option<Found> {
        let j = k + 1;
        if !self.next_ok(k) {
            return None;
        }
        if nest && self.single_is(j, K::DAY) {
            return self.after_day_word_at(j, false).map(|f| f.from(k));
        }
        if let (Some(d), true, Some(m)) = (self.small(j), self.single_is(j + 1, K::MONTH), self.small(j + 2)) {
            if let Some(f) = self.words_day(j, d, m) {
                return Some(f.from(k));
            }
            // A day without a year: the year nearest the anchor.
            let p = calendar::resolve_day(None, m, d, self.anchor)?;
            let mut f = Found::new(k, j + 3, Val::one(Point::Day(p.y, m, d)), "date.day_words");
            f.yearless = Some(Yearless::Day(d, m));
            return Some(f);
        }
        // "ngày 10 tháng Giêng", "mùng 1 tháng Chạp", "mùng 6 Tết": a day of
        // a lunar month (Tết opens the first).
        let lunar_month = self.word(j + 1).filter(|(_, w)| w.is(K::LUNAR_MONTH)).map(|(len, w)| (len, w.n as u32));
        let tet = || (self.ctx.ltok(j + 1) == "tết").then_some((1, 1));
        if let (Some(d), Some((len, month))) = (self.small(j), lunar_month.or_else(tet)) {
            if self.next_ok(j) {
                let val = self
                    .today
                    .or(self.anchor)
                    .and_then(|anchor| calendar::lunar_day_near(month, d, anchor))
                    .map(|day| Val::days(day, day));
                return Some(Found { val, ..Found::none(k, j + 1 + len) }.lunar_rule());
            }
        }
        // "ngày thứ Hai"; "ngày thứ 2 liên tiếp" is the second day.
        if let Some(f) = self.weekday(j, false, false) {
            return Some(f.from(k));
        }
        self.day_forms(j, true).map(|f| f.from(k))
    }

    /// "23 tháng 08 năm 2019" from the day at `j`.
    fn words_day(&self, j: usize, d: u32, m: u32) -> Option<Found> {
        if !self.single_is(j + 3, K::YEAR) {
            return None;
        }
        let y = self.year4(j + 4)?;
        calendar::day(Some(y), m, d)?;
        Some(Found::new(j, j + 5, Val::one(Point::Day(Some(y), m, d)), "date.day_words"))
    }

    /// A day as written from the number at `k`: "5/1", "5/1/2022",
    /// "5/1//2022", "3/3/17", "17-5", "19-8-2005", "10.5", "28.7.1995".
    fn day_raw(&self, k: usize) -> Option<(DayRaw, usize)> {
        let s = self.tok(k);
        if self.ctx.kind(k) != Some(TokenKind::Number) {
            return None;
        }
        // A number is a few bytes: a byte loop, where `contains` sets up a search.
        if s.bytes().any(|b| b == b'.') {
            if s.bytes().any(|b| b == b',') {
                return None;
            }
            let mut parts = s.split('.');
            let d = parts.next()?;
            let m = parts.next()?;
            let y = parts.next();
            if parts.next().is_some() || d.len() > 2 || m.len() > 2 || y.is_some_and(|y| y.len() != 4 && y.len() != 2) {
                return None;
            }
            let y = match y {
                Some(y) => Some((y.parse().ok()?, y.len())),
                None => None,
            };
            return Some((DayRaw { d: d.parse().ok()?, m: m.parse().ok()?, y, sep: Sep::Dot }, k + 1));
        }
        let d = self.small(k)?;
        let sep = match self.tok(k + 1) {
            "/" => Sep::Slash,
            "-" => Sep::Hyphen,
            _ => return None,
        };
        if !(self.glued(k) && self.glued(k + 1)) {
            return None;
        }
        let m = self.small(k + 2)?;
        let mut end = k + 3;
        let mut y = None;
        // The year: "/2022", "//2022" (a typing slip), "-2005", "/17".
        let mut j = k + 3;
        let sep_text = if sep == Sep::Slash { "/" } else { "-" };
        while self.tok(j) == sep_text && self.glued(j - 1) && sep == Sep::Slash && j < k + 5 {
            j += 1;
        }
        if sep == Sep::Hyphen && self.tok(j) == "-" && self.glued(j - 1) {
            j += 1;
        }
        if j > k + 3 && self.glued(j - 1) {
            if let Some((v, l)) = self.num(j).filter(|&(_, l)| l == 4 || (l == 2 && j == k + 4)) {
                y = Some((v as i32, l));
                end = j + 1;
            }
        }
        Some((DayRaw { d, m, y, sep }, end))
    }

    /// The year of a two-digit year: the latest one not after next year.
    fn century(&self, yy: i32) -> i32 {
        let limit = self.published.map_or(2030, |p| p.y + 1);
        if 2000 + yy <= limit {
            2000 + yy
        } else {
            1900 + yy
        }
    }

    /// Resolves a written day: its point and, without a year, the day as written.
    fn resolve(&self, r: DayRaw) -> Option<(Point, Option<Yearless>)> {
        let year = r.y.map(|(y, l)| if l == 2 { self.century(y) } else { y });
        let p = calendar::resolve_day(year, r.m, r.d, self.anchor)?;
        Some((Point::Day(p.y, p.m, p.d), year.is_none().then_some(Yearless::Day(r.d, r.m))))
    }

    /// A day or a range of days from the number at `k` (after a date word).
    fn day_forms(&self, k: usize, prefixed: bool) -> Option<Found> {
        if self.ctx.kind(k) != Some(TokenKind::Number) {
            return None;
        }
        self.numeric(k, prefixed)
            .filter(|f| matches!(f.val.map(|v| v.a), Some(Point::Day(..))))
            .or_else(|| self.spaced_day(k))
    }

    /// "ngày 29 - 7", "sáng 5 / 3 / 2020": a day after a date word with
    /// its separators spaced, as tokenised corpora and some pages write
    /// them (never without the date word: "thắng 2 - 1" is a score).
    fn spaced_day(&self, k: usize) -> Option<Found> {
        let (r, end) = self.spaced_raw(k)?;
        // Not a range of counts ("ngày 2 - 3 lần", "ngày 3 - 4 trận": any
        // unit of the table, spaced numbers being rarer a date than glued
        // ones), nor of lunar days ("mùng 2 - 10 Tết", "mồng 7 - 8 tết").
        let w = self.ctx.ltok(end);
        let tables = &self.ctx.lex.date;
        if self.next_ok(end - 1)
            && (tables.count_after.contains(w)
                || tables.count_after_day.contains(w)
                || matches!(w, "tết" | "tet")
                || self.single_is(end, K::MONTH | K::LUNAR_MONTH))
        {
            return None;
        }
        let (p, yearless) = self.resolve(r)?;
        let mut f = Found::new(k, end, Val::one(p), "date.day_month");
        f.yearless = yearless;
        Some(f)
    }

    /// [`Scan::day_raw`] of a day written with spaced separators ("29 -
    /// 7", "5 / 3 / 2020"), for callers that know a date word stands
    /// before it or the list it is in.
    fn spaced_raw(&self, k: usize) -> Option<(DayRaw, usize)> {
        let sep = match self.tok(k + 1) {
            "-" => Sep::Hyphen,
            "/" => Sep::Slash,
            _ => return None,
        };
        let spaced = |j: usize| self.ctx.gaps.get(j) == Some(&Gap::Space);
        if !spaced(k + 1) || !spaced(k + 2) {
            return None;
        }
        let d = self.small(k)?;
        let m = self.small(k + 2).filter(|m| (1..=12).contains(m))?;
        // "29 - 7 - 2020": the year, spaced or not.
        let sep_text = self.tok(k + 1);
        let year = (self.tok(k + 3) == sep_text && self.next_ok(k + 2) && self.next_ok(k + 3))
            .then(|| self.num(k + 4).filter(|&(_, l)| l == 4))
            .flatten();
        let end = if year.is_some() { k + 5 } else { k + 3 };
        // The day ends there: not "29 - 7 - 8", "29 - 7/8".
        if year.is_none() && self.tok(k + 3) == sep_text {
            return None;
        }
        if self.ctx.gaps.get(end) == Some(&Gap::Glued) && !matches!(self.tok(end), "," | "." | ")" | ";" | ":") {
            return None;
        }
        Some((DayRaw { d, m, y: year.map(|(y, l)| (y as i32, l)), sep }, end))
    }

    /// Every form that starts with a number at `k`.
    fn numeric(&self, k: usize, prefixed: bool) -> Option<Found> {
        // Most numbers of news text are no date ("15%", "200 người"): told
        // at once by the token and the next (see `may_be_date`).
        if !self.may_be_date(k) {
            return None;
        }
        self.numeric_forms(k, prefixed)
    }

    /// The forms of [`numeric`](Self::numeric), each tried in turn.
    fn numeric_forms(&self, k: usize, prefixed: bool) -> Option<Found> {
        // "23 tháng 08 năm 2019"
        if let Some(d) = self.small(k).filter(|_| self.single_is(k + 1, K::MONTH)) {
            if let Some(f) = self.small(k + 2).and_then(|m| self.words_day(k, d, m)) {
                return Some(f);
            }
        }
        // The day as written at `k`, read once for the ranges and the day.
        let raw = self.day_raw(k);
        if let Some(f) = self.day_ranges(k, raw, prefixed) {
            return Some(f);
        }
        if let Some(f) = raw.and_then(|(r, end)| self.day(k, r, end, prefixed)) {
            return Some(f);
        }
        if let Some(f) = self.count_forms(k) {
            return Some(f);
        }
        self.years(k)
    }

    /// False when the number token `k` starts no date that
    /// [`numeric`](Self::numeric) reads, told by the token and the next
    /// alone. Every form it reads needs one of: a dot in the token ("5.9",
    /// `day_raw`); four bytes (a year of four digits, `years`); "/", "-" or
    /// "," next ("3/5", "24-27/7", "22, 23/4"); or a date word next ("23
    /// tháng 8", "17 và 18/9", "3 năm trước"), which every date word the
    /// forms ask for there has: `Scan::single` reads `Feat::DATE_FIRST`
    /// first. (Test `numbers_that_may_be_dates`; asking the word's kinds
    /// here too turned away more numbers but cost more than it saved.)
    fn may_be_date(&self, k: usize) -> bool {
        let s = self.tok(k).as_bytes();
        s.len() == 4
            || s.contains(&b'.')
            || matches!(self.tok(k + 1), "/" | "-" | ",")
            || self.ctx.feat(k + 1).any(Feat::DATE_FIRST)
    }

    /// A single day from its raw form, unless the form needs a date word
    /// before it ("17-5", "10.5") or is a fraction ("1/3 sân").
    fn day(&self, k: usize, r: DayRaw, end: usize, prefixed: bool) -> Option<Found> {
        if r.y.is_none() && r.sep != Sep::Slash && (!prefixed || self.count_range(k, end)) {
            return None;
        }
        if r.y.is_some_and(|(_, l)| l == 2) && r.sep != Sep::Slash && !prefixed {
            return None;
        }
        if !prefixed && r.y.is_none() && self.fraction(k, r, end) {
            return None;
        }
        let (p, yearless) = self.resolve(r)?;
        let mut f = Found::new(k, end, Val::one(p), "date.day_month");
        f.yearless = yearless;
        Some(f)
    }

    /// True when the word at `end`, right after two numbers from token `k`
    /// joined by a hyphen or a dot, makes them a range of a count: "từ
    /// 7-9 giờ", "đến 5-7 tỷ đồng" after a word of ranges, "ngày 2-3 lần"
    /// (twice or three times a day) after any. After a day word the
    /// other units stay a day's ("ngày 5.2 giờ GMT"), and so does a year
    /// after "năm" ("từ 31-1 năm 2017").
    fn count_range(&self, k: usize, end: usize) -> bool {
        let ctx = self.ctx;
        if !self.next_ok(end - 1) || ctx.shape(end) != Shape::Lower {
            return false;
        }
        let w = ctx.ltok(end);
        let tables = &ctx.lex.date;
        if tables.count_after_day.contains(w) {
            return true;
        }
        let range_word = k.checked_sub(1).and_then(|p| self.single(p)).is_some_and(|w| w.is(K::FROM | K::TO));
        range_word && tables.count_after.contains(w) && !(self.single_is(end, K::YEAR) && self.year4(end + 1).is_some())
    }

    /// "1/3 sân", "gần 1/5 diện tích": a fraction, not the 1st of March.
    fn fraction(&self, k: usize, r: DayRaw, end: usize) -> bool {
        if r.sep != Sep::Slash || r.d >= r.m || r.m > 10 {
            return false;
        }
        let lex = &self.ctx.lex.date;
        let before = k.checked_sub(1).map_or("", |p| self.ctx.ltok(p));
        if lex.fraction_before.contains(before) {
            return true;
        }
        self.ctx.kind(end) == Some(TokenKind::Word)
            && self.ctx.shape(end) == Shape::Lower
            && self.next_ok(end - 1)
            && !lex.date_after.contains(self.ctx.ltok(end))
            && self.word(end).is_none()
    }

    /// Ranges of days from the number at `k`: "29/5/2025 - 2/6/2025",
    /// "27/6-12/7", "24-27/7", "17 và 18/9", "24 đến 29/5", "5-7.9",
    /// "22, 23/4/2021".
    /// `raw` is [`Scan::day_raw`] at `k`, which the caller read.
    fn day_ranges(&self, k: usize, raw: Option<(DayRaw, usize)>, prefixed: bool) -> Option<Found> {
        // "d/m(/y) - d/m(/y)"
        if let Some((a, ae)) = raw.filter(|(r, _)| r.sep == Sep::Slash) {
            if self.is_punct(ae, "-") && self.next_ok(ae - 1) && self.next_ok(ae) {
                if let Some((b, be)) = self.day_raw(ae + 1).filter(|(r, _)| r.sep == Sep::Slash) {
                    if let (Some(_), Some(_)) = (a.y, b.y) {
                        let (pa, _) = self.resolve(a)?;
                        let (pb, _) = self.resolve(b)?;
                        return Some(Found::new(k, be, Val::written(pa, pb), "date.range_full"));
                    }
                    if a.y.is_none() {
                        let (pb, _) = self.resolve(b)?;
                        let y = pb.year().map(|y| if a.m > b.m { y - 1 } else { y });
                        let pa = calendar::day(y, a.m, a.d)?;
                        let val = Val::written(Point::Day(pa.y, a.m, a.d), pb);
                        return Some(Found::new(k, be, val, "date.range_day_month"));
                    }
                }
            }
        }
        // "d (-|và|đến|,) (ngày)? d/m(/y)"
        let d1 = self.small(k)?;
        let j = k + 1;
        let mut list = false;
        let sep_ok = if self.is_punct(j, "-") {
            true
        } else if self.is_punct(j, ",") {
            list = true;
            self.glued(k)
        } else {
            self.single(j).is_some_and(|w| w.is(K::AND) || (w.is(K::TO) && !w.is(K::REL)))
        };
        if !sep_ok || !self.next_ok(k) || !self.next_ok(j) {
            return None;
        }
        let mut j2 = j + 1;
        if self.single_is(j2, K::DAY) && !list && self.next_ok(j2) {
            j2 += 1;
        }
        let (b, be) = match self.day_raw(j2).or_else(|| if prefixed { self.spaced_raw(j2) } else { None }) {
            // "17 đến 20-3" after a date word, as "17 đến 20/3" anywhere.
            Some((b, _)) if b.sep != Sep::Slash && !prefixed => return None,
            Some((b, be)) if b.sep != Sep::Slash && b.y.is_none() && self.count_range(k, be) => return None,
            Some(found) => found,
            // "26-29 tháng 4/2017", "23 đến 24 tháng 1": the month in words.
            None => self.words_range_end(k, j2)?,
        };
        let (pb, _) = self.resolve(b)?;
        let Point::Day(y, m, d2) = pb else { return None };
        // Days joined by "và" or a comma are a range when consecutive
        // ("17 và 18/9"); others are a list of days ("18 và 22/4": see
        // `day_list`).
        let joined = list || self.single_is(j, K::AND);
        if d1 >= d2 || (joined && d2 != d1 + 1) {
            return None;
        }
        calendar::day(y, m, d1)?;
        let mut f = Found::new(k, be, Val::written(Point::Day(y, m, d1), pb), "date.range_days");
        if b.y.is_none() {
            f.yearless = Some(Yearless::Day(d1, m));
        }
        Some(f)
    }

    /// A list of days from token `k` (a day word, "ngày", "hôm", a part
    /// of the day, or the first day), each a date of its own:
    /// "ngày 10, 23 và 25-3", "các ngày 14, 15, 16 và 17/8" (the month
    /// written once, at the end, for the days before it), "ngày 3-9, 4-9,
    /// 5-9", "ngày 7-3 và 10-3" (the later days without a day word of
    /// their own). Items are joined by commas and "và"; the list ends at
    /// its last day with a month. Two consecutive days are left to the
    /// ranges ("ngày 9 và 10-4", "ngày 21-7 và 22-7"). Each day's tokens
    /// and value are written into `out`, which is cleared first.
    /// `no_list_before`: set to the end of a run of days read with no
    /// month after it, before which the caller asks no list again.
    fn day_list(
        &self,
        k: usize,
        first_word: Option<(usize, DateWord)>,
        out: &mut Vec<Found>,
        no_list_before: &mut usize,
    ) -> bool {
        out.clear();
        // The opener: a day word or a part of the day before the first
        // day, or the first day itself, a bare number then joined to the
        // next ("19 và 25/5"), whose written days must then be dates
        // without a date word (a slash, or a year).
        // A bare first day stands after a bracket, a comma or a word of
        // ranges and lists ("(22, 23 và 29/6)", "tới 4, 5 và 6/6"), not
        // after a word that makes it an ordinal or a month ("đợt 2 và
        // 16/7", "thứ 4, 14/6", "tháng 5 và 8/6") nor inside a run of
        // numbers ("3-4-5, 10-11").
        let bare_opens = || {
            k == 0
                || matches!(self.tok(k - 1), "(" | "," | ";")
                || self.single(k - 1).is_some_and(|w| w.is(K::TO | K::FROM | K::AND))
        };
        let word = match self.ctx.kind(k) {
            Some(TokenKind::Word) => match first_word {
                Some((1, w)) if w.is(K::DAY | K::HOM | K::PART) => Some(w),
                _ => return false,
            },
            Some(TokenKind::Number) if (self.is_punct(k + 1, ",") || self.single_is(k + 1, K::AND)) && bare_opens() => {
                None
            }
            _ => return false,
        };
        let prefixed = word.is_some();
        let first = if prefixed { k + 1 } else { k };
        if prefixed && (!self.next_ok(k) || self.ctx.kind(first) != Some(TokenKind::Number)) {
            return false;
        }
        // Each item: (first token, end token, day, month and year if written).
        // (Spaced separators too, as tokenised corpora write them: "ngày
        // 24 , 25 và 27 - 7".)
        // A fraction ends the list ("hôm 8.2, 1/3 giáo viên").
        let item_at = |j: usize| match self.day_raw(j).or_else(|| self.spaced_raw(j)) {
            Some((r, end)) if r.sep == Sep::Slash && r.y.is_none() && self.fraction(j, r, end) => None,
            Some((r, end)) => Some((j, end, r.d, Some(r))),
            None => self.small(j).map(|d| (j, j + 1, d, None)),
        };
        let sep_after = |end: usize| {
            (self.is_punct(end, ",") || self.single_is(end, K::AND)) && self.next_ok(end - 1) && self.next_ok(end)
        };
        // Most days after a day word are alone: told before any buffer.
        let Some(first) = item_at(first).filter(|it| sep_after(it.1)) else { return false };
        let mut items = vec![first];
        let mut j = first.1 + 1;
        let mut capped = false;
        while let Some(item) = item_at(j) {
            items.push(item);
            if !sep_after(item.1) {
                break;
            }
            if items.len() >= 31 {
                capped = true;
                break;
            }
            j = item.1 + 1;
        }
        let read_to = items[items.len() - 1].1;
        // The list ends at its last day with a month.
        while items.last().is_some_and(|it| it.3.is_none()) {
            items.pop();
        }
        // A run of numbers with no month after it, or one longer than a
        // month has days: no number inside it opens a list either (each
        // would read the same run again).
        if items.len() < 2 || capped {
            *no_list_before = read_to;
        }
        if capped {
            return false;
        }
        let consecutive_pair = || {
            let (a, b) = (items[0], items[1]);
            let month_a = a.3.map(|r| r.m);
            b.2 == a.2 + 1 && month_a.is_none_or(|m| Some(m) == b.3.map(|r| r.m))
        };
        if items.len() < 2 || (items.len() == 2 && consecutive_pair()) {
            return false;
        }
        // Bare days take the month and year of the next written one, and
        // rise to it.
        let mut next: Option<(Option<i32>, u32, u32)> = None;
        for &(a, end, d, raw) in items.iter().rev() {
            let (y, m, dd, yearless) = match raw {
                Some(r) => {
                    if r.sep != Sep::Slash && (!prefixed || r.y.is_none() && self.count_range(a, end)) {
                        return false;
                    }
                    let Some((Point::Day(y, m, dd), yl)) = self.resolve(r) else { return false };
                    (y, m, dd, yl)
                }
                None => {
                    let Some((y, m, later)) = next else { return false };
                    if d >= later || calendar::day(y, m, d).is_none() {
                        return false;
                    }
                    (y, m, d, Some(Yearless::Day(d, m)))
                }
            };
            next = Some((y, m, dd));
            let mut f = Found::new(a, end, Val::one(Point::Day(y, m, dd)), "date.day_list");
            f.yearless = yearless;
            out.push(f);
        }
        out.reverse();
        // The first day holds the day word, and the part of the day.
        out[0].start = k;
        out[0].part = word.and_then(|w| w.part);
        // "ngày 16/12, 23/12, 27/12 năm 2016": the year written after the
        // last day is every yearless day's (a month after the last one's
        // is of the year before).
        let last = out[out.len() - 1];
        if let (Some(Yearless::Day(_, last_m)), true) = (last.yearless, self.single_is(last.end, K::YEAR)) {
            if let Some(y) = self.year4(last.end + 1).filter(|_| self.next_ok(last.end - 1) && self.next_ok(last.end)) {
                for f in out.iter_mut() {
                    let Some(Yearless::Day(d, m)) = f.yearless else { continue };
                    let y = if m > last_m { y - 1 } else { y };
                    if calendar::day(Some(y), m, d).is_none() {
                        continue;
                    }
                    f.val = Some(Val::one(Point::Day(Some(y), m, d)));
                    f.yearless = None;
                }
                if let Some(f) = out.last_mut() {
                    f.end += 2;
                }
            }
        }
        // "các ngày 10, 12 và 15/3 âm lịch": every day of the list is of
        // the lunar calendar, and the words are the last day's.
        let last = out[out.len() - 1];
        let lunar_end = self.lunar(last).end;
        if lunar_end != last.end {
            for f in out.iter_mut() {
                let g = self.lunar(Found { end: last.end, ..*f });
                (f.val, f.rule, f.yearless) = (g.val, g.rule, None);
            }
            if let Some(f) = out.last_mut() {
                f.end = lunar_end;
            }
        }
        true
    }

    /// The last day of a range of days whose month is written in words,
    /// from the day at `j` ("29 tháng 4", "29 tháng 4 năm 2017", "29 tháng
    /// 4/2017"): the day as written and the token after it. Without a year
    /// the range needs "ngày" before its first day (at `k`), since "3-4
    /// tháng 1 lần" counts months.
    fn words_range_end(&self, k: usize, j: usize) -> Option<(DayRaw, usize)> {
        let (d, m) = (self.small(j)?, self.small(j + 2)?);
        if !self.single_is(j + 1, K::MONTH) || !self.next_ok(j) || !self.next_ok(j + 1) {
            return None;
        }
        let slash_year = self.is_punct(j + 3, "/") && self.glued(j + 2) && self.glued(j + 3);
        let year = if (self.single_is(j + 3, K::YEAR) && self.next_ok(j + 2) && self.next_ok(j + 3)) || slash_year {
            self.year4(j + 4)
        } else {
            None
        };
        if year.is_none() && !k.checked_sub(1).is_some_and(|p| self.single_is(p, K::DAY)) {
            return None;
        }
        let end = if year.is_some() { j + 5 } else { j + 3 };
        Some((DayRaw { d, m, y: year.map(|y| (y, 4)), sep: Sep::Slash }, end))
    }

    /// "N ngày qua", "3 năm tới", "4 ngày trước", "cách đây 2 tháng",
    /// "4 tháng đầu năm (2021)"; "20-30 năm tới" is vague.
    fn count_forms(&self, k: usize) -> Option<Found> {
        // A number in words ends before token `k + 1` unless that token
        // goes on with it; then the unit is there, and must be a date
        // word: without its bit, the number need not be read at all
        // ("một số", "năm 2020": most number words are no count of days).
        // (Only a number word is asked: count_at answers other tokens
        // at once.)
        let number_word = self.ctx.kind(k) == Some(TokenKind::Word) && self.ctx.feat(k).any(Feat::NUMBER_WORD);
        if number_word && !self.ctx.feat(k + 1).any(Feat::DATE_FIRST) && !self.reads_on(k) {
            return None;
        }
        let (n, len) = self.count_at(k)?;
        let u = k + len;
        // The unit is a one-word date word of these kinds: its entry by ID
        // first (one edge of the trie), then the longest phrase from it,
        // which must be that one word (and so that entry).
        let unit = self.single(u).filter(|w| w.is(K::DAY | K::WEEK | K::MONTH | K::YEAR))?;
        if self.word(u).is_none_or(|(ul, _)| ul != 1) || !self.next_ok(u - 1) {
            return None;
        }
        let r = u + 1;
        // "4 tháng đầu năm", "6 tháng cuối năm 2023"
        if unit.is(K::MONTH) {
            if let Some(h) = self.single(r).filter(|w| w.is(K::HALF) && w.n != 3) {
                if self.single_is(r + 1, K::YEAR) && (1..=12).contains(&n) {
                    let (y, end) = match self.year4(r + 2) {
                        Some(y) => (y, r + 3),
                        None => match self.single(r + 2).filter(|w| w.is(K::REL)) {
                            Some(w) => (self.published?.y + w.n, r + 3),
                            None => (self.anchor.or(self.published)?.y, r + 2),
                        },
                    };
                    let (a, b) = if h.n == 1 { (1, n) } else { (13 - n, 12) };
                    let val = Val::span(Point::Month(y, a), Point::Month(y, b));
                    return Some(Found::new(k, end, val, "date.months_of_year"));
                }
            }
        }
        let rel = self.single(r).filter(|w| w.is(K::REL) && w.n != 0)?;
        // Part of a range of counts ("20-30 năm tới"), or vague: no date.
        let ranged = k >= 2 && self.is_punct(k - 1, "-") && self.num(k - 2).is_some();
        if ranged || self.single(r + 1).is_some_and(|w| w.is(K::THAT)) {
            return Some(Found::none(k, r + 1));
        }
        let today = self.today?;
        let n = n as i32;
        let back = |t: Ymd| -> Option<Ymd> {
            Some(if unit.is(K::DAY) {
                t.add_days(-(n as i64))
            } else if unit.is(K::WEEK) {
                t.add_days(-7 * n as i64)
            } else if unit.is(K::MONTH) {
                t.add_months(-n)
            } else {
                t.add_years(-n)
            })
        };
        let fwd = |t: Ymd| -> Ymd {
            if unit.is(K::DAY) {
                t.add_days(n as i64)
            } else if unit.is(K::WEEK) {
                t.add_days(7 * n as i64)
            } else if unit.is(K::MONTH) {
                t.add_months(n)
            } else {
                t.add_years(n)
            }
        };
        if rel.is(K::SHORT_DEICTIC) {
            // "qua": "7 ngày qua" is the window of the last days; "20 năm
            // qua", "3 tuần qua" are durations (figures), not dates.
            if !unit.is(K::DAY) {
                return Some(Found::none(k, r + 1));
            }
            return Some(Found::new(k, r + 1, Val::days(back(today)?, today), "date.past_span"));
        }
        if rel.is(K::TO) {
            // "tới": the span ahead.
            return Some(Found::new(k, r + 1, Val::days(today, fwd(today)), "date.next_span"));
        }
        if rel.n == -1 && matches!(self.ctx.ltok(r), "trước" | "truoc") {
            // "trước": that long ago.
            let t = back(today)?;
            let p = if unit.is(K::MONTH) {
                Point::Month(t.y, t.m)
            } else if unit.is(K::YEAR) {
                Point::Year(t.y)
            } else {
                Point::day(t)
            };
            return Some(Found::new(k, r + 1, Val::one(p), "date.ago"));
        }
        None
    }

    /// Years from the number at `k`: "2019-2024", "2019 - 2024", a bare "2024".
    fn years(&self, k: usize) -> Option<Found> {
        let y1 = self.year4(k)?;
        if self.is_punct(k + 1, "-") && self.next_ok(k) && self.next_ok(k + 1) {
            if let Some(y2) = self.year4(k + 2) {
                let plausible = |y: i32| (1800..=2100).contains(&y);
                if plausible(y1) && plausible(y2) && y1 < y2 && !self.unit_follows(k + 3) {
                    return Some(Found::new(k, k + 3, Val::span(Point::Year(y1), Point::Year(y2)), "date.year_range"));
                }
                // "1000-2000 đồng" is a range of money, not of years.
                return None;
            }
        }
        if !(1900..2100).contains(&y1) {
            return None;
        }
        if self.in_name(k) {
            return None;
        }
        Some(Found::new(k, k + 1, Val::one(Point::Year(y1)), "date.bare_year"))
    }

    /// True when a unit or currency follows at token `k` ("đồng", "USD", "km").
    fn unit_follows(&self, k: usize) -> bool {
        let l = self.ctx.raw(k);
        !l.is_empty() && self.ctx.lex.units.get(l).is_some()
    }

    /// A year inside an event or product name: right after a capitalised
    /// word that does not open its sentence ("V-League 2021", "ASEAN Cup 2024").
    fn in_name(&self, k: usize) -> bool {
        let Some(p) = k.checked_sub(1) else { return false };
        if !self.ctx.joined(p) || !matches!(self.ctx.shape(p), Shape::Title | Shape::Upper | Shape::Mixed) {
            return false;
        }
        if self.word(p).is_some_and(|(_, w)| w.is(K::BIRTH | K::YEAR | K::MONTH | K::QUARTER | K::TERM)) {
            return false;
        }
        // The capitalised word opens its sentence or line: an ordinary word.
        let Some(q) = p.checked_sub(1) else { return false };
        let t = &self.ctx.tokens;
        let newline = crate::tokenize::breaks_line(self.ctx.text, t[q].end(), t[p].start());
        let opens = newline
            || matches!(self.tok(q), "." | "!" | "?" | ":" | "\"" | "(" | "…")
            || (self.tok(q) == "-" && !self.glued(q));
        !opens
    }

    /// "(1418 - 1427)": a year range in brackets.
    fn bracketed_years(&self, k: usize) -> Option<Found> {
        if !self.is_punct(k, "(") {
            return None;
        }
        let y1 = self.year4(k + 1)?;
        if !self.is_punct(k + 2, "-") {
            return None;
        }
        let y2 = self.year4(k + 3)?;
        if !self.is_punct(k + 4, ")") {
            return None;
        }
        let plausible = |y: i32| (1000..=2200).contains(&y);
        (plausible(y1) && plausible(y2) && y1 < y2)
            .then(|| Found::new(k, k + 5, Val::span(Point::Year(y1), Point::Year(y2)), "date.year_range"))
    }

    /// A relative word after "tháng"/"năm"/"tuần"/"quý" at `j`, unless a count
    /// or a vague word comes before `k` ("những năm tới") or "đó" after.
    fn rel_after(&self, k: usize, j: usize) -> Option<Result<i32, Found>> {
        let w = self.single(j).filter(|w| w.is(K::REL))?;
        if !self.next_ok(j - 1) {
            return None;
        }
        let before = k.checked_sub(1);
        // (A number after "tháng" is the month: "tháng 6 năm ngoái".)
        let counted = before.is_some_and(|p| {
            self.count_at(p).is_some_and(|(_, l)| l == 1)
                && !p.checked_sub(1).is_some_and(|q| self.single_is(q, K::MONTH))
                || self.single_is(p, K::VAGUE)
                || (self.ctx.kind(p) == Some(TokenKind::Word) && self.ctx.feat(p).any(Feat::NUMBER_WORD))
        });
        // "tuần qua", "những năm tới", "tháng trước đó": vague, or
        // relative to the story rather than to the publication date.
        let past = w.is(K::SHORT_DEICTIC) && w.n == -1;
        if counted || past || self.single_is(j + 1, K::THAT) {
            return Some(Err(Found::none(k, j + 1)));
        }
        Some(Ok(w.n))
    }

    /// "tháng 7/2025", "tháng 7 năm 2025", "tháng 7-2002", "tháng 5.2016",
    /// "tháng 1 năm nay", "tháng 12", "tháng này", "tháng trước".
    fn month(&self, k: usize) -> Option<Found> {
        if !self.next_ok(k) {
            return None;
        }
        let j = k + 1;
        // "tháng 5.2016"
        if self.ctx.kind(j) == Some(TokenKind::Number) && self.tok(j).contains('.') {
            let (m, y) = self.tok(j).split_once('.')?;
            if m.len() <= 2 && y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()) {
                let (m, y): (u32, i32) = (m.parse().ok()?, y.parse().ok()?);
                return (1..=12)
                    .contains(&m)
                    .then(|| Found::new(k, j + 1, Val::one(Point::Month(y, m)), "date.month_year"));
            }
            return None;
        }
        if let Some(m) = self.small(j) {
            if !(1..=12).contains(&m) {
                return None;
            }
            let month_of =
                |y: i32, end: usize| Some(Found::new(k, end, Val::one(Point::Month(y, m)), "date.month_year"));
            // "tháng 7/2025", "tháng 7 / 2025"
            if self.is_punct(j + 1, "/") {
                if let Some(y) = self.year4(j + 2) {
                    return month_of(y, j + 3);
                }
            }
            // "tháng 7-2002"
            if self.is_punct(j + 1, "-") && self.glued(j) && self.glued(j + 1) {
                if let Some(y) = self.year4(j + 2) {
                    return month_of(y, j + 3);
                }
            }
            // "tháng 7 năm 2025", "tháng 1 năm nay", "tháng 4 của năm 2018"
            if let Some((y, end)) = self.year_after(j + 1) {
                return month_of(y, end);
            }
            let y = self.anchor.or(self.published)?.y;
            let mut f = Found::new(k, j + 1, Val::one(Point::Month(y, m)), "date.month");
            f.yearless = Some(Yearless::Month(m));
            // "tháng 6 tới": the next one.
            if let (true, Some(t)) = (self.single(j + 1).is_some_and(|w| w.is(K::REL) && w.n == 1), self.today) {
                let y = if m < t.m { t.y + 1 } else { t.y };
                f = Found::new(k, j + 2, Val::one(Point::Month(y, m)), "date.month");
            }
            return Some(f);
        }
        match self.rel_after(k, j)? {
            Err(none) => Some(none),
            Ok(off) => {
                let t = self.today?;
                let (y, m) = calendar::add_months(t.y, t.m, off);
                Some(Found::new(k, j + 1, Val::one(Point::Month(y, m)), "date.relative_month"))
            }
        }
    }

    /// The year after a month or quarter from token `j`: "năm 2025", "của
    /// năm 2018", "năm nay", "/2024" is not here. (year, end).
    fn year_after(&self, j: usize) -> Option<(i32, usize)> {
        let mut j = j;
        if self.single_is(j, K::OF) && self.single_is(j + 1, K::YEAR) {
            j += 1;
        }
        if !self.single_is(j, K::YEAR) || !self.next_ok(j - 1) {
            return None;
        }
        if let Some(y) = self.year4(j + 1) {
            return Some((y, j + 2));
        }
        let w = self.single(j + 1).filter(|w| w.is(K::REL) && !(w.is(K::SHORT_DEICTIC) && w.n == -1))?;
        if self.single_is(j + 2, K::THAT) {
            return None;
        }
        Some((self.published?.y + w.n, j + 2))
    }

    /// "tháng sáu", "tháng Năm năm 2023", "tháng Chạp", "tháng Giêng".
    fn month_name(&self, k: usize, len: usize, w: DateWord, prefixed: bool) -> Option<Found> {
        let j = k + len;
        if w.is(K::LUNAR_MONTH) {
            let anchor = self.today.or(self.anchor)?;
            let (a, b) = calendar::lunar_month_near(w.n as u32, anchor)?;
            return Some(Found::new(k, j, Val::days(a, b), "date.lunar_month"));
        }
        let m = w.n as u32;
        let name = j - 1;
        let before = k.checked_sub(1).and_then(|p| self.single(p));
        let introduced = prefixed || before.is_some_and(|w| w.is(K::IN | K::FROM | K::TO | K::HALF | K::UNTIL));
        // "tháng Sáu"; "Tháng Tám" with both words capitalised names an
        // event ("Cách mạng Tháng Tám").
        let capital = matches!(self.ctx.shape(name), Shape::Title | Shape::Upper) && self.ctx.shape(k) == Shape::Lower;
        if let Some((y, end)) = self.year_after(j) {
            return Some(Found::new(k, end, Val::one(Point::Month(y, m)), "date.month_year"));
        }
        if self.is_punct(j, "/") {
            if let Some(y) = self.year4(j + 1) {
                return Some(Found::new(k, j + 2, Val::one(Point::Month(y, m)), "date.month_year"));
            }
        }
        if !(introduced || capital) {
            return None;
        }
        let y = self.anchor.or(self.published)?.y;
        let mut f = Found::new(k, j, Val::one(Point::Month(y, m)), "date.month");
        f.yearless = Some(Yearless::Month(m));
        Some(f)
    }

    /// "năm 2024", "năm 2019-2020", "năm nay", "năm ngoái", "năm sau".
    fn year_word(&self, k: usize) -> Option<Found> {
        if !self.next_ok(k) {
            return None;
        }
        let j = k + 1;
        if let Some(y) = self.year4(j) {
            if !(1000..=2200).contains(&y) {
                return None;
            }
            // "năm 2019-2020", "năm 2019 - 2020"
            if self.is_punct(j + 1, "-") && self.next_ok(j) && self.next_ok(j + 1) {
                if let Some(y2) = self.year4(j + 2).filter(|&y2| y2 > y && y2 <= 2200) {
                    return Some(Found::new(k, j + 3, Val::span(Point::Year(y), Point::Year(y2)), "date.year_range"));
                }
            }
            return Some(Found::new(k, j + 1, Val::one(Point::Year(y)), "date.year"));
        }
        let w = self.single(j).filter(|w| w.is(K::REL))?;
        // "năm qua" alone is vague ("trong năm qua" is this year).
        if w.is(K::SHORT_DEICTIC) && w.n == -1 {
            return None;
        }
        match self.rel_after(k, j)? {
            Err(none) => Some(none),
            Ok(off) => {
                let y = self.published?.y + off;
                Some(Found::new(k, j + 1, Val::one(Point::Year(y)), "date.relative_year"))
            }
        }
    }

    /// "quý I/2024", "quý 2 năm 2023", "quý 4 của năm 2018", "quý 3",
    /// "quý đầu năm", "quý này".
    fn quarter(&self, k: usize) -> Option<Found> {
        if !self.next_ok(k) {
            return None;
        }
        let j = k + 1;
        let q = match self.ctx.raw(j) {
            "i" | "1" => 1,
            "ii" | "2" => 2,
            "iii" | "3" => 3,
            "iv" | "4" => 4,
            _ => {
                // "quý đầu năm", "quý cuối năm 2023"
                if let Some(h) = self.single(j).filter(|w| w.is(K::HALF) && w.n != 3) {
                    let q = if h.n == 1 { 1 } else { 4 };
                    let (y, end) = match self.year_after(j + 1) {
                        Some(x) => x,
                        None if self.single_is(j + 1, K::YEAR) => (self.anchor.or(self.published)?.y, j + 2),
                        None => return None,
                    };
                    return Some(Found::new(k, end, quarter_val(y, q), "date.quarter"));
                }
                return match self.rel_after(k, j)? {
                    Err(none) => Some(none),
                    Ok(off) => {
                        let t = self.today?;
                        let q0 = (t.m as i32 - 1) / 3 + off;
                        let (y, q) = (t.y + q0.div_euclid(4), q0.rem_euclid(4) + 1);
                        Some(Found::new(k, j + 1, quarter_val(y, q as u32), "date.quarter"))
                    }
                };
            }
        };
        if self.is_punct(j + 1, "/") {
            if let Some(y) = self.year4(j + 2) {
                return Some(Found::new(k, j + 3, quarter_val(y, q), "date.quarter"));
            }
        }
        if let Some((y, end)) = self.year_after(j + 1) {
            return Some(Found::new(k, end, quarter_val(y, q), "date.quarter"));
        }
        // Without a year: this year's.
        let y = self.anchor.or(self.published)?.y;
        Some(Found::new(k, j + 1, quarter_val(y, q), "date.quarter"))
    }

    /// "tuần này", "tuần trước", "tuần tới": Monday to Sunday.
    fn week(&self, k: usize) -> Option<Found> {
        match self.rel_after(k, k + 1)? {
            Err(none) => Some(none),
            Ok(off) => {
                let t = self.today?;
                let monday = t.add_days(1 - t.weekday() as i64 + 7 * off as i64);
                Some(Found::new(k, k + 2, Val::days(monday, monday.add_days(6)), "date.week"))
            }
        }
    }

    /// A weekday from token `k` ("thứ Hai", "thứ 5", "Chủ nhật"), in this
    /// week unless "tuần trước/tới" follows; `past` after "hôm". Without a
    /// date word before it, the weekday must be capitalised ("thứ Hai") or
    /// followed by its week or date, else "thứ hai" is an ordinal.
    fn weekday(&self, k: usize, prefixed: bool, past: bool) -> Option<Found> {
        let (len, w) = self.word(k)?;
        let (wd, mut j) = if w.is(K::WEEKDAY) {
            (w.n as u32, k + len)
        } else if w.is(K::ORDINAL) && len == 1 {
            let d = self.small(k + 1).filter(|d| (2..=7).contains(d))?;
            (d - 1, k + 2)
        } else {
            return None;
        };
        let name = j - 1;
        let sunday = wd == 7 && len == 2;
        let mut week = 0;
        let mut has_week = false;
        // "thứ 5 tuần tới", "thứ Bảy tuần trước"
        if self.single_is(j, K::WEEK) && self.next_ok(j) {
            if let Some(w) = self.single(j + 1).filter(|w| w.is(K::REL) && !self.single_is(j + 2, K::THAT)) {
                week = w.n;
                has_week = true;
                j += 2;
            }
        }
        let capital =
            matches!(self.ctx.shape(name), Shape::Title | Shape::Upper) && self.ctx.kind(name) == Some(TokenKind::Word);
        // "Thứ Hai, 04/11/2024": the date decides.
        if self.is_punct(j, ",") {
            if let Some(d) = self.atom(j + 1, true).filter(|f| f.val.and_then(|v| v.single_day()).is_some()) {
                return Some(d.from(k));
            }
        }
        let bracketed = self.bracket(Found::none(k, j).soft());
        if !(prefixed || has_week || capital || sunday) {
            // "thứ hai" alone is an ordinal ("cao thứ 2 (26,93%)").
            return bracketed;
        }
        let Some(t) = self.today else { return bracketed };
        let mut d = t.add_days(wd as i64 - t.weekday() as i64 + 7 * week as i64);
        if past && !has_week && d > t {
            d = d.add_days(-7);
        }
        Some(Found::new(k, j, Val::days(d, d), "date.weekday").soft())
    }

    /// "nhiệm kỳ 2020-2025", "giai đoạn 2021 2025".
    fn term(&self, k: usize, j: usize) -> Option<Found> {
        let y1 = self.year4(j)?;
        let mut e = j + 1;
        if self.is_punct(e, "-") {
            e += 1;
        }
        let y2 = self.year4(e)?;
        let plausible = |y: i32| (1000..=2200).contains(&y);
        (plausible(y1) && plausible(y2) && y1 < y2)
            .then(|| Found::new(k, e + 1, Val::span(Point::Year(y1), Point::Year(y2)), "date.year_range"))
    }

    /// "cuối năm 2020", "đầu năm nay".
    fn half(&self, k: usize, j: usize) -> Option<Found> {
        let (y, end) = self.year_after(j)?;
        Some(Found::new(k, end, Val::one(Point::Year(y)), "date.year"))
    }

    /// "thập niên 1990", "thập kỷ 80".
    fn decade(&self, k: usize, j: usize) -> Option<Found> {
        let (v, l) = self.num(j)?;
        let y = match l {
            4 => v as i32,
            2 => 1900 + v as i32,
            _ => return None,
        };
        (y % 10 == 0 && (1000..=2200).contains(&y))
            .then(|| Found::new(k, j + 1, Val::span(Point::Year(y), Point::Year(y + 9)), "date.decade"))
    }

    /// "những năm 1990": a decade; "những năm tới", "những ngày qua": vague.
    fn vague(&self, k: usize, j: usize) -> Option<Found> {
        let (ul, unit) = self.word(j)?;
        if ul != 1 || !unit.is(K::DAY | K::WEEK | K::MONTH | K::YEAR) {
            return None;
        }
        if unit.is(K::YEAR) {
            if let Some((v, l)) = self.num(j + 1) {
                let y = if l == 2 { 1900 + v as i32 } else { v as i32 };
                if (l == 4 || l == 2) && y % 10 == 0 {
                    return Some(Found::new(k, j + 2, Val::span(Point::Year(y), Point::Year(y + 9)), "date.decade"));
                }
                return None;
            }
        }
        // "những ngày cuối năm 2020": the year stays ("cuối năm 2020").
        self.single(j + 1).filter(|w| w.is(K::REL)).map(|_| Found::none(k, j + 2))
    }
}

fn quarter_val(y: i32, q: u32) -> Val {
    Val::span(Point::Month(y, q * 3 - 2), Point::Month(y, q * 3))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The start of a date found by the feature bits is the one found by
    /// reading each token's kind, from every token (and past the end) of
    /// every text of `figures::start_texts` (words glued to a digit, which
    /// have the digit's bit and open no date, and "(" before a number).
    #[test]
    fn starts_found_by_bits_are_those_found_by_reading() {
        let lex: &crate::lexicon::Lexicon = &crate::lexicon::DEFAULT;
        let (mut starts, mut brackets) = (0, 0);
        for (text, plain) in super::super::figures::start_texts() {
            let ctx = Ctx::with_plain(lex.for_text(plain), &text, plain);
            let scan = Scan { ctx: &ctx, published: None, anchor: None, today: None, last_day: None };
            for from in 0..ctx.tokens.len() + 2 {
                let k = scan.next_start(from);
                assert_eq!(k, scan.next_start_by_reading(from), "{text:?} {from}");
                if k == from {
                    starts += 1;
                    brackets += usize::from(ctx.kind(k) == Some(TokenKind::Punct));
                }
            }
        }
        assert!(starts > 10_000 && brackets > 500, "{starts} {brackets}");
    }

    /// Strings of pieces a clock time, a byline and their surroundings are
    /// made of (ASCII and other digits, spaces of several kinds, the
    /// separators and words the patterns allow, and others), from a fixed
    /// pseudo-random sequence.
    fn generated(count: usize) -> Vec<String> {
        const PIECES: &[&str] = &[
            "0", "1", "2", "5", "9", "19", "20", "07", "٣", "５", "१", ":", ":", ":", " ", "  ", "\u{a0}", "\t", ",",
            "|", "/", "-", ".", "ngày", "ngày ", "lúc", "lúc ", "Ngày", "a", "đ", "2025", "1999", "12:30", "9:05:07",
            ", ", " | ", "\n",
        ];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        (0..count)
            .map(|_| {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                let len = (seed >> 59) as usize + 1;
                (0..len)
                    .map(|_| {
                        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                        PIECES[(seed >> 33) as usize % PIECES.len()]
                    })
                    .collect()
            })
            .collect()
    }

    /// The time read off a match is the one the pattern's group captures,
    /// on every generated input (both patterns, many of them matching).
    /// The length read from the field is the text's, for values of every
    /// shape.
    #[test]
    fn date_value_len_is_the_text_len() {
        let empty = DateValue::default();
        assert!(empty.is_empty() && empty.as_str().is_empty());
        assert_eq!(empty.len(), empty.as_str().len());
        let mut v = DateValue::default();
        for piece in ["2024", "-05", "-13", "/", "2024-06"] {
            v.write_str(piece).unwrap();
            assert_eq!(v.len(), v.as_str().len());
            assert_eq!(v.is_empty(), v.as_str().is_empty());
        }
        assert_eq!(v.as_str(), "2024-05-13/2024-06");
    }

    /// Every word that `number_words` reads after the first of a number in
    /// words is one that `goes_on_number` names (and `reads_on` from the
    /// word before), in both lexicons.
    #[test]
    fn goes_on_number_names_every_word_read_after_the_first() {
        let default: &crate::lexicon::Lexicon = &crate::lexicon::DEFAULT;
        let mut words: Vec<String> = default.number_words.keys().cloned().collect();
        words.extend(
            [
                "trăm", "mươi", "chục", "mười", "linh", "lẻ", "không", "nghìn", "ngàn", "triệu", "tỷ", "tỉ", "năm",
                "ngày",
            ]
            .map(String::from),
        );
        let folded: Vec<String> = words.iter().map(|w| crate::normalize::fold(w)).collect();
        let mut read_on = 0;
        for (lex, plain, words) in [(default, false, &words), (default.for_text(true), true, &folded)] {
            for a in words {
                for b in words {
                    for c in words {
                        let text = format!("{a} {b} {c} năm");
                        let ctx = Ctx::with_plain(lex, &text, plain);
                        let scan = Scan { ctx: &ctx, published: None, anchor: None, today: None, last_day: None };
                        for k in 0..ctx.tokens.len() {
                            if let Some((_, n)) = super::super::figures::number_words(&ctx, k) {
                                for j in k + 1..k + n {
                                    read_on += 1;
                                    assert!(scan.goes_on_number(j) && scan.reads_on(j - 1), "{text:?} {j}");
                                }
                            }
                        }
                    }
                }
            }
        }
        assert!(read_on > 1000, "{read_on}");
    }

    #[test]
    fn time_in_match_is_the_captured_group() {
        let before = Regex::new(CLOCK_BEFORE).unwrap();
        let after = Regex::new(CLOCK_AFTER).unwrap();
        let mut matched = [0usize; 2];
        for s in generated(200_000) {
            for (n, (re, is_before)) in [(&before, true), (&after, false)].into_iter().enumerate() {
                let captured = re.captures(&s).map(|c| c.get(1).unwrap().as_str());
                let read = re.find(&s).map(|m| time_in_match(m.as_str(), is_before));
                assert_eq!(read, captured, "{s:?}");
                matched[n] += usize::from(captured.is_some());
            }
        }
        assert!(matched.iter().all(|&m| m > 1_000), "{matched:?}");
    }

    /// The year read off a byline match is the one the pattern's group
    /// captures, on every generated input.
    #[test]
    fn byline_year_is_the_captured_group() {
        let re = Regex::new(BYLINE_YEAR).unwrap();
        let mut matched = 0;
        let ends = ["2025", "1999", "2025 ", "2025\u{a0}\n", "20٣٣", "202", "2025a", "1899"];
        let inputs = generated(200_000).into_iter().enumerate().map(|(n, s)| match ends.get(n % 10) {
            Some(end) => format!("{s}12:30, 5/11/{end}"),
            None => format!("{s}12:30, 5/11/{s}"),
        });
        for s in inputs {
            let captured = re.captures(&s).map(|c| c.get(1).unwrap().as_str());
            let read = re.find(&s).map(|m| byline_year(m.as_str()));
            assert_eq!(read, captured, "{s:?}");
            matched += usize::from(captured.is_some());
        }
        assert!(matched > 1_000, "{matched}");
    }

    /// Calls `f` with each of `texts` and a date scan over it (published
    /// 10 May 2024), once with the default lexicon and once folded, with
    /// the lexicon for text without diacritics.
    fn each_scan(texts: &[String], mut f: impl FnMut(&str, &Scan)) {
        let default: &crate::lexicon::Lexicon = &crate::lexicon::DEFAULT;
        let published = Some(Ymd { y: 2024, m: 5, d: 10 });
        for text in texts {
            for (lex, plain) in [(default, false), (default.for_text(true), true)] {
                let text = if plain { crate::normalize::fold(text) } else { text.clone() };
                let ctx = Ctx::with_plain(lex, &text, plain);
                f(&text, &Scan { ctx: &ctx, published, anchor: published, today: published, last_day: published });
            }
        }
    }

    /// `duration_inside`, which reads the count only after a test of the
    /// next tokens' bits, answers as the count read whole at every token
    /// of the samples and of generated counts (in digits and in words of
    /// one or two tokens, before units of time, relative words and other
    /// words), in both lexicons.
    #[test]
    fn duration_inside_as_read_whole() {
        let mut texts = crate::data::sample_texts();
        let counts = ["3", "15", "2024", "ba", "hai mươi", "mười lăm", "một trăm", "năm", "hai năm", "5/3"];
        let units = ["năm", "ngày", "tháng", "tuần", "quý", "giờ", "người", "ngày 5/3", ""];
        let rel = ["tới", "trước", "qua", "sau", "nay", "nữa", "và", "2020", ""];
        for c in counts {
            for u in units {
                for r in rel {
                    texts.push(format!("{c} {u} {r}"));
                    texts.push(format!("ngày {c} {u} {r}."));
                }
            }
        }
        // No word a number in words goes on with opens with a digit.
        let default: &crate::lexicon::Lexicon = &crate::lexicon::DEFAULT;
        assert!(!default.number_words.keys().any(|w| w.starts_with(|c: char| c.is_ascii_digit())));
        let (mut yes, mut no) = (0, 0);
        each_scan(&texts, |text, scan| {
            for i in 0..scan.ctx.tokens.len() + 2 {
                let whole = scan.duration_at(i);
                assert_eq!(duration_inside(scan.ctx, i), whole, "{text:?} token {i}");
                if whole {
                    yes += 1;
                } else {
                    no += 1;
                }
            }
        });
        assert!(yes > 300 && no > 10_000, "{yes} {no}");
    }

    /// A number that `may_be_date` turns away is read as no date by the
    /// forms themselves: every number token of the samples and of
    /// generated shapes (a number, what follows it, glued or spaced), in
    /// both lexicons, with and without a date word before it.
    #[test]
    fn numbers_that_may_be_dates() {
        let mut texts = crate::data::sample_texts();
        let numbers = ["3", "15", "07", "2020", "1999", "2.500", "5.9", "1.2.2020", "24", "1,5", "123", "12345"];
        let next = [
            "/", "-", ",", ".", "(", "%", "tháng", "năm", "ngày", "tuần", "quý", "và", "đến", "tới", "trước", "sau",
            "người", "tỷ", "đồng", "giờ", "Giêng", "âm", "",
        ];
        let third = ["8", "2020", "5/2021", "trước", "tới", "qua", "nay", "đầu", "năm", "lịch", ""];
        for a in numbers {
            for b in next {
                for c in third {
                    texts.push(format!("{a} {b} {c}"));
                    texts.push(format!("ngày {a}{b}{c} và"));
                    texts.push(format!("Từ {a}{b} {c}"));
                }
            }
        }
        let (mut turned_away, mut dates) = (0, 0);
        each_scan(&texts, |text, scan| {
            let ctx = scan.ctx;
            for k in (0..ctx.tokens.len()).filter(|&k| ctx.kind(k) == Some(TokenKind::Number)) {
                let forms = [false, true].map(|prefixed| scan.numeric_forms(k, prefixed).is_some());
                if scan.may_be_date(k) {
                    dates += usize::from(forms[0] || forms[1]);
                } else {
                    turned_away += 1;
                    assert_eq!(forms, [false, false], "{text:?} token {k}");
                }
            }
        });
        assert!(turned_away > 1_000 && dates > 1_000, "{turned_away} {dates}");
    }

    /// A word `opens_none` passes over opens no expression: every word
    /// token of the samples, and every one-word date entry before pieces
    /// of dates, in both lexicons.
    #[test]
    fn words_that_open_no_date() {
        let mut texts = crate::data::sample_texts();
        let default: &crate::lexicon::Lexicon = &crate::lexicon::DEFAULT;
        let after = [
            "năm 2020",
            "năm nay",
            "năm qua",
            "2020",
            "5/3",
            "ngày 5/3",
            "tháng 3",
            "nay",
            "qua",
            "đó",
            "này",
            "hôm qua",
            "tuần tới",
            "3 năm",
            "(5/3)",
            "đến nay",
            "của năm 2020",
            "năm 1990",
            "ngày qua",
            "năm tới",
            "các ngày",
            "mai",
            "",
        ];
        for (w, _) in default.date.words.iter().filter(|(w, _)| !w.contains(' ')) {
            for a in after {
                texts.push(format!("{w} {a}"));
                texts.push(format!("Từ {w} {a}"));
            }
        }
        let (mut passed_over, mut read) = (0, 0);
        each_scan(&texts, |text, scan| {
            for i in 0..scan.ctx.tokens.len() {
                if scan.opens_none(i) {
                    passed_over += 1;
                    let first = if scan.ctx.kind(i) == Some(TokenKind::Word) { scan.word(i) } else { None };
                    assert!(scan.expression(i, first).is_none(), "{text:?} token {i}");
                    let mut list = Vec::new();
                    assert!(!scan.day_list(i, first, &mut list, &mut 0), "{text:?} token {i}");
                } else {
                    read += 1;
                }
            }
        });
        assert!(passed_over > 1_000 && read > 1_000, "{passed_over} {read}");
    }
}
