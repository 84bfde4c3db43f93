//! The typed result of an extraction: [`Document`] and its items.
//!
//! Field names and value forms follow the gold format of the project, so a
//! gold line and the crate's JSON output compare field by field. Every item
//! carries its mentions: byte spans into the caller's original text, each
//! with the id of the rule that found it.
//!
//! # A contract that can grow
//! Every struct here is `#[non_exhaustive]`: a later release may add fields
//! without breaking code that reads these. Code that builds items (tests,
//! post-processing) starts from a constructor (`Person::new`,
//! `Figure::new`…) or `Default` and sets the public fields.
//!
//! In JSON every field is always written: an absent value is `null`, an
//! empty list `[]`. When reading JSON, missing fields take those values.

use crate::provinces::{Era, ProvinceKind, ProvinceRecord};
use crate::Span;
use serde::{Deserialize, Serialize};
use smallvec::SmallVec;
use std::borrow::Cow;

/// Everything the extractor found in one text.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Document {
    /// Publication date (`YYYY-MM-DD`) the text was read against: the
    /// caller's, else the text's dateline; `None` when there was neither.
    #[serde(default)]
    pub published: Option<String>,
    /// People, one per human, with honorific and every title.
    #[serde(default)]
    pub people: Vec<Person>,
    /// Named bodies, one per body, with acronym and spelling variants.
    #[serde(default)]
    pub organisations: Vec<Organisation>,
    /// Province-level units of Vietnam, old (before 2025-07-01) or new.
    #[serde(default)]
    pub provinces: Vec<Province>,
    /// Date expressions resolved to ISO values, one per distinct value.
    #[serde(default)]
    pub dates: Vec<DateMention>,
    /// Quantities with a unit or a counted noun, one per distinct quantity.
    #[serde(default)]
    pub figures: Vec<Figure>,
    /// References to legal and party documents ("Chỉ thị số 12-CT/TW").
    #[serde(default)]
    pub legal_refs: Vec<LegalRef>,
    /// Statements that carry figures: when, who, what was done, how much.
    #[serde(default)]
    pub facts: Vec<Fact>,
}

impl Document {
    /// Every span the document reports (mentions of people, bodies,
    /// provinces, dates, figures and legal references, the span of each
    /// fact and of its figures), for callers that highlight or check them.
    pub fn spans(&self) -> impl Iterator<Item = Span> + '_ {
        fn mentions(m: &[Mention]) -> impl Iterator<Item = Span> + '_ {
            m.iter().map(|m| m.span)
        }
        self.people
            .iter()
            .flat_map(|p| mentions(&p.mentions))
            .chain(self.organisations.iter().flat_map(|o| mentions(&o.mentions)))
            .chain(self.provinces.iter().flat_map(|o| mentions(&o.mentions)))
            .chain(self.dates.iter().flat_map(|o| mentions(&o.mentions)))
            .chain(self.figures.iter().flat_map(|o| mentions(&o.mentions)))
            .chain(self.legal_refs.iter().flat_map(|o| mentions(&o.mentions)))
            .chain(
                self.facts
                    .iter()
                    .flat_map(|f| std::iter::once(f.span).chain(f.figures.iter().flat_map(|g| mentions(&g.mentions)))),
            )
    }

    /// The same document with every span counted in characters (Unicode
    /// code points) of `text` instead of bytes, for languages that index
    /// strings by code point (Python's `text[start:end]`). `text` must be
    /// the text the document was extracted from.
    ///
    /// ```
    /// use viet_extract::Extractor;
    ///
    /// let text = "Ông Lâm Văn Mẫn, Bí thư Tỉnh ủy Sóc Trăng, phát biểu.";
    /// let doc = Extractor::new().extract(text).with_char_offsets(text);
    /// let span = doc.people[0].mentions[0].span;
    /// let chars: Vec<char> = text.chars().collect();
    /// assert_eq!(chars[span.start..span.end].iter().collect::<String>(), "Lâm Văn Mẫn");
    /// ```
    pub fn with_char_offsets(self, text: &str) -> Document {
        self.with_offsets(text, |_| 1)
    }

    /// The same document with every span counted in UTF-16 code units of
    /// `text` instead of bytes, for JavaScript, Java and C# strings. Equal to
    /// [`with_char_offsets`](Self::with_char_offsets) unless the text holds
    /// characters outside the Basic Multilingual Plane (emoji).
    pub fn with_utf16_offsets(self, text: &str) -> Document {
        self.with_offsets(text, char::len_utf16)
    }

    fn with_offsets(mut self, text: &str, width: fn(char) -> usize) -> Document {
        let mut points: Vec<usize> = Vec::new();
        self.for_each_span(&mut |s| points.extend([s.start, s.end]));
        points.sort_unstable();
        points.dedup();
        // One walk over the text: each byte offset (rounded down to a char
        // boundary, clamped to the text) gets its count of units before it.
        let mut map: Vec<usize> = Vec::with_capacity(points.len());
        let mut units = 0;
        let mut chars = text.char_indices().peekable();
        for &p in &points {
            while let Some(&(i, c)) = chars.peek() {
                if i + c.len_utf8() > p {
                    break;
                }
                units += width(c);
                chars.next();
            }
            map.push(units);
        }
        let convert = |offset: usize| points.binary_search(&offset).map_or(0, |i| map[i]);
        self.for_each_span(&mut |s| *s = Span::new(convert(s.start), convert(s.end)));
        self
    }

    /// Calls `f` on every span of the document, mutably.
    fn for_each_span(&mut self, f: &mut dyn FnMut(&mut Span)) {
        fn all(m: &mut [Mention], f: &mut dyn FnMut(&mut Span)) {
            m.iter_mut().for_each(|m| f(&mut m.span));
        }
        self.people.iter_mut().for_each(|p| all(&mut p.mentions, f));
        self.organisations.iter_mut().for_each(|o| all(&mut o.mentions, f));
        self.provinces.iter_mut().for_each(|o| all(&mut o.mentions, f));
        self.dates.iter_mut().for_each(|o| all(&mut o.mentions, f));
        self.figures.iter_mut().for_each(|o| all(&mut o.mentions, f));
        self.legal_refs.iter_mut().for_each(|o| all(&mut o.mentions, f));
        for fact in &mut self.facts {
            f(&mut fact.span);
            fact.figures.iter_mut().for_each(|g| all(&mut g.mentions, f));
        }
    }
}

/// A reference to a legal or party document.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct LegalRef {
    /// The reference as written ("Chỉ thị số 12-CT/TW ngày 5/1/2022 của Ban Bí thư").
    #[serde(default)]
    pub text: String,
    /// Kind of document, lower-case: "chỉ thị", "nghị quyết", "nghị định", "quyết định"…
    pub kind: String,
    /// Number as written ("12-CT/TW", "202/2025/QH15").
    pub number: String,
    /// The body that issued it, when named ("Ban Bí thư").
    #[serde(default)]
    pub issuer: Option<String>,
    /// Date of issue (ISO), when given.
    #[serde(default)]
    pub date: Option<String>,
    /// Where it is mentioned.
    #[serde(default)]
    pub mentions: Mentions,
}

impl LegalRef {
    /// A reference of `kind` ("chỉ thị") and `number` ("12-CT/TW"), written
    /// as "`kind` số `number`", with no issuer, date or mention.
    pub fn new(kind: &str, number: &str) -> LegalRef {
        LegalRef {
            text: format!("{kind} số {number}"),
            kind: kind.to_string(),
            number: number.to_string(),
            ..LegalRef::default()
        }
    }
}

/// A statement carrying figures: "Năm 2024, các thành viên trong Cụm đã vận
/// động 181 khoản viện trợ, với tổng giá trị trên 288 tỷ đồng."
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Fact {
    /// The sentence, as a span of the original text.
    pub span: Span,
    /// ISO value of the date that governs the statement.
    #[serde(default)]
    pub date: Option<String>,
    /// Who or what the statement is about: a named entity or the noun phrase
    /// before the verb ("các thành viên trong Cụm").
    #[serde(default)]
    pub subject: Option<String>,
    /// The verb that introduces the figures ("vận động").
    #[serde(default)]
    pub verb: Option<String>,
    /// The figures of the statement, in order, each with its one mention in
    /// the sentence.
    #[serde(default)]
    pub figures: Vec<Figure>,
}

impl Fact {
    /// A fact over the sentence at `span`, with no date, subject, verb or
    /// figure yet.
    pub fn new(span: Span) -> Fact {
        Fact { span, ..Fact::default() }
    }
}

/// One place an item is mentioned, and the rule that found it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Mention {
    /// Byte range into the original text (see
    /// [`Document::with_char_offsets`] for other units).
    pub span: Span,
    /// Id of the recogniser rule, e.g. `"person.title_before"`. The
    /// crate's rules are static names, borrowed rather than copied into
    /// every mention; a deserialised document owns its strings.
    pub rule: Cow<'static, str>,
}

impl Mention {
    /// A mention at `span` found by `rule` (a `&'static str` or a `String`).
    pub fn new(span: Span, rule: impl Into<Cow<'static, str>>) -> Mention {
        Mention { span, rule: rule.into() }
    }
}

/// The places an item is mentioned, in order of the text.
///
/// Most items are mentioned once (four in five lists in a crawl of real
/// news, and every figure of a fact), so the first mention is held inline
/// and only a second one allocates. It reads as a slice of [`Mention`]
/// (`len`, `iter`, indexing, `first`…), grows with `push` and `extend`,
/// and is written in JSON as a list.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Mentions(SmallVec<[Mention; 1]>);

impl Mentions {
    /// No mention.
    pub fn new() -> Mentions {
        Mentions(SmallVec::new())
    }

    /// The one mention `m` (no allocation).
    pub fn one(m: Mention) -> Mentions {
        Mentions(SmallVec::from_buf([m]))
    }

    /// Adds a mention at the end.
    pub fn push(&mut self, m: Mention) {
        self.0.push(m);
    }

    /// Removes every mention.
    pub fn clear(&mut self) {
        self.0.clear();
    }

    /// Moves every mention of `other` to the end of these, leaving `other` empty.
    pub fn append(&mut self, other: &mut Mentions) {
        self.0.extend(other.0.drain(..));
    }

    /// Keeps only the mentions for which `keep` is true.
    pub fn retain(&mut self, mut keep: impl FnMut(&Mention) -> bool) {
        self.0.retain(|m| keep(m));
    }

    /// Removes consecutive mentions with the same key, keeping the first.
    pub fn dedup_by_key<K: PartialEq>(&mut self, key: impl FnMut(&mut Mention) -> K) {
        self.0.dedup_by_key(key);
    }

    /// Shortens to the first `len` mentions.
    pub fn truncate(&mut self, len: usize) {
        self.0.truncate(len);
    }
}

impl std::ops::Deref for Mentions {
    type Target = [Mention];
    fn deref(&self) -> &[Mention] {
        &self.0
    }
}

impl std::ops::DerefMut for Mentions {
    fn deref_mut(&mut self) -> &mut [Mention] {
        &mut self.0
    }
}

impl From<Vec<Mention>> for Mentions {
    fn from(v: Vec<Mention>) -> Mentions {
        Mentions(SmallVec::from_vec(v))
    }
}

impl From<Mentions> for Vec<Mention> {
    fn from(m: Mentions) -> Vec<Mention> {
        m.0.into_vec()
    }
}

impl FromIterator<Mention> for Mentions {
    fn from_iter<I: IntoIterator<Item = Mention>>(iter: I) -> Mentions {
        Mentions(iter.into_iter().collect())
    }
}

impl Extend<Mention> for Mentions {
    fn extend<I: IntoIterator<Item = Mention>>(&mut self, iter: I) {
        self.0.extend(iter);
    }
}

impl IntoIterator for Mentions {
    type Item = Mention;
    type IntoIter = smallvec::IntoIter<[Mention; 1]>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'m> IntoIterator for &'m Mentions {
    type Item = &'m Mention;
    type IntoIter = std::slice::Iter<'m, Mention>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<'m> IntoIterator for &'m mut Mentions {
    type Item = &'m mut Mention;
    type IntoIter = std::slice::IterMut<'m, Mention>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter_mut()
    }
}

/// A named human being.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Person {
    /// Fullest form of the name in the text ("Lâm Văn Mẫn").
    pub name: String,
    /// "ông", "bà", "anh", "chị", "đồng chí", as used in the text.
    #[serde(default)]
    pub honorific: Option<String>,
    /// Gender, where the honorific tells it.
    #[serde(default)]
    pub gender: Option<Gender>,
    /// Every role the text gives the person.
    #[serde(default)]
    pub titles: Vec<Title>,
    /// Academic prefixes (GS., PGS.TS., TS., ThS.), never part of the name.
    #[serde(default)]
    pub degrees: Vec<String>,
    /// Where the person is mentioned.
    #[serde(default)]
    pub mentions: Mentions,
}

impl Person {
    /// A person named `name`, with no honorific, title or mention.
    pub fn new(name: &str) -> Person {
        Person { name: name.to_string(), ..Person::default() }
    }
}

/// Gender told by an honorific.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Gender {
    /// ông, anh.
    Male,
    /// bà, chị.
    Female,
}

/// A role held by a person, and the body it is held in.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Title {
    /// The position word(s): "Chủ tịch", "Phó Bí thư", "Đại tá".
    pub role: String,
    /// The body, as written ("Tỉnh ủy Sóc Trăng"), or `None`.
    #[serde(default)]
    pub organisation: Option<String>,
}

impl Title {
    /// The role `role`, held in `organisation` when given.
    pub fn new(role: &str, organisation: Option<&str>) -> Title {
        Title { role: role.to_string(), organisation: organisation.map(String::from) }
    }
}

/// A named body: party, state, association, company, school, press…
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Organisation {
    /// Fullest name in the text.
    pub name: String,
    /// Acronym given in brackets or known from data ("VUFO", "UBND").
    #[serde(default)]
    pub acronym: Option<String>,
    /// Other spellings of the same body in the text.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Where the body is mentioned.
    #[serde(default)]
    pub mentions: Mentions,
}

impl Organisation {
    /// A body named `name`, with no acronym, alias or mention.
    pub fn new(name: &str) -> Organisation {
        Organisation { name: name.to_string(), ..Organisation::default() }
    }
}

/// A province-level unit of Vietnam.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Province {
    /// Canonical name without "tỉnh"/"thành phố" ("Hồ Chí Minh").
    pub name: String,
    /// Province (tỉnh) or centrally governed city (thành phố).
    pub kind: ProvinceKind,
    /// GSO code ("94").
    pub gso_code: String,
    /// The 63 units before 2025-07-01, or the 34 from that date.
    pub era: Era,
    /// For a pre-2025 unit: the 2025 unit it was merged into on 2025-07-01,
    /// when that unit has another name ("Sóc Trăng" → "Cần Thơ").
    #[serde(default)]
    pub merged_into: Option<String>,
    /// Where the province is mentioned.
    #[serde(default)]
    pub mentions: Mentions,
}

impl From<&ProvinceRecord> for Province {
    /// The unit of a record, with no mention.
    fn from(r: &ProvinceRecord) -> Province {
        Province {
            name: r.name.clone(),
            kind: r.kind,
            gso_code: r.gso_code.clone(),
            era: r.era,
            merged_into: r.merged_into.as_ref().filter(|m| **m != r.name).cloned(),
            mentions: Mentions::new(),
        }
    }
}

/// A date or period resolved to an ISO value.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DateMention {
    /// The first expression as written ("Chiều 3/11").
    #[serde(default)]
    pub text: String,
    /// ISO value: "2024-11-20", "2024-11", "2024", "--08-01" (no year known),
    /// or a range "A/B".
    pub value: String,
    /// "sáng", "chiều", "tối", "trưa", "đêm", when the text says it.
    #[serde(default)]
    pub part_of_day: Option<String>,
    /// Clock time "HH:MM" or "HH:MM:SS", when the text gives one.
    #[serde(default)]
    pub time: Option<String>,
    /// Where the date is mentioned.
    #[serde(default)]
    pub mentions: Mentions,
}

impl DateMention {
    /// The date `value` (ISO) written as `text`, with no mention.
    pub fn new(text: &str, value: &str) -> DateMention {
        DateMention { text: text.to_string(), value: value.to_string(), ..DateMention::default() }
    }
}

/// A quantity with its unit or counted noun.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Figure {
    /// The expression as written ("trên 288 tỷ đồng").
    #[serde(default)]
    pub text: String,
    /// The value in base units (288000000000 for "288 tỷ đồng").
    pub value: f64,
    /// "VND", "USD", "%", "km", "độ C", or the counted noun ("khoản viện trợ").
    pub unit: String,
    /// What the unit is: money, a percentage, a count of things, a measure.
    pub kind: FigureKind,
    /// Upper end of a range.
    #[serde(default)]
    pub value_max: Option<f64>,
    /// Qualifier: over, under, about, range.
    #[serde(default)]
    pub qualifier: Option<Qualifier>,
    /// Where the figure is mentioned.
    #[serde(default)]
    pub mentions: Mentions,
}

impl Figure {
    /// `value` `unit` of `kind` written as `text`, with no qualifier or mention.
    pub fn new(text: &str, value: f64, unit: &str, kind: FigureKind) -> Figure {
        Figure { text: text.to_string(), value, unit: unit.to_string(), kind, ..Figure::default() }
    }
}

/// What a figure's unit is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum FigureKind {
    /// A sum of money; the unit is a currency code ("VND", "USD").
    Money,
    /// A percentage; the unit is "%".
    Percent,
    /// A number of things; the unit is the counted noun ("khoản viện trợ",
    /// "căn nhà"), which also holds durations and ages ("năm", "tuổi").
    #[default]
    Count,
    /// A physical measure; the unit is its symbol ("km", "ha", "độ C").
    Measure,
}

/// How a figure's value is qualified.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Qualifier {
    /// trên, hơn.
    Over,
    /// dưới.
    Under,
    /// khoảng, gần, chừng.
    About,
    /// A range; `value_max` holds the upper end.
    Range,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_in_chars_and_utf16() {
        // "Hà" is 2 chars, 3 bytes; the emoji is 1 char, 2 UTF-16 units, 4 bytes.
        let text = "Hà 😀 Nội";
        let mut doc = Document::default();
        let mut p = Province::from(crate::lookup_province("Hà Nội").unwrap());
        p.mentions.push(Mention::new(Span::new(9, 14), "test"));
        doc.provinces.push(p);
        assert_eq!(&text[9..14], "Nội");
        let chars = doc.clone().with_char_offsets(text);
        assert_eq!(chars.provinces[0].mentions[0].span, Span::new(5, 8));
        let utf16 = doc.with_utf16_offsets(text);
        assert_eq!(utf16.provinces[0].mentions[0].span, Span::new(6, 9));
    }

    #[test]
    fn offsets_never_panic_on_foreign_spans() {
        let mut doc = Document::default();
        let mut f = Fact::new(Span::new(2, 400));
        f.figures.push(Figure::new("x", 1.0, "y", FigureKind::Count));
        doc.facts.push(f);
        let doc = doc.with_char_offsets("Hà");
        assert_eq!(doc.facts[0].span, Span::new(1, 2), "inside a char rounds down, past the end clamps");
    }

    #[test]
    fn mentions_hold_one_inline_and_read_as_a_list() {
        let a = Mention::new(Span::new(0, 2), "a");
        let b = Mention::new(Span::new(3, 5), "b");
        let one = Mentions::one(a.clone());
        assert!(!one.0.spilled(), "one mention allocates nothing");
        let mut two = one.clone();
        two.push(b.clone());
        assert_eq!((&two[..], two.len(), two.first()), (&[a.clone(), b.clone()][..], 2, Some(&a)));
        // JSON: a plain list, as a Vec<Mention> writes it, and read back.
        let json = serde_json::to_string(&two).unwrap();
        assert_eq!(json, serde_json::to_string(&vec![a.clone(), b.clone()]).unwrap());
        assert_eq!(serde_json::from_str::<Mentions>(&json).unwrap(), two);
        assert_eq!(serde_json::to_string(&Mentions::new()).unwrap(), "[]");
        // The list operations the resolvers use.
        let mut m: Mentions = vec![b.clone(), a.clone(), a.clone()].into();
        m.sort_by_key(|x| x.span.start);
        m.dedup_by_key(|x| x.span);
        assert_eq!(Vec::from(m.clone()), vec![a.clone(), b.clone()]);
        let mut other = Mentions::one(a.clone());
        m.append(&mut other);
        assert!(other.is_empty());
        m.retain(|x| x.rule == "a");
        assert_eq!(m.iter().map(|x| x.span.start).collect::<Vec<_>>(), [0, 0]);
        m.truncate(1);
        assert_eq!(m.into_iter().count(), 1);
    }
}
