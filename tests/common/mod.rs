//! Shared by the accuracy tests: loads gold JSONL and scores the extractor
//! with the same code as the `evaluate` example (`eval.rs` here).

pub mod eval;

use eval::{GoldDoc, Scores, CATEGORIES};
use std::path::Path;
use viet_extract::Extractor;

/// Scores every line of the `*.jsonl` files at `gold` (a file or a folder),
/// reading documents from `docs` unless the line carries its `text`.
pub fn score(gold: &Path, docs: &Path) -> Scores {
    let files: Vec<_> = if gold.is_dir() {
        let mut f: Vec<_> = std::fs::read_dir(gold)
            .unwrap_or_else(|e| panic!("cannot list {}: {e}", gold.display()))
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
            .collect();
        f.sort();
        f
    } else {
        vec![gold.to_path_buf()]
    };
    let ex = Extractor::new();
    let mut scores = Scores::default();
    for file in files {
        let content = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
        for (i, line) in content.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
            let g: GoldDoc = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("{}:{}: bad gold line: {e}", file.display(), i + 1));
            let text = match (&g.text, &g.doc) {
                (Some(t), _) => t.clone(),
                (None, Some(d)) => std::fs::read_to_string(docs.join(d))
                    .unwrap_or_else(|e| panic!("cannot read {}: {e}", docs.join(d).display())),
                (None, None) => panic!("{}:{}: gold line has neither text nor doc", file.display(), i + 1),
            };
            let label = g.doc.clone().unwrap_or_else(|| format!("line {}", i + 1));
            let doc = match g.published.as_deref() {
                Some(p) => ex
                    .extract_published(&text, p)
                    .unwrap_or_else(|e| panic!("{}:{}: bad published date: {e}", file.display(), i + 1)),
                None => ex.extract(&text),
            };
            scores.add(&label, &g, &doc);
        }
    }
    scores
}

/// Fails, naming every category under its floor with its misses and extras.
pub fn assert_floors(scores: &Scores, floors: &[(&str, f64)]) {
    let mut report = String::new();
    for cat in CATEGORIES {
        let c = scores.get(cat);
        let floor = floors.iter().find(|(k, _)| *k == cat).map_or(0.0, |f| f.1);
        if c.f1() < floor {
            report += &format!(
                "\n{cat}: F1 {:.3} < {floor:.2} (run `cargo run --release --example evaluate -- --detail {cat}`)\n  misses: {:?}\n  extras: {:?}",
                c.f1(),
                c.misses,
                c.extras
            );
        }
    }
    assert!(report.is_empty(), "accuracy below the floor:{report}");
}
