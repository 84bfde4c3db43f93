//! Word segmentation: syllables grouped into lexical words by the best path
//! over the sentence's word lattice.
//!
//! Four steps (docs/segmentation.md has the method, data and figures):
//! 1. Tokens that belong together become one unit: an ellipsis ("...",
//!    "…"), a number with separators ("23-3", "5/10/2000", "10:30", "95%"),
//!    an abbreviation with its period ("TP.", "GS.", "H."; a letter group
//!    with no vowel cannot be a Vietnamese syllable), and with what is
//!    written on after the period when it is an acronym, an initial or a
//!    number ("TP.HCM", "Q.1").
//! 2. Every vocabulary word over the units is an edge of a lattice, weighted
//!    by the log of how often it was a word in public news text; so is every
//!    run of capitalised syllables (a name: "Đỗ Văn Khải", "Hà Nội"), with
//!    the weight of names as a class. At a sentence's start, a capitalised
//!    syllable that usually stands before names ("Ông", "Tại") is left out of
//!    the name; a body's head before a capitalised word ("Sở Y tế") is not
//!    part of a name.
//! 3. The path of highest total weight is the segmentation (Viterbi over the
//!    lattice, linear in the text's length), so that a word does not steal a
//!    syllable its neighbour needs ("không trung thực" → "không" "trung
//!    thực", where greedy matching takes "không trung").
//! 4. Context rules learnt from annotated text correct the boundary between
//!    two lower-case syllables ("thứ | ba", joined by the lattice: split);
//!    a kin or person term and "ta" become one pronoun ("ông ta").

use super::model::{Model, Syllable, MAX_SYLLABLES, MODEL, NO_NODE, NO_SYLLABLE};
use super::{tokenize, tokenize_into, Shape, Token, TokenKind};
use crate::normalize::{fold_char, is_letter, lower_char, normalize, ToneStyle};
use std::ops::Range;

/// Segments `text` into lexical words; each word is a byte range of `text`.
/// Punctuation and symbols are words of their own, except those that belong
/// to a unit: an ellipsis ("..."), a number with separators ("5/10/2000",
/// "95%"), an abbreviation with its period ("TP.").
///
/// The text is normalised first (composed letters, traditional tone
/// placement), so decomposed or reformed-tone input segments the same.
///
/// ```
/// let text = "Liên hiệp các tổ chức hữu nghị";
/// let words: Vec<&str> = viet_extract::tokenise::segment_words(text)
///     .into_iter().map(|r| &text[r]).collect();
/// assert_eq!(words, ["Liên hiệp", "các", "tổ chức", "hữu nghị"]);
///
/// let text = "Ông Đỗ Văn Khải về Hà Nội...";
/// let words: Vec<&str> = viet_extract::tokenise::segment_words(text)
///     .into_iter().map(|r| &text[r]).collect();
/// assert_eq!(words, ["Ông", "Đỗ Văn Khải", "về", "Hà Nội", "..."]);
/// ```
pub fn segment_words(text: &str) -> Vec<Range<usize>> {
    let norm = normalize(text, ToneStyle::Traditional);
    let mut out = SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut scratch) => {
            let mut toks = std::mem::take(&mut scratch.tokens);
            tokenize_into(norm.as_str(), &mut toks);
            let out = scratch.run(&MODEL, norm.as_str(), &toks);
            scratch.tokens = toks;
            out
        }
        Err(_) => Segmenter::default().run(&MODEL, norm.as_str(), &tokenize(norm.as_str())),
    });
    // Most text is its own normal form: nothing to map back.
    if !norm.is_unchanged() {
        for r in &mut out {
            *r = norm.to_original(r.start, r.end).range();
        }
    }
    out
}

/// Segments already-tokenised text: `tokens` are [`tokenize`]'s tokens of
/// `text`, which should be normalised with [`ToneStyle::Traditional`] (as
/// [`segment_words`] does). Returns byte ranges of `text`.
pub fn segment_words_with(text: &str, tokens: &[Token]) -> Vec<Range<usize>> {
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut scratch) => scratch.run(&MODEL, text, tokens),
        // Only if called from inside itself: a fresh scratch.
        Err(_) => Segmenter::default().run(&MODEL, text, tokens),
    })
}

/// One unit of the lattice: one token, or tokens that belong together.
#[derive(Clone, Copy)]
struct Unit {
    start: usize,
    end: usize,
    /// Syllable id of a word token ([`NO_SYLLABLE`] for other units).
    syl: u32,
    /// The trie node of the vocabulary words the syllable begins
    /// ([`NO_NODE`]: none).
    root: u32,
    /// A word token.
    word: bool,
    /// A capitalised syllable ("Hà").
    title: bool,
    /// A syllable in lower case ("nhà").
    lower: bool,
    /// Joined to the previous unit by spaces only, both words: they may
    /// form one word.
    joins_prev: bool,
    /// Starts a sentence (first unit, after a line break or sentence
    /// punctuation).
    sentence_start: bool,
}

/// The segmenter's working buffers, kept between calls on each thread.
#[derive(Default)]
struct Segmenter {
    /// Tokens of the text (for [`segment_words`]).
    tokens: Vec<Token>,
    units: Vec<Unit>,
    key: String,
    /// End (exclusive) of the name starting at each unit, 0 if none.
    name_end: Vec<u32>,
    /// best[k]: the best weight of units 0..k; back[k]: where its last word starts.
    best: Vec<f32>,
    back: Vec<u32>,
    /// joined[k]: unit k continues the word of unit k - 1 (lattice, then corrected).
    joined: Vec<bool>,
    fixed: Vec<bool>,
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Segmenter> = std::cell::RefCell::new(Segmenter::default());
}

/// Punctuation after which a capital is the sentence's.
fn opens_sentence(p: &str) -> bool {
    matches!(
        p,
        "." | "!" | "?" | "…" | ":" | ";" | "\"" | "“" | "”" | "'" | "(" | "[" | "«" | "»" | "-" | "–" | "—" | "•"
    ) || p.starts_with("..")
}

/// A letter group with no vowel cannot be a Vietnamese syllable: an
/// abbreviation ("TP", "GS", "ThS", "H").
fn vowel_less(s: &str) -> bool {
    s.chars().all(|c| is_letter(c) && !matches!(fold_char(lower_char(c)), 'a' | 'e' | 'i' | 'o' | 'u' | 'y'))
}

impl Segmenter {
    /// End (exclusive token index) of the glued group starting at token `i`:
    /// words and numbers written together or joined by hyphens, numbers also
    /// by "/" and ":".
    fn chain_end(text: &str, tokens: &[Token], i: usize) -> usize {
        let mut j = i + 1;
        while j < tokens.len() {
            let (a, b) = (&tokens[j - 1], &tokens[j]);
            // "51H", "2km": digits and letters written together.
            if a.end() == b.start()
                && matches!(a.kind(), TokenKind::Word | TokenKind::Number)
                && matches!(b.kind(), TokenKind::Word | TokenKind::Number)
            {
                j += 1;
                continue;
            }
            if j + 1 >= tokens.len() {
                break;
            }
            let (sep, b) = (b, &tokens[j + 1]);
            let numbers = a.kind() == TokenKind::Number && b.kind() == TokenKind::Number;
            let ok = sep.kind() == TokenKind::Punct
                && a.end() == sep.start()
                && sep.end() == b.start()
                && matches!(b.kind(), TokenKind::Word | TokenKind::Number)
                && match &text[sep.range()] {
                    "-" | "–" => true,
                    "/" | ":" => numbers,
                    _ => false,
                };
            if !ok {
                break;
            }
            j += 2;
        }
        j
    }

    /// Groups tokens into units.
    fn units(&mut self, model: &Model, text: &str, tokens: &[Token]) {
        self.units.clear();
        let glued = |a: &Token, b: &Token| a.end() == b.start();
        let is = |t: &Token, s: &str| &text[t.range()] == s;
        let mut i = 0;
        let mut prev_end: Option<usize> = None;
        let mut prev_opens = true;
        let mut prev_word = false;
        while i < tokens.len() {
            let t = &tokens[i];
            let mut j = i + 1;
            let chain = match t.kind() {
                TokenKind::Number | TokenKind::Word => Self::chain_end(text, tokens, i),
                _ => j,
            };
            match t.kind() {
                // "...", "....": one ellipsis.
                TokenKind::Punct if is(t, ".") => {
                    while j < tokens.len() && is(&tokens[j], ".") && glued(&tokens[j - 1], &tokens[j]) {
                        j += 1;
                    }
                }
                // "23-3", "5/10/2000", "10:30", "Wai-kru", "GD-ĐT",
                // "51H-123": hyphens (and, between numbers, slashes and
                // colons) inside a group written without spaces.
                TokenKind::Number | TokenKind::Word if chain > i + 1 => j = chain,
                // "TP.HCM", "Q.1", "PGS.TS", "N.T": an abbreviation, its period
                // and an acronym, initial or number written on without a space.
                TokenKind::Word
                    if j + 1 < tokens.len()
                        && is(&tokens[j], ".")
                        && glued(t, &tokens[j])
                        && glued(&tokens[j], &tokens[j + 1])
                        && vowel_less(&text[t.range()])
                        && (tokens[j + 1].kind() == TokenKind::Number
                            || (tokens[j + 1].kind() == TokenKind::Word
                                && (tokens[j + 1].shape() == Shape::Upper
                                    || text[tokens[j + 1].range()].chars().count() == 1))) =>
                {
                    j += 2
                }
                // "TP. HCM", "GS. TS", "ông H. cho": the period of an
                // abbreviation, when a word or number follows after a space.
                TokenKind::Word
                    if j + 1 < tokens.len()
                        && is(&tokens[j], ".")
                        && glued(t, &tokens[j])
                        // "TP.Huế": before a capitalised word, glued or not.
                        && (!glued(&tokens[j], &tokens[j + 1]) || tokens[j + 1].shape() == Shape::Title)
                        && matches!(tokens[j + 1].kind(), TokenKind::Word | TokenKind::Number)
                        && vowel_less(&text[t.range()])
                        // "… tại TP HCM. Ông …": an acronym of three capitals
                        // or more before a capitalised word ends a sentence.
                        && !(t.shape() == Shape::Upper && t.end() - t.start() >= 3 && tokens[j + 1].shape() == Shape::Title) =>
                {
                    j += 1
                }
                _ => {}
            }
            // "7,5%": a percent sign glued to a number.
            if tokens[j - 1].kind() == TokenKind::Number
                && j < tokens.len()
                && is(&tokens[j], "%")
                && glued(&tokens[j - 1], &tokens[j])
            {
                j += 1;
            }
            let (start, end) = (t.start(), tokens[j - 1].end());
            let word = j == i + 1 && t.kind() == TokenKind::Word;
            let gap = prev_end.map(|p| &text[p..start]);
            let line_break = gap.is_some_and(|g| g.bytes().any(|b| b == b'\n' || b == b'\r'));
            let syl = if word {
                model.syllable_as_written(&text[t.range()], t.shape() == Shape::Lower, &mut self.key)
            } else {
                Syllable::UNKNOWN
            };
            self.units.push(Unit {
                start,
                end,
                syl: syl.id,
                root: syl.root,
                word,
                title: word && t.shape() == Shape::Title,
                lower: word && t.shape() == Shape::Lower,
                joins_prev: word && prev_word && gap.is_some_and(|g| !g.is_empty() && !line_break),
                sentence_start: prev_opens || line_break,
            });
            prev_opens = !word && t.kind() == TokenKind::Punct && opens_sentence(&text[start..end]);
            prev_word = word;
            prev_end = Some(end);
            i = j;
        }
    }

    /// Whether a vocabulary word starts at unit `i` and runs on into unit
    /// `i + 1` (written in lower case).
    fn word_runs_on(m: &Model, u: &[Unit], i: usize) -> bool {
        if i + 1 >= u.len() || u[i + 1].title || !u[i + 1].joins_prev {
            return false;
        }
        let Some(mut node) = m.child(0, u[i].syl) else { return false };
        let mut j = i + 1;
        while j < u.len() && j - i < MAX_SYLLABLES && u[j].joins_prev {
            let Some(next) = m.child(node, u[j].syl) else { return false };
            node = next;
            j += 1;
            if m.weight(node).is_some() {
                return true;
            }
        }
        false
    }

    /// Where a run of capitalised syllables is two names side by side, the
    /// length of the first: a place's or a body's name and a person's ("Lâm
    /// Đồng Nguyễn Văn Đẳng": a surname and two or three given names after
    /// two syllables or more, not a surname and a given name: "Tạ Nguyễn
    /// Hoàng Anh" is one person's, but "Lâm Đồng" is a province's), or a name and the province it is in ("Hàng
    /// Mành Hà Nội", "Tánh Linh Bình Thuận": a province's whole name after
    /// two syllables or more that are not a person's name, "Phan Thị Bình
    /// Thuận"). A person's name does not go on past a whole person's name,
    /// nor a place's past a province's. Never through a province's name
    /// ("Tây Thái Bình Dương", the western Pacific: "Thái Bình" is one, so
    /// not "Bình Dương").
    fn two_names(m: &Model, run: &[Unit]) -> Option<usize> {
        let n = run.len();
        if n < 4 {
            return None;
        }
        let person = |part: &[Unit]| m.is_surname(part[0].syl) && part[1..].iter().all(|x| m.is_given(x.syl));
        (2..n - 1).find(|&k| {
            let (left, right) = (&run[..k], &run[k..]);
            // "Tạ Nguyễn Hoàng Anh": two surnames, one person.
            let two = if (3..=4).contains(&right.len()) && person(right) {
                !(left.len() == 2 && person(left) && !m.is_province(&[left[0].syl, left[1].syl]))
            } else {
                right.len() <= 3 && !person(left) && {
                    let ids: Vec<u32> = right.iter().map(|x| x.syl).collect();
                    m.is_province(&ids)
                }
            };
            two && !Self::province_across(m, run, k)
        })
    }

    /// Whether a province's name in `run` spans the boundary before unit
    /// `k` ("Tây Thái Bình Dương": "Thái Bình").
    fn province_across(m: &Model, run: &[Unit], k: usize) -> bool {
        let ids: Vec<u32> = run.iter().map(|x| x.syl).collect();
        (k.saturating_sub(3)..k).any(|i| (k + 1..=(i + 3).min(ids.len())).any(|j| m.is_province(&ids[i..j])))
    }

    fn run(&mut self, m: &Model, text: &str, tokens: &[Token]) -> Vec<Range<usize>> {
        self.units(m, text, tokens);
        let Segmenter { units, name_end, best, back, joined, fixed, .. } = self;
        let u = &units[..];
        let n = u.len();
        // End (exclusive) of the name starting at each unit, if any.
        name_end.clear();
        name_end.resize(n, 0);
        let mut i = 0;
        while i < n {
            if !u[i].title {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < n && u[j].title && u[j].joins_prev {
                j += 1;
            }
            let first = if u[i].sentence_start && m.is_prefix(u[i].syl) { i + 1 } else { i };
            // "Sở Y tế", "Bộ Tài chính", "Đài Truyền hình": a body's name
            // capitalises the first syllable of each word after its head, so
            // when the run's last capital begins a word that runs on in lower
            // case, the run is a head and words, not a name.
            let end = if j < n && m.is_body_head(u[first.min(j - 1)].syl) && Self::word_runs_on(m, u, j - 1) {
                first
            } else {
                j
            };
            if end >= first + 2 {
                // "Lâm Đồng Nguyễn Văn Đẳng", "Hàng Mành Hà Nội": two names.
                match Self::two_names(m, &u[first..end]) {
                    Some(k) => {
                        name_end[first] = (first + k) as u32;
                        name_end[first + k] = end as u32;
                    }
                    None => name_end[first] = end as u32,
                }
            }
            i = j;
        }
        // Viterbi: best[k] is the best weight of units 0..k.
        best.clear();
        best.resize(n + 1, f32::NEG_INFINITY);
        back.clear();
        back.resize(n + 1, 0);
        best[0] = 0.0;
        let relax = |best: &mut [f32], back: &mut [u32], from: usize, to: usize, w: f32| {
            let s = best[from] + w;
            if s > best[to] {
                best[to] = s;
                back[to] = from as u32;
            }
        };
        for i in 0..n {
            let unit = u[i];
            if !unit.word {
                // Punctuation, numbers, symbols: a word of their own, on
                // every path alike.
                relax(best, back, i, i + 1, 0.0);
                continue;
            }
            let first = Some(unit.root).filter(|&r| r != NO_NODE);
            let single = first.and_then(|nd| m.weight(nd)).unwrap_or(m.unknown);
            relax(best, back, i, i + 1, single);
            if let Some(mut node) = first {
                let mut j = i + 1;
                while j < n && j - i < MAX_SYLLABLES && u[j].joins_prev {
                    let Some(next) = m.child(node, u[j].syl) else { break };
                    node = next;
                    j += 1;
                    if let Some(w) = m.weight(node) {
                        relax(best, back, i, j, w);
                    }
                }
            }
            if name_end[i] > 0 {
                relax(best, back, i, name_end[i] as usize, m.name);
            }
        }
        // joined[k]: unit k continues the word of unit k - 1.
        joined.clear();
        joined.resize(n, false);
        let mut k = n;
        while k > 0 {
            let from = back[k] as usize;
            for flag in &mut joined[from + 1..k] {
                *flag = true;
            }
            k = from;
        }
        // Corrections learnt where the lattice and context disagree, between
        // two lower-case syllables; each looks at the lattice's decisions.
        fixed.clear();
        fixed.extend_from_slice(joined);
        for k in 1..n {
            let (a, b) = (&u[k - 1], &u[k]);
            if !(a.lower && b.lower && b.joins_prev) {
                continue;
            }
            // A word outside the vocabulary matches no rule's context.
            let ctx = |i: Option<usize>| match i.map(|i| &u[i]) {
                Some(x) if x.word => x.syl.min(NO_SYLLABLE - 1),
                _ => m.not_word,
            };
            let left = if m.rules_left { ctx(k.checked_sub(2)) } else { m.not_word };
            let right = if m.rules_right { ctx(Some(k + 1).filter(|&i| i < n)) } else { m.not_word };
            if let Some(to) = m.rule(left, a.syl, b.syl, right, joined[k]) {
                // A join makes one word of two one-syllable words, never a
                // longer word of two others.
                let single = |i: usize| !joined[i] && (i + 1 >= n || !joined[i + 1]);
                if !to || joined[k] || (single(k - 1) && single(k)) {
                    fixed[k] = to;
                }
            }
        }
        // "ông ta", "cô ta", "người ta": a kin or person term and "ta" after
        // it are one third-person pronoun (the term capitalised only at a
        // sentence's start), when both stand alone on the path.
        for k in 1..n {
            let (a, b) = (&u[k - 1], &u[k]);
            if b.syl == m.ta
                && b.lower
                && b.joins_prev
                && (a.lower || (a.title && a.sentence_start))
                && m.is_pronoun_head(a.syl)
                && !fixed[k - 1]
                && (k + 1 >= n || !fixed[k + 1])
            {
                fixed[k] = true;
            }
        }
        let mut out = Vec::with_capacity(n);
        let mut start = 0;
        for k in 1..=n {
            if k == n || !fixed[k] {
                out.push(u[start].start..u[k - 1].end);
                start = k;
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        segment_words(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn vowel_less_groups_are_abbreviations() {
        assert!(vowel_less("TP") && vowel_less("ThS") && vowel_less("H") && vowel_less("đ"));
        assert!(!vowel_less("Hà") && !vowel_less("UBND") && !vowel_less("TY"));
    }

    #[test]
    fn units_and_names() {
        assert_eq!(words("Chờ đã..."), ["Chờ", "đã", "..."]);
        assert_eq!(words("ngày 5/10/2000 tăng 95%"), ["ngày", "5/10/2000", "tăng", "95%"]);
        assert_eq!(words("ở TP. HCM"), ["ở", "TP.", "HCM"]);
        // An abbreviation's period with an acronym, an initial or a number
        // written on: one unit; with a capitalised word: the period is the
        // abbreviation's.
        assert_eq!(words("về TP.HCM ở Q.1"), ["về", "TP.HCM", "ở", "Q.1"]);
        assert_eq!(words("PGS.TS Lê Văn Hải"), ["PGS.TS", "Lê Văn Hải"]);
        assert_eq!(words("Ảnh: N.T"), ["Ảnh", ":", "N.T"]);
        assert_eq!(words("ở TP.Huế"), ["ở", "TP.", "Huế"]);
        assert_eq!(words("về TP HCM.Hôm sau"), ["về", "TP", "HCM", ".", "Hôm", "sau"]);
        assert_eq!(words("gặp ông Đỗ Văn Khải"), ["gặp", "ông", "Đỗ Văn Khải"]);
    }

    /// Phrases the vocabulary lists as words (`data/segment_phrases.txt`):
    /// "người", the classifier of persons, before a noun that names persons
    /// by itself is a word of its own (before a syllable that does not, it
    /// makes one word with it); so is "không" before the adverb "chỉ",
    /// "lúc" before the question word "nào", "như" before the pro-form "thế".
    #[test]
    fn classifier_phrases() {
        let table: &[(&str, &[&str])] = &[
            ("ý kiến của người dân địa phương", &["ý kiến", "của", "người", "dân", "địa phương"]),
            ("Người dân đổ ra đường", &["Người", "dân", "đổ", "ra", "đường"]),
            ("người dân tộc Tày", &["người", "dân tộc", "Tày"]),
            ("sống cùng người thân", &["sống", "cùng", "người thân"]),
            // Negation of the adverb "chỉ" (only); "thể" does not stand alone.
            ("không chỉ trồng lúa mà còn nuôi cá", &["không", "chỉ", "trồng", "lúa", "mà còn", "nuôi", "cá"]),
            ("Cô không thể đến", &["Cô", "không thể", "đến"]),
            // A noun of time and the question word "nào".
            ("Lúc nào anh về?", &["Lúc", "nào", "anh", "về", "?"]),
            ("lúc nào cũng vậy", &["lúc", "nào", "cũng", "vậy"]),
            ("Thế nào cũng được", &["Thế nào", "cũng", "được"]),
            // "like that": a preposition and a pro-form.
            ("thử nhiều lần như thế mới được", &["thử", "nhiều", "lần", "như", "thế", "mới", "được"]),
            ("làm như thế nào", &["làm", "như thế nào"]),
        ];
        for (text, want) in table {
            assert_eq!(words(text), *want, "{text}");
        }
    }

    /// Two names written side by side: a place's or a body's and a person's,
    /// a place's and its province's. One name stays one.
    #[test]
    fn two_names_side_by_side() {
        let table: &[(&str, &[&str])] = &[
            (
                "Chủ tịch tỉnh Lâm Đồng Nguyễn Văn Hùng cho biết",
                &["Chủ tịch", "tỉnh", "Lâm Đồng", "Nguyễn Văn Hùng", "cho", "biết"],
            ),
            ("Bộ trưởng Bộ Công Thương Trần Văn Nam", &["Bộ trưởng", "Bộ Công Thương", "Trần Văn Nam"]),
            ("mở quán ở phố Hàng Bạc Hà Nội", &["mở", "quán", "ở", "phố", "Hàng Bạc", "Hà Nội"]),
            ("lâm trường Tánh Linh Bình Thuận", &["lâm trường", "Tánh Linh", "Bình Thuận"]),
            // A person's name with two surnames, or ending in a province's.
            ("anh Tạ Nguyễn Hoàng Anh", &["anh", "Tạ Nguyễn Hoàng Anh"]),
            ("chị Lê Thị Hà Nam", &["chị", "Lê Thị Hà Nam"]),
            // Three syllables: one name ("Thái Bình Dương", the Pacific).
            ("bão trên Thái Bình Dương", &["bão", "trên", "Thái Bình Dương"]),
            ("vùng Tây Thái Bình Dương", &["vùng", "Tây Thái Bình Dương"]),
        ];
        for (text, want) in table {
            assert_eq!(words(text), *want, "{text}");
        }
    }

    /// Words the vocabulary misses (`data/segment_words.tsv`): "vì sao", why,
    /// as its synonym "tại sao".
    #[test]
    fn added_words() {
        let table: &[(&str, &[&str])] = &[
            ("Vì sao anh đến muộn?", &["Vì sao", "anh", "đến", "muộn", "?"]),
            ("không ai biết vì sao cầu sập", &["không", "ai", "biết", "vì sao", "cầu", "sập"]),
            ("Tại sao vậy?", &["Tại sao", "vậy", "?"]),
        ];
        for (text, want) in table {
            assert_eq!(words(text), *want, "{text}");
        }
    }

    #[test]
    fn empty_and_odd_inputs() {
        assert!(words("").is_empty());
        assert_eq!(words(" . "), ["."]);
        assert_eq!(words("Hà\nNội"), ["Hà", "Nội"]);
    }
}
