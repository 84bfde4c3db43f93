//! The vocabulary: every word of every table and of the word list, interned
//! once to a [`WordId`], each with a bitset of [`Feat`]ures.
//!
//! The scan of a text looks each token's lower-case form up once; from then
//! on recognisers compare IDs and test bits instead of hashing and comparing
//! strings at every token.

use rustc_hash::FxHashMap as HashMap;

/// A word of the vocabulary; [`UNKNOWN`] for any other word.
pub(crate) type WordId = u32;

/// The ID of every word the vocabulary does not hold.
pub(crate) const UNKNOWN: WordId = 0;

/// Feature bits of a word. A word has a `*_FIRST` bit when some entry of
/// that table starts with it, so a table look-up at a token that cannot
/// start an entry costs one bit test.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Feat(pub u64);

impl Feat {
    pub const NONE: Feat = Feat(0);
    /// A family name (single-syllable, or the first syllable of a compound one).
    pub const SURNAME: Feat = Feat(1 << 0);
    /// First word of a role ("chủ", "bộ").
    pub const ROLE_FIRST: Feat = Feat(1 << 1);
    /// First word of a head word of bodies.
    pub const HEAD_FIRST: Feat = Feat(1 << 2);
    /// First word of a body known by name.
    pub const KNOWN_FIRST: Feat = Feat(1 << 3);
    /// First word of an honorific.
    pub const HONORIFIC_FIRST: Feat = Feat(1 << 4);
    /// First word of a country.
    pub const COUNTRY_FIRST: Feat = Feat(1 << 5);
    /// First word of a phrase that ends a body's name.
    pub const ENDER_FIRST: Feat = Feat(1 << 6);
    /// A word that may continue a body's name in lower case.
    pub const ORG_WORD: Feat = Feat(1 << 7);
    /// A function word that ends a counted noun phrase.
    pub const STOPWORD: Feat = Feat(1 << 8);
    /// A classifier ("khoản", "lượt").
    pub const CLASSIFIER: Feat = Feat(1 << 9);
    /// First syllable of a word of the word list.
    pub const WORD_FIRST: Feat = Feat(1 << 10);
    /// First word of a province alias.
    pub const PROVINCE_FIRST: Feat = Feat(1 << 11);
    /// First word of a compound family name ("tôn" of "Tôn Thất").
    pub const COMPOUND_SURNAME_FIRST: Feat = Feat(1 << 12);
    /// A digit written as a word, or "mười".
    pub const NUMBER_WORD: Feat = Feat(1 << 13);
    /// First word of a word that introduces a name ("nhà thơ").
    pub const INTRODUCER_FIRST: Feat = Feat(1 << 14);
    /// First word of a date word or phrase ("ngày", "hôm qua", "thứ Hai").
    pub const DATE_FIRST: Feat = Feat(1 << 40);
    /// First word of a longer name that begins with a province's ("thái" of
    /// "Thái Bình Dương").
    pub const PLACE_FIRST: Feat = Feat(1 << 41);
    /// First word of a qualifier of figures ("ít" of "ít nhất").
    pub const FIGURE_FIRST: Feat = Feat(1 << 42);
    /// A word that alone is a cue before a name: a one-word role,
    /// honorific, qualifier, introducer or degree, or a degree abbreviation.
    pub const CUE_WHOLE: Feat = Feat(1 << 43);
    /// The second word of a cue of several words ("tịch" of "chủ tịch"):
    /// a cue's first word without [`Feat::CUE_WHOLE`] opens one only
    /// before such a word.
    pub const CUE_SECOND: Feat = Feat(1 << 44);
    /// First word of an entry of the fact finder's word classes (`lex.fact`).
    pub const FACT_FIRST: Feat = Feat(1 << 52);
    /// First word of a known body's name, alias or acronym (organisations: bits 28–39).
    pub const ORG_KNOWN_FIRST: Feat = Feat(1 << 28);
    /// First word of a head that opens a facility or an event, not a body.
    pub const NOT_HEAD_FIRST: Feat = Feat(1 << 29);
    /// First word of a legal form of companies.
    pub const LEGAL_FIRST: Feat = Feat(1 << 30);
    /// First word of a brand.
    pub const BRAND_FIRST: Feat = Feat(1 << 31);
    /// First word of a lower-case phrase continuing a name ("phòng, chống").
    pub const NAME_PHRASE_FIRST: Feat = Feat(1 << 32);
    /// First word of a head word of bodies (the organisation tables' own).
    pub const ORG_HEAD_FIRST: Feat = Feat(1 << 33);
    /// First word of a head the press also writes in lower case ("công ty",
    /// "trung tâm y tế"): a lower-case token without it opens no body.
    pub const LOWER_HEAD_FIRST: Feat = Feat(1 << 34);
    /// First word of a noun making a name plural after "các" ("nước").
    pub const PLURAL_NOUN_FIRST: Feat = Feat(1 << 37);
    /// First word of a classifier before a company's name ("hãng", "tờ").
    pub const CLASSIFIER_FIRST: Feat = Feat(1 << 38);
    /// First word of a word continuing a brand into a company ("Group").
    pub const COMPANY_WORD_FIRST: Feat = Feat(1 << 39);
    /// First word of a designator closing a body's name ("FC", "Group",
    /// "Airlines": `data/org_designators.txt`).
    pub const DESIGNATOR_FIRST: Feat = Feat(1 << 35);
    /// A top-level domain of cited sites ("vn", "com": `web_domains.txt`).
    pub const DOMAIN: Feat = Feat(1 << 36);
    // People (bits 16–27).
    /// A syllable of Vietnamese given or middle names.
    pub const GIVEN: Feat = Feat(1 << 16);
    /// A common given-name syllable (bands 1 and 2).
    pub const GIVEN_COMMON: Feat = Feat(1 << 17);
    /// A listed foreign given name or surname.
    pub const FOREIGN: Feat = Feat(1 << 18);
    /// First word of an ethnic-minority opener, surname or particle.
    pub const ETHNIC_FIRST: Feat = Feat(1 << 19);
    /// First word of a verb after a person's name.
    pub const VERB_FIRST: Feat = Feat(1 << 20);
    /// A degree or honour abbreviation, or the first word of a full form.
    pub const DEGREE_FIRST: Feat = Feat(1 << 21);
    /// First word of a word that makes the next run a place or thing.
    pub const NOT_PERSON_BEFORE_FIRST: Feat = Feat(1 << 22);
    /// First word of a run that looks like a name but is not a person.
    pub const NOT_PERSON_NAME_FIRST: Feat = Feat(1 << 23);
    /// First word of a link between a name and a title ("là", "giữ chức").
    pub const LINK_FIRST: Feat = Feat(1 << 24);
    /// First word of a role qualifier ("nguyên", "quyền").
    pub const QUALIFIER_FIRST: Feat = Feat(1 << 25);
    /// First word of a credit-line opener ("Ảnh", "Thực hiện").
    pub const CREDIT_FIRST: Feat = Feat(1 << 26);
    /// First word of a role of the people's own role table (occupations,
    /// offices also written in lower case).
    pub const MORE_ROLE_FIRST: Feat = Feat(1 << 27);
    /// First word of a kind of legal document ("nghị" of "nghị định").
    pub const DOCUMENT_KIND_FIRST: Feat = Feat(1 << 45);
    /// A one-word label that makes the number after it an identifier
    /// (`data/id_before.txt`: "số", "phòng"); figures' `identifier_before`.
    pub const ID_LABEL: Feat = Feat(1 << 60);
    /// First word of a label of several words before a number: of
    /// `data/id_before.txt` ("lần thứ") or of the quantity phrases of
    /// `data/figure_words.tsv` ("tổng số"); figures' `identifier_before`.
    pub const LABEL_FIRST: Feat = Feat(1 << 61);
    /// A one-word entry of the words a count never takes as its noun
    /// (`not_counted` of `data/figure_words.tsv`); figures' `counted_noun`.
    pub const NOT_COUNTED: Feat = Feat(1 << 62);
    /// First word of a `not_counted` entry of several words ("diễn ra").
    pub const NOT_COUNTED_FIRST: Feat = Feat(1 << 63);
    /// A token that opens with an ASCII digit: a number ("2024", "2.500")
    /// or a word glued to one ("6ha", "3D"). No word of the vocabulary has
    /// it: the context sets it on the tokens the tokeniser noted, so the
    /// figures' and dates' scans for their starts test bits only.
    pub const OPENS_DIGIT: Feat = Feat(1 << 15);

    /// True when any bit of `other` is set.
    #[inline]
    pub fn any(self, other: Feat) -> bool {
        self.0 & other.0 != 0
    }
}

impl std::ops::BitOr for Feat {
    type Output = Feat;
    fn bitor(self, o: Feat) -> Feat {
        Feat(self.0 | o.0)
    }
}

/// Words and their features.
#[derive(Clone, Debug)]
pub(crate) struct Vocab {
    /// Words of at most [`SHORT`] bytes (nearly every syllable), keyed by
    /// their bytes and length packed in one integer: hashed and compared
    /// in a few instructions, where a string key costs a byte-wise hash
    /// and a `memcmp` (the look-up runs once per token of every text).
    short: ShortTable,
    /// Longer words.
    long: HashMap<Box<[u8]>, WordId>,
    words: Vec<Box<str>>,
    feats: Vec<Feat>,
}

/// An open-addressing table from packed short words ([`packed`]) to their
/// IDs, built for the one look-up per token of every text: a power-of-two
/// number of slots, a multiplicative hash of the key's two halves (one
/// multiply, the top bits give the slot), linear probing, and each key
/// stored beside its ID, so a hit usually costs one cache line and one
/// 128-bit compare (a general map hashes the two halves in turn, then
/// probes control bytes before it compares a key).
///
/// A slot whose ID is [`UNKNOWN`] is empty; its key is 0, the packed empty
/// word, so a look-up of the empty word that meets an empty slot still
/// answers [`UNKNOWN`]. At most half the slots are used, so a probe
/// always ends at an empty slot.
#[derive(Clone, Debug)]
struct ShortTable {
    /// Keys and IDs side by side (32 bytes a slot: two a cache line).
    slots: Vec<(u128, WordId)>,
    /// `64 - log2(slots.len())`: the hash's top bits index a slot.
    shift: u32,
    /// Slots in use.
    used: usize,
}

/// Slots of a new table (a power of two).
const FIRST_SLOTS: usize = 16;

impl Default for ShortTable {
    fn default() -> Self {
        ShortTable::with_slots(FIRST_SLOTS)
    }
}

impl ShortTable {
    fn with_slots(n: usize) -> Self {
        debug_assert!(n.is_power_of_two() && n >= 2);
        ShortTable { slots: vec![(0, UNKNOWN); n], shift: 64 - n.trailing_zeros(), used: 0 }
    }

    /// The home slot of `key`: its two halves folded (the length byte and
    /// bytes 8–11 land on bits the first eight bytes do not fill in short
    /// syllables), times an odd constant (the golden ratio's), top bits.
    #[inline]
    fn home(&self, key: u128) -> usize {
        let folded = (key as u64) ^ ((key >> 64) as u64).rotate_left(32);
        (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    /// The ID stored for `key`, or [`UNKNOWN`]. (A loop of its own, one
    /// test a slot, where [`probe`](Self::probe) needs two: the context asks
    /// it for every token, and `probe(key).unwrap_or(UNKNOWN)` measured
    /// 0.74 M instructions more per 2 MB of samples.)
    #[inline]
    fn get(&self, key: u128) -> WordId {
        let mask = self.slots.len() - 1;
        let mut i = self.home(key);
        loop {
            let (k, id) = self.slots[i];
            if k == key || id == UNKNOWN {
                return id;
            }
            i = (i + 1) & mask;
        }
    }

    /// The ID stored for `key`, or the empty slot where it would go.
    #[inline]
    fn probe(&self, key: u128) -> Result<WordId, usize> {
        let mask = self.slots.len() - 1;
        let mut i = self.home(key);
        loop {
            let (k, id) = self.slots[i];
            if id == UNKNOWN {
                return Err(i);
            }
            if k == key {
                return Ok(id);
            }
            i = (i + 1) & mask;
        }
    }

    /// Stores `id` (not [`UNKNOWN`]) for `key`, which is not in the table,
    /// in the empty `slot` its [`probe`](Self::probe) gave (or wherever it
    /// goes once the table has grown).
    fn insert_at(&mut self, slot: usize, key: u128, id: WordId) {
        if 2 * (self.used + 1) > self.slots.len() {
            self.insert(key, id);
        } else {
            self.slots[slot] = (key, id);
            self.used += 1;
        }
    }

    /// Stores `id` (not [`UNKNOWN`]) for `key`, which is not in the table.
    fn insert(&mut self, key: u128, id: WordId) {
        debug_assert!(id != UNKNOWN);
        if 2 * (self.used + 1) > self.slots.len() {
            let old = std::mem::replace(self, ShortTable::with_slots(2 * self.slots.len()));
            for (k, v) in old.slots {
                if v != UNKNOWN {
                    self.insert(k, v);
                }
            }
        }
        let mask = self.slots.len() - 1;
        let mut i = self.home(key);
        while self.slots[i].1 != UNKNOWN {
            i = (i + 1) & mask;
        }
        self.slots[i] = (key, id);
        self.used += 1;
    }

    /// Mean number of slots a look-up of a stored key reads (1 = no
    /// collision), for the test that the hash spreads real words.
    #[cfg(test)]
    fn mean_probe(&self) -> f64 {
        let mask = self.slots.len() - 1;
        let mut total = 0usize;
        for (slot, &(k, id)) in self.slots.iter().enumerate() {
            if id != UNKNOWN {
                total += ((slot.wrapping_sub(self.home(k))) & mask) + 1;
            }
        }
        total as f64 / self.used.max(1) as f64
    }
}

/// The longest word kept in [`Vocab::short`]: one byte of the key holds
/// the length.
const SHORT: usize = 15;

/// For each length up to [`SHORT`], the mask that keeps that many low bytes
/// of a 16-byte window: one load, where a shift of a `u128` by a variable
/// amount costs a dozen instructions and branches.
static KEEP: [u128; SHORT + 1] = {
    let mut masks = [0u128; SHORT + 1];
    let mut len = 1;
    while len <= SHORT {
        masks[len] = (1u128 << (8 * len)) - 1;
        len += 1;
    }
    masks
};

/// `word` (at most [`SHORT`] bytes) and its length as one key: its bytes
/// little-endian in the low fifteen, its length in the top one. Read as
/// two (for 4 to 15 bytes) overlapping loads: a copy of a slice of
/// variable length into a buffer is a `memcpy` call, some forty
/// instructions for a syllable.
#[inline]
fn packed(word: &[u8]) -> u128 {
    let n = word.len();
    debug_assert!(n <= SHORT);
    let (lo, hi) = if let (Some(first), Some(last)) = (word.first_chunk::<8>(), word.last_chunk::<8>()) {
        // Bytes 8..n are the top n - 8 of the last eight.
        let hi = if n > 8 { u64::from_le_bytes(*last) >> (8 * (16 - n)) } else { 0 };
        (u64::from_le_bytes(*first), hi)
    } else if let (Some(first), Some(last)) = (word.first_chunk::<4>(), word.last_chunk::<4>()) {
        // Bytes n - 4..n moved up to their place; the overlap is the same bytes.
        let last = u64::from(u32::from_le_bytes(*last)) << (8 * (n - 4));
        (u64::from(u32::from_le_bytes(*first)) | last, 0)
    } else {
        (word.iter().rev().fold(0u64, |acc, &b| (acc << 8) | u64::from(b)), 0)
    };
    (u128::from(hi | ((n as u64) << 56)) << 64) | u128::from(lo)
}

impl Default for Vocab {
    fn default() -> Self {
        // ID 0 is the unknown word: no text, no feature.
        Vocab {
            short: ShortTable::default(),
            long: HashMap::default(),
            words: vec!["".into()],
            feats: vec![Feat::NONE],
        }
    }
}

impl Vocab {
    /// The ID of `word` (lower case), adding it when new: one probe of
    /// the table for a short word, found or not.
    pub fn intern(&mut self, word: &str) -> WordId {
        if word.len() <= SHORT {
            let key = packed(word.as_bytes());
            match self.short.probe(key) {
                Ok(id) => id,
                Err(slot) => {
                    let id = self.add(word);
                    self.short.insert_at(slot, key, id);
                    id
                }
            }
        } else {
            if let Some(&id) = self.long.get(word.as_bytes()) {
                return id;
            }
            let id = self.add(word);
            self.long.insert(word.as_bytes().into(), id);
            id
        }
    }

    /// A new word's ID, with no feature yet (not yet in the tables).
    fn add(&mut self, word: &str) -> WordId {
        let id = self.words.len() as WordId;
        self.words.push(word.into());
        self.feats.push(Feat::NONE);
        id
    }

    /// The ID of `word` (lower case), or [`UNKNOWN`].
    #[inline]
    pub fn get(&self, word: &str) -> WordId {
        self.get_bytes(word.as_bytes())
    }

    /// The ID of the word whose UTF-8 bytes are `word`, or [`UNKNOWN`]:
    /// the token pass slices the lower-case text by bytes, with no check
    /// of char boundaries at every token.
    #[inline]
    pub fn get_bytes(&self, word: &[u8]) -> WordId {
        if word.len() <= SHORT {
            self.short.get(packed(word))
        } else {
            self.long.get(word).copied().unwrap_or(UNKNOWN)
        }
    }

    /// [`get_bytes`](Self::get_bytes)`(&text[range])`, for the token pass:
    /// where 16 bytes of `text` can be read from the word's start, its
    /// packed key is one 16-byte load with the bytes past the word masked
    /// off (no copy of a word of variable length, which costs a `memcpy`
    /// call per token).
    #[inline]
    pub fn get_in(&self, text: &[u8], range: std::ops::Range<usize>) -> WordId {
        let len = range.end.wrapping_sub(range.start);
        if len <= SHORT {
            // A window of 16 bytes from the start also holds the word's end.
            if let Some(window) = text.get(range.start..).and_then(|rest| rest.first_chunk::<16>()) {
                let key = (u128::from_le_bytes(*window) & KEEP[len]) | ((len as u128) << 120);
                return self.short.get(key);
            }
        }
        text.get(range).map_or(UNKNOWN, |word| self.get_bytes(word))
    }

    /// The features of a word.
    #[inline]
    pub fn feat(&self, id: WordId) -> Feat {
        self.feats.get(id as usize).copied().unwrap_or(Feat::NONE)
    }

    /// Gives `word` the feature `f` (interning it).
    pub fn mark(&mut self, word: &str, f: Feat) -> WordId {
        let id = self.intern(word);
        self.mark_id(id, f);
        id
    }

    /// Gives the word `id` the feature `f`.
    pub fn mark_id(&mut self, id: WordId, f: Feat) {
        if let Some(x) = self.feats.get_mut(id as usize) {
            x.0 |= f.0;
        }
    }

    /// Number of words, the unknown word included.
    pub fn len(&self) -> usize {
        self.words.len()
    }
}

#[cfg(test)]
mod tests {
    /// The look-up by range gives the look-up of the slice: every word of
    /// the vocabulary, and unknown ones, at the start, in the middle and at
    /// the end of a text (where fewer than 16 bytes follow), short and long.
    #[test]
    fn get_in_is_get_bytes_of_the_range() {
        let vocab = &crate::lexicon::DEFAULT.vocab;
        let mut words: Vec<&str> = vocab.words.iter().map(|w| &**w).step_by(7).collect();
        words.extend(["", "x", "khôngcótừnày", "nghiêng", "một hai ba bốn năm sáu"]);
        for w in words {
            for (before, after) in [("", ""), ("ông ", " và các bạn đang đọc"), ("ab", ""), ("", "!")] {
                let text = format!("{before}{w}{after}");
                let range = before.len()..before.len() + w.len();
                assert_eq!(vocab.get_in(text.as_bytes(), range), vocab.get_bytes(w.as_bytes()), "{text:?}");
            }
        }
        assert_eq!(vocab.get_in(b"abc", 2..5), super::UNKNOWN);
    }

    /// The look-up gives what a general map gives, for every word of the
    /// lexicon and for words not in it: the empty word, words of 15 and 16
    /// bytes (the two sides of the packed keys' limit), non-ASCII words,
    /// words that differ from a stored one in one byte or by a byte past
    /// their end.
    #[test]
    fn table_agrees_with_a_hash_map() {
        let vocab = &crate::lexicon::DEFAULT.vocab;
        let map: std::collections::HashMap<&str, super::WordId> =
            vocab.words.iter().enumerate().skip(1).map(|(id, w)| (&**w, id as super::WordId)).collect();
        let mut probes: Vec<String> = vocab.words.iter().map(|w| w.to_string()).collect();
        for w in &vocab.words {
            probes.push(format!("{w}x"));
            probes.push(format!("x{w}"));
            probes.extend(w.char_indices().next_back().map(|(i, _)| w[..i].to_string()));
        }
        probes.extend(
            [
                "",
                "a",
                "đ",
                "ngườiiiiiiiiii",
                "nghiêngnghiêng",
                "abcdefghijklmno",
                "abcdefghijklmnop",
                "ữữữữữ",
                "ữữữữữa",
                "\0",
            ]
            .map(String::from),
        );
        probes.push("\0".repeat(15));
        for p in &probes {
            let want = map.get(p.as_str()).copied().unwrap_or(super::UNKNOWN);
            assert_eq!(vocab.get(p), want, "{p:?}");
            assert_eq!(vocab.get_in(p.as_bytes(), 0..p.len()), want, "{p:?}");
        }
    }

    /// A table grown from empty by interning keeps every word (each growth
    /// moves the keys to new slots), the empty word included.
    #[test]
    fn interning_grows_the_table() {
        let mut vocab = super::Vocab::default();
        let words: Vec<String> = (0..5000).map(|i| format!("w{i}")).chain(["".into(), "x".repeat(40)]).collect();
        let ids: Vec<super::WordId> = words.iter().map(|w| vocab.intern(w)).collect();
        for (w, &id) in words.iter().zip(&ids) {
            assert_ne!(id, super::UNKNOWN);
            assert_eq!(vocab.get(w), id, "{w:?}");
            assert_eq!(vocab.intern(w), id, "{w:?}");
        }
        assert_eq!(vocab.get("w5000"), super::UNKNOWN);
        assert_eq!(vocab.len(), words.len() + 1);
    }

    /// The hash spreads the lexicon's words: a stored word is found after
    /// few slots on average (1 means no collision at all).
    #[test]
    fn words_are_spread() {
        let mean = crate::lexicon::DEFAULT.vocab.short.mean_probe();
        assert!(mean < 1.6, "mean probe {mean}");
    }

    /// `packed` gives the key a 16-byte buffer gives: the word's bytes
    /// from the lowest, its length in the top byte.
    #[test]
    fn packed_is_the_buffer_of_the_word_and_its_length() {
        let words = [
            "",
            "a",
            "ab",
            "abc",
            "abcd",
            "abcde",
            "abcdefg",
            "ủy",
            "nghiêng",
            "abcdefgh",
            "abcdefghi",
            "ữữữữữ",
            "abcdefghijklmno",
            "\0",
            "\0\0\0",
        ];
        for w in
            words.iter().map(|w| w.as_bytes()).chain(crate::lexicon::DEFAULT.vocab.words.iter().map(|w| w.as_bytes()))
        {
            if w.len() > super::SHORT {
                continue;
            }
            let mut buf = [0u8; 16];
            buf[..w.len()].copy_from_slice(w);
            buf[15] = w.len() as u8;
            assert_eq!(super::packed(w), u128::from_le_bytes(buf), "{w:?}");
        }
    }
}
