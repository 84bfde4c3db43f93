//! The one place that embeds `data/`, and the province records.
//!
//! Every file is compiled in with `include_str!`, so the default lexicon
//! ([`crate::lexicon`]) can be built without touching the file system and
//! cannot fail at run time (the unit tests below parse every file).

// Recognisers look provinces up here, with the rest of the data.
use crate::normalize::{fold, lower_char, normalized, ToneStyle};
pub(crate) use crate::provinces::lookup_province;

pub(crate) const PROVINCES: &str = include_str!("../data/provinces.tsv");
pub(crate) const SURNAMES: &str = include_str!("../data/surnames.txt");
pub(crate) const ROLES: &str = include_str!("../data/roles.tsv");
pub(crate) const HONORIFICS: &str = include_str!("../data/honorifics.tsv");
pub(crate) const ORG_HEADS: &str = include_str!("../data/org_heads.tsv");
pub(crate) const ORG_WORDS: &str = include_str!("../data/org_words.txt");
pub(crate) const ORG_KNOWN: &str = include_str!("../data/org_known.tsv");
pub(crate) const ACRONYMS: &str = include_str!("../data/acronyms.tsv");
pub(crate) const UNITS: &str = include_str!("../data/units.tsv");
pub(crate) const ORG_GENERIC: &str = include_str!("../data/org_generic.txt");
pub(crate) const ORG_ENDERS: &str = include_str!("../data/org_enders.txt");
pub(crate) const CLASSIFIERS: &str = include_str!("../data/classifiers.txt");
pub(crate) const STOPWORDS: &str = include_str!("../data/stopwords.txt");
pub(crate) const COUNTRIES: &str = include_str!("../data/countries.txt");
pub(crate) const WORDS: &str = include_str!("../data/words.txt");
pub(crate) const FURNITURE_HEADINGS: &str = include_str!("../data/furniture_headings.txt");
pub(crate) const RESTORABLE: &str = include_str!("../data/restorable.txt");
pub(crate) const NOT_PERSON_BEFORE: &str = include_str!("../data/not_person_before.txt");
pub(crate) const INTRODUCERS: &str = include_str!("../data/introducers.txt");
pub(crate) const ROLE_ADJECTIVES: &str = include_str!("../data/role_adjectives.txt");
pub(crate) const OFFICE_BEFORE: &str = include_str!("../data/office_before.txt");
pub(crate) const ROUTE_BEFORE: &str = include_str!("../data/route_before.txt");
pub(crate) const COUPLE_BEFORE: &str = include_str!("../data/couple_before.txt");
pub(crate) const DEGREES: &str = include_str!("../data/degrees.tsv");
pub(crate) const BYLINE_SOURCES: &str = include_str!("../data/byline_sources.txt");
pub(crate) const NAMED_AFTER_PEOPLE: &str = include_str!("../data/named_after_people.txt");
pub(crate) const INSTITUTIONS: &str = include_str!("../data/institutions.txt");
pub(crate) const NOT_AFTER_HEAD: &str = include_str!("../data/not_after_head.tsv");
pub(crate) const NUMBER_WORDS: &str = include_str!("../data/number_words.tsv");
pub(crate) const ID_BEFORE: &str = include_str!("../data/id_before.txt");
pub(crate) const NOT_PROVINCE_BEFORE: &str = include_str!("../data/not_province_before.txt");
pub(crate) const FACT_WORDS: &str = include_str!("../data/fact_words.tsv");
pub(crate) const REPORTING_VERBS: &str = include_str!("../data/reporting_verbs.txt");
pub(crate) const VERBS: &str = include_str!("../data/verbs.txt");
pub(crate) const NOT_ORG_HEADS: &str = include_str!("../data/not_org_heads.txt");
pub(crate) const LEGAL_FORMS: &str = include_str!("../data/legal_forms.txt");
pub(crate) const DOCUMENT_KINDS: &str = include_str!("../data/document_kinds.tsv");
pub(crate) const BRANDS: &str = include_str!("../data/brands.tsv");
pub(crate) const ORG_AMBIGUOUS: &str = include_str!("../data/org_ambiguous.tsv");
pub(crate) const ORG_PRESS_BEFORE: &str = include_str!("../data/org_press_before.txt");
pub(crate) const WEB_DOMAINS: &str = include_str!("../data/web_domains.txt");
pub(crate) const SITE_BEFORE: &str = include_str!("../data/site_before.txt");
pub(crate) const ORG_PRODUCT_BEFORE: &str = include_str!("../data/org_product_before.txt");
pub(crate) const ORG_PLURAL: &str = include_str!("../data/org_plural.txt");
pub(crate) const ORG_PLURAL_NOUNS: &str = include_str!("../data/org_plural_nouns.txt");
pub(crate) const ORG_CLASSIFIERS: &str = include_str!("../data/org_classifiers.txt");
pub(crate) const ORG_COMPANY_WORDS: &str = include_str!("../data/org_company_words.txt");
pub(crate) const ORG_DESIGNATORS: &str = include_str!("../data/org_designators.txt");
pub(crate) const ORG_ORDINAL_BEFORE: &str = include_str!("../data/org_ordinal_before.txt");
pub(crate) const ORG_TICKER_BEFORE: &str = include_str!("../data/org_ticker_before.txt");
pub(crate) const ORG_NOUN_BEFORE: &str = include_str!("../data/org_noun_before.txt");
pub(crate) const ORG_KIND_NOUNS: &str = include_str!("../data/org_kind_nouns.tsv");
pub(crate) const ORG_PLACE_BEFORE: &str = include_str!("../data/org_place_before.txt");
pub(crate) const ORG_MATCH_BEFORE: &str = include_str!("../data/org_match_before.txt");
pub(crate) const NOT_DATE_BEFORE: &str = include_str!("../data/not_date_before.txt");
pub(crate) const DATE_WORDS: &str = include_str!("../data/date_words.tsv");
pub(crate) const DATE_CONTEXT: &str = include_str!("../data/date_context.tsv");
pub(crate) const PLACE_WORDS: &str = include_str!("../data/place_words.tsv");
pub(crate) const FIGURE_WORDS: &str = include_str!("../data/figure_words.tsv");
pub(crate) const NOT_TITLES: &str = include_str!("../data/not_titles.txt");
pub(crate) const SPEECH_VERBS: &str = include_str!("../data/speech_verbs.txt");
pub(crate) const GIVEN_NAMES: &str = include_str!("../data/given_names.txt");
pub(crate) const FOREIGN_NAMES: &str = include_str!("../data/foreign_names.tsv");
pub(crate) const PEOPLE_KNOWN: &str = include_str!("../data/people_known.tsv");
pub(crate) const CAPTION_POSITIONS: &str = include_str!("../data/caption_positions.txt");
pub(crate) const ETHNIC_NAMES: &str = include_str!("../data/ethnic_names.tsv");
pub(crate) const NOT_PERSON_NAMES: &str = include_str!("../data/not_person_names.txt");
pub(crate) const NOT_NAME_WORDS: &str = include_str!("../data/not_name_words.txt");
pub(crate) const EVENT_WORDS: &str = include_str!("../data/event_words.txt");
pub(crate) const TOURNAMENT_REGIONS: &str = include_str!("../data/tournament_regions.txt");
pub(crate) const TITLE_LINKS: &str = include_str!("../data/title_links.txt");
pub(crate) const ROLE_QUALIFIERS: &str = include_str!("../data/role_qualifiers.tsv");
pub(crate) const ROLE_BODIES: &str = include_str!("../data/role_bodies.tsv");
pub(crate) const CREDIT_OPENERS: &str = include_str!("../data/credit_openers.txt");
pub(crate) const SENTENCE_ABBREVIATIONS: &str = include_str!("../data/sentence_abbreviations.txt");

/// Lower-cased, traditional-tone key for case- and tone-insensitive lookup.
pub(crate) fn key(s: &str) -> String {
    lower(&normalized(s, ToneStyle::Traditional))
}

/// Lower-cases text that is already normalised (cheap: no NFC pass).
pub(crate) fn lower(s: &str) -> String {
    // Most of the data is lower case already: the text is copied a run at a
    // time up to the next char that changes (all of it, for nearly every
    // line).
    // `lower_char` keeps each char's UTF-8 length, so the result is as long
    // as `s`.
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    loop {
        let i = first_cased(rest);
        out.push_str(&rest[..i]);
        let Some(c) = rest[i..].chars().next() else { break };
        out.push(lower_char(c));
        rest = &rest[i + c.len_utf8()..];
    }
    out
}

/// The byte offset of the first char of `s` that lower-casing changes
/// (`s.len()` when none does): ASCII read byte by byte, other chars
/// decoded.
fn first_cased(s: &str) -> usize {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if b.is_ascii_uppercase() {
                return i;
            }
            i += 1;
            continue;
        }
        let Some(c) = s[i..].chars().next() else { break };
        if lower_char(c) != c {
            return i;
        }
        i += c.len_utf8();
    }
    s.len()
}

/// `lower(a) == lower(b)`, without building either.
pub(crate) fn same_lower(a: &str, b: &str) -> bool {
    a == b || a.chars().map(lower_char).eq(b.chars().map(lower_char))
}

/// Lower-cased, accent-folded key.
pub(crate) fn folded_key(s: &str) -> String {
    fold(&key(s))
}

/// The lines of a data file that are neither blank nor comments ("#"),
/// each with its number (from 1) and without its line end.
pub(crate) fn lines(src: &str) -> impl Iterator<Item = (usize, &str)> {
    split_lines(src)
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim_end_matches('\r')))
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
}

/// `src` cut at each "\n", without it, as `str::lines` cuts it but for a
/// "\r" before the "\n", left to the caller (no piece after a final
/// "\n"). The "\n" is found by a loop over the line's bytes: a data line
/// is short, and `lines` calls `memchr` for each, some ninety
/// instructions a line.
pub(crate) fn split_lines(src: &str) -> impl Iterator<Item = &str> {
    let mut rest = src;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let (line, after) = match rest.bytes().position(|b| b == b'\n') {
            Some(i) => (&rest[..i], &rest[i + 1..]),
            None => (rest, ""),
        };
        rest = after;
        Some(line)
    })
}

pub(crate) fn norm(s: &str) -> String {
    normalized(s.trim(), ToneStyle::Traditional).into_owned()
}

/// The crate's sample articles (`data/samples/*.txt`), read from disk in
/// name order: the texts over which unit tests check that a shortcut
/// answers as the code it skips.
#[cfg(test)]
pub(crate) fn sample_texts() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/samples");
    let mut paths: Vec<std::path::PathBuf> = std::fs::read_dir(dir)
        .expect("data/samples is readable")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let texts: Vec<String> = paths.iter().map(|p| std::fs::read_to_string(p).expect("a sample is UTF-8")).collect();
    assert!(!texts.is_empty(), "no sample articles in data/samples");
    texts
}

#[cfg(test)]
mod tests {
    use crate::lexicon::DEFAULT;
    use crate::provinces::Era;

    #[test]
    fn every_file_parses() {
        let l = &*DEFAULT;
        assert_eq!(l.provinces.iter().filter(|p| p.era == Era::Pre2025).count(), 63);
        assert_eq!(l.provinces.iter().filter(|p| p.era == Era::Since2025).count(), 34);
        assert!(l.surnames.contains("Nguyễn") && l.surnames.contains("Tôn Thất"));
        assert!(l.roles.get("phó chủ tịch thường trực").is_some());
        assert!(l.words.get("tổ chức").is_some(), "word list keys are lower-case, traditional tone");
        assert!(l.words.get("hòa bình").is_some());
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

    /// `lower` copies text with nothing to lower and maps every char of
    /// the rest, as mapping every char does.
    #[test]
    fn lower_maps_every_char() {
        use crate::normalize::lower_char;
        let texts = [
            "",
            "a",
            "A",
            "ủy ban",
            "Ủy ban",
            "ủy Ban",
            "đ",
            "Đ",
            "tp. HCM",
            "x\u{2013}Y",
            "ΑΒγ",
            "İx",
            "ß",
            "ﬃ",
            "abc Ạ",
        ];
        for t in texts.iter().copied().chain(crate::data::WORDS.lines().take(2000)).chain(crate::data::ROLES.lines()) {
            let want: String = t.chars().map(lower_char).collect();
            assert_eq!(super::lower(t), want, "{t:?}");
        }
    }

    /// `split_lines` cuts as `str::lines` does, once the "\r" at the end
    /// of a line is dropped (as `lines` of this module drops it).
    #[test]
    fn split_lines_cuts_as_str_lines() {
        let texts =
            ["", "\n", "\n\n", "a", "a\n", "a\nb", "a\r\nb\r\n", "\r", "a\r", "\r\n\r\n", "# x\n\ny\n", "ủy\nban\n"];
        for t in texts.iter().copied().chain([crate::data::WORDS, crate::data::ROLES]) {
            let want: Vec<&str> = t.lines().map(|l| l.trim_end_matches('\r')).collect();
            let got: Vec<&str> = super::split_lines(t).map(|l| l.trim_end_matches('\r')).collect();
            assert_eq!(got, want, "{t:?}");
        }
    }
}
