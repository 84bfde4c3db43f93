//! References to legal and party documents: kind, number, date, issuer.
//! "Chỉ thị số 12-CT/TW ngày 5/1/2022 của Ban Bí thư" → (chỉ thị, 12-CT/TW,
//! 2022-01-05, Ban Bí thư).

use super::organisations::{ends_inside_word, extend, head_at};
use super::Ctx;
use crate::calendar::{fmt_day, resolve_day, Ymd};
use crate::lexicon::Feat;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// What follows a kind of document in a reference (the kinds are in
/// `data/document_kinds.tsv`): "số", the number and the date, as the
/// pattern
/// `^\s+(?i:số)\s+(\d+(?:[-/.][\p{L}\d]+)*)(?:\s*,?\s*(?i:ngày)\s+(\d{1,2})/(\d{1,2})(?:/+(\d{4}))?)?`
/// reads them ("số 12-CT/TW ngày 5/1/2022", "SỐ 05/2020/NĐ-CP"), read by
/// hand: each part is greedy and what follows it cannot start with what
/// it takes, so no part gives back. Built, the pattern cost 6.4 M
/// instructions (its letter class compiled to UTF-8 automata) for the
/// first text citing a document; a test compares this reader with it.
#[derive(Debug, PartialEq, Eq)]
struct Tail {
    /// The end of the reference's words: the date's, else the number's.
    end: usize,
    num: Range<usize>,
    /// Day, month and the year if written.
    date: Option<DateParts>,
}

/// The byte ranges of a date's day, month and year (if written).
type DateParts = (Range<usize>, Range<usize>, Option<Range<usize>>);

/// A reader of [`Tail`]'s parts over `s` from byte `i`.
struct TailReader<'a> {
    s: &'a str,
    i: usize,
}

impl TailReader<'_> {
    fn peek(&self) -> Option<char> {
        self.s[self.i..].chars().next()
    }

    /// Takes chars while `f` holds, at most `most`; how many it took.
    fn run(&mut self, f: impl Fn(char) -> bool, most: usize) -> usize {
        let mut n = 0;
        while n < most {
            match self.peek() {
                Some(c) if f(c) => {
                    self.i += c.len_utf8();
                    n += 1;
                }
                _ => break,
            }
        }
        n
    }

    /// Takes one char if `f` holds for it.
    fn one(&mut self, f: impl Fn(char) -> bool) -> bool {
        self.run(f, 1) == 1
    }

    /// Takes a word in any case: one char of each set in turn (the sets
    /// are the chars that simple case folding makes equal: "s", "S" and
    /// the long "ſ").
    fn word(&mut self, chars: &[&[char]]) -> bool {
        let at = self.i;
        if chars.iter().all(|set| self.one(|c| set.contains(&c))) {
            return true;
        }
        self.i = at;
        false
    }

    /// `\s*,?\s*(?i:ngày)\s+(\d{1,2})/(\d{1,2})(?:/+(\d{4}))?`: "ngày" and the
    /// date after the number, the day and month of one or two digits.
    fn date(&mut self) -> Option<DateParts> {
        self.run(char::is_whitespace, usize::MAX);
        self.one(|c| c == ',');
        self.run(char::is_whitespace, usize::MAX);
        if !self.word(&[&['n', 'N'], &['g', 'G'], &['à', 'À'], &['y', 'Y']])
            || self.run(char::is_whitespace, usize::MAX) == 0
        {
            return None;
        }
        let d = self.i;
        if self.run(is_digit, 2) == 0 {
            return None;
        }
        let d = d..self.i;
        if !self.one(|c| c == '/') {
            return None;
        }
        let m = self.i;
        if self.run(is_digit, 2) == 0 {
            return None;
        }
        let m = m..self.i;
        let at = self.i;
        let y = (self.run(|c| c == '/', usize::MAX) > 0)
            .then_some(self.i)
            .filter(|_| self.run(is_digit, 4) == 4)
            .map(|y| y..self.i);
        if y.is_none() {
            self.i = at;
        }
        Some((d, m, y))
    }
}

/// [`Tail`] read at the start of `s`, or `None`.
fn tail(s: &str) -> Option<Tail> {
    let mut r = TailReader { s, i: 0 };
    let space = char::is_whitespace;
    if r.run(space, usize::MAX) == 0 || !r.word(&[&['s', 'S', 'ſ'], &['ố', 'Ố']]) || r.run(space, usize::MAX) == 0
    {
        return None;
    }
    let start = r.i;
    if r.run(is_digit, usize::MAX) == 0 {
        return None;
    }
    loop {
        let at = r.i;
        if r.one(|c| matches!(c, '-' | '/' | '.')) && r.run(is_number_char, usize::MAX) > 0 {
            continue;
        }
        r.i = at;
        break;
    }
    let num = start..r.i;
    let at = r.i;
    let date = r.date();
    if date.is_none() {
        r.i = at;
    }
    Some(Tail { end: r.i, num, date })
}

/// `\d`: a decimal digit of any script; other chars than ASCII ask
/// [`UNICODE_CLASSES`].
fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && UNICODE_CLASSES.0.is_match(c.encode_utf8(&mut [0; 4])))
}

/// `[\p{L}\d]` as `(?i)` reads it (with U+0345, which folds to a Greek
/// letter): a char of a document's number. The Latin letters of
/// Vietnamese (all of U+00C0..U+024F and U+1E00..U+1EFF but "×" and "÷")
/// are answered without the pattern.
fn is_number_char(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphanumeric(),
        0xD7 | 0xF7 => false,
        0x00C0..=0x024F | 0x1E00..=0x1EFF | 0x0345 => true,
        _ => UNICODE_CLASSES.1.is_match(c.encode_utf8(&mut [0; 4])),
    }
}

/// One char of `\d`, one of `[\p{L}\d]`: built only by a text whose
/// number holds a char outside ASCII and the Latin letters.
static UNICODE_CLASSES: LazyLock<(Regex, Regex)> =
    LazyLock::new(|| (Regex::new(r"^\d$").expect("digit class"), Regex::new(r"^[\p{L}\d]$").expect("number class")));

/// A legal reference in the normalised text.
pub(crate) struct LegalHit {
    pub start: usize,
    pub end: usize,
    pub kind: String,
    pub number: String,
    pub issuer: Option<String>,
    pub date: Option<String>,
}

/// A char that goes on a word: a kind must not start right after one.
static WORD_CHAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[\p{L}\p{N}_]").expect("word char pattern"));

/// True for a char of [`WORD_CHAR`] (a letter, a number or "_"). An ASCII
/// char (a space or a line break before nearly every kind) is answered by
/// byte tests, which say the same: the pattern's Unicode classes cost some
/// millions of instructions to build, once per process, for a question the
/// text's ASCII answers.
fn goes_on_word(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    WORD_CHAR.is_match(c.encode_utf8(&mut [0; 4]))
}

pub(crate) fn recognize(ctx: &Ctx, published: Option<Ymd>) -> Vec<LegalHit> {
    let mut out = Vec::new();
    // End of the last reference's pattern match (its issuer may run on
    // past it): references do not overlap.
    let mut last_end = 0;
    let mut i = 0;
    loop {
        // Only where a word opens a kind of document.
        i = ctx.next_with(i, Feat::DOCUMENT_KIND_FIRST);
        if i >= ctx.tokens.len() {
            break;
        }
        let (first, at) = (i, ctx.tokens[i].start());
        i += 1;
        // A kind, then "số": no pattern run without them.
        let Some((n, (_, kind))) = ctx.phrase_at(first, &ctx.lex.document_kinds) else { continue };
        let last = first + n - 1;
        if at < last_end || ctx.raw(last + 1) != "số" {
            continue;
        }
        if ctx.text[..at].chars().next_back().is_some_and(goes_on_word) {
            continue;
        }
        let after = ctx.tokens[last].end();
        let rest = &ctx.text[after..];
        let Some(t) = tail(rest) else { continue };
        let mut end = after + t.end;
        last_end = end;
        let kind = kind.clone();
        let number = rest[t.num].trim_end_matches(['.', '/', '-']).to_string();
        let date = t.date.and_then(|(d, mo, y)| {
            let year = y.and_then(|y| rest[y].parse().ok());
            let (d, mo) = (rest[d].parse().unwrap_or(0), rest[mo].parse().unwrap_or(0));
            resolve_day(year, mo, d, published).map(fmt_day)
        });
        // "… của Ban Bí thư": the issuer.
        let mut issuer = None;
        let k = ctx.token_from(end);
        if ctx.ltok(k) == "của" {
            if let Some((head, _)) = head_at(ctx, k + 1) {
                let (mut e, _) = extend(ctx, k + 1, head);
                // "… của Chính phủ đối với …": the issuer does not end inside
                // a word that goes on after it, even right after its head.
                while e > k + 1 + head && ends_inside_word(ctx, e) {
                    e -= 1;
                }
                let (s, t) = (ctx.tokens[k + 1].start(), ctx.tokens[e - 1].end());
                issuer = Some(ctx.text[s..t].to_string());
                end = t;
            }
        }
        out.push(LegalHit { start: at, end, kind, number, issuer, date });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refs(text: &str) -> Vec<(String, String, Option<String>)> {
        let ctx = Ctx::new(&crate::lexicon::DEFAULT, text);
        recognize(&ctx, Ymd::new(2024, 6, 1)).into_iter().map(|h| (h.kind, h.number, h.date)).collect()
    }

    #[test]
    fn every_kind_of_document_is_looked_for() {
        let kinds: Vec<&String> = crate::lexicon::DEFAULT.document_kinds.iter().map(|(k, _)| k).collect();
        assert!(kinds.len() >= 10, "{kinds:?}");
        for k in kinds {
            let found = refs(&format!("Theo {k} số 12/2023/ABC ngày 3/4/2023, việc này đã xong."));
            assert_eq!(found.len(), 1, "{k}: {found:?}");
            assert_eq!((found[0].1.as_str(), found[0].2.as_deref()), ("12/2023/ABC", Some("2023-04-03")), "{k}");
        }
    }

    #[test]
    fn kinds_in_any_case_and_misspelt_give_the_kind() {
        assert_eq!(refs("CHỈ THỊ SỐ 05-CT/TW")[0].0, "chỉ thị");
        assert_eq!(refs("Chị thị số 05-CT/TW của Ban Bí thư")[0].0, "chỉ thị");
        assert_eq!(refs("Nghị định số 15/2020/NĐ-CP")[0].0, "nghị định");
    }

    /// Every ASCII char answers as the pattern does.
    #[test]
    fn ascii_word_chars_as_the_pattern() {
        for b in 0u8..=127 {
            let c = char::from(b);
            assert_eq!(goes_on_word(c), WORD_CHAR.is_match(c.encode_utf8(&mut [0; 4])), "{c:?}");
        }
        assert!(goes_on_word('đ') && goes_on_word('Ả') && !goes_on_word('“'));
    }

    /// The pattern the reader reads as, written whole in any case.
    fn pattern() -> Regex {
        Regex::new(
            r"(?xi)
            ^\s+số\s+(?P<num>\d+(?:[-/.][\p{L}\d]+)*)
            (?:\s*,?\s*ngày\s+(?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/+(?P<y>\d{4}))?)?",
        )
        .expect("whole pattern")
    }

    /// Every char answers each class of the reader as the pattern's
    /// class does, and the words' case sets are those of case folding.
    #[test]
    fn the_reader_s_classes_are_the_pattern_s() {
        let digit = Regex::new(r"^\d$").expect("digit");
        let number = Regex::new(r"^(?i)[\p{L}\d]$").expect("number char");
        let space = Regex::new(r"^\s$").expect("space");
        let folds: Vec<(char, Regex)> =
            "sốngày".chars().map(|c| (c, Regex::new(&format!("^(?i){c}$")).expect("fold"))).collect();
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let s = c.encode_utf8(&mut [0; 4]).to_string();
            assert_eq!(is_digit(c), digit.is_match(&s), "U+{:04X}", c as u32);
            assert_eq!(is_number_char(c), number.is_match(&s), "U+{:04X}", c as u32);
            assert_eq!(c.is_whitespace(), space.is_match(&s), "U+{:04X}", c as u32);
            for (w, f) in &folds {
                let sets: [&[char]; 6] =
                    [&['s', 'S', 'ſ'], &['ố', 'Ố'], &['n', 'N'], &['g', 'G'], &['à', 'À'], &['y', 'Y']];
                let set = sets.iter().find(|set| set.contains(w)).expect("a set");
                assert_eq!(set.contains(&c), f.is_match(&s), "{w} U+{:04X}", c as u32);
            }
        }
    }

    /// The reader against the pattern on texts cut from pieces of
    /// references: spaces of every kind, the words in any case, digits of
    /// two scripts, separators, letters within and outside the Latin
    /// tables.
    #[test]
    fn the_reader_reads_as_the_pattern() {
        let whole = pattern();
        let pieces = [
            " ", "  ", "\u{a0}", "\u{2003}", "\n", "số", "SỐ", "Số", "sỐ", "ſố", "so", "sô", "ngày", "NGÀY", "Ngày",
            "ngay", "ngàyx", ",", "/", "//", "-", ".", "1", "12", "123", "5", "2022", "20221", "١", "٢٠", "Đ", "NĐ",
            "CP", "x", "\u{345}", "×", "²", "Ⅻ", "ß", "ẞ", "ω", "_", "của",
        ];
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let names = ["num", "d", "m", "y"];
        let mut matched = 0;
        for _ in 0..200_000 {
            let mut t = String::from([" ", " số ", " số 1", " số 12/2020/NĐ-CP ngày "][next(4)]);
            for _ in 0..next(10) {
                t.push_str(pieces[next(pieces.len())]);
            }
            let want = whole.captures(&t).map(|c| {
                let r = |n: &str| c.name(n).map(|m| m.range());
                (c.get(0).map_or(0, |m| m.end()), r("num"), names.map(r))
            });
            let got = tail(&t).map(|x| {
                let (d, m, y) = match x.date {
                    Some((d, m, y)) => (Some(d), Some(m), y),
                    None => (None, None, None),
                };
                (x.end, Some(x.num.clone()), [Some(x.num), d, m, y])
            });
            matched += usize::from(want.is_some());
            assert_eq!(got, want, "{t:?}");
        }
        assert!(matched > 10_000, "{matched}");
        for t in [
            " số 12-CT/TW ngày 5/1/2022 của Ban Bí thư",
            " SỐ 05-CT/TW, NGÀY 05/01//2022",
            "\u{a0}sỐ\u{2003}7.\u{345}x/ngàY 12/123/45",
            " số ١٢-ب ngày ١/٢/٢٠٢٠",
        ] {
            assert!(
                tail(t).is_some_and(|x| whole.captures(t).is_some_and(|c| c.get(0).is_some_and(|m| m.end() == x.end)))
            );
        }
    }

    #[test]
    fn a_kind_needs_its_number_and_a_word_start() {
        assert!(refs("Nghị định này số phận ra sao").is_empty(), "no number after số");
        assert!(refs("Nghị định mới số 15/2020/NĐ-CP").is_empty(), "số right after the kind");
        assert!(refs("Nghị  định số 15").is_empty(), "the kind's words one space apart");
        assert!(refs("Thông báo\nsố 15 của UBND").len() == 1, "số may follow on the next line");
    }
}
