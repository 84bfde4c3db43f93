//! People: Vietnamese, ethnic-minority and foreign names, with honorifics,
//! degrees and the titles written before or after them; bylines and photo
//! credits.
//!
//! One pass over the tokens proposes candidates: runs of capitalised
//! syllables (with hyphen and apostrophe parts, "Park Hang-seo", "H'Hen
//! Niê"), either after a cue that makes the next run a person (a title,
//! an honorific, a degree, a kinship or status word) or standing alone.
//! Each run is read with the name tables (surnames, given-name syllables,
//! foreign and ethnic name parts) and the words around it (verbs of speech
//! and action after it, an apposition, words that make it a place). A run
//! after a title may start with the title's body or a country ("Thủ tướng
//! Thái Lan Prayut Chan-o-cha"): the name is the part that reads as a
//! name. Then the document decides: a string once known as a person is
//! that person at every mention, and list neighbours of a person are
//! people too. See docs/people.md.

use super::organisations::{extend, given_name_head, head_at, outlet_at};
use super::provinces::province_at;
use super::Ctx;
use crate::lexicon::dates::kind as date_kind;
use crate::lexicon::people::{origin, EthnicRole, ForeignPart, IntroKind, LinkKind, VerbKind};
use crate::lexicon::{Feat, RoleKind};
use crate::normalize::lower_char;
use crate::tokenize::{Shape, TokenKind};
use std::borrow::Cow;
use std::sync::LazyLock;

mod byline_pattern;
mod credits;
mod titles;
use credits::*;
pub(crate) use titles::holder_at;
use titles::*;

/// A title found with a person: role, and the body as written. Both are
/// borrowed from the text (or the lexicon) unless built ("UBND tỉnh X"
/// from "Chủ tịch tỉnh X"): the document copies what it keeps.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct TitleHit<'a> {
    pub role: Cow<'a, str>,
    pub organisation: Option<Cow<'a, str>>,
    pub kind: RoleKind,
}

/// The people of a document: the mentions, and the titles they hold in
/// one vector (a mention's titles are a range of it: no vector per
/// mention, and the names of a list share their title's range).
#[derive(Clone, Debug, Default)]
pub(crate) struct People<'a> {
    pub hits: Vec<PersonHit<'a>>,
    pub titles: Vec<TitleHit<'a>>,
}

impl<'a> People<'a> {
    /// The number of mentions (for the per-stage counts of the
    /// `bench-internals` feature).
    #[allow(dead_code)]
    pub fn len(&self) -> usize {
        self.hits.len()
    }

    /// True when the text names no one.
    #[allow(dead_code)]
    pub fn is_empty(&self) -> bool {
        self.hits.is_empty()
    }

    /// The titles of mention `h`.
    pub fn titles_of(&self, h: &PersonHit) -> &[TitleHit<'a>] {
        &self.titles[h.titles.clone()]
    }
}

/// One mention of a person; its words are slices of the text.
#[derive(Clone, Debug)]
pub(crate) struct PersonHit<'a> {
    pub start: usize,
    pub end: usize,
    /// The tokens `start..end` covers (first, one past the last): the
    /// document's index of mentions is by token.
    pub tokens: (usize, usize),
    pub name: &'a str,
    /// True for a short form ("ông Mẫn", "Tổng thống Biden") to be merged
    /// into a full name when the document has one.
    pub short: bool,
    pub honorific: Option<&'a str>,
    /// The mention's titles: a range of [`People::titles`].
    pub titles: std::ops::Range<usize>,
    pub degrees: Vec<&'a str>,
    pub rule: &'static str,
}

// ---------------------------------------------------------------------------
// Units and runs: the capitalised words a name is made of.

/// The most name words a run holds.
const MAX_UNITS: usize = 8;

/// One word of a name: a token and its glued hyphen or apostrophe parts
/// ("Hang-seo", "H'Hen", "Chan-o-cha"), or an initial with its full stop.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Unit {
    s: usize,
    e: usize,
}

/// Capitalised words joined by single spaces.
///
/// (The units are kept as `u32` token indices: the run is 72 bytes instead
/// of 136, so that the scan's tens of thousands of runs are zero-filled and
/// copied inline rather than by a `memcpy` call each. A token index past
/// `u32::MAX` ends the run: see [`run_at`].)
#[derive(Clone, Copy, Debug, Default)]
struct Run {
    units: [[u32; 2]; MAX_UNITS],
    n: usize,
}

impl Run {
    /// Unit `k`.
    fn u(&self, k: usize) -> Unit {
        let [s, e] = self.units[k];
        Unit { s: s as usize, e: e as usize }
    }

    /// Appends `u` when its token indices fit the compact form; false (the
    /// run unchanged) otherwise.
    fn push(&mut self, u: Unit) -> bool {
        match (u32::try_from(u.s), u32::try_from(u.e)) {
            (Ok(s), Ok(e)) => {
                self.units[self.n] = [s, e];
                self.n += 1;
                true
            }
            _ => false,
        }
    }

    /// End token (exclusive) of unit `k - 1`.
    fn end_at(&self, k: usize) -> usize {
        self.units[k - 1][1] as usize
    }
}

/// A letter of a Latin-script foreign name: ASCII or Latin-1 accented
/// (Hernández, Guillén), never a Vietnamese-only letter (ơ, ư, ă, đ, ạ…).
fn is_foreign_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(c as u32, 0xC0..=0xFF)
            && !matches!(
                c,
                '×' | '÷'
                    | 'Â'
                    | 'Ê'
                    | 'Ô'
                    | 'â'
                    | 'ê'
                    | 'ô'
                    | 'Ã'
                    | 'ã'
                    | 'Õ'
                    | 'õ'
                    | 'Ý'
                    | 'ý'
                    | 'Ì'
                    | 'ì'
                    | 'Ò'
                    | 'ò'
                    | 'Ù'
                    | 'ù'
            )
}

/// True when `w` has a letter only Vietnamese writes.
// (Inlined: asked tens of thousands of times per 2 MB, most often answered
// by a byte or a feature bit; the call cost as much as the answer.)
#[inline(always)]
fn has_viet_letter(w: &str) -> bool {
    !w.is_ascii() && w.chars().any(|c| !c.is_ascii() && !is_foreign_letter(c) && crate::normalize::is_letter(c))
}

/// A name word at token `i`.
///
/// (Inlined into [`run_at`]'s loop, its one caller in the scan's hot path:
/// it is asked some 140,000 times per 2 MB of text, most often to answer
/// no at once — not a word, not capitalised — and the call itself, with
/// its registers saved and restored, cost a fifth of it.)
#[inline(always)]
fn unit_at(ctx: &Ctx, i: usize) -> Option<Unit> {
    let token = ctx.tokens.get(i)?;
    if token.kind() != TokenKind::Word {
        return None;
    }
    let t = &ctx.text[token.range()];
    match token.shape() {
        Shape::Title => {}
        // "McCain", "DiCaprio".
        Shape::Mixed if t.starts_with("Mc") || t.starts_with("Mac") && t.len() > 4 => {}
        _ => return None,
    }
    // "The Voice", "Game of Thrones": an English function word is in the
    // title of a work, a show or an outlet, never in a person's name.
    if ctx.lex.person.not_name.contains(&ctx.ids[i]) {
        return None;
    }
    let mut e = i + 1;
    // "Tr.", "Ng.": an abbreviated name has no vowel.
    if t.len() > 1
        && t.len() <= 4
        && !t.chars().any(|c| matches!(crate::normalize::fold_char(lower_char(c)), 'a' | 'e' | 'i' | 'o' | 'u' | 'y'))
    {
        return None;
    }
    // (Whether the token after is glued, read once: the tests below are
    // all about a glued token, and most name words have a space after.)
    let glued = ctx.gaps.get(e) == Some(&super::Gap::Glued);
    if !glued {
        return Some(Unit { s: i, e });
    }
    let next = ctx.tok(e);
    // "Phapluatplus.vn": a web address, not a name.
    if next == "."
        && ctx.gaps.get(e + 1) == Some(&super::Gap::Glued)
        && ctx.shape(e + 1) == Shape::Lower
        && t.chars().count() > 1
    {
        return None;
    }
    // "Covid-19", "Su-30": a code, not a name.
    if next == "-" && ctx.kind(e + 1) == Some(TokenKind::Number) {
        return None;
    }
    // "A." of "A.S. Pushkin", "D." of "Giàng Thị D.".
    if t.len() == 1 && next == "." {
        return Some(Unit { s: i, e: e + 1 });
    }
    if !matches!(next, "-" | "'") {
        return Some(Unit { s: i, e });
    }
    while matches!(ctx.tok(e), "-" | "'")
        && ctx.gaps.get(e) == Some(&super::Gap::Glued)
        && ctx.kind(e + 1) == Some(TokenKind::Word)
        && ctx.gaps.get(e + 1) == Some(&super::Gap::Glued)
    {
        // "Ferdinand-Vidic", "Hà Nội-Hải Phòng": two capitalised words
        // joined by a hyphen are a pair, unless the second is a name part
        // ("Jean-Pierre", "Kim Jong-Un") or the first a particle ("Al-").
        if ctx.tok(e) == "-"
            && ctx.shape(e + 1) != Shape::Lower
            && !ctx.feat(e + 1).any(Feat::FOREIGN)
            && ctx.tok(e - 1).chars().count() > 3
        {
            break;
        }
        e += 2;
    }
    Some(Unit { s: i, e })
}

/// A particle at `k` and the name word glued to it ("al-Assad"), or the
/// particle alone when a name word follows it ("bin Salman").
fn particle_unit(ctx: &Ctx, k: usize) -> Option<Unit> {
    if !is_particle(ctx, k) {
        return None;
    }
    if ctx.tok(k + 1) == "-" && ctx.gaps.get(k + 1) == Some(&super::Gap::Glued) && ctx.shape(k + 2) == Shape::Title {
        return (ctx.gaps.get(k + 2) == Some(&super::Gap::Glued)).then_some(Unit { s: k, e: k + 3 });
    }
    (ctx.joined(k) && unit_at(ctx, k + 1).is_some()).then_some(Unit { s: k, e: k + 1 })
}

/// A lower-case particle of foreign names at token `k` ("al", "bin", "van").
fn is_particle(ctx: &Ctx, k: usize) -> bool {
    ctx.shape(k) == Shape::Lower && ctx.ids.get(k).is_some_and(|id| ctx.lex.person.particles.contains(id))
}

/// The run of name words starting at token `i` (empty when none starts).
fn run_at(ctx: &Ctx, i: usize) -> Run {
    let mut r = run_words(ctx, i);
    // "Thần Tài Ông Nguyễn Văn Kết": a headline run on into the next
    // sentence ends where a form of address opens a Vietnamese name.
    if let Some(c) = (1..r.n).find(|&c| address_opens_name(ctx, r.u(c).s, i)) {
        r.n = c;
    }
    r
}

/// [`run_at`] before a form of address inside the run is looked for (what
/// [`address_opens_name`] reads after one: no run is read from inside
/// another's reading, however long the text's chain of names).
fn run_words(ctx: &Ctx, i: usize) -> Run {
    let mut r = Run::default();
    let mut k = i;
    while r.n < MAX_UNITS {
        let u = match unit_at(ctx, k) {
            Some(u) => Some(u),
            // "Bashar al-Assad", "Mohammed bin Salman", "Louis van Gaal": a
            // lower-case particle inside a foreign name.
            // (The particle is looked for first: it is the rare part.)
            None if r.n > 0
                && is_particle(ctx, k)
                && !viet_ok(ctx, r.u(r.n - 1))
                && foreign_shape(ctx, r.u(r.n - 1)) =>
            {
                particle_unit(ctx, k)
            }
            None => None,
        };
        // (A text of more than four billion tokens ends its runs there.)
        let Some(u) = u.filter(|&u| r.push(u)) else { break };
        k = u.e;
        // After an initial the next word may be glued: "H.Long".
        // (The full stop is looked at only when no space follows.)
        let glued_after_initial = || ctx.gaps.get(k) == Some(&super::Gap::Glued) && ctx.tok(k - 1) == ".";
        if !(ctx.gaps.get(k) == Some(&super::Gap::Space) || glued_after_initial()) {
            break;
        }
    }
    if let Some(c) = foreign_split(ctx, &r) {
        r.n = c;
    }
    r
}

/// True when token `i` is a capitalised form of address of one word
/// ("Ông", "Bà", "Anh") before a Vietnamese name of two to four words
/// opened by a family name ("Ông Nguyễn Văn Kết"): inside a run of
/// capitalised words from `start` (a headline run on into the next
/// sentence), the name starts there. "Anh" and "Em" are also middle
/// names: after a family name opening the run ("Huỳnh Anh Hoàng Oanh")
/// they are read so.
fn address_opens_name(ctx: &Ctx, i: usize, start: usize) -> bool {
    if !address_word(ctx, i) {
        return false;
    }
    if start < i && ctx.feat(start).any(Feat::SURNAME) && matches!(ctx.raw(i), "anh" | "em") {
        return false;
    }
    // (A family name that is also a form of address, "Ông", opens no name
    // here: "Ảnh: Tuấn Anh Ông Tiến …" is a credit, then "Ông Tiến".)
    let next = i + 1;
    let family = ctx.feat(next).any(Feat::SURNAME) && !ctx.feat(next).any(Feat::HONORIFIC_FIRST);
    if !(ctx.joined(i) && ctx.shape(next) == Shape::Title && family) {
        return false;
    }
    // The name ends at the next such form of address ("Bé Nguyễn Đức Anh
    // Khôi Bé Nguyễn Hoàng Hải"), told without reading a run from it.
    let mut r = run_words(ctx, next);
    if let Some(c) = (1..r.n).find(|&c| address_word(ctx, r.u(c).s) && ctx.feat(r.u(c).s + 1).any(Feat::SURNAME)) {
        r.n = c;
    }
    (2..=4).contains(&r.n) && form_of(ctx, &r, 0, r.n) == Some(Form::Viet)
}

/// A capitalised form of address of one word at `s` ("Ông", "Bà").
fn address_word(ctx: &Ctx, s: usize) -> bool {
    ctx.shape(s) == Shape::Title
        && ctx.feat(s).any(Feat::HONORIFIC_FIRST)
        && ctx.phrase_at(s, &ctx.lex.honorifics).is_some_and(|(n, _)| n == 1)
}

/// "Cristiano Ronaldo Gareth Bale": a list without its comma. A run of
/// four foreign words or more, longer than any name form, that reads as
/// two known foreign names, the second opening with a listed given name,
/// is two names: the number of units of the first.
fn foreign_split(ctx: &Ctx, r: &Run) -> Option<usize> {
    // ("Tamim bin Hamad Al-Thani": a particle holds a name together.)
    let plain = |k: usize| {
        let u = r.u(k);
        foreign_shape(ctx, u) && !is_initial(ctx, u) && !ctx.lex.person.particles.contains(&ctx.ids[u.s])
    };
    if r.n < 4 || !(0..r.n).all(plain) {
        return None;
    }
    let text = |a: usize, b: usize| &ctx.lower[ctx.tokens[r.u(a).s].start()..ctx.tokens[r.u(b - 1).e - 1].end()];
    (2..=r.n - 2).find(|&c| {
        // A caption repeating the name ("Paris Hilton Paris Hilton"), or a
        // first name ending in a word that can be a surname, before a
        // listed given name ("Zachary David Alexander Efron" is one name).
        let ends = foreign_part(ctx, r.u(c - 1));
        let repeated = 2 * c == r.n && text(0, c) == text(c, r.n);
        (repeated || ends.given == 0 || ends.surname != 0)
            && foreign_part(ctx, r.u(c)).given != 0
            && !ctx.feat(r.u(c).s).any(Feat::STOPWORD)
            && form_of(ctx, r, 0, c) == Some(Form::ForeignKnown)
            && form_of(ctx, r, c, r.n) == Some(Form::ForeignKnown)
    })
}

/// True when token `i` opens the second name of a run cut by
/// [`foreign_split`] (the scan reads it as a run of its own).
fn split_here(ctx: &Ctx, i: usize, memo: &mut RunMemo) -> bool {
    let mut s = i;
    while s > 0 && i - s < MAX_UNITS && continues_run(ctx, s) {
        s -= 1;
    }
    if address_opens_name(ctx, i, s) {
        return true;
    }
    if s >= i {
        return false;
    }
    // (When the memo holds the run at `s` — [`bare`] read it at the run's
    // first word, and every word after it asks here — the run's end answers
    // first: it is rarely `i` (where [`foreign_split`] cut the run), so the
    // other tests, pure questions of the same conjunction, are mostly not
    // asked.)
    let ends_here = |r: &Run| r.n >= 2 && r.end_at(r.n) == i;
    if memo.get(s).is_some_and(|r| !ends_here(r)) {
        return false;
    }
    ctx.shape(s) == Shape::Title && foreign_shape(ctx, Unit { s, e: s + 1 }) && ends_here(&memo.run_at(ctx, s))
}

/// The last run read by the scan: each word inside a run asks
/// [`split_here`] about the run it is in, which [`bare`] has read at its
/// first word.
#[derive(Default)]
struct RunMemo(Option<(usize, Run)>);

impl RunMemo {
    /// The run at `s` when it is the one kept.
    fn get(&self, s: usize) -> Option<&Run> {
        self.0.as_ref().filter(|(at, _)| *at == s).map(|(_, r)| r)
    }

    /// [`run_at`], read once for the same start.
    fn run_at(&mut self, ctx: &Ctx, s: usize) -> Run {
        match self.0 {
            Some((at, r)) if at == s => r,
            _ => {
                let r = run_at(ctx, s);
                self.0 = Some((s, r));
                r
            }
        }
    }
}

/// Cuts the words that are not part of a name from the end of a run: a
/// role that starts in it ("Trần Công Thắng Chủ tịch…", "Đoàn Chủ tịch"),
/// or a headline word running on after a name of three words ("Lâm Văn
/// Mẫn Chân dung…"). Returns true when a role was cut.
fn trim_run(ctx: &Ctx, r: &mut Run) -> bool {
    // "Nay Bộ Y tế đang …": a known body that starts inside the run and goes
    // on past it is the body, not the end of a name.
    let run_end = if r.n >= 2 { r.end_at(r.n) } else { 0 };
    if let Some(j) = (1..r.n).find(|&j| {
        let s = r.u(j).s;
        ctx.feat(s).any(Feat::ORG_KNOWN_FIRST) && head_at(ctx, s).is_some_and(|(m, known)| known && s + m > run_end)
    }) {
        r.n = j;
        return true;
    }
    cut_run_on(ctx, r);
    if r.n >= 2 {
        let last = r.u(r.n - 1);
        if opens_role(ctx, last) {
            r.n -= 1;
            return true;
        }
        // (Each test is made only when the ones before it leave the answer open.)
        // "Minh Tiệp Trong khi…": a function word opening a word.
        let opens_word = || ctx.shape(last.e) == Shape::Lower && ctx.joined(last.e - 1) && ctx.is_word(last.e - 1, 2);
        // ("Yến Trang Một nguồn tin …": the article "một" opens the next
        // sentence of a headline run on.)
        let article = || {
            ctx.feat(last.s).any(Feat::NUMBER_WORD)
                && ctx.lex.number_words.get(ctx.ltok(last.s)).is_some_and(|(v, _)| *v == 1.0)
        };
        let function_word = || (ctx.feat(last.s).any(Feat::STOPWORD) || article()) && given_band(ctx, last) == 0;
        // ("ông Trịnh Bằng Có cho biết": a verb of speech after it ends the name.)
        let before_lower = || {
            ctx.shape(last.e) == Shape::Lower
                && ctx.joined(last.e - 1)
                && !ctx.phrase_at(last.e, &ctx.lex.person.verbs).is_some_and(|(_, (_, k))| *k == VerbKind::Speech)
        };
        if r.n >= 4 && opens_word() || function_word() && before_lower() {
            r.n -= 1;
        }
    }
    false
}

/// True when the capitalised word `u` ending a run opens a role that goes
/// on past it ("… Chủ tịch UBND …": the run took "Chủ" alone).
fn opens_role(ctx: &Ctx, u: Unit) -> bool {
    ctx.feat(u.s).any(ANY_ROLE_FIRST) && role_entry(ctx, u.s).is_some_and(|(m, _)| u.s + m > u.e)
}

/// "Ảnh: Thái San Theo Kế hoạch số 32…", "Cảnh Tuấn Sáng 6/2, …": a
/// sentence run on after a name with its full stop lost opens with a word
/// no name has; the run ends before it (from its third word). Not after a
/// middle name, which ends no name: "Trương Thị May mặc áo dài",
/// "Nguyễn Văn Nữa là …".
fn cut_run_on(ctx: &Ctx, r: &mut Run) {
    let middle = |k: usize| ctx.lex.person.middle.contains(&ctx.ids[k]);
    if let Some(j) = (2..r.n).find(|&j| !middle(r.u(j - 1).s) && opens_next_sentence(ctx, r.u(j), j + 1 == r.n)) {
        r.n = j;
    }
}

/// A word of one token, capitalised, that opens a sentence run on into a
/// name (from its third word): a word of dates before a number ("Sáng
/// 6/2", "Năm 2016"), or a plain Vietnamese word no name table knows that
/// labels a credit ("Ảnh:"), or is a function word ("Theo CNBC") or opens
/// a word with the lower-case word after it ("Tuy nhiên"). A role opens
/// no sentence ("Phạm Minh Chính Ủy viên …"), nor a function word that is
/// the run's `last` ("Nguyễn Văn Để (76 tuổi)", "Trịnh Bằng Có, Giám
/// đốc": a given name no table lists).
fn opens_next_sentence(ctx: &Ctx, u: Unit, last: bool) -> bool {
    if u.e != u.s + 1 || ctx.shape(u.s) != Shape::Title {
        return false;
    }
    let f = ctx.feat(u.s);
    let next = u.e;
    // (A day and month, or a year: not "Sang 9 năm tù", "Hằng 34 tuổi".)
    let date_after = || {
        let t = ctx.tok(next);
        t.contains(['/', '.', '-'])
            || matches!(ctx.tok(next + 1), "/" | "." | "-") && ctx.kind(next + 2) == Some(TokenKind::Number)
            || t.len() == 4 && t.starts_with(['1', '2'])
    };
    if f.any(Feat::DATE_FIRST) && ctx.kind(next) == Some(TokenKind::Number) && ctx.joined(u.s) && date_after() {
        return true;
    }
    // ("Nhã Phương Năm nay …", "… Chiều nay": a part of the day, a day,
    // a week or a year told from today; not "Phạm Sỹ Quý sau …".)
    let single = |k: usize, kinds: u32| ctx.lex.date.words.single(ctx.ids[k]).is_some_and(|w| w.is(kinds));
    let period = date_kind::PART | date_kind::DAY | date_kind::HOM | date_kind::WEEK | date_kind::YEAR;
    if f.any(Feat::DATE_FIRST)
        && ctx.joined(u.s)
        && ctx.shape(next) == Shape::Lower
        && single(u.s, period)
        && single(next, date_kind::REL | date_kind::SHORT_DEICTIC)
    {
        return true;
    }
    // (A function word that is also a foreign given name, "Theo", opens
    // the sentence before another capitalised word: "Warren Buffett Theo
    // CNBC".)
    let foreign = f.any(Feat::FOREIGN) && (last || !f.any(Feat::STOPWORD));
    // ("Narendra Modi Tuy nhiên, …": a given name the tables call rare
    // that opens a word with the lower-case word after it opens the next
    // sentence; not a common one, "Nguyễn Văn Thành công tác …".)
    let rare_given = || {
        given_band(ctx, u) == 3
            && !f.any(Feat::SURNAME | Feat::ETHNIC_FIRST)
            && ctx.shape(next) == Shape::Lower
            && ctx.joined(u.s)
            && ctx.is_word(u.s, 2)
    };
    if foreign || f.any(Feat::GIVEN | Feat::SURNAME | Feat::ETHNIC_FIRST) && !rare_given() || !viet_ok(ctx, u) {
        return false;
    }
    if f.any(ANY_ROLE_FIRST) && role_entry(ctx, u.s).is_some() {
        return false;
    }
    if f.any(Feat::CREDIT_FIRST) && ctx.tok(next) == ":" {
        return true;
    }
    // (A function word ending the run before a lower-case word is
    // [`trim_run`]'s to cut; before an acronym it opens the sentence,
    // "Theo CNBC".)
    let lower_next = ctx.shape(next) == Shape::Lower && ctx.joined(u.s);
    let stop = f.any(Feat::STOPWORD) && (!last || ctx.joined(u.s) && ctx.is_cap(next));
    stop || lower_next && ctx.is_word(u.s, 2)
}

/// True when a capitalised word joined to token `i` comes right before it.
// (Inlined: asked tens of thousands of times per 2 MB, most often answered
// by a byte or a feature bit; the call cost as much as the answer.)
#[inline(always)]
fn continues_run(ctx: &Ctx, i: usize) -> bool {
    i > 0
        && ctx.gaps.get(i) == Some(&super::Gap::Space)
        && (ctx.shape(i - 1) == Shape::Title || (ctx.tok(i - 1) == "." && i >= 2 && ctx.tok(i - 2).len() == 1))
}

/// A single letter, with or without its full stop ("K.", "Đ").
// (Inlined: asked tens of thousands of times per 2 MB, most often answered
// by a byte or a feature bit; the call cost as much as the answer.)
#[inline(always)]
fn is_initial(ctx: &Ctx, u: Unit) -> bool {
    // (One char is four bytes at most: longer words are not counted.)
    let t = ctx.tok(u.s);
    t.len() <= 4 && t.chars().count() == 1 && (u.e == u.s + 1 || u.e == u.s + 2 && ctx.tok(u.e - 1) == ".")
}

/// A Vietnamese syllable: Vietnamese letters, or a syllable of the tables.
// (Inlined: asked tens of thousands of times per 2 MB, most often answered
// by a byte or a feature bit; the call cost as much as the answer.)
#[inline(always)]
fn viet_ok(ctx: &Ctx, u: Unit) -> bool {
    if u.e != u.s + 1 {
        return false;
    }
    let f = ctx.feat(u.s);
    // (The word's features first: reading its letters costs more.)
    f.any(Feat::GIVEN | Feat::SURNAME | Feat::ETHNIC_FIRST)
        || (f.any(Feat::WORD_FIRST) && !f.any(Feat::FOREIGN))
        || has_viet_letter(ctx.tok(u.s))
}

/// Written in Latin letters no Vietnamese word needs.
/// (Where a test asks it with [`viet_ok`], that one comes first: its
/// feature bits answer for most words, where this reads the letters.)
fn foreign_shape(ctx: &Ctx, u: Unit) -> bool {
    // (One token, the common case: its text is the unit's.)
    if u.e == u.s + 1 {
        let t = ctx.tok(u.s);
        return t.is_ascii() || matches!(t, "-" | "'" | ".") || t.chars().all(is_foreign_letter);
    }
    let text = &ctx.text[ctx.tokens[u.s].start()..ctx.tokens[u.e - 1].end()];
    text.is_ascii()
        || (u.s..u.e).all(|k| matches!(ctx.tok(k), "-" | "'" | ".") || ctx.tok(k).chars().all(is_foreign_letter))
}

// (Inlined: asked tens of thousands of times per 2 MB, most often answered
// by a byte or a feature bit; the call cost as much as the answer.)
#[inline(always)]
fn given_band(ctx: &Ctx, u: Unit) -> u8 {
    if u.e != u.s + 1 || !ctx.feat(u.s).any(Feat::GIVEN) {
        return 0;
    }
    ctx.lex.person.given.get(&ctx.ids[u.s]).copied().unwrap_or(3)
}

// (Inlined: asked tens of thousands of times per 2 MB, most often answered
// by a byte or a feature bit; the call cost as much as the answer.)
#[inline(always)]
fn foreign_part(ctx: &Ctx, u: Unit) -> ForeignPart {
    if !ctx.feat(u.s).any(Feat::FOREIGN) {
        return ForeignPart::default();
    }
    ctx.lex.person.foreign.get(&ctx.ids[u.s]).copied().unwrap_or_default()
}

fn is_surname(ctx: &Ctx, u: Unit) -> bool {
    u.e == u.s + 1 && ctx.feat(u.s).any(Feat::SURNAME)
}

/// Units a compound family name ("Tôn Thất") starting at unit `a` uses.
fn compound_surname(ctx: &Ctx, r: &Run, a: usize) -> usize {
    if a + 1 < r.n
        && ctx.feat(r.u(a).s).any(Feat::COMPOUND_SURNAME_FIRST)
        && ctx.lex.compound_surnames.has(&ctx.ids, &ctx.gaps, r.u(a).s, 2)
    {
        return 2;
    }
    usize::from(is_surname(ctx, r.u(a)))
}

/// Ethnic-minority opener or surname at unit `a`: its role and the units
/// it takes ("Rơ Châm" takes two, "H'" is part of its unit).
// (Inlined: asked tens of thousands of times per 2 MB, most often answered
// by a byte or a feature bit; the call cost as much as the answer.)
#[inline(always)]
fn ethnic_at(ctx: &Ctx, r: &Run, a: usize) -> Option<(EthnicRole, usize)> {
    let s = r.u(a).s;
    if !ctx.feat(s).any(Feat::ETHNIC_FIRST) {
        return None;
    }
    let (n, (_, role)) = ctx.lex.person.ethnic.longest(&ctx.ids, &ctx.gaps, s)?;
    // The entry must end on a unit boundary, or be a glued opener ("H'").
    let end = s + n;
    if let Some(k) = (a..r.n).find(|&k| r.u(k).e == end) {
        return Some((*role, k + 1 - a));
    }
    (*role == EthnicRole::Opener && end < r.u(a).e).then_some((*role, 1))
}

// ---------------------------------------------------------------------------
// Name forms.

/// What a run of name words looks like.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Form {
    /// Surname-led Vietnamese name: "Lâm Văn Mẫn", "Nguyễn Dương".
    Viet,
    /// Ethnic-minority name: "Y Biêr Niê", "Ksor Thiên", "Neáng Kim Sone".
    Ethnic,
    /// Foreign name whose parts the tables know: "Park Hang-seo", "Jill Biden".
    ForeignKnown,
    /// Foreign-shaped words: "Prayut Chan-o-cha", "Brandao".
    Foreign,
    /// Given-name syllables only: "Công Phượng", "Quang Hải".
    Given,
    /// Other Vietnamese syllables ("Lôi Quân"): a name only after a cue.
    Syllables,
}

/// The form of units `a..b` of `r`, if they can be a name at all.
fn form_of(ctx: &Ctx, r: &Run, a: usize, b: usize) -> Option<Form> {
    let n = b - a;
    if n == 0 || (a..b).all(|k| is_initial(ctx, r.u(k))) {
        return None;
    }
    let sur = compound_surname(ctx, r, a);
    // Middle names of minority people may be unlisted ("Dương Mah Tiệp");
    // the last word must be a Vietnamese syllable (or an initial).
    // (Read only after a family name.)
    // A plain syllable Vietnamese also writes ("Bang", "Dong", "Hong")
    // is the given name after a family name that is only Vietnamese and
    // a middle name ("Nguyễn Xuân Bang"), though the foreign tables list
    // it for East Asian names; after "Kim" or "Ha" it stays foreign, and
    // a Western given name ("Tim") is a second person's. Not where every
    // syllable is plain ("Dao Song Tu Tay" is an island), nor in a line
    // written in capitals, whose case is guessed ("ĐỒNG PHỤC IN").
    let viet_family = || sur > 0 && (a..a + sur).all(|k| foreign_part(ctx, r.u(k)).surname == 0);
    let listed_plain = |k: usize| {
        let u = r.u(k);
        let p = foreign_part(ctx, u);
        k == b - 1
            && n >= sur + 2
            && u.e == u.s + 1
            && (p.given | p.surname) & origin::WESTERN == 0
            && ctx.feat(u.s).any(Feat::WORD_FIRST)
            && ctx.tok(u.s).is_ascii()
            && !ctx.in_recased(ctx.tokens[u.s].start())
            && (a..b).any(|j| has_viet_letter(ctx.tok(r.u(j).s)))
    };
    let all_viet = || {
        (a + sur.max(1)..b).all(|k| {
            viet_ok(ctx, r.u(k))
                || (listed_plain(k) && viet_family())
                || (k == b - 1 && is_initial(ctx, r.u(k)))
                || (k < b - 1 && foreign_shape(ctx, r.u(k)) && foreign_part(ctx, r.u(k)) == ForeignPart::default())
        })
    };
    if sur > 0 && n > sur && n <= 3 + sur && all_viet() {
        return Some(Form::Viet);
    }
    // Foreign-shaped, not all Vietnamese syllables, four words at most.
    // (The syllables first: a feature bit answers for most words, where
    // the shape reads the letters.)
    let foreign_words = n <= 4
        && (a..b).any(|k| !viet_ok(ctx, r.u(k)) && !is_initial(ctx, r.u(k)))
        && (a..b).all(|k| foreign_shape(ctx, r.u(k)) || is_initial(ctx, r.u(k)));
    if foreign_words && foreign_known(ctx, r, a, b) {
        return Some(Form::ForeignKnown);
    }
    // Ethnic openers and clan names.
    if let Some((_, m)) = ethnic_at(ctx, r, a) {
        let rest_ok = (a + m..b).all(|k| viet_ok(ctx, r.u(k)) || foreign_shape(ctx, r.u(k)) || is_initial(ctx, r.u(k)));
        let opener_unit = r.u(a).e - r.u(a).s > 1; // "H'Hen" is a name in itself
        if rest_ok && (n > m || opener_unit) && n <= 5 {
            return Some(Form::Ethnic);
        }
    }
    if foreign_words {
        return Some(Form::Foreign);
    }
    if n <= 3 && (a..b).all(|k| given_band(ctx, r.u(k)) > 0) {
        return Some(Form::Given);
    }
    if n <= 3 && (a..b).all(|k| viet_ok(ctx, r.u(k))) && (a..b).any(|k| has_viet_letter(ctx.tok(r.u(k).s))) {
        return Some(Form::Syllables);
    }
    None
}

/// A foreign name the tables vouch for: a listed given name or surname
/// first (or a Japanese surname second) and a second name word.
fn foreign_known(ctx: &Ctx, r: &Run, a: usize, b: usize) -> bool {
    if b - a < 2 {
        return false;
    }
    let first = foreign_part(ctx, r.u(a));
    let hyphen = |k: usize| r.u(k).e - r.u(k).s > 1;
    // A syllable of a romanised East Asian given name: listed, hyphenated
    // ("Hang-seo") or short ("Joo", "Ho").
    let syllable = |k: usize| {
        let p = foreign_part(ctx, r.u(k));
        (p.given | p.surname) != 0 || hyphen(k) || ctx.tok(r.u(k).s).len() <= 5
    };
    // Korean and Chinese: surname first, then one or two given syllables.
    let east = origin::KOREAN | origin::CHINESE;
    if first.surname & east != 0 && b - a <= 3 && (a + 1..b).all(syllable) {
        return true;
    }
    // Japanese in either order: a listed surname or given name and one more word.
    let jp = origin::JAPANESE;
    if (first.surname | first.given) & jp != 0 && b - a == 2 {
        return true;
    }
    let second = foreign_part(ctx, r.u(a + 1));
    if second.surname & jp != 0 && b - a == 2 {
        return true;
    }
    // Western, Thai, Lao, Khmer and other given names first.
    let given_first = origin::WESTERN | origin::THAI | origin::LAO | origin::KHMER | origin::OTHER;
    first.given & given_first != 0 && b - a <= 3
}

/// True when the run `s..e` (tokens) is a place, an event or a thing that
/// looks like a name. `person_cue`: a title or an honorific points at a
/// person, so runs that are also people's names pass.
fn blocked(ctx: &Ctx, s: usize, e: usize, person_cue: bool) -> bool {
    let n = e - s;
    let p = &ctx.lex.person;
    // "Victoria's Secret", "McDonald's", "Asia's Next Top Model": an
    // English possessive names a brand or a work, never a person, nor do
    // the words right after it.
    let possessive = |k: usize| k > 0 && matches!(ctx.tok(k - 1), "'" | "’") && ctx.tok(k) == "s";
    if (s + 1..e.min(ctx.tokens.len())).any(possessive) || s > 0 && possessive(s - 1) {
        return true;
    }
    // (Looked up once for both tests.)
    let not_person = ctx.phrase_at(s, &p.not_person_names);
    if let Some((m, (_, also_person))) = not_person {
        if m == n && !(person_cue && *also_person) {
            return true;
        }
    }
    // "New York Times", "Apple Lisa": a place or a brand opening a run (a
    // name of one word only where no cue points at a person).
    if not_person.is_some_and(|(m, (_, also))| (m >= 2 || !person_cue) && m < n && !also) {
        return true;
    }
    // "Kia Morning", "Ford Ranger", "Apple Pencil", "Toyota Motor
    // Corporation": a brand opening a longer run names a product or the
    // company, unless a name word follows it ("Honda Keisuke") or, after a
    // cue, the brand is also a given name ("thí sinh Zara Holland").
    let given_word = |k: usize| {
        ctx.ids.get(k).and_then(|id| p.foreign.get(id)).is_some_and(|x| (x.given | x.surname) != 0)
            || ctx.feat(k).any(Feat::SURNAME | Feat::GIVEN)
    };
    if ctx.feat(s).any(Feat::BRAND_FIRST) && !(person_cue && given_word(s)) {
        if let Some((m, _)) = ctx.phrase_at(s, &ctx.lex.org.brands).filter(|(m, _)| *m < n) {
            // (After a cue, no name word anywhere after the brand: "Chủ tịch
            // Samsung Electronics Lee Jae-yong" is read with its body.)
            let names_after = if person_cue { (s + m..e).any(given_word) } else { given_word(s + m) };
            if !names_after {
                return true;
            }
        }
    }
    // "Thái Lan Nhóm 2", "Hàn Quốc Tự do": a country of two words or more
    // opening a run is not part of a name.
    if ctx.feat(s).any(Feat::COUNTRY_FIRST)
        && ctx.phrase_at(s, &ctx.lex.countries).is_some_and(|(m, _)| m >= 2 && m < n)
    {
        return true;
    }
    // "bầu Đức", "bà Nga": after a form of address a country's name that
    // is also a given name is the given name.
    let f = ctx.feat(s);
    if f.any(Feat::COUNTRY_FIRST)
        && ctx.lex.countries.has(&ctx.ids, &ctx.gaps, s, n)
        && !(person_cue && n == 1 && f.any(Feat::GIVEN))
    {
        return true;
    }
    if ctx.feat(s).any(Feat::PROVINCE_FIRST) && ctx.lex.province_names.has(&ctx.ids, &ctx.gaps, s, n) {
        // "Hồ Chí Minh": a full name of three syllables names the person
        // (the city is "TP Hồ Chí Minh", see place_before).
        let _ = person_cue;
        return !(n >= 3 && ctx.feat(s).any(Feat::SURNAME));
    }
    // "Hoàng Anh Gia Lai": a name ending in a province is a body's name
    // ("biên kịch Nguyễn Hà Giang" is a woman called Hà Giang).
    if n >= 3 && province_at(ctx, e - 2) == Some(2) && (n >= 4 || !person_cue) {
        return true;
    }
    // "An Khang Miền Nam": nor one ending in a region.
    if n >= 3
        && ctx.feat(e - 2).any(Feat::NOT_PERSON_NAME_FIRST)
        && ctx.phrase_at(e - 2, &p.not_person_names).is_some_and(|(m, (_, also))| m == 2 && !also)
    {
        return true;
    }
    // "Đoàn Việt Nam": nor is one ending in a country.
    if n >= 3 {
        for back in [2, 1] {
            let c = e - back;
            let ends_country =
                ctx.feat(c).any(Feat::COUNTRY_FIRST) && ctx.lex.countries.has(&ctx.ids, &ctx.gaps, c, back);
            if ends_country && (back == 2 || !ctx.feat(c).any(Feat::GIVEN)) {
                return true;
            }
        }
    }
    // "Đoàn Công Tác", "Đoàn Thanh Niên", "Đoàn Cấp cao": a family name that
    // is also a head word, then capitalised syllables spelling a common
    // word, one of which is no common given name, is a body or a
    // delegation ("Đoàn Thanh Bình" is a person: both are given names).
    if n >= 2 && f.any(Feat::SURNAME) && ctx.phrase_at(s, &ctx.lex.org.heads).is_some() {
        let band = |k: usize| ctx.ids.get(k).and_then(|id| p.given.get(id)).copied();
        let common_word = ctx.is_word(s + 1, 2) && (s + 1..s + 3).any(|k| !matches!(band(k), Some(1 | 2)));
        if common_word || n == 2 && band(s + 1).is_none() && body_word_after(ctx, e) {
            return true;
        }
    }
    // "Messi Ronaldo": two famous people the tables know by one word,
    // listed without a comma (a headline's), are no one name ("Zlatan
    // Ibrahimovic" is one person's two words; "Ivanka Trump" opens with a
    // given name).
    if n == 2 {
        let known = |k: usize| ctx.lex.person.known_people.get(&ctx.ids[k]).copied();
        if let (Some(a), Some(b)) = (known(s), known(s + 1)) {
            let given = ctx.lex.person.foreign.get(&ctx.ids[s]).is_some_and(|x| x.given != 0);
            if a != b && !given {
                return true;
            }
        }
    }
    // "Virgin Group", "Gangwon FC": a run closed by a designator of bodies
    // is a body's name; "Confederations Cup", "Madrid Open": one closed by
    // an event's word is the event's.
    if ctx.feat(e - 1).any(Feat::DESIGNATOR_FIRST)
        && ctx.is_cap(e - 1)
        && ctx.lex.org.designators.has(&ctx.ids, &ctx.gaps, e - 1, 1)
        || n >= 2 && ctx.is_cap(e - 1) && p.event_words.contains(&ctx.ids[e - 1])
    {
        return true;
    }
    if !f.any(Feat::SURNAME)
        && f.any(Feat::HEAD_FIRST | Feat::KNOWN_FIRST)
        && (head_at(ctx, s).is_some() || ctx.phrase_at(s, &ctx.lex.org_heads).is_some())
        && !given_name_head(ctx, s)
    {
        return true;
    }
    false
}

/// "… Cấp cao", "… Công tác": a capitalised syllable that is no given name
/// ending at `e`, then a lower-case word of bodies' names completing it (a
/// body written with its first syllable capitalised, not a name).
fn body_word_after(ctx: &Ctx, e: usize) -> bool {
    e > 0
        && ctx.joined(e - 1)
        && ctx.shape(e) == Shape::Lower
        && ctx.feat(e).any(Feat::ORG_WORD)
        && !ctx.feat(e).any(Feat::STOPWORD)
        && !ctx.lex.person.given.contains_key(&ctx.ids[e - 1])
}

/// True when the words right before token `s` make the run there a place
/// or a thing: "đường", "số 7", "THPT", "phường", "mang tên".
fn place_before(ctx: &Ctx, s: usize) -> bool {
    if s == 0 || s >= ctx.tokens.len() {
        return false;
    }
    if ctx.gaps[s] == super::Gap::Glued && ctx.kind(s - 1) != Some(TokenKind::Punct) {
        return true; // "286-Lê Quý Đôn", "Nguyễn2"
    }
    if ctx.gaps[s] == super::Gap::Glued && ctx.tok(s - 1) == "-" {
        return true; // a code or a ship's name
    }
    let p = &ctx.lex.person.not_person_before;
    for back in 1..=3.min(s) {
        let b = s - back;
        // ("yêu cầu Nguyễn Văn An": the "cầu" of "yêu cầu" is no bridge.)
        if ctx.feat(b).any(Feat::NOT_PERSON_BEFORE_FIRST)
            && p.has(&ctx.ids, &ctx.gaps, b, back)
            && !ctx.ends_word(b)
            && (b..s - 1).all(|k| ctx.gaps[k + 1] != super::Gap::Other)
            && ctx.gaps[s] != super::Gap::Other
        {
            return true;
        }
    }
    // A house number: "198 Trần Quang Khải", "16/26 Trần Thiện Chánh".
    if ctx.kind(s - 1) == Some(TokenKind::Number) && ctx.gaps[s] == super::Gap::Space {
        return true;
    }
    false
}

/// "vòng xoay Nguyễn Kiệm - Nguyễn Thái Sơn", "đường Lê Lợi, Hai Bà
/// Trưng": a run listed right after a run that names a place; and a run
/// listed further on after a street's word, through names of two words or
/// more ("các tuyến đường Cộng Hòa, Lê Văn Sỹ và Nguyễn Văn Trỗi"; not
/// after other places: "TP Đồng Hới, Quảng Bình và Nguyễn Tú Anh" names a
/// person). Eight runs back at most. A run (ending before token `e`)
/// after a comma with a lower-case word after it opens the next clause
/// instead: "tại Real, Ronaldo ghi 60 bàn", "ở Hà Nội, Minh vẫn làm"
/// ([`clause_subject`]).
fn after_listed_place(ctx: &Ctx, s: usize, e: usize) -> bool {
    if clause_subject(ctx, s, e) {
        return false;
    }
    let mut s = s;
    for step in 0..12 {
        // ("đoạn từ Trần Khánh Dư đến Lê Văn Hưu": the other end of a stretch.)
        // (A semicolon parts streets only: "quận Ninh Kiều; Hồ Công Thiện,
        // nguyên Đội phó" names a person.)
        if s < 3
            || !(matches!(ctx.tok(s - 1), "-" | "–" | ",")
                || step > 0 && ctx.tok(s - 1) == ";"
                || matches!(ctx.ltok(s - 1), "và" | "đến" | "tới"))
        {
            return false;
        }
        // The name listed before, past its district or its stretch in
        // brackets ("Phạm Hùng (quận 8), Nguyễn Hữu Thọ (quận 7)", "Nam Kỳ
        // Khởi Nghĩa (đoạn từ Võ Thị Sáu đến Lê Lợi)"): streets listed.
        let mut end = s - 1;
        let mut district = false;
        if ctx.tok(end - 1) == ")" {
            let stretch = |k: usize| ctx.ltok(k) == "đoạn";
            match (end.saturating_sub(14)..end - 1).rev().find(|&k| ctx.tok(k) == "(") {
                Some(open)
                    if open > 0 && same_line(ctx, end - 1) && (district_word(ctx, open + 1) || stretch(open + 1)) =>
                {
                    end = open;
                    district = true;
                }
                _ => return false,
            }
        }
        if !ctx.is_cap(end - 1) {
            return false;
        }
        let p = listed_name_start(ctx, end);
        let place = if step == 0 && !district { place_before(ctx, p) } else { street_before(ctx, p) };
        if place || street_intro_before(ctx, p) {
            return true;
        }
        // A listed name of one word ends the walk.
        if end - p < 2 {
            return false;
        }
        s = p;
    }
    false
}

/// The first token of the capitalised name that ends before token `end`
/// (a separator of a list): six words back at most.
fn listed_name_start(ctx: &Ctx, end: usize) -> usize {
    let mut p = end - 1;
    while p > 0 && ctx.joined(p - 1) && ctx.shape(p - 1) == Shape::Title && p + 6 > end {
        p -= 1;
    }
    p
}

/// "Các tuyến đường bán xe cũ nổi tiếng như Láng Hạ, …", "các tuyến phố
/// như: …": a list of streets opened by "như", "gồm" or a colon after a
/// street's word and lower-case words (six at most) on the same line; the
/// name at token `p` is its first. (Not "đường dây": the street's word
/// spells no word with the one after it.)
fn street_intro_before(ctx: &Ctx, p: usize) -> bool {
    if p < 3 {
        return false;
    }
    let mut k = p - 1;
    if ctx.tok(k) == ":" && matches!(ctx.ltok(k - 1), "như" | "gồm") {
        k -= 1;
    }
    if !(matches!(ctx.ltok(k), "như" | "gồm") || ctx.tok(k) == ":") {
        return false;
    }
    for _ in 0..6 {
        if street_before(ctx, k) && !ctx.is_word(k - 1, 2) {
            return true;
        }
        if k < 2 || !ctx.joined(k - 1) || ctx.shape(k - 1) != Shape::Lower {
            return false;
        }
        k -= 1;
    }
    false
}

/// A word of a city's districts or wards at token `k` ("quận", "Q.",
/// "huyện", "phường", "P.", "thị xã").
fn district_word(ctx: &Ctx, k: usize) -> bool {
    matches!(ctx.ltok(k), "quận" | "q" | "huyện" | "h" | "phường" | "p" | "thị")
}

/// "tại Real, Ronaldo ghi 60 bàn": the run `s..e` after a comma that
/// closes a phrase of place, with a lower-case word after it that goes on
/// no list ("và", "hoặc", "đến"), is the next clause's subject, not a
/// second place. Not a run opening with a province ("quận Hai Bà Trưng,
/// Hà Nội cho biết"), nor one of two words or more after a street's word
/// or a word that counts places ("các tuyến phố Trần Nguyên Hãn, Tôn Đức
/// Thắng", "2 huyện Tri Tôn, Tịnh Biên").
fn clause_subject(ctx: &Ctx, s: usize, e: usize) -> bool {
    if s < 3 || ctx.tok(s - 1) != "," || e >= ctx.tokens.len() {
        return false;
    }
    let lower_after = ctx.shape(e) == Shape::Lower
        && ctx.joined(e - 1)
        && !matches!(ctx.ltok(e), "và" | "hoặc" | "hay" | "cùng" | "đến" | "tới" | "với");
    // (A body's head word that is the whole run: "tại Slovakia, Đoàn đại
    // biểu cấp cao …".)
    if !lower_after || province_at(ctx, s).is_some() || head_at(ctx, s).is_some_and(|(m, _)| s + m >= e) {
        return false;
    }
    // The place listed before the comma, right after its word: a name
    // listed after other names goes on their list ("như Hai Bà Trưng, Lý
    // Thường Kiệt, Trần Hưng Đạo bị ngập"); one word is a person met
    // before ("đoạn đường Quang Trung - Lê Ngọc Hân, Cường cho xe dừng
    // lại").
    let p = listed_name_start(ctx, s - 1);
    if e > s + 1 && !place_before(ctx, p) {
        return false;
    }
    // The count right before the word of place ("2 huyện", "các tuyến
    // phố"; not "thứ 3 tại Real", "24 tuổi người Brazil").
    let preposition = matches!(ctx.ltok(p - 1), "tại" | "ở" | "từ" | "đến" | "tới" | "sang" | "về" | "trong" | "trên");
    let counted = !preposition
        && (2..=3.min(p)).any(|back| {
            let k = p - back;
            (ctx.kind(k) == Some(TokenKind::Number)
                && !(k > 0 && (ctx.ltok(k - 1) == "thứ" || ctx.gaps[k] == super::Gap::Glued))
                || matches!(ctx.ltok(k), "các" | "những" | "hai" | "ba" | "bốn" | "nhiều"))
                && ctx.joined(k)
                && ctx.feat(k + 1).any(Feat::NOT_PERSON_BEFORE_FIRST)
                && ctx.lex.person.not_person_before.has(&ctx.ids, &ctx.gaps, k + 1, back - 1)
        });
    // Streets and places listed bear names of two words or more
    // ("đường Hoàng Sa, Nguyễn Tất Thành hướng về …"); a person met
    // before is named again by one word ("đến phố Nguyễn Khánh Toàn, Tài
    // gặp …", "các CLB Trung Quốc, Podolski nói …").
    e == s + 1 || !(counted || street_before(ctx, p))
}

/// True when a street's word ("đường", "tuyến phố", "hẻm": marked
/// `street` in `not_person_before.txt`) comes right before token `s`.
fn street_before(ctx: &Ctx, s: usize) -> bool {
    (1..=2.min(s)).any(|back| {
        let b = s - back;
        ctx.feat(b).any(Feat::NOT_PERSON_BEFORE_FIRST)
            && ctx.phrase_at(b, &ctx.lex.person.not_person_before).is_some_and(|(n, (_, street))| n == back && *street)
            && !ctx.ends_word(b)
            && ctx.gaps[s] != super::Gap::Other
    })
}

/// A capitalised word that opens a sentence.
// (Inlined: asked tens of thousands of times per 2 MB, most often answered
// by a byte or a feature bit; the call cost as much as the answer.)
#[inline(always)]
pub(crate) fn sentence_start(ctx: &Ctx, i: usize) -> bool {
    if i >= ctx.tokens.len() {
        return false;
    }
    if i == 0
        || ctx.gaps[i] == super::Gap::Other
            && crate::tokenize::breaks_line(ctx.text, ctx.tokens[i - 1].end(), ctx.tokens[i].start())
    {
        return true;
    }
    matches!(
        ctx.tok(i - 1),
        "." | "!" | "?" | ":" | ";" | "…" | "\"" | "“" | "”" | "(" | "-" | "–" | "—" | "'" | "*" | "•"
    )
}

// ---------------------------------------------------------------------------
// Names after cues.

/// A name read after a cue: token range, the body or country written
/// before it inside the run, and its form.
#[derive(Clone, Copy, Debug)]
struct NameRead {
    s: usize,
    e: usize,
    /// Capitalised words before the name in the same run ("Samsung
    /// Electronics" before "Lee Jae-yong").
    prefix: Option<(usize, usize)>,
    form: Option<Form>,
    units: usize,
    /// Holds a family or clan name.
    clan: bool,
}

/// One word after a country that can be a name on its own: a common
/// given name ("Mỹ Tâm"), or a foreign word ("Nga Putin"); not a function
/// word or the start of a word ("Pháp Từ khi", "Philippines Tuy nhiên").
fn name_word_after_country(ctx: &Ctx, u: Unit) -> bool {
    let f = ctx.feat(u.s);
    if f.any(Feat::STOPWORD) || is_initial(ctx, u) {
        return false;
    }
    if ctx.shape(u.e) == Shape::Lower && ctx.joined(u.e - 1) && ctx.is_word(u.e - 1, 2) {
        return false;
    }
    (1..=2).contains(&given_band(ctx, u)) || !viet_ok(ctx, u) && foreign_shape(ctx, u)
}

/// The name in the run at `j` after a title, an honorific or a degree.
fn name_after_title(ctx: &Ctx, j: usize) -> Option<NameRead> {
    name_after_title_in(ctx, j, &mut TrimmedRun::default())
}

/// [`name_after_title`], with the run at `j` read by `runs`.
fn name_after_title_in(ctx: &Ctx, j: usize, runs: &mut TrimmedRun) -> Option<NameRead> {
    let (r, cut_role, _) = runs.at(ctx, j);
    if r.n == 0 || (cut_role && r.n == 1) {
        return None;
    }
    let whole = form_of(ctx, &r, 0, r.n);
    // A country first: "Thái Lan Prayut Chan-o-cha".
    if let Some((m, _)) = ctx.phrase_at(j, &ctx.lex.countries) {
        if let Some(c) = (1..r.n).find(|&c| r.u(c).s == j + m) {
            let rest = r.n - c;
            if rest == 1 && !name_word_after_country(ctx, r.u(c)) {
                return None;
            }
            if whole != Some(Form::Viet) && (rest >= 2 || !viet_ok(ctx, r.u(c))) {
                let form = form_of(ctx, &r, c, r.n);
                return good(ctx, &r, c, r.n, form).map(|mut n| {
                    n.prefix = Some((j, r.u(c).s));
                    n
                });
            }
        }
    }
    let strong = |f: Option<Form>| matches!(f, Some(Form::Viet | Form::Ethnic | Form::ForeignKnown));
    if strong(whole) && r.n <= 5 {
        return good(ctx, &r, 0, r.n, whole);
    }
    // "ông Lô Văn Đồng", "bà Vưu Thị Diệu": a capitalised syllable before
    // the middle name of a man's or a woman's name is a family name the
    // list lacks, not a body before the name.
    if (3..=4).contains(&r.n) && unlisted_family(ctx, &r) {
        return good(ctx, &r, 0, r.n, Some(Form::Viet));
    }
    // A body before the name: the first suffix that reads strongly as a name.
    for a in 1..r.n {
        let f = form_of(ctx, &r, a, r.n);
        let prefix_foreign = || (0..a).all(|k| !viet_ok(ctx, r.u(k)) && foreign_shape(ctx, r.u(k)));
        if strong(f) || (f == Some(Form::Given) && r.n - a >= 2 && prefix_foreign()) {
            // "Nguyên Văn Doanh": name syllables before are part of the name.
            let prefix_names = (0..a).all(|k| {
                let fp = foreign_part(ctx, r.u(k));
                given_band(ctx, r.u(k)) > 0 || is_surname(ctx, r.u(k)) || (fp.given | fp.surname) != 0
            });
            if prefix_names || form_of(ctx, &r, 0, a).is_some_and(|p| p == Form::Viet) {
                continue;
            }
            return good(ctx, &r, a, r.n, f).map(|mut n| {
                n.prefix = Some((j, r.u(a).s));
                n
            });
        }
    }
    if r.n <= 4 {
        return good(ctx, &r, 0, r.n, whole);
    }
    None
}

/// True when the run `r` after a cue is a Vietnamese syllable, "Văn" or
/// "Thị" (the middle names of `given_names.txt` marked `middle`) and
/// given names: the first unit a family name the list lacks. Not a word
/// that opens a body, a role or a place ("Sở Văn hóa" is no name).
fn unlisted_family(ctx: &Ctx, r: &Run) -> bool {
    let (first, second) = (r.u(0), r.u(1));
    let opens_other = Feat::ORG_HEAD_FIRST
        | Feat::ORG_KNOWN_FIRST
        | Feat::HEAD_FIRST
        | Feat::ROLE_FIRST
        | Feat::PROVINCE_FIRST
        | Feat::COUNTRY_FIRST
        | Feat::SURNAME;
    first.e == first.s + 1
        && second.e == second.s + 1
        && has_viet_letter(ctx.tok(first.s))
        && !ctx.feat(first.s).any(opens_other)
        && ctx.lex.person.middle.contains(&ctx.ids[second.s])
        && matches!(form_of(ctx, r, 1, r.n), Some(Form::Viet | Form::Given | Form::Ethnic))
        && (2..r.n).all(|k| given_band(ctx, r.u(k)) > 0)
}

/// Checks the units `a..b` of `r` as a name after a cue.
fn good(ctx: &Ctx, r: &Run, a: usize, b: usize, form: Option<Form>) -> Option<NameRead> {
    let (s, e) = (r.u(a).s, r.end_at(b));
    if blocked(ctx, s, e, true) || (a..b).all(|k| is_initial(ctx, r.u(k))) {
        return None;
    }
    // A capitalised word opening a common word with the next one
    // ("Tổ hợp", "Văn phòng"), numbered ("Cụm 5") or followed by more
    // capitalised words is not a one-word name.
    if b - a == 1
        && ctx.joined(e - 1)
        && (ctx.shape(e) == Shape::Lower && ctx.is_word(e - 1, 2)
            || ctx.kind(e) == Some(TokenKind::Number)
            || ctx.is_cap(e))
    {
        return None;
    }
    // "Trưởng đoàn Cấp cao …": one capitalised syllable that is no given
    // name, completed by a word of bodies' names, is a body.
    if b - a == 1 && has_viet_letter(ctx.tok(s)) && body_word_after(ctx, e) {
        return None;
    }
    // "Trước đó", "khách Tây": one word that is a function word, or opens
    // a country's name without being a given name, is not a name.
    if b - a == 1 {
        let f = ctx.feat(s);
        if f.any(Feat::STOPWORD | Feat::COUNTRY_FIRST) && !f.any(Feat::GIVEN) {
            return None;
        }
    }
    // "… châu Âu": one word completing a word with the one before it. (After
    // a form of address a common given name is the name: "anh Hùng" is a
    // man called Hùng, not "anh hùng", a hero; "ông Trời" stays God.)
    let addressed = || {
        ctx.lex.honorifics.has(&ctx.ids, &ctx.gaps, s.saturating_sub(1), 1)
            && (1..=2).contains(&given_band(ctx, r.u(a)))
    };
    if b - a == 1
        && s > 0
        && ctx.joined(s - 1)
        && ctx.shape(s - 1) == Shape::Lower
        && ctx.is_word(s - 1, 2)
        && !addressed()
    {
        return None;
    }
    // A run of words none of which a name has ("Hội", "Dance Sport").
    if form.is_none() && b - a >= 2 {
        return None;
    }
    // A clan name: first ("Ksor Thiên"), or after the given name that
    // follows an opener ("Y Thông Mlô", "H'Hen Niê"; "Y Thông" has none).
    let opener = ethnic_at(ctx, r, a).is_some_and(|(role, _)| role == EthnicRole::Opener);
    let given_at = if opener && r.u(a).e - r.u(a).s == 1 { a + 2 } else { a + 1 };
    let clan_at =
        |k: usize| is_surname(ctx, r.u(k)) || ethnic_at(ctx, r, k).is_some_and(|(role, _)| role == EthnicRole::Surname);
    let clan = if opener { (given_at..b).any(clan_at) } else { clan_at(a) };
    Some(NameRead { s, e, prefix: None, form, units: b - a, clan })
}

/// A title that opens a clause, then a comma and a form of address with a
/// name: the title is that person's, written before the name it qualifies
/// ("Chủ tịch UBND tỉnh Quảng Nam, ông Đinh Văn Thu cho biết", "Theo
/// Người phát ngôn Bộ Ngoại giao, bà Lê Thị Thu Hằng"). The title chain
/// runs from `i` to `k`; returns the token where the name starts and the
/// form of address. Not a title inside a clause ("Tiếp Bộ trưởng X, ông Y
/// cho biết": the title is the guest's), nor one a comma does not close.
fn preposed_apposition<'a>(
    ctx: &Ctx<'a>,
    i: usize,
    k: usize,
    names: &mut NameMemo,
) -> Option<(usize, Option<&'a str>)> {
    if ctx.tok(k) != "," || !same_line(ctx, k + 1) {
        return None;
    }
    // After "theo" the apposition closes with a comma: "Theo bác sĩ, anh
    // Đông sẽ phải điều trị" names the source, then the clause's subject.
    let after_theo = i > 0 && ctx.ltok(i - 1) == "theo";
    if !(after_theo || sentence_start(ctx, i) || after_opening_adverbial(ctx, i)) {
        return None;
    }
    let (n, h) = honorific_at(ctx, k + 1)?;
    let j = k + 1 + n;
    let nr = names.at(ctx, j).filter(|_| ctx.joined(j - 1))?;
    (!after_theo || ctx.tok(nr.e) == ",").then_some((j, h))
}

/// "Trong khi đó, người phát ngôn …", "Ngoài ra, Chủ tịch …": token `i`
/// right after a comma that closes a sentence's opening phrase of one to
/// three words written in lower case after the first.
fn after_opening_adverbial(ctx: &Ctx, i: usize) -> bool {
    i >= 2
        && ctx.tok(i - 1) == ","
        && (2..=4).any(|n| {
            i >= n
                && sentence_start(ctx, i - n)
                && (i - n..i - 1)
                    .all(|j| ctx.kind(j) == Some(TokenKind::Word) && (j == i - n || ctx.shape(j) == Shape::Lower))
        })
}

/// True when the name read is a full form (not "ông Mẫn", "Biden").
fn is_full(n: &NameRead) -> bool {
    match n.form {
        Some(Form::Viet | Form::ForeignKnown | Form::Foreign) => n.units >= 2,
        // "Y Thông" is the given name of "Y Thông Mlô"; "Ksor Thiên",
        // "H'Hen Niê" hold a clan name.
        Some(Form::Ethnic) => n.units >= 3 || n.clan,
        _ => false,
    }
}

// ---------------------------------------------------------------------------
// Cues before a name.

pub(crate) fn honorific_at<'a>(ctx: &Ctx<'a>, i: usize) -> Option<(usize, Option<&'a str>)> {
    if !ctx.feat(i).any(Feat::HONORIFIC_FIRST) {
        return None;
    }
    let (n, (_, h)) = ctx.phrase_at(i, &ctx.lex.honorifics)?;
    // "ông chủ Nhà Trắng": a capitalised word opens a name, not the cue.
    if (i + 1..i + n).any(|k| ctx.shape(k) != Shape::Lower) {
        return None;
    }
    // "Bà Rịa", "Bà Nà": a place that opens with a form of address.
    if ctx.shape(i) != Shape::Lower
        && (province_at(ctx, i).is_some()
            || ctx.feat(i).any(Feat::NOT_PERSON_NAME_FIRST)
                && ctx.phrase_at(i, &ctx.lex.person.not_person_names).is_some_and(|(m, _)| m > n))
    {
        return None;
    }
    // "mang tên Người", "có tên Lan": a naming frame, not a form of address.
    if place_before(ctx, i + n) {
        return None;
    }
    // Capitalised, at the start of a sentence, or before a name of two
    // words or more ("Ngài Prachuop Chayasan"); "Anh" is also England.
    if ctx.shape(i) != Shape::Lower && !sentence_start(ctx, i) {
        let two = ctx.joined(i + n - 1) && run_at(ctx, i + n).n >= 2;
        // ("Anh Nguyễn Văn Hài": England is not written before a
        // Vietnamese name.)
        if !two || ctx.raw(i) == "anh" && !address_opens_name(ctx, i, i) {
            return None;
        }
    }
    if ctx.shape(i) == Shape::Upper && ctx.tok(i).chars().count() > 1 {
        return None;
    }
    Some((n, h.field.as_deref()))
}

/// Degrees and honours before a name ("PGS.TS", "GS. TS.", "NSND",
/// "Thạc sĩ"): the degrees and the titles among them ("BS" is a title) are
/// appended to the caller's vectors (no vector per call); returns the next
/// token and whether an honour is among them.
fn degrees_at<'a>(
    ctx: &Ctx<'a>,
    i: usize,
    degrees: &mut Vec<&'a str>,
    titles: &mut Vec<TitleHit<'a>>,
) -> Option<(usize, bool)> {
    let mut k = i;
    // (What this call read: the vectors may hold more.)
    let base = degrees.len() + titles.len();
    let mut honours = 0;
    let p = &ctx.lex.person;
    while ctx.feat(k).any(Feat::DEGREE_FIRST) {
        let t = ctx.tok(k);
        if let Some(&honour) = p.degree_abbrevs.get(t) {
            if honour {
                honours += 1;
            }
            if let Some((1, e)) = role_entry(ctx, k) {
                let kind = e.1 .1;
                titles.push(TitleHit { role: Cow::Borrowed(t), organisation: None, kind });
            } else {
                degrees.push(t);
            }
            k += 1;
        } else if let Some((m, _)) = ctx.phrase_at(k, &p.degree_words) {
            if !(ctx.is_cap(k) || degrees.len() + titles.len() > base) && m == 1 {
                break;
            }
            degrees.push(span_text(ctx, k, k + m));
            honours += 1;
            k += m;
        } else {
            break;
        }
        // Separators between parts: "PGS.TS", "GS. TS.", "PGS-TS", "GS, TS".
        let dot = ctx.tok(k) == "." && ctx.gaps.get(k) == Some(&super::Gap::Glued);
        if dot {
            k += 1;
        }
        let sep = matches!(ctx.tok(k), "-" | ",") && ctx.feat(k + 1).any(Feat::DEGREE_FIRST);
        if sep {
            k += 1;
        }
        if !(dot || sep || ctx.joined(k - 1)) {
            break;
        }
    }
    (k > i).then_some((k, honours > 0))
}

/// "người Ý", "người Trung Quốc" after a title: the token after.
fn nationality_at(ctx: &Ctx, k: usize) -> Option<usize> {
    if ctx.ltok(k) != "người" || !ctx.joined(k) {
        return None;
    }
    let (m, _) = ctx.phrase_at(k + 1, &ctx.lex.countries)?;
    Some(k + 1 + m)
}

/// Everything read before a name.
struct Lead<'a, 'b> {
    honorific: Option<&'a str>,
    has_honorific: bool,
    degrees: Vec<&'a str>,
    /// The titles read (the scan's buffer, empty at the start).
    titles: &'b mut Vec<TitleHit<'a>>,
    intro: Option<IntroKind>,
    /// A two-letter abbreviation ("CT", "BS") that needs a full name.
    abbrev: bool,
    /// "các", "hai" before the title: it is shared over a list.
    plural: bool,
    /// A state honour or a full-form degree ("NSND", "Giáo sư") among the degrees.
    honour: bool,
    /// Titles read from degrees ("ThS.BS"): a title may follow them.
    stack_ok: bool,
    /// The last name read after the lead's titles: [`after_lead`] reads
    /// the name at the same token again.
    name: NameMemo,
}

/// The last answer of [`name_after_title`] (token, name read): the lead
/// checks the name after a title written in lower case, then the caller
/// reads the name at that token (about one read in ten was a repeat).
/// The titles' bodies are read with `runs`: after a role with no body the
/// holder's name ([`name_at`] at the word after the role) is read once.
#[derive(Default)]
struct NameMemo {
    last: Option<(usize, Option<NameRead>)>,
    runs: TrimmedRun,
}

impl NameMemo {
    /// [`name_after_title`] at `j`, read once for the same token.
    fn at(&mut self, ctx: &Ctx, j: usize) -> Option<NameRead> {
        match self.last {
            Some((at, nr)) if at == j => nr,
            _ => {
                let nr = name_after_title_in(ctx, j, &mut self.runs);
                self.last = Some((j, nr));
                nr
            }
        }
    }
}

/// The last run read at a token and trimmed ([`trim_run`]): (token, the
/// run trimmed, whether `trim_run` cut it, its length before). A title's
/// body is tried at the word after the role, and is none where a name
/// starts there ([`name_at`]: "Bộ trưởng Nguyễn Văn A"); the lead then
/// reads the holder's name at the same word ([`name_after_title`]).
#[derive(Default)]
pub(super) struct TrimmedRun(Option<(usize, Run, bool, usize)>);

impl TrimmedRun {
    /// The run at `j` trimmed, whether [`trim_run`] cut it, and its
    /// length before: read once for the same token.
    fn at(&mut self, ctx: &Ctx, j: usize) -> (Run, bool, usize) {
        match self.0 {
            Some((at, r, cut, n)) if at == j => (r, cut, n),
            _ => {
                let mut r = run_at(ctx, j);
                let n = r.n;
                let cut = trim_run(ctx, &mut r);
                self.0 = Some((j, r, cut, n));
                (r, cut, n)
            }
        }
    }
}

impl<'a, 'b> Lead<'a, 'b> {
    /// Nothing read yet; the titles go to `titles` (emptied).
    fn new(titles: &'b mut Vec<TitleHit<'a>>) -> Lead<'a, 'b> {
        titles.clear();
        Lead {
            honorific: None,
            has_honorific: false,
            degrees: Vec::new(),
            titles,
            intro: None,
            abbrev: false,
            plural: false,
            honour: false,
            stack_ok: false,
            name: NameMemo::default(),
        }
    }

    fn cue(&self) -> bool {
        self.has_honorific || !self.degrees.is_empty() || !self.titles.is_empty() || self.intro.is_some()
    }
}

/// Reads the cues from token `i`: (lead, token where the name may start).
/// The titles are read into `titles` (the scan's buffer).
fn lead_at<'a, 'b>(ctx: &Ctx<'a>, i: usize, titles: &'b mut Vec<TitleHit<'a>>) -> (Lead<'a, 'b>, usize) {
    let mut lead = Lead::new(titles);
    let mut k = i;
    let p = &ctx.lex.person;
    for _ in 0..6 {
        if k > i && !(ctx.joined(k - 1) || ctx.tok(k - 1) == ".") {
            break;
        }
        if !lead.has_honorific && lead.titles.is_empty() && lead.intro.is_none() {
            // "bác sĩ" is a title, "bác" alone a form of address.
            let longer_role = |n: usize| role_entry(ctx, k).is_some_and(|(m, _)| m > n);
            if let Some((n, h)) = honorific_at(ctx, k).filter(|(n, _)| !longer_role(*n)) {
                if ctx.joined(k + n - 1) {
                    lead.honorific = h;
                    lead.has_honorific = true;
                    // "cô giáo Nga", "thầy giáo Nguyễn Quốc Chính": a form of
                    // address that is also a title (in both tables) gives
                    // both, the title with no body.
                    if let Some((_, (_, (_, kind)))) = role_entry(ctx, k).filter(|(m, _)| *m == n) {
                        let role = Cow::Borrowed(span_text(ctx, k, k + n));
                        lead.titles.push(TitleHit { role, organisation: None, kind: *kind });
                    }
                    k += n;
                    continue;
                }
            }
        }
        // (Read into the lead, and taken out again when they do not count.)
        let (d0, t0) = (lead.degrees.len(), lead.titles.len());
        if let Some((next, honour)) = degrees_at(ctx, k, &mut lead.degrees, lead.titles) {
            if next > k && (ctx.joined(next - 1) || ctx.tok(next - 1) == "." || run_at(ctx, next).n > 0) {
                lead.honour |= honour;
                lead.stack_ok = true;
                k = next;
                continue;
            }
        }
        lead.degrees.truncate(d0);
        lead.titles.truncate(t0);
        // A role written in lower case counts before a full name only
        // ("thủ tướng Phạm Minh Chính").
        // (The chain is read into the lead's titles, and taken out again
        // when it does not count.)
        let base = lead.titles.len();
        // (Only a role's or a qualifier's first word opens a title: the
        // chain is not read at other words.)
        let may_open = ctx.feat(k).any(TITLE_FIRST);
        let chain = may_open.then(|| title_chain(ctx, k, true, lead.titles, &mut lead.name.runs)).flatten();
        let names = &mut lead.name;
        // "những cầu thủ như Công Phượng, Văn Toàn": a plural role, a word
        // that opens a list ("như", "gồm", "là", a colon) and its first name.
        let listed = chain.filter(|_| base == 0 && k > 0 && plural_before(ctx, k - 1)).and_then(|(next, _)| {
            let j = list_opener_end(ctx, next)?;
            names.at(ctx, j).is_some_and(|nr| nr.s == j && nr.prefix.is_none() && nr.units >= 2).then_some(j)
        });
        // "một chân sút Mourinho ưa thích", "một quan chức Washington",
        // "lần đầu tiên một Tổng thống Mỹ": after the article "một" a role
        // names a kind of person, and a short name after it opens a clause
        // of its own or is no name; a full name after it is a person
        // introduced ("một ca sĩ Trần Thu Hà", "một nhà báo có tên …").
        let indefinite = base == 0 && k > 0 && ctx.joined(k - 1) && ctx.ltok(k - 1) == "một";
        // (Past words of praise: "một tài tử điển trai Trần Hiểu Đông".)
        let introduced = |next: usize, names: &mut NameMemo| {
            let j = match p.role_adjectives.longest(&ctx.ids, &ctx.gaps, next) {
                Some((m, _)) if ctx.joined(next - 1) => next + m,
                _ => next,
            };
            ctx.ltok(j) == "có" && ctx.ltok(j + 1) == "tên"
                || ctx.joined(j - 1) && names.at(ctx, j).is_some_and(|nr| is_full(&nr) && nr.prefix.is_none())
        };
        let chain = chain.map(|(next, flags)| (listed.unwrap_or(next), flags)).filter(|(next, flags)| {
            (!indefinite || introduced(*next, names))
                && (flags & LOWERED == 0
                    || ctx.joined(next - 1)
                        && names.at(ctx, *next).is_some_and(|nr| is_full(&nr) && nr.prefix.is_none()))
        });
        if chain.is_none() {
            lead.titles.truncate(base);
        }
        if let Some((next, flags)) = chain {
            // "Thư ký báo chí tổng thống Nga Dmitry Peskov": a title right
            // after another names whose the first one is (after a rank, a
            // second title is the person's own: "Thượng tướng Bộ trưởng").
            // (After a title with its body, the next title is the person's
            // own: "Tư lệnh Quân khu 7 Trung tướng Trần Văn Nam".)
            if base > 0
                && lead.titles[base - 1].kind != RoleKind::Rank
                && lead.titles[base - 1].organisation.is_none()
                && !lead.stack_ok
            {
                lead.titles.truncate(base);
                lead.titles[base - 1].organisation = Some(Cow::Borrowed(span_text(ctx, k, next)));
                k = next;
                continue;
            }
            lead.plural |= k > 0 && plural_before(ctx, k - 1);
            lead.abbrev |= flags & ABBREV != 0;
            let opens = base == 0 && k == i && !lead.has_honorific && lead.degrees.is_empty();
            k = next;
            if let Some(e) = nationality_at(ctx, k) {
                k = e;
            }
            // "MC nổi tiếng Thanh Bạch", "ca sĩ điển trai Châu Gia Kiệt":
            // words of praise between a title with no body and a full name.
            // (The cheap tests first: the table is walked only at a
            // lower-case word after a title with no body.)
            if ctx.shape(k) == Shape::Lower
                && ctx.joined(k - 1)
                && lead.titles.last().is_some_and(|t| t.organisation.is_none())
            {
                if let Some((m, _)) = p.role_adjectives.longest(&ctx.ids, &ctx.gaps, k) {
                    let j = k + m;
                    let full_name = |nr: NameRead| nr.s == j && (is_full(&nr) || nr.units >= 2) && nr.prefix.is_none();
                    if ctx.joined(j - 1) && lead.name.at(ctx, j).is_some_and(full_name) {
                        k = j;
                    }
                }
            }
            if opens {
                // "Người phát ngôn của Tổng thống Nga, ông Dmitry Peskov": the
                // office the title serves, after "của", before the comma.
                let served = lead.titles.last().is_some_and(|t| t.organisation.is_none()) && ctx.ltok(k) == "của";
                let comma = match served.then(|| title_at(ctx, k + 1, true, &mut TrimmedRun::default())).flatten() {
                    Some((t, e, _)) if t.organisation.is_some() && ctx.tok(e) == "," => e,
                    _ => k,
                };
                if let Some((after, h)) = preposed_apposition(ctx, i, comma, &mut lead.name) {
                    lead.honorific = h;
                    lead.has_honorific = true;
                    k = after;
                    break;
                }
            }
            continue;
        }
        if ctx.feat(k).any(Feat::INTRODUCER_FIRST) && (ctx.shape(k) == Shape::Lower || sentence_start(ctx, k)) {
            if let Some((n, (_, kind))) = ctx.phrase_at(k, &p.introducers) {
                if ctx.joined(k + n - 1) && (k + 1..k + n).all(|x| ctx.shape(x) == Shape::Lower) {
                    lead.intro = Some(*kind);
                    k += n;
                    // "Người đẹp Nga, Vita Sidorkina, từng …": a nationality
                    // before a name between commas ("đại thi hào Nga A.S.
                    // Pushkin" reads the country with the name).
                    let country = || ctx.phrase_at(k, &ctx.lex.countries).filter(|_| ctx.is_cap(k)).map(|(m, _)| k + m);
                    if let Some(e) = nationality_at(ctx, k).or_else(country).filter(|&e| ctx.tok(e) == ",") {
                        k = e;
                    }
                    continue;
                }
            }
        }
        break;
    }
    (lead, k)
}

// ---------------------------------------------------------------------------
// Verbs and appositions after a name.

/// How strongly the words after a bare run point at a person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Cue {
    None,
    /// An action, sport or culture verb.
    Medium,
    /// A verb of speech, an apposition with a title, "(SN 1985", "(26 tuổi".
    Strong,
}

/// What follows the run ending at token `e`.
fn right_cue(ctx: &Ctx, e: usize) -> Cue {
    let p = &ctx.lex.person;
    let t = ctx.tok(e);
    if t == "," && same_line(ctx, e) {
        let j = skip_links(ctx, e + 1).unwrap_or(e + 1);
        // "X, Giám đốc Sở Y tế": an apposition; "Riêng về Uber, Thứ trưởng
        // cho biết": a title without its body opens the next clause.
        if let Some((t, _, _)) = title_at(ctx, j, true, &mut TrimmedRun::default()) {
            return if t.organisation.is_some() { Cue::Strong } else { Cue::Medium };
        }
        if p.verbs.longest(&ctx.ids, &ctx.gaps, e + 1).is_some_and(|(_, (_, k))| *k == VerbKind::Speech) {
            return Cue::Medium;
        }
        return Cue::None;
    }
    if t == "(" {
        let w = ctx.ltok(e + 1);
        let age = ctx.kind(e + 1) == Some(TokenKind::Number) && ctx.ltok(e + 2) == "tuổi";
        if w == "sn"
            || (w == "sinh" && ctx.ltok(e + 2) == "năm")
            || age
            || caption_position(ctx, e)
            || title_at(ctx, e + 1, true, &mut TrimmedRun::default()).is_some()
            // "Quang Hải (Hà Nội FC)": a player and the club.
            || super::organisations::club_in_brackets(ctx, e + 1)
        {
            return Cue::Strong;
        }
        return Cue::None;
    }
    if !ctx.joined(e - 1) {
        return Cue::None;
    }
    // Adverbs before the verb: "đã", "cũng", "vừa"; not the passive's
    // "bị", "được" opening a verb of the table ("bị thương", "được bầu").
    let mut j = e;
    let verb_over = |j: usize, m: usize| ctx.phrase_at(j, &p.verbs).is_some_and(|(v, _)| v > m);
    for _ in 0..3 {
        match ctx.phrase_at(j, &p.title_links) {
            Some((m, (_, LinkKind::Adverb))) if ctx.joined(j + m - 1) && !verb_over(j, m) => j += m,
            _ => break,
        }
    }
    if ctx.shape(j) != Shape::Lower || !ctx.feat(j).any(Feat::VERB_FIRST) {
        return Cue::None;
    }
    match ctx.phrase_at(j, &p.verbs) {
        Some((m, (_, kind))) => {
            // "Thành công", "Minh bạch": a capitalised syllable and a lower-case
            // one spelling a word are not a name and a verb.
            if ctx.is_word(j - 1, 2) && !ctx.is_word(j, m) && m == 1 {
                return Cue::None;
            }
            if *kind == VerbKind::Speech {
                Cue::Strong
            } else {
                Cue::Medium
            }
        }
        None => Cue::None,
    }
}

/// "Việt Hương (giữa)", "Lê Hòa (thứ tư từ trái sang)": the bracket
/// opening at token `open` tells where the person before it stands in a
/// photo (`caption_positions.txt`, or an ordinal counted from the left or
/// the right), and closes on the same line.
fn caption_position(ctx: &Ctx, open: usize) -> bool {
    let Some(close) = (open + 1..(open + 8).min(ctx.tokens.len())).find(|&k| ctx.tok(k) == ")") else {
        return false;
    };
    if close == open + 1 || !same_line(ctx, close) {
        return false;
    }
    let inside = &ctx.lower[ctx.tokens[open + 1].start()..ctx.tokens[close - 1].end()];
    if ctx.lex.person.caption_positions.contains(inside) {
        return true;
    }
    // "thứ hai từ trái sang", "thứ 3 từ phải".
    let words: Vec<&str> = inside.split(' ').collect();
    matches!(words.as_slice(), ["thứ", _, "từ", "trái" | "phải"] | ["thứ", _, "từ", "trái" | "phải", "sang" | "qua"])
}

// ---------------------------------------------------------------------------
// The scan.

/// A bare candidate waiting for the document to confirm it.
#[derive(Clone, Debug)]
struct Pending {
    s: usize,
    e: usize,
    form: Form,
    /// Whether the run read from `s` has one word (`run_at(s).n == 1`),
    /// when the scan knows it: the document asks in each round.
    single: Option<bool>,
}

/// True when a Vietnamese personal name starts at token `i`: a surname
/// (or an ethnic-minority opener or clan name, or a foreign name the
/// tables know) and more name words that end the capitalised run.
pub(crate) fn name_at(ctx: &Ctx, i: usize) -> Option<usize> {
    name_at_in(ctx, i, &mut TrimmedRun::default())
}

/// [`name_at`], with the run at `i` read by `runs` (kept for the name read
/// after a title with no body: see [`TrimmedRun`]).
pub(super) fn name_at_in(ctx: &Ctx, i: usize, runs: &mut TrimmedRun) -> Option<usize> {
    // "TP Hồ Chí Minh", "tỉnh Lâm Đồng": a place, not a person.
    let prev = i.checked_sub(1).map(|p| ctx.ltok(p)).unwrap_or("");
    // ("TP.Hà Nội", "Q.Tân Bình", "P.Tân Định", "TX.Sơn Tây": a level
    // word's abbreviation and its dot.)
    let after_tp_dot = prev == "." && i >= 2 && matches!(ctx.tok(i - 2), "TP" | "Tp" | "tp" | "Q" | "P" | "TX" | "TT");
    if matches!(prev, "tp" | "tỉnh" | "phố" | "xã" | "huyện" | "quận" | "phường") || after_tp_dot {
        return None;
    }
    name_here(ctx, i, runs)
}

/// A person's name at token `i` right after the level word of a body
/// ("UBND tỉnh Nguyễn Văn Trì", "UBND TP Nguyễn Đức Chung"): three
/// syllables or more of a Vietnamese name that is no province, where
/// [`name_at`] reads every name after a level word as a place.
pub(crate) fn name_after_level(ctx: &Ctx, i: usize) -> Option<usize> {
    if !ctx.feat(i).any(Feat::SURNAME) {
        return None;
    }
    let e = name_here(ctx, i, &mut TrimmedRun::default())?;
    (e - i >= 3).then_some(e)
}

/// [`name_at_in`] without the word before the name.
fn name_here(ctx: &Ctx, i: usize, runs: &mut TrimmedRun) -> Option<usize> {
    if ctx.shape(i) != Shape::Title || !ctx.feat(i).any(Feat::SURNAME | Feat::ETHNIC_FIRST | Feat::FOREIGN) {
        return None;
    }
    // "Ông Nguyên Văn Doanh", "Đường Trần Hưng Đạo": an honorific or a
    // street word before a name, not a surname.
    if matches!(ctx.ltok(i), "ông" | "bà" | "anh" | "chị" | "đường" | "phố" | "cầu") && name_like_after(ctx, i + 1)
    {
        return None;
    }
    // The name must end the run ("Lâm Văn Mẫn Chân dung…": a run-on
    // headline word is not part of it, nor a role after it), within four
    // syllables.
    let (r, trimmed, full_n) = runs.at(ctx, i);
    let cut = trimmed || r.n < full_n;
    let n = r.n;
    if n < 2 {
        return None;
    }
    let last = r.u(n - 1);
    if !cut && ctx.joined(last.e - 1) && ctx.is_cap(last.e) {
        return None;
    }
    let form = form_of(ctx, &r, 0, n)?;
    if !matches!(form, Form::Viet | Form::Ethnic | Form::ForeignKnown) || n > 4 {
        return None;
    }
    // A run cut where a sentence or clause opens is a name of four words
    // only of given names after the family name ("Cơ quan An Ninh Nội Địa
    // Mỹ Với Việt Nam" is no "Ninh Nội Địa Mỹ").
    if !trimmed && n == 4 && r.n < full_n && form == Form::Viet && !(1..n).all(|k| given_band(ctx, r.u(k)) > 0) {
        return None;
    }
    let e = r.end_at(n);
    let candidate = &ctx.lower[ctx.tokens[i].start()..ctx.tokens[e - 1].end()];
    // "Hồ Chí Minh" alone is the person; the city is written "TP Hồ Chí Minh".
    let person_named_place = candidate == "hồ chí minh";
    if ctx.lex.province_names.has(&ctx.ids, &ctx.gaps, i, e - i) && !person_named_place {
        return None;
    }
    if ctx.lex.countries.has(&ctx.ids, &ctx.gaps, i, e - i) {
        return None;
    }
    if ctx.feat(i).any(Feat::NOT_PERSON_NAME_FIRST)
        && ctx.phrase_at(i, &ctx.lex.person.not_person_names).is_some_and(|(m, _)| m == e - i)
    {
        return None;
    }
    if n >= 3 && province_at(ctx, e - 2) == Some(2) {
        return None;
    }
    Some(e)
}

/// Two or more capitalised syllables follow token `i - 1`.
fn name_like_after(ctx: &Ctx, i: usize) -> bool {
    ctx.joined(i - 1) && ctx.shape(i) == Shape::Title && ctx.joined(i) && ctx.shape(i + 1) == Shape::Title
}

/// Words whose first word can open a cue before a name.
const CUE_FIRST: Feat = Feat(
    Feat::ROLE_FIRST.0
        | Feat::MORE_ROLE_FIRST.0
        | Feat::HONORIFIC_FIRST.0
        | Feat::INTRODUCER_FIRST.0
        | Feat::DEGREE_FIRST.0
        | Feat::QUALIFIER_FIRST.0,
);

/// True when a cue may start at token `i` (a word with [`CUE_FIRST`]):
/// every cue table is read by word IDs, so a cue starting there is one word
/// alone ([`Feat::CUE_WHOLE`]) or has its second word at `i + 1`
/// ([`Feat::CUE_SECOND`]), and then the two words open a key together
/// (`opens_cue_pair`: the mark alone says only that the next word is some
/// key's second — "chức" of "viên chức" after "tổ", the "." of "th.s" after
/// any word). Most cue first words are common words ("người", "nhà",
/// "đồng", "tỉnh", "hội") that open no cue here: [`after_lead`] is not
/// asked. Only when the marks cover the lexicon's tables (`marked`).
fn cue_may_open(ctx: &Ctx, i: usize, f: Feat, marked: bool) -> bool {
    !marked
        || f.any(Feat::CUE_WHOLE)
        || ctx.feat(i + 1).any(Feat::CUE_SECOND)
            && ctx.ids.get(i + 1).is_some_and(|&next| ctx.lex.person.opens_cue_pair(ctx.ids[i], next))
}

/// A capitalised word within the five tokens after `i`, on the same line.
fn cap_soon(ctx: &Ctx, i: usize) -> bool {
    let end = (i + 6).min(ctx.tokens.len());
    for j in i + 1..end {
        if ctx.gaps[j] == super::Gap::Other {
            return false;
        }
        if matches!(ctx.shape(j), Shape::Title | Shape::Upper) {
            return true;
        }
    }
    false
}

pub(crate) fn recognize<'a>(ctx: &Ctx<'a>) -> People<'a> {
    // (The buffers of the last document on this thread: see [`Scratch`].)
    let mut kept = SCRATCH.try_with(std::cell::Cell::take).unwrap_or_default();
    let Scan { mut out, mut pending, neg, titles } = scan(ctx, &mut kept);
    document(ctx, &mut out, &mut pending, &neg, &mut kept.slots, &mut kept.names);
    let mut titles = titles.all;
    label_line_ups(ctx, &mut out, &mut titles);
    (kept.pending, kept.neg) = (pending, neg);
    let _ = SCRATCH.try_with(|s| s.set(kept.emptied()));
    People { hits: out, titles }
}

/// What the scan of the tokens leaves for [`document`].
struct Scan<'a> {
    out: Vec<PersonHit<'a>>,
    pending: Vec<Pending>,
    neg: Vec<(usize, usize)>,
    titles: Titles<'a>,
}

/// The mentions the tokens show one by one (cues, runs, credits and
/// bylines), the runs left pending and the runs shown not to be people.
fn scan<'a>(ctx: &Ctx<'a>, kept: &mut Scratch) -> Scan<'a> {
    let mut out: Vec<PersonHit<'a>> = Vec::with_capacity(16);
    // Every mention's titles, and the buffer a lead's titles are read into.
    let mut titles = Titles { all: Vec::with_capacity(16), lead: Vec::new() };
    let mut pending = std::mem::take(&mut kept.pending);
    pending.clear();
    pending.reserve(64);
    // Runs the text shows to be bodies or places ("Công ty … An Khang",
    // "đường Nguyễn Văn Linh"): their other mentions are not people
    // unless a title or an honorific says so.
    let mut neg = std::mem::take(&mut kept.neg);
    neg.clear();
    let n = ctx.tokens.len();
    let mut memo = RunMemo::default();
    let marked = ctx.lex.person.cue_marks_cover(&ctx.lex.roles);
    let mut i = 0;
    loop {
        i = next_candidate(ctx, i);
        if i >= n {
            break;
        }
        let shape = ctx.shape(i);
        let f = ctx.feat(i);
        // A cue in lower case matters only with a capitalised word soon
        // after it: most "người", "nhà", "chủ" of running text are not cues.
        if f.any(CUE_FIRST) && cue_may_open(ctx, i, f, marked) && (shape != Shape::Lower || cap_soon(ctx, i)) {
            if let Some(next) = after_lead(ctx, i, &mut out, &mut neg, &mut titles) {
                i = next;
                continue;
            }
        }
        if shape == Shape::Title && (!continues_run(ctx, i) || split_here(ctx, i, &mut memo)) {
            i = bare(ctx, i, &mut out, &mut pending, &mut neg, &mut memo, &mut titles.all);
            continue;
        }
        i += 1;
    }
    credits(ctx, &mut out);
    bylines(ctx, &mut out, kept);
    Scan { out, pending, neg, titles }
}

/// The first token from `from` the scan stops at: a word that is not in
/// lower case, or whose word can open a cue ([`CUE_FIRST`]); the number of
/// tokens when none is left (`from` when it is past them).
///
/// (Two tokens in three are passed — lower-case words opening no cue,
/// punctuation, numbers — by this loop of their own over the tokens and
/// their features, with no `Option` and no bounds check the compiler cannot
/// drop: 2.0 M instructions less per 2 MB of samples, 2.8 M of real-dev
/// texts, than the scan's loop testing them one by one.)
#[inline(always)]
fn next_candidate(ctx: &Ctx, from: usize) -> usize {
    let (tokens, feats) = (&ctx.tokens[..], &ctx.feats[..]);
    // (`feats` holds one entry a token; a token past its end would read as
    // having no feature, as `Ctx::feat` gives it.)
    let paired = tokens.len().min(feats.len());
    let mut k = from;
    while k < paired {
        let t = &tokens[k];
        if t.kind() == TokenKind::Word && (t.shape() != Shape::Lower || feats[k].any(CUE_FIRST)) {
            return k;
        }
        k += 1;
    }
    while k < tokens.len() {
        if tokens[k].kind() == TokenKind::Word && tokens[k].shape() != Shape::Lower {
            return k;
        }
        k += 1;
    }
    k.max(tokens.len())
}

/// Buffers of the scan kept from one document to the next on each
/// thread (cleared before use): most documents then allocate none of them.
#[derive(Default)]
struct Scratch {
    pending: Vec<Pending>,
    neg: Vec<(usize, usize)>,
    /// [`Index`]'s slots, all empty (see [`Index::into_slots`]).
    slots: Vec<Slot>,
    /// `document`'s names.
    names: Names,
    /// `bylines`' names (byte ranges) and found names (token ranges).
    byline_names: Vec<(usize, usize)>,
    byline_found: Vec<(usize, usize)>,
    /// `bylines`' folded first word of a name.
    first_word: String,
}

/// `slots` kept for the next document as they are (all empty: see
/// [`Index::into_slots`]), unless above
/// [`KEEP_BYTES`](crate::scratch::KEEP_BYTES).
fn empty_slots(slots: Vec<Slot>) -> Vec<Slot> {
    if slots.capacity().saturating_mul(std::mem::size_of::<Slot>()) > crate::scratch::KEEP_BYTES {
        return Vec::new();
    }
    slots
}

impl Scratch {
    /// The buffers emptied for the next document (none kept above
    /// [`KEEP_BYTES`](crate::scratch::KEEP_BYTES)).
    fn emptied(self) -> Scratch {
        use crate::scratch::{emptied, emptied_string};
        Scratch {
            pending: emptied(self.pending),
            neg: emptied(self.neg),
            slots: empty_slots(self.slots),
            names: self.names.emptied(),
            byline_names: emptied(self.byline_names),
            byline_found: emptied(self.byline_found),
            first_word: emptied_string(self.first_word),
        }
    }
}

thread_local! {
    static SCRATCH: std::cell::Cell<Scratch> = std::cell::Cell::default();
}

/// The titles of the scan: every mention's, and a buffer for those read
/// before a name (kept from one cue to the next).
struct Titles<'a> {
    all: Vec<TitleHit<'a>>,
    lead: Vec<TitleHit<'a>>,
}

/// Moves the titles of `from` to the end of `all`: their range.
fn keep_titles<'a>(all: &mut Vec<TitleHit<'a>>, from: &mut Vec<TitleHit<'a>>) -> std::ops::Range<usize> {
    let start = all.len();
    all.append(from);
    start..all.len()
}

/// Cues at token `i` and the name after them: the token to go on from.
/// The steps: the lead (honorific, degrees, titles, introducer), the name
/// after it, whether the lead vouches for that name, then the mention
/// with the titles after it, or a title-only mention when no name follows.
fn after_lead<'a>(
    ctx: &Ctx<'a>,
    i: usize,
    out: &mut Vec<PersonHit<'a>>,
    neg: &mut Vec<(usize, usize)>,
    buf: &mut Titles<'a>,
) -> Option<usize> {
    let (mut lead, k) = lead_at(ctx, i, &mut buf.lead);
    if k == i || !lead.cue() || second_syllable(ctx, i) {
        return None;
    }
    let name = lead.name_after(ctx, k).filter(|nr| lead.vouches_for(ctx, nr));
    let Some(nr) = name else {
        return lead.without_name(ctx, i, k, out, &mut buf.all);
    };
    Some(lead.mention(ctx, nr, out, neg, &mut buf.all))
}

/// "khủng bố Al-Qaeda": the word at `i` is the second syllable of a word
/// ("bố"), no cue.
fn second_syllable(ctx: &Ctx, i: usize) -> bool {
    i > 0 && ctx.joined(i - 1) && ctx.shape(i - 1) == Shape::Lower && ctx.is_word(i - 1, 2)
}

impl<'a> Lead<'a, '_> {
    /// The name right after the lead, which ends at token `k`: after a
    /// space, or after the "." of an abbreviation. "Phó Chủ tịch - Tổng thư
    /// ký, Phan Anh Sơn": a comma between titles and a full name; "Người
    /// đẹp Nga, Vita Sidorkina, từng …": between a description and a full
    /// name that a second comma closes.
    fn name_after(&mut self, ctx: &Ctx, k: usize) -> Option<NameRead> {
        let mut j = k;
        let described = self.intro.is_some() && !self.has_honorific;
        if ctx.tok(j) == "," && (!self.titles.is_empty() || described) {
            let closed = |nr: &NameRead| !self.titles.is_empty() || ctx.tok(nr.e) == ",";
            if let Some(nr) = self.name.at(ctx, j + 1).filter(|nr| is_full(nr) && nr.prefix.is_none() && closed(nr)) {
                if ctx.gaps.get(j + 1) == Some(&super::Gap::Space) && nr.s == j + 1 {
                    j += 1;
                }
            }
        }
        // "CEO của SpaceX – Elon Musk", "Trưởng ban QLRPH … - Nguyễn Quốc
        // Thuận": a title with its body, a spaced dash and a full name.
        let spaced_dash = matches!(ctx.tok(j), "-" | "–" | "—")
            && ctx.gaps.get(j) == Some(&super::Gap::Space)
            && ctx.gaps.get(j + 1) == Some(&super::Gap::Space);
        if spaced_dash
            && self.titles.last().is_some_and(|t| t.organisation.is_some())
            && self.name.at(ctx, j + 1).is_some_and(|nr| is_full(&nr) && nr.prefix.is_none() && nr.s == j + 1)
        {
            j += 1;
        }
        let attached = j > 0 && (ctx.gaps.get(j) == Some(&super::Gap::Space) || ctx.tok(j - 1) == ".");
        if attached {
            self.name.at(ctx, j)
        } else {
            None
        }
    }

    /// Whether the lead vouches for the name read after it: each kind of
    /// lead asks its own of the name.
    fn vouches_for(&self, ctx: &Ctx, nr: &NameRead) -> bool {
        // A two-letter abbreviation ("CT", "BS") vouches only for a full name.
        if self.abbrev && !is_full(nr) {
            return false;
        }
        // "cụm CN Ngọc Liệp": an abbreviated degree alone vouches only for a
        // full name; an honour ("NSND Lan Hương") for a stage name too.
        let degree_only =
            self.titles.is_empty() && !self.has_honorific && self.intro.is_none() && !self.degrees.is_empty();
        if degree_only && !self.honour && !is_full(nr) {
            return false;
        }
        // After a role in lower case, one Vietnamese word is not a name
        // ("lãnh đạo Tỉnh", "tác giả Hùng"); a foreign one is ("tiền đạo Messi").
        let lower_role =
            self.titles.last().is_some_and(|t| t.role.starts_with(char::is_lowercase)) && !self.has_honorific;
        if lower_role && nr.units == 1 && nr.form != Some(Form::Foreign) {
            return false;
        }
        // "khán giả Việt", "du khách Nhật": a status word and a nationality.
        let intro_only = self.titles.is_empty() && !self.has_honorific && self.degrees.is_empty();
        if intro_only && nr.units == 1 && ctx.feat(nr.s).any(Feat::COUNTRY_FIRST) {
            return false;
        }
        // "fan Real", "người dùng Facebook": a status word and one foreign word.
        if intro_only && nr.units == 1 && nr.form == Some(Form::Foreign) {
            return false;
        }
        // "của trẻ Những roi vọt …": a function word capitalised by a lost
        // full stop is no name (a given name that is also one still is:
        // "bị cáo Sự", "mẹ Bằng").
        if intro_only
            && nr.units == 1
            && !ctx.feat(nr.s).any(Feat::GIVEN)
            && ctx.lex.fact.single(ctx.ids[nr.s]).any(crate::lexicon::facts::Class::FUNCTION_WORD)
        {
            return false;
        }
        // Kinship and descriptors ("vợ", "doanh nhân") name people only with a
        // name that reads as one.
        self.has_honorific || !self.titles.is_empty() || !self.degrees.is_empty() || nr.form.is_some()
    }

    /// A lead from token `i` to `k` with no name after it. A title with a
    /// body: "Chủ tịch VUFO nhận định", kept as a title-only mention, joined
    /// to its holder if the document names exactly one. Another title or an
    /// honorific is passed over; anything else was no cue (`None`).
    fn without_name(
        &mut self,
        ctx: &Ctx<'a>,
        i: usize,
        k: usize,
        out: &mut Vec<PersonHit<'a>>,
        all: &mut Vec<TitleHit<'a>>,
    ) -> Option<usize> {
        // "cuộc bầu cử Tổng thống Pháp", "giữ chức Bí thư Quận ủy": the
        // office, not a mention of its holder.
        if self.titles.len() == 1
            && self.titles[0].organisation.is_some()
            && self.titles[0].kind != RoleKind::Rank
            && !self.has_honorific
            && !ctx.lex.person.office_before.ends_before(&ctx.ids, &ctx.gaps, i)
        {
            let (s, e) = (ctx.tokens[i].start(), ctx.tokens[k.max(i + 1) - 1].end());
            out.push(PersonHit {
                start: s,
                end: e,
                tokens: (i, k.max(i + 1)),
                name: "",
                short: true,
                honorific: None,
                titles: keep_titles(all, self.titles),
                degrees: Vec::new(),
                rule: "person.title_only",
            });
            return Some(k.max(i + 1));
        }
        (!self.titles.is_empty() || self.has_honorific).then_some(k.max(i + 1))
    }

    /// The mention of the name `nr` the lead vouches for, with the lead's
    /// titles (a body written before the name completing the last), the
    /// titles after the name, and the names of a list sharing the lead's
    /// title. The token after them.
    fn mention(
        &mut self,
        ctx: &Ctx<'a>,
        nr: NameRead,
        out: &mut Vec<PersonHit<'a>>,
        neg: &mut Vec<(usize, usize)>,
        all: &mut Vec<TitleHit<'a>>,
    ) -> usize {
        let share = !self.titles.is_empty();
        // (Before the titles after the name join the lead's.)
        let rule = self.rule();
        self.body_before_name(ctx, &nr, neg);
        self.body_after_name(ctx, &nr);
        // (The lead's titles, and those after the name, are read in the buffer.)
        let after = titles_after(ctx, nr.e, neg, self.titles);
        let short = !is_full(&nr);
        let mut end = after.max(nr.e);
        // "các Phó Chủ tịch Quốc hội A, B và C": a title shared over a list.
        let shared = share && more_free(self.titles, self.plural);
        let titles = keep_titles(all, self.titles);
        let degrees = std::mem::take(&mut self.degrees);
        out.push(hit(ctx, nr.s, nr.e, self.honorific.take(), titles.clone(), degrees, rule, short));
        if shared {
            end = shared_list(ctx, end, titles, self.plural, out).unwrap_or(end);
        }
        end
    }

    /// The body or country written in the run before the name (its
    /// `prefix`) is the last title's body, when it has none and is no
    /// rank; the run is not a person elsewhere (`neg`).
    fn body_before_name(&mut self, ctx: &Ctx<'a>, nr: &NameRead, neg: &mut Vec<(usize, usize)>) {
        if let Some((ps, pe)) = nr.prefix {
            neg.push((ps, pe));
            let body = span_text(ctx, ps, pe);
            if let Some(t) = self.titles.last_mut() {
                if t.organisation.is_none() && t.kind != RoleKind::Rank {
                    t.organisation = Some(Cow::Borrowed(body));
                }
            }
        }
    }

    /// "HLV Antonio Conte của Chelsea", "người phát ngôn Moon Sang-gyun của
    /// Bộ Quốc phòng Hàn Quốc": a body written after the name and "của" is
    /// the last title's body, when it has none and is no rank.
    fn body_after_name(&mut self, ctx: &Ctx<'a>, nr: &NameRead) {
        let Some(t) = self.titles.last_mut().filter(|t| t.organisation.is_none() && t.kind != RoleKind::Rank) else {
            return;
        };
        if nr.e > 0 && ctx.joined(nr.e - 1) {
            if let Some(end) = titles::body_after_of(ctx, nr.e) {
                t.organisation = Some(Cow::Borrowed(span_text(ctx, nr.e + 1, end)));
            }
        }
    }

    /// The rule of a mention after this lead (its titles, before those
    /// after the name): the strongest cue read.
    fn rule(&self) -> &'static str {
        if !self.titles.is_empty() {
            "person.title_before"
        } else if self.has_honorific {
            "person.honorific"
        } else if !self.degrees.is_empty() {
            "person.degree"
        } else {
            "person.introducer"
        }
    }
}

/// A word at token `k` that makes the role after it plural: "các",
/// "những", "nhiều", "dàn" (a cast), a count ("hai", "3"; not a year:
/// "2002 Đạo diễn: …").
fn plural_before(ctx: &Ctx, k: usize) -> bool {
    matches!(ctx.ltok(k), "các" | "những" | "nhiều" | "dàn" | "hai" | "ba" | "bốn")
        || ctx.joined(k) && ctx.tok(k).parse::<u8>().is_ok_and(|n| (2..100).contains(&n))
}

/// The token after a word that opens a list at token `k` ("như", "gồm",
/// "gồm có", "là", each maybe with a colon, or a colon alone), where one
/// opens there on the same line.
fn list_opener_end(ctx: &Ctx, k: usize) -> Option<usize> {
    let mut j = match ctx.ltok(k) {
        "như" | "là" if ctx.joined(k - 1) => k + 1,
        "gồm" if ctx.joined(k - 1) => k + 1 + usize::from(ctx.ltok(k + 1) == "có" && ctx.joined(k)),
        ":" => k,
        _ => return None,
    };
    if ctx.tok(j) == ":" {
        j += 1;
    }
    (j > k && same_line(ctx, k) && same_line(ctx, j)).then_some(j)
}

/// True when the title before a name may be shared by a list after it.
fn more_free(titles: &[TitleHit], plural: bool) -> bool {
    plural
        || titles.iter().all(|t| {
            t.kind == RoleKind::Occupation
                || ["phó ", "ủy viên", "đại biểu"].iter().any(|p| starts_with_lower(&t.role, p))
        })
}

/// True when `s` lower-cased starts with `prefix` (lower case), without
/// building the lower-cased string.
fn starts_with_lower(s: &str, prefix: &str) -> bool {
    let mut lower = s.chars().flat_map(char::to_lowercase);
    prefix.chars().all(|p| lower.next() == Some(p))
}

/// Names after `k` joined by "," or "và" with no title of their own share
/// the lead's titles: the token after the list. After a plural role
/// ("các ca sĩ như Mỹ Linh, Đức Tuấn") a name of two words with no
/// surname is one of the list too.
fn shared_list<'a>(
    ctx: &Ctx<'a>,
    mut k: usize,
    titles: std::ops::Range<usize>,
    plural: bool,
    out: &mut Vec<PersonHit<'a>>,
) -> Option<usize> {
    let mut found = Vec::new();
    while matches!(ctx.tok(k), ",") || (ctx.ltok(k) == "và" && ctx.joined(k - 1)) {
        let j = k + 1;
        if !ctx.joined(k) && ctx.tok(k) != "," {
            break;
        }
        let Some(nr) = name_after_title(ctx, j)
            .filter(|nr| nr.s == j && nr.prefix.is_none() && (is_full(nr) || (nr.clan || plural) && nr.units >= 2))
        else {
            break;
        };
        // A name with its own title ("…, Trần B, Giám đốc…") is not in the list.
        if matches!(ctx.tok(nr.e), "," | "(" | "-")
            && title_at(ctx, nr.e + 1, true, &mut TrimmedRun::default()).is_some()
        {
            break;
        }
        let last = ctx.ltok(k) == "và";
        found.push((nr.s, nr.e));
        k = nr.e;
        if last {
            break;
        }
    }
    if found.is_empty() {
        return None;
    }
    for (s, e) in found {
        out.push(hit(ctx, s, e, None, titles.clone(), Vec::new(), "person.shared_title", false));
    }
    Some(k)
}

/// A run of capitalised words with no cue before it: a person when its
/// form says so (a full Vietnamese name) or the words after it do. The
/// steps: a lone syllable, or a run after an English function word, is
/// passed over; one word waits for the document; the words opening the
/// sentence or naming a country or a known body are cut off the front; a place word
/// before a full name, a body or a place, a blocked run or a word's first
/// syllable is no name; then the run is a person, or it waits for the
/// document. The token to go on from.
fn bare<'a>(
    ctx: &Ctx<'a>,
    i: usize,
    out: &mut Vec<PersonHit<'a>>,
    pending: &mut Vec<Pending>,
    neg: &mut Vec<(usize, usize)>,
    memo: &mut RunMemo,
    all_titles: &mut Vec<TitleHit<'a>>,
) -> usize {
    // (Most capitalised words standing alone open sentences: the run need
    // not be read for them.)
    if lone_syllable(ctx, i) {
        return i + 1;
    }
    let mut r = memo.run_at(ctx, i);
    if r.n == 0 {
        return i + 1;
    }
    let run_end = r.end_at(r.n);
    if after_function_word(ctx, i) {
        return run_end;
    }
    if r.n == 1 {
        one_word(ctx, i, r.u(0), pending, neg);
        return run_end;
    }
    if trim_run(ctx, &mut r) && r.n == 1 {
        return r.end_at(1);
    }
    let a = match sentence_opener(ctx, i, &r) {
        Ok(first) => after_country_or_body(ctx, &r, first),
        Err(next) => return next,
    };
    let b = r.n;
    if b <= a || b - a > 5 || place_word_and_full_name(ctx, &r, a, b) {
        return run_end;
    }
    let (s, e) = (r.u(a).s, r.end_at(b));
    if body_or_place(ctx, &r, a, b, neg) || blocked(ctx, s, e, false) {
        return r.u(0).e;
    }
    // "Minh bạch", "Thành công": a capitalised syllable opening a word.
    if b - a == 1 && opens_word(ctx, e) {
        return run_end;
    }
    let Some(form) = form_of(ctx, &r, a, b) else { return r.u(0).e };
    let units = b - a;
    if let Some(rule) = accepted(ctx, &r, a, b, form) {
        let short = units == 1 || form == Form::Given;
        // (The titles read straight into the document's vector.)
        let start = all_titles.len();
        let after = titles_after(ctx, e, neg, all_titles);
        out.push(hit(ctx, s, e, None, start..all_titles.len(), Vec::new(), rule, short));
        return after.max(e);
    }
    // A function word or a people's name alone ("Trước", "Tây") never waits.
    let f = ctx.feat(s);
    if !(units == 1 && f.any(Feat::STOPWORD | Feat::COUNTRY_FIRST) && !f.any(Feat::GIVEN)) {
        // (From the run's first word, the run read at the start of `bare`.)
        let single = (s == i).then_some(false);
        pending.push(Pending { s, e, form, single });
    }
    // Cues inside the run ("Theo Phó Chủ tịch…") are read next.
    r.u(0).e
}

/// "Game of Thrones", "Lord of the Rings": capitalised words after an
/// English function word (glued before `i`) go on with a title.
fn after_function_word(ctx: &Ctx, i: usize) -> bool {
    i > 0 && ctx.joined(i - 1) && ctx.lex.person.not_name.contains(&ctx.ids[i - 1])
}

/// The capitalised syllable before token `e` opens a word with the
/// lower-case one at `e` ("Minh bạch", "Thành công").
fn opens_word(ctx: &Ctx, e: usize) -> bool {
    ctx.shape(e) == Shape::Lower && ctx.joined(e - 1) && ctx.is_word(e - 1, 2)
}

/// One capitalised word `u` at `i` alone: a person only when the document
/// knows it (see [`document`]). It waits (`pending`) if it can be a name
/// at all (a given name, a foreign word); after a place word it is a
/// place (`neg`).
fn one_word(ctx: &Ctx, i: usize, u: Unit, pending: &mut Vec<Pending>, neg: &mut Vec<(usize, usize)>) {
    let f = ctx.feat(i);
    let form = if f.any(Feat::GIVEN) {
        Form::Given
    } else if !viet_ok(ctx, u) && foreign_shape(ctx, u) && !is_initial(ctx, u) {
        Form::Foreign
    } else {
        return;
    };
    let function = f.any(Feat::STOPWORD | Feat::COUNTRY_FIRST) && form != Form::Given;
    // "miền Nam", "châu Âu": it completes a word with the one before.
    let ends_word = || i > 0 && ctx.joined(i - 1) && ctx.shape(i - 1) == Shape::Lower && ctx.is_word(i - 1, 2);
    // "Tập 2", "Khu 5": a word numbered.
    let numbered = ctx.joined(u.e - 1) && ctx.kind(u.e) == Some(TokenKind::Number);
    // (The word-list look-ups last.)
    if function || numbered || opens_word(ctx, u.e) || ends_word() {
        return;
    }
    if place_before(ctx, i) || street_intro_before(ctx, i) || after_listed_place(ctx, i, u.e) {
        neg.push((i, u.e));
    } else if !blocked(ctx, i, u.e, false) {
        pending.push(Pending { s: i, e: u.e, form, single: Some(true) });
    }
}

/// A word capitalised only because it opens the sentence is no part of
/// the name after it: a function word ("Theo Lan Anh", "Sau Quang Hải"),
/// or a sentence adverb ("Nay Donald Trump …"; "Nay" is also a clan
/// name). The first unit of the name (0 or 1); `Err` with the token to go
/// on from when an adverb opens a body's name instead ("Hiện Bộ …").
fn sentence_opener(ctx: &Ctx, i: usize, r: &Run) -> Result<usize, usize> {
    let classes = ctx.lex.fact.single(ctx.ids[i]);
    // "Ngoài Rooney, Luke Shaw …", "Giữa Nguyễn Văn A và …": a preposition
    // opening the sentence (not one that is also a surname: "Từ Thị Hoa").
    let preposition = classes.any(crate::lexicon::facts::Class::PREP) && r.n >= 2 && !is_surname(ctx, r.u(0));
    let function_word = ctx.feat(i).any(Feat::STOPWORD)
        || preposition
        || ctx.feat(i).any(Feat::NOT_PERSON_BEFORE_FIRST)
            && ctx.lex.person.not_person_before.has(&ctx.ids, &ctx.gaps, i, 1);
    if r.n >= 2 && sentence_start(ctx, i) && function_word && given_band(ctx, r.u(0)) == 0 {
        return Ok(1);
    }
    let adverb = classes.any(crate::lexicon::facts::Class::ADV);
    if r.n >= 2 && adverb && sentence_start(ctx, i) && given_band(ctx, r.u(0)) == 0 {
        if matches!(form_of(ctx, r, 1, r.n), Some(Form::Viet | Form::ForeignKnown)) {
            return Ok(1);
        } else if head_at(ctx, r.u(1).s).is_some() {
            return Err(r.u(0).e);
        }
    }
    Ok(0)
}

/// "… nguyên tử Iran Ali Akbar Salehi phát biểu": a country before a name
/// (from unit `first`) is not part of it. "Đức Lương", "Mỹ Tâm": a country
/// that is also a given name opens a name, unless a foreign name follows
/// it ("Pháp Marine Le Pen"). Nor is a body the tables know by name before
/// a foreign name of two words or more that opens with a given name ("Ảnh:
/// Reuters Jack Goldsmith, …", "điện Kremlin Dmitry Peskov"; not a model
/// after its maker, "Audi A5 Sportback"). The name's first unit.
fn after_country_or_body(ctx: &Ctx, r: &Run, first: usize) -> usize {
    if let Some(m) = super::organisations::named_body_len(ctx, r.u(first).s) {
        if let Some(c) = (first + 1..r.n).find(|&c| r.u(c).s == r.u(first).s + m) {
            let foreign = (c..r.n).all(|j| !viet_ok(ctx, r.u(j)) && foreign_shape(ctx, r.u(j)));
            if r.n - c >= 2 && foreign && foreign_part(ctx, r.u(c)).given != 0 {
                return c;
            }
        }
    }
    if let Some((m, _)) = ctx.phrase_at(r.u(first).s, &ctx.lex.countries) {
        let given = m == 1 && ctx.feat(r.u(first).s).any(Feat::GIVEN);
        if let Some(c) = (first + 1..r.n).find(|&c| r.u(c).s == r.u(first).s + m) {
            if !given || !viet_ok(ctx, r.u(c)) && foreign_shape(ctx, r.u(c)) {
                return c;
            }
        }
    }
    first
}

/// "Đường Trần Hưng Đạo", "Cầu Trần Thị Lý": a place word and a full
/// name in units `a..b` ("Hồ Chí Minh" is a name: "Chí Minh" alone is not
/// one).
fn place_word_and_full_name(ctx: &Ctx, r: &Run, a: usize, b: usize) -> bool {
    b - a >= 3
        && ctx.feat(r.u(a).s).any(Feat::NOT_PERSON_BEFORE_FIRST)
        && ctx.lex.person.not_person_before.has(&ctx.ids, &ctx.gaps, r.u(a).s, 1)
        && form_of(ctx, r, a + 1, b) == Some(Form::Viet)
}

/// "Công ty … An Khang", "chợ Bến Thành": after a place or body word, the
/// run (units `a..b`) is a body or a place, elsewhere too (`neg`). A full
/// name is not ("Quảng trường Hồ Chí Minh" and "Hồ Chí Minh là…").
fn body_or_place(ctx: &Ctx, r: &Run, a: usize, b: usize, neg: &mut Vec<(usize, usize)>) -> bool {
    let s = r.u(a).s;
    if !(place_before(ctx, s) || street_intro_before(ctx, s) || after_listed_place(ctx, s, r.end_at(b))) {
        return false;
    }
    // (A full name names the person elsewhere in the text: a Vietnamese
    // one of three syllables, a foreign one whose parts the tables know,
    // "dưới thời Donald Trump".)
    let full = match form_of(ctx, r, a, b) {
        Some(Form::Viet) => b - a >= 3,
        Some(Form::ForeignKnown) => b - a >= 2,
        _ => false,
    };
    if !full {
        neg.push((s, r.end_at(b)));
    }
    true
}

/// Whether the run's units `a..b` (of `form`) are a person with no cue
/// before them: the rule that says so. A full Vietnamese name stands on
/// its own, and a foreign name the tables know; other names of two words
/// or more need the words after them ([`right_cue`]). One word alone
/// ("Uber", "Bangkok", "Minh") is a person only when the document knows
/// it as one (see [`document`]).
fn accepted(ctx: &Ctx, r: &Run, a: usize, b: usize, form: Form) -> Option<&'static str> {
    let units = b - a;
    if units < 2 {
        return None;
    }
    // A full Vietnamese name: three syllables or more from a surname, or an
    // ethnic name of three words.
    let full = matches!(form, Form::Viet | Form::Ethnic) && (3..=4).contains(&units);
    // A foreign name the tables know, with a word no Vietnamese text has
    // ("Park Hang-seo", not "Cha Lo").
    let alien = || {
        (a..b)
            .any(|k| !ctx.feat(r.u(k).s).any(Feat::WORD_FIRST | Feat::GIVEN | Feat::SURNAME) || r.u(k).e > r.u(k).s + 1)
    };
    if full || form == Form::ForeignKnown && alien() {
        return Some("person.full_name");
    }
    let named_by_cue = match right_cue(ctx, r.end_at(b)) {
        Cue::Strong => form != Form::Syllables,
        Cue::Medium => match form {
            Form::Viet | Form::Ethnic | Form::Foreign | Form::ForeignKnown => true,
            Form::Given => (a..b).all(|k| given_band(ctx, r.u(k)) <= 2),
            Form::Syllables => false,
        },
        Cue::None => false,
    };
    named_by_cue.then_some("person.verb")
}

/// True when the run at token `i` (a capitalised word) is that word alone
/// or nothing, and the word is a Vietnamese syllable and no given name
/// ("Theo", "Trong", "Các" opening a sentence): [`bare`] then goes on at
/// `i + 1` with nothing kept (its one-word branch keeps only a given name
/// or a foreign word), so the run is not read. The word is one unit (no
/// token glued after it), and the run cannot go on: no capitalised word
/// after a space, and no particle ("van", "bin"), which follows only a
/// foreign word.
#[inline(always)]
fn lone_syllable(ctx: &Ctx, i: usize) -> bool {
    let next_gap = ctx.gaps.get(i + 1);
    next_gap != Some(&super::Gap::Glued)
        && !(next_gap == Some(&super::Gap::Space) && matches!(ctx.shape(i + 1), Shape::Title | Shape::Mixed))
        && !ctx.feat(i).any(Feat::GIVEN)
        && viet_ok(ctx, Unit { s: i, e: i + 1 })
}

#[allow(clippy::too_many_arguments)]
fn hit<'a>(
    ctx: &Ctx<'a>,
    name_start: usize,
    name_end: usize,
    honorific: Option<&'a str>,
    titles: std::ops::Range<usize>,
    degrees: Vec<&'a str>,
    rule: &'static str,
    short: bool,
) -> PersonHit<'a> {
    let (s, e) = (ctx.tokens[name_start].start(), ctx.tokens[name_end - 1].end());
    PersonHit {
        start: s,
        end: e,
        tokens: (name_start, name_end),
        name: &ctx.text[s..e],
        short,
        honorific,
        titles,
        degrees,
        rule,
    }
}

// ---------------------------------------------------------------------------
// The document: known names at every mention, list neighbours.

/// The key of a name: its lower-cased text, where a hyphen is the same as
/// a space ("Park Hang-seo" = "Park Hang Seo"). A slice of the lower-cased
/// text, compared and hashed with that rule (no string is built).
#[derive(Clone, Copy, Debug)]
struct Key<'a>(&'a str);

/// A space or a hyphen: what separates the words of a [`Key`].
fn key_sep(b: u8) -> bool {
    b == b' ' || b == b'-'
}

impl<'a> Key<'a> {
    /// The number of word separators.
    fn seps(self) -> usize {
        self.0.bytes().filter(|&b| key_sep(b)).count()
    }

    /// The last `words` words, when the key has more.
    fn tail(self, words: usize) -> Option<Key<'a>> {
        // After the `words`-th separator from the end.
        let bytes = self.0.as_bytes();
        let (mut end, mut cut) = (bytes.len(), 0);
        for _ in 0..words {
            let p = bytes[..end].iter().rposition(|&b| key_sep(b))?;
            (end, cut) = (p, p + 1);
        }
        Some(Key(&self.0[cut..]))
    }
}

impl PartialEq for Key<'_> {
    fn eq(&self, other: &Self) -> bool {
        let (a, b) = (self.0.as_bytes(), other.0.as_bytes());
        a == b || a.len() == b.len() && a.iter().zip(b).all(|(&x, &y)| x == y || key_sep(x) && key_sep(y))
    }
}

impl Eq for Key<'_> {}

impl std::hash::Hash for Key<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        state.write_u64(key_hash(self.0.as_bytes()));
    }
}

/// The hash of a [`Key`]'s bytes: eight at a time (the last word padded
/// with zeros), each hyphen read as a space, folded into one number: equal
/// keys give the same words. (Byte by byte into a buffer, then hashed as a
/// slice, the key cost about three times as much.)
fn key_hash(bytes: &[u8]) -> u64 {
    let mut h = bytes.len() as u64;
    let mut words = bytes.chunks_exact(8);
    for w in &mut words {
        h = key_mix(h, hyphens_as_spaces(u64::from_le_bytes(w.try_into().unwrap_or_default())));
    }
    let rest = words.remainder();
    if !rest.is_empty() {
        let mut w = [0u8; 8];
        w[..rest.len()].copy_from_slice(rest);
        h = key_mix(h, hyphens_as_spaces(u64::from_le_bytes(w)));
    }
    h
}

/// One more word `w` of a [`Key`]'s hash `h`.
#[inline(always)]
fn key_mix(h: u64, w: u64) -> u64 {
    (h.rotate_left(5) ^ w).wrapping_mul(0x517c_c1b7_2722_0a95)
}

/// The eight bytes of `w` with each hyphen made a space (the [`Key`] rule),
/// all at once: a byte of `w ^ "--------"` is zero exactly at a hyphen;
/// adding 0x7F to its low seven bits sets its high bit unless it is zero.
#[inline(always)]
fn hyphens_as_spaces(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let t = w ^ (ONES * u64::from(b'-'));
    let nonzero = (((t & (ONES * 0x7F)) + ONES * 0x7F) | t) & (ONES * 0x80);
    let hyphen = !nonzero & (ONES * 0x80);
    w ^ ((hyphen >> 7) * u64::from(b'-' ^ b' '))
}

/// The key of the text from byte `s` to `e`.
fn text_key<'a>(ctx: &'a Ctx, s: usize, e: usize) -> Key<'a> {
    Key(&ctx.lower[s..e])
}

/// What the whole document shows about the names the scan read: the
/// steps, in order. Runs shown to be bodies or places are not people;
/// the given names of full names are counted; a two-word name that ends
/// one full name is short; then, when some run waits, every name's
/// mentions are known, the last words of full names too, and the pending
/// runs the document knows, or that stand in a list with people, are
/// added. (Kept out of [`recognize`]: the scan's own steps are inlined
/// better without it, −0.44 M instructions per 2 MB of samples.)
#[inline(never)]
fn document<'a>(
    ctx: &Ctx<'a>,
    out: &mut Vec<PersonHit<'a>>,
    pending: &mut [Pending],
    neg: &[(usize, usize)],
    slots: &mut Vec<Slot>,
    names: &mut Names,
) {
    add_rosters(ctx, out, pending);
    names.reset();
    mark_negative(ctx, out, neg, names);
    count_given_names(ctx, out, names);
    given_names_short(ctx, out, names);
    let addressed = addressed_words(ctx, out);
    let listed = || pending.iter().any(|p| listed_person(ctx, p));
    if (pending.is_empty() && addressed.is_empty()) || out.iter().all(|h| h.name.is_empty()) && !listed() {
        return;
    }
    know_names(ctx, out, names);
    know_last_words(names);
    let mut index = Index::new(ctx, out, std::mem::take(slots));
    add_addressed(ctx, out, &addressed, names, &mut index);
    // A name a list taught ("Quang Hải" beside "Bùi Tiến Dũng") is known at
    // its other mentions too, and makes their lists' runs neighbours
    // ("Văn Toàn, Hồng Duy, Quang Hải, Đức Huy …" further on): each round
    // from what the last one added, four at most.
    for round in 0..4 {
        if round > 0 {
            names.by_hit.resize(out.len(), NO_NAME);
            know_names(ctx, out, names);
        }
        let before = out.len();
        add_known_pending(ctx, out, pending, names, &mut index);
        add_list_neighbours(ctx, out, pending, neg, names, &mut index);
        if out.len() == before {
            break;
        }
    }
    *slots = index.into_slots(out);
}

/// A team's line-up: "U23 Malaysia: Haziq, Adam, Faiz, Safawi.",
/// "Chelsea (3-4-3): Courtois; Azpilicueta, Luiz, Cahill; …". After a
/// sports team's name (a club or a team the tables know, or a team's
/// head: [`team_at`](super::organisations::team_at)), maybe its formation
/// in brackets, or after a role that labels a field ("Hậu vệ:",
/// "Diễn viên:"), and a colon, three or more capitalised names separated
/// by commas or semicolons up to the end of the sentence or the line are
/// people: the pending runs among them.
fn add_rosters<'a>(ctx: &Ctx<'a>, out: &mut Vec<PersonHit<'a>>, pending: &[Pending]) {
    // (The last list read: its colon, its end and whether it is a line-up.)
    let mut last: Option<(usize, usize, bool)> = None;
    for p in pending {
        if !last.is_some_and(|(colon, end, _)| p.s > colon && p.s < end) {
            let Some(colon) = list_colon(ctx, p.s) else { continue };
            if last.is_some_and(|(c, _, _)| c == colon) {
                continue;
            }
            let (end, items, cut) = roster_items(ctx, colon + 1);
            let line_up = items >= 3
                && (team_before(ctx, colon)
                    || role_label_before(ctx, colon).is_some()
                    || line_up_label_before(ctx, colon));
            last = Some((colon, end, line_up));
            // A last item run on into what follows, which the scan did not
            // keep as a name of its own ("Turan Atletico Madrid: …").
            if let Some(s) = cut.filter(|&s| line_up && !pending.iter().any(|q| q.s == s)) {
                out.push(hit(ctx, s, end, None, 0..0, Vec::new(), "person.roster", end - s == 1));
            }
        }
        let Some((colon, end, true)) = last else { continue };
        let item_start = matches!(ctx.tok(p.s - 1), ":" | "," | ";") || spaced_dash(ctx, p.s - 1);
        // (A last item run on into what follows is cut at the list's end.)
        let e = p.e.min(end);
        let item_end = e == end || matches!(ctx.tok(e), "," | ";" | "." | "(" | "…") || spaced_dash(ctx, e);
        if p.s > colon && e > p.s && item_start && item_end {
            // (A one-word item, "Buffon", is the short form of a full name
            // the document writes elsewhere, "Gianluigi Buffon".)
            out.push(hit(ctx, p.s, e, None, 0..0, Vec::new(), "person.roster", p.form == Form::Given || e - p.s == 1));
        }
    }
}

/// The colon opening the list that the capitalised run at token `s` is
/// an item of, on the same line: back over names and commas or
/// semicolons (forty tokens at most).
fn list_colon(ctx: &Ctx, s: usize) -> Option<usize> {
    let mut k = s;
    for _ in 0..40 {
        if k == 0 || !same_line(ctx, k) {
            return None;
        }
        let t = k - 1;
        match ctx.tok(t) {
            ":" => return Some(t),
            "," | ";" | "-" | "–" | "'" => {}
            "." if ctx.gaps[k] == super::Gap::Glued => {}
            _ if ctx.is_cap(t) && ctx.kind(t) == Some(TokenKind::Word) => {}
            _ => return None,
        }
        k = t;
    }
    None
}

/// The items of a list of capitalised names from token `k`, each one to
/// four words (a hyphen, a glued dot or an apostrophe inside: "Ki-Hee
/// Kim", "G.Moreno"), maybe a bracket after it, separated by commas or
/// semicolons: the list's end and its number of items, none unless it
/// ends the sentence or the line; and where the last item starts when
/// it was cut from what runs on after it ([`run_on_item_end`]).
fn roster_items(ctx: &Ctx, mut k: usize) -> (usize, usize, Option<usize>) {
    let n = ctx.tokens.len();
    let mut items = 0;
    loop {
        let start = k;
        let mut words = 0;
        while k < n && same_line(ctx, k) && words <= 4 {
            let t = ctx.tok(k);
            // ("… Smolov, Poloz New Zealand Dự kiến: Marinovic – …": the
            // next team's label ends the item.)
            if k > start && line_up_label_at(ctx, k).is_some() {
                break;
            }
            if ctx.is_cap(k) && ctx.kind(k) == Some(TokenKind::Word) {
                words += 1;
            } else if !(matches!(t, "-" | "'" | ".") && ctx.gaps[k] == super::Gap::Glued && k > start) {
                break;
            }
            k += 1;
        }
        if words == 0 || words > 4 {
            return (k, 0, None);
        }
        items += 1;
        if let Some(cut) = run_on_item_end(ctx, start, k) {
            return (cut, items, Some(start));
        }
        if ctx.tok(k) == "(" {
            match (k + 1..(k + 8).min(n)).find(|&j| ctx.tok(j) == ")") {
                Some(close) => k = close + 1,
                None => return (k, 0, None),
            }
        }
        if k >= n || !same_line(ctx, k) || matches!(ctx.tok(k), "." | "…") {
            return (k, items, None);
        }
        // (A spaced dash parts the lines of a formation: "Akinfeev -
        // Kudryashov, Vasin – Kombarov".)
        if !matches!(ctx.tok(k), "," | ";") && !spaced_dash(ctx, k) {
            return (k, 0, None);
        }
        k += 1;
    }
}

/// A line-up's label from token `k` ("Dự kiến:", "Đội hình dự kiến:",
/// "Đội hình xuất phát:", "Đội hình ra sân:", "Đội hình:", the
/// substitutes' "Dự bị:"), written as a match preview's table writes it:
/// the token of its colon.
fn line_up_label_at(ctx: &Ctx, k: usize) -> Option<usize> {
    if !ctx.is_cap(k) {
        return None;
    }
    let mut j = k;
    if ctx.ltok(j) == "đội" && ctx.ltok(j + 1) == "hình" && ctx.joined(j) {
        j += 2;
    }
    let pair = (ctx.ltok(j), ctx.ltok(j + 1));
    let label = matches!(pair, ("dự", "kiến") | ("xuất", "phát") | ("ra", "sân")) || j == k && pair == ("dự", "bị");
    if (j == k || ctx.joined(j - 1)) && ctx.joined(j) && label {
        j += 2;
    }
    (j > k && ctx.tok(j) == ":").then_some(j)
}

/// True when a line-up's label ([`line_up_label_at`]) ends at the colon
/// at token `colon`.
fn line_up_label_before(ctx: &Ctx, colon: usize) -> bool {
    (colon.saturating_sub(4)..colon).any(|k| line_up_label_at(ctx, k) == Some(colon))
}

/// Where the list item `s..e` of two words or more ends when a page that
/// lost its line breaks or full stop runs it into what comes next: the
/// next team's line-up ("…; Messi, Suarez, Turan Atletico Madrid: Moya;
/// …", the item ends before the team) or the next sentence, whose
/// capitalised first syllable opens a word with the lower-case one after
/// the item ("… Torres, Carrasco Dự đoán: 1-1").
fn run_on_item_end(ctx: &Ctx, s: usize, e: usize) -> Option<usize> {
    if e >= ctx.tokens.len() || !same_line(ctx, e) {
        return None;
    }
    // "… Poloz New Zealand Dự kiến:": the item ends before the next
    // team's label, and before the team named before it (a club, a team
    // or a country).
    if line_up_label_at(ctx, e).is_some() {
        let team = (s + 1..e).find(|&k| {
            super::organisations::team_at(ctx, k)
                || ctx.phrase_at(k, &ctx.lex.countries).is_some_and(|(m, _)| k + m == e)
        });
        return Some(team.unwrap_or(e));
    }
    if e - s < 2 {
        return None;
    }
    if ctx.tok(e) == ":" && team_before(ctx, e) {
        return (s + 1..e).find(|&k| super::organisations::team_at(ctx, k));
    }
    (ctx.shape(e) == Shape::Lower && ctx.joined(e - 1) && ctx.is_word(e - 1, 2)).then_some(e - 1)
}

/// The first token of a role that labels a field before the colon at
/// token `colon` ("Hậu vệ: Đình Trọng, Văn Hậu, Duy Mạnh.", "Diễn viên:
/// …", "Thủ môn (4): …", with the count of the field in brackets): a role
/// that opens its sentence, or a heading run on after a capitalised word
/// where a page lost its line break ("Danh sách U22 Việt Nam Thủ môn (4):
/// …").
fn role_label_before(ctx: &Ctx, colon: usize) -> Option<usize> {
    let mut e = colon;
    if e >= 3 && ctx.tok(e - 1) == ")" && ctx.kind(e - 2) == Some(TokenKind::Number) && ctx.tok(e - 3) == "(" {
        e -= 3;
    }
    (e.saturating_sub(4)..e).find(|&k| {
        ctx.feat(k).any(titles::ANY_ROLE_FIRST)
            && (sentence_start(ctx, k) || k > 0 && ctx.joined(k - 1) && ctx.is_cap(k - 1) && ctx.is_cap(k))
            && titles::role_entry(ctx, k).is_some_and(|(n, _)| k + n == e)
    })
}

/// "Thủ môn (4): Bùi Tiến Dũng (FLC Thanh Hóa), Phí Minh Long (Hà Nội
/// FC), …": the role that labels a field of a line-up or a squad is the
/// title of each name listed after its colon that has none of its own.
/// (Asked of the mentions, not the tokens: a list's colon is found back
/// from a mention that opens an item.)
fn label_line_ups<'a>(ctx: &Ctx<'a>, out: &mut [PersonHit<'a>], titles: &mut Vec<TitleHit<'a>>) {
    // (Most texts have no name right after a colon: nothing to do.)
    if !out.iter().any(|h| h.tokens.0 > 0 && ctx.tok(h.tokens.0 - 1) == ":") {
        return;
    }
    // In the order of the text: an item after a bracket ("…, Hồng Duy
    // (HAGL), Xuân Trường …") is found from the items before it.
    let mut order: Vec<usize> = (0..out.len()).collect();
    order.sort_unstable_by_key(|&n| out[n].tokens.0);
    // (The last list read: its colon, its end and its title.)
    let mut last: Option<(usize, usize, Option<usize>)> = None;
    for n in order {
        let h = &mut out[n];
        let s = h.tokens.0;
        if !h.titles.is_empty() || s == 0 || !matches!(ctx.tok(s - 1), ":" | "," | ";") {
            continue;
        }
        if !last.is_some_and(|(colon, end, _)| s > colon && s < end) {
            let Some(colon) = list_colon(ctx, s) else { continue };
            let (end, items, _) = roster_items(ctx, colon + 1);
            let title = role_label_before(ctx, colon).filter(|_| items >= 2).and_then(|k| {
                let (a, n, (_, (display, kind)), _, role_start) = titles::role_at(ctx, k, true)?;
                titles.push(TitleHit {
                    role: titles::role_text(ctx, a, a + n, display, role_start),
                    organisation: None,
                    kind: *kind,
                });
                Some(titles.len() - 1)
            });
            last = Some((colon, end, title));
        }
        if let Some((_, end, Some(t))) = last {
            if h.tokens.1 <= end {
                h.titles = t..t + 1;
            }
        }
    }
}

/// True when a sports team's name (and maybe its formation in brackets)
/// ends right before the colon at token `colon`, on its line.
fn team_before(ctx: &Ctx, colon: usize) -> bool {
    let mut e = colon;
    if e > 0 && ctx.tok(e - 1) == ")" {
        match (e.saturating_sub(10)..e - 1).rev().find(|&j| ctx.tok(j) == "(") {
            Some(open) => e = open,
            None => return false,
        }
    }
    let mut s = e;
    while s > 0 && e - s < 5 && same_line(ctx, s) && (ctx.is_cap(s - 1) || ctx.kind(s - 1) == Some(TokenKind::Number)) {
        s -= 1;
    }
    (s..e).any(|k| super::organisations::team_at(ctx, k))
}

/// The byte span of tokens `s..e`.
fn byte_span(ctx: &Ctx, s: usize, e: usize) -> (usize, usize) {
    (ctx.tokens[s].start(), ctx.tokens[e - 1].end())
}

/// True when the name at bytes `s..e` was shown to be a body or a place.
/// (Asked only when the text showed one: `neg` not empty.)
fn is_negative(ctx: &Ctx, names: &Names, neg: &[(usize, usize)], s: usize, e: usize) -> bool {
    !neg.is_empty() && names.find(ctx.lower.as_str(), s, e).is_some_and(|k| names.info[k].negative)
}

/// Runs the text shows to be bodies or places (`neg`: "Công ty … An
/// Khang", "đường Nguyễn Văn Linh") are marked; the mentions found by
/// their form or the words after them with such a name give way.
fn mark_negative(ctx: &Ctx, out: &mut Vec<PersonHit>, neg: &[(usize, usize)], names: &mut Names) {
    let lower = ctx.lower.as_str();
    for &(s, e) in neg {
        let (a, b) = byte_span(ctx, s, e);
        let k = names.intern(lower, a, b);
        names.info[k].negative = true;
    }
    if !neg.is_empty() {
        out.retain(|h| {
            !(matches!(h.rule, "person.full_name" | "person.verb") && is_negative(ctx, names, neg, h.start, h.end))
        });
    }
}

/// Names known as people: full names, and the given names of full
/// Vietnamese names ("Tuấn Anh" of "Nguyễn Tuấn Anh") when one person has
/// them. The last two words of each full name of three words or more
/// ("Quang Hải" of "Nguyễn Quang Hải") are counted (`given`), each name
/// once (`seen`). (Each mention's name index is kept where it is found:
/// [`know_names`] asks for the same key of most mentions again.)
fn count_given_names(ctx: &Ctx, out: &[PersonHit], names: &mut Names) {
    let lower = ctx.lower.as_str();
    names.by_hit.clear();
    names.by_hit.resize(out.len(), NO_NAME);
    for (n, h) in out.iter().enumerate().filter(|(_, h)| !h.name.is_empty() && !h.short) {
        let k = text_key(ctx, h.start, h.end);
        if k.seps() >= 2 {
            let x = names.intern(lower, h.start, h.end);
            names.keep_for_hit(n, x);
            if !names.info[x].seen {
                names.info[x].seen = true;
                if let Some(g) = k.tail(2) {
                    let g = names.intern(lower, h.end - g.0.len(), h.end);
                    names.info[g].given += 1;
                }
            }
        }
    }
}

/// "Văn Hậu" after "Đoàn Văn Hậu": a name of two words that ends one full
/// name of the document is that person's given name (a short form),
/// whatever its first word reads as.
fn given_names_short(ctx: &Ctx, out: &mut [PersonHit], names: &mut Names) {
    if names.info.is_empty() {
        return;
    }
    let lower = ctx.lower.as_str();
    for (n, h) in out.iter_mut().enumerate().filter(|(_, h)| !h.short && !h.name.is_empty()) {
        if text_key(ctx, h.start, h.end).seps() != 1 {
            continue;
        }
        if let Some(x) = names.find(lower, h.start, h.end) {
            names.keep_for_hit(n, x);
            if names.info[x].given == 1 {
                h.short = true;
            }
        }
    }
}

/// Every mention's name is `known`, with `all_short` (every mention
/// short); the last word of each full name ("Hải", "Bale" of "Gareth
/// Bale") is counted in `given`, each name once (`counted`).
fn know_names(ctx: &Ctx, out: &[PersonHit], names: &mut Names) {
    let lower = ctx.lower.as_str();
    for (n, h) in out.iter().enumerate().filter(|(_, h)| !h.name.is_empty()) {
        let x = match names.by_hit[n] {
            NO_NAME => names.intern(lower, h.start, h.end),
            x => x as usize,
        };
        let e = &mut names.info[x];
        if !e.known {
            (e.known, e.all_short) = (true, h.short);
        }
        if !h.short && !e.counted {
            e.counted = true;
            if let Some(g) = text_key(ctx, h.start, h.end).tail(1) {
                let g = names.intern(lower, h.end - g.0.len(), h.end);
                names.info[g].given += 1;
            }
        }
        names.info[x].all_short &= h.short;
    }
}

/// A word known only as the end of one full name is known too, as a
/// short form of that person's (`last_word`: see [`alone`]).
fn know_last_words(names: &mut Names) {
    for e in names.info.iter_mut() {
        if e.given == 1 && !e.known {
            (e.last_word, e.known, e.all_short) = (true, true, true);
        }
    }
}

/// Where a person's name stands alone (tokens `s..e`): not after a common
/// noun ("miền Nam", "Công ty luật … Hồng Thái") nor next to another
/// capitalised word ("Lào Cai", "SG Heat"). A word known only as the end
/// of a full name names that person only there. A foreign word (no
/// Vietnamese syllable: "Mourinho") is no part of a Vietnamese word, so
/// it may follow any lower-case word ("khiến Mourinho phấn khởi") and a
/// function word opening the sentence ("Theo Mourinho, …").
fn alone(ctx: &Ctx, s: usize, e: usize, form: Form) -> bool {
    let foreign = form == Form::Foreign;
    let after_noun = !foreign
        && s > 0
        && ctx.joined(s - 1)
        && ctx.shape(s - 1) == Shape::Lower
        && !ctx.feat(s - 1).any(Feat::STOPWORD);
    let cap_before = s > 0 && ctx.joined(s - 1) && ctx.is_cap(s - 1) && !(foreign && opener_word(ctx, s - 1));
    let cap_after = ctx.joined(e - 1) && ctx.is_cap(e);
    !(after_noun || cap_before || cap_after)
}

/// A capitalised word at `i` that is there only because it opens the
/// sentence: a Vietnamese syllable that no name table knows ("Theo",
/// "Khi", "Còn").
fn opener_word(ctx: &Ctx, i: usize) -> bool {
    sentence_start(ctx, i)
        && ctx.shape(i) == Shape::Title
        && !ctx.feat(i).any(Feat::GIVEN | Feat::SURNAME)
        && viet_ok(ctx, Unit { s: i, e: i + 1 })
}

/// "Theo ông Viện, …", "trả cho bà Tuyết 1,5 tỉ đồng", "chị Trang bị
/// thương": after a form of address, one capitalised word the document
/// knows as a person's name (the end of one full name, or a name read
/// elsewhere) names that person, where the word alone would read as a
/// head ("Viện", "Trường"), a numbered unit or the first syllable of a
/// word, and no mention covers it yet.
fn add_addressed<'a>(
    ctx: &Ctx<'a>,
    out: &mut Vec<PersonHit<'a>>,
    addressed: &[(usize, Option<&'a str>)],
    names: &Names,
    index: &mut Index,
) {
    let lower = ctx.lower.as_str();
    for &(s, honorific) in addressed {
        let (a, b) = byte_span(ctx, s, s + 1);
        let known = names.find(lower, a, b).is_some_and(|x| names.info[x].known && !names.info[x].negative);
        if known && !index.covered(s) {
            let h = hit(ctx, s, s + 1, honorific, 0..0, Vec::new(), "person.honorific", true);
            index.add(ctx, &h);
            out.push(h);
        }
    }
}

/// The one capitalised words right after a form of address that no
/// mention covers (the candidates of [`add_addressed`]), with the form of
/// address. (Most such words are mentions already: the hits' spans are
/// looked up by binary search, and a document with none left does no
/// more.)
fn addressed_words<'a>(ctx: &Ctx<'a>, out: &[PersonHit]) -> Vec<(usize, Option<&'a str>)> {
    let n = ctx.tokens.len();
    // A capitalised word alone at `s`, right after the token before it.
    let lone_word = |s: usize| {
        s < n
            && ctx.joined(s - 1)
            && matches!(ctx.shape(s), Shape::Title | Shape::Mixed)
            && !(ctx.joined(s) && ctx.is_cap(s + 1))
    };
    let mut found = Vec::new();
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut last_words = Vec::new();
    let mut k = ctx.next_with(0, Feat::HONORIFIC_FIRST);
    while k + 1 < n {
        // (The word after first: a form of address is read, its cases
        // weighed, only before a lone capitalised word.)
        if lone_word(k + 1) || lone_word(k + 2) {
            if let Some((m, honorific)) = honorific_at(ctx, k).filter(|&(m, _)| lone_word(k + m)) {
                let s = k + m;
                // (Only a word that ends some mention can be a name the
                // document knows: most candidates end here, before the
                // names are counted. Both lists are built at the first
                // candidate, and searched.)
                if spans.is_empty() {
                    spans = out.iter().map(|h| h.tokens).collect();
                    spans.sort_unstable();
                    last_words = out.iter().filter(|h| !h.name.is_empty()).map(|h| ctx.ids[h.tokens.1 - 1]).collect();
                    last_words.sort_unstable();
                }
                let before = spans.partition_point(|&(a, _)| a <= s);
                let covered = before > 0 && spans[..before].iter().rev().take(4).any(|&(_, b)| s < b);
                if last_words.binary_search(&ctx.ids[s]).is_ok() && !covered {
                    found.push((s, honorific));
                }
            }
        }
        k = ctx.next_with(k + 1, Feat::HONORIFIC_FIRST);
    }
    found
}

/// Pending runs the document knows as a name of a person (and not of a
/// body or a place) are mentions of that person, where no mention covers
/// them yet.
fn add_known_pending<'a>(
    ctx: &Ctx<'a>,
    out: &mut Vec<PersonHit<'a>>,
    pending: &[Pending],
    names: &Names,
    index: &mut Index,
) {
    let lower = ctx.lower.as_str();
    for p in pending.iter() {
        let (a, b) = byte_span(ctx, p.s, p.e);
        let e = names.find(lower, a, b).map(|x| names.info[x]);
        if e.is_some_and(|e| e.negative) || index.covered(p.s) {
            continue;
        }
        match e.filter(|e| e.known) {
            Some(e) if !e.last_word || alone(ctx, p.s, p.e, p.form) => {
                if e.last_word {
                    index.set_weak(p.s);
                }
                let h =
                    hit(ctx, p.s, p.e, None, 0..0, Vec::new(), "person.known", e.all_short || p.form == Form::Given);
                index.add(ctx, &h);
                out.push(h);
            }
            // "Messi chói sáng": a famous person the tables know by one
            // word, standing alone.
            None if listed_person(ctx, p) && alone(ctx, p.s, p.e, Form::Foreign) => {
                let h = hit(ctx, p.s, p.e, None, 0..0, Vec::new(), "person.listed", true);
                index.add(ctx, &h);
                out.push(h);
            }
            _ => {}
        }
    }
}

/// A pending run that names a famous person the tables know by it alone
/// (`people_known.tsv`): one word ("Messi", "Putin"), or the given names
/// or stage name the press names a Vietnamese public figure by ("Công
/// Phượng", "Trấn Thành"), written with a capital.
fn listed_person(ctx: &Ctx, p: &Pending) -> bool {
    let lex = &ctx.lex.person;
    matches!(ctx.shape(p.s), Shape::Title | Shape::Mixed)
        && if p.e == p.s + 1 {
            lex.known_people.contains_key(&ctx.ids[p.s])
        } else {
            lex.known_names.has(&ctx.ids, &ctx.gaps, p.s, p.e - p.s)
        }
}

/// "Việc Xuân Trường và Tuấn Anh …", "Những Công Phượng, Đức Chinh …": a
/// pending run that opens its sentence with a common word no name has (no
/// family, given or foreign name), capitalised only there, before a name
/// the document knows, is that word and the known name, not a new one
/// ("Hoắc Kiến Hoa", a family name the tables lack, stays whole).
fn common_word_opens(ctx: &Ctx, p: &Pending, names: &Names) -> bool {
    let f = ctx.feat(p.s);
    p.e > p.s + 1
        && f.any(Feat::WORD_FIRST)
        && !f.any(Feat::GIVEN | Feat::SURNAME | Feat::FOREIGN | Feat::ETHNIC_FIRST)
        && sentence_start(ctx, p.s)
        && {
            let (a, b) = byte_span(ctx, p.s + 1, p.e);
            names.find(ctx.lower.as_str(), a, b).is_some_and(|x| names.info[x].known)
        }
}

/// "Táo Môi trường Tự Long", "Táo Công chức Chí Trung": a pending run whose
/// last capitalised syllable opens a word with the lower-case word after it
/// is a name cut from the word, a role's or a character's ("Táo" and its
/// field), no list neighbour.
/// (Not a public figure's name whose last word is written in lower case:
/// "Cường Đô la".)
fn ends_in_word(ctx: &Ctx, p: &Pending) -> bool {
    ctx.shape(p.e) == Shape::Lower
        && ctx.joined(p.e - 1)
        && ctx.is_word(p.e - 1, 2)
        && !ctx.lex.person.known_names.has(&ctx.ids, &ctx.gaps, p.s, p.e + 1 - p.s)
}

/// List neighbours: "Văn Toàn, Công Phượng và Xuân Trường". A pending
/// run of two words or more (or one foreign word) listed next to a person
/// is one; a one-word name needs two people listed with it. Each round may
/// make the next run a neighbour (at most four rounds).
fn add_list_neighbours<'a>(
    ctx: &Ctx<'a>,
    out: &mut Vec<PersonHit<'a>>,
    pending: &mut [Pending],
    neg: &[(usize, usize)],
    names: &Names,
    index: &mut Index,
) {
    let mut changed = true;
    let mut rounds = 0;
    while changed && rounds < 4 {
        changed = false;
        rounds += 1;
        for p in pending.iter_mut() {
            if index.covered(p.s)
                || is_negative(ctx, names, neg, byte_span(ctx, p.s, p.e).0, byte_span(ctx, p.s, p.e).1)
            {
                continue;
            }
            let single = *p.single.get_or_insert_with(|| run_at(ctx, p.s).n == 1);
            if single && p.form != Form::Foreign || common_word_opens(ctx, p, names) || ends_in_word(ctx, p) {
                continue;
            }
            let before = p.s >= 2 && list_sep(ctx, p.s - 1) && index.ends_before(p.s - 1).is_some();
            let after = list_sep(ctx, p.e) && index.starts_at(p.e + 1) && !index.weak(p.e + 1);
            // A one-word name needs two people listed with it.
            let two_before = || {
                let Some(prev) = index.ends_before(p.s - 1) else { return false };
                prev >= 2 && list_sep(ctx, prev - 1) && index.ends_before(prev - 1).is_some()
            };
            let ok = if single {
                before && (after || two_before())
            } else {
                before && dash_pair(ctx, p.s - 1, index.ends_before(p.s - 1), Some(p.e))
                    || after && dash_pair(ctx, p.e, Some(p.s), index.end_from(p.e + 1))
            };
            if ok && !place_before(ctx, p.s) {
                // (A name the document knows, not alone: "cặp đôi Macron –
                // Philippe" after "Edouard Philippe", read as known.)
                let (a, b) = byte_span(ctx, p.s, p.e);
                let known = names.find(ctx.lower.as_str(), a, b).is_some_and(|x| names.info[x].known);
                let rule = if known { "person.known" } else { "person.list" };
                let h = hit(ctx, p.s, p.e, None, 0..0, Vec::new(), rule, known || p.form == Form::Given || single);
                index.add(ctx, &h);
                out.push(h);
                changed = true;
            }
        }
    }
}

/// The document's distinct name keys ([`Key`]), each given a small index
/// the first time it is met, and what the document knows of each by that
/// index: one hash per mention and per key derived from it, where five
/// sets and maps keyed by the name (bodies' and places' names, full names
/// seen, given names counted, names known, last words) hashed and compared
/// the key again at each question. Kept from one document to the next on
/// each thread (see [`Scratch`]): most documents allocate nothing here.
#[derive(Default)]
struct Names {
    /// Open addressing, linear probing, a power of two long (or empty):
    /// 0 for a free slot, else the name's index plus one.
    table: Vec<u32>,
    /// Each name's bytes in the lower-cased text, hash and slot.
    keys: Vec<NameKey>,
    /// What the document knows of each name.
    info: Vec<NameInfo>,
    /// The name index of each mention of `document`'s list, where a loop
    /// has found it ([`NO_NAME`] elsewhere).
    by_hit: Vec<u32>,
}

/// No name index kept for a mention (see [`Names::by_hit`]).
const NO_NAME: u32 = u32::MAX;

/// Where a [`Names`] key is: a byte range of `ctx.lower`, its hash and its
/// slot in the table.
#[derive(Clone, Copy)]
struct NameKey {
    s: usize,
    e: usize,
    hash: u64,
    slot: usize,
}

/// What the document knows of one name (see `document`).
#[derive(Clone, Copy, Default)]
struct NameInfo {
    /// The text shows it as a body's or a place's name.
    negative: bool,
    /// Counted once as a full name of three words or more.
    seen: bool,
    /// How many names end with it (their last two words, or last word).
    given: u32,
    /// A person's name of the document.
    known: bool,
    /// Every mention of it is short (when `known`).
    all_short: bool,
    /// Its last word is counted in `given`.
    counted: bool,
    /// Known only as the last word of one full name.
    last_word: bool,
}

impl Names {
    /// Empty for the next document; the table's slots are freed one by
    /// one (as many as the last document used), not all.
    fn reset(&mut self) {
        for k in &self.keys {
            self.table[k.slot] = 0;
        }
        self.keys.clear();
        self.info.clear();
        self.by_hit.clear();
    }

    /// Keeps `x` as the name index of mention `n` (an index past
    /// [`NO_NAME`] is not kept: it is looked up again).
    fn keep_for_hit(&mut self, n: usize, x: usize) {
        self.by_hit[n] = u32::try_from(x).unwrap_or(NO_NAME);
    }

    /// The slot of hash `h` to probe first.
    fn home(&self, h: u64) -> usize {
        // (The high bits of one more multiply: the table is a power of two.)
        (h.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 32) as usize & (self.table.len() - 1)
    }

    /// The index of the key `lower[s..e]`, if the document has it.
    fn find(&self, lower: &str, s: usize, e: usize) -> Option<usize> {
        if self.keys.is_empty() {
            return None;
        }
        self.probe(lower, s, e, key_hash(&lower.as_bytes()[s..e])).1
    }

    /// The slot where the key is, or the free slot where it would go, and
    /// its index if it is there.
    fn probe(&self, lower: &str, s: usize, e: usize, h: u64) -> (usize, Option<usize>) {
        let mask = self.table.len() - 1;
        let mut slot = self.home(h);
        loop {
            let x = self.table[slot] as usize;
            if x == 0 {
                return (slot, None);
            }
            let k = self.keys[x - 1];
            if k.hash == h && Key(&lower[k.s..k.e]) == Key(&lower[s..e]) {
                return (slot, Some(x - 1));
            }
            slot = (slot + 1) & mask;
        }
    }

    /// The index of the key `lower[s..e]`, given it the first time.
    fn intern(&mut self, lower: &str, s: usize, e: usize) -> usize {
        if 2 * (self.keys.len() + 1) > self.table.len() {
            self.grow();
        }
        let h = key_hash(&lower.as_bytes()[s..e]);
        let (slot, found) = self.probe(lower, s, e, h);
        if let Some(x) = found {
            return x;
        }
        let x = self.keys.len();
        // (More than four billion names cannot fit the text's memory.)
        self.table[slot] = u32::try_from(x + 1).unwrap_or(u32::MAX);
        self.keys.push(NameKey { s, e, hash: h, slot });
        self.info.push(NameInfo::default());
        x
    }

    /// Twice the table (64 slots at first), the keys placed again.
    fn grow(&mut self) {
        let len = (2 * self.table.len()).max(64);
        self.table.clear();
        self.table.resize(len, 0);
        for x in 0..self.keys.len() {
            let mut slot = self.home(self.keys[x].hash);
            while self.table[slot] != 0 {
                slot = (slot + 1) & (len - 1);
            }
            self.table[slot] = u32::try_from(x + 1).unwrap_or(u32::MAX);
            self.keys[x].slot = slot;
        }
    }

    /// Emptied for the next document (none kept above
    /// [`KEEP_BYTES`](crate::scratch::KEEP_BYTES)).
    fn emptied(mut self) -> Names {
        self.reset();
        if self.table.len() * 4 > crate::scratch::KEEP_BYTES {
            return Names::default();
        }
        Names {
            table: self.table,
            keys: crate::scratch::emptied(self.keys),
            info: crate::scratch::emptied(self.info),
            by_hit: crate::scratch::emptied(self.by_hit),
        }
    }
}

/// Where the document's people are, by token: one slot per token (and
/// one past the last), so that each question is an index, not a hash.
struct Index {
    slots: Vec<Slot>,
}

/// What the document's people make of one token (all zero when nothing
/// is known). The slots are kept empty from one document to the next
/// ([`Index::into_slots`] empties those a document set): a document's
/// slots are not written token after token, nor by a `memset`.
#[derive(Clone, Copy, Default)]
struct Slot {
    /// [`COVERED`] and [`WEAK`].
    marks: u32,
    /// The end token of the named mention starting here (see [`TokenRef`]).
    end: TokenRef,
    /// The start token of the named mention ending here.
    start: TokenRef,
}

/// [`Slot::marks`]: inside a mention.
const COVERED: u32 = 1;
/// [`Slot::marks`]: a named mention by a last word alone starts here: too
/// weak to make the run before it a list neighbour ("Theo Business
/// Insider, Veselnitskaya …").
const WEAK: u32 = 2;

/// A token index plus one, `None` for no token (nor for an index past
/// `u32::MAX - 1`: a text of more than four billion tokens loses its
/// list neighbours there rather than panicking).
type TokenRef = Option<std::num::NonZeroU32>;

/// Token `k` as a [`TokenRef`].
fn token_ref(k: usize) -> TokenRef {
    u32::try_from(k + 1).ok().and_then(std::num::NonZeroU32::new)
}

impl Index {
    /// The index of the mentions `out`, in `slots` (a buffer to reuse, all
    /// empty: see [`Index::into_slots`]; it may be longer than the tokens,
    /// and a slot past them is never set, so it answers as no slot does).
    fn new(ctx: &Ctx, out: &[PersonHit], mut slots: Vec<Slot>) -> Index {
        if slots.len() <= ctx.tokens.len() {
            slots.resize(ctx.tokens.len() + 1, Slot::default());
        }
        let mut ix = Index { slots };
        for h in out {
            ix.add(ctx, h);
        }
        ix
    }

    fn add(&mut self, ctx: &Ctx, h: &PersonHit) {
        let (s, e) = h.tokens;
        if let Some(run) = self.slots.get_mut(s..e.min(ctx.tokens.len())) {
            run.iter_mut().for_each(|x| x.marks |= COVERED);
        }
        if !h.name.is_empty() {
            if let Some(x) = self.slots.get_mut(s) {
                x.end = token_ref(e);
            }
            if let Some(x) = self.slots.get_mut(e) {
                x.start = token_ref(s);
            }
        }
    }

    /// The slots back, each one `mentions` set emptied (every slot set is
    /// in the tokens of a mention or at its end, and every mention indexed
    /// is in `mentions`): all empty for the next document.
    fn into_slots(mut self, mentions: &[PersonHit]) -> Vec<Slot> {
        let last = self.slots.len().saturating_sub(1);
        for h in mentions {
            let (s, e) = h.tokens;
            if let Some(run) = self.slots.get_mut(s..=e.min(last)) {
                run.fill(Slot::default());
            }
        }
        self.slots
    }

    fn covered(&self, k: usize) -> bool {
        self.slots.get(k).is_some_and(|x| x.marks & COVERED != 0)
    }

    fn set_weak(&mut self, k: usize) {
        if let Some(x) = self.slots.get_mut(k) {
            x.marks |= WEAK;
        }
    }

    fn weak(&self, k: usize) -> bool {
        self.slots.get(k).is_some_and(|x| x.marks & WEAK != 0)
    }

    /// True when a named mention starts at token `k`.
    fn starts_at(&self, k: usize) -> bool {
        self.slots.get(k).is_some_and(|x| x.end.is_some())
    }

    /// The end (exclusive) of a named mention starting at token `k`.
    fn end_from(&self, k: usize) -> Option<usize> {
        let end = self.slots.get(k)?.end?;
        Some(end.get() as usize - 1)
    }

    /// The start of a named mention ending right before token `k`.
    fn ends_before(&self, k: usize) -> Option<usize> {
        let start = self.slots.get(k)?.start?;
        Some(start.get() as usize - 1)
    }
}

/// A list separator at token `k`: ",", "và", "cùng", "hay", "hoặc", a
/// spaced dash ("cặp Quang Hải - Tiến Dụng").
fn list_sep(ctx: &Ctx, k: usize) -> bool {
    matches!(ctx.tok(k), ",") && same_line(ctx, k)
        || (matches!(ctx.ltok(k), "và" | "cùng" | "hay" | "hoặc") || spaced_dash(ctx, k))
            && ctx.joined(k)
            && ctx.joined(k - 1)
}

/// A dash between spaces at token `k`.
fn spaced_dash(ctx: &Ctx, k: usize) -> bool {
    matches!(ctx.tok(k), "-" | "–") && ctx.joined(k) && k > 0 && ctx.joined(k - 1)
}

/// Two names from token `s` to `e` (exclusive) joined at `sep` by a
/// spaced dash are a pair of people after a word of a couple or a duo
/// (`couple_before.txt`: "vợ chồng Trấn Thành - Hari Won", "cặp Quang
/// Hải - Tiến Dụng") or alone on their line (two authors signing), where
/// no other dash runs them on and no word of a route comes before them
/// (`route_before.txt`): not a route of streets named after people ("Bà
/// Triệu – Lê Đại Hành – Thái Phiên", "đoạn Khuất Duy Tiến – Nguyễn
/// Trãi"), a film and its actor, a school and its master. Names joined by
/// a word or a comma always pass.
fn dash_pair(ctx: &Ctx, sep: usize, s: Option<usize>, e: Option<usize>) -> bool {
    if !spaced_dash(ctx, sep) {
        return true;
    }
    let (Some(s), Some(e)) = (s, e) else { return false };
    let p = &ctx.lex.person;
    let couple = (s.saturating_sub(2)..=s)
        .any(|k| k > 0 && same_line(ctx, k) && p.couple_before.ends_before(&ctx.ids, &ctx.gaps, k));
    // (Two authors signing: the pair is the whole line.)
    let alone = (s == 0 || !same_line(ctx, s)) && (e >= ctx.tokens.len() || !same_line(ctx, e));
    let run_on = s >= 1 && spaced_dash(ctx, s - 1) || spaced_dash(ctx, e);
    let blocked = run_on || ctx.feat(sep + 1).any(TITLE_FIRST) || p.route_before.ends_before(&ctx.ids, &ctx.gaps, s);
    (couple || alone) && !blocked
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A run keeps its units' token indices as they were read.
    #[test]
    fn run_units_round_trip() {
        let mut r = Run::default();
        assert!(r.push(Unit { s: 3, e: 4 }));
        assert!(r.push(Unit { s: 5, e: 8 }));
        assert_eq!((r.n, r.u(0), r.u(1), r.end_at(2)), (2, Unit { s: 3, e: 4 }, Unit { s: 5, e: 8 }, 8));
        // An index past the compact form's range is refused, the run unchanged.
        assert!(!r.push(Unit { s: u32::MAX as usize, e: u32::MAX as usize + 1 }));
        assert_eq!(r.n, 2);
    }

    /// The word-at-once hyphen rule of [`Key`]'s hash is the byte rule.
    #[test]
    fn hyphens_as_spaces_is_the_byte_rule() {
        // Every byte value at every position, and words mixing hyphens,
        // spaces and other bytes.
        let by_byte = |w: u64| u64::from_le_bytes(w.to_le_bytes().map(|b| if b == b'-' { b' ' } else { b }));
        for pos in 0..8 {
            for b in 0..=255u64 {
                let around = 0x2d00_2d41_2000_2d2d_u64.rotate_left(8 * pos);
                let w = (around & !(0xff << (8 * pos))) | (b << (8 * pos));
                assert_eq!(hyphens_as_spaces(w), by_byte(w), "{w:#x}");
            }
        }
        let mut x = 0x9e37_79b9_7f4a_7c15_u64;
        for _ in 0..100_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            // (Bytes drawn from a few values, hyphens among them.)
            let w = u64::from_le_bytes(
                x.to_le_bytes().map(|b| [b'-', b' ', b'a', 0x2c, 0x2e, 0xad, 0x2d ^ 0x80, b][usize::from(b % 8)]),
            );
            assert_eq!(hyphens_as_spaces(w), by_byte(w), "{w:#x}");
        }
    }

    /// Keys equal by the hyphen rule hash alike.
    #[test]
    fn equal_keys_hash_alike() {
        use std::hash::BuildHasher;
        let hash = |k: &str| rustc_hash::FxBuildHasher.hash_one(Key(k));
        for (a, b) in [
            ("park hang-seo", "park hang seo"),
            ("chan-o-cha", "chan o cha"),
            ("jean-pierre-louis-marie de la", "jean pierre louis-marie de la"),
            ("a-b", "a b"),
            ("", ""),
        ] {
            assert_eq!(Key(a), Key(b));
            assert_eq!(hash(a), hash(b), "{a} / {b}");
        }
        // Different keys (a word moved, a letter changed, a longer key)
        // hash apart here.
        for (a, b) in [("văn hậu", "hậu văn"), ("quang hải", "quang hảy"), ("minh", "minh "), ("an", "an\0")]
        {
            assert_ne!(Key(a), Key(b));
            assert_ne!(hash(a), hash(b), "{a} / {b}");
        }
    }

    /// Where [`lone_syllable`] answers for [`bare`], the run is the word
    /// alone or nothing, and the word one [`bare`] keeps nothing for: every
    /// capitalised word of the samples and of sentences written for it.
    /// The run a title's body test reads at the word after a role is
    /// handed to the name read at the same word: with one `TrimmedRun`
    /// kept along every token (the body test, then the name, at each), the
    /// answers are those read anew.
    #[test]
    fn a_trimmed_run_handed_over_reads_as_a_new_one() {
        let mut texts = crate::data::sample_texts();
        texts.push(
            "Bộ trưởng Nguyễn Văn A, Thủ tướng Thái Lan Prayut Chan-o-cha và ông Lâm Văn Mẫn Chân dung".to_string(),
        );
        let mut names = 0;
        for text in &texts {
            for plain in [false, true] {
                let ctx = Ctx::with_plain(crate::lexicon::DEFAULT.for_text(plain), text, plain);
                let mut runs = TrimmedRun::default();
                for i in 0..ctx.tokens.len() {
                    assert_eq!(name_at_in(&ctx, i, &mut runs), name_at(&ctx, i), "{:?} at {i}", ctx.tok(i));
                    let (kept, new) = (name_after_title_in(&ctx, i, &mut runs), name_after_title(&ctx, i));
                    assert_eq!(format!("{kept:?}"), format!("{new:?}"), "{:?} at {i}", ctx.tok(i));
                    names += usize::from(new.is_some());
                }
            }
        }
        assert!(names > 1000, "{names}");
    }

    /// Each mention's tokens are those its byte span covers (the index of
    /// mentions reads them instead of two binary searches a mention): every
    /// rule's mentions, on the samples and the snapshot's regressions, in
    /// both lexicons.
    #[test]
    fn a_mention_holds_the_tokens_of_its_bytes() {
        let mut texts = crate::data::sample_texts();
        texts.push(
            "Phóng viên: Minh Khang - Trần Hà. Chủ tịch UBND tỉnh Nghệ An. Ông Park Hang-seo, H.Long và A.S. \
             Pushkin; Văn Toàn, Công Phượng và Xuân Trường. Nguyễn Văn A (Thanh Hóa)\nTHANH HÀ"
                .to_string(),
        );
        let (mut hits, mut rules) = (0, std::collections::BTreeSet::new());
        for text in &texts {
            for plain in [false, true] {
                let ctx = Ctx::with_plain(crate::lexicon::DEFAULT.for_text(plain), text, plain);
                for h in recognize(&ctx).hits {
                    assert_eq!(h.tokens, (ctx.token_from(h.start), ctx.token_from(h.end)), "{:?} {}", h.name, h.rule);
                    hits += 1;
                    rules.insert(h.rule);
                }
            }
        }
        assert!(hits > 300 && rules.len() >= 10, "{hits} {rules:?}");
    }

    /// The index's slots kept by the thread are all empty after each
    /// document (longer and shorter texts in turn, with list neighbours and
    /// known names: the mentions the document adds), and a document read
    /// after others finds what it finds on a fresh thread.
    #[test]
    fn the_slots_kept_are_empty_after_each_document() {
        let texts = crate::data::sample_texts();
        let mut order: Vec<&String> = texts.iter().chain(texts.iter().rev()).collect();
        order.sort_by_key(|t| t.len() % 7);
        let lex = &*crate::lexicon::DEFAULT;
        let fresh: Vec<Vec<(usize, usize, &str)>> = std::thread::scope(|scope| {
            order
                .iter()
                .map(|t| {
                    let names = |t: &str| {
                        let ctx = Ctx::new(lex, t);
                        recognize(&ctx).hits.iter().map(|h| (h.start, h.end, h.rule)).collect::<Vec<_>>()
                    };
                    scope.spawn(move || names(t)).join().unwrap()
                })
                .collect()
        });
        let mut kept = 0;
        for (t, want) in order.iter().zip(&fresh) {
            let ctx = Ctx::new(lex, t);
            let got: Vec<_> = recognize(&ctx).hits.iter().map(|h| (h.start, h.end, h.rule)).collect();
            assert_eq!(&got, want);
            SCRATCH.with(|cell| {
                let s = cell.take();
                assert!(s.slots.iter().all(|x| x.marks == 0 && x.end.is_none() && x.start.is_none()));
                kept = kept.max(s.slots.len());
                cell.set(s);
            });
        }
        assert!(kept > 300, "{kept}");
    }

    /// `next_candidate` stops where the scan's old token-by-token tests
    /// stopped (a word not in lower case, or a lower-case word opening a
    /// cue), from every start and past the end, in both lexicons.
    #[test]
    fn next_candidate_stops_where_the_token_by_token_tests_stop() {
        let mut texts = crate::data::sample_texts();
        texts.push("ông Nguyễn Văn A, 12 người; chủ tịch UBND tỉnh... Covid-19 McCain".to_string());
        texts.push(String::new());
        let (mut stops, mut lower_cues) = (0, 0);
        for text in &texts {
            for plain in [false, true] {
                let ctx = Ctx::with_plain(crate::lexicon::DEFAULT.for_text(plain), text, plain);
                let n = ctx.tokens.len();
                let stop = |k: usize| {
                    ctx.kind(k) == Some(TokenKind::Word) && (ctx.shape(k) != Shape::Lower || ctx.feat(k).any(CUE_FIRST))
                };
                for from in 0..n + 3 {
                    let want = (from..n).find(|&k| stop(k)).unwrap_or(n);
                    assert_eq!(next_candidate(&ctx, from).min(n), want, "{text:?} from {from}");
                    assert!(next_candidate(&ctx, from) >= from.min(n));
                }
                stops += (0..n).filter(|&k| stop(k)).count();
                lower_cues += (0..n).filter(|&k| stop(k) && ctx.shape(k) == Shape::Lower).count();
            }
        }
        assert!(stops > 5000 && lower_cues > 500, "{stops} {lower_cues}");
    }

    #[test]
    fn a_lone_syllable_is_a_run_of_one_kept_nowhere() {
        let mut texts = crate::data::sample_texts();
        texts.push(
            "Theo Louis van Gaal, Trong Hà Nội-Hải Phòng. Các Tr. Minh, Về H.Long và Sau Covid-19 Ông \
             Nguyễn Văn A. The Voice của McCain Cả"
                .to_string(),
        );
        let (mut lone, mut words) = (0, 0);
        for text in &texts {
            for plain in [false, true] {
                let ctx = Ctx::with_plain(crate::lexicon::DEFAULT.for_text(plain), text, plain);
                for i in 0..ctx.tokens.len() {
                    if ctx.shape(i) != Shape::Title {
                        continue;
                    }
                    words += 1;
                    if !lone_syllable(&ctx, i) {
                        continue;
                    }
                    lone += 1;
                    let r = run_at(&ctx, i);
                    let u = Unit { s: i, e: i + 1 };
                    assert!(r.n == 0 || r.n == 1 && r.u(0) == u, "{:?} at {i}", ctx.tok(i));
                    assert!(!ctx.feat(i).any(Feat::GIVEN) && viet_ok(&ctx, u));
                }
            }
        }
        assert!(lone > 500 && lone < words, "{lone} of {words}");
    }

    /// The document pass of the fourth speed pass (five sets and maps keyed
    /// by the name), kept to check [`document`] against.
    fn document_before<'a>(
        ctx: &Ctx<'a>,
        out: &mut Vec<PersonHit<'a>>,
        pending: &mut [Pending],
        neg: &[(usize, usize)],
        slots: &mut Vec<Slot>,
    ) {
        super::add_rosters(ctx, out, pending);
        let span_key = |s: usize, e: usize| text_key(ctx, ctx.tokens[s].start(), ctx.tokens[e - 1].end());
        let negative: rustc_hash::FxHashSet<Key> = neg.iter().map(|&(s, e)| span_key(s, e)).collect();
        if !negative.is_empty() {
            // Mentions found by their form or the words after them give way.
            out.retain(|h| {
                !(matches!(h.rule, "person.full_name" | "person.verb")
                    && negative.contains(&text_key(ctx, h.start, h.end)))
            });
        }
        // Names known as people: full names, and the given names of full
        // Vietnamese names ("Tuấn Anh" of "Nguyễn Tuấn Anh") when one person has them.
        // (Sized once: the maps hold at most a key or two per hit.)
        // (The two maps are sized at their first key: most documents of a
        // few names have no name of three words, and stop before `known`.)
        let n = out.len();
        let mut given_of: rustc_hash::FxHashMap<Key, usize> = rustc_hash::FxHashMap::default();
        // The last two words of each full name of three words or more ("Quang
        // Hải" of "Nguyễn Quang Hải"), each name counted once.
        let mut seen: rustc_hash::FxHashSet<Key> = rustc_hash::FxHashSet::default();
        for h in out.iter().filter(|h| !h.name.is_empty() && !h.short) {
            let k = text_key(ctx, h.start, h.end);
            if k.seps() >= 2 {
                if seen.capacity() == 0 {
                    seen.reserve(n);
                    given_of.reserve(2 * n);
                }
                if seen.insert(k) {
                    if let Some(g) = k.tail(2) {
                        *given_of.entry(g).or_default() += 1;
                    }
                }
            }
        }
        // "Văn Hậu" after "Đoàn Văn Hậu": a name of two words that ends one
        // full name of the document is that person's given name, whatever its
        // first word reads as.
        for h in out.iter_mut().filter(|h| !h.short && !h.name.is_empty()) {
            let k = text_key(ctx, h.start, h.end);
            if k.seps() == 1 && given_of.get(&k) == Some(&1) {
                h.short = true;
            }
        }
        let addressed = addressed_words(ctx, out);
        if (pending.is_empty() && addressed.is_empty()) || out.iter().all(|h| h.name.is_empty()) {
            return;
        }
        // Key → (every mention short, the key's last word counted in `given_of`).
        let mut known: rustc_hash::FxHashMap<Key, (bool, bool)> =
            rustc_hash::FxHashMap::with_capacity_and_hasher(2 * n, Default::default());
        given_of.reserve((2 * n).saturating_sub(given_of.len()));
        // The last word of each full name ("Hải", "Bale" of "Gareth Bale"),
        // each name counted once.
        for h in out.iter().filter(|h| !h.name.is_empty()) {
            let k = text_key(ctx, h.start, h.end);
            let last = if h.short { None } else { k.tail(1) };
            let e = known.entry(k).or_insert((h.short, false));
            if !h.short && !e.1 {
                e.1 = true;
                if let Some(g) = last {
                    *given_of.entry(g).or_default() += 1;
                }
            }
            e.0 &= h.short;
        }
        // Words known only as the end of a full name are a mention of that
        // person where a person's name stands alone: not after a common noun
        // ("miền Nam", "Công ty luật … Hồng Thái") nor next to another
        // capitalised word ("Lào Cai", "SG Heat").
        let mut last_words: rustc_hash::FxHashSet<Key> =
            rustc_hash::FxHashSet::with_capacity_and_hasher(n, Default::default());
        for (g, count) in given_of {
            if count == 1 && !known.contains_key(&g) {
                last_words.insert(g);
                known.insert(g, (true, false));
            }
        }
        // (A candidate's key is a slice of the text, taken again where it is
        // needed: no vector of keys per document.)
        let mut index = Index::new(ctx, out, std::mem::take(slots));
        // Words after a form of address the document knows.
        for &(s, honorific) in &addressed {
            let k = &span_key(s, s + 1);
            if !negative.contains(k) && known.contains_key(k) && !index.covered(s) {
                let h = hit(ctx, s, s + 1, honorific, 0..0, Vec::new(), "person.honorific", true);
                index.add(ctx, &h);
                out.push(h);
            }
        }
        // Rounds: the names the last round added are known in the next.
        let mut grew_from: Option<usize> = None;
        for _ in 0..4 {
            if let Some(from) = grew_from {
                for h in out[from..].iter().filter(|h| !h.name.is_empty()) {
                    let e = known.entry(text_key(ctx, h.start, h.end)).or_insert((h.short, false));
                    e.0 &= h.short;
                }
            }
            let before = out.len();
            // Pending candidates the document knows.
            for p in pending.iter() {
                let k = &span_key(p.s, p.e);
                if negative.contains(k) {
                    continue;
                }
                if let Some(&(short, _)) = known.get(k) {
                    if !index.covered(p.s) && (!last_words.contains(k) || super::alone(ctx, p.s, p.e, p.form)) {
                        if last_words.contains(k) {
                            index.set_weak(p.s);
                        }
                        let h =
                            hit(ctx, p.s, p.e, None, 0..0, Vec::new(), "person.known", short || p.form == Form::Given);
                        index.add(ctx, &h);
                        out.push(h);
                    }
                } else if !index.covered(p.s)
                    && super::listed_person(ctx, p)
                    && super::alone(ctx, p.s, p.e, Form::Foreign)
                {
                    let h = hit(ctx, p.s, p.e, None, 0..0, Vec::new(), "person.listed", true);
                    index.add(ctx, &h);
                    out.push(h);
                }
            }
            // List neighbours: "Văn Toàn, Công Phượng và Xuân Trường".
            let mut changed = true;
            let mut rounds = 0;
            while changed && rounds < 4 {
                changed = false;
                rounds += 1;
                for p in pending.iter_mut() {
                    if index.covered(p.s) || negative.contains(&span_key(p.s, p.e)) {
                        continue;
                    }
                    let single = *p.single.get_or_insert_with(|| run_at(ctx, p.s).n == 1);
                    if single && p.form != Form::Foreign {
                        continue;
                    }
                    // "Táo Môi trường": the run's last syllable opens a word
                    // with the lower-case word after it.
                    if ctx.shape(p.e) == Shape::Lower
                        && ctx.joined(p.e - 1)
                        && ctx.is_word(p.e - 1, 2)
                        && !ctx.lex.person.known_names.has(&ctx.ids, &ctx.gaps, p.s, p.e + 1 - p.s)
                    {
                        continue;
                    }
                    // "Những Công Phượng, …": a sentence's opening common word
                    // before a known name.
                    let f = ctx.feat(p.s);
                    if p.e > p.s + 1
                        && f.any(Feat::WORD_FIRST)
                        && !f.any(Feat::GIVEN | Feat::SURNAME | Feat::FOREIGN | Feat::ETHNIC_FIRST)
                        && super::sentence_start(ctx, p.s)
                        && known.contains_key(&span_key(p.s + 1, p.e))
                    {
                        continue;
                    }
                    let before = p.s >= 2 && list_sep(ctx, p.s - 1) && index.ends_before(p.s - 1).is_some();
                    let after = list_sep(ctx, p.e) && index.starts_at(p.e + 1) && !index.weak(p.e + 1);
                    // A one-word name needs two people listed with it.
                    let two_before = || {
                        let Some(prev) = index.ends_before(p.s - 1) else { return false };
                        prev >= 2 && list_sep(ctx, prev - 1) && index.ends_before(prev - 1).is_some()
                    };
                    let ok = if single {
                        before && (after || two_before())
                    } else {
                        before && dash_pair(ctx, p.s - 1, index.ends_before(p.s - 1), Some(p.e))
                            || after && dash_pair(ctx, p.e, Some(p.s), index.end_from(p.e + 1))
                    };
                    if ok && !place_before(ctx, p.s) {
                        let known = known.contains_key(&span_key(p.s, p.e));
                        let rule = if known { "person.known" } else { "person.list" };
                        let h =
                            hit(ctx, p.s, p.e, None, 0..0, Vec::new(), rule, known || p.form == Form::Given || single);
                        index.add(ctx, &h);
                        out.push(h);
                        changed = true;
                    }
                }
            }
            if out.len() == before {
                break;
            }
            grew_from = Some(before);
        }
        *slots = index.into_slots(out);
    }

    /// [`document`] with its interned names finds what the maps found, on
    /// the samples and on documents made of their lines shuffled together
    /// (names met again in other places, with other neighbours), in both
    /// lexicons.
    #[test]
    fn document_matches_the_maps() {
        let mut texts = crate::data::sample_texts();
        let lines: Vec<String> = texts.iter().flat_map(|t| t.lines().map(str::to_string)).collect();
        let mut x = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        for _ in 0..300 {
            let n = 2 + (next() % 40) as usize;
            let mut doc: Vec<String> = (0..n).map(|_| lines[next() as usize % lines.len()].clone()).collect();
            // Some lines again, some hyphens for spaces.
            for _ in 0..n / 4 {
                let l = doc[next() as usize % n].clone();
                doc.push(if next() % 3 == 0 { l.replacen(' ', "-", 1) } else { l });
            }
            texts.push(doc.join("\n"));
        }
        let mut names = Names::default();
        let (mut docs, mut hits) = (0, 0);
        for text in &texts {
            for plain in [false, true] {
                let ctx = Ctx::with_plain(crate::lexicon::DEFAULT.for_text(plain), text, plain);
                let mut kept = Scratch::default();
                let Scan { out, pending, neg, .. } = scan(&ctx, &mut kept);
                let (mut out_a, mut pend_a, mut slots_a) = (out.clone(), pending.clone(), Vec::new());
                let (mut out_b, mut pend_b, mut slots_b) = (out, pending, Vec::new());
                document_before(&ctx, &mut out_a, &mut pend_a, &neg, &mut slots_a);
                document(&ctx, &mut out_b, &mut pend_b, &neg, &mut slots_b, &mut names);
                assert_eq!(format!("{out_a:?}"), format!("{out_b:?}"));
                docs += 1;
                hits += out_b.len();
            }
        }
        assert!(docs > 500 && hits > 5000, "{docs} documents, {hits} hits");
    }

    /// The index's slots name their tokens plus one: token 0 is a token,
    /// and an index past the compact range is none, not a panic.
    #[test]
    fn token_refs_round_trip() {
        assert_eq!(token_ref(0).map(|t| t.get()), Some(1));
        assert_eq!(token_ref(41).map(|t| t.get() as usize - 1), Some(41));
        assert_eq!(token_ref(u32::MAX as usize), None);
        assert_eq!(std::mem::size_of::<Slot>(), 12);
    }
}
