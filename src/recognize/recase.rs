//! Lines written in capitals ("CHỦ TỊCH UBND TỈNH SÓC TRĂNG LÂM VĂN MẪN
//! THĂM…") are given the case they would have in running text before the
//! recognisers see them: lower case, with roles, bodies and provinces as the
//! data writes them, acronyms in capitals, and names after a family name in
//! Title case. Case mapping of Vietnamese letters keeps UTF-8 lengths, so the
//! recased text has the same byte offsets as the normalised one.

use crate::lexicon::Lexicon;
use crate::normalize::{is_letter, lower_char};

/// Lines with at least this many letters, none lower-case, are recased.
const MIN_LETTERS: usize = 8;
/// The longest phrase looked up in the data, in words.
const MAX_PHRASE: usize = 6;

/// Recases every all-capitals line of `text`; returns `None` when there is none.
pub(crate) fn capital_lines(text: &str, lex: &Lexicon) -> Option<String> {
    let mut out: Option<String> = None;
    let mut at = 0;
    for line in crate::tokenize::split_lines(text) {
        if is_capitals(line) {
            let recased = recase_line(line, lex, text.is_ascii());
            out.get_or_insert_with(|| text.to_string()).replace_range(at..at + line.len(), &recased);
        }
        at += line.len() + 1;
    }
    out
}

fn is_capitals(line: &str) -> bool {
    let mut letters = 0;
    for c in line.chars() {
        if c.is_lowercase() {
            return false;
        }
        if is_letter(c) {
            letters += 1;
        }
    }
    letters >= MIN_LETTERS && line.contains(' ')
}

/// Words of a line: byte ranges of runs of letters and digits.
fn words(line: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in line.char_indices() {
        let inside = is_letter(c) || c.is_ascii_digit();
        match (inside, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, line.len()));
    }
    out
}

/// Upper-cases `c` when its upper case is one char of the same length.
fn upper_char(c: char) -> char {
    let mut it = c.to_uppercase();
    match (it.next(), it.next()) {
        (Some(u), None) if u.len_utf8() == c.len_utf8() => u,
        _ => c,
    }
}

fn recase_line(line: &str, lex: &Lexicon, plain: bool) -> String {
    let lower: String = line.chars().map(lower_char).collect();
    let mut out: Vec<char> = lower.chars().collect();
    // Char index of each byte offset, to edit `out` by byte ranges.
    let mut char_at = vec![0usize; lower.len() + 1];
    for (n, (i, c)) in lower.char_indices().enumerate() {
        char_at[i..i + c.len_utf8()].fill(n);
    }
    char_at[lower.len()] = out.len();
    let ws = words(&lower);
    let text_of = |from: usize, n: usize| -> Option<String> {
        let (s, _) = *ws.get(from)?;
        let (_, e) = *ws.get(from + n - 1)?;
        let phrase = &lower[s..e];
        // Words joined by single spaces only.
        (phrase.split(' ').count() == n && !phrase.contains("  ")).then(|| phrase.to_string())
    };
    // Copies the case of `display` onto the words from `from` (same letters).
    let apply = |out: &mut Vec<char>, from: usize, display: &str| {
        let s = char_at[ws[from].0];
        for (k, d) in display.chars().enumerate() {
            if let Some(c) = out.get_mut(s + k) {
                if d.is_uppercase() {
                    *c = upper_char(*c);
                }
            }
        }
    };
    let capitalise = |out: &mut Vec<char>, w: usize| {
        let s = char_at[ws[w].0];
        out[s] = upper_char(out[s]);
    };
    let mut i = 0;
    let mut after_head = false;
    while i < ws.len() {
        let (s, e) = ws[i];
        let original = &line[s..e];
        // Acronyms and codes stay in capitals: "UBND", "HĐND", "TP", "COVID".
        let no_vowel = !original
            .chars()
            .any(|c| crate::normalize::fold_char(c).is_ascii() && "AEIOUY".contains(crate::normalize::fold_char(c)));
        if lex.acronyms.contains_key(original) || (no_vowel && original.chars().count() >= 2) {
            for c in &mut out[char_at[s]..char_at[e]] {
                *c = upper_char(*c);
            }
            after_head = false;
            i += 1;
            continue;
        }
        // Roles, bodies and provinces as the data writes them.
        let mut matched = 0;
        for n in (1..=MAX_PHRASE.min(ws.len() - i)).rev() {
            let Some(phrase) = text_of(i, n) else { continue };
            let display = lex
                .roles
                .get(&phrase)
                .map(|(d, _)| d.as_str())
                .or_else(|| lex.org_heads.get(&phrase).map(String::as_str))
                .or_else(|| lex.org_known.get(&phrase).map(|(name, _)| name.as_str()))
                .or_else(|| lex.countries.get(&phrase).map(String::as_str))
                .or_else(|| {
                    lex.province_names
                        .contains(&phrase)
                        .then(|| crate::data::lookup_province(&phrase))
                        .flatten()
                        .map(|p| p.name.as_str())
                });
            if let Some(display) = display {
                after_head = lex.org_heads.get(&phrase).is_some();
                if crate::normalize::fold(&crate::data::lower(display)) == crate::normalize::fold(&phrase) {
                    apply(&mut out, i, display);
                } else {
                    // A province alias spelled otherwise: every word capitalised.
                    (i..i + n).for_each(|w| capitalise(&mut out, w));
                }
                matched = n;
                break;
            }
        }
        if matched > 0 {
            i += matched;
            continue;
        }
        let was_after_head = std::mem::take(&mut after_head);
        // "ông", "bà" before a name are honorifics (Ông is a family name too).
        if lex.honorifics.get(&lower[s..e]).is_some() {
            i += 1;
            continue;
        }
        // A family name and the given names after it (up to three words in
        // all, or four after a double family name): "Lâm Văn Mẫn".
        let double = text_of(i, 2).map(|p| title_case(&p)).filter(|p| !was_after_head && lex.surnames.contains(p));
        // Right after a head word the body's name goes on: "Hội nông dân"
        // is not the family name Nông.
        let single = !was_after_head && lex.surnames.contains(&title_case(&lower[s..e]));
        if double.is_some() || single {
            let first = if double.is_some() { 2 } else { 1 };
            let mut n = first;
            while n < first + 2 && i + n < ws.len() {
                let Some(next) = text_of(i + n - 1, 2) else { break };
                let w = next.rsplit(' ').next().unwrap_or("");
                // A role after the name starts a title, not a given name.
                let role = (1..=MAX_PHRASE).any(|k| text_of(i + n, k).is_some_and(|p| lex.roles.contains(&p)));
                // Without diacritics most given names spell a function word
                // too ("van" is Văn and vẫn): only roles stop the name there.
                if (!plain && lex.stopwords.contains(w)) || role {
                    break;
                }
                n += 1;
            }
            if n >= 2 {
                (i..i + n).for_each(|w| capitalise(&mut out, w));
                i += n;
                continue;
            }
        }
        i += 1;
    }
    // The line's first word opens a sentence.
    if let Some(&(s, _)) = ws.first() {
        let k = char_at[s];
        out[k] = upper_char(out[k]);
    }
    out.into_iter().collect()
}

fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut cs = w.chars();
            cs.next().map(|c| upper_char(c).to_string() + cs.as_str()).unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::DEFAULT;

    #[test]
    fn headlines_get_running_text_case() {
        let lex = &*DEFAULT;
        let cases = [
            (
                "CHỦ TỊCH UBND TỈNH SÓC TRĂNG LÂM VĂN MẪN THĂM HỘI NÔNG DÂN",
                "Chủ tịch UBND tỉnh Sóc Trăng Lâm Văn Mẫn thăm Hội nông dân",
            ),
            ("Thường ngày\nĐẠI TƯỚNG PHAN VĂN GIANG LÀM VIỆC", "Thường ngày\nĐại tướng Phan Văn Giang làm việc"),
        ];
        for (input, want) in cases {
            let got = capital_lines(input, lex).unwrap_or_else(|| input.to_string());
            assert_eq!(got, want);
            assert_eq!(got.len(), input.len());
        }
        assert!(capital_lines("Ông Nguyễn Văn An. UBND", lex).is_none());
    }
}
