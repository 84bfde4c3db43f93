//! Tokenisation: syllable tokens, sentences and lexical words.
//!
//! Tokens are byte ranges into the text they were made from (usually the
//! normalised text; map them back with
//! [`NormalizedText::to_original`](crate::normalize::NormalizedText::to_original)).
//!
//! ```
//! use viet_extract::tokenise::{tokenise, TokenKind};
//! let text = "TP.HCM có 2.500 người, xem https://a.vn.";
//! let toks = tokenise(text);
//! let kinds: Vec<_> = toks.iter().map(|t| (t.kind(), &text[t.range()])).collect();
//! assert_eq!(kinds[4], (TokenKind::Number, "2.500"));
//! assert!(kinds.iter().any(|k| *k == (TokenKind::Url, "https://a.vn")));
//! ```

use crate::normalize::{case_of, is_letter, Case};

mod model;
mod sentences;
mod words;

pub(crate) use sentences::each_sentence;
pub use sentences::sentences;
pub use words::{segment_words, segment_words_with};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TokenKind {
    /// A syllable or other run of letters (may contain digits: "VF9").
    Word,
    /// Digits, with "." or "," between digit groups ("2.500", "99,75").
    Number,
    /// Punctuation.
    Punct,
    /// Any other symbol ("%", "°").
    Symbol,
    /// A URL or an e-mail address.
    Url,
}

/// Letter case of a word token.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Shape {
    /// "nhân".
    Lower,
    /// "Nguyễn".
    Title,
    /// "VUFO".
    Upper,
    /// "ThS", "iPhone".
    Mixed,
    /// Not a word.
    None,
}

/// One token: kind, case shape and byte range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    kind: TokenKind,
    shape: Shape,
    start: u32,
    end: u32,
}

impl Token {
    /// The kind of token.
    pub fn kind(&self) -> TokenKind {
        self.kind
    }
    /// The case shape (words only).
    pub fn shape(&self) -> Shape {
        self.shape
    }
    /// First byte.
    pub fn start(&self) -> usize {
        self.start as usize
    }
    /// One past the last byte.
    pub fn end(&self) -> usize {
        self.end as usize
    }
    /// Byte range for slicing.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start()..self.end()
    }
}

fn shape_of(s: &str) -> Shape {
    if s.is_ascii() {
        return ascii_shape(s.as_bytes());
    }
    let mut chars = s.chars().filter(|&c| is_letter(c));
    let Some(first) = chars.next() else { return Shape::None };
    let (mut upper, mut lower) = (false, false);
    for c in chars {
        match case_of(c) {
            Case::Upper => upper = true,
            Case::Lower => lower = true,
            Case::Neither => {}
        }
    }
    match (case_of(first) == Case::Upper, upper, lower) {
        (true, false, _) => Shape::Title,
        (true, _, false) => Shape::Upper,
        (false, false, _) => Shape::Lower,
        _ => Shape::Mixed,
    }
}

/// [`shape_of`] computed letter by letter while a word is scanned.
#[derive(Default)]
struct ShapeOf {
    /// Whether the first letter is upper case; `None` before any letter.
    first_upper: Option<bool>,
    upper: bool,
    lower: bool,
}

impl ShapeOf {
    #[inline]
    fn letter(&mut self, case: Case) {
        match self.first_upper {
            None => self.first_upper = Some(case == Case::Upper),
            Some(_) => match case {
                Case::Upper => self.upper = true,
                Case::Lower => self.lower = true,
                Case::Neither => {}
            },
        }
    }

    fn shape(&self) -> Shape {
        match (self.first_upper, self.upper, self.lower) {
            (None, _, _) => Shape::None,
            (Some(true), false, _) => Shape::Title,
            (Some(true), _, false) => Shape::Upper,
            (Some(false), false, _) => Shape::Lower,
            _ => Shape::Mixed,
        }
    }
}

/// [`shape_of`] for ASCII text.
fn ascii_shape(b: &[u8]) -> Shape {
    let Some(first) = b.iter().position(u8::is_ascii_alphabetic) else { return Shape::None };
    let (mut upper, mut lower) = (false, false);
    for x in &b[first + 1..] {
        upper |= x.is_ascii_uppercase();
        lower |= x.is_ascii_lowercase();
    }
    match (b[first].is_ascii_uppercase(), upper, lower) {
        (true, false, _) => Shape::Title,
        (true, _, false) => Shape::Upper,
        (false, false, _) => Shape::Lower,
        _ => Shape::Mixed,
    }
}

fn is_word_char(c: char) -> bool {
    is_letter(c)
        || c.is_ascii_digit()
        || (!c.is_ascii() && (c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c)))
}

/// Splits `text` into tokens; white space lies between tokens.
/// Tokens and the gaps between them rebuild `text` exactly.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 4);
    tokenize_into(text, &mut out);
    out
}

/// The lines of `text`, as `text.split('\n')` gives them, the line
/// breaks found by the `memchr` crate's vectorised search (news lines are
/// short: the standard library's search pays a set-up for each).
pub(crate) fn split_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    memchr::memchr_iter(b'\n', text.as_bytes()).map(Some).chain(std::iter::once(None)).map(move |brk| {
        let end = brk.unwrap_or(text.len());
        // A line break is one byte, so `start` and `end` are char boundaries.
        let line = text.get(start..end).unwrap_or("");
        start = end + 1;
        line
    })
}

/// True when `text[a..b]`, the gap between two tokens (a few bytes), holds
/// a line break: a plain byte loop (no other char's UTF-8 holds the byte of
/// "\n"). For so few bytes it costs less than a string search, and less
/// than `<[u8]>::contains` too (2.3 M fewer instructions over the
/// throughput samples, measured with callgrind).
#[inline]
#[allow(clippy::manual_contains)]
pub(crate) fn breaks_line(text: &str, a: usize, b: usize) -> bool {
    text.as_bytes()[a..b].iter().any(|&x| x == b'\n')
}

/// Like [`tokenize`], reusing `out`'s allocation (it is cleared first).
pub fn tokenize_into(text: &str, out: &mut Vec<Token>) {
    out.clear();
    let b = text.as_bytes();
    // An e-mail address needs an "@": without one in the text, no token
    // start is scanned for it.
    let has_at = memchr::memchr(b'@', b).is_some();
    let mut i = 0;
    while i < b.len() {
        // ASCII, nearly every byte of a Vietnamese text but its vowels,
        // is classified by the byte; other chars are decoded.
        let c = if b[i] < 0x80 {
            b[i] as char
        } else {
            match text[i..].chars().next() {
                Some(c) => c,
                None => break,
            }
        };
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let (kind, end) = if let Some(end) = url_candidate(b, i, has_at).then(|| url_at(text, i)).flatten() {
            (TokenKind::Url, end)
        } else if c.is_ascii_digit() {
            let mut j = i;
            loop {
                while j < b.len() && b[j].is_ascii_digit() {
                    j += 1;
                }
                // "2.500", "99,75": a separator between digits.
                if j + 1 < b.len() && (b[j] == b'.' || b[j] == b',') && b[j + 1].is_ascii_digit() {
                    j += 1;
                    continue;
                }
                break;
            }
            // "VF9", "3D": letters glued to digits make a word.
            let mut k = j;
            while let Some(c) = text[k..].chars().next().filter(|&c| is_letter(c)) {
                k += c.len_utf8();
            }
            if k > j && j == i + 1 {
                (TokenKind::Word, k)
            } else {
                (TokenKind::Number, j)
            }
        } else if is_word_char(c) {
            // The word and its case shape in one pass.
            let mut shape = ShapeOf::default();
            let mut j = i;
            while j < b.len() {
                if b[j] < 0x80 {
                    let x = b[j];
                    if x.is_ascii_lowercase() {
                        shape.letter(Case::Lower);
                    } else if x.is_ascii_uppercase() {
                        shape.letter(Case::Upper);
                    } else if !x.is_ascii_digit() {
                        break;
                    }
                    j += 1;
                } else if let Some((c, len)) = latin_letter_at(b, j) {
                    // A letter of the Latin blocks Vietnamese is written in,
                    // decoded by hand (the common case of a non-ASCII byte).
                    shape.letter(case_of(c));
                    j += len;
                } else {
                    match text[j..].chars().next().filter(|&c| is_word_char(c)) {
                        Some(c) => {
                            if is_letter(c) {
                                shape.letter(case_of(c));
                            }
                            j += c.len_utf8();
                        }
                        None => break,
                    }
                }
            }
            out.push(Token { kind: TokenKind::Word, shape: shape.shape(), start: start as u32, end: j as u32 });
            i = j;
            continue;
        } else if c.is_ascii_punctuation() && !matches!(c, '%' | '$' | '+' | '=' | '<' | '>' | '|' | '^' | '~' | '`')
            || matches!(c, '…' | '–' | '—' | '“' | '”' | '‘' | '’' | '«' | '»')
        {
            (TokenKind::Punct, i + c.len_utf8())
        } else {
            (TokenKind::Symbol, i + c.len_utf8())
        };
        let shape = if kind == TokenKind::Word { shape_of(&text[start..end]) } else { Shape::None };
        out.push(Token { kind, shape, start: start as u32, end: end as u32 });
        i = end;
    }
}

/// The letter of U+00C0..U+024F or U+1E00..U+1EFF (every precomposed
/// Vietnamese letter) whose UTF-8 starts at `b[j]`, and its length; `None`
/// for any other char (the caller decodes those in full). "×" and "÷" in
/// that range are no letters ([`is_letter`]).
#[inline]
fn latin_letter_at(b: &[u8], j: usize) -> Option<(char, usize)> {
    let (c, len) = match *b.get(j..j + 2)? {
        // Two bytes: 110xxxxx 10xxxxxx, U+00C0..U+024F.
        [x @ 0xC3..=0xC9, y] if y & 0xC0 == 0x80 => ((((x & 0x1F) as u32) << 6) | (y & 0x3F) as u32, 2),
        // Three bytes: 0xE1 0xB8..0xBB: U+1E00..U+1EFF.
        [0xE1, y @ 0xB8..=0xBB] => {
            let z = *b.get(j + 2)?;
            if z & 0xC0 != 0x80 {
                return None;
            }
            (0x1000 | (((y & 0x3F) as u32) << 6) | (z & 0x3F) as u32, 3)
        }
        _ => return None,
    };
    let c = char::from_u32(c)?;
    ((0xC0..=0x24F).contains(&(c as u32)) && c != '\u{D7}' && c != '\u{F7}' || (0x1E00..=0x1EFF).contains(&(c as u32)))
        .then_some((c, len))
}

/// True when a URL or an e-mail address may start at `i`: "http", "www."
/// or address characters up to an "@" (checked by [`url_at`]); `has_at`:
/// whether the text holds an "@" at all.
#[inline]
fn url_candidate(b: &[u8], i: usize, has_at: bool) -> bool {
    let address = |x: u8| x.is_ascii_alphanumeric() || matches!(x, b'.' | b'_' | b'-' | b'+');
    if !address(b[i]) {
        return false;
    }
    let rest = &b[i..];
    if rest.starts_with(b"http") || rest.starts_with(b"www.") {
        return true;
    }
    if !has_at {
        return false;
    }
    let run = rest.iter().position(|&x| !address(x)).unwrap_or(rest.len());
    rest.get(run) == Some(&b'@')
}

/// A URL ("http://…", "www.…") or e-mail address starting at `i`: its end.
fn url_at(text: &str, i: usize) -> Option<usize> {
    let rest = &text[i..];
    let end_of = |s: &str| {
        let n = s.find(|c: char| c.is_whitespace() || matches!(c, '"' | '<' | '>' | '(' | ')')).unwrap_or(s.len());
        // Trailing sentence punctuation is not part of the address.
        s[..n].trim_end_matches(['.', ',', ';', ':', '!', '?']).len()
    };
    if rest.starts_with("http://") || rest.starts_with("https://") || rest.starts_with("www.") {
        return Some(i + end_of(rest));
    }
    // e-mail: word chars, '@', word chars with a dot.
    let first = rest.find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '+')))?;
    if first > 0 && rest[first..].starts_with('@') && (i == 0 || !text[..i].ends_with(|c: char| c.is_alphanumeric())) {
        let n = end_of(rest);
        let domain = &rest[first + 1..n];
        if domain.contains('.') && domain.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-')) {
            return Some(i + n);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    #[test]
    fn split_lines_is_split_on_line_breaks() {
        for text in ["", "\n", "a", "a\n", "\na\n\nb", "Hà Nội\r\nĐà Nẵng\n\n", "một\nhai\nba"] {
            let lines: Vec<&str> = super::split_lines(text).collect();
            assert_eq!(lines, text.split('\n').collect::<Vec<_>>(), "{text:?}");
        }
    }

    use super::*;

    /// The char-by-char tokeniser the byte-level one replaced, kept as the
    /// reference it must agree with.
    fn reference_tokenize(text: &str, out: &mut Vec<Token>) {
        out.clear();
        let b = text.as_bytes();
        let mut i = 0;
        while i < text.len() {
            let Some(c) = text[i..].chars().next() else { break };
            if c.is_whitespace() {
                i += c.len_utf8();
                continue;
            }
            let start = i;
            let (kind, end) = if let Some(end) = url_at(text, i) {
                (TokenKind::Url, end)
            } else if c.is_ascii_digit() {
                let mut j = i;
                loop {
                    while j < b.len() && b[j].is_ascii_digit() {
                        j += 1;
                    }
                    // "2.500", "99,75": a separator between digits.
                    if j + 1 < b.len() && (b[j] == b'.' || b[j] == b',') && b[j + 1].is_ascii_digit() {
                        j += 1;
                        continue;
                    }
                    break;
                }
                // "VF9", "3D": letters glued to digits make a word.
                let mut k = j;
                while let Some(c) = text[k..].chars().next().filter(|&c| is_letter(c)) {
                    k += c.len_utf8();
                }
                if k > j && j == i + 1 {
                    (TokenKind::Word, k)
                } else {
                    (TokenKind::Number, j)
                }
            } else if is_word_char(c) {
                let mut j = i;
                while let Some(c) = text[j..].chars().next().filter(|&c| is_word_char(c)) {
                    j += c.len_utf8();
                }
                (TokenKind::Word, j)
            } else if c.is_ascii_punctuation()
                && !matches!(c, '%' | '$' | '+' | '=' | '<' | '>' | '|' | '^' | '~' | '`')
                || matches!(c, '…' | '–' | '—' | '“' | '”' | '‘' | '’' | '«' | '»')
            {
                (TokenKind::Punct, i + c.len_utf8())
            } else {
                (TokenKind::Symbol, i + c.len_utf8())
            };
            let shape = if kind == TokenKind::Word { shape_of(&text[start..end]) } else { Shape::None };
            out.push(Token { kind, shape, start: start as u32, end: end as u32 });
            i = end;
        }
    }

    #[test]
    fn agrees_with_the_char_by_char_reference() {
        let pieces = [
            "Ông",
            "Lâm",
            "Văn",
            "Mẫn",
            "2.500",
            "99,75",
            "3D",
            "VF9",
            "10ha",
            "a@b.vn",
            ".x@y.vn",
            "http://a.vn/x?y",
            "www.a.vn",
            "TP.HCM",
            "–",
            "…",
            "“",
            "%",
            "$",
            "\u{a0}",
            "\u{85}",
            "\t",
            "\n",
            " ",
            "  ",
            "e\u{301}",
            "ĐẮK",
            "iPhone",
            "ThS",
            "@",
            "1.",
            ",5",
            "Ω",
            "😀",
            "x-y",
            "12-CT/TW",
            "O'Neil",
        ];
        let mut seed = 7u64;
        for n in 0..3000 {
            let mut text = String::new();
            for _ in 0..(n % 17) {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
                if seed & 1 == 0 {
                    text.push(' ');
                }
            }
            let (mut a, mut b) = (Vec::new(), Vec::new());
            tokenize_into(&text, &mut a);
            reference_tokenize(&text, &mut b);
            assert_eq!(a, b, "{text:?}");
        }
    }

    #[test]
    fn tokens_rebuild_input() {
        let text = "Ông Lâm Văn Mẫn - Bí thư, 99,75% (2.500 người) a@b.vn\nVF9";
        let toks = tokenize(text);
        let mut rebuilt = String::new();
        let mut last = 0;
        for t in &toks {
            assert!(text[last..t.start()].chars().all(char::is_whitespace));
            rebuilt.push_str(&text[last..t.end()]);
            last = t.end();
        }
        rebuilt.push_str(&text[last..]);
        assert_eq!(rebuilt, text);
        assert_eq!(toks[0].shape(), Shape::Title);
        assert!(toks.iter().any(|t| &text[t.range()] == "99,75" && t.kind() == TokenKind::Number));
        assert!(toks.iter().any(|t| &text[t.range()] == "a@b.vn" && t.kind() == TokenKind::Url));
    }
}
