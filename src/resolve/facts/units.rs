//! A sentence cut into units for the fact finder: figures and dates as
//! found by their recognisers, runs of capitalised words (names), words of
//! the fact lexicon with their classes (longest entry, "bắt quả tang"),
//! other words of the word list ("doanh thu"), single syllables and
//! punctuation. Clause analysis then walks units, not characters.

use crate::document::FigureKind;
use crate::lexicon::facts::Class;
use crate::lexicon::{Feat, Gap};
use crate::recognize::dates::DateHit;
use crate::recognize::Ctx;
use crate::tokenize::{Shape, TokenKind};

/// What a unit is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    /// A word or fixed phrase; its classes are in [`Unit::class`] (none for
    /// a noun or a word the lexicon does not class).
    Word,
    /// A run of capitalised words inside the sentence.
    Name,
    /// The figure of that index (in the sentence's list).
    Figure(usize),
    /// The date of that index (in the document's sorted list).
    Date(usize),
    /// A punctuation mark.
    Punct,
    /// A number or symbol that is neither figure nor date.
    Other,
}

/// One unit: kind, classes and byte range in the normalised text.
#[derive(Clone, Copy, Debug)]
pub(super) struct Unit {
    pub kind: Kind,
    pub class: Class,
    pub start: usize,
    pub end: usize,
    /// For a figure: what it measures.
    pub fkind: Option<FigureKind>,
}

impl Unit {
    /// True for a word with any class of `c`.
    pub fn is(&self, c: Class) -> bool {
        matches!(self.kind, Kind::Word) && self.class.any(c)
    }

    /// True for a predicate (a word of the verb list).
    pub fn is_verb(&self) -> bool {
        self.is(Class::VERB)
    }

    /// True for a word, name or other thing that can sit inside a noun
    /// phrase.
    pub fn is_nominal(&self) -> bool {
        matches!(self.kind, Kind::Word | Kind::Name | Kind::Other | Kind::Date(_))
    }

    /// The punctuation mark, if this is one.
    pub fn punct<'t>(&self, text: &'t str) -> Option<&'t str> {
        matches!(self.kind, Kind::Punct).then(|| &text[self.start..self.end])
    }
}

/// Tokens kept before the first figure and after the last one.
const WINDOW_BEFORE: usize = 48;
const WINDOW_AFTER: usize = 16;

/// Cuts the tokens of `range` (the tokens `tokens`, of which the last may
/// be followed by spaces in `range`) into units, in `out` (cleared first: one
/// buffer serves every sentence). `figures` ((start, end, kind)) and
/// `dates` are sorted by start; a figure's index is its position in
/// `figures`, a date's is `date_base` + its position in `dates`. (Never
/// inlined: once per sentence, and inlined in `facts` it made the whole
/// loop slower.)
#[inline(never)]
pub(super) fn units(
    ctx: &Ctx,
    range: std::ops::Range<usize>,
    tokens: std::ops::Range<usize>,
    figures: &[(usize, usize, FigureKind)],
    dates: &[DateHit],
    date_base: usize,
    out: &mut Vec<Unit>,
) {
    out.clear();
    // Only the reach of a clause around the figures matters: a run-on
    // sentence (a page without full stops) is cut to a window.
    let mut first = tokens.start;
    let mut range = range;
    if let (Some(f), Some(l)) = (figures.first(), figures.last()) {
        // The first token at or after a position: looked for among the
        // sentence's tokens when the position is inside it.
        let from = |pos: usize| {
            let upto = if pos <= range.end { tokens.end } else { ctx.tokens.len() };
            tokens.start + ctx.tokens[tokens.start..upto].partition_point(|t| t.start() < pos)
        };
        let (ff, lf) = (from(f.0), from(l.1));
        first = first.max(ff.saturating_sub(WINDOW_BEFORE));
        if let Some(t) = ctx.tokens.get(lf + WINDOW_AFTER) {
            range.end = range.end.min(t.start());
        }
    }
    let (mut fi, mut di) = (0, 0);
    // The start of the next figure or date (both lists are sorted by
    // start): a token before it is in none, and moves neither index (an end
    // is never before its start), so most tokens skip the two look-ups.
    let next_span = |fi: usize, di: usize| {
        figures.get(fi).map_or(usize::MAX, |f| f.0).min(dates.get(di).map_or(usize::MAX, |d| d.start))
    };
    let mut span_from = next_span(fi, di);
    let mut i = first;
    while i < ctx.tokens.len() && ctx.tokens[i].start() < range.end {
        let t = ctx.tokens[i];
        let s = t.start();
        // A figure or date that starts at or before this token takes every
        // token up to its end.
        let span = if s < span_from {
            None
        } else {
            while fi < figures.len() && figures[fi].1 <= s {
                fi += 1;
            }
            while di < dates.len() && dates[di].end <= s {
                di += 1;
            }
            span_from = next_span(fi, di);
            if fi < figures.len() && figures[fi].0 <= s {
                Some((Kind::Figure(fi), figures[fi].1))
            } else if di < dates.len() && dates[di].start <= s {
                Some((Kind::Date(date_base + di), dates[di].end))
            } else {
                None
            }
        };
        if let Some((kind, end)) = span {
            let fkind = match kind {
                Kind::Figure(f) => Some(figures[f].2),
                _ => None,
            };
            out.push(Unit { kind, class: Class::default(), start: s, end, fkind });
            let last = i;
            while i < ctx.tokens.len() && ctx.tokens[i].start() < end {
                i += 1;
            }
            // The counted noun goes on when its last word and the next make a
            // word ("Hai bàn" + "thắng" = "bàn thắng"): that word is a noun.
            if fkind.is_some()
                && i > last
                && i < ctx.tokens.len()
                && ctx.tokens[i].start() < range.end
                && ctx.shape(i) == Shape::Lower
                && ctx.is_word(i - 1, 2)
            {
                let t = ctx.tokens[i];
                out.push(Unit {
                    kind: Kind::Word,
                    class: Class::default(),
                    start: t.start(),
                    end: t.end(),
                    fkind: None,
                });
                i += 1;
            }
            continue;
        }
        match t.kind() {
            TokenKind::Word => {}
            TokenKind::Punct => {
                out.push(Unit { kind: Kind::Punct, class: Class::default(), start: s, end: t.end(), fkind: None });
                i += 1;
                continue;
            }
            _ => {
                out.push(Unit { kind: Kind::Other, class: Class::default(), start: s, end: t.end(), fkind: None });
                i += 1;
                continue;
            }
        }
        // A capitalised word inside the sentence (not its first word, not
        // after an opening mark) is a name unless it opens a class entry
        // that continues in lower case.
        let cap = matches!(t.shape(), Shape::Title | Shape::Upper | Shape::Mixed);
        // (Looked at only for a capitalised word.)
        let opens =
            || out.last().is_none_or(|u| u.punct(ctx.text).is_some_and(|p| !matches!(p, "," | "/" | "&" | "-")));
        if cap && !opens() {
            let mut j = i + 1;
            while j < ctx.tokens.len()
                && ctx.tokens[j].start() < range.end
                && ctx.tokens[j].kind() == TokenKind::Word
                && ctx.joined(j - 1)
                && matches!(ctx.shape(j), Shape::Title | Shape::Upper | Shape::Mixed)
                && !starts_span(ctx.tokens[j].start(), figures, dates)
            {
                j += 1;
            }
            out.push(Unit {
                kind: Kind::Name,
                class: Class::default(),
                start: s,
                end: ctx.tokens[j - 1].end(),
                fkind: None,
            });
            i = j;
            continue;
        }
        let single = ctx.lex.fact.single(ctx.ids[i]);
        // Entries of several words, asked only when the token is joined
        // to the next (see `joined_to_next`).
        let several = joined_to_next(ctx, i);
        // The word alone, as the walks below would give it: not joined to
        // the next (no walk), or a word in no class that opens no fact
        // phrase, where no word of the list is asked for either (see
        // `n_word`). Most words of a sentence; they skip the choice below.
        if !several || (single == Class::default() && !cap && !ctx.feat(i).any(Feat::FACT_FIRST) && !after_aspect(out))
        {
            out.push(Unit { kind: Kind::Word, class: single, start: s, end: t.end(), fkind: None });
            i += 1;
            continue;
        }
        // (Joined to the next from here on.)
        let (n_class, class) = match ctx.phrase_at(i, &ctx.lex.fact.phrases) {
            Some((n, e)) => (n, e.1),
            None if single != Class::default() => (1, single),
            None => (0, Class::default()),
        };
        // A word of the word list matters only against a classed entry
        // ("thu nhập" is no "thu"), at the start of a sentence ("Bí thư"),
        // or after an aspect word ("đã di cư"): elsewhere unclassed
        // syllables are nouns alike.
        let n_word = if n_class > 0 || cap || after_aspect(out) || ctx.feat(i).any(Feat::FACT_FIRST) {
            ctx.phrase_at(i, &ctx.lex.words).map_or(1, |(n, _)| n)
        } else {
            1
        };
        // The longer wins; on a tie the classed entry.
        let (n, class) = if n_class > 0 && n_class >= n_word { (n_class, class) } else { (n_word, Class::default()) };
        let mut n = n.max(1);
        // Never run into a figure or date.
        while n > 1 && (1..n).any(|k| starts_span(ctx.tokens[i + k].start(), figures, dates)) {
            n -= 1;
        }
        let class = if n == n_class {
            class
        } else if n == 1 {
            single
        } else {
            Class::default()
        };
        out.push(Unit { kind: Kind::Word, class, start: s, end: ctx.tokens[i + n - 1].end(), fkind: None });
        i += n;
    }
    mark_verbs_after_aspect(out);
}

/// True when the last unit is an aspect, negation or passive word.
fn after_aspect(out: &[Unit]) -> bool {
    out.last().is_some_and(|u| u.is(Class::AUX | Class::NEG | Class::PASS))
}

/// A word right after an aspect, passive or negation word is a predicate
/// even when the verb list does not hold it: "đã tháo chạy", "sẽ ở lại".
fn mark_verbs_after_aspect(u: &mut [Unit]) {
    let marker = Class::AUX | Class::NEG | Class::PASS;
    let not_verb = Class::AUX
        | Class::NEG
        | Class::PASS
        | Class::QUAL
        | Class::CONJ
        | Class::PRON
        | Class::DEM
        | Class::SAY
        | Class::NPPREP
        | Class::ADV;
    for k in 1..u.len() {
        let (p, x) = (&u[k - 1], &u[k]);
        if p.is(marker)
            && !p.class.any(Class::ADV | Class::VERB)
            && matches!(x.kind, Kind::Word)
            && !x.class.any(not_verb)
        {
            u[k].class = u[k].class | Class::VERB;
        }
    }
}

/// True when token `i` is followed by a token it can share an entry of a
/// phrase table with: one space or nothing between them, and not a mark of
/// punctuation (no entry of the word list or of the fact phrases has one
/// as its second token: see the test). A walk (`Phrases::longest`) stops
/// at any other gap, so elsewhere it finds at most the one word `i`: the
/// word list's answer is then 1, as when it finds nothing, and the fact
/// phrases (several words each) find nothing. Words before a comma or a
/// full stop skip both walks.
fn joined_to_next(ctx: &Ctx, i: usize) -> bool {
    matches!(ctx.gaps.get(i + 1), Some(Gap::Space | Gap::Glued)) && ctx.kind(i + 1) != Some(TokenKind::Punct)
}

/// True when a figure or date starts at `pos`.
fn starts_span(pos: usize, figures: &[(usize, usize, FigureKind)], dates: &[DateHit]) -> bool {
    figures.binary_search_by_key(&pos, |f| f.0).is_ok() || dates.binary_search_by_key(&pos, |d| d.start).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `joined_to_next` skips the walks of the fact phrases and of the word
    /// list before punctuation or any gap but a space or a join: every
    /// entry of the fact phrases spans several tokens, no entry of either
    /// has punctuation as its second token, and the first word alone
    /// (before a full stop) finds no fact phrase, in both lexicons.
    #[test]
    fn phrases_need_the_next_token() {
        let default: &crate::lexicon::Lexicon = &crate::lexicon::DEFAULT;
        for (lex, plain) in [(default, false), (default.for_text(true), true)] {
            let mut entries = 0;
            for (key, _) in lex.fact.phrases.iter() {
                let whole = Ctx::with_plain(lex, key, plain);
                assert!(whole.tokens.len() >= 2, "{key:?}");
                assert_eq!(whole.phrase_at(0, &lex.fact.phrases).map(|(n, _)| n), Some(whole.tokens.len()), "{key:?}");
                assert!(joined_to_next(&whole, 0), "{key:?}");
                let first = format!("{}.", whole.tok(0));
                let alone = Ctx::with_plain(lex, &first, plain);
                assert!(!joined_to_next(&alone, 0), "{key:?}");
                assert!(alone.phrase_at(0, &lex.fact.phrases).is_none(), "{key:?}");
                entries += 1;
            }
            for (key, _) in lex.words.iter() {
                let whole = Ctx::with_plain(lex, key, plain);
                if whole.tokens.len() >= 2 && whole.phrase_at(0, &lex.words).is_some_and(|(n, _)| n >= 2) {
                    assert!(joined_to_next(&whole, 0), "{key:?}");
                    entries += 1;
                }
            }
            assert!(entries > 1000);
        }
    }
}
