//! References to legal and party documents: kind, number, date, issuer.
//! "Chỉ thị số 12-CT/TW ngày 5/1/2022 của Ban Bí thư" → (chỉ thị, 12-CT/TW,
//! 2022-01-05, Ban Bí thư).

use super::organisations::{ends_inside_word, extend, head_at};
use super::Ctx;
use crate::calendar::{fmt_day, resolve_day, Ymd};
use regex::Regex;
use std::sync::LazyLock;

/// A reference, anchored at the start of its kind's word: the pattern runs
/// only where a token that can open a kind stands (see [`opens_kind`]),
/// not over the whole text.
static LEGAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)
        ^(?P<kind>chỉ\ thị|chị\ thị|nghị\ quyết|nghị\ định|quyết\ định|thông\ tư|kết\ luận|công\ văn|hướng\ dẫn|luật|pháp\ lệnh|thông\ báo)
        \s+số\s+(?P<num>\d+(?:[-/.][\p{L}\d]+)*)
        (?:\s*,?\s*ngày\s+(?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/+(?P<y>\d{4}))?)?",
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

/// True when the lower-case token `w` is the first word of a kind of
/// document in [`LEGAL`] ("chị" for the common misspelling of "chỉ thị").
fn opens_kind(w: &str) -> bool {
    matches!(w, "chỉ" | "chị" | "nghị" | "quyết" | "thông" | "kết" | "công" | "hướng" | "luật" | "pháp")
}

pub(crate) fn recognize(ctx: &Ctx, published: Option<Ymd>) -> Vec<LegalHit> {
    let mut out = Vec::new();
    // End of the last reference's pattern match (its issuer may run on
    // past it): references do not overlap.
    let mut last_end = 0;
    for i in 0..ctx.tokens.len() {
        let at = ctx.tokens[i].start();
        // A kind is one or two words, then "số": no pattern run without it.
        if at < last_end || !opens_kind(ctx.raw(i)) || !(ctx.raw(i + 1) == "số" || ctx.raw(i + 2) == "số") {
            continue;
        }
        if ctx.text[..at].chars().next_back().is_some_and(|p| WORD_CHAR.is_match(p.encode_utf8(&mut [0; 4]))) {
            continue;
        }
        let Some(c) = LEGAL.captures(&ctx.text[at..]) else { continue };
        let (Some(m), Some(kind)) = (c.get(0), c.name("kind")) else { continue };
        let mut end = at + m.end();
        let start = at + kind.start();
        last_end = end;
        let kind = crate::data::lower(kind.as_str()).replace("chị thị", "chỉ thị");
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
        out.push(LegalHit { start, end, kind, number, issuer, date });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The kinds of document the pattern names, read from the pattern itself.
    fn kinds() -> Vec<String> {
        let p = LEGAL.as_str();
        let from = p.find("(?P<kind>").expect("a kind group") + "(?P<kind>".len();
        let to = from + p[from..].find(')').expect("the kind group closes");
        p[from..to].split('|').map(|k| k.replace("\\ ", " ")).collect()
    }

    #[test]
    fn every_kind_of_document_is_looked_for() {
        let kinds = kinds();
        assert!(kinds.len() >= 10, "{kinds:?}");
        for k in kinds {
            let first = k.split(' ').next().unwrap_or_default();
            assert!(opens_kind(first), "the pattern names {k:?}, but no token opening it is looked at");
        }
    }
}
