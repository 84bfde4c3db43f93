//! References to legal and party documents: kind, number, date, issuer.
//! "Chỉ thị số 12-CT/TW ngày 5/1/2022 của Ban Bí thư" → (chỉ thị, 12-CT/TW,
//! 2022-01-05, Ban Bí thư).

use super::organisations::{ends_inside_word, extend, head_at};
use super::Ctx;
use crate::calendar::{fmt_day, resolve_day, Ymd};
use regex::Regex;
use std::sync::LazyLock;

static LEGAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)
        (?:^|[^\p{L}\p{N}_])(?P<kind>chỉ\ thị|chị\ thị|nghị\ quyết|nghị\ định|quyết\ định|thông\ tư|kết\ luận|công\ văn|hướng\ dẫn|luật|pháp\ lệnh|thông\ báo)
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

pub(crate) fn recognize(ctx: &Ctx, published: Option<Ymd>) -> Vec<LegalHit> {
    let mut out = Vec::new();
    for c in LEGAL.captures_iter(ctx.text) {
        let (Some(m), Some(kind)) = (c.get(0), c.name("kind")) else { continue };
        let mut end = m.end();
        let start = kind.start();
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
