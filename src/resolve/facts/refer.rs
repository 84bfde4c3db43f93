//! What a subject stands for: a pronoun, a generic word ("đơn vị này",
//! "tỉnh") or a short form ("ông Tĩnh", "VIMC") is replaced by the entity it
//! refers to, as named in full in the document.

use crate::document::{Document, Gender};
use crate::provinces::ProvinceKind;
use crate::Span;

/// The kind of a named entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum EntityKind {
    Person(Option<Gender>),
    Body,
    /// A province or a centrally governed city: which of them, as "tỉnh"
    /// refers to the one and "thành phố" to the other.
    Province(ProvinceKind),
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

impl Named<'_> {
    /// The order of mentions: by start, the longer first, then as listed
    /// (people, bodies, provinces). Unique.
    fn key(&self) -> (usize, std::cmp::Reverse<usize>, usize) {
        (self.span.start, std::cmp::Reverse(self.span.end), self.seq)
    }
}

/// How many mentions [`Entities::last_before`] looks back over.
const LOOK_BACK: usize = 64;

/// Every mention of a person, body or province: sorted by
/// [`Named::key`] when there are more than [`LOOK_BACK`]; a list that
/// short is searched whole by each question instead (a document asks a
/// few, and most documents name fewer: the sort cost more than the
/// searches), with the answers the sorted list gives.
pub(super) struct Entities<'d> {
    mentions: Vec<Named<'d>>,
    sorted: bool,
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
                push(m.span, &p.name, EntityKind::Province(p.kind));
            }
        }
        let sorted = mentions.len() > LOOK_BACK;
        if sorted {
            mentions.sort_unstable_by_key(Named::key);
        }
        Entities { mentions, sorted }
    }

    /// The longest mention inside `span` that ends where it ends (the
    /// first in order).
    pub fn ending_at(&self, span: Span) -> Option<&Named<'d>> {
        let inside = |m: &&Named| m.span.start >= span.start && m.span.start < span.end && m.span.end == span.end;
        if !self.sorted {
            return self.mentions.iter().filter(inside).min_by_key(|m| m.key());
        }
        let from = self.mentions.partition_point(|m| m.span.start < span.start);
        self.mentions[from..].iter().take_while(|m| m.span.start < span.end).find(|m| m.span.end == span.end)
    }

    /// The last mention (in order) ending at or before `pos` that `ok`
    /// accepts, among the last [`LOOK_BACK`] that start before `pos`.
    pub fn last_before(&self, pos: usize, ok: impl Fn(&Named) -> bool) -> Option<&Named<'d>> {
        if !self.sorted {
            // At most `LOOK_BACK` mentions, so every one that starts
            // before `pos` is within the look back: the last accepted in
            // order, `ok` asked only of those that would come later.
            let mut last: Option<&Named<'d>> = None;
            for m in &self.mentions {
                if m.span.start < pos && m.span.end <= pos && last.is_none_or(|l| m.key() > l.key()) && ok(m) {
                    last = Some(m);
                }
            }
            return last;
        }
        let upto = self.mentions.partition_point(|m| m.span.start < pos);
        // Mentions are few per document; a bounded look back keeps this cheap.
        self.mentions[..upto].iter().rev().take(LOOK_BACK).find(|m| m.span.end <= pos && ok(m))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A list of at most [`LOOK_BACK`] mentions answers as the sorted
    /// list does: `ending_at` for every span and `last_before` for every
    /// position, under three tests of `ok`, over lists of generated
    /// mentions (overlapping, nested, repeated spans; every kind).
    #[test]
    fn short_lists_answer_as_sorted() {
        let names = ["An", "Bộ Y tế", "Hà Nội", "Anh Tuấn"];
        let kinds = [
            EntityKind::Person(None),
            EntityKind::Person(Some(Gender::Female)),
            EntityKind::Body,
            EntityKind::Province(ProvinceKind::Province),
        ];
        let mut next = crate::testing::draws(0x2545_F491_4F6C_DD1Du64);
        let oks: [&dyn Fn(&Named) -> bool; 3] =
            [&|_| true, &|m| m.kind == EntityKind::Body, &|m| m.name.starts_with('A')];
        let mut answered = 0;
        for round in 0..300 {
            let len = round % (LOOK_BACK + 1);
            let mentions: Vec<Named> = (0..len)
                .map(|seq| {
                    let start = next(60);
                    Named {
                        span: Span::new(start, start + 1 + next(8)),
                        name: names[next(4)],
                        kind: kinds[next(4)],
                        seq,
                    }
                })
                .collect();
            let mut sorted = mentions.clone();
            sorted.sort_unstable_by_key(Named::key);
            let (list, sorted) = (Entities { mentions, sorted: false }, Entities { mentions: sorted, sorted: true });
            let key = |m: Option<&Named>| m.map(Named::key);
            for start in 0..70 {
                for end in start..start + 10 {
                    let span = Span::new(start, end);
                    assert_eq!(key(list.ending_at(span)), key(sorted.ending_at(span)), "{span:?}");
                    answered += usize::from(list.ending_at(span).is_some());
                }
                for ok in oks {
                    assert_eq!(key(list.last_before(start, ok)), key(sorted.last_before(start, ok)), "{start}");
                    answered += usize::from(list.last_before(start, ok).is_some());
                }
            }
        }
        assert!(answered > 10_000, "{answered}");
    }
}
