//! The word segmenter's model: the vocabulary as a trie over syllable ids,
//! each word's weight (a log-probability), and the name prefixes. Built once
//! from `data/segment_weights.tsv` and `data/name_prefixes.txt`.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use crate::normalize::{lower_char, ToneStyle};

const WEIGHTS: &str = include_str!("../../data/segment_weights.tsv");
const NAME_PREFIXES: &str = include_str!("../../data/name_prefixes.txt");
const RULES: &str = include_str!("../../data/segment_rules.tsv");
/// Terms that make a third-person pronoun with "ta" ("ông ta", "người ta").
const PRONOUN_HEADS: &str = include_str!("../../data/segment_pronouns.txt");
/// Vocabulary entries that are phrases of two words ("người dân"): left
/// out of the trie.
const PHRASES: &str = include_str!("../../data/segment_phrases.txt");
/// Words missing from the vocabulary ("vì sao"), with their counts: read
/// as more lines of the weights.
const EXTRA_WORDS: &str = include_str!("../../data/segment_words.tsv");
/// Head words of bodies' names ("Bộ", "Sở", "Ủy ban"): the first column.
const BODY_HEADS: &str = include_str!("../../data/org_heads.tsv");

/// The longest word, in syllables, the trie is walked for.
pub(crate) const MAX_SYLLABLES: usize = 6;

/// No syllable id: a syllable outside the vocabulary.
pub(crate) const NO_SYLLABLE: u32 = u32::MAX;

/// A rule's context: the syllable before the pair, the pair, the syllable
/// after it ([`NO_SYLLABLE`] where the rule does not look).
type Context = (u32, u32, u32, u32);

pub(crate) struct Model {
    /// Lower-case syllable (traditional tone placement) → id: those of at
    /// most 16 bytes (nearly all) packed into an integer, the others as text.
    short: FxHashMap<u128, Syllable>,
    /// `short` as an open-addressing table read by [`syllable_as_written`]
    /// (Self::syllable_as_written): key and value side by side, so that a
    /// look-up touches one cache line.
    table: SylTable,
    long: FxHashMap<Box<str>, Syllable>,
    /// Number of syllables interned.
    count: u32,
    /// The trie, nodes numbered breadth first (node 0 is the root), so that
    /// the children of a node are consecutive nodes: `nodes[n].first ..
    /// nodes[n + 1].first`, their syllables in `syls` (same index), sorted.
    /// A look-up below the root is a binary search in a few adjacent
    /// integers, not a hash probe. `nodes` ends with a sentinel.
    nodes: Vec<Node>,
    /// The syllable of each node (the root's: [`NO_SYLLABLE`]).
    syls: Vec<u32>,
    /// The root's children by syllable id (`u32::MAX`: none), the look-up
    /// made for every syllable.
    roots: Vec<u32>,
    /// Weight of a syllable or word never seen as a word.
    pub(crate) unknown: f32,
    /// Weight of a capitalised name (the share of names among words).
    pub(crate) name: f32,
    /// Name prefixes, by syllable id.
    prefix: Vec<bool>,
    /// One-syllable heads of bodies' names ("Bộ", "Sở", "Cục"), by syllable id.
    body_head: Vec<bool>,
    /// Terms that make a third-person pronoun with "ta" after them
    /// ("ông", "cô", "người"), by syllable id.
    pronoun_head: Vec<bool>,
    /// The id of "ta".
    pub(crate) ta: u32,
    /// What a syllable can be in a person's name, by syllable id:
    /// [`SURNAME`] and [`GIVEN`] bits.
    name_syl: Vec<u8>,
    /// Provinces' names of two syllables or more, as syllable ids.
    provinces: Vec<Box<[u32]>>,
    /// Corrections by pair (a << 32 | b): (left, right, joined) → joined
    /// after; `left` and `right` are [`NO_SYLLABLE`] where the rule does not
    /// look at them.
    rules: FxHashMap<u64, Vec<(u32, u32, bool, bool)>>,
    /// Whether any rule looks at the syllable before the pair, or after it.
    pub(crate) rules_left: bool,
    pub(crate) rules_right: bool,
    /// The id standing for any non-word in a rule's context ("<s>").
    pub(crate) not_word: u32,
}

/// What the look-up of one syllable gives: its id and its node under the
/// trie's root, together so that a syllable costs one memory access.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Syllable {
    /// The syllable's id ([`NO_SYLLABLE`]: not in the vocabulary).
    pub(crate) id: u32,
    /// The trie node of the words it begins ([`NO_NODE`]: none).
    pub(crate) root: u32,
}

/// Packed syllable keys → [`Syllable`], by linear probing in a table at
/// most half full.
#[derive(Default)]
struct SylTable {
    /// Key (two halves; zero: an empty slot, as no key is empty) and value.
    slots: Vec<([u64; 2], Syllable)>,
    /// `slots.len() - 1` (a power of two less one).
    mask: usize,
}

impl SylTable {
    fn new(entries: &FxHashMap<u128, Syllable>) -> SylTable {
        let size = (entries.len() * 2 + 1).next_power_of_two();
        let mut t = SylTable { slots: vec![([0, 0], Syllable::UNKNOWN); size], mask: size - 1 };
        for (&k, &v) in entries {
            let key = [k as u64, (k >> 64) as u64];
            let mut i = Self::slot(key) & t.mask;
            while t.slots[i].0 != [0, 0] {
                i = (i + 1) & t.mask;
            }
            t.slots[i] = (key, v);
        }
        t
    }

    /// The home slot of a key (before masking): a multiplicative hash.
    #[inline]
    fn slot(key: [u64; 2]) -> usize {
        let h = (key[0] ^ key[1].rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h >> 32) as usize
    }

    #[inline]
    fn get(&self, k: u128) -> Syllable {
        let key = [k as u64, (k >> 64) as u64];
        if key == [0, 0] || self.slots.is_empty() {
            return Syllable::UNKNOWN;
        }
        let mut i = Self::slot(key) & self.mask;
        loop {
            let (sk, v) = self.slots[i];
            if sk == key {
                return v;
            }
            if sk == [0, 0] {
                return Syllable::UNKNOWN;
            }
            i = (i + 1) & self.mask;
        }
    }
}

/// One trie node.
#[derive(Clone, Copy)]
struct Node {
    /// Weight of the word ending here (`f32::NEG_INFINITY`: none).
    weight: f32,
    /// The first of its children.
    first: u32,
}

/// A surname ("Nguyễn", "Lê"): `data/surnames.txt`.
const SURNAME: u8 = 1;
/// A syllable of middle and given names ("Văn", "Thị", "Hùng"):
/// `data/given_names.txt`.
const GIVEN: u8 = 2;

/// No trie node.
pub(crate) const NO_NODE: u32 = u32::MAX;

impl Syllable {
    /// A syllable outside the vocabulary.
    pub(crate) const UNKNOWN: Syllable = Syllable { id: NO_SYLLABLE, root: NO_NODE };
}

pub(crate) static MODEL: LazyLock<Model> = LazyLock::new(|| {
    let mut m = Model::parse(WEIGHTS, EXTRA_WORDS, NAME_PREFIXES, BODY_HEADS, RULES, PHRASES);
    m.add_pronoun_heads(PRONOUN_HEADS);
    m.add_names(crate::data::SURNAMES, crate::data::GIVEN_NAMES, crate::data::PROVINCES);
    m
});

/// The key of one syllable or word: NFC, traditional tone placement, lower case.
fn key(s: &str) -> String {
    crate::data::lower(&crate::normalize::normalized(s, ToneStyle::Traditional))
}

/// A text of at most 16 bytes as one integer (zero-padded; text never holds
/// NUL here), for hashing without comparing strings.
fn pack(s: &str) -> Option<u128> {
    let b = s.as_bytes();
    if b.len() > 16 {
        return None;
    }
    let mut buf = [0u8; 16];
    buf[..b.len()].copy_from_slice(b);
    Some(u128::from_le_bytes(buf))
}

impl Model {
    /// `phrases`: entries of `weights` that are not words (one a line, `#`
    /// comments), left out of the vocabulary; their syllables stay words.
    /// `extra`: more entries in the format of `weights`, without totals.
    fn parse(weights: &str, extra: &str, prefixes: &str, body_heads: &str, rules: &str, phrases: &str) -> Model {
        let phrases: Vec<String> = phrases
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| key(&l.split_whitespace().collect::<Vec<_>>().join(" ")))
            .collect();
        let mut total = 0f64;
        let mut names = 0f64;
        let mut entries: FxHashMap<String, f64> = FxHashMap::default();
        for line in weights.lines().chain(extra.lines()) {
            let line = line.trim_end_matches('\r');
            if let Some(rest) = line.strip_prefix('#') {
                let mut f = rest.trim().split('\t');
                match (f.next(), f.next().and_then(|n| n.trim().parse::<f64>().ok())) {
                    (Some("total"), Some(n)) => total = n,
                    (Some("names"), Some(n)) => names = n,
                    _ => {}
                }
                continue;
            }
            let mut f = line.split('\t');
            let (Some(word), Some(count)) = (f.next(), f.next().and_then(|c| c.trim().parse::<f64>().ok())) else {
                continue;
            };
            let k = key(word.trim());
            if !k.is_empty() && !phrases.contains(&k) {
                *entries.entry(k).or_default() += count;
            }
        }
        let total = total.max(1.0);
        let mut m = Model {
            short: FxHashMap::default(),
            table: SylTable::default(),
            long: FxHashMap::default(),
            count: 0,
            nodes: Vec::new(),
            syls: Vec::new(),
            roots: Vec::new(),
            unknown: (0.5 / total).ln() as f32,
            name: ((names.max(1.0)) / total).ln() as f32,
            prefix: Vec::new(),
            body_head: Vec::new(),
            pronoun_head: Vec::new(),
            ta: NO_SYLLABLE,
            name_syl: Vec::new(),
            provinces: Vec::new(),
            rules: FxHashMap::default(),
            rules_left: false,
            rules_right: false,
            not_word: 0,
        };
        m.not_word = m.intern("<s>");
        // The most frequent words first, so that the syllables and trie
        // nodes of running text get small ids, close together in memory.
        let mut sorted: Vec<_> = entries.into_iter().collect();
        sorted.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        // The trie as it is built: (node << 32 | syllable id) → child, and
        // the weight of each node.
        let mut children: FxHashMap<u64, u32> = FxHashMap::default();
        let mut weight = vec![f32::NEG_INFINITY];
        for (word, count) in sorted {
            if word.split(' ').count() > MAX_SYLLABLES {
                continue;
            }
            let mut node = 0u32;
            for syl in word.split(' ') {
                let id = m.intern(syl);
                let next = weight.len() as u32;
                node = *children.entry((node as u64) << 32 | id as u64).or_insert_with(|| next);
                if node == next {
                    weight.push(f32::NEG_INFINITY);
                }
            }
            weight[node as usize] = ((count + 0.5) / total).ln() as f32;
        }
        for line in prefixes.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
            let id = m.intern(&key(line));
            m.prefix[id as usize] = true;
        }
        for line in body_heads.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
            let head = key(line.split('\t').next().unwrap_or("").trim());
            if !head.is_empty() && !head.contains(' ') {
                let id = m.intern(&head);
                m.body_head[id as usize] = true;
            }
        }
        // A rule may not join the two syllables of a phrase.
        let phrase_pairs: Vec<(u32, u32)> = phrases
            .iter()
            .filter_map(|p| p.split_once(' ').filter(|(_, b)| !b.contains(' ')))
            .map(|(a, b)| (m.intern(a), m.intern(b)))
            .collect();
        for line in rules.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
            if let Some((key, from, to)) = m.parse_rule(line) {
                let (left, a, b, right) = key;
                if to && phrase_pairs.contains(&(a, b)) {
                    continue;
                }
                m.rules_left |= left != NO_SYLLABLE;
                m.rules_right |= right != NO_SYLLABLE;
                m.rules.entry((a as u64) << 32 | b as u64).or_default().push((left, right, from, to));
            }
        }
        m.flatten(&children, &weight);
        m.roots = vec![NO_NODE; m.count as usize];
        for node in m.nodes[0].first..m.nodes[1].first {
            m.roots[m.syls[node as usize] as usize] = node;
        }
        let roots = &m.roots;
        for syl in m.short.values_mut().chain(m.long.values_mut()) {
            syl.root = roots[syl.id as usize];
        }
        m.table = SylTable::new(&m.short);
        m
    }

    /// Reads the terms that make a third-person pronoun with "ta" (one a
    /// line, `#` comments). Called once the vocabulary is read: a term
    /// outside it is not interned, as no text's syllable could have its id.
    fn add_pronoun_heads(&mut self, list: &str) {
        self.ta = self.syllable_key("ta");
        for line in list.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
            let id = self.syllable_key(&key(line));
            if let Some(flag) = self.pronoun_head.get_mut(id as usize) {
                *flag = true;
            }
        }
    }

    /// Reads the syllables of persons' names (surnames, one a line; given
    /// names, the first column) and provinces' names (the first column of
    /// `provinces.tsv`), for telling two names side by side from one. A
    /// syllable outside the vocabulary has no id and is left out; so is a
    /// province's name with a syllable outside it.
    fn add_names(&mut self, surnames: &str, given: &str, provinces: &str) {
        self.name_syl = vec![0; self.count as usize];
        fn lines(src: &str) -> impl Iterator<Item = &str> {
            src.lines()
                .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
                .map(|l| l.split('\t').next().unwrap_or("").trim())
        }
        let name_syl = |m: &mut Model, word: &str, bit: u8| {
            let id = m.syllable_key(&key(word));
            if let Some(flag) = m.name_syl.get_mut(id as usize) {
                *flag |= bit;
            }
        };
        for s in lines(surnames).filter(|s| !s.contains(' ')) {
            name_syl(self, s, SURNAME);
        }
        for s in lines(given) {
            name_syl(self, s, GIVEN);
        }
        for name in lines(provinces) {
            let ids: Vec<u32> = name.split_whitespace().map(|s| self.syllable_key(&key(s))).collect();
            if ids.len() >= 2 && !ids.contains(&NO_SYLLABLE) && !self.provinces.iter().any(|p| **p == ids[..]) {
                self.provinces.push(ids.into());
            }
        }
    }

    /// Whether `syl` is a surname.
    pub(crate) fn is_surname(&self, syl: u32) -> bool {
        self.name_syl.get(syl as usize).is_some_and(|&f| f & SURNAME != 0)
    }

    /// Whether `syl` is a syllable of middle or given names.
    pub(crate) fn is_given(&self, syl: u32) -> bool {
        self.name_syl.get(syl as usize).is_some_and(|&f| f & GIVEN != 0)
    }

    /// Whether `syls` is a province's name ("Hà Nội", "Lâm Đồng").
    pub(crate) fn is_province(&self, syls: &[u32]) -> bool {
        self.provinces.iter().any(|p| **p == *syls)
    }

    /// The id of a lower-case key ([`NO_SYLLABLE`] if none).
    fn syllable_key(&self, lower: &str) -> u32 {
        match pack(lower) {
            Some(k) => self.short.get(&k),
            None => self.long.get(lower),
        }
        .map_or(NO_SYLLABLE, |s| s.id)
    }

    /// Whether `syl` makes a third-person pronoun with "ta" after it.
    pub(crate) fn is_pronoun_head(&self, syl: u32) -> bool {
        self.pronoun_head.get(syl as usize).copied().unwrap_or(false)
    }

    /// Numbers the trie's nodes breadth first, each node's children in the
    /// order of their syllables, into `nodes` and `syls`.
    fn flatten(&mut self, children: &FxHashMap<u64, u32>, weight: &[f32]) {
        let mut kids: Vec<Vec<(u32, u32)>> = vec![Vec::new(); weight.len()];
        for (&k, &child) in children {
            kids[(k >> 32) as usize].push(((k & 0xFFFF_FFFF) as u32, child));
        }
        // Old node ids in the new order; a node's new id is its position.
        let mut order = vec![0u32];
        self.syls = vec![NO_SYLLABLE];
        self.nodes = Vec::with_capacity(weight.len() + 1);
        let mut head = 0;
        while head < order.len() {
            let old = order[head] as usize;
            head += 1;
            self.nodes.push(Node { weight: weight[old], first: order.len() as u32 });
            kids[old].sort_unstable();
            for &(syl, child) in &kids[old] {
                order.push(child);
                self.syls.push(syl);
            }
        }
        self.nodes.push(Node { weight: f32::NEG_INFINITY, first: order.len() as u32 });
    }

    /// "lần thứ | ba<TAB>join<TAB>split": the context's syllables around the
    /// boundary "|", at most one on either side of the pair.
    fn parse_rule(&mut self, line: &str) -> Option<(Context, bool, bool)> {
        let mut f = line.split('\t');
        let (ctx, from, to) = (f.next()?, f.next()?.trim(), f.next()?.trim());
        let decision = |s: &str| match s {
            "join" => Some(true),
            "split" => Some(false),
            _ => None,
        };
        let (from, to) = (decision(from)?, decision(to)?);
        let (before, after) = ctx.split_once('|')?;
        let before: Vec<&str> = before.split_whitespace().collect();
        let after: Vec<&str> = after.split_whitespace().collect();
        let mut id = |s: &str| if s == "<s>" { self.not_word } else { self.intern(&key(s)) };
        let (left, a) = match before[..] {
            [a] => (NO_SYLLABLE, id(a)),
            [l, a] => (id(l), id(a)),
            _ => return None,
        };
        let (b, right) = match after[..] {
            [b] => (id(b), NO_SYLLABLE),
            [b, r] => (id(b), id(r)),
            _ => return None,
        };
        Some(((left, a, b, right), from, to))
    }

    /// The correction for the boundary between syllables `a` and `b` (with
    /// `left` before and `right` after them) where the lattice `joined` them
    /// or not: the more specific context first.
    pub(crate) fn rule(&self, left: u32, a: u32, b: u32, right: u32, joined: bool) -> Option<bool> {
        let rules = self.rules.get(&((a as u64) << 32 | b as u64))?;
        let find = |l: u32, r: u32| rules.iter().find(|x| x.0 == l && x.1 == r && x.2 == joined).map(|x| x.3);
        find(left, NO_SYLLABLE).or_else(|| find(NO_SYLLABLE, right)).or_else(|| find(NO_SYLLABLE, NO_SYLLABLE))
    }

    fn intern(&mut self, syl: &str) -> u32 {
        let id = self.count;
        let new = Syllable { id, root: NO_NODE };
        let found = match pack(syl) {
            Some(k) => self.short.entry(k).or_insert(new).id,
            None => self.long.entry(syl.into()).or_insert(new).id,
        };
        if found == id {
            self.count += 1;
            self.prefix.push(false);
            self.body_head.push(false);
            self.pronoun_head.push(false);
        }
        found
    }

    /// The id of a lower-case syllable key.
    #[cfg(test)]
    pub(crate) fn syllable(&self, lower: &str) -> u32 {
        self.syllable_key(lower)
    }

    /// The id of a syllable as written ("Hà", "NỘI"): its lower-case key is
    /// packed straight into the integer the map is keyed by, without
    /// building a string (`scratch` is used for the rare syllable of more
    /// than 16 bytes). Same result as [`syllable`](Self::syllable) of the
    /// lower-cased text.
    ///
    /// `lower`: the tokeniser found no upper-case letter in `word`
    /// ([`Shape::Lower`](super::Shape::Lower)). Then lower-casing could only
    /// change a title-case letter ("ǅ") or an upper-case char that is not a
    /// letter, whose lower-case forms are in no key (a test checks the
    /// shipped data), so the bytes are the key as they are.
    pub(crate) fn syllable_as_written(&self, word: &str, lower: bool, scratch: &mut String) -> Syllable {
        let b = word.as_bytes();
        if lower && b.len() <= 16 {
            let mut buf = [0u8; 16];
            for (d, &s) in buf.iter_mut().zip(b) {
                *d = s;
            }
            return self.table.get(u128::from_le_bytes(buf));
        }
        if b.len() <= 16 {
            let mut buf = [0u8; 16];
            let mut i = 0;
            while i < b.len() {
                if b[i] < 0x80 {
                    buf[i] = b[i].to_ascii_lowercase();
                    i += 1;
                    continue;
                }
                let Some(c) = word[i..].chars().next() else { break };
                let (lower, len) = (lower_char(c), c.len_utf8());
                // lower_char keeps a char's UTF-8 length; checked all the same.
                if lower.len_utf8() != len {
                    return self.syllable_slow(word, scratch);
                }
                lower.encode_utf8(&mut buf[i..i + len]);
                i += len;
            }
            return self.table.get(u128::from_le_bytes(buf));
        }
        self.syllable_slow(word, scratch)
    }

    /// [`syllable_as_written`](Self::syllable_as_written) through a string.
    fn syllable_slow(&self, word: &str, scratch: &mut String) -> Syllable {
        scratch.clear();
        scratch.extend(word.chars().map(lower_char));
        match pack(scratch) {
            Some(k) => self.short.get(&k),
            None => self.long.get(scratch.as_str()),
        }
        .copied()
        .unwrap_or(Syllable::UNKNOWN)
    }

    /// The trie node after `syl` from `node` (0: the root).
    pub(crate) fn child(&self, node: u32, syl: u32) -> Option<u32> {
        if node == 0 {
            return self.roots.get(syl as usize).copied().filter(|&n| n != u32::MAX);
        }
        if syl == NO_SYLLABLE {
            return None;
        }
        let (first, end) = (self.nodes[node as usize].first, self.nodes.get(node as usize + 1)?.first);
        let kids = &self.syls[first as usize..end as usize];
        kids.binary_search(&syl).ok().map(|i| first + i as u32)
    }

    /// The weight of the word ending at `node`, if one does.
    pub(crate) fn weight(&self, node: u32) -> Option<f32> {
        Some(self.nodes[node as usize].weight).filter(|w| w.is_finite())
    }

    /// Whether `syl` is a one-syllable head of bodies' names ("Bộ", "Sở").
    pub(crate) fn is_body_head(&self, syl: u32) -> bool {
        self.body_head.get(syl as usize).copied().unwrap_or(false)
    }

    /// Whether a capitalised `syl` at a sentence's start is more likely the
    /// sentence's capital before a name than the name's first syllable.
    pub(crate) fn is_prefix(&self, syl: u32) -> bool {
        self.prefix.get(syl as usize).copied().unwrap_or(false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_weights_and_prefixes() {
        let m = Model::parse(
            "# total\t100\n# names\t10\nnhà\t20\nhàng\t5\nnhà hàng\t7\nhàng xóm\t0\nhàng nhà\t3\n",
            "# more\nnhà xóm\t2\n",
            "ông\n",
            "# head\tkind\nBộ\tministry\nỦy ban\tcommittee\n",
            "# rules\nnhà | hàng\tjoin\tsplit\nsang nhà | hàng\tsplit\tjoin\nnhà | hàng <s>\tjoin\tjoin\nbad line\nhàng | nhà\tsplit\tjoin\n",
            "# phrases\nHàng  nhà\n",
        );
        let nha = m.syllable("nhà");
        let hang = m.syllable("hàng");
        let n1 = m.child(0, nha).expect("nhà");
        assert!((m.weight(n1).unwrap() - (20.5f32 / 100.0).ln()).abs() < 1e-5);
        let n2 = m.child(n1, hang).expect("nhà hàng");
        assert!(m.weight(n2).is_some());
        let xom = m.child(m.child(0, hang).unwrap(), m.syllable("xóm")).unwrap();
        assert!(m.weight(xom).unwrap() < m.weight(n2).unwrap(), "an unseen word weighs less");
        let nx = m.child(n1, m.syllable("xóm")).expect("an extra word");
        assert!((m.weight(nx).unwrap() - (2.5f32 / 100.0).ln()).abs() < 1e-5);
        assert_eq!(m.child(m.child(0, hang).unwrap(), nha), None, "a phrase is not in the vocabulary");
        assert_eq!(m.rule(m.not_word, hang, nha, m.not_word, false), None, "nor joined by a rule");
        assert!(m.is_prefix(m.syllable("ông")));
        assert!(!m.is_prefix(nha));
        assert!(m.is_body_head(m.syllable("bộ")) && !m.is_body_head(m.syllable("ủy")));
        let (sang, x, s) = (m.syllable("sang"), m.syllable("xóm"), m.not_word);
        assert_eq!(m.rule(x, nha, hang, x, true), Some(false), "bigram rule");
        assert_eq!(m.rule(sang, nha, hang, x, false), Some(true), "left context");
        assert_eq!(m.rule(x, nha, hang, s, true), Some(true), "right context before the bigram");
        assert_eq!(m.rule(x, nha, hang, x, false), None);
        assert_eq!(m.syllable("xyz"), NO_SYLLABLE);
        let mut scratch = String::new();
        for (written, key) in [("Nhà", "nhà"), ("HÀNG", "hàng"), ("nhà", "nhà"), ("XYZ", "xyz")] {
            let syl = m.syllable_as_written(written, false, &mut scratch);
            if written == key {
                assert_eq!(m.syllable_as_written(written, true, &mut scratch), syl);
            }
            assert_eq!(syl.id, m.syllable(key), "{written}");
            assert_eq!(Some(syl.root).filter(|&r| r != NO_NODE), m.child(0, syl.id), "{written}");
        }
        assert!((m.name - 0.1f32.ln()).abs() < 1e-5);
    }

    #[test]
    fn shipped_model_loads() {
        let m = &*MODEL;
        let id = m.syllable("tổ");
        let node = m.child(m.child(0, id).unwrap(), m.syllable("chức")).unwrap();
        assert!(m.weight(node).is_some(), "tổ chức is a word");
        assert!(m.is_prefix(m.syllable("ông")));
        assert!(m.is_pronoun_head(m.syllable("người")) && m.ta == m.syllable("ta"));
        assert!(!m.is_pronoun_head(m.syllable("con")));
        assert!(m.is_surname(m.syllable("nguyễn")) && !m.is_surname(m.syllable("nhà")));
        assert!(m.is_given(m.syllable("văn")) && !m.is_given(m.syllable("của")));
        assert!(m.is_province(&[m.syllable("hà"), m.syllable("nội")]));
        assert!(m.is_province(&[m.syllable("thừa"), m.syllable("thiên"), m.syllable("huế")]));
        assert!(!m.is_province(&[m.syllable("nội"), m.syllable("hà")]));
    }

    /// What lets [`Model::syllable_as_written`] take a word without upper
    /// case letters as its key: lower-casing such a word changes only its
    /// title-case letters ("ǅ" → "ǆ") and upper-case chars that are not
    /// letters, and no key holds what they become.
    #[test]
    fn no_key_holds_a_lowered_title_case_letter() {
        let m = &*MODEL;
        let lowered: Vec<char> = (0..=0x10FFFFu32)
            .filter_map(char::from_u32)
            // Upper-case letters make a word's shape other than lower case;
            // any other char that lower-casing changes may be in one.
            .filter(|&c| !(c.is_uppercase() && crate::normalize::is_letter(c)) && lower_char(c) != c)
            .map(lower_char)
            .collect();
        assert!(lowered.contains(&'ǆ'), "{lowered:?}");
        let keys = m.short.keys().map(|k| {
            let bytes = k.to_le_bytes();
            let n = bytes.iter().position(|&b| b == 0).unwrap_or(16);
            String::from_utf8_lossy(&bytes[..n]).into_owned()
        });
        for key in keys.chain(m.long.keys().map(|k| k.to_string())) {
            assert!(!key.contains(&lowered[..]), "{key}");
        }
    }
}
