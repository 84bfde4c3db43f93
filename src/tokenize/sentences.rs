//! Sentence splitting, aware of abbreviations and numbers.

use super::{Token, TokenKind};
use crate::lexicon::Gap;
use rustc_hash::FxHashSet;
use std::sync::LazyLock;

/// Abbreviations whose full stop does not end a sentence
/// (`data/sentence_abbreviations.txt`). A set: the word glued to every
/// full stop that ends a sentence is looked up here, and a scan of the list
/// compared it with each entry.
static ABBREVIATIONS: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(crate::data::SENTENCE_ABBREVIATIONS).map(|(_, l)| l.trim()).collect());

/// Sentence byte ranges of `text`, made from its `tokens`. A sentence ends at
/// ".", "!", "?", "…" (unless the full stop closes an abbreviation such as
/// "TP." or an initial "A.") and at every line break.
pub fn sentences(text: &str, tokens: &[Token]) -> Vec<std::ops::Range<usize>> {
    each_sentence(text, tokens).map(|r| tokens[r.start].start()..tokens[r.end - 1].end()).collect()
}

/// The sentences of [`sentences`] one at a time, as ranges of indices into
/// `tokens` (never empty), with no list built: the fact finder cuts a
/// window of text around every figure, and goes on in tokens.
pub(crate) fn each_sentence<'t>(text: &'t str, tokens: &'t [Token]) -> Sentences<'t> {
    Sentences { text, tokens, gaps: None, next: 0 }
}

impl<'t> Sentences<'t> {
    /// The same sentences, given the gaps before the tokens (`gaps[k]` is
    /// the gap before `tokens[k]`, as in [`crate::recognize::Ctx`]): only a
    /// gap other than nothing or one space is looked at for a line break,
    /// and the text between tokens is not read again.
    pub(crate) fn with_gaps(self, gaps: &'t [Gap]) -> Sentences<'t> {
        debug_assert_eq!(self.tokens.len(), gaps.len());
        Sentences { gaps: Some(gaps), ..self }
    }
}

/// Iterator over the sentence ranges of some tokens (see [`each_sentence`]).
pub(crate) struct Sentences<'t> {
    text: &'t str,
    tokens: &'t [Token],
    /// The gap before each token, when known.
    gaps: Option<&'t [Gap]>,
    /// The token that opens the next sentence.
    next: usize,
}

impl Iterator for Sentences<'_> {
    type Item = std::ops::Range<usize>;

    fn next(&mut self) -> Option<std::ops::Range<usize>> {
        let (text, tokens) = (self.text, self.tokens);
        let first = self.next;
        tokens.get(first)?;
        // (One loop for each source of gaps, so that the test of the gap
        // is not chosen again at every token.)
        let end = match self.gaps {
            Some(gaps) => sentence_end_with_gaps(text, tokens, gaps, first),
            None => sentence_end(text, tokens, first, |i| {
                let gap = &text.as_bytes()[tokens[i - 1].end()..tokens[i].start()];
                !gap.is_empty() && gap != b" "
            }),
        };
        self.next = end;
        Some(first..end)
    }
}

/// The end (exclusive token index) of the sentence that opens at token
/// `first`. Each token in turn: a full stop (or "!", "?", "…") that ends
/// the sentence closes it after the token; a line break in the gap before
/// the next token closes it before that token. `other_gap(i)` is true when
/// the gap before token `i` is neither nothing nor one space (only such a
/// gap is searched for a line break).
#[inline(always)]
fn sentence_end(text: &str, tokens: &[Token], first: usize, other_gap: impl Fn(usize) -> bool) -> usize {
    let mut i = first;
    while let Some(t) = tokens.get(i) {
        i += 1;
        if t.kind() == TokenKind::Punct && ends_sentence(text, tokens, i - 1) {
            break;
        }
        if let Some(next) = tokens.get(i) {
            if other_gap(i) && super::breaks_line(text, t.end(), next.start()) {
                // Token `i` opens the next sentence.
                break;
            }
        }
    }
    i
}

/// [`sentence_end`] when the gaps are known: the tokens that can end the
/// sentence (punctuation, or before a gap other than nothing or one space)
/// are found by one walk over the tokens and the gaps after them, and
/// only they are looked at. (The walk stops before the last token, which
/// ends the sentence whatever it is.)
fn sentence_end_with_gaps(text: &str, tokens: &[Token], gaps: &[Gap], first: usize) -> usize {
    let n = tokens.len();
    let mut i = first;
    loop {
        let next = gaps.get(i + 1..).unwrap_or_default();
        let Some(p) = tokens[i..].iter().zip(next).position(|(t, g)| t.kind() == TokenKind::Punct || *g == Gap::Other)
        else {
            return n;
        };
        let j = i + p;
        let t = &tokens[j];
        if t.kind() == TokenKind::Punct && ends_sentence(text, tokens, j) {
            return j + 1;
        }
        if gaps[j + 1] == Gap::Other && super::breaks_line(text, t.end(), tokens[j + 1].start()) {
            // Token `j + 1` opens the next sentence.
            return j + 1;
        }
        i = j + 1;
    }
}

/// True when the punctuation token `i` ends its sentence.
fn ends_sentence(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    // (Slice patterns: a length and a byte or three compared, no call.)
    match text.as_bytes()[t.range()] {
        // "!", "?", "…" (compared as bytes: no char boundary to check).
        [b'!'] | [b'?'] | [0xE2, 0x80, 0xA6] => true,
        [b'.'] => {
            // A lower-case word or a number after it continues the
            // sentence: then the word before need not be looked up.
            let next_lower = tokens.get(i + 1).is_some_and(|n| {
                text[n.range()].chars().next().is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
            });
            if next_lower {
                return false;
            }
            let prev = i.checked_sub(1).map(|k| &tokens[k]);
            let abbreviation = prev.is_some_and(|pt| {
                pt.end() == t.start() && {
                    let w = &text[pt.range()];
                    ABBREVIATIONS.contains(w) || {
                        // One capital letter: an initial.
                        let mut chars = w.chars();
                        chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
                    }
                }
            });
            !abbreviation
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokenize;
    use super::*;

    #[test]
    fn abbreviations_and_numbers() {
        let text =
            "PGS.TS. Nguyễn Văn A đến TP. Hồ Chí Minh ngày 5/1/2022 lúc 09:25:27. Có 2.500 người v.v. Xong!\nDòng mới";
        let toks = tokenize(text);
        let s: Vec<&str> = sentences(text, &toks).into_iter().map(|r| &text[r]).collect();
        assert_eq!(s.len(), 4, "{s:?}");
        assert!(s[0].ends_with("09:25:27."));
        assert_eq!(s[3], "Dòng mới");
    }

    /// The walk over the known gaps ends each sentence where the test of
    /// every token in turn does, from any first token.
    #[test]
    fn known_gaps_end_sentences_as_each_token_tested() {
        let texts = [
            "PGS.TS. Nguyễn Văn A đến TP. Hồ Chí Minh ngày 5/1/2022. Có 2.500 người v.v. Xong!\nDòng mới",
            "Giá tăng 5%. Lượng khách giảm!\n\nTP. Huế đón 2 triệu khách… Doanh thu  đạt 1.000 tỷ đồng",
            "Một câu\tcó tab , và  hai dấu cách.\r\nDòng sau ? Hết\n",
            "A. B.\n(Ảnh: X) \u{a0}Tiếp theo. \"Trích dẫn.\" cuối",
            ".",
            "chỉ một dòng",
        ];
        for text in texts {
            let ctx = crate::recognize::Ctx::new(&crate::lexicon::DEFAULT, text);
            let (tokens, gaps) = (&ctx.tokens[..], &ctx.gaps[..]);
            for first in 0..tokens.len() {
                let each = sentence_end(text, tokens, first, |i| gaps[i] == Gap::Other);
                assert_eq!(sentence_end_with_gaps(text, tokens, gaps, first), each, "{text:?} from {first}");
            }
        }
    }

    #[test]
    fn each_sentence_covers_the_tokens_in_order() {
        let text = "Giá tăng 5%. Lượng khách giảm!\n\nTP. Huế đón 2 triệu lượt khách… Doanh thu  đạt 1.000 tỷ đồng";
        let toks = tokenize(text);
        let ranges: Vec<std::ops::Range<usize>> = each_sentence(text, &toks).collect();
        assert_eq!(ranges.len(), 4, "{ranges:?}");
        assert_eq!(ranges.first().map(|r| r.start), Some(0));
        assert_eq!(ranges.last().map(|r| r.end), Some(toks.len()));
        assert!(ranges.windows(2).all(|w| w[0].end == w[1].start && w[0].start < w[0].end));
        let bytes: Vec<&str> = sentences(text, &toks).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            bytes,
            ["Giá tăng 5%.", "Lượng khách giảm!", "TP. Huế đón 2 triệu lượt khách…", "Doanh thu  đạt 1.000 tỷ đồng"]
        );
    }
}
