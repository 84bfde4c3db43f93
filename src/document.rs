//! The typed result of an extraction: [`Document`] and its items.
//!
//! Field names and value forms follow the gold format of the project
//! (`SCHEMA.md`), so a gold line and the crate's JSON output compare field by
//! field. Every item carries its mentions: byte spans into the caller's
//! original text, each with the id of the rule that found it.

use crate::Span;
use serde::{Deserialize, Serialize};

/// Everything the extractor found in one text.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Publication date (`YYYY-MM-DD`), from the builder or the text's dateline.
    pub published: Option<String>,
    /// People, one per human, with honorific and every title.
    pub people: Vec<Person>,
    /// Named bodies, one per body, with acronym and spelling variants.
    pub organisations: Vec<Organisation>,
    /// Province-level units of Vietnam, old (before 2025-07-01) or new.
    pub provinces: Vec<Province>,
    /// Date expressions resolved to ISO values, one per distinct value.
    pub dates: Vec<DateMention>,
    /// Quantities with a unit or a counted noun, one per distinct quantity.
    pub figures: Vec<Figure>,
    /// References to legal and party documents ("Chỉ thị số 12-CT/TW").
    #[serde(default)]
    pub documents: Vec<LegalRef>,
    /// Statements that carry figures: when, who, what was done, how much.
    #[serde(default)]
    pub facts: Vec<Fact>,
}

impl Document {
    /// Every span the document reports (mentions of people, bodies,
    /// provinces, dates, figures and documents, and the span of each fact),
    /// for callers that highlight or check them.
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
            .chain(self.documents.iter().flat_map(|o| mentions(&o.mentions)))
            .chain(self.facts.iter().map(|f| f.span))
    }
}

/// A reference to a legal or party document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LegalRef {
    /// The reference as written ("Chỉ thị số 12-CT/TW ngày 5/1/2022 của Ban Bí thư").
    pub text: String,
    /// Kind of document, lower-case: "chỉ thị", "nghị quyết", "nghị định", "quyết định"…
    pub kind: String,
    /// Number as written ("12-CT/TW", "202/2025/QH15").
    pub number: String,
    /// The body that issued it, when named ("Ban Bí thư").
    pub issuer: Option<String>,
    /// Date of issue (ISO), when given.
    pub date: Option<String>,
    /// Where it is mentioned.
    #[serde(default)]
    pub mentions: Vec<Mention>,
}

/// A statement carrying figures: "Năm 2024, các thành viên trong Cụm đã vận
/// động 181 khoản viện trợ, với tổng giá trị trên 288 tỷ đồng."
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    /// The sentence, as a span of the original text.
    pub span: Span,
    /// ISO value of the date that governs the statement.
    pub date: Option<String>,
    /// Who or what the statement is about: a named entity or the noun phrase
    /// before the verb ("các thành viên trong Cụm").
    pub subject: Option<String>,
    /// The verb that introduces the figures ("vận động").
    pub verb: Option<String>,
    /// The figures of the statement, in order.
    pub figures: Vec<Quantity>,
}

/// A figure's value and unit, without its mentions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// The expression as written.
    pub text: String,
    /// Value in base units.
    pub value: f64,
    /// Unit or counted noun.
    pub unit: String,
    /// Upper end of a range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_max: Option<f64>,
    /// Qualifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<Qualifier>,
}

/// One place an item is mentioned, and the rule that found it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// Byte range into the original text.
    pub span: Span,
    /// Id of the recogniser rule, e.g. `"person.title_before"`.
    pub rule: String,
}

impl Mention {
    pub(crate) fn new(span: Span, rule: &str) -> Mention {
        Mention { span, rule: rule.to_string() }
    }
}

/// A named human being.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Person {
    /// Fullest form of the name in the text ("Lâm Văn Mẫn").
    pub name: String,
    /// "ông", "bà", "anh", "chị", "đồng chí", as used in the text.
    pub honorific: Option<String>,
    /// Gender, where the honorific tells it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<Gender>,
    /// Every role the text gives the person.
    pub titles: Vec<Title>,
    /// Academic prefixes (GS., PGS.TS., TS., ThS.), never part of the name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub degrees: Vec<String>,
    /// Where the person is mentioned.
    #[serde(default)]
    pub mentions: Vec<Mention>,
}

/// Gender told by an honorific.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Gender {
    /// ông, anh.
    Male,
    /// bà, chị.
    Female,
}

/// A role held by a person, and the body it is held in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Title {
    /// The position word(s): "Chủ tịch", "Phó Bí thư", "Đại tá".
    pub role: String,
    /// The body, as written ("Tỉnh ủy Sóc Trăng"), or `None`.
    pub organisation: Option<String>,
}

/// A named body: party, state, association, company, school, press…
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Organisation {
    /// Fullest name in the text.
    pub name: String,
    /// Acronym given in brackets or known from data ("VUFO", "UBND").
    pub acronym: Option<String>,
    /// Other spellings of the same body in the text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Where the body is mentioned.
    #[serde(default)]
    pub mentions: Vec<Mention>,
}

/// A province-level unit of Vietnam.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Province {
    /// Canonical name without "tỉnh"/"thành phố" ("Hồ Chí Minh").
    pub name: String,
    /// "tỉnh" or "thành phố".
    pub kind: String,
    /// GSO code ("94").
    pub gso_code: String,
    /// `"pre2025"` (the 63 units) or `"2025"` (the 34 units from 2025-07-01).
    pub era: String,
    /// For a pre-2025 unit: the 2025 unit it is part of since 2025-07-01.
    pub part_of: Option<String>,
    /// Where the province is mentioned.
    #[serde(default)]
    pub mentions: Vec<Mention>,
}

/// A date or period resolved to an ISO value.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateMention {
    /// The first expression as written ("Chiều 3/11").
    pub text: String,
    /// ISO value: "2024-11-20", "2024-11", "2024", "--08-01" (no year known),
    /// or a range "A/B".
    pub value: String,
    /// "sáng", "chiều", "tối", "trưa", "đêm", when the text says it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_of_day: Option<String>,
    /// Clock time "HH:MM" or "HH:MM:SS", when the text gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    /// Where the date is mentioned.
    #[serde(default)]
    pub mentions: Vec<Mention>,
}

/// A quantity with its unit or counted noun.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// The expression as written ("trên 288 tỷ đồng").
    pub text: String,
    /// The value in base units (288000000000 for "288 tỷ đồng").
    pub value: f64,
    /// "VND", "USD", "%", "km", "độ C", or the counted noun ("khoản viện trợ").
    pub unit: String,
    /// Upper end of a range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_max: Option<f64>,
    /// Qualifier: over, under, about, range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<Qualifier>,
    /// Where the figure is mentioned.
    #[serde(default)]
    pub mentions: Vec<Mention>,
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
