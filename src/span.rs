//! Byte ranges into the caller's original text.

use serde::{Deserialize, Serialize};

/// A byte range `start..end` into the text given to
/// [`Extractor::extract`](crate::Extractor::extract).
///
/// Both ends always lie on `char` boundaries of that text, also when the
/// extractor worked on a normalised copy (NFC, tone placement, HTML removed).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First byte of the mention.
    pub start: usize,
    /// One past the last byte of the mention.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (swapped if given in the wrong order).
    pub fn new(start: usize, end: usize) -> Span {
        if start <= end {
            Span { start, end }
        } else {
            Span { start: end, end: start }
        }
    }

    /// The span as a `Range`, for slicing: `&text[span.range()]`.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
}
