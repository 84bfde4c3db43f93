//! The differential check of the date recogniser against the old regex
//! (`old_dates.rs`): texts generated from the date forms of Vietnamese news,
//! and for every date the old regex found, the new recogniser's date over
//! the same words with the same value, or one of the listed changes of
//! issue #16. Shared by `tests/dates_diff.rs` and the fuzz target
//! `fuzz/fuzz_targets/dates_diff.rs` (which draws the choices from its input).
#![allow(dead_code)]

use super::old_dates::lower_char;
use super::old_dates::{self, OldHit, Ymd};
use viet_extract::normalise::fold;
use viet_extract::Extractor;

/// Choices: from a seed (deterministic) or from fuzz input.
pub struct Choices<'a> {
    state: u64,
    bytes: &'a [u8],
}

impl<'a> Choices<'a> {
    pub fn seeded(seed: u64) -> Choices<'static> {
        Choices { state: seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1, bytes: &[] }
    }

    pub fn from_bytes(bytes: &'a [u8]) -> Choices<'a> {
        Choices { state: 0x2545_F491_4F6C_DD1D, bytes }
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        if let Some((&b, rest)) = self.bytes.split_first() {
            self.bytes = rest;
            return b as usize % n.max(1);
        }
        // xorshift64*
        self.state ^= self.state >> 12;
        self.state ^= self.state << 25;
        self.state ^= self.state >> 27;
        (self.state.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) as usize % n.max(1)
    }

    pub fn pick<'s>(&mut self, items: &[&'s str]) -> &'s str {
        items[self.below(items.len())]
    }

    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1) as usize) as i64
    }
}

const PREFIXES: &[&str] = &[
    "",
    "",
    "ngày ",
    "Ngày ",
    "sáng ",
    "Chiều ",
    "tối ",
    "từ ngày ",
    "đến ngày ",
    "từ ",
    "rạng sáng ",
    "trưa ",
    "đêm ",
    "hôm nay ",
    "sáng nay ",
];
const LEADS: &[&str] = &["", "Đoàn công tác làm việc ", "Theo kế hoạch, ", "Kết quả ", "Hội nghị diễn ra "];
const TAILS: &[&str] = &["", ".", ", tỉnh đã họp.", " tại Hà Nội.", " và", " đã qua", "; sau đó"];

/// One generated text and its publication date.
pub fn generate(c: &mut Choices) -> (String, String) {
    let d = |c: &mut Choices| c.range(0, 32);
    let m = |c: &mut Choices| c.range(0, 13);
    let y = |c: &mut Choices| if c.below(4) == 0 { c.range(990, 2300) } else { c.range(1945, 2035) };
    let pre = c.pick(PREFIXES).to_string();
    let form = c.below(44);
    let expr = match form {
        0 => format!("{pre}{}/{}", d(c), m(c)),
        1 => format!("{pre}{}/{}/{}", d(c), m(c), y(c)),
        2 => format!("{pre}{}/{}//{}", d(c), m(c), y(c)),
        3 => format!("{pre}{:02}/{:02}/{}", d(c), m(c), y(c)),
        4 => format!("{pre}{}-{}/{}", d(c), d(c), m(c)),
        5 => format!("{pre}{} - {}/{}/{}", d(c), d(c), m(c), y(c)),
        6 => format!("{pre}{} và {}/{}", d(c), d(c), m(c)),
        7 => format!("{pre}{} đến ngày {}/{}", d(c), d(c), m(c)),
        8 => format!("{}/{} - {}/{}", d(c), m(c), d(c), m(c)),
        9 => format!("{}/{}-{}/{}/{}", d(c), m(c), d(c), m(c), y(c)),
        10 => format!("{}/{}/{} - {}/{}/{}", d(c), m(c), y(c), d(c), m(c), y(c)),
        11 => format!("{} tháng {} năm {}", d(c), m(c), y(c)),
        12 => format!("từ tháng {} đến tháng {}/{}", m(c), m(c), y(c)),
        13 => format!("từ tháng {} đến {}/{}", m(c), m(c), y(c)),
        14 => format!("tháng {}/{}", m(c), y(c)),
        15 => format!("tháng {} năm {}", m(c), y(c)),
        16 => format!("{}tháng {}", if c.below(2) == 0 { "trong " } else { "" }, m(c)),
        17 => format!("quý {}/{}", c.pick(&["I", "II", "III", "IV", "1", "2", "3", "4", "V"]), y(c)),
        18 => format!("quý {} năm {}", c.pick(&["I", "II", "III", "IV", "1", "2", "3", "4"]), y(c)),
        19 => format!("{} tháng {} năm", c.pick(&["6", "sáu"]), c.pick(&["đầu", "cuối"])),
        20 => format!("{} tháng {} năm {}", c.pick(&["6", "sáu"]), c.pick(&["đầu", "cuối"]), y(c)),
        21 => format!("{} {}-{}", c.pick(&["nhiệm kỳ", "giai đoạn", "thời kỳ"]), y(c), y(c)),
        22 => format!("{} {} {}", c.pick(&["nhiệm kỳ", "giai đoạn", "thời kỳ"]), y(c), y(c)),
        23 => format!("({} - {})", y(c), y(c)),
        24 => format!("{}-{}", y(c), y(c)),
        25 => format!("{} năm {}", c.pick(&["cuối", "đầu", "giữa"]), y(c)),
        26 => format!("năm {}", y(c)),
        27 => c.pick(&["năm nay", "năm ngoái", "trong năm qua", "năm tới"]).to_string(),
        28 => format!("{}", c.range(1900, 2099)),
        // The forms issue #16 changes, so each listed change is exercised.
        29 => format!("{} năm tới", c.pick(&["3", "20-30", "những", "5"])),
        30 => format!("tháng {}-{}", m(c), y(c)),
        31 => format!("những năm {}", c.pick(&["1990", "2000", "1980", "1995"])),
        32 => format!("{}-{} đồng", c.pick(&["1000", "1500", "2000"]), c.pick(&["2000", "2500", "3000"])),
        33 => format!("tháng {} năm {}", m(c), c.pick(&["nay", "ngoái", "tới"])),
        34 => format!("từ {}/{} đến {}/{}", d(c), m(c), d(c), m(c)),
        35 => format!("từ năm {} đến năm {}", y(c), y(c)),
        36 => {
            let day = c.range(1, 27);
            let mo = c.range(1, 12);
            format!("{day}/{mo} và {}/{mo}", day + 1)
        }
        37 => {
            format!("{} {}", c.pick(&["V-League", "ASEAN Cup", "Hoa hậu Việt Nam", "SEA Games"]), c.range(1990, 2030))
        }
        38 => format!("quý {} của năm {}", c.range(1, 4), y(c)),
        39 => format!("ngày {} tháng {}", d(c), m(c)),
        40 => format!("năm {}-{}", y(c), y(c)),
        41 => format!("{} tháng đầu năm {}", c.range(1, 11), y(c)),
        42 => format!("{} {}", c.pick(&["đã thắng", "thua"]), c.range(1, 12)),
        _ => format!(
            "{} {}/{} {}",
            c.pick(&["chiếm", "gần", ""]),
            c.range(1, 4),
            c.range(2, 9),
            c.pick(&["sân", "diện tích", "người", "là"])
        ),
    };
    let close = if pre.ends_with("(") { ")" } else { "" };
    let text = format!("{}{expr}{close}{}", c.pick(LEADS), c.pick(TAILS));
    let published = format!("{}-{:02}-{:02}", c.range(2015, 2025), c.range(1, 12), c.range(1, 28));
    (text, published)
}

/// A date of the new recogniser: byte range, value, rule.
pub struct NewHit {
    pub start: usize,
    pub end: usize,
    pub value: String,
    pub rule: String,
}

/// An old date the new recogniser does not give over the same words.
#[derive(Debug)]
pub struct Difference {
    pub text: String,
    pub old: OldHit,
    /// The listed change of issue #16 that explains it, or `None`.
    pub change: Option<&'static str>,
}

fn not_date_before() -> Vec<String> {
    include_str!("../../data/not_date_before.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.chars().map(lower_char).collect())
        .collect()
}

/// Compares old and new on `text`: the old dates the new one does not give.
pub fn compare(ex: &Extractor, text: &str, published: &str) -> Vec<Difference> {
    let old = old_dates::recognize(text, Ymd::parse(published), &not_date_before());
    let doc = ex.extract_published(text, published).expect("a well-formed publication date");
    let new: Vec<NewHit> = doc
        .dates
        .iter()
        .flat_map(|d| {
            d.mentions.iter().map(|m| NewHit {
                start: m.span.start,
                end: m.span.end,
                value: d.value.clone(),
                rule: m.rule.to_string(),
            })
        })
        .collect();
    let mut out = Vec::new();
    for o in old {
        let same = new.iter().any(|n| n.value == o.value && n.start < o.end && o.start < n.end);
        if !same {
            let change = listed_change(text, &o, &new);
            out.push(Difference { text: text.to_string(), old: o, change });
        }
    }
    out
}

/// The change of issue #16 that explains an old date the new recogniser
/// does not give, if any.
fn listed_change(text: &str, o: &OldHit, new: &[NewHit]) -> Option<&'static str> {
    let before = text[..o.start].trim_end();
    let after = &text[o.end..];
    let words = fold(&text[o.start..o.end].to_lowercase());
    let written = text[o.start..o.end].to_lowercase();
    let last_before = before.rsplit([' ', '(']).next().unwrap_or("");
    // A longer expression over the old one, with its own value.
    if let Some(n) = new.iter().find(|n| n.start <= o.start && o.end <= n.end && (n.start, n.end) != (o.start, o.end)) {
        return Some(match n.rule.as_ref() {
            "date.from_to" => "16.1: 'từ A đến B' is one range",
            "date.two_days" => "16.1: two consecutive days joined by 'và' are one range",
            "date.month_year" => "16.1/16.4: 'tháng 7-2002', 'tháng 1 năm nay' are one month",
            "date.quarter" => "16.4: 'quý 4 của năm 2018' is a quarter",
            "date.decade" => "16.2: 'những năm 1990' is a decade",
            "date.months_of_year" => "16.4: 'N tháng đầu năm 2021' is a span of months",
            "date.day_words" => "16.5: 'ngày 6 tháng 2' is a day",
            "date.year_range" => "16.1: 'năm 2019-2020' is a range of years",
            "date.next_span" => "16.4: 'N năm tới' is a span from today",
            "date.bracket" => "16.4: a bracketed date decides",
            _ => return None,
        });
    }
    // "ngày 4 và 21/2": days joined by "và" that are not consecutive are
    // two days, not the range from one to the other (a later change than
    // issue #16: the list of days).
    if let Some((a, b)) = o.value.split_once('/') {
        let listed = |v: &str| {
            new.iter().any(|n| n.rule == "date.day_list" && n.value == v && n.start < o.end && o.start < n.end)
        };
        if listed(a) && listed(b) {
            return Some("list: days joined by 'và' that are not consecutive are two dates, not a range");
        }
        // "đợt 2 và 16/7": after a word that is no date word, the number
        // joined to a day is not one; the day still is.
        if new.iter().any(|n| n.value == b && n.start < o.end && o.start < n.end) && !o.value.contains("--") {
            // The word before the first number of the old date.
            let digit = text[o.start..o.end].find(|c: char| c.is_ascii_digit()).map_or(o.start, |i| o.start + i);
            let opener = text[..digit].trim_end().rsplit(' ').next().unwrap_or("");
            if !opener.is_empty() && !matches!(opener, "từ" | "đến" | "tới" | "và") && !opener.ends_with(['(', ','])
            {
                return Some("list: a number joined by 'và' to a day after a word that is no date word is not a day");
            }
        }
    }
    // "20-30 năm tới", "những năm tới": vague.
    if words.starts_with("nam toi") || words.starts_with("nam ngoai") || words.starts_with("nam nay") {
        let counted = last_before.chars().last().is_some_and(|c| c.is_ascii_digit())
            || matches!(fold(last_before).as_str(), "nhung" | "cac" | "nhieu" | "may" | "vai");
        if counted {
            return Some("16.3: '20-30 năm tới', 'những năm tới' are vague");
        }
    }
    // "thắng 2", "Việt Nam 2025": words that only fold to date words.
    let keyword_written = [
        "tháng", "năm", "quý", "ngày", "từ", "đến", "sáng", "chiều", "tối", "trưa", "đêm", "hôm", "cuối", "đầu",
        "giữa", "nhiệm", "giai", "thời", "trong", "rạng",
    ];
    if let Some(first) = written.split([' ', '(']).next().filter(|w| w.chars().any(char::is_alphabetic)) {
        if !keyword_written.contains(&first) {
            return Some("16: a word that folds to a date word is not one ('thắng 2', 'Việt Nam 2025')");
        }
    }
    // "1000-2000 đồng": money; a bare range of years outside 1800-2100.
    let bare_range = words.len() >= 9 && words.as_bytes()[4] == b'-' || words.contains(" - ");
    if bare_range && words.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        if after.trim_start().starts_with("đồng") {
            return Some("16.8: '1000-2000 đồng' is a money range");
        }
        let ys: Vec<i32> = words.split(['-', ' ']).filter_map(|s| s.parse().ok()).collect();
        if ys.iter().any(|y| !(1800..=2100).contains(y)) {
            return Some("16.3: a bare range of years is within 1800-2100");
        }
    }
    // "V-League 2021": a year in a name.
    if words.len() == 4 && last_before.starts_with(char::is_uppercase) {
        return Some("16.3: a year inside an event or product name");
    }
    // "1/3 sân": a fraction.
    if words.contains('/') && !words.contains(' ') {
        let next = after.trim_start().split(' ').next().unwrap_or("");
        if next.starts_with(char::is_lowercase) || matches!(fold(last_before).as_str(), "chiem" | "gan" | "khoang") {
            return Some("16.3: '1/3 sân' is a fraction");
        }
    }
    // "tháng 12" before "-2018": the month of that year.
    if words.starts_with("thang") && (after.starts_with('-') || after.starts_with('.')) {
        return Some("16.1: 'tháng 12-2018' is a month of 2018");
    }
    None
}
