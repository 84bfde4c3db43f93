//! What a subject stands for: a pronoun, a generic word ("đơn vị này",
//! "tỉnh") or a short form ("ông Tĩnh", "VIMC") is replaced by the entity it
//! refers to, as named in full in the document.

use crate::document::{Document, Gender};
use crate::Span;

/// The kind of a named entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum EntityKind {
    Person(Option<Gender>),
    Body,
    Province,
}

/// One mention of an entity: its span in the original text, its name.
#[derive(Clone, Copy, Debug)]
pub(super) struct Named<'d> {
    pub span: Span,
    pub name: &'d str,
    pub kind: EntityKind,
    /// Its place in the list before sorting: makes the sort key unique, so
    /// that an unstable sort (no scratch buffer) keeps the order of ties.
    seq: usize,
}

/// Every mention of a person, body or province, sorted by start.
pub(super) struct Entities<'d> {
    mentions: Vec<Named<'d>>,
}

impl<'d> Entities<'d> {
    pub fn new(doc: &'d Document) -> Entities<'d> {
        // Sized once: pushing one at a time would grow the list step by step.
        let count = doc.people.iter().map(|p| p.mentions.len()).sum::<usize>()
            + doc.organisations.iter().map(|o| o.mentions.len()).sum::<usize>()
            + doc.provinces.iter().map(|p| p.mentions.len()).sum::<usize>();
        let mut mentions: Vec<Named> = Vec::with_capacity(count);
        // Pushed by plain loops, each numbered as it goes in (people, then
        // bodies, then provinces): no chain of adapters, no second pass to
        // number them.
        let mut push = |span: Span, name: &'d str, kind: EntityKind| {
            let seq = mentions.len();
            mentions.push(Named { span, name, kind, seq });
        };
        for p in &doc.people {
            for m in p.mentions.iter() {
                push(m.span, &p.name, EntityKind::Person(p.gender));
            }
        }
        for o in &doc.organisations {
            for m in o.mentions.iter() {
                push(m.span, &o.name, EntityKind::Body);
            }
        }
        for p in &doc.provinces {
            for m in p.mentions.iter() {
                push(m.span, &p.name, EntityKind::Province);
            }
        }
        mentions.sort_unstable_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end), m.seq));
        Entities { mentions }
    }

    /// The longest mention inside `span` that ends where it ends.
    pub fn ending_at(&self, span: Span) -> Option<&Named<'d>> {
        let from = self.mentions.partition_point(|m| m.span.start < span.start);
        self.mentions[from..].iter().take_while(|m| m.span.start < span.end).find(|m| m.span.end == span.end)
    }

    /// The last mention ending at or before `pos` that `ok` accepts.
    pub fn last_before(&self, pos: usize, ok: impl Fn(&Named) -> bool) -> Option<&Named<'d>> {
        let upto = self.mentions.partition_point(|m| m.span.start < pos);
        // Mentions are few per document; a bounded look back keeps this cheap.
        self.mentions[..upto].iter().rev().take(64).find(|m| m.span.end <= pos && ok(m))
    }
}
