//! Organisations: known bodies, names opened by a head word ("Liên hiệp",
//! "Bộ", "Ủy ban", "UBND"…) and extended to the end of the name, and
//! acronyms in brackets.

use super::people::name_at;
use super::provinces::province_at;
use super::Ctx;
use crate::tokenize::{Shape, TokenKind};

/// An organisation mention.
#[derive(Clone, Debug)]
pub(crate) struct OrgHit {
    pub start: usize,
    pub end: usize,
    /// The name as written (without a bracketed acronym).
    pub name: String,
    pub acronym: Option<String>,
    pub rule: &'static str,
}

/// The head word or known name at token `i`: (tokens used, is known body).
pub(crate) fn head_at(ctx: &Ctx, i: usize) -> Option<(usize, bool)> {
    if !ctx.is_cap(i) {
        return None;
    }
    let known = ctx.phrase_at(i, &ctx.lex.org_known).map(|(n, _)| n);
    let head = ctx.phrase_at(i, &ctx.lex.org_heads).map(|(n, h)| (n, h.0.as_str()));
    match (known, head) {
        (Some(k), Some((h, _))) if k >= h => Some((k, true)),
        (Some(k), None) => Some((k, true)),
        (_, Some((h, key))) => {
            let next = ctx.ltok(i + h);
            let banned = ctx.lex.not_after_head.get(key).is_some_and(|words| words.contains(next));
            (!banned && (ctx.joined(i + h - 1) || h > 1)).then_some((h, false))
        }
        _ => None,
    }
}

/// Extends an organisation name from its head (tokens `i..i + head`) to its
/// end; returns the end token (exclusive) and an acronym in brackets.
pub(crate) fn extend(ctx: &Ctx, i: usize, head: usize) -> (usize, Option<String>) {
    let n = ctx.tokens.len();
    let mut k = i + head;
    let mut end = k;
    while k < n {
        let glued_space = ctx.joined(k - 1);
        let w = ctx.ltok(k);
        let tok = ctx.tok(k);
        let kind = ctx.kind(k);
        if kind == Some(TokenKind::Punct) {
            match tok {
                "." if ctx.tok(k - 1) == "TP" && ctx.is_cap(k + 1) => {
                    k += 1;
                    continue;
                }
                "," if ctx.is_cap(k + 1)
                    && ctx.role_at(k + 1).is_none()
                    && head_at(ctx, k + 1).is_none()
                    && enumeration_ahead(ctx, k + 1) =>
                {
                    k += 1;
                    continue;
                }
                "-" if (ctx.is_cap(k - 1) || (end == k && k > i + head && head_at(ctx, k + 1).is_some()))
                    && ctx.is_cap(k + 1)
                    && ctx.role_at(k + 1).is_none()
                    && name_at(ctx, k + 1).is_none()
                    && !ctx.text[ctx.tokens[k - 1].end()..ctx.tokens[k].start()].contains('\n') =>
                {
                    k += 1;
                    continue;
                }
                _ => break,
            }
        }
        if !glued_space && !matches!(ctx.tok(k - 1), "." | "," | "-") {
            break;
        }
        if ctx.is_cap(k) {
            // A province name is part of the body's name ("UBND tỉnh Sóc Trăng").
            if let Some(n) = province_at(ctx, k) {
                k += n;
                end = k;
                continue;
            }
            // "Trường THPT Chu Văn An": schools are named after people.
            let named_after_person = k == i + head && ctx.lex.named_after_people.contains(ctx.ltok(i));
            if let Some(e) = name_at(ctx, k).filter(|_| named_after_person) {
                k = e;
                end = k;
                continue;
            }
            if name_at(ctx, k).is_some() || ctx.role_at(k).is_some() {
                break;
            }
            // "T.Ư": an abbreviation, not part of the name.
            if ctx.tok(k).chars().count() == 1 && ctx.tok(k + 1) == "." {
                break;
            }
            // A parent body right after a sub-body: "Ban Thường vụ Tỉnh ủy".
            if let Some((h, _)) = head_at(ctx, k).filter(|_| k > i + head) {
                k += h;
                end = k;
                continue;
            }
            // An acronym ends the name unless it is part of it ("Ủy ban MTTQ tỉnh").
            let acronym_ok =
                k == i + head || ctx.tok(k) == "TP" || ctx.lex.acronyms.get(ctx.tok(k)).is_some_and(|a| a.1);
            if ctx.shape(k) == Shape::Upper && ctx.tok(k).chars().count() >= 2 && !acronym_ok {
                break;
            }
            // "Việt Nam Đổi mới…": a capitalised word opening a lower-case
            // word is the start of the next phrase (a headline run on).
            if k > i + head
                && ctx.is_cap(k - 1)
                && ctx.shape(k + 1) == Shape::Lower
                && !ctx.lex.org_words.contains(ctx.ltok(k + 1))
                && ctx.is_word(k, 2)
                && head_at(ctx, k).is_none()
            {
                break;
            }
            k += 1;
            end = k;
            continue;
        }
        if ctx.shape(k) == Shape::Lower
            && !matches!(ctx.ltok(k - 1), "các" | "những")
            && ctx.phrase_at(k, &ctx.lex.org_enders).is_some()
        {
            break;
        }
        let number_slot = k == i + head || matches!(ctx.ltok(k - 1), "số" | "vùng" | "cụm" | "khu");
        if kind == Some(TokenKind::Number) && number_slot && !ctx.tok(k).contains(['.', ',']) {
            k += 1;
            end = k;
            continue;
        }
        if matches!(w, "tỉnh" | "thành" | "huyện" | "xã" | "quận" | "phường") {
            let next = if w == "thành" && ctx.ltok(k + 1) == "phố" { k + 2 } else { k + 1 };
            if ctx.is_cap(next) && ctx.joined(next - 1) {
                k = next;
                continue;
            }
            // "Ủy ban MTTQ tỉnh, …": the province is the one of the text.
            let named = ctx.tokens[i + head..k].iter().any(|t| t.shape() == Shape::Upper);
            if named
                && ctx.kind(next) == Some(TokenKind::Punct)
                && matches!(ctx.tok(next), "," | "." | ";" | ")")
                && end == k
            {
                k = next;
                end = k;
            }
            break;
        }
        if w == "và" {
            let next_head = head_at(ctx, k + 1).is_some();
            let capital = ctx.is_cap(k + 1) && name_at(ctx, k + 1).is_none();
            // "Bảo tàng và Thư viện", "Bộ Tài nguyên và Môi trường",
            // "khoa học và giáo dục".
            let institutions = k == i + head
                && next_head
                && ctx.lex.institutions.contains(ctx.ltok(i))
                && ctx.lex.institutions.contains(ctx.ltok(k + 1));
            let coordinated = institutions
                || (capital && !next_head && end == k && k > i + head)
                || (ctx.shape(k - 1) == Shape::Lower
                    && ctx.shape(k + 1) == Shape::Lower
                    && !matches!(ctx.ltok(k + 1), "các" | "những")
                    && ctx.lex.org_words.contains(ctx.ltok(k + 1)));
            if coordinated {
                k += 1;
                continue;
            }
            break;
        }
        // "Cụm thi đua số 1", "Đoàn số 2".
        if w == "số" && ctx.kind(k + 1) == Some(TokenKind::Number) && ctx.joined(k) {
            k += 2;
            end = k;
            continue;
        }
        if w == "tại" {
            // "… tại Việt Nam", "… tại TP Hồ Chí Minh": a posting, not a venue.
            let place = ctx.phrase_at(k + 1, &ctx.lex.countries).is_some()
                || province_at(ctx, k + 1).is_some()
                || matches!(ctx.ltok(k + 1), "tp" | "thành");
            if place && end == k {
                k += 1;
                continue;
            }
            break;
        }
        if w == "của" {
            // "… của Quốc hội": a national body that the name belongs to.
            if head_at(ctx, k + 1).is_some_and(|(h, known)| known && h <= 2) {
                k += 1;
                continue;
            }
            break;
        }
        // "Bộ Kế hoạch", "Sở Giáo dục và Đào tạo": a capitalised syllable and
        // the lower-case one completing its word.
        let completes_word = ctx.is_cap(k - 1) && ctx.shape(k) == Shape::Lower && ctx.is_word(k - 1, 2);
        if completes_word && k > i + head {
            k += 1;
            end = k;
            continue;
        }
        if kind == Some(TokenKind::Word) && ctx.lex.org_words.contains(w) {
            k += 1;
            if !matches!(w, "các" | "và" | "của" | "tại" | "ở" | "người") {
                end = k;
            }
            continue;
        }
        break;
    }
    // "(VUFO)": an acronym right after the name.
    let acronym = (ctx.tok(end) == "(" && ctx.shape(end + 1) == Shape::Upper && ctx.tok(end + 2) == ")")
        .then(|| ctx.tok(end + 1).to_string());
    (end, acronym)
}

/// ", Thể thao và Du lịch": capitalised words then "và" and a capitalised word.
fn enumeration_ahead(ctx: &Ctx, mut k: usize) -> bool {
    let limit = k + 6;
    while k < limit && k < ctx.tokens.len() {
        if ctx.ltok(k) == "và" {
            return ctx.is_cap(k + 1);
        }
        if !(ctx.is_cap(k) || ctx.tok(k) == "," || ctx.lex.org_words.contains(ctx.ltok(k))) {
            return false;
        }
        k += 1;
    }
    false
}

pub(crate) fn recognize(ctx: &Ctx) -> Vec<OrgHit> {
    let mut out = Vec::new();
    let n = ctx.tokens.len();
    let mut i = 0;
    while i < n {
        if ctx.role_at(i).is_some_and(|(len, _)| head_at(ctx, i).is_none_or(|(h, _)| h <= len)) {
            // "Bộ trưởng", "Trưởng ban": a role, not a body.
            i += 1;
            continue;
        }
        let Some((head, known)) = head_at(ctx, i) else {
            i += 1;
            continue;
        };
        // A known body ends where its known name ends ("… Việt Nam Đổi mới"
        // is a headline running on), save for a bracketed acronym.
        let (end, acronym) = if known {
            let e = i + head;
            let acr = (ctx.tok(e) == "(" && ctx.shape(e + 1) == Shape::Upper && ctx.tok(e + 2) == ")")
                .then(|| ctx.tok(e + 1).to_string());
            (e, acr)
        } else {
            extend(ctx, i, head)
        };
        let extra = &ctx.tokens[i + head..end];
        let substantial = known
            || extra.iter().any(|t| matches!(t.shape(), Shape::Title | Shape::Upper) || t.kind() == TokenKind::Number)
            || extra.len() >= 2;
        if !substantial {
            i += head;
            continue;
        }
        let (s, e) = (ctx.tokens[i].start(), ctx.tokens[end - 1].end());
        let name = ctx.text[s..e].to_string();
        let mention_end = if acronym.is_some() { ctx.tokens[end + 2].end() } else { e };
        out.push(OrgHit {
            start: s,
            end: mention_end,
            name,
            acronym,
            rule: if known { "org.known" } else { "org.head" },
        });
        // The parent of a sub-body ("Ban Thường vụ Liên hiệp …" names the
        // Liên hiệp too), and known bodies named inside ("… của Quốc hội").
        if !known {
            if let Some(j) = (i + head + 1..end).find(|&j| {
                ctx.is_cap(j)
                    && head_at(ctx, j).is_some()
                    && ctx.joined(j - 1)
                    && !matches!(ctx.ltok(j - 1), "và" | "các")
            }) {
                let (pe, pacr) = extend(ctx, j, head_at(ctx, j).map_or(1, |x| x.0));
                if pe == end && pe > j + 1 {
                    let (ps, pend) = (ctx.tokens[j].start(), ctx.tokens[pe - 1].end());
                    out.push(OrgHit {
                        start: ps,
                        end: pend,
                        name: ctx.text[ps..pend].to_string(),
                        acronym: pacr,
                        rule: "org.parent",
                    });
                }
            }
        }
        for j in i + 1..end {
            if ctx.ltok(j - 1) != "của" {
                continue;
            }
            if let Some((m, (_, (kname, _)))) = ctx.phrase_at(j, &ctx.lex.org_known) {
                if j + m <= end && ctx.is_cap(j) {
                    let (s, e) = (ctx.tokens[j].start(), ctx.tokens[j + m - 1].end());
                    out.push(OrgHit { start: s, end: e, name: kname.clone(), acronym: None, rule: "org.known_nested" });
                }
            }
        }
        i = end;
    }
    out
}
