//! Photo credits, bylines and the author line that ends an article.

use super::*;
use byline_pattern::Names;

/// Photo credits and author lines: "Ảnh: Viết Mai", "(Ảnh: Thu Hà)",
/// "Ảnh: Hải Yến/TTXVN", "Bài và ảnh: X - Y".
pub(super) fn credits<'a>(ctx: &Ctx<'a>, out: &mut Vec<PersonHit<'a>>) {
    let p = &ctx.lex.person;
    let n = ctx.tokens.len();
    // (From one word that can open a credit to the next.)
    let mut i = ctx.next_with(0, Feat::CREDIT_FIRST);
    while i < n {
        if !ctx.feat(i).any(Feat::CREDIT_FIRST) {
            i = ctx.next_with(i + 1, Feat::CREDIT_FIRST);
            continue;
        }
        if ctx.shape(i) == Shape::Lower {
            i += 1;
            continue;
        }
        let Some((m, _)) = ctx.phrase_at(i, &p.credit_openers) else {
            i += 1;
            continue;
        };
        if ctx.tok(i + m) != ":" {
            i += 1;
            continue;
        }
        let mut k = i + m + 1;
        while let Some((s, e)) =
            credit_name(ctx, k).or_else(|| photographer_at(ctx, k)).or_else(|| capitals_name(ctx, k))
        {
            if !out.iter().any(|h| h.start == ctx.tokens[s].start()) {
                out.push(hit(ctx, s, e, None, 0..0, Vec::new(), "person.credit", false));
            }
            k = e;
            if !(matches!(ctx.tok(k), "-" | "–" | ",") || ctx.ltok(k) == "và") {
                break;
            }
            k += 1;
        }
        i = k.max(i + 1);
    }
}

/// A name in a credit or byline at token `k`: two to four name words read
/// as a Vietnamese name, or an initial and a syllable ("H.Long"); never
/// initials alone ("K.Đ", "B.H.Y."), a body or a place.
pub(super) fn credit_name(ctx: &Ctx, k: usize) -> Option<(usize, usize)> {
    let mut r = run_at(ctx, k);
    // ("Ảnh: Thái An Theo Kế hoạch số 12, …": the next sentence run on.)
    cut_run_on(ctx, &mut r);
    // ("Ảnh: Nguyễn Hà Chủ tịch UBND tỉnh …", "Ảnh: Giang Huy Chuyến thăm
    // …": the caption's next sentence opens with a role, or with a word no
    // given name spells with the lower-case word after it.)
    if r.n >= 3 {
        let last = r.u(r.n - 1);
        let word = ctx.shape(last.e) == Shape::Lower
            && ctx.joined(last.e - 1)
            && ctx.is_word(last.s, 2)
            && given_band(ctx, last) == 0;
        if opens_role(ctx, last) || word {
            r.n -= 1;
        }
    }
    if r.n < 2 || r.n > 4 {
        return None;
    }
    let e = r.end_at(r.n);
    // The run must end there: "/TTXVN", ")", end of line, ".", "-".
    if ctx.joined(e - 1) && ctx.shape(e) == Shape::Lower {
        return None;
    }
    let initials = (0..r.n).filter(|&j| is_initial(ctx, r.u(j))).count();
    if initials == r.n || (initials > 0 && r.n - initials != 1) {
        return None;
    }
    let words_ok = (0..r.n).all(|j| is_initial(ctx, r.u(j)) || viet_ok(ctx, r.u(j)) || ethnic_at(ctx, &r, j).is_some());
    let form = form_of(ctx, &r, 0, r.n);
    let name_like = initials == 1 || matches!(form, Some(Form::Viet | Form::Ethnic | Form::Given | Form::ForeignKnown));
    if !words_ok && form != Some(Form::ForeignKnown) || !name_like || blocked(ctx, k, e, false) {
        return None;
    }
    Some((k, e))
}

/// "Ảnh: Thống Nhất/TTXVN": in a photo credit, before the slash and an
/// outlet, two or three capitalised syllables are the photographer's
/// name, even where they spell a word or a place; not a body.
fn photographer_at(ctx: &Ctx, k: usize) -> Option<(usize, usize)> {
    let r = run_at(ctx, k);
    if !(2..=3).contains(&r.n) {
        return None;
    }
    let e = r.end_at(r.n);
    let syllables = (0..r.n).all(|j| !is_initial(ctx, r.u(j)) && viet_ok(ctx, r.u(j)));
    (syllables
        && ctx.tok(e) == "/"
        && outlet_at(ctx, e + 1)
        && head_at(ctx, k).is_none()
        && province_at(ctx, k).is_none())
    .then_some((k, e))
}

/// Bylines ("Như Tâm - 19:28, 20/11/2024", "Hà Vy - Thành Thật" before
/// "Nguồn:"), the author line that ends the article ("Thu Hằng", "Quỳnh
/// Như/VOV.VN", "Theo Hà Thu (Báo Tin tức)", "… dự án. Hoàng Nam").
pub(super) fn bylines<'a>(ctx: &Ctx<'a>, out: &mut Vec<PersonHit<'a>>, kept: &mut Scratch) {
    let sources = &ctx.lex.person.byline_sources;
    // The first bytes of the source words: a line opening with another byte
    // opens with none of them (an empty source would open every line).
    let mut source_first = [false; 256];
    for k in sources {
        match k.as_bytes().first() {
            Some(&b) => source_first[usize::from(b)] = true,
            None => source_first = [true; 256],
        }
    }
    // The two line shapes (`byline_pattern`) are read only on the lines
    // that can hold them (a date at the end; a source line next). Both are
    // anchored at the start of the text they are given (a line, or a line
    // and the source line under it); each match comes with the offset of
    // that text.
    let text = ctx.text;
    let lines = ctx.line_starts.len();
    let line = |n: usize| ctx.line_range(n);
    // The names' byte ranges, from the dated lines, then the lines above a
    // source: one pass over the lines, the second kind waiting in `above`
    // (the buffer of the tokens found, empty until the check below).
    let names = &mut kept.byline_names;
    names.clear();
    let above = &mut kept.byline_found;
    above.clear();
    let push = |m: Names, base: usize, names: &mut Vec<(usize, usize)>| {
        names.extend([Some(m.a), m.b].into_iter().flatten().map(|(s, e)| (base + s, base + e)));
        base + m.end
    };
    let mut last_end = 0;
    let mut named_line: Option<usize> = None;
    for m in 0..lines {
        let r = line(m);
        let whole = &text[r.clone()];
        // Most lines open with a char that is not a space: no trimming.
        let body = match whole.as_bytes().first() {
            Some(b) if b.is_ascii_graphic() => whole,
            _ => whole.trim_start(),
        };
        if body.is_empty() {
            // (Nor can a blank line end with a date.)
            continue;
        }
        if ends_with_date(whole) {
            if let Some(m) = byline_pattern::dated(whole) {
                push(m, r.start, names);
            }
        }
        let Some(before) = named_line.replace(m) else { continue };
        if !source_first[usize::from(body.as_bytes()[0])] || !sources.iter().any(|k| body.starts_with(k.as_str())) {
            continue;
        }
        // Most lines opening with a source word ("Theo ông …") follow a
        // paragraph: the pattern can match only under a line of names.
        if !may_be_name_line(&text[line(before)]) {
            continue;
        }
        let start = line(before).start;
        if start < last_end {
            continue;
        }
        if let Some(m) = byline_pattern::above_source(&text[start..r.end], sources) {
            last_end = push(m, start, above);
        }
    }
    names.append(above);
    let found = &mut kept.byline_found;
    found.clear();
    // (The folded first word of a name, one buffer for all.)
    let first_buf = &mut kept.first_word;
    for &(ms, me) in names.iter() {
        let name = &text[ms..me];
        let first = name.split(' ').next().unwrap_or("");
        // Section names ("Dân tộc", "Tin tức") are not written in Title case throughout.
        let body = ctx.token_from(ms);
        let e = ctx.token_from(me);
        if head_at(ctx, body).is_some()
            || may_name_province(name, first_buf) && crate::data::lookup_province(name).is_some()
            || is_country_name(ctx, name, body, e)
            || first == "Trang"
        {
            continue;
        }
        // "Theo Lan Anh" above the related articles: the name after "Theo".
        let body = if ctx.ltok(body) == "theo" && e > body + 2 { body + 1 } else { body };
        found.push((body, e));
    }
    end_author(ctx, found);
    for &(s, e) in found.iter() {
        let start = ctx.tokens[s].start();
        if !out.iter().any(|h| h.start == start && !h.name.is_empty()) {
            out.push(hit(ctx, s, e, None, 0..0, Vec::new(), "person.byline", false));
        }
    }
}

/// True when `line` may hold a dated byline: it ends (less spaces and tabs)
/// with "/" and four digits, and holds " - ". Settled by the last byte for
/// nearly every line.
fn ends_with_date(line: &str) -> bool {
    if !matches!(line.as_bytes().last(), Some(b'0'..=b'9' | b' ' | b'\t')) {
        return false;
    }
    let l = line.trim_end_matches([' ', '\t']).as_bytes();
    l.len() > 5 && l[l.len() - 4..].iter().all(u8::is_ascii_digit) && l[l.len() - 5] == b'/' && line.contains(" - ")
}

/// The keys `data::lookup_province` looks up (each alias's key and folded
/// key), and each folded; and the kind words it strips
/// (`provinces::KIND_WORDS`), folded: all start with "t", which
/// [`may_name_province`] relies on (tested).
static PROVINCE_KEYS: LazyLock<(rustc_hash::FxHashSet<String>, Vec<String>)> = LazyLock::new(|| {
    let aliases = crate::provinces::provinces().iter().flat_map(|p| p.aliases.iter());
    let keys = aliases.flat_map(|a| [crate::data::key(a), crate::data::folded_key(a)]);
    let keys = keys.flat_map(|k| [crate::normalize::fold(&k), k]).collect();
    (keys, crate::provinces::KIND_WORDS.iter().map(|w| crate::normalize::fold(w)).collect())
});

/// False when the byline name `name` (Title-case words of letters, single
/// spaces, from the normalised text) cannot be a spelling
/// `data::lookup_province` resolves. That look-up finds the name's key
/// `k` (its lower case: the text is normalised), or `k` less a kind word,
/// either as it is or folded, among the aliases' keys and folded keys; so
/// `k` folded, or less a kind word and folded, is one of those keys or
/// one of them folded ([`PROVINCE_KEYS`]; folding goes char by char, so the
/// folded `k` less a folded kind word is the folded rest). The name is
/// folded char by char into `buf` (no string per name): the look-up builds
/// the key and its folded form as strings, for names that are mostly
/// people's ("Hà Thu", "Thanh Hà").
fn may_name_province(name: &str, buf: &mut String) -> bool {
    buf.clear();
    buf.extend(name.chars().map(|c| crate::normalize::fold_char(lower_char(c))));
    let (keys, kinds) = &*PROVINCE_KEYS;
    // (Every kind word starts with "t".)
    keys.contains(buf.as_str())
        || buf.starts_with('t')
            && kinds.iter().any(|w| buf.strip_prefix(w.as_str()).is_some_and(|rest| keys.contains(rest.trim_start())))
}

/// True when the byline name `name` (tokens `s..e`) is a country's name as
/// the table writes it. A country's name is also one of its keys, so its
/// tokens spell an entry of the table (one look-up by word IDs); only then
/// are the names compared.
fn is_country_name(ctx: &Ctx, name: &str, s: usize, e: usize) -> bool {
    let countries = &ctx.lex.countries;
    e > s && countries.has(&ctx.ids, &ctx.gaps, s, e - s) && countries.iter().any(|(_, c)| c.as_str() == name)
}

/// True when `line` may be a name or two and nothing else, as the line
/// above a source line must be for `bylines`' pattern (`[ \t]*NAME( -
/// NAME)?[ \t]*`): letters, spaces and hyphens only, a capital first, at
/// most six spaces. A necessary condition only; the pattern decides.
pub(super) fn may_be_name_line(line: &str) -> bool {
    let core = line.trim_matches([' ', '\t']);
    core.starts_with(char::is_uppercase)
        && core.chars().all(|c| crate::normalize::is_letter(c) || c == ' ' || c == '-')
        && core.bytes().filter(|&b| b == b' ').count() <= 6
}

/// True when token `k` opens what may follow an author's name to the end
/// of its line (ending at `line_end`): the outlet after a slash
/// ("/VOV.VN") or in brackets that close the line ("(Báo Tin tức)"), never
/// a clause ("(sinh năm 1970) nuôi 300 con bò").
pub(super) fn credit_tail(ctx: &Ctx, k: usize, line_end: usize) -> bool {
    let rest = ctx.text[ctx.tokens[k].start()..line_end].trim_end();
    let short = rest.len() < 40;
    match ctx.tok(k) {
        "/" => short,
        "(" => {
            short
                && rest.trim_end_matches('.').ends_with(')')
                && rest.find(')') == Some(rest.trim_end_matches('.').len() - 1)
                || (k + 2..(k + 6).min(ctx.tokens.len()))
                    .find(|&j| ctx.tok(j) == ")")
                    .is_some_and(|close| source_tail(ctx, close + 1, line_end))
        }
        _ => source_tail(ctx, k, line_end),
    }
}

/// "… Trúc Phong Tham khảo: Engadget", "Kiều Hương (Tổng hợp) Nguồn : Tin
/// Nhanh Online": the source the article was written from, after the
/// author's name, to the end of the line (a few words).
fn source_tail(ctx: &Ctx, k: usize, line_end: usize) -> bool {
    let n = match ctx.ltok(k) {
        "nguồn" | "theo" => 1,
        "tham" if ctx.ltok(k + 1) == "khảo" => 2,
        _ => return false,
    };
    let Some(t) = ctx.tokens.get(k + n) else { return false };
    let rest = ctx.text[t.start().min(line_end)..line_end].trim();
    !rest.is_empty() && rest.len() < 40
}

/// The author line that ends an article: the last line of the body (before
/// the related-article list and a "Theo AFP" source line) holding only
/// names ("Thu Hằng", "Đại Dương- Đặng Tài", "Quỳnh Như/VOV.VN", "Theo Hà
/// Thu (Báo Tin tức)", "H.Long"), or names after the last full stop of the
/// last paragraph ("… dự án. Hoàng Nam", "…/. Trần Ngọc/VOV.VN").
/// The names' token ranges are appended to `found` (the caller's buffer).
pub(super) fn end_author(ctx: &Ctx, found: &mut Vec<(usize, usize)>) {
    let body_end = ctx.furniture.min(ctx.text.len());
    let end_tok = ctx.token_from(body_end);
    // The last non-empty line before the furniture, skipping one source line.
    let mut line_idx = ctx.line_index(body_end.saturating_sub(1));
    let mut skipped_source = false;
    let mut tries = 0;
    while tries < 4 {
        tries += 1;
        let r = ctx.line_range(line_idx);
        let l = ctx.text[r.clone()].trim();
        if l.is_empty() || r.start >= body_end {
            if line_idx == 0 {
                return;
            }
            line_idx -= 1;
            continue;
        }
        let first = ctx.token_from(r.start);
        let first_word = l.split([' ', ':']).next().unwrap_or("");
        let is_first = |w: &str| first_word.chars().flat_map(char::to_lowercase).eq(w.chars());
        // "Theo AFP", "Nguồn: Reuters": a source line; the author is above.
        let source_line = (is_first("theo") || is_first("nguồn"))
            && l.len() < 80
            && !skipped_source
            && credit_name(ctx, first + 1)
                .is_none_or(|(_, e)| e < ctx.token_from(r.end) && ctx.tok(e) != "(" && ctx.tok(e) != "/");
        if source_line {
            skipped_source = true;
            if line_idx == 0 {
                return;
            }
            line_idx -= 1;
            continue;
        }
        let mut last = ctx.token_from(r.end).min(end_tok);
        // "… tại LHQ. Võ Sáu -": a dash left after the author's name.
        if last > first + 1 && matches!(ctx.tok(last - 1), "-" | "–") && ctx.joined(last - 2) {
            last -= 1;
        }
        // A line of names only (read into `found`, and taken out again when
        // the line holds more).
        let mut k = first;
        if ctx.ltok(k) == "theo" {
            k += 1;
        }
        let base = found.len();
        // (A text of one line has no author's line under it.)
        let under_text = !ctx.text[..r.start].trim_end().is_empty();
        let sign_off = || sign_off_name(ctx, k, last).or_else(|| capitals_name(ctx, k).filter(|&(_, e)| e >= last));
        if let Some(found_here) = sign_off().filter(|_| under_text && credit_name(ctx, k).is_none()) {
            found.push(found_here);
            return;
        }
        while let Some((s, e)) = credit_name(ctx, k) {
            found.push((s, e));
            k = e;
            if matches!(ctx.tok(k), "-" | "–" | ",") || ctx.ltok(k) == "và" {
                k += 1;
                continue;
            }
            break;
        }
        let rest_ok = k >= last || credit_tail(ctx, k, r.end);
        if found.len() > base && rest_ok {
            return;
        }
        found.truncate(base);
        // Names after the last sentence of the paragraph.
        let mut j = last;
        while j > first
            && !(matches!(ctx.tok(j - 1), "." | "!" | "?" | "\"" | "”")
                && ctx.gaps.get(j) != Some(&crate::lexicon::Gap::Glued))
        {
            j -= 1;
        }
        // "… bị bắt giữ. Theo Techtimes Hoàng Hà -": the source, then the
        // author.
        if j > first && j + 3 < last && matches!(ctx.ltok(j), "theo" | "nguồn") {
            if let Some(n) = super::super::organisations::source_len(ctx, j + 1) {
                j += 1 + n;
            }
        }
        if j > first && j < last {
            let caps = || capitals_name(ctx, j).filter(|&(_, e)| e >= last);
            if let Some((s, e)) = credit_name(ctx, j).or_else(|| sign_off_name(ctx, j, last)).or_else(caps) {
                let tail_ok = e >= last || credit_tail(ctx, e, r.end);
                if tail_ok {
                    found.push((s, e));
                }
            }
        }
        return;
    }
}

/// "Ảnh: LÊ THOA", "… bộ phận điều hành. NGUYỄN NGUYÊN": a credit or an
/// author's name written in capitals, two to four Vietnamese syllables of
/// two letters or more, the first a family or given name; not a word of
/// two syllables ("DOANH NHÂN"), a body ("HẢI QUÂN MỸ") or an outlet.
fn capitals_name(ctx: &Ctx, k: usize) -> Option<(usize, usize)> {
    let caps = |j: usize| {
        ctx.shape(j) == Shape::Upper && ctx.kind(j) == Some(TokenKind::Word) && ctx.tok(j).chars().count() >= 2
    };
    let mut e = k;
    while e < ctx.tokens.len() && e < k + 5 && caps(e) && (e == k || ctx.joined(e - 1)) {
        e += 1;
    }
    if !(2..=4).contains(&(e - k)) || e < ctx.tokens.len() && ctx.joined(e - 1) && caps(e) {
        return None;
    }
    let syllable = |j: usize| {
        let f = ctx.feat(j);
        f.any(Feat::GIVEN | Feat::SURNAME)
            || f.any(Feat::WORD_FIRST) && !f.any(Feat::FOREIGN)
            || has_viet_letter(ctx.tok(j))
    };
    let named = ctx.feat(k).any(Feat::GIVEN | Feat::SURNAME) && (k..e).all(syllable);
    let word = e == k + 2 && ctx.is_word(k, 2);
    let body =
        head_at(ctx, k).is_some() || outlet_at(ctx, k) || super::super::organisations::named_body_len(ctx, k).is_some();
    (named && !word && !body).then_some((k, e))
}

/// "… đang điều tra, làm rõ. Lâm Đồng", "Bạch Đằng", "Ba Lan (Tổng
/// hợp)": two or three syllables that end the article, on a line of their
/// own or after its last sentence, are the author's pen name even where
/// they spell a place, a province or a country (pen names often do); not
/// an outlet the tables know ("Thanh Niên"), nor a body's head.
/// `last` is the token the line (or the article) ends at.
fn sign_off_name(ctx: &Ctx, k: usize, last: usize) -> Option<(usize, usize)> {
    // ("Theo Dân Trí", "Tin Trần Giáp": a source or a credit's word first;
    // "Tỉnh Cà Mau": a place named with its kind.)
    if matches!(ctx.ltok(k), "theo" | "nguồn" | "tỉnh" | "thành" | "tp" | "huyện" | "quận" | "thị" | "xã" | "phường")
        || ctx.phrase_at(k, &ctx.lex.person.credit_openers).is_some()
    {
        return None;
    }
    let mut r = run_at(ctx, k);
    cut_run_on(ctx, &mut r);
    if !(2..=3).contains(&r.n) {
        return None;
    }
    let e = r.end_at(r.n);
    let words_ok = (0..r.n).all(|j| !is_initial(ctx, r.u(j)) && viet_ok(ctx, r.u(j)));
    let ends = e >= last || ctx.tok(e) == "(" && credit_tail(ctx, e, ctx.tokens[last - 1].end());
    (words_ok && ends && head_at(ctx, k).is_none() && !outlet_at(ctx, k)).then_some((k, e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::DEFAULT;
    use crate::normalize::fold;

    #[test]
    fn every_province_spelling_may_name_a_province() {
        let mut buf = String::new();
        let mut seen = 0;
        for p in crate::provinces::provinces() {
            for a in &p.aliases {
                let f = fold(a);
                let lower = crate::data::lower(a);
                for name in [
                    a.clone(),
                    f.clone(),
                    lower.clone(),
                    format!("Tỉnh {a}"),
                    format!("Thành Phố {f}"),
                    format!("Tp {a}"),
                    format!("Tinh {f}"),
                    format!("Thanh Pho {a}"),
                    format!("TP {lower}"),
                ] {
                    if crate::data::lookup_province(&name).is_some() {
                        seen += 1;
                        assert!(may_name_province(&name, &mut buf), "{name:?}");
                    }
                }
            }
        }
        assert!(seen > 300, "{seen}");
        assert!(PROVINCE_KEYS.1.iter().all(|w| w.starts_with('t')));
        // Names that are no province's: the look-up is spared, also for a
        // name whose first word opens one.
        for name in ["Minh Quân", "Hà Thu", "Thanh Hà", "Tỉnh Thu", "Quảng Văn"] {
            assert!(!may_name_province(name, &mut buf), "{name}");
            assert!(crate::data::lookup_province(name).is_none(), "{name}");
        }
    }

    #[test]
    fn every_country_name_is_found_by_its_words() {
        for lex in [&**DEFAULT, DEFAULT.for_text(true)] {
            let folded = !std::ptr::eq(lex, &**DEFAULT);
            let mut seen = 0;
            for (_, c) in lex.countries.iter() {
                // (The folded twin reads texts without diacritics only.)
                if folded && fold(c) != *c {
                    continue;
                }
                let ctx = Ctx::new(lex, c);
                assert!(is_country_name(&ctx, c, 0, ctx.tokens.len()), "{c:?}");
                seen += 1;
            }
            assert!(seen > 20, "{seen}");
            let ctx = Ctx::new(lex, "Minh Quân");
            assert!(!is_country_name(&ctx, "Minh Quân", 0, 2));
        }
    }

    /// The date test settled by the last byte says what the full test said
    /// (trailing spaces and tabs trimmed, then "/" and four digits, and
    /// " - " in the line), on lines built from pieces of bylines.
    #[test]
    fn date_test_by_last_byte_is_the_full_one() {
        fn full(line: &str) -> bool {
            let l = line.trim_end_matches([' ', '\t']).as_bytes();
            l.len() > 5
                && l[l.len() - 4..].iter().all(u8::is_ascii_digit)
                && l[l.len() - 5] == b'/'
                && line.contains(" - ")
        }
        const PIECES: &[&str] =
            &["Lan Chi", " - ", "08:15", ", ", "3/2/2025", "/2025", "2025", " ", "\t", "\u{a0}", "-", "Đ", "/", "7"];
        let mut lines = vec![String::new()];
        for a in PIECES {
            for b in PIECES {
                for c in PIECES {
                    for d in PIECES {
                        lines.push([*a, *b, *c, *d].concat());
                    }
                }
            }
        }
        assert!(lines.iter().any(|l| full(l)));
        for line in &lines {
            assert_eq!(ends_with_date(line), full(line), "{line:?}");
        }
    }
}
