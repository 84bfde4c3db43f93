//! Lines written in capitals ("CHỦ TỊCH UBND TỈNH SÓC TRĂNG LÂM VĂN MẪN
//! THĂM…") are given the case they would have in running text before the
//! recognisers see them: lower case, with roles, bodies and provinces as the
//! data writes them, acronyms in capitals, and names after a family name in
//! Title case. Case mapping of Vietnamese letters keeps UTF-8 lengths, so the
//! recased text has the same byte offsets as the normalised one.

use crate::lexicon::Lexicon;
use crate::normalize::{is_letter, lower_char};
use std::ops::Range;

/// Lines with at least this many letters, none lower-case, are recased.
const MIN_LETTERS: usize = 8;
/// The longest phrase looked up in the data, in words.
const MAX_PHRASE: usize = 6;

/// Recases every all-capitals line of `text`; returns `None` when there is
/// none, else the recased text and the byte ranges of the lines recased
/// (the same in both texts), whose capitals the recognisers know to be
/// guessed.
pub(crate) fn capital_lines(text: &str, lex: &Lexicon) -> Option<(String, Vec<Range<usize>>)> {
    let mut out: Option<(String, Vec<Range<usize>>)> = None;
    let mut at = 0;
    for line in crate::tokenize::split_lines(text) {
        if is_capitals(line) {
            let recased = recase_line(line, lex, text.is_ascii());
            let (text, lines) = out.get_or_insert_with(|| (text.to_string(), Vec::new()));
            text.replace_range(at..at + line.len(), &recased);
            lines.push(at..at + line.len());
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

/// Recases one all-capitals line, word by word, in the order the steps
/// decide: an acronym stays in capitals; a role, body, country or province
/// takes the case the data writes it in; an honorific stays lower case; a
/// family name and the given names after it take Title case; the line's
/// first word opens a sentence.
fn recase_line(line: &str, lex: &Lexicon, plain: bool) -> String {
    let mut l = Line::new(line);
    let mut i = 0;
    // Whether the last word read ended a head word ("Hội"), whose body's
    // name goes on after it.
    let mut after_head = false;
    while i < l.words.len() {
        if l.acronym(i, lex) {
            l.upper_word(i);
            after_head = false;
            i += 1;
            continue;
        }
        if let Some((n, head)) = l.as_data_writes(i, lex) {
            after_head = head;
            i += n;
            continue;
        }
        let was_after_head = std::mem::take(&mut after_head);
        // "ông", "bà" before a name are honorifics (Ông is a family name too).
        if lex.honorifics.get(l.word(i)).is_some() {
            i += 1;
            continue;
        }
        if let Some(n) = l.name_run(i, lex, plain, was_after_head) {
            (i..i + n).for_each(|w| l.capitalise(w));
            i += n;
            continue;
        }
        i += 1;
    }
    l.open_sentence();
    l.out.into_iter().collect()
}

/// A line being recased: the line as written, its lower case, the chars
/// being edited, and its words.
struct Line<'l> {
    /// The line as written (in capitals).
    line: &'l str,
    /// Its lower case (the same byte length).
    lower: String,
    /// The chars of `lower`, edited in place.
    out: Vec<char>,
    /// The char index in `out` of each byte offset of `lower`, to edit
    /// `out` by byte ranges.
    char_at: Vec<usize>,
    /// Byte ranges of the words (see [`words`]).
    words: Vec<(usize, usize)>,
}

impl<'l> Line<'l> {
    fn new(line: &'l str) -> Line<'l> {
        let lower: String = line.chars().map(lower_char).collect();
        let out: Vec<char> = lower.chars().collect();
        let mut char_at = vec![0usize; lower.len() + 1];
        for (n, (i, c)) in lower.char_indices().enumerate() {
            char_at[i..i + c.len_utf8()].fill(n);
        }
        char_at[lower.len()] = out.len();
        let words = words(&lower);
        Line { line, lower, out, char_at, words }
    }

    /// The lower case of word `w`.
    fn word(&self, w: usize) -> &str {
        let (s, e) = self.words[w];
        &self.lower[s..e]
    }

    /// The lower case of the `n` words from `from`, when single spaces
    /// join them.
    fn text_of(&self, from: usize, n: usize) -> Option<String> {
        let (s, _) = *self.words.get(from)?;
        let (_, e) = *self.words.get(from + n - 1)?;
        let phrase = &self.lower[s..e];
        (phrase.split(' ').count() == n && !phrase.contains("  ")).then(|| phrase.to_string())
    }

    /// Acronyms and codes stay in capitals: "UBND", "HĐND", "TP",
    /// "COVID" (a known acronym, or two letters or more without a vowel).
    fn acronym(&self, w: usize, lex: &Lexicon) -> bool {
        let (s, e) = self.words[w];
        let original = &self.line[s..e];
        let no_vowel = !original
            .chars()
            .any(|c| crate::normalize::fold_char(c).is_ascii() && "AEIOUY".contains(crate::normalize::fold_char(c)));
        lex.acronyms.contains_key(original) || (no_vowel && original.chars().count() >= 2)
    }

    /// Roles, bodies, countries and provinces as the data writes them: the
    /// longest phrase from word `i` that one of those tables holds, recased
    /// so; its length in words, and whether it is a head word.
    fn as_data_writes(&mut self, i: usize, lex: &Lexicon) -> Option<(usize, bool)> {
        for n in (1..=MAX_PHRASE.min(self.words.len() - i)).rev() {
            let Some(phrase) = self.text_of(i, n) else { continue };
            let Some(display) = written_in_data(&phrase, lex) else { continue };
            if crate::normalize::fold(&crate::data::lower(display)) == crate::normalize::fold(&phrase) {
                self.apply(i, display);
            } else {
                // A province alias spelled otherwise: every word capitalised.
                (i..i + n).for_each(|w| self.capitalise(w));
            }
            return Some((n, lex.org_heads.get(&phrase).is_some()));
        }
        None
    }

    /// A family name and the given names after it (up to three words in
    /// all, or four after a double family name): "Lâm Văn Mẫn". Right
    /// after a head word the body's name goes on: "Hội nông dân" is not the
    /// family name Nông. The run's length in words, two or more.
    fn name_run(&self, i: usize, lex: &Lexicon, plain: bool, after_head: bool) -> Option<usize> {
        if after_head {
            return None;
        }
        let double = self.text_of(i, 2).map(|p| title_case(&p)).filter(|p| lex.surnames.contains(p));
        let single = lex.surnames.contains(&title_case(self.word(i)));
        if double.is_none() && !single {
            return None;
        }
        let first = if double.is_some() { 2 } else { 1 };
        let mut n = first;
        while n < first + 2 && i + n < self.words.len() {
            let Some(next) = self.text_of(i + n - 1, 2) else { break };
            let w = next.rsplit(' ').next().unwrap_or("");
            // A role after the name starts a title, not a given name.
            let role = (1..=MAX_PHRASE).any(|k| self.text_of(i + n, k).is_some_and(|p| lex.roles.contains(&p)));
            // Without diacritics most given names spell a function word
            // too ("van" is Văn and vẫn): only roles stop the name there.
            if (!plain && lex.stopwords.contains(w)) || role {
                break;
            }
            n += 1;
        }
        (n >= 2).then_some(n)
    }

    /// Copies the case of `display` onto the words from `from` (same letters).
    fn apply(&mut self, from: usize, display: &str) {
        let s = self.char_at[self.words[from].0];
        for (k, d) in display.chars().enumerate() {
            if let Some(c) = self.out.get_mut(s + k) {
                if d.is_uppercase() {
                    *c = upper_char(*c);
                }
            }
        }
    }

    /// Capitalises the first letter of word `w`.
    fn capitalise(&mut self, w: usize) {
        let s = self.char_at[self.words[w].0];
        self.out[s] = upper_char(self.out[s]);
    }

    /// Writes word `w` in capitals.
    fn upper_word(&mut self, w: usize) {
        let (s, e) = self.words[w];
        for c in &mut self.out[self.char_at[s]..self.char_at[e]] {
            *c = upper_char(*c);
        }
    }

    /// The line's first word opens a sentence.
    fn open_sentence(&mut self) {
        if !self.words.is_empty() {
            self.capitalise(0);
        }
    }
}

/// How the data writes `phrase` (lower case): as a role, a head word, a
/// known body, a country or a province.
fn written_in_data<'x>(phrase: &str, lex: &'x Lexicon) -> Option<&'x str> {
    lex.roles
        .get(phrase)
        .map(|(d, _)| d.as_str())
        .or_else(|| lex.org_heads.get(phrase).map(String::as_str))
        .or_else(|| lex.org_known.get(phrase).map(|(name, _)| name.as_str()))
        .or_else(|| lex.countries.get(phrase).map(String::as_str))
        .or_else(|| {
            lex.province_names
                .contains(phrase)
                .then(|| crate::data::lookup_province(phrase))
                .flatten()
                .map(|p| p.name.as_str())
        })
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
            let got = capital_lines(input, lex).map_or_else(|| input.to_string(), |(text, _)| text);
            assert_eq!(got, want);
            assert_eq!(got.len(), input.len());
        }
        assert!(capital_lines("Ông Nguyễn Văn An. UBND", lex).is_none());
    }
}
