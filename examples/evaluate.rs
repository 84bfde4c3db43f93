//! Scores the extractor against gold JSONL (the project's SCHEMA.md format).
//!
//! ```text
//! cargo run --release --example evaluate                       # the crate's data/samples
//! cargo run --release --example evaluate -- --gold ../shared/gold --docs ../shared/seeds
//! cargo run --release --example evaluate -- --detail people    # list misses and extras
//! ```

#[path = "../tests/common/eval.rs"]
mod eval;

use eval::{GoldDoc, Scores, CATEGORIES};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use viet_extract::Extractor;

fn gold_files(path: &Path) -> std::io::Result<Vec<PathBuf>> {
    if path.is_dir() {
        let mut files: Vec<PathBuf> = std::fs::read_dir(path)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
            .collect();
        files.sort();
        Ok(files)
    } else {
        Ok(vec![path.to_path_buf()])
    }
}

fn main() -> ExitCode {
    // The crate's samples, found from any working directory.
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/samples");
    let mut gold = samples.join("gold.jsonl");
    let mut docs = samples;
    let mut detail: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--gold" => gold = args.next().map(PathBuf::from).unwrap_or(gold),
            "--docs" => docs = args.next().map(PathBuf::from).unwrap_or(docs),
            "--detail" => detail = args.next(),
            "-h" | "--help" => {
                println!("usage: evaluate [--gold FILE|DIR] [--docs DIR] [--detail CATEGORY|facts]");
                return ExitCode::SUCCESS;
            }
            other => {
                eprintln!("evaluate: unknown argument {other:?} (try --help)");
                return ExitCode::from(2);
            }
        }
    }
    let files = match gold_files(&gold) {
        Ok(f) if !f.is_empty() => f,
        Ok(_) => {
            eprintln!("evaluate: no *.jsonl gold files in {}", gold.display());
            return ExitCode::from(2);
        }
        Err(e) => {
            eprintln!("evaluate: cannot read {}: {e}", gold.display());
            return ExitCode::from(2);
        }
    };
    let extractor = Extractor::new();
    let mut scores = Scores::default();
    let mut failed = false;
    let mut n = 0;
    for file in files {
        let content = match std::fs::read_to_string(&file) {
            Ok(c) => c,
            Err(e) => {
                eprintln!("evaluate: cannot read {}: {e}", file.display());
                failed = true;
                continue;
            }
        };
        for (i, line) in content.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
            let g: GoldDoc = match serde_json::from_str(line) {
                Ok(g) => g,
                Err(e) => {
                    eprintln!("evaluate: {}:{}: not a gold line: {e}", file.display(), i + 1);
                    failed = true;
                    continue;
                }
            };
            let label = g.doc.clone().unwrap_or_else(|| format!("{}:{}", file.display(), i + 1));
            let text = match (&g.text, &g.doc) {
                (Some(t), _) => t.clone(),
                (None, Some(d)) => match std::fs::read_to_string(docs.join(d)) {
                    Ok(t) => t,
                    Err(e) => {
                        eprintln!("evaluate: {}: cannot read {}: {e}", file.display(), docs.join(d).display());
                        failed = true;
                        continue;
                    }
                },
                (None, None) => {
                    eprintln!("evaluate: {}:{}: gold line has neither `text` nor `doc`", file.display(), i + 1);
                    failed = true;
                    continue;
                }
            };
            let doc = match g.published.as_deref() {
                Some(p) => match extractor.extract_published(&text, p) {
                    Ok(doc) => doc,
                    Err(e) => {
                        eprintln!("evaluate: {}:{}: {e}", file.display(), i + 1);
                        failed = true;
                        continue;
                    }
                },
                None => extractor.extract(&text),
            };
            scores.add(&label, &g, &doc);
            n += 1;
        }
    }
    println!("{n} documents, gold {}", gold.display());
    println!(
        "{:<14} {:>9} {:>9} {:>9} {:>5} {:>6} {:>6}",
        "category", "precision", "recall", "F1", "tp", "extra", "miss"
    );
    for cat in CATEGORIES {
        let c = scores.get(cat);
        println!(
            "{:<14} {:>9.3} {:>9.3} {:>9.3} {:>5} {:>6} {:>6}",
            cat,
            c.precision(),
            c.recall(),
            c.f1(),
            c.tp,
            c.extras.len(),
            c.misses.len()
        );
    }
    let f = &scores.facts;
    if f.gold > 0 {
        let over_figures = |n: usize| if f.figure_found == 0 { 1.0 } else { n as f64 / f.figure_found as f64 };
        println!(
            "facts          {} gold, {} with their figure found; found {:.3}, date {:.3}, subject {:.3}, verb {:.3}, all three {:.3}",
            f.gold,
            f.figure_found,
            f.of_gold(f.found),
            f.of_gold(f.date),
            f.of_gold(f.subject),
            f.of_gold(f.verb),
            f.of_gold(f.all)
        );
        println!(
            "  over the gold facts whose figure is found: found {:.3}, date {:.3}, subject {:.3}, verb {:.3}, all three {:.3}",
            over_figures(f.found.min(f.figure_found)),
            over_figures(f.date),
            over_figures(f.subject),
            over_figures(f.verb),
            over_figures(f.all)
        );
    }
    if detail.as_deref() == Some("facts") {
        println!("\nfacts not fully right (gold: figure | subject | verb | date  <- predicted, ok where right)");
        for w in &f.wrong {
            println!("  {w}");
        }
    } else if let Some(cat) = detail {
        let c = scores.get(&cat);
        println!("\n{cat}: misses");
        for m in &c.misses {
            println!("  - {m}");
        }
        println!("{cat}: extras");
        for x in &c.extras {
            println!("  + {x}");
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
