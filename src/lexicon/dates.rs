//! The tables of the date, figure and place recognisers (`lex.date`):
//! date words with their kinds (`data/date_words.tsv`), parsed once into a
//! phrase table over word IDs whose first words carry [`Feat::DATE_FIRST`].

use super::phrases::Phrases;
use super::vocab::{Feat, Vocab, WordId, UNKNOWN};
use crate::data::{self, key, lines};
use crate::normalize::fold;
use rustc_hash::FxHashSet as HashSet;

/// Kinds of date word (bits of [`DateWord::kinds`]); see `data/date_words.tsv`.
pub(crate) mod kind {
    pub const DAY: u32 = 1 << 0;
    pub const HOM: u32 = 1 << 1;
    pub const MONTH: u32 = 1 << 2;
    pub const YEAR: u32 = 1 << 3;
    pub const QUARTER: u32 = 1 << 4;
    pub const WEEK: u32 = 1 << 5;
    pub const DECADE: u32 = 1 << 6;
    pub const FROM: u32 = 1 << 7;
    pub const TO: u32 = 1 << 8;
    pub const AND: u32 = 1 << 9;
    pub const UNTIL: u32 = 1 << 10;
    pub const NOW: u32 = 1 << 11;
    pub const NOWISH: u32 = 1 << 12;
    pub const PART: u32 = 1 << 13;
    pub const DEICTIC: u32 = 1 << 14;
    pub const SHORT_DEICTIC: u32 = 1 << 15;
    pub const REL: u32 = 1 << 16;
    pub const WEEKDAY: u32 = 1 << 17;
    pub const ORDINAL: u32 = 1 << 18;
    pub const MONTH_NAME: u32 = 1 << 19;
    pub const LUNAR_MONTH: u32 = 1 << 20;
    pub const HALF: u32 = 1 << 21;
    pub const TERM: u32 = 1 << 22;
    pub const VAGUE: u32 = 1 << 23;
    pub const BIRTH: u32 = 1 << 24;
    pub const SAME: u32 = 1 << 25;
    pub const EVE: u32 = 1 << 26;
    pub const AGO: u32 = 1 << 27;
    pub const OF: u32 = 1 << 28;
    pub const IN: u32 = 1 << 29;
    pub const THAT: u32 = 1 << 30;
    pub const LUNAR_DAY: u32 = 1 << 31;

    /// Every kind by its name in the data file.
    pub const NAMES: &[(&str, u32)] = &[
        ("day", DAY),
        ("hom", HOM),
        ("month", MONTH),
        ("year", YEAR),
        ("quarter", QUARTER),
        ("week", WEEK),
        ("decade", DECADE),
        ("from", FROM),
        ("to", TO),
        ("and", AND),
        ("until", UNTIL),
        ("now", NOW),
        ("nowish", NOWISH),
        ("part", PART),
        ("deictic", DEICTIC),
        ("short_deictic", SHORT_DEICTIC),
        ("rel", REL),
        ("weekday", WEEKDAY),
        ("ordinal", ORDINAL),
        ("month_name", MONTH_NAME),
        ("lunar_month", LUNAR_MONTH),
        ("half", HALF),
        ("term", TERM),
        ("vague", VAGUE),
        ("birth", BIRTH),
        ("same", SAME),
        ("eve", EVE),
        ("ago", AGO),
        ("of", OF),
        ("in", IN),
        ("that", THAT),
        ("lunar_day", LUNAR_DAY),
    ];
}

/// A date word: its kinds and value (offset, month, weekday…), and for a
/// part of the day its display form.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct DateWord {
    pub kinds: u32,
    pub n: i32,
    pub part: Option<&'static str>,
}

impl DateWord {
    /// True when the word has any of the kinds `k`.
    #[inline]
    pub fn is(&self, k: u32) -> bool {
        self.kinds & k != 0
    }
}

/// The five parts of the day, as the output writes them.
fn part_name(s: &str) -> Option<&'static str> {
    ["sáng", "trưa", "chiều", "tối", "đêm"].into_iter().find(|p| *p == s)
}

/// Whether a word that starts date phrases can open a date expression
/// (the recogniser's `Scan::expression`), by the kinds of every entry that
/// holds it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Opens {
    /// Some entry holding the word has a kind that opens a date, or the
    /// table does not describe the word: the expression must be read.
    Maybe,
    /// Every entry holding the word only joins or qualifies dates ("và",
    /// "của", "sau", "tới"): an expression never starts at it, unless it
    /// is also a number word (a count: the recogniser asks).
    Never,
    /// As [`Opens::Never`], but one of its kinds is [`kind::IN`] ("trong",
    /// "vào") and no entry of several words holds it: a date only with a
    /// year word right after it ("trong năm qua").
    UnlessYearNext,
    /// Its entries open a date only through the date word right after the
    /// word ([`kind::VAGUE`] "các", "mỗi", "những năm 1990"; [`kind::HALF`]
    /// "đầu năm nay"), and no entry of several words holds it: a date only
    /// with a word of [`Feat::DATE_FIRST`] next.
    UnlessDateWordNext,
}

/// The kinds with which an entry opens a date expression: each is asked by
/// `Scan::expression` or `Scan::atom_with` before they give up (see
/// [`openers`]). [`kind::TO`] opens one too unless the entry is also
/// [`kind::REL`] ("tới"); [`kind::IN`] before a year word, and
/// [`kind::VAGUE`] and [`kind::HALF`] (read after every kind here)
/// before a date word.
const OPENING: u32 = kind::FROM
    | kind::PART
    | kind::DEICTIC
    | kind::WEEKDAY
    | kind::ORDINAL
    | kind::MONTH_NAME
    | kind::LUNAR_MONTH
    | kind::LUNAR_DAY
    | kind::DAY
    | kind::HOM
    | kind::MONTH
    | kind::YEAR
    | kind::QUARTER
    | kind::WEEK
    | kind::TERM
    | kind::DECADE
    | kind::BIRTH
    | kind::SAME
    | kind::EVE
    | kind::AGO
    | kind::NOWISH;

/// True when an entry of kinds `w` may open a date (in any surroundings).
fn opening(w: &DateWord) -> bool {
    w.is(OPENING) || (w.is(kind::TO) && !w.is(kind::REL))
}

/// [`Opens`] for every word ID of `vocab`. A word of a one-word entry is
/// [`Opens::Never`] (or [`Opens::UnlessYearNext`]) unless some entry
/// holding it, at any place, may open a date; the words of an entry are
/// taken both as split on spaces and as the tokeniser cuts them (the
/// table's walks use one or the other), so no word of an opening entry is
/// missed. Every other word is [`Opens::Maybe`].
fn openers(words: &Phrases<DateWord>, vocab: &Vocab) -> Vec<Opens> {
    let ids_of = |key: &str| -> Vec<WordId> {
        let mut ids: Vec<WordId> = key.split(' ').map(|w| vocab.get(w)).collect();
        ids.extend(crate::tokenize::tokenize(key).iter().map(|t| vocab.get(&key[t.range()])));
        ids
    };
    let one_word = |key: &str| !key.contains(' ') && crate::tokenize::tokenize(key).len() == 1;
    // One-word entries give the words their state (the least sure of
    // those a word listed twice gets)...
    let mut given: Vec<Option<Opens>> = vec![None; vocab.len()];
    for (key, w) in words.iter().filter(|(k, _)| one_word(k)) {
        let id = vocab.get(key);
        if let Some(slot) = given.get_mut(id as usize).filter(|_| id != UNKNOWN) {
            let state = if opening(w) {
                Opens::Maybe
            } else if w.is(kind::VAGUE | kind::HALF) {
                Opens::UnlessDateWordNext
            } else if w.is(kind::IN) {
                Opens::UnlessYearNext
            } else {
                Opens::Never
            };
            *slot = Some(match (*slot, state) {
                (Some(Opens::Maybe), _) | (_, Opens::Maybe) => Opens::Maybe,
                (Some(Opens::UnlessDateWordNext), _) | (_, Opens::UnlessDateWordNext) => Opens::UnlessDateWordNext,
                (Some(Opens::UnlessYearNext), _) | (_, Opens::UnlessYearNext) => Opens::UnlessYearNext,
                _ => Opens::Never,
            });
        }
    }
    let mut out: Vec<Opens> = given.into_iter().map(|g| g.unwrap_or(Opens::Maybe)).collect();
    // ... which any entry that may open a date, or any entry of several
    // words for the states that read the token next, takes back (a word of
    // both a one-word opening entry and an inert one is read).
    for (key, w) in words.iter() {
        let several = !one_word(key);
        for id in ids_of(key) {
            if let Some(slot) = out.get_mut(id as usize) {
                let reads_next = *slot != Opens::Never || w.is(kind::IN | kind::VAGUE | kind::HALF);
                if opening(w) || (several && reads_next) {
                    *slot = Opens::Maybe;
                }
            }
        }
    }
    out
}

/// The tables of the date recogniser.
#[derive(Clone, Debug)]
pub(crate) struct DateTables {
    /// Date words by phrase (lower case; folded in the folded twin).
    pub words: Phrases<DateWord>,
    /// Whether a word can open a date, by word ID ([`DateTables::opens`]).
    opens: Vec<Opens>,
    /// Headings of related-article lists, accent-folded, for text written
    /// without diacritics.
    pub furniture_folded: Vec<String>,
    /// Words before "1/3" that make it a fraction (`data/date_context.tsv`).
    pub fraction_before: HashSet<String>,
    /// Lower-case words after "2/9" that keep it a date.
    pub date_after: HashSet<String>,
    /// Words right after "2-3" or "3.5" that make it a range of a count
    /// after "từ" or "đến" ("từ 7-9 giờ"), not a day.
    pub count_after: HashSet<String>,
    /// The same even after a day word ("ngày 2-3 lần").
    pub count_after_day: HashSet<String>,
    /// Longer names that begin with a province's name ("Thái Bình Dương"),
    /// from `data/place_words.tsv`; first words carry [`Feat::PLACE_FIRST`].
    pub not_province: Phrases<()>,
    /// Words before a quoted title of a work ("bài hát", "phim").
    pub work_before: HashSet<String>,
    /// `data/not_province_before.txt` folded ("phuong", "xa"), for text
    /// without diacritics.
    pub place_before_folded: HashSet<String>,
    /// Qualifiers of figures before or after the number ("ít nhất", "trở
    /// lên"), from `data/figure_words.tsv`; first words carry [`Feat::FIGURE_FIRST`].
    pub qualifiers: Phrases<Qualifying>,
    /// The other word classes of `data/figure_words.tsv`, as written and folded.
    pub quantity_before: HashSet<String>,
    pub not_counted: HashSet<String>,
    pub money_context: HashSet<String>,
    pub list: HashSet<String>,
    pub score_before: HashSet<String>,
    pub level_context: HashSet<String>,
    pub name_before: HashSet<String>,
}

/// A qualifier of a figure and where it stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Qualifying {
    pub qualifier: crate::Qualifier,
    /// Written after the figure ("trở lên").
    pub after: bool,
}

/// The phrases of class `class` in `data/figure_words.tsv`.
fn figure_words(class: &str) -> Vec<String> {
    lines(data::FIGURE_WORDS)
        .filter_map(|(_, l)| l.split_once('\t').filter(|(_, c)| c.trim() == class).map(|(w, _)| key(w.trim())))
        .collect()
}

/// A class of `data/figure_words.tsv` as a set of its phrases, as written and folded.
fn figure_set(class: &str) -> HashSet<String> {
    figure_words(class).into_iter().flat_map(|w| [fold(&w), w]).collect()
}

/// The phrases of class `class` in `data/place_words.tsv`.
fn places(class: &str) -> Vec<String> {
    lines(data::PLACE_WORDS)
        .filter_map(|(_, l)| l.split_once('\t').filter(|(_, c)| c.trim() == class).map(|(w, _)| key(w.trim())))
        .collect()
}

/// The words of class `class` in `data/date_context.tsv`, as written and folded.
fn context(class: &str) -> HashSet<String> {
    lines(data::DATE_CONTEXT)
        .filter_map(|(_, l)| l.split_once('\t').filter(|(_, c)| c.trim() == class).map(|(w, _)| key(w.trim())))
        .flat_map(|w| [fold(&w), w])
        .collect()
}

impl DateTables {
    fn entries() -> Vec<(String, DateWord)> {
        let mut out: Vec<(String, DateWord)> = lines(data::DATE_WORDS)
            .filter_map(|(_, l)| {
                let mut f = l.split('\t');
                let phrase = key(f.next()?.trim());
                let kinds = f
                    .next()?
                    .split(',')
                    .filter_map(|k| kind::NAMES.iter().find(|(n, _)| *n == k.trim()).map(|(_, b)| *b))
                    .fold(0, |a, b| a | b);
                let value = f.next().map(str::trim).unwrap_or("");
                Some((phrase, DateWord { kinds, n: value.parse().unwrap_or(0), part: part_name(value) }))
            })
            .collect();
        // Period words also as slugs and tag lines write them ("giai doan
        // 2022 2025"): several syllables folded are still unambiguous.
        let slugs: Vec<(String, DateWord)> = out
            .iter()
            .filter(|(k, w)| w.is(kind::TERM) && k.contains(' ') && fold(k) != *k)
            .map(|(k, w)| (fold(k), *w))
            .collect();
        out.extend(slugs);
        out
    }

    /// Whether the word `id` can open a date ([`Opens::Maybe`] for any
    /// word the table does not describe).
    #[inline]
    pub fn opens(&self, id: WordId) -> Opens {
        self.opens.get(id as usize).copied().unwrap_or(Opens::Maybe)
    }

    /// Parses the tables, interning their words in `vocab`.
    pub fn parse(vocab: &mut Vocab) -> DateTables {
        let words = Phrases::new(Self::entries(), vocab, Feat::DATE_FIRST);
        DateTables {
            opens: openers(&words, vocab),
            words,
            furniture_folded: lines(data::FURNITURE_HEADINGS).map(|(_, l)| fold(&key(l.trim()))).collect(),
            fraction_before: context("fraction_before"),
            date_after: context("date_after"),
            count_after: context("count_after"),
            count_after_day: context("count_after_day"),
            not_province: Phrases::new(
                places("not_province").into_iter().map(|w| (w, ())).collect(),
                vocab,
                Feat::PLACE_FIRST,
            ),
            work_before: places("work").into_iter().flat_map(|w| [fold(&w), w]).collect(),
            place_before_folded: lines(data::NOT_PROVINCE_BEFORE).map(|(_, l)| fold(&key(l.trim()))).collect(),
            qualifiers: Phrases::new(
                [
                    ("over", crate::Qualifier::Over, false),
                    ("under", crate::Qualifier::Under, false),
                    ("about", crate::Qualifier::About, false),
                    ("over_after", crate::Qualifier::Over, true),
                    ("under_after", crate::Qualifier::Under, true),
                ]
                .into_iter()
                .flat_map(|(class, qualifier, after)| {
                    figure_words(class).into_iter().map(move |w| (w, Qualifying { qualifier, after }))
                })
                .collect(),
                vocab,
                Feat::FIGURE_FIRST,
            ),
            quantity_before: figure_set("quantity_before"),
            not_counted: figure_set("not_counted"),
            money_context: figure_set("money_context"),
            list: figure_set("list"),
            score_before: figure_set("score_before"),
            level_context: figure_set("level_context"),
            name_before: figure_set("name_before"),
        }
    }

    /// The same tables under accent-folded keys, for text without
    /// diacritics. Words that fold alike ("tới", "tối") merge their kinds;
    /// for a value both give, the first in the data file wins.
    pub fn folded(&self, vocab: &mut Vocab) -> DateTables {
        let mut merged: Vec<(String, DateWord)> = Vec::new();
        for (k, w) in self.words.iter() {
            let f = fold(k);
            match merged.iter_mut().find(|(m, _)| *m == f) {
                Some((_, m)) => {
                    if m.n == 0 {
                        m.n = w.n;
                    }
                    m.part = m.part.or(w.part);
                    m.kinds |= w.kinds;
                }
                None => merged.push((f, *w)),
            }
        }
        let words = Phrases::new(merged, vocab, Feat::DATE_FIRST);
        DateTables {
            opens: openers(&words, vocab),
            words,
            furniture_folded: self.furniture_folded.clone(),
            fraction_before: self.fraction_before.clone(),
            date_after: self.date_after.clone(),
            count_after: self.count_after.clone(),
            count_after_day: self.count_after_day.clone(),
            not_province: self.not_province.folded(vocab),
            work_before: self.work_before.clone(),
            place_before_folded: self.place_before_folded.clone(),
            qualifiers: self.qualifiers.folded(vocab),
            quantity_before: self.quantity_before.clone(),
            not_counted: self.not_counted.clone(),
            money_context: self.money_context.clone(),
            list: self.list.clone(),
            score_before: self.score_before.clone(),
            level_context: self.level_context.clone(),
            name_before: self.name_before.clone(),
        }
    }
}
