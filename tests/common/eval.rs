//! Scoring against gold annotations in the project's JSONL format
//! (`SCHEMA.md`): precision, recall and F1 per category, micro-averaged
//! over documents, with the schema's matching rules.
//!
//! Development code, not part of the crate: the accuracy tests include it as
//! `tests/common/eval.rs`, the `evaluate` example with `#[path]`.

#![allow(dead_code)] // each includer uses a part

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use viet_extract::normalise::{normalise, ToneStyle};
use viet_extract::Document;

/// One gold line.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
pub struct GoldDoc {
    /// File name of the document, when it lives beside the gold.
    #[serde(default)]
    pub doc: Option<String>,
    /// The text itself, when the gold carries it.
    #[serde(default)]
    pub text: Option<String>,
    /// Publication date.
    #[serde(default)]
    pub published: Option<String>,
    /// People.
    #[serde(default)]
    pub people: Vec<GoldPerson>,
    /// Organisations.
    #[serde(default)]
    pub organisations: Vec<GoldOrganisation>,
    /// Provinces (canonical names).
    #[serde(default)]
    pub provinces: Vec<GoldProvince>,
    /// Dates.
    #[serde(default)]
    pub dates: Vec<GoldDate>,
    /// Figures.
    #[serde(default)]
    pub figures: Vec<GoldFigure>,
    /// Facts: one per gold figure (real-dev and the section samples).
    #[serde(default)]
    pub facts: Vec<GoldFact>,
}

/// A gold fact: a figure, who or what it is about, the verb that states it
/// and the date a reader attaches to it (SCHEMA.md, "Facts").
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
pub struct GoldFact {
    /// The figure.
    pub figure: GoldFigure,
    /// Grammatical subject of the clause, entities written in full.
    #[serde(default)]
    pub subject: Option<String>,
    /// Predicate words, no auxiliaries.
    #[serde(default)]
    pub verb: Option<String>,
    /// ISO date.
    #[serde(default)]
    pub date: Option<String>,
}

/// A gold person.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
pub struct GoldPerson {
    /// Fullest name.
    pub name: String,
    /// Other spellings.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Titles.
    #[serde(default)]
    pub titles: Vec<GoldTitle>,
}

/// A gold title.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
pub struct GoldTitle {
    /// Role words.
    pub role: String,
    /// Body, if any.
    #[serde(default)]
    pub organisation: Option<String>,
}

/// A gold organisation.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
pub struct GoldOrganisation {
    /// Name.
    pub name: String,
    /// Acronym.
    #[serde(default)]
    pub acronym: Option<String>,
    /// Other spellings.
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// A gold province: a name, or an object with a `name` (the crate's output).
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(untagged)]
pub enum GoldProvince {
    /// "Sóc Trăng".
    Name(String),
    /// `{"name": "Sóc Trăng", …}`.
    Record {
        /// Canonical name.
        name: String,
    },
}

impl GoldProvince {
    fn name(&self) -> &str {
        match self {
            GoldProvince::Name(n) | GoldProvince::Record { name: n } => n,
        }
    }
}

/// A gold date.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
pub struct GoldDate {
    /// As written.
    #[serde(default)]
    pub text: String,
    /// ISO value.
    pub value: String,
}

/// A gold figure.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
pub struct GoldFigure {
    /// As written.
    #[serde(default)]
    pub text: String,
    /// Value in base units.
    pub value: f64,
    /// Unit or counted noun.
    pub unit: String,
}

/// The categories scored, in report order.
pub const CATEGORIES: [&str; 6] = ["people", "titles", "organisations", "provinces", "dates", "figures"];

/// True positives, extras and misses of one category, with what they were.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Counts {
    /// Predictions that match gold.
    pub tp: usize,
    /// Predictions with no gold match.
    pub extras: Vec<String>,
    /// Gold items with no prediction.
    pub misses: Vec<String>,
}

impl Counts {
    /// Precision.
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.extras.len())
    }
    /// Recall.
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.misses.len())
    }
    /// F1.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// Facts scored over the gold facts (SCHEMA.md, "Facts"): how many are
/// found (a predicted fact holds the figure), and of those how many have
/// the right date, subject, verb, and all three.
#[derive(Clone, Debug, Default, Serialize)]
pub struct FactCounts {
    /// Gold facts.
    pub gold: usize,
    /// Gold facts whose figure is among the document's predicted figures.
    pub figure_found: usize,
    /// Gold facts held by some predicted fact.
    pub found: usize,
    /// … with the right date.
    pub date: usize,
    /// … with the right subject.
    pub subject: usize,
    /// … with the right verb.
    pub verb: usize,
    /// … with all three right.
    pub all: usize,
    /// One line per gold fact not fully right: gold, then the prediction.
    pub wrong: Vec<String>,
}

impl FactCounts {
    /// `n` as a fraction of the gold facts.
    pub fn of_gold(&self, n: usize) -> f64 {
        ratio(n, self.gold)
    }
}

/// Scores summed over documents.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Scores {
    /// Per category.
    pub categories: BTreeMap<String, Counts>,
    /// Facts, when the gold has them.
    pub facts: FactCounts,
}

impl Scores {
    /// The counts of `category` (one of [`CATEGORIES`]).
    pub fn get(&self, category: &str) -> Counts {
        self.categories.get(category).cloned().unwrap_or_default()
    }

    /// Adds one document's comparison; `label` prefixes the detail lines.
    pub fn add(&mut self, label: &str, gold: &GoldDoc, pred: &Document) {
        let mut put = |cat: &str, c: Counts| {
            let e = self.categories.entry(cat.to_string()).or_default();
            e.tp += c.tp;
            e.extras.extend(c.extras.into_iter().map(|x| format!("{label}: {x}")));
            e.misses.extend(c.misses.into_iter().map(|x| format!("{label}: {x}")));
        };
        put(
            "people",
            greedy(
                gold.people.iter().map(|p| (p.name.clone(), names(&p.name, &p.aliases))).collect(),
                pred.people.iter().map(|p| p.name.clone()).collect(),
                |g, p| g.contains(&norm(p)),
            ),
        );
        let gold_titles: Vec<(String, Vec<String>)> = gold
            .people
            .iter()
            .flat_map(|p| {
                p.titles.iter().map(move |t| (format!("{} | {}", p.name, t.role), vec![pair(&p.name, &t.role)]))
            })
            .collect();
        let pred_titles: Vec<String> =
            pred.people.iter().flat_map(|p| p.titles.iter().map(move |t| format!("{} | {}", p.name, t.role))).collect();
        put(
            "titles",
            greedy(gold_titles, pred_titles, |g, p| {
                let (n, r) = p.split_once(" | ").unwrap_or((p, ""));
                g[0] == pair(n, r)
            }),
        );
        let gold_orgs: Vec<(String, OrgKeys)> = gold
            .organisations
            .iter()
            .map(|o| (o.name.clone(), (names(&o.name, &o.aliases), o.acronym.clone())))
            .collect();
        let pred_orgs: Vec<String> = pred
            .organisations
            .iter()
            .map(|o| format!("{}{}", o.name, o.acronym.as_deref().map(|a| format!(" ({a})")).unwrap_or_default()))
            .collect();
        let pred_acr: Vec<Option<String>> = pred.organisations.iter().map(|o| o.acronym.clone()).collect();
        let pred_names: Vec<String> = pred.organisations.iter().map(|o| o.name.clone()).collect();
        put(
            "organisations",
            greedy(gold_orgs, pred_orgs.clone(), |g, p| {
                let i = pred_orgs.iter().position(|x| x == p).unwrap_or(0);
                g.0.contains(&norm(&pred_names[i])) || (g.1.is_some() && g.1 == pred_acr[i])
            }),
        );
        put(
            "provinces",
            greedy(
                gold.provinces.iter().map(|p| (p.name().to_string(), norm(p.name()))).collect(),
                pred.provinces.iter().map(|p| p.name.clone()).collect(),
                |g, p| *g == norm(p),
            ),
        );
        put(
            "dates",
            greedy(
                gold.dates.iter().map(|d| (format!("{} = {}", d.text, d.value), d.value.clone())).collect(),
                pred.dates.iter().map(|d| format!("{} = {}", d.text, d.value)).collect(),
                |g, p| p.rsplit(" = ").next() == Some(g.as_str()),
            ),
        );
        let pred_fig: Vec<(f64, String)> = pred.figures.iter().map(|f| (f.value, f.unit.clone())).collect();
        let pred_fig_labels: Vec<String> =
            pred.figures.iter().map(|f| format!("{} = {} {}", f.text, f.value, f.unit)).collect();
        put(
            "figures",
            greedy(
                gold.figures
                    .iter()
                    .map(|f| (format!("{} = {} {}", f.text, f.value, f.unit), (f.value, f.unit.clone())))
                    .collect(),
                pred_fig_labels.clone(),
                |g, p| {
                    let i = pred_fig_labels.iter().position(|x| x == p).unwrap_or(0);
                    same_value(g.0, pred_fig[i].0) && same_unit(&g.1, &pred_fig[i].1)
                },
            ),
        );
        self.add_facts(label, gold, pred);
    }

    /// Scores the document's facts: each gold fact takes the predicted
    /// (fact, figure) pair holding its figure that gets most of date,
    /// subject and verb right, an unused one first (one gold fact per
    /// figure mention when there are enough), the earliest on a tie.
    fn add_facts(&mut self, label: &str, gold: &GoldDoc, pred: &Document) {
        let holds =
            |g: &GoldFigure, f: &viet_extract::Figure| same_value(g.value, f.value) && same_unit(&g.unit, &f.unit);
        // Every (fact, figure) pair of the prediction, in text order.
        let pairs: Vec<(usize, &viet_extract::Figure)> =
            pred.facts.iter().enumerate().flat_map(|(i, f)| f.figures.iter().map(move |g| (i, g))).collect();
        let mut used = vec![false; pairs.len()];
        let entities: Vec<Vec<String>> = gold
            .people
            .iter()
            .map(|p| names(&p.name, &p.aliases))
            .chain(gold.organisations.iter().map(|o| {
                let mut n = names(&o.name, &o.aliases);
                n.extend(o.acronym.iter().map(|a| norm(a)));
                n
            }))
            .collect();
        let c = &mut self.facts;
        for g in &gold.facts {
            c.gold += 1;
            if pred.figures.iter().any(|f| holds(&g.figure, f)) {
                c.figure_found += 1;
            }
            let judge = |i: usize| {
                let f = &pred.facts[pairs[i].0];
                (
                    g.date.as_deref().map(norm) == f.date.as_deref().map(norm),
                    same_subject(g.subject.as_deref(), f.subject.as_deref(), &entities),
                    same_verb(g.verb.as_deref(), f.verb.as_deref()),
                )
            };
            let score = |i: usize| {
                let (d, s, v) = judge(i);
                (!used[i]) as usize * 4 + d as usize + s as usize + v as usize
            };
            let best =
                (0..pairs.len()).filter(|&i| holds(&g.figure, pairs[i].1)).fold(None, |best: Option<usize>, i| {
                    match best {
                        Some(b) if score(b) >= score(i) => Some(b),
                        _ => Some(i),
                    }
                });
            let show = |s: Option<&str>| s.unwrap_or("-").to_string();
            let want = format!(
                "{} = {} {} | {} | {} | {}",
                g.figure.text,
                g.figure.value,
                g.figure.unit,
                show(g.subject.as_deref()),
                show(g.verb.as_deref()),
                show(g.date.as_deref())
            );
            let Some(b) = best else {
                c.wrong.push(format!("{label}: {want}  <- not found"));
                continue;
            };
            used[b] = true;
            c.found += 1;
            let (d, s, v) = judge(b);
            c.date += d as usize;
            c.subject += s as usize;
            c.verb += v as usize;
            c.all += (d && s && v) as usize;
            if !(d && s && v) {
                let f = &pred.facts[pairs[b].0];
                let mark = |ok: bool, x: Option<&str>| if ok { "ok".to_string() } else { show(x) };
                c.wrong.push(format!(
                    "{label}: {want}  <- {} | {} | {}",
                    mark(s, f.subject.as_deref()),
                    mark(v, f.verb.as_deref()),
                    mark(d, f.date.as_deref())
                ));
            }
        }
    }
}

/// SCHEMA.md's subject rule: equal, or one containing the other (on word
/// boundaries) where the shorter has at least two words; a name of a gold
/// entity stands for all its names and aliases.
fn same_subject(gold: Option<&str>, pred: Option<&str>, entities: &[Vec<String>]) -> bool {
    let (g, p) = match (gold, pred) {
        (None, None) => return true,
        (Some(g), Some(p)) => (norm(g), norm(p)),
        _ => return false,
    };
    let forms = |s: &String| -> Vec<String> {
        let mut v = vec![s.clone()];
        for e in entities.iter().filter(|e| e.contains(s)) {
            v.extend(e.iter().cloned());
        }
        v
    };
    let (gs, ps) = (forms(&g), forms(&p));
    gs.iter().any(|a| {
        ps.iter().any(|b| {
            let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
            short == long || (short.split(' ').count() >= 2 && contains_words(long, short))
        })
    })
}

/// SCHEMA.md's verb rule: equal, or one containing the other.
fn same_verb(gold: Option<&str>, pred: Option<&str>) -> bool {
    match (gold, pred) {
        (None, None) => true,
        (Some(g), Some(p)) => {
            let (g, p) = (norm(g), norm(p));
            contains_words(&g, &p) || contains_words(&p, &g)
        }
        _ => false,
    }
}

/// True when the words of `short` appear in a row in `long`.
fn contains_words(long: &str, short: &str) -> bool {
    !short.is_empty() && format!(" {long} ").contains(&format!(" {short} "))
}

/// An organisation's matching keys: its names, and its acronym.
type OrgKeys = (Vec<String>, Option<String>);

/// One-to-one matching: each distinct prediction takes the first unmatched
/// gold item it matches. Gold items that the same prediction would match
/// (same value, same name) count once, as the schema's sets do.
fn greedy<G>(gold: Vec<(String, G)>, pred: Vec<String>, matches: impl Fn(&G, &str) -> bool) -> Counts {
    let mut used = vec![false; gold.len()];
    let mut c = Counts::default();
    let mut seen: Vec<String> = Vec::new();
    for p in pred {
        let k = norm(&p);
        if seen.contains(&k) {
            continue;
        }
        seen.push(k);
        match gold.iter().enumerate().find(|(i, g)| !used[*i] && matches(&g.1, &p)) {
            Some((i, _)) => {
                used[i] = true;
                c.tp += 1;
                // Other gold lines for the same item are satisfied too.
                for (j, g) in gold.iter().enumerate() {
                    if !used[j] && matches(&g.1, &p) && same_item(&gold[i].0, &g.0) {
                        used[j] = true;
                    }
                }
            }
            None => {
                if gold.iter().enumerate().any(|(i, g)| used[i] && matches(&g.1, &p)) {
                    c.extras.push(format!("{p} (duplicate)"));
                } else {
                    c.extras.push(p);
                }
            }
        }
    }
    let mut missed: Vec<String> = Vec::new();
    for (g, u) in gold.into_iter().zip(used) {
        if !u && !missed.iter().any(|m| same_item(m, &g.0)) {
            missed.push(g.0);
        }
    }
    c.misses = missed;
    c
}

/// Two gold labels name the same item when their keys (after " = ") agree,
/// or the labels are equal.
fn same_item(a: &str, b: &str) -> bool {
    let tail = |s: &str| s.rsplit(" = ").next().map(norm).unwrap_or_default();
    norm(a) == norm(b) || (a.contains(" = ") && tail(a) == tail(b))
}

fn names(name: &str, aliases: &[String]) -> Vec<String> {
    std::iter::once(name).chain(aliases.iter().map(String::as_str)).map(norm).collect()
}

fn pair(name: &str, role: &str) -> String {
    format!("{}|{}", norm(name), norm(role))
}

/// Lower-cased, traditional-tone key for case- and tone-insensitive matching.
fn key(s: &str) -> String {
    normalise(s, ToneStyle::Traditional).as_str().to_lowercase()
}

/// The schema's string comparison: NFC, case folding, one tone placement,
/// dashes as " - ", straight quotes, single spaces, trimmed " .,;:".
pub fn norm(s: &str) -> String {
    let k = key(s);
    let mut out = String::with_capacity(k.len());
    for part in k.split('-') {
        if !out.is_empty() {
            out.push_str(" - ");
        }
        out.push_str(&part.split_whitespace().collect::<Vec<_>>().join(" "));
    }
    out.trim_matches([' ', '.', ',', ';', ':']).to_string()
}

fn same_value(a: f64, b: f64) -> bool {
    let scale = a.abs().max(b.abs());
    scale == 0.0 || ((a - b).abs() / scale) < 5e-6
}

fn canonical_unit(u: &str) -> String {
    match norm(u).as_str() {
        "đồng" | "vnđ" | "vnd" => "vnd".to_string(),
        "phần trăm" => "%".to_string(),
        other => other.to_string(),
    }
}

fn same_unit(a: &str, b: &str) -> bool {
    let (a, b) = (canonical_unit(a), canonical_unit(b));
    let leading = |long: &str, short: &str| {
        long == short || long.starts_with(&format!("{short} ")) || long.starts_with(&format!("{short},"))
    };
    leading(&a, &b) || leading(&b, &a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_matching_rules() {
        assert_eq!(norm("Ủy ban – Hoà Bình. "), norm("uỷ ban - hòa bình"));
        assert!(same_unit("cán bộ", "cán bộ, đảng viên và nhân dân"));
        assert!(same_unit("VNĐ", "VND"));
        assert!(!same_unit("lượt đoàn", "lượt khách"));
        assert!(same_value(99.75, 99.750001));
    }
}
