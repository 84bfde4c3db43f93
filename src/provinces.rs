//! Vietnam's province-level units: the 63 before 2025-07-01 and the 34 from
//! that date, with the merger between them, and a look-up of any spelling.

use crate::data::{folded_key, key};
use crate::lexicon::DEFAULT;
use crate::normalize::{fold, ToneStyle};
use rustc_hash::FxHashMap as HashMap;
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

/// One province-level unit from `data/provinces.tsv`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ProvinceRecord {
    /// Canonical name ("Thừa Thiên Huế").
    pub name: String,
    /// Province (tỉnh) or centrally governed city (thành phố).
    pub kind: ProvinceKind,
    /// GSO code ("46").
    pub gso_code: String,
    /// The era of the unit.
    pub era: Era,
    /// For a pre-2025 unit, the 2025 unit it became part of on 2025-07-01
    /// (its own name when it kept it: "Hà Nội" → "Hà Nội").
    pub merged_into: Option<String>,
    /// Every spelling that names it, canonical name first.
    pub aliases: Vec<String>,
}

/// A province-level unit's kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum ProvinceKind {
    /// A province, "tỉnh".
    Province,
    /// A centrally governed city, "thành phố (trực thuộc trung ương)".
    City,
}

impl ProvinceKind {
    /// The Vietnamese word: "tỉnh" or "thành phố".
    pub fn word(self) -> &'static str {
        match self {
            ProvinceKind::Province => "tỉnh",
            ProvinceKind::City => "thành phố",
        }
    }
}

/// Which map of Vietnam a unit belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[non_exhaustive]
pub enum Era {
    /// The 63 units in force until 2025-06-30; JSON `"pre2025"`.
    #[serde(rename = "pre2025")]
    Pre2025,
    /// The 34 units from 2025-07-01 (Resolution 202/2025/QH15); JSON `"2025"`.
    #[serde(rename = "2025")]
    Since2025,
}

/// Parses `provinces.tsv`: `name kind gso_code era merged_into aliases`.
pub(crate) fn parse(tsv: &str) -> Vec<ProvinceRecord> {
    let norm = |s: &str| crate::normalize::normalized(s.trim(), ToneStyle::Traditional).into_owned();
    let mut out = Vec::new();
    let lines = tsv.lines().map(|l| l.trim_end_matches('\r')).filter(|l| !l.trim().is_empty() && !l.starts_with('#'));
    for line in lines.skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        let field = |i: usize| f.get(i).map(|s| s.trim()).unwrap_or("");
        let name = norm(field(0));
        let mut aliases = vec![name.clone()];
        aliases.extend(field(5).split(';').filter(|a| !a.trim().is_empty()).map(norm));
        let merged = field(4);
        out.push(ProvinceRecord {
            name,
            kind: if field(1) == "thành phố" { ProvinceKind::City } else { ProvinceKind::Province },
            gso_code: field(2).to_string(),
            era: if field(3) == "2025" { Era::Since2025 } else { Era::Pre2025 },
            merged_into: (!merged.is_empty()).then(|| norm(merged)),
            aliases,
        });
    }
    out
}

/// Every province record: the 63 of [`Era::Pre2025`], then the 34 of
/// [`Era::Since2025`].
pub fn provinces() -> &'static [ProvinceRecord] {
    static ALL: LazyLock<Vec<ProvinceRecord>> = LazyLock::new(|| DEFAULT.provinces.clone());
    &ALL
}

/// Words that name the kind of unit before its name, as keys (the byline
/// reader's province test strips them too).
pub(crate) const KIND_WORDS: &[&str] = &["thành phố ", "thanh pho ", "tỉnh ", "tinh ", "tp. ", "tp.", "tp "];

/// Indices of the records each key names, in [`provinces`] order.
fn index() -> &'static HashMap<String, Vec<usize>> {
    static INDEX: LazyLock<HashMap<String, Vec<usize>>> = LazyLock::new(|| {
        let mut m: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, p) in provinces().iter().enumerate() {
            for a in &p.aliases {
                for k in [folded_key(a), key(a)] {
                    let list = m.entry(k).or_default();
                    if !list.contains(&i) {
                        list.push(i);
                    }
                }
            }
        }
        m
    });
    &INDEX
}

/// The records `name` can name, in [`provinces`] order.
fn candidates(name: &str) -> &'static [usize] {
    // Names are mostly written with single spaces already (a byline is
    // checked here per candidate): collapse the spacing only when needed.
    let k =
        if is_single_spaced(name) { key(name) } else { key(&name.split_whitespace().collect::<Vec<_>>().join(" ")) };
    let stripped = KIND_WORDS.iter().find_map(|w| k.strip_prefix(w)).map(str::trim_start);
    let index = index();
    // Folding leaves ASCII as it is: a key without diacritics was looked up already.
    let found = [Some(k.as_str()), stripped]
        .into_iter()
        .flatten()
        .find_map(|k| index.get(k).or_else(|| if k.is_ascii() { None } else { index.get(&fold(k)) }));
    found.map_or(&[], Vec::as_slice)
}

/// True when `name`'s words are separated by one ASCII space each, with no
/// space around them: `split_whitespace` joined by " " gives it back.
fn is_single_spaced(name: &str) -> bool {
    !name.starts_with(' ')
        && !name.ends_with(' ')
        && !name.contains("  ")
        && !name.chars().any(|c| c != ' ' && c.is_whitespace())
}

/// Resolves any spelling of a province that the extractor recognises, with or
/// without its kind word ("TP.HCM", "thành phố Hồ Chí Minh", "tỉnh Sóc
/// Trăng", "Thanh Hoá", "Soc Trang", "Bà Rịa – Vũng Tàu") to its record; the
/// pre-2025 unit when the name exists in both eras (see
/// [`lookup_province_in`] to choose).
///
/// ```
/// use viet_extract::{lookup_province, Era};
///
/// let r = lookup_province("Soc Trang").unwrap();
/// assert_eq!(r.name, "Sóc Trăng");
/// assert_eq!(r.era, Era::Pre2025);
/// assert_eq!(r.merged_into.as_deref(), Some("Cần Thơ"));
/// assert_eq!(lookup_province("thành phố Hồ Chí Minh").unwrap().gso_code, "79");
/// ```
pub fn lookup_province(name: &str) -> Option<&'static ProvinceRecord> {
    candidates(name).first().map(|&i| &provinces()[i])
}

/// Like [`lookup_province`], for the map of `era`. For [`Era::Since2025`], a
/// unit that no longer exists answers with the unit it was merged into
/// ("Sóc Trăng" → Cần Thơ); for [`Era::Pre2025`], only names of that era
/// answer.
///
/// ```
/// use viet_extract::{lookup_province_in, Era};
///
/// assert_eq!(lookup_province_in("Sóc Trăng", Era::Since2025).unwrap().name, "Cần Thơ");
/// let old = lookup_province_in("Cần Thơ", Era::Pre2025).unwrap();
/// let new = lookup_province_in("Cần Thơ", Era::Since2025).unwrap();
/// assert_eq!((old.era, new.era), (Era::Pre2025, Era::Since2025));
/// ```
pub fn lookup_province_in(name: &str, era: Era) -> Option<&'static ProvinceRecord> {
    let all = provinces();
    let found = candidates(name).iter().map(|&i| &all[i]);
    if let Some(r) = found.clone().find(|r| r.era == era) {
        return Some(r);
    }
    if era != Era::Since2025 {
        return None;
    }
    let merged = found.filter_map(|r| r.merged_into.as_deref()).next()?;
    all.iter().find(|r| r.era == Era::Since2025 && r.name == merged)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_and_kind_words() {
        assert_eq!(lookup_province("TP.HCM").unwrap().name, "Hồ Chí Minh");
        assert_eq!(lookup_province("Thanh Hoá").unwrap().name, "Thanh Hóa");
        assert_eq!(lookup_province("Bà Rịa – Vũng Tàu").unwrap().gso_code, "77");
        assert_eq!(lookup_province("thành phố Hồ Chí Minh").unwrap().name, "Hồ Chí Minh");
        assert_eq!(lookup_province("Thành phố  Cần Thơ").unwrap().name, "Cần Thơ");
        assert_eq!(lookup_province("tỉnh Sóc Trăng").unwrap().name, "Sóc Trăng");
        assert_eq!(lookup_province("tinh Soc Trang").unwrap().name, "Sóc Trăng");
        assert_eq!(lookup_province("TP. Cần Thơ").unwrap().name, "Cần Thơ");
        assert!(lookup_province("Tây Nguyên").is_none());
        assert!(lookup_province("thành phố").is_none());
        assert!(lookup_province("").is_none());
    }

    #[test]
    fn either_era() {
        assert_eq!(lookup_province_in("Sóc Trăng", Era::Pre2025).unwrap().name, "Sóc Trăng");
        assert_eq!(lookup_province_in("Sóc Trăng", Era::Since2025).unwrap().name, "Cần Thơ");
        assert_eq!(lookup_province_in("Hà Nội", Era::Since2025).unwrap().era, Era::Since2025);
        assert_eq!(lookup_province_in("TP Huế", Era::Since2025).unwrap().name, "Huế");
        assert!(lookup_province_in("Tây Nguyên", Era::Since2025).is_none());
        for p in provinces().iter().filter(|p| p.era == Era::Pre2025) {
            let now = lookup_province_in(&p.name, Era::Since2025).unwrap_or_else(|| panic!("{} today", p.name));
            assert_eq!(Some(&now.name), p.merged_into.as_ref(), "{}", p.name);
        }
    }

    #[test]
    fn every_raw_kind_and_era_is_known() {
        let tsv = include_str!("../data/provinces.tsv");
        for line in tsv.lines().skip(1).filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
            let f: Vec<&str> = line.split('\t').collect();
            assert!(matches!(f[1], "tỉnh" | "thành phố"), "kind {:?} in {line}", f[1]);
            assert!(matches!(f[3], "pre2025" | "2025"), "era {:?} in {line}", f[3]);
        }
        assert_eq!(provinces().iter().filter(|p| p.era == Era::Pre2025).count(), 63);
        assert_eq!(provinces().iter().filter(|p| p.era == Era::Since2025).count(), 34);
    }

    #[test]
    fn records_serialise() {
        let json = serde_json::to_string(lookup_province("Sóc Trăng").unwrap()).unwrap();
        assert!(json.contains(r#""kind":"province""#) && json.contains(r#""era":"pre2025""#), "{json}");
        let back: ProvinceRecord = serde_json::from_str(&json).unwrap();
        assert_eq!(&back, lookup_province("Sóc Trăng").unwrap());
    }
}
