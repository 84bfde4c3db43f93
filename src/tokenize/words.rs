//! Word segmentation: syllables grouped into lexical words by longest match
//! over the shipped word list.

use super::{tokenize, Token, TokenKind};
use crate::lexicon::{Lexicon, DEFAULT};
use crate::normalize::{lower_char, normalize, ToneStyle};

/// Segments `text` into lexical words, by longest matching over the shipped
/// word list after tone normalisation; each word is a byte range of `text`.
///
/// ```
/// let text = "Liên hiệp các tổ chức hữu nghị";
/// let words: Vec<&str> = viet_extract::tokenise::segment_words(text)
///     .into_iter().map(|r| &text[r]).collect();
/// assert_eq!(words, ["Liên hiệp", "các", "tổ chức", "hữu nghị"]);
/// ```
pub fn segment_words(text: &str) -> Vec<std::ops::Range<usize>> {
    let norm = normalize(text, ToneStyle::Traditional);
    let toks = tokenize(norm.as_str());
    segment_words_with(norm.as_str(), &toks).into_iter().map(|r| norm.to_original(r.start, r.end).range()).collect()
}

/// Segments already-tokenised (and normalised) text.
pub fn segment_words_with(text: &str, tokens: &[Token]) -> Vec<std::ops::Range<usize>> {
    segment(&DEFAULT, text, tokens)
}

pub(crate) fn segment(lex: &Lexicon, text: &str, tokens: &[Token]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::with_capacity(tokens.len());
    let mut key = String::with_capacity(64);
    let mut i = 0;
    while i < tokens.len() {
        let mut best = 1;
        if tokens[i].kind() == TokenKind::Word {
            key.clear();
            key.extend(text[tokens[i].range()].chars().map(lower_char));
            let mut j = i + 1;
            while j < tokens.len() && j - i < lex.max_word_syllables {
                let (prev, t) = (&tokens[j - 1], &tokens[j]);
                if t.kind() != TokenKind::Word || &text[prev.end()..t.start()] != " " {
                    break;
                }
                key.push(' ');
                key.extend(text[t.range()].chars().map(lower_char));
                j += 1;
                if lex.words.contains(key.as_str()) {
                    best = j - i;
                }
            }
        }
        out.push(tokens[i].start()..tokens[i + best - 1].end());
        i += best;
    }
    out
}
