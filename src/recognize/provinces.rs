//! Provinces: every alias of the 63 pre-2025 and 34 new units, matched over
//! accent-folded text so "Soc Trang" is found too.

use super::{Ctx, Hit};

/// A province name of one to four syllables starting at token `k`: its length.
pub(crate) fn province_at(ctx: &Ctx, k: usize) -> Option<usize> {
    if !ctx.feat(k).any(crate::lexicon::Feat::PROVINCE_FIRST) {
        return None;
    }
    (1..=4).rev().find(|&n| {
        k + n <= ctx.tokens.len()
            && (k..k + n - 1).all(|j| ctx.joined(j))
            && ctx.lex.province_names.has(&ctx.ids, &ctx.gaps, k, n)
    })
}

/// A province found in the text: index into the lexicon's records.
pub(crate) struct ProvinceHit {
    pub record: usize,
    pub hit: Hit,
}

pub(crate) fn recognize(ctx: &Ctx) -> Vec<ProvinceHit> {
    let mut out = Vec::new();
    for m in ctx.lex.province_ac.find_iter(&ctx.folded) {
        let (fs, fe) = (m.start(), m.end());
        let fb = ctx.folded.as_bytes();
        // Whole words only.
        let before_ok = fs == 0 || !ctx.folded[..fs].chars().next_back().is_some_and(char::is_alphanumeric);
        let after_ok = fe >= fb.len() || !ctx.folded[fe..].chars().next().is_some_and(char::is_alphanumeric);
        if !before_ok || !after_ok {
            continue;
        }
        let (start, end) = (ctx.fmap[fs] as usize, ctx.fmap[fe] as usize);
        let surface = &ctx.text[start..end];
        let (record, pattern) = &ctx.lex.province_pats[m.pattern().as_usize()];
        // With diacritics in the text they must agree ("Hà Nam" is not "Hà Năm");
        // text without any diacritic matches by its folded form.
        if !surface.is_ascii() && ctx.lower[start..end] != *pattern {
            continue;
        }
        if !surface.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        let prev = preceding_words(ctx, start);
        let city = ends_with_word(prev, "thành phố");
        if !city && last_words(prev).any(|w| ctx.lex.not_province_before.contains(w)) {
            continue;
        }
        let name = &ctx.lex.provinces[*record].name;
        // "Hồ Chí Minh" alone names the person; the city is "TP Hồ Chí Minh".
        if name == "Hồ Chí Minh" && *pattern == "hồ chí minh" && !(city || ends_with_word(prev, "tp")) {
            continue;
        }
        out.push(ProvinceHit { record: *record, hit: Hit { start, end, rule: "province.gazetteer" } });
    }
    out
}

/// True when the last words of `words` are `w` ("thành phố" ends with the
/// word "phố", "phường" does not end with "ường").
fn ends_with_word(words: &str, w: &str) -> bool {
    words.strip_suffix(w).is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
}

/// The last word of `words` and, when there are two, both: "thành phố" gives
/// "phố" and "thành phố".
fn last_words(words: &str) -> impl Iterator<Item = &str> {
    let last = words.rsplit(' ').next().unwrap_or(words);
    std::iter::once(last).chain((last.len() < words.len()).then_some(words))
}

/// The (up to) two lower-case words before `pos`, on the same line.
fn preceding_words<'c>(ctx: &'c Ctx, pos: usize) -> &'c str {
    // Two words fit in 64 bytes; looking no further keeps long lines linear.
    let from = super::ceil_boundary(&ctx.lower, pos.saturating_sub(64)).max(ctx.line_at(pos).start).min(pos);
    let head = ctx.lower[from..pos].trim_end_matches([' ', '.']);
    let mut cut = head.len();
    for _ in 0..2 {
        match head[..cut].trim_end().rfind(' ') {
            Some(i) => cut = i,
            None => {
                cut = 0;
                break;
            }
        }
    }
    head[cut..].trim()
}
