//! Phrase tables as tries over word IDs: the longest entry spelled by the
//! tokens from a position is one hash probe per word, whatever the size of
//! the table. The edges live in an open-addressing table of their own
//! ([`Edges`]): a probe is a multiply, a shift and (nearly always) one
//! compare, where a general hash map spends several times that on its
//! control bytes.

use super::vocab::{Feat, Vocab, WordId};
use crate::tokenize::tokenize;

/// What lies between a token and the one before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Gap {
    /// Nothing: "TP" "." "HCM" in "TP.HCM".
    Glued,
    /// Exactly one space.
    Space,
    /// Anything else: several spaces, a line break, the start of the text.
    Other,
}

const NO_ENTRY: u32 = u32::MAX;

/// The trie's edges: packed edge key ([`edge`]) → child node and the
/// entry ending at that child, by linear probing in a power-of-two table at
/// most half full. A child is never the root (node 0), so 0 marks an empty
/// slot.
#[derive(Clone, Debug)]
struct Edges {
    /// Keys, children and their entries side by side: a step of a walk
    /// reads one slot (the entry fills what was the padding of a key and a
    /// child, where a table by node took a second load per step).
    slots: Vec<Slot>,
    /// `64 - log2(slots.len())`: the hash's top bits index a slot.
    shift: u32,
    /// Slots in use.
    used: usize,
}

/// One slot of [`Edges`]: an edge's key, its child and the entry ending at
/// the child ([`NO_ENTRY`] when none); all zero when empty.
#[derive(Clone, Copy, Debug, Default)]
struct Slot {
    key: u64,
    child: u32,
    entry: u32,
}

/// Slots of a new edge table (a power of two).
const FIRST_EDGE_SLOTS: usize = 8;

impl Edges {
    fn with_slots(n: usize) -> Edges {
        debug_assert!(n.is_power_of_two() && n >= 2);
        Edges { slots: vec![Slot::default(); n], shift: 64 - n.trailing_zeros(), used: 0 }
    }

    /// The home slot of `key`: times an odd constant (the golden ratio's),
    /// top bits (Fibonacci hashing mixes the node, word and glue bits that
    /// [`edge`] packs into different places).
    #[inline(always)]
    fn home(&self, key: u64) -> usize {
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    /// The slot of `key`'s edge, if there is one.
    fn find(&self, key: u64) -> Option<usize> {
        let mask = self.slots.len() - 1;
        let mut i = self.home(key);
        loop {
            let slot = &self.slots[i];
            if slot.child == 0 {
                return None;
            }
            if slot.key == key {
                return Some(i);
            }
            i = (i + 1) & mask;
        }
    }

    /// The child along `key` and the entry ending there.
    #[inline(always)]
    fn get(&self, key: u64) -> Option<(u32, u32)> {
        let mask = self.slots.len() - 1;
        let mut i = self.home(key);
        loop {
            let slot = self.slots[i];
            if slot.child == 0 {
                return None;
            }
            if slot.key == key {
                return Some((slot.child, slot.entry));
            }
            i = (i + 1) & mask;
        }
    }

    /// Stores `child` (not the root) along `key`, which is not in the
    /// table, with no entry ending there yet.
    fn insert(&mut self, key: u64, child: u32) {
        self.insert_slot(Slot { key, child, entry: NO_ENTRY });
    }

    /// Stores `slot` (whose key is not in the table), doubling the table
    /// when it would be more than half full.
    fn insert_slot(&mut self, slot: Slot) {
        debug_assert!(slot.child != 0);
        if 2 * (self.used + 1) > self.slots.len() {
            let old = std::mem::replace(self, Edges::with_slots(2 * self.slots.len()));
            for s in old.slots {
                if s.child != 0 {
                    self.insert_slot(s);
                }
            }
        }
        let mask = self.slots.len() - 1;
        let mut i = self.home(slot.key);
        while self.slots[i].child != 0 {
            i = (i + 1) & mask;
        }
        self.slots[i] = slot;
        self.used += 1;
    }

    /// The walk of [`Phrases::longest`] on from its first word `ids[i]`,
    /// whose edge from the root leads to `node`, with `entry` ending
    /// there: the number of words of the longest entry spelled by
    /// `ids[i..]` and its index (0 words when none, and when `i` is past
    /// the end of `gaps`).
    #[inline]
    fn walk(&self, ids: &[WordId], gaps: &[Gap], i: usize, node: u32, entry: u32) -> (usize, u32) {
        let mut best = (0, NO_ENTRY);
        self.walk_each(ids, gaps, i, node, entry, |n, e| best = (n, e));
        best
    }

    /// The same walk, calling `f(n, index)` for each entry spelled by
    /// `ids[i..i + n]`, shorter first (nothing when `i` is past the end of
    /// `gaps`).
    ///
    /// Both slices are cut to their common length first, so that reading
    /// them below it needs no bounds check.
    #[inline(always)]
    fn walk_each(
        &self,
        ids: &[WordId],
        gaps: &[Gap],
        i: usize,
        mut node: u32,
        mut entry: u32,
        mut f: impl FnMut(usize, u32),
    ) {
        let n = ids.len().min(gaps.len());
        if i >= n {
            // Past the words that have a gap: no word to read.
            return;
        }
        let (ids, gaps) = (&ids[..n], &gaps[..n]);
        let mut k = i + 1;
        loop {
            if entry != NO_ENTRY {
                f(k - i, entry);
            }
            if k >= n {
                break;
            }
            let glued = match gaps[k] {
                Gap::Glued => true,
                Gap::Space => false,
                Gap::Other => break,
            };
            let Some((child, e)) = self.get(edge(node, ids[k], glued)) else { break };
            (node, entry) = (child, e);
            k += 1;
        }
    }

    /// Records `entry` as the one ending at the child along `key`.
    fn set_entry(&mut self, key: u64, entry: u32) {
        if let Some(i) = self.find(key) {
            self.slots[i].entry = entry;
        }
    }
}

/// Exact look-up of an entry by its key: an open-addressing table of
/// entry indices, each beside its key's hash, compared with the entry's
/// own key (the table holds no second copy of the keys). Power-of-two
/// slots at most half full, linear probing; [`NO_ENTRY`] marks an empty
/// slot.
#[derive(Clone, Debug)]
struct KeyIndex {
    slots: Vec<(u64, u32)>,
    /// `64 - log2(slots.len())`: the hash's top bits index a slot.
    shift: u32,
    /// Slots in use.
    used: usize,
}

impl KeyIndex {
    fn with_slots(n: usize) -> KeyIndex {
        debug_assert!(n.is_power_of_two() && n >= 2);
        KeyIndex { slots: vec![(0, NO_ENTRY); n], shift: 64 - n.trailing_zeros(), used: 0 }
    }

    #[inline]
    fn hash(key: &str) -> u64 {
        use std::hash::BuildHasher;
        rustc_hash::FxBuildHasher.hash_one(key)
    }

    /// The first slot to look at for `hash`.
    #[inline]
    fn home(&self, hash: u64) -> usize {
        (hash.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    /// The index of the entry whose key is `key`.
    #[inline]
    fn get<T>(&self, entries: &[(String, T)], key: &str) -> Option<u32> {
        self.probe(entries, key, KeyIndex::hash(key)).ok()
    }

    /// The entry whose key is `key` (of hash `hash`), or the empty slot
    /// where the probe for it ends.
    #[inline(always)]
    fn probe<T>(&self, entries: &[(String, T)], key: &str, hash: u64) -> Result<u32, usize> {
        let mask = self.slots.len() - 1;
        let mut i = self.home(hash);
        loop {
            let (h, e) = self.slots[i];
            if e == NO_ENTRY {
                return Err(i);
            }
            if h == hash && entries[e as usize].0 == key {
                return Ok(e);
            }
            i = (i + 1) & mask;
        }
    }

    /// Records `entry` under `key` unless some entry has that key already
    /// (the first one stays the one found).
    fn insert_first<T>(&mut self, entries: &[(String, T)], key: &str, entry: u32) {
        if 2 * (self.used + 1) > self.slots.len() {
            self.grow();
        }
        let hash = KeyIndex::hash(key);
        if let Err(i) = self.probe(entries, key, hash) {
            self.slots[i] = (hash, entry);
            self.used += 1;
        }
    }

    /// Doubles the table, moving each index by its stored hash.
    fn grow(&mut self) {
        let old = std::mem::replace(self, KeyIndex::with_slots(2 * self.slots.len()));
        let mask = self.slots.len() - 1;
        for (hash, e) in old.slots {
            if e != NO_ENTRY {
                let mut i = self.home(hash);
                while self.slots[i].1 != NO_ENTRY {
                    i = (i + 1) & mask;
                }
                self.slots[i] = (hash, e);
            }
        }
        self.used = old.used;
    }
}

/// True when `key` is letters in words parted by single spaces, with no
/// space at either end: nearly every key, cut on its spaces with no
/// tokeniser run and no list of its words built.
fn is_plain(key: &str) -> bool {
    let mut after_space = true;
    for c in key.chars() {
        if c == ' ' {
            if after_space {
                return false;
            }
            after_space = true;
        } else if crate::normalize::is_letter(c) {
            after_space = false;
        } else {
            return false;
        }
    }
    // Not after a space: no space at the end (nor an empty key's start).
    !after_space || key.is_empty()
}

/// The words of a key as the tokeniser cuts text, each with whether it is
/// glued to the word before: for keys that are not [plain](is_plain).
fn tokenised_words(key: &str) -> Vec<(&str, bool)> {
    let mut last_end = None;
    tokenize(key)
        .into_iter()
        .map(|t| {
            let glued = last_end == Some(t.start());
            last_end = Some(t.end());
            (&key[t.range()], glued)
        })
        .collect()
}

/// The words of a key as the tokeniser cuts text, each with whether it is
/// glued to the word before (the reference for the split in
/// [`Phrases::push`]).
#[cfg(test)]
fn words_of(key: &str) -> Vec<(&str, bool)> {
    if is_plain(key) {
        return key.split(' ').map(|w| (w, false)).collect();
    }
    tokenised_words(key)
}

/// The key of the edge from `node` by the word `id`, `glued` to the word
/// before or not.
#[inline(always)]
fn edge(node: u32, id: WordId, glued: bool) -> u64 {
    (u64::from(node) << 33) | (u64::from(id) << 1) | u64::from(glued)
}

/// Entries keyed by lower-case phrases, each word an edge of a trie.
#[derive(Clone, Debug)]
pub(crate) struct Phrases<T> {
    entries: Vec<(String, T)>,
    /// (node, word, glued to the word before) → child node; node 0 is the
    /// root. Keyed by the three packed in one integer ([`edge`]).
    edges: Edges,
    /// For each node, the entry ending there (the edge into the node holds
    /// it too, for the walks: this one serves [`push`](Self::push)).
    terminal: Vec<u32>,
    /// Exact look-up by key.
    by_key: KeyIndex,
    /// The feature given to the first word of every entry.
    first: Feat,
}

impl<T> Phrases<T> {
    /// An empty table whose entries' first words get the feature `first`.
    pub fn empty(first: Feat) -> Phrases<T> {
        Phrases {
            entries: Vec::new(),
            edges: Edges::with_slots(FIRST_EDGE_SLOTS),
            terminal: vec![NO_ENTRY],
            by_key: KeyIndex::with_slots(FIRST_EDGE_SLOTS),
            first,
        }
    }

    /// An empty table sized for `n` entries: each distinct key ends at a
    /// node of its own, with an edge into it, so `n` entries take at least
    /// `n` edges (and the edge table that many slots twice over) unless
    /// keys repeat. Sized once, the tables are not grown step by step from
    /// 8 slots, each step a new zeroed table and every edge moved.
    pub fn with_capacity(first: Feat, n: usize) -> Phrases<T> {
        let slots = (2 * (n + 1)).next_power_of_two().max(FIRST_EDGE_SLOTS);
        let mut terminal = Vec::with_capacity(n + 1);
        terminal.push(NO_ENTRY);
        Phrases {
            entries: Vec::with_capacity(n),
            edges: Edges::with_slots(slots),
            terminal,
            by_key: KeyIndex::with_slots(slots),
            first,
        }
    }

    /// A table of `entries` (lower-case keys), words interned in `vocab`.
    pub fn new(entries: Vec<(String, T)>, vocab: &mut Vocab, first: Feat) -> Phrases<T> {
        let mut p = Phrases::with_capacity(first, entries.len());
        for (k, v) in entries {
            p.push(vocab, k, v);
        }
        p
    }

    /// Adds an entry. When the key is already there, the first entry stays
    /// the one found. The steps: the key's words become a path of the trie
    /// ([`add_path`](Self::add_path)), the path's end records the entry
    /// unless another ends there already, and the key indexes the entry
    /// unless another has it.
    pub fn push(&mut self, vocab: &mut Vocab, key: String, value: T) {
        let (node, into) = self.add_path(vocab, &key, self.first);
        self.record(node, into, key, value);
    }

    /// Records the entry (`key`, `value`) as the one ending at `node`
    /// (reached along the edge `into`) unless another ends there already,
    /// and under `key` unless another has it.
    fn record(&mut self, node: u32, into: u64, key: String, value: T) {
        let idx = self.entries.len() as u32;
        if node != 0 && self.terminal[node as usize] == NO_ENTRY {
            self.terminal[node as usize] = idx;
            self.edges.set_entry(into, idx);
        }
        self.by_key.insert_first(&self.entries, &key, idx);
        self.entries.push((key, value));
    }

    /// Walks (and where missing adds) the path that spells `key`, its
    /// words interned in `vocab`, the first one marked with `first` (the
    /// table's feature, but for [`push_merged`](Self::push_merged)): the node at the end and the key of the edge into it (the
    /// root and 0 for a key of no word). A key of letters and single
    /// spaces (nearly all) is cut on its spaces; any other, as the
    /// tokeniser cuts text ("tp. hcm": "tp" "." "hcm", the dot glued).
    fn add_path(&mut self, vocab: &mut Vocab, key: &str, first: Feat) -> (u32, u64) {
        let mut at = (0u32, 0u64);
        if is_plain(key) {
            // Cut at each space byte (a `split(' ')` calls `memchr` for
            // each word: a hundred instructions for a syllable).
            let mut start = 0;
            for (i, &b) in key.as_bytes().iter().enumerate() {
                if b == b' ' {
                    at = self.step(vocab, at.0, &key[start..i], false, first);
                    start = i + 1;
                }
            }
            at = self.step(vocab, at.0, &key[start..], false, first);
        } else {
            for (word, glued) in tokenised_words(key) {
                at = self.step(vocab, at.0, word, glued, first);
            }
        }
        at
    }

    /// One step of [`add_path`](Self::add_path): the child of `node` along
    /// `word` (added when missing) and the key of the edge to it.
    #[inline]
    fn step(&mut self, vocab: &mut Vocab, node: u32, word: &str, glued: bool, first: Feat) -> (u32, u64) {
        let id = vocab.intern(word);
        if node == 0 {
            vocab.mark_id(id, first);
        }
        let into = edge(node, id, glued);
        let child = match self.edges.get(into) {
            Some((child, _)) => child,
            None => {
                let child = self.terminal.len() as u32;
                self.terminal.push(NO_ENTRY);
                self.edges.insert(into, child);
                child
            }
        };
        (child, into)
    }

    /// Every entry, in the order added.
    pub fn iter(&self) -> impl Iterator<Item = &(String, T)> {
        self.entries.iter()
    }

    /// The entry whose key is exactly `key`.
    pub fn get(&self, key: &str) -> Option<&T> {
        self.by_key.get(&self.entries, key).map(|i| &self.entries[i as usize].1)
    }

    /// The entry that is the one word `id` alone: [`get`](Self::get) of a
    /// token's text, by its ID (no string hash).
    #[inline]
    pub fn single(&self, id: WordId) -> Option<&T> {
        let (_, e) = self.edges.get(edge(0, id, false))?;
        (e != NO_ENTRY).then(|| &self.entries[e as usize].1)
    }

    /// The feature the first word of every entry has.
    pub fn first_feat(&self) -> Feat {
        self.first
    }

    /// The longest entry spelled by the words `ids[i..]` (with `gaps[k]`
    /// the gap before word `k`): words used and the entry.
    ///
    /// Most calls find nothing, many of them at the first word. So the
    /// first step, from the root and never glued, is taken here, inlined
    /// into the caller: a word that opens no entry is answered with no
    /// call and no set-up. The walk goes on in [`Edges::walk`], one copy
    /// for every table (it deals in entry indices, not entries).
    #[inline(always)]
    pub fn longest(&self, ids: &[WordId], gaps: &[Gap], i: usize) -> Option<(usize, &(String, T))> {
        let (node, entry) = self.edges.get(edge(0, *ids.get(i)?, false))?;
        let (n, e) = self.edges.walk(ids, gaps, i, node, entry);
        (n > 0).then(|| (n, &self.entries[e as usize]))
    }

    /// True when the words `ids[i..i + n]` spell an entry exactly.
    #[inline]
    pub fn has(&self, ids: &[WordId], gaps: &[Gap], i: usize, n: usize) -> bool {
        self.spelled(ids, gaps, i, n).is_some()
    }

    /// The index (in the order added) of the entry the words `ids[i..i +
    /// n]` spell exactly.
    #[inline]
    pub fn spelled(&self, ids: &[WordId], gaps: &[Gap], i: usize, n: usize) -> Option<u32> {
        if n == 0 || i + n > ids.len() {
            return None;
        }
        // The first step, from the root and never glued, out of the loop.
        let (mut node, mut entry) = self.edges.get(edge(0, ids[i], false))?;
        for k in i + 1..i + n {
            let glued = match gaps[k] {
                Gap::Glued => true,
                Gap::Space => false,
                Gap::Other => return None,
            };
            (node, entry) = self.edges.get(edge(node, ids[k], glued))?;
        }
        (entry != NO_ENTRY).then_some(entry)
    }

    /// True when `key` is an entry.
    pub fn contains(&self, key: &str) -> bool {
        self.by_key.get(&self.entries, key).is_some()
    }

    /// The same entries under accent-folded keys, interned in `vocab`.
    pub fn folded(&self, vocab: &mut Vocab) -> Phrases<T>
    where
        T: Clone,
    {
        self.rekeyed(vocab, crate::normalize::fold)
    }

    /// The same entries under keys `f(key)`, interned in `vocab`.
    pub fn rekeyed(&self, vocab: &mut Vocab, f: impl Fn(&str) -> String) -> Phrases<T>
    where
        T: Clone,
    {
        let mut p = Phrases::empty(self.first);
        for (k, v) in &self.entries {
            p.push(vocab, f(k), v.clone());
        }
        p
    }
}

/// Tables of two kinds of entry in one trie (the word list and the fact
/// phrases, [`crate::lexicon::Words`]): entries told apart by their index
/// or their value, one walk finding the longest of each kind.
impl<T> Phrases<T> {
    /// Adds `value` under `key` as [`push`](Self::push) does, the first word
    /// marked with `first` rather than the table's feature; when an entry
    /// ends where `key`'s words lead already, `merge` folds `value` into
    /// that entry's value instead (no entry is added).
    pub fn push_merged(
        &mut self,
        vocab: &mut Vocab,
        key: String,
        value: T,
        first: Feat,
        merge: impl FnOnce(&mut T, T),
    ) {
        let (node, into) = self.add_path(vocab, &key, first);
        match self.terminal[node as usize] {
            e if node != 0 && e != NO_ENTRY => merge(&mut self.entries[e as usize].1, value),
            _ => self.record(node, into, key, value),
        }
    }

    /// Calls `f(n, index)` for each entry spelled by the `n` words
    /// `ids[i..i + n]`, shorter first, `index` its place in the order
    /// added: the entries [`longest`](Self::longest) chooses among, on the
    /// same walk (nothing when `i` is past the end of `gaps`).
    #[inline(always)]
    pub fn each_entry(&self, ids: &[WordId], gaps: &[Gap], i: usize, f: impl FnMut(usize, u32)) {
        let Some(&id) = ids.get(i) else { return };
        let Some((node, entry)) = self.edges.get(edge(0, id, false)) else { return };
        self.edges.walk_each(ids, gaps, i, node, entry, f);
    }

    /// The index of the entry whose key is exactly `key`.
    #[inline]
    pub fn index_of(&self, key: &str) -> Option<u32> {
        self.by_key.get(&self.entries, key)
    }

    /// The entry of that index (in the order added).
    #[inline]
    pub fn entry(&self, index: u32) -> &(String, T) {
        &self.entries[index as usize]
    }
}

/// The word IDs of `text`'s tokens in `vocab`, and the gap before each
/// (one space, none, or anything else), as the context gives them: for
/// tests that ask a table at every token of a text.
#[cfg(test)]
pub(crate) fn ids_and_gaps(vocab: &Vocab, text: &str) -> (Vec<WordId>, Vec<Gap>) {
    let tokens = crate::tokenize::tokenize(text);
    let ids = tokens.iter().map(|t| vocab.get(&text[t.range()])).collect();
    let gaps = tokens
        .iter()
        .enumerate()
        .map(|(k, t)| match k.checked_sub(1).map(|j| t.start() - tokens[j].end()) {
            Some(0) => Gap::Glued,
            Some(1) => Gap::Space,
            _ => Gap::Other,
        })
        .collect();
    (ids, gaps)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap as StdMap;

    #[test]
    fn the_edge_table_answers_as_a_map() {
        // Keys shaped as `edge` packs them, through several doublings, with
        // nodes and words that share low bits (the hash must spread them).
        let mut table = Edges::with_slots(FIRST_EDGE_SLOTS);
        let mut map = StdMap::new();
        let mut child = 1u32;
        for node in (0..400u32).step_by(3) {
            for id in [0, 1, 2, 64, 1 << 12, (1 << 20) + 7, u32::MAX - 1] {
                for glued in [false, true] {
                    if (node + id) % 5 == 0 && glued {
                        continue;
                    }
                    let key = edge(node, id, glued);
                    table.insert(key, child);
                    map.insert(key, child);
                    child += 1;
                }
            }
        }
        assert!(table.slots.len() >= 2 * table.used, "at most half full");
        for node in 0..402u32 {
            for id in [0, 1, 2, 3, 64, 65, 1 << 12, (1 << 20) + 7, u32::MAX - 1, u32::MAX] {
                for glued in [false, true] {
                    let key = edge(node, id, glued);
                    let child = table.get(key).map(|(child, _)| child);
                    assert_eq!(child, map.get(&key).copied(), "node {node} word {id} glued {glued}");
                }
            }
        }
    }

    /// The walk as it was written before its first step was taken out of
    /// the loop: the reference [`Phrases::longest`] must agree with.
    fn reference_longest<'p, T>(
        table: &'p Phrases<T>,
        ids: &[WordId],
        gaps: &[Gap],
        i: usize,
    ) -> Option<(usize, &'p (String, T))> {
        let mut node = 0u32;
        let mut best = None;
        let mut k = i;
        while k < ids.len() {
            let glued = if k == i {
                false
            } else {
                match gaps[k] {
                    Gap::Glued => true,
                    Gap::Space => false,
                    Gap::Other => break,
                }
            };
            let Some((child, _)) = table.edges.get(edge(node, ids[k], glued)) else { break };
            node = child;
            k += 1;
            let e = table.terminal[node as usize];
            if e != NO_ENTRY {
                best = Some((k - i, &table.entries[e as usize]));
            }
        }
        best
    }

    #[test]
    fn longest_agrees_with_the_reference_walk() {
        let mut vocab = Vocab::default();
        // "b c" twice: the first entry stays the one found.
        let keys = ["a", "a b", "a b c d", "b", "b c", "c d e", "tp. hcm", "d", "e a b", "x.y", "b c"];
        let entries: Vec<(String, usize)> = keys.iter().enumerate().map(|(v, k)| (k.to_string(), v)).collect();
        let table = Phrases::new(entries, &mut vocab, Feat::NONE);
        let words = ["a", "b", "c", "d", "e", "tp", ".", "hcm", "x", "y", "z"].map(|w| vocab.get(w));
        let gaps = [Gap::Glued, Gap::Space, Gap::Space, Gap::Other];
        let mut seed = 11u64;
        let mut next = |n: usize| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) as usize % n
        };
        for len in 0..2000 {
            let ids: Vec<WordId> = (0..len % 13).map(|_| words[next(words.len())]).collect();
            let gs: Vec<Gap> = (0..ids.len()).map(|_| gaps[next(gaps.len())]).collect();
            for i in 0..=ids.len() + 1 {
                let got = table.longest(&ids, &gs, i).map(|(n, e)| (n, e.0.as_str(), e.1));
                let want = reference_longest(&table, &ids, &gs, i).map(|(n, e)| (n, e.0.as_str(), e.1));
                assert_eq!(got, want, "{ids:?} {gs:?} from {i}");
                for n in (i <= ids.len()).then(|| 0..=ids.len() - i).into_iter().flatten() {
                    let want = reference_longest(&table, &ids[..i + n], &gs[..i + n], i).is_some_and(|(m, _)| m == n);
                    assert_eq!(table.has(&ids, &gs, i, n), want, "{ids:?} {gs:?} {i}..{}", i + n);
                    let spelled = table.spelled(&ids, &gs, i, n).map(|e| table.entry(e).1);
                    let want = reference_longest(&table, &ids[..i + n], &gs[..i + n], i).filter(|(m, _)| *m == n);
                    assert_eq!(spelled, want.map(|(_, e)| e.1), "{ids:?} {gs:?} {i}..{}", i + n);
                }
                // Each entry on the walk, shorter first: the last is the
                // longest, and each is what a walk cut after it finds.
                let mut each = Vec::new();
                table.each_entry(&ids, &gs, i, |n, e| each.push((n, e)));
                assert!(each.windows(2).all(|w| w[0].0 < w[1].0));
                let last = each.last().map(|&(n, e)| (n, table.entry(e).0.as_str(), table.entry(e).1));
                assert_eq!(last, want, "{ids:?} {gs:?} from {i}");
                for &(n, e) in &each {
                    let cut = reference_longest(&table, &ids[..i + n], &gs[..i + n], i);
                    assert_eq!(cut.map(|(m, x)| (m, x.1)), Some((n, table.entry(e).1)), "{ids:?} {gs:?} from {i}");
                }
            }
            for &id in &words {
                let want = reference_longest(&table, &[id], &[Gap::Other], 0).map(|(_, e)| e.1);
                assert_eq!(table.single(id).copied(), want);
            }
        }
    }

    /// `push_merged` folds a value into the entry already ending on its
    /// path (under another key too), adds any other as `push` does, and
    /// marks first words with its own feature, not the table's.
    #[test]
    fn merged_entries_join_the_entry_on_their_path() {
        let mut vocab = Vocab::default();
        let entries = ["ủy ban", "nhân dân", "tp. hcm"].map(|k| (k.to_string(), vec![k.len()]));
        let mut table = Phrases::new(entries.to_vec(), &mut vocab, Feat::WORD_FIRST);
        let join = |v: &mut Vec<usize>, w: Vec<usize>| v.extend(w);
        table.push_merged(&mut vocab, "ủy ban".to_string(), vec![1], Feat::FACT_FIRST, join);
        table.push_merged(&mut vocab, "tp.  hcm".to_string(), vec![2], Feat::FACT_FIRST, join);
        table.push_merged(&mut vocab, "ban nhân".to_string(), vec![3], Feat::FACT_FIRST, join);
        assert_eq!(table.iter().count(), 4);
        assert_eq!(table.get("ủy ban"), Some(&vec!["ủy ban".len(), 1]));
        assert_eq!(table.get("tp. hcm"), Some(&vec!["tp. hcm".len(), 2]));
        assert_eq!(table.get("tp.  hcm"), None, "the key of an entry merged into another is not indexed");
        assert_eq!(table.index_of("ban nhân"), Some(3));
        assert_eq!(table.entry(3).1, vec![3]);
        let (ids, gaps) = ids_and_gaps(&vocab, "ủy ban nhân dân");
        assert_eq!(table.spelled(&ids, &gaps, 1, 2), Some(3));
        let feat = |w: &str| vocab.feat(vocab.get(w));
        assert!(feat("ủy").any(Feat::FACT_FIRST) && feat("ủy").any(Feat::WORD_FIRST));
        assert!(feat("ban").any(Feat::FACT_FIRST) && !feat("ban").any(Feat::WORD_FIRST));
        assert!(!feat("dân").any(Feat::FACT_FIRST | Feat::WORD_FIRST));
    }

    #[test]
    fn longest_and_has_walk_the_trie() {
        let mut vocab = Vocab::default();
        let entries = ["ủy ban", "ủy ban nhân dân", "tp. hcm", "nhân dân"].map(|k| (k.to_string(), k.len()));
        let table = Phrases::new(entries.to_vec(), &mut vocab, Feat::NONE);
        let text = "ủy ban nhân dân tp. hcm";
        let (ids, gaps) = ids_and_gaps(&vocab, text);
        assert_eq!(table.longest(&ids, &gaps, 0).map(|(n, e)| (n, e.0.as_str())), Some((4, "ủy ban nhân dân")));
        assert_eq!(table.longest(&ids, &gaps, 2).map(|(n, e)| (n, e.0.as_str())), Some((2, "nhân dân")));
        assert_eq!(table.longest(&ids, &gaps, 4).map(|(n, e)| (n, e.0.as_str())), Some((3, "tp. hcm")));
        // The walk reads only as far as both slices go: a caller may cut
        // either one short ("nhân" at 2 is past the gaps cut at 2).
        assert_eq!(table.longest(&ids[..3], &gaps, 0).map(|(n, _)| n), Some(2));
        assert_eq!(table.longest(&ids, &gaps[..3], 2).map(|(n, _)| n), None);
        assert_eq!(table.longest(&ids, &gaps[..2], 2).map(|(n, _)| n), None);
        assert!(table.has(&ids, &gaps, 0, 2) && !table.has(&ids, &gaps, 0, 3) && !table.has(&ids, &gaps, 1, 1));
        assert_eq!(table.single(ids[0]), None);
    }

    /// The split before `is_plain`: the key's plainness tested by four
    /// scans, its words always gathered in a list.
    fn reference_words_of(key: &str) -> Vec<(&str, bool)> {
        let plain = !key.starts_with(' ')
            && !key.ends_with(' ')
            && !key.contains("  ")
            && key.chars().all(|c| c == ' ' || crate::normalize::is_letter(c));
        if plain {
            return key.split(' ').map(|w| (w, false)).collect();
        }
        tokenised_words(key)
    }

    #[test]
    fn keys_are_cut_as_the_four_scans_cut_them() {
        let mut keys: Vec<String> =
            ["", " ", "  ", "a", " a", "a ", "a  b", "a b", "tp. hcm", "x.y", "ủy ban", "ủy  ban", "a\tb"]
                .map(String::from)
                .to_vec();
        let lex = &*crate::lexicon::DEFAULT;
        keys.extend(lex.words.iter().map(|(k, _)| k.clone()));
        keys.extend(lex.roles.iter().map(|(k, _)| k.clone()));
        keys.extend(lex.org_known.iter().map(|(k, _)| k.clone()));
        keys.extend(lex.countries.iter().map(|(k, _)| k.clone()));
        for k in &keys {
            assert_eq!(words_of(k), reference_words_of(k), "{k:?}");
            for (before, after) in [(" ", ""), ("", " "), ("", "  x"), ("1", ""), ("", "-")] {
                let k = format!("{before}{k}{after}");
                assert_eq!(words_of(&k), reference_words_of(&k), "{k:?}");
            }
        }
    }

    #[test]
    fn the_key_index_finds_the_first_entry_of_a_key() {
        let mut vocab = Vocab::default();
        let mut table = Phrases::empty(Feat::NONE);
        let keys: Vec<String> = (0..3000).map(|i| format!("k{} {}", i % 1700, i % 3)).collect();
        for (i, k) in keys.iter().enumerate() {
            table.push(&mut vocab, k.clone(), i);
        }
        let mut first = StdMap::new();
        for (i, k) in keys.iter().enumerate() {
            first.entry(k.as_str()).or_insert(i);
        }
        for k in keys.iter().map(String::as_str).chain(["", "k1", "k1700 0", "x"]) {
            assert_eq!(table.get(k), first.get(k), "{k:?}");
            assert_eq!(table.contains(k), first.contains_key(k), "{k:?}");
        }
    }
}
