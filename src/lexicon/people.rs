//! The people-and-titles tables (`lex.person`): given-name syllables,
//! foreign and ethnic-minority name parts, verbs and frames around names,
//! status words, degrees, words that make a capitalised run a place or a
//! thing, and the small grammar of titles (qualifiers, links, elided
//! bodies). Each table is parsed once from `data/`; [`PersonTables::folded`]
//! gives the twin used for text written without diacritics.

use super::organisations::WordsBefore;
use super::phrases::Phrases;
use super::vocab::{Feat, Vocab, WordId};
use super::RoleKind;
use crate::data::{self, key, lines, norm};
use crate::normalize::fold;
use rustc_hash::FxHashMap as HashMap;

/// A set of word IDs as one bit per ID (up to the largest member).
///
/// (The people recogniser asks `not_name` at every capitalised word a run
/// reads and `particles` after every run that a space ends, some 80,000
/// questions per 2 MB of text; a hash probe cost some 40 instructions
/// each, a bit test a handful. The members are few and the IDs of the
/// vocabulary dense, so the bits take a few kilobytes at most.)
#[derive(Clone, Debug, Default)]
pub(crate) struct IdSet {
    bits: Vec<u64>,
}

impl IdSet {
    /// True when `id` is a member.
    #[inline]
    pub fn contains(&self, id: &WordId) -> bool {
        let id = *id as usize;
        self.bits.get(id / 64).is_some_and(|w| w >> (id % 64) & 1 != 0)
    }

    /// Adds `id`.
    pub fn insert(&mut self, id: WordId) {
        let id = id as usize;
        if self.bits.len() <= id / 64 {
            self.bits.resize(id / 64 + 1, 0);
        }
        self.bits[id / 64] |= 1 << (id % 64);
    }
}

/// A map from word IDs to small values, as one slot per ID (up to the
/// largest key).
///
/// (The given-name band and the foreign name parts are asked at each
/// name word a run, a form or a body test reads, after its feature bit:
/// an index where a hash probe was. The keys are some thousands of
/// syllables and name words, the slots two or three bytes each.)
#[derive(Clone, Debug)]
pub(crate) struct IdMap<T> {
    slots: Vec<Option<T>>,
}

impl<T> Default for IdMap<T> {
    fn default() -> IdMap<T> {
        IdMap { slots: Vec::new() }
    }
}

impl<T> IdMap<T> {
    /// The value of `id`, if it has one.
    #[inline]
    pub fn get(&self, id: &WordId) -> Option<&T> {
        self.slots.get(*id as usize).and_then(Option::as_ref)
    }

    /// True when `id` has a value.
    #[inline]
    pub fn contains_key(&self, id: &WordId) -> bool {
        self.get(id).is_some()
    }
}

impl<T> FromIterator<(WordId, T)> for IdMap<T> {
    /// The last value of each ID wins, as in a hash map.
    fn from_iter<I: IntoIterator<Item = (WordId, T)>>(pairs: I) -> IdMap<T> {
        let mut slots: Vec<Option<T>> = Vec::new();
        for (id, v) in pairs {
            let id = id as usize;
            if slots.len() <= id {
                slots.resize_with(id + 1, || None);
            }
            slots[id] = Some(v);
        }
        IdMap { slots }
    }
}

impl FromIterator<WordId> for IdSet {
    fn from_iter<I: IntoIterator<Item = WordId>>(ids: I) -> IdSet {
        let mut set = IdSet::default();
        for id in ids {
            set.insert(id);
        }
        set
    }
}

/// How a verb after a capitalised run points at a person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum VerbKind {
    /// Reported speech, stance, feeling: strong evidence.
    Speech,
    /// Things people do or undergo; bodies do some of them too.
    Action,
    /// Things players do.
    Sport,
    /// Things artists do.
    Culture,
}

/// What a word before a name says about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum IntroKind {
    /// Kinship: "con trai", "vợ".
    Kin,
    /// A description that is not a title: "doanh nhân", "người đẹp".
    Descriptor,
    /// A naming frame: "tên thật là", "nghệ danh".
    Frame,
    /// A status word, not a title: "bị cáo", "bệnh nhân" (not_titles.txt).
    Status,
}

/// Role of a word in ethnic-minority names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum EthnicRole {
    /// A gender word opening the personal name: "Y", "H'", "Néang".
    Opener,
    /// A family or clan name: "Ksor", "Rơ Châm", "Niê".
    Surname,
    /// A middle word: "A", "Seo".
    Particle,
}

/// Where a foreign name part is used: bit sets of origins.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct ForeignPart {
    /// Origins in which the word is a given name.
    pub given: u8,
    /// Origins in which the word is a surname.
    pub surname: u8,
    /// The sex of most people of that given name, where one sex bears it
    /// ("Ivanka", "Donald"; column `gender` of `foreign_names.tsv`).
    pub gender: Option<crate::Gender>,
}

/// Origin bits of [`ForeignPart`].
pub(crate) mod origin {
    pub const WESTERN: u8 = 1;
    pub const KOREAN: u8 = 2;
    pub const JAPANESE: u8 = 4;
    pub const CHINESE: u8 = 8;
    pub const THAI: u8 = 16;
    pub const LAO: u8 = 32;
    pub const KHMER: u8 = 64;
    pub const OTHER: u8 = 128;
}

/// How a word between a name and a title links them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum LinkKind {
    /// Introduces the title ("là", "giữ chức").
    Link,
    /// May stand before the link ("hiện", "đã").
    Adverb,
}

/// A role's metadata beyond its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct RoleMeta {
    /// Written in lower case before names too ("ca sĩ", "luật sư").
    pub lower_ok: bool,
    /// An abbreviation ("HLV", "PCT"): of two letters, only before a full name.
    pub abbrev: bool,
}

/// The people tables.
#[derive(Clone, Debug)]
pub(crate) struct PersonTables {
    /// Given-name band (1 very common … 3 attested) of each syllable.
    pub given: IdMap<u8>,
    /// Foreign name parts (lower-case words).
    pub foreign: IdMap<ForeignPart>,
    /// Lower-case particles inside foreign names ("al", "bin", "van", "de").
    pub particles: IdSet,
    /// The middle names that mark a man's or a woman's name ("Văn", "Thị";
    /// `given_names.txt`, column `middle`).
    pub middle: IdSet,
    /// English function words never in a name ("the", "of"; `not_name_words.txt`);
    /// empty for text without diacritics, where "The" may be "Thế".
    pub not_name: IdSet,
    /// English words closing an event's name ("Cup", "League", "Awards";
    /// `event_words.txt`): a run they close is no person.
    pub event_words: IdSet,
    /// Famous people the press names by one word alone ("Messi", "Putin";
    /// `people_known.tsv`): that word, lower case, to the person (an index
    /// of the table's full names: "Zlatan" and "Ibrahimovic" are one).
    pub known_people: IdMap<u32>,
    /// The table's surfaces of two words or more ("Công Phượng", "Trấn
    /// Thành": Vietnamese public figures named by their given names or a
    /// stage name), to the person.
    pub known_names: Phrases<u32>,
    /// The given-name and foreign-part lists as parsed, for the folded twin.
    given_src: Vec<(String, u8)>,
    known_people_src: Vec<(String, u32)>,
    foreign_src: Vec<(String, ForeignPart)>,
    particle_src: Vec<String>,
    middle_src: Vec<String>,
    /// Ethnic-minority openers, surnames and particles.
    pub ethnic: Phrases<EthnicRole>,
    /// Verbs after a person's name.
    pub verbs: Phrases<VerbKind>,
    /// Kinship words, descriptors, frames and status words before a name.
    pub introducers: Phrases<IntroKind>,
    /// Words of praise, age or standing between a title with no body and a
    /// full name ("MC nổi tiếng Thanh Bạch"; `role_adjectives.txt`). Read
    /// only after a title, so no feature bit marks their first words.
    pub role_adjectives: Phrases<()>,
    /// Words after which a title names the office, not its holder
    /// ("cuộc bầu cử Tổng thống Pháp", "giữ chức Bí thư Quận ủy";
    /// `office_before.txt`): asked backwards from a title with no name.
    pub office_before: WordsBefore,
    /// Words after which names on both sides of a spaced dash are a route
    /// or a segment, not two people ("đoạn Trần Hưng Đạo - Thượng Đình";
    /// `route_before.txt`): asked backwards from the pair's first name.
    pub route_before: WordsBefore,
    /// Words after which two names across a spaced dash are a pair of
    /// people ("vợ chồng Trấn Thành - Hari Won"; `couple_before.txt`).
    pub couple_before: WordsBefore,
    /// Degrees and honours before a name, full forms (lower case).
    pub degree_words: Phrases<()>,
    /// Degree and honour abbreviations, as written ("PGS", "NSƯT"): true
    /// for a state honour (written before stage names too: "NSND Lan Hương").
    pub degree_abbrevs: HashMap<String, bool>,
    /// Words before a capitalised run that make it a place or a thing
    /// (value: a street's word, after which a list of names is of streets).
    pub not_person_before: Phrases<bool>,
    /// Runs that look like names but are places, events, brands (value:
    /// also a plausible person's name).
    pub not_person_names: Phrases<bool>,
    /// Words between a name and a title that give the title to the name.
    pub title_links: Phrases<LinkKind>,
    /// Qualifiers before a role (value: kept in the role).
    pub qualifiers: Phrases<bool>,
    /// Elided bodies: role key → (word after the role, lower case or "*";
    /// body template).
    pub role_bodies: HashMap<String, Vec<(String, String)>>,
    /// Role metadata by role key.
    pub roles: HashMap<String, RoleMeta>,
    /// The roles that stay out of the shared role table (`lex.roles`, which
    /// the other recognisers read to end bodies' names): occupations ("nhà
    /// báo" in "Hội Nhà báo Việt Nam") and offices written in lower case too
    /// ("thẩm phán" in "Hội đồng Thẩm phán"). Same keys and values.
    pub more_roles: Phrases<(String, RoleKind)>,
    /// Openers of credit lines ("Ảnh", "Thực hiện").
    pub credit_openers: Phrases<()>,
    /// Line openers after which a bare name above is a byline.
    pub byline_sources: Vec<String>,
    /// Where a person stands in a photo, in brackets after the name in a
    /// caption ("trái", "giữa"; `caption_positions.txt`), lower case and
    /// folded.
    pub caption_positions: rustc_hash::FxHashSet<String>,
    /// The keys of every table a cue before a name is read from (roles of
    /// both tables, honorifics, qualifiers, introducers, full-form
    /// degrees): their words carry [`Feat::CUE_WHOLE`] and
    /// [`Feat::CUE_SECOND`] ([`mark_cues`]); kept for the folded twin.
    cue_src: Vec<String>,
    /// The first two words of every cue key of two words or more (as
    /// [`cue_pair`] packs them): a cue that is not one word alone starts
    /// only where the text shows one of these pairs ([`mark_cues`]).
    cue_pairs: rustc_hash::FxHashSet<u64>,
    /// How many entries of the shared role table have their words marked:
    /// a role pushed without [`PersonTables::add_cue_role`] is not, and
    /// then [`PersonTables::cue_marks_cover`] says so.
    cue_roles: usize,
}

/// The kind of a role from its `roles.tsv` kind word.
fn role_kind(k: &str) -> RoleKind {
    match k {
        "rank" => RoleKind::Rank,
        "party" => RoleKind::Party,
        "head" => RoleKind::Head,
        "occupation" => RoleKind::Occupation,
        _ => RoleKind::Office,
    }
}

/// True for a role of the shared table: an office, rank or head written
/// capitalised before names.
pub(crate) fn shared_role(kind: RoleKind, meta: RoleMeta) -> bool {
    kind != RoleKind::Occupation && !meta.lower_ok
}

/// The role records of `roles.tsv`, each read, normalised and keyed once;
/// a role with a syllable the press spells with "i" or "y" ("nghị sĩ",
/// "nghị sỹ": [`i_y_spelling`](crate::normalize::i_y_spelling)) has a
/// row under the other spelling too, unless the file lists it.
pub(crate) fn role_rows() -> Vec<RoleRow> {
    let mut rows = role_file_rows();
    let listed: rustc_hash::FxHashSet<String> = rows.iter().map(|r| r.key.clone()).collect();
    let variants: Vec<RoleRow> = rows
        .iter()
        .filter_map(|r| {
            let key = crate::normalize::i_y_spelling(&r.key).filter(|k| !listed.contains(k))?;
            Some(RoleRow { key, role: r.role.clone(), kind: r.kind, meta: r.meta })
        })
        .collect();
    rows.extend(variants);
    rows
}

/// The rows of `roles.tsv` as the file writes them.
fn role_file_rows() -> Vec<RoleRow> {
    lines(data::ROLES)
        .filter_map(|(_, l)| {
            let f: Vec<&str> = l.split('\t').map(str::trim).collect();
            let role = norm(f.first()?);
            if role.is_empty() {
                return None;
            }
            let case = f.get(2).copied().unwrap_or("cap");
            let meta = RoleMeta { lower_ok: case != "cap", abbrev: f.get(3).is_some_and(|e| !e.is_empty()) };
            Some(RoleRow { key: key(&role), role, kind: role_kind(f.get(1).copied().unwrap_or("office")), meta })
        })
        .collect()
}

/// One row of `roles.tsv`, read once for the four tables built from it
/// (the shared role table, the people's own, the role metadata, the cue
/// marks), where each table read and keyed the file again.
pub(crate) struct RoleRow {
    /// The role as written, normalised.
    pub role: String,
    /// Its look-up key ([`key`] of `role`).
    pub key: String,
    /// What kind of role it is.
    pub kind: RoleKind,
    /// Its case and abbreviation marks.
    pub meta: RoleMeta,
}

impl PersonTables {
    /// True when the cue marks cover the shared role table `roles` (no
    /// role was added after the lexicon was built): a cue's first word
    /// then opens a cue only when it is one alone ([`Feat::CUE_WHOLE`]) or
    /// before a cue's second word ([`Feat::CUE_SECOND`]).
    pub fn cue_marks_cover(&self, roles: &Phrases<(String, RoleKind)>) -> bool {
        roles.iter().count() == self.cue_roles
    }

    /// True when the words `first` and `second` open a cue key of two
    /// words or more (see [`mark_cues`]); under the same condition as the
    /// marks ([`PersonTables::cue_marks_cover`]).
    #[inline]
    pub fn opens_cue_pair(&self, first: WordId, second: WordId) -> bool {
        self.cue_pairs.contains(&cue_pair(first, second))
    }

    /// Marks the words of a role added to the shared role table after the
    /// lexicon was built (`ExtractorBuilder::role`, key `key`), so that
    /// the cue marks still cover the table.
    pub fn add_cue_role(&mut self, vocab: &mut Vocab, key: &str) {
        mark_cues(vocab, std::iter::once(key), &mut self.cue_pairs);
        self.cue_src.push(key.to_string());
        self.cue_roles += 1;
    }

    /// Parses every people file, interning words in `vocab`.
    #[inline(never)]
    pub fn parse(vocab: &mut Vocab, role_rows: &[RoleRow]) -> PersonTables {
        let given_src: Vec<(String, u8)> = lines(data::GIVEN_NAMES)
            .map(|(_, l)| {
                let mut f = l.split('\t');
                let w = f.next().unwrap_or(l);
                (key(w), f.next().and_then(|b| b.trim().parse().ok()).unwrap_or(3))
            })
            .collect();
        let middle_src: Vec<String> = lines(data::GIVEN_NAMES)
            .filter(|(_, l)| l.split('\t').nth(2).is_some_and(|m| m.trim() == "middle"))
            .map(|(_, l)| key(l.split('\t').next().unwrap_or(l)))
            .collect();
        let middle = middle_src.iter().map(|w| vocab.intern(w)).collect();
        let given = given_map(given_src.iter().map(|(w, b)| (w.clone(), *b)), vocab);
        let mut foreign_src: Vec<(String, ForeignPart)> = Vec::new();
        let mut particle_src = Vec::new();
        for (_, l) in lines(data::FOREIGN_NAMES) {
            let f: Vec<&str> = l.split('\t').map(str::trim).collect();
            let (Some(w), Some(o), Some(part)) = (f.first(), f.get(1), f.get(2)) else { continue };
            if *part == "particle" {
                particle_src.push(key(w));
                continue;
            }
            let bit = match *o {
                "western" => origin::WESTERN,
                "korean" => origin::KOREAN,
                "japanese" => origin::JAPANESE,
                "chinese" => origin::CHINESE,
                "thai" => origin::THAI,
                "lao" => origin::LAO,
                "khmer" => origin::KHMER,
                _ => origin::OTHER,
            };
            // Hyphenated parts ("Chan-o-cha") are read by shape, not listed.
            if w.contains(['-', ' ']) {
                continue;
            }
            let mut p = ForeignPart::default();
            if matches!(*part, "given" | "any") {
                p.given |= bit;
                p.gender = match f.get(3).copied() {
                    Some("m") => Some(crate::Gender::Male),
                    Some("f") => Some(crate::Gender::Female),
                    _ => None,
                };
            }
            if matches!(*part, "surname" | "any") {
                p.surname |= bit;
            }
            foreign_src.push((key(w), p));
        }
        let foreign = foreign_map(foreign_src.iter().cloned(), vocab);
        let particles = particle_src.iter().map(|w| vocab.intern(w)).collect();
        let mut full_names: HashMap<String, u32> = HashMap::default();
        let known_people_src: Vec<(String, u32)> = lines(data::PEOPLE_KNOWN)
            .map(|(_, l)| {
                let mut f = l.split('\t').map(str::trim);
                let surface = key(f.next().unwrap_or(""));
                let next = full_names.len() as u32;
                let person = *full_names.entry(key(f.next().unwrap_or(""))).or_insert(next);
                (surface, person)
            })
            .collect();
        let known_people =
            known_people_src.iter().filter(|(w, _)| !w.contains(' ')).map(|(w, i)| (vocab.intern(w), *i)).collect();
        let known_names = Phrases::new(
            known_people_src.iter().filter(|(w, _)| w.contains(' ')).cloned().collect(),
            vocab,
            Feat::NONE,
        );
        let not_name = lines(data::NOT_NAME_WORDS).map(|(_, l)| vocab.intern(&key(l))).collect();
        let event_words = lines(data::EVENT_WORDS).map(|(_, l)| vocab.intern(&key(l))).collect();
        let ethnic = Phrases::new(
            lines(data::ETHNIC_NAMES)
                .filter_map(|(_, l)| {
                    let f: Vec<&str> = l.split('\t').map(str::trim).collect();
                    let role = match *f.get(1)? {
                        "opener" => EthnicRole::Opener,
                        "surname" => EthnicRole::Surname,
                        _ => EthnicRole::Particle,
                    };
                    Some((key(f.first()?), role))
                })
                .collect(),
            vocab,
            Feat::ETHNIC_FIRST,
        );
        let verbs = Phrases::new(
            lines(data::SPEECH_VERBS)
                .filter_map(|(_, l)| {
                    let (w, k) = l.split_once('\t')?;
                    let kind = match k.trim() {
                        "speech" => VerbKind::Speech,
                        "sport" => VerbKind::Sport,
                        "culture" => VerbKind::Culture,
                        _ => VerbKind::Action,
                    };
                    Some((key(w), kind))
                })
                .collect(),
            vocab,
            Feat::VERB_FIRST,
        );
        let mut intro: Vec<(String, IntroKind)> = lines(data::INTRODUCERS)
            .map(|(_, l)| {
                let (w, k) = l.split_once('\t').unwrap_or((l, "descriptor"));
                let kind = match k.trim() {
                    "kin" => IntroKind::Kin,
                    "frame" => IntroKind::Frame,
                    _ => IntroKind::Descriptor,
                };
                (key(w), kind)
            })
            .collect();
        intro.extend(lines(data::NOT_TITLES).map(|(_, l)| (key(l), IntroKind::Status)));
        let introducers = Phrases::new(intro, vocab, Feat::INTRODUCER_FIRST);
        let role_adjectives =
            Phrases::new(lines(data::ROLE_ADJECTIVES).map(|(_, l)| (key(l), ())).collect(), vocab, Feat::NONE);
        let office_before = WordsBefore::new(lines(data::OFFICE_BEFORE).map(|(_, l)| (key(l), ())).collect(), vocab);
        let route_before = WordsBefore::new(lines(data::ROUTE_BEFORE).map(|(_, l)| (key(l), ())).collect(), vocab);
        let couple_before = WordsBefore::new(lines(data::COUPLE_BEFORE).map(|(_, l)| (key(l), ())).collect(), vocab);
        let mut degree_abbrevs = HashMap::default();
        let mut full = Vec::new();
        for (_, l) in lines(data::DEGREES) {
            let honour = l.split('\t').nth(2).is_some_and(|k| k.trim() == "honour");
            let w = norm(l.split('\t').next().unwrap_or(l));
            // Abbreviations are written in capitals with at most a few
            // lower-case letters ("ThS"); full forms are words.
            if w.contains(' ') || w.chars().filter(|c| c.is_lowercase()).count() > 2 {
                full.push((key(&w), ()));
            } else {
                // One letter ("S" of "Th.S") is an initial, not a degree.
                for part in w.split(['.', '-', ',', ' ']).filter(|p| p.chars().count() > 1) {
                    vocab.mark(&key(part), Feat::DEGREE_FIRST | Feat::CUE_WHOLE);
                    let e = degree_abbrevs.entry(part.to_string()).or_insert(honour);
                    *e |= honour;
                }
            }
        }
        let degree_words = Phrases::new(full, vocab, Feat::DEGREE_FIRST);
        let not_person_before = Phrases::new(
            lines(data::NOT_PERSON_BEFORE)
                .map(|(_, l)| {
                    let (w, class) = l.split_once('\t').unwrap_or((l, ""));
                    (key(w), class.trim() == "street")
                })
                .collect(),
            vocab,
            Feat::NOT_PERSON_BEFORE_FIRST,
        );
        let not_person_names = Phrases::new(
            lines(data::NOT_PERSON_NAMES)
                .map(|(_, l)| {
                    let f: Vec<&str> = l.split('\t').map(str::trim).collect();
                    (key(f.first().copied().unwrap_or("")), f.get(2) == Some(&"y"))
                })
                .collect(),
            vocab,
            Feat::NOT_PERSON_NAME_FIRST,
        );
        let title_links = Phrases::new(
            lines(data::TITLE_LINKS)
                .map(|(_, l)| {
                    let (w, k) = l.split_once('\t').unwrap_or((l, "link"));
                    (key(w), if k.trim() == "adverb" { LinkKind::Adverb } else { LinkKind::Link })
                })
                .collect(),
            vocab,
            Feat::LINK_FIRST,
        );
        let qualifiers = Phrases::new(
            lines(data::ROLE_QUALIFIERS)
                .map(|(_, l)| {
                    let (w, k) = l.split_once('\t').unwrap_or((l, "keep"));
                    (key(w), k.trim() == "keep")
                })
                .collect(),
            vocab,
            Feat::QUALIFIER_FIRST,
        );
        let mut role_bodies: HashMap<String, Vec<(String, String)>> = HashMap::default();
        for (_, l) in lines(data::ROLE_BODIES) {
            let f: Vec<&str> = l.split('\t').map(str::trim).collect();
            if let (Some(r), Some(a), Some(b)) = (f.first(), f.get(1), f.get(2)) {
                role_bodies.entry(key(r)).or_default().push((key(a), norm(b)));
            }
        }
        let roles = role_rows.iter().map(|r| (r.key.clone(), r.meta)).collect();
        let more_roles = Phrases::new(
            role_rows
                .iter()
                .filter(|r| !shared_role(r.kind, r.meta))
                .map(|r| (r.key.clone(), (r.role.clone(), r.kind)))
                .collect(),
            vocab,
            Feat::MORE_ROLE_FIRST,
        );
        let credit_openers =
            Phrases::new(lines(data::CREDIT_OPENERS).map(|(_, l)| (key(l), ())).collect(), vocab, Feat::CREDIT_FIRST);
        // (The honorifics' keys as the lexicon reads them.)
        let honorific_keys = lines(data::HONORIFICS).map(|(_, l)| key(l.split('\t').next().unwrap_or("").trim()));
        let cue_src: Vec<String> = role_rows
            .iter()
            .map(|r| r.key.clone())
            .chain(honorific_keys)
            .chain(qualifiers.iter().map(|(k, _)| k.clone()))
            .chain(introducers.iter().map(|(k, _)| k.clone()))
            .chain(degree_words.iter().map(|(k, _)| k.clone()))
            .collect();
        let mut cue_pairs = rustc_hash::FxHashSet::default();
        mark_cues(vocab, cue_src.iter().map(String::as_str), &mut cue_pairs);
        let cue_roles = role_rows.iter().filter(|r| shared_role(r.kind, r.meta)).count();
        PersonTables {
            given,
            foreign,
            particles,
            middle,
            not_name,
            event_words,
            known_people,
            known_names,
            given_src,
            known_people_src,
            foreign_src,
            particle_src,
            middle_src,
            ethnic,
            verbs,
            introducers,
            role_adjectives,
            office_before,
            route_before,
            couple_before,
            degree_words,
            degree_abbrevs,
            not_person_before,
            not_person_names,
            title_links,
            qualifiers,
            role_bodies,
            roles,
            more_roles,
            credit_openers,
            byline_sources: lines(data::BYLINE_SOURCES).map(|(_, l)| norm(l)).collect(),
            caption_positions: lines(data::CAPTION_POSITIONS).flat_map(|(_, l)| [key(l), fold(&key(l))]).collect(),
            cue_src,
            cue_pairs,
            cue_roles,
        }
    }

    /// The same tables for text without diacritics: keys folded (and kept
    /// as written, so restored function words still match), words
    /// interned in the folded lexicon's `vocab`.
    pub fn folded(&self, vocab: &mut Vocab) -> PersonTables {
        let given = given_map(self.given_src.iter().flat_map(|(w, b)| [(fold(w), *b), (w.clone(), *b)]), vocab);
        let foreign = foreign_map(self.foreign_src.iter().map(|(w, p)| (fold(w), *p)), vocab);
        let degree_abbrevs =
            self.degree_abbrevs.iter().flat_map(|(a, h)| [(fold(a), *h), (a.clone(), *h)]).collect::<HashMap<_, _>>();
        for a in degree_abbrevs.keys() {
            vocab.mark(&crate::data::lower(a), Feat::DEGREE_FIRST | Feat::CUE_WHOLE);
        }
        let mut out = PersonTables {
            given,
            foreign,
            particles: self.particle_src.iter().map(|w| vocab.intern(w)).collect(),
            middle: self.middle_src.iter().flat_map(|w| [vocab.intern(&fold(w)), vocab.intern(w)]).collect(),
            not_name: Default::default(),
            event_words: self.event_words.clone(),
            known_people: self
                .known_people_src
                .iter()
                .filter(|(w, _)| !w.contains(' '))
                .flat_map(|(w, i)| [(vocab.intern(&fold(w)), *i), (vocab.intern(w), *i)])
                .collect(),
            known_names: twin(&self.known_names, vocab),
            given_src: self.given_src.clone(),
            known_people_src: self.known_people_src.clone(),
            foreign_src: self.foreign_src.clone(),
            particle_src: self.particle_src.clone(),
            middle_src: self.middle_src.clone(),
            ethnic: twin(&self.ethnic, vocab),
            verbs: twin(&self.verbs, vocab),
            introducers: twin(&self.introducers, vocab),
            role_adjectives: twin(&self.role_adjectives, vocab),
            office_before: self.office_before.folded(vocab),
            route_before: self.route_before.folded(vocab),
            couple_before: self.couple_before.folded(vocab),
            degree_words: twin(&self.degree_words, vocab),
            degree_abbrevs,
            not_person_before: twin(&self.not_person_before, vocab),
            not_person_names: twin(&self.not_person_names, vocab),
            title_links: twin(&self.title_links, vocab),
            qualifiers: twin(&self.qualifiers, vocab),
            role_bodies: self
                .role_bodies
                .iter()
                .map(|(k, v)| (fold(k), v.iter().map(|(a, b)| (fold(a), b.clone())).collect()))
                .collect(),
            roles: self.roles.iter().flat_map(|(k, m)| [(fold(k), *m), (k.clone(), *m)]).collect(),
            more_roles: self.more_roles.folded(vocab),
            credit_openers: twin(&self.credit_openers, vocab),
            byline_sources: self.byline_sources.clone(),
            caption_positions: self.caption_positions.clone(),
            cue_src: self.cue_src.clone(),
            cue_pairs: Default::default(),
            cue_roles: self.cue_roles,
        };
        // The folded tables hold the folded keys (and some the written ones
        // too): both are marked, once every table's words are interned.
        let keys: Vec<String> = self.cue_src.iter().flat_map(|k| [fold(k), k.clone()]).collect();
        mark_cues(vocab, keys.iter().map(String::as_str), &mut out.cue_pairs);
        out
    }
}

/// Marks the words of cue keys: a key of one word gets
/// [`Feat::CUE_WHOLE`], the second word of a longer one
/// [`Feat::CUE_SECOND`]. The words are cut both at spaces and as the
/// tokeniser cuts them (a phrase table reads a key one way or the other):
/// a mark too many only costs a look-up, one too few would lose a cue.
/// Only words already interned are marked (a table's words all are).
/// The first two words of a longer key go into `pairs` (by ID): the
/// second-word mark says only that the next word is some key's second.
fn mark_cues<'k>(vocab: &mut Vocab, keys: impl Iterator<Item = &'k str>, pairs: &mut rustc_hash::FxHashSet<u64>) {
    for k in keys {
        let spaced: Vec<&str> = k.split(' ').collect();
        let tokens = crate::tokenize::tokenize(k);
        let tokens: Vec<&str> = tokens.iter().map(|t| &k[t.range()]).collect();
        for words in [spaced, tokens] {
            // (A word the vocabulary lacks is in no table: not interned.)
            let (word, f) = match words.as_slice() {
                [] => continue,
                [one] => (*one, Feat::CUE_WHOLE),
                [first, second, ..] => {
                    let (a, b) = (vocab.get(first), vocab.get(second));
                    if a != super::vocab::UNKNOWN && b != super::vocab::UNKNOWN {
                        pairs.insert(cue_pair(a, b));
                    }
                    (*second, Feat::CUE_SECOND)
                }
            };
            let id = vocab.get(word);
            if id != super::vocab::UNKNOWN {
                vocab.mark_id(id, f);
            }
        }
    }
}

/// Two word IDs as one key of [`PersonTables`]' cue pairs.
fn cue_pair(first: WordId, second: WordId) -> u64 {
    (u64::from(first) << 32) | u64::from(second)
}

/// A table under both its folded and its written keys.
fn twin<T: Clone>(p: &Phrases<T>, vocab: &mut Vocab) -> Phrases<T> {
    let mut out = p.rekeyed(vocab, fold);
    for (k, v) in p.iter() {
        out.push(vocab, k.clone(), v.clone());
    }
    out
}

/// Given-name bands by word ID (the lowest band of a word wins).
fn given_map(rows: impl Iterator<Item = (String, u8)>, vocab: &mut Vocab) -> IdMap<u8> {
    let mut given: HashMap<WordId, u8> = HashMap::default();
    for (w, band) in rows {
        let id = vocab.mark(&w, Feat::GIVEN);
        if band <= 2 {
            vocab.mark_id(id, Feat::GIVEN_COMMON);
        }
        let e = given.entry(id).or_insert(band);
        *e = (*e).min(band);
    }
    given.into_iter().collect()
}

/// Foreign name parts by word ID (origins of a word's rows combined).
fn foreign_map(rows: impl Iterator<Item = (String, ForeignPart)>, vocab: &mut Vocab) -> IdMap<ForeignPart> {
    let mut foreign: HashMap<WordId, ForeignPart> = HashMap::default();
    for (w, p) in rows {
        let id = vocab.mark(&w, Feat::FOREIGN);
        let e = foreign.entry(id).or_default();
        e.given |= p.given;
        e.surname |= p.surname;
        // (A word listed twice with two sexes tells none.)
        e.gender = match (e.gender, p.gender) {
            (Some(a), Some(b)) if a != b => None,
            (a, b) => a.or(b),
        };
    }
    foreign.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::super::{Gap, Lexicon, DEFAULT};
    use super::*;

    /// An [`IdSet`] answers as a hash set of the same IDs: for every ID
    /// below, at and past the largest member (the word boundaries 63, 64
    /// and 127 among them), for the empty set, and for both lexicons'
    /// particle and function-word sets.
    #[test]
    fn id_set_answers_as_a_hash_set() {
        let cases: [&[WordId]; 4] = [&[], &[0], &[1, 63, 64, 127, 128, 1000], &[7, 7, 65, 3]];
        for ids in cases {
            let set: IdSet = ids.iter().copied().collect();
            let hash: rustc_hash::FxHashSet<WordId> = ids.iter().copied().collect();
            for id in 0..1200 {
                assert_eq!(set.contains(&id), hash.contains(&id), "{id} in {ids:?}");
            }
            assert!(!set.contains(&WordId::MAX));
        }
        let lex = &*DEFAULT;
        let p = &lex.person;
        assert!(p.particles.contains(&lex.vocab.get("bin")) && p.particles.contains(&lex.vocab.get("van")));
        assert!(p.not_name.contains(&lex.vocab.get("the")) && !p.not_name.contains(&lex.vocab.get("nguyễn")));
        assert!(
            !p.particles.contains(&super::super::vocab::UNKNOWN) && !p.not_name.contains(&super::super::vocab::UNKNOWN)
        );
    }

    /// An [`IdMap`] answers as a hash map of the same pairs: every ID below,
    /// at and past the largest key; the given-name bands of the lexicon as
    /// the map built from the same rows (the lowest band of a word wins),
    /// in both lexicons.
    #[test]
    fn id_map_answers_as_a_hash_map() {
        let pairs: [(WordId, u8); 5] = [(3, 1), (0, 2), (64, 3), (3, 2), (200, 0)];
        let map: IdMap<u8> = pairs.iter().copied().collect();
        let hash: HashMap<WordId, u8> = pairs.iter().copied().collect();
        for id in 0..300 {
            assert_eq!(map.get(&id), hash.get(&id), "{id}");
            assert_eq!(map.contains_key(&id), hash.contains_key(&id), "{id}");
        }
        assert_eq!(IdMap::<u8>::default().get(&0), None);
        for folded in [false, true] {
            let lex = DEFAULT.for_text(folded);
            let p = &lex.person;
            let rows = p.given_src.iter().flat_map(|(w, b)| [(fold(w), *b), (w.clone(), *b)]);
            let rows: Vec<(String, u8)> = if folded { rows.collect() } else { p.given_src.clone() };
            let mut given: HashMap<WordId, u8> = HashMap::default();
            for (w, b) in &rows {
                let e = given.entry(lex.vocab.get(w)).or_insert(*b);
                *e = (*e).min(*b);
            }
            assert!(given.len() > 100);
            for id in 0..lex.vocab.len() as WordId {
                assert_eq!(p.given.get(&id), given.get(&id), "{id}");
            }
            let john = lex.vocab.get("john");
            assert!(p.foreign.get(&john).is_some_and(|x| x.given != 0));
            assert_eq!(p.given.get(&super::super::vocab::UNKNOWN), None);
            assert_eq!(p.foreign.get(&super::super::vocab::UNKNOWN), None);
        }
    }

    /// The words of `key` as a text is read: (IDs, gaps), or `None` when
    /// one is not in the vocabulary.
    fn ids_of(vocab: &Vocab, key: &str) -> Option<(Vec<WordId>, Vec<Gap>)> {
        let tokens = crate::tokenize::tokenize(key);
        let mut ids = Vec::new();
        let mut gaps = Vec::new();
        for (j, t) in tokens.iter().enumerate() {
            let id = vocab.get(&key[t.range()]);
            if id == super::super::vocab::UNKNOWN {
                return None;
            }
            ids.push(id);
            let glued = j > 0 && tokens[j - 1].end() == t.start();
            gaps.push(if j == 0 {
                Gap::Other
            } else if glued {
                Gap::Glued
            } else {
                Gap::Space
            });
        }
        Some((ids, gaps))
    }

    /// Every entry of `table` found at the start of its own words has its
    /// first word marked whole (one word) or its second word marked second.
    fn check<T>(lex: &Lexicon, name: &str, table: &Phrases<T>) -> usize {
        let mut seen = 0;
        for (k, _) in table.iter() {
            let Some((ids, gaps)) = ids_of(&lex.vocab, k) else { continue };
            // Only the spellings a text can show (the trie holds them).
            if !table.has(&ids, &gaps, 0, ids.len()) {
                continue;
            }
            seen += 1;
            let ok = if ids.len() == 1 {
                lex.vocab.feat(ids[0]).any(Feat::CUE_WHOLE)
            } else {
                lex.vocab.feat(ids[1]).any(Feat::CUE_SECOND) && lex.person.opens_cue_pair(ids[0], ids[1])
            };
            assert!(ok, "{name}: {k:?} not marked");
        }
        seen
    }

    #[test]
    fn every_cue_has_its_whole_or_second_word_marked() {
        for lex in [&**DEFAULT, DEFAULT.for_text(true)] {
            let p = &lex.person;
            let mut seen = check(lex, "roles", &lex.roles);
            seen += check(lex, "honorifics", &lex.honorifics);
            seen += check(lex, "more_roles", &p.more_roles);
            seen += check(lex, "qualifiers", &p.qualifiers);
            seen += check(lex, "introducers", &p.introducers);
            seen += check(lex, "degree_words", &p.degree_words);
            assert!(seen > 500, "{seen} entries checked");
            for a in p.degree_abbrevs.keys() {
                let id = lex.vocab.get(&crate::data::lower(a));
                assert!(lex.vocab.feat(id).any(Feat::CUE_WHOLE), "degree {a:?} not marked");
            }
            assert!(p.cue_marks_cover(&lex.roles));
        }
    }

    #[test]
    fn a_role_added_by_the_builder_is_marked_as_a_cue() {
        // (Words no cue table holds: unmarked, the role would be skipped.)
        let v = &DEFAULT.vocab;
        assert!(!v.feat(v.get("trưởng")).any(Feat::CUE_WHOLE));
        assert!(!v.feat(v.get("lạch")).any(Feat::CUE_SECOND));
        let ex = crate::Extractor::builder().role("Trưởng Lạch Trại").build().unwrap();
        let doc = ex.extract("Hôm qua, Trưởng Lạch Trại Nguyễn Văn Bình cho biết nước đã rút.");
        let p = doc.people.iter().find(|p| p.name == "Nguyễn Văn Bình").expect("the person");
        assert!(p.titles.iter().any(|t| t.role == "Trưởng Lạch Trại"), "{:?}", p.titles);
        // The marks cover the extended table: the skip stays on.
        let mut lex = DEFAULT.extended();
        lex.roles.push(&mut lex.vocab, "trưởng lạch trại".into(), ("Trưởng Lạch Trại".into(), RoleKind::Office));
        assert!(!lex.person.cue_marks_cover(&lex.roles));
        let (first, second) = (lex.vocab.get("trưởng"), lex.vocab.get("lạch"));
        assert!(!lex.person.opens_cue_pair(first, second));
        lex.person.add_cue_role(&mut lex.vocab, "trưởng lạch trại");
        assert!(lex.person.cue_marks_cover(&lex.roles));
        assert!(lex.vocab.feat(lex.vocab.get("lạch")).any(Feat::CUE_SECOND));
        assert!(lex.person.opens_cue_pair(first, second));
    }
}
