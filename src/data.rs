//! The one place that embeds and parses `data/`.
//!
//! Every file is compiled in with `include_str!`, so the default lexicon can
//! be built without touching the file system and cannot fail at run time
//! (the unit tests below parse every file).

use crate::normalize::{fold, lower_char, normalize, ToneStyle};
// The lexicon's tables are fixed at build time and only looked up with the
// text's words, so a fast non-keyed hash is safe here (no insertion of
// input-chosen keys); it saves the cost of SipHash on every token.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
// Recognisers look provinces up here, with the rest of the data.
pub(crate) use crate::provinces::lookup_province;
use crate::provinces::ProvinceRecord;
use std::sync::{Arc, LazyLock};

const PROVINCES: &str = include_str!("../data/provinces.tsv");
const SURNAMES: &str = include_str!("../data/surnames.txt");
const ROLES: &str = include_str!("../data/roles.tsv");
const HONORIFICS: &str = include_str!("../data/honorifics.tsv");
const ORG_HEADS: &str = include_str!("../data/org_heads.tsv");
const ORG_WORDS: &str = include_str!("../data/org_words.txt");
const ORG_KNOWN: &str = include_str!("../data/org_known.tsv");
const ACRONYMS: &str = include_str!("../data/acronyms.tsv");
const UNITS: &str = include_str!("../data/units.tsv");
const ORG_GENERIC: &str = include_str!("../data/org_generic.txt");
const ORG_ENDERS: &str = include_str!("../data/org_enders.txt");
const CLASSIFIERS: &str = include_str!("../data/classifiers.txt");
const STOPWORDS: &str = include_str!("../data/stopwords.txt");
const COUNTRIES: &str = include_str!("../data/countries.txt");
const WORDS: &str = include_str!("../data/words.txt");

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

/// Phrases keyed by lower-case text, indexed by their first word so a
/// lookup at a token costs a hash probe, not a scan.
#[derive(Debug, Clone)]
pub(crate) struct Phrases<T> {
    entries: Vec<(String, T)>,
    by_first: HashMap<String, Vec<(usize, usize)>>,
}

impl<T> Phrases<T> {
    pub fn new(entries: Vec<(String, T)>) -> Phrases<T> {
        let mut p = Phrases { entries: Vec::new(), by_first: HashMap::default() };
        for (k, v) in entries {
            p.push(k, v);
        }
        p
    }

    pub fn push(&mut self, key: String, value: T) {
        let first = key.split(' ').next().unwrap_or("").to_string();
        let n = key.split(' ').count();
        let list = self.by_first.entry(first).or_default();
        list.push((n, self.entries.len()));
        // Longest phrase first.
        list.sort_by_key(|&(n, _)| std::cmp::Reverse(n));
        self.entries.push((key, value));
    }

    pub fn iter(&self) -> impl Iterator<Item = &(String, T)> {
        self.entries.iter()
    }

    /// The same phrases under accent-folded keys.
    fn folded(&self) -> Phrases<T>
    where
        T: Clone,
    {
        Phrases::new(self.entries.iter().map(|(k, v)| (fold(k), v.clone())).collect())
    }

    /// The entry whose key is exactly `key`.
    pub fn get(&self, key: &str) -> Option<&T> {
        let first = key.split(' ').next().unwrap_or("");
        self.by_first.get(first)?.iter().map(|&(_, i)| &self.entries[i]).find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// Entries starting with `first`: (words, entry), longest first.
    pub fn starting_with(&self, first: &str) -> impl Iterator<Item = (usize, &(String, T))> {
        self.by_first.get(first).into_iter().flatten().map(|&(n, i)| (n, &self.entries[i]))
    }
}

/// Everything the recognisers look up, parsed once.
#[derive(Debug, Clone)]
pub(crate) struct Lexicon {
    pub provinces: Vec<ProvinceRecord>,
    pub surnames: HashSet<String>,
    /// (lower-case key, (display form, kind)).
    pub roles: Phrases<(String, RoleKind)>,
    pub honorifics: Phrases<Option<crate::Gender>>,
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
    /// Lower-case keys of every province alias.
    pub province_keys: HashSet<String>,
    pub acronyms: HashMap<String, (String, bool)>,
    pub units: Vec<(String, UnitRecord)>,
    pub stopwords: HashSet<String>,
    pub classifiers: HashSet<String>,
    pub words: HashSet<String>,
    pub max_word_syllables: usize,
    /// The same lexicon under accent-folded keys, for text written without
    /// diacritics; built on first use.
    folded_twin: std::sync::OnceLock<Arc<Lexicon>>,
}

/// Lower-cased, traditional-tone key for case- and tone-insensitive lookup.
pub(crate) fn key(s: &str) -> String {
    normalize(s, ToneStyle::Traditional).as_str().chars().map(lower_char).collect()
}

/// Lower-cases text that is already normalised (cheap: no NFC pass).
pub(crate) fn lower(s: &str) -> String {
    s.chars().map(lower_char).collect()
}

/// `lower(a) == lower(b)`, without building either.
pub(crate) fn same_lower(a: &str, b: &str) -> bool {
    a == b || a.chars().map(lower_char).eq(b.chars().map(lower_char))
}

/// Lower-cased, accent-folded key.
pub(crate) fn folded_key(s: &str) -> String {
    fold(&key(s))
}

fn lines(src: &str) -> impl Iterator<Item = (usize, &str)> {
    src.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim_end_matches('\r')))
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
}

fn norm(s: &str) -> String {
    normalize(s.trim(), ToneStyle::Traditional).as_str().to_string()
}

impl Lexicon {
    /// A copy to add the builder's entries to.
    pub fn extended(&self) -> Lexicon {
        let mut l = self.clone();
        l.folded_twin = std::sync::OnceLock::new();
        l
    }

    /// The lexicon to use for a text: this one, or for text without any
    /// diacritic its folded twin (keys folded, display forms kept, so roles
    /// come out as "Chủ tịch" from "Chu tich").
    pub fn for_text(&self, without_diacritics: bool) -> &Lexicon {
        if !without_diacritics {
            return self;
        }
        self.folded_twin.get_or_init(|| {
            // Folded keys, and the written ones for restored function words.
            let set = |s: &HashSet<String>| s.iter().map(|w| fold(w)).chain(s.iter().cloned()).collect::<HashSet<_>>();
            let mut units: Vec<(String, UnitRecord)> = self.units.iter().map(|(k, u)| (fold(k), u.clone())).collect();
            units.sort_by_key(|(s, _)| std::cmp::Reverse(s.len()));
            Arc::new(Lexicon {
                provinces: self.provinces.clone(),
                surnames: set(&self.surnames),
                roles: self.roles.folded(),
                honorifics: self.honorifics.folded(),
                org_heads: self.org_heads.folded(),
                org_words: set(&self.org_words),
                org_generic: set(&self.org_generic),
                org_enders: self.org_enders.folded(),
                org_known: self.org_known.folded(),
                countries: self.countries.folded(),
                province_ac: self.province_ac.clone(),
                province_pats: self.province_pats.clone(),
                province_keys: set(&self.province_keys),
                acronyms: self.acronyms.iter().map(|(k, v)| (fold(k), v.clone())).collect(),
                units,
                stopwords: set(&self.stopwords),
                classifiers: set(&self.classifiers),
                words: set(&self.words),
                max_word_syllables: self.max_word_syllables,
                folded_twin: std::sync::OnceLock::new(),
            })
        })
    }

    fn parse() -> Lexicon {
        let provinces = crate::provinces::parse(PROVINCES);
        let roles = Phrases::new(
            lines(ROLES)
                .filter_map(|(_, l)| {
                    let (r, k) = l.split_once('\t')?;
                    let kind = match k.trim() {
                        "rank" => RoleKind::Rank,
                        "party" => RoleKind::Party,
                        "head" => RoleKind::Head,
                        _ => RoleKind::Office,
                    };
                    Some((key(r), (norm(r), kind)))
                })
                .collect(),
        );
        let honorifics = Phrases::new(
            lines(HONORIFICS)
                .map(|(_, l)| {
                    let (w, g) = l.split_once('\t').unwrap_or((l, "-"));
                    let gender = match g.trim() {
                        "m" => Some(crate::Gender::Male),
                        "f" => Some(crate::Gender::Female),
                        _ => None,
                    };
                    (key(w), gender)
                })
                .collect(),
        );
        let org_known = Phrases::new(
            lines(ORG_KNOWN)
                .map(|(_, l)| {
                    let mut f = l.split('\t');
                    let name = norm(f.next().unwrap_or(""));
                    let acr = f.next().map(str::trim).filter(|a| !a.is_empty()).map(String::from);
                    (key(&name), (name, acr))
                })
                .collect(),
        );
        let acronyms = lines(ACRONYMS)
            .filter_map(|(_, l)| {
                let f: Vec<&str> = l.split('\t').collect();
                Some((norm(f.first()?), (norm(f.get(1)?), f.get(2).map(|s| s.trim()) == Some("y"))))
            })
            .collect();
        let mut units: Vec<(String, UnitRecord)> = lines(UNITS)
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
        let words: HashSet<String> = WORDS.lines().map(key).filter(|w| !w.is_empty()).collect();
        let max_word_syllables = words.iter().map(|w| w.split(' ').count()).max().unwrap_or(1).min(6);
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
        let set = |src: &str| lines(src).map(|(_, l)| key(l.trim())).collect::<HashSet<_>>();
        Lexicon {
            provinces,
            surnames: lines(SURNAMES).map(|(_, l)| norm(l)).collect(),
            roles,
            honorifics,
            org_heads: Phrases::new(
                lines(ORG_HEADS)
                    .map(|(_, l)| {
                        let h = norm(l.split('\t').next().unwrap_or(l));
                        (key(&h), h)
                    })
                    .collect(),
            ),
            countries: Phrases::new(lines(COUNTRIES).map(|(_, l)| (key(l), norm(l))).collect()),
            province_ac,
            province_keys: province_pats.iter().map(|(_, k)| k.clone()).collect(),
            province_pats,
            org_words: set(ORG_WORDS),
            org_generic: set(ORG_GENERIC),
            org_enders: Phrases::new(lines(ORG_ENDERS).map(|(_, l)| (key(l), ())).collect()),
            org_known,
            acronyms,
            units,
            stopwords: set(STOPWORDS),
            classifiers: set(CLASSIFIERS),
            words,
            max_word_syllables,
            folded_twin: std::sync::OnceLock::new(),
        }
    }
}

/// The lexicon built from the embedded files, shared by every extractor.
pub(crate) static DEFAULT: LazyLock<Arc<Lexicon>> = LazyLock::new(|| Arc::new(Lexicon::parse()));

#[cfg(test)]
mod tests {
    use super::*;
    use crate::provinces::Era;

    #[test]
    fn every_file_parses() {
        let l = &*DEFAULT;
        assert_eq!(l.provinces.iter().filter(|p| p.era == Era::Pre2025).count(), 63);
        assert_eq!(l.provinces.iter().filter(|p| p.era == Era::Since2025).count(), 34);
        assert!(l.surnames.contains("Nguyễn") && l.surnames.contains("Tôn Thất"));
        assert!(l.roles.get("phó chủ tịch thường trực").is_some());
        assert!(l.words.contains("tổ chức"), "word list keys are lower-case, traditional tone");
        assert!(l.words.contains("hòa bình"));
        assert!(l.units.iter().any(|(s, u)| s == "tỷ" && u.multiplier == 1e9));
        for p in l.provinces.iter().filter(|p| p.era == Era::Pre2025) {
            let m = p.merged_into.as_deref().unwrap_or("");
            assert!(
                l.provinces.iter().any(|q| q.era == Era::Since2025 && q.name == m),
                "{} merges into unknown unit {m:?}",
                p.name
            );
        }
    }
}
