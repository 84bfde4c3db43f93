//! Facts: a statement that carries figures, with the date that governs it,
//! its subject and its verb.
//!
//! "Năm 2024, các thành viên trong Cụm đã vận động 181 khoản viện trợ, với
//! tổng giá trị trên 288 tỷ đồng." → date 2024, subject "các thành viên trong
//! Cụm", verb "vận động", figures [181 khoản viện trợ; over 288 000 000 000 VND].

use crate::document::{Document, Fact, Quantity};
use crate::normalize::NormalizedText;
use crate::recognize::dates::DateHit;
use crate::recognize::Ctx;
use crate::tokenize::{sentences, Shape, TokenKind};

/// Words between a verb and its figure: qualifiers and "với tổng giá trị".
const BETWEEN: &[&str] =
    &["trên", "hơn", "gần", "khoảng", "chừng", "dưới", "từ", "xấp", "xỉ", "tới", "lên", "được", "thêm"];
/// Aspect and modal words that end the subject.
const ASPECT: &[&str] = &["đã", "sẽ", "đang", "vừa", "được", "cũng", "đều", "luôn", "đạt", "có"];

/// Function words: never a verb.
const FUNCTION: &[&str] = &[
    "của", "với", "cho", "tại", "trong", "ngoài", "là", "và", "hoặc", "hay", "các", "những", "này", "đó", "mà", "thì",
    "để", "khi", "nhằm", "vào", "ra", "đến", "theo", "về", "do", "bởi", "nên", "như", "sau", "trước", "gồm", "qua",
    "cùng", "mỗi", "mọi", "nhất", "top",
];

/// Verbs of saying after which the reported clause has its own subject.
const REPORTING: &[&str] = &["cho biết", "nhấn mạnh", "khẳng định", "thông tin", "chia sẻ", "nhận định", "báo cáo"];

/// A figure in the normalised text with its value.
pub(crate) struct FigureAt {
    pub start: usize,
    pub quantity: Quantity,
}

pub(crate) fn facts(
    ctx: &Ctx,
    norm: &NormalizedText,
    dates: &[DateHit],
    figures: &[FigureAt],
    doc: &Document,
) -> Vec<Fact> {
    let mut out = Vec::new();
    let text = ctx.text;
    let mut last_date: Option<(usize, &str)> = None; // (paragraph start, value)
    for range in sentences(text, &ctx.tokens) {
        let para = text[..range.start].rfind('\n').map_or(0, |i| i + 1);
        let here: Vec<&FigureAt> = figures.iter().filter(|f| f.start >= range.start && f.start < range.end).collect();
        let dates_here: Vec<&DateHit> =
            dates.iter().filter(|d| d.start >= range.start && d.start < range.end).collect();
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
        let subject = subject(ctx, norm, range.start, verb_start, &dates_here, doc);
        out.push(Fact {
            span: norm.to_original(range.start, range.end),
            date,
            subject,
            verb,
            figures: here.iter().map(|f| f.quantity.clone()).collect(),
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
        if BETWEEN.contains(&w) {
            continue;
        }
        if FUNCTION.contains(&w) || ASPECT.contains(&w) {
            return None;
        }
        // Two-syllable verbs: "vận động", "đón tiếp".
        if k > 0 && ctx.joined(k - 1) && ctx.shape(k - 1) == Shape::Lower {
            let pair = format!("{} {w}", ctx.ltok(k - 1));
            if ctx.lex.words.contains(&pair) {
                return Some((ctx.text[ctx.tokens[k - 1].start()..t.end()].to_string(), ctx.tokens[k - 1].start()));
            }
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
    doc: &Document,
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
        if let Some(r) = REPORTING.iter().find(|r| ctx.phrase_matches(k, r)) {
            s = ctx.tokens.get(k + r.split(' ').count()).map_or(e, |t| t.start());
        }
    }
    // "…, năm 2023, Liên hiệp đã …": a date opening the clause is not the subject.
    if let Some(d) = dates.iter().find(|d| d.start >= s && ctx.text[s..d.start].trim_matches([' ', ',']).is_empty()) {
        s = d.end;
    }
    for k in ctx.token_from(s)..last {
        if ASPECT.contains(&ctx.ltok(k)) {
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
    let inside = |sp: crate::Span| sp.start >= orig.start && sp.end <= orig.end;
    let named = doc
        .people
        .iter()
        .filter_map(|p| p.mentions.iter().find(|m| inside(m.span)).map(|m| (m.span.start, p.name.clone())))
        .chain(
            doc.organisations
                .iter()
                .filter_map(|o| o.mentions.iter().find(|m| inside(m.span)).map(|m| (m.span.start, o.name.clone()))),
        )
        .chain(
            doc.provinces
                .iter()
                .filter_map(|p| p.mentions.iter().find(|m| inside(m.span)).map(|m| (m.span.start, p.name.clone()))),
        )
        .min_by_key(|(at, _)| *at)
        .map(|(_, n)| n);
    // "Trong năm, Liên hiệp …": an opening phrase before a comma is not the subject.
    let region = region.rsplit(", ").next().unwrap_or(region);
    match named {
        Some(n) => Some(n),
        None => (region.split(' ').count() <= 8).then(|| region.to_string()),
    }
}
