//! The organisation tables: known bodies with every name, alias and
//! acronym the press writes for them; head words with the case they take;
//! heads of facilities and events that open no body; legal forms; brands;
//! acronyms with whether they name a kind of body; surfaces that name a
//! body only in some contexts. Parsed once from `data/` into [`OrgTables`]
//! (`lex.org`).

use super::people::IdSet;
use super::phrases::Phrases;
use super::vocab::{Feat, Vocab, WordId};
use crate::data::{self, key, lines, norm};
use crate::normalize::fold;
use crate::provinces::ProvinceRecord;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

/// A body known by name (`org_known.tsv`).
#[derive(Clone, Debug)]
pub(crate) struct KnownBody {
    /// The official name, as the press writes it in full.
    pub name: String,
    /// The acronym the press writes for it (never a generic one).
    pub acronym: Option<String>,
    /// What kind of body it is ("ministry", "media", "sport"…).
    pub kind: String,
}

/// Kinds of body that exist once, for the whole country or the world: a
/// place after their name is not part of it ("Quốc hội tỉnh Đồng Nai" is
/// the province's delegation, not a body named so).
pub(crate) const CENTRAL_KINDS: &[&str] = &[
    "party",
    "state",
    "assembly",
    "ministry",
    "court",
    "procuracy",
    "international",
    "foreign_gov",
    "university",
    "research",
    "hospital",
    "school",
    "sport",
    "media",
    "ngo",
];

/// How a known surface names its body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Surface {
    /// The official name or an alias.
    Name,
    /// The acronym: matched only as written, in capitals.
    Acronym,
    /// A press title or name that is also an ordinary phrase ("Dân trí",
    /// "Tuổi Trẻ"): matched only with every syllable capitalised or after
    /// a word naming the press.
    CommonWord,
}

/// A head word that opens the name of a body (`org_heads.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Head {
    /// The press also writes it in lower case ("công ty", "trung tâm y tế"):
    /// then a proper name or a place must follow.
    pub lower_ok: bool,
    /// A foreign mission or branch: "… tại Việt Nam" is part of its name.
    pub posting: bool,
    /// A sports team head ("U23", "đội tuyển"): a country or team follows.
    pub team: bool,
    /// A head of clubs and teams ("CLB", "đội bóng", "U23").
    pub sport: bool,
    /// A head of bodies of many kinds ("Trung tâm", "Ban", "Lực lượng"):
    /// an ordinary noun unless a capitalised word follows in the name.
    pub general: bool,
    /// A head of companies, banks or outlets ("công ty", "tập đoàn", "báo").
    pub company: bool,
    /// A number may follow it ("Quân khu 4", "Bệnh viện 115"; not "Bộ").
    pub numbered: bool,
    /// A head of ministries and state agencies ("Bộ", "Sở", "Cục"): their
    /// names never open with a verb, unlike "Hội tư vấn …", "Ban vận động …".
    pub office: bool,
    /// Also a given name ("Trường"): with one given name after it and
    /// nothing more it names a person ("Trường Giang"), not a body.
    pub given: bool,
    /// The usual kind of the body it opens (as `org_known.tsv` writes
    /// kinds: "university", "sport").
    pub kind: &'static str,
    /// Counts only written in capitals ("CAQ", `caps` in `org_heads.tsv`):
    /// a word written otherwise is another word ("Cap cao", "Cấp cao"
    /// without its marks).
    pub caps: bool,
    /// Counts only before a level word or a place ("CA tỉnh Quảng Nam",
    /// "CA TP.HCM"; `placed` in `org_heads.tsv`): elsewhere the letters
    /// are a credit or another word ("Ảnh: CA", "Bộ CA").
    pub placed: bool,
    /// Counts in lower case too before a country's name ("chính phủ Nga";
    /// `country` in `org_heads.tsv`).
    pub country: bool,
    /// Counts in lower case too at the start of a known body's name when
    /// the name after it is capitalised ("đảng Dân chủ", "đảng Bảo thủ";
    /// `known` in `org_heads.tsv`).
    pub known: bool,
}

/// True when the row `line` of `org_heads.tsv` carries the flag `name` in
/// its fourth column (flags separated by commas: "caps,placed").
pub(crate) fn head_flag(line: &str, name: &str) -> bool {
    line.split('\t').nth(3).is_some_and(|f| f.split(',').any(|x| x.trim() == name))
}

/// A brand named without a head word (`brands.tsv`).
#[derive(Clone, Debug)]
pub(crate) struct Brand {
    /// Also an ordinary word, a place or a person: only as an actor.
    pub ambiguous: bool,
}

/// An acronym of the press (`acronyms.tsv`).
#[derive(Clone, Debug)]
pub(crate) struct AcronymInfo {
    /// What it stands for, as an organisation's merge key writes it: lower case,
    /// commas trimmed, "và", "của" and lone punctuation left out (built
    /// once here: lower-casing and splitting it per mention cost hundreds
    /// of instructions a word).
    pub key: String,
    /// A place or a name usually follows ("UBND tỉnh Cà Mau").
    pub takes_place: bool,
    /// Names a kind of body or a part of a name: never a body's acronym.
    pub generic: bool,
    /// The length in bytes of `key` without the level word it ends with
    /// ("công an thành phố" of "CATP"): before a province the key leaves
    /// the level out, as it does for "Công an TP Hà Nội".
    pub before_level: usize,
}

/// The words of an acronym's expansion that an organisation's merge key
/// keeps, lower-cased and joined by spaces (see [`AcronymInfo::key`]).
fn expansion_key(expansion: &str) -> String {
    key_words(expansion, |w| w.trim_matches(','))
}

/// The words of `text` (each through `word`) that an organisation's merge
/// key keeps, lower-cased and joined by spaces: "và", "của" and lone
/// punctuation are left out.
fn key_words(text: &str, word: impl Fn(&str) -> &str) -> String {
    let mut key = String::with_capacity(text.len());
    for w in text.split(' ').map(word) {
        if matches!(w, "và" | "của" | "&" | "-" | "," | "." | "") {
            continue;
        }
        if !key.is_empty() {
            key.push(' ');
        }
        key.extend(w.chars().map(crate::normalize::lower_char));
    }
    key
}

/// A noun that, written in lower case, names a body when its foreign name
/// follows it (a row of `org_kind_nouns.tsv`): "thuộc tổ chức Anonymous",
/// "đảng cầm quyền Saenuri", "trang Imgur".
#[derive(Clone, Debug)]
pub(crate) struct KindNoun {
    /// The noun's words, lower case.
    pub words: usize,
    /// Finds the noun and a space after it in the lower-case text.
    pub finder: memchr::memmem::Finder<'static>,
    /// Words that may stand between the noun and the name ("cực hữu",
    /// "tin"); asked only after the noun, so no feature bit.
    pub between: Phrases<()>,
    /// Only after a word of `org_noun_before.txt` (the noun is also a
    /// verb: "đã tổ chức SEA Games").
    pub noun_before: bool,
    /// Not after a word that makes the noun part of another ("băng đảng",
    /// "vũ trang").
    pub no_compound: bool,
}

impl KindNoun {
    /// The rows of `org_kind_nouns.tsv`, their words interned in `vocab`.
    fn rows(vocab: &mut Vocab) -> Vec<KindNoun> {
        lines(data::ORG_KIND_NOUNS)
            .filter_map(|(_, l)| {
                let f: Vec<&str> = l.split('\t').map(str::trim).collect();
                let noun = key(f.first()?);
                let between = f.get(1).map_or(Vec::new(), |b| {
                    b.split(';').map(str::trim).filter(|w| !w.is_empty()).map(|w| (key(w), ())).collect()
                });
                let flags = f.get(2).copied().unwrap_or("");
                let flag = |name: &str| flags.split(',').any(|x| x.trim() == name);
                Some(KindNoun {
                    words: noun.split(' ').count(),
                    finder: memchr::memmem::Finder::new(format!("{noun} ").as_bytes()).into_owned(),
                    between: Phrases::new(between, vocab, Feat::NONE),
                    noun_before: flag("noun_before"),
                    no_compound: flag("no_compound"),
                })
            })
            .collect()
    }

    /// The same noun with the words between under accent-folded keys too.
    /// (The noun itself is found in the text as written: text without
    /// diacritics has none of these nouns.)
    fn folded(&self, vocab: &mut Vocab) -> KindNoun {
        KindNoun { between: self.between.folded(vocab), ..self.clone() }
    }
}

/// A small table of words asked only backwards, whether one of its
/// entries ends right before a candidate ("trận gặp" before a club, "các"
/// before a plural head, "tại" before a place), with the set of its
/// entries' last words by word ID.
///
/// (The club test asks `match_before` at every capitalised word that can
/// open a province, some 10,000 times per 2 MB of text, and nearly every
/// word before is no entry's last word: one bit test then answers where
/// two trie walks were.)
#[derive(Clone, Debug)]
pub(crate) struct WordsBefore {
    /// The entries, lower case.
    pub phrases: Phrases<()>,
    /// The ID of each entry's last word (as the table's trie cuts it).
    last: IdSet,
}

impl WordsBefore {
    /// The table of `entries`, words interned in `vocab`; no feature bit
    /// (the table is never looked up forwards from a word's feature).
    pub(super) fn new(entries: Vec<(String, ())>, vocab: &mut Vocab) -> WordsBefore {
        WordsBefore::of(Phrases::new(entries, vocab, Feat::NONE), vocab)
    }

    /// `phrases` with the set of its entries' last words (interned in
    /// `vocab` already, by the table).
    fn of(phrases: Phrases<()>, vocab: &mut Vocab) -> WordsBefore {
        let last = phrases.iter().map(|(k, _)| vocab.intern(last_word(k))).collect();
        WordsBefore { phrases, last }
    }

    /// The same table under accent-folded keys, interned in `vocab`.
    pub(super) fn folded(&self, vocab: &mut Vocab) -> WordsBefore {
        WordsBefore::of(self.phrases.folded(vocab), vocab)
    }

    /// True when an entry of one or two words ends right before token `i`
    /// (the words given by `ids` and `gaps`). A word before that ends no
    /// entry is answered by its bit alone.
    #[inline]
    pub fn ends_before(&self, ids: &[WordId], gaps: &[super::Gap], i: usize) -> bool {
        i >= 1
            && ids.get(i - 1).is_some_and(|id| self.last.contains(id))
            && (1..=2).any(|n| i >= n && self.phrases.has(ids, gaps, i - n, n))
    }
}

/// The last word of `key` as [`Phrases`] cuts it: after its last space
/// for a word of letters (nearly every key), else the tokeniser's last
/// token ("tp. hcm").
fn last_word(key: &str) -> &str {
    let tail = key.rsplit(' ').next().unwrap_or(key);
    if !tail.is_empty() && tail.chars().all(crate::normalize::is_letter) {
        return tail;
    }
    crate::tokenize::tokenize(key).last().map_or(key, |t| &key[t.range()])
}

/// A row of `org_known.tsv`, read once for the two tables that hold its
/// bodies (the lexicon's `org_known`, by official name, and
/// [`OrgTables::known`], by every name, alias and acronym).
#[derive(Clone, Debug)]
pub(crate) struct KnownRow {
    /// The official name's key (lower case).
    pub key: String,
    /// The official name, normalised.
    pub name: String,
    /// The row's fields, trimmed: name, acronym, aliases (";"), kind.
    fields: Vec<&'static str>,
}

impl KnownRow {
    /// The acronym as the row writes it, if any.
    pub fn acronym(&self) -> Option<&'static str> {
        self.fields.get(1).copied().filter(|a| !a.is_empty())
    }
}

/// Every row of `org_known.tsv`, its official name normalised and keyed
/// once (the file was read twice, some 2.3 M instructions of the
/// set-up for the second reading's `norm` and `key`).
pub(crate) fn known_rows() -> Vec<KnownRow> {
    lines(data::ORG_KNOWN)
        .map(|(_, l)| {
            let fields: Vec<&'static str> = l.split('\t').map(str::trim).collect();
            let name = norm(fields.first().copied().unwrap_or(""));
            KnownRow { key: key(&name), name, fields }
        })
        .collect()
}

/// A sieve of words: one bit of 256 for each (byte length, first byte,
/// last byte) of its words. A string whose bit is clear is none of them;
/// one whose bit is set may be, and is looked up. (Most strings asked,
/// the words before a province name, are turned away by the bit, where a
/// set's look-up hashed them.)
#[derive(Clone, Debug, Default)]
pub(crate) struct WordSieve([u64; 4]);

impl WordSieve {
    /// The sieve of `words`.
    pub fn of<'w>(words: impl IntoIterator<Item = &'w str>) -> WordSieve {
        let mut sieve = WordSieve::default();
        for w in words {
            let i = Self::bit(w);
            sieve.0[i >> 6] |= 1 << (i & 63);
        }
        sieve
    }

    /// False when `w` is none of the sieve's words.
    #[inline]
    pub fn may_hold(&self, w: &str) -> bool {
        let i = Self::bit(w);
        self.0[i >> 6] >> (i & 63) & 1 != 0
    }

    /// The bit of a word: its length and its first and last bytes, mixed.
    #[inline]
    fn bit(w: &str) -> usize {
        let b = w.as_bytes();
        let (first, last) = (b.first().copied().unwrap_or(0), b.last().copied().unwrap_or(0));
        let x = (b.len() as u32) ^ (u32::from(first) << 8) ^ (u32::from(last) << 16);
        (x.wrapping_mul(0x9E37_79B9) >> 24) as usize
    }
}

/// Every organisation table, parsed once.
#[derive(Clone, Debug)]
pub(crate) struct OrgTables {
    /// Known bodies; `known` values index this.
    pub bodies: Vec<KnownBody>,
    /// Every name, alias and acronym of a known body, lower case.
    pub known: Phrases<(u32, Surface)>,
    /// Head words, lower case.
    pub heads: Phrases<Head>,
    /// Words that open a facility, place, event or document, not a body;
    /// true for a place or facility (its own name follows).
    pub not_heads: Phrases<bool>,
    /// The place words of `not_heads` whose own name may be a channel
    /// ("kênh", a canal or a television channel; kind `channel`).
    pub channels: Phrases<()>,
    /// Legal forms of companies ("TNHH", "cổ phần", "Co., Ltd").
    pub legal_forms: Phrases<()>,
    /// Brands (lower case keys).
    pub brands: Phrases<Brand>,
    /// Acronyms as written.
    pub acronyms: HashMap<String, AcronymInfo>,
    /// Multi-word lower-case phrases that continue a name, punctuation
    /// included ("phòng, chống").
    pub name_phrases: Phrases<()>,
    /// Words before a press title that make it the outlet ("theo", "PV").
    pub press_before: WordsBefore,
    /// Words before a web site that make it the outlet ("trao đổi với
    /// Zing.vn", "đăng trên vtc.vn"; `site_before.txt`).
    pub site_before: WordsBefore,
    /// Words before a brand that make it the maker of a product ("xe").
    pub product_before: WordsBefore,
    /// Words before or after a head that make it a kind of body in the
    /// plural ("các Sở", "UBND các quận"), lower case.
    pub plural: WordsBefore,
    /// Classifiers before a company's or an outlet's name ("hãng", "tờ").
    pub classifiers: Phrases<()>,
    /// Words continuing a brand into a company's name ("Group").
    pub company_words: Phrases<()>,
    /// Capitalised words closing a body's name and saying its kind
    /// ("Gangwon FC", "Asia Foundation").
    pub designators: Phrases<()>,
    /// Words before an acronym that make it a stock code ("mã", "cổ phiếu").
    pub ticker_before: WordsBefore,
    /// Words before a lower-case "tổ chức" that make it the noun, not the
    /// verb ("thuộc tổ chức Anonymous"; `org_noun_before.txt`).
    pub noun_before: WordsBefore,
    /// Nouns that, in lower case, name a body when its foreign name
    /// follows them ("tổ chức", "đảng", "trang"; `org_kind_nouns.tsv`).
    pub kind_nouns: Vec<KindNoun>,
    /// Enders that also open the field of a department right after its
    /// head ("Phòng xây dựng phong trào …"), lower case.
    pub inner_enders: HashSet<String>,
    /// Words before a number that make it an ordinal ("lớp 12"), lower case.
    pub ordinal_before: HashSet<String>,
    /// Top-level domains of cited sites ("vn", "com"): `web_domains.txt`
    /// (each word marked [`Feat::DOMAIN`]).
    pub domains: HashSet<String>,
    /// Nouns after "các", "những" that make a name plural ("các nước").
    pub plural_nouns: Phrases<()>,
    /// Kinds of body that are a body when written alone and the text names
    /// no fuller one ("UBND thành phố", "Ban Chỉ đạo"), lower case.
    pub generic_alone: HashSet<String>,
    /// Names that are also places ("Barcelona", "Amazon"), lower case, and
    /// the words before them that make them the place ("tại", "đến").
    pub place_names: HashSet<String>,
    pub place_before: WordsBefore,
    /// Words of a match before a place that names a club ("trận gặp").
    pub match_before: WordsBefore,
    /// Place names that are also clubs (lower case key → the club's name).
    pub clubs_by_place: HashMap<String, String>,
    /// Bodies of a kind that exist in every country: with a country after
    /// them they are that country's ("Bộ Quốc phòng Nga"), lower case.
    pub foreign_counterparts: HashSet<String>,
    /// The canonical name of each province of the lexicon as a merge key
    /// writes it (lower case), by index: built at the first use from the
    /// lexicon's provinces (lower-casing it per mention cost some 200
    /// instructions a word).
    province_keys: OnceLock<Vec<String>>,
    /// The sieve of the words before a province name that make it another
    /// place ("xã", "đường", folded too): built at the first use from the
    /// lexicon's sets, which do not change after it is built.
    place_words: OnceLock<WordSieve>,
}

impl OrgTables {
    /// Parses every organisation file, interning its words in `vocab`;
    /// the rows of `org_known.tsv` come read already ([`known_rows`]).
    pub fn parse(vocab: &mut Vocab, known: Vec<KnownRow>) -> OrgTables {
        let acronyms: HashMap<String, AcronymInfo> = lines(data::ACRONYMS)
            .filter_map(|(_, l)| {
                let f: Vec<&str> = l.split('\t').map(str::trim).collect();
                let key = expansion_key(&norm(f.get(1)?));
                let before_level = ["thành phố", "thị xã", "tỉnh", "quận", "huyện", "phường", "xã"]
                    .iter()
                    .find_map(|lv| key.strip_suffix(lv).and_then(|k| k.strip_suffix(' ')).map(str::len))
                    .unwrap_or(key.len());
                let info = AcronymInfo {
                    key,
                    takes_place: f.get(2) == Some(&"y"),
                    generic: f.get(3) == Some(&"y"),
                    before_level,
                };
                Some((norm(f.first()?), info))
            })
            .collect();
        // Ambiguous surfaces: which names are ordinary words, which places
        // are clubs, which heads have foreign counterparts.
        let mut common_words: HashSet<String> = HashSet::default();
        let mut clubs_by_place = HashMap::default();
        let mut place_names: HashSet<String> = HashSet::default();
        let mut foreign_counterparts = HashSet::default();
        for (_, l) in lines(data::ORG_AMBIGUOUS) {
            let f: Vec<&str> = l.split('\t').map(str::trim).collect();
            let (surface, reason, to) = (f.first().copied().unwrap_or(""), f.get(1).copied(), f.get(2).copied());
            match (reason, to) {
                (Some("common-word"), _) => {
                    common_words.insert(key(surface));
                }
                (Some("place"), to) => {
                    place_names.insert(key(surface));
                    if let Some(club) = to.filter(|c| c.starts_with("CLB ")) {
                        clubs_by_place.insert(key(surface), norm(club));
                    }
                }
                (Some("foreign-counterpart"), _) => {
                    foreign_counterparts.insert(key(surface));
                }
                _ => {}
            }
        }
        let mut bodies = Vec::new();
        let mut known_entries: Vec<(String, (u32, Surface))> = Vec::new();
        for row in known {
            let KnownRow { key: name_key, name, fields } = row;
            if name.is_empty() {
                continue;
            }
            let id = bodies.len() as u32;
            let acronym = fields.get(1).filter(|a| !a.is_empty()).map(|a| norm(a));
            // A name or alias that is also a common word, by its key (built once).
            let surface = |k: &String| if common_words.contains(k) { Surface::CommonWord } else { Surface::Name };
            known_entries.push((name_key.clone(), (id, surface(&name_key))));
            for a in fields.get(2).copied().unwrap_or("").split(';').map(str::trim).filter(|a| !a.is_empty()) {
                let k = key(a);
                known_entries.push((k.clone(), (id, surface(&k))));
            }
            if let Some(a) = &acronym {
                known_entries.push((key(a), (id, Surface::Acronym)));
            }
            bodies.push(KnownBody { name, acronym, kind: fields.get(3).copied().unwrap_or("other").to_string() });
        }
        // "Bộ Lao động - Thương binh" is also written "Bộ Lao động-Thương binh".
        let glued: Vec<(String, (u32, Surface))> =
            known_entries.iter().filter(|(k, _)| k.contains(" - ")).map(|(k, v)| (k.replace(" - ", "-"), *v)).collect();
        known_entries.extend(glued);
        let known = Phrases::new(known_entries, vocab, Feat::ORG_KNOWN_FIRST);
        let heads = Phrases::new(
            lines(data::ORG_HEADS)
                .filter_map(|(_, l)| {
                    let f: Vec<&str> = l.split('\t').map(str::trim).collect();
                    let head = norm(f.first()?);
                    let kind = f.get(1).copied().unwrap_or("");
                    let k = key(&head);
                    let posting = kind == "foreign_gov"
                        || matches!(k.as_str(), "chi nhánh" | "văn phòng đại diện" | "phái đoàn" | "cơ quan đại diện");
                    let sport = kind == "sport";
                    let team = sport && !matches!(k.as_str(), "câu lạc bộ" | "clb");
                    let general = kind == "other";
                    let company = matches!(kind, "company" | "bank" | "media");
                    let numbered = kind != "ministry";
                    let office = matches!(kind, "ministry" | "agency");
                    let lower_ok = f.get(2) == Some(&"lower-ok");
                    let flag = |name: &str| head_flag(l, name);
                    let (given, caps, placed, country) = (flag("given"), flag("caps"), flag("placed"), flag("country"));
                    let known = flag("known");
                    let head = Head {
                        lower_ok,
                        posting,
                        team,
                        sport,
                        general,
                        company,
                        numbered,
                        office,
                        given,
                        kind,
                        caps,
                        placed,
                        country,
                        known,
                    };
                    Some((k, head))
                })
                .collect(),
            vocab,
            Feat::ORG_HEAD_FIRST,
        );
        for (k, h) in heads.iter() {
            if h.lower_ok {
                if let Some(first) = k.split(' ').next() {
                    vocab.mark(first, Feat::LOWER_HEAD_FIRST);
                }
            }
        }
        let plain = |src: &str| lines(src).map(|(_, l)| (key(l.split("  #").next().unwrap_or(l)), ())).collect();
        // (word, kind) of each row, read once for both tables.
        let not_head_rows: Vec<(String, &str)> = lines(data::NOT_ORG_HEADS)
            .map(|(_, l)| {
                let (w, kind) = l.split_once('\t').unwrap_or((l, "place"));
                (key(w), kind.trim())
            })
            .collect();
        let not_heads = Phrases::new(
            not_head_rows.iter().map(|(w, kind)| (w.clone(), *kind != "event")).collect(),
            vocab,
            Feat::NOT_HEAD_FIRST,
        );
        // (Looked up only after a place's word was found, so no feature bit.)
        let channels = Phrases::new(
            not_head_rows.iter().filter(|(_, kind)| *kind == "channel").map(|(w, _)| (w.clone(), ())).collect(),
            vocab,
            Feat::NONE,
        );
        let legal_forms = Phrases::new(plain(data::LEGAL_FORMS), vocab, Feat::LEGAL_FIRST);
        let brands = Phrases::new(
            lines(data::BRANDS)
                .filter_map(|(_, l)| {
                    let f: Vec<&str> = l.split('\t').map(str::trim).collect();
                    let name = norm(f.first()?);
                    let flags = f.get(3).copied().unwrap_or("");
                    let ambiguous = flags.split(',').any(|x| matches!(x.trim(), "common-word" | "person" | "place"));
                    Some((key(&name), Brand { ambiguous }))
                })
                .collect(),
            vocab,
            Feat::BRAND_FIRST,
        );
        let name_phrases = Phrases::new(
            lines(data::ORG_WORDS)
                .map(|(_, l)| key(l))
                .filter(|w| w.contains([' ', ',', '-', '/']))
                .map(|w| (w, ()))
                .collect(),
            vocab,
            Feat::NAME_PHRASE_FIRST,
        );
        // Looked up backwards from a candidate (`ends_before`), never by a
        // feature bit.
        let press_before = WordsBefore::new(plain(data::ORG_PRESS_BEFORE), vocab);
        let site_before = WordsBefore::new(plain(data::SITE_BEFORE), vocab);
        let product_before = WordsBefore::new(plain(data::ORG_PRODUCT_BEFORE), vocab);
        let generic_alone = lines(data::ORG_GENERIC)
            .filter_map(|(_, l)| l.split_once('\t'))
            .filter(|(_, alone)| alone.trim() == "y")
            .map(|(name, _)| key(name))
            .collect();
        let plural = WordsBefore::new(plain(data::ORG_PLURAL), vocab);
        // Looked up only next to an acronym, without a feature bit (the
        // organisations' bits are all taken).
        let match_before = WordsBefore::new(plain(data::ORG_MATCH_BEFORE), vocab);
        let place_before = WordsBefore::new(plain(data::ORG_PLACE_BEFORE), vocab);
        let ticker_before = WordsBefore::new(plain(data::ORG_TICKER_BEFORE), vocab);
        let noun_before = WordsBefore::new(plain(data::ORG_NOUN_BEFORE), vocab);
        let kind_nouns = KindNoun::rows(vocab);
        let inner_enders = lines(data::ORG_ENDERS)
            .filter_map(|(_, l)| l.split_once('\t'))
            .filter(|(_, f)| f.trim() == "in-name")
            .map(|(w, _)| key(w))
            .collect();
        let ordinal_before = lines(data::ORG_ORDINAL_BEFORE).map(|(_, l)| key(l)).collect();
        let domains: HashSet<String> = lines(data::WEB_DOMAINS).map(|(_, l)| key(l)).collect();
        for d in &domains {
            vocab.mark(d, Feat::DOMAIN);
        }
        let classifiers = Phrases::new(plain(data::ORG_CLASSIFIERS), vocab, Feat::CLASSIFIER_FIRST);
        let company_words = Phrases::new(plain(data::ORG_COMPANY_WORDS), vocab, Feat::COMPANY_WORD_FIRST);
        let designators = Phrases::new(plain(data::ORG_DESIGNATORS), vocab, Feat::DESIGNATOR_FIRST);
        let plural_nouns = Phrases::new(plain(data::ORG_PLURAL_NOUNS), vocab, Feat::PLURAL_NOUN_FIRST);
        OrgTables {
            plural,
            match_before,
            place_names,
            place_before,
            inner_enders,
            ticker_before,
            noun_before,
            kind_nouns,
            ordinal_before,
            domains,
            plural_nouns,
            classifiers,
            company_words,
            designators,
            generic_alone,
            press_before,
            site_before,
            product_before,
            bodies,
            known,
            heads,
            not_heads,
            channels,
            legal_forms,
            brands,
            acronyms,
            name_phrases,
            clubs_by_place,
            foreign_counterparts,
            province_keys: OnceLock::new(),
            place_words: OnceLock::new(),
        }
    }

    /// The same tables under accent-folded keys, for text without diacritics.
    pub fn folded(&self, vocab: &mut Vocab) -> OrgTables {
        let heads = self.heads.folded(vocab);
        for (k, h) in heads.iter() {
            if h.lower_ok {
                if let Some(first) = k.split(' ').next() {
                    vocab.mark(first, Feat::LOWER_HEAD_FIRST);
                }
            }
        }
        OrgTables {
            bodies: self.bodies.clone(),
            known: self.known.folded(vocab),
            heads,
            not_heads: self.not_heads.folded(vocab),
            channels: self.channels.folded(vocab),
            legal_forms: self.legal_forms.folded(vocab),
            brands: self.brands.folded(vocab),
            acronyms: self.acronyms.clone(),
            name_phrases: self.name_phrases.folded(vocab),
            press_before: self.press_before.folded(vocab),
            site_before: self.site_before.folded(vocab),
            plural: self.plural.folded(vocab),
            plural_nouns: self.plural_nouns.folded(vocab),
            ticker_before: self.ticker_before.folded(vocab),
            noun_before: self.noun_before.folded(vocab),
            kind_nouns: self.kind_nouns.iter().map(|n| n.folded(vocab)).collect(),
            place_names: self.place_names.iter().map(|k| fold(k)).chain(self.place_names.iter().cloned()).collect(),
            place_before: self.place_before.folded(vocab),
            match_before: self.match_before.folded(vocab),
            inner_enders: self.inner_enders.iter().map(|k| fold(k)).chain(self.inner_enders.iter().cloned()).collect(),
            ordinal_before: self
                .ordinal_before
                .iter()
                .map(|k| fold(k))
                .chain(self.ordinal_before.iter().cloned())
                .collect(),
            domains: self.domains.clone(),
            classifiers: self.classifiers.folded(vocab),
            company_words: self.company_words.folded(vocab),
            designators: self.designators.folded(vocab),
            generic_alone: self
                .generic_alone
                .iter()
                .map(|k| fold(k))
                .chain(self.generic_alone.iter().cloned())
                .collect(),
            product_before: self.product_before.folded(vocab),
            clubs_by_place: self.clubs_by_place.iter().map(|(k, v)| (fold(k), v.clone())).collect(),
            foreign_counterparts: self.foreign_counterparts.iter().map(|k| fold(k)).collect(),
            province_keys: OnceLock::new(),
            place_words: OnceLock::new(),
        }
    }

    /// The sieve of the words before a province name that make it another
    /// place: of `words` (the lexicon's own, the same at every call), built
    /// at the first call.
    pub fn place_words<'w, I: IntoIterator<Item = &'w str>>(&self, words: impl FnOnce() -> I) -> &WordSieve {
        self.place_words.get_or_init(|| WordSieve::of(words()))
    }

    /// The canonical name of province `rec` of `provinces` (the lexicon's
    /// own, the same at every call) as a merge key writes it.
    pub fn province_key(&self, provinces: &[ProvinceRecord], rec: usize) -> &str {
        let keys = self.province_keys.get_or_init(|| provinces.iter().map(|p| key_words(&p.name, |w| w)).collect());
        &keys[rec]
    }

    /// Adds a body the caller knows (`ExtractorBuilder::organisation`): its
    /// name and acronym become surfaces of one known body, like the rows
    /// of `org_known.tsv`.
    pub fn add_known(&mut self, vocab: &mut Vocab, name: String, acronym: Option<String>) {
        let id = self.bodies.len() as u32;
        self.known.push(vocab, key(&name), (id, Surface::Name));
        if let Some(a) = &acronym {
            self.known.push(vocab, key(a), (id, Surface::Acronym));
        }
        self.bodies.push(KnownBody { name, acronym, kind: "other".to_string() });
    }

    /// The acronym information of `word` as written.
    pub fn acronym(&self, word: &str) -> Option<&AcronymInfo> {
        self.acronyms.get(word)
    }

    /// True when `acronym` names a kind of body ("UBND", "TAND", "CDC"),
    /// so it is never the acronym of one body.
    pub fn is_generic_acronym(&self, acronym: &str) -> bool {
        self.acronyms.get(acronym).is_some_and(|a| a.generic)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Gap;

    /// The sieve holds every word it was built of, and turns away the
    /// words most often written before a province name, in the lexicon
    /// and its folded twin.
    #[test]
    fn the_place_words_sieve_holds_its_words() {
        let base = &*crate::lexicon::DEFAULT;
        for lex in [base, base.for_text(true)] {
            let words = || lex.not_province_before.iter().chain(&lex.date.place_before_folded).map(String::as_str);
            let sieve = lex.org.place_words(words);
            assert!(lex.not_province_before.len() > 20);
            for w in words() {
                assert!(sieve.may_hold(w), "{w:?}");
            }
        }
        let sieve = WordSieve::of(["xã", "thị trấn", "đường"]);
        assert!(sieve.may_hold("xã") && sieve.may_hold("thị trấn") && sieve.may_hold("đường"));
        assert!(!sieve.may_hold("tỉnh") || !sieve.may_hold("tại") || !sieve.may_hold("của"));
    }

    /// The test before the last words' set: one of the two trie walks.
    fn reference_ends_before(table: &Phrases<()>, ids: &[WordId], gaps: &[Gap], i: usize) -> bool {
        (1..=2).any(|n| i >= n && table.has(ids, gaps, i - n, n))
    }

    /// Every position of `text` asked of `table` (words interned in
    /// `vocab`), and past its end.
    fn answers_as_the_walks(table: &WordsBefore, vocab: &Vocab, text: &str) {
        let (ids, gaps) = crate::lexicon::phrases::ids_and_gaps(vocab, text);
        for i in 0..=ids.len() + 2 {
            let want = reference_ends_before(&table.phrases, &ids, &gaps, i);
            assert_eq!(table.ends_before(&ids, &gaps, i), want, "{text:?} before token {i}");
        }
    }

    #[test]
    fn a_known_row_read_once_names_its_body_in_both_tables() {
        // "Bộ Lao động - Thương binh và Xã hội (Bộ LĐTBXH)": the official
        // name is found by its key in the lexicon's table and in the
        // organisations' one, with the acronym as the row writes it.
        let lex = &*crate::lexicon::DEFAULT;
        let rows = known_rows();
        assert!(rows.len() > 1000);
        for row in rows.iter().filter(|r| !r.name.is_empty()) {
            let (name, acronym) = lex.org_known.get(&row.key).expect("the lexicon knows the body");
            let (id, _) = lex.org.known.get(&row.key).expect("the organisations know the body");
            assert_eq!(lex.org.bodies[*id as usize].name, *name, "{}", row.key);
            assert_eq!(acronym.as_deref(), row.acronym(), "{}", row.key);
        }
    }

    #[test]
    fn the_last_words_turn_away_only_what_no_entry_ends() {
        // "tp. hcm": a key the tokeniser cuts, its last word after a dot.
        let mut vocab = Vocab::default();
        let entries = ["gặp", "trận gặp", "hòa với", "tp. hcm", "một số"].map(|k| (k.to_string(), ())).to_vec();
        let table = WordsBefore::new(entries, &mut vocab);
        for text in [
            "trận gặp bình định",
            "hòa với hà nội, hòa hà nội",
            "về tp. hcm hôm qua, tp hcm",
            "một số sở và số sở",
            "gặp",
            "",
        ] {
            answers_as_the_walks(&table, &vocab, text);
        }
        // The lexicon's own tables and their folded twins, on their own
        // entries one after another.
        let lex = &*crate::lexicon::DEFAULT;
        for lex in [lex, lex.for_text(true)] {
            let org = &lex.org;
            for table in [
                &org.match_before,
                &org.plural,
                &org.place_before,
                &org.press_before,
                &org.site_before,
                &org.product_before,
                &org.ticker_before,
                &org.noun_before,
            ] {
                let text: Vec<&str> = table.phrases.iter().map(|(k, _)| k.as_str()).collect();
                answers_as_the_walks(table, &lex.vocab, &text.join(" x "));
                answers_as_the_walks(table, &lex.vocab, &text.join(" "));
            }
        }
    }
}
