//! Resolution: merging mentions into one item per entity (people, bodies,
//! provinces, dates, figures), coreference of short forms and acronyms, and
//! the publication date. The output is the [`Document`](crate::Document).

mod entities;
mod facts;
mod organisations;
mod people;
pub(crate) mod published;

pub(crate) use entities::build;
use entities::{Acronyms, Spans};

/// True when `w` (any case) is a Vietnamese syllable, a given name or a
/// surname the tables know.
pub(super) fn syllable(ctx: &crate::recognize::Ctx, w: &str) -> bool {
    let vocab = &ctx.lex.vocab;
    // (Lower-cased on the stack: a syllable is a few bytes; a longer word
    // is none.)
    let mut buf = [0u8; 24];
    let Some(lower) = buf.get_mut(..w.len()) else { return false };
    for (b, c) in lower.iter_mut().zip(w.bytes()) {
        *b = c.to_ascii_lowercase();
    }
    let f = vocab.feat(vocab.get_bytes(lower));
    f.any(crate::lexicon::Feat::WORD_FIRST | crate::lexicon::Feat::GIVEN | crate::lexicon::Feat::SURNAME)
}
