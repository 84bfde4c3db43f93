//! Provinces: every alias of the 63 pre-2025 and 34 new units (the table
//! holds the forms without diacritics too, "Soc Trang"), matched over word
//! IDs by the trie of [`crate::lexicon::Lexicon::province_names`].

use super::{Ctx, Hit};
use crate::lexicon::Feat;
use crate::tokenize::Shape;

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
    let n = ctx.tokens.len();
    let first = ctx.lex.province_names.first_feat();
    let mut k = 0;
    while k < n {
        // One bit test per token; the trie over word IDs holds every alias
        // (folded ones in the folded lexicon of text without diacritics).
        k = ctx.next_with(k, first);
        if k >= n {
            break;
        }
        let Some((len, (pattern, record))) = ctx.phrase_at(k, &ctx.lex.province_names) else {
            k += 1;
            continue;
        };
        let next = k + len;
        if !ctx.is_cap(k) {
            // A longer alias opened by a generic word in lower case ("tp.
            // Hà Nội", "thành phố HCM") is no name as written, but the
            // capitalised name inside it may be: read on from the next word.
            k += 1;
            continue;
        }
        // The words before the name, read once for every check.
        let start = ctx.tokens[k].start();
        // The name's line, found once for both looks back along it.
        let line = ctx.line_at(start);
        let prev = preceding_words(ctx, start, line.start);
        if is_province(ctx, k, len, pattern, *record, prev, &line) {
            let end = ctx.tokens[next - 1].end();
            let record = city_named(ctx, prev, pattern).unwrap_or(*record);
            out.push(ProvinceHit { record, hit: Hit { start, end, rule: "province.gazetteer" } });
        }
        k = next;
    }
    out
}

/// After "thành phố" or "TP", a name that both a province and a city bear
/// ("Hue": Thừa Thiên Huế until 2024, the city of Huế since) is the city's.
fn city_named(ctx: &Ctx, prev: &str, pattern: &str) -> Option<usize> {
    if !(ends_with_word(prev, "thành phố") || ends_with_word(prev, "thanh pho") || ends_with_word(prev, "tp")) {
        return None;
    }
    ctx.lex.provinces.iter().position(|p| {
        p.kind == crate::provinces::ProvinceKind::City && p.aliases.iter().any(|a| crate::data::same_lower(a, pattern))
    })
}

/// The checks on a capitalised name of the gazetteer at tokens `k..k +
/// len`, after the words `prev`, on `line`.
fn is_province(
    ctx: &Ctx,
    k: usize,
    len: usize,
    pattern: &str,
    record: usize,
    prev: &str,
    line: &std::ops::Range<usize>,
) -> bool {
    // "Thái Bình Dương", "Điện Biên Phủ", "Đồng Tháp Mười": a longer name.
    if ctx.phrase_at(k, &ctx.lex.date.not_province).is_some_and(|(l, _)| l > len) {
        return false;
    }
    let start = ctx.tokens[k].start();
    let city = ends_with_word(prev, "thành phố") || ends_with_word(prev, "thanh pho");
    // (A sieve of the two sets' words first: most words before a name are
    // none of them, and are not hashed.)
    let sets = (&ctx.lex.not_province_before, &ctx.lex.date.place_before_folded);
    let sieve = ctx.lex.org.place_words(|| sets.0.iter().chain(sets.1).map(String::as_str));
    let place_word = |w: &str| sieve.may_hold(w) && (sets.0.contains(w) || sets.1.contains(w));
    // ("nhu cầu Đà Nẵng": the "cầu" of "nhu cầu" is no bridge.)
    let own_word = |n: usize| n > 0 || !ctx.ends_word(k.saturating_sub(1));
    if !city && last_words(prev).enumerate().any(|(n, w)| place_word(w) && own_word(n)) {
        return false;
    }
    let name = &ctx.lex.provinces[record].name;
    // "Hồ Chí Minh" alone names the person; the city is "TP Hồ Chí Minh".
    let hcm = pattern == "hồ chí minh" || pattern == "ho chi minh";
    if name == "Hồ Chí Minh" && hcm && !(city || ends_with_word(prev, "tp")) {
        return false;
    }
    !in_person_name(ctx, k) && !in_title_of_work(ctx, start, line)
}

/// "biên kịch Nguyễn Hà Giang", "phường Nguyễn Thái Bình": a family name
/// right before, opening a run of capitalised words, makes the province
/// the given name of a person (or of a street named after one).
fn in_person_name(ctx: &Ctx, k: usize) -> bool {
    let Some(p) = k.checked_sub(1) else { return false };
    if !ctx.joined(p) || ctx.shape(p) != Shape::Title || !ctx.feat(p).any(Feat::SURNAME) {
        return false;
    }
    // The family name opens the name: no capitalised word joined before it
    // other than an honorific or a title ("Chị Nguyễn Hà Giang").
    let opener = Feat::HONORIFIC_FIRST | Feat::ROLE_FIRST | Feat::INTRODUCER_FIRST;
    !p.checked_sub(1).is_some_and(|q| ctx.joined(q) && ctx.is_cap(q) && !ctx.feat(q).any(opener))
}

/// Inside a quoted title after "bài hát", "phim", "tác phẩm"…: the title of
/// a work. (`line` is the name's; the quotes are ASCII, found bytewise.)
fn in_title_of_work(ctx: &Ctx, start: usize, line: &std::ops::Range<usize>) -> bool {
    let from = super::ceil_boundary(ctx.text, start.saturating_sub(80)).max(line.start);
    let head = &ctx.text[from..start];
    // An open quote: an odd number of quotes on the line before the name.
    let Some(q) = memchr::memrchr(b'"', head.as_bytes()) else { return false };
    if memchr::memchr_iter(b'"', &ctx.text.as_bytes()[line.start..from + q]).count() % 2 == 1 {
        return false;
    }
    // (The quote is on the name's line.)
    let before = preceding_words(ctx, from + q, line.start);
    last_words(before).any(|w| ctx.lex.date.work_before.contains(w))
}

/// True when the last words of `words` are `w` ("thành phố" ends with the
/// word "phố", "phường" does not end with "ường").
fn ends_with_word(words: &str, w: &str) -> bool {
    words.strip_suffix(w).is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
}

/// The last word of `words` and, when there are two, both: "thành phố" gives
/// "phố" and "thành phố".
fn last_words(words: &str) -> impl Iterator<Item = &str> {
    // (After the last space, found bytewise: a space is ASCII.)
    let last = words.as_bytes().iter().rposition(|&b| b == b' ').map_or(words, |p| &words[p + 1..]);
    std::iter::once(last).chain((last.len() < words.len()).then_some(words))
}

/// The (up to) two lower-case words before `pos`, on the same line (which
/// starts at `line_start`).
fn preceding_words<'c>(ctx: &'c Ctx, pos: usize, line_start: usize) -> &'c str {
    // Two words fit in 64 bytes; looking no further keeps long lines linear.
    let from = super::ceil_boundary(&ctx.lower, pos.saturating_sub(64)).max(line_start).min(pos);
    let head = ctx.lower[from..pos].trim_end_matches([' ', '.']);
    // The spaces are found bytewise (a space byte is never inside a char),
    // by a plain loop: the span searched is one word, where `memrchr`'s
    // set-up cost more than the search.
    let mut cut = head.len();
    for _ in 0..2 {
        match head[..cut].trim_end().bytes().rposition(|b| b == b' ') {
            Some(i) => cut = i,
            None => {
                cut = 0;
                break;
            }
        }
    }
    head[cut..].trim()
}
