//! Organisations: bodies known by name (every alias and acronym the press
//! writes), names opened by a head word ("Bộ", "Sở", "Công ty TNHH",
//! "UBND") and extended to the end of the name, brands named alone as
//! actors, and acronyms in brackets.
//!
//! A name runs from its head over capitalised words, numbers, places,
//! legal forms and the lower-case words of official names; it stops before
//! a verb or another closing phrase (`org_enders.txt`), a person, a role, a
//! place introduced by "ở", and lower-case words after its proper part
//! that lead nowhere.

use super::people::{holder_at, honorific_at, name_after_level, name_at, sentence_start};
use super::Ctx;
use crate::lexicon::facts::Class;
use crate::lexicon::organisations::{Head, KindNoun, Surface, CENTRAL_KINDS};
use crate::lexicon::{Feat, Gap};
use crate::tokenize::{Shape, TokenKind};
use std::borrow::Cow;

mod extent;
pub(crate) use extent::ends_inside_word;
use extent::{extent, extent_of_head, glued_word, same_head};

/// An organisation mention.
#[derive(Clone, Debug)]
pub(crate) struct OrgHit<'a> {
    pub start: usize,
    pub end: usize,
    /// The name as written (without a bracketed acronym): a slice of the
    /// text, built only when a bracket inside the name is left out.
    pub name: Cow<'a, str>,
    /// An acronym the text gives in brackets right after the name (a
    /// slice of the text).
    pub acronym: Option<&'a str>,
    /// The known body this mention names, when it is exactly one of the
    /// body's names, aliases or its acronym.
    pub known: Option<u32>,
    /// The mention is the body's acronym alone ("VUFO").
    pub bare_acronym: bool,
    /// The name has a proper part (a proper name, a place, a number, an
    /// acronym), or names a known body: not only words of official names.
    pub proper: bool,
    /// A kind of body without its own name ("UBND tỉnh", "Ban Chỉ đạo"):
    /// the document's fuller name of that body, or itself when there is none.
    pub generic: bool,
    /// Tokens of the name: `first..last`.
    pub first: usize,
    pub last: usize,
    /// The tokens of a bracket inside the name ("Trung tâm Kiểm soát bệnh
    /// tật (CDC) Hải Dương"), left out of its key.
    pub bracket: Option<(usize, usize)>,
    /// Where the merge key lies in the caller's key buffer once
    /// [`OrgHit::write_key`] wrote it there (empty before).
    key: std::ops::Range<usize>,
    pub rule: &'static str,
}

impl<'a> OrgHit<'a> {
    /// A mention of the proper name spelled by tokens `first..last`, with
    /// no bracket inside it.
    fn proper(
        ctx: &Ctx<'a>,
        first: usize,
        last: usize,
        known: Option<u32>,
        acronym: Option<&'a str>,
        rule: &'static str,
    ) -> OrgHit<'a> {
        let (start, end) = (ctx.tokens[first].start(), ctx.tokens[last - 1].end());
        OrgHit {
            start,
            end,
            name: Cow::Borrowed(&ctx.text[start..end]),
            acronym,
            known,
            bare_acronym: false,
            proper: true,
            generic: false,
            first,
            last,
            bracket: None,
            key: 0..0,
            rule,
        }
    }

    /// Writes the key two mentions of one body share at the end of `out`
    /// (read back with [`OrgHit::key`]): lower case, places by their
    /// canonical name without "tỉnh"/"thành phố", acronyms of kinds and
    /// sectors expanded, punctuation, "và", "của" left out ("Sở Y tế Yên
    /// Bái" = "Sở Y tế tỉnh Yên Bái", "Bộ VH-TT&DL" = "Bộ Văn hóa, Thể thao
    /// và Du lịch"). A level word with no place after it is kept.
    /// (The keys of a document share one buffer: a String per key cost
    /// an allocation per mention.)
    pub(crate) fn write_key(&mut self, ctx: &Ctx, out: &mut String) {
        self.key = merge_key(ctx, self.first, self.last, self.bracket, out);
    }

    /// The merge key written by [`OrgHit::write_key`] into `keys`.
    pub(crate) fn key<'k>(&self, keys: &'k str) -> &'k str {
        &keys[self.key.clone()]
    }

    /// The same mention ending before token `to` ("UBND huyện Krông Pa" of
    /// "UBND huyện Krông Pa Kpă Thuyên" when a person starts there), or
    /// `None` when no name is left.
    /// A name that goes on into a known body or is named after the person
    /// ("Trường Đại học Tôn Đức Thắng") is not cut: only one with a proper
    /// part before the person.
    pub(crate) fn cut(&self, ctx: &Ctx<'a>, to: usize) -> Option<OrgHit<'a>> {
        if to >= self.last || to <= self.first || head_at(ctx, to).is_some() {
            return Some(self.clone());
        }
        let head = head_at(ctx, self.first).map_or(1, |(h, _)| h);
        let proper_before = (self.first + head..to).any(|t| ctx.is_cap(t) && !ctx.lex.org_words.contains(ctx.ltok(t)));
        if !proper_before {
            return Some(self.clone());
        }
        let mut e = to;
        while e > self.first
            && (ctx.kind(e - 1) != Some(TokenKind::Word) || matches!(ctx.ltok(e - 1), "và" | "của" | "tại"))
        {
            e -= 1;
        }
        if e <= self.first + 1 {
            return None;
        }
        let (s, t) = (ctx.tokens[self.first].start(), ctx.tokens[e - 1].end());
        Some(OrgHit {
            start: s,
            end: t,
            name: Cow::Borrowed(&ctx.text[s..t]),
            acronym: None,
            known: None,
            bare_acronym: false,
            proper: self.proper,
            generic: self.generic,
            first: self.first,
            last: e,
            bracket: None,
            key: 0..0,
            rule: self.rule,
        })
    }
}

/// The merge key of the name spelled by tokens `from..to`, without the
/// tokens of `skip` (a bracket inside the name), written at the end of
/// `out`: see [`OrgHit::write_key`].
fn merge_key(
    ctx: &Ctx,
    from: usize,
    to: usize,
    skip: Option<(usize, usize)>,
    out: &mut String,
) -> std::ops::Range<usize> {
    let start = out.len();
    // Appends a word already in lower case (the canonical names of
    // provinces and the expansions of acronyms are lowered in their tables).
    let mut push = |w: &str| {
        if !matches!(w, "và" | "của" | "&" | "-" | "," | "." | "") {
            if out.len() > start {
                out.push(' ');
            }
            out.push_str(w);
        }
    };
    let (provinces, legal_forms) = (&ctx.lex.province_names, &ctx.lex.org.legal_forms);
    // (The two tables' first-word bits, tested at once: most words of a
    // name open neither, and pass both look-ups on one test.)
    let opens_table = provinces.first_feat() | legal_forms.first_feat();
    let mut k = from;
    // "ĐT U23 Việt Nam", "Đội tuyển U22 Việt Nam": a team of an age group is
    // keyed by its age group and country, as "U23 Việt Nam" is.
    let team = match ctx.ltok(from) {
        "đt" | "tuyển" => 1,
        "đội" if ctx.ltok(from + 1) == "tuyển" => 2,
        _ => 0,
    };
    if team > 0 && from + team < to && age_group(ctx.tok(from + team)) {
        k += team;
    }
    while k < to {
        if let Some((a, b)) = skip.filter(|&(a, _)| a == k) {
            k = b.max(a + 1);
            continue;
        }
        // The word once: the level test and the plain word both need it.
        let w = ctx.ltok(k);
        let lv = level_of(ctx, k, w);
        if lv > 0 && k + lv < to && province_len(ctx, k + lv).is_some() {
            // "UBND TP Thái Bình", the provincial city, is not "UBND tỉnh
            // Thái Bình": a city's word before a province (not a centrally
            // governed city) stays in the key.
            if matches!(w, "tp" | "thành") && provincial_city(ctx, k + lv) {
                push("tp");
            }
            k += lv;
            continue;
        }
        if ctx.feat(k).any(opens_table) {
            if let Some((n, (_, rec))) = ctx.phrase_at(k, provinces).filter(|&(n, _)| k + n <= to) {
                if ctx.is_cap(k) {
                    // Its canonical name, lowered once per lexicon (never one
                    // of the words `push` leaves out).
                    push(ctx.lex.org.province_key(&ctx.lex.provinces, *rec));
                    k += n;
                    continue;
                }
            }
            // A legal form stays as written ("CP" is also "Chính phủ").
            if let Some((n, _)) = ctx.phrase_at(k, legal_forms).filter(|&(n, _)| k + n <= to) {
                (k..k + n).for_each(|t| push(ctx.ltok(t)));
                k += n;
                continue;
            }
        }
        if matches!(ctx.shape(k), Shape::Upper | Shape::Mixed) {
            let (mut e, written) = glued_word(ctx, k);
            let mut written = std::borrow::Cow::Borrowed(written);
            // "GD & ĐT", "NN và PTNT": one acronym written in two.
            let sep = usize::from(matches!(ctx.tok(e), "&" | "-" | ",") || ctx.ltok(e) == "và");
            if ctx.shape(e + sep) == Shape::Upper && e + sep < to && ctx.lex.org.acronym(&written).is_none() {
                let (e2, next) = glued_word(ctx, e + sep);
                if let Some(joined) = ["&", "-", ""]
                    .iter()
                    .map(|j| format!("{written}{j}{next}"))
                    .find(|w| ctx.lex.org.acronyms.contains_key(w))
                {
                    written = std::borrow::Cow::Owned(joined);
                    e = e2;
                }
            }
            if let Some(a) = ctx.lex.org.acronym(&written).filter(|a| (a.generic || a.takes_place) && e <= to) {
                // Its words as the key writes them, lowered once in the table
                // (never one of the words `push` leaves out); a level word
                // it ends with is left out before a province ("CATP Hà Nội").
                let level_then_province = a.before_level < a.key.len() && e < to && province_len(ctx, e).is_some();
                push(if level_then_province { &a.key[..a.before_level] } else { &a.key });
                k = e;
                continue;
            }
        }
        push(w);
        k += 1;
    }
    start..out.len()
}

/// True when the province named at token `k` is a province ("tỉnh"), so
/// that a city's word before it names its capital city ("TP Nam Định"),
/// not the province.
fn provincial_city(ctx: &Ctx, k: usize) -> bool {
    ctx.phrase_at(k, &ctx.lex.province_names)
        .and_then(|(_, (_, rec))| ctx.lex.provinces.get(*rec))
        .is_some_and(|p| p.kind == crate::provinces::ProvinceKind::Province)
}

/// Where a name ends, found by [`extent`].
struct Extent<'a> {
    /// End token (exclusive) of the name.
    end: usize,
    /// An acronym in brackets after the name, and the tokens of the
    /// bracket when the name goes on after it ("Trung tâm Kiểm soát bệnh
    /// tật (CDC) Hải Dương").
    acronym: Option<&'a str>,
    bracket: Option<(usize, usize)>,
    /// A proper part was taken: a capitalised word that is not a word of
    /// official names, a place, a number, an acronym.
    proper: bool,
    /// Only a level word follows the head ("UBND tỉnh").
    bare_level: bool,
    /// A kind of body in the plural ("Tổng Lãnh sự quán các nước").
    plural: bool,
}

/// A person's name at token `k` (`name_at`), looked up only at a family
/// name or a foreign name the tables list ("Tập đoàn Siemens Joe Kaeser").
#[inline]
fn person_at(ctx: &Ctx, k: usize) -> Option<usize> {
    if ctx.feat(k).any(Feat::SURNAME | Feat::COMPOUND_SURNAME_FIRST | Feat::FOREIGN) {
        name_at(ctx, k)
    } else {
        None
    }
}

/// A province name at token `k`, written with a capital, punctuation
/// included ("TP.HCM", "TP. Cần Thơ", "Bà Rịa - Vũng Tàu"): its length.
fn province_len(ctx: &Ctx, k: usize) -> Option<usize> {
    if !ctx.feat(k).any(Feat::PROVINCE_FIRST) || !ctx.is_cap(k) {
        return None;
    }
    ctx.lex.province_names.longest(&ctx.ids, &ctx.gaps, k).map(|(n, _)| n)
}

/// Words that name a level of administrative unit before a place name.
/// (Always inlined: asked at every word of the extent walk, 18,000 times
/// per 2 MB of news, where a call cost more than the byte test.)
#[inline(always)]
fn level_at(ctx: &Ctx, k: usize) -> usize {
    level_of(ctx, k, ctx.ltok(k))
}

/// [`level_at`] for the word `w` of token `k` (its `ltok`, asked once by
/// a caller that needs it for more).
/// (Asked at nearly every word of a name: a word whose first two bytes
/// open none of them is passed over before the string comparisons. The
/// test is inlined into every caller: some 85,000 calls per 2 MB of news
/// cost more than the test itself.)
#[inline(always)]
fn level_of(ctx: &Ctx, k: usize, w: &str) -> usize {
    if !may_be_level(w) {
        return 0;
    }
    level_word(ctx, k, w)
}

/// True when `w` starts as a level word of [`level_word`] does: "tỉ"
/// (t and the first byte of "ỉ"), "th", "tp", "hu", "qu", "xã", "ph",
/// "bả", "ấ". ("trung", "trường", "hội", "ban", the commonest words of
/// names opened by t, h or b, are passed over; the test
/// `may_be_level_admits_every_level_word` checks the list.)
#[inline(always)]
fn may_be_level(w: &str) -> bool {
    matches!(
        w.as_bytes(),
        [b't', 0xE1 | b'h' | b'p', ..]
            | [b'h' | b'q', b'u', ..]
            | [b'x', 0xC3, ..]
            | [b'p', b'h', ..]
            | [b'b', 0xE1, ..]
            | [0xE1, ..]
            | [b'q' | b'h' | b'p']
            | [b't', b'x' | b't']
    )
}

/// [`level_of`] for a word whose first byte opens a level word. A
/// syllable that ends a word with the one before it ([`Ctx::ends_word`])
/// is that word's, unless a unit of its level is named after it:
/// "Phát triển nông thôn tỉnh …", "Phát triển nông thôn Bình Định" hold
/// no level word; "Đoàn xã Phú Hải", "Hội Sinh vật cảnh tỉnh Bắc Ninh" do.
#[inline(never)]
fn level_word(ctx: &Ctx, k: usize, w: &str) -> usize {
    match w {
        // "UBND huyện đảo Trường Sa": an island district.
        "huyện" if ctx.ltok(k + 1) == "đảo" && ctx.joined(k) && ctx.joined(k + 1) && ctx.is_cap(k + 2) => 2,
        "tỉnh" | "huyện" | "quận" | "xã" | "phường" | "thôn" | "ấp" | "bản" | "tp"
            if ctx.ends_word(k) && !names_unit(ctx, k, w) =>
        {
            0
        }
        "tỉnh" | "huyện" | "quận" | "xã" | "phường" | "thôn" | "ấp" | "bản" | "tp" => 1,
        "thành" if ctx.ltok(k + 1) == "phố" && ctx.joined(k) => 2,
        "thị" if matches!(ctx.ltok(k + 1), "xã" | "trấn") && ctx.joined(k) => 2,
        // "Q.Cầu Giấy", "H.Bình Chánh", "P.Bến Nghé", "TX.Sơn Tây", "Q.1":
        // the press's abbreviated level words, a capital and a dot glued
        // to the unit's name or number.
        "q" | "h" | "p" | "tx" | "tt" if abbreviated_level(ctx, k) => 1,
        _ => 0,
    }
}

/// True when the abbreviation at `k` ("Q", "H", "P", "TX", "TT") is
/// written as a level word: in capitals, with a dot glued to it and then
/// to a capitalised name or a number ("Q.Tân Bình", "P.12").
fn abbreviated_level(ctx: &Ctx, k: usize) -> bool {
    ctx.tok(k).bytes().all(|b| b.is_ascii_uppercase())
        && ctx.tok(k + 1) == "."
        && ctx.gaps.get(k + 1) == Some(&Gap::Glued)
        && ctx.gaps.get(k + 2) == Some(&Gap::Glued)
        && (ctx.is_cap(k + 2) || ctx.kind(k + 2) == Some(TokenKind::Number))
        // ("H.R. McMaster": initials.)
        && ctx.tok(k + 3) != "."
}

/// Whether the level word `w` at `k` is followed by the name of a unit of
/// its level: a capitalised name or a number, and a province only after
/// "tỉnh" or "tp" (a unit below a province is not named by a province:
/// "nông thôn Bình Định" is rural Bình Định).
fn names_unit(ctx: &Ctx, k: usize, w: &str) -> bool {
    let next = k + 1;
    ctx.joined(k)
        && (ctx.is_cap(next) || ctx.kind(next) == Some(TokenKind::Number))
        && (matches!(w, "tỉnh" | "tp") || province_len(ctx, next).is_none())
}

/// A place after a level word at `k` ("tỉnh Yên Bái", "huyện Văn Chấn",
/// "quận 10", "TP.HCM"): its end token, or `None`.
fn place_at(ctx: &Ctx, k: usize) -> Option<usize> {
    place_after_level(ctx, k, level_at(ctx, k))
}

/// [`place_at`] for a caller that has read the level word at `k` already
/// (`lv`, from [`level_at`]): the extent walk asks both of each word.
/// (Inlined gate: at nearly every word asked there is neither a level word
/// nor a capitalised word opening a province, and the answer is no
/// without a call.)
#[inline(always)]
fn place_after_level(ctx: &Ctx, k: usize, lv: usize) -> Option<usize> {
    if lv == 0 && !(ctx.feat(k).any(Feat::PROVINCE_FIRST) && ctx.is_cap(k)) {
        return None;
    }
    place_after_level_walk(ctx, k, lv)
}

/// [`place_after_level`] at a level word or a capitalised word that opens
/// a province.
#[inline(never)]
fn place_after_level_walk(ctx: &Ctx, k: usize, lv: usize) -> Option<usize> {
    if let Some(n) = province_len(ctx, k) {
        return Some(k + n);
    }
    if lv == 0 {
        return None;
    }
    let mut j = k + lv;
    // "TP.Hà Nội", "TP.Đà Nẵng": a dot glued between the level word and
    // the place (the table spells "TP.HCM" whole).
    // "TP. Lào Cai", "Q. Tân Bình": the level word's abbreviating dot, then
    // a space and the place: a province, or two capitalised words the
    // first of which opens no sentence, form of address or role ("UBND TP.
    // Sau đó …", "… TP. Ông Nguyễn …" end there).
    let place_after_dot = |p: usize| {
        province_len(ctx, p).is_some()
            || (ctx.shape(p) == Shape::Title
                && !ctx.feat(p).any(Feat::STOPWORD | Feat::HONORIFIC_FIRST | Feat::ROLE_FIRST)
                && ctx.joined(p)
                && ctx.shape(p + 1) == Shape::Title)
    };
    // (Only after an abbreviation, "TP", "Tp", "Q", "TX": after a word,
    // "xã.", "tỉnh.", the dot ends the sentence.)
    let abbreviation = lv == 1 && (ctx.shape(k) == Shape::Upper || ctx.is_cap(k) && ctx.tok(k).chars().count() <= 2);
    if ctx.tok(j) == "."
        && ctx.gaps.get(j) == Some(&Gap::Glued)
        && matches!(ctx.gaps.get(j + 1), Some(&Gap::Glued | &Gap::Space))
        && (ctx.gaps.get(j + 1) == Some(&Gap::Glued) || abbreviation && place_after_dot(j + 1))
    {
        j += 1;
    }
    // "TP.HCM", "TP. Cần Thơ": the province table spells these.
    if let Some(n) = province_len(ctx, j).filter(|_| ctx.joined(j - 1) || ctx.tok(j - 1) == ".") {
        return Some(j + n);
    }
    // ("Q.Cầu Giấy", "TP.Vinh": the place glued to the level's dot.)
    let after_dot = ctx.tok(j - 1) == "." && ctx.gaps.get(j) == Some(&Gap::Glued);
    if !ctx.joined(j - 1) && !after_dot {
        return None;
    }
    // "quận 10", "phường 12".
    if ctx.kind(j) == Some(TokenKind::Number) && !ctx.tok(j).contains(['.', ',']) {
        return Some(j + 1);
    }
    let mut e = j;
    while e < j + 6 && ctx.shape(e) == Shape::Title && (e == j || ctx.joined(e - 1)) {
        // "tỉnh Cờ Lưu niệm": a capitalised word opening a lower-case word
        // is no part of the place.
        // "UBND TP Huỳnh Đức Thơ", "UBND tỉnh Nguyễn Văn Trì": a person
        // after the level word of a province or a city, which only a
        // province or a city's own name follows (the title before the body
        // is the person's: "Chủ tịch UBND tỉnh Nguyễn Văn Trì").
        if e == j && (person_at(ctx, e).is_some() || (province_level(ctx, k) && name_after_level(ctx, e).is_some())) {
            break;
        }
        if e > j
            && (head_here(ctx, e)
                || role_len(ctx, e).is_some()
                || officer_at(ctx, e)
                || (ctx.shape(e + 1) == Shape::Lower && ctx.is_word(e, 2)))
        {
            break;
        }
        e += 1;
    }
    (e > j).then_some(e)
}

/// A Vietnamese name of three syllables or more at `e`, after the first
/// words of a unit's name: the officer's ("UBND huyện Thanh Trì Đặng Đức
/// Quỳnh"), but not when the word at `e` still ends the unit's name and
/// the name starts after it ("UBND huyện Gia Lâm Nguyễn Ngọc Thuần").
fn officer_at(ctx: &Ctx, e: usize) -> bool {
    let full = |k: usize| person_at(ctx, k).is_some_and(|p| p >= k + 3);
    full(e) && !(ctx.joined(e) && full(e + 1))
}

/// True when the level word at `k` is a province's or a city's ("tỉnh",
/// "TP", "thành phố").
fn province_level(ctx: &Ctx, k: usize) -> bool {
    match ctx.ltok(k) {
        "tỉnh" | "tp" => true,
        "thành" => ctx.ltok(k + 1) == "phố",
        _ => false,
    }
}

/// True when a head word or a known body starts at `k`.
fn head_here(ctx: &Ctx, k: usize) -> bool {
    ctx.is_cap(k) && ctx.feat(k).any(Feat::ORG_HEAD_FIRST | Feat::ORG_KNOWN_FIRST) && head_at(ctx, k).is_some()
}

/// A known body's name, alias or acronym starting at token `i`, written as
/// the data requires: (tokens, body). Bodies added through the builder are
/// known bodies too ([`OrgTables::add_known`](crate::lexicon::organisations::OrgTables::add_known)).
/// (Inlined gate: most of the tokens it is asked of open no known body,
/// and the feature test is cheaper than the call.)
#[inline]
fn known_at(ctx: &Ctx, i: usize) -> Option<(usize, Option<u32>)> {
    if !ctx.feat(i).any(ctx.lex.org.known.first_feat()) {
        return None;
    }
    known_walk(ctx, i)
}

/// [`known_at`] at a token that opens an entry of the known bodies.
#[inline(never)]
fn known_walk(ctx: &Ctx, i: usize) -> Option<(usize, Option<u32>)> {
    let mut best = None;
    if let Some((n, (_, (id, surface)))) = ctx.phrase_at(i, &ctx.lex.org.known) {
        let written = &ctx.text[ctx.tokens[i].start()..ctx.tokens[i + n - 1].end()];
        let ok = match surface {
            // "cổ phiếu AKP", "mã AKP": a stock code, not the body with that
            // acronym; "768 MB": a unit.
            Surface::Acronym => {
                ctx.lex.org.bodies[*id as usize].acronym.as_deref() == Some(written)
                    && !ticker_before(ctx, i)
                    && !unit_after_number(ctx, i)
            }
            Surface::CommonWord => {
                (i..i + n).all(|k| ctx.kind(k) != Some(TokenKind::Word) || ctx.is_cap(k)) || press_before(ctx, i)
            }
            Surface::Name => ctx.is_cap(i) || ctx.shape(i) == Shape::Mixed || n > 1 && lower_head_of_known(ctx, i),
        };
        if ok {
            best = Some((n, Some(*id)));
        }
    }
    best
}

/// "đảng Dân chủ", "đảng Bảo thủ": a head the press writes in lower case
/// at the start of a known body's name (`known` in `org_heads.tsv`), the
/// name after it capitalised.
fn lower_head_of_known(ctx: &Ctx, i: usize) -> bool {
    ctx.joined(i) && ctx.is_cap(i + 1) && ctx.lex.org.heads.single(ctx.ids[i]).is_some_and(|hd| hd.known)
}

/// The tokens of a body the tables know by name at token `i`: a known
/// body ("Atletico Madrid", "CIA") or a brand that is no other word or
/// name ("Uber", "Lamborghini"), whatever follows it.
pub(crate) fn named_body_len(ctx: &Ctx, i: usize) -> Option<usize> {
    known_at(ctx, i).map(|(n, _)| n).or_else(|| {
        let (m, (_, brand)) = ctx.phrase_at(i, &ctx.lex.org.brands)?;
        if brand.ambiguous || !(ctx.is_cap(i) || ctx.shape(i) == Shape::Mixed) {
            return None;
        }
        Some(company_words_end(ctx, i + m) - i)
    })
}

/// "Quang Hải (Hà Nội FC)", "Đức Chinh (SHB Đà Nẵng)": a club the tables
/// know, in brackets from token `i` to the ")" that closes them.
pub(crate) fn club_in_brackets(ctx: &Ctx, i: usize) -> bool {
    known_at(ctx, i).is_some_and(|(n, id)| {
        ctx.tok(i + n) == ")" && id.is_some_and(|id| ctx.lex.org.bodies[id as usize].kind == "sport")
    })
}

/// "Samsung Electronics", "Masan Group": the end of the company's own
/// words after a brand that ends before token `e`.
fn company_words_end(ctx: &Ctx, mut e: usize) -> usize {
    while ctx.joined(e - 1) && ctx.is_cap(e) {
        match ctx.phrase_at(e, &ctx.lex.org.company_words) {
            Some((w, _)) => e += w,
            None => break,
        }
    }
    e
}

/// A news outlet or agency the known bodies list at token `i` ("TTXVN",
/// "VGP", "AFP"): what a photo credit names after the slash.
pub(crate) fn outlet_at(ctx: &Ctx, i: usize) -> bool {
    known_at(ctx, i).and_then(|(_, id)| id).is_some_and(|id| ctx.lex.org.bodies[id as usize].kind == "media")
}

/// True when a sports team's name opens at token `i`: a club or a team
/// the tables know ("Barcelona", "HAGL") or a team's head ("U23", "ĐT",
/// "CLB").
pub(crate) fn team_at(ctx: &Ctx, i: usize) -> bool {
    let known =
        known_at(ctx, i).and_then(|(_, id)| id).is_some_and(|id| ctx.lex.org.bodies[id as usize].kind == "sport");
    known || head_entry_at(ctx, i).is_some_and(|(_, h)| h.kind == "sport")
}

/// The number of tokens of an outlet's name at token `i` in a source
/// line: an outlet the tables know ("Reuters", "Tri Thức Trẻ"), or one
/// word that can name one no table knows ([`unknown_outlet_word`]:
/// "Techtimes", "VND").
pub(crate) fn source_len(ctx: &Ctx, i: usize) -> Option<usize> {
    let known =
        known_at(ctx, i).filter(|&(_, id)| id.is_some_and(|id| ctx.lex.org.bodies[id as usize].kind == "media"));
    known.map(|(n, _)| n).or_else(|| unknown_outlet_word(ctx, i, 2).then_some(1))
}

/// True when a word naming a stock code comes right before token `i`
/// ("mã AKP", "cổ phiếu AKP", "(mã: AKP)").
fn ticker_before(ctx: &Ctx, i: usize) -> bool {
    let mut p = i;
    if p > 0 && ctx.tok(p - 1) == ":" {
        p -= 1;
    }
    ctx.lex.org.ticker_before.ends_before(&ctx.ids, &ctx.gaps, p)
}

/// True when the word before token `i` names the press ("báo", "theo",
/// "PV", "Ảnh:") or a bracket or slash opens a credit.
fn press_before(ctx: &Ctx, i: usize) -> bool {
    if i == 0 {
        return false;
    }
    let mut p = i - 1;
    if matches!(ctx.tok(p), "(" | "/") {
        return true;
    }
    if ctx.tok(p) == ":" && p > 0 {
        p -= 1;
    }
    ctx.lex.org.press_before.ends_before(&ctx.ids, &ctx.gaps, p + 1)
}

/// The head word or known name at token `i`: (tokens used, is known body).
/// A head the press writes only with a capital must have one; a head of
/// facilities or events ("Hội chợ", "Trung tâm thương mại") opens no body.
pub(crate) fn head_at(ctx: &Ctx, i: usize) -> Option<(usize, bool)> {
    let f = ctx.feat(i);
    if !f.any(Feat::ORG_HEAD_FIRST | Feat::ORG_KNOWN_FIRST | Feat::KNOWN_FIRST) {
        return None;
    }
    let known = known_at(ctx, i).map(|(n, _)| n);
    let head = head_word_at(ctx, i);
    match (known, head) {
        (Some(k), Some(h)) if k >= h => Some((k, true)),
        (Some(k), None) => Some((k, true)),
        (_, Some(h)) => Some((h, false)),
        _ => None,
    }
}

/// A head word at `i` with the case it needs: its length.
fn head_word_at(ctx: &Ctx, i: usize) -> Option<usize> {
    head_entry_at(ctx, i).map(|(h, _)| h)
}

/// [`head_word_at`] with the head's row of the heads table.
/// (Inlined gate, as for [`known_at`].)
#[inline]
fn head_entry_at(ctx: &Ctx, i: usize) -> Option<(usize, Head)> {
    if !ctx.feat(i).any(ctx.lex.org.heads.first_feat()) {
        return None;
    }
    head_entry_walk(ctx, i)
}

/// [`head_entry_at`] at a token that opens an entry of the heads table.
#[inline(never)]
fn head_entry_walk(ctx: &Ctx, i: usize) -> Option<(usize, Head)> {
    let (longest, (k, hd)) = ctx.phrase_at(i, &ctx.lex.org.heads)?;
    let (mut h, mut key, mut head): (usize, &str, Head) = (longest, k.as_str(), *hd);
    // "chính phủ Nga": a government written in lower case before its
    // country's name.
    let of_country = head.country
        && ctx.joined(i + h - 1)
        && ctx.feat(i + h).any(Feat::COUNTRY_FIRST)
        && ctx.phrase_at(i + h, &ctx.lex.countries).is_some();
    // "Giám đốc sở Y tế": after a title the press writes any head in lower
    // case; elsewhere only the heads the data allows. A longer head the
    // press writes only with a capital leaves its first word, when that
    // is a head written in lower case, to open the name ("trường Cao đẳng
    // y tế Hưng Yên": "trường", then the school's name).
    if !ctx.is_cap(i) && !head.lower_ok && !role_before(ctx, i) && !of_country && h > 1 {
        let word = ctx.ltok(i);
        match ctx.lex.org.heads.single(ctx.ids[i]) {
            // (The longer head's next word written with its capital, as in
            // the name: "trường đại học và …" is no school's.)
            Some(one) if one.lower_ok && ctx.is_cap(i + 1) => (h, key, head) = (1, word, *one),
            _ => return None,
        }
    }
    if !ctx.is_cap(i) && !head.lower_ok && !role_before(ctx, i) && !of_country
        || head.caps && ctx.shape(i) != Shape::Upper
    {
        return None;
    }
    if head.placed && !(ctx.joined(i + h - 1) && (level_at(ctx, i + h) > 0 || place_at(ctx, i + h).is_some())) {
        return None;
    }
    // "Trung tâm thương mại", "Hội chợ", "Đài Loan": a facility, an event, a place.
    if ctx.phrase_at(i, &ctx.lex.org.not_heads).is_some_and(|(n, _)| n >= h) {
        return None;
    }
    // "Hội nghị", "Báo cáo", "Bộ phận": an ordinary word.
    if ctx.shape(i + h) == Shape::Lower
        && ctx.lex.not_after_head.get(key).is_some_and(|words| words.contains(ctx.ltok(i + h)))
    {
        return None;
    }
    // A head inside a longer word: "thông báo", "thị trường", "khoa học",
    // "Tờ trình", "Đoàn viên"; a lower-case head also after a capital
    // ("Thông báo số 60", "Thị trường 90 triệu dân", "Tượng đài Bác Hồ"),
    // but for a role's ("Trưởng phòng Tham mưu", the head of the
    // department) or a longer head's ("Văn phòng Luật sư …").
    let lower = !ctx.is_cap(i);
    // ("Trung Tâm Y Tế Dự Phòng": a head word finishing a word written
    // with capitals.)
    // (The head's length first: the word-list walk only for a one-word head.)
    if (h == 1 && i > 0 && ctx.joined(i - 1) && ctx.shape(i - 1) == ctx.shape(i) && ctx.is_word(i - 1, 2))
        || (lower
            && i > 0
            && ctx.joined(i - 1)
            && (ctx.shape(i - 1) == Shape::Lower
                || ctx.shape(i - 1) == Shape::Title
                    && !ctx.feat(i - 1).any(Feat::ROLE_FIRST)
                    && ctx.phrase_at(i - 1, &ctx.lex.org.heads).is_none_or(|(n, _)| n < 2))
            && ctx.is_word(i - 1, h + 1))
        || (ctx.shape(i + h) == Shape::Lower && ctx.joined(i + h - 1) && ctx.is_word(i, h + 1))
    {
        return None;
    }
    if i > 0 && ctx.gaps[i] == crate::lexicon::Gap::Glued {
        // "1191/UBND-KGVX": a document number; "Thành ủy-HĐND": the next body
        // of a list (read by the caller); "Hải Phòng": inside a place.
        if ctx.tok(i - 1) == "/" {
            return None;
        }
    }
    // "121/QĐ - UBND", "số 5/QĐ-UBND": the issuer's code inside a document
    // number ("Thành ủy-HĐND-UBND" is a list of bodies).
    if i >= 3 && ctx.tok(i - 1) == "-" && ctx.shape(i - 2) == Shape::Upper && ctx.tok(i - 3) == "/" {
        return None;
    }
    // "thôn Sở Hạ", "anh Trường Hồng": a place or a person named with a head word.
    if inside_place(ctx, i) || (i > 0 && ctx.joined(i - 1) && (level_at(ctx, i - 1) > 0 || honorific_before(ctx, i))) {
        return None;
    }
    // "báo Sở Y tế", "trình báo Công an": a lower-case word before another
    // body is a verb, not a head.
    // ("Trưởng ban Ban Công tác …": the title's body is the next one.)
    if lower && ctx.joined(i + h - 1) && head_here(ctx, i + h) && (!role_before(ctx, i) || same_head(ctx, i, h, i + h))
    {
        return None;
    }
    // "Chánh văn phòng Priebus", "Tổng thanh tra Khalid Abu": the role's
    // last words and its holder, no body.
    if i > 0
        && ctx.joined(i - 1)
        && ctx.shape(i + h) == Shape::Title
        && ctx.restore.is_none()
        && role_ends_with(ctx, i, h)
        && holder_at(ctx, i + h)
    {
        return None;
    }
    // A head ends a line or a sentence: no name follows.
    (ctx.joined(i + h - 1) || h > 1 || ctx.shape(i) == Shape::Upper).then_some((h, head))
}

/// True when an honorific ("anh", "bà") comes right before token `i`.
/// (Asked at nearly every head word: the table is looked up only at a word
/// that opens one of its entries.)
fn honorific_before(ctx: &Ctx, i: usize) -> bool {
    let opens = |k: usize| ctx.feat(k).any(ctx.lex.honorifics.first_feat());
    (opens(i - 1) && ctx.lex.honorifics.has(&ctx.ids, &ctx.gaps, i - 1, 1))
        || (i > 1 && opens(i - 2) && ctx.lex.honorifics.has(&ctx.ids, &ctx.gaps, i - 2, 2))
}

/// True when a role ends right before token `i` ("Giám đốc sở …") or
/// with the head at `i` ("Trưởng ban Tổ chức Tỉnh ủy", "Tổng thanh tra
/// Chính phủ": the role's last words open the body).
/// (Inlined gates: asked some 19,000 times per 2 MB of news, nearly always
/// where no capitalised word opening a role comes in the four tokens
/// before; only such a word is walked, out of line.)
#[inline]
fn role_before(ctx: &Ctx, i: usize) -> bool {
    // Titles before a name or a body start with a capital ("Giám đốc sở").
    let opens = ctx.lex.roles.first_feat();
    i > 0
        && ctx.joined(i - 1)
        && (i.saturating_sub(4)..i).any(|s| ctx.feat(s).any(opens) && ctx.is_cap(s) && role_ends_at(ctx, s, i))
}

/// True when a role written with a capital ends with the head of `h`
/// tokens at `i` ("Chánh văn phòng", "Trưởng phòng").
#[inline(never)]
fn role_ends_with(ctx: &Ctx, i: usize, h: usize) -> bool {
    let opens = ctx.lex.roles.first_feat();
    (i.saturating_sub(3)..i).any(|s| {
        ctx.feat(s).any(opens) && ctx.is_cap(s) && ctx.phrase_at(s, &ctx.lex.roles).is_some_and(|(n, _)| s + n == i + h)
    })
}

/// A role starting at `s` ends right before token `i`, or with the head
/// that token `i` opens when the role has more words before it ("Trưởng
/// phòng", "Tổng thanh tra", "Chánh văn phòng"; see [`role_before`]).
#[inline(never)]
fn role_ends_at(ctx: &Ctx, s: usize, i: usize) -> bool {
    ctx.phrase_at(s, &ctx.lex.roles).is_some_and(|(n, _)| {
        // (Without diacritics a role's last word may only look like a
        // head, "Bo truong": only the one-word case, as before.)
        s + n == i
            || (n >= 2 && s + n == i + 1)
            || (s < i
                && s + n == i + 2
                && ctx.restore.is_none()
                && ctx.phrase_at(i, &ctx.lex.org.heads).is_some_and(|(h, _)| h == 2))
    })
}

/// [`Ctx::role_at`] at `i`, asked only at a word that opens a role (the
/// roles' first-word feature, the gate of the role walk itself): the
/// tokens the role takes. (Inlined gate: most heads and capitalised words
/// of names open no role, and the call cost more than the test.)
#[inline(always)]
fn role_len(ctx: &Ctx, i: usize) -> Option<usize> {
    if !ctx.feat(i).any(ctx.lex.roles.first_feat()) {
        return None;
    }
    ctx.role_at(i).map(|(n, _)| n)
}

/// True when token `i` is inside a province or country name that starts
/// before it ("Hải Phòng", "Tây Ban Nha").
fn inside_place(ctx: &Ctx, i: usize) -> bool {
    if i == 0 || !ctx.joined(i - 1) || !ctx.is_cap(i - 1) {
        return false;
    }
    (i.saturating_sub(3)..i).any(|s| {
        (s + 1..=i).all(|j| ctx.joined(j - 1) && ctx.is_cap(j - 1))
            && (super::provinces::province_at(ctx, s).is_some_and(|n| s + n > i)
                || ctx.phrase_at(s, &ctx.lex.countries).is_some_and(|(n, _)| s + n > i))
    })
}

/// Extends an organisation name from its head (tokens `i..i + head`) to its
/// end; returns the end token (exclusive) and an acronym in brackets.
pub(crate) fn extend<'a>(ctx: &Ctx<'a>, i: usize, head: usize) -> (usize, Option<&'a str>) {
    let e = extent(ctx, i, head);
    (e.end, e.acronym)
}

/// An acronym or short name in brackets at `k` ("(VUFO)", "(ĐHQG-HCM)",
/// "(Viettel)", "(CDC Yên Bái)"): its text and the token after the
/// closing bracket. A place in brackets ("(Hà Nội)") is not one.
/// (Inlined gate: asked after every known body and at the end of names,
/// where a bracket rarely opens; the call cost more than the byte test.)
#[inline(always)]
fn bracket_acronym<'a>(ctx: &Ctx<'a>, k: usize) -> Option<(&'a str, usize)> {
    if ctx.tok(k) != "(" {
        return None;
    }
    bracket_acronym_at(ctx, k)
}

/// [`bracket_acronym`] at an opening bracket.
#[inline(never)]
fn bracket_acronym_at<'a>(ctx: &Ctx<'a>, k: usize) -> Option<(&'a str, usize)> {
    // "(mã AKP)", "(mã: VNM)": the company's stock code.
    let mut k = k;
    if let Some((m, _)) = ctx.lex.org.ticker_before.phrases.longest(&ctx.ids, &ctx.gaps, k + 1) {
        let after = k + 1 + m + usize::from(ctx.tok(k + 1 + m) == ":");
        if ctx.shape(after) == Shape::Upper {
            k = after - 1;
        }
    }
    if !matches!(ctx.shape(k + 1), Shape::Upper | Shape::Mixed | Shape::Title) {
        return None;
    }
    if province_len(ctx, k + 1).is_some() || ctx.phrase_at(k + 1, &ctx.lex.countries).is_some() {
        return None;
    }
    // Up to four glued tokens: "ĐHQG-HCM", "VOV.VN".
    let (mut j, text) = glued_word(ctx, k + 1);
    let caps = text.chars().filter(|c| c.is_uppercase()).count();
    let short_name = ctx.shape(k + 1) == Shape::Title && text.is_ascii() && text.len() >= 3;
    if !(caps >= 2 || short_name) || text.chars().count() > 16 {
        return None;
    }
    // "(CDC Yên Bái)": the acronym and the unit.
    if caps >= 2 && ctx.tok(j) != ")" {
        j = province_len(ctx, j).map_or(j, |n| j + n);
    }
    (ctx.tok(j) == ")").then_some((text, j + 1))
}

/// True when the lower-case word at `k` may not continue a name: a verb or
/// another closing phrase.
fn ender_at(ctx: &Ctx, k: usize) -> bool {
    if !ctx.feat(k).any(Feat::ENDER_FIRST) {
        return false;
    }
    // A one-syllable ender opening a longer word is that word: "dự" ends
    // a name ("… Trung ương dự hội nghị"), "dự án" continues it.
    ctx.phrase_at(k, &ctx.lex.org_enders)
        .is_some_and(|(n, _)| n > 1 || !(ctx.joined(k) && ctx.shape(k + 1) == Shape::Lower && ctx.is_word(k, 2)))
}

/// A lower-case word of official names at `k` (one syllable, or a phrase
/// such as "phòng, chống"): tokens used.
fn name_word_at(ctx: &Ctx, k: usize) -> usize {
    if let Some((n, _)) = ctx.phrase_at(k, &ctx.lex.org.name_phrases) {
        return n;
    }
    // (A word of the set has its feature, restored words of text without
    // diacritics included: see the test `org_word_feature_covers_the_set`.
    // Most words asked have not, and are not hashed.)
    if !ctx.feat(k).any(Feat::ORG_WORD) {
        return 0;
    }
    let w = ctx.ltok(k);
    if ctx.kind(k) == Some(TokenKind::Word) && ctx.lex.org_words.contains(w) && !matches!(w, "ở" | "tại" | "của")
    {
        1
    } else {
        0
    }
}

/// A known body at `i` with what may follow its name: a country makes it
/// that country's body ("Bộ Quốc phòng Nga"), a place a local one ("Bộ đội
/// Biên phòng tỉnh Thanh Hóa"), "tại" a posting. Returns the end token, the
/// body when the name is exactly the known one, and a bracketed acronym.
fn known_extent<'a>(ctx: &Ctx<'a>, i: usize, len: usize, id: Option<u32>) -> (usize, Option<u32>, Option<&'a str>) {
    let mut e = i + len;
    let mut body = id;
    if ctx.joined(e - 1) {
        if let Some((m, _)) = ctx.phrase_at(e, &ctx.lex.countries).filter(|_| ctx.is_cap(e)) {
            // The known body is itself of that country ("Quốc hội Việt Nam").
            e += m;
            let country = &ctx.text[ctx.tokens[i + len].start()..ctx.tokens[e - 1].end()];
            if country != "Việt Nam" {
                body = None;
            }
        } else if let Some(p) = place_at(ctx, e)
            .filter(|_| id.is_none_or(|id| !CENTRAL_KINDS.contains(&ctx.lex.org.bodies[id as usize].kind.as_str())))
        {
            // "Bộ đội Biên phòng tỉnh Thanh Hóa", "Hội Nông dân huyện …": a
            // local body of a national one. A central body ("Quốc hội")
            // has none.
            e = p;
            body = None;
        }
    }
    // "Sáng kiến … - ASEAN (KASI)": a bracket after a body with another
    // acronym belongs to the longer phrase.
    let own = |a: &&str| {
        body.is_none() || id.is_none_or(|id| ctx.lex.org.bodies[id as usize].acronym.as_deref().is_none_or(|k| k == *a))
    };
    let acr = bracket_acronym(ctx, e).map(|(a, _)| a).filter(own);
    (e, body, acr)
}

/// A brand named alone at `i` and acting as a company: its length.
/// (Inlined gate, as for [`known_at`].)
#[inline]
fn brand_at(ctx: &Ctx, i: usize) -> Option<usize> {
    if !ctx.feat(i).any(Feat::BRAND_FIRST) || !(ctx.is_cap(i) || ctx.shape(i) == Shape::Mixed) {
        return None;
    }
    brand_walk(ctx, i)
}

/// [`brand_at`] at a capitalised token that opens a brand.
#[inline(never)]
fn brand_walk(ctx: &Ctx, i: usize) -> Option<usize> {
    let (m, (_, brand)) = ctx.phrase_at(i, &ctx.lex.org.brands)?;
    if m == 1 && unit_after_number(ctx, i) {
        return None;
    }
    let e = company_words_end(ctx, i + m);
    // "Samsung Galaxy", "Toyota Vios", "iPhone 15": a product.
    if ctx.joined(e - 1) && (ctx.is_cap(e) || ctx.kind(e) == Some(TokenKind::Number) || ctx.shape(e) == Shape::Mixed) {
        return None;
    }
    // "xe Toyota", "điện thoại Samsung": the maker of a product.
    if i > 0 && ctx.joined(i - 1) && ctx.lex.org.product_before.ends_before(&ctx.ids, &ctx.gaps, i) {
        return None;
    }
    // Also a person, a place or a common word: only as the actor of a verb.
    if brand.ambiguous && !(ctx.joined(e - 1) && ender_at(ctx, e)) {
        return None;
    }
    Some(e - i)
}

/// The features of a word that can open a mention: a head word, a known
/// body, a brand or a classifier. (A province opens one only after a word
/// of a match, never as a text's first word.)
pub(crate) const OPENS: Feat =
    Feat(Feat::ORG_HEAD_FIRST.0 | Feat::ORG_KNOWN_FIRST.0 | Feat::BRAND_FIRST.0 | Feat::CLASSIFIER_FIRST.0);

/// The organisation mentions of the text, in order of their first token.
/// (The resolver calls [`recognize_into`]; this is for the stage
/// benchmarks.)
#[cfg(feature = "bench-internals")]
pub(crate) fn recognize<'a>(ctx: &Ctx<'a>) -> Vec<OrgHit<'a>> {
    let mut out = Vec::new();
    recognize_into(ctx, &mut out);
    out
}

/// [`recognize`] into `out` (emptied first): the resolver hands in the
/// vector of its last document, so that a thread allocates it once.
///
/// The scan stops at each word whose features may open a mention (or a
/// province, for a club named by its place) and reads it by [`Scan::at`]:
/// each step, in order, decides where the scan goes on, or leaves the word
/// to the next step.
pub(crate) fn recognize_into<'a>(ctx: &Ctx<'a>, out: &mut Vec<OrgHit<'a>>) {
    out.clear();
    // Sized for news text (a mention every couple of hundred bytes): one
    // allocation where growing one push at a time took several.
    out.reserve(ctx.text.len() / 200 + 4);
    let n = ctx.tokens.len();
    let mut scan = Scan { ctx, out };
    let mut i = 0;
    while i < n {
        i = ctx.next_with(i, OPENS | Feat::PROVINCE_FIRST | Feat::DESIGNATOR_FIRST | Feat::DOMAIN);
        if i >= n {
            break;
        }
        i = scan.at(i);
    }
    branches(ctx, out);
    source_sign_off(ctx, out);
    author_outlet(ctx, out);
    lead_source(ctx, out);
    channels(ctx, out);
    named_organisations(ctx, out);
}

/// "Vietcombank chi nhánh Hà Nội", "Ngân hàng Nhà nước Chi nhánh tỉnh An
/// Giang", "Ngân hàng Công thương chi nhánh 3", "trường mầm non Sen Vàng
/// chi nhánh Minh Khai": a body and "chi nhánh" with the branch's name (a
/// place, maybe after its level word, capitalised words, a street's name
/// or a number) are one body, the branch (rule `org.branch`: the resolver
/// does not cut it where a person's name was read); the parent keeps its own
/// mention inside it (so does the parent of a branch the head's walk read
/// whole). The "Chi nhánh …" the scan read as a body of its own is the
/// branch's name. Not "chi nhánh tại Anh", a branch described by
/// where it is, nor a body with its acronym in brackets before the word.
fn branches<'a>(ctx: &Ctx<'a>, out: &mut Vec<OrgHit<'a>>) {
    // (The end of the last branch read: a body named inside the parent,
    // "Agribank" of "Ngân hàng Agribank", is no second branch.)
    let mut read_to = 0;
    let mut x = 0;
    while x < out.len() {
        let h = &out[x];
        // "Ngân hàng NN&PTNT Chi nhánh Hà Tĩnh", read whole by the head's
        // walk: the branch, and its parent named inside it.
        let inner = (h.rule == "org.head" && h.first >= read_to)
            .then(|| {
                (h.first + 1..h.last.saturating_sub(2)).find_map(|j| branch_word(ctx, j).filter(|&c| c + 2 < h.last))
            })
            .flatten();
        if let Some(c) = inner {
            // (The parent ends before the dash, if one is written.)
            let j = if matches!(ctx.tok(c - 1), "-" | "–") { c - 1 } else { c };
            let known = known_at(ctx, h.first).filter(|&(m, _)| h.first + m == j).and_then(|(_, id)| id);
            let parent = OrgHit::proper(ctx, h.first, j, known, None, "org.parent");
            read_to = h.last;
            out[x].rule = "org.branch";
            out.insert(x + 1, parent);
            x += 2;
            continue;
        }
        let k = h.last;
        let c = branch_word(ctx, k).filter(|_| h.first >= read_to && h.acronym.is_none() && h.bracket.is_none());
        // (A "Chi nhánh …" the scan read as a body is read again: the
        // scan's walk may take a street's name for a person's, or run on.)
        let Some((c, e)) = c.and_then(|c| Some((c, branch_name_end(ctx, c + 2)?))) else {
            x += 1;
            continue;
        };
        let read = out.iter().position(|g| g.first == c);
        // "… Chi nhánh Cần Thơ (VCCI Cần Thơ)": the acronym of the branch
        // the scan read.
        let (acronym, end) = match read.map(|y| &out[y]) {
            Some(g) if g.last == e && g.acronym.is_some() => (g.acronym, g.end),
            _ => (None, ctx.tokens[e - 1].end()),
        };
        let parent = out[x].clone();
        let s = ctx.tokens[parent.first].start();
        out[x] = OrgHit {
            start: s,
            end,
            name: Cow::Borrowed(&ctx.text[s..ctx.tokens[e - 1].end()]),
            acronym,
            known: None,
            bare_acronym: false,
            proper: true,
            generic: false,
            first: parent.first,
            last: e,
            bracket: None,
            key: 0..0,
            rule: "org.branch",
        };
        if let Some(y) = read {
            out.remove(y);
        }
        out.insert(x + 1, parent);
        read_to = e;
        x += 2;
    }
}

/// "chi nhánh" (any case) at token `k`, or after a dash there ("Ngân hàng
/// HDBank – Chi nhánh Phú Nhuận"), right after a name: the token of "chi".
fn branch_word(ctx: &Ctx, k: usize) -> Option<usize> {
    if k == 0 {
        return None;
    }
    let c = if matches!(ctx.tok(k), "-" | "–") && ctx.gaps[k] == Gap::Space { k + 1 } else { k };
    let at = (c == k && ctx.joined(k - 1) || c == k + 1 && ctx.joined(k))
        && ctx.joined(c)
        && ctx.ltok(c) == "chi"
        && ctx.ltok(c + 1) == "nhánh";
    at.then_some(c)
}

/// The end of a branch's name from token `j`, after "chi nhánh": "số 3",
/// "3", or a place or capitalised words (up to five), maybe after a level
/// word ("tỉnh", "huyện", "TP"); `None` when no name is there.
pub(crate) fn branch_name_end(ctx: &Ctx, j: usize) -> Option<usize> {
    let j = if ctx.ltok(j) == "số" && ctx.joined(j) { j + 1 } else { j };
    if ctx.digits(j).is_some() {
        return Some(j + 1);
    }
    let lv = level_at(ctx, j);
    let j = if lv > 0 && ctx.joined(j + lv - 1) { j + lv } else { j };
    if let Some(m) = province_len(ctx, j) {
        return Some(j + m);
    }
    if !ctx.is_cap(j) || head_here(ctx, j) {
        return None;
    }
    // "chi nhánh Mạc Thị Bưởi": a branch named by its street, a person's
    // name, is named by that name alone.
    if let Some(end) = person_at(ctx, j) {
        return Some(end);
    }
    // ("St.Louis": words glued by a dot or a hyphen are one. A person's
    // name after the branch's is no part of it: "… chi nhánh Thủ Đức
    // Nguyễn Văn A".)
    let mut e = glued_name(ctx, j);
    while e < j + 5 && ctx.joined(e - 1) && ctx.is_cap(e) && !head_here(ctx, e) && person_at(ctx, e).is_none() {
        e = glued_name(ctx, e);
    }
    Some(e)
}

/// "kênh VTV6", "kênh truyền hình HBO", "kênh K+", "kênh Cinemax": after
/// "kênh" (a canal, or a television channel), a name written as an acronym
/// (letters and digits) or in Latin words that are no Vietnamese syllable
/// and no given name is a channel, an outlet (rule `org.channel`); a
/// canal's name is Vietnamese syllables ("kênh Nhiêu Lộc"), and an outlet
/// the tables know is read as that outlet already. Pushed in order.
fn channels<'a>(ctx: &Ctx<'a>, out: &mut Vec<OrgHit<'a>>) {
    // (The word is found by a byte search of the lower-case view: a walk
    // over the words that open a place's phrase met thousands per MB.)
    static FINDERS: std::sync::LazyLock<[memchr::memmem::Finder<'static>; 2]> =
        std::sync::LazyLock::new(|| ["kênh", "kenh"].map(|w| memchr::memmem::Finder::new(w.as_bytes()).into_owned()));
    let n = ctx.tokens.len();
    for finder in FINDERS.iter() {
        for at in finder.find_iter(ctx.lower.as_bytes()) {
            let i = ctx.token_from(at);
            if i + 1 >= n || ctx.tokens[i].start() != at || !matches!(ctx.ltok(i), "kênh" | "kenh") {
                continue;
            }
            // ("con kênh", "dòng kênh": a canal.)
            if i > 0 && matches!(ctx.ltok(i - 1), "con" | "dòng" | "bờ" | "lòng") {
                continue;
            }
            let tv = ctx.ltok(i + 1) == "truyền" && ctx.ltok(i + 2) == "hình" && ctx.joined(i + 1);
            let k = if tv { i + 3 } else { i + 1 };
            if let Some(e) = channel_name(ctx, k).filter(|_| ctx.joined(k - 1)) {
                insert_unless_read(ctx, out, k, e, "org.channel");
            }
        }
    }
}

/// Bodies named by a foreign name after a lower-case kind noun of
/// `org_kind_nouns.tsv` (rule `org.kind_word`), pushed in order unless a
/// mention is there already:
/// - "thuộc tổ chức Anonymous", "đại diện tổ chức Action Aid": after the
///   noun "tổ chức" (a word of `org_noun_before.txt` before it: elsewhere
///   it is the verb "to organise", "đã tổ chức SEA Games");
/// - "thuộc đảng Minjoo", "đảng cầm quyền Saenuri", "đảng cực hữu Jobbik":
///   after "đảng", maybe a word of where the party stands between them;
/// - "trang Imgur", "trang tin Autobytel": after "trang" (a site);
///
/// not after a word that makes the noun part of another ("băng đảng
/// MS-13", a gang; "Công đảng Corbyn"; "vũ trang Syria", "thời trang
/// Haute Couture"). The name is an acronym, or Latin words that are no
/// Vietnamese syllable ([`foreign_name_end`]).
fn named_organisations<'a>(ctx: &Ctx<'a>, out: &mut Vec<OrgHit<'a>>) {
    for noun in &ctx.lex.org.kind_nouns {
        for at in noun.finder.find_iter(ctx.lower.as_bytes()) {
            let i = ctx.token_from(at);
            // (Written in lower case: "Tổ chức", "Đảng" with a capital open a
            // body's name, read as a head.)
            if i == 0
                || i + noun.words >= ctx.tokens.len()
                || ctx.tokens[i].start() != at
                || ctx.shape(i) != Shape::Lower
            {
                continue;
            }
            if let Some((k, e)) = kind_noun_name(ctx, noun, i) {
                insert_unless_read(ctx, out, k, e, "org.kind_word");
            }
        }
    }
}

/// The body's name after the kind noun `noun` at token `i`: its first and
/// end tokens, past up to two of the noun's words between.
fn kind_noun_name(ctx: &Ctx, noun: &KindNoun, i: usize) -> Option<(usize, usize)> {
    let mut k = i + noun.words;
    if (i..k).any(|j| !ctx.joined(j)) {
        return None;
    }
    if noun.noun_before && !ctx.lex.org.noun_before.ends_before(&ctx.ids, &ctx.gaps, i) {
        return None;
    }
    if noun.no_compound && ctx.joined(i - 1) && (ctx.is_cap(i - 1) || ctx.is_word(i - 1, noun.words + 1)) {
        return None;
    }
    for _ in 0..2 {
        match noun.between.longest(&ctx.ids, &ctx.gaps, k) {
            Some((m, _)) if ctx.joined(k + m - 1) => k += m,
            _ => break,
        }
    }
    // (A brand is read, or refused, by its own rule: "trang Facebook" is a
    // page, not the company.)
    if ctx.phrase_at(k, &ctx.lex.org.brands).is_some() {
        return None;
    }
    foreign_name_end(ctx, k).map(|e| (k, e))
}

/// The end of a body's foreign name at `k` ([`channel_name`]), not one
/// that goes on past an apostrophe or a hyphen the reading stops at
/// ("Emily’s List", "Hisb-e Islami") or in English ("Abu Bakr
/// al-Baghdadi"), and not a head word opening a body's name of its own
/// ("Ban cán sự đảng UBND tỉnh").
fn foreign_name_end(ctx: &Ctx, k: usize) -> Option<usize> {
    let cut = |e: usize| {
        ctx.gaps.get(e) == Some(&Gap::Glued) && matches!(ctx.tok(e), "'" | "’" | "-")
            || ctx.joined(e - 1)
                && ctx.shape(e) == Shape::Lower
                && ctx.tok(e).is_ascii()
                && !ctx.feat(e).any(Feat::WORD_FIRST)
    };
    channel_name(ctx, k).filter(|&e| !cut(e) && head_word_at(ctx, k).is_none())
}

/// The end of a channel's name at token `k`: an acronym of capitals and
/// digits ("VTV6", "HTV7", "K+"), or Latin words that are no Vietnamese
/// syllable and no given name ("Cinemax", "Star Movies").
///
/// Not a canal's code ("kênh N1", "kênh T2", "kênh A41": one letter and
/// digits), a sales channel ("kênh B2B"), nor a country or a province
/// ("kênh truyền hình Syria").
fn channel_name(ctx: &Ctx, k: usize) -> Option<usize> {
    let t = ctx.tok(k);
    let plus = ctx.tok(k + 1) == "+" && ctx.gaps.get(k + 1) == Some(&Gap::Glued);
    let letters = t.bytes().take_while(u8::is_ascii_uppercase).count();
    let acronym = (letters >= 2 || plus && letters == t.len()) && t.bytes().skip(letters).all(|b| b.is_ascii_digit());
    if acronym {
        return Some(k + 1 + usize::from(plus));
    }
    if ctx.phrase_at(k, &ctx.lex.countries).is_some() || province_len(ctx, k).is_some() {
        return None;
    }
    let first = latin_name_word(ctx, k, false) && t.len() >= 3 && !ctx.feat(k).any(Feat::WORD_FIRST);
    if !first {
        return None;
    }
    // ("Press TV", "Channel A", "Star World".)
    let mut e = k + 1;
    while e < k + 4 && ctx.joined(e - 1) && latin_name_word(ctx, e, false) {
        e += 1;
    }
    // "Channel 4".
    if ctx.joined(e - 1) && ctx.digits(e).is_some() {
        e += 1;
    }
    Some(e)
}

/// A capitalised word of ASCII letters (and digits, when `digits`) that
/// is no family or given name: a word of an outlet's or a channel's name
/// ("Webtretho", "Thethao247", "Cinemax"), which the callers narrow.
fn latin_name_word(ctx: &Ctx, j: usize, digits: bool) -> bool {
    ctx.is_cap(j)
        && ctx.tok(j).bytes().all(|b| b.is_ascii_alphabetic() || digits && b.is_ascii_digit())
        && !ctx.feat(j).any(Feat::GIVEN | Feat::SURNAME)
}

/// "(Baonghean) - Sáng 5/2, …", "(TITC) – Chiều 4/2": the outlet in
/// brackets before a dash that opens the article's lead (within its first
/// four lines), one to three capitalised words. Pushed in order, unless a
/// mention is there already.
fn lead_source<'a>(ctx: &Ctx<'a>, out: &mut Vec<OrgHit<'a>>) {
    for n in 0..4 {
        let r = ctx.line_range(n);
        if r.start >= ctx.text.len() || r.start >= ctx.furniture {
            return;
        }
        let k = ctx.token_from(r.start);
        if ctx.tok(k) != "(" || ctx.tokens.get(k).is_none_or(|t| t.start() >= r.end) {
            continue;
        }
        let Some(close) = (k + 2..(k + 5).min(ctx.tokens.len())).find(|&j| ctx.tok(j) == ")") else {
            continue;
        };
        let named = (k + 1..close).all(|j| ctx.is_cap(j) || ctx.shape(j) == Shape::Mixed)
            && (k + 2..close).all(|j| ctx.joined(j - 1));
        if !named || !matches!(ctx.tok(close + 1), "-" | "–" | "—") {
            continue;
        }
        insert_unless_read(ctx, out, k + 1, close, "org.source");
        return;
    }
}

/// "… đang được điều tra. Theo Autodaily", "Lê Kiên (Theo BI)": the source
/// an article ends with names an outlet, even one no table knows, when
/// its name is an acronym ("Theo PNVN") or a word of Latin letters that is
/// no Vietnamese syllable and no given name ("Theo Webtretho", "Theo VPF
/// Media"; not "Theo Minh Minh", "Theo Hà Anh", an author). Pushed in
/// order, unless a mention is there already.
fn source_sign_off<'a>(ctx: &Ctx<'a>, out: &mut Vec<OrgHit<'a>>) {
    let end = ctx.token_from(ctx.furniture.min(ctx.text.len()));
    // ("Tham khảo: Engadget": the source the article was written from.)
    let reference = |k: usize| k > 0 && ctx.ltok(k) == "khảo" && ctx.ltok(k - 1) == "tham" && ctx.joined(k - 1);
    let Some(t) = (end.saturating_sub(8)..end).rev().find(|&k| matches!(ctx.ltok(k), "theo" | "nguồn") || reference(k))
    else {
        return;
    };
    let first = if reference(t) { t - 1 } else { t };
    let opens = first == 0
        || matches!(ctx.tok(first - 1), "." | "!" | "?" | "\"" | "”" | "(")
        || ctx.gaps[first] == Gap::Other
        || reference(t) && ctx.is_cap(first - 1);
    let k = if ctx.tok(t + 1) == ":" { t + 2 } else { t + 1 };
    if !opens || k >= end || !ctx.joined(k - 1) && ctx.tok(k - 1) != ":" {
        return;
    }
    if !unknown_outlet_word(ctx, k, 2) {
        return;
    }
    // ("Theo Press TV", "Theo PC World"; not the author after it: "Theo
    // Boldsky Minh Minh".)
    // (Not the reporter after it: "Theo TTXVN PV -".)
    let mut e = k + 1;
    while e < end
        && ctx.joined(e - 1)
        && latin_name_word(ctx, e, true)
        && !ctx.feat(e).any(Feat::ROLE_FIRST | Feat::MORE_ROLE_FIRST)
    {
        e += 1;
    }
    // "Theo PV/Baodatviet.vn": the reporter of the outlet after the slash.
    if ctx.tok(e) == "/" {
        return;
    }
    // Nothing but an author's name, a bracket, a full stop or a dash after it.
    let rest_ok = end - e <= 4
        && (e..end).all(|j| ctx.kind(j) != Some(TokenKind::Punct) || matches!(ctx.tok(j), ")" | "." | "/" | "-" | "–"));
    if rest_ok {
        insert_unless_read(ctx, out, k, e, "org.source");
    }
}

/// A word at `k` that can name an outlet no table knows: an acronym
/// (`min_acronym` to eight letters: "PNVN", "QTM") or a word of Latin
/// letters, four or more, that is no Vietnamese syllable, no given name
/// and no foreign word the tables know ("Webtretho", "Trithucthoidai").
fn unknown_outlet_word(ctx: &Ctx, k: usize, min_acronym: usize) -> bool {
    let latin_word =
        latin_name_word(ctx, k, true) && ctx.tok(k).len() >= 4 && !ctx.feat(k).any(Feat::WORD_FIRST | Feat::FOREIGN);
    let acronym = ctx.shape(k) == Shape::Upper && (min_acronym..=8).contains(&ctx.tok(k).chars().count());
    acronym || latin_word
}

/// "… Thành Nhơn (Trithucthoidai)", "Theo PV (QTM)": the outlet in
/// brackets after the author's name (or "PV") that ends an article, one
/// word that can name an outlet ([`unknown_outlet_word`]; an acronym of
/// three letters or more: "(TH)" is "tổng hợp", compiled; none after a
/// name in capitals), the bracket ending the article. Pushed in order,
/// unless a mention is there already.
fn author_outlet<'a>(ctx: &Ctx<'a>, out: &mut Vec<OrgHit<'a>>) {
    // (No full stop after the bracket: "… Đông Nam Á (ASEAN)." ends a
    // sentence.)
    let end = ctx.token_from(ctx.furniture.min(ctx.text.len()));
    if end < 5 || ctx.tok(end - 1) != ")" || ctx.tok(end - 3) != "(" {
        return;
    }
    let (open, k) = (end - 3, end - 2);
    let author = ctx.is_cap(open - 1) && ctx.kind(open - 1) == Some(TokenKind::Word) && ctx.joined(open - 1);
    // (After a name in capitals, capitals are its credit's word: "LÊ
    // PHƯƠNG (GHI)".)
    let capitals = (open - 2..open).all(|j| ctx.shape(j) == Shape::Upper && ctx.kind(j) == Some(TokenKind::Word));
    let min_acronym = if capitals { 9 } else { 3 };
    if author && unknown_outlet_word(ctx, k, min_acronym) {
        insert_unless_read(ctx, out, k, k + 1, "org.source");
    }
}

/// A mention of the proper name of tokens `k..e` (rule `rule`), put in
/// order among the mentions `out` (sorted by first token), unless one of
/// them covers any of its tokens already.
fn insert_unless_read<'a>(ctx: &Ctx<'a>, out: &mut Vec<OrgHit<'a>>, k: usize, e: usize, rule: &'static str) {
    if !out.iter().any(|h| h.first < e && h.last > k) {
        let at = out.partition_point(|h| h.first < k);
        out.insert(at, OrgHit::proper(ctx, k, e, None, None, rule));
    }
}

/// "Theo vtv.vn", "Nguồn: nld.com.vn", "(Theo Shanghaiist.com)": a site
/// the press cites, a name of dotted words whose top-level domain
/// (`web_domains.txt`, [`Feat::DOMAIN`]) is the word at `k`, right after a
/// word that names the press (or one that speaks to or publishes on a
/// site, `site_before.txt`: "trao đổi với Zing.vn", "đăng trên vtc.vn"),
/// is the outlet: (its first token, its end).
/// Not an address written inside a link or an e-mail ("@", "/" before
/// it), nor where a mention already ends after the site's first word.
fn cited_site(ctx: &Ctx, k: usize, out: &[OrgHit]) -> Option<(usize, usize)> {
    if k < 2 || ctx.tok(k - 1) != "." || ctx.gaps[k] != Gap::Glued || ctx.gaps[k - 1] != Gap::Glued {
        return None;
    }
    if ctx.kind(k - 2) == Some(TokenKind::Punct) {
        return None;
    }
    // The first word back over glued words, dots and hyphens; the end past
    // a second domain ("com.vn").
    let mut first = k - 2;
    while first >= 2
        && ctx.gaps[first] == Gap::Glued
        && matches!(ctx.tok(first - 1), "." | "-")
        && ctx.gaps[first - 1] == Gap::Glued
        && ctx.kind(first - 2).is_some_and(|x| x != TokenKind::Punct)
    {
        first -= 2;
    }
    let mut last = k + 1;
    while last + 1 < ctx.tokens.len()
        && ctx.tok(last) == "."
        && ctx.gaps[last] == Gap::Glued
        && ctx.gaps[last + 1] == Gap::Glued
        && ctx.feat(last + 1).any(Feat::DOMAIN)
    {
        last += 2;
    }
    let inside_link = first > 0 && ctx.gaps[first] == Gap::Glued && matches!(ctx.tok(first - 1), "@" | "/" | ":");
    let start = ctx.tokens[first].start();
    let taken = out.last().is_some_and(|h| h.end > start);
    let site_before = first > 0 && ctx.lex.org.site_before.ends_before(&ctx.ids, &ctx.gaps, first);
    (!inside_link && !taken && (press_before(ctx, first) || site_before)).then_some((first, last))
}

/// The scan of [`recognize_into`]: the text, and the mentions found so far.
struct Scan<'c, 'a> {
    ctx: &'c Ctx<'a>,
    out: &'c mut Vec<OrgHit<'a>>,
}

/// What the two tables say of a word that may open a body, looked up once
/// for every step.
struct Opener {
    /// The word.
    i: usize,
    /// A known body's name from `i`: its length in tokens and its body.
    known: Option<(usize, Option<u32>)>,
    /// A head word from `i`: its length in tokens and its row.
    head_entry: Option<(usize, Head)>,
}

impl Opener {
    /// Looks the two tables up at `i` (each table once per token).
    fn look_up(ctx: &Ctx, i: usize) -> Opener {
        Opener { i, known: known_at(ctx, i), head_entry: head_entry_at(ctx, i) }
    }

    /// The head word's length in tokens.
    fn head(&self) -> Option<usize> {
        self.head_entry.map(|(h, _)| h)
    }
}

impl<'a> Scan<'_, 'a> {
    /// Reads the word at `i` and returns the token the scan goes on from:
    /// a club named by its place; whether the word may open a body at all;
    /// a person, a role, a facility or an event rather than a body; a
    /// classifier before a body's own name; a known body; a head word and
    /// its name; a brand.
    /// (Inlined: a call per word cost 2.8 M instructions per 2 MB of
    /// samples, the table questions inside it left out of line.)
    #[inline(always)]
    fn at(&mut self, i: usize) -> usize {
        let f = self.ctx.feat(i);
        if f.any(Feat::DOMAIN) {
            if let Some((first, last)) = cited_site(self.ctx, i, self.out) {
                let known = known_at(self.ctx, first).filter(|&(m, _)| first + m == last).and_then(|(_, id)| id);
                self.out.push(OrgHit::proper(self.ctx, first, last, known, None, "org.site"));
                return last;
            }
            if !f.any(OPENS | Feat::PROVINCE_FIRST | Feat::DESIGNATOR_FIRST) {
                return i + 1;
            }
        }
        if let Some(next) = self.club_named_by_place(i, f) {
            return next;
        }
        if f.any(Feat::DESIGNATOR_FIRST) {
            if let Some(next) = self.designated(i) {
                return next;
            }
        }
        if !f.any(OPENS) || !may_open(self.ctx, i, f) {
            return i + 1;
        }
        let o = Opener::look_up(self.ctx, i);
        if person_named_by_head(self.ctx, &o) || role_not_body(self.ctx, &o) {
            return i + 1;
        }
        facility_or_event(self.ctx, &o)
            .or_else(|| self.classified(i))
            .or_else(|| self.known_body(&o))
            .or_else(|| self.head_body(&o))
            .or_else(|| self.brand(i))
            .unwrap_or(i + 1)
    }

    /// "trận gặp Bình Định", "thua Hà Nội": a club named by its place after
    /// a word of a match. (At a capitalised word that can open a province,
    /// the word of a match before it first: rare, where places are not.)
    fn club_named_by_place(&mut self, i: usize, f: Feat) -> Option<usize> {
        let ctx = self.ctx;
        let after_match = f.any(Feat::PROVINCE_FIRST)
            && ctx.is_cap(i)
            && i > 0
            && ctx.joined(i - 1)
            && ctx.lex.org.match_before.ends_before(&ctx.ids, &ctx.gaps, i);
        if !after_match {
            return None;
        }
        let m = province_len(ctx, i)?;
        let (s, e) = (ctx.tokens[i].start(), ctx.tokens[i + m - 1].end());
        let club = ctx.lex.org.clubs_by_place.get(&ctx.lower[s..e])?;
        let known = ctx.lex.org.known.get(&crate::data::lower(club)).map(|(id, _)| *id);
        self.out.push(OrgHit::proper(ctx, i, i + m, known, None, "org.club_place"));
        Some(i + m)
    }

    /// "Gangwon FC", "Kangaroo Group", "Tesla Inc", "Asia Foundation": a
    /// capitalised English word saying what kind of body it is (a
    /// designator) closes a name of the capitalised words right before it
    /// (see [`designated_name`]). Designators after it are part of the name
    /// ("Asahi Group Holdings"), and so is an English complement
    /// ("Massachusetts Institute of Technology"). A capitalised word after
    /// all that makes the whole the name of something else ("AYA Bank
    /// Cup"), unless it names a country or a province. `None` when no
    /// name comes before the designator.
    fn designated(&mut self, i: usize) -> Option<usize> {
        let ctx = self.ctx;
        let (m, _) = ctx.phrase_at(i, &ctx.lex.org.designators)?;
        if i == 0 || !ctx.is_cap(i) {
            return None;
        }
        let mut e = i + m;
        while ctx.joined(e - 1) && ctx.is_cap(e) {
            match ctx.phrase_at(e, &ctx.lex.org.designators) {
                Some((w, _)) => e += w,
                None => break,
            }
        }
        // "… Institute of Technology", "… Bank for Industry and Trade".
        if ctx.joined(e - 1) && matches!(ctx.tok(e), "of" | "for") && ctx.joined(e) && ctx.is_cap(e + 1) {
            let mut k = e + 1;
            while k < e + 5 && (ctx.is_cap(k) || english_link(ctx, k) && ctx.is_cap(k + 1)) && ctx.joined(k) {
                k += 1;
            }
            e = if ctx.is_cap(k) { k + 1 } else { k };
        }
        let named_after = ctx.joined(e - 1)
            && ctx.is_cap(e)
            && province_len(ctx, e).is_none()
            && ctx.phrase_at(e, &ctx.lex.countries).is_none();
        if named_after {
            return None;
        }
        let floor = self.out.last().map_or(0, |h| h.last);
        let (s, known) = designated_name(ctx, i, e, floor)?;
        self.out.push(OrgHit::proper(
            ctx,
            s,
            e,
            known,
            None,
            if known.is_some() { "org.known" } else { "org.designated" },
        ));
        Some(e)
    }

    /// "hãng Grab", "tờ Sohu", "hãng nghiên cứu TrendForce": a classifier
    /// before the body's own name, a proper name that is not a person, a
    /// place or a country. A known body, a brand or a head there is read
    /// from there; `None` when no proper name follows the classifier.
    fn classified(&mut self, i: usize) -> Option<usize> {
        let ctx = self.ctx;
        let (m, _) = ctx.phrase_at(i, &ctx.lex.org.classifiers)?;
        let p = after_classifier(ctx, i + m);
        let proper = ctx.joined(p - 1)
            && (ctx.is_cap(p) || ctx.shape(p) == Shape::Mixed)
            && person_at(ctx, p).is_none()
            && province_len(ctx, p).is_none()
            && ctx.phrase_at(p, &ctx.lex.countries).is_none();
        if !proper {
            return None;
        }
        if known_at(ctx, p).is_some() || brand_at(ctx, p).is_some() || head_word_at(ctx, p).is_some() {
            // A known body, a brand or a head: read from there.
            return Some(p);
        }
        // Words glued by a hyphen or "&" are one ("Mercedes-Benz", "E&M").
        let mut e = glued_name(ctx, p);
        while e < p + 8 && ctx.joined(e - 1) && (ctx.is_cap(e) || ctx.shape(e) == Shape::Mixed) && !head_here(ctx, e) {
            e = glued_name(ctx, e);
        }
        self.out.push(OrgHit::proper(ctx, p, e, None, None, "org.classified"));
        Some(e)
    }

    /// A known body's name at the word, unless a head word reads longer
    /// there, and unless the name names something else here
    /// ([`known_name_refused`]): the mention to the end of the body's name.
    fn known_body(&mut self, o: &Opener) -> Option<usize> {
        let (len, id) = o.known.filter(|(k, _)| o.head().is_none_or(|h| *k >= h))?;
        if let Some(bureau) = bureau_end(self.ctx, o.i, len, id) {
            // The bureau, then the outlet named inside it.
            let ctx = self.ctx;
            if let Some(e) = bureau {
                self.out.push(OrgHit::proper(ctx, o.i, e, None, None, "org.bureau"));
            }
            let mut outlet = OrgHit::proper(ctx, o.i, o.i + len, id, None, "org.known");
            outlet.bare_acronym = true;
            self.out.push(outlet);
            return Some(bureau.unwrap_or(o.i + len));
        }
        if known_name_refused(self.ctx, o.i, len, id) {
            return Some(o.i + len);
        }
        Some(self.push_known(o.i, len, id))
    }

    /// Pushes the known body named from `i` (`len` tokens of the table, of
    /// body `id`) to the end of its name, with the known bodies named
    /// inside it; returns where the scan goes on.
    fn push_known(&mut self, i: usize, len: usize, id: Option<u32>) -> usize {
        let ctx = self.ctx;
        let (end, body, acronym) = known_extent(ctx, i, len, id);
        let (s, e) = (ctx.tokens[i].start(), ctx.tokens[end - 1].end());
        let bare_acronym = id.is_some()
            && body.is_some()
            && ctx.lex.org.bodies[id.unwrap_or(0) as usize].acronym.as_deref() == Some(&ctx.text[s..e]);
        let mention_end = if acronym.is_some() { closing_bracket(ctx, end) } else { e };
        self.out.push(OrgHit {
            start: s,
            end: mention_end,
            name: Cow::Borrowed(&ctx.text[s..e]),
            acronym,
            known: body,
            bare_acronym,
            proper: true,
            // "Bộ đội Biên phòng", "Chính phủ": a known body named by a head
            // word alone may be a local or foreign one named in full elsewhere.
            generic: end == i + len && ctx.lex.org.heads.contains(&ctx.lower[s..e]),
            first: i,
            last: end,
            bracket: None,
            key: 0..0,
            rule: "org.known",
        });
        nested_known(ctx, i, end, self.out);
        // Past "(VUFO)": the acronym is this mention's.
        after_mention(ctx, end, mention_end)
    }

    /// A head word at the word and the name it opens, when the name names a
    /// body ([`HeadName::names_a_body`]); `None` when no head is there.
    fn head_body(&mut self, o: &Opener) -> Option<usize> {
        let ctx = self.ctx;
        let i = o.i;
        let (h, hd) = o.head_entry?;
        // "hãng Grab", "tờ Sohu": a lower-case head before a known body or
        // a brand names that body.
        if !ctx.is_cap(i) && (known_at(ctx, i + h).is_some() || brand_at(ctx, i + h).is_some()) {
            return Some(i + h);
        }
        // (Whether the head names a body alone, looked up once for the
        // walk and the tests below.)
        let head_key = &ctx.lower[ctx.tokens[i].start()..ctx.tokens[i + h - 1].end()];
        let alone = ctx.lex.org_generic.contains(head_key);
        let x = extent_of_head(ctx, i, h, hd, alone);
        if delegation_of_known(ctx, i, h, hd, &x) {
            return Some(i + 1);
        }
        if head_in_plural(ctx, i, h) || x.plural {
            return Some(x.end.max(i + h));
        }
        let read = HeadName::read(ctx, i, h, hd, &x);
        if !read.names_a_body(ctx, i, h, hd, &x, alone) {
            return Some(i + h);
        }
        // "VCK U23 châu Á", "U20 thế giới": an age group and a region or
        // the world name a tournament, no team.
        if hd.team && tournament_after(ctx, i, h) {
            return Some(x.end);
        }
        if let Some(p) = company_proper_name(ctx, i, h, hd, &x, read.lower_head) {
            self.out.push(OrgHit::proper(ctx, p, x.end, None, x.acronym, "org.classified"));
            return Some(x.end);
        }
        Some(self.push_head(i, h, hd, x, &read))
    }

    /// Pushes the name a head opens (tokens `i..x.end`, head of `h`
    /// tokens), with the bodies named inside it; returns where the scan
    /// goes on.
    fn push_head(&mut self, i: usize, h: usize, hd: Head, x: Extent<'a>, read: &HeadName) -> usize {
        let ctx = self.ctx;
        // "Ngân hàng Sacombank", "Công ty Vinamilk": a head of companies
        // and a known company's name name that company; so do a club's, a
        // school's, a hospital's or an institute's head and a known body of
        // its kind ("CLB Man United", "ĐH Bách khoa Hà Nội"; not a team's
        // head, "U23 Việt Nam", nor a unit's inside a body, "Cơ quan CSĐT
        // Công an TP.HCM").
        // (The walk only after such a head.)
        let named_by_kind = matches!(hd.kind, "sport" | "university" | "school" | "hospital" | "research");
        let of_kind = |id: u32| hd.company || ctx.lex.org.bodies[id as usize].kind == hd.kind;
        let known_inside = (hd.company || named_by_kind && !hd.team)
            .then(|| known_at(ctx, i + h))
            .flatten()
            .filter(|&(m, id)| id.is_some_and(of_kind) && i + h + m == x.end)
            .and_then(|(_, id)| id);
        let (s, e) = (ctx.tokens[i].start(), ctx.tokens[x.end - 1].end());
        let name = match x.bracket {
            Some((a, b)) => {
                let (pa, pb) = (ctx.tokens[a].start(), ctx.tokens[b].start());
                Cow::Owned(format!("{} {}", ctx.text[s..pa].trim_end(), &ctx.text[pb..e]))
            }
            None => Cow::Borrowed(&ctx.text[s..e]),
        };
        let mention_end = if x.acronym.is_some() && x.bracket.is_none() { closing_bracket(ctx, x.end) } else { e };
        self.out.push(OrgHit {
            start: s,
            end: mention_end,
            name,
            acronym: x.acronym,
            known: known_inside,
            bare_acronym: false,
            proper: x.proper || known_inside.is_some(),
            // Words of official names only, all lower case after the head:
            // a kind of body ("Liên hiệp các tổ chức hữu nghị").
            generic: !read.substantial || x.bare_level || (!x.proper && !read.capital),
            first: i,
            last: x.end,
            bracket: x.bracket,
            key: 0..0,
            rule: "org.head",
        });
        // The parent of a sub-body ("Ban Thường vụ Liên hiệp …" names the
        // Liên hiệp too), and known bodies named inside ("… của Quốc hội").
        parents(ctx, i, h, !(hd.sport || hd.general), x.end, self.out);
        after_mention(ctx, x.end, mention_end)
    }

    /// A brand named alone as an actor.
    fn brand(&mut self, i: usize) -> Option<usize> {
        let m = brand_at(self.ctx, i)?;
        // ("Mercedes-Benz": the brand and the name glued to it.)
        let e = glued_name(self.ctx, i + m - 1);
        self.out.push(OrgHit::proper(self.ctx, i, e, None, None, "org.brand"));
        Some(e)
    }
}

/// The end of the word at `k` and the words glued to it by a hyphen, "&"
/// or a dot that spell a name with it ("Mercedes-Benz", "AT&T",
/// "Al-Jazeera", "B.Braun"): capitalised letters only, no country
/// ("Mitsubishi-Nhật Bản") and no model's number ("LG-W270", "CJ-10").
fn glued_name(ctx: &Ctx, k: usize) -> usize {
    let mut e = k + 1;
    while e + 1 < ctx.tokens.len()
        && e < k + 7
        && ctx.gaps[e] == Gap::Glued
        && (matches!(ctx.tok(e), "&" | "-" | ".") || elided_article(ctx, e))
        && ctx.gaps[e + 1] == Gap::Glued
        && matches!(ctx.shape(e + 1), Shape::Upper | Shape::Title | Shape::Mixed)
        && ctx.tok(e + 1).chars().all(char::is_alphabetic)
        && ctx.phrase_at(e + 1, &ctx.lex.countries).is_none()
    {
        e += 2;
    }
    e
}

/// An apostrophe at `k` after an elided article or patronymic of one or
/// two capitals ("L'Equipe", "L’Oreal", "O'Reilly"); the caller checks the
/// word glued after it.
pub(super) fn elided_article(ctx: &Ctx, k: usize) -> bool {
    matches!(ctx.tok(k), "'" | "’") && k > 0 && ctx.is_cap(k - 1) && ctx.tok(k - 1).len() <= 2
}

/// Where the scan goes on after a mention of the tokens before `end` whose
/// span ends at byte `mention_end`: past the ")" of a bracketed acronym
/// that the mention takes ("(VUFO)"), else at `end`.
/// (A token's end is at or before the next token's start, so only a
/// mention past its last token needs the search; test
/// `a_token_end_finds_the_next_token`.)
#[inline]
fn after_mention(ctx: &Ctx, end: usize, mention_end: usize) -> usize {
    if mention_end == ctx.tokens[end - 1].end() {
        return end;
    }
    ctx.token_from(mention_end).max(end)
}

/// The name a designator at `i` closes (the designators end at `e`):
/// the capitalised words right before it, at most five, after token
/// `floor` (the last mention's end), not before a role, English links and
/// hyphens between them ("Future of Life Institute", "Al-Futtaim Group");
/// a person's name there is the body's namesake ("Leo Messi
/// Foundation"). A known body's name that ends with the designators is
/// that body ("Ảnh: Facebook Manchester United"): its first token and ID.
/// Vietnamese words that no name table knows or that name the place after
/// them are left out before the name ("Quán Trill Group"), and so is a
/// word capitalised only because it opens the sentence ("Theo Tesla Inc",
/// "Phía Acme Corporation"; a word that is also a family name stays:
/// "Hạng FC", a driving licence's class, is read as a body). `None` when
/// no word is left.
fn designated_name(ctx: &Ctx, i: usize, e: usize, floor: usize) -> Option<(usize, Option<u32>)> {
    // ("eBay", not "điểmMan" glued to the name.)
    let name_word = |k: usize| {
        ctx.kind(k) == Some(TokenKind::Word)
            && (ctx.is_cap(k) || ctx.shape(k) == Shape::Mixed && ctx.tok(k).is_ascii())
            && ctx.phrase_at(k, &ctx.lex.org.designators).is_none()
    };
    // (A hyphen glued between two words of the name: "Al-Futtaim".)
    let hyphen = |k: usize| {
        ctx.tok(k) == "-" && ctx.gaps.get(k) == Some(&Gap::Glued) && ctx.gaps.get(k + 1) == Some(&Gap::Glued)
    };
    // A Vietnamese word: one of the word list, or written with letters
    // only Vietnamese uses.
    let vietnamese = |k: usize| ctx.feat(k).any(Feat::WORD_FIRST) || !ctx.tok(k).is_ascii();
    // ("Tờ Mirror", "London Tờ The Times", "Smalling Theo Manchester Evening
    // News", "nhật báo Ấn Độ Times of India": a word of the press, a
    // classifier, a function word or a country written in Vietnamese is
    // no word of a foreign name; the name starts after it. Not a brand's
    // word, "Kia Motors"; nor a country's before a Vietnamese word, the
    // two a Vietnamese name, "Mỹ Lan Group".)
    let outside = |k: usize| {
        vietnamese(k)
            && (ctx.lex.org.press_before.ends_before(&ctx.ids, &ctx.gaps, k + 1)
                || ctx.phrase_at(k, &ctx.lex.org.classifiers).is_some()
                || ctx.lex.fact.single(ctx.ids[k]).any(Class::FUNCTION_WORD)
                    && !ctx.feat(k).any(Feat::BRAND_FIRST | Feat::ORG_KNOWN_FIRST)
                || !vietnamese(k + 1)
                    && (0..3)
                        .any(|n| k >= n && ctx.phrase_at(k - n, &ctx.lex.countries).is_some_and(|(m, _)| m == n + 1)))
    };
    let mut s = i;
    while s > floor && i - s < 5 && (ctx.joined(s - 1) || hyphen(s) || hyphen(s - 1)) && !role_before(ctx, s) {
        let k = s - 1;
        // (A link or a hyphen between two words of the name.)
        let between = k > floor && name_word(k - 1) && (hyphen(k) || english_link(ctx, k) && ctx.joined(k - 1));
        if !(name_word(k) || between) || outside(k) {
            break;
        }
        s = k;
        if let Some((_, id)) = known_at(ctx, s).filter(|&(len, _)| s + len == e) {
            return Some((s, id));
        }
    }
    // Capitalised only because it opens the sentence: a function word, or
    // a Vietnamese word that opens no family name, place or known body
    // (a given name's syllable may still be a word).
    let opener = |k: usize| {
        sentence_start(ctx, k)
            && (ctx.lex.fact.single(ctx.ids[k]).any(Class::FUNCTION_WORD)
                || vietnamese(k)
                    && !ctx.feat(k).any(
                        Feat::SURNAME
                            | Feat::COMPOUND_SURNAME_FIRST
                            | Feat::PROVINCE_FIRST
                            | Feat::COUNTRY_FIRST
                            | Feat::ORG_KNOWN_FIRST
                            | Feat::BRAND_FIRST,
                    ))
    };
    // A word naming the place or thing after it ("Quán", "Làng"), or one
    // no name table knows.
    let common = |k: usize| {
        vietnamese(k)
            && (common_word(ctx, k)
                || ctx.feat(k).any(Feat::NOT_PERSON_BEFORE_FIRST)
                    && ctx.lex.person.not_person_before.has(&ctx.ids, &ctx.gaps, k, 1))
    };
    while s < i && (english_link(ctx, s) || common(s) || opener(s)) {
        s += 1;
    }
    // "Ngân hàng TMCP Quốc tế (VIB Bank)": a short name in brackets right
    // after a mention is that body's, read with it.
    let bracketed = s > 0 && s - 1 == floor && ctx.tok(s - 1) == "(";
    (s < i && !bracketed).then_some((s, None))
}

/// An English word linking the words of a body's name ("of", "for",
/// "and", "&").
fn english_link(ctx: &Ctx, k: usize) -> bool {
    matches!(ctx.tok(k), "of" | "for" | "and" | "&")
}

/// Whether the word at `i` (of features `f`) may open a body. A lower-case
/// word opens one only as a head the press writes so, a classifier, or a
/// head right after a title ("Giám đốc sở …"); a capitalised one not
/// inside a capitalised name that starts before it, nor inside a
/// facility's name.
fn may_open(ctx: &Ctx, i: usize, f: Feat) -> bool {
    let lower = !ctx.is_cap(i) && ctx.shape(i) != Shape::Mixed;
    if lower {
        // ("chính phủ Nga": a government before its country's name; the
        // country's bit is asked first.)
        let government_of_country = || {
            (ctx.feat(i + 1).any(Feat::COUNTRY_FIRST) || ctx.feat(i + 2).any(Feat::COUNTRY_FIRST))
                && head_entry_at(ctx, i).is_some_and(|(_, hd)| hd.country)
        };
        return f.any(Feat::LOWER_HEAD_FIRST | Feat::CLASSIFIER_FIRST)
            || (f.any(Feat::ORG_HEAD_FIRST) && (role_before(ctx, i) || government_of_country()))
            || f.any(Feat::ORG_KNOWN_FIRST) && lower_head_of_known(ctx, i);
    }
    !(inside_name(ctx, i) || in_facility(ctx, i))
}

/// "Việt Nam", "Nguyễn Văn Hải": a word of a capitalised name that starts
/// before it opens no body ("Theo Bộ Y tế": a function word; "Trưởng Ban
/// Tổ chức": a title; "hãng tin Anh Reuters": a country).
/// ("Hiện Bộ Y tế đang …", "Việc Bộ GD&ĐT …": an adverb, an auxiliary or
/// a noun heading a verb, capitalised only because it opens the sentence,
/// is no part of a name.)
fn inside_name(ctx: &Ctx, i: usize) -> bool {
    i > 0
        && ctx.joined(i - 1)
        && ctx.shape(i - 1) == Shape::Title
        && !ctx.feat(i - 1).any(Feat::STOPWORD | Feat::ORG_HEAD_FIRST | Feat::ORG_KNOWN_FIRST)
        && !(sentence_start(ctx, i - 1)
            && (ctx.lex.fact.single(ctx.ids[i - 1]).any(Class::FUNCTION_WORD) || common_word(ctx, i - 1)))
        && !role_before(ctx, i)
        && !(1..=3).any(|n| i >= n && ctx.phrase_at(i - n, &ctx.lex.countries).is_some_and(|(m, _)| m == n))
}

/// A word that is no part of any name the tables know: not a family or
/// given name's, a foreign or ethnic name's, a province's or a country's
/// ("Phía", "Việc"), nor a word naming the place or thing after it
/// ("Làng", "Tàu"). Capitalised at a sentence's start it opens no name.
fn common_word(ctx: &Ctx, k: usize) -> bool {
    !ctx.feat(k).any(
        Feat::SURNAME
            | Feat::COMPOUND_SURNAME_FIRST
            | Feat::GIVEN
            | Feat::FOREIGN
            | Feat::ETHNIC_FIRST
            | Feat::PROVINCE_FIRST
            | Feat::COUNTRY_FIRST
            | Feat::ORG_KNOWN_FIRST
            | Feat::BRAND_FIRST
            // ("Làng Hội Xá", "Tàu HP": a place or a thing named after it.)
            | Feat::NOT_PERSON_BEFORE_FIRST,
    ) && ctx.shape(k) == Shape::Title
}

/// "Đoàn Thị Hương và …": a family name that is also a head word ("Đoàn")
/// opening a person's name is the person. (Only given-name syllables after
/// it, "Đoàn Cấp cao", "Đoàn Việt Nam" are bodies, and not when the last
/// one opens a word, "Đoàn Thể thao".) The name is looked for only at a
/// one-word head that opens no known body.
fn person_named_by_head(ctx: &Ctx, o: &Opener) -> bool {
    let i = o.i;
    o.known.is_none()
        && o.head() == Some(1)
        && (person_at(ctx, i).is_some_and(|e| {
            (i + 1..e).all(|k| ctx.feat(k).any(Feat::GIVEN) && ctx.phrase_at(k, &ctx.lex.countries).is_none())
                && !(ctx.shape(e) == Shape::Lower && ctx.joined(e - 1) && ctx.is_word(e - 1, 2))
        }) || o.head_entry.is_some_and(|(_, h)| h.given) && given_pair(ctx, i))
}

/// "Trường Giang" at `i`: a head word that is also a given name and one
/// given name after it ([`given_pair`]), a person's name.
pub(crate) fn given_name_head(ctx: &Ctx, i: usize) -> bool {
    head_entry_at(ctx, i).is_some_and(|(_, h)| h.given) && given_pair(ctx, i)
}

/// "Trường Giang", "Trường Chinh": a capitalised head word that is also
/// a given name (`given` in `org_heads.tsv`), and one given name after it
/// closing the run, are a person's given names (or a street named after
/// one), not a body named with its kind alone ("Trường Lê Quý Đôn" has a
/// full name; "Trường THPT …" a kind).
fn given_pair(ctx: &Ctx, i: usize) -> bool {
    let j = i + 1;
    // ("công ty Trường Sinh", "trường THCS Trường Chinh": after a head or a
    // classifier of bodies written in lower case the pair is the body's
    // name; not after a role ending there, "trưởng phòng".)
    let role_ends = |b: usize| (b.saturating_sub(3)..b).any(|s| role_len(ctx, s).is_some_and(|n| s + n == i));
    let body_word_before = || {
        (1..=3.min(i)).any(|back| {
            let b = i - back;
            // (A lower-case word that opens the phrase, not the end of a
            // capitalised one, "Quốc hội Trường Chinh".)
            let opens_phrase = b == 0 || !(ctx.joined(b - 1) && ctx.is_cap(b - 1));
            !ctx.is_cap(b)
                && opens_phrase
                && (ctx.phrase_at(b, &ctx.lex.org.heads).is_some_and(|(n, _)| n == back)
                    || ctx.phrase_at(b, &ctx.lex.org.classifiers).is_some_and(|(n, _)| n == back))
                && !role_ends(b)
        })
    };
    ctx.shape(i) == Shape::Title
        && ctx.feat(i).any(Feat::GIVEN)
        && ctx.joined(i)
        && ctx.shape(j) == Shape::Title
        && ctx.feat(j).any(Feat::GIVEN)
        && !ctx.feat(j).any(Feat::PROVINCE_FIRST | Feat::COUNTRY_FIRST)
        && !(ctx.joined(j) && (ctx.is_cap(j + 1) || ctx.shape(j + 1) == Shape::Lower && ctx.is_word(j, 2)))
        && !body_word_before()
}

/// "Bộ trưởng", "Trưởng ban": a role, not a body (the role reads as long
/// as the longest body or head at the word).
fn role_not_body(ctx: &Ctx, o: &Opener) -> bool {
    let longest = o.known.map_or(0, |(k, _)| k).max(o.head().unwrap_or(0));
    longest > 0 && role_len(ctx, o.i).is_some_and(|len| longest <= len)
}

/// "Hội chợ …", "Trung tâm thương mại …": a facility or an event, with its
/// own name after it, longer than any body or head at the word; the scan
/// goes on past it (past a facility's own name).
fn facility_or_event(ctx: &Ctx, o: &Opener) -> Option<usize> {
    let i = o.i;
    let (m, (_, place)) = ctx.phrase_at(i, &ctx.lex.org.not_heads)?;
    let longer = o.known.is_none_or(|(k, _)| k < m) && o.head().unwrap_or(0) < m.max(1);
    longer.then(|| if *place { facility_end(ctx, i + m) } else { i + m })
}

/// Where the name after a classifier may start (`p`, the token after the
/// classifier): past up to three lower-case words of official names
/// ("hãng nghiên cứu TrendForce") and the country of the outlet ("tờ báo
/// Nga Izvestiya", "hãng tin Anh Reuters").
fn after_classifier(ctx: &Ctx, from: usize) -> usize {
    let mut p = from;
    while p < from + 3 && ctx.joined(p - 1) && ctx.shape(p) == Shape::Lower && name_word_at(ctx, p) == 1 {
        p += 1;
    }
    if let Some((c, _)) = ctx.phrase_at(p, &ctx.lex.countries).filter(|_| ctx.joined(p - 1) && ctx.is_cap(p)) {
        if ctx.joined(p + c - 1) && (ctx.is_cap(p + c) || ctx.shape(p + c) == Shape::Mixed) {
            p += c;
        }
    }
    p
}

/// A known body's name at `i` (`len` tokens, body `id`) that names
/// something else here: a place that is also a club ("tại Barcelona"), a
/// person's name after a form of address ("ông Valencia"), a number plate ("UN - 2043"), an acronym inside another word
/// ("HNX-Index"), a company's name before a model ("VinFast VF 9") or an
/// acronym opening another name ("ASEAN Cup", "CBS Miami"), a kind in the
/// plural ("Chính phủ các nước Đông Âu"). The scan goes on past it.
fn known_name_refused(ctx: &Ctx, i: usize, len: usize, id: Option<u32>) -> bool {
    let e = i + len;
    if place_also_club(ctx, i, e) || number_plate(ctx, i, len) {
        return true;
    }
    // "ông Valencia": one word after a form of address of the output
    // ("ông", "bà", "anh", "chị"; not "tên", nor "Anh" as England) is a
    // person's name.
    let addressed = |k: usize| honorific_at(ctx, k).is_some_and(|(n, field)| k + n == i && field.is_some());
    if len == 1 && i > 0 && ctx.joined(i - 1) && (addressed(i - 1) || i > 1 && addressed(i - 2)) {
        return true;
    }
    let written = &ctx.text[ctx.tokens[i].start()..ctx.tokens[e - 1].end()];
    let acronym_only = id.is_some_and(|id| ctx.lex.org.bodies[id as usize].acronym.as_deref() == Some(written));
    // ("Ảnh: TTXVN Người dân sơ tán": an outlet in a credit, and the
    // Vietnamese word that opens the next sentence, run on; not "Nguồn: CBS
    // Miami", an outlet's own name.)
    // ("Ảnh: AP Fariba Tajrostami, 32 tuổi, …": or a name of two
    // capitalised words, the caption's subject.)
    let next_sentence = || {
        ctx.feat(e).any(Feat::WORD_FIRST) && !ctx.feat(e).any(Feat::FOREIGN)
            || ctx.joined(e) && matches!(ctx.shape(e + 1), Shape::Title) && ctx.kind(e + 1) == Some(TokenKind::Word)
    };
    let credited_outlet = || {
        ctx.shape(e) == Shape::Title
            && next_sentence()
            && id.is_some_and(|id| ctx.lex.org.bodies[id as usize].kind == "media")
            && i > 0
            && press_before(ctx, i)
    };
    (acronym_only && acronym_in_compound(ctx, e))
        || opens_other_name(ctx, e, id, acronym_only) && !credited_outlet()
        || kind_in_plural_after(ctx, e)
}

/// "Quốc Học/VOV-Tây Nguyên", "Kim Dung/VOV-TP HCM", "(Ảnh: PV/VOV-Tokyo)":
/// an outlet's acronym after the slash of a byline or a word of the press
/// and a dash: `Some` with the end of the name of one of its bureaus after
/// the dash (a region, a city, "Trung tâm Tin": up to four words that end
/// the byline at a line's end or punctuation, or before a known body or a
/// word of the press run on after it, "… Trung tâm Tin Theo Reuters"), or
/// `Some(None)` when the outlet stands alone there ("AFP-Getty", two
/// agencies; a bureau's name run into the next word). `None` elsewhere:
/// an acronym glued to a word by a dash is part of a compound
/// ("ASEAN-Nhật Bản").
fn bureau_end(ctx: &Ctx, i: usize, len: usize, id: Option<u32>) -> Option<Option<usize>> {
    let e = i + len;
    let media = id.is_some_and(|id| {
        let body = &ctx.lex.org.bodies[id as usize];
        body.kind == "media"
            && body.acronym.as_deref() == Some(&ctx.text[ctx.tokens[i].start()..ctx.tokens[e - 1].end()])
    });
    if !media || !matches!(ctx.tok(e), "-" | "–") || !press_before(ctx, i) {
        return None;
    }
    let b = e + 1;
    // (A gap of `Gap::Other` is a line break or more than one space.)
    let opens = b < ctx.tokens.len()
        && ctx.gaps[b] != Gap::Other
        && (ctx.is_cap(b) || ctx.ltok(b) == "miền")
        && known_at(ctx, b).is_none();
    if !opens {
        return Some(None);
    }
    let stop =
        |k: usize| known_at(ctx, k).is_some() || ctx.lex.org.press_before.ends_before(&ctx.ids, &ctx.gaps, k + 1);
    let mut k = b;
    let mut words = 0;
    while k < ctx.tokens.len() && ctx.gaps[k] != Gap::Other && words < 5 {
        match ctx.kind(k) {
            Some(TokenKind::Word) if k > b && ctx.gaps[k] == Gap::Space && stop(k) => break,
            Some(TokenKind::Word) if ctx.shape(k) != Shape::Mixed && (k == b || ctx.gaps[k] != Gap::Other) => {
                words += 1
            }
            // ("TP.HCM", "TP. HCM")
            _ if ctx.tok(k) == "."
                && ctx.gaps[k] == Gap::Glued
                && (ctx.gaps.get(k + 1) == Some(&Gap::Glued) || ctx.ltok(k - 1) == "tp") => {}
            _ => break,
        }
        k += 1;
    }
    let ends = k >= ctx.tokens.len()
        || ctx.gaps[k] == Gap::Other
        || matches!(ctx.tok(k), ")" | "." | "," | ";" | "|")
        || ctx.gaps[k] == Gap::Space && stop(k);
    Some((words <= 4 && ends).then_some(k))
}

/// "RAM 768 MB", "công suất 940 HP": a unit of measure (`units.tsv`)
/// right after a number, not the bank or the computer maker its letters
/// also name.
/// (A year is no quantity: "Năm 2016 MB lãi lớn".)
fn unit_after_number(ctx: &Ctx, i: usize) -> bool {
    let year = |k: usize| ctx.digits(k).is_some_and(|(v, n)| n == 4 && (1900..=2100).contains(&v));
    i > 0
        && ctx.kind(i - 1) == Some(TokenKind::Number)
        && ctx.joined(i - 1)
        && !year(i - 1)
        && ctx.lex.units.get(ctx.ltok(i)).is_some()
}

/// "tại Barcelona": a place that is also a club, after a word introducing
/// a place (tokens `i..e`).
fn place_also_club(ctx: &Ctx, i: usize, e: usize) -> bool {
    ctx.lex.org.place_names.contains(&ctx.lower[ctx.tokens[i].start()..ctx.tokens[e - 1].end()])
        && i > 0
        && ctx.lex.org.place_before.ends_before(&ctx.ids, &ctx.gaps, i)
}

/// "UN - 2043": a one-word acronym before a dash and a number, a code (a
/// number plate).
fn number_plate(ctx: &Ctx, i: usize, len: usize) -> bool {
    let e = i + len;
    len == 1 && ctx.shape(i) == Shape::Upper && ctx.tok(e) == "-" && ctx.kind(e + 1) == Some(TokenKind::Number)
}

/// "HNX-Index", "VN-Index": an acronym glued by a dash to a word after it
/// (at `e`).
fn acronym_in_compound(ctx: &Ctx, e: usize) -> bool {
    ctx.gaps.get(e) == Some(&Gap::Glued)
        && ctx.tok(e) == "-"
        && ctx.gaps.get(e + 1) == Some(&Gap::Glued)
        && ctx.kind(e + 1) == Some(TokenKind::Word)
}

/// "VinFast VF 9": a company's name before a model is the product;
/// "ASEAN Cup", "CBS Miami": an acronym opening another name. (Not before
/// a place, a country or a level word: "EVN Hà Nội".) `e` is the token
/// after the known name, `acronym_only` whether the name is written as the
/// body's acronym.
fn opens_other_name(ctx: &Ctx, e: usize, id: Option<u32>, acronym_only: bool) -> bool {
    let company = id.is_some_and(|id| matches!(ctx.lex.org.bodies[id as usize].kind.as_str(), "company" | "bank"));
    let next_name = ctx.joined(e - 1)
        && province_len(ctx, e).is_none()
        && ctx.phrase_at(e, &ctx.lex.countries).is_none()
        && level_at(ctx, e) == 0;
    let model = || {
        ctx.kind(e) == Some(TokenKind::Number)
            || (matches!(ctx.shape(e), Shape::Upper | Shape::Mixed) && ctx.lex.org.acronym(ctx.tok(e)).is_none())
    };
    next_name && ((company && model()) || (acronym_only && (model() || ctx.shape(e) == Shape::Title)))
}

/// "Chính phủ các nước Đông Âu": a known body's kind in the plural, "các"
/// or "những" and a plural noun after it (at `e`).
fn kind_in_plural_after(ctx: &Ctx, e: usize) -> bool {
    ctx.joined(e - 1)
        && matches!(ctx.ltok(e), "các" | "những")
        && ctx.phrase_at(e + 1, &ctx.lex.org.plural_nouns).is_some()
}

/// "Đoàn Liên hiệp các tổ chức hữu nghị Việt Nam": a one-word head of
/// many kinds before a known body that ends the name is a delegation of
/// that body.
fn delegation_of_known(ctx: &Ctx, i: usize, h: usize, hd: Head, x: &Extent) -> bool {
    hd.general && h == 1 && x.end > i + 1 && known_at(ctx, i + 1).is_some_and(|(m, _)| i + 1 + m >= x.end)
}

/// "các Sở Giao thông vận tải", "UBND các quận": a kind of body in the
/// plural, no body (a plural word before the head of `h` tokens at `i`, or
/// one after it before a level word). "03 Hội hữu nghị thành viên":
/// counted, a kind (not "lớp 12 Trường …").
fn head_in_plural(ctx: &Ctx, i: usize, h: usize) -> bool {
    let counted =
        || i > 1 && ctx.kind(i - 1) == Some(TokenKind::Number) && !ctx.lex.org.ordinal_before.contains(ctx.ltok(i - 2));
    (i > 0 && ctx.joined(i - 1) && (counted() || ctx.lex.org.plural.ends_before(&ctx.ids, &ctx.gaps, i)))
        || (ctx.joined(i + h - 1)
            && ctx
                .lex
                .org
                .plural
                .phrases
                .longest(&ctx.ids, &ctx.gaps, i + h)
                .is_some_and(|(m, _)| level_at(ctx, i + h + m) > 0))
}

/// How the name a head opens reads: whether its words after the head make
/// it a body's name.
struct HeadName {
    /// A capitalised word after the head (or inside a head of several
    /// words).
    capital: bool,
    /// A name has a proper part, a capitalised word, or (after a head of
    /// one kind of body: "Sở", "Bộ") two words of official names.
    substantial: bool,
    /// The head is written in lower case, with no title before it.
    lower_head: bool,
}

impl HeadName {
    /// Reads the name `i..x.end` of the head `i..i + h` (row `hd`).
    fn read(ctx: &Ctx, i: usize, h: usize, hd: Head, x: &Extent) -> HeadName {
        let extra = &ctx.tokens[i + h..x.end];
        let capital = !extra.is_empty()
            && (extra.iter().any(|t| matches!(t.shape(), Shape::Title | Shape::Upper | Shape::Mixed))
                || (1..h).any(|j| ctx.is_cap(i + j)));
        // "Đoàn số 1", "Tổ 3": a one-word head of many kinds and a number
        // is a group of people, not a named body.
        let numbered_only = hd.general
            && h == 1
            && !capital
            && extra.iter().all(|t| t.kind() == TokenKind::Number || &ctx.lower[t.range()] == "số");
        let substantial = (x.proper && !numbered_only) || capital || (extra.len() >= 2 && !hd.general);
        // After a title the press writes any head in lower case ("Trưởng
        // ban Tổ chức Tỉnh ủy"): there it counts as capitalised.
        let lower_head = !ctx.is_cap(i) && !role_before(ctx, i);
        HeadName { capital, substantial, lower_head }
    }

    /// The name names a body: a head with only a level word after it
    /// ("UBND tỉnh") or one that names a body alone, not in lower case; or
    /// a substantial name, where a lower-case head of bodies of many kinds
    /// needs a word of official names after it: "trung tâm y tế …", "khoa
    /// Hồi sức …", not "trung tâm Sa Pa" (the town centre).
    fn names_a_body(&self, ctx: &Ctx, i: usize, h: usize, hd: Head, x: &Extent, alone: bool) -> bool {
        // ("giá niêm yết của hãng từ 100 đến 500 triệu": a preposition or
        // a conjunction in lower case after a lower-case head opens no name;
        // "bệnh viện Từ Dũ" does.)
        let function_word =
            || ctx.shape(i + h) == Shape::Lower && ctx.lex.fact.single(ctx.ids[i + h]).any(Class::PREP | Class::CONJ);
        let lower_ok = !self.lower_head
            || ((x.proper || self.capital)
                && !function_word()
                && (!hd.general || (name_word_at(ctx, i + h) > 0 && level_at(ctx, i + h) == 0)));
        let bare_ok = (x.bare_level || (x.end == i + h && alone)) && !self.lower_head;
        bare_ok || self.substantial && lower_ok
    }
}

/// "tập đoàn sản xuất dầu mỏ ExxonMobil": after a lower-case head of
/// companies and lower-case words saying what it does, the company is its
/// proper name, from its first capitalised word (not a place).
fn company_proper_name(ctx: &Ctx, i: usize, h: usize, hd: Head, x: &Extent, lower_head: bool) -> Option<usize> {
    let proper_from = (i + h..x.end).find(|&t| ctx.is_cap(t) || ctx.shape(t) == Shape::Mixed);
    proper_from.filter(|&p| {
        lower_head
            && hd.company
            && p > i + h
            && x.bracket.is_none()
            && place_at(ctx, p).is_none()
            && (i + h..p).all(|t| ctx.shape(t) == Shape::Lower)
    })
}

/// True when token `i` lies inside the name of a facility or a place that
/// a word before it opens ("sân bay quốc tế …", "Nghĩa trang liệt sĩ Quốc
/// gia Trường Sơn"); looked for back from a candidate only.
fn in_facility(ctx: &Ctx, i: usize) -> bool {
    let mut t = i;
    while t > i.saturating_sub(8) && t > 0 && ctx.joined(t - 1) && ctx.kind(t - 1) == Some(TokenKind::Word) {
        t -= 1;
        // ("yêu cầu Bộ Y tế": the "cầu" of "yêu cầu" is no bridge. The
        // "phố" of "thành phố" is a place's only right before the name:
        // "thành phố Quy Nhơn", not "thành phố giao Sở Y tế".)
        let inside = || ctx.ends_word(t) && !(level_at(ctx, t - 1) == 2 && t + 1 == i);
        if ctx.feat(t).any(Feat::NOT_HEAD_FIRST) && !inside() {
            if let Some((m, (_, true))) = ctx.phrase_at(t, &ctx.lex.org.not_heads) {
                if t + m <= i && facility_end(ctx, t + m) > i {
                    return !(ctx.lex.org.channels.has(&ctx.ids, &ctx.gaps, t, m) && known_outlet(ctx, i));
                }
            }
        }
    }
    false
}

/// "kênh CNN", "kênh truyền hình NBC": an outlet the tables know (kind
/// "media") is the outlet after a channel's word (`not_org_heads.txt`,
/// kind `channel`), where a channel no table knows ("kênh VTV3") is a
/// station's channel.
fn known_outlet(ctx: &Ctx, i: usize) -> bool {
    ctx.phrase_at(i, &ctx.lex.org.known)
        .and_then(|(_, (_, (id, _)))| ctx.lex.org.bodies.get(*id as usize))
        .is_some_and(|b| b.kind == "media")
}

/// The end of a facility's own name from token `k` ("sân bay quốc tế Nội
/// Bài", "Nghĩa trang liệt sĩ Quốc gia Trường Sơn"): words of one phrase
/// up to its last capitalised word, eight at most.
fn facility_end(ctx: &Ctx, k: usize) -> usize {
    let mut end = k;
    let mut j = k;
    while j < (k + 8).min(ctx.tokens.len())
        && ctx.joined(j - 1)
        && ctx.kind(j) == Some(TokenKind::Word)
        && !ender_at(ctx, j)
        && !matches!(ctx.ltok(j), "và" | "của" | "tại" | "ở")
    {
        if ctx.is_cap(j) {
            end = j + 1;
        }
        j += 1;
    }
    end
}

/// The end byte of the ")" closing a bracketed acronym that opens at token `k`.
fn closing_bracket(ctx: &Ctx, k: usize) -> usize {
    let mut j = k + 1;
    while j < ctx.tokens.len().min(k + 8) && ctx.tok(j) != ")" {
        j += 1;
    }
    ctx.tokens.get(j).map_or(ctx.text.len(), |t| t.end())
}

/// Bodies named inside the name `i..end` (head of `h` tokens): the parent
/// of a sub-body ("Ban Thường vụ Liên hiệp các tổ chức hữu nghị Việt Nam"
/// names the Liên hiệp too) and known bodies after "của". `names_place`: the
/// head names bodies of a place (not a club's, nor a general head), so a
/// place that is also a club right after it is the place.
fn parents<'a>(ctx: &Ctx<'a>, i: usize, h: usize, names_place: bool, end: usize, out: &mut Vec<OrgHit<'a>>) {
    // ("… Chi nhánh Hà Tĩnh" is the branch of the body before it, no parent.)
    let parent_at = |j: usize| {
        ctx.is_cap(j)
            && ctx.joined(j - 1)
            && !matches!(ctx.ltok(j - 1), "và" | "các")
            && !(ctx.ltok(j) == "chi" && ctx.ltok(j + 1) == "nhánh")
            && head_here(ctx, j)
    };
    let first = (i + h..end).find(|&j| parent_at(j));
    // "Phòng Cảnh sát hình sự Công an tỉnh Đồng Nai": a head right after
    // the head, which no table knows, is part of the sub-body's own name
    // ("Cảnh sát hình sự"); the parent is the body named after it.
    // (A later head opens the parent when the tables know the body, or
    // when a capitalised name or a level word follows it and a place ends
    // it: not "Sở Cảnh sát Phòng cháy chữa cháy Hà Nội", nor "… Trường học
    // Liên hiệp Anh".)
    let later = |j: usize| {
        let after = j + head_at(ctx, j).map_or(1, |(jh, _)| jh);
        parent_at(j)
            && (known_at(ctx, j).is_some()
                || (ctx.is_cap(after) || level_at(ctx, after) > 0)
                    && (j + 1..end).any(|t| province_len(ctx, t).is_some()))
    };
    let first = match first {
        Some(j) if j == i + h && known_at(ctx, j).is_none() => (j + 1..end).find(|&j| later(j)).or(first),
        other => other,
    };
    if let Some(j) = first {
        let (jh, known) = head_at(ctx, j).unwrap_or((1, false));
        let (pe, pacr, pid) = if known {
            let (id_len, id) = known_at(ctx, j).unwrap_or((jh, None));
            let (e, body, acr) = known_extent(ctx, j, id_len, id);
            (e, acr, body)
        } else {
            let (e, acr) = extend(ctx, j, jh);
            (e, acr, None)
        };
        // Right after the head only a known body or one of a place is a
        // parent ("Thanh tra Bộ TT&TT", "Ban Chấp hành Đảng bộ tỉnh …",
        // "Văn phòng UBND quận …");
        // "Chi cục Hải quan …", "Phòng Cảnh sát kinh tế" are one name.
        let of_place = || (j..pe).any(|t| province_len(ctx, t).is_some());
        // "Văn phòng UBND quận Hai Bà Trưng": a body complete in itself,
        // of a unit of any level.
        let of_level = || {
            level_at(ctx, j + jh) > 0
                && ctx.lex.org_generic.contains(&ctx.lower[ctx.tokens[j].start()..ctx.tokens[j + jh - 1].end()])
        };
        // "Đại học Southampton", "Cảnh sát Barcelona": after a head of
        // bodies of a place, a place that is also a club names the place
        // ("CLB Chelsea", "Ban lãnh đạo Chelsea" name the club).
        let place_club = || {
            names_place
                && known
                && ctx.lex.org.place_names.contains(&ctx.lower[ctx.tokens[j].start()..ctx.tokens[pe - 1].end()])
        };
        if pe == end && (pe > j + jh || known) && (j > i + h || known || of_place() || of_level()) && !place_club() {
            let (ps, pend) = (ctx.tokens[j].start(), ctx.tokens[pe - 1].end());
            let bare_acronym =
                pid.is_some_and(|id| ctx.lex.org.bodies[id as usize].acronym.as_deref() == Some(&ctx.text[ps..pend]));
            out.push(OrgHit {
                start: ps,
                end: pend,
                name: Cow::Borrowed(&ctx.text[ps..pend]),
                acronym: pacr,
                known: pid,
                bare_acronym,
                proper: true,
                generic: false,
                first: j,
                last: pe,
                bracket: None,
                key: 0..0,
                rule: "org.parent",
            });
        }
    }
    nested_known(ctx, i, end, out);
}

/// Known bodies named after "của" inside the name `i..end` ("Ủy ban Tư
/// pháp của Quốc hội" names the Quốc hội too).
/// ("của" is a stopword: the feature passes over nearly every word before
/// the string comparison; see the test `cua_is_marked_a_stopword`.)
fn nested_known<'a>(ctx: &Ctx<'a>, i: usize, end: usize, out: &mut Vec<OrgHit<'a>>) {
    for j in i + 1..end {
        if !ctx.feat(j - 1).any(Feat::STOPWORD) || ctx.ltok(j - 1) != "của" {
            continue;
        }
        if let Some((m, id)) = known_at(ctx, j) {
            if j + m <= end {
                out.push(OrgHit::proper(ctx, j, j + m, id, None, "org.known_nested"));
            }
        }
    }
}

/// An age group's name: "U" and its age ("U23", "U19").
fn age_group(t: &str) -> bool {
    t.len() >= 2 && t.starts_with('U') && t[1..].bytes().all(|b| b.is_ascii_digit())
}

/// True when the age group's head at `i` (`h` tokens: "U23", "U19") is
/// followed by a region, the world or a championship of
/// `tournament_regions.txt`, maybe after a gender word ("U23 châu Á",
/// "U23 nữ châu Á", "U20 Thế giới", "U17 Quốc gia"): a tournament's name.
/// (Not "Đội tuyển nữ quốc gia", a team: only an age group's head.)
fn tournament_after(ctx: &Ctx, i: usize, h: usize) -> bool {
    if !age_group(ctx.tok(i + h - 1)) {
        return false;
    }
    let mut s = i + h;
    if matches!(ctx.ltok(s), "nữ" | "nam") && ctx.joined(s) {
        s += 1;
    }
    (1..=3).any(|n| {
        s + n <= ctx.tokens.len()
            && (s..s + n - 1).all(|k| ctx.joined(k))
            && ctx.lex.tournament_regions.contains(&ctx.lower[ctx.tokens[s].start()..ctx.tokens[s + n - 1].end()])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The gate of [`name_word_at`]: every word of the official names'
    /// set, and every word that text without diacritics restores to one
    /// of them, has `Feat::ORG_WORD` on the token's own word, in the
    /// lexicon and in its folded twin. (So a word without the feature is
    /// never in the set, and is not hashed.)
    #[test]
    fn org_word_feature_covers_the_set() {
        let base = &*crate::lexicon::DEFAULT;
        for lex in [base, base.for_text(true)] {
            let has = |w: &str| lex.vocab.feat(lex.vocab.get(w)).any(Feat::ORG_WORD);
            for w in lex.org_words.iter().filter(|w| !w.contains(' ')) {
                assert!(has(w), "{w:?}");
            }
            for (raw, restored) in &lex.restore {
                if lex.org_words.contains(restored) {
                    assert!(has(raw), "{raw:?} restored to {restored:?}");
                }
            }
        }
    }

    /// The premise of [`after_mention`]: the first token at or after the
    /// end of a token is the next one, in news text, text without
    /// diacritics, broken spacing and brackets.
    #[test]
    fn a_token_end_finds_the_next_token() {
        let lex = &*crate::lexicon::DEFAULT;
        for text in [
            "Liên hiệp các tổ chức hữu nghị Việt Nam (VUFO) và Bộ GD&ĐT, Sở Y tế TP.HCM.",
            "Chu tich UBND tinh (Yen Bai)...Cong ty CP Vinamilk(VNM)  :  3,5%",
            "",
            "  ((  ))  -- ",
        ] {
            let ctx = Ctx::new(lex.for_text(crate::normalize::without_diacritics(text)), text);
            for k in 0..ctx.tokens.len() {
                assert_eq!(ctx.token_from(ctx.tokens[k].end()), k + 1, "{text:?} {k}");
            }
        }
    }

    /// Every word `level_word` answers for passes the two-byte gate.
    #[test]
    fn may_be_level_admits_every_level_word() {
        for w in [
            "tỉnh",
            "huyện",
            "quận",
            "xã",
            "phường",
            "thôn",
            "ấp",
            "bản",
            "tp",
            "thành",
            "thị",
            "q",
            "h",
            "p",
            "tx",
            "tt",
        ] {
            assert!(may_be_level(w), "{w:?}");
        }
        for w in ["trung", "trường", "hội", "ban", "bộ", "", "t", "x"] {
            assert_eq!(may_be_level(w), matches!(w, "bộ"), "{w:?}");
        }
    }

    /// The gate of [`nested_known`]: a word that reads "của" (as written,
    /// or restored in text without diacritics) has `Feat::STOPWORD`, in
    /// the lexicon and in its folded twin.
    #[test]
    fn cua_is_marked_a_stopword() {
        let base = &*crate::lexicon::DEFAULT;
        for lex in [base, base.for_text(true)] {
            let has = |w: &str| lex.vocab.feat(lex.vocab.get(w)).any(Feat::STOPWORD);
            assert!(has("của"));
            for (raw, restored) in &lex.restore {
                if restored == "của" {
                    assert!(has(raw), "{raw:?}");
                }
            }
        }
    }

    /// The gated questions answer as the ungated ones at every token of
    /// news text with and without diacritics: a role, a place after a
    /// level word, a word of official names.
    #[test]
    fn gates_answer_as_the_walks() {
        let lex = &*crate::lexicon::DEFAULT;
        for text in [
            "Chủ tịch UBND tỉnh Yên Bái, Bộ trưởng Bộ Y tế và Giám đốc Sở Khoa học và Công nghệ TP.HCM họp ở quận 10.",
            "Chu tich UBND tinh Yen Bai va Pho Giam doc So Y te thanh pho Ha Noi tham huyen Van Chan, xa Tan Thinh.",
            "Ban Chỉ đạo phòng, chống thiên tai của Trung ương; Tỉnh ủy Cà Mau; thị xã Sơn Tây; Đoàn Chủ tịch.",
        ] {
            let ctx = Ctx::new(lex.for_text(crate::normalize::without_diacritics(text)), text);
            for k in 0..ctx.tokens.len() + 2 {
                assert_eq!(role_len(&ctx, k), ctx.role_at(k).map(|(n, _)| n), "{text:?} {k}");
                let lv = level_at(&ctx, k);
                assert_eq!(place_after_level(&ctx, k, lv), place_after_level_walk(&ctx, k, lv), "{text:?} {k}");
                let w = ctx.ltok(k);
                let set = usize::from(
                    ctx.kind(k) == Some(TokenKind::Word)
                        && ctx.lex.org_words.contains(w)
                        && !matches!(w, "ở" | "tại" | "của"),
                );
                let expected = ctx.phrase_at(k, &ctx.lex.org.name_phrases).map_or(set, |(n, _)| n);
                assert_eq!(name_word_at(&ctx, k), expected, "{text:?} {k}");
            }
        }
    }
}
