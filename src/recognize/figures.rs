//! Figures: numbers as Vietnamese writes them ("2.500", "99,75", "hai mươi
//! mốt nghìn", "6ha", "100k", "$10", "USD 25", "2 chấm 23", "âm 35"), scale
//! words, units and currencies, counted nouns and qualifiers ("ít nhất",
//! "không quá", "trở lên": `data/figure_words.tsv`).

use super::Ctx;
use crate::lexicon::{Feat, UnitKind};
use crate::tokenize::{Shape, TokenKind};
use crate::Qualifier;
use std::borrow::Cow;

/// A figure found in the text.
#[derive(Clone, Debug)]
pub(crate) struct FigureHit<'a> {
    pub start: usize,
    pub end: usize,
    pub value: f64,
    pub value_max: Option<f64>,
    /// The unit or counted noun: borrowed from the unit table or the text
    /// (built only for a rate and a level), copied once into the figure.
    pub unit: Cow<'a, str>,
    pub qualifier: Option<Qualifier>,
    pub rule: &'static str,
}

/// The written form of a number word typed without diacritics ("muoi" is
/// "mươi" after a digit, else "mười"); other words unchanged.
pub(crate) fn canonical_number_word(w: &str, after_digit: bool) -> &str {
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
        "nam" => "năm",
        "khong" => "không",
        "nghin" => "nghìn",
        "ngan" => "ngàn",
        "trieu" => "triệu",
        "ty" | "ti" => "tỷ",
        "chuc" => "chục",
        other => other,
    }
}

/// The multiplier of a scale word inside a number in words.
pub(crate) fn scale_word(w: &str) -> Option<f64> {
    Some(match w {
        "nghìn" | "ngàn" => 1e3,
        "triệu" => 1e6,
        "tỷ" | "tỉ" => 1e9,
        _ => return None,
    })
}

/// A number written in words from token `i`: "hai", "mười", "ba mươi lăm",
/// "một trăm linh năm", "năm nghìn", "hai mươi mốt nghìn không trăm mười
/// một", "hai chục", "một tỷ". Returns the value and the number of tokens.
/// A word that is a number only inside a compound ("một", "năm", "tư")
/// is none alone.
pub(crate) fn number_words(ctx: &Ctx, i: usize) -> Option<(f64, usize)> {
    // `total` holds the groups closed by a scale word; the open group is
    // hundreds + tens + a pending digit.
    let (mut total, mut hundreds, mut tens, mut pending) = (0.0, 0.0, 0.0, None::<f64>);
    let mut last_scale = None::<f64>;
    let mut n = 0;
    let mut alone_ok = false;
    let mut used = 0; // tokens that make a whole number
    loop {
        let k = i + n;
        if n > 0 && !ctx.joined(k - 1) {
            break;
        }
        let raw = ctx.ltok(k);
        let w = canonical_number_word(raw, pending.is_some());
        let open = hundreds > 0.0 || tens > 0.0 || pending.is_some();
        match w {
            "trăm" if pending.is_some() && hundreds == 0.0 && tens == 0.0 => {
                hundreds = pending.take().unwrap_or(1.0) * 100.0;
                // "không trăm": zero hundreds still opens the group.
                if hundreds == 0.0 {
                    hundreds = f64::MIN_POSITIVE;
                }
            }
            "mươi" if pending.is_some_and(|p| p >= 2.0) && tens == 0.0 => tens = pending.take().unwrap_or(0.0) * 10.0,
            "chục" if pending.is_some() && tens == 0.0 && hundreds == 0.0 => {
                tens = pending.take().unwrap_or(1.0) * 10.0;
            }
            "mười" if tens == 0.0 && pending.is_none() => {
                tens = 10.0;
                if n == 0 {
                    alone_ok = true;
                }
            }
            "linh" | "lẻ" if hundreds > 0.0 && tens == 0.0 && pending.is_none() => {}
            _ => {
                if let Some(m) = scale_word(w).filter(|_| open || last_scale.is_some()) {
                    if open {
                        let group = hundreds.floor() + tens + pending.take().unwrap_or(0.0);
                        total += group * m;
                        hundreds = 0.0;
                        tens = 0.0;
                    } else if let Some(prev) = last_scale.filter(|&p| p < m) {
                        // "nghìn tỷ": the closed groups are scaled again.
                        let _ = prev;
                        total *= m;
                    } else {
                        break;
                    }
                    last_scale = Some(m);
                    n += 1;
                    used = n;
                    continue;
                }
                // "không" is a digit only before "trăm".
                if w == "không" {
                    let next = canonical_number_word(ctx.ltok(k + 1), true);
                    if pending.is_none() && ctx.joined(k) && next == "trăm" {
                        pending = Some(0.0);
                        n += 1;
                        continue;
                    }
                    break;
                }
                match ctx.lex.number_words.get(w) {
                    Some((v, alone)) if pending.is_none() => {
                        // "mốt", "lăm" only after tens; "năm" after "mười" or
                        // "mươi" is the noun (15 is "mười lăm").
                        if matches!(w, "mốt" | "lăm") && tens == 0.0 {
                            break;
                        }
                        if w == "năm" && tens > 0.0 {
                            break;
                        }
                        if n == 0 {
                            alone_ok = *alone;
                        }
                        pending = Some(*v);
                    }
                    _ => break,
                }
            }
        }
        n += 1;
        used = n;
    }
    let n = used;
    if n == 0 || (n == 1 && !alone_ok) {
        return None;
    }
    Some((total + hundreds.floor() + tens + pending.unwrap_or(0.0), n))
}

/// Parses "2.500", "99,75", "1.234.567,5", "3.5" into a value.
fn parse_number(s: &str) -> Option<f64> {
    // Digits only (most numbers): the value read directly, the same f64 the
    // float parser gives (exact below 2^53), at a fraction of its cost.
    if (1..=15).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()) {
        return Some(s.bytes().fold(0u64, |v, b| v * 10 + u64::from(b - b'0')) as f64);
    }
    let dots = s.bytes().filter(|&b| b == b'.').count();
    let commas = s.bytes().filter(|&b| b == b',').count();
    let groups_of_three = |sep: char| s.split(sep).skip(1).all(|g| g.len() == 3);
    // What each separator becomes: dropped (thousands) or a decimal point.
    let (dot, comma) = if commas == 0 && dots == 0 {
        (None, None)
    } else if commas == 0 && dots >= 1 && groups_of_three('.') {
        (Some(None), None)
    } else if commas == 1 && (dots == 0 || s.find('.') < s.find(',')) {
        (Some(None), Some(Some(b'.')))
    } else if commas == 0 && dots == 1 {
        (Some(Some(b'.')), None)
    } else {
        return None;
    };
    // Thousands only ("2.500", "1.200.000"): digits once the dots are
    // dropped, read as above (the float parser gives the same value).
    if dot == Some(None) && comma.is_none() {
        let digits = s.len() - dots;
        if (1..=15).contains(&digits) && s.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
            return Some(s.bytes().filter(u8::is_ascii_digit).fold(0u64, |v, b| v * 10 + u64::from(b - b'0')) as f64);
        }
    }
    // Cleaned in a buffer on the stack: figures are parsed at every number.
    let mut buf = [0u8; 64];
    let mut n = 0;
    for b in s.bytes() {
        let out = match b {
            b'.' => dot.flatten(),
            b',' => comma.flatten(),
            b => Some(b),
        };
        if let Some(o) = out {
            *buf.get_mut(n)? = o;
            n += 1;
        }
    }
    std::str::from_utf8(&buf[..n]).ok()?.parse().ok()
}

pub(crate) fn recognize<'a>(ctx: &Ctx<'a>, mut taken: &[(usize, usize)]) -> Vec<FigureHit<'a>> {
    // Sized for news text (a figure every few hundred bytes): one
    // allocation where growing one push at a time took several.
    let mut out = Vec::with_capacity(ctx.text.len() / 256 + 4);
    let n = ctx.tokens.len();
    let mut i = 0;
    // The end of the last run of listed numbers read without a unit after
    // it: a number inside it starts no list either (each would read the
    // same run again, quadratic in a long "1, 2, 3, …").
    let mut no_list_before = 0;
    loop {
        // Only a number, a number word or a word opening with a digit
        // ("6ha") can start a figure: every other token is passed over by
        // one walk (see `next_start`).
        i = next_start(ctx, i);
        if i >= n {
            break;
        }
        let t = ctx.tokens[i];
        let word = t.kind() == TokenKind::Word;
        // `taken` is sorted by start: skip the spans that end before this token.
        while taken.first().is_some_and(|&(_, e)| e <= t.start()) {
            taken = &taken[1..];
        }
        // A date's numbers are not figures, except the count of a span
        // ("3 năm tới" is a date and the figure "3 năm").
        let in_taken = taken.first().is_some_and(|&(s, _)| s < t.end()) && !super::dates::duration_inside(ctx, i);
        // One bit test per word: only number words go further.
        let numberish = word && !in_taken && ctx.feat(i).any(Feat::NUMBER_WORD);
        let word_number =
            numberish.then(|| number_words(ctx, i).or_else(|| one_unit(ctx, i).then_some((1.0, 1)))).flatten();
        let digit_word = word && ctx.feat(i).any(Feat::OPENS_DIGIT);
        if in_taken || (t.kind() != TokenKind::Number && word_number.is_none() && !digit_word) {
            i += 1;
            continue;
        }
        if ctx.in_slug_line(t.start()) {
            i += 1;
            continue;
        }
        if let Some(hit) = level_at(ctx, i) {
            out.push(hit);
            i += 1;
        } else if let Some(hit) = figure_at(ctx, i, word_number) {
            let end_tok = token_from_after(ctx, i + 1, hit.end);
            out.push(hit);
            i = end_tok.max(i + 1);
        } else if let Some(list) = (i >= no_list_before).then(|| list_at(ctx, i, &mut no_list_before)).flatten() {
            let end_tok = ctx.token_from(list.last().map_or(0, |h| h.end));
            out.extend(list);
            i = end_tok.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
}

/// The features of the tokens that may start a figure: a number word,
/// or a number or a word opening with a digit ("6ha").
const FIGURE_START: Feat = Feat(Feat::NUMBER_WORD.0 | Feat::OPENS_DIGIT.0);

/// The first token from `from` that can start a figure: a number, a
/// number word ([`Feat::NUMBER_WORD`]) or a word opening with a digit
/// ("6ha", [`Feat::OPENS_DIGIT`]); the token count when none can. Most
/// tokens of news text are passed over here, by their feature bits alone
/// ([`Ctx::next_with`]): only the kind of a token with one of the bits is
/// asked (a punctuation mark may be a word of the vocabulary).
fn next_start(ctx: &Ctx, from: usize) -> usize {
    let mut k = from;
    loop {
        k = ctx.next_with(k, FIGURE_START);
        match ctx.kind(k) {
            Some(TokenKind::Number | TokenKind::Word) => return k,
            Some(_) => k += 1,
            None => return ctx.tokens.len(),
        }
    }
}

/// [`next_start`] as it was written before the feature bit: every token's
/// kind asked, and the first byte of every word read for a digit (the
/// oracle of test `starts_found_by_bits_are_those_found_by_reading`).
#[cfg(test)]
fn next_start_by_reading(ctx: &Ctx, from: usize) -> usize {
    let text = ctx.text.as_bytes();
    let tokens = ctx.tokens.get(from..).unwrap_or(&[]);
    let feats = ctx.feats.get(from..).unwrap_or(&[]);
    tokens
        .iter()
        .zip(feats)
        .position(|(t, f)| match t.kind() {
            TokenKind::Number => true,
            TokenKind::Word => f.any(Feat::NUMBER_WORD) || text.get(t.start()).is_some_and(u8::is_ascii_digit),
            _ => false,
        })
        .map_or(ctx.tokens.len(), |p| from + p)
}

/// "gió mạnh cấp 6, giật cấp 8": a measured level written before its number.
fn level_at<'a>(ctx: &Ctx<'a>, i: usize) -> Option<FigureHit<'a>> {
    let p = i.checked_sub(1)?;
    if ctx.kind(i) != Some(TokenKind::Number) || !matches!(ctx.ltok(p), "cấp" | "cap") || !ctx.joined(p) {
        return None;
    }
    let value = parse_number(ctx.tok(i)).filter(|v| v.fract() == 0.0 && *v <= 20.0)?;
    // A word of wind, storm or risk earlier in the sentence.
    let lex = &ctx.lex.date;
    let context = (p.saturating_sub(20)..p)
        .rev()
        .take_while(|&k| !matches!(ctx.tok(k), "." | "!" | "?" | ";"))
        .any(|k| lex.level_context.contains(ctx.ltok(k)));
    if !context {
        return None;
    }
    let unit = Cow::Owned(ctx.tok(p).to_lowercase());
    Some(FigureHit {
        start: ctx.tokens[p].start(),
        end: ctx.tokens[i].end(),
        value,
        value_max: None,
        unit,
        qualifier: None,
        rule: "figure.level",
    })
}

/// "một năm", "một tháng": "một" counts before a unit of time (a duration),
/// though as an article it does not ("một người").
fn one_unit(ctx: &Ctx, i: usize) -> bool {
    if ctx.kind(i) != Some(TokenKind::Word) || canonical_number_word(ctx.ltok(i), false) != "một" || !ctx.joined(i) {
        return false;
    }
    let next = ctx.ltok(i + 1);
    matches!(next, "năm" | "tháng" | "tuần" | "ngày" | "giờ" | "phút" | "nam" | "thang" | "tuan" | "ngay" | "gio")
}

/// "2, 3, 4 tháng", "4 hay 5 trận": numbers that share the unit after the last.
/// When the run of numbers has no unit after its last, `no_list_before`
/// is set to that last number: the numbers before it start no list.
fn list_at<'a>(ctx: &Ctx<'a>, i: usize, no_list_before: &mut usize) -> Option<Vec<FigureHit<'a>>> {
    let lex = &ctx.lex.date;
    // The numbers are every other token from `i` to `k` (tested at every
    // number that is no figure: no vector until there is a list).
    let mut k = i;
    while (ctx.tok(k + 1) == "," || lex.list.contains(ctx.ltok(k + 1))) && ctx.kind(k + 2) == Some(TokenKind::Number) {
        k += 2;
    }
    if k == i {
        return None;
    }
    let Some(last) = figure_at(ctx, k, None).filter(|last| last.value_max.is_none()) else {
        *no_list_before = k;
        return None;
    };
    let mut out = Vec::with_capacity((k - i) / 2 + 1);
    for j in (i..k).step_by(2) {
        let value = parse_number(ctx.tok(j))?;
        let t = ctx.tokens[j];
        out.push(FigureHit {
            start: t.start(),
            end: t.end(),
            value,
            value_max: None,
            unit: last.unit.clone(),
            qualifier: None,
            rule: "figure.list",
        });
    }
    out.push(last);
    Some(out)
}

/// A qualifier phrase that ends right before token `i`: its first token and qualifier.
fn qualifier_before(ctx: &Ctx, i: usize) -> Option<(usize, Qualifier)> {
    (i.saturating_sub(3)..i).find_map(|s| {
        let (n, (_, q)) = ctx.phrase_at(s, &ctx.lex.date.qualifiers)?;
        (s + n == i && !q.after && (s..i).all(|k| ctx.joined(k))).then_some((s, q.qualifier))
    })
}

/// True when the tokens before `i` make its number an identifier ("số 5",
/// "lần thứ 2", "văn bản 2590"), unless they make it a count ("tổng số").
fn identifier_before(ctx: &Ctx, i: usize) -> bool {
    let Some(p) = i.checked_sub(1) else { return false };
    let prev_word = ctx.ltok(p);
    // A count after a quantity phrase of two words; an identifier after a
    // label of one or two words. (The two words are written once for both
    // lists.)
    let label = |two: Option<&str>| {
        if two.is_some_and(|w| ctx.lex.date.quantity_before.contains(w)) {
            Some(false)
        } else if ctx.lex.id_before.contains(prev_word) || two.is_some_and(|w| ctx.lex.id_before.contains(w)) {
            Some(true)
        } else {
            None
        }
    };
    let verdict = if !may_be_labelled(ctx, p) {
        None
    } else {
        match p.checked_sub(1) {
            Some(q) => with_two_words(ctx, q, |w| label(Some(w))),
            None => label(None),
        }
    };
    if let Some(v) = verdict {
        return v;
    }
    // "Quân khu 5", "Ban Chỉ đạo 24", "Cụm 5": the number of a named body.
    let mut s = p;
    for _ in 0..3 {
        if ctx.kind(s) != Some(TokenKind::Word) || !ctx.joined(s) || ctx.feat(s).any(Feat::STOPWORD) {
            return false;
        }
        // A whole head word, not only its first word: "Quốc" of "Quốc hội"
        // does not make "Hàn Quốc góp 30%" a numbered body.
        let head = (ctx.shape(s) == Shape::Title && !opens_sentence(ctx, s))
            .then(|| ctx.phrase_at(s, &ctx.lex.org_heads))
            .flatten()
            .map(|(n, _)| n)
            .filter(|&n| s + n <= p + 1);
        if let Some(head) = head {
            // The words after the head are its name: "Ban Chỉ đạo", "Quân khu".
            return (s + head..=p).all(|k| ctx.is_cap(k) || ctx.is_cap(k - 1));
        }
        match s.checked_sub(1) {
            Some(q) if ctx.joined(q) => s = q,
            _ => return false,
        }
    }
    false
}

/// False when no label of `id_before` or `quantity_before` can end at
/// token `p` (the word before a number), by feature bits: `p` is no
/// one-word label ([`Feat::ID_LABEL`]) and the word before it opens no
/// label of several words ([`Feat::LABEL_FIRST`]); the three string
/// look-ups of [`identifier_before`] are then skipped. In text without
/// diacritics `ltok` may give restored spellings the bits do not describe:
/// true there, and the sets answer.
fn may_be_labelled(ctx: &Ctx, p: usize) -> bool {
    ctx.restore.is_some()
        || ctx.feat(p).any(Feat::ID_LABEL)
        || p.checked_sub(1).is_some_and(|q| ctx.feat(q).any(Feat::LABEL_FIRST))
}

/// [`Ctx::token_from`] (the first token starting at or after `pos`) for a
/// `pos` that every token before `from` starts before: a walk forward from
/// `from`, where the next token after a figure's number is a step or two
/// away, instead of a binary search over all the text's tokens (asked
/// several times per number).
fn token_from_after(ctx: &Ctx, from: usize, pos: usize) -> usize {
    debug_assert!(from == 0 || ctx.tokens.get(from - 1).is_none_or(|t| t.start() < pos));
    let rest = ctx.tokens.get(from..).unwrap_or(&[]);
    rest.iter().position(|t| t.start() >= pos).map_or(ctx.tokens.len(), |p| from + p)
}

/// True when token `i` opens a sentence or a line.
fn opens_sentence(ctx: &Ctx, i: usize) -> bool {
    let Some(p) = i.checked_sub(1) else { return true };
    let t = &ctx.tokens;
    matches!(ctx.tok(p), "." | "!" | "?" | ":" | "\"" | "(" | "-" | "…")
        || crate::tokenize::breaks_line(ctx.text, t[p].end(), t[i].start())
}

/// "Ba Đình", "Hai Bà Trưng", "Bốn Phương": a number word inside a name.
fn number_word_in_name(ctx: &Ctx, i: usize, n: usize) -> bool {
    let prev = i.checked_sub(1);
    if ctx.is_cap(i) && prev.is_some_and(|p| ctx.is_cap(p) && ctx.joined(p)) {
        return true;
    }
    if n == 1 && ctx.joined(i) && ctx.is_word(i, 2) {
        return true; // a set phrase
    }
    if !ctx.is_cap(i) {
        return false;
    }
    // Capitalised before a capitalised word, or inside a sentence: a name.
    let next_cap = ctx.joined(i + n - 1) && ctx.shape(i + n) == Shape::Title;
    next_cap || !opens_sentence(ctx, i)
}

/// The figure whose number starts at token `i` (`word_number`: the value
/// and length of a number written in words there). The steps, in the
/// order news writes them: a sign or currency before the number, the
/// number, a range or a fraction after it, a suffix ("k", "M") or scale
/// word ("tỷ"), the unit or counted noun, cents, a qualifier after it.
fn figure_at<'a>(ctx: &Ctx<'a>, i: usize, word_number: Option<(f64, usize)>) -> Option<FigureHit<'a>> {
    let lead = Lead::at(ctx, i, word_number)?;
    if lead.start_tok == i && identifier_before(ctx, i) {
        return None;
    }
    // A number word must not be part of a name or of a set phrase ("Bốn phương").
    if word_number.is_some_and(|(_, n)| number_word_in_name(ctx, i, n)) {
        return None;
    }
    // "6ha", "5kg": one digit glued to its unit is one word token.
    if ctx.kind(i) == Some(TokenKind::Word) && word_number.is_none() {
        return glued_unit(ctx, i, lead.start_tok);
    }
    let mut n = Num::at(ctx, i, word_number, lead.negative)?;
    n.range(ctx, i)?;
    let fraction = match n.fraction(ctx, word_number)? {
        Fraction::Rate(d) => return rate(ctx, &lead, &n, d),
        Fraction::Part => true,
        Fraction::No => false,
    };
    // Time and date shapes are not figures ("$10/tháng" is a rate).
    let rest = &ctx.text[n.pos..];
    if !fraction
        && (rest.starts_with(':')
            || rest.starts_with('/') && lead.prefix_unit.is_none()
            || rest.starts_with('h') && rest[1..].starts_with(|c: char| c.is_ascii_digit()))
    {
        return None;
    }
    let (suffix_scale, scaled) = if fraction { (false, false) } else { n.scale(ctx) };
    let (mut unit, mut end) = if let Some(u) = lead.prefix_unit {
        (u, n.pos)
    } else if let Some((unit, end)) = unit_at(ctx, n.pos, scaled).filter(|_| !fraction) {
        (unit, end)
    } else if let Some((noun, end)) =
        counted_noun(ctx, n.last + 1, n.pos).filter(|_| !after_name_word(ctx, lead.start_tok))
    {
        (noun, end)
    } else if scaled && money_context(ctx, lead.start_tok)
        || ctx.tok(token_from_after(ctx, n.last + 1, n.pos)).is_empty() && suffix_scale
        || suffix_scale && !ctx.tok(token_from_after(ctx, n.last + 1, n.pos)).starts_with(is_alphanumeric)
    {
        // "mất hơn 200 triệu", "100k": money without its currency.
        ("VND", n.pos)
    } else {
        return None;
    };
    if unit == "USD" {
        end = n.cents(ctx, end);
    }
    // "lúc 9 giờ", "lúc 9 chiều": a time of day, not a quantity.
    if i.checked_sub(1).is_some_and(|p| matches!(ctx.ltok(p), "lúc" | "luc"))
        && matches!(unit, "giờ" | "h" | "phút" | "giây" | "gio" | "phut")
    {
        return None;
    }
    if lead.negative {
        n.value = -n.value;
        n.value_max = n.value_max.map(|v| -v);
    }
    let before = qualifier_before(ctx, lead.start_tok);
    let mut qualifier = if n.value_max.is_some() { Some(Qualifier::Range) } else { before.map(|(_, q)| q) };
    if n.value_max.is_none() {
        if let Some((q, e)) = qualifier_after(ctx, n.last + 1, end) {
            qualifier = Some(q);
            end = e;
        }
    }
    if unit.is_empty() {
        unit = "VND";
    }
    let start = match (qualifier, before) {
        (Some(Qualifier::Over | Qualifier::Under | Qualifier::About), Some((s, _))) => ctx.tokens[s].start(),
        _ => ctx.tokens[lead.start_tok].start(),
    };
    Some(FigureHit {
        start,
        end,
        value: n.value,
        value_max: n.value_max,
        unit: Cow::Borrowed(unit),
        qualifier,
        rule: if word_number.is_some() { "figure.number_word" } else { "figure.number" },
    })
}

/// True when the figure starting at token `i` follows a word that makes
/// its number a name ("tháng 2 vừa qua", "tháng 11 năm ngoái", "đường 49
/// hướng …": `name_before` of `data/figure_words.tsv`): only a unit or
/// money after it makes a quantity ("mỗi tháng 5 triệu đồng").
fn after_name_word(ctx: &Ctx, i: usize) -> bool {
    let Some(p) = i.checked_sub(1).filter(|&p| ctx.joined(p)) else { return false };
    // "chặng đường 57 năm", "mỗi tháng 3 lần": a quantity after all.
    let two = p.checked_sub(1).filter(|&q| ctx.joined(q));
    ctx.lex.date.name_before.contains(ctx.ltok(p))
        && !two.is_some_and(|q| has_two_words(ctx, q, &ctx.lex.date.quantity_before))
}

/// True when `set` holds words `i` and `i + 1` (lower case) joined by one
/// space, as [`Ctx::two_words`] writes them.
fn has_two_words<S: std::hash::BuildHasher>(ctx: &Ctx, i: usize, set: &std::collections::HashSet<String, S>) -> bool {
    with_two_words(ctx, i, |w| set.contains(w))
}

/// Calls `f` with words `i` and `i + 1` (lower case) joined by one space,
/// as [`Ctx::two_words`] writes them. When the two words are not joined in
/// the text by one space (a comma, a line break) or a spelling was
/// restored, `two_words` would build a `String` for each test: those are
/// written into a buffer on the stack instead (a `String` only for words
/// too long for it).
fn with_two_words<R>(ctx: &Ctx, i: usize, f: impl FnOnce(&str) -> R) -> R {
    if ctx.restore.is_none() && ctx.joined(i) {
        // The two words as they stand in the text: a slice, no copy.
        return f(&ctx.two_words(i));
    }
    let (a, b) = (ctx.ltok(i), ctx.ltok(i + 1));
    let mut buf = [0u8; 64];
    let len = a.len() + 1 + b.len();
    if len > buf.len() {
        return f(&ctx.two_words(i));
    }
    buf[..a.len()].copy_from_slice(a.as_bytes());
    buf[a.len()] = b' ';
    buf[a.len() + 1..len].copy_from_slice(b.as_bytes());
    // Two whole strings and an ASCII space: always UTF-8.
    match std::str::from_utf8(&buf[..len]) {
        Ok(w) => f(w),
        Err(_) => f(&ctx.two_words(i)),
    }
}

/// What stands before a figure's number: a minus sign or "âm", a currency
/// symbol or code; the token the figure starts at.
struct Lead<'l> {
    start_tok: usize,
    negative: bool,
    prefix_unit: Option<&'l str>,
}

impl<'l> Lead<'l> {
    /// The lead of the number at `i`; `None` when the number is glued to
    /// something that makes it no figure ("12-CT", "07/2025", "A1").
    fn at(ctx: &Ctx<'l>, i: usize, word_number: Option<(f64, usize)>) -> Option<Lead<'l>> {
        let mut lead = Lead { start_tok: i, negative: false, prefix_unit: None };
        let glued_before = i > 0 && ctx.tokens[i - 1].end() == ctx.tokens[i].start();
        if glued_before {
            let p = i - 1;
            match ctx.tok(p) {
                "(" | "\"" => {}
                // "-1200000", "-2 độ C": a minus sign after a space, not "2-1".
                "-" if p == 0 || ctx.tokens[p - 1].end() < ctx.tokens[p].start() => {
                    lead.negative = true;
                    lead.start_tok = p;
                }
                // "$10", "US$ 5", "€20"
                _ if money_symbol(ctx, p).is_some() => {
                    lead.prefix_unit = money_symbol(ctx, p);
                    lead.start_tok = p;
                    if p > 0 && ctx.tok(p - 1) == "US" && ctx.tokens[p - 1].end() == ctx.tokens[p].start() {
                        lead.start_tok = p - 1;
                    }
                }
                _ => return None,
            }
        }
        if lead.prefix_unit.is_some() || lead.negative {
            return Some(lead);
        }
        if let Some(p) = i.checked_sub(1).filter(|&p| ctx.joined(p)) {
            // "USD 25", "EUR 20": a currency code before the number.
            if ctx.shape(p) == Shape::Upper {
                if let Some(u) = money_symbol(ctx, p) {
                    lead.prefix_unit = Some(u);
                    lead.start_tok = p;
                }
            }
            // "âm 35 tỷ đồng"
            if matches!(ctx.ltok(p), "âm" | "am") && word_number.is_none() {
                lead.negative = true;
                lead.start_tok = p;
            }
        }
        Some(lead)
    }
}

/// A figure's number as read so far: its value (and upper end), the byte
/// after it, its last token.
struct Num {
    value: f64,
    value_max: Option<f64>,
    pos: usize,
    last: usize,
}

/// What follows a number after a slash.
enum Fraction {
    No,
    /// "1/3 sân", "152/152 bản": a fraction, or a part of a whole.
    Part,
    /// "0,13/1.000 trẻ": a rate per hundred or thousand; the token of the base.
    Rate(usize),
}

impl Num {
    /// The number at `i`, in digits or words; a decimal read aloud ("2
    /// chấm 23", "3 phẩy 5"). `None` for phone numbers and codes.
    fn at(ctx: &Ctx, i: usize, word_number: Option<(f64, usize)>, negative: bool) -> Option<Num> {
        if let Some((value, n)) = word_number {
            let last = i + n - 1;
            return Some(Num { value, value_max: None, pos: ctx.tokens[last].end(), last });
        }
        let s = ctx.tok(i);
        if s.len() >= 8 && !s.contains(['.', ',']) && !negative {
            return None; // phone numbers, codes
        }
        let mut num = Num { value: parse_number(s)?, value_max: None, pos: ctx.tokens[i].end(), last: i };
        if matches!(ctx.ltok(i + 1), "chấm" | "phẩy" | "cham" | "phay") && ctx.joined(i) {
            if let Some(frac) = (ctx.kind(i + 2) == Some(TokenKind::Number) && ctx.joined(i + 1))
                .then(|| ctx.tok(i + 2))
                .filter(|f| f.bytes().all(|b| b.is_ascii_digit()))
            {
                num.value = format!("{s}.{frac}").parse().ok()?;
                num.last = i + 2;
                num.pos = ctx.tokens[num.last].end();
            }
        }
        Some(num)
    }

    /// Ranges: "500 - 800", "20-40mm", "từ 10 đến 15%". `None` when the
    /// pair is a score ("thắng 2-1", "Chelsea 5-1 Sunderland").
    fn range(&mut self, ctx: &Ctx, i: usize) -> Option<()> {
        let Some((len, max)) = range_tail(&ctx.text[self.pos..]) else { return Some(()) };
        let prev = i.checked_sub(1);
        let between_names = prev.is_some_and(|p| ctx.is_cap(p))
            && ctx.shape(token_from_after(ctx, self.last + 1, self.pos + len)) == Shape::Title;
        let score =
            max <= self.value || prev.is_some_and(|p| ctx.lex.date.score_before.contains(ctx.ltok(p))) || between_names;
        if score {
            return None;
        }
        self.value_max = Some(max);
        self.pos += len;
        self.last = token_from_after(ctx, self.last + 1, self.pos).saturating_sub(1);
        Some(())
    }

    /// A slash and a number after the number: a fraction or a rate. `None`
    /// when the slash makes no figure (a date "1/2/2020", an address "16/26
    /// Trần Thiện Chánh", a zero base).
    fn fraction(&mut self, ctx: &Ctx, word_number: Option<(f64, usize)>) -> Option<Fraction> {
        let d = self.last + 2;
        if !ctx.text[self.pos..].starts_with('/')
            || self.value_max.is_some()
            || word_number.is_some()
            || ctx.kind(d) != Some(TokenKind::Number)
        {
            return Some(Fraction::No);
        }
        let whole = (ctx.tokens[d].start() == self.pos + 1).then(|| parse_number(ctx.tok(d))).flatten()?;
        if ctx.text[ctx.tokens[d].end()..].starts_with(['/', '-', '.']) || whole == 0.0 {
            return None;
        }
        // "0,13/1.000 trẻ": a rate per hundred or thousand keeps its base.
        let per = matches!(ctx.tok(d), "100" | "1.000" | "10.000" | "100.000");
        if self.value < whole && whole <= 10.0 {
            self.value /= whole;
        }
        self.pos = ctx.tokens[d].end();
        if ctx.shape(token_from_after(ctx, d + 1, self.pos)) != Shape::Lower {
            return None; // "16/26 Trần Thiện Chánh": an address
        }
        Some(if per { Fraction::Rate(d) } else { Fraction::Part })
    }

    /// "100k", "10K đồng", "1,2M lượt xem" (thousand and million), then
    /// scale words: "288 tỷ", "2 tỷ 500 triệu". Returns (a suffix was
    /// read, the number was scaled).
    fn scale(&mut self, ctx: &Ctx) -> (bool, bool) {
        let mut suffix_scale = false;
        let k = token_from_after(ctx, self.last + 1, self.pos);
        if ctx.tokens.get(k).is_some_and(|t| t.start() == self.pos) {
            let m = match ctx.tok(k) {
                "k" | "K" => Some(1e3),
                "M" => Some(1e6),
                _ => None,
            };
            if let Some(m) = m {
                self.times(m);
                self.pos = ctx.tokens[k].end();
                suffix_scale = true;
            }
        }
        let mut scaled = suffix_scale;
        let (scale, after_scale) = scale_at(ctx, self.pos);
        if let Some(m) = scale {
            self.times(m);
            self.pos = after_scale;
            scaled = true;
            if let Some((extra, after)) = compound_tail(ctx, self.pos, m) {
                self.value += extra;
                self.pos = after;
            }
        }
        (suffix_scale, scaled)
    }

    /// Multiplies by a scale; "128,3 tỷ" is 128300000000, not the float
    /// product's 128300000000.00002: a scaled value within rounding noise
    /// of a whole number is that number.
    fn times(&mut self, m: f64) {
        self.value = scaled(self.value, m);
        self.value_max = self.value_max.map(|v| scaled(v, m));
    }

    /// "2 đô la và 23 xen": dollars and cents after a sum ending at `end`;
    /// the new end.
    fn cents(&mut self, ctx: &Ctx, end: usize) -> usize {
        let k = ctx.token_from(end);
        let cents = matches!(ctx.ltok(k), "và" | "va")
            && ctx.kind(k + 1) == Some(TokenKind::Number)
            && matches!(ctx.ltok(k + 2), "xen" | "cent" | "cents");
        match cents.then(|| parse_number(ctx.tok(k + 1))).flatten().filter(|c| *c < 100.0) {
            Some(c) => {
                self.value += c / 100.0;
                ctx.tokens[k + 2].end()
            }
            None => end,
        }
    }
}

/// `v` times the scale `m`, snapped to the whole number within rounding
/// noise of the product.
fn scaled(v: f64, m: f64) -> f64 {
    let p = v * m;
    let r = p.round();
    if m >= 1.0 && (p - r).abs() <= 1e-9 * r.abs().max(1.0) {
        r
    } else {
        p
    }
}

/// "0,13/1.000 trẻ": a rate per hundred or thousand (base at token `d`),
/// its unit the base and the counted noun.
fn rate<'a>(ctx: &Ctx<'a>, lead: &Lead, n: &Num, d: usize) -> Option<FigureHit<'a>> {
    let (noun, end) = counted_noun(ctx, n.last + 1, n.pos)?;
    let unit = Cow::Owned(format!("/{} {noun}", ctx.tok(d)));
    let before = qualifier_before(ctx, lead.start_tok);
    let start = before.map_or(ctx.tokens[lead.start_tok].start(), |(s, _)| ctx.tokens[s].start());
    let qualifier = before.map(|(_, q)| q);
    Some(FigureHit { start, end, value: n.value, value_max: None, unit, qualifier, rule: "figure.rate" })
}

/// A qualifier written after a figure ending at `end` ("10 tỷ đồng trở
/// lên"): the qualifier and the new end. Every token before `from` starts
/// before `end` (see [`token_from_after`]).
fn qualifier_after(ctx: &Ctx, from: usize, end: usize) -> Option<(Qualifier, usize)> {
    let k = token_from_after(ctx, from, end);
    if ctx.tokens.get(k).is_none_or(|t| t.start() != end + 1) {
        return None;
    }
    let (n, (_, q)) = ctx.phrase_at(k, &ctx.lex.date.qualifiers).filter(|(_, (_, q))| q.after)?;
    Some((q.qualifier, ctx.tokens[k + n - 1].end()))
}

/// A currency written as a symbol or code ("$", "€", "USD") at token `k`:
/// its ISO code.
fn money_symbol<'l>(ctx: &Ctx<'l>, k: usize) -> Option<&'l str> {
    let lex: &'l crate::lexicon::Lexicon = ctx.lex;
    lex.units.get(ctx.raw(k)).filter(|u| u.kind == UnitKind::Money && !u.after_scale).map(|u| u.unit.as_str())
}

/// A money word within the eight tokens before `i`, in the same sentence.
fn money_context(ctx: &Ctx, i: usize) -> bool {
    let lex = &ctx.lex.date;
    (i.saturating_sub(8)..i)
        .rev()
        .take_while(|&k| !matches!(ctx.tok(k), "." | "!" | "?" | ";"))
        .any(|k| lex.money_context.contains(ctx.ltok(k)) || (k + 1 < i && has_two_words(ctx, k, &lex.money_context)))
}

/// "6ha", "5kg": a word token of one digit and a unit written in lower case.
fn glued_unit<'a>(ctx: &Ctx<'a>, i: usize, start_tok: usize) -> Option<FigureHit<'a>> {
    let lex: &'a crate::lexicon::Lexicon = ctx.lex;
    let s = ctx.tok(i);
    let digits = s.find(|c: char| !c.is_ascii_digit())?;
    let (num, unit_text) = s.split_at(digits);
    if unit_text.chars().any(char::is_uppercase) {
        return None; // "5G", "4K"
    }
    let u = lex.units.get(unit_text).filter(|u| u.kind != UnitKind::Scale && !u.after_scale)?;
    let mut value: f64 = num.parse().ok()?;
    let mut end = ctx.tokens[i].end();
    // "1m73", "2m5": metres and the centimetres or tenths after them.
    if unit_text == "m" && ctx.gaps.get(i + 1) == Some(&crate::lexicon::Gap::Glued) {
        let tail = ctx.tok(i + 1);
        let alone = ctx.gaps.get(i + 2) != Some(&crate::lexicon::Gap::Glued)
            || !matches!(ctx.kind(i + 2), Some(TokenKind::Word | TokenKind::Number));
        if (1..=2).contains(&tail.len()) && tail.bytes().all(|b| b.is_ascii_digit()) && alone {
            value = format!("{num}.{tail}").parse().ok()?;
            end = ctx.tokens[i + 1].end();
        }
    }
    let before = qualifier_before(ctx, start_tok);
    let start = before.map_or(ctx.tokens[start_tok].start(), |(s, _)| ctx.tokens[s].start());
    Some(FigureHit {
        start,
        end,
        value,
        value_max: None,
        unit: Cow::Borrowed(&u.unit),
        qualifier: before.map(|(_, q)| q),
        rule: "figure.number",
    })
}

/// True for the letters of the Latin blocks Vietnamese is written with
/// (U+00C0–U+024F but "×" and "÷", U+1E00–U+1EFF): every one of them is
/// alphabetic (test `latin_letters_are_alphabetic`), which is answered
/// here by a range test where the standard library's table look-up costs
/// some 300 instructions a char.
fn is_latin_letter(c: char) -> bool {
    matches!(c, '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}' | '\u{F8}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}')
}

/// [`char::is_alphabetic`], the letters of Vietnamese answered by ranges.
fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    is_latin_letter(c) || c.is_alphabetic()
}

/// [`char::is_alphanumeric`], the letters of Vietnamese answered by ranges.
fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    is_latin_letter(c) || c.is_alphanumeric()
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
    !text[pos + len..].chars().next().is_some_and(is_alphanumeric)
}

/// A scale word ("triệu", "nghìn tỷ") after the spaces at `pos`: its
/// multiplier and where it ends, else `(None, pos)`.
fn scale_at(ctx: &Ctx, pos: usize) -> (Option<f64>, usize) {
    // (The spaces skipped bytewise: a space is ASCII.)
    let p = pos + ctx.lower.as_bytes()[pos..].iter().take_while(|&&b| b == b' ').count();
    // Only the scale words, in the order of the units table; a word whose
    // first byte differs is passed over without comparing the rest.
    let rest = &ctx.lower.as_bytes()[p..];
    let Some(&b) = rest.first() else { return (None, pos) };
    for (surface, u) in ctx.lex.units.scales() {
        let sb = surface.as_bytes();
        if sb.first() == Some(&b) && rest.starts_with(sb) && word_end(&ctx.lower, p, sb.len()) {
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

/// The unit written at `pos` (after spaces) from `data/units.tsv`, and
/// where it ends; `scaled` when a scale word was read before it, which
/// units marked `after_scale` need ("30 triệu bảng").
fn unit_at<'a>(ctx: &Ctx<'a>, pos: usize, scaled: bool) -> Option<(&'a str, usize)> {
    let lex: &'a crate::lexicon::Lexicon = ctx.lex;
    let spaces = ctx.lower[pos..].len() - ctx.lower[pos..].trim_start_matches(' ').len();
    let p = pos + spaces;
    for (surface, u) in lex.units.starting(&ctx.lower[p..]) {
        if u.kind == UnitKind::Scale || u.after_scale && !scaled {
            continue;
        }
        let s = surface;
        if !ctx.lower[p..].starts_with(s.as_str()) {
            continue;
        }
        let symbol = !s.starts_with(is_alphanumeric);
        let ok = u.kind == UnitKind::Percent && surface.as_str() == "%" || symbol || word_end(&ctx.lower, p, s.len());
        // One-letter units are written in lower case: "1,2M" is not metres.
        if ok && s.len() == 1 && s.chars().all(|c| c.is_ascii_alphabetic()) && !ctx.text[p..].starts_with(s.as_str()) {
            continue;
        }
        // Symbols must be glued or spaced; "%" may be glued, words need a space.
        // (The unit, a space and the letters after it: a slice of the
        // lower-cased text, which starts with the unit here.)
        let continues_word = ok
            && ctx.lower[p + s.len()..].strip_prefix(' ').is_some_and(|rest| {
                let next = rest.find(|c: char| !is_alphabetic(c)).unwrap_or(rest.len());
                ctx.lex.words.contains(&ctx.lower[p..p + s.len() + 1 + next])
            });
        if ok && !continues_word {
            let mut end = p + s.len();
            // "0,3%/năm": the rate's period belongs to the figure text.
            if u.kind == UnitKind::Percent && ctx.text[end..].starts_with("/năm") {
                end += "/năm".len();
            }
            return Some((&u.unit, end));
        }
    }
    None
}

/// True when token `k` opens a name of capitalised words ("Sài Gòn",
/// "Nguyễn Thị Minh Khai", "Novak Djokovic") that is neither a role nor a
/// body's head: a number before it is a house number, a score or a rank
/// ("446-448 Nguyễn Thị Minh Khai", "2-3 Sài Gòn FC"), not a count of it.
/// Counted nouns are written in lower case; roles and bodies keep their
/// capitals ("2 Phó Chủ tịch", "3 Sở Y tế"). A known body named without a
/// head word is a name ("4 - 0 Hull City").
fn proper_name_at(ctx: &Ctx, k: usize) -> bool {
    ctx.shape(k) == Shape::Title
        && ctx.joined(k)
        && matches!(ctx.shape(k + 1), Shape::Title | Shape::Upper)
        && ctx.role_at(k).is_none()
        && !super::organisations::head_at(ctx, k)
            .is_some_and(|(_, known)| !known || ctx.feat(k).any(Feat::ORG_HEAD_FIRST))
}

/// The length of the longest word of the word list of two or three
/// tokens from `i`: what `is_word(i, 3)` then `is_word(i, 2)` answer, by
/// one walk of the trie cut after three tokens (a word of three is found
/// only along the edges of its first two tokens, so with none, no word of
/// three either).
fn word_of_two_or_three(ctx: &Ctx, i: usize) -> Option<usize> {
    let words = &ctx.lex.words;
    if !ctx.feat(i).any(words.first_feat()) {
        return None;
    }
    let end = (i + 3).min(ctx.ids.len());
    let gaps = ctx.gaps.get(..end)?;
    words.longest(&ctx.ids[..end], gaps, i).map(|(n, _)| n).filter(|&n| n >= 2)
}

/// The counted noun phrase after a number ending at `pos` (every token
/// before `from` starts before it): up to three lexical words,
/// stopping at punctuation, numbers and function words; "tỉnh/ thành phố"
/// keeps its alternative.
fn counted_noun<'a>(ctx: &Ctx<'a>, from: usize, pos: usize) -> Option<(&'a str, usize)> {
    let first = token_from_after(ctx, from, pos);
    if ctx.kind(first) != Some(TokenKind::Word)
        || ctx.tokens[first].start() != pos + 1
        || ctx.text.as_bytes().get(pos) != Some(&b' ')
    {
        return None;
    }
    let lex = &ctx.lex.date;
    // "SEA Games 29 diễn ra": a phrase of two words is tested whole
    // ("diễn ra", not "diễn viên").
    let two = || {
        ctx.joined(first)
            && (ctx.restore.is_some() || ctx.feat(first).any(Feat::NOT_COUNTED_FIRST))
            && has_two_words(ctx, first, &lex.not_counted)
    };
    if is_not_counted(ctx, first, ctx.ltok(first)) || two() || proper_name_at(ctx, first) {
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
        if is_stopword(ctx, i, w) && !(i == first && w == "tổ") || (i > first && is_not_counted(ctx, i, w)) {
            break;
        }
        // A lexical word of several syllables is taken whole, unless its
        // last syllable is a word that never counts ("ngày trước").
        let counts = |n: usize| !is_not_counted(ctx, i + n - 1, ctx.ltok(i + n - 1));
        let len = match word_of_two_or_three(ctx, i) {
            Some(3) if counts(3) => 3,
            // The word of three has a last syllable that never counts: the
            // word of two, if there is one, in its place.
            Some(3) if ctx.is_word(i, 2) && counts(2) => 2,
            Some(2) if counts(2) => 2,
            _ => 1,
        };
        let classifier = i == first && is_classifier(ctx, i, len);
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
    // "40 tỉnh/ thành phố": an alternative after a slash (not a rate: "/năm").
    let e = ctx.tokens[end_tok].end();
    if ctx.tok(end_tok + 1) == "/" && ctx.tokens[end_tok + 1].start() == e {
        let k = end_tok + 2;
        let rate = ctx.single_date_unit(k) || ctx.lex.units.get(ctx.ltok(k)).is_some();
        if ctx.kind(k) == Some(TokenKind::Word) && ctx.shape(k) == Shape::Lower && !rate {
            let len = word_of_two_or_three(ctx, k).unwrap_or(1);
            end_tok = k + len - 1;
        }
    }
    let s = ctx.tokens[first].start();
    let e = ctx.tokens[end_tok].end();
    let noun = &ctx.text[s..e];
    if noun.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    // "389 tỉnh Đắk Lắk": a place word before a place's name is not counted;
    // "954 đường Láng": a street word before any name (a span of time
    // counts: "3 tháng Faye đi theo …").
    // (The lists are asked only before a name: most nouns are not.)
    let named = ctx.joined(end_tok) && ctx.shape(end_tok + 1) == Shape::Title;
    if named {
        let place_word = matches!(noun, "tỉnh" | "thành phố") || ctx.lex.not_province_before.contains(noun);
        let street = lex.name_before.contains(noun) && !ctx.single_date_unit(end_tok);
        if place_word && ctx.feat(end_tok + 1).any(Feat::PROVINCE_FIRST) || street {
            return None;
        }
    }
    Some((noun, e))
}

/// True when `w`, token `i` as [`Ctx::ltok`] gives it, is a function word
/// of the stopword list. In text with diacritics `ltok` is the token as
/// written, and the lexicon marked every one-word entry of the list with
/// [`Feat::STOPWORD`] (a token never holds a space, so the entries of
/// several words never match it): the token's feature bit answers without
/// hashing the string. In text without diacritics `ltok` may be a restored
/// spelling, which the bit of the written token does not describe: the set
/// answers.
fn is_stopword(ctx: &Ctx, i: usize, w: &str) -> bool {
    match ctx.restore {
        None => ctx.feat(i).any(Feat::STOPWORD),
        Some(_) => ctx.lex.stopwords.contains(w),
    }
}

/// True when `w`, token `i` as [`Ctx::ltok`] gives it, is a one-word
/// entry of `not_counted`: in text with diacritics by the token's
/// [`Feat::NOT_COUNTED`] bit, set from the same list on the same
/// lower-case key (as [`is_stopword`]); by the set in text without them.
fn is_not_counted(ctx: &Ctx, i: usize, w: &str) -> bool {
    match ctx.restore {
        None => ctx.feat(i).any(Feat::NOT_COUNTED),
        Some(_) => ctx.lex.date.not_counted.contains(w),
    }
}

/// True when the `len` words from token `i` (lower case as written) are a
/// classifier ("con", "chiếc"). One word is answered by its
/// [`Feat::CLASSIFIER`] bit, set from the same list on the same lower-case
/// key; a classifier of several words by the set.
fn is_classifier(ctx: &Ctx, i: usize, len: usize) -> bool {
    if len == 1 {
        return ctx.feat(i).any(Feat::CLASSIFIER);
    }
    let word = &ctx.lower[ctx.tokens[i].start()..ctx.tokens[i + len - 1].end()];
    ctx.lex.classifiers.contains(word)
}

impl Ctx<'_> {
    /// True when token `k` is a unit of time of the date words (ngày, tuần, tháng, năm).
    fn single_date_unit(&self, k: usize) -> bool {
        use crate::lexicon::dates::kind as K;
        self.feat(k).any(Feat::DATE_FIRST)
            && self.lex.date.words.get(self.raw(k)).is_some_and(|w| w.is(K::DAY | K::WEEK | K::MONTH | K::YEAR))
    }
}

/// Texts on which the scans for figure and date starts by feature bits
/// are checked against the scans that read each token (their oracles):
/// the sample articles, and texts joined from numbers, words glued to a
/// digit ("6ha", "3D", "7h30"), number and date words, brackets and other
/// marks, each with diacritics and folded (read with the lexicon for text
/// without them: `true`).
#[cfg(test)]
pub(super) fn start_texts() -> Vec<(String, bool)> {
    let pieces = [
        "6ha",
        "3D",
        "12ha",
        "5kg",
        "7h30",
        "3Đ",
        "4ở",
        "2024",
        "2.500",
        "99,75",
        "1,5",
        "30/4/1975",
        "(",
        ")",
        "(5)",
        "(2024)",
        "năm",
        "ngày",
        "tháng",
        "hai",
        "mươi",
        "mười",
        "lẻ",
        "triệu",
        "tỷ",
        "đồng",
        "ông",
        "A4",
        "VF9",
        "km2",
        "%",
        "/",
        "-",
        ",",
        ".",
        "quý",
        "I",
        "từ",
        "đến",
        "nay",
        "Hà Nội",
        "x",
        "m²",
        "@",
        "9x.vn",
        "a1@b.vn",
    ];
    let mut texts = crate::data::sample_texts();
    texts.extend(crate::testing::joined_pieces(&pieces, 13, 1500, 40, Some(3)));
    texts.extend(crate::testing::joined_pieces(&pieces, 29, 300, 40, None));
    texts.extend(["", "6", "(", "( 7", "6ha", "(6ha"].map(String::from));
    let folded: Vec<(String, bool)> = texts.iter().map(|t| (crate::normalize::fold(t), true)).collect();
    texts.into_iter().map(|t| (t, false)).chain(folded).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The start of a figure found by the feature bits is the one found by
    /// reading each token's kind and first byte, from every token (and
    /// past the end) of every text of `start_texts`, whose words glued to
    /// a digit are found.
    #[test]
    fn starts_found_by_bits_are_those_found_by_reading() {
        let lex: &crate::lexicon::Lexicon = &crate::lexicon::DEFAULT;
        let (mut starts, mut glued) = (0, 0);
        for (text, plain) in start_texts() {
            let ctx = Ctx::with_plain(lex.for_text(plain), &text, plain);
            let n = ctx.tokens.len();
            for from in 0..n + 2 {
                let k = next_start(&ctx, from);
                assert_eq!(k, next_start_by_reading(&ctx, from), "{text:?} {from}");
                if k == from {
                    starts += 1;
                    glued += usize::from(
                        ctx.kind(k) == Some(TokenKind::Word) && ctx.tok(k).starts_with(|c: char| c.is_ascii_digit()),
                    );
                }
            }
        }
        assert!(starts > 10_000 && glued > 1_000, "{starts} {glued}");
    }

    /// One walk answers as `is_word` for three tokens, then two, at every
    /// token of text with words of two and three syllables, glued words,
    /// punctuation and the end of the text, with and without diacritics.
    #[test]
    fn word_of_two_or_three_as_is_word() {
        let lex: &crate::lexicon::Lexicon = &crate::lexicon::DEFAULT;
        let texts = [
            "Có 12 bàn thắng, 30 học sinh giỏi và 4 hợp tác xã nông nghiệp ở ủy ban nhân dân xã.",
            "5 tỉnh/ thành phố; 7 doanh nghiệp nhà nước-tư nhân: 9 cán bộ công nhân viên chức",
            "co 12 ban thang, 30 hoc sinh gioi va 4 hop tac xa nong nghiep o uy ban nhan dan",
            "hợp tác xã",
            "học sinh",
        ];
        let mut found = [0; 4];
        for text in texts {
            for plain in [false, true] {
                let ctx = Ctx::with_plain(lex.for_text(plain), text, plain);
                for i in 0..ctx.tokens.len() + 2 {
                    let expected = (2..=3).rev().find(|&n| ctx.is_word(i, n));
                    assert_eq!(word_of_two_or_three(&ctx, i), expected, "{text:?} {i}");
                    found[expected.unwrap_or(0)] += 1;
                }
            }
        }
        assert!(found[2] > 5 && found[3] > 1, "{found:?}");
    }

    /// The feature bits answer as the lists do (and `Ctx::is_word`, which
    /// asks the bit before the trie, as the trie), for every entry of the
    /// stopword, classifier and word lists and every restorable word, in
    /// both lexicons (text with diacritics, and without: `ltok` then gives
    /// restored spellings, which the sets answer).
    #[test]
    fn feature_bits_answer_as_the_lists() {
        let default: &crate::lexicon::Lexicon = &crate::lexicon::DEFAULT;
        for (lex, plain) in [(default, false), (default.for_text(true), true)] {
            let mut texts: Vec<&str> = Vec::new();
            texts.extend(lex.stopwords.iter().map(String::as_str));
            texts.extend(lex.classifiers.iter().map(String::as_str));
            texts.extend(lex.words.iter().map(|(k, _)| k.as_str()));
            texts.extend(lex.restore.iter().flat_map(|(k, v)| [k.as_str(), v.as_str()]));
            texts.extend(lex.date.not_counted.iter().map(String::as_str));
            let mut restored = 0;
            for text in texts {
                let ctx = Ctx::with_plain(lex, text, plain);
                let n = ctx.tokens.len();
                for i in 0..n {
                    let w = ctx.ltok(i);
                    restored += usize::from(w != ctx.raw(i));
                    assert_eq!(is_stopword(&ctx, i, w), lex.stopwords.contains(w), "{text:?} {i}");
                    assert_eq!(is_not_counted(&ctx, i, w), lex.date.not_counted.contains(w), "{text:?} {i}");
                    if i + 1 < n && ctx.joined(i) && has_two_words(&ctx, i, &lex.date.not_counted) {
                        assert!(plain || ctx.feat(i).any(Feat::NOT_COUNTED_FIRST), "{text:?} {i}");
                    }
                    for len in 1..=3.min(n - i) {
                        let word = &ctx.lower[ctx.tokens[i].start()..ctx.tokens[i + len - 1].end()];
                        assert_eq!(is_classifier(&ctx, i, len), lex.classifiers.contains(word), "{text:?} {i}");
                        let walked = lex.words.has(&ctx.ids, &ctx.gaps, i, len);
                        assert_eq!(ctx.is_word(i, len), walked, "{text:?} {i}");
                    }
                }
            }
            // The restored spellings were met (the test covers them).
            assert_eq!(plain, restored > 0);
        }
    }

    /// Where `may_be_labelled` says no, no label of `id_before` or
    /// `quantity_before` ends at the token (the one word, or the two words
    /// ending there), in both lexicons; and every label is found where it
    /// is written.
    #[test]
    fn label_bits_answer_as_the_lists() {
        let default: &crate::lexicon::Lexicon = &crate::lexicon::DEFAULT;
        for (lex, plain) in [(default, false), (default.for_text(true), true)] {
            let labels: Vec<&String> = lex.id_before.iter().chain(&lex.date.quantity_before).collect();
            let mut texts: Vec<String> = labels.iter().map(|l| format!("{l} 5")).collect();
            texts.extend(lex.words.iter().take(3000).map(|(k, _)| format!("{k} 5")));
            let mut found = 0;
            for text in &texts {
                let ctx = Ctx::with_plain(lex, text, plain);
                for p in 0..ctx.tokens.len() {
                    let one = lex.id_before.contains(ctx.ltok(p));
                    let two = p.checked_sub(1).is_some_and(|q| {
                        with_two_words(&ctx, q, |w| lex.id_before.contains(w) || lex.date.quantity_before.contains(w))
                    });
                    if one || two {
                        found += 1;
                        assert!(may_be_labelled(&ctx, p), "{text:?} {p}");
                    }
                }
            }
            assert!(found >= labels.len() / 2, "{found} of {}", labels.len());
        }
    }

    /// The ranges of `is_latin_letter` hold letters only, and the fast
    /// tests answer as the standard library's over ASCII and those ranges.
    #[test]
    fn latin_letters_are_alphabetic() {
        for c in ('\0'..='\u{2FF}').chain('\u{1E00}'..='\u{1EFF}') {
            if is_latin_letter(c) {
                assert!(c.is_alphabetic(), "{c:?}");
            }
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
        assert!(!is_latin_letter('×') && !is_latin_letter('÷'));
    }

    /// Numbers grouped in thousands by dots read as integers give the value
    /// the float parser gives for their digits.
    #[test]
    fn thousands_read_as_the_float_parser() {
        let mut v: u64 = 7;
        for _ in 0..20_000 {
            v = v.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let n = (v >> 11) % 10u64.pow(1 + (v % 15) as u32);
            let digits = n.to_string();
            let mut grouped = String::new();
            for (k, c) in digits.chars().enumerate() {
                if k > 0 && (digits.len() - k) % 3 == 0 {
                    grouped.push('.');
                }
                grouped.push(c);
            }
            assert_eq!(parse_number(&grouped), digits.parse::<f64>().ok(), "{grouped}");
        }
        assert_eq!(parse_number(".500"), Some(500.0));
        assert_eq!(parse_number("0.500"), Some(500.0));
        assert_eq!(parse_number("1.234.567.890.123.456"), "1234567890123456".parse::<f64>().ok());
    }

    #[test]
    fn vietnamese_numbers() {
        assert_eq!(parse_number("2.500"), Some(2500.0));
        assert_eq!(parse_number("3.321"), Some(3321.0));
        assert_eq!(parse_number("99,75"), Some(99.75));
        assert_eq!(parse_number("1.234.567,5"), Some(1234567.5));
        assert_eq!(parse_number("0,3"), Some(0.3));
        assert_eq!(parse_number("1.5"), Some(1.5));
    }

    /// Numbers of digits only are read without the float parser: the same
    /// values it gives, up to the longest read that way and past it.
    #[test]
    fn digits_only_read_as_the_float_parser_reads_them() {
        for s in [
            "0",
            "7",
            "007",
            "2024",
            "99999",
            "123456789012345",
            "999999999999999",
            "9999999999999999",
            "12345678901234567",
        ] {
            assert_eq!(parse_number(s), s.parse::<f64>().ok(), "{s}");
        }
        assert_eq!(parse_number(""), None);
    }
}
