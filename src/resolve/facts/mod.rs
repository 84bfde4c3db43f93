//! Facts: for every figure, who or what it is about (the subject), the
//! predicate that states it (the verb) and the date a reader attaches to
//! it. Figures of one clause that share all three make one fact.
//!
//! "Năm 2024, các thành viên trong Cụm đã vận động 181 khoản viện trợ" →
//! date 2024, subject "các thành viên trong Cụm", verb "vận động", figure
//! 181 "khoản viện trợ". How each part is found is in `docs/facts.md`:
//! [`units`] cuts a sentence into words with classes (`lex.fact`),
//! [`clause`] finds predicate and subject, [`refer`] replaces pronouns and
//! short forms by the entity they stand for, and the date comes from the
//! clause, the sentence, or a date that opens the paragraph.

mod clause;
mod refer;
mod units;

use crate::document::{Document, Fact, Figure, FigureKind, Gender, Mention, Mentions};
use crate::lexicon::facts::{Class, Refers, WordList};
use crate::normalize::{normalized, NormalizedText, ToneStyle};
use crate::recognize::dates::DateHit;
use crate::recognize::{floor_boundary, Ctx};
use crate::tokenize::each_sentence;
use clause::{Edge, Found, Stop};
use refer::{Entities, EntityKind};
use std::borrow::Cow;
use std::ops::Range;
use units::{Kind, Unit};

/// A figure in the normalised text with its value.
///
/// The document's figure it is a mention of is named by its index: the
/// figure a fact carries (this mention alone, with its own text) is built
/// only for the figures that end in a fact ([`FigureAt::take`]), where
/// every hit built one and the first of each figure was cloned into the
/// document.
pub(crate) struct FigureAt {
    pub start: usize,
    pub end: usize,
    /// The kind, from this mention's unit as written.
    pub kind: FigureKind,
    /// Index of the figure in the document's figures.
    pub index: usize,
    /// This mention's value and range end (the document's figure has the
    /// same up to the sign of a zero).
    pub value: f64,
    pub value_max: Option<f64>,
    /// This mention's unit when it is not written as the document's
    /// figure's (the figures merge units in any case): mostly `None`.
    pub unit: Option<String>,
    /// This mention.
    pub mention: Mention,
    /// Set once the figure moved into a fact: asked again, it answers an
    /// empty figure (as a figure moved out did).
    pub taken: bool,
}

impl FigureAt {
    /// The figure with its one mention here, as a fact carries it; an
    /// empty figure when it was taken already.
    fn take(&mut self, original: &str, figures: &[Figure]) -> Figure {
        let Some(of) = figures.get(self.index).filter(|_| !self.taken) else { return Figure::default() };
        self.taken = true;
        Figure {
            text: original[self.mention.span.range()].to_string(),
            value: self.value,
            kind: self.kind,
            unit: self.unit.clone().unwrap_or_else(|| of.unit.clone()),
            value_max: self.value_max,
            qualifier: of.qualifier,
            mentions: Mentions::one(self.mention.clone()),
        }
    }
}

/// Subject and verb of one figure, as unit ranges of its sentence or as
/// text taken from another figure.
///
/// The text borrows from the document where it can (a span of the
/// original text, an entity's name): most readings are compared with the
/// one before and dropped, and only a fact's first is copied into it.
#[derive(Clone, Debug, Default, PartialEq)]
struct Reading<'a> {
    subject: Option<Cow<'a, str>>,
    verb: Option<Cow<'a, str>>,
    /// The verb came from a bracketed figure ("X (chiếm 27%), Y (13%)").
    bracketed: bool,
}

/// A figure's reading: its unit in the sentence, subject and verb, and the
/// value of its date.
type Read<'a> = (usize, Reading<'a>, Option<&'a str>);

/// Everything the finder reads once per document.
struct Doc<'a> {
    ctx: &'a Ctx<'a>,
    norm: &'a NormalizedText<'a>,
    doc: &'a Document,
    /// Every mention of a named entity, built on first use.
    entities: std::cell::OnceCell<Entities<'a>>,
    published: Option<&'a str>,
}

/// The facts of a document: the sentences around its figures are read in
/// order, carrying from one to the next the dates that govern them (see
/// [`Dating`]); in each sentence with figures, every figure gets its
/// subject, verb and date, and figures that share all three make a fact.
pub(crate) fn facts(
    ctx: &Ctx,
    norm: &NormalizedText,
    dates: &[DateHit],
    mut figures: Vec<FigureAt>,
    doc: &Document,
) -> Vec<Fact> {
    // At most one fact per figure.
    let mut out = Vec::with_capacity(figures.len());
    if figures.is_empty() {
        return out;
    }
    // The recogniser lists figures in order: sorted (with a stable sort's
    // scratch buffer) only if not.
    if !figures.is_sorted_by_key(|f| f.start) {
        figures.sort_by_key(|f| f.start);
    }
    let dates = dates_in_order(dates);
    let dates = &dates[..];
    let usable: Vec<DateUse> =
        dates.iter().map(|d| DateUse { usable: statement_date(ctx, d), len: d.value.len() }).collect();
    let d = Doc { ctx, norm, doc, entities: std::cell::OnceCell::new(), published: doc.published.as_deref() };
    let mut dating = Dating::new(ctx, dates, &usable, doc.published.as_deref());
    let mut walk = Walk::default();
    let mut buffers = SentenceBuffers::default();
    for (n, (range, tokens)) in sentences_near_figures(ctx, &figures) {
        let (skipped, s) = walk.next_sentence(ctx, dates, &figures, n, range, tokens);
        dating.pass_dates_between(skipped);
        dating.end_event_at_another_day(&s);
        let governing = dating.governing(&s);
        if !s.figures.is_empty() {
            read_sentence(&d, &dating, governing, &s, &mut figures, &mut buffers, &mut out);
        }
        dating.after_sentence(&s);
    }
    out
}

/// The dates in order of start: the recogniser lists them so, and a
/// sorted copy is made only if not.
fn dates_in_order(dates: &[DateHit]) -> Cow<'_, [DateHit]> {
    if dates.is_sorted_by_key(|d| d.start) {
        Cow::Borrowed(dates)
    } else {
        let mut sorted = dates.to_vec();
        sorted.sort_by_key(|d| d.start);
        Cow::Owned(sorted)
    }
}

/// The sentences read for facts, each with its number (sentences of
/// different windows are numbered apart, never within reach of each
/// other), its byte range and its tokens. Only the stretch of text around
/// figures is cut into sentences (a page scraped without line breaks is
/// one long paragraph); the dates elsewhere only carry a date of
/// statistics or the last full date.
fn sentences_near_figures(ctx: &Ctx, figures: &[FigureAt]) -> Vec<SentenceAt> {
    // Sized for two sentences per figure (a figure's window spans a few
    // sentences, and figures of one sentence share them): growing from
    // empty took three or four reallocations per article.
    let mut sentence_ranges = Vec::with_capacity(2 * figures.len());
    let mut base = 0;
    for (lo, hi) in merge_overlapping(figure_windows(ctx, figures)) {
        let from = sentence_ranges.len();
        for r in each_sentence(ctx.text, &ctx.tokens[lo..hi]).with_gaps(&ctx.gaps[lo..hi]) {
            bounded(ctx, lo + r.start..lo + r.end, |piece| {
                // Sentences of different windows are never within reach of each other.
                sentence_ranges.push((base + sentence_ranges.len() - from, piece));
            });
        }
        base += sentence_ranges.len() - from + GOVERNS_SENTENCES + 1;
    }
    sentence_ranges
}

/// The window of tokens around each figure (in order), within its line:
/// [`SENTENCE_WINDOW_BEFORE`] tokens before it and
/// [`SENTENCE_WINDOW_AFTER`] after.
fn figure_windows<'f>(ctx: &'f Ctx, figures: &'f [FigureAt]) -> impl Iterator<Item = (usize, usize)> + 'f {
    // Figures come in order: each token is looked for from the previous
    // figure's, and a line's tokens once for all its figures.
    // (The line of a figure on the same line as the one before is that
    // line: no search of the line starts.)
    let (mut k, mut line_tokens): (usize, Option<(Range<usize>, usize, usize)>) = (0, None);
    figures.iter().map(move |f| {
        k = token_from_after(ctx, f.start, k);
        let (first, after) = match &line_tokens {
            Some((line, first, after)) if on_line(line, f.start) => (*first, *after),
            _ => {
                let line = ctx.line_at(f.start);
                let (first, after) = (ctx.token_from(line.start), ctx.token_from(line.end + 1));
                line_tokens = Some((line, first, after));
                (first, after)
            }
        };
        let lo = k.saturating_sub(SENTENCE_WINDOW_BEFORE).max(first);
        let hi = (k + SENTENCE_WINDOW_AFTER).min(after);
        (lo, hi)
    })
}

/// A sentence to read: its number, its byte range and its tokens.
type SentenceAt = (usize, (Range<usize>, Range<usize>));

/// One sentence as the finder reads it: its number, byte range and
/// tokens, the start of its paragraph, and its own dates and figures (as
/// ranges of the document's sorted lists).
struct Sentence {
    n: usize,
    range: Range<usize>,
    tokens: Range<usize>,
    para: usize,
    dates: Range<usize>,
    figures: Range<usize>,
}

/// Where the walk over sentences is: the dates and figures before the
/// next sentence, and the line of the last one.
#[derive(Default)]
struct Walk {
    seen_dates: usize,
    seen_figures: usize,
    /// The line of the last sentence: the next one is mostly on it.
    line: Range<usize>,
}

impl Walk {
    /// The sentence `n` at `range` (tokens `tokens`), and the dates passed
    /// since the last one (those of paragraphs with no figure near). Sentences
    /// come in order and do not overlap: the dates and figures before this
    /// one are those before the last one's end and a few after it, counted
    /// on from there.
    fn next_sentence(
        &mut self,
        ctx: &Ctx,
        dates: &[DateHit],
        figures: &[FigureAt],
        n: usize,
        range: Range<usize>,
        tokens: Range<usize>,
    ) -> (Range<usize>, Sentence) {
        let da = self.seen_dates + dates[self.seen_dates..].iter().take_while(|x| x.start < range.start).count();
        let skipped = self.seen_dates..da;
        if !on_line(&self.line, range.start) || self.line.is_empty() {
            self.line = ctx.line_at(range.start);
        }
        let para = self.line.start;
        let within = |s: usize| s >= range.start && s < range.end;
        let fa = self.seen_figures + figures[self.seen_figures..].iter().take_while(|f| f.start < range.start).count();
        let fb = fa + figures[fa..].iter().take_while(|f| within(f.start)).count();
        let db = da + dates[da..].iter().take_while(|x| within(x.start)).count();
        (self.seen_dates, self.seen_figures) = (db, fb);
        (skipped, Sentence { n, range, tokens, para, dates: da..db, figures: fa..fb })
    }
}

/// The dates a reader carries from sentence to sentence: the date that
/// opened a sentence of the current paragraph (or a date of statistics,
/// which governs until another date), the last full date so far (for
/// "cùng ngày"), the lead's date for the headline and lead, and the day of
/// the event the article reports while it still governs.
struct Dating<'a> {
    ctx: &'a Ctx<'a>,
    dates: &'a [DateHit],
    usable: &'a [DateUse],
    lead: Option<(usize, usize)>,
    event: Option<Event>,
    event_on: bool,
    para_date: Option<Governing>,
    last_day: Option<usize>,
}

impl<'a> Dating<'a> {
    /// Before the first sentence: the lead's date and the event's day.
    fn new(ctx: &'a Ctx<'a>, dates: &'a [DateHit], usable: &'a [DateUse], published: Option<&str>) -> Self {
        let lead = lead_date(ctx, dates, usable);
        let event = event_date(ctx, dates, usable, published);
        Dating { ctx, dates, usable, lead, event, event_on: event.is_some(), para_date: None, last_day: None }
    }

    /// The dates of the paragraphs passed with no sentence read: a day
    /// other than the event's ends its reach, a date of statistics governs
    /// from there ("Tính đến 28/2, …"), and a full date is the last day.
    fn pass_dates_between(&mut self, skipped: Range<usize>) {
        let (ctx, dates, usable) = (self.ctx, self.dates, self.usable);
        for i in skipped {
            if usable[i].usable {
                self.event_on &= !(other_day(dates, self.event, i) && (usable[i].len >= 10 || frame(ctx, &dates[i])));
                if as_of(ctx, &dates[i]) {
                    self.para_date =
                        Some(Governing { para: ctx.line_at(dates[i].start).start, sentence: 0, date: i, as_of: true });
                } else if self.para_date.is_some_and(|g| g.as_of) {
                    self.para_date = None;
                }
                if usable[i].len == 10 {
                    self.last_day = Some(i);
                }
            }
        }
    }

    /// A sentence with a day of its own other than the event's reports
    /// something else: the event's day governs no more.
    fn end_event_at_another_day(&mut self, s: &Sentence) {
        let (ctx, dates, usable) = (self.ctx, self.dates, self.usable);
        self.event_on &= !s.dates.clone().any(|i| {
            usable[i].usable
                && other_day(dates, self.event, i)
                && (usable[i].len >= 10 || opens_sentence(ctx, s.range.start, s.tokens.start, dates[i].start))
        });
    }

    /// The date that governs the sentence: one that opened a sentence of
    /// its paragraph at most [`GOVERNS_SENTENCES`] before (or a date of
    /// statistics), else the lead's date for the headline and lead.
    fn governing(&self, s: &Sentence) -> Option<usize> {
        self.para_date
            .filter(|g| (g.para == s.para && s.n >= g.sentence && s.n - g.sentence <= GOVERNS_SENTENCES) || g.as_of)
            .map(|g| g.date)
            .or_else(|| self.lead.filter(|(end, _)| s.range.start < *end).map(|(_, i)| i))
    }

    /// The event's day for the figure at unit `a` of sentence `s` (units
    /// `u`), looked at only when the figure has no other date: for its own
    /// sentence, for every statement after an event of talk, else for what
    /// is reported as said (a verb of saying, a quotation, "Theo …"); never
    /// for an age, which describes a person whatever the day.
    fn event_day(&self, d: &Doc, u: &[Unit], a: usize, s: &Sentence) -> Option<usize> {
        let (ctx, range) = (self.ctx, &s.range);
        let e = self.event.filter(|_| self.event_on && !is_age(d, u, a))?;
        let own = range.start <= self.dates[e.date].start && self.dates[e.date].start < range.end;
        let said = || {
            let t = &ctx.text[range.clone()];
            u.iter().any(|x| x.is(Class::SAY))
                || t.contains('"')
                || t.contains('“')
                || t.contains('”')
                || ctx.lower[range.clone()].starts_with("theo ")
        };
        (e.talk || own || said()).then_some(e.date)
    }

    /// After sentence `s`: a date that opens it governs the rest of the
    /// paragraph (a date of statistics first); another date ends the
    /// reach of a date of statistics, a new paragraph that of a date that
    /// opened a sentence; its last full date is the last day.
    fn after_sentence(&mut self, s: &Sentence) {
        let (ctx, dates, usable) = (self.ctx, self.dates, self.usable);
        let (para, n) = (s.para, s.n);
        if let Some(i) = s.dates.clone().find(|&i| usable[i].usable && as_of(ctx, &dates[i])) {
            self.para_date = Some(Governing { para, sentence: n, date: i, as_of: true });
        } else if let Some(i) = s
            .dates
            .clone()
            .find(|&i| usable[i].usable && opens_sentence(ctx, s.range.start, s.tokens.start, dates[i].start))
        {
            self.para_date = Some(Governing { para, sentence: n, date: i, as_of: false });
        } else if s.dates.clone().any(|i| usable[i].usable) && self.para_date.is_some_and(|g| g.as_of) {
            // Another date ends the reach of a date of statistics.
            self.para_date = None;
        } else if self.para_date.is_some_and(|g| g.para != para && !g.as_of) {
            self.para_date = None;
        }
        if let Some(i) = s.dates.clone().rev().find(|&i| usable[i].usable && usable[i].len == 10) {
            self.last_day = Some(i);
        }
    }
}

/// Buffers reused from sentence to sentence: the sentence's figures, its
/// units, and the readings of its figures.
struct SentenceBuffers<'a> {
    fr: Vec<(usize, usize, FigureKind)>,
    u: Vec<Unit>,
    readings: Vec<Read<'a>>,
}

impl Default for SentenceBuffers<'_> {
    fn default() -> Self {
        SentenceBuffers { fr: Vec::new(), u: Vec::with_capacity(128), readings: Vec::new() }
    }
}

/// The facts of sentence `s`: cut into units, each figure read (subject,
/// verb and date, the sentence's `governing` date or the event's day when
/// it has none closer, or the publication date after "hôm nay"), then the
/// readings grouped into facts in `out`.
fn read_sentence<'a>(
    d: &Doc<'a>,
    dating: &Dating<'a>,
    governing: Option<usize>,
    s: &Sentence,
    figures: &mut [FigureAt],
    buffers: &mut SentenceBuffers<'a>,
    out: &mut Vec<Fact>,
) {
    let SentenceBuffers { fr, u, readings } = buffers;
    let (dates, usable) = (dating.dates, dating.usable);
    let (da, db) = (s.dates.start, s.dates.end);
    fr.clear();
    fr.extend(figures[s.figures.clone()].iter().map(|f| (f.start, f.end, f.kind)));
    units::units(d.ctx, s.range.clone(), s.tokens.clone(), fr, &dates[da..db], da, u);
    let u = &u[..];
    for (a, unit) in u.iter().enumerate() {
        if !matches!(unit.kind, Kind::Figure(_)) {
            continue;
        }
        let r = read(d, u, a, readings);
        let event_day = || dating.event_day(d, u, a, s);
        let date = date_for(u, a, usable, dating.last_day, || governing.or_else(event_day))
            .map(|i| dates[i].value.as_str())
            .or_else(|| u[..a].iter().any(|x| x.is(Class::TODAY)).then_some(d.published).flatten());
        readings.push((a, r, date));
    }
    push_facts(out, d, u, readings, &mut figures[s.figures.clone()], s.range.clone());
}

/// The most tokens a sentence is read in at once. A figure's subject,
/// verb and date are looked for back through its sentence, and the
/// figures before it in that sentence: a "sentence" of thousands of
/// figures with no full stop (a table scraped as one line) would make that
/// quadratic, so it is read in pieces, cut after a comma or semicolon where
/// there is one near the limit. News sentences are far shorter.
const MAX_SENTENCE_TOKENS: usize = 300;

/// The sentence of tokens `t0..t1` as it is, or in pieces of at most
/// [`MAX_SENTENCE_TOKENS`] tokens, each given to `out` as its byte range
/// and its range of tokens.
fn bounded(ctx: &Ctx, tokens: Range<usize>, mut out: impl FnMut((Range<usize>, Range<usize>))) {
    let (t0, t1) = (tokens.start, tokens.end);
    let r = ctx.tokens[t0].start()..ctx.tokens[t1 - 1].end();
    if t1 - t0 <= MAX_SENTENCE_TOKENS {
        return out((r, tokens));
    }
    let (mut start, mut k) = (r.start, t0);
    while t1 - k > MAX_SENTENCE_TOKENS {
        let limit = k + MAX_SENTENCE_TOKENS;
        // After the last comma or semicolon of the piece's last quarter.
        let cut = (limit - MAX_SENTENCE_TOKENS / 4..limit)
            .rev()
            .find(|&j| matches!(ctx.tok(j), "," | ";"))
            .map_or(limit, |j| j + 1);
        let end = ctx.tokens[cut].start();
        out((start..end, k..cut));
        (start, k) = (end, cut);
    }
    out((start..r.end, k..t1));
}

/// [`Ctx::token_from`] for a position at or after the start of token
/// `hint` (when not, the same search over all tokens): the tokens after
/// `hint` are probed 1, 2, 4, … apart, then searched between the last two
/// probes, so positions in order cost about the log of their distance.
fn token_from_after(ctx: &Ctx, pos: usize, hint: usize) -> usize {
    let tokens = &ctx.tokens[..];
    if hint > tokens.len() || (hint > 0 && tokens[hint - 1].start() >= pos) {
        return ctx.token_from(pos);
    }
    let (mut end, mut step) = (hint, 1);
    while end < tokens.len() && tokens[end].start() < pos {
        end = hint + step;
        step *= 2;
    }
    let end = end.min(tokens.len());
    hint + tokens[hint..end].partition_point(|t| t.start() < pos)
}

/// The windows `(lo, hi)`, given in order of `lo`, with those that overlap
/// or touch merged into one.
fn merge_overlapping(windows: impl Iterator<Item = (usize, usize)>) -> impl Iterator<Item = (usize, usize)> {
    let mut windows = windows.peekable();
    std::iter::from_fn(move || {
        let (lo, mut hi) = windows.next()?;
        while let Some(&(next_lo, next_hi)) = windows.peek() {
            if next_lo > hi {
                break;
            }
            hi = hi.max(next_hi);
            windows.next();
        }
        Some((lo, hi))
    })
}

/// How many sentences after it a date that opens a sentence governs: news
/// paragraphs scraped without their breaks run on for whole articles.
const GOVERNS_SENTENCES: usize = 3;

/// Tokens cut into sentences before and after each figure.
const SENTENCE_WINDOW_BEFORE: usize = 80;
const SENTENCE_WINDOW_AFTER: usize = 40;

/// A date that governs the sentences after it.
#[derive(Clone, Copy, Debug)]
struct Governing {
    /// Start of its paragraph, index of its sentence, index of the date.
    para: usize,
    sentence: usize,
    date: usize,
    /// A date of statistics ("tính đến 28/2").
    as_of: bool,
}

/// What the finder asks of a date again and again, read once per
/// document: whether it may be a statement's date, and the length of its
/// value (10 for one day, more for a range of days). (The value is text
/// behind a UTF-8 check: its length asked each time cost a check each.)
#[derive(Clone, Copy, Debug)]
struct DateUse {
    /// See [`statement_date`].
    usable: bool,
    /// Bytes of the date's value.
    len: usize,
}

/// The headline and the lead summarise the event the first dated paragraph
/// reports: when one of the first three lines opens with a full date, the
/// lines before it take that date. Returns (end of the lead, date index).
fn lead_date(ctx: &Ctx, dates: &[DateHit], usable: &[DateUse]) -> Option<(usize, usize)> {
    let third = ctx.line_range(2).end;
    let i = (0..dates.len()).take_while(|&i| dates[i].start < third).find(|&i| usable[i].usable)?;
    let d = &dates[i];
    let line = ctx.line_at(d.start);
    if usable[i].len != 10 || line.start == 0 {
        return None;
    }
    let (t0, t1) = (ctx.token_from(line.start), ctx.token_from(line.end + 1));
    let sentence = each_sentence(ctx.text, &ctx.tokens[t0..t1])
        .with_gaps(&ctx.gaps[t0..t1])
        .map(|r| ctx.tokens[t0 + r.start].start()..ctx.tokens[t0 + r.end - 1].end())
        .find(|s| s.start <= d.start && d.start < s.end)?;
    opens_sentence(ctx, sentence.start, ctx.token_from(sentence.start), d.start).then_some((line.start, i))
}

/// The day of the event the article reports: the first date of its lead
/// (the first four lines that are not empty, a dateline apart) when it is
/// a single day and not announced as a plan ("sẽ khai trương vào ngày
/// 15-10"). News writes the event once, in the lead ("Sáng 29/4, Công an
/// tỉnh … trao tặng …", "… diễn ra hôm nay (22/4)"), and reports it in the
/// paragraphs after with no date: what was said, counted or decided there
/// is of that day, until the text turns to another day.
fn event_date(ctx: &Ctx, dates: &[DateHit], usable: &[DateUse], published: Option<&str>) -> Option<Event> {
    let mut lines = 0;
    let mut n = 0;
    while lines < 4 {
        let line = ctx.line_range(n);
        if line.start >= ctx.text.len() || (n > 0 && line.start == 0) {
            return None;
        }
        n += 1;
        if ctx.text[line.clone()].trim().is_empty() {
            continue;
        }
        lines += 1;
        let (t0, t1) = (ctx.token_from(line.start), ctx.token_from(line.end + 1));
        let first = dates.partition_point(|d| d.start < line.start);
        // The first day, or a date that opens a sentence ("Năm 2020, …":
        // a frame, no event); a year inside a name or phrase ("Đại hội cổ
        // đông thường niên năm 2021", "V-League 2024/25") is neither.
        let Some(i) = (first..dates.len())
            .take_while(|&i| dates[i].start < line.end)
            .find(|&i| usable[i].usable && (usable[i].len >= 10 || frame(ctx, &dates[i])))
        else {
            continue;
        };
        let d = &dates[i];
        // A dateline ("Thứ Hai, 04/11/2024 - 06:40") is the publication.
        if t1 - t0 <= ctx.token_from(d.end) - ctx.token_from(d.start) + 5 {
            continue;
        }
        // The date's sentence (its first 400 bytes before and after it).
        // News: the week before the publication date (not a day of history
        // the lead recalls, nor one ahead). Without a publication date the
        // lead's day cannot be told from a day of history: no event.
        let day = crate::calendar::Ymd::parse(&d.value);
        let recent = match (day, published.and_then(crate::calendar::Ymd::parse)) {
            (Some(day), Some(p)) => (0..=EVENT_DAYS).contains(&(p.jdn() - day.jdn())),
            _ => false,
        };
        if !recent {
            return None;
        }
        // (The sentence is looked at only for a recent day: an old one is
        // no event whatever its words.)
        let start = sentence_start(ctx, line.start, d.start);
        if has_word(&ctx.lower[start..d.start], &ctx.lex.fact.future) {
            return None;
        }
        // An event of talk: the lead's sentence holds a verb of saying or a
        // word of talk.
        let reach = floor_boundary(ctx.text, (d.end + SENTENCE_BYTES).min(line.end));
        let end = ctx.text[d.end..reach].find(". ").map_or(reach, |p| d.end + p);
        let talk = has_word(&ctx.lower[start..end], &ctx.lex.fact.talk)
            || (ctx.token_from(start)..ctx.token_from(end)).any(|k| {
                let class =
                    ctx.phrase_at(k, &ctx.lex.fact.phrases).map_or(ctx.lex.fact.single(ctx.ids[k]), |(_, e)| e.1);
                class.any(Class::SAY)
            });
        return Some(Event { date: i, talk });
    }
    None
}

/// How many days before the publication date the lead's event may be.
const EVENT_DAYS: i64 = 7;

/// True when `text` holds one of `words` as whole words. (Each word's
/// finder first: most words are not there.)
fn has_word(text: &str, words: &WordList) -> bool {
    words.finders().any(|(w, f)| {
        // A word is never empty (see the lexicon's tests), so every
        // occurrence starts and ends on a char boundary.
        f.find_iter(text.as_bytes()).any(|p| crate::lexicon::facts::at_word_bounds(text, p, w.len()))
    })
}

/// True when `c` is its own lower case (`char::to_lowercase` gives `c`
/// alone). The standard library's table look-up cost some 300
/// instructions per char; the lower-case letters of Vietnamese (Latin-1,
/// "ă" "đ" "ĩ" "ũ" "ơ" "ư", and the odd code points of U+1EA0–U+1EFF) are
/// answered by ranges (test `lower_unchanged_as_to_lowercase` checks every
/// char).
fn lower_unchanged(c: char) -> bool {
    match u32::from(c) {
        0..=0x7F => !c.is_ascii_uppercase(),
        0xDF..=0xFF => true,
        // Latin Extended-A up to U+0137: capital and small letter in turn.
        0x100..=0x137 | 0x1EA0..=0x1EFF => u32::from(c) % 2 == 1,
        0x1A1 | 0x1B0 => true,
        _ => {
            let mut l = c.to_lowercase();
            l.next() == Some(c) && l.next().is_none()
        }
    }
}

/// The day of the event an article reports.
#[derive(Clone, Copy, Debug)]
struct Event {
    /// Index of its date.
    date: usize,
    /// An event of talk (a meeting, an interview): every statement after
    /// it is of that day; otherwise only what is reported as said.
    talk: bool,
}

/// True when the date opens its sentence as a time frame ("Năm 2020, …",
/// "Trong quý I/2021, …"): in its first four words, or set off by a comma
/// in its first ten ("Theo báo cáo, năm 2020, …"), not a year inside a name
/// ("Đại hội cổ đông thường niên năm 2024 diễn ra …").
fn frame(ctx: &Ctx, d: &DateHit) -> bool {
    let start = sentence_start(ctx, ctx.line_at(d.start).start, d.start);
    let (first, k) = (ctx.token_from(start), ctx.token_from(d.start));
    k - first <= 4 || (k - first <= 10 && ctx.text[d.end..].trim_start().starts_with(','))
}

/// How far a date's sentence is looked for around it, in bytes: a bound,
/// so that a page scraped as one long line costs no more per date.
const SENTENCE_BYTES: usize = 400;

/// The start of the sentence holding `at` in the line starting at `line`:
/// after the last full stop before it, within [`SENTENCE_BYTES`].
fn sentence_start(ctx: &Ctx, line: usize, at: usize) -> usize {
    let from = floor_boundary(ctx.text, at.saturating_sub(SENTENCE_BYTES)).max(line);
    ctx.text[from..at].rfind(". ").map_or(from, |p| from + p + 2)
}

/// True when date `i` is a date after the event's, other than its day.
/// Dates before it (a dateline, the headline) do not count.
fn other_day(dates: &[DateHit], event: Option<Event>, i: usize) -> bool {
    event.is_some_and(|e| i > e.date && dates[e.date].value != dates[i].value)
}

/// True when a date may be a statement's date: not a baseline ("so với
/// cuối năm 2020") nor a birth year ("sinh năm 1985", "SN 1955").
fn statement_date(ctx: &Ctx, d: &DateHit) -> bool {
    let words = &ctx.lex.fact.no_date_after;
    let own = &ctx.lower[d.start..d.end];
    // (Each list asked only when a word of it may start or end the text
    // by its first or last byte: most dates are after none.)
    if words.may_start(own) && words.iter().any(|w| starts_with_word(own, w)) {
        return false;
    }
    let before = trim_spaces_and_brackets(&ctx.lower[floor_boundary(&ctx.lower, d.start.saturating_sub(24))..d.start]);
    // The word right before, or the one before it ("so với cuối năm").
    // (By bytes: a space is ASCII.)
    let shorter = before.as_bytes().iter().rposition(|&b| b == b' ').map_or("", |p| &before[..p]);
    if (words.may_end(before) || words.may_end(shorter))
        && words.iter().any(|w| ends_with_word(before, w) || ends_with_word(shorter, w))
    {
        return false;
    }
    // A bare year right after a name is part of it ("VITM 2021", "(VITM) 2021").
    if own.len() != 4 || !own.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    let k = ctx.token_from(d.start);
    !(k > 0 && (ctx.is_cap(k - 1) || ctx.tok(k - 1) == ")"))
}

/// `s` without the spaces and opening brackets that end it: what
/// `trim_end_matches([' ', '('])` gives, by bytes (both are ASCII, and no
/// byte of a longer char is ASCII), without a char pattern's decoding.
fn trim_spaces_and_brackets(s: &str) -> &str {
    let keep = s.as_bytes().iter().rposition(|&b| b != b' ' && b != b'(').map_or(0, |p| p + 1);
    &s[..keep]
}

/// True when the date is the date figures are given at ("tính đến 28/2").
fn as_of(ctx: &Ctx, d: &DateHit) -> bool {
    let before = ctx.lower[floor_boundary(&ctx.lower, d.start.saturating_sub(20))..d.start].trim_end();
    let own = &ctx.lower[d.start..d.end];
    let words = &ctx.lex.fact.as_of;
    (words.may_end(before) || words.may_start(own))
        && words.iter().any(|w| ends_with_word(before, w) || starts_with_word(own, w))
}

/// True when `s` ends with `w` and nothing alphanumeric comes right before
/// it. The last bytes are compared first: most dates follow none of the
/// words looked for.
#[inline(always)]
fn ends_with_word(s: &str, w: &str) -> bool {
    if let (Some(a), Some(b)) = (s.as_bytes().last(), w.as_bytes().last()) {
        if a != b {
            return false;
        }
    }
    s.ends_with(w) && s[..s.len() - w.len()].chars().next_back().is_none_or(|c| !c.is_alphanumeric())
}

/// True when `s` starts with `w` followed by a space (first bytes first).
#[inline(always)]
fn starts_with_word(s: &str, w: &str) -> bool {
    if let (Some(a), Some(b)) = (s.as_bytes().first(), w.as_bytes().first()) {
        if a != b {
            return false;
        }
    }
    s.starts_with(w) && s[w.len()..].starts_with(' ')
}

/// True when the date at `at` opens the sentence starting at `start`: in
/// its first words, or before its first comma ("Trước đó, vào ngày 18/4, …").
/// `first` is the index of the token at `start`.
fn opens_sentence(ctx: &Ctx, start: usize, first: usize, at: usize) -> bool {
    let k = token_from_after(ctx, at, first);
    if k - first <= 4 {
        return true;
    }
    // At most two commas before it (counted only for a date in the first
    // ten words, and only up to the third).
    k - first <= 10 && memchr::memchr_iter(b',', &ctx.text.as_bytes()[start..at]).nth(2).is_none()
}

/// The date of the figure at unit `a`: a date of its sentence before it,
/// else one after it in its clause, else a word that refers back ("cùng
/// ngày") or to the publication date ("hôm nay"), else the date that
/// opened the paragraph. `None` rather than a guess.
fn date_for(
    u: &[Unit],
    a: usize,
    usable: &[DateUse],
    last_day: Option<usize>,
    governing: impl FnOnce() -> Option<usize>,
) -> Option<usize> {
    let date = |x: &Unit| match x.kind {
        Kind::Date(i) if usable[i].usable => Some(i),
        _ => None,
    };
    if let Some(i) = u[..a].iter().rev().find_map(date) {
        return Some(i);
    }
    for x in &u[a + 1..] {
        if x.kind == Kind::Punct {
            break;
        }
        if let Some(i) = date(x) {
            return Some(i);
        }
    }
    if u[..a].iter().any(|x| x.is(Class::SAME)) {
        return last_day;
    }
    governing()
}

/// True when `pos` is on `line` (a range from [`Ctx::line_at`]), its line
/// break included: then `line_at(pos)` is `line`.
fn on_line(line: &Range<usize>, pos: usize) -> bool {
    line.start <= pos && pos <= line.end
}

/// Subject and verb of the figure at unit `a`; `before` holds the readings
/// of the sentence's earlier figures.
fn read<'a>(d: &Doc<'a>, u: &[Unit], a: usize, before: &[Read<'a>]) -> Reading<'a> {
    read_at(d, u, a, before, 0)
}

/// [`read`] for the figure (or preposition) at unit `a`; `depth` bounds the
/// look back through prepositions. The steps: an age after a name, a
/// figure restated in brackets, the predicate before the figure; with no
/// predicate, what stopped the walk to its left says whose it is (the
/// first item of a list, a bracket, the figure before, a preposition, an
/// aspect word, or the clause's opening).
fn read_at<'a>(d: &Doc<'a>, u: &[Unit], a: usize, before: &[Read<'a>], depth: usize) -> Reading<'a> {
    if let Some(r) = age_after_name(d, u, a) {
        return r;
    }
    if let Some(r) = restated_in_brackets(d, u, a, before) {
        return r;
    }
    let (nouns, stop) = match clause::predicate_before(u, d.ctx.text, a, 0) {
        Found::Verb { first, last } => return subject_of(d, u, a, first, last, before),
        Found::None { nouns, stop } => (nouns, stop),
    };
    match stop {
        Stop::List(k) if nouns <= 3 => next_in_list(d, u, a, nouns, k, before),
        Stop::Bracket(k) if nouns == 0 => in_brackets(d, u, a, k, before),
        Stop::Figure(k) => after_figure(d, u, a, k, before),
        Stop::Prep(k) => after_preposition(d, u, k, before, depth),
        Stop::Boundary(k) if nouns == 0 && u[k].is(Class::AUX) && !u[k].class.any(Class::ADV) => {
            after_aspect_word(d, u, a)
        }
        Stop::Start => opening(d, u, a, nouns, 0, before),
        Stop::List(k) | Stop::Boundary(k) | Stop::Bracket(k) => opening(d, u, a, nouns, k + 1, before),
    }
}

/// "bệnh nhân Giàng Thị D. 7 ngày tuổi", "bà Siu H'Nhung, 58 tuổi": an
/// age right after a name is the person's, with no predicate.
fn age_after_name<'a>(d: &Doc<'a>, u: &[Unit], a: usize) -> Option<Reading<'a>> {
    if !is_age(d, u, a) {
        return None;
    }
    let text = d.ctx.text;
    let mut k = a;
    while k > 0 && matches!(u[k - 1].punct(text), Some("." | "," | "(")) {
        k -= 1;
    }
    if k > 0 && k + 2 >= a && u[k - 1].kind == Kind::Name {
        let subject = d.subject(u, k - 1, k).or_else(|| np_before(u, k).and_then(|(f, t)| d.subject(u, f, t)));
        return Some(Reading { subject, verb: None, bracketed: false });
    }
    None
}

/// "khoảng 32 km (20 dặm)", "5 tỷ USD (115.000 tỷ đồng)": a money or a
/// measure alone in brackets right after one restates it in another
/// unit; the same reading.
fn restated_in_brackets<'a>(d: &Doc<'a>, u: &[Unit], a: usize, before: &[Read<'a>]) -> Option<Reading<'a>> {
    let text = d.ctx.text;
    if a >= 2
        && u[a - 1].punct(text) == Some("(")
        && u.get(a + 1).is_some_and(|x| x.punct(text) == Some(")"))
        && matches!(u[a].fkind, Some(FigureKind::Money | FigureKind::Measure))
        && u[a - 2].fkind == u[a].fkind
    {
        if let Some((_, r, _)) = before.iter().find(|(b, _, _)| *b == a - 2) {
            return Some(Reading { bracketed: false, ..r.clone() });
        }
    }
    None
}

/// "2.203 khẩu súng; 24 bộ phận cò": a list (its mark at unit `k`) takes
/// the predicate of its first item, the nearest earlier figure of the same
/// kind (else of any kind) with only list items between.
fn next_in_list<'a>(d: &Doc<'a>, u: &[Unit], a: usize, nouns: usize, k: usize, before: &[Read<'a>]) -> Reading<'a> {
    let text = d.ctx.text;
    let same = before
        .iter()
        .rev()
        .find(|(b, _, _)| {
            *b < k && u[*b].fkind == u[a].fkind && (b + 1..k).all(|j| list_item(u, text, j) || u[j].fkind.is_some())
        })
        .or_else(|| before.iter().rev().find(|(b, _, _)| *b < k && (b + 1..k).all(|j| list_item(u, text, j))));
    match same {
        Some((_, r, _)) => Reading { bracketed: false, ..r.clone() },
        None => opening(d, u, a, nouns, k + 1, before),
    }
}

/// A figure right after an opening bracket (at unit `k`).
fn in_brackets<'a>(d: &Doc<'a>, u: &[Unit], a: usize, k: usize, before: &[Read<'a>]) -> Reading<'a> {
    match clause::predicate_before(u, d.ctx.text, k, 0) {
        // "chiếm tỷ trọng cao nhất (70,54%)": the figure restates the
        // predicate's object.
        Found::Verb { first, last } => subject_of(d, u, a, first, last, before),
        // "Vietcombank (chiếm 27,75%), BIDV (13,47%)": the noun phrase
        // before the bracket, and the verb of the list's first item.
        Found::None { .. } => {
            let subject = np_before(u, k).and_then(|(f, t)| d.subject(u, f, t));
            let prior = before.iter().rev().find(|(_, r, _)| r.bracketed).and_then(|(_, r, _)| r.verb.clone());
            Reading { subject, verb: prior, bracketed: false }
        }
    }
}

/// A figure with another figure (at unit `k`) before it in its clause and
/// no predicate between.
fn after_figure<'a>(d: &Doc<'a>, u: &[Unit], a: usize, k: usize, before: &[Read<'a>]) -> Reading<'a> {
    let has_prep = (k + 1..a).any(|j| u[j].is(Class::PREP));
    match before.iter().find(|(b, _, _)| *b == k).map(|(_, r, _)| r.clone()) {
        // "từ 6 tháng đến 5 năm": the two ends of one range.
        Some(r) if a == k + 2 && u[k + 1].is(Class::RANGE) => r,
        // "có 14 điểm sau 7 trận": a phrase of time or place in the
        // clause of the figure before; no predicate of its own.
        Some(r) if has_prep => Reading { subject: r.subject, verb: None, bracketed: false },
        // "1 ca uốn ván rốn 8 ngày tuổi": the figure describes the one before.
        _ => Reading { subject: d.subject(u, k, a), verb: None, bracketed: false },
    }
}

/// "chơi khá tốt với 2 trung vệ": a figure after a preposition (at unit
/// `k`) has no predicate of its own; the subject of the clause it is
/// attached to.
fn after_preposition<'a>(d: &Doc<'a>, u: &[Unit], k: usize, before: &[Read<'a>], depth: usize) -> Reading<'a> {
    let subject = if depth < 2 {
        read_at(d, u, k, before, depth + 1).subject
    } else {
        np_before(u, k).and_then(|(f, t)| d.subject(u, f, t))
    };
    // "Công ty có 200 công nhân, với tổng quỹ lương 3 tỷ đồng": the
    // subject last stated.
    let subject = subject.or_else(|| before.iter().rev().find_map(|(_, r, _)| r.subject.clone()));
    Reading { subject, verb: None, bracketed: false }
}

/// "Hải Dương đã 37 ngày không có ca mắc": an aspect word before the
/// figure; the subject is before it and the predicate after.
fn after_aspect_word<'a>(d: &Doc<'a>, u: &[Unit], a: usize) -> Reading<'a> {
    let text = d.ctx.text;
    let verb = clause::predicate_after(u, text, a, u.len()).map(|(_, f, l)| d.verb(u[f].start, u[l].end));
    let (f, t, _) = clause::subject_before(u, text, a, 0);
    let f = clause::trim_front(u, text, f, t);
    Reading { subject: d.subject(u, f, t), verb, bracketed: false }
}

/// A figure with no predicate before it in its clause. Right after the
/// clause boundary it may be the subject itself ("Khoảng 750 người đã
/// thiệt mạng"); after nouns it is their measure ("tỷ lệ nợ xấu 1,8%");
/// in a phrase of time before the clause ("Trong 7 ngày qua, toàn tỉnh …",
/// "Sáu phút sau, …") it belongs to that clause and has no verb.
fn opening<'a>(d: &Doc<'a>, u: &[Unit], a: usize, nouns: usize, from: usize, before: &[Read<'a>]) -> Reading<'a> {
    let text = d.ctx.text;
    let adverbial = nouns > 0 && (from..a).all(|j| u[j].is(Class::PREP) || u[j].is(Class::ADV));
    let after =
        u.get(a + 1).is_some_and(|x| x.is(Class::PREP)) && u.get(a + 2).is_some_and(|x| x.punct(text) == Some(","));
    if adverbial || (nouns == 0 && after) {
        let main = (a + 1..u.len()).find(|&j| clause::verb_at(u, j) && !u[j].class.any(Class::COPULA));
        let subject = main.and_then(|j| {
            let (f, t, _) = clause::subject_before(u, text, j, a + 1);
            let f = clause::trim_front(u, text, f, t);
            d.subject(u, f, t)
        });
        return Reading { subject, verb: None, bracketed: false };
    }
    if nouns == 0 {
        if let Some((np_end, first, last)) = clause::predicate_after(u, text, a, u.len()) {
            return Reading {
                subject: d.subject(u, a, np_end),
                verb: Some(d.verb(u[first].start, u[last].end)),
                bracketed: false,
            };
        }
        // "núi lửa nằm trong một khu vực hẻo lánh, khoảng 2,5 km từ đường
        // gần nhất": a measure set after the clause by a comma, with no
        // predicate nor noun of its own, belongs to that clause.
        let alone = u.get(a + 1).is_none_or(|x| x.kind == Kind::Punct || x.is(Class::PREP));
        if alone && from > 0 && u[from - 1].punct(text) == Some(",") && u[a].fkind == Some(FigureKind::Measure) {
            if let Found::Verb { first, last } = clause::predicate_before(u, text, from - 1, 0) {
                return subject_of(d, u, a, first, last, before);
            }
        }
        return Reading::default();
    }
    let from = clause::trim_front(u, text, from, a);
    Reading { subject: d.subject(u, from, a), verb: None, bracketed: false }
}

/// Subject and verb text of the predicate `first..=last`, following a
/// causative verb or a bracket to the statement's real subject. The
/// steps: the clause (predicate and subject, [`Clause::of`]), the same
/// quantity restated after a figure, the clause's own subject by how its
/// walk ended, else the subject it shares ([`no_subject_of_its_own`]).
fn subject_of<'a>(d: &Doc<'a>, u: &[Unit], a: usize, first: usize, last: usize, before: &[Read<'a>]) -> Reading<'a> {
    let c = Clause::of(u, d.ctx.text, first, last);
    let verb = Some(d.verb(u[c.vf].start, u[c.vl].end));
    let bracketed = matches!(c.edge, Edge::Bracket(_));
    let figure_before = c.figure_before(u);
    // "336.630 tỷ đồng (tương đương 16,03 tỷ USD)": the same quantity
    // again, about the same thing.
    if let Some(f) = figure_before.filter(|_| u[c.vf..=c.vl].iter().any(|x| x.is(Class::EQUIV))) {
        if let Some(subject) = subject_read(before, f) {
            return Reading { subject, verb, bracketed };
        }
    }
    let subject = own_subject(d, u, &c, figure_before, before).or_else(|| no_subject_of_its_own(d, u, a, &c, before));
    Reading { subject, verb, bracketed }
}

/// A predicate (units `vf..=vl`) and its subject (units `from..to`), with
/// how the subject walk ended.
struct Clause {
    vf: usize,
    vl: usize,
    from: usize,
    to: usize,
    edge: Edge,
}

impl Clause {
    /// The predicate `first..=last` and its subject; after a causative
    /// verb the statement is that verb's ("Bộ đội Biên phòng đã vận động
    /// đồng bào giao nộp 2.203 khẩu súng").
    fn of(u: &[Unit], text: &str, first: usize, last: usize) -> Clause {
        let (mut vf, mut vl) = (first, last);
        let (mut from, mut to, mut edge) = clause::subject_before(u, text, vf, 0);
        if let Edge::Causative(c) = edge {
            vl = c;
            vf = match clause::predicate_before(u, text, c + 1, 0) {
                Found::Verb { first, .. } => first,
                Found::None { .. } => c,
            };
            (from, to, edge) = clause::subject_before(u, text, vf, 0);
        }
        Clause { vf, vl, from, to, edge }
    }

    /// The figure right before the clause (before its bracket or comma),
    /// if any.
    fn figure_before(&self, u: &[Unit]) -> Option<usize> {
        let edge_at = match self.edge {
            Edge::Bracket(k) => Some(k),
            _ => (self.from == self.to && self.from > 0 && u[self.from - 1].kind == Kind::Punct).then(|| self.from - 1),
        };
        edge_at.filter(|&k| k > 0 && matches!(u[k - 1].kind, Kind::Figure(_))).map(|k| k - 1)
    }
}

/// The subject read for the earlier figure at unit `f`, if it was read.
fn subject_read<'a>(before: &[Read<'a>], f: usize) -> Option<Option<Cow<'a, str>>> {
    before.iter().find(|(b, _, _)| *b == f).map(|(_, r, _)| r.subject.clone())
}

/// The clause's own subject, by how its walk ended.
fn own_subject<'a>(
    d: &Doc<'a>,
    u: &[Unit],
    c: &Clause,
    figure_before: Option<usize>,
    before: &[Read<'a>],
) -> Option<Cow<'a, str>> {
    let text = d.ctx.text;
    match c.edge {
        Edge::Bracket(k) => match figure_before {
            // "hơn 13.000 m cầu bến (chiếm gần 25% …)": a count of things is
            // what the bracket is about; an amount ("42.590 tỷ đồng (giảm
            // 6,98%)") is about the subject of its own clause.
            Some(f) if u[f].fkind != Some(FigureKind::Count) => subject_read(before, f).flatten(),
            _ => np_before(u, k).and_then(|(f, t)| d.subject(u, f, t)),
        },
        Edge::Purpose(k) => {
            // "Người được tiêm sẽ ở lại để theo dõi 30 phút": the subject of
            // the clause the purpose belongs to.
            match (0..k).rev().find(|&j| u[j].is_verb()) {
                Some(j) => {
                    let (f, t, _) = clause::subject_before(u, text, j, 0);
                    let f = clause::trim_front(u, text, f, t);
                    d.subject(u, f, t)
                }
                None => None,
            }
        }
        _ => {
            let trimmed = clause::trim_front(u, text, c.from, c.to);
            d.subject(u, trimmed, c.to)
        }
    }
}

/// The subject of a clause with none of its own (a plain walk only): it
/// shares the one before it in the sentence ("VIMC nắm giữ …, có vốn góp
/// tại 15 công ty"). "Đến nay có gần 10 hãng taxi …": after an
/// existential "có" with no subject, what exists is the figure's noun
/// phrase.
fn no_subject_of_its_own<'a>(
    d: &Doc<'a>,
    u: &[Unit],
    a: usize,
    c: &Clause,
    before: &[Read<'a>],
) -> Option<Cow<'a, str>> {
    let text = d.ctx.text;
    if !matches!(c.edge, Edge::Plain) {
        return None;
    }
    let (vf, vl, from) = (c.vf, c.vl, c.from);
    let existential = vf == vl
        && u[vf].is(Class::EXIST)
        && !(from > 0 && (clause::is_list_word(&u[from - 1], text) || u[from - 1].punct(text) == Some(",")));
    if existential && a > vl && matches!(u[a].kind, Kind::Figure(_)) {
        let end = (a + 1..u.len())
            .find(|&j| !(u[j].kind == Kind::Name || (u[j].kind == Kind::Word && u[j].class == Class::default())))
            .unwrap_or(u.len());
        return d.subject(u, a, end);
    }
    before.iter().rev().find_map(|(_, r, _)| r.subject.clone()).or_else(|| shared_subject(d, u, from))
}

/// The subject of the clause before unit `from` when a clause has none of
/// its own: "Ngành Y tế sẽ sử dụng …, triển khai thành 2 giai đoạn". The
/// clause before runs back to the boundary before it; its subject is the
/// one of its first predicate.
fn shared_subject<'a>(d: &Doc<'a>, u: &[Unit], from: usize) -> Option<Cow<'a, str>> {
    let text = d.ctx.text;
    let mut end = from.checked_sub(1)?;
    for _ in 0..3 {
        let start = (0..end).rev().find(|&j| boundary(&u[j], text)).map_or(0, |j| j + 1);
        if let Some(first) = (start..end).find(|&j| clause::verb_at(u, j) && !u[j].class.any(Class::COPULA)) {
            let (f, t, _) = clause::subject_before(u, text, first, start);
            let f = clause::trim_front(u, text, f, t);
            if let Some(s) = d.subject(u, f, t) {
                return Some(s);
            }
        }
        end = start.checked_sub(1)?;
    }
    None
}

/// A clause boundary: a comma, semicolon, colon, or a conjunction.
fn boundary(x: &Unit, text: &str) -> bool {
    matches!(x.punct(text), Some("," | ";" | ":" | "(" | ")")) || (x.is(Class::CONJ | Class::SAY) && !x.is_verb())
}

/// True when the figure at unit `a` is an age ("7 ngày tuổi", "58 tuổi").
fn is_age(d: &Doc, u: &[Unit], a: usize) -> bool {
    // The word may have stayed outside the figure ("7 ngày" "tuổi").
    let end = if u.get(a + 1).is_some_and(|x| x.kind == Kind::Word && x.start == u[a].end + 1) {
        u[a + 1].end
    } else {
        u[a].end
    };
    let t = &d.ctx.lower[u[a].start..end];
    d.ctx.lex.fact.age_words.iter().any(|w| t.ends_with(w.as_str()))
}

/// True when unit `j` may stand between two items of a list of figures:
/// nouns, names, list marks.
fn list_item(u: &[Unit], text: &str, j: usize) -> bool {
    let x = &u[j];
    match x.kind {
        Kind::Name | Kind::Other | Kind::Date(_) => true,
        Kind::Punct => matches!(x.punct(text), Some("," | ";" | "/")),
        Kind::Word => {
            clause::is_list_word(x, text)
                || !(clause::verb_at(u, j)
                    || x.class.any(Class::AUX | Class::PASS | Class::SAY | Class::CONJ | Class::PREP))
        }
        Kind::Figure(_) => false,
    }
}

/// The noun phrase right before unit `k` ("nhóm ngân hàng TMCP Nhà nước"
/// before "(chiếm 43%)"): units back to a verb, preposition or boundary.
fn np_before(u: &[Unit], k: usize) -> Option<(usize, usize)> {
    let mut f = k;
    while f > 0 {
        let x = &u[f - 1];
        let ok = match x.kind {
            Kind::Figure(_) => {
                f -= 1;
                break;
            }
            Kind::Punct => false,
            Kind::Word => !x.class.any(Class::VERB | Class::PREP | Class::CONJ | Class::SAY | Class::AUX | Class::ADV),
            _ => true,
        };
        if !ok || k - f >= 12 {
            break;
        }
        f -= 1;
    }
    (f < k).then_some((f, k))
}

impl<'a> Doc<'a> {
    /// Every mention of a named entity.
    fn entities(&self) -> &Entities<'a> {
        self.entities.get_or_init(|| Entities::new(self.doc))
    }

    /// Original text of a normalised range.
    fn text(&self, s: usize, e: usize) -> &'a str {
        let sp = self.norm.to_original(s, e);
        &self.norm.original()[sp.range()]
    }

    /// The verb of the original text `s..e`, in lower case: borrowed when
    /// it is written so (as verbs mostly are).
    fn verb(&self, s: usize, e: usize) -> Cow<'a, str> {
        let t = self.text(s, e);
        if t.chars().all(lower_unchanged) {
            Cow::Borrowed(t)
        } else {
            Cow::Owned(t.to_lowercase())
        }
    }

    /// The subject of units `from..to`, with pronouns, generic words and
    /// short forms replaced by the entity they stand for. The steps: a
    /// pronoun alone, a demonstrative alone, a generic word
    /// ([`Doc::generic_word`]), a mention that ends the subject
    /// ([`Doc::named_end`]), else the text as written.
    fn subject(&self, u: &[Unit], from: usize, to: usize) -> Option<Cow<'a, str>> {
        if from >= to {
            return None;
        }
        let orig = self.norm.to_original(u[from].start, u[to - 1].end);
        let n = to - from;
        let first = &u[from];
        // A pronoun alone: the person named before it ("ông", "chị"); "tôi",
        // "bạn" stay as written.
        if n == 1 && first.is(Class::PRON) && !first.is(Class::FIRST) {
            return self.person_before(first, orig.start);
        }
        // A demonstrative alone ("Đây", "Đó") says nothing.
        if n == 1 && first.is(Class::DEM) {
            return None;
        }
        if let Some(found) = self.generic_word(u, from, to, orig.start) {
            return Some(found);
        }
        if let Some(name) = self.named_end(u, from, to, orig) {
            return Some(name);
        }
        let t = self.norm.original()[orig.range()].trim_matches([' ', ',', ';', ':', '(', ')', '"', '“', '”']);
        (!t.is_empty()).then_some(Cow::Borrowed(t))
    }

    /// The person named last before `at` (in the original text) that the
    /// pronoun `pron` may stand for: a man for "ông", "anh", "chú", a woman
    /// for "bà", "chị", "cô", anyone for the others.
    fn person_before(&self, pron: &Unit, at: usize) -> Option<Cow<'a, str>> {
        let want = match &self.ctx.lower[pron.start..pron.end] {
            "ông" | "anh" | "chú" => Some(Gender::Male),
            "bà" | "chị" | "cô" => Some(Gender::Female),
            _ => None,
        };
        self.entities()
            .last_before(at, |m| match m.kind {
                EntityKind::Person(g) => want.is_none() || g.is_none() || g == want,
                _ => false,
            })
            .map(|m| Cow::Borrowed(m.name))
    }

    /// A generic word of at most three units ("đơn vị này", "Sở", "toàn
    /// tỉnh"): the body, province or body of that head named last before
    /// `at`; "tỉnh", "thành phố" keep their word before the province's name.
    fn generic_word(&self, u: &[Unit], from: usize, to: usize, at: usize) -> Option<Cow<'a, str>> {
        let n = to - from;
        let s = u[from].start;
        let words = if n >= 2 && u[to - 1].is(Class::DEM) {
            &self.ctx.lower[s..u[to - 2].end]
        } else {
            &self.ctx.lower[s..u[to - 1].end]
        };
        let r = (n <= 3).then(|| self.ctx.lex.fact.refers.get(words)).flatten()?;
        let head = words.trim_start_matches("toàn ").trim_end_matches(" này");
        let found = match r {
            Refers::Body => self.entities().last_before(at, |m| m.kind == EntityKind::Body),
            // "tỉnh" is never a centrally governed city ("thành phố"),
            // nor "thành phố" a province: the last unit of that kind.
            Refers::Province => self.entities().last_before(at, |m| match m.kind {
                EntityKind::Province(kind) => !matches!(head, "tỉnh" | "thành phố") || kind.word() == head,
                _ => false,
            }),
            Refers::Head => self.entities().last_before(at, |m| {
                m.kind == EntityKind::Body
                    && m.name.len() > head.len()
                    && crate::data::same_lower(&m.name[..crate::recognize::floor_boundary(m.name, head.len())], head)
                    && m.name[head.len()..].starts_with(' ')
            }),
        }?;
        Some(match r {
            Refers::Province if head == "tỉnh" || head == "thành phố" => {
                Cow::Owned(format!("{head} {}", found.name))
            }
            _ => Cow::Borrowed(found.name),
        })
    }

    /// A mention that ends the subject (at `orig` in the original text): a
    /// person behind a title or an honorific ("HLV Li Huan Ning", "ông
    /// Tĩnh"), a body written whole or by its acronym ("VIMC").
    fn named_end(&self, u: &[Unit], from: usize, to: usize, orig: crate::Span) -> Option<Cow<'a, str>> {
        // (Names end in a capitalised word, an acronym or an initial.)
        let named_end =
            u[to - 1].kind == Kind::Name || self.ctx.text[u[to - 1].start..].starts_with(char::is_uppercase);
        let m = named_end.then(|| self.entities().ending_at(orig)).flatten()?;
        let lead = u[from..to].iter().take_while(|x| self.norm.to_original(x.start, x.end).end <= m.span.start).count();
        let plain = u[from..from + lead].iter().all(|x| match x.kind {
            Kind::Word => !x.class.any(Class::PREP | Class::VERB | Class::CONJ),
            Kind::Name => true,
            _ => false,
        });
        match m.kind {
            EntityKind::Person(_) if lead <= 3 && plain => Some(Cow::Borrowed(m.name)),
            EntityKind::Body if lead == 0 || (lead == 1 && u[from].is(Class::DEM)) => Some(Cow::Borrowed(m.name)),
            _ => None,
        }
    }
}

/// Groups the readings of a sentence into facts: consecutive figures with
/// the same date, subject and verb share one. The readings are used up
/// (their text moves into the facts).
fn push_facts<'a>(
    out: &mut Vec<Fact>,
    d: &Doc,
    u: &[Unit],
    readings: &mut Vec<Read<'a>>,
    figures: &mut [FigureAt],
    range: std::ops::Range<usize>,
) {
    let span = d.norm.to_original(range.start, range.end);
    let mut figure = |a: usize| match u[a].kind {
        // Each figure is in one sentence: it moves into its fact.
        Kind::Figure(fi) => Some(figures[fi].take(d.norm.original(), &d.doc.figures)),
        _ => None,
    };
    let mut i = 0;
    while i < readings.len() {
        let (_, r, date) = &readings[i];
        let n = readings[i..]
            .iter()
            .take_while(|(_, x, xd)| xd == date && same_text(&x.subject, &r.subject) && same_text(&x.verb, &r.verb))
            .count();
        let mut group = Vec::with_capacity(n);
        group.extend(readings[i..i + n].iter().filter_map(|(a, _, _)| figure(*a)));
        let (_, r, date) = &mut readings[i];
        out.push(Fact {
            span,
            date: date.map(String::from),
            subject: r.subject.take().map(Cow::into_owned),
            verb: r.verb.take().map(Cow::into_owned),
            figures: group,
        });
        i += n;
    }
    readings.clear();
}

/// Two readings' subjects (or verbs) are the same text: equal, or equal
/// once normalised. A subject is a slice of the original text or an
/// entity's name, which is normalised: in a text written decomposed (NFD)
/// or with the old tone placement the two spell one name apart.
fn same_text(a: &Option<Cow<str>>, b: &Option<Cow<str>>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => {
            a == b || !a.is_ascii() && normalized(a, ToneStyle::Traditional) == normalized(b, ToneStyle::Traditional)
        }
        (None, None) => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ranges of `lower_unchanged` answer as `char::to_lowercase`,
    /// for every char.
    #[test]
    fn lower_unchanged_as_to_lowercase() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let mut l = c.to_lowercase();
            let unchanged = l.next() == Some(c) && l.next().is_none();
            assert_eq!(lower_unchanged(c), unchanged, "{c:?} U+{:04X}", u32::from(c));
        }
    }

    /// A whole word is found; one inside a longer word is not, though it
    /// is found whole further on.
    #[test]
    fn has_word_wants_whole_words() {
        let lex = &*crate::lexicon::DEFAULT;
        let talk = &lex.fact.talk;
        assert!(has_word("sáng nay, bộ trưởng họp với", talk));
        assert!(!has_word("bộ trưởng chủ họpx", talk));
        assert!(has_word("chủ họpx rồi họp", talk));
        assert!(!has_word("", talk));
    }

    /// The byte trim gives what the char pattern gives, on text with
    /// diacritics, brackets and spaces at either end, and on nothing.
    #[test]
    fn trim_by_bytes_as_by_chars() {
        for s in ["", " ", "((  (", "so với (", "cuối năm ", "(sinh năm ( ", "đầu tháng", " ồ (", "x ( y  ", "Đ( "]
        {
            assert_eq!(trim_spaces_and_brackets(s), s.trim_end_matches([' ', '(']), "{s:?}");
        }
    }
}
