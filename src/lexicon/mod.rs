//! The lexicon: every table of `data/` parsed once into a vocabulary of
//! word IDs with feature bits ([`vocab`]) and phrase tables that are tries
//! over those IDs ([`phrases`]). Built once per process from the embedded
//! files ([`crate::data`]); the builder's entries extend a copy.

pub(crate) mod dates;
pub(crate) mod facts;
pub(crate) mod organisations;
pub(crate) mod people;
pub(crate) mod phrases;
pub(crate) mod vocab;

use crate::data::{self, key, lines, lower, norm};
use crate::normalize::fold;
use crate::provinces::{Era, ProvinceRecord};
use facts::Class;
pub(crate) use phrases::{Gap, Phrases};
// The lexicon's tables are fixed at build time and only looked up with the
// text's words, so a fast non-keyed hash is safe here (no insertion of
// input-chosen keys); it saves the cost of SipHash on every token.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::{Arc, LazyLock};
pub(crate) use vocab::{Feat, Vocab, WordId};

/// What kind of role a title word is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RoleKind {
    /// Held in a body: "Chủ tịch", "Bí thư".
    Office,
    /// Military or police rank: never has a body.
    Rank,
    /// Party post sharing the body of the next title ("Bí thư Đảng đoàn").
    Party,
    /// Head of state or government; the body may be a country.
    Head,
    /// An occupational title ("HLV", "ca sĩ", "bác sĩ").
    Occupation,
}

/// A form of address before a name (`honorifics.tsv`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Honorific {
    pub gender: Option<crate::Gender>,
    /// The output's `honorific` ("ông", "bà", "anh", "chị"), if any.
    pub field: Option<String>,
}

/// A unit or scale word from `units.tsv`.
#[derive(Clone, Debug)]
pub(crate) struct UnitRecord {
    pub unit: String,
    pub multiplier: f64,
    pub kind: UnitKind,
    /// A unit only after a scale word: "30 triệu bảng" is pounds, "2
    /// bảng" two groups of a tournament.
    pub after_scale: bool,
}

/// The units, longest surface first, indexed by their first char and by
/// their whole surface: finding the units at a position of the text looks
/// at those that start with its char, not at the whole table.
#[derive(Clone, Debug, Default)]
pub(crate) struct Units {
    list: Vec<(String, UnitRecord)>,
    by_first: HashMap<char, Vec<usize>>,
    by_surface: HashMap<String, usize>,
    /// The scale words ("triệu", "nghìn tỷ"), longest first: a handful,
    /// asked after every number, where going through all units sharing a
    /// first letter cost hundreds of instructions.
    scales: Vec<usize>,
}

impl Units {
    fn new(mut list: Vec<(String, UnitRecord)>) -> Units {
        // Longest surface first, so "km/h" wins over "km".
        list.sort_by_key(|(s, _)| std::cmp::Reverse(s.len()));
        let mut units = Units { list, ..Units::default() };
        for (i, (s, _)) in units.list.iter().enumerate() {
            if let Some(c) = s.chars().next() {
                units.by_first.entry(c).or_default().push(i);
            }
            units.by_surface.entry(s.clone()).or_insert(i);
        }
        units.scales = (0..units.list.len()).filter(|&i| units.list[i].1.kind == UnitKind::Scale).collect();
        units
    }

    /// Every unit, longest surface first.
    pub fn iter(&self) -> impl Iterator<Item = &(String, UnitRecord)> {
        self.list.iter()
    }

    /// The units whose surface may start `text` (those starting with its
    /// first char), longest first.
    pub fn starting(&self, text: &str) -> impl Iterator<Item = &(String, UnitRecord)> {
        let first = text.chars().next().and_then(|c| self.by_first.get(&c));
        first.into_iter().flatten().map(|&i| &self.list[i])
    }

    /// The scale words, longest first (the order of [`Units::starting`]).
    pub fn scales(&self) -> impl Iterator<Item = &(String, UnitRecord)> {
        self.scales.iter().map(|&i| &self.list[i])
    }

    /// The unit whose surface is `surface` (lower case).
    pub fn get(&self, surface: &str) -> Option<&UnitRecord> {
        self.by_surface.get(surface).map(|&i| &self.list[i].1)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum UnitKind {
    Money,
    Percent,
    Measure,
    Scale,
}

/// Everything the recognisers look up, parsed once.
#[derive(Clone)]
pub(crate) struct Lexicon {
    /// Every word of every table, with its features.
    pub vocab: Vocab,
    pub provinces: Vec<ProvinceRecord>,
    /// For each record of `provinces`, the record of the unit of the same
    /// name in the 2025 map (itself for a 2025 record, and for a unit
    /// that map does not have).
    pub province_since_2025: Vec<usize>,
    pub surnames: HashSet<String>,
    /// Family names of two syllables ("Tôn Thất"), lower case.
    pub compound_surnames: Phrases<()>,
    /// (lower-case key, (display form, kind)).
    pub roles: Phrases<(String, RoleKind)>,
    pub honorifics: Phrases<Honorific>,
    /// (lower-case key, display form).
    pub org_heads: Phrases<String>,
    pub org_words: HashSet<String>,
    /// Names of a kind of body, not of a body ("Ban Thường vụ").
    pub org_generic: HashSet<String>,
    /// Phrases that end a name after a capitalised word ("tổ chức", "phát biểu").
    pub org_enders: Phrases<()>,
    /// (lower-case key, (name, acronym)).
    pub org_known: Phrases<(String, Option<String>)>,
    pub countries: Phrases<String>,
    /// Every province alias, lower case, as a phrase table of record indexes.
    pub province_names: Phrases<usize>,
    pub acronyms: HashMap<String, (String, bool)>,
    pub units: Units,
    pub stopwords: HashSet<String>,
    pub classifiers: HashSet<String>,
    /// Words of several syllables (the word list), lower case, in one trie
    /// with the fact phrases.
    pub words: Words,
    pub max_word_syllables: usize,
    /// Headings of related-article lists (lower case).
    pub furniture_headings: HashSet<String>,
    /// In the folded twin: function words restored from their folded form
    /// ("tinh" → "tỉnh"); empty otherwise.
    pub restore: HashMap<String, String>,
    /// Function words restorable from their folded form.
    restorable: Vec<String>,
    /// The people-and-titles tables.
    pub person: people::PersonTables,
    /// First words of heads of bodies often named after people.
    pub named_after_people: HashSet<String>,
    /// First words of heads of institutions named together.
    pub institutions: HashSet<String>,
    /// What follows an age group's name when it names a tournament ("châu
    /// Á", "thế giới": `tournament_regions.txt`), lower case.
    pub tournament_regions: HashSet<String>,
    /// Head word → words after it that make it an ordinary word.
    pub not_after_head: HashMap<String, HashSet<String>>,
    /// Digits as words: value, and whether the word is a number alone.
    pub number_words: HashMap<String, (f64, bool)>,
    /// One or two words before a number that make it an identifier.
    pub id_before: HashSet<String>,
    /// One or two words before a province name that make it another place.
    pub not_province_before: HashSet<String>,
    /// The fact finder's word classes.
    pub fact: facts::FactLexicon,
    /// Words that make a date the name of a street or square before it.
    pub not_date_before: Vec<String>,
    /// Kinds of legal document cited by number (lower case) and the kind
    /// each stands for (a misspelling its correct form).
    pub document_kinds: Phrases<String>,
    /// The tables of the date, figure and place recognisers.
    pub date: dates::DateTables,
    /// The organisation tables.
    pub org: organisations::OrgTables,
    /// The same lexicon under accent-folded keys, for text written without
    /// diacritics; built on first use.
    folded_twin: std::sync::OnceLock<Arc<Lexicon>>,
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Lexicon({} words, {} roles)", self.vocab.len(), self.roles.iter().count())
    }
}

/// For each record, the 2025 record of the same name, or itself.
fn since_2025(provinces: &[ProvinceRecord]) -> Vec<usize> {
    let now = |r: &ProvinceRecord| provinces.iter().position(|p| p.era == Era::Since2025 && p.name == r.name);
    provinces.iter().enumerate().map(|(i, r)| now(r).unwrap_or(i)).collect()
}

/// The word list (`data/words.txt`) as a phrase table, and the most
/// syllables of a word in it (at most 6). The file is stored as its own
/// key (normalised with traditional tones, lower case, one trimmed word a
/// line: a unit test holds it so), so its lines are the keys as they are.
#[inline(never)]
fn word_list(vocab: &mut Vocab) -> (Phrases<Option<Class>>, usize) {
    // Sized by the line breaks (one count over the text): one entry a line,
    // and room for the fact phrases merged in later.
    let lines = memchr::memchr_iter(b'\n', data::WORDS.as_bytes()).count() + 1;
    let mut words = Phrases::with_capacity(Feat::WORD_FIRST, lines + fact_room());
    let mut most = 1;
    for w in data::split_lines(data::WORDS) {
        most = most.max(w.bytes().filter(|&b| b == b' ').count() + 1);
        words.push(vocab, w.to_owned(), None);
    }
    (words, most.min(6))
}

/// Room for the fact phrases merged into the word list's table
/// ([`Words::add_phrases`]): at most one entry a line of their files.
/// Sized for them with the words, the table's entries are not moved (35,000
/// of them copied) when they come.
fn fact_room() -> usize {
    [data::VERBS, data::REPORTING_VERBS, data::FACT_WORDS]
        .iter()
        .map(|f| memchr::memchr_iter(b'\n', f.as_bytes()).count() + 1)
        .sum()
}

/// The word list and the fact phrases in one trie: the fact finder cuts a
/// sentence into units by the longest fact phrase and the longest word at
/// each token, found on one walk instead of one walk of each table. The
/// words are the entries added first (indices below `words_end`, value
/// `None` unless the word is a fact phrase too); the fact phrases are
/// merged in after them (about 800; a phrase that is a word, some 450,
/// puts its classes on the word's entry, any other is an entry of its
/// own), their
/// first words marked [`Feat::FACT_FIRST`] and not [`Feat::WORD_FIRST`].
/// Every reader of the word list asks for words only: the longest *word*,
/// never a longer fact phrase.
#[derive(Clone, Debug)]
pub(crate) struct Words {
    table: Phrases<Option<Class>>,
    /// Entries below this index are words of the list.
    words_end: u32,
}

impl Words {
    /// The word list `table`, every entry a word.
    fn new(table: Phrases<Option<Class>>) -> Words {
        let words_end = table.iter().count() as u32;
        Words { table, words_end }
    }

    /// Merges the fact phrases `phrases` in (their words interned in
    /// `vocab` already: no word ID changes).
    fn add_phrases(&mut self, phrases: &Phrases<Class>, vocab: &mut Vocab) {
        for (k, c) in phrases.iter() {
            // A path two fact phrases share keeps the first's classes, as
            // the fact phrases' own table does.
            self.table.push_merged(vocab, k.clone(), Some(*c), phrases.first_feat(), |v, c| *v = v.or(c));
        }
    }

    /// The feature the first word of every word has.
    #[inline]
    pub fn first_feat(&self) -> Feat {
        Feat::WORD_FIRST
    }

    /// True when the words `ids[i..i + n]` spell a word exactly.
    #[inline]
    pub fn has(&self, ids: &[WordId], gaps: &[Gap], i: usize, n: usize) -> bool {
        self.table.spelled(ids, gaps, i, n).is_some_and(|e| e < self.words_end)
    }

    /// The longest word spelled by `ids[i..]`: its number of words and its
    /// key.
    #[inline]
    pub fn longest(&self, ids: &[WordId], gaps: &[Gap], i: usize) -> Option<(usize, &str)> {
        let mut best = None;
        self.table.each_entry(ids, gaps, i, |n, e| {
            if e < self.words_end {
                best = Some((n, e));
            }
        });
        best.map(|(n, e)| (n, self.table.entry(e).0.as_str()))
    }

    /// At token `i` of a text whose first token's features are `feat`,
    /// on one walk: the words of the longest word there (0 when none, or
    /// when `feat` lacks [`Feat::WORD_FIRST`]) and the words and classes of
    /// the longest fact phrase (none when `feat` lacks
    /// [`Feat::FACT_FIRST`]), as the two tables' walks would answer.
    #[inline(always)]
    pub fn word_and_phrase(
        &self,
        ids: &[WordId],
        gaps: &[Gap],
        i: usize,
        feat: Feat,
    ) -> (usize, Option<(usize, Class)>) {
        let (word, phrase) = (feat.any(Feat::WORD_FIRST), feat.any(Feat::FACT_FIRST));
        let (mut n_word, mut found) = (0, None);
        if word || phrase {
            self.table.each_entry(ids, gaps, i, |n, e| {
                if word && e < self.words_end {
                    n_word = n;
                }
                if phrase {
                    if let Some(c) = self.table.entry(e).1 {
                        found = Some((n, c));
                    }
                }
            });
        }
        (n_word, found)
    }

    /// True when `key` is a word.
    pub fn contains(&self, key: &str) -> bool {
        self.table.index_of(key).is_some_and(|e| e < self.words_end)
    }

    /// The word whose key is exactly `key`, and its classes if it is a
    /// fact phrase too.
    #[cfg(test)]
    pub fn get(&self, key: &str) -> Option<Option<Class>> {
        self.table.index_of(key).filter(|&e| e < self.words_end).map(|e| self.table.entry(e).1)
    }

    /// Every word, in the order added.
    pub fn iter(&self) -> impl Iterator<Item = &(String, Option<Class>)> {
        self.table.iter().take(self.words_end as usize)
    }
}

/// Marks every one-word entry of `set` with `f` in `vocab`.
fn mark_all<'a>(vocab: &mut Vocab, set: impl IntoIterator<Item = &'a String>, f: Feat) {
    for w in set {
        if !w.contains(' ') {
            vocab.mark(w, f);
        }
    }
}

/// Marks the labels before a figure's number: each one-word label of
/// `id_before` with [`Feat::ID_LABEL`], the first word of each label of
/// several words of `id_before` and `quantity_before` with
/// [`Feat::LABEL_FIRST`] (a two-word look-up needs its first word marked).
fn mark_labels<'a>(vocab: &mut Vocab, id_before: &'a HashSet<String>, quantity_before: &'a HashSet<String>) {
    mark_all(vocab, id_before, Feat::ID_LABEL);
    for w in id_before.iter().chain(quantity_before) {
        if let Some((first, _)) = w.split_once(' ') {
            vocab.mark(first, Feat::LABEL_FIRST);
        }
    }
}

/// Marks the words a count never takes as its noun (`not_counted`): each
/// one-word entry with [`Feat::NOT_COUNTED`], the first word of each entry
/// of several words with [`Feat::NOT_COUNTED_FIRST`].
fn mark_not_counted(vocab: &mut Vocab, not_counted: &HashSet<String>) {
    mark_all(vocab, not_counted, Feat::NOT_COUNTED);
    for w in not_counted {
        if let Some((first, _)) = w.split_once(' ') {
            vocab.mark(first, Feat::NOT_COUNTED_FIRST);
        }
    }
}

impl Lexicon {
    /// A copy to add the builder's entries to.
    pub fn extended(&self) -> Lexicon {
        let mut l = self.clone();
        l.folded_twin = std::sync::OnceLock::new();
        l
    }

    /// Adds a family name (as written, "Lò" or "Tôn Thất").
    pub fn add_surname(&mut self, name: String) {
        let k = lower(&name);
        if k.contains(' ') {
            self.compound_surnames.push(&mut self.vocab, k, ());
        } else {
            self.vocab.mark(&k, Feat::SURNAME);
        }
        self.surnames.insert(name);
    }

    /// The lexicon to use for a text: this one, or for text without any
    /// diacritic its folded twin (keys folded, display forms kept, so roles
    /// come out as "Chủ tịch" from "Chu tich").
    pub fn for_text(&self, without_diacritics: bool) -> &Lexicon {
        if !without_diacritics {
            return self;
        }
        self.folded_twin.get_or_init(|| Arc::new(self.folded()))
    }

    /// What a figure with this (canonical) unit measures: money, a
    /// percentage, a measure, or a count of the counted noun.
    pub fn figure_kind(&self, unit: &str) -> crate::FigureKind {
        use crate::FigureKind;
        match self.units.iter().find(|(_, u)| u.unit == unit && u.kind != UnitKind::Scale) {
            Some((_, u)) if u.kind == UnitKind::Money => FigureKind::Money,
            Some((_, u)) if u.kind == UnitKind::Percent => FigureKind::Percent,
            Some(_) => FigureKind::Measure,
            None => FigureKind::Count,
        }
    }

    fn folded(&self) -> Lexicon {
        // Folded keys, and the written ones for restored function words.
        let set = |s: &HashSet<String>| s.iter().map(|w| fold(w)).chain(s.iter().cloned()).collect::<HashSet<_>>();
        let units = Units::new(self.units.iter().map(|(k, u)| (fold(k), u.clone())).collect());
        let mut vocab = Vocab::default();
        // Sized for the written keys and the folded ones (each may end at a
        // node of its own), and both forms of each fact phrase merged in
        // later: no table grows, its entries and edges moved, on the way.
        let mut words = Phrases::with_capacity(Feat::WORD_FIRST, 2 * (self.words.iter().count() + fact_room()));
        for (k, _) in self.words.iter() {
            words.push(&mut vocab, fold(k), None);
            words.push(&mut vocab, k.clone(), None);
        }
        let surnames = set(&self.surnames);
        let lower_surnames: Vec<String> = surnames.iter().map(|s| lower(s)).collect();
        mark_all(&mut vocab, &lower_surnames, Feat::SURNAME);
        let mut compound_surnames = Phrases::empty(Feat::COMPOUND_SURNAME_FIRST);
        for s in lower_surnames.iter().filter(|s| s.contains(' ')) {
            compound_surnames.push(&mut vocab, s.clone(), ());
        }
        let (org_words, stopwords, classifiers) = (set(&self.org_words), set(&self.stopwords), set(&self.classifiers));
        mark_all(&mut vocab, &org_words, Feat::ORG_WORD);
        mark_all(&mut vocab, &stopwords, Feat::STOPWORD);
        mark_all(&mut vocab, &classifiers, Feat::CLASSIFIER);
        mark_labels(&mut vocab, &self.id_before, &self.date.quantity_before);
        mark_not_counted(&mut vocab, &self.date.not_counted);
        let province_names = self.province_names.folded(&mut vocab);
        // Number words typed without diacritics ("hai", "muoi", "tram").
        for w in self.number_words.keys().map(String::as_str).chain(["mười"]) {
            vocab.mark(&fold(w), Feat::NUMBER_WORD);
            vocab.mark(w, Feat::NUMBER_WORD);
        }
        let mut lex = Lexicon {
            provinces: self.provinces.clone(),
            province_since_2025: self.province_since_2025.clone(),
            surnames,
            compound_surnames,
            roles: self.roles.folded(&mut vocab),
            honorifics: self.honorifics.folded(&mut vocab),
            org_heads: self.org_heads.folded(&mut vocab),
            org_words,
            org_generic: set(&self.org_generic),
            org_enders: self.org_enders.folded(&mut vocab),
            org_known: self.org_known.folded(&mut vocab),
            countries: self.countries.folded(&mut vocab),
            province_names,
            acronyms: self.acronyms.iter().map(|(k, v)| (fold(k), v.clone())).collect(),
            units,
            stopwords,
            classifiers,
            words: Words::new(words),
            max_word_syllables: self.max_word_syllables,
            furniture_headings: self.furniture_headings.clone(),
            restore: self.restorable.iter().map(|w| (fold(w), w.clone())).collect(),
            restorable: self.restorable.clone(),
            person: self.person.folded(&mut vocab),
            named_after_people: self.named_after_people.clone(),
            institutions: self.institutions.clone(),
            tournament_regions: set(&self.tournament_regions),
            not_after_head: self.not_after_head.clone(),
            number_words: self.number_words.clone(),
            id_before: self.id_before.clone(),
            not_province_before: self.not_province_before.clone(),
            fact: self.fact.folded(&mut vocab),
            not_date_before: self.not_date_before.clone(),
            // The reference after a kind needs its diacritics ("số"): text
            // written without them has no legal reference to find.
            document_kinds: Phrases::empty(Feat::DOCUMENT_KIND_FIRST),
            date: self.date.folded(&mut vocab),
            org: self.org.folded(&mut vocab),
            vocab,
            folded_twin: std::sync::OnceLock::new(),
        };
        lex.words.add_phrases(&lex.fact.phrases, &mut lex.vocab);
        lex
    }

    pub(crate) fn parse() -> Lexicon {
        let mut vocab = Vocab::default();
        let provinces = crate::provinces::parse(data::PROVINCES);
        // The word list first: its syllables are most of the vocabulary.
        let (words, max_word_syllables) = word_list(&mut vocab);
        let role_rows = people::role_rows();
        let roles = Phrases::new(
            role_rows
                .iter()
                .filter(|r| people::shared_role(r.kind, r.meta))
                .map(|r| (r.key.clone(), (r.role.clone(), r.kind)))
                .collect(),
            &mut vocab,
            Feat::ROLE_FIRST,
        );
        let honorifics = Phrases::new(
            lines(data::HONORIFICS)
                .map(|(_, l)| {
                    let f: Vec<&str> = l.split('\t').map(str::trim).collect();
                    let gender = match f.get(1).copied() {
                        Some("m") => Some(crate::Gender::Male),
                        Some("f") => Some(crate::Gender::Female),
                        _ => None,
                    };
                    let field = f.get(2).filter(|h| !h.is_empty() && **h != "-").map(|h| h.to_string());
                    (key(f.first().copied().unwrap_or("")), Honorific { gender, field })
                })
                .collect(),
            &mut vocab,
            Feat::HONORIFIC_FIRST,
        );
        let known_rows = organisations::known_rows();
        let org_known = Phrases::new(
            known_rows.iter().map(|r| (r.key.clone(), (r.name.clone(), r.acronym().map(String::from)))).collect(),
            &mut vocab,
            Feat::KNOWN_FIRST,
        );
        let acronyms = lines(data::ACRONYMS)
            .filter_map(|(_, l)| {
                let f: Vec<&str> = l.split('\t').collect();
                Some((norm(f.first()?), (norm(f.get(1)?), f.get(2).map(|s| s.trim()) == Some("y"))))
            })
            .collect();
        let units = Units::new(
            lines(data::UNITS)
                .filter_map(|(_, l)| {
                    let f: Vec<&str> = l.split('\t').collect();
                    let kind = match *f.get(3)? {
                        "money" => UnitKind::Money,
                        "percent" => UnitKind::Percent,
                        "scale" => UnitKind::Scale,
                        _ => UnitKind::Measure,
                    };
                    let rec = UnitRecord {
                        unit: norm(f.get(1)?),
                        multiplier: f.get(2)?.trim().parse().ok()?,
                        kind,
                        after_scale: f.get(4).is_some_and(|s| s.trim() == "after_scale"),
                    };
                    // Surfaces are matched against lower-cased text.
                    Some((lower(&norm(f.first()?)), rec))
                })
                .collect(),
        );
        let mut province_pats = Vec::new();
        for (i, p) in provinces.iter().enumerate() {
            for a in &p.aliases {
                province_pats.push((i, key(a)));
            }
        }
        let province_names = Phrases::new(
            province_pats.iter().map(|(i, k)| (k.clone(), *i)).collect(),
            &mut vocab,
            Feat::PROVINCE_FIRST,
        );
        let set = |src: &str| lines(src).map(|(_, l)| key(l.trim())).collect::<HashSet<_>>();
        let org_words = set(data::ORG_WORDS);
        let stopwords = set(data::STOPWORDS);
        let classifiers = set(data::CLASSIFIERS);
        mark_all(&mut vocab, &org_words, Feat::ORG_WORD);
        mark_all(&mut vocab, &stopwords, Feat::STOPWORD);
        mark_all(&mut vocab, &classifiers, Feat::CLASSIFIER);
        // (Heads counted only in capitals, "CAQ", are left out: written
        // otherwise they are other words, "Cap" for "Cấp" in text without
        // marks; the organisations' own table checks their case.)
        let org_heads = Phrases::new(
            lines(data::ORG_HEADS)
                .filter(|(_, l)| !organisations::head_flag(l, "caps"))
                .map(|(_, l)| {
                    let h = norm(l.split('\t').next().unwrap_or(l));
                    (key(&h), h)
                })
                .collect(),
            &mut vocab,
            Feat::HEAD_FIRST,
        );
        // One country a line, alternative spellings after ';', the first canonical.
        let countries = Phrases::new(
            lines(data::COUNTRIES)
                .flat_map(|(_, l)| {
                    let canonical = norm(l.split(';').next().unwrap_or(l));
                    l.split(';').filter(|a| !a.trim().is_empty()).map(move |a| (key(a), canonical.clone()))
                })
                .collect(),
            &mut vocab,
            Feat::COUNTRY_FIRST,
        );
        let org_enders = Phrases::new(
            lines(data::ORG_ENDERS).map(|(_, l)| (key(l.split('\t').next().unwrap_or(l)), ())).collect(),
            &mut vocab,
            Feat::ENDER_FIRST,
        );
        let list = |src: &str| lines(src).map(|(_, l)| key(l.trim())).collect::<Vec<_>>();
        let not_after_head = lines(data::NOT_AFTER_HEAD)
            .filter_map(|(_, l)| {
                let (h, ws) = l.split_once('\t')?;
                Some((key(h), ws.split_whitespace().map(key).collect()))
            })
            .collect();
        let number_words: HashMap<String, (f64, bool)> = lines(data::NUMBER_WORDS)
            .filter_map(|(_, l)| {
                let f: Vec<&str> = l.split('\t').collect();
                Some((key(f.first()?), (f.get(1)?.trim().parse().ok()?, f.get(2)?.trim() == "y")))
            })
            .collect();
        // A number in words starts with a digit word or "mười".
        for w in number_words.keys().map(String::as_str).chain(["mười"]) {
            vocab.mark(w, Feat::NUMBER_WORD);
        }
        let document_kinds = Phrases::new(
            lines(data::DOCUMENT_KINDS)
                .map(|(_, l)| {
                    let (kind, stands_for) = l.split_once('\t').unwrap_or((l, l));
                    (key(kind), key(stands_for))
                })
                .collect(),
            &mut vocab,
            Feat::DOCUMENT_KIND_FIRST,
        );
        let date = dates::DateTables::parse(&mut vocab);
        mark_labels(&mut vocab, &set(data::ID_BEFORE), &date.quantity_before);
        mark_not_counted(&mut vocab, &date.not_counted);
        let fact = facts::FactLexicon::parse(&mut vocab);
        let org = organisations::OrgTables::parse(&mut vocab, known_rows);
        let person = people::PersonTables::parse(&mut vocab, &role_rows);
        let mut lex = Lexicon {
            date,
            org,
            vocab,
            province_since_2025: since_2025(&provinces),
            provinces,
            surnames: HashSet::default(),
            compound_surnames: Phrases::empty(Feat::COMPOUND_SURNAME_FIRST),
            roles,
            honorifics,
            org_heads,
            countries,
            province_names,
            org_words,
            org_generic: lines(data::ORG_GENERIC).map(|(_, l)| key(l.split('\t').next().unwrap_or(l).trim())).collect(),
            org_enders,
            org_known,
            acronyms,
            units,
            stopwords,
            classifiers,
            words: Words::new(words),
            max_word_syllables,
            furniture_headings: set(data::FURNITURE_HEADINGS),
            restore: HashMap::default(),
            restorable: list(data::RESTORABLE),
            person,
            named_after_people: set(data::NAMED_AFTER_PEOPLE),
            institutions: set(data::INSTITUTIONS),
            tournament_regions: set(data::TOURNAMENT_REGIONS),
            not_after_head,
            number_words,
            id_before: set(data::ID_BEFORE),
            not_province_before: set(data::NOT_PROVINCE_BEFORE),
            fact,
            not_date_before: list(data::NOT_DATE_BEFORE),
            document_kinds,
            folded_twin: std::sync::OnceLock::new(),
        };
        lex.words.add_phrases(&lex.fact.phrases, &mut lex.vocab);
        for (_, l) in lines(data::SURNAMES) {
            lex.add_surname(norm(l));
        }
        lex
    }
}

/// The lexicon built from the embedded files, shared by every extractor.
pub(crate) static DEFAULT: LazyLock<Arc<Lexicon>> = LazyLock::new(|| Arc::new(Lexicon::parse()));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_list_is_stored_as_its_own_keys() {
        // `word_list` reads the file's lines as keys: a line added with a
        // capital, a reformed tone ("hoà", "thuỷ") or decomposed marks
        // would never match.
        let keyed = lower(crate::normalize::normalize(data::WORDS, crate::normalize::ToneStyle::Traditional).as_str());
        assert!(keyed == data::WORDS, "data/words.txt is not normalised and lower case");
        assert!(data::WORDS.ends_with('\n'));
        for (i, w) in data::split_lines(data::WORDS).enumerate() {
            assert!(!w.is_empty() && w.trim() == w, "line {} of data/words.txt: {w:?}", i + 1);
            assert_eq!(key(w), w, "line {} of data/words.txt", i + 1);
        }
        let lex = &*DEFAULT;
        let one_by_one: HashSet<String> = data::WORDS.lines().map(key).filter(|w| !w.is_empty()).collect();
        let whole: HashSet<String> = lex.words.iter().map(|(k, _)| k.clone()).collect();
        assert_eq!(whole, one_by_one);
    }

    #[test]
    fn every_province_has_its_record_of_the_2025_map() {
        let lex = &*DEFAULT;
        for (i, r) in lex.provinces.iter().enumerate() {
            let now = &lex.provinces[lex.province_since_2025[i]];
            match crate::lookup_province_in(&r.name, Era::Since2025).filter(|p| p.name == r.name) {
                Some(p) => assert_eq!((now.era, &now.name, &now.gso_code), (Era::Since2025, &p.name, &p.gso_code)),
                None => assert!(std::ptr::eq(now, r), "{} has no unit of that name since 2025", r.name),
            }
        }
        let kept = lex
            .provinces
            .iter()
            .filter(|r| r.era == Era::Pre2025)
            .filter(|r| lex.provinces.iter().any(|p| p.era == Era::Since2025 && p.name == r.name));
        assert!(kept.count() >= 20, "most units of 2025 keep an old name");
    }

    #[test]
    fn phrases_match_across_punctuation() {
        let lex = &*DEFAULT;
        let ctx = crate::recognize::Ctx::new(lex, "Tổ chức Samaritan's Purse tài trợ");
        let at = ctx.tokens.iter().position(|t| &ctx.text[t.range()] == "Samaritan").unwrap_or(0);
        let (n, entry) = ctx.phrase_at(at, &lex.org_known).expect("known body with an apostrophe");
        assert_eq!((n, entry.1 .0.as_str()), (4, "Samaritan's Purse"));
    }
}
