//! Merges recogniser hits into the document's items.

use super::calendar::Ymd;
use super::facts::FigureAt;
use crate::data::{lower as key, same_lower};
use crate::document::*;
use crate::normalize::{normalize, NormalizedText, ToneStyle};
use crate::provinces::Era;
use crate::recognize::{self, Ctx};
use crate::tokenize::Shape;
use crate::Span;
use std::collections::hash_map::Entry;
use std::collections::HashMap;

/// Runs every recogniser over `ctx` and builds the document.
pub(crate) fn build(ctx: &Ctx, norm: &NormalizedText, published: Option<Ymd>, style: ToneStyle) -> Document {
    let span = |s: usize, e: usize| norm.to_original(s, e);

    // Dates first: figures must not reuse their numbers.
    let mut date_hits = recognize::dates::recognize(ctx, published);
    let taken: Vec<(usize, usize)> = date_hits.iter().map(|h| (h.start, h.end)).collect();
    date_hits.retain(|h| !h.value.is_empty());
    let mut dates: Vec<DateMention> = Vec::new();
    let mut date_index: HashMap<String, usize> = HashMap::new();
    for h in &date_hits {
        let sp = span(h.start, h.end);
        let i = *date_index.entry(h.value.clone()).or_insert_with(|| {
            dates.push(DateMention {
                text: norm.original()[sp.range()].to_string(),
                value: h.value.clone(),
                part_of_day: h.part_of_day.map(String::from),
                time: h.time.clone(),
                mentions: Vec::new(),
            });
            dates.len() - 1
        });
        dates[i].mentions.push(Mention::new(sp, h.rule));
    }

    let mut figures: Vec<Figure> = Vec::new();
    let mut figure_hits: Vec<FigureAt> = Vec::new();
    let mut figure_index: HashMap<(u64, String, Option<u64>, Option<Qualifier>), usize> = HashMap::new();
    for h in recognize::figures::recognize(ctx, &taken) {
        let sp = span(h.start, h.end);
        let unit = h.unit.clone();
        let figure = Figure {
            text: norm.original()[sp.range()].to_string(),
            value: h.value,
            unit: unit.clone(),
            kind: h.kind,
            value_max: h.value_max,
            qualifier: h.qualifier,
            mentions: vec![Mention::new(sp, h.rule)],
        };
        // One figure per value, unit (any case), range end and qualifier;
        // a hash look-up keeps a long document with many figures linear.
        let figure_key = (number_key(h.value), key(&unit), h.value_max.map(number_key), h.qualifier);
        match figure_index.entry(figure_key) {
            Entry::Occupied(e) => figures[*e.get()].mentions.push(Mention::new(sp, h.rule)),
            Entry::Vacant(e) => {
                e.insert(figures.len());
                figures.push(figure.clone());
            }
        }
        figure_hits.push(FigureAt { start: h.start, figure });
    }

    // Provinces: one per unit; the 2025 record for names of both eras when
    // the article is from after the reorganisation.
    let after_2025 = published.is_some_and(|p| p >= Ymd { y: 2025, m: 7, d: 1 });
    let mut provinces: Vec<Province> = Vec::new();
    for h in recognize::provinces::recognize(ctx) {
        let mut rec = &ctx.lex.provinces[h.record];
        if after_2025 {
            if let Some(new) = ctx.lex.provinces.iter().find(|p| p.era == Era::Since2025 && p.name == rec.name) {
                rec = new;
            }
        }
        let sp = span(h.hit.start, h.hit.end);
        match provinces.iter_mut().find(|p| p.name == rec.name) {
            Some(p) => p.mentions.push(Mention::new(sp, h.hit.rule)),
            None => {
                let mut p = Province::from(rec);
                p.mentions.push(Mention::new(sp, h.hit.rule));
                provinces.push(p);
            }
        }
    }

    let people = people(ctx, norm);
    let organisations = organisations(ctx, norm, &people);

    let mut legal_refs: Vec<LegalRef> = Vec::new();
    let mut document_index: HashMap<(String, String), usize> = HashMap::new();
    for h in recognize::legal::recognize(ctx, published) {
        let sp = span(h.start, h.end);
        match document_index.entry((h.kind.clone(), h.number.clone())) {
            Entry::Occupied(e) => {
                let d = &mut legal_refs[*e.get()];
                d.mentions.push(Mention::new(sp, "document.reference"));
                d.issuer = d.issuer.take().or(h.issuer);
                d.date = d.date.take().or(h.date);
            }
            Entry::Vacant(e) => {
                e.insert(legal_refs.len());
                legal_refs.push(LegalRef {
                    text: norm.original()[sp.range()].to_string(),
                    kind: h.kind,
                    number: h.number,
                    issuer: h.issuer,
                    date: h.date,
                    mentions: vec![Mention::new(sp, "document.reference")],
                });
            }
        }
    }

    let mut doc = Document {
        published: published.map(|p| p.iso()),
        people,
        organisations,
        provinces,
        dates,
        figures,
        legal_refs,
        facts: Vec::new(),
    };
    doc.facts = super::facts::facts(ctx, norm, &date_hits, &figure_hits, &doc);
    if style != ToneStyle::Traditional {
        restyle(&mut doc, style);
    }
    doc
}

/// A hashable stand-in for a value compared with `==`: the same bits for
/// 0.0 and -0.0. (NaN never comes out of the number parser.)
fn number_key(v: f64) -> u64 {
    if v == 0.0 {
        0
    } else {
        v.to_bits()
    }
}

/// Writes every name of the document in `style` (merging was done on the
/// traditional forms, so it does not depend on the style asked for).
fn restyle(doc: &mut Document, style: ToneStyle) {
    let s = |x: &mut String| *x = normalize(x, style).as_str().to_string();
    for p in &mut doc.people {
        s(&mut p.name);
        for t in &mut p.titles {
            s(&mut t.role);
            if let Some(o) = &mut t.organisation {
                s(o);
            }
        }
    }
    for o in &mut doc.organisations {
        s(&mut o.name);
        o.aliases.iter_mut().for_each(s);
    }
    for p in &mut doc.provinces {
        s(&mut p.name);
        if let Some(x) = &mut p.merged_into {
            s(x);
        }
    }
    for f in doc.figures.iter_mut().chain(doc.facts.iter_mut().flat_map(|f| f.figures.iter_mut())) {
        s(&mut f.unit);
    }
}

fn people(ctx: &Ctx, norm: &NormalizedText) -> Vec<Person> {
    let hits = recognize::people::recognize(ctx);
    let mut people: Vec<Person> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for h in hits.iter().filter(|h| !h.short) {
        let sp = norm.to_original(h.start, h.end);
        let i = *index.entry(key(&h.name)).or_insert_with(|| {
            people.push(Person {
                name: h.name.clone(),
                honorific: None,
                gender: None,
                titles: Vec::new(),
                degrees: Vec::new(),
                mentions: Vec::new(),
            });
            people.len() - 1
        });
        let p = &mut people[i];
        p.mentions.push(Mention::new(sp, h.rule));
        if p.honorific.is_none() {
            p.honorific = h.honorific.clone();
        }
        for d in &h.degrees {
            if !p.degrees.contains(d) {
                p.degrees.push(d.clone());
            }
        }
        for t in &h.titles {
            let title = Title { role: t.role.clone(), organisation: t.organisation.clone() };
            let same_role = |x: &Title| same_lower(&x.role, &title.role);
            if let Some(existing) = p.titles.iter_mut().find(|x| same_role(x)) {
                if existing.organisation.is_none() {
                    existing.organisation = title.organisation.clone();
                }
                if existing.organisation.is_some()
                    && title.organisation.is_some()
                    && !same_lower(
                        existing.organisation.as_deref().unwrap_or(""),
                        title.organisation.as_deref().unwrap_or(""),
                    )
                {
                    // Two different bodies: keep both ("Chủ tịch" of two bodies).
                    if !p.titles.iter().any(|x| same_role(x) && x.organisation == title.organisation) {
                        p.titles.push(title);
                    }
                }
            } else {
                p.titles.push(title);
            }
        }
    }
    // Short forms ("ông Mẫn") join the one person whose name ends with them.
    // "A.S. Pushkin" is "Alexandr Sergeyevich Pushkin" when the initials agree.
    let mut i = 0;
    while i < people.len() {
        let target = people[i].name.contains('.').then(|| {
            let short = &people[i].name;
            people.iter().position(|p| !p.name.contains('.') && initials_match(short, &p.name))
        });
        if let Some(Some(j)) = target {
            let p = people.remove(i);
            let j = if j > i { j - 1 } else { j };
            people[j].mentions.extend(p.mentions);
            let new: Vec<Title> = p.titles.into_iter().filter(|t| !people[j].titles.contains(t)).collect();
            people[j].titles.extend(new);
        } else {
            i += 1;
        }
    }
    // Title-only mentions ("Chủ tịch VUFO") join the one person holding that
    // title in a body with the same name or acronym.
    let acronyms = Acronyms::new(ctx);
    // Titles held, indexed by (role, body) and by role, so that a title-only
    // mention looks only at the holders of its role and a long document
    // stays linear.
    let mut by_role_org: HashMap<(String, String), Vec<usize>> = HashMap::new();
    let mut by_role: HashMap<String, Vec<(usize, &str)>> = HashMap::new();
    for (i, p) in people.iter().enumerate() {
        for t in &p.titles {
            let Some(org) = t.organisation.as_deref() else { continue };
            let role = key(&t.role);
            by_role_org.entry((role.clone(), key(org))).or_default().push(i);
            by_role.entry(role).or_default().push((i, org));
        }
    }
    // The one person holding a role in a body named `org` (lower case) or
    // whose acronym `org` is; the same question often comes back.
    let mut answers: HashMap<(String, String), Option<usize>> = HashMap::new();
    let mut holder = |role: String, org: String| -> Option<usize> {
        let question = (role, org);
        if let Some(&a) = answers.get(&question) {
            return a;
        }
        let (role, org) = (&question.0, &question.1);
        let mut found: Vec<usize> = Vec::new();
        let mut add = |i: usize| {
            if !found.contains(&i) {
                found.push(i);
            }
        };
        by_role_org.get(&question).into_iter().flatten().for_each(|&i| add(i));
        if acronyms.may_name(org, ctx) {
            for &(i, o) in by_role.get(role).into_iter().flatten() {
                if acronyms.names(o, org, ctx) {
                    add(i);
                }
            }
        }
        let a = (found.len() == 1).then(|| found[0]);
        answers.insert(question, a);
        a
    };
    let mut joins: Vec<(usize, Mention, Option<&String>)> = Vec::new();
    for h in hits.iter().filter(|h| h.short && h.name.is_empty()) {
        let t = &h.titles[0];
        let want_org = t.organisation.as_deref().map(key).unwrap_or_default();
        if let Some(i) = holder(key(&t.role), want_org) {
            joins.push((i, Mention::new(norm.to_original(h.start, h.end), h.rule), None));
        }
    }
    // Short forms ("ông Mẫn") join the one person whose last name they are.
    let mut by_last: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, p) in people.iter().enumerate() {
        let k = key(&p.name);
        by_last.entry(k.rsplit(' ').next().unwrap_or("").to_string()).or_default().push(i);
    }
    for h in hits.iter().filter(|h| h.short && !h.name.is_empty()) {
        if let Some([i]) = by_last.get(&key(&h.name)).map(Vec::as_slice) {
            joins.push((*i, Mention::new(norm.to_original(h.start, h.end), h.rule), h.honorific.as_ref()));
        }
    }
    for (i, mention, honorific) in joins {
        let p = &mut people[i];
        p.mentions.push(mention);
        if p.honorific.is_none() {
            p.honorific = honorific.cloned();
        }
    }
    for p in &mut people {
        p.gender = p.honorific.as_deref().and_then(|h| ctx.lex.honorifics.get(&key(h)).copied().flatten());
        p.mentions.sort_by_key(|m| m.span);
        // A name both in a byline and read as a full name is one mention.
        p.mentions.dedup_by_key(|m| m.span);
    }
    people
}

/// "A.S. Pushkin" ~ "Alexandr Sergeyevich Pushkin": same last word, and the
/// initials are the first letters of the other words.
fn initials_match(short: &str, full: &str) -> bool {
    let (Some((s_init, s_last)), Some((f_first, f_last))) = (short.rsplit_once(' '), full.rsplit_once(' ')) else {
        return false;
    };
    let initials: Vec<char> = s_init.chars().filter(|c| c.is_alphabetic()).collect();
    let firsts: Vec<char> = f_first.split(' ').filter_map(|w| w.chars().next()).collect();
    s_last == f_last && !initials.is_empty() && initials == firsts
}

/// Acronyms the text gives in brackets after a name ("… hữu nghị Việt Nam
/// (VUFO)"), found in one pass: positions of " (ACR)" by acronym.
struct Acronyms {
    at: HashMap<String, Vec<usize>>,
}

impl Acronyms {
    fn new(ctx: &Ctx) -> Acronyms {
        let mut at: HashMap<String, Vec<usize>> = HashMap::new();
        let t = ctx.text;
        for (open, _) in t.match_indices(" (") {
            let rest = &t[open + 2..];
            // An acronym is short; looking no further keeps this linear.
            let window = &rest[..crate::recognize::floor_boundary(rest, 32)];
            let Some(close) = window.find(')').filter(|&c| c > 0) else { continue };
            at.entry(rest[..close].to_string()).or_default().push(open);
        }
        Acronyms { at }
    }

    /// True when the text or the data gives `acronym` (lower-case) to some
    /// body: only then can [`Acronyms::names`] be true.
    fn may_name(&self, acronym: &str, ctx: &Ctx) -> bool {
        let upper = acronym.to_uppercase();
        ctx.lex.acronyms.contains_key(&upper) || self.at.contains_key(&upper)
    }

    /// True when `acronym` (lower-case) is the acronym the text or the data
    /// gives to the body named `org`.
    fn names(&self, org: &str, acronym: &str, ctx: &Ctx) -> bool {
        let upper = acronym.to_uppercase();
        ctx.lex.acronyms.get(&upper).is_some_and(|(full, _)| key(full) == key(org))
            || self.at.get(&upper).is_some_and(|ps| ps.iter().any(|&p| ctx.text[..p].ends_with(org)))
    }
}

fn organisations(ctx: &Ctx, norm: &NormalizedText, people: &[Person]) -> Vec<Organisation> {
    let person_spans = Spans::new(people.iter().flat_map(|p| p.mentions.iter().map(|m| m.span)));
    let mut orgs: Vec<Organisation> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for h in recognize::organisations::recognize(ctx) {
        let sp = norm.to_original(h.start, h.end);
        if person_spans.covers(sp.start) {
            continue;
        }
        let i = *index.entry(key(&h.name)).or_insert_with(|| {
            orgs.push(Organisation { name: h.name.clone(), acronym: None, aliases: Vec::new(), mentions: Vec::new() });
            orgs.len() - 1
        });
        if orgs[i].acronym.is_none() {
            orgs[i].acronym = h.acronym.clone();
        }
        orgs[i].mentions.push(Mention::new(sp, h.rule));
    }
    // Acronyms from the data: "UBND tỉnh X" keeps its acronym; a known body
    // named only by its acronym ("VUFO") gets its full name.
    for o in &mut orgs {
        if o.acronym.is_none() {
            let first = o.name.split(' ').next().unwrap_or("");
            if ctx.lex.acronyms.contains_key(first) {
                o.acronym = Some(first.to_string());
            } else if let Some((_, Some(a))) = ctx.lex.org_known.get(&key(&o.name)) {
                o.acronym = Some(a.clone());
            }
        }
    }
    // Bare acronym mentions: the first body with that acronym, unless the
    // token lies inside a mention already.
    let named = Spans::new(orgs.iter().flat_map(|o| o.mentions.iter().map(|m| m.span)));
    let mut by_acronym: HashMap<String, usize> = HashMap::new();
    for (i, o) in orgs.iter().enumerate() {
        if let Some(a) = &o.acronym {
            if key(&o.name) != key(a) && !o.name.starts_with(a.as_str()) {
                by_acronym.entry(a.clone()).or_insert(i);
            }
        }
    }
    for (i, t) in ctx.tokens.iter().enumerate() {
        if t.shape() != Shape::Upper || ctx.tok(i).chars().count() < 2 {
            continue;
        }
        let word = ctx.tok(i);
        let sp = norm.to_original(t.start(), t.end());
        if named.covers(sp.start) {
            continue;
        }
        if let Some(&j) = by_acronym.get(word) {
            orgs[j].mentions.push(Mention::new(sp, "org.acronym"));
            continue;
        }
        if let Some((full, false)) = ctx.lex.acronyms.get(word) {
            if key(full) != key(word) && !full.starts_with(word) {
                by_acronym.insert(word.to_string(), orgs.len());
            }
            orgs.push(Organisation {
                name: full.clone(),
                acronym: Some(word.to_string()),
                aliases: Vec::new(),
                mentions: vec![Mention::new(sp, "org.acronym_known")],
            });
        }
    }
    // Merge duplicates: the same name, or "UBND tỉnh X" and "Ủy ban nhân dân tỉnh X".
    let expanded = |name: &str| -> String {
        let (first, rest) = name.split_once(' ').unwrap_or((name, ""));
        match ctx.lex.acronyms.get(first) {
            Some((full, true)) => key(&format!("{full} {rest}")),
            _ => key(name),
        }
    };
    let mut merged: Vec<Organisation> = Vec::new();
    let mut merged_index: HashMap<String, usize> = HashMap::new();
    for o in orgs {
        if ctx.lex.org_generic.contains(&key(&o.name)) {
            continue;
        }
        let k = expanded(&o.name);
        match merged_index.get(&k).map(|&j| &mut merged[j]) {
            Some(m) => {
                if key(&m.name) != key(&o.name) && !m.aliases.contains(&o.name) {
                    m.aliases.push(o.name.clone());
                }
                m.mentions.extend(o.mentions);
                if m.acronym.is_none() {
                    m.acronym = o.acronym;
                }
            }
            None => {
                merged_index.insert(k, merged.len());
                merged.push(o);
            }
        }
    }
    let keys: Vec<String> = merged.iter().map(|o| key(&o.name)).collect();
    // "Trung tâm ICISE": a head word and the acronym of a named body. Bodies
    // are looked up by acronym and merged ones marked, not removed, so a
    // long document with many bodies stays linear.
    let mut with_acronym: HashMap<&str, Vec<usize>> = HashMap::new();
    for (j, o) in merged.iter().enumerate() {
        if let Some(a) = o.acronym.as_deref() {
            with_acronym.entry(a).or_default().push(j);
        }
    }
    let mut alive = vec![true; merged.len()];
    let mut moves: Vec<(usize, usize)> = Vec::new();
    for i in 0..merged.len() {
        let Some((head, acr)) = merged[i].name.rsplit_once(' ') else { continue };
        if !acr.chars().all(char::is_uppercase) {
            continue;
        }
        let first = with_acronym.get(acr).and_then(|js| js.iter().copied().find(|&j| alive[j] && keys[j] != keys[i]));
        if let Some(j) = first.filter(|&j| keys[j].starts_with(&key(head))) {
            alive[i] = false;
            moves.push((i, j));
        }
    }
    drop(with_acronym);
    for (i, j) in moves {
        let name = std::mem::take(&mut merged[i].name);
        let mentions = std::mem::take(&mut merged[i].mentions);
        merged[j].aliases.push(name);
        merged[j].mentions.extend(mentions);
    }
    // A generic name ("Liên hiệp các tổ chức hữu nghị") is an alias of the
    // one longer name it begins, or dropped. Names sorted by key put all
    // the names a key begins right after it.
    let generic: Vec<bool> = merged
        .iter()
        .map(|o| {
            // Short and all lower case after the head: a kind of body.
            o.acronym.is_none()
                && o.name.split(' ').count() <= 7
                && !o
                    .name
                    .split(' ')
                    .skip(1)
                    .any(|w| w.starts_with(char::is_uppercase) || w.starts_with(|c: char| c.is_ascii_digit()))
        })
        .collect();
    let mut sorted: Vec<usize> = (0..merged.len()).filter(|&j| alive[j]).collect();
    sorted.sort_by(|&a, &b| keys[a].cmp(&keys[b]));
    let mut keep = alive.clone();
    for i in 0..merged.len() {
        if !alive[i] || !generic[i] || ctx.lex.org_known.get(&keys[i]).is_some() {
            continue;
        }
        keep[i] = false;
        let k = keys[i].as_str();
        let from = sorted.partition_point(|&j| keys[j].as_str() < k);
        let mut longer = sorted[from..].iter().copied().take_while(|&j| keys[j].starts_with(k)).filter(|&j| j != i);
        if let (Some(j), None) = (longer.next(), longer.next()) {
            let alias = merged[i].name.clone();
            let mentions = std::mem::take(&mut merged[i].mentions);
            merged[j].aliases.push(alias);
            merged[j].mentions.extend(mentions);
        }
    }
    let mut out: Vec<Organisation> = merged.into_iter().zip(keep).filter(|(_, k)| *k).map(|(o, _)| o).collect();
    for o in &mut out {
        o.mentions.sort_by_key(|m| m.span);
        o.mentions.dedup_by_key(|m| m.span);
    }
    // In order of first mention.
    out.sort_by_key(|o| o.mentions.first().map_or(usize::MAX, |m| m.span.start));
    out
}

/// Spans sorted by start with the running maximum of their ends: whether
/// any of them covers a position is a binary search.
struct Spans {
    starts: Vec<usize>,
    max_end: Vec<usize>,
}

impl Spans {
    fn new(spans: impl Iterator<Item = Span>) -> Spans {
        let mut v: Vec<Span> = spans.collect();
        v.sort_by_key(|s| s.start);
        let mut end = 0;
        let max_end = v
            .iter()
            .map(|s| {
                end = end.max(s.end);
                end
            })
            .collect();
        Spans { starts: v.iter().map(|s| s.start).collect(), max_end }
    }

    /// True when a span has `start <= pos < end`.
    fn covers(&self, pos: usize) -> bool {
        let n = self.starts.partition_point(|&s| s <= pos);
        n > 0 && self.max_end[n - 1] > pos
    }
}
