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

use crate::normalize::{case_of, is_letter, Case, RunCheck, ScanBits, ToneStyle};

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
    /// The token of the same kind and shape at `start..end` (the token
    /// read from a text before its chars were replaced by shorter ones).
    pub(crate) fn moved(self, start: u32, end: u32) -> Token {
        Token { start, end, ..self }
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

/// [`shape_of`] computed letter by letter while a word is scanned, as
/// case bits ([`case_bits`]; 0 for a digit, which changes nothing): the
/// first letter's and the union of the others'.
#[derive(Default)]
struct ShapeOf {
    /// The first letter's bits; 0 before any letter.
    first: u8,
    /// The bits of the letters after the first.
    rest: u8,
}

impl ShapeOf {
    /// The shape, read from [`SHAPES`] (the case bits fit in three bits
    /// each): one load where the match took a chain of tests per word.
    #[inline]
    fn shape(&self) -> Shape {
        SHAPES[(usize::from(self.first & CASE_BITS) << 3) | usize::from(self.rest & CASE_BITS)]
    }
}

/// The shape of a word whose first letter has the case bits `first` and
/// whose other letters have the union `rest` ([`ShapeOf`]).
const fn shape_of_bits(first: u8, rest: u8) -> Shape {
    match (first, rest & UPPER != 0, rest & LOWER != 0) {
        (0, _, _) => Shape::None,
        (UPPER, false, _) => Shape::Title,
        (UPPER, _, false) => Shape::Upper,
        (_, false, _) => Shape::Lower,
        _ => Shape::Mixed,
    }
}

/// [`shape_of_bits`] of every pair of three-bit case unions, indexed by
/// `first << 3 | rest`.
static SHAPES: [Shape; 64] = {
    let mut t = [Shape::None; 64];
    let mut i = 0;
    while i < 64 {
        t[i] = shape_of_bits((i >> 3) as u8, (i & 7) as u8);
        i += 1;
    }
    t
};

/// Class bits of an ASCII byte ([`BYTE_CLASS`]); [`LOWER`] and [`UPPER`]
/// double as the case bits of [`ShapeOf`], [`NEITHER`] is the case bit of a
/// letter without case.
const LOWER: u8 = 1;
const UPPER: u8 = 2;
const NEITHER: u8 = 4;
const DIGIT: u8 = 8;
/// White space (as `char::is_whitespace`).
const SPACE: u8 = 16;
/// A char of an e-mail address before its "@": letters, digits, ".", "_", "-", "+".
const ADDRESS: u8 = 32;
/// ASCII punctuation that makes a [`TokenKind::Punct`] token.
const PUNCT: u8 = 64;
/// The case bits of a word char ([`LOWER`], [`UPPER`], [`NEITHER`]).
const CASE_BITS: u8 = LOWER | UPPER | NEITHER;
/// In [`WORD_BITS`] (not [`BYTE_CLASS`]): a char from 0x80 that
/// lower-casing changes ("Đ", "Ủ", and the title-case "ǅ", whose case bit
/// is [`NEITHER`]). The value of [`SPACE`], which no word char has.
const LOWERS: u8 = 16;

/// The class bits of each ASCII byte, looked up once per byte instead of a
/// chain of comparisons (0 for bytes from 0x80: those are decoded).
static BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let x = b as u8;
        t[b] = if x.is_ascii_lowercase() {
            LOWER | ADDRESS
        } else if x.is_ascii_uppercase() {
            UPPER | ADDRESS
        } else if x.is_ascii_digit() {
            DIGIT | ADDRESS
        } else if matches!(x, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r') {
            SPACE
        } else if x.is_ascii_punctuation() {
            let address = if matches!(x, b'.' | b'_' | b'-' | b'+') { ADDRESS } else { 0 };
            let punct = if matches!(x, b'%' | b'$' | b'+' | b'=' | b'<' | b'>' | b'|' | b'^' | b'~' | b'`') {
                0
            } else {
                PUNCT
            };
            address | punct
        } else {
            0
        };
        b += 1;
    }
    t
};

/// The [`ShapeOf`] bits of a letter's case.
#[inline]
fn case_bits(case: Case) -> u8 {
    match case {
        Case::Lower => LOWER,
        Case::Upper => UPPER,
        Case::Neither => NEITHER,
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
    tokenize_marking::<false, false>(
        text,
        0,
        out,
        &mut Vec::new(),
        &mut Vec::new(),
        &mut RunCheck::new(ToneStyle::Traditional),
    );
}

/// [`tokenize_into`] that also writes into `lowers` (cleared first) the
/// index of every token that may hold a char from 0x80 which lower-casing
/// changes ([`lower_char`](crate::normalize::lower_char)): the words with
/// such a char ([`LOWERS`], gathered with the case bits) and every other
/// token that is not ASCII. A char outside every token is white space,
/// which has no case. The context's lower-case view rewrites only these
/// tokens. It also writes into `numbers` (cleared first) the index of
/// every token that opens with an ASCII digit: the numbers (the only
/// tokens with a digit value) and the words glued to a digit ("6ha",
/// "3D"), so that the context does not ask every token its kind or its
/// first byte.
#[cfg(test)]
pub(crate) fn tokenize_lowering(text: &str, out: &mut Vec<Token>, lowers: &mut Vec<u32>, numbers: &mut Vec<u32>) {
    out.clear();
    lowers.clear();
    numbers.clear();
    tokenize_marking::<true, false>(text, 0, out, lowers, numbers, &mut RunCheck::new(ToneStyle::Traditional));
}

/// [`tokenize_lowering`] of `text[from..]`, the tokens, `lowers` and
/// `numbers` of `text[..from]` already written (`from` is 0 or just
/// past white space that [`tokenize_checking`] read).
pub(crate) fn tokenize_lowering_from(
    text: &str,
    from: usize,
    out: &mut Vec<Token>,
    lowers: &mut Vec<u32>,
    numbers: &mut Vec<u32>,
) {
    tokenize_marking::<true, false>(text, from, out, lowers, numbers, &mut RunCheck::new(ToneStyle::Traditional));
}

/// [`tokenize_lowering`] of a text not yet normalised, which also reads
/// where the run of it that normalises to itself ends (`check`, in the
/// same walk: every char is read by the tokeniser anyway). The walk stops
/// soon after that end (the tokens past it are cut by the caller).
pub(crate) fn tokenize_checking(
    text: &str,
    out: &mut Vec<Token>,
    lowers: &mut Vec<u32>,
    numbers: &mut Vec<u32>,
    check: &mut RunCheck,
) {
    out.clear();
    lowers.clear();
    numbers.clear();
    tokenize_marking::<true, true>(text, 0, out, lowers, numbers, check);
}

/// Hands every char of `text[start..end]` to `check` in order ([`RunCheck`]):
/// the chars of a token that the tokeniser did not read one by one.
#[inline(never)]
fn check_chars(check: &mut RunCheck, text: &str, start: usize, end: usize) {
    let mut k = start;
    while k < end && check.stop.is_none() {
        let (bits, len) = RunCheck::bits_at(text, k);
        if bits & RunCheck::LOOK != 0 {
            check.look(RunCheck::table(), text, k, bits, len);
        }
        k += len;
    }
}

/// The tokeniser, from `from` (a position the main loop reaches, the
/// tokens before it in `out`); with `MARK`, the tokens to lower noted in
/// `lowers` and the short numbers in `numbers` ([`tokenize_lowering`]);
/// with `CHECK`, each char handed to `check` in order
/// ([`tokenize_checking`]).
#[inline(always)]
fn tokenize_marking<const MARK: bool, const CHECK: bool>(
    text: &str,
    from: usize,
    out: &mut Vec<Token>,
    lowers: &mut Vec<u32>,
    numbers: &mut Vec<u32>,
    check: &mut RunCheck,
) {
    let b = text.as_bytes();
    // An e-mail address needs an "@": without one in the text, no token
    // start is scanned for it.
    let has_at = memchr::memchr(b'@', b).is_some();
    let table: &WordBits = &WORD_BITS;
    let scans: &ScanBits = if CHECK { RunCheck::table() } else { &NO_SCAN };
    let mut i = from;
    while i < b.len() {
        if CHECK && check.stop.is_some() {
            break;
        }
        // ASCII, nearly every byte of a Vietnamese text but its vowels,
        // is classified by the byte's table entry; other chars are decoded.
        let class = BYTE_CLASS[b[i] as usize];
        let c = if b[i] < 0x80 {
            if class & SPACE != 0 {
                // Tab and CR are white space the normaliser changes.
                if CHECK && scans[usize::from(b[i])] & RunCheck::LOOK != 0 {
                    check.look(scans, text, i, scans[usize::from(b[i])], 1);
                }
                i += 1;
                continue;
            }
            // An ASCII letter opens most tokens: a word, unless an address
            // may start here, asked without the address and digit tests.
            if class & (LOWER | UPPER) != 0 && !has_at && !url_prefix(&b[i..]) {
                i = word_end::<MARK, CHECK>(table, scans, text, i, (class & (LOWER | UPPER), 1), out, lowers, check);
                continue;
            }
            b[i] as char
        } else if let Some((bits, len, scan)) = word_char_scanned::<CHECK>(table, scans, text, i) {
            // A word char from 0x80 (a letter with a diacritic, as a
            // word opens at "Đ", "Ủy", "ở"), told by its bytes: no space,
            // no address, no digit, so a word.
            if CHECK && scan & RunCheck::LOOK != 0 {
                check.look(scans, text, i, scan, len);
            }
            let end = word_end::<MARK, CHECK>(table, scans, text, i, (bits, len), out, lowers, check);
            i = end;
            continue;
        } else {
            match text[i..].chars().next() {
                Some(c) if c.is_whitespace() => {
                    if CHECK {
                        check_chars(check, text, i, i + c.len_utf8());
                    }
                    i += c.len_utf8();
                    continue;
                }
                Some(c) => c,
                None => break,
            }
        };
        let start = i;
        // Only a letter, a digit or ".", "_", "-", "+" may start an address.
        let (kind, end) = if let Some(end) =
            (class & ADDRESS != 0 && url_candidate(b, i, has_at)).then(|| url_at(text, i)).flatten()
        {
            (TokenKind::Url, end)
        } else if class & DIGIT != 0 {
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
        } else if let Some((bits, len, scan)) = word_char_scanned::<CHECK>(table, scans, text, i) {
            if CHECK && scan & RunCheck::LOOK != 0 {
                check.look(scans, text, i, scan, len);
            }
            i = word_end::<MARK, CHECK>(table, scans, text, i, (bits, len), out, lowers, check);
            continue;
        } else if class & PUNCT != 0 || matches!(c, '…' | '–' | '—' | '“' | '”' | '‘' | '’' | '«' | '»')
        {
            (TokenKind::Punct, i + c.len_utf8())
        } else {
            (TokenKind::Symbol, i + c.len_utf8())
        };
        if CHECK {
            // Most such tokens are ASCII (numbers, punctuation): read by
            // the table, any other char by `check_chars`.
            let mut k = start;
            while k < end && b[k] < 0x80 {
                let scan = scans[usize::from(b[k])];
                if scan & RunCheck::LOOK != 0 {
                    check.look(scans, text, k, scan, 1);
                }
                k += 1;
            }
            if k < end {
                // No patch inside an address ([`RunCheck::in_address`]).
                check.in_address = kind == TokenKind::Url;
                check_chars(check, text, k, end);
                check.in_address = false;
            }
        }
        let shape = if kind == TokenKind::Word { shape_of(&text[start..end]) } else { Shape::None };
        if MARK && !text.as_bytes()[start..end].is_ascii() {
            lowers.push(out.len() as u32);
        }
        // Only the digit branch above makes a number or a word here (a
        // word from a letter went on from `word_end`): both open with a
        // digit.
        if MARK && matches!(kind, TokenKind::Number | TokenKind::Word) {
            numbers.push(out.len() as u32);
        }
        out.push(Token { kind, shape, start: start as u32, end: end as u32 });
        i = end;
    }
}

/// Pushes the word token that starts at `start` with the word char
/// `first` ([`word_char_at`]'s answer there) and returns where the scan
/// goes on: the word's end, past the one space that nearly always follows
/// (a space makes no token, so the main loop need not step over it). The
/// word and its case shape in one pass, up to the first letter (nearly
/// always the first char), then the others, whose case bits are only
/// gathered.
#[inline(always)]
#[allow(clippy::too_many_arguments)]
fn word_end<const MARK: bool, const CHECK: bool>(
    table: &WordBits,
    scans: &ScanBits,
    text: &str,
    start: usize,
    first: (u8, usize),
    out: &mut Vec<Token>,
    lowers: &mut Vec<u32>,
    check: &mut RunCheck,
) -> usize {
    let mut shape = ShapeOf { first: first.0, rest: 0 };
    // The union of the bits of the chars before the first letter (its
    // [`LOWERS`] bit; the shape reads the case bits only).
    let mut lead = first.0;
    let mut j = start + first.1;
    while shape.first & CASE_BITS == 0 {
        let Some((bits, len, scan)) = word_char_scanned::<CHECK>(table, scans, text, j) else { break };
        if CHECK && scan & RunCheck::LOOK != 0 {
            check.look(scans, text, j, scan, len);
        }
        shape.first = bits;
        lead |= bits;
        j += len;
    }
    let b = text.as_bytes();
    loop {
        // The ASCII letters and digits by their class alone (most of a
        // word's chars): its case bits are its low bits, and `shape` reads
        // only those.
        while let Some(&x) = b.get(j) {
            let class = BYTE_CLASS[usize::from(x)];
            if class & (LOWER | UPPER | DIGIT) == 0 {
                break;
            }
            shape.rest |= class;
            j += 1;
        }
        if b.get(j).is_none_or(u8::is_ascii) {
            break;
        }
        let Some((bits, len, scan)) = word_char_scanned::<CHECK>(table, scans, text, j) else { break };
        if CHECK && scan & RunCheck::LOOK != 0 {
            check.look(scans, text, j, scan, len);
        }
        shape.rest |= bits;
        j += len;
    }
    if MARK && (lead | shape.first | shape.rest) & LOWERS != 0 {
        lowers.push(out.len() as u32);
    }
    out.push(Token { kind: TokenKind::Word, shape: shape.shape(), start: start as u32, end: j as u32 });
    j + usize::from(text.as_bytes().get(j) == Some(&b' '))
}

/// The word char at `j` (letter or digit, or another char that
/// [`is_word_char`] accepts) with its case bits ([`case_bits`]; 0 for a
/// digit or a char without case) and length; `None` at the end of a word.
/// ASCII is classified by [`BYTE_CLASS`], the two-byte chars and the
/// three-byte letters of U+1E00..U+1EFF ("ạ".."ỹ") by [`WORD_BITS`] (one
/// load, no decoding), any other char in full.
#[cfg(test)]
fn word_char_at(text: &str, j: usize) -> Option<(u8, usize)> {
    word_char_in(&WORD_BITS, text, j)
}

/// [`WORD_BITS`], as [`tokenize_into`] takes it once per text: through
/// its `LazyLock` each char from 0x80 would pay a check that it is built.
type WordBits = [u8; 0x900];

/// [`word_char_at`] with [`WORD_BITS`] already at hand (`table`).
#[cfg(test)]
fn word_char_in(table: &WordBits, text: &str, j: usize) -> Option<(u8, usize)> {
    word_char_scanned::<false>(table, &NO_SCAN, text, j).map(|(bits, len, _)| (bits, len))
}

/// No scan bits: the table of a walk that does not check the text.
static NO_SCAN: ScanBits = [0; 0x900];

/// [`word_char_in`] with, when `CHECK`, the char's scan bits
/// ([`RunCheck`]) read from `scans` by the same index (0 for ASCII
/// letters and digits, which never need a look).
#[inline(always)]
fn word_char_scanned<const CHECK: bool>(
    table: &WordBits,
    scans: &ScanBits,
    text: &str,
    j: usize,
) -> Option<(u8, usize, u8)> {
    let b = text.as_bytes();
    let x = *b.get(j)?;
    if x < 0x80 {
        let class = BYTE_CLASS[x as usize];
        return (class & (LOWER | UPPER | DIGIT) != 0).then_some((class & (LOWER | UPPER), 1, 0));
    }
    let next = |n: usize| b.get(j + n).map_or(0, |&y| usize::from(y & 0x3F));
    let (index, len) = match x {
        0xC2..=0xDF => ((usize::from(x & 0x1F) << 6) | next(1), 2),
        0xE1 if matches!(b.get(j + 1), Some(0xB8..=0xBB)) => (0x800 + ((next(1) & 0x03) << 6) + next(2), 3),
        // U+2000..U+203F (spaces, dashes, quotes, "…", "‰"): none is a
        // word char.
        0xE2 if b.get(j + 1) == Some(&0x80) => return None,
        _ => {
            let c = text.get(j..)?.chars().next()?;
            let bits = word_bits(c);
            let scan = if CHECK { RunCheck::bits(c) } else { 0 };
            return (bits != NOT_WORD).then_some((bits, c.len_utf8(), scan));
        }
    };
    let bits = table[index];
    let scan = if CHECK { scans[index] } else { 0 };
    (bits != NOT_WORD).then_some((bits, len, scan))
}

/// [`WORD_BITS`] of a char that is not a word char.
const NOT_WORD: u8 = 0xFF;

/// What [`word_char_at`] says of `c`: its case bits when a word char
/// ([`is_word_char`]; 0 for a digit or a char without case), else
/// [`NOT_WORD`].
fn word_bits(c: char) -> u8 {
    let lowers = if !c.is_ascii() && crate::normalize::lower_char(c) != c { LOWERS } else { 0 };
    match (is_word_char(c), is_letter(c)) {
        (false, _) => NOT_WORD,
        (true, true) => case_bits(case_of(c)) | lowers,
        (true, false) => lowers,
    }
}

/// [`word_bits`] of every char of U+0000..U+07FF (ASCII and the two-byte
/// chars, indexed by code point) and of U+1E00..U+1EFF (from index 0x800):
/// the Vietnamese letters outside ASCII, looked up by their bytes.
static WORD_BITS: std::sync::LazyLock<WordBits> = std::sync::LazyLock::new(|| {
    let mut t = [NOT_WORD; 0x900];
    for (slot, u) in t.iter_mut().zip((0..0x800u32).chain(0x1E00..0x1F00)) {
        *slot = char::from_u32(u).map_or(NOT_WORD, word_bits);
    }
    t
});

/// True when `rest` opens with "http" or "www." (most tokens are words:
/// their first letter answers for both prefixes).
#[inline(always)]
fn url_prefix(rest: &[u8]) -> bool {
    matches!(rest.first(), Some(b'h' | b'w')) && (rest.starts_with(b"http") || rest.starts_with(b"www."))
}

/// True when a URL or an e-mail address may start at `i`, an address char
/// ([`ADDRESS`]): "http", "www."
/// or address characters up to an "@" (checked by [`url_at`]); `has_at`:
/// whether the text holds an "@" at all.
#[inline]
fn url_candidate(b: &[u8], i: usize, has_at: bool) -> bool {
    let address = |x: u8| BYTE_CLASS[x as usize] & ADDRESS != 0;
    let rest = &b[i..];
    if url_prefix(rest) {
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

    /// The tokens noted in `numbers` by `tokenize_lowering` are those that
    /// open with an ASCII digit (numbers and words such as "6ha", not an
    /// address), and the tokens are those of `tokenize`.
    #[test]
    fn numbers_noted_are_the_tokens_opening_with_a_digit() {
        let texts = [
            "Năm 2024, 12 tỉnh chi 2.500 tỷ đồng (99,75%) cho 10000 hộ; VF9 và 3D.",
            "1 2 34 567 8901 23456 1,5 1.0 0",
            "",
            "Không có số nào",
            "ngày 30/4/1975 lúc 7h30, 6ha, 5kg, 12ha, 3Đ, 4ở",
            "gửi 123abc@gmail.com hay 9x.vn, 2-3 và A4 (5)",
        ];
        for text in texts {
            let (mut tokens, mut lowers, mut numbers) = (Vec::new(), Vec::new(), Vec::new());
            tokenize_lowering(text, &mut tokens, &mut lowers, &mut numbers);
            assert_eq!(tokens, tokenize(text), "{text:?}");
            let expected: Vec<u32> = (0..tokens.len() as u32)
                .filter(|&k| {
                    let t = tokens[k as usize];
                    matches!(t.kind(), TokenKind::Number | TokenKind::Word)
                        && text.as_bytes()[t.start()].is_ascii_digit()
                })
                .collect();
            assert_eq!(numbers, expected, "{text:?}");
        }
        // Words glued to a digit are noted as well as numbers.
        let (mut tokens, mut lowers, mut numbers) = (Vec::new(), Vec::new(), Vec::new());
        tokenize_lowering("6ha và 7", &mut tokens, &mut lowers, &mut numbers);
        assert_eq!(numbers, [0, 2]);
        assert_eq!(tokens[0].kind(), TokenKind::Word);
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
            "‰",
            "\u{200B}",
            "ǅx",
            "a1ư",
        ];
        for text in crate::testing::joined_pieces(&pieces, 7, 3000, 17, Some(1)) {
            let (mut a, mut b) = (Vec::new(), Vec::new());
            tokenize_into(&text, &mut a);
            reference_tokenize(&text, &mut b);
            assert_eq!(a, b, "{text:?}");
        }
    }

    /// The word char read by its bytes is the word char read by decoding:
    /// every char of U+0000..U+2FFF and U+1E00..U+1EFF, and a few beyond.
    #[test]
    fn word_char_at_agrees_with_the_char_methods() {
        let chars = (0..0x3000u32).chain(0x1E00..0x1F00).chain([0xFEFF, 0x1F600, 0x10FFFF]).filter_map(char::from_u32);
        for c in chars {
            let text = format!("{c}x");
            let expected = is_word_char(c).then(|| {
                let bits = if is_letter(c) { case_bits(case_of(c)) } else { 0 };
                let lowers = if !c.is_ascii() && crate::normalize::lower_char(c) != c { LOWERS } else { 0 };
                (bits | lowers, c.len_utf8())
            });
            assert_eq!(word_char_at(&text, 0), expected, "U+{:04X}", c as u32);
        }
        assert_eq!(word_char_at("ab", 2), None);
    }

    /// The table gives what the match gives for every pair of three-bit
    /// case unions.
    #[test]
    fn shape_table_is_the_match() {
        for first in 0..8u8 {
            for rest in 0..8u8 {
                let read = ShapeOf { first, rest }.shape();
                assert_eq!(read, shape_of_bits(first, rest), "{first} {rest}");
            }
        }
    }

    #[test]
    fn byte_classes_agree_with_the_char_methods() {
        for x in 0..=255u8 {
            let (class, c) = (BYTE_CLASS[x as usize], x as char);
            let ascii = x.is_ascii();
            assert_eq!(class & SPACE != 0, ascii && c.is_whitespace(), "{x}");
            assert_eq!(class & LOWER != 0, x.is_ascii_lowercase(), "{x}");
            assert_eq!(class & UPPER != 0, x.is_ascii_uppercase(), "{x}");
            assert_eq!(class & DIGIT != 0, x.is_ascii_digit(), "{x}");
            let address = x.is_ascii_alphanumeric() || matches!(x, b'.' | b'_' | b'-' | b'+');
            assert_eq!(class & ADDRESS != 0, address, "{x}");
            let punct =
                x.is_ascii_punctuation() && !matches!(c, '%' | '$' | '+' | '=' | '<' | '>' | '|' | '^' | '~' | '`');
            assert_eq!(class & PUNCT != 0, punct, "{x}");
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
