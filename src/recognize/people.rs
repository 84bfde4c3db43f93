//! People: Vietnamese and foreign names, with honorifics, degrees and the
//! titles written before or after them; bylines and photo credits.

use super::organisations::{extend, head_at};
use super::Ctx;
use crate::lexicon::RoleKind;
use crate::tokenize::Shape;
use regex::Regex;
use std::sync::LazyLock;

/// A title found with a person: role, and the body as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct TitleHit {
    pub role: String,
    pub organisation: Option<String>,
    pub kind: RoleKind,
}

/// One mention of a person.
#[derive(Clone, Debug)]
pub(crate) struct PersonHit {
    pub start: usize,
    pub end: usize,
    pub name: String,
    /// True for a short form ("ông Mẫn") to be merged into a full name.
    pub short: bool,
    pub honorific: Option<String>,
    pub titles: Vec<TitleHit>,
    pub degrees: Vec<String>,
    pub rule: &'static str,
}

/// Role + body starting at token `i`: the title and the next token.
fn title_at(ctx: &Ctx, i: usize, lower_ok: bool) -> Option<(TitleHit, usize)> {
    let (n, (role, kind)) = ctx.role_at(i).or_else(|| {
        // After "làm", "là": roles are often written in lower case.
        if lower_ok {
            ctx.phrase_at(i, &ctx.lex.roles).map(|(n, e)| (n, &e.1))
        } else {
            None
        }
    })?;
    let mut k = i + n;
    let mut organisation = None;
    if *kind != RoleKind::Rank && ctx.joined(k - 1) && name_at(ctx, k).is_none() {
        if let Some((head, _)) = head_at(ctx, k) {
            let (end, _) = extend(ctx, k, head);
            organisation = Some(span_text(ctx, k, end));
            k = end;
            if ctx.tok(k) == "(" && ctx.tok(k + 2) == ")" {
                k += 3;
            }
        } else if let Some((m, c)) = ctx.phrase_at(k, &ctx.lex.countries) {
            if ctx.is_cap(k) {
                organisation = Some(c.1.clone());
                k += m;
                // "Đại sứ Hoa Kỳ tại Việt Nam": the posting.
                if ctx.ltok(k) == "tại" && ctx.joined(k) {
                    if let Some((m2, _)) = ctx.phrase_at(k + 1, &ctx.lex.countries) {
                        k += 1 + m2;
                    }
                }
            }
        } else if ctx.shape(k) == Shape::Upper && ctx.tok(k).chars().count() >= 2 {
            // "Chủ tịch VUFO", "Phó Chủ tịch UBND tỉnh Cà Mau".
            let (end, _) = extend(ctx, k, 1);
            organisation = Some(span_text(ctx, k, end));
            k = end;
        }
    }
    Some((TitleHit { role: role.clone(), organisation, kind: *kind }, k))
}

fn span_text(ctx: &Ctx, a: usize, b: usize) -> String {
    ctx.text[ctx.tokens[a].start()..ctx.tokens[b - 1].end()].to_string()
}

/// A chain of titles joined by "," or " - ": "Bí thư Đảng đoàn, Chủ tịch X".
fn title_chain(ctx: &Ctx, i: usize, lower_ok: bool) -> Option<(Vec<TitleHit>, usize)> {
    let (first, mut k) = title_at(ctx, i, lower_ok)?;
    let mut titles = vec![first];
    while matches!(ctx.tok(k), "," | "-") && !ctx.text[ctx.tokens[k - 1].end()..ctx.tokens[k].start()].contains('\n') {
        match title_at(ctx, k + 1, false) {
            Some((t, next)) => {
                titles.push(t);
                k = next;
            }
            None => break,
        }
    }
    // A party post ("Bí thư Đảng đoàn") shares the body of the next title.
    for j in 0..titles.len().saturating_sub(1) {
        if titles[j].kind == RoleKind::Party && titles[j].organisation.is_none() {
            titles[j].organisation = titles[j + 1].organisation.clone();
        }
    }
    // "Phó Chủ tịch - Tổng Thư ký VUFO": the body is written once, at the end.
    if let Some(last_org) = titles.last().and_then(|t| t.organisation.clone()) {
        for t in titles.iter_mut().rev().skip(1) {
            if t.organisation.is_some() || t.kind == RoleKind::Rank {
                break;
            }
            t.organisation = Some(last_org.clone());
        }
    }
    Some((titles, k))
}

/// True when a Vietnamese personal name starts at token `i`: a surname and
/// one to three more capitalised syllables that end the capitalised run.
pub(crate) fn name_at(ctx: &Ctx, i: usize) -> Option<usize> {
    if ctx.shape(i) != Shape::Title || !ctx.lex.surnames.contains(ctx.tok(i)) {
        return None;
    }
    // "Ông Nguyên Văn Doanh", "Đường Trần Hưng Đạo": an honorific or a
    // street word before a name, not a surname.
    if matches!(ctx.ltok(i), "ông" | "bà" | "anh" | "chị" | "đường" | "phố" | "cầu") && name_like_after(ctx, i + 1)
    {
        return None;
    }
    let mut n = 1;
    if ctx.joined(i) && ctx.lex.surnames.contains(&format!("{} {}", ctx.tok(i), ctx.tok(i + 1))) {
        n = 2;
    }
    let mut k = i + n;
    while k < ctx.tokens.len()
        && ctx.joined(k - 1)
        && ctx.shape(k) == Shape::Title
        && k - i < 4
        && ctx.phrase_at(k, &ctx.lex.roles).is_none()
    {
        k += 1;
    }
    let mut run_continues = ctx.joined(k - 1) && ctx.is_cap(k);
    // "Lâm Văn Mẫn Chân dung…": a run-on headline word is not part of the name.
    if k - i > 3 && ctx.shape(k) == Shape::Lower && ctx.is_word(k - 1, 2) {
        k -= 1;
        run_continues = false;
    }
    if k - i < 2 || run_continues {
        return None;
    }
    // "TP Hồ Chí Minh", "tỉnh Lâm Đồng": a place, not a person.
    let prev = i.checked_sub(1).map(|p| ctx.ltok(p)).unwrap_or("");
    let after_tp_dot = prev == "." && i >= 2 && ctx.ltok(i - 2) == "tp";
    if matches!(prev, "tp" | "tỉnh" | "phố" | "xã" | "huyện" | "quận" | "phường") || after_tp_dot {
        return None;
    }
    let candidate = &ctx.lower[ctx.tokens[i].start()..ctx.tokens[k - 1].end()];
    // "Hồ Chí Minh" alone is the person; the city is written "TP Hồ Chí Minh".
    let person_named_place = candidate == "hồ chí minh";
    if (ctx.lex.province_names.contains(candidate) && !person_named_place) || ctx.lex.countries.get(candidate).is_some()
    {
        return None;
    }
    Some(k)
}

/// Two or more capitalised syllables follow token `i - 1`.
fn name_like_after(ctx: &Ctx, i: usize) -> bool {
    ctx.joined(i - 1) && ctx.shape(i) == Shape::Title && ctx.joined(i) && ctx.shape(i + 1) == Shape::Title
}

/// A foreign name (Latin-script capitalised words, initials "A.S.", "E.")
/// starting at `i`: end token.
fn foreign_name_at(ctx: &Ctx, i: usize) -> Option<usize> {
    let mut k = i;
    let mut words = 0;
    while k < ctx.tokens.len() && words < 5 {
        let t = ctx.tok(k);
        let ok = ctx.shape(k) == Shape::Title && t.chars().all(is_foreign_letter);
        if !ok || (k > i && !(ctx.joined(k - 1) || ctx.tok(k - 1) == ".")) {
            break;
        }
        k += 1;
        words += 1;
        // Initials: "A.S.", "E.".
        while ctx.tok(k) == "." && ctx.tokens[k].start() == ctx.tokens[k - 1].end() && t.chars().count() == 1 {
            k += 1;
            if ctx.tok(k).chars().count() == 1 && ctx.is_cap(k) && ctx.tokens[k].start() == ctx.tokens[k - 1].end() {
                k += 1;
            } else {
                break;
            }
        }
    }
    (words >= 2 && (i..k).any(|j| ctx.tok(j).chars().count() > 1)).then_some(k)
}

/// A letter of a Latin-script foreign name: ASCII or Latin-1 accented
/// (Hernández, Guillén), never a Vietnamese-only letter (ơ, ư, ă, đ, ạ…).
fn is_foreign_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(c as u32, 0xC0..=0xFF) && c != '×' && c != '÷' && !"ÂÊÔâêôÃãÕõÝýÌìÒòÙù".contains(c)
}

/// Titles written after a name: ", Chủ tịch X", " - Bí thư Y", "(Cụm phó Z)",
/// and in the same clause "… được bầu làm Chủ tịch X", "… giữ chức Phó Bí thư Y".
fn titles_after(ctx: &Ctx, k: usize) -> (Vec<TitleHit>, usize) {
    let mut titles = Vec::new();
    let mut k = k;
    let same_line = |k: usize| {
        k > 0 && k < ctx.tokens.len() && !ctx.text[ctx.tokens[k - 1].end()..ctx.tokens[k].start()].contains('\n')
    };
    if matches!(ctx.tok(k), "," | "-" | "(") && same_line(k) {
        if let Some((found, end)) = title_chain(ctx, k + 1, false) {
            titles.extend(found);
            k = end;
            // "… Kiên Giang (Cụm phó Cụm 5)": a further title in brackets.
            if ctx.tok(k) == "(" {
                if let Some((more, e)) = title_chain(ctx, k + 1, false) {
                    titles.extend(more);
                    k = if ctx.tok(e) == ")" { e + 1 } else { e };
                }
            }
        }
    }
    // In the same clause: "… được bầu làm Chủ tịch X", "… giữ chức Phó Bí
    // thư Y", "… là nữ Thứ trưởng", "… làm trưởng đoàn".
    let mut j = k;
    while j < ctx.tokens.len()
        && j < k + 8
        && ctx.kind(j) == Some(crate::tokenize::TokenKind::Word)
        && ctx.shape(j) == Shape::Lower
    {
        if matches!(ctx.ltok(j), "làm" | "là" | "chức") && ctx.joined(j) {
            let mut r = j + 1;
            if matches!(ctx.ltok(r), "nữ" | "nam") && ctx.joined(r) {
                r += 1;
            }
            if let Some((found, end)) = title_chain(ctx, r, true) {
                titles.extend(found);
                return (titles, end);
            }
        }
        j += 1;
    }
    (titles, k)
}

fn honorific_at(ctx: &Ctx, i: usize) -> Option<(usize, String)> {
    let (n, _) = ctx.phrase_at(i, &ctx.lex.honorifics)?;
    let h = ctx.text[ctx.tokens[i].start()..ctx.tokens[i + n - 1].end()].to_lowercase();
    // "Anh" capitalised is England; "anh" lower-case is the honorific.
    if h == "anh" && ctx.shape(i) != Shape::Lower {
        return None;
    }
    Some((n, h))
}

fn preceded_by_place(ctx: &Ctx, i: usize) -> bool {
    if i > 0 && ctx.tokens[i - 1].end() == ctx.tokens[i].start() {
        return true; // "286-Lê Quý Đôn": part of a code or a ship's name
    }
    let p1 = i.checked_sub(1).map(|p| ctx.ltok(p)).unwrap_or("");
    let p2 = i.checked_sub(2).map(|p| format!("{} {p1}", ctx.ltok(p))).unwrap_or_default();
    ctx.lex.not_person_before.contains(p1) || ctx.lex.not_person_before.contains(p2.as_str())
}

pub(crate) fn recognize(ctx: &Ctx) -> Vec<PersonHit> {
    let mut out = Vec::new();
    let n = ctx.tokens.len();
    let mut i = 0;
    while i < n {
        if ctx.kind(i) != Some(crate::tokenize::TokenKind::Word) {
            i += 1;
            continue;
        }
        let start = ctx.tokens[i].start();
        // Honorific + name: "ông Lâm Văn Mẫn", "ông Mẫn".
        if let Some((hn, h)) = honorific_at(ctx, i) {
            let k = i + hn;
            if ctx.joined(k - 1) {
                if let Some(end) = name_at(ctx, k) {
                    let (titles, after) = titles_after(ctx, end);
                    out.push(hit(ctx, start, k, end, Some(h), titles, Vec::new(), "person.honorific"));
                    i = after.max(end);
                    continue;
                }
                if ctx.shape(k) == Shape::Title && !(ctx.joined(k) && ctx.is_cap(k + 1)) && ctx.role_at(k).is_none() {
                    let mut p = hit(ctx, start, k, k + 1, Some(h), Vec::new(), Vec::new(), "person.short_form");
                    p.short = true;
                    out.push(p);
                    i = k + 1;
                    continue;
                }
            }
        }
        // Degrees and titles before the name.
        let mut degrees = Vec::new();
        let mut k = i;
        while ctx.lex.degrees.contains(ctx.tok(k)) && (ctx.tok(k + 1) == "." || (!degrees.is_empty() && ctx.joined(k)))
        {
            degrees.push(ctx.tok(k).to_string());
            k += if ctx.tok(k + 1) == "." { 2 } else { 1 };
        }
        if let Some((titles, after)) = title_chain(ctx, k, false) {
            let mut j = after;
            let mut deg2 = Vec::new();
            while ctx.lex.degrees.contains(ctx.tok(j)) && ctx.tok(j + 1) == "." {
                deg2.push(ctx.tok(j).to_string());
                j += 2;
            }
            let mut glued = j > 0 && (ctx.joined(j - 1) || ctx.tok(j - 1) == ".");
            // "Phó Chủ tịch - Tổng thư ký, Phan Anh Sơn": a comma before a full name.
            if !glued && ctx.tok(j) == "," && name_at(ctx, j + 1).is_some_and(|e| e - (j + 1) >= 3) {
                j += 1;
                glued = true;
            }
            let end = if glued { name_at(ctx, j).or_else(|| foreign_name_at(ctx, j)) } else { None };
            let end = end.or_else(|| {
                // After a head-of-state title and a country: any capitalised run.
                let head = titles.last().is_some_and(|t| {
                    t.kind == RoleKind::Head
                        || t.organisation.as_deref().is_some_and(|o| ctx.lex.countries.iter().any(|(_, c)| c == o))
                });
                (head && glued && ctx.shape(j) == Shape::Title)
                    .then(|| {
                        let mut e = j + 1;
                        while e < n && e - j < 4 && ctx.joined(e - 1) && ctx.shape(e) == Shape::Title {
                            e += 1;
                        }
                        e
                    })
                    .filter(|&e| e - j >= 2)
            });
            if let Some(end) = end {
                degrees.extend(deg2);
                let (more, after2) = titles_after(ctx, end);
                let mut all = titles;
                all.extend(more);
                out.push(hit(ctx, start, j, end, None, all, degrees, "person.title_before"));
                i = after2.max(end);
                continue;
            }
            // A title with a body and no name: "Chủ tịch VUFO nhận định".
            // Kept as a title-only mention, joined to its holder if the
            // document names exactly one.
            if titles.len() == 1 && titles[0].organisation.is_some() && titles[0].kind != RoleKind::Rank {
                let (s, e) = (ctx.tokens[k].start(), ctx.tokens[after.max(k + 1) - 1].end());
                out.push(PersonHit {
                    start: s,
                    end: e,
                    name: String::new(),
                    short: true,
                    honorific: None,
                    titles,
                    degrees: Vec::new(),
                    rule: "person.title_only",
                });
            }
            i = after.max(i + 1);
            continue;
        }
        // Introducer + foreign name: "đại thi hào Nga A.S. Pushkin".
        if let Some((words, _)) = ctx.phrase_at(i, &ctx.lex.introducers) {
            let mut j = i + words;
            if let Some((m, _)) = ctx.phrase_at(j, &ctx.lex.countries) {
                j += m;
            }
            // "con trai Tướng Vi Quốc Thanh": a title follows; read it next.
            if ctx.role_at(j).is_some() {
                i = j;
                continue;
            }
            if let Some(end) = name_at(ctx, j).or_else(|| foreign_name_at(ctx, j)) {
                out.push(hit(ctx, start, j, end, None, Vec::new(), Vec::new(), "person.introducer"));
                i = end;
                continue;
            }
        }
        // A full name standing alone: three or more syllables from a surname.
        if let Some(end) = name_at(ctx, k) {
            let first_in_run = k == 0 || !(ctx.joined(k - 1) && ctx.is_cap(k - 1)) || !degrees.is_empty();
            if (end - k >= 3 || !degrees.is_empty()) && first_in_run && !preceded_by_place(ctx, k) {
                let (titles, after) = titles_after(ctx, end);
                out.push(hit(ctx, start, k, end, None, titles, degrees, "person.full_name"));
                i = after.max(end);
                continue;
            }
        }
        i += 1;
    }
    bylines(ctx, &mut out);
    out
}

#[allow(clippy::too_many_arguments)]
fn hit(
    ctx: &Ctx,
    _mention_start: usize,
    name_start: usize,
    name_end: usize,
    honorific: Option<String>,
    titles: Vec<TitleHit>,
    degrees: Vec<String>,
    rule: &'static str,
) -> PersonHit {
    let (s, e) = (ctx.tokens[name_start].start(), ctx.tokens[name_end - 1].end());
    PersonHit { start: s, end: e, name: ctx.text[s..e].to_string(), short: false, honorific, titles, degrees, rule }
}

/// Bylines ("Như Tâm - 19:28, 20/11/2024", "Hà Vy - Thành Thật" before
/// "Nguồn:") and photo credits ("(Ảnh: Thu Hà)").
fn bylines(ctx: &Ctx, out: &mut Vec<PersonHit>) {
    const NAME: &str = r"\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}";
    static TIMED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(r"(?m)^(?:[^\n]*? - )?(?P<a>{NAME})(?: - (?P<b>{NAME}))? - \d{{1,2}}:\d{{2}}, \d{{1,2}}/\d{{1,2}}/\d{{4}}[ \t]*$"))
            .expect("byline pattern")
    });
    static ALONE: LazyLock<Regex> = LazyLock::new(|| {
        let sources: Vec<String> =
            crate::data::lines(crate::data::BYLINE_SOURCES).map(|(_, l)| regex::escape(l.trim())).collect();
        Regex::new(&format!(r"(?m)^[ \t]*(?P<a>{NAME})(?: - (?P<b>{NAME}))?[ \t]*\n\s*(?:{})", sources.join("|")))
            .expect("byline pattern")
    });
    let sources = &ctx.lex.byline_sources;
    static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(r"\((?:Ảnh|Ảnh minh họa|Video|Clip)\s*:\s*(?P<a>{NAME})\)")).expect("credit pattern")
    });
    // The two line patterns run only on the lines that can hold them (a
    // date at the end; a source line next), so the text is not scanned by
    // a regex three times.
    let text = ctx.text;
    let lines = ctx.line_starts.len();
    let line = |n: usize| ctx.line_range(n);
    let timed = (0..lines).filter_map(|n| {
        let r = line(n);
        let l = text[r.clone()].trim_end_matches([' ', '\t']).as_bytes();
        let dated = l.len() > 5 && l[l.len() - 4..].iter().all(u8::is_ascii_digit) && l[l.len() - 5] == b'/';
        dated
            .then(|| TIMED.captures_at(&text[..r.end], r.start))
            .flatten()
            .filter(|c| c.get(0).is_some_and(|m| m.start() == r.start))
    });
    let mut last_end = 0;
    let mut named_line: Option<usize> = None;
    let alone = (0..lines).filter_map(move |m| {
        let r = line(m);
        let body = text[r.clone()].trim_start();
        if body.is_empty() {
            return None;
        }
        let before = named_line.replace(m)?;
        if !sources.iter().any(|k| body.starts_with(k.as_str())) {
            return None;
        }
        let start = line(before).start;
        let c = ALONE
            .captures_at(&text[..r.end], start)
            .filter(|c| c.get(0).is_some_and(|x| x.start() == start && start >= last_end))?;
        last_end = c.get(0).map_or(last_end, |x| x.end());
        Some(c)
    });
    let credits = CREDIT.captures_iter(text);
    for c in timed.chain(alone).chain(credits) {
        for g in ["a", "b"] {
            let Some(m) = c.name(g) else { continue };
            let name = m.as_str();
            let first = name.split(' ').next().unwrap_or("");
            // Section names ("Dân tộc", "Tin tức") are not written in Title case throughout.
            let body = ctx.token_from(m.start());
            if super::organisations::head_at(ctx, body).is_some()
                || crate::data::lookup_province(name).is_some()
                || ctx.lex.countries.iter().any(|(_, c)| c.as_str() == name)
                || first == "Trang"
            {
                continue;
            }
            out.push(PersonHit {
                start: m.start(),
                end: m.end(),
                name: name.to_string(),
                short: false,
                honorific: None,
                titles: Vec::new(),
                degrees: Vec::new(),
                rule: "person.byline",
            });
        }
    }
}
