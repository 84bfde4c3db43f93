//! Recognisers: one file per entity kind. Each works on the normalised text
//! held in a [`Ctx`] and returns candidates with spans in that text; the
//! resolve stage merges them and the document stage maps spans back.

pub(crate) mod dates;
pub(crate) mod figures;
pub(crate) mod legal;
pub(crate) mod organisations;
pub(crate) mod people;
pub(crate) mod provinces;
pub(crate) mod recase;

use crate::lexicon::{Feat, Gap, Lexicon, Phrases, WordId};
use crate::normalize::{fold_char, lower_char};
use crate::tokenize::{tokenize_into, Shape, Token, TokenKind};
use rustc_hash::FxHashMap as HashMap;

/// The normalised text and the views of it every recogniser shares.
pub(crate) struct Ctx<'a> {
    pub lex: &'a Lexicon,
    /// Normalised text.
    pub text: &'a str,
    /// `text` lower-cased, same byte offsets.
    pub lower: String,
    pub tokens: Vec<Token>,
    /// For each token, the ID of its lower-case form in the lexicon's vocabulary.
    pub ids: Vec<WordId>,
    /// For each token, the features of its word (one load per question,
    /// where going through the vocabulary takes two).
    feats: Vec<Feat>,
    /// For each token written with one to four ASCII digits only, its
    /// value plus one (0 for every other token): the date parser asks
    /// for it at every number, several times.
    digits: Vec<u16>,
    /// For each token, what lies between it and the token before.
    pub gaps: Vec<Gap>,
    /// Where page furniture (related-article lists) starts.
    pub furniture: usize,
    /// Start of every line (the first is 0).
    line_starts: Vec<usize>,
    /// The lines (by index, in order) written without any diacritic in a
    /// text that has them (URL slugs, tag lists): mostly none, so no
    /// allocation.
    slug_lines: Vec<usize>,
    /// For text without diacritics: function words restored ("tinh" → "tỉnh").
    restore: Option<&'a HashMap<String, String>>,
}

impl<'a> Ctx<'a> {
    pub fn new(lex: &'a Lexicon, text: &'a str) -> Ctx<'a> {
        // Sized once for news text (a token takes some 4 to 5 bytes).
        let mut tokens = Vec::with_capacity(text.len() / 4 + 1);
        tokenize_into(text, &mut tokens);
        let (lower, whole_plain) = lower_view(text);
        let TokenViews { ids, feats, digits, gaps } = token_views(lex, text, &lower, &tokens);
        let furniture = furniture_start(lex, &lower);
        let restore = crate::normalize::without_diacritics(text).then_some(&lex.restore);
        let line_starts: Vec<usize> = std::iter::once(0).chain(memchr_lines(text)).collect();
        let slug_lines = slug_lines(text, &line_starts, whole_plain);
        Ctx { lex, text, lower, tokens, ids, feats, digits, gaps, furniture, line_starts, slug_lines, restore }
    }

    /// Lower-cased text of token `i` exactly as written.
    #[inline(always)]
    pub fn raw(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| &self.lower[t.range()])
    }

    /// Text of token `i`.
    #[inline]
    pub fn tok(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| &self.text[t.range()])
    }

    /// Lower-cased text of token `i`; in text without diacritics, function
    /// words come back restored ("tinh" → "tỉnh") so rules can test for them.
    #[inline(always)]
    pub fn ltok(&self, i: usize) -> &str {
        let w = self.raw(i);
        match self.restore {
            Some(map) => map.get(w).map_or(w, String::as_str),
            None => w,
        }
    }

    #[inline]
    pub fn shape(&self, i: usize) -> Shape {
        self.tokens.get(i).map_or(Shape::None, |t| t.shape())
    }

    #[inline]
    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tokens.get(i).map(|t| t.kind())
    }

    /// The lower-case words of tokens `i` and `i + 1` joined by one space
    /// ("lần thứ"), as `ltok` gives them; borrowed from the lower-cased text
    /// when they are written so, built otherwise.
    pub fn two_words(&self, i: usize) -> std::borrow::Cow<'_, str> {
        match (self.tokens.get(i), self.tokens.get(i + 1)) {
            (Some(a), Some(b)) if self.restore.is_none() && self.joined(i) => {
                std::borrow::Cow::Borrowed(&self.lower[a.start()..b.end()])
            }
            _ => std::borrow::Cow::Owned(format!("{} {}", self.ltok(i), self.ltok(i + 1))),
        }
    }

    /// True when tokens `i` and `i + 1` are separated by exactly one space
    /// (not a line break, not punctuation).
    #[inline]
    pub fn joined(&self, i: usize) -> bool {
        self.gaps.get(i + 1) == Some(&Gap::Space)
    }

    /// Token `i` as a number of one to four ASCII digits: its value and
    /// its number of digits.
    #[inline]
    pub fn digits(&self, i: usize) -> Option<(u32, usize)> {
        match self.digits.get(i) {
            Some(&v) if v > 0 => Some((u32::from(v - 1), self.tokens[i].end() - self.tokens[i].start())),
            _ => None,
        }
    }

    /// The first token from `from` whose word has any of the features
    /// `bits` (the token count when none has): the recognisers' scan over
    /// the tokens where their rules can start.
    #[inline]
    pub fn next_with(&self, from: usize, bits: Feat) -> usize {
        let rest = self.feats.get(from..).unwrap_or(&[]);
        rest.iter().position(|f| f.any(bits)).map_or(self.feats.len(), |p| from + p)
    }

    /// The features of token `i`'s word.
    #[inline]
    pub fn feat(&self, i: usize) -> Feat {
        self.feats.get(i).copied().unwrap_or(Feat::NONE)
    }

    /// True when the tokens `i..i + n` spell a word of the word list.
    pub fn is_word(&self, i: usize, n: usize) -> bool {
        self.lex.words.has(&self.ids, &self.gaps, i, n)
    }

    /// Capitalised word (Title or UPPER shape).
    #[inline]
    pub fn is_cap(&self, i: usize) -> bool {
        matches!(self.shape(i), Shape::Title | Shape::Upper)
    }

    /// True when `pos` lies on a line written without any diacritic in a
    /// text that has them: URL slugs and tag lists of scraped pages.
    pub fn in_slug_line(&self, pos: usize) -> bool {
        self.slug_lines.binary_search(&self.line_index(pos)).is_ok()
    }

    /// Index of the line holding byte `pos`.
    fn line_index(&self, pos: usize) -> usize {
        self.line_starts.partition_point(|&s| s <= pos).saturating_sub(1)
    }

    /// Byte range of the line holding `pos`, without its line break.
    pub fn line_at(&self, pos: usize) -> std::ops::Range<usize> {
        self.line_range(self.line_index(pos))
    }

    /// Byte range of line `n` (from 0), without its line break.
    pub fn line_range(&self, n: usize) -> std::ops::Range<usize> {
        let start = self.line_starts.get(n).copied().unwrap_or(0);
        let end = self.line_starts.get(n + 1).map_or(self.text.len(), |&e| e - 1);
        start..end
    }

    /// Index of the first token starting at or after `pos`.
    pub fn token_from(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.start() < pos)
    }

    /// The longest phrase of `phrases` spelled by the tokens from `i`
    /// (case-insensitive, single spaces): words used and the entry.
    #[inline(always)]
    pub fn phrase_at<'p, T>(&self, i: usize, phrases: &'p Phrases<T>) -> Option<(usize, &'p (String, T))> {
        if !self.feat(i).any(phrases.first_feat()) {
            return None;
        }
        phrases.longest(&self.ids, &self.gaps, i)
    }
}

/// The lower-case view of `text` (same byte offsets), and whether no
/// letter loses bytes when its diacritics are folded (the text is written
/// without them). A copy of the text with ASCII lower-cased in one sweep,
/// then each other char that changes (a capital such as "Đ", rare)
/// rewritten in place: `lower_char` keeps its UTF-8 length, so offsets
/// agree.
fn lower_view(text: &str) -> (String, bool) {
    let mut lower = text.to_owned();
    lower.make_ascii_lowercase();
    let mut whole_plain = true;
    let mut i = 0;
    while let Some(skip) = text.as_bytes()[i..].iter().position(|b| !b.is_ascii()) {
        // After ASCII only, a char starts here.
        let at = i + skip;
        let Some(c) = text[at..].chars().next() else { break };
        let l = lower_char(c);
        if l != c {
            lower.replace_range(at..at + c.len_utf8(), l.encode_utf8(&mut [0; 4]));
        }
        // (Once one letter has lost bytes to folding, the rest need no check.)
        whole_plain = whole_plain && fold_char(l).len_utf8() == c.len_utf8();
        i = at + c.len_utf8();
    }
    (lower, whole_plain)
}

/// What [`Ctx`] keeps beside each token.
struct TokenViews {
    ids: Vec<WordId>,
    feats: Vec<Feat>,
    digits: Vec<u16>,
    gaps: Vec<Gap>,
}

/// Each token's word ID, features, digit value and gap before it, each
/// vector collected in one pass over the tokens.
fn token_views(lex: &Lexicon, text: &str, lower: &str, tokens: &[Token]) -> TokenViews {
    let (text, lower) = (text.as_bytes(), lower.as_bytes());
    let ids: Vec<WordId> = tokens.iter().map(|t| lex.vocab.get_bytes(&lower[t.range()])).collect();
    let feats = ids.iter().map(|&id| lex.vocab.feat(id)).collect();
    let digits = tokens
        .iter()
        .map(|t| {
            let w = &text[t.range()];
            if t.kind() == TokenKind::Number && w.len() <= 4 && w.iter().all(u8::is_ascii_digit) {
                w.iter().fold(0u16, |v, &b| v * 10 + u16::from(b - b'0')) + 1
            } else {
                0
            }
        })
        .collect();
    let mut last_end = usize::MAX;
    let gaps = tokens
        .iter()
        .map(|t| {
            let gap = if last_end == t.start() {
                Gap::Glued
            } else if last_end != usize::MAX && last_end + 1 == t.start() && text[last_end] == b' ' {
                Gap::Space
            } else {
                Gap::Other
            };
            last_end = t.end();
            gap
        })
        .collect();
    TokenViews { ids, feats, digits, gaps }
}

/// Where page furniture (a heading such as "Tin liên quan") starts: the
/// first line that is one of the furniture headings, or the text's end.
fn furniture_start(lex: &Lexicon, lower: &str) -> usize {
    let mut at = 0;
    for line in crate::tokenize::split_lines(lower) {
        if lex.furniture_headings.contains(line.trim()) {
            return at;
        }
        at += line.len() + 1;
    }
    lower.len()
}

/// The start of every line after the first (line breaks found by the
/// `memchr` crate's vectorised search: news lines are short, and the
/// standard library's search pays a set-up per line).
fn memchr_lines(text: &str) -> impl Iterator<Item = usize> + '_ {
    memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1)
}

/// The lines written without any diacritic in a text that has them (URL
/// slugs, tag lists): a line of ASCII only, of six words or more, with
/// no full stop or comma.
fn slug_lines(text: &str, line_starts: &[usize], whole_plain: bool) -> Vec<usize> {
    if whole_plain {
        return Vec::new();
    }
    (0..line_starts.len())
        .filter(|&n| {
            let s = line_starts[n];
            let e = line_starts.get(n + 1).map_or(text.len(), |&e| e - 1);
            let line = &text[s..e];
            line.is_ascii() && line.split(' ').count() >= 6 && !line.contains(['.', ','])
        })
        .collect()
}

/// The largest char boundary of `s` at or before `i` (`s.len()` past the end).
pub(crate) fn floor_boundary(s: &str, i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    let mut i = i;
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary of `s` at or after `i` (`s.len()` past the end).
pub(crate) fn ceil_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Normalised-text span with the rule that produced it.
#[derive(Clone, Debug)]
pub(crate) struct Hit {
    pub start: usize,
    pub end: usize,
    pub rule: &'static str,
}

impl Ctx<'_> {
    /// A role ("Phó Chủ tịch Thường trực", "Đại tá") starting at token `i`:
    /// tokens used, display form and kind. The role must be capitalised as
    /// roles before names are, unless the data writes it in lower case.
    pub fn role_at(&self, i: usize) -> Option<(usize, &(String, crate::lexicon::RoleKind))> {
        if self.kind(i) != Some(TokenKind::Word) {
            return None;
        }
        // "Đoàn Chủ tịch", "Ban Chủ nhiệm": the name of a body, not a role.
        if i > 0 && self.joined(i - 1) && self.is_cap(i - 1) && matches!(self.ltok(i - 1), "đoàn" | "ban") {
            return None;
        }
        let (n, entry) = self.phrase_at(i, &self.lex.roles)?;
        // "Đại sứ quán" is a body, not "Đại sứ".
        if self.phrase_at(i, &self.lex.org_heads).is_some_and(|(h, _)| h > n) {
            return None;
        }
        let display = &entry.1;
        let cap_ok = self.is_cap(i) || display.0.starts_with(char::is_lowercase);
        cap_ok.then_some((n, display))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lower-case view is the text mapped char by char with
    /// `lower_char`: capitals with and without diacritics, and chars whose
    /// lower case would change their length (kept as written).
    #[test]
    fn lower_view_is_the_text_lowered_char_by_char() {
        let lex = &*crate::lexicon::DEFAULT;
        for text in
            ["ĐẮK LẮK và Ủy ban Nhân dân TP.HCM: 2.500 tỷ đồng", "İstanbul, ẞ, Σ, «Ơ»… ỳ Ỳ", "plain ASCII ONLY", ""]
        {
            let ctx = Ctx::new(lex, text);
            let expected: String = text.chars().map(lower_char).collect();
            assert_eq!(ctx.lower, expected);
        }
    }

    /// Every char that lower-casing changes, in every place the tokeniser
    /// can put it (inside a lower-case word, alone, after a capital, after
    /// a digit, inside punctuation), comes out lowered (title-case letters
    /// such as "ǅ" are neither capital nor small, yet change).
    #[test]
    fn lower_view_lowers_every_char_that_changes_wherever_it_stands() {
        let lex = &*crate::lexicon::DEFAULT;
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32).filter(|&c| lower_char(c) != c) {
            for text in [format!("a{c}b"), format!("{c}"), format!("Xy {c}ơ"), format!("1{c}"), format!("-{c}- ư{c}")]
            {
                let ctx = Ctx::new(lex, &text);
                let expected: String = text.chars().map(lower_char).collect();
                assert_eq!(ctx.lower, expected, "U+{:04X} in {text:?}", c as u32);
            }
        }
    }
}
