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
use crate::tokenize::{Shape, Token, TokenKind};

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
///
/// The steps, at each token: a figure or date takes its tokens (and a
/// counted noun that goes on after it), a mark or symbol is one unit, a
/// run of capitalised words inside the sentence is a name, and any other
/// word is the longest entry of the fact phrases or the word list that
/// starts there; then words after an aspect word are marked predicates.
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
    let (first, end) = clause_reach(ctx, range, tokens, figures);
    let mut spans = Spans::new(figures, dates, date_base);
    let mut i = first;
    while i < ctx.tokens.len() && ctx.tokens[i].start() < end {
        let t = ctx.tokens[i];
        if let Some((kind, span_end)) = spans.at(t.start()) {
            i = push_span(ctx, out, i, kind, span_end, end, figures);
            continue;
        }
        i = match t.kind() {
            TokenKind::Word => {
                let cap = capitalised(t.shape());
                if cap && !after_opening(ctx, out) {
                    push_name(ctx, out, i, end, &spans)
                } else {
                    push_word(ctx, out, i, t, cap, &spans)
                }
            }
            TokenKind::Punct => push_token(out, Kind::Punct, i, t),
            _ => push_token(out, Kind::Other, i, t),
        };
    }
    mark_verbs_after_aspect(out);
}

/// The first token and the end (in bytes) of what is cut: only the reach
/// of a clause around the figures matters, so a run-on sentence (a page
/// without full stops) is cut to a window of [`WINDOW_BEFORE`] tokens
/// before its first figure and [`WINDOW_AFTER`] after its last.
fn clause_reach(
    ctx: &Ctx,
    range: std::ops::Range<usize>,
    tokens: std::ops::Range<usize>,
    figures: &[(usize, usize, FigureKind)],
) -> (usize, usize) {
    let mut first = tokens.start;
    let mut end = range.end;
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
            end = end.min(t.start());
        }
    }
    (first, end)
}

/// The figures and dates of the sentence as the cut meets them: the next
/// of each (both lists are sorted by start), and where the nearer starts.
struct Spans<'s> {
    figures: &'s [(usize, usize, FigureKind)],
    dates: &'s [DateHit],
    date_base: usize,
    fi: usize,
    di: usize,
    /// The start of the next figure or date: a token before it is in
    /// none, and moves neither index (an end is never before its start),
    /// so most tokens skip the two look-ups. When [`Spans::at`] finds
    /// none at a token, no figure or date starts after the token and
    /// before `from` (those passed ended before it, those ahead start at
    /// `from` or after): see [`Spans::starts_at`].
    from: usize,
}

impl<'s> Spans<'s> {
    fn new(figures: &'s [(usize, usize, FigureKind)], dates: &'s [DateHit], date_base: usize) -> Self {
        let mut spans = Spans { figures, dates, date_base, fi: 0, di: 0, from: 0 };
        spans.from = spans.next_start();
        spans
    }

    /// The start of the next figure or date.
    #[inline(always)]
    fn next_start(&self) -> usize {
        self.figures
            .get(self.fi)
            .map_or(usize::MAX, |f| f.0)
            .min(self.dates.get(self.di).map_or(usize::MAX, |d| d.start))
    }

    /// True when a figure or date starts at `pos`, a position after the
    /// token [`Spans::at`] last found none at (the words and names cut
    /// from there): before `from` none does, and the two lists are
    /// searched only from there on (most words and names end before it).
    #[inline(always)]
    fn starts_at(&self, pos: usize) -> bool {
        pos >= self.from && starts_span(pos, self.figures, self.dates)
    }

    /// The figure or date that starts at or before the token at `s` and
    /// takes it (a figure first), with its end.
    #[inline(always)]
    fn at(&mut self, s: usize) -> Option<(Kind, usize)> {
        if s < self.from {
            return None;
        }
        let (figures, dates) = (self.figures, self.dates);
        while self.fi < figures.len() && figures[self.fi].1 <= s {
            self.fi += 1;
        }
        while self.di < dates.len() && dates[self.di].end <= s {
            self.di += 1;
        }
        self.from = self.next_start();
        if self.fi < figures.len() && figures[self.fi].0 <= s {
            Some((Kind::Figure(self.fi), figures[self.fi].1))
        } else if self.di < dates.len() && dates[self.di].start <= s {
            Some((Kind::Date(self.date_base + self.di), dates[self.di].end))
        } else {
            None
        }
    }
}

/// A figure or date from token `i`: every token up to its `end` is its.
/// The counted noun goes on when its last word and the next make a word
/// ("Hai bàn" + "thắng" = "bàn thắng"): that word is a noun. Returns the
/// token after.
#[inline(always)]
fn push_span(
    ctx: &Ctx,
    out: &mut Vec<Unit>,
    mut i: usize,
    kind: Kind,
    end: usize,
    reach: usize,
    figures: &[(usize, usize, FigureKind)],
) -> usize {
    let fkind = match kind {
        Kind::Figure(f) => Some(figures[f].2),
        _ => None,
    };
    out.push(Unit { kind, class: Class::default(), start: ctx.tokens[i].start(), end, fkind });
    let last = i;
    while i < ctx.tokens.len() && ctx.tokens[i].start() < end {
        i += 1;
    }
    if fkind.is_some()
        && i > last
        && i < ctx.tokens.len()
        && ctx.tokens[i].start() < reach
        && ctx.shape(i) == Shape::Lower
        && ctx.is_word(i - 1, 2)
    {
        let t = ctx.tokens[i];
        out.push(Unit { kind: Kind::Word, class: Class::default(), start: t.start(), end: t.end(), fkind: None });
        i += 1;
    }
    i
}

/// Token `i` (`t`) alone as a unit of `kind` (a mark, or a number or symbol
/// that is neither figure nor date). Returns the token after.
#[inline(always)]
fn push_token(out: &mut Vec<Unit>, kind: Kind, i: usize, t: Token) -> usize {
    out.push(Unit { kind, class: Class::default(), start: t.start(), end: t.end(), fkind: None });
    i + 1
}

/// True when the unit before opens the sentence or a bracket or quotation
/// (nothing before it, or a mark other than "," "/" "&" "-"). A
/// capitalised word inside the sentence (not its first word, not after
/// an opening mark) is a name unless it opens a class entry that
/// continues in lower case.
#[inline(always)]
fn after_opening(ctx: &Ctx, out: &[Unit]) -> bool {
    out.last().is_none_or(|u| u.punct(ctx.text).is_some_and(|p| !matches!(p, "," | "/" | "&" | "-")))
}

/// A word written with a capital.
#[inline(always)]
fn capitalised(shape: Shape) -> bool {
    matches!(shape, Shape::Title | Shape::Upper | Shape::Mixed)
}

/// The name that starts at token `i`: capitalised words joined up to the
/// end of the reach, a figure or a date (`spans`, as at token `i`).
/// Returns the token after.
fn push_name(ctx: &Ctx, out: &mut Vec<Unit>, i: usize, reach: usize, spans: &Spans) -> usize {
    let mut j = i + 1;
    while j < ctx.tokens.len()
        && ctx.tokens[j].start() < reach
        && ctx.tokens[j].kind() == TokenKind::Word
        && ctx.joined(j - 1)
        && capitalised(ctx.shape(j))
        && !spans.starts_at(ctx.tokens[j].start())
    {
        j += 1;
    }
    out.push(Unit {
        kind: Kind::Name,
        class: Class::default(),
        start: ctx.tokens[i].start(),
        end: ctx.tokens[j - 1].end(),
        fkind: None,
    });
    j
}

/// The word that starts at token `i` (`t`; not a name; `cap` when written with
/// a capital): the longest entry of
/// the fact phrases or of the word list there, a classed entry on a tie,
/// never run into a figure or date; its classes are the entry's, the word
/// alone's when cut to one word, none for a word of the list (`spans`, as
/// at token `i`). Returns the token after.
#[inline(always)]
fn push_word(ctx: &Ctx, out: &mut Vec<Unit>, i: usize, t: Token, cap: bool, spans: &Spans) -> usize {
    let single = ctx.lex.fact.single(ctx.ids[i]);
    if alone(ctx, i, single, cap, out) {
        out.push(Unit { kind: Kind::Word, class: single, start: t.start(), end: t.end(), fkind: None });
        return i + 1;
    }
    // (Joined to the next from here on.)
    let ((n_class, class), n_word) = entries_at(ctx, i, single, cap, out);
    // The longer wins; on a tie the classed entry.
    let (n, class) = if n_class > 0 && n_class >= n_word { (n_class, class) } else { (n_word, Class::default()) };
    let n = before_span(ctx, i, n.max(1), spans);
    let class = if n == n_class {
        class
    } else if n == 1 {
        single
    } else {
        Class::default()
    };
    out.push(Unit { kind: Kind::Word, class, start: t.start(), end: ctx.tokens[i + n - 1].end(), fkind: None });
    i + n
}

/// True when the word at token `i` is a unit alone, as the walks of the
/// fact phrases and the word list would give it: not joined to the next
/// (no walk: see [`joined_to_next`]), or a word in no class that opens no
/// fact phrase, where no word of the list is asked for either (see
/// [`listed_word`]). Most words of a sentence; they skip the walks.
#[inline(always)]
fn alone(ctx: &Ctx, i: usize, single: Class, cap: bool, out: &[Unit]) -> bool {
    !joined_to_next(ctx, i)
        || (single == Class::default() && !cap && !ctx.feat(i).any(Feat::FACT_FIRST) && !after_aspect(out))
}

/// The longest fact phrase at token `i` (its words and classes; the word
/// alone's classes when none starts there, and 0 words when the word is
/// in no class either) and the words of the word list's entry there (1
/// when none, or when not asked), found on one walk of the trie that holds
/// both ([`crate::lexicon::Words::word_and_phrase`]), as the two tables'
/// walks found them ([`two_walks`], the test's reference). A word of the
/// list matters only against a classed entry ("thu nhập" is no "thu"), at
/// the start of a sentence ("Bí thư"), or after an aspect word ("đã di
/// cư"): elsewhere unclassed syllables are nouns alike. (After
/// [`alone`], a word joined to the next is always asked for.)
#[inline(always)]
fn entries_at(ctx: &Ctx, i: usize, single: Class, cap: bool, out: &[Unit]) -> ((usize, Class), usize) {
    let feat = ctx.feat(i);
    let (n_word, phrase) = ctx.lex.words.word_and_phrase(&ctx.ids, &ctx.gaps, i, feat);
    let (n_class, class) = match phrase {
        Some(p) => p,
        None if single != Class::default() => (1, single),
        None => (0, Class::default()),
    };
    let asked = n_class > 0 || cap || after_aspect(out) || feat.any(Feat::FACT_FIRST);
    ((n_class, class), if asked { n_word.max(1) } else { 1 })
}

/// What [`entries_at`] answers, by a walk of the fact phrases' own table
/// and one of a word list of `words` alone: the reference it is tested
/// against.
#[cfg(test)]
fn two_walks(
    ctx: &Ctx,
    words: &crate::lexicon::Phrases<()>,
    i: usize,
    single: Class,
    cap: bool,
    out: &[Unit],
) -> ((usize, Class), usize) {
    let (n_class, class) = match ctx.phrase_at(i, &ctx.lex.fact.phrases) {
        Some((n, e)) => (n, e.1),
        None if single != Class::default() => (1, single),
        None => (0, Class::default()),
    };
    let n_word = if n_class > 0 || cap || after_aspect(out) || ctx.feat(i).any(Feat::FACT_FIRST) {
        ctx.phrase_at(i, words).map_or(1, |(n, _)| n)
    } else {
        1
    };
    ((n_class, class), n_word)
}

/// The `n` words from token `i`, cut before a figure or date that starts
/// inside them (`spans`, as at token `i`): a word never runs into one.
#[inline(always)]
fn before_span(ctx: &Ctx, i: usize, mut n: usize, spans: &Spans) -> usize {
    while n > 1 && (1..n).any(|k| spans.starts_at(ctx.tokens[i + k].start())) {
        n -= 1;
    }
    n
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

    /// `Spans::starts_at` answers as `starts_span` at every position after
    /// one where `Spans::at` found none, over generated sorted lists of
    /// figures and dates (overlapping, nested, touching, sharing starts)
    /// walked position by position as the cut walks tokens.
    #[test]
    fn starts_at_as_the_search() {
        let mut next = crate::testing::draws(0x9E37_79B9_7F4A_7C15u64);
        let mut asked = 0;
        for _ in 0..300 {
            let mut figures: Vec<(usize, usize, FigureKind)> = (0..next(6))
                .map(|_| {
                    let s = next(80);
                    (s, s + 1 + next(6), FigureKind::Count)
                })
                .collect();
            figures.sort_by_key(|f| f.0);
            let mut dates: Vec<DateHit> = (0..next(6))
                .map(|_| {
                    let s = next(80);
                    DateHit {
                        start: s,
                        end: s + 1 + next(10),
                        value: Default::default(),
                        part_of_day: None,
                        time: None,
                        rule: "test",
                    }
                })
                .collect();
            dates.sort_by_key(|d| d.start);
            let mut spans = Spans::new(&figures, &dates, 0);
            let mut s = 0;
            while s < 100 {
                if let Some((_, end)) = spans.at(s) {
                    s = end.max(s + 1);
                    continue;
                }
                for pos in s + 1..110 {
                    assert_eq!(spans.starts_at(pos), starts_span(pos, &figures, &dates), "{s} {pos}");
                    asked += 1;
                }
                s += 1 + next(3);
            }
        }
        assert!(asked > 10_000, "{asked}");
    }

    /// One walk of the trie that holds the word list and the fact phrases
    /// answers as the two tables' walks ([`two_walks`], a table of the words
    /// alone standing for the word list's own): at every word token of the
    /// samples (in the folded lexicon, the samples folded), of every fact
    /// phrase and of every word of the list, each as a text, in both
    /// lexicons, written with or without a capital and after an aspect
    /// word or not. The word list's readers (`has`, `longest`, `contains`)
    /// answer as the words alone, and `Feat::WORD_FIRST` marks exactly
    /// the first words of words (no fact phrase's).
    #[test]
    fn one_walk_answers_as_two_walks() {
        use crate::lexicon::{Phrases, WordId};
        let default: &crate::lexicon::Lexicon = &crate::lexicon::DEFAULT;
        let mut samples = Vec::new();
        for e in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/data/samples")).unwrap() {
            let path = e.unwrap().path();
            if path.extension().is_some_and(|x| x == "txt") {
                samples.push(std::fs::read_to_string(path).unwrap());
            }
        }
        assert!(samples.len() >= 10);
        let aspect = Unit { kind: Kind::Word, class: Class::AUX, start: 0, end: 0, fkind: None };
        for (lex, plain) in [(default, false), (default.for_text(true), true)] {
            let mut vocab = lex.vocab.clone();
            let keys: Vec<(String, ())> = lex.words.iter().map(|(k, _)| (k.clone(), ())).collect();
            let alone = Phrases::new(keys, &mut vocab, Feat::WORD_FIRST);
            assert_eq!(vocab.len(), lex.vocab.len(), "every word of the list is in the lexicon's vocabulary");
            let first = |k: &str| crate::lexicon::phrases::ids_and_gaps(&lex.vocab, k).0[0];
            let firsts: std::collections::HashSet<WordId> = lex.words.iter().map(|(k, _)| first(k)).collect();
            for id in 0..lex.vocab.len() as WordId {
                assert_eq!(lex.vocab.feat(id).any(Feat::WORD_FIRST), firsts.contains(&id), "word {id}");
            }
            let mut texts: Vec<String> =
                if plain { samples.iter().map(|t| crate::normalize::fold(t)).collect() } else { samples.clone() };
            texts.extend(lex.fact.phrases.iter().map(|(k, _)| k.clone()));
            texts.extend(lex.words.iter().map(|(k, _)| k.clone()));
            let mut asked = 0;
            for text in &texts {
                let ctx = Ctx::with_plain(lex, text, plain);
                for i in (0..ctx.tokens.len()).filter(|&i| ctx.kind(i) == Some(TokenKind::Word)) {
                    let single = lex.fact.single(ctx.ids[i]);
                    for cap in [false, true] {
                        for out in [&[][..], &[aspect][..]] {
                            let one = entries_at(&ctx, i, single, cap, out);
                            assert_eq!(one, two_walks(&ctx, &alone, i, single, cap, out), "{text:?} {i}");
                        }
                    }
                    let (ids, gaps) = (&ctx.ids[..], &ctx.gaps[..]);
                    for n in 0..=4 {
                        assert_eq!(lex.words.has(ids, gaps, i, n), alone.has(ids, gaps, i, n), "{text:?} {i} {n}");
                    }
                    let longest = |p: Option<(usize, &str)>| p.map(|(n, k)| (n, k.to_string()));
                    let want = alone.longest(ids, gaps, i).map(|(n, e)| (n, e.0.as_str()));
                    assert_eq!(longest(lex.words.longest(ids, gaps, i)), longest(want), "{text:?} {i}");
                    asked += 1;
                }
            }
            assert!(asked > 50_000, "{asked}");
            for (k, _) in lex.fact.phrases.iter().chain(&[("x y".to_string(), Class::default())]) {
                assert_eq!(lex.words.contains(k), alone.contains(k), "{k:?}");
            }
            assert!(lex.words.iter().all(|(k, _)| lex.words.contains(k)));
        }
    }

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
                let word = whole.feat(0).any(lex.words.first_feat())
                    && lex.words.longest(&whole.ids, &whole.gaps, 0).is_some_and(|(n, _)| n >= 2);
                if whole.tokens.len() >= 2 && word {
                    assert!(joined_to_next(&whole, 0), "{key:?}");
                    entries += 1;
                }
            }
            assert!(entries > 1000);
        }
    }
}
