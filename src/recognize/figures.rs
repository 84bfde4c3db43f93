//! Figures: numbers as Vietnamese writes them ("2.500", "99,75", "hai"),
//! scale words, units, counted nouns and qualifiers.

use super::Ctx;
use crate::lexicon::{Feat, UnitKind};
use crate::tokenize::{Shape, TokenKind};
use crate::Qualifier;

/// A figure found in the text.
#[derive(Clone, Debug)]
pub(crate) struct FigureHit {
    pub start: usize,
    pub end: usize,
    pub value: f64,
    pub value_max: Option<f64>,
    pub unit: String,
    pub qualifier: Option<Qualifier>,
    pub rule: &'static str,
}

/// The written form of a number word typed without diacritics ("muoi" is
/// "mươi" after a digit, else "mười"); other words unchanged.
fn canonical_number_word(w: &str, after_digit: bool) -> &str {
    if !w.is_ascii() {
        return w;
    }
    match w {
        "tram" => "trăm",
        "muoi" if after_digit => "mươi",
        "muoi" => "mười",
        "le" => "lẻ",
        "bon" => "bốn",
        "chin" => "chín",
        "lam" => "lăm",
        "tu" => "tư",
        "mot" if after_digit => "mốt",
        "mot" => "một",
        "nam" if after_digit => "năm",
        other => other,
    }
}

/// A number written in words from token `i`: "hai", "mười", "ba mươi lăm",
/// "một trăm linh năm". Returns the value and the number of tokens.
pub(crate) fn number_words(ctx: &Ctx, i: usize) -> Option<(f64, usize)> {
    let (mut hundreds, mut tens, mut pending) = (0.0, 0.0, None::<f64>);
    let mut n = 0;
    let mut alone_ok = false;
    loop {
        let k = i + n;
        if n > 0 && !ctx.joined(k - 1) {
            break;
        }
        let w = canonical_number_word(ctx.ltok(k), pending.is_some());
        match w {
            "trăm" if pending.is_some() => {
                hundreds = pending.take().unwrap_or(1.0) * 100.0;
            }
            "mươi" if pending.is_some() => tens = pending.take().unwrap_or(0.0) * 10.0,
            "mười" if tens == 0.0 && pending.is_none() => {
                tens = 10.0;
                alone_ok = n == 0;
            }
            "linh" | "lẻ" if hundreds > 0.0 && tens == 0.0 && pending.is_none() => {}
            _ => match ctx.lex.number_words.get(w) {
                Some((v, alone)) if pending.is_none() => {
                    // "mốt", "lăm", "tư" only after "mươi"/"mười".
                    if matches!(w, "mốt" | "lăm") && tens == 0.0 {
                        break;
                    }
                    if n == 0 {
                        alone_ok = *alone;
                    }
                    pending = Some(*v);
                }
                _ => break,
            },
        }
        n += 1;
    }
    if n == 0 || (n == 1 && !alone_ok) {
        return None;
    }
    Some((hundreds + tens + pending.unwrap_or(0.0), n))
}

/// Parses "2.500", "99,75", "1.234.567,5", "3.5" into a value.
fn parse_number(s: &str) -> Option<f64> {
    let dots = s.matches('.').count();
    let commas = s.matches(',').count();
    let groups_of_three = |sep: char| s.split(sep).skip(1).all(|g| g.len() == 3);
    let cleaned: String = if commas == 0 && dots == 0 {
        s.to_string()
    } else if commas == 0 && dots >= 1 && groups_of_three('.') {
        s.replace('.', "")
    } else if commas == 1 && (dots == 0 || s.find('.') < s.find(',')) {
        s.replace('.', "").replace(',', ".")
    } else if commas == 0 && dots == 1 {
        s.to_string()
    } else {
        return None;
    };
    cleaned.parse().ok()
}

pub(crate) fn recognize(ctx: &Ctx, mut taken: &[(usize, usize)]) -> Vec<FigureHit> {
    let mut out = Vec::new();
    let n = ctx.tokens.len();
    let mut i = 0;
    while i < n {
        let t = ctx.tokens[i];
        // `taken` is sorted by start: skip the spans that end before this token.
        while taken.first().is_some_and(|&(_, e)| e <= t.start()) {
            taken = &taken[1..];
        }
        // A date's numbers are not figures, except the count of a span
        // ("3 năm tới" is a date and the figure "3 năm").
        let in_taken = taken.first().is_some_and(|&(s, _)| s < t.end()) && !super::dates::duration_inside(ctx, i);
        let word_number = (t.kind() == TokenKind::Word && !in_taken && ctx.feat(i).any(Feat::NUMBER_WORD))
            .then(|| number_words(ctx, i))
            .flatten();
        if in_taken || (t.kind() != TokenKind::Number && word_number.is_none()) {
            i += 1;
            continue;
        }
        if ctx.in_slug_line(t.start()) {
            i += 1;
            continue;
        }
        if let Some(hit) = figure_at(ctx, i, word_number) {
            let end_tok = ctx.token_from(hit.end);
            out.push(hit);
            i = end_tok.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
}

fn figure_at(ctx: &Ctx, i: usize, word_number: Option<(f64, usize)>) -> Option<FigureHit> {
    let text = ctx.text;
    let t = ctx.tokens[i];
    let prev = i.checked_sub(1);
    let glued_before = prev.is_some_and(|p| ctx.tokens[p].end() == t.start());
    if glued_before && !matches!(ctx.tok(i - 1), "(" | "\"") {
        return None; // "12-CT", "07/2025", "A1"
    }
    let prev_word = prev.map(|p| ctx.ltok(p)).unwrap_or("");
    let prev2 = prev.and_then(|p| p.checked_sub(1)).map(|p| format!("{} {prev_word}", ctx.ltok(p))).unwrap_or_default();
    if ctx.lex.id_before.contains(prev_word) || ctx.lex.id_before.contains(prev2.as_str()) {
        return None;
    }
    // A number word must not be part of a name or of a set phrase ("Bốn phương").
    if word_number.is_some() {
        let in_name = ctx.is_cap(i) && prev.is_some_and(|p| ctx.is_cap(p) && ctx.joined(p));
        let phrase = word_number.is_some_and(|(_, n)| n == 1) && ctx.joined(i) && ctx.is_word(i, 2);
        if in_name || phrase {
            return None;
        }
    }
    let mut value = match word_number {
        Some((v, _)) => v,
        None => {
            let s = ctx.tok(i);
            if s.len() >= 8 && !s.contains(['.', ',']) {
                return None; // phone numbers, codes
            }
            parse_number(s)?
        }
    };
    let start = t.start();
    let mut pos = match word_number {
        Some((_, n)) => ctx.tokens[i + n - 1].end(),
        None => t.end(),
    };
    let mut value_max = None;
    // Ranges: "500 - 800", "20-40mm", "từ 10 đến 15%".
    let rest = &text[pos..];
    if let Some(r) = range_tail(rest) {
        value_max = Some(r.1);
        pos += r.0;
    }
    // Time and date shapes are not figures.
    if text[pos..].starts_with([':', '/'])
        || text[pos..].starts_with("h") && text[pos + 1..].starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    // Scale words: "288 tỷ", "2 tỷ 500 triệu".
    let (scale, after_scale) = scale_at(ctx, pos);
    if let Some(m) = scale {
        value *= m;
        value_max = value_max.map(|v| v * m);
        pos = after_scale;
        if let Some((extra, after)) = compound_tail(ctx, pos, m) {
            value += extra;
            pos = after;
        }
    }
    let (unit, end) = if let Some((unit, end)) = unit_at(ctx, pos) {
        (unit, end)
    } else if let Some((noun, end)) = counted_noun(ctx, pos) {
        (noun, end)
    } else {
        return None;
    };
    let qualifier = if value_max.is_some() {
        Some(Qualifier::Range)
    } else {
        match prev_word {
            "trên" | "hơn" => Some(Qualifier::Over),
            "dưới" => Some(Qualifier::Under),
            "gần" | "khoảng" | "chừng" | "xấp" | "xỉ" => Some(Qualifier::About),
            _ => None,
        }
    };
    let start = match (qualifier, prev) {
        (Some(Qualifier::Over | Qualifier::Under | Qualifier::About), Some(p)) => ctx.tokens[p].start(),
        _ => start,
    };
    Some(FigureHit {
        start,
        end,
        value,
        value_max,
        unit,
        qualifier,
        rule: if word_number.is_some() { "figure.number_word" } else { "figure.number" },
    })
}

/// "- 800", "–40", " đến 15": bytes used and the upper value.
fn range_tail(rest: &str) -> Option<(usize, f64)> {
    let trimmed = rest.trim_start_matches(' ');
    let after_sep = trimmed.strip_prefix('-').or_else(|| trimmed.strip_prefix("đến "))?;
    let after = after_sep.trim_start_matches(' ');
    let digits = after.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ',')).unwrap_or(after.len());
    let digits = after[..digits].trim_end_matches(['.', ',']);
    if digits.is_empty() || after[digits.len()..].starts_with('/') {
        return None;
    }
    let v = parse_number(digits)?;
    Some((rest.len() - after.len() + digits.len(), v))
}

fn word_end(text: &str, pos: usize, len: usize) -> bool {
    !text[pos + len..].chars().next().is_some_and(char::is_alphanumeric)
}

fn scale_at(ctx: &Ctx, pos: usize) -> (Option<f64>, usize) {
    let p = pos + (ctx.lower.len() - pos - ctx.lower[pos..].trim_start_matches(' ').len());
    for (surface, u) in &ctx.lex.units {
        if u.kind == UnitKind::Scale
            && ctx.lower[p..].starts_with(surface.as_str())
            && word_end(&ctx.lower, p, surface.len())
        {
            return (Some(u.multiplier), p + surface.len());
        }
    }
    (None, pos)
}

/// "2 tỷ 500 triệu": the smaller part after a scale word.
fn compound_tail(ctx: &Ctx, pos: usize, scale: f64) -> Option<(f64, usize)> {
    let i = ctx.token_from(pos);
    if ctx.kind(i) != Some(TokenKind::Number) || ctx.tokens[i].start() != pos + 1 {
        return None;
    }
    let v = parse_number(ctx.tok(i))?;
    let (m, after) = scale_at(ctx, ctx.tokens[i].end());
    let m = m.filter(|&m| m < scale)?;
    Some((v * m, after))
}

fn unit_at(ctx: &Ctx, pos: usize) -> Option<(String, usize)> {
    let spaces = ctx.lower[pos..].len() - ctx.lower[pos..].trim_start_matches(' ').len();
    let p = pos + spaces;
    for (surface, u) in &ctx.lex.units {
        if u.kind == UnitKind::Scale {
            continue;
        }
        let s = surface;
        let ok = ctx.lower[p..].starts_with(s.as_str())
            && (u.kind == UnitKind::Percent && surface.as_str() == "%" || word_end(&ctx.lower, p, s.len()));
        // Symbols must be glued or spaced; "%" may be glued, words need a space.
        let continues_word = ok
            && ctx.lower[p + s.len()..].strip_prefix(' ').is_some_and(|rest| {
                let next: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
                ctx.lex.words.contains(&format!("{s} {next}"))
            });
        if ok && !continues_word {
            let mut end = p + s.len();
            // "0,3%/năm": the rate's period belongs to the figure text.
            if u.kind == UnitKind::Percent && ctx.text[end..].starts_with("/năm") {
                end += "/năm".len();
            }
            return Some((u.unit.clone(), end));
        }
    }
    None
}

/// The counted noun phrase after a number: up to three lexical words,
/// stopping at punctuation, numbers and function words.
fn counted_noun(ctx: &Ctx, pos: usize) -> Option<(String, usize)> {
    let first = ctx.token_from(pos);
    if ctx.kind(first) != Some(TokenKind::Word)
        || ctx.tokens[first].start() != pos + 1
        || ctx.text.as_bytes().get(pos) != Some(&b' ')
    {
        return None;
    }
    let mut end_tok = first;
    let mut syllables = 0;
    let mut i = first;
    while i < ctx.tokens.len() && syllables < 5 {
        if i > first && !ctx.joined(i - 1) {
            break;
        }
        if ctx.kind(i) != Some(TokenKind::Word) || ctx.shape(i) == Shape::Upper && i > first {
            break;
        }
        let w = ctx.ltok(i);
        if ctx.lex.stopwords.contains(w) && !(i == first && w == "tổ") {
            break;
        }
        // A lexical word of several syllables is taken whole.
        let mut len = 1;
        for n in (2..=3).rev() {
            if ctx.is_word(i, n) {
                len = n;
                break;
            }
        }
        let word = &ctx.lower[ctx.tokens[i].start()..ctx.tokens[i + len - 1].end()];
        let classifier = i == first && ctx.lex.classifiers.contains(word);
        syllables += len;
        end_tok = i + len - 1;
        i += len;
        if !classifier {
            break;
        }
    }
    if syllables == 0 {
        return None;
    }
    let s = ctx.tokens[first].start();
    let e = ctx.tokens[end_tok].end();
    let noun = &ctx.text[s..e];
    if noun.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    Some((noun.to_string(), e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_numbers() {
        assert_eq!(parse_number("2.500"), Some(2500.0));
        assert_eq!(parse_number("3.321"), Some(3321.0));
        assert_eq!(parse_number("99,75"), Some(99.75));
        assert_eq!(parse_number("1.234.567,5"), Some(1234567.5));
        assert_eq!(parse_number("0,3"), Some(0.3));
        assert_eq!(parse_number("1.5"), Some(1.5));
    }
}
