//! Merges recogniser hits into the document's items.

use super::facts::FigureAt;
use crate::calendar::Ymd;
use crate::document::*;
use crate::normalize::{NormalizedText, ToneStyle};
use crate::recognize::{self, Ctx};
use crate::Span;
use std::collections::hash_map::Entry;
// Keys are the document's own strings, never iterated: a fast hash.
use rustc_hash::FxHashMap as HashMap;

/// Runs every recogniser over `ctx` and builds the document. The steps,
/// in the order each needs the one before: dates (whose numbers figures
/// must not reuse), figures, people, provinces (not at the end of a
/// person's name), organisations (which read the people), legal
/// references, then the facts over the document built so far.
pub(crate) fn build(ctx: &Ctx, norm: &NormalizedText, published: Option<Ymd>, style: ToneStyle) -> Document {
    // Dates first: figures must not reuse their numbers.
    let mut date_hits = recognize::dates::recognize(ctx, published);
    let taken: Vec<(usize, usize)> = date_hits.iter().map(|h| (h.start, h.end)).collect();
    date_hits.retain(|h| !h.value.is_empty());
    let dates = merge_dates(norm, &mut date_hits);
    let (figures, figure_hits) = merge_figures(ctx, norm, &taken);
    let mut people = super::people::people(ctx, norm);
    let provinces = merge_provinces(ctx, norm, published, &people);
    let organisations = super::organisations::organisations(ctx, norm, &people);
    names_inside_bodies(norm.original(), &mut people, &organisations);
    let legal_refs = merge_legal_refs(ctx, norm, published);
    let mut doc = Document {
        published: published.map(|p| p.iso()),
        people,
        organisations,
        provinces,
        dates,
        figures,
        legal_refs,
        facts: Vec::new(),
    };
    doc.facts = super::facts::facts(ctx, norm, &date_hits, figure_hits, &doc);
    if style != ToneStyle::Traditional {
        restyle(&mut doc, style);
    }
    doc
}

/// A person's name read inside a body's name is the body's namesake, not
/// a mention of the person; a person left with no mention is no person of
/// the document:
/// - anywhere inside the name of a body the tables know ("Đoàn TNCS Hồ Chí
///   Minh", "Học viện Chính trị quốc gia Hồ Chí Minh");
/// - at the end of a body named by its head ("Trường THPT Phan Đình
///   Phùng", "Công ty TNHH Nam Triệu cho biết", "phòng khám đa khoa Thiên
///   Tâm bị phạt"), where nothing but the name's form or a verb after it
///   made it a person: not one a title, a form of address or a credit
///   named there, and not one word ("chính quyền Trump", a leader's
///   government, names the leader), nor one after a dash ("… Xuân Trường
///   - Tuấn Anh", a body read on into a pair of names);
/// - exactly a known body, a brand or an acronym ("Jetstar Pacific cho
///   biết"), unless a form of address or a degree named it.
fn names_inside_bodies(text: &str, people: &mut Vec<Person>, organisations: &[Organisation]) {
    let mut known: Vec<Span> = Vec::new();
    let mut named: Vec<Span> = Vec::new();
    let mut headed: Vec<Span> = Vec::new();
    for m in organisations.iter().flat_map(|o| o.mentions.iter()) {
        match &*m.rule {
            "org.known" => known.push(m.span),
            "org.brand" | "org.acronym" => named.push(m.span),
            "org.head" | "org.parent" | "org.branch" => headed.push(m.span),
            _ => {}
        }
    }
    if known.is_empty() && named.is_empty() && headed.is_empty() {
        return;
    }
    known.sort_unstable_by_key(|sp| sp.start);
    named.sort_unstable_by_key(|sp| sp.start);
    headed.sort_unstable_by_key(|sp| sp.start);
    let inside_known = |sp: Span| near(&known, sp).any(|k| sp.end <= k.end && (k.start < sp.start || sp.end < k.end));
    // "Jetstar Pacific cho biết", "Chủ tịch Vinasun", "Dior" of "Christian
    // Dior": a name that is exactly a body the tables know, a brand or an
    // acronym the text spells out names the body, unless a form of
    // address or a degree named a person there ("ông Ford").
    let is_body = |m: &Mention| {
        !matches!(&*m.rule, "person.honorific" | "person.degree")
            && (near(&known, m.span).any(|k| *k == m.span) || near(&named, m.span).any(|k| *k == m.span))
    };
    let ends_headed = |m: &Mention| {
        matches!(&*m.rule, "person.known" | "person.verb" | "person.full_name" | "person.list" | "person.listed")
            && text.get(m.span.range()).is_some_and(|t| t.contains(' '))
            // ("cặp tiền vệ Xuân Trường - Tuấn Anh": a body run on over a dash.)
            && !text.get(..m.span.start).is_some_and(|t| t.trim_end().ends_with(['-', '–']))
            && near(&headed, m.span).any(|k| k.start < m.span.start && k.end == m.span.end)
    };
    for p in people.iter_mut() {
        p.mentions.retain(|m| !inside_known(m.span) && !ends_headed(m) && !is_body(m));
    }
    people.retain(|p| !p.mentions.is_empty());
}

/// The spans of `spans` (sorted by start) that may hold `sp`: the last
/// few starting at or before it (mentions of bodies hardly nest).
fn near(spans: &[Span], sp: Span) -> impl Iterator<Item = &Span> {
    spans[..spans.partition_point(|k| k.start <= sp.start)].iter().rev().take(4)
}

/// One date per value, with every mention of it (two mentions resolved
/// to the same day are one date). The clock time moves from the hit to
/// its date (nothing after reads a hit's time).
fn merge_dates(norm: &NormalizedText, date_hits: &mut [recognize::dates::DateHit]) -> Vec<DateMention> {
    // Sized for the hits: a vector grown one push at a time reallocates
    // several times per document.
    let mut dates: Vec<DateMention> = Vec::with_capacity(date_hits.len());
    let mut date_index: HashMap<&str, usize> = HashMap::with_capacity_and_hasher(date_hits.len(), Default::default());
    for h in date_hits.iter_mut() {
        let sp = norm.to_original(h.start, h.end);
        let (rule, part_of_day) = (h.rule, h.part_of_day);
        // The index borrows the hits' values for as long as the hits live;
        // the clock time moves to the date (nothing after reads a hit's
        // time), not copied.
        let recognize::dates::DateHit { value, time, .. } = h;
        let value: &str = value;
        // Looked up before inserting: the value is cloned once per date, not per mention.
        let i = match date_index.get(value) {
            Some(&i) => i,
            None => {
                dates.push(DateMention {
                    text: norm.original()[sp.range()].to_string(),
                    value: value.to_string(),
                    part_of_day: part_of_day.map(String::from),
                    time: time.take(),
                    mentions: Mentions::new(),
                });
                date_index.insert(value, dates.len() - 1);
                dates.len() - 1
            }
        };
        dates[i].mentions.push(Mention::new(sp, rule));
    }
    dates
}

/// One figure per value, unit (any case: "VND" and "vnd"), range end and
/// qualifier, with every mention of it; and each hit as the fact finder
/// reads it ([`FigureAt`]: its figure by index, its own value and unit).
/// `taken` are the dates' spans, whose numbers are no figures.
fn merge_figures(ctx: &Ctx, norm: &NormalizedText, taken: &[(usize, usize)]) -> (Vec<Figure>, Vec<FigureAt>) {
    let hits = recognize::figures::recognize(ctx, taken);
    let mut figures: Vec<Figure> = Vec::with_capacity(hits.len());
    let mut figure_hits: Vec<FigureAt> = Vec::with_capacity(hits.len());
    let mut figure_index: HashMap<(u64, u32, Option<u64>, Option<Qualifier>), usize> =
        HashMap::with_capacity_and_hasher(hits.len(), Default::default());
    // Units by number, any case: "VND" and "vnd" are one unit. The keys
    // are the hits' units as written (borrowed from the unit table or the
    // text), compared and hashed in any case: nothing lower-cased or copied.
    // Each keeps what its first spelling measures (`Lexicon::figure_kind`,
    // a scan of the unit table, asked once per unit and spelling rather
    // than at every hit).
    let mut units: HashMap<AnyCase, (u32, FigureKind)> = HashMap::default();
    for h in hits {
        let sp = norm.to_original(h.start, h.end);
        let next = units.len() as u32;
        let (unit, kind) = match units.entry(AnyCase(h.unit.clone())) {
            // (The kind is by exact spelling: another case asks again.)
            Entry::Occupied(e) if e.key().0 == h.unit => *e.get(),
            Entry::Occupied(e) => (e.get().0, ctx.lex.figure_kind(&h.unit)),
            Entry::Vacant(e) => *e.insert((next, ctx.lex.figure_kind(&h.unit))),
        };
        // One figure per value, unit (any case), range end and qualifier;
        // a hash look-up keeps a long document with many figures linear.
        let figure_key = (number_key(h.value), unit, h.value_max.map(number_key), h.qualifier);
        let mention = Mention::new(sp, h.rule);
        let index = match figure_index.entry(figure_key) {
            Entry::Occupied(e) => {
                figures[*e.get()].mentions.push(mention.clone());
                *e.get()
            }
            Entry::Vacant(e) => {
                e.insert(figures.len());
                figures.push(Figure {
                    text: norm.original()[sp.range()].to_string(),
                    value: h.value,
                    kind,
                    unit: h.unit.to_string(),
                    value_max: h.value_max,
                    qualifier: h.qualifier,
                    mentions: Mentions::one(mention.clone()),
                });
                figures.len() - 1
            }
        };
        // The unit as written here, kept only when the figure's is written
        // otherwise (the same unit in another case).
        let unit = (figures[index].unit != h.unit).then(|| h.unit.into_owned());
        figure_hits.push(FigureAt {
            start: h.start,
            end: h.end,
            kind,
            index,
            value: h.value,
            value_max: h.value_max,
            unit,
            mention,
            taken: false,
        });
    }
    (figures, figure_hits)
}

/// One province per unit, with every mention of it, leaving out a place
/// that ends a person's name ("ông Nguyễn Gia Thái Bình"); the 2025 record
/// for names of both eras when the article is from after the
/// reorganisation.
fn merge_provinces(ctx: &Ctx, norm: &NormalizedText, published: Option<Ymd>, people: &[Person]) -> Vec<Province> {
    let after_2025 = published.is_some_and(|p| p >= Ymd { y: 2025, m: 7, d: 1 });
    let mut provinces: Vec<Province> = Vec::new();
    let name_ends = NameEnds::new(people);
    for h in recognize::provinces::recognize(ctx) {
        if name_ends.ends_a_name(&ctx.text[h.hit.start..h.hit.end], norm.to_original(h.hit.start, h.hit.end)) {
            continue;
        }
        let record = if after_2025 { ctx.lex.province_since_2025[h.record] } else { h.record };
        let rec = &ctx.lex.provinces[record];
        let sp = norm.to_original(h.hit.start, h.hit.end);
        match provinces.iter_mut().find(|p| p.name == rec.name) {
            Some(p) => p.mentions.push(Mention::new(sp, h.hit.rule)),
            None => {
                let mut p = Province::from(rec);
                p.mentions.push(Mention::new(sp, h.hit.rule));
                provinces.push(p);
            }
        }
    }
    provinces
}

/// One legal reference per kind and number (a decree cited again later in
/// the article is one reference), with every mention; an issuer or date
/// given at any mention fills the reference's.
fn merge_legal_refs(ctx: &Ctx, norm: &NormalizedText, published: Option<Ymd>) -> Vec<LegalRef> {
    let mut legal_refs: Vec<LegalRef> = Vec::new();
    let mut document_index: HashMap<(String, String), usize> = HashMap::default();
    for h in recognize::legal::recognize(ctx, published) {
        let sp = norm.to_original(h.start, h.end);
        match document_index.entry((h.kind.clone(), h.number.clone())) {
            Entry::Occupied(e) => {
                let d = &mut legal_refs[*e.get()];
                d.mentions.push(Mention::new(sp, "document.reference"));
                d.issuer = d.issuer.take().or(h.issuer);
                d.date = d.date.take().or(h.date);
            }
            Entry::Vacant(e) => {
                e.insert(legal_refs.len());
                legal_refs.push(LegalRef {
                    text: norm.original()[sp.range()].to_string(),
                    kind: h.kind,
                    number: h.number,
                    issuer: h.issuer,
                    date: h.date,
                    mentions: Mentions::one(Mention::new(sp, "document.reference")),
                });
            }
        }
    }
    legal_refs
}

/// The ends of the people's mentions: a place that ends a person's name
/// is the name, not a place ("PGS.TS Trịnh Hòa Bình", "ông Nguyễn Gia
/// Thái Bình": Vietnamese given names are often place names); so is a
/// place that is a whole byline or credit (the pen name "Hà Giang" that
/// ends an article).
struct NameEnds<'p> {
    /// Each mention of a person: where it ends, where it starts, the name,
    /// and whether it is a byline or a credit; sorted by end (one vector,
    /// looked up by binary search).
    at: Vec<(usize, usize, &'p str, bool)>,
}

impl<'p> NameEnds<'p> {
    fn new(people: &'p [Person]) -> NameEnds<'p> {
        let credit = |m: &Mention| matches!(m.rule.as_ref(), "person.byline" | "person.credit");
        let mut at: Vec<(usize, usize, &str, bool)> = people
            .iter()
            .flat_map(|p| p.mentions.iter().map(move |m| (m.span.end, m.span.start, p.name.as_str(), credit(m))))
            .collect();
        at.sort_unstable_by_key(|&(end, _, _, _)| end);
        NameEnds { at }
    }

    /// True when the place `place` (as the normalised text writes it, as
    /// names are: an NFD input's own bytes would never end an NFC name),
    /// at `sp` of the original text, ends a person's name; a title naming
    /// the person's body ("Chủ tịch UBND TP Hà Nội") ends with a place that
    /// the name does not.
    fn ends_a_name(&self, place: &str, sp: Span) -> bool {
        let from = self.at.partition_point(|&(end, _, _, _)| end < sp.end);
        self.at[from..].iter().take_while(|&&(end, _, _, _)| end == sp.end).any(|&(_, start, name, credit)| {
            start < sp.start && name.len() > place.len() && name.ends_with(place) || credit && start == sp.start
        })
    }
}

/// A unit compared and hashed in any case ("VND" = "vnd": the same
/// characters after `lower_char`, as `data::lower` would write them).
struct AnyCase<'u>(std::borrow::Cow<'u, str>);

impl std::hash::Hash for AnyCase<'_> {
    /// The bytes, ASCII letters in lower case and every other byte (of a
    /// char beyond ASCII) as one mark, with no char decoded: two units
    /// equal in any case hash alike, as `lower_char` keeps each char's
    /// UTF-8 length and never maps a char beyond ASCII into it (so the
    /// chars beyond ASCII sit at the same bytes in both). Those chars are
    /// told apart by [`eq`](PartialEq::eq) alone: a document has a
    /// handful of units.
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        // (Eight bytes to a step of the hasher.)
        for chunk in self.0.as_bytes().chunks(8) {
            let mark = |b: u8| if b.is_ascii() { b.to_ascii_lowercase() } else { 0x80 };
            state.write_u64(chunk.iter().fold(0, |w, &b| (w << 8) | u64::from(mark(b))));
        }
    }
}

impl PartialEq for AnyCase<'_> {
    fn eq(&self, other: &Self) -> bool {
        crate::data::same_lower(&self.0, &other.0)
    }
}

impl Eq for AnyCase<'_> {}

/// A hashable stand-in for a value compared with `==`: the same bits for
/// 0.0 and -0.0. (NaN never comes out of the number parser.)
fn number_key(v: f64) -> u64 {
    if v == 0.0 {
        0
    } else {
        v.to_bits()
    }
}

/// Writes every name of the document in `style` (merging was done on the
/// traditional forms, so it does not depend on the style asked for).
fn restyle(doc: &mut Document, style: ToneStyle) {
    let s = |x: &mut String| {
        if let std::borrow::Cow::Owned(n) = crate::normalize::normalized(x, style) {
            *x = n;
        }
    };
    for p in &mut doc.people {
        s(&mut p.name);
        for t in &mut p.titles {
            s(&mut t.role);
            if let Some(o) = &mut t.organisation {
                s(o);
            }
        }
    }
    for o in &mut doc.organisations {
        s(&mut o.name);
        o.aliases.iter_mut().for_each(s);
    }
    for p in &mut doc.provinces {
        s(&mut p.name);
        if let Some(x) = &mut p.merged_into {
            s(x);
        }
    }
    for f in doc.figures.iter_mut().chain(doc.facts.iter_mut().flat_map(|f| f.figures.iter_mut())) {
        s(&mut f.unit);
    }
}

/// Acronyms the text gives in brackets after a name ("… hữu nghị Việt Nam
/// (VUFO)"), found in one pass: positions of " (ACR)" by acronym.
pub(super) struct Acronyms<'t> {
    /// Keyed by the text in the brackets, borrowed from the text.
    at: HashMap<&'t str, Vec<usize>>,
}

impl<'t> Acronyms<'t> {
    pub(super) fn new(ctx: &Ctx<'t>) -> Acronyms<'t> {
        let mut at: HashMap<&'t str, Vec<usize>> = HashMap::default();
        let t = ctx.text;
        // Each " (": found by its bracket (a one-byte search, much cheaper
        // than looking for the two-byte pattern) and the space before it.
        for (bracket, _) in t.match_indices('(') {
            if bracket == 0 || t.as_bytes()[bracket - 1] != b' ' {
                continue;
            }
            let open = bracket - 1;
            let rest = &t[open + 2..];
            // An acronym is short; looking no further keeps this linear.
            let window = &rest[..crate::recognize::floor_boundary(rest, 32)];
            let Some(close) = window.find(')').filter(|&c| c > 0) else { continue };
            at.entry(&rest[..close]).or_default().push(open);
        }
        Acronyms { at }
    }

    /// True when the text or the data gives `acronym` (lower-case) to some
    /// body: only then can [`Acronyms::names`] be true.
    pub(super) fn may_name(&self, acronym: &str, ctx: &Ctx) -> bool {
        let upper = acronym.to_uppercase();
        ctx.lex.acronyms.contains_key(&upper) || self.at.contains_key(upper.as_str())
    }

    /// True when `acronym` (lower-case) is the acronym the text or the data
    /// gives to the body named `org`.
    pub(super) fn names(&self, org: &str, acronym: &str, ctx: &Ctx) -> bool {
        let upper = acronym.to_uppercase();
        // (Compared char by char in lower case: no lower-cased copies.)
        ctx.lex.acronyms.get(&upper).is_some_and(|(full, _)| crate::data::same_lower(full, org))
            || self.at.get(upper.as_str()).is_some_and(|ps| ps.iter().any(|&p| ctx.text[..p].ends_with(org)))
    }
}

/// Spans sorted by start with the running maximum of their ends: whether
/// any of them covers a position is a binary search.
pub(super) struct Spans {
    /// Each span's start, sorted, and the greatest end of the spans up to
    /// it (one vector, written in place of the spans collected: one
    /// allocation where three were made).
    at: Vec<Span>,
}

impl Spans {
    /// The spans in a vector of their own (tests; the resolver fills a
    /// vector it keeps, [`Spans::from_vec`]).
    #[cfg(test)]
    pub(super) fn new(spans: impl Iterator<Item = Span>) -> Spans {
        Spans::from_vec(spans.collect())
    }

    /// The spans collected in `at`, in any order, sorted in place: a
    /// caller that builds them for every document keeps the vector from
    /// one to the next ([`Spans::into_buffer`]).
    pub(super) fn from_vec(mut at: Vec<Span>) -> Spans {
        // (Unstable: the starts come out the same, and the running maximum
        // at the last of equal starts does not depend on their order.)
        at.sort_unstable_by_key(|s| s.start);
        let mut end = 0;
        for s in &mut at {
            end = end.max(s.end);
            s.end = end;
        }
        Spans { at }
    }

    /// The vector the spans were held in, for the next [`Spans::from_vec`].
    pub(super) fn into_buffer(self) -> Vec<Span> {
        self.at
    }

    /// The first start after `pos` (`pos` excluded).
    #[cfg(test)]
    pub(super) fn start_after(&self, pos: usize) -> Option<usize> {
        self.at.get(self.at.partition_point(|s| s.start <= pos)).map(|s| s.start)
    }

    /// True when a span has `start <= pos < end`.
    pub(super) fn covers(&self, pos: usize) -> bool {
        self.around(pos).0
    }

    /// [`Spans::covers`] and [`Spans::start_after`] of `pos` from one
    /// binary search (the organisations ask both of every mention).
    pub(super) fn around(&self, pos: usize) -> (bool, Option<usize>) {
        let n = self.at.partition_point(|s| s.start <= pos);
        (n > 0 && self.at[n - 1].end > pos, self.at.get(n).map(|s| s.start))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Units equal in any case hash alike (the hash reads bytes, the
    /// equality chars): ASCII, Vietnamese letters of both cases, a symbol,
    /// units longer than one step of the hasher.
    #[test]
    fn any_case_hashes_alike_what_it_finds_equal() {
        use std::hash::BuildHasher;
        let units = [
            "VND",
            "vnd",
            "Vnd",
            "đồng",
            "Đồng",
            "ĐỒNG",
            "tỷ đồng",
            "Tỷ Đồng",
            "TỶ ĐỒNG",
            "%",
            "km2",
            "KM2",
            "triệu USD",
            "Triệu usd",
            "m³",
            "M³",
            "đô la Mỹ",
            "ĐÔ LA MỸ",
            "đông",
            "dong",
        ];
        let build = rustc_hash::FxBuildHasher;
        for a in units {
            for b in units {
                let (x, y) = (AnyCase(a.into()), AnyCase(b.into()));
                if x == y {
                    assert_eq!(build.hash_one(&x), build.hash_one(&y), "{a} / {b}");
                }
                assert_eq!(x == y, crate::data::lower(a) == crate::data::lower(b), "{a} / {b}");
            }
        }
    }

    /// Each figure hit's kind is what `Lexicon::figure_kind` gives its
    /// unit as written (kept per unit and spelling, not asked per hit):
    /// every figure of the samples, and units written in several cases.
    #[test]
    fn figure_kinds_by_unit_as_written() {
        let lex: &crate::lexicon::Lexicon = &crate::lexicon::DEFAULT;
        let mut texts: Vec<String> = std::fs::read_dir("data/samples")
            .expect("samples")
            .map(|e| std::fs::read_to_string(e.expect("entry").path()).expect("sample"))
            .collect();
        texts.push(
            "Giá 50 VND, rồi 30 vnd, 20 Vnd và 10 vnd; tăng 5%, 7 %; dài 5 km, 6 KM, 8 Km; 3 người, 4 Người.".into(),
        );
        let mut hits = 0;
        for text in &texts {
            let norm = crate::normalize::normalize(text, ToneStyle::Traditional);
            let ctx = Ctx::with_plain(lex, norm.as_str(), false);
            let taken: Vec<(usize, usize)> =
                recognize::dates::recognize(&ctx, None).iter().map(|h| (h.start, h.end)).collect();
            let (figures, figure_hits) = merge_figures(&ctx, &norm, &taken);
            for h in &figure_hits {
                let unit = h.unit.as_deref().unwrap_or(&figures[h.index].unit);
                assert_eq!(h.kind, lex.figure_kind(unit), "{unit}");
                hits += 1;
            }
        }
        assert!(hits > 300, "{hits}");
    }

    /// The one-vector form answers as the spans themselves do, for
    /// overlapping, nested, equal-start and unsorted spans, at every
    /// position around them.
    #[test]
    fn spans_answer_as_the_spans_themselves() {
        let raw = [(10, 14), (3, 5), (3, 9), (20, 21), (4, 6), (10, 12), (30, 30), (25, 40)];
        let spans = Spans::new(raw.iter().map(|&(start, end)| Span { start, end }));
        for pos in 0..45 {
            let covered = raw.iter().any(|&(s, e)| s <= pos && pos < e);
            assert_eq!(spans.covers(pos), covered, "covers {pos}");
            let after = raw.iter().map(|&(s, _)| s).filter(|&s| s > pos).min();
            assert_eq!(spans.start_after(pos), after, "start_after {pos}");
            assert_eq!(spans.around(pos), (covered, after), "around {pos}");
        }
        let none = Spans::new(std::iter::empty());
        assert!(!none.covers(0));
        assert_eq!(none.start_after(0), None);
    }
}
