//! The lexicon: every table of `data/` parsed once into a vocabulary of
//! word IDs with feature bits ([`vocab`]) and phrase tables that are tries
//! over those IDs ([`phrases`]). Built once per process from the embedded
//! files ([`crate::data`]); the builder's entries extend a copy.

pub(crate) mod people;
pub(crate) mod phrases;
pub(crate) mod vocab;

use crate::data::{self, key, lines, lower, norm, ProvinceRecord};
use crate::normalize::fold;
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
    /// Automaton over folded province aliases; pattern i names `province_pats[i]`.
    pub province_ac: aho_corasick::AhoCorasick,
    pub province_pats: Vec<(usize, String)>,
    /// Every province alias, lower case, as a phrase table of record indexes.
    pub province_names: Phrases<usize>,
    pub acronyms: HashMap<String, (String, bool)>,
    pub units: Vec<(String, UnitRecord)>,
    pub stopwords: HashSet<String>,
    pub classifiers: HashSet<String>,
    /// Words of several syllables (the word list), lower case.
    pub words: Phrases<()>,
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
    /// Head word → words after it that make it an ordinary word.
    pub not_after_head: HashMap<String, HashSet<String>>,
    /// Digits as words: value, and whether the word is a number alone.
    pub number_words: HashMap<String, (f64, bool)>,
    /// One or two words before a number that make it an identifier.
    pub id_before: HashSet<String>,
    /// One or two words before a province name that make it another place.
    pub not_province_before: HashSet<String>,
    /// Facts: qualifiers between verb and figure; aspect words; function words.
    pub fact_between: HashSet<String>,
    pub fact_aspect: HashSet<String>,
    pub fact_function: HashSet<String>,
    /// Verbs of saying.
    pub reporting: Phrases<()>,
    /// Words that make a date the name of a street or square before it.
    pub not_date_before: Vec<String>,
    /// The same lexicon under accent-folded keys, for text written without
    /// diacritics; built on first use.
    folded_twin: std::sync::OnceLock<Arc<Lexicon>>,
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Lexicon({} words, {} roles)", self.vocab.len(), self.roles.iter().count())
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

    fn folded(&self) -> Lexicon {
        // Folded keys, and the written ones for restored function words.
        let set = |s: &HashSet<String>| s.iter().map(|w| fold(w)).chain(s.iter().cloned()).collect::<HashSet<_>>();
        let mut units: Vec<(String, UnitRecord)> = self.units.iter().map(|(k, u)| (fold(k), u.clone())).collect();
        units.sort_by_key(|(s, _)| std::cmp::Reverse(s.len()));
        let mut vocab = Vocab::default();
        let mut words = Phrases::empty(Feat::WORD_FIRST);
        for (k, _) in self.words.iter() {
            words.push(&mut vocab, fold(k), ());
            words.push(&mut vocab, k.clone(), ());
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
        let province_names = self.province_names.folded(&mut vocab);
        // Number words typed without diacritics ("hai", "muoi", "tram").
        for w in self.number_words.keys().map(String::as_str).chain(["mười"]) {
            vocab.mark(&fold(w), Feat::NUMBER_WORD);
            vocab.mark(w, Feat::NUMBER_WORD);
        }
        Lexicon {
            provinces: self.provinces.clone(),
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
            province_ac: self.province_ac.clone(),
            province_pats: self.province_pats.clone(),
            province_names,
            acronyms: self.acronyms.iter().map(|(k, v)| (fold(k), v.clone())).collect(),
            units,
            stopwords,
            classifiers,
            words,
            max_word_syllables: self.max_word_syllables,
            furniture_headings: self.furniture_headings.clone(),
            restore: self.restorable.iter().map(|w| (fold(w), w.clone())).collect(),
            restorable: self.restorable.clone(),
            person: self.person.folded(&mut vocab),
            named_after_people: self.named_after_people.clone(),
            institutions: self.institutions.clone(),
            not_after_head: self.not_after_head.clone(),
            number_words: self.number_words.clone(),
            id_before: self.id_before.clone(),
            not_province_before: self.not_province_before.clone(),
            fact_between: self.fact_between.clone(),
            fact_aspect: self.fact_aspect.clone(),
            fact_function: self.fact_function.clone(),
            reporting: self.reporting.rekeyed(&mut vocab, str::to_string),
            not_date_before: self.not_date_before.clone(),
            vocab,
            folded_twin: std::sync::OnceLock::new(),
        }
    }

    pub(crate) fn parse() -> Lexicon {
        let mut vocab = Vocab::default();
        let mut provinces = Vec::new();
        for (_, line) in lines(data::PROVINCES).skip(1) {
            let f: Vec<&str> = line.split('\t').collect();
            let field = |i: usize| f.get(i).map(|s| s.trim()).unwrap_or("");
            let name = norm(field(0));
            let mut aliases = vec![name.clone()];
            aliases.extend(field(5).split(';').filter(|a| !a.trim().is_empty()).map(norm));
            let merged = field(4);
            provinces.push(ProvinceRecord {
                name,
                kind: field(1).to_string(),
                gso_code: field(2).to_string(),
                era: field(3).to_string(),
                merged_into: (!merged.is_empty()).then(|| norm(merged)),
                aliases,
            });
        }
        // The word list first: its syllables are most of the vocabulary.
        let mut words = Phrases::empty(Feat::WORD_FIRST);
        for w in data::WORDS.lines().map(key).filter(|w| !w.is_empty()) {
            words.push(&mut vocab, w, ());
        }
        let max_word_syllables = words.iter().map(|(w, _)| w.split(' ').count()).max().unwrap_or(1).min(6);
        let roles = Phrases::new(
            people::role_rows()
                .filter(|(_, kind, meta)| people::shared_role(*kind, *meta))
                .map(|(r, kind, _)| (key(&r), (r, kind)))
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
        let org_known = Phrases::new(
            lines(data::ORG_KNOWN)
                .map(|(_, l)| {
                    let mut f = l.split('\t');
                    let name = norm(f.next().unwrap_or(""));
                    let acr = f.next().map(str::trim).filter(|a| !a.is_empty()).map(String::from);
                    (key(&name), (name, acr))
                })
                .collect(),
            &mut vocab,
            Feat::KNOWN_FIRST,
        );
        let acronyms = lines(data::ACRONYMS)
            .filter_map(|(_, l)| {
                let f: Vec<&str> = l.split('\t').collect();
                Some((norm(f.first()?), (norm(f.get(1)?), f.get(2).map(|s| s.trim()) == Some("y"))))
            })
            .collect();
        let mut units: Vec<(String, UnitRecord)> = lines(data::UNITS)
            .filter_map(|(_, l)| {
                let f: Vec<&str> = l.split('\t').collect();
                let kind = match *f.get(3)? {
                    "money" => UnitKind::Money,
                    "percent" => UnitKind::Percent,
                    "scale" => UnitKind::Scale,
                    _ => UnitKind::Measure,
                };
                let rec = UnitRecord { unit: norm(f.get(1)?), multiplier: f.get(2)?.trim().parse().ok()?, kind };
                // Surfaces are matched against lower-cased text.
                Some((lower(&norm(f.first()?)), rec))
            })
            .collect();
        // Longest surface first, so "km/h" wins over "km".
        units.sort_by_key(|(s, _)| std::cmp::Reverse(s.len()));
        let mut province_pats = Vec::new();
        for (i, p) in provinces.iter().enumerate() {
            for a in &p.aliases {
                province_pats.push((i, key(a)));
            }
        }
        let province_ac = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(province_pats.iter().map(|(_, k)| fold(k)))
            .expect("province aliases form a valid automaton");
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
        let org_heads = Phrases::new(
            lines(data::ORG_HEADS)
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
        let org_enders =
            Phrases::new(lines(data::ORG_ENDERS).map(|(_, l)| (key(l), ())).collect(), &mut vocab, Feat::ENDER_FIRST);
        let list = |src: &str| lines(src).map(|(_, l)| key(l.trim())).collect::<Vec<_>>();
        let reporting = Phrases::new(
            list(data::REPORTING_VERBS).into_iter().map(|w| (w, ())).collect(),
            &mut vocab,
            Feat::REPORTING_FIRST,
        );
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
        let fact_class = |class: &str| {
            lines(data::FACT_WORDS)
                .filter_map(|(_, l)| l.split_once('\t').filter(|(_, c)| c.trim() == class).map(|(w, _)| key(w)))
                .collect::<HashSet<_>>()
        };
        // A number in words starts with a digit word or "mười".
        for w in number_words.keys().map(String::as_str).chain(["mười"]) {
            vocab.mark(w, Feat::NUMBER_WORD);
        }
        let person = people::PersonTables::parse(&mut vocab);
        let mut lex = Lexicon {
            vocab,
            provinces,
            surnames: HashSet::default(),
            compound_surnames: Phrases::empty(Feat::COMPOUND_SURNAME_FIRST),
            roles,
            honorifics,
            org_heads,
            countries,
            province_ac,
            province_names,
            province_pats,
            org_words,
            org_generic: set(data::ORG_GENERIC),
            org_enders,
            org_known,
            acronyms,
            units,
            stopwords,
            classifiers,
            words,
            max_word_syllables,
            furniture_headings: set(data::FURNITURE_HEADINGS),
            restore: HashMap::default(),
            restorable: list(data::RESTORABLE),
            person,
            named_after_people: set(data::NAMED_AFTER_PEOPLE),
            institutions: set(data::INSTITUTIONS),
            not_after_head,
            number_words,
            id_before: set(data::ID_BEFORE),
            not_province_before: set(data::NOT_PROVINCE_BEFORE),
            fact_between: fact_class("between"),
            fact_aspect: fact_class("aspect"),
            fact_function: fact_class("function"),
            reporting,
            not_date_before: list(data::NOT_DATE_BEFORE),
            folded_twin: std::sync::OnceLock::new(),
        };
        for (_, l) in lines(data::SURNAMES) {
            lex.add_surname(norm(l));
        }
        lex
    }
}

/// The lexicon built from the embedded files, shared by every extractor.
pub(crate) static DEFAULT: LazyLock<Arc<Lexicon>> = LazyLock::new(|| Arc::new(Lexicon::parse()));
