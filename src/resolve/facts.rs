//! Facts: a statement that carries figures, with the date that governs it,
//! its subject and its verb.
//!
//! "Năm 2024, các thành viên trong Cụm đã vận động 181 khoản viện trợ, với
//! tổng giá trị trên 288 tỷ đồng." → date 2024, subject "các thành viên trong
//! Cụm", verb "vận động", figures [181 khoản viện trợ; over 288 000 000 000 VND].

use crate::document::{Document, Fact, Figure};
use crate::normalize::NormalizedText;
use crate::recognize::dates::DateHit;
use crate::recognize::Ctx;
use crate::tokenize::{sentences, Shape, TokenKind};

/// A figure in the normalised text with its value.
pub(crate) struct FigureAt {
    pub start: usize,
    /// The figure with its one mention here.
    pub figure: Figure,
}

pub(crate) fn facts(
    ctx: &Ctx,
    norm: &NormalizedText,
    dates: &[DateHit],
    figures: &[FigureAt],
    doc: &Document,
) -> Vec<Fact> {
    let mut out = Vec::new();
    let mut last_date: Option<(usize, &str)> = None; // (paragraph start, value)
                                                     // Sorted by start, so each sentence finds its own in logarithmic time.
    let mut figures: Vec<&FigureAt> = figures.iter().collect();
    figures.sort_by_key(|f| f.start);
    let mut dates: Vec<&DateHit> = dates.iter().collect();
    dates.sort_by_key(|d| d.start);
    let named = Named::new(doc);
    for range in sentences(ctx.text, &ctx.tokens) {
        let para = ctx.line_at(range.start).start;
        let within = |start: usize| start >= range.start && start < range.end;
        let from = figures.partition_point(|f| f.start < range.start);
        let here: Vec<&FigureAt> = figures[from..].iter().take_while(|f| within(f.start)).copied().collect();
        let from = dates.partition_point(|d| d.start < range.start);
        let dates_here: Vec<&DateHit> = dates[from..].iter().take_while(|d| within(d.start)).copied().collect();
        // Only a date that opens its sentence ("Năm 2024, …") governs the
        // sentences after it in the paragraph.
        let opening = dates_here.first().filter(|d| d.start == range.start);
        if here.is_empty() {
            if let Some(d) = opening {
                last_date = Some((para, d.value.as_str()));
            }
            continue;
        }
        let first = here[0];
        let date = dates_here
            .iter()
            .rfind(|d| d.start < first.start)
            .or(dates_here.first())
            .map(|d| d.value.clone())
            .or_else(|| last_date.filter(|(p, _)| *p == para).map(|(_, v)| v.to_string()));
        if let Some(d) = opening {
            last_date = Some((para, d.value.as_str()));
        }
        // The verb: the lower-case word before the first figure that has one.
        let mut verb = None;
        let mut verb_start = first.start;
        for f in &here {
            if let Some((v, s)) = verb_before(ctx, range.start, f.start) {
                verb = Some(v);
                verb_start = s;
                break;
            }
        }
        let subject = subject(ctx, norm, range.start, verb_start, &dates_here, &named);
        out.push(Fact {
            span: norm.to_original(range.start, range.end),
            date,
            subject,
            verb,
            figures: here.iter().map(|f| f.figure.clone()).collect(),
        });
    }
    out
}

/// The lexical word right before `pos` (skipping qualifiers), if it is a
/// lower-case word that can be a verb: its text and start.
fn verb_before(ctx: &Ctx, from: usize, pos: usize) -> Option<(String, usize)> {
    let mut k = ctx.token_from(pos);
    while k > 0 {
        k -= 1;
        let t = ctx.tokens[k];
        if t.start() < from || t.kind() != TokenKind::Word || t.shape() != Shape::Lower {
            return None;
        }
        let w = ctx.ltok(k);
        if ctx.lex.fact_between.contains(w) {
            continue;
        }
        if ctx.lex.fact_function.contains(w) || ctx.lex.fact_aspect.contains(w) {
            return None;
        }
        // Two-syllable verbs: "vận động", "đón tiếp".
        if k > 0 && ctx.shape(k - 1) == Shape::Lower && ctx.is_word(k - 1, 2) {
            return Some((ctx.text[ctx.tokens[k - 1].start()..t.end()].to_string(), ctx.tokens[k - 1].start()));
        }
        return Some((ctx.text[t.range()].to_string(), t.start()));
    }
    None
}

/// The subject: from the sentence start (after a leading date and comma) to
/// the aspect word or verb; a named entity inside it if there is one.
fn subject(
    ctx: &Ctx,
    norm: &NormalizedText,
    start: usize,
    verb_start: usize,
    dates: &[&DateHit],
    named: &Named,
) -> Option<String> {
    let mut s = start;
    if let Some(d) = dates.first().filter(|d| d.start == start) {
        s = d.end;
    }
    let mut e = verb_start;
    let first = ctx.token_from(s);
    let last = ctx.token_from(verb_start);
    for k in first..last {
        // Reported speech: "X cho biết, S đã V …" — the subject follows.
        if let Some((words, _)) = ctx.phrase_at(k, &ctx.lex.reporting) {
            s = ctx.tokens.get(k + words).map_or(e, |t| t.start());
        }
    }
    // "…, năm 2023, Liên hiệp đã …": a date opening the clause is not the subject.
    if let Some(d) = dates.iter().find(|d| d.start >= s && ctx.text[s..d.start].trim_matches([' ', ',']).is_empty()) {
        s = d.end;
    }
    for k in ctx.token_from(s)..last {
        if ctx.lex.fact_aspect.contains(ctx.ltok(k)) {
            e = ctx.tokens[k].start();
            break;
        }
    }
    let region = ctx.text.get(s..e)?.trim_matches([' ', ',', ';', ':']);
    let region = region.strip_prefix("Theo ").unwrap_or(region).trim();
    if region.is_empty() {
        return None;
    }
    let orig = norm.to_original(s, e);
    let named = named.first_inside(orig);
    // "Trong năm, Liên hiệp …": an opening phrase before a comma is not the subject.
    let region = region.rsplit(", ").next().unwrap_or(region);
    match named {
        Some(n) => Some(n.to_string()),
        None => (region.split(' ').count() <= 8).then(|| region.to_string()),
    }
}

/// Every mention of a person, body or province, sorted by start: the first
/// named entity inside a span is found by binary search.
struct Named<'d> {
    mentions: Vec<(crate::Span, &'d str)>,
}

impl<'d> Named<'d> {
    fn new(doc: &'d Document) -> Named<'d> {
        let people = doc.people.iter().flat_map(|p| p.mentions.iter().map(move |m| (m.span, p.name.as_str())));
        let orgs = doc.organisations.iter().flat_map(|o| o.mentions.iter().map(move |m| (m.span, o.name.as_str())));
        let places = doc.provinces.iter().flat_map(|p| p.mentions.iter().map(move |m| (m.span, p.name.as_str())));
        let mut mentions: Vec<_> = people.chain(orgs).chain(places).collect();
        mentions.sort_by_key(|(span, _)| span.start);
        Named { mentions }
    }

    /// The name of the entity whose mention starts first inside `span`.
    fn first_inside(&self, span: crate::Span) -> Option<&'d str> {
        let from = self.mentions.partition_point(|(m, _)| m.start < span.start);
        self.mentions[from..]
            .iter()
            .take_while(|(m, _)| m.start < span.end)
            .find(|(m, _)| m.end <= span.end)
            .map(|&(_, n)| n)
    }
}
