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
//! [`normalize`] (NFC, tone placement, HTML leftovers, with an offset map),
//! [`tokenize`] (syllables, sentences, words), the recognisers (one per
//! entity kind), resolution (coreference, acronyms, calendar) and the
//! [`Document`]. Spans are always byte ranges into the caller's text.
//!
//! ## Examples
//! ```
//! use viet_extract::Extractor;
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
//! assert_eq!(doc.provinces[0].part_of.as_deref(), Some("Cần Thơ"));
//! assert!(doc.dates.iter().any(|d| d.value == "2024-11-03"));
//! let money = doc.figures.iter().find(|f| f.unit == "VND").unwrap();
//! assert_eq!(money.value, 288e9);
//! ```
//!
//! ## Performance
//! Regexes and automata are built once per process; extraction is linear in
//! the input. `cargo run --release --example throughput` prints MB/s.
//!
//! ## Panics
//! No input makes [`Extractor::extract`] panic.

#![deny(missing_docs)]

pub mod batch;
mod calendar;
mod data;
mod document;
mod error;
pub mod eval;
mod extractor;
mod lexicon;
pub mod normalize;
mod recognize;
mod resolve;
mod span;
pub mod tokenize;

pub use data::{lookup_province, provinces, ProvinceRecord};
pub use document::{
    DateMention, Document, Fact, Figure, Gender, LegalRef, Mention, Organisation, Person, Province, Qualifier,
    Quantity, Title,
};
pub use error::Error;
pub use extractor::{Extractor, ExtractorBuilder, Stages};
pub use normalize::ToneStyle;
pub use span::Span;

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
