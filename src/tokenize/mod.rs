//! Tokenisation: syllable tokens, sentences and lexical words.
//!
//! Tokens are byte ranges into the text they were made from (usually the
//! normalised text; map them back with
//! [`NormalizedText::to_original`](crate::normalize::NormalizedText::to_original)).
//!
//! ```
//! use viet_extract::tokenize::{tokenize, TokenKind};
//! let text = "TP.HCM có 2.500 người, xem https://a.vn.";
//! let toks = tokenize(text);
//! let kinds: Vec<_> = toks.iter().map(|t| (t.kind(), &text[t.range()])).collect();
//! assert_eq!(kinds[4], (TokenKind::Number, "2.500"));
//! assert!(kinds.iter().any(|k| *k == (TokenKind::Url, "https://a.vn")));
//! ```

use crate::normalize::is_letter;

mod model;
mod sentences;
mod words;

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
    let mut chars = s.chars().filter(|&c| is_letter(c));
    let Some(first) = chars.next() else { return Shape::None };
    let (mut upper, mut lower) = (0, 0);
    for c in chars {
        if c.is_uppercase() {
            upper += 1;
        } else if c.is_lowercase() {
            lower += 1;
        }
    }
    match (first.is_uppercase(), upper, lower) {
        (true, 0, _) => Shape::Title,
        (true, _, 0) => Shape::Upper,
        (false, 0, _) => Shape::Lower,
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

/// Like [`tokenize`], reusing `out`'s allocation (it is cleared first).
pub fn tokenize_into(text: &str, out: &mut Vec<Token>) {
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
    use super::*;

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
