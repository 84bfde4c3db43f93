//! People: one per human. Full names merge by key; short forms ("ông
//! Mẫn"), names with initials ("A.S. Pushkin") and title-only mentions
//! ("Chủ tịch VUFO") join the one person they can mean.

use super::{syllable, Acronyms};
use crate::data::same_lower;
use crate::document::*;
use crate::normalize::NormalizedText;
use crate::recognize::people::{PersonHit, TitleHit};
use crate::recognize::{self, Ctx};
use rustc_hash::FxHashMap as FastMap;
use std::ops::Range;

/// The people of a text, merged from its mentions in the order the steps
/// decide: full names by key, their mentions, each person's name, the
/// names with initials, the title-only mentions, the short forms; then
/// each person's gender and mentions in text order.
pub(super) fn people(ctx: &Ctx, norm: &NormalizedText) -> Vec<Person> {
    let found = recognize::people::recognize(ctx);
    let mut merge = Merge::new(&found, norm);
    merge.slot_full_names();
    merge.one_person_per_key();
    merge.add_full_mentions();
    merge.name_by_most_frequent_form();
    merge.join_initials();
    merge.join_variants(ctx);
    merge.join_title_only(ctx);
    merge.join_short_forms(ctx);
    merge.add_joins();
    merge.set_gender_and_order(ctx);
    merge.finish()
}

/// The merge of one text's mentions into people: the mentions, the
/// people made so far, the mentions that join one of them, and the
/// buffers kept from one document to the next.
struct Merge<'h> {
    found: &'h recognize::people::People<'h>,
    hits: &'h [PersonHit<'h>],
    norm: &'h NormalizedText<'h>,
    people: Vec<Person>,
    /// Each distinct name's slot (see [`distinct_names`]): the full names',
    /// then the short forms'; only for a text of many names.
    by_name: FastMap<&'h str, u32>,
    /// The key buffers and the per-name vectors (see [`Scratch`]).
    b: Scratch,
    /// Mentions joining a person already made: (person, mention, honorific).
    joins: Vec<(usize, Mention, Option<&'h str>)>,
}

/// The full names' hits, with their indices.
fn full_hits<'h>(hits: &'h [PersonHit<'h>]) -> impl Iterator<Item = (usize, &'h PersonHit<'h>)> + Clone {
    hits.iter().enumerate().filter(|(_, h)| !h.short)
}

/// The short forms' hits (not the title-only mentions), with their indices.
fn short_hits<'h>(hits: &'h [PersonHit<'h>]) -> impl Iterator<Item = (usize, &'h PersonHit<'h>)> + Clone {
    hits.iter().enumerate().filter(|(_, h)| h.short && !h.name.is_empty())
}

impl<'h> Merge<'h> {
    /// No person yet.
    fn new(found: &'h recognize::people::People<'h>, norm: &'h NormalizedText<'h>) -> Merge<'h> {
        let hits = found.hits.as_slice();
        Merge {
            found,
            hits,
            norm,
            // (Sized once: at most one person per hit.)
            people: Vec::with_capacity(hits.len()),
            // (Allocated only for a text of many names; it serves the short
            // forms' names again.)
            by_name: FastMap::default(),
            // (The key buffers and the per-name vectors of the last document
            // on this thread: no allocation for them once they are large enough.)
            b: SCRATCH.try_with(std::cell::Cell::take).unwrap_or_default(),
            joins: Vec::new(),
        }
    }

    /// A name is written again and again: its key is written once, for its
    /// first hit. Each full hit's distinct name (a "slot"), each slot's
    /// first hit, in order of first hit, and each slot's folded key.
    fn slot_full_names(&mut self) {
        let hits = self.hits;
        let b = &mut self.b;
        b.slot_of.clear();
        b.first_hit.clear();
        distinct_names(full_hits(hits), &mut self.by_name, &mut b.slot_of, &mut b.first_hit);
        b.keys.fill(b.first_hit.iter().map(|&hi| hits[hi].name), push_folded_key);
    }

    /// Full names merge by their folded key: "Huỳnh Thanh Đạt" and a
    /// mistyped "Huỳnh Thành Đạt" in one article are one person. The first
    /// slot of a key makes the person; each slot's person, each person's
    /// forms and key.
    fn one_person_per_key(&mut self) {
        let hits = self.hits;
        let people = &mut self.people;
        let Scratch { keys, forms, first_hit, person_of, person_key, .. } = &mut self.b;
        person_of.clear();
        forms.clear();
        forms.reserve(keys.len());
        person_key.clear();
        // (A text names few people: up to [`MAX_SCANNED_NAMES`] keys, each is
        // compared with the people's keys so far, and no map is built.)
        let scanned = keys.len() <= MAX_SCANNED_NAMES;
        let mut index: FastMap<&str, u32> = FastMap::default();
        if !scanned {
            index.reserve(keys.len());
        }
        for (slot, key) in keys.iter().enumerate() {
            let found = if scanned {
                person_key.iter().position(|&k| keys.get(k as usize) == key).map(|p| p as u32)
            } else {
                index.get(key).copied()
            };
            let i = found.unwrap_or_else(|| {
                forms.push(Forms { first: (slot, 0), more: Vec::new() });
                people.push(Person::new(hits[first_hit[slot]].name));
                person_key.push(slot as u32);
                let i = (people.len() - 1) as u32;
                if !scanned {
                    index.insert(key, i);
                }
                i
            });
            person_of.push(i);
        }
    }

    /// Each full hit is a mention of its person, who takes the first
    /// honorific, the degrees and the titles it gives; each form of the
    /// name is counted.
    fn add_full_mentions(&mut self) {
        let (hits, found, norm) = (self.hits, self.found, self.norm);
        let Scratch { forms, slot_of, person_of, .. } = &mut self.b;
        for ((_, h), &slot) in full_hits(hits).zip(slot_of.iter()) {
            let slot = slot as usize;
            let i = person_of[slot] as usize;
            let sp = norm.to_original(h.start, h.end);
            let f = &mut forms[i];
            match std::iter::once(&mut f.first).chain(f.more.iter_mut()).find(|(f, _)| *f == slot) {
                Some(f) => f.1 += 1,
                None => f.more.push((slot, 1)),
            }
            let p = &mut self.people[i];
            p.mentions.push(Mention::new(sp, h.rule));
            if p.honorific.is_none() {
                p.honorific = h.honorific.map(String::from);
            }
            for &d in &h.degrees {
                if !p.degrees.iter().any(|x| x == d) {
                    p.degrees.push(d.to_string());
                }
            }
            add_titles(p, found.titles_of(h));
        }
    }

    /// A person is written as most mentions write it: the first of the
    /// most frequent forms. Ties go to a hyphenated form ("Yoon Suk-yeol"
    /// over "Yoon Suk Yeol").
    fn name_by_most_frequent_form(&mut self) {
        let (hits, first_hit) = (self.hits, &self.b.first_hit);
        let name = |x: &(usize, usize)| hits[first_hit[x.0]].name;
        for (p, f) in self.people.iter_mut().zip(&self.b.forms) {
            let best = std::iter::once(&f.first).chain(&f.more).fold(None::<&(usize, usize)>, |b, x| match b {
                Some(b) if b.1 > x.1 || b.1 == x.1 && (name(b).contains('-') || !name(x).contains('-')) => Some(b),
                _ => Some(x),
            });
            if let Some(b) = best.filter(|b| name(b) != p.name) {
                p.name = name(b).to_string();
            }
        }
    }

    /// "A.S. Pushkin" is "Alexandr Sergeyevich Pushkin" when the initials
    /// agree: the person named with initials joins the one named in full
    /// (people and their keys move together).
    fn join_initials(&mut self) {
        let (people, person_key) = (&mut self.people, &mut self.b.person_key);
        let mut i = 0;
        while i < people.len() {
            let target = people[i].name.contains('.').then(|| {
                let short = &people[i].name;
                people.iter().position(|p| !p.name.contains('.') && initials_match(short, &p.name))
            });
            if let Some(Some(j)) = target {
                let p = people.remove(i);
                person_key.remove(i);
                let j = if j > i { j - 1 } else { j };
                people[j].mentions.extend(p.mentions);
                let new: Vec<Title> = p.titles.into_iter().filter(|t| !people[j].titles.contains(t)).collect();
                people[j].titles.extend(new);
            } else {
                i += 1;
            }
        }
    }

    /// A foreign name written once more with a middle initial ("John G.
    /// Trump" beside "John Trump") or with a letter missing at the end of
    /// one word ("Donal Trump", "Warren Buffet" beside "Donald Trump",
    /// "Warren Buffett") is the same person: it joins the one person whose
    /// name it varies, named at least as often (people and their keys
    /// move together). Not Vietnamese syllables ("Nguyen Van Than" and
    /// "Nguyen Van Thanh" are two people), nor names that differ in
    /// initials only ("Nguyễn Văn C." and "Nguyễn Văn S.").
    fn join_variants(&mut self, ctx: &Ctx) {
        let (people, person_key) = (&mut self.people, &mut self.b.person_key);
        // (Most texts name no two foreign people: nothing is built. A name
        // in Latin letters may be Vietnamese written without its marks,
        // "Lan Anh": a foreign one has a word that is no syllable.)
        let candidate = |p: &Person| {
            p.name.is_ascii()
                && p.name.contains(' ')
                && (p.name.contains('.') || p.name.split(' ').any(|w| !syllable(ctx, w)))
        };
        if people.iter().filter(|p| candidate(p)).nth(1).is_none() {
            return;
        }
        // Each foreign name as written (`None` where two people share it):
        // the forms of each with one letter fewer at the end of a word are
        // looked up there, never compared with every other name.
        let latin = |p: &Person| {
            p.name.is_ascii() && p.name.contains(' ') && p.name.split(' ').all(|w| w.len() >= 2 && latin_word(w))
        };
        let mut plain: FastMap<&str, Option<usize>> = FastMap::default();
        for (j, p) in people.iter().enumerate().filter(|(_, p)| latin(p)) {
            plain.entry(p.name.as_str()).and_modify(|one| *one = None).or_insert(Some(j));
        }
        // Spellings one letter apart: (shorter, longer). (One buffer for
        // every form.)
        let mut pairs: Vec<(usize, usize)> = Vec::new();
        let mut form = String::new();
        for (j, p) in people.iter().enumerate().filter(|(_, p)| latin(p)) {
            for_each_cut_form(ctx, &p.name, &mut form, |form| {
                if let Some(&Some(i)) = plain.get(form) {
                    if i != j {
                        pairs.push((i, j));
                    }
                }
            });
        }
        let mut joins: Vec<(usize, usize)> = Vec::new();
        for (i, p) in people.iter().enumerate() {
            let m = p.mentions.len();
            // "John G. Trump": the name without its middle initial, named
            // at least as often.
            let initial = p
                .name
                .contains('.')
                .then(|| middle_initial_dropped(&p.name))
                .flatten()
                .and_then(|plain_name| plain.get(plain_name.as_str()).copied())
                .flatten()
                .filter(|&j| j != i && people[j].mentions.len() >= m);
            if let Some(j) = initial {
                joins.push((i, j));
                continue;
            }
            // "Donal Trump" beside "Donald Trump", "Donald Trumph" beside
            // "Donald Trump": the one other spelling, named more often.
            let mut other = pairs
                .iter()
                .filter_map(|&(s, l)| {
                    if s == i {
                        Some(l)
                    } else if l == i {
                        Some(s)
                    } else {
                        None
                    }
                })
                .filter(|&j| people[j].mentions.len() > m);
            if let (Some(j), None) = (other.next(), other.next()) {
                joins.push((i, j));
            }
        }
        if joins.is_empty() {
            return;
        }
        // (No chains: a person joined away takes no one in.)
        let mut joined = vec![false; people.len()];
        joins.iter().for_each(|&(i, _)| joined[i] = true);
        joins.retain(|&(_, j)| !joined[j]);
        if joins.is_empty() {
            return;
        }
        // (Moved first, removed after: the indices hold until then.)
        let mut gone = vec![false; people.len()];
        for &(i, j) in &joins {
            let p = std::mem::replace(&mut people[i], Person::new(""));
            gone[i] = true;
            people[j].mentions.extend(p.mentions);
            let new: Vec<Title> = p.titles.into_iter().filter(|t| !people[j].titles.contains(t)).collect();
            people[j].titles.extend(new);
        }
        let mut k = 0;
        people.retain(|_| {
            k += 1;
            !gone[k - 1]
        });
        let mut k = 0;
        person_key.retain(|_| {
            k += 1;
            !gone[k - 1]
        });
    }

    /// Title-only mentions ("Chủ tịch VUFO") join the one person holding
    /// that title in a body with the same name or acronym. Most texts have
    /// none: the titles are indexed only for a text that has one.
    fn join_title_only(&mut self, ctx: &Ctx) {
        let hits = self.hits;
        // (Sized once: at most one join per short hit.)
        self.joins = Vec::with_capacity(hits.iter().filter(|h| h.short).count());
        let title_only: Vec<&PersonHit> = hits.iter().filter(|h| h.short && h.name.is_empty()).collect();
        if !title_only.is_empty() {
            join_title_only(ctx, self.norm, &self.people, &self.found.titles, &title_only, &mut self.joins);
        }
    }

    /// Short forms ("ông Mẫn", "Tổng thống Biden", "ông Hayashi") join the
    /// one person whose name ends with them, or else begins with them; with
    /// no such person the short form is the person (one per key); with two
    /// it is left out. The titles of the short form go to its person.
    fn join_short_forms(&mut self, ctx: &Ctx) {
        let n_keys = self.short_form_keys();
        let (hits, found, norm) = (self.hits, self.found, self.norm);
        let (people, joins, b) = (&mut self.people, &mut self.joins, &mut self.b);
        short_form_people(n_keys, &b.keys, &b.person_key, &b.more, &mut b.short_people);
        let (more, short_people) = (&b.more, &b.short_people);
        let mut alone: FastMap<&str, usize> = FastMap::default();
        for ((_, h), &slot) in short_hits(hits).zip(b.slot_of.iter()) {
            let k = more.get(n_keys + slot as usize);
            let target = match short_people[slot as usize] {
                Some(Some(one)) => Some(one),
                // "ông Trump" where the text names Donald and Ivanka Trump:
                // the one person known to be of the form of address's sex,
                // else the one not known to be of the other.
                Some(None) => {
                    let mut named = people_named_by(k, n_keys, &b.keys, &b.person_key, more);
                    // A photographer or author named only in a credit line
                    // ("Ảnh: Tiến Tuấn") is not who the article's "ông
                    // Tuấn" is.
                    if named.iter().any(|&i| !credit_only(&people[i])) {
                        named.retain(|&i| !credit_only(&people[i]));
                    }
                    if let [one] = named[..] {
                        Some(one)
                    } else {
                        h.honorific.and_then(|honorific| {
                            let mut buf = String::new();
                            let sex = honorific_gender(ctx, honorific, &mut buf)?;
                            let sexes: Vec<Option<Gender>> =
                                named.iter().map(|&i| gender_of(ctx, &people[i], &mut buf)).collect();
                            let only = |fits: &dyn Fn(Option<Gender>) -> bool| {
                                let mut found = named.iter().zip(&sexes).filter(|(_, &g)| fits(g)).map(|(&i, _)| i);
                                found.next().filter(|_| found.next().is_none())
                            };
                            only(&|g| g == Some(sex)).or_else(|| only(&|g| g != Some(opposite(sex))))
                        })
                    }
                }
                None => {
                    let i = match alone.get(k) {
                        Some(&i) => i,
                        None => {
                            people.push(Person::new(h.name));
                            alone.insert(k, people.len() - 1);
                            people.len() - 1
                        }
                    };
                    add_titles(&mut people[i], found.titles_of(h));
                    Some(i)
                }
            };
            if let Some(i) = target {
                add_titles(&mut people[i], found.titles_of(h));
                joins.push((i, Mention::new(norm.to_original(h.start, h.end), h.rule), h.honorific));
            }
        }
    }

    /// The keys short forms are compared by, in one buffer (`more`): each
    /// person's name as written, then each distinct short form's key
    /// ([`push_short_key`]); the short forms' slots replace the full
    /// names' (no longer needed: their buffers serve). The number of people
    /// keyed: none when the text has no short form.
    fn short_form_keys(&mut self) -> usize {
        let hits = self.hits;
        let shorts = || short_hits(hits).map(|(_, h)| h);
        let n_keys = if shorts().next().is_some() { self.people.len() } else { 0 };
        let names = || self.people.iter().map(|p| p.name.as_str()).take(n_keys);
        let b = &mut self.b;
        // (Sized once for the two lists.)
        let bytes = |names: &mut dyn Iterator<Item = &str>| names.map(str::len).sum::<usize>();
        b.more.clear_for(bytes(&mut names()) + bytes(&mut shorts().map(|h| h.name)), n_keys + shorts().count());
        b.more.append(names(), push_name_key);
        // (The map of the people a short form names alone borrows them too.)
        self.by_name.clear();
        b.slot_of.clear();
        b.first_hit.clear();
        distinct_names(short_hits(hits), &mut self.by_name, &mut b.slot_of, &mut b.first_hit);
        b.more.append(b.first_hit.iter().map(|&hi| hits[hi].name), push_short_key);
        n_keys
    }

    /// The joining mentions go to their people, who take the first
    /// honorific.
    fn add_joins(&mut self) {
        for (i, mention, honorific) in std::mem::take(&mut self.joins) {
            let p = &mut self.people[i];
            p.mentions.push(mention);
            if p.honorific.is_none() {
                p.honorific = honorific.map(String::from);
            }
        }
    }

    /// Each person's gender, from the honorific ("ông", "bà"); the mentions
    /// in text order, a name both in a byline and read as a full name once.
    fn set_gender_and_order(&mut self, ctx: &Ctx) {
        let mut k = String::new();
        for p in &mut self.people {
            p.gender = p.honorific.as_deref().and_then(|h| honorific_gender(ctx, h, &mut k));
            p.mentions.sort_by_key(|m| m.span);
            // A name both in a byline and read as a full name is one mention.
            p.mentions.dedup_by_key(|m| m.span);
        }
    }

    /// The people; the buffers go back to the thread, emptied.
    fn finish(self) -> Vec<Person> {
        let kept = self.b.emptied();
        let _ = SCRATCH.try_with(|s| s.set(kept));
        self.people
    }
}

/// The word suffixes and prefixes of the people's keys a short form may
/// be: each maps to the one person it was added for, or to `None` once it
/// has been added twice (ambiguous): only "exactly one" is ever asked, so
/// no list is kept. Keys of one word are compared as written ("Thanh" is
/// not "Thành"); longer ones folded ("Nguyên Văn Doanh" is a mistyped
/// "Nguyễn Văn Doanh").
struct Affixes<'k> {
    by_last: FastMap<&'k str, Option<usize>>,
    by_first: FastMap<&'k str, Option<usize>>,
}

impl<'k> Affixes<'k> {
    /// The affixes of the first `n_keys` people. A person's folded key is
    /// the key of the full names it was made for (`keys`, the slot
    /// `person_key` gives: every form of a person has that key); its name
    /// as written is `written`'s key of the same index.
    fn of_people(n_keys: usize, keys: &'k KeyText, person_key: &[u32], written: &'k KeyText) -> Affixes<'k> {
        let folded_key = |i: usize| keys.get(person_key[i] as usize);
        // (Sized once: a word or a run of words per space, and two more per person.)
        let room =
            2 * n_keys + (0..n_keys).map(|i| folded_key(i).bytes().filter(|&b| b == b' ').count()).sum::<usize>();
        let mut a = Affixes {
            by_last: FastMap::with_capacity_and_hasher(room, Default::default()),
            by_first: FastMap::with_capacity_and_hasher(room, Default::default()),
        };
        for i in 0..n_keys {
            let (folded, written) = (folded_key(i), written.get(i));
            // Word boundaries: one word as written, more words folded. (Byte
            // searches: a key is a few words, shorter than a searcher's set-up.)
            let w = written.as_bytes();
            let last_word = w.iter().rposition(|&c| c == b' ').map_or(written, |p| &written[p + 1..]);
            Self::add(&mut a.by_last, last_word, i);
            if let Some(p) = w.iter().position(|&c| c == b' ') {
                Self::add(&mut a.by_first, &written[..p], i);
            }
            let f = folded.as_bytes();
            let (Some(first_space), Some(last_space)) =
                (f.iter().position(|&c| c == b' '), f.iter().rposition(|&c| c == b' '))
            else {
                continue;
            };
            for p in (first_space..=last_space).filter(|&p| f[p] == b' ') {
                // A prefix or suffix of more than one word.
                if p != first_space {
                    Self::add(&mut a.by_first, &folded[..p], i);
                }
                if p != last_space {
                    Self::add(&mut a.by_last, &folded[p + 1..], i);
                }
            }
            // The whole name, when it is more than one word, is a suffix too.
            Self::add(&mut a.by_last, folded, i);
        }
        a
    }

    /// `k` added for person `i`: a second person makes it ambiguous.
    fn add(map: &mut FastMap<&'k str, Option<usize>>, k: &'k str, i: usize) {
        map.entry(k).and_modify(|one| *one = None).or_insert(Some(i));
    }

    /// The person whose name ends with the short form's key `k`, or else
    /// begins with it (`Some(None)`: more than one); `None` when no name does.
    fn person(&self, k: &str) -> Option<Option<usize>> {
        match self.by_last.get(k) {
            Some(&one) => Some(one),
            None => self.by_first.get(k).copied(),
        }
    }
}

/// Each distinct short form's person (as [`Affixes::person`] says), by
/// slot, into `out`: the short forms' keys are the keys of `more` after
/// its first `n_keys` (the people's names as written); the people's folded
/// keys are `keys` at `person_key`. A text names few short forms: up to
/// [`MAX_COMPARED_SHORTS`] of them, each is compared with every person's
/// name, which costs less than the two maps of every person's affixes;
/// past that (linear), the maps are built.
///
/// The comparison: a key of one word is a person's last (or first) word
/// as written; a key with a space is the folded key, or its words after
/// a space (or before one). These are the affixes [`Affixes::of_people`]
/// adds (any of more than one word holds a space); a person adds a key to
/// a map at most once (its affixes in one map differ in length, or in
/// holding a space), so a map's answer is "how many people have the
/// affix, and the first".
fn short_form_people(
    n_keys: usize,
    keys: &KeyText,
    person_key: &[u32],
    more: &KeyText,
    out: &mut Vec<Option<Option<usize>>>,
) {
    out.clear();
    let shorts = n_keys..more.len();
    if shorts.len() > MAX_COMPARED_SHORTS {
        let affixes = Affixes::of_people(n_keys, keys, person_key, more);
        out.extend(shorts.map(|j| affixes.person(more.get(j))));
        return;
    }
    // Per short form: whether it holds a space; (people whose name ends
    // with it, the first), (people whose name begins with it, the first).
    let mut tally = [(false, (0, 0), (0, 0)); MAX_COMPARED_SHORTS];
    let tally = &mut tally[..shorts.len()];
    for (t, j) in tally.iter_mut().zip(shorts.clone()) {
        t.0 = more.get(j).as_bytes().contains(&b' ');
    }
    let add = |found: &mut (usize, usize), i: usize| {
        if found.0 == 0 {
            found.1 = i;
        }
        found.0 += 1;
    };
    for (i, &key) in person_key.iter().enumerate().take(n_keys) {
        let (f, written) = (keys.get(key as usize).as_bytes(), more.get(i).as_bytes());
        for (t, j) in tally.iter_mut().zip(shorts.clone()) {
            let (ends, begins) = affix_of(f, written, more.get(j).as_bytes(), t.0);
            if ends {
                add(&mut t.1, i);
            }
            if begins {
                add(&mut t.2, i);
            }
        }
    }
    let one = |(n, i): (usize, usize)| (n == 1).then_some(i);
    out.extend(tally.iter().map(|&(_, last, first)| match (last, first) {
        ((0, _), (0, _)) => None,
        ((0, _), found) | (found, _) => Some(one(found)),
    }));
}

/// Whether a short form's key `k` ends, and whether it begins, a
/// person's name: its folded key `f` for a short form of several words
/// (`spaced`), its key as written `written` word for word for one word.
fn affix_of(f: &[u8], written: &[u8], k: &[u8], spaced: bool) -> (bool, bool) {
    if spaced {
        (
            f == k || f.len() > k.len() && f.ends_with(k) && f[f.len() - k.len() - 1] == b' ',
            f.len() > k.len() && f.starts_with(k) && f[k.len()] == b' ',
        )
    } else {
        let last_word = written.iter().rposition(|&c| c == b' ').map_or(written, |p| &written[p + 1..]);
        let first_word = written.iter().position(|&c| c == b' ').map(|p| &written[..p]);
        (last_word == k, first_word == Some(k))
    }
}

/// The people (of the first `n_keys`) a short form's key `k` may name, as
/// [`short_form_people`] counts them: those whose name ends with it, or
/// else those whose name begins with it. (Asked only of a short form
/// that names several.)
fn people_named_by(k: &str, n_keys: usize, keys: &KeyText, person_key: &[u32], more: &KeyText) -> Vec<usize> {
    let spaced = k.contains(' ');
    let affix =
        |i: usize| affix_of(keys.get(person_key[i] as usize).as_bytes(), more.get(i).as_bytes(), k.as_bytes(), spaced);
    let ending: Vec<usize> = (0..n_keys).filter(|&i| affix(i).0).collect();
    if !ending.is_empty() {
        return ending;
    }
    (0..n_keys).filter(|&i| affix(i).1).collect()
}

/// True when a person is named only in credit lines and bylines (a
/// photographer, an author).
fn credit_only(p: &Person) -> bool {
    p.mentions.iter().all(|m| matches!(m.rule.as_ref(), "person.credit" | "person.byline"))
}

/// The sex a form of address tells ("ông": male), from `honorifics.tsv`;
/// `buf` takes its lower case (a buffer the caller keeps).
fn honorific_gender(ctx: &Ctx, honorific: &str, buf: &mut String) -> Option<Gender> {
    lower_into(honorific, buf);
    ctx.lex.honorifics.get(buf).and_then(|x| x.gender)
}

/// `s` lower-cased into `buf` (emptied first).
fn lower_into(s: &str, buf: &mut String) {
    buf.clear();
    buf.extend(s.chars().map(crate::normalize::lower_char));
}

/// The other sex.
fn opposite(sex: Gender) -> Gender {
    match sex {
        Gender::Male => Gender::Female,
        Gender::Female => Gender::Male,
    }
}

/// A person's sex as far as the text and the tables tell: the form of
/// address the person was named with, else a foreign given name borne by
/// one sex opening the name ("Ivanka Trump"); `buf` as for
/// [`honorific_gender`].
fn gender_of(ctx: &Ctx, p: &Person, buf: &mut String) -> Option<Gender> {
    if let Some(sex) = p.honorific.as_deref().and_then(|h| honorific_gender(ctx, h, buf)) {
        return Some(sex);
    }
    lower_into(p.name.split(' ').next()?, buf);
    ctx.lex.person.foreign.get(&ctx.lex.vocab.get(buf)).and_then(|x| x.gender)
}

/// The most distinct short forms [`short_form_people`] compares with
/// every person's name one by one.
const MAX_COMPARED_SHORTS: usize = 16;

/// The buffers [`people`] keeps for the next document on the same thread.
#[derive(Default)]
struct Scratch {
    /// The full names' keys, one per distinct name.
    keys: KeyText,
    /// The people's names and the short forms, as keys.
    more: KeyText,
    /// Each person's forms of name.
    forms: Vec<Forms>,
    /// Each full hit's distinct name.
    slot_of: Vec<u32>,
    /// Each distinct name's first hit.
    first_hit: Vec<usize>,
    /// Each distinct name's person.
    person_of: Vec<u32>,
    /// Each person's distinct name whose key is the person's.
    person_key: Vec<u32>,
    /// Each distinct short form's person (see [`short_form_people`]).
    short_people: Vec<Option<Option<usize>>>,
}

impl Scratch {
    /// The buffers emptied for the next document (see [`crate::scratch`]).
    fn emptied(self) -> Scratch {
        Scratch {
            keys: self.keys.emptied(),
            more: self.more.emptied(),
            forms: crate::scratch::emptied(self.forms),
            slot_of: crate::scratch::emptied(self.slot_of),
            first_hit: crate::scratch::emptied(self.first_hit),
            person_of: crate::scratch::emptied(self.person_of),
            person_key: crate::scratch::emptied(self.person_key),
            short_people: crate::scratch::emptied(self.short_people),
        }
    }
}

thread_local! {
    static SCRATCH: std::cell::Cell<Scratch> = std::cell::Cell::default();
}

/// Title-only mentions ("Chủ tịch VUFO") join the one person holding that
/// title in a body with the same name or acronym: pushed to `joins`. The
/// steps: the questions lower-cased, the titles held in a role asked
/// about, those indexed, then one answer per distinct question.
fn join_title_only(
    ctx: &Ctx,
    norm: &NormalizedText,
    people: &[Person],
    titles: &[TitleHit],
    title_only: &[&PersonHit],
    joins: &mut Vec<(usize, Mention, Option<&str>)>,
) {
    // Built on the first question about an acronym only.
    let acronyms = std::cell::LazyCell::new(|| Acronyms::new(ctx));
    // The lower-cased roles and bodies, of the questions and of the titles
    // held, written one after another into one string (one allocation for
    // all, not two per title): the index borrows them.
    let mut text = String::with_capacity(lowered_room(people, titles, title_only));
    let asked = questions(&mut text, titles, title_only);
    let held = held_in_asked_roles(&mut text, people, &asked);
    let holders = Holders::index(&text, &held);
    // (The same question often comes back.)
    let mut answers: FastMap<(&str, &str), Option<usize>> =
        FastMap::with_capacity_and_hasher(asked.len(), Default::default());
    for (h, (role, org)) in title_only.iter().zip(asked) {
        let question = (&text[role], &text[org]);
        let one = match answers.get(&question) {
            Some(&a) => a,
            None => {
                let a = holders.one_holder(question, &acronyms, ctx);
                answers.insert(question, a);
                a
            }
        };
        if let Some(i) = one {
            joins.push((i, Mention::new(norm.to_original(h.start, h.end), h.rule), None));
        }
    }
}

/// Every title held: (person, title).
fn titles_held(people: &[Person]) -> impl Iterator<Item = (usize, &Title)> {
    people.iter().enumerate().flat_map(|(i, p)| p.titles.iter().map(move |t| (i, t)))
}

/// The bytes [`join_title_only`]'s lower-cased text is sized for: the
/// roles and bodies of the titles held and asked about (lower-casing keeps
/// a text about as long).
fn lowered_room(people: &[Person], titles: &[TitleHit], title_only: &[&PersonHit]) -> usize {
    titles_held(people).map(|(_, t)| t.role.len() + t.organisation.as_deref().map_or(0, str::len)).sum::<usize>()
        + title_only
            .iter()
            .map(|h| &titles[h.titles.start])
            .map(|t| t.role.len() + t.organisation.as_deref().map_or(0, str::len))
            .sum::<usize>()
}

/// `s` lower-cased at the end of `text`: its range there.
fn push_lower(text: &mut String, s: &str) -> Range<usize> {
    let start = text.len();
    text.extend(s.chars().map(crate::normalize::lower_char));
    start..text.len()
}

/// Each title-only mention's question: its role and body lower-cased
/// (ranges of `text`).
fn questions(text: &mut String, titles: &[TitleHit], title_only: &[&PersonHit]) -> Vec<(Range<usize>, Range<usize>)> {
    title_only
        .iter()
        .map(|h| {
            let t = &titles[h.titles.start];
            (push_lower(text, &t.role), push_lower(text, t.organisation.as_deref().unwrap_or("")))
        })
        .collect()
}

/// A title held in a body: (person, role and body lower-cased in the
/// text of [`join_title_only`], body as written).
type Held<'p> = (usize, Range<usize>, Range<usize>, &'p str);

/// The titles held in a body whose role is asked about: only they are
/// ever looked up, so with a few questions (nearly always) the others are
/// not lower-cased; past [`MAX_ASKED_ROLES`] questions, every title held
/// in a body is.
fn held_in_asked_roles<'p>(
    text: &mut String,
    people: &'p [Person],
    asked: &[(Range<usize>, Range<usize>)],
) -> Vec<Held<'p>> {
    let asked_role = |role: &str, text: &str| {
        asked.len() > MAX_ASKED_ROLES || asked.iter().any(|(r, _)| lowers_to(role, &text[r.clone()]))
    };
    let mut held = Vec::new();
    for (i, t) in titles_held(people) {
        if let Some(org) = t.organisation.as_deref().filter(|_| asked_role(&t.role, text)) {
            let role = push_lower(text, &t.role);
            held.push((i, role, push_lower(text, org), org));
        }
    }
    held
}

/// Titles held, indexed by (role, body) and by role, so that a title-only
/// mention looks only at the holders of its role and a long document
/// stays linear. Only "exactly one person" is asked: a (role, body) keeps
/// its first holder and whether another holds it too; a role, the last
/// title held in it, each title linking to the one before (no vector per
/// key).
struct Holders<'t, 'p> {
    held: &'t [Held<'p>],
    by_role_org: FastMap<(&'t str, &'t str), (usize, bool)>,
    by_role: FastMap<&'t str, usize>,
    /// Each title's previous one in its role ([`NONE`]: the first).
    before: Vec<usize>,
}

impl<'t, 'p> Holders<'t, 'p> {
    /// The index of `held` (whose ranges are in `text`).
    fn index(text: &'t str, held: &'t [Held<'p>]) -> Holders<'t, 'p> {
        let mut by_role_org: FastMap<(&str, &str), (usize, bool)> =
            FastMap::with_capacity_and_hasher(held.len(), Default::default());
        let mut by_role: FastMap<&str, usize> = FastMap::with_capacity_and_hasher(held.len(), Default::default());
        let mut before = vec![NONE; held.len()];
        for (j, (i, role, body, _)) in held.iter().enumerate() {
            let role = &text[role.clone()];
            let body = &text[body.clone()];
            // "Trưởng phòng Quản lý bay, Cảng hàng không …": the unit
            // before its parent body answers too ("Trưởng phòng Quản lý bay").
            let unit = body.split_once(", ").map(|(u, _)| u);
            for body in std::iter::once(body).chain(unit) {
                by_role_org.entry((role, body)).and_modify(|(f, more)| *more |= *f != *i).or_insert((*i, false));
            }
            if let Some(last) = by_role.insert(role, j) {
                before[j] = last;
            }
        }
        Holders { held, by_role_org, by_role, before }
    }

    /// The one person holding `role` in a body named `org` (both lower
    /// case) or whose acronym `org` is ("Chủ tịch VUFO": the chairman of
    /// the body written "(VUFO)" after its name).
    fn one_holder<'c>(
        &self,
        (role, org): (&str, &str),
        acronyms: &impl std::ops::Deref<Target = Acronyms<'c>>,
        ctx: &Ctx,
    ) -> Option<usize> {
        let mut one = One::default();
        if let Some(&(f, other)) = self.by_role_org.get(&(role, org)) {
            one.add(f, other);
        }
        // (The holders of the role, last first: the order makes no
        // difference to "exactly one". With none, no acronym is asked.)
        let mut j = self.by_role.get(role).copied().unwrap_or(NONE);
        if j != NONE && acronyms.may_name(org, ctx) {
            while j != NONE {
                let (i, _, _, o) = self.held[j];
                if acronyms.names(o, org, ctx) {
                    one.add(i, false);
                }
                j = self.before[j];
            }
        }
        one.get()
    }
}

/// "Exactly one person": the first found, and whether another was.
#[derive(Default)]
struct One {
    first: Option<usize>,
    more: bool,
}

impl One {
    /// Person `i` found; `other`: it is known to have another with it.
    fn add(&mut self, i: usize, other: bool) {
        match self.first {
            None => self.first = Some(i),
            Some(f) => self.more |= f != i,
        }
        self.more |= other;
    }

    /// The one person, if exactly one was found.
    fn get(&self) -> Option<usize> {
        self.first.filter(|_| !self.more)
    }
}

/// The most questions of [`join_title_only`] whose roles each title held
/// is compared with; past that, every title held is indexed (a document of
/// thousands of title-only mentions stays linear).
const MAX_ASKED_ROLES: usize = 8;

/// True when `s` lower-cased (char by char, as [`data::lower`] does) is
/// `lower`, without writing it.
///
/// [`data::lower`]: crate::data::lower
fn lowers_to(s: &str, lower: &str) -> bool {
    s.chars().map(crate::normalize::lower_char).eq(lower.chars())
}

/// No title (the end of a chain of [`join_title_only`]'s holders).
const NONE: usize = usize::MAX;

/// Adds titles to a person: a role already held gets its body if it had
/// none; a role held in two different bodies is kept twice.
fn add_titles(p: &mut Person, titles: &[crate::recognize::people::TitleHit]) {
    // The hit's strings are copied only where they are kept.
    let title = |t: &crate::recognize::people::TitleHit| Title::new(&t.role, t.organisation.as_deref());
    for t in titles {
        let same_role = |x: &Title| same_lower(&x.role, &t.role);
        if let Some(existing) = p.titles.iter_mut().find(|x| same_role(x)) {
            if existing.organisation.is_none() {
                existing.organisation = t.organisation.as_deref().map(String::from);
            }
            if existing.organisation.is_some()
                && t.organisation.is_some()
                && !same_lower(existing.organisation.as_deref().unwrap_or(""), t.organisation.as_deref().unwrap_or(""))
                && !p.titles.iter().any(|x| same_role(x) && x.organisation.as_deref() == t.organisation.as_deref())
            {
                p.titles.push(title(t));
            }
        } else {
            p.titles.push(title(t));
        }
    }
}

/// Groups `hits` by their exact name: each hit's distinct name (its slot)
/// pushed to `slot_of`, each slot's first hit to `first_hit`, in order of
/// first hit. A text names few people: up to [`MAX_SCANNED_NAMES`]
/// distinct names, a hit's name is compared with each; past that,
/// `by_name` (empty) maps the names to their slots (linear).
fn distinct_names<'n>(
    hits: impl Iterator<Item = (usize, &'n recognize::people::PersonHit<'n>)>,
    by_name: &mut FastMap<&'n str, u32>,
    slot_of: &mut Vec<u32>,
    first_hit: &mut Vec<usize>,
) {
    // The distinct names so far, while they are few.
    let mut few = [""; MAX_SCANNED_NAMES];
    for (hi, h) in hits {
        let n = first_hit.len();
        let next = n as u32;
        let slot = if n <= MAX_SCANNED_NAMES {
            match few[..n].iter().position(|&x| x == h.name) {
                Some(slot) => slot as u32,
                None if n < MAX_SCANNED_NAMES => {
                    few[n] = h.name;
                    next
                }
                // One name more than the scan takes: the map takes over.
                None => {
                    by_name.extend(few.iter().zip(0..).map(|(&x, slot)| (x, slot)));
                    by_name.insert(h.name, next);
                    next
                }
            }
        } else {
            *by_name.entry(h.name).or_insert(next)
        };
        if slot == next {
            first_hit.push(hi);
        }
        slot_of.push(slot);
    }
}

/// The most distinct names (and folded keys) the merge compares one by
/// one rather than through a map.
const MAX_SCANNED_NAMES: usize = 16;

/// Each person's forms of name: (the distinct name, how many); a
/// second form is rare, so only a person who has one gets a vector.
struct Forms {
    first: (usize, usize),
    more: Vec<(usize, usize)>,
}

/// Writes the key two spellings of one name share to `out`: lower case,
/// hyphens as spaces ("Park Hang-seo" = "Park Hang Seo"). As long as `s`.
fn push_name_key(out: &mut String, s: &str) {
    out.extend(s.chars().map(|c| match c {
        '-' => ' ',
        // Most letters of a name are ASCII: lower-cased here, not by a call.
        _ if c.is_ascii() => c.to_ascii_lowercase(),
        _ => crate::normalize::lower_char(c),
    }));
}

/// The key of a short form: one word as written ("Thanh" is not "Thành"),
/// longer ones folded ("Nguyên Văn Doanh" is a mistyped "Nguyễn Văn Doanh").
fn push_short_key(out: &mut String, name: &str) {
    if name.contains([' ', '-']) {
        push_folded_key(out, name)
    } else {
        push_name_key(out, name)
    }
}

/// [`push_name_key`] without diacritics, in one pass (never longer than `s`).
fn push_folded_key(out: &mut String, s: &str) {
    out.extend(s.chars().map(|c| match c {
        '-' => ' ',
        // ASCII has no diacritic to fold: lower-cased here, not by two calls.
        _ if c.is_ascii() => c.to_ascii_lowercase(),
        _ => crate::normalize::fold_char(crate::normalize::lower_char(c)),
    }));
}

/// The keys of a list of names, written one after another into one string
/// (one allocation for all, not one per name): the maps borrow them.
#[derive(Default)]
struct KeyText {
    text: String,
    /// End of each key in `text`.
    ends: Vec<usize>,
}

impl KeyText {
    /// Empties the keys and writes those of `names` (the buffers are kept:
    /// one allocation each for every list of keys of a document).
    fn fill<'n>(&mut self, names: impl Iterator<Item = &'n str> + Clone, key: fn(&mut String, &str)) {
        self.clear_for(0, 0);
        self.append(names, key);
    }

    /// Empties the keys, with room for `keys` keys of `bytes` bytes.
    fn clear_for(&mut self, bytes: usize, keys: usize) {
        self.text.clear();
        self.ends.clear();
        self.text.reserve(bytes);
        self.ends.reserve(keys);
    }

    /// Writes the keys of `names` after those already there.
    fn append<'n>(&mut self, names: impl Iterator<Item = &'n str> + Clone, key: fn(&mut String, &str)) {
        // Sized once: a key is never longer than its name.
        self.text.reserve(names.clone().map(str::len).sum());
        self.ends.reserve(names.clone().count());
        for name in names {
            key(&mut self.text, name);
            self.ends.push(self.text.len());
        }
    }

    fn len(&self) -> usize {
        self.ends.len()
    }

    /// Key `i`.
    #[inline]
    fn get(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.text[start..self.ends[i]]
    }

    /// The buffers emptied for the next document (see [`crate::scratch`]).
    fn emptied(self) -> KeyText {
        KeyText { text: crate::scratch::emptied_string(self.text), ends: crate::scratch::emptied(self.ends) }
    }

    /// The keys, in the order of the names.
    fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        starts.zip(&self.ends).map(|(s, &e)| &self.text[s..e])
    }
}

/// "A.S. Pushkin" ~ "Alexandr Sergeyevich Pushkin": same last word, and the
/// initials are the first letters of the other words.
/// A word of Latin letters (a hyphen or an apostrophe inside).
fn latin_word(w: &str) -> bool {
    w.bytes().all(|c| c.is_ascii_alphabetic() || c == b'-' || c == b'\'')
}

/// Calls `f` with each form of the foreign name `name` with one letter
/// fewer at the end of one word of five letters or more, where neither
/// spelling is a Vietnamese syllable, a given name or a surname ("Donald
/// Trump" gives "Donal Trump" and "Donald Trum"), written in `form`.
fn for_each_cut_form(ctx: &Ctx, name: &str, form: &mut String, mut f: impl FnMut(&str)) {
    let mut start = 0;
    for word in name.split(' ') {
        let end = start + word.len();
        if word.len() >= 5 && word.is_ascii() && !syllable(ctx, word) && !syllable(ctx, &word[..word.len() - 1]) {
            form.clear();
            form.push_str(&name[..end - 1]);
            form.push_str(&name[end..]);
            f(form);
        }
        start = end + 1;
    }
}

/// "John G. Trump", "John G.Trump": a foreign name of two words with one
/// capital initial between them, without it ("John Trump").
fn middle_initial_dropped(name: &str) -> Option<String> {
    let spaced = name.replacen(". ", ".", 1);
    let (first, rest) = spaced.split_once(' ')?;
    let (initial, last) = rest.split_once('.')?;
    let one_letter = initial.len() == 1 && initial.bytes().all(|c| c.is_ascii_uppercase());
    let words_ok = [first, last].iter().all(|w| w.len() >= 2 && latin_word(w));
    (one_letter && words_ok).then(|| format!("{first} {last}"))
}

fn initials_match(short: &str, full: &str) -> bool {
    let (Some((s_init, s_last)), Some((f_first, f_last))) = (short.rsplit_once(' '), full.rsplit_once(' ')) else {
        return false;
    };
    let initials: Vec<char> = s_init.chars().filter(|c| c.is_alphabetic()).collect();
    let firsts: Vec<char> = f_first.split(' ').filter_map(|w| w.chars().next()).collect();
    s_last == f_last && !initials.is_empty() && initials == firsts
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The char-by-char test is the test on the lower-cased string,
    /// capitals with diacritics included.
    #[test]
    fn lowers_to_is_the_test_on_the_lower_cased_string() {
        let words = ["Chủ tịch", "CHỦ TỊCH", "chủ tịch", "Chủ tịc", "Chủ tịch ", "Giám đốc", "Đại sứ", "đại sứ", ""];
        for s in words {
            for l in words {
                assert_eq!(lowers_to(s, l), crate::data::lower(s) == l, "{s:?} / {l:?}");
            }
        }
    }

    /// The short forms compared with each person's name find the person
    /// the maps of affixes find: on names of one to four words (some
    /// sharing words, some mistyped, hyphenated, with doubled spaces), and
    /// every affix of every name, each word alone and some words that are
    /// no one's asked as short forms.
    #[test]
    fn short_forms_compared_find_what_the_maps_find() {
        let words = ["Nguyễn", "Văn", "An", "Nguyên", "Thị", "Lan", "Park", "Hang-seo", "an", ""];
        let mut rng = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: usize| {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            (rng % n as u64) as usize
        };
        let mut asked_total = 0;
        for _ in 0..400 {
            let names: Vec<String> = (0..1 + next(6))
                .map(|_| {
                    let n = 1 + next(4);
                    let sep = if next(10) == 0 { "  " } else { " " };
                    (0..n).map(|_| words[next(words.len())]).collect::<Vec<_>>().join(sep)
                })
                .collect();
            let (mut keys, mut written) = (KeyText::default(), KeyText::default());
            keys.fill(names.iter().map(String::as_str), push_folded_key);
            written.fill(names.iter().map(String::as_str), push_name_key);
            // (Some people share a folded key.)
            let person_key: Vec<u32> =
                (0..names.len()).map(|i| if i > 0 && next(5) == 0 { 0 } else { i as u32 }).collect();
            let affixes = Affixes::of_people(names.len(), &keys, &person_key, &written);
            // Every affix of the maps, and words and pairs as short forms.
            let mut asked: Vec<String> =
                affixes.by_last.keys().chain(affixes.by_first.keys()).map(|k| k.to_string()).collect();
            for w in words {
                let mut k = String::new();
                push_short_key(&mut k, w);
                asked.push(k);
                let mut k = String::new();
                push_short_key(&mut k, &format!("{w} {}", words[next(words.len())]));
                asked.push(k);
            }
            asked.extend([" ".to_string(), "  ".to_string(), "x".to_string()]);
            // (By the comparison in groups of at most its limit; then all at
            // once, by the maps when more.)
            let mut groups: Vec<&[String]> = asked.chunks(MAX_COMPARED_SHORTS).collect();
            groups.push(&asked);
            let mut found = Vec::new();
            for group in groups {
                let mut more = KeyText::default();
                more.fill(names.iter().map(String::as_str), push_name_key);
                more.append(group.iter().map(String::as_str), |out, k| out.push_str(k));
                short_form_people(names.len(), &keys, &person_key, &more, &mut found);
                assert_eq!(found.len(), group.len());
                for (k, one) in group.iter().zip(&found) {
                    assert_eq!(*one, affixes.person(k), "{k:?} in {names:?}");
                    asked_total += 1;
                }
            }
        }
        assert!(asked_total > 10_000, "{asked_total}");
    }

    /// Names written again group by exact name: one slot per distinct
    /// name, in order of first hit.
    #[test]
    fn distinct_names_are_slotted_in_order_of_first_hit() {
        let hit = |name| recognize::people::PersonHit {
            start: 0,
            end: 0,
            tokens: (0, 0),
            name,
            short: false,
            honorific: None,
            titles: 0..0,
            degrees: Vec::new(),
            rule: "test",
        };
        let hits = [hit("Lâm Văn Mẫn"), hit("Mẫn"), hit("Lâm Văn Mẫn"), hit("Lam Van Man"), hit("Mẫn")];
        let (mut by_name, mut slot_of, mut first_hit) = (FastMap::default(), Vec::new(), Vec::new());
        distinct_names(hits.iter().enumerate(), &mut by_name, &mut slot_of, &mut first_hit);
        assert_eq!(slot_of, [0, 1, 0, 2, 1]);
        assert_eq!(first_hit, [0, 1, 3]);
        // Few names compared, many mapped (the map taking over at the name
        // one past the limit): the slots a map alone gives.
        let names: Vec<String> = (0..3 * MAX_SCANNED_NAMES).map(|k| format!("Tên {k}")).collect();
        for distinct in [1, MAX_SCANNED_NAMES - 1, MAX_SCANNED_NAMES, MAX_SCANNED_NAMES + 1, 3 * MAX_SCANNED_NAMES] {
            let hits: Vec<_> = (0..5 * distinct).map(|k| hit(&names[(k * 7 + k / 3) % distinct])).collect();
            let (mut by_name, mut slot_of, mut first_hit) = (FastMap::default(), Vec::new(), Vec::new());
            distinct_names(hits.iter().enumerate(), &mut by_name, &mut slot_of, &mut first_hit);
            let mut map: FastMap<&str, u32> = FastMap::default();
            let (mut want_slots, mut want_first) = (Vec::new(), Vec::new());
            for (hi, h) in hits.iter().enumerate() {
                let next = want_first.len() as u32;
                let slot = *map.entry(h.name).or_insert(next);
                if slot == next {
                    want_first.push(hi);
                }
                want_slots.push(slot);
            }
            assert_eq!((slot_of, first_hit), (want_slots, want_first), "{distinct}");
        }
    }
}
