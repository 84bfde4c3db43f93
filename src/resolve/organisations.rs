//! Organisations: one per body. Mentions of a known body (any name, alias
//! or its acronym) merge by the body; other names by their merge key
//! ("Sở Y tế Yên Bái" = "Sở Y tế tỉnh Yên Bái", "UBND TP.HCM" = "Ủy ban
//! nhân dân Thành phố Hồ Chí Minh"); acronyms the text gives in brackets
//! join their body; a kind of body written alone ("UBND tỉnh", "Ban Chỉ
//! đạo") is an alias of the fuller name of that body, or a body of its own
//! when the text names none. A body's name is the form written most often, the fullest of those.

use super::Spans;
use crate::data::{lower as key, same_lower};
use crate::document::*;
use crate::normalize::{lower_char, NormalizedText};
use crate::provinces::ProvinceKind;
use crate::recognize::organisations::OrgHit;
use crate::recognize::{self, Ctx};
use crate::tokenize::Shape;
use crate::Span;
// Keys are the text's names, few per document; a fast hash is enough.
use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;

/// A body being built from its mentions. Names and keys are borrowed from
/// the text and from the document's key buffer: only the names the
/// document returns are copied, once, at the end.
struct Body<'a> {
    /// Written forms, in order of first mention.
    forms: Forms<'a>,
    /// The known body, when one mention named it.
    known: Option<u32>,
    /// The first acronym the text gave in brackets (a slice of the text).
    acronym: Option<&'a str>,
    /// The merge key of the first mention.
    key: Cow<'a, str>,
    /// Every mention is a kind of body without its own name.
    generic: bool,
    /// Some mention has a proper part or names a known body.
    proper: bool,
    /// Named only as the body of a person's title ("Bộ trưởng Ngoại giao
    /// Indonesia" → "Bộ Ngoại giao Indonesia"): no mention of its own.
    from_title: bool,
    mentions: Mentions,
    /// The body remains (not merged into another one): set by
    /// [`merge_into_fuller`], cleared by the merges.
    alive: bool,
}

/// A name as the text writes it.
struct Form<'a> {
    text: Cow<'a, str>,
    /// How often it is written.
    count: usize,
    /// It names only a kind of body ("UBND tỉnh").
    generic: bool,
    /// It is the body's acronym alone ("BIDV").
    acronym: bool,
}

/// A body's forms in order of first mention. Most bodies are written one
/// way only: the first form is held in place, and only the others take a
/// vector (one allocation fewer per body).
#[derive(Default)]
struct Forms<'a> {
    first: Option<Form<'a>>,
    /// The forms after the first (empty while `first` is `None`).
    rest: Vec<Form<'a>>,
}

impl<'a> Forms<'a> {
    fn push(&mut self, f: Form<'a>) {
        match self.first {
            None => self.first = Some(f),
            Some(_) => self.rest.push(f),
        }
    }

    fn first(&self) -> Option<&Form<'a>> {
        self.first.as_ref()
    }

    fn iter(&self) -> impl Iterator<Item = &Form<'a>> {
        self.first.iter().chain(&self.rest)
    }

    fn iter_mut(&mut self) -> impl Iterator<Item = &mut Form<'a>> {
        self.first.iter_mut().chain(&mut self.rest)
    }
}

impl<'a> IntoIterator for Forms<'a> {
    type Item = Form<'a>;
    type IntoIter = std::iter::Chain<std::option::IntoIter<Form<'a>>, std::vec::IntoIter<Form<'a>>>;

    fn into_iter(self) -> Self::IntoIter {
        self.first.into_iter().chain(self.rest)
    }
}

impl<'a> Body<'a> {
    /// A body of the merge key `key`, with no form or mention yet.
    fn new(key: Cow<'a, str>) -> Body<'a> {
        Body {
            forms: Forms::default(),
            known: None,
            acronym: None,
            key,
            generic: true,
            proper: false,
            from_title: false,
            mentions: Mentions::new(),
            alive: true,
        }
    }

    /// Counts one more writing of `name`, or adds it as a new form.
    fn add_form(&mut self, name: Cow<'a, str>, generic: bool, acronym: bool) {
        let existing = self.forms.iter_mut().find(|f| same_lower(&f.text, &name));
        match existing {
            Some(f) => {
                f.count += 1;
                f.generic &= generic;
                f.acronym &= acronym;
            }
            None => self.forms.push(Form { text: name, count: 1, generic, acronym }),
        }
    }

    /// Moves the forms and mentions of `other` to this body; each form
    /// counts once more and, joined to a fuller name, as a kind of body.
    fn absorb(&mut self, other: &mut Body<'a>) {
        let forms = std::mem::take(&mut other.forms);
        for f in forms {
            self.add_form(f.text, true, f.acronym);
        }
        if self.mentions.is_empty() {
            self.mentions = std::mem::take(&mut other.mentions);
        } else {
            self.mentions.append(&mut other.mentions);
        }
    }
}

/// Two distinct bodies of `bodies`, the first mutable.
fn pair<'b, 'a>(bodies: &'b mut [Body<'a>], i: usize, j: usize) -> (&'b mut Body<'a>, &'b mut Body<'a>) {
    debug_assert_ne!(i, j);
    if i < j {
        let (a, b) = bodies.split_at_mut(j);
        (&mut a[i], &mut b[0])
    } else {
        let (a, b) = bodies.split_at_mut(i);
        (&mut b[0], &mut a[j])
    }
}

/// Where a body is found while the mentions are grouped: by the known body
/// a mention names, or by its merge key. (One map for both: one allocation
/// per document where two maps grew apart.)
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum BodyIndex<'k> {
    Known(u32),
    Key(&'k str),
}

pub(super) fn organisations(ctx: &Ctx, norm: &NormalizedText, people: &[Person]) -> Vec<Organisation> {
    // (The vectors of the last document on this thread, emptied: no
    // allocation for them once they are large enough.)
    let mut kept = SCRATCH.try_with(std::cell::Cell::take).unwrap_or_default();
    // The merge keys of all mentions, one after another: a slice each.
    let mut keys = std::mem::take(&mut kept.keys);
    let hits = keyed_hits(ctx, norm, people, &mut keys, &mut kept.spans, &mut kept.hit_spans);
    let keys_text = keys.as_str();
    let (mut bodies, index) = group_by_body(ctx, hits, &kept.hit_spans, keys_text);
    join_acronym_mentions(ctx, norm, &mut bodies, &mut kept.spans);
    bodies_of_titles(ctx, people, &mut bodies, &index, &mut kept.titles);
    merge_into_fuller(ctx, &mut bodies, &mut kept.fuller);
    kept.by_head = merge_short_forms(ctx, &mut bodies, &mut kept.indices, std::mem::take(&mut kept.by_head));
    merge_foreign_names(ctx, &mut bodies);
    let mut out: Vec<Organisation> = Vec::with_capacity(bodies.iter().filter(|b| b.alive).count());
    out.extend(bodies.into_iter().filter(|b| b.alive).map(|b| organisation(ctx, b)));
    // In order of first mention.
    out.sort_by_key(|o| o.mentions.first().map_or(usize::MAX, |m| m.span.start));
    // The keys are free once nothing borrows them.
    drop(index);
    kept.keys = crate::scratch::emptied_string(keys);
    let _ = SCRATCH.try_with(|s| s.set(kept));
    out
}

/// The vectors [`organisations`] keeps for the next document on the same
/// thread. (Those whose elements borrow the text are kept empty with the
/// `'static` lifetime, see [`recycle`].)
/// (The mentions and the bodies are not kept: with those two vectors held
/// from one document to the next, mimalloc's slow path cost more than the
/// two allocations a document saved, +1.6 M instructions per 2 MB.)
#[derive(Default)]
struct Scratch {
    /// The merge keys' text.
    keys: String,
    /// The spans of the people, then of the bodies named.
    spans: Vec<Span>,
    /// The mentions' spans in the original text.
    hit_spans: Vec<Span>,
    /// The buffers of [`merge_into_fuller`].
    fuller: Fuller,
    /// The candidates of [`merge_short_forms`].
    indices: Vec<usize>,
    by_head: Vec<(u64, usize)>,
    /// The buffers of [`bodies_of_titles`].
    titles: TitleBuffers,
}

thread_local! {
    static SCRATCH: std::cell::Cell<Scratch> = std::cell::Cell::default();
}

/// `v` emptied, as a vector of another element type of the same layout
/// (here: the same type with another lifetime), in the same allocation
/// when small enough to keep ([`crate::scratch::emptied`]). (The standard
/// library collects a vector's own iterator in place; with no element
/// left, the closure never runs.)
fn recycle<T, U>(v: Vec<T>) -> Vec<U> {
    crate::scratch::emptied(v).into_iter().map(|_| unreachable!("an emptied vector has no element")).collect()
}

/// The recogniser's mentions less those inside a person, each cut before
/// a person named right after it, with their merge keys written into
/// `keys`.
/// Each kept mention's span in the original text goes into `hit_spans`, in
/// the order of the mentions (the grouping needs it again).
/// (`spans` and `hit_spans` are buffers kept from document to document.)
fn keyed_hits<'a>(
    ctx: &Ctx<'a>,
    norm: &NormalizedText,
    people: &[Person],
    keys: &mut String,
    spans: &mut Vec<Span>,
    hit_spans: &mut Vec<Span>,
) -> Vec<OrgHit<'a>> {
    spans.clear();
    spans.reserve(people.iter().map(|p| p.mentions.len()).sum());
    // A mention by title alone ("Giám đốc Nhà hát Tuổi trẻ") holds its
    // body's name, which stays a body.
    for p in people {
        spans.extend(p.mentions.iter().filter(|m| m.rule != "person.title_only").map(|m| m.span));
    }
    let person_spans = Spans::from_vec(std::mem::take(spans));
    let mut hits = Vec::new();
    recognize::organisations::recognize_into(ctx, &mut hits);
    // (Sized for the keys of news text: a few words each.)
    keys.reserve(hits.len() * 48);
    hit_spans.clear();
    hit_spans.reserve(hits.len());
    hits.retain_mut(|h| {
        let mut sp = norm.to_original(h.start, h.end);
        // (Both questions about the people's spans from one search.)
        let (covered, next_start) = person_spans.around(sp.start);
        // A known body or a brand is the body even where a person was read.
        if covered && h.known.is_none() && h.rule != "org.brand" {
            return false;
        }
        // A person named right after the body ("UBND huyện Krông Pa Kpă
        // Thuyên"): the name ends before them. (Not a branch's: its name
        // may be a street's, "Agribank chi nhánh Mạc Thị Bưởi", and a
        // person after it is left out already.)
        if let Some(p) = next_start.filter(|&p| p < sp.end && h.rule != "org.branch") {
            let to = (h.first..h.last)
                .find(|&t| norm.to_original(ctx.tokens[t].start(), ctx.tokens[t].end()).start >= p)
                .unwrap_or(h.last);
            match h.cut(ctx, to) {
                Some(c) => *h = c,
                None => return false,
            }
            sp = norm.to_original(h.start, h.end);
        }
        h.write_key(ctx, keys);
        hit_spans.push(sp);
        true
    });
    *spans = person_spans.into_buffer();
    hits
}

/// One body per known body or merge key, with its forms and mentions; and
/// the index from known bodies and keys to the bodies. (`spans`: each
/// hit's span in the original text.)
fn group_by_body<'a>(
    ctx: &Ctx<'a>,
    hits: Vec<OrgHit<'a>>,
    spans: &[Span],
    keys: &'a str,
) -> (Vec<Body<'a>>, HashMap<BodyIndex<'a>, usize>) {
    // Sized once for the mentions (at most one body each, and a known
    // body's entry beside its key's).
    let mut bodies: Vec<Body> = Vec::with_capacity(hits.len());
    let mut index: HashMap<BodyIndex, usize> =
        HashMap::with_capacity_and_hasher(hits.len() + hits.len() / 4, Default::default());
    debug_assert_eq!(hits.len(), spans.len());
    for (h, &sp) in hits.into_iter().zip(spans) {
        let generic = h.generic || (!h.proper && ctx.lex.org_generic.contains(lower_name(ctx, &h).as_ref()));
        let k = h.key(keys);
        // The known body, else the body with the same key; the key is
        // entered for the body either way. (One hash of the key per
        // mention: a look-up, then an entry, hashed it twice.)
        let i = match h.known.and_then(|id| index.get(&BodyIndex::Known(id))).copied() {
            Some(i) => {
                index.entry(BodyIndex::Key(k)).or_insert(i);
                i
            }
            None => *index.entry(BodyIndex::Key(k)).or_insert_with(|| {
                bodies.push(Body::new(Cow::Borrowed(k)));
                bodies.len() - 1
            }),
        };
        let b = &mut bodies[i];
        if let Some(id) = h.known {
            b.known.get_or_insert(id);
            index.entry(BodyIndex::Known(id)).or_insert(i);
        }
        b.add_form(h.name, generic, h.bare_acronym);
        // "(CTCHN)", "(UBND)": a kind of body or a part of a name, never a
        // body's acronym.
        if b.acronym.is_none() && h.acronym.is_none_or(|a| !ctx.lex.org.is_generic_acronym(a)) {
            b.acronym = h.acronym;
        }
        b.generic &= generic;
        b.proper |= h.proper;
        b.mentions.push(Mention::new(sp, h.rule));
    }
    (bodies, index)
}

/// The document's organisation for a body that remains: its name, acronym,
/// aliases and mentions.
fn organisation(ctx: &Ctx, b: Body) -> Organisation {
    let known = b.known.map(|id| &ctx.lex.org.bodies[id as usize]);
    // The form written most often, the fullest of those (SCHEMA.md: "the
    // form that appears most in the text"), a name before an acronym
    // alone, a kind of body last.
    // (A body written one way only, nearly all of them: its one form, no
    // char counted.)
    let best = if b.forms.rest.is_empty() {
        b.forms.first().map(|_| 0)
    } else {
        b.forms
            .iter()
            .enumerate()
            .max_by_key(|(_, f)| (!f.generic, !f.acronym, f.count, f.text.chars().count()))
            .map(|(n, _)| n)
    };
    let name = match best.and_then(|n| b.forms.iter().nth(n)) {
        Some(f) => f.text.to_string(),
        None => known.map_or_else(|| b.key.to_string(), |k| k.name.clone()),
    };
    // (Copied only when kept.)
    let acronym = b
        .acronym
        .or_else(|| known.and_then(|k| k.acronym.as_deref()))
        .filter(|a| !same_lower(a, &name) || known.is_some_and(|k| k.acronym.as_deref() == Some(a)))
        .map(str::to_string);
    // The other forms move into the aliases.
    let aliases: Vec<String> = b
        .forms
        .into_iter()
        .enumerate()
        .filter(|(n, f)| Some(*n) != best && !f.acronym && !same_lower(&f.text, &name))
        .map(|(_, f)| f.text.into_owned())
        .collect();
    let mut mentions = b.mentions;
    mentions.sort_by_key(|m| m.span);
    mentions.dedup_by_key(|m| m.span);
    Organisation { name, acronym, aliases, mentions }
}

/// The hit's name in lower case: a slice of the lower-cased text where the
/// name is written there as one piece (nearly always), built otherwise.
fn lower_name<'c>(ctx: &'c Ctx, h: &OrgHit) -> Cow<'c, str> {
    let at = h.start..h.start + h.name.len();
    match ctx.lower.get(at.clone()) {
        Some(l) if ctx.text.get(at) == Some(h.name.as_ref()) => Cow::Borrowed(l),
        _ => Cow::Owned(key(&h.name)),
    }
}

/// Acronyms the text gives in brackets ("… (VUFO)") and acronyms of bodies
/// added through the builder: their bare mentions join the body. A head and
/// an acronym ("Trung tâm ICISE") name the body with that acronym.
fn join_acronym_mentions<'a>(ctx: &Ctx<'a>, norm: &NormalizedText, bodies: &mut [Body<'a>], spans: &mut Vec<Span>) {
    // The acronyms the text gives first, then those the data knows.
    // (Keyed by slices of the text and of the data: nothing copied. Sized
    // once for the bodies that can have an entry; none, no allocation.)
    let entries = bodies.iter().filter(|b| b.acronym.is_some() || b.known.is_some()).count();
    let mut by_acronym: HashMap<&'a str, usize> = HashMap::with_capacity_and_hasher(entries, Default::default());
    for (i, b) in bodies.iter().enumerate() {
        if let Some(a) = b.acronym {
            by_acronym.entry(a).or_insert(i);
        }
    }
    let lex: &'a crate::lexicon::Lexicon = ctx.lex;
    // "Công ty … An Khang (mã AKP)" and then "AKP" alone: the text's own
    // acronym wins over a body the data knows by it.
    let mut moves = Vec::new();
    for (i, b) in bodies.iter().enumerate() {
        let Some(a) = b.known.and_then(|id| lex.org.bodies[id as usize].acronym.as_deref()) else { continue };
        match by_acronym.get(a) {
            Some(&j) if j != i && b.forms.iter().all(|f| f.acronym) => moves.push((i, j)),
            _ => {
                by_acronym.entry(a).or_insert(i);
            }
        }
    }
    for (i, j) in moves {
        let mentions = std::mem::take(&mut bodies[i].mentions);
        bodies[i].forms = Forms::default();
        bodies[j].mentions.extend(mentions);
    }
    // Bare mentions of the acronyms the text gives (those of known bodies,
    // the builder's included, are found by the recogniser).
    let mut given = bodies.iter().filter_map(|b| b.acronym).peekable();
    let any_given = given.peek().is_some();
    let title_given = given.any(|a| !a.chars().skip(1).any(char::is_uppercase));
    // The spans named already, built only when some acronym is given (the
    // moves above left the set of spans as it was).
    spans.clear();
    if any_given {
        spans.reserve(bodies.iter().map(|b| b.mentions.len()).sum());
        for b in bodies.iter() {
            spans.extend(b.mentions.iter().map(|m| m.span));
        }
    }
    let named = Spans::from_vec(std::mem::take(spans));
    // (No acronym given, no token to look at.)
    let tokens = if any_given { &ctx.tokens[..] } else { &[] };
    // (Most capitalised tokens are no acronym of the document: their
    // length and first byte turn them away before the hash of the word.)
    let sieve = if any_given { Sieve::of(by_acronym.keys().copied()) } else { Sieve::default() };
    for (i, t) in tokens.iter().enumerate() {
        let shape_ok = match t.shape() {
            Shape::Upper | Shape::Mixed => true,
            Shape::Title => title_given,
            _ => false,
        };
        // (Fewer than two chars: the second is not decoded.)
        if !shape_ok || !sieve.may_hold(ctx.tok(i)) || ctx.tok(i).chars().nth(1).is_none() {
            continue;
        }
        let Some(&j) = by_acronym.get(ctx.tok(i)) else { continue };
        let sp = norm.to_original(t.start(), t.end());
        if !named.covers(sp.start) {
            bodies[j].mentions.push(Mention::new(sp, "org.acronym"));
        }
    }
    *spans = named.into_buffer();
    // "Trung tâm ICISE": a head and the acronym of a body whose name starts
    // with that head.
    let mut moves = Vec::new();
    for (i, b) in bodies.iter().enumerate() {
        let Some(form) = b.forms.first().map(|f| f.text.as_ref()) else { continue };
        let Some((head, acr)) = form.rsplit_once(' ') else { continue };
        if !acr.chars().all(|c| c.is_uppercase() || c.is_ascii_digit()) {
            continue;
        }
        let target = by_acronym
            .get(acr)
            .copied()
            .filter(|&j| j != i && bodies[j].forms.iter().any(|f| starts_with_word_lower(&f.text, head)));
        if let Some(j) = target {
            moves.push((i, j));
        }
    }
    for (i, j) in moves {
        let (from, to) = pair(bodies, i, j);
        for f in std::mem::take(&mut from.forms) {
            to.forms.push(f);
        }
        to.mentions.append(&mut from.mentions);
    }
}

/// The byte lengths and first bytes of a few words: a word whose length
/// or first byte is not among them is none of them (a test of two bits
/// where a look-up hashes the word).
#[derive(Default)]
struct Sieve {
    /// Bit `n` for a word of `n` bytes (bit 63 for 63 bytes or more).
    lengths: u64,
    /// Bit `b` for a word opened by byte `b`.
    firsts: [u64; 4],
}

impl Sieve {
    fn of<'w>(words: impl Iterator<Item = &'w str>) -> Sieve {
        let mut s = Sieve::default();
        for w in words {
            s.lengths |= 1 << w.len().min(63);
            if let Some(&b) = w.as_bytes().first() {
                s.firsts[usize::from(b >> 6)] |= 1 << (b & 63);
            }
        }
        s
    }

    /// False when `word` is surely none of the words; true when it may be one.
    fn may_hold(&self, word: &str) -> bool {
        let first = word.as_bytes().first().map_or(0, |&b| self.firsts[usize::from(b >> 6)] >> (b & 63) & 1);
        self.lengths >> word.len().min(63) & 1 != 0 && first != 0
    }
}

/// True when `text` in lower case starts with `head` in lower case and a
/// space (`lower(text).starts_with(lower(head) + " ")`, without building
/// either: `lower` maps char by char).
fn starts_with_word_lower(text: &str, head: &str) -> bool {
    let mut t = text.chars().map(lower_char);
    head.chars().map(lower_char).all(|c| t.next() == Some(c)) && t.next() == Some(' ')
}

/// The most fuller names weighed for one kind written alone: news names a
/// handful; a document listing thousands of bodies with the same head
/// ("Trung tâm …") would otherwise weigh each against all the others.
const MAX_FULLER: usize = 64;

/// A kind of body written alone ("UBND tỉnh", "Ban Chỉ đạo", "Bộ Chỉ huy
/// Bộ đội Biên phòng tỉnh") and a name of official words only ("Sở Khoa
/// học và Công nghệ", "Vụ Tín dụng") join the fuller name of that body:
/// the one whose key theirs begins, at the same level (a province for
/// "tỉnh", a district for "huyện"), never a foreign one, the most mentioned
/// when there are several. A kind with no fuller name stays a body only
/// when the data says it is one alone ("UBND thành phố", "Thành ủy").
/// Marks which bodies remain ([`Body::alive`]).
fn merge_into_fuller(ctx: &Ctx, bodies: &mut [Body], buffers: &mut Fuller) {
    for b in bodies.iter_mut() {
        b.alive = !b.mentions.is_empty() || b.from_title;
    }
    // Keys sorted: the keys a key begins follow it. Sorted when a first body
    // needs it, of the bodies alive at first (mentions move only after the
    // loop, so these are the same bodies).
    let Fuller { sorted, moves, candidates, full } = buffers;
    let mut sorted_ready = false;
    moves.clear();
    for i in 0..bodies.len() {
        let b = &bodies[i];
        let descriptive = !b.proper && b.known.is_none();
        if !b.alive || !(b.generic || descriptive) {
            continue;
        }
        // "ủy ban nhân dân tỉnh": the stem and the level asked for.
        let (stem, level) = stem_and_level(&b.key);
        if !sorted_ready {
            sorted.clear();
            sorted.extend((0..bodies.len()).filter(|&j| bodies[j].alive));
            sorted.sort_by(|&a, &b| bodies[a].key.cmp(&bodies[b].key));
            sorted_ready = true;
        }
        candidates.clear();
        candidates.extend(
            fuller_names(bodies, sorted, stem)
                .filter(|&(j, _)| j != i && bodies[j].alive)
                .filter(|&(_, rest)| {
                    let fits = match level {
                        Some("tỉnh") => ctx.lex.province_names.contains(rest),
                        // "UBND TP": a centrally governed city's, or a
                        // provincial city's ("UBND TP Sóc Trăng"), not a
                        // province's.
                        Some("tp") => match rest.strip_prefix("tp ") {
                            Some(city) => ctx.lex.province_names.contains(city),
                            None => governed_city(ctx, rest),
                        },
                        Some(l) => rest.starts_with(l) && rest[l.len()..].starts_with(' '),
                        None => ctx.lex.countries.get(rest).is_none(),
                    };
                    // A known body named by its head word ("Bộ đội Biên phòng")
                    // is a local one only when the place is written. (A
                    // branch, "… chi nhánh Hà Tĩnh", is a body of its own.)
                    fits && (b.known.is_none() || place_rest(ctx, rest)) && !rest.starts_with("chi nhánh ")
                })
                .map(|(j, _)| j)
                .take(MAX_FULLER),
        );
        full.clear();
        full.extend(candidates.iter().copied().filter(|&j| !bodies[j].generic));
        let pool = if full.is_empty() { &candidates } else { &full };
        let best = pool.iter().copied().max_by_key(|&j| {
            (
                bodies[j].mentions.len(),
                std::cmp::Reverse(bodies[j].mentions.first().map_or(usize::MAX, |m| m.span.start)),
            )
        });
        // A name of official words only names the one body it begins, or
        // the body of a place.
        let best = best.filter(|&j| b.generic || pool.len() == 1 || place_rest(ctx, &bodies[j].key[stem.len() + 1..]));
        let stays = match best {
            Some(j) => {
                moves.push((i, j));
                false
            }
            None if b.generic && b.known.is_none() && !ctx.lex.org.generic_alone.contains(stem) => {
                stem.split(' ').next().is_some_and(|w| ctx.lex.org.generic_alone.contains(w))
            }
            None => true,
        };
        bodies[i].alive = stays;
    }
    for (i, j) in moves.drain(..) {
        let (from, to) = pair(bodies, i, j);
        to.absorb(from);
    }
}

/// True when `key` is the key of a centrally governed city ("hà nội",
/// "hồ chí minh"), not of a province.
fn governed_city(ctx: &Ctx, key: &str) -> bool {
    ctx.lex
        .province_names
        .get(key)
        .and_then(|&rec| ctx.lex.provinces.get(rec))
        .is_some_and(|p| p.kind == ProvinceKind::City)
}

/// The vectors of [`merge_into_fuller`], kept from document to document.
#[derive(Default)]
struct Fuller {
    /// The bodies alive, by key.
    sorted: Vec<usize>,
    /// (body, the body it joins).
    moves: Vec<(usize, usize)>,
    /// The fuller names of one body, and those of them with a name.
    candidates: Vec<usize>,
    full: Vec<usize>,
}

/// The stem of a kind's key and the level of unit it asks for: "ủy ban
/// nhân dân tỉnh" → ("ủy ban nhân dân", "tỉnh"), "… thành phố" → a
/// province's; a key with no level word at its end is its own stem.
fn stem_and_level(k: &str) -> (&str, Option<&str>) {
    match k.rsplit_once(' ') {
        Some((s, l)) if matches!(l, "tỉnh" | "tp" | "huyện" | "quận" | "xã" | "phường") => (s, Some(l)),
        Some((s, "phố")) if s.ends_with(" thành") => (&s[..s.len() - " thành".len()], Some("tỉnh")),
        _ => (k, None),
    }
}

/// The bodies of `sorted` (indices sorted by key) whose key is `stem`, a
/// space and more, in key order, with that rest. (Compared in place: no
/// prefix string is built.)
fn fuller_names<'s, 'a>(
    bodies: &'s [Body<'a>],
    sorted: &'s [usize],
    stem: &'s str,
) -> impl Iterator<Item = (usize, &'s str)> + 's {
    let from = sorted.partition_point(|&j| key_before_stem(&bodies[j].key, stem));
    sorted[from..]
        .iter()
        .map(move |&j| (j, bodies[j].key.as_ref()))
        .map_while(move |(j, k)| k.strip_prefix(stem).and_then(|r| r.strip_prefix(' ')).map(|rest| (j, rest)))
}

/// `k < stem + " "` (as strings), byte by byte without building the
/// right-hand side.
fn key_before_stem(k: &str, stem: &str) -> bool {
    let (k, s) = (k.as_bytes(), stem.as_bytes());
    match k.get(..s.len()) {
        Some(head) if head == s => k.get(s.len()).is_none_or(|&c| c < b' '),
        _ => k < s,
    }
}

/// A place after the stem of a kind's key: the same body of a unit.
fn place_rest(ctx: &Ctx, rest: &str) -> bool {
    ctx.lex.province_names.contains(rest)
        || ["tỉnh ", "huyện ", "quận ", "xã ", "phường ", "thị xã ", "thành phố "].iter().any(|l| rest.starts_with(l))
}

/// The first and last words of a key. (A byte loop: a key is a few
/// dozen bytes, where the char searcher's set-up cost more than the search.)
fn first_and_last(k: &str) -> (&str, &str) {
    let b = k.as_bytes();
    let first = b.iter().position(|&c| c == b' ').map_or(k, |p| &k[..p]);
    let last = b.iter().rposition(|&c| c == b' ').map_or(k, |p| &k[p + 1..]);
    (first, last)
}

/// The hash of a key's first and last words ([`first_and_last`]), by
/// which [`merge_short_forms`] sorts and finds the bodies.
fn words_hash((first, last): (&str, &str)) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    first.hash(&mut h);
    last.hash(&mut h);
    h.finish()
}

/// The indices stored under `key` in `by`, a vector sorted by key (a
/// sorted vector per document where a map held a vector per key).
fn sorted_get<'v, K: Ord + Copy>(by: &'v [(K, usize)], key: K) -> impl Iterator<Item = usize> + 'v {
    let from = by.partition_point(|(k, _)| *k < key);
    by[from..].iter().take_while(move |(k, _)| *k == key).map(|&(_, j)| j)
}

/// "Công ty Phát Đạt" after "Công ty TNHH Tư vấn Tài chính Phát Đạt": a
/// head and the proper end of a longer name of the same head is a short
/// form of that one body (never when the end is only a place).
/// (`cands` and `by_head` are the vectors of the last document, emptied;
/// `by_head` is given back emptied.)
fn merge_short_forms(
    ctx: &Ctx,
    bodies: &mut [Body],
    cands: &mut Vec<usize>,
    mut by_head: Vec<(u64, usize)>,
) -> Vec<(u64, usize)> {
    // By first and last word: a longer name of the same head ends with the
    // same words, so only those are compared (a document of thousands of
    // "Trung tâm …" does not compare each with all). The bodies go by the
    // hash of the two words ([`words_hash`]): sorted and searched by an
    // integer, where comparing the words cost a string comparison a step.
    // (Both sorted by key, stable: the bodies of one key in their order.)
    by_head.clear();
    by_head.reserve(bodies.len());
    // Companies' legal names by their last word (the brand's name ends them).
    let mut legal_names: Vec<(&str, usize)> = Vec::new();
    for (j, b) in bodies.iter().enumerate() {
        if b.alive {
            let first_last = first_and_last(&b.key);
            by_head.push((words_hash(first_last), j));
            if b.key.starts_with("công ty ") || b.key.starts_with("tổng công ty ") {
                legal_names.push((first_last.1, j));
            }
        }
    }
    by_head.sort_by_key(|&(k, _)| k);
    legal_names.sort_by_key(|&(k, _)| k);
    let mut moves = Vec::new();
    for (i, b) in bodies.iter().enumerate() {
        if !b.alive || b.known.is_some() || b.generic {
            continue;
        }
        let k = b.key.as_ref();
        // The head ("công ty", "bộ", "ủy ban nhân dân") and the rest: the
        // longest run of first words that is a head.
        // (A byte loop: a key is a few words, shorter than a searcher's set-up.)
        let (mut ends, mut n) = ([0; 4], 0);
        for (p, _) in k.bytes().enumerate().filter(|&(_, c)| c == b' ').take(4) {
            ends[n] = p;
            n += 1;
        }
        let Some(&h_end) = ends[..n].iter().rev().find(|&&p| ctx.lex.org.heads.get(&k[..p]).is_some()) else {
            continue;
        };
        let (head_prefix, tail) = (&k[..=h_end], &k[h_end..]);
        if ctx.lex.province_names.contains(&tail[1..]) {
            continue;
        }
        cands.clear();
        if b.proper {
            // (The tests below hold only for a key of the same first and last
            // words: one of another pair under the same hash is turned away.)
            cands.extend(sorted_get(&by_head, words_hash(first_and_last(k))).filter(|&j| {
                j != i
                    && bodies[j].key.len() > k.len() + 1
                    && bodies[j].key.starts_with(head_prefix)
                    && bodies[j].key.ends_with(tail)
                    && !bodies[j].generic
            }));
        }
        // The one body it can be, or the one the text names most.
        cands.sort_by_key(|&j| std::cmp::Reverse(bodies[j].mentions.len()));
        if let Some(&j) = cands
            .first()
            .filter(|_| cands.len() == 1 || bodies[cands[0]].mentions.len() > bodies[cands[1]].mentions.len())
        {
            moves.push((i, j));
            continue;
        }
        // "Tập đoàn Vinacontrol" and "Công ty CP Tập đoàn Vinacontrol": the
        // company's legal name is the brand's name after "Công ty" and its
        // legal form.
        let mut legal = sorted_get(&legal_names, first_and_last(k).1).filter(|&j| {
            let c = bodies[j].key.as_ref();
            j != i
                && c.len() > k.len() + 1
                && c.ends_with(k)
                && c.as_bytes()[c.len() - k.len() - 1] == b' '
                && legal_prefix(ctx, &c[..c.len() - k.len() - 1])
        });
        if let (Some(j), None) = (legal.next(), legal.next()) {
            moves.push((i, j));
        }
    }
    by_head.clear();
    for (i, j) in moves {
        bodies[i].alive = false;
        let (from, to) = pair(bodies, i, j);
        to.absorb(from);
    }
    by_head
}

/// "Tập đoàn E-United", "Công ty E-United" and "E-United"; "Tổ chức Human
/// Rights Watch" and "Human Rights Watch": a foreign name (Latin words, no
/// Vietnamese syllable, given name or surname among them) written alone
/// and after the head of a company ("công ty", "tập đoàn", "hãng") or of
/// an organisation ("tổ chức") is one body, the one of the name the
/// tables know or else the one the text names most. Bodies of other
/// heads keep apart ("Bệnh viện Johns Hopkins", "Đại học Johns Hopkins").
fn merge_foreign_names(ctx: &Ctx, bodies: &mut [Body]) {
    // (Most documents name no foreign body twice: the map is built only
    // when two bodies share a foreign name.)
    let mut tails: Vec<(&str, usize)> = Vec::new();
    for (j, b) in bodies.iter().enumerate() {
        if !b.alive || b.generic {
            continue;
        }
        if let Some(tail) = foreign_tail(ctx, &b.key) {
            tails.push((tail, j));
        }
    }
    if tails.len() < 2 {
        return;
    }
    tails.sort_unstable();
    let mut moves = Vec::new();
    for group in tails.chunk_by(|a, b| a.0 == b.0).filter(|g| g.len() > 1) {
        let rank = |&(_, j): &(&str, usize)| (bodies[j].known.is_some(), bodies[j].mentions.len(), bodies[j].key.len());
        let Some(&(_, to)) = group.iter().max_by_key(|x| rank(x)) else { continue };
        moves.extend(group.iter().filter(|&&(_, j)| j != to).map(|&(_, j)| (j, to)));
    }
    for (i, j) in moves {
        bodies[i].alive = false;
        let (from, to) = pair(bodies, i, j);
        to.absorb(from);
    }
}

/// The foreign name of a body's key (lower case): the key itself, or its
/// words after a company's or an organisation's head, when they are all
/// Latin words none of which is a Vietnamese syllable, a given name or a
/// surname.
fn foreign_tail<'k>(ctx: &Ctx, key: &'k str) -> Option<&'k str> {
    // (A letter alone may stand in a name: "E-United" is keyed "e united".)
    let latin = |w: &str| {
        w.bytes().all(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'&' | b'\'' | b'.'))
            && (w.len() == 1 || !super::syllable(ctx, w))
    };
    let all_latin = |t: &str| {
        t.split(' ').all(latin) && t.split(' ').any(|w| w.len() >= 3 && w.bytes().any(|c| c.is_ascii_alphabetic()))
    };
    // (Most keys end with a Vietnamese word: turned away by their last.)
    let last = key.rsplit(' ').next().unwrap_or(key);
    if !latin(last) && last.len() > 1 {
        return None;
    }
    if all_latin(key) {
        return Some(key);
    }
    // The longest head of up to three words before the name.
    let ends = key.bytes().enumerate().filter(|&(_, c)| c == b' ').map(|(p, _)| p).take(3);
    let head_end = ends
        .filter(|&p| ctx.lex.org.heads.get(&key[..p]).is_some_and(|h| h.kind == "company" || &key[..p] == "tổ chức"))
        .last()?;
    let tail = &key[head_end + 1..];
    all_latin(tail).then_some(tail)
}

/// The bodies of people's titles that the text names only through the
/// title ("Bộ trưởng Ngoại giao Indonesia" read as "Bộ Ngoại giao
/// Indonesia", "Phó Chủ tịch tỉnh Quảng Nam" as "UBND tỉnh Quảng Nam"): a
/// body when the title's organisation reads as one whole name of a body.
/// (A title's body is read in a context of its own, which costs some seven
/// allocations: it is built only for a body whose first word can open a
/// name, see [`opens_body`].)
fn bodies_of_titles<'a>(
    ctx: &Ctx<'a>,
    people: &'a [Person],
    bodies: &mut Vec<Body<'a>>,
    index: &HashMap<BodyIndex, usize>,
    buffers: &mut TitleBuffers,
) {
    let orgs = || people.iter().flat_map(|p| p.titles.iter().filter_map(|t| t.organisation.as_deref()));
    let n_orgs = orgs().count();
    if n_orgs == 0 {
        return;
    }
    // Most titles' bodies are written as such: the names the text gives,
    // and then each title's body once.
    let mut written = Written::new(bodies, n_orgs);
    let mut found: Vec<Body> = Vec::new();
    // Buffers reused from title to title, and kept for the next document.
    let TitleBuffers { tokens, word, own_key, hits } = buffers;
    let mut sub_hits: Vec<OrgHit> = recycle(std::mem::take(hits));
    for org in orgs() {
        if !written.insert(bodies, org) || !opens_body(ctx.lex, org, tokens, word) {
            continue;
        }
        let sub = Ctx::new(ctx.lex, org);
        recognize::organisations::recognize_into(&sub, &mut sub_hits);
        let whole = sub_hits.drain(..).find(|h| h.first == 0 && h.last == sub.tokens.len() && h.acronym.is_none());
        let Some(mut h) = whole else {
            continue;
        };
        own_key.clear();
        h.write_key(&sub, own_key);
        let own_key = h.key(own_key);
        // Named already, or the end of a name the text gives in full ("Tổ
        // chức Tỉnh ủy" of "Trưởng ban Tổ chức Tỉnh ủy").
        let named = h.known.is_some_and(|id| index.contains_key(&BodyIndex::Known(id)))
            || index.contains_key(&BodyIndex::Key(own_key))
            || bodies.iter().any(|b| b.key == own_key || ends_with_word(&b.key, own_key));
        if named {
            continue;
        }
        let generic = h.generic || (!h.proper && ctx.lex.org_generic.contains(&key(&h.name)));
        let mut forms = Forms::default();
        forms.push(Form { text: h.name, count: 1, generic, acronym: h.bare_acronym });
        found.push(Body {
            forms,
            known: h.known,
            generic,
            proper: h.proper,
            from_title: true,
            ..Body::new(Cow::Owned(own_key.to_string()))
        });
    }
    *hits = recycle(sub_hits);
    bodies.extend(found);
}

/// The names written so far in [`bodies_of_titles`]: the bodies' forms
/// and the titles' bodies read. A document has a title or two and a few
/// dozen forms: each title's body is compared with the forms (no set is
/// built, where building one hashed every form of every document with a
/// title); past [`FEW_COMPARISONS`], a set, so that a document of
/// thousands of titles does not compare each with all.
enum Written<'w> {
    /// The titles' bodies read (the forms are the bodies' own).
    Few(Vec<&'w str>),
    /// Every form and every title's body read.
    Many(rustc_hash::FxHashSet<&'w str>),
}

/// The most comparisons of titles' bodies with forms made one by one.
const FEW_COMPARISONS: usize = 512;

impl<'w> Written<'w> {
    fn new(bodies: &'w [Body<'_>], n_orgs: usize) -> Written<'w> {
        let n_forms: usize = bodies.iter().map(|b| b.forms.iter().count()).sum();
        if (n_forms + n_orgs).saturating_mul(n_orgs) <= FEW_COMPARISONS {
            return Written::Few(Vec::new());
        }
        // (Sized once for the forms and the titles' bodies.)
        let mut set = rustc_hash::FxHashSet::with_capacity_and_hasher(n_forms + n_orgs, Default::default());
        set.extend(bodies.iter().flat_map(|b| b.forms.iter().map(|f| f.text.as_ref())));
        Written::Many(set)
    }

    /// Adds `org`: false when it is written already (a form of `bodies`,
    /// the same bodies as given to [`Written::new`], or a title's body
    /// added before).
    fn insert(&mut self, bodies: &[Body<'_>], org: &'w str) -> bool {
        match self {
            Written::Few(read) => {
                let new = !read.contains(&org) && !bodies.iter().any(|b| b.forms.iter().any(|f| f.text == org));
                if new {
                    read.push(org);
                }
                new
            }
            Written::Many(set) => set.insert(org),
        }
    }
}

/// The buffers of [`bodies_of_titles`], kept from title to title and from
/// document to document.
#[derive(Default)]
struct TitleBuffers {
    /// The tokens and the lower-cased first word of a title's body.
    tokens: Vec<crate::tokenize::Token>,
    word: String,
    /// A body's merge key.
    own_key: String,
    /// The mentions read in a title's body.
    hits: Vec<OrgHit<'static>>,
}

/// True when `k` ends with the words of `tail` after a space ("tổ chức
/// tỉnh ủy" after "ban tổ chức tỉnh ủy").
fn ends_with_word(k: &str, tail: &str) -> bool {
    k.len() > tail.len() && k.ends_with(tail) && k.as_bytes()[k.len() - tail.len() - 1] == b' '
}

/// True when the first token of `text` can open a body: a head word, a
/// known body, a brand or a classifier (the recogniser's gate). A name
/// whose first word opens none gives no mention from its first token, so
/// no body of the whole of it. The token is found and lower-cased as
/// [`Ctx::new`] does it, in the caller's buffers.
fn opens_body(
    lex: &crate::lexicon::Lexicon,
    text: &str,
    tokens: &mut Vec<crate::tokenize::Token>,
    word: &mut String,
) -> bool {
    crate::tokenize::tokenize_into(text, tokens);
    let Some(first) = tokens.first() else { return false };
    word.clear();
    word.extend(text[first.range()].chars().map(crate::normalize::lower_char));
    let feat = lex.vocab.feat(lex.vocab.get_bytes(word.as_bytes()));
    feat.any(recognize::organisations::OPENS)
}

/// True when `prefix` (lower case) is a head of companies and legal forms
/// only: "công ty cp", "tổng công ty cổ phần".
fn legal_prefix(ctx: &Ctx, prefix: &str) -> bool {
    let Some(rest) = prefix.strip_prefix("công ty").or_else(|| prefix.strip_prefix("tổng công ty")) else {
        return false;
    };
    let mut rest = rest.trim_start();
    while !rest.is_empty() {
        let Some(form) = ctx
            .lex
            .org
            .legal_forms
            .iter()
            .map(|(k, _)| k.as_str())
            .filter(|k| rest.starts_with(k) && rest[k.len()..].chars().next().is_none_or(|c| c == ' '))
            .max_by_key(|k| k.len())
        else {
            return false;
        };
        rest = rest[form.len()..].trim_start();
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sieve holds every word it was given, turns away words of
    /// another length or first byte, and lets through only what it may.
    #[test]
    fn the_sieve_holds_its_words() {
        let words = ["VUFO", "UBND", "ĐHQG", "Vinamilk", "A", "X-Y", &"Z".repeat(70)];
        let sieve = Sieve::of(words.iter().copied());
        for w in words {
            assert!(sieve.may_hold(w), "{w}");
        }
        for w in ["VU", "BND", "ĐHQGX", "vufo", "", "Q", "ABCDEFGHIJ"] {
            assert!(!sieve.may_hold(w), "{w}");
        }
        // Same length and first byte as a word: it may be one.
        assert!(sieve.may_hold("UBNX"));
        assert!(!Sieve::default().may_hold("VUFO"));
    }

    /// Keys and stems of the press's bodies, with the edge cases of a
    /// prefix test: equal, one a prefix of the other, bytes below and
    /// above a space right after the stem, multi-byte letters.
    const WORDS: &[&str] = &[
        "",
        "ủy ban nhân dân",
        "ủy ban nhân dân tỉnh",
        "ủy ban nhân dân tỉnh yên bái",
        "ủy ban nhân dâ",
        "ủy ban nhân dân!",
        "ủy ban nhân dân\tx",
        "ủy ban nhân dânx",
        "sở y tế",
        "sở y tế hà nội",
        "sở",
        "bộ",
        "ban chỉ đạo",
        "trung tâm",
        "trung tâm icise",
        "a",
        "a b",
    ];

    /// The in-place comparison gives what the built prefix gives, for
    /// every pair of the words, and so does the walk over the sorted keys.
    #[test]
    fn key_before_stem_compares_as_the_built_prefix() {
        for stem in WORDS {
            let prefix = format!("{stem} ");
            for k in WORDS {
                assert_eq!(key_before_stem(k, stem), *k < prefix.as_str(), "{k:?} < {prefix:?}");
            }
            let mut bodies: Vec<Body> = WORDS.iter().map(|k| Body::new(Cow::Borrowed(*k))).collect();
            bodies.sort_by(|a, b| a.key.cmp(&b.key));
            let sorted: Vec<usize> = (0..bodies.len()).collect();
            let found: Vec<&str> = fuller_names(&bodies, &sorted, stem).map(|(_, rest)| rest).collect();
            let expected: Vec<&str> = bodies.iter().filter_map(|b| b.key.strip_prefix(prefix.as_str())).collect();
            assert_eq!(found, expected, "{stem:?}");
        }
    }

    /// The char-by-char test of a head is the test on the lower-cased
    /// strings, capitals with diacritics included.
    #[test]
    fn starts_with_word_lower_is_the_test_on_lower_case_strings() {
        let texts = ["Trung tâm ICISE", "TRUNG TÂM Vũ trụ", "Trung tâmx", "Trung", "Trung tâm", "Ủy ban Nhân dân", ""];
        let heads = ["Trung tâm", "trung TÂM", "Trung", "Ủy ban", "ủy", "", "Trung tâm ICISE"];
        for text in texts {
            for head in heads {
                let built = key(text).starts_with(&format!("{} ", key(head)));
                assert_eq!(starts_with_word_lower(text, head), built, "{text:?} / {head:?}");
            }
        }
    }

    /// The first-token test agrees with the context the title's body would
    /// be read in: the features of its first token, in text with and
    /// without diacritics, capitals, punctuation or spaces first.
    #[test]
    fn opens_body_agrees_with_the_context_of_the_text() {
        let lex = &*crate::lexicon::DEFAULT;
        let (mut tokens, mut word) = (Vec::new(), String::new());
        for text in [
            "Bộ Ngoại giao Indonesia",
            "Tỉnh ủy Cà Mau",
            "UBND tỉnh Gia Lai",
            "Lien hiep cac to chuc huu nghi Viet Nam",
            "Thái Lan",
            "Mỹ",
            "Ngoại giao Campuchia",
            "VUFO",
            "Samsung Electronics",
            "công ty Vinamilk",
            "ĐẠI HỌC QUỐC GIA",
            " Sở Y tế",
            "(Bộ Y tế)",
            "TP.HCM",
            "2024 Bộ",
            "",
        ] {
            let ctx = Ctx::new(lex, text);
            let expected = !ctx.tokens.is_empty() && ctx.feat(0).any(recognize::organisations::OPENS);
            assert_eq!(opens_body(lex, text, &mut tokens, &mut word), expected, "{text:?}");
        }
    }
}
