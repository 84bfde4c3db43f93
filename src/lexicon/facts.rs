//! The fact finder's word classes (`lex.fact`): which words are predicates
//! (verbs, and adjectives used as predicates), which are aspect words,
//! qualifiers, prepositions, conjunctions, demonstratives, pronouns,
//! sentence adverbials, nominalisers, causative verbs, the copula and
//! verbs of saying. One trie over word IDs holds every entry, so the class
//! of the longest entry at a token is one bit test and a probe per word.
//!
//! Sources (all written for this crate, see `data/README.md`):
//! `data/verbs.txt` (predicates), `data/fact_words.tsv` (the closed
//! classes), `data/reporting_verbs.txt` (verbs of saying).

use super::vocab::{Feat, Vocab, WordId};
use super::Phrases;
use crate::data::{self, key, lines};
use rustc_hash::FxHashMap as HashMap;

/// The classes of a word or fixed phrase, as bits (a word may have several:
/// "được" is an aspect word and a particle after a verb).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Class(pub u32);

impl Class {
    /// A predicate: a verb or an adjective that states a quantity.
    pub const VERB: Class = Class(1 << 0);
    /// A qualifier or particle between a predicate and its figure ("thêm").
    pub const QUAL: Class = Class(1 << 1);
    /// Aspect, modal or manner word before a predicate ("đã", "sẽ").
    pub const AUX: Class = Class(1 << 2);
    /// Negation, kept in the verb ("không").
    pub const NEG: Class = Class(1 << 3);
    /// Preposition.
    pub const PREP: Class = Class(1 << 4);
    /// Conjunction or subordinator.
    pub const CONJ: Class = Class(1 << 5);
    /// Demonstrative ("này", "đó").
    pub const DEM: Class = Class(1 << 6);
    /// Personal pronoun ("ông", "họ").
    pub const PRON: Class = Class(1 << 7);
    /// Sentence adverbial ("Hiện", "Trong đó").
    pub const ADV: Class = Class(1 << 8);
    /// A noun after which a verb is a noun ("mức" of "mức giảm").
    pub const NOMINAL: Class = Class(1 << 9);
    /// Causative or persuading verb ("vận động", "kêu gọi").
    pub const CAUS: Class = Class(1 << 10);
    /// The copula "là".
    pub const COPULA: Class = Class(1 << 11);
    /// Function words: adverbs, auxiliaries, negation, prepositions,
    /// conjunctions, demonstratives and pronouns; and the nouns that head a
    /// verb or a quantity ("Việc", "Mức", "Các", "Những"), capitalised only
    /// where they open a sentence. None is a name.
    pub const FUNCTION_WORD: Class = Class(
        Class::ADV.0
            | Class::AUX.0
            | Class::NEG.0
            | Class::PREP.0
            | Class::CONJ.0
            | Class::DEM.0
            | Class::PRON.0
            | Class::NOMINAL.0,
    );
    /// Verb of saying ("cho biết", "nói rằng").
    pub const SAY: Class = Class(1 << 12);
    /// Passive marker ("được", "bị").
    pub const PASS: Class = Class(1 << 13);
    /// Takes the date of the statement before ("cùng ngày").
    pub const SAME: Class = Class(1 << 14);
    /// Means the publication date ("hôm nay").
    pub const TODAY: Class = Class(1 << 15);
    /// A preposition that attaches a figure to a noun phrase ("với", "của").
    pub const NPPREP: Class = Class(1 << 16);
    /// A predicate that restates the quantity before it ("tương đương").
    pub const EQUIV: Class = Class(1 << 17);
    /// A first- or second-person pronoun ("tôi", "bạn"): not resolved.
    pub const FIRST: Class = Class(1 << 18);
    /// A word between the two ends of a range ("đến", "tới").
    pub const RANGE: Class = Class(1 << 19);
    /// A fixed noun phrase built on a verb ("ban tổ chức"): never a predicate.
    pub const NOUN: Class = Class(1 << 20);
    /// The existential "có" ("có gần 10 hãng taxi …").
    pub const EXIST: Class = Class(1 << 21);
    /// A word that joins the items of a list ("và", "hoặc").
    pub const LIST: Class = Class(1 << 22);
    /// A word that opens a purpose clause ("để", "nhằm").
    pub const PURPOSE: Class = Class(1 << 23);

    /// True when any bit of `other` is set.
    #[inline]
    pub fn any(self, other: Class) -> bool {
        self.0 & other.0 != 0
    }
}

impl std::ops::BitOr for Class {
    type Output = Class;
    fn bitor(self, o: Class) -> Class {
        Class(self.0 | o.0)
    }
}

/// What a generic word can stand for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Refers {
    /// A body named before ("đơn vị này", "Sở").
    Body,
    /// The province named before ("tỉnh", "toàn tỉnh").
    Province,
    /// The body named before whose name starts with this word ("Sở", "Khoa").
    Head,
}

/// The class table.
#[derive(Clone, Debug)]
pub(crate) struct FactLexicon {
    /// Fixed phrases of several words with their classes (lower-case keys);
    /// their first words have [`Feat::FACT_FIRST`].
    pub phrases: Phrases<Class>,
    /// The classes of one-word entries, by word ID: one array look-up per
    /// token.
    single: Vec<Class>,
    /// The one-word entries themselves (for the folded twin).
    single_entries: Vec<(String, Class)>,
    /// Words after which a date is not the statement's ("so với"), lower case.
    pub no_date_after: EdgeWords,
    /// Words after which a date is the date statistics are given at
    /// ("tính đến"): it governs the rest of the paragraph, lower case.
    pub as_of: EdgeWords,
    /// Words that end an age ("tuổi"), lower case.
    pub age_words: Vec<String>,
    /// Words that announce a plan ("sẽ", "dự kiến"): a lead date after
    /// them is not the date of the event the article reports, lower case.
    pub future: WordList,
    /// Words of an event of talk ("họp", "trao đổi với"): what an article
    /// reports of such an event was said there, lower case.
    pub talk: WordList,
    /// Generic words that stand for an entity named before (lower case).
    pub refers: HashMap<String, Refers>,
}

impl FactLexicon {
    /// Parses the embedded files, interning their words in `vocab`.
    pub fn parse(vocab: &mut Vocab) -> FactLexicon {
        let mut all: Vec<(String, Class)> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::default();
        let mut add = |w: String, c: Class| match index.get(&w) {
            Some(&i) => all[i].1 = all[i].1 | c,
            None => {
                index.insert(w.clone(), all.len());
                all.push((w, c));
            }
        };
        for (_, l) in lines(data::VERBS) {
            add(key(l.trim()), Class::VERB);
        }
        for (_, l) in lines(data::REPORTING_VERBS) {
            add(key(l.trim()), Class::SAY);
        }
        let mut no_date_after = Vec::new();
        let mut as_of = Vec::new();
        let mut age_words = Vec::new();
        let mut future = Vec::new();
        let mut talk = Vec::new();
        let mut refers = HashMap::default();
        for (_, l) in lines(data::FACT_WORDS) {
            let Some((w, c)) = l.split_once('\t') else { continue };
            let class = match c.trim() {
                "nodate" => {
                    no_date_after.push(key(w.trim()));
                    continue;
                }
                "refo" => {
                    refers.insert(key(w.trim()), Refers::Body);
                    continue;
                }
                "refp" => {
                    refers.insert(key(w.trim()), Refers::Province);
                    continue;
                }
                "refh" => {
                    refers.insert(key(w.trim()), Refers::Head);
                    continue;
                }
                "asof" => {
                    as_of.push(key(w.trim()));
                    continue;
                }
                "age" => {
                    age_words.push(key(w.trim()));
                    continue;
                }
                "future" => {
                    future.push(key(w.trim()));
                    continue;
                }
                "npprep" => Class::NPPREP | Class::PREP,
                "equiv" => Class::EQUIV | Class::VERB,
                "pron1" => Class::PRON | Class::FIRST,
                "range" => Class::RANGE,
                "noun" => Class::NOUN,
                "exist" => Class::EXIST | Class::VERB,
                "list" => Class::LIST | Class::CONJ,
                "purpose" => Class::PURPOSE | Class::CONJ,
                "pass" => Class::PASS,
                "same" => Class::SAME,
                "today" => Class::TODAY,
                "talk" => {
                    talk.push(key(w.trim()));
                    continue;
                }
                "qual" => Class::QUAL,
                "aux" => Class::AUX,
                "neg" => Class::NEG,
                "prep" => Class::PREP,
                "conj" => Class::CONJ,
                "dem" => Class::DEM,
                "pron" => Class::PRON,
                "adv" => Class::ADV,
                "nm" => Class::NOMINAL,
                "caus" => Class::CAUS | Class::VERB,
                "copula" => Class::COPULA | Class::VERB,
                _ => continue,
            };
            add(key(w.trim()), class);
        }
        // A fixed noun phrase is never a predicate, whatever else lists it.
        for (_, c) in all.iter_mut() {
            if c.any(Class::NOUN) {
                c.0 &= !Class::VERB.0;
            }
        }
        // Longest first, so "so với" is tried before "so".
        no_date_after.sort_by_key(|w: &String| std::cmp::Reverse(w.len()));
        as_of.sort_by_key(|w: &String| std::cmp::Reverse(w.len()));
        let single_entries: Vec<(String, Class)> = all.iter().filter(|(k, _)| !k.contains(' ')).cloned().collect();
        let (phrases, single) = split(all, vocab);
        let (future, talk) = (WordList::new(future), WordList::new(talk));
        let (no_date_after, as_of) = (EdgeWords::new(no_date_after), EdgeWords::new(as_of));
        FactLexicon { phrases, single, single_entries, no_date_after, as_of, age_words, future, talk, refers }
    }

    /// The classes of the one-word entry `id`.
    #[inline]
    pub fn single(&self, id: WordId) -> Class {
        self.single.get(id as usize).copied().unwrap_or_default()
    }

    /// The classes of the entry `key` (lower case), one word or several.
    #[cfg(test)]
    pub fn class_of(&self, key: &str, vocab: &Vocab) -> Class {
        if key.contains(' ') {
            self.phrases.get(key).copied().unwrap_or_default()
        } else {
            self.single(vocab.get(key))
        }
    }

    /// The same table for the folded twin: folded keys, and the written ones
    /// for words restored from their folded form.
    pub fn folded(&self, vocab: &mut Vocab) -> FactLexicon {
        let mut all: Vec<(String, Class)> = Vec::new();
        let entries = self.phrases.iter().cloned().chain(self.single_entries.iter().cloned());
        for (k, c) in entries {
            all.push((crate::normalize::fold(&k), c));
            all.push((k, c));
        }
        let (phrases, single) = split(all, vocab);
        let fold = crate::normalize::fold;
        let both = |v: &[String]| {
            let mut out: Vec<String> = v.iter().flat_map(|w| [fold(w), w.clone()]).collect();
            out.sort_by_key(|w| std::cmp::Reverse(w.len()));
            out
        };
        let no_date_after = EdgeWords::new(both(&self.no_date_after.words));
        let (as_of, age_words) = (EdgeWords::new(both(&self.as_of.words)), both(&self.age_words));
        let (future, talk) = (WordList::new(both(&self.future.words)), WordList::new(both(&self.talk.words)));
        let refers = self.refers.iter().flat_map(|(k, v)| [(fold(k), *v), (k.clone(), *v)]).collect();
        FactLexicon {
            phrases,
            single,
            single_entries: self.single_entries.clone(),
            no_date_after,
            as_of,
            age_words,
            future,
            talk,
            refers,
        }
    }
}

/// Words looked for at the end or at the start of a short text (the words
/// before a date, the date's own), with the first and the last bytes of
/// the words: a text that starts (ends) with a byte no word starts (ends)
/// with holds none there, and is passed over without comparing any word.
#[derive(Clone, Debug)]
pub(crate) struct EdgeWords {
    /// The words, in the order given.
    pub words: Vec<String>,
    /// `first[b]`: some word starts with byte `b`; `last[b]`: some word
    /// ends with it.
    first: [bool; 256],
    last: [bool; 256],
    /// An empty word (none in the data), found at the edges of any text.
    empty: bool,
}

impl EdgeWords {
    /// The list of `words`, with their first and last bytes.
    fn new(words: Vec<String>) -> EdgeWords {
        let (mut first, mut last, mut empty) = ([false; 256], [false; 256], false);
        for w in &words {
            match (w.as_bytes().first(), w.as_bytes().last()) {
                (Some(&f), Some(&l)) => (first[usize::from(f)], last[usize::from(l)]) = (true, true),
                _ => empty = true,
            }
        }
        EdgeWords { words, first, last, empty }
    }

    /// The words, in order.
    pub fn iter(&self) -> std::slice::Iter<'_, String> {
        self.words.iter()
    }

    /// False when no word can start `s` (its first byte starts none).
    #[inline]
    pub fn may_start(&self, s: &str) -> bool {
        self.empty || s.as_bytes().first().is_some_and(|&b| self.first[usize::from(b)])
    }

    /// False when no word can end `s` (its last byte ends none).
    #[inline]
    pub fn may_end(&self, s: &str) -> bool {
        self.empty || s.as_bytes().last().is_some_and(|&b| self.last[usize::from(b)])
    }
}

/// Words looked for as substrings of running text (then checked for
/// whole-word bounds by the caller), each with its substring finder built
/// once: `str::contains` set up a search for every word at every call.
#[derive(Clone, Debug, Default)]
pub(crate) struct WordList {
    /// The words, in the order given.
    pub words: Vec<String>,
    /// One finder per word, same order.
    finders: Vec<memchr::memmem::Finder<'static>>,
}

impl WordList {
    /// The list of `words`, with their finders. A word that holds another
    /// word of the list whole ("cuộc họp", "họp báo" hold "họp"), or repeats
    /// one (a word without diacritics and its folded form), is left out: a
    /// text holding it whole holds the other whole too, so the list finds
    /// the texts it found, with fewer searches (the lists are asked only
    /// whether they find a word, never which).
    fn new(words: Vec<String>) -> WordList {
        let words: Vec<String> = words
            .iter()
            .enumerate()
            .filter(|&(i, w)| {
                !words.iter().enumerate().any(|(j, other)| if other == w { j < i } else { holds_whole(w, other) })
            })
            .map(|(_, w)| w.clone())
            .collect();
        let finders = words.iter().map(|w| memchr::memmem::Finder::new(w.as_bytes()).into_owned()).collect();
        WordList { words, finders }
    }

    /// Each word with the start of each of its occurrences in `text`,
    /// left to right and not overlapping (as `str::match_indices`), word
    /// after word in the list's order.
    pub fn finders(&self) -> impl Iterator<Item = (&str, &memchr::memmem::Finder<'static>)> {
        self.words.iter().map(String::as_str).zip(&self.finders)
    }
}

/// True when `text[at..at + len]` (on char boundaries) stands at word
/// bounds: the text's start or a char that is not alphanumeric before it,
/// the text's end or such a char after it. (How the fact finder's lists
/// find their words whole.)
#[inline]
pub(crate) fn at_word_bounds(text: &str, at: usize, len: usize) -> bool {
    text[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric())
        && text[at + len..].chars().next().is_none_or(|c| !c.is_alphanumeric())
}

/// True when `word` holds `part` (shorter) at word bounds
/// ([`at_word_bounds`]). Wherever `word` is found whole, `part` is then
/// found whole too (the chars around it are `word`'s own, or those around
/// `word`).
fn holds_whole(word: &str, part: &str) -> bool {
    !part.is_empty()
        && part.len() < word.len()
        && word.match_indices(part).any(|(p, _)| at_word_bounds(word, p, part.len()))
}

/// Splits entries into a phrase table (several words) and a class array by
/// word ID (one word); a key listed twice gets both classes.
fn split(all: Vec<(String, Class)>, vocab: &mut Vocab) -> (Phrases<Class>, Vec<Class>) {
    let mut single: Vec<Class> = Vec::new();
    let mut multi: Vec<(String, Class)> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::default();
    for (k, c) in all {
        if k.contains(' ') {
            match index.get(&k) {
                Some(&i) => multi[i].1 = multi[i].1 | c,
                None => {
                    index.insert(k.clone(), multi.len());
                    multi.push((k, c));
                }
            }
        } else {
            let id = vocab.intern(&k) as usize;
            if single.len() <= id {
                single.resize(id + 1, Class::default());
            }
            single[id] = single[id] | c;
        }
    }
    (Phrases::new(multi, vocab, Feat::FACT_FIRST), single)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A text found by whole words with `words` (as the fact finder asks
    /// its lists: every occurrence, bounded by non-alphanumeric chars).
    fn found_whole(text: &str, words: &[String]) -> bool {
        words.iter().any(|w| text.match_indices(w.as_str()).any(|(p, _)| super::at_word_bounds(text, p, w.len())))
    }

    /// The lists kept without the words held whole by another find, by
    /// whole words, what the whole lists of the data find: each word of
    /// the data (and its folded form) alone, inside a sentence, glued to
    /// letters on either side and before punctuation, in both lexicons.
    #[test]
    fn word_lists_without_held_words_find_as_the_whole_lists() {
        let mut data: [Vec<String>; 2] = Default::default();
        for (_, l) in lines(data::FACT_WORDS) {
            let Some((w, c)) = l.split_once('\t') else { continue };
            match c.trim() {
                "future" => data[0].push(key(w.trim())),
                "talk" => data[1].push(key(w.trim())),
                _ => {}
            }
        }
        let default: &crate::lexicon::Lexicon = &crate::lexicon::DEFAULT;
        let fold = crate::normalize::fold;
        let mut dropped = 0;
        for (lex, plain) in [(default, false), (default.for_text(true), true)] {
            for (full, kept) in data.iter().zip([&lex.fact.future, &lex.fact.talk]) {
                let full: Vec<String> =
                    if plain { full.iter().flat_map(|w| [fold(w), w.clone()]).collect() } else { full.clone() };
                dropped += full.len() - kept.words.len();
                for w in &full {
                    for (before, after) in
                        [("", ""), ("sáng nay ", " với"), ("x", ""), ("", "x"), ("(", "), "), ("đã ", "2")]
                    {
                        let text = format!("{before}{w}{after}");
                        assert_eq!(found_whole(&text, &kept.words), found_whole(&text, &full), "{text:?}");
                    }
                }
            }
        }
        assert!(dropped > 0);
    }

    /// A word holds another at word bounds only.
    #[test]
    fn holds_whole_at_word_bounds() {
        assert!(holds_whole("cuộc họp", "họp"));
        assert!(holds_whole("họp báo", "họp"));
        assert!(holds_whole("trả lời phỏng vấn", "phỏng vấn"));
        assert!(!holds_whole("họpx", "họp"));
        assert!(!holds_whole("họp", "họp"));
        assert!(!holds_whole("thông báo", "báo c"));
        assert!(!holds_whole("họp", ""));
    }

    /// The word lists' finders find what `str::match_indices` finds, in
    /// both lexicons, and no word is empty (an empty word would be found
    /// inside a char).
    #[test]
    fn word_lists_find_as_match_indices() {
        let default: &crate::lexicon::Lexicon = &crate::lexicon::DEFAULT;
        let text = "họp báo sẽ họpp trao đổi với hop bao se du kien, dự kiến họp họp";
        for lex in [default, default.for_text(true)] {
            for list in [&lex.fact.future, &lex.fact.talk] {
                assert!(list.words.len() > 2);
                for (w, f) in list.finders() {
                    assert!(!w.is_empty());
                    let found: Vec<usize> = f.find_iter(text.as_bytes()).collect();
                    let expected: Vec<usize> = text.match_indices(w).map(|(p, _)| p).collect();
                    assert_eq!(found, expected, "{w:?}");
                }
            }
        }
    }

    /// A text that starts or ends with a word of an edge list is never
    /// passed over by its bytes, in both lexicons; others mostly are.
    #[test]
    fn edge_words_pass_over_no_text_holding_them() {
        let default: &crate::lexicon::Lexicon = &crate::lexicon::DEFAULT;
        for lex in [default, default.for_text(true)] {
            for list in [&lex.fact.no_date_after, &lex.fact.as_of] {
                assert!(list.words.len() > 2 && !list.empty);
                for w in list.iter() {
                    for text in [w.clone(), format!("{w} 2024"), format!("vào {w}"), format!("(ngày {w}")] {
                        let (starts, ends) = (text.starts_with(w.as_str()), text.ends_with(w.as_str()));
                        assert!(!starts || list.may_start(&text), "{w:?} {text:?}");
                        assert!(!ends || list.may_end(&text), "{w:?} {text:?}");
                    }
                }
                assert!(!list.may_start("2024") && !list.may_end("2024") && !list.may_end(""));
            }
        }
    }

    #[test]
    fn classes_merge_across_files() {
        let lex = &*crate::lexicon::DEFAULT;
        let c = |w: &str| lex.fact.class_of(w, &lex.vocab);
        assert!(c("đạt").any(Class::VERB));
        assert!(c("vận động").any(Class::VERB) && c("vận động").any(Class::CAUS));
        assert!(c("đã").any(Class::AUX) && !c("đã").any(Class::VERB));
        assert!(c("cho biết").any(Class::SAY));
        assert!(c("bắt quả tang").any(Class::VERB));
        assert_eq!(c("cầu thủ"), Class::default(), "a noun is in no class");
        assert!(!c("ban tổ chức").any(Class::VERB), "a fixed noun phrase is never a predicate");
    }
}
