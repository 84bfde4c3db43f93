//! # viet-extract
//!
//! Reads Vietnamese text and returns what a reader would note down: **who**
//! (people, with honorifics and every title), **which bodies**
//! (organisations, with acronyms), **where** (Vietnam's provinces, before and
//! after the 2025 reorganisation), **when** (dates resolved to calendar
//! values) and **how much** (figures with units and counted nouns), as typed
//! structs that serialise with serde.
//!
//! ## Overview
//! The pipeline is normalise → tokenise → recognise → resolve → document:
//! [`normalise`] (NFC, tone placement, HTML leftovers, with an offset map),
//! [`tokenise`] (syllables, sentences, words), the recognisers (one per
//! entity kind), resolution (coreference, acronyms, calendar) and the
//! [`Document`]. Spans are always byte ranges into the caller's text
//! ([`Document::with_char_offsets`] converts them to code points).
//!
//! ## Examples
//! ```
//! use viet_extract::{Extractor, FigureKind};
//!
//! let text = "Chiều 3/11, Chủ tịch UBND tỉnh Sóc Trăng Trần Văn An cho biết năm 2024 \
//!             tỉnh đã vận động 181 khoản viện trợ, với tổng giá trị trên 288 tỷ đồng.";
//! let doc = Extractor::builder().published("2024-11-04").build().unwrap().extract(text);
//!
//! let person = &doc.people[0];
//! assert_eq!(person.name, "Trần Văn An");
//! assert_eq!(person.titles[0].role, "Chủ tịch");
//! assert_eq!(person.titles[0].organisation.as_deref(), Some("UBND tỉnh Sóc Trăng"));
//! assert_eq!(&text[person.mentions[0].span.range()], "Trần Văn An");
//!
//! assert_eq!(doc.provinces[0].name, "Sóc Trăng");
//! assert_eq!(doc.provinces[0].merged_into.as_deref(), Some("Cần Thơ"));
//! assert!(doc.dates.iter().any(|d| d.value == "2024-11-03"));
//! let money = doc.figures.iter().find(|f| f.kind == FigureKind::Money).unwrap();
//! assert_eq!((money.value, money.unit.as_str()), (288e9, "VND"));
//! ```
//!
//! ## The publication date
//! Dates without a year are resolved against the publication date: the
//! caller's ([`Extractor::extract_published`], then
//! [`ExtractorBuilder::published`]) wins over the page's own dateline; a
//! malformed one is an [`Error`]. See [`Extractor`](Extractor#the-publication-date).
//!
//! ## A contract that can grow
//! Output structs are `#[non_exhaustive]` (build them with their
//! constructors or `Default`), closed sets are enums ([`FigureKind`],
//! [`ProvinceKind`], [`Era`], [`Gender`], [`Qualifier`]), and in JSON every
//! field is always present (`null` or `[]` when absent). The JSON shape and
//! its changes are listed in `CHANGELOG.md`.
//!
//! ## Features
//! - `bench-internals`: `Extractor::stages`, each recogniser on its own,
//!   for the benches and `throughput --stages`. Not part of the stable API.
//!
//! ## Performance
//! Regexes and automata are built once per process; extraction is linear in
//! the input. `cargo run --release --example throughput` prints MB/s;
//! [`Extractor::extract_many`] uses every core.
//!
//! ## Panics
//! No input makes [`Extractor::extract`] panic.

#![deny(missing_docs)]

pub mod batch;
mod calendar;
mod data;
mod document;
mod error;
mod extractor;
mod lexicon;
mod normalize;
mod provinces;
mod recognize;
mod resolve;
mod scratch;
mod span;
#[cfg(test)]
mod testing;
mod tokenize;

pub mod normalise {
    //! Normalisation: NFC, tone-mark placement, HTML leftovers, dashes,
    //! quotes and white space, with a map back to the caller's original
    //! bytes; and accent folding.
    //!
    //! ```
    //! use viet_extract::normalise::{normalise, ToneStyle};
    //! let input = "Ủy ban&nbsp;tỉnh Thanh Hoá";
    //! let norm = normalise(input, ToneStyle::Traditional);
    //! assert_eq!(norm.as_str(), "Ủy ban tỉnh Thanh Hóa");
    //! let at = norm.as_str().find("Thanh").unwrap();
    //! let span = norm.to_original(at, norm.as_str().len());
    //! assert_eq!(&input[span.range()], "Thanh Hoá");
    //! assert_eq!(viet_extract::normalise::fold("Đắk Lắk"), "Dak Lak");
    //! ```
    pub use crate::normalize::{fold, normalize as normalise, NormalizedText as NormalisedText, ToneStyle};
}

pub mod tokenise {
    //! Tokenisation: syllable tokens, sentences and lexical words.
    //!
    //! Tokens are byte ranges into the text they were made from (usually the
    //! normalised text; map them back with
    //! [`NormalisedText::to_original`](crate::normalise::NormalisedText::to_original)).
    //!
    //! ```
    //! use viet_extract::tokenise::{tokenise, sentences, segment_words, TokenKind};
    //! let text = "TP.HCM có 2.500 người, xem https://a.vn.";
    //! let toks = tokenise(text);
    //! let kinds: Vec<_> = toks.iter().map(|t| (t.kind(), &text[t.range()])).collect();
    //! assert_eq!(kinds[4], (TokenKind::Number, "2.500"));
    //! assert!(kinds.iter().any(|k| *k == (TokenKind::Url, "https://a.vn")));
    //! assert_eq!(sentences(text, &toks).len(), 1);
    //!
    //! let text = "Liên hiệp các tổ chức hữu nghị";
    //! let words: Vec<&str> = segment_words(text).into_iter().map(|r| &text[r]).collect();
    //! assert_eq!(words, ["Liên hiệp", "các", "tổ chức", "hữu nghị"]);
    //! ```
    pub use crate::tokenize::{
        segment_words, segment_words_with, sentences, tokenize as tokenise, Shape, Token, TokenKind,
    };
}

pub use document::{
    DateMention, Document, Fact, Figure, FigureKind, Gender, LegalRef, Mention, Mentions, Organisation, Person,
    Province, Qualifier, Title,
};
pub use error::Error;
#[cfg(feature = "bench-internals")]
pub use extractor::Stages;
pub use extractor::{Extractor, ExtractorBuilder};
pub use normalise::ToneStyle;
pub use provinces::{lookup_province, lookup_province_in, provinces, Era, ProvinceKind, ProvinceRecord};
pub use span::Span;

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

/// Internals stay out of the public API: each block must fail to compile.
///
/// ```compile_fail
/// use viet_extract::eval::Scores; // scoring is development code (tests/common/eval.rs)
/// ```
/// ```compile_fail
/// let _ = viet_extract::tokenise::tokenize_into;
/// ```
/// ```compile_fail
/// let _ = viet_extract::normalise::fold_char('a');
/// ```
/// ```compile_fail
/// let _ = viet_extract::normalize::normalize("a", viet_extract::ToneStyle::Traditional); // spelt normalise
/// ```
/// ```compile_fail
/// // Output structs are non-exhaustive: build them with `Person::new`.
/// let _ = viet_extract::Person { name: String::new(), honorific: None, gender: None,
///     titles: vec![], degrees: vec![], mentions: vec![] };
/// ```
#[cfg(doctest)]
pub struct InternalsArePrivate;

/// Without the `bench-internals` feature, the per-stage hooks do not exist.
///
/// ```compile_fail
/// let _ = viet_extract::Extractor::stages;
/// ```
#[cfg(all(doctest, not(feature = "bench-internals")))]
pub struct StagesNeedTheFeature;
