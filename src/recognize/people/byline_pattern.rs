//! The two byline line shapes, read by hand.
//!
//! They were two regexes (kept in the tests as the reference):
//!
//! - dated: `\A(?:[^\n]*? - )?(?P<a>NAME)(?: - (?P<b>NAME))? - \d{1,2}:\d{2},
//!   \d{1,2}/\d{1,2}/\d{4}[ \t]*\z` over one line ("Như Tâm - 19:28,
//!   20/11/2024");
//! - above a source: `\A[ \t]*(?P<a>NAME)(?: - (?P<b>NAME))?[ \t]*\n\s*(?:SOURCE|…)`
//!   over a line of names and the source line under it ("Hà Vy - Thành Thật"
//!   above "Nguồn: …");
//!
//! with `NAME = \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}`. Compiling them (the
//! Unicode classes turned into UTF-8 automata, three times each) cost 29 M
//! instructions at the first document, more than all the documents of 2 MB
//! spent in them afterwards, and each search about 9,000 instructions. The
//! readers below give the same captures and match end: every choice the
//! patterns leave open is decided by the next char (a name word ends where
//! its lower-case letters do, and what follows a name starts with a space,
//! a tab or a line break, never a letter), except the dated pattern's lazy
//! prefix, tried at every " - " from the left and then not at all, as the
//! regex engine's leftmost-first order does. A test compares both on
//! generated lines.

use regex::Regex;
use std::sync::LazyLock;

/// The byte ranges of the one or two names a byline pattern captured, and
/// the end of its match (all relative to the text it was given).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Names {
    pub a: (usize, usize),
    pub b: Option<(usize, usize)>,
    pub end: usize,
}

/// `\p{Lu}` (Unicode general category: upper-case letter).
fn is_lu(c: char) -> bool {
    static LU: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\A\p{Lu}\z").expect("class"));
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else if plain_latin(c) {
        c.is_uppercase()
    } else {
        LU.is_match(c.encode_utf8(&mut [0; 4]))
    }
}

/// `\p{Ll}` (Unicode general category: lower-case letter).
fn is_ll(c: char) -> bool {
    static LL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\A\p{Ll}\z").expect("class"));
    if c.is_ascii() {
        c.is_ascii_lowercase()
    } else if plain_latin(c) {
        c.is_lowercase()
    } else {
        LL.is_match(c.encode_utf8(&mut [0; 4]))
    }
}

/// `\d` (Unicode decimal digit, as the regex crate reads it by default).
fn is_digit(c: char) -> bool {
    static ND: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\A\d\z").expect("class"));
    if c.is_ascii() || plain_latin(c) {
        c.is_ascii_digit()
    } else {
        ND.is_match(c.encode_utf8(&mut [0; 4]))
    }
}

/// The non-ASCII blocks of Vietnamese text (the Latin-1 letters from À,
/// Latin Extended-A and -B, Latin Extended Additional): there the standard
/// library's case tests are the general categories `Lu` and `Ll` (no
/// letter of these blocks is lower or upper case by the other properties,
/// as ª and º before them are), and no char is a digit: checked char by
/// char in the tests. Other chars are asked of one-class patterns, built
/// at the first such char.
fn plain_latin(c: char) -> bool {
    matches!(c, '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}')
}

/// The end of `\p{Lu}\p{Ll}+` at byte `i` of `s`.
fn name_word(s: &str, i: usize) -> Option<usize> {
    let mut chars = s.get(i..)?.char_indices();
    let (_, c) = chars.next()?;
    if !is_lu(c) {
        return None;
    }
    let mut end = i + c.len_utf8();
    for (j, c) in chars {
        if !is_ll(c) {
            break;
        }
        end = i + j + c.len_utf8();
    }
    (end > i + c.len_utf8()).then_some(end)
}

/// The end of `NAME` at byte `i` of `s`: two or three name words with one
/// space between. Greedy is exact: what follows a name in both patterns
/// begins with a space, a tab or a line break and then something else than
/// a capital, so a third word left out could never be matched after it.
fn name_at(s: &str, i: usize) -> Option<usize> {
    let mut end = name_word(s, i)?;
    let mut words = 1;
    while words < 3 && s.as_bytes().get(end) == Some(&b' ') {
        let Some(e) = name_word(s, end + 1) else { break };
        end = e;
        words += 1;
    }
    (words >= 2).then_some(end)
}

/// The end of a run of `min..=max` digits at byte `i` (the whole run of
/// digits there: a longer one fails, as `\d{m,n}` followed by a non-digit
/// does).
fn digits(s: &str, i: usize, min: usize, max: usize) -> Option<usize> {
    let mut n = 0;
    let mut end = i;
    for c in s.get(i..)?.chars() {
        if !is_digit(c) {
            break;
        }
        n += 1;
        end += c.len_utf8();
    }
    (min..=max).contains(&n).then_some(end)
}

/// `s[i..]` begins with `lit`: the end.
fn lit(s: &str, i: usize, lit: &str) -> Option<usize> {
    s.get(i..)?.starts_with(lit).then_some(i + lit.len())
}

/// True when `s[i..]` is ` - \d{1,2}:\d{2}, \d{1,2}/\d{1,2}/\d{4}[ \t]*` and
/// nothing more.
fn stamp_ends(s: &str, i: usize) -> bool {
    let read = || {
        let i = lit(s, i, " - ")?;
        let i = lit(s, digits(s, i, 1, 2)?, ":")?;
        let i = lit(s, digits(s, i, 2, 2)?, ", ")?;
        let i = lit(s, digits(s, i, 1, 2)?, "/")?;
        let i = lit(s, digits(s, i, 1, 2)?, "/")?;
        digits(s, i, 4, 4)
    };
    read().is_some_and(|e| s[e..].bytes().all(|b| b == b' ' || b == b'\t'))
}

/// One or two names from byte `i` (`NAME(?: - NAME)?`), then `tail` from
/// their end: the second name is tried first, as the pattern's greedy `?`.
fn names_then(s: &str, i: usize, tail: impl Fn(usize) -> Option<usize>) -> Option<Names> {
    let a_end = name_at(s, i)?;
    if let Some(b_start) = lit(s, a_end, " - ") {
        if let Some(b_end) = name_at(s, b_start) {
            if let Some(end) = tail(b_end) {
                return Some(Names { a: (i, a_end), b: Some((b_start, b_end)), end });
            }
        }
    }
    tail(a_end).map(|end| Names { a: (i, a_end), b: None, end })
}

/// The dated byline of one line (`line` without its line break).
pub(super) fn dated(line: &str) -> Option<Names> {
    let at = |i: usize| names_then(line, i, |e| stamp_ends(line, e).then_some(line.len()));
    // The lazy prefix ends at each " - " in turn from the left (overlapping
    // ones too); without a prefix last.
    let b = line.as_bytes();
    (1..b.len().saturating_sub(1))
        .filter(|&k| b[k] == b'-' && b[k - 1] == b' ' && b[k + 1] == b' ')
        .find_map(|k| at(k + 2))
        .or_else(|| at(0))
}

/// The name line above a source line: `hay` is that line, its line break,
/// any blank lines and the source line; `sources` the source words
/// (the lexicon's `byline_sources`, in the data file's order).
pub(super) fn above_source(hay: &str, sources: &[String]) -> Option<Names> {
    let blank = |i: usize| i + hay[i..].bytes().take_while(|&b| b == b' ' || b == b'\t').count();
    let tail = |i: usize| {
        let i = lit(hay, blank(i), "\n")?;
        let j = hay[i..].find(|c: char| !c.is_whitespace()).map_or(hay.len(), |k| i + k);
        // Leftmost-first: the first source in order that matches.
        sources.iter().find_map(|k| lit(hay, j, k))
    };
    names_then(hay, blank(0), tail)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NAME: &str = r"\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}";

    fn sources() -> Vec<String> {
        crate::lexicon::DEFAULT.person.byline_sources.clone()
    }

    fn reference() -> (Regex, Regex) {
        let timed = Regex::new(&format!(
            r"\A(?:[^\n]*? - )?(?P<a>{NAME})(?: - (?P<b>{NAME}))? - \d{{1,2}}:\d{{2}}, \d{{1,2}}/\d{{1,2}}/\d{{4}}[ \t]*\z"
        ))
        .unwrap();
        let escaped: Vec<String> = sources().iter().map(|s| regex::escape(s)).collect();
        let alone =
            Regex::new(&format!(r"\A[ \t]*(?P<a>{NAME})(?: - (?P<b>{NAME}))?[ \t]*\n\s*(?:{})", escaped.join("|")))
                .unwrap();
        (timed, alone)
    }

    fn by_regex(re: &Regex, hay: &str) -> Option<Names> {
        let c = re.captures(hay)?;
        let r = |g: &str| c.name(g).map(|m| (m.start(), m.end()));
        Some(Names { a: r("a").unwrap(), b: r("b"), end: c.get(0).unwrap().end() })
    }

    #[test]
    fn classes_are_the_general_categories_in_the_latin_blocks() {
        let lu = Regex::new(r"\A\p{Lu}\z").unwrap();
        let ll = Regex::new(r"\A\p{Ll}\z").unwrap();
        let nd = Regex::new(r"\A\d\z").unwrap();
        for c in ('\0'..='\u{24F}').chain('\u{1E00}'..='\u{1EFF}') {
            let s = c.to_string();
            assert_eq!(is_lu(c), lu.is_match(&s), "{c:?}");
            assert_eq!(is_ll(c), ll.is_match(&s), "{c:?}");
            assert_eq!(is_digit(c), nd.is_match(&s), "{c:?}");
        }
        // The fallback: a Greek capital, Arabic-Indic digit, Roman numeral.
        assert!(is_lu('Ω') && is_ll('ω') && is_digit('٣') && !is_lu('Ⅸ') && !is_ll('ⅸ'));
    }

    #[test]
    fn white_space_is_the_patterns_white_space() {
        let s = Regex::new(r"\A\s\z").unwrap();
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(c.is_whitespace(), s.is_match(c.encode_utf8(&mut [0; 4])), "{c:?}");
        }
    }

    /// A small xorshift generator (no dependency for the tests).
    struct Rng(u64);

    impl Rng {
        fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n as u64) as usize
        }

        fn pick<'s>(&mut self, from: &[&'s str]) -> &'s str {
            from[self.below(from.len())]
        }
    }

    /// A run of one to four words, mostly name words, sometimes not.
    fn words(rng: &mut Rng, out: &mut String) {
        const WORDS: [&str; 24] = [
            "Như", "Tâm", "Hà", "Vy", "Đặng", "Ánh", "Thu", "Hằng", "Ωmega", "Ab", "Lê", "Ưng", // name words
            "A", "ĐẠI", "tin", "ǅa", "Aª", "Ⅸa", "Bc3", "Ngÿ", "Ẁẁ", "Ïµ", "Éß", "Ǉǉ", // others, or not quite
        ];
        for w in 0..1 + rng.below(4) {
            if w > 0 {
                out.push_str(rng.pick(&[" ", " ", " ", " ", " ", "  ", "-"]));
            }
            out.push_str(rng.pick(&WORDS));
        }
    }

    /// A date and time after a name, well formed or not.
    fn stamp(rng: &mut Rng, out: &mut String) {
        let d = |rng: &mut Rng| rng.pick(&["1", "19", "05", "123", "", "٣", "2024", "20"]).to_string();
        let shape = [d(rng), d(rng), d(rng), d(rng), d(rng)];
        let good = rng.below(4) > 0;
        let [h, m, day, mon, y] = if good {
            ["19".into(), "28".into(), "20".into(), "11".into(), rng.pick(&["2024", "٣٣٣٣", "20245"]).into()]
        } else {
            shape
        };
        out.push_str(&format!(" - {h}:{m}, {day}/{mon}/{y}"));
        out.push_str(rng.pick(&["", "", " ", "\t ", "x", " - A"]));
    }

    /// Lines and pairs of lines in the shapes the patterns read, and near
    /// them: both readers agree with the regexes.
    #[test]
    fn readers_agree_with_the_patterns() {
        let (timed, alone) = reference();
        let src = sources();
        let mut rng = Rng(0x2545_f491_4f6c_dd1d);
        let mut agreed = [0usize; 2];
        let mut with_b = 0;
        for _ in 0..200_000 {
            // A dated line: prefixes ending in " - ", one or two runs of
            // words, a stamp.
            let mut line = String::new();
            for _ in 0..rng.below(3) {
                line.push_str(rng.pick(&["Tin", "A - B", "Hà Vy", "x -", ""]));
                line.push_str(" - ");
            }
            words(&mut rng, &mut line);
            if rng.below(2) == 0 {
                line.push_str(rng.pick(&[" - ", " -", " – "]));
                words(&mut rng, &mut line);
            }
            stamp(&mut rng, &mut line);
            let want = by_regex(&timed, &line);
            assert_eq!(dated(&line), want, "{line:?}");
            agreed[0] += usize::from(want.is_some());
            with_b += usize::from(want.is_some_and(|m| m.b.is_some()));
            // A name line above a source.
            let mut hay = String::from(rng.pick(&["", " ", "\t", "  "]));
            words(&mut rng, &mut hay);
            if rng.below(2) == 0 {
                hay.push_str(rng.pick(&[" - ", " -", "- "]));
                words(&mut rng, &mut hay);
            }
            hay.push_str(rng.pick(&["", " ", "\t", " x", "."]));
            hay.push_str(rng.pick(&["\n", "\n", "\n \n", "\n\n\u{a0}", "\r\n", ""]));
            hay.push_str(rng.pick(&["", " ", "\u{3000}"]));
            hay.push_str(rng.pick(&["Nguồn: A", "Theo B", "Tin liên quan", "Tin bài liên quan", "nguồn", "Đọc", "X"]));
            let want = by_regex(&alone, &hay);
            assert_eq!(above_source(&hay, &src), want, "{hay:?}");
            agreed[1] += usize::from(want.is_some());
        }
        assert!(agreed[0] > 5000 && agreed[1] > 2500 && with_b > 300, "{agreed:?} {with_b}");
    }
}
