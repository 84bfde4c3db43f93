//! References to legal and party documents: kind, number, date, issuer.
//! "Chỉ thị số 12-CT/TW ngày 5/1/2022 của Ban Bí thư" → (chỉ thị, 12-CT/TW,
//! 2022-01-05, Ban Bí thư).

use super::organisations::{ends_inside_word, extend, head_at};
use super::Ctx;
use crate::calendar::{fmt_day, resolve_day, Ymd};
use crate::lexicon::Feat;
use regex::Regex;
use std::sync::LazyLock;

/// What follows a kind of document in a reference (the kinds are in
/// `data/document_kinds.tsv`): "số", the number, and the date. The pattern
/// runs only right after a kind found by its words' IDs, not over the
/// whole text, and is built by the first text that holds a kind and "số".
///
/// Only the words "số" and "ngày" are matched in any case ("SỐ 05-CT/TW").
/// The number's letters and digits ("12/2020/NĐ-CP") are one class that
/// case folding would not change but for U+0345, which folds to a Greek
/// letter and is written in: folding the class of all letters at build
/// time cost 2.6 M instructions, a third of the pattern's build (a test
/// checks the class against its case-folded form for every char).
static LEGAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        ^\s+(?i:số)\s+(?P<num>\d+(?:[-/.][\p{L}\d\x{345}]+)*)
        (?:\s*,?\s*(?i:ngày)\s+(?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/+(?P<y>\d{4}))?)?",
    )
    .expect("legal pattern compiles")
});

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
        let Some(c) = LEGAL.captures(&ctx.text[after..]) else { continue };
        let Some(m) = c.get(0) else { continue };
        let mut end = after + m.end();
        last_end = end;
        let kind = kind.clone();
        let number = c["num"].trim_end_matches(['.', '/', '-']).to_string();
        let date = match (c.name("d"), c.name("m")) {
            (Some(d), Some(mo)) => {
                let year = c.name("y").and_then(|y| y.as_str().parse().ok());
                let (d, mo) = (d.as_str().parse().unwrap_or(0), mo.as_str().parse().unwrap_or(0));
                resolve_day(year, mo, d, published).map(fmt_day)
            }
            _ => None,
        };
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

    /// The pattern as it was written whole in any case (`(?i)`): the one
    /// in use folds only "số" and "ngày", and spells out the one char
    /// the folding added to the number's class.
    #[test]
    fn the_pattern_matches_as_the_pattern_in_any_case() {
        let class = Regex::new(r"^[\p{L}\d\x{345}]$").expect("class");
        let folded = Regex::new(r"^(?i)[\p{L}\d]$").expect("folded class");
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let s = c.encode_utf8(&mut [0; 4]).to_string();
            assert_eq!(class.is_match(&s), folded.is_match(&s), "U+{:04X}", c as u32);
        }
        let whole = Regex::new(
            r"(?xi)
            ^\s+số\s+(?P<num>\d+(?:[-/.][\p{L}\d]+)*)
            (?:\s*,?\s*ngày\s+(?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/+(?P<y>\d{4}))?)?",
        )
        .expect("whole pattern");
        let texts = [
            " số 12-CT/TW ngày 5/1/2022 của Ban Bí thư",
            " SỐ 05-CT/TW, NGÀY 05/01//2022",
            " Số 15/2020/NĐ-CP Ngày 3/4",
            "\u{a0}sỐ\u{2003}7.\u{345}x/ngàY 12/123/45",
            " ſố 1 ngày 1/1/20221",
            " số 1ͅ/ͅ ngày",
            " số 12/ ngày 1/1",
            " số ١٢-ب ngày ١/٢/٢٠٢٠",
        ];
        for t in texts {
            let (a, b) = (LEGAL.captures(t), whole.captures(t));
            let names = ["num", "d", "m", "y"];
            let got = |c: &Option<regex::Captures>| {
                c.as_ref().map(|c| (c.get(0).map(|m| m.range()), names.map(|n| c.name(n).map(|m| m.range()))))
            };
            assert_eq!(got(&a), got(&b), "{t:?}");
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
