//! Organisations: one per body. Names merge by key and by their expanded
//! acronym ("UBND tỉnh X" = "Ủy ban nhân dân tỉnh X"); bare acronyms join
//! their body; generic names become aliases of the one longer name they begin.

use super::Spans;
use crate::data::lower as key;
use crate::document::*;
use crate::normalize::NormalizedText;
use crate::recognize::{self, Ctx};
use crate::tokenize::Shape;
use std::collections::HashMap;

pub(super) fn organisations(ctx: &Ctx, norm: &NormalizedText, people: &[Person]) -> Vec<Organisation> {
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
