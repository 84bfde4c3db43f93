//! The output-identity harness: the JSON document of every text at hand, to
//! compare before and after a change that should not change any output
//! (a refactor, a speed-up), or to list exactly what a fix changed.
//!
//! ```text
//! cargo run --release --example snapshot -- --out target/before.jsonl   # before the change
//! cargo run --release --example snapshot -- --out target/after.jsonl --compare target/before.jsonl
//! ```
//!
//! Texts: the crate's samples, `tests/regressions/`, `fuzz/corpus/` when
//! present, and beside the project `../shared/seeds` and the texts of
//! `../shared/real/*.jsonl` (with their `published`). Each text is also run
//! in NFD and without diacritics, so normalisation and the folded lexicon
//! are covered. One output line per (text, variant): `{"key", "doc"}`.
//! `--compare` prints every key whose document differs, with the first
//! differing fields, and every key only one side has ("new", "gone"); it
//! exits 1 when any document differs or any earlier key is gone. Keys are
//! paths from the project's root, the same from any clone or worktree.

use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use unicode_normalization::UnicodeNormalization;
use viet_extract::Extractor;

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            files_under(&p, out);
        } else {
            out.push(p);
        }
    }
}

/// (key, text, published) for every text at hand.
fn texts(root: &Path) -> Vec<(String, String, Option<String>)> {
    let mut out = Vec::new();
    let mut files = Vec::new();
    for dir in ["data/samples", "tests/regressions", "fuzz/corpus", "../shared/seeds"] {
        files_under(&root.join(dir), &mut files);
    }
    for f in files {
        if f.extension().is_some_and(|e| e == "jsonl") {
            continue;
        }
        let Ok(bytes) = std::fs::read(&f) else { continue };
        let text = String::from_utf8_lossy(&bytes).into_owned();
        out.push((f.strip_prefix(root).unwrap_or(&f).display().to_string(), text, None));
    }
    let mut gold = Vec::new();
    files_under(&root.join("../shared/real"), &mut gold);
    for f in gold.iter().filter(|f| f.extension().is_some_and(|e| e == "jsonl")) {
        let Ok(content) = std::fs::read_to_string(f) else { continue };
        for (n, line) in content.lines().enumerate() {
            let Ok(v) = serde_json::from_str::<Value>(line) else { continue };
            let Some(text) = v.get("text").and_then(Value::as_str) else { continue };
            let published = v.get("published").and_then(Value::as_str).map(String::from);
            // Keyed by the path from the project's root, as the files above:
            // the same key from any clone or worktree.
            let name = f.strip_prefix(root).unwrap_or(f).display().to_string();
            out.push((format!("{name}:{}", n + 1), text.to_string(), published));
        }
    }
    out
}

fn strip_marks(s: &str) -> String {
    s.nfd().filter(|c| !unicode_normalization::char::is_combining_mark(*c)).collect::<String>().replace(['đ', 'Đ'], "d")
}

fn main() -> ExitCode {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut out_path = PathBuf::from("target/snapshot.jsonl");
    let mut compare: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--out" => out_path = args.next().map(PathBuf::from).unwrap_or(out_path),
            "--compare" => compare = args.next().map(PathBuf::from),
            "-h" | "--help" => {
                println!("usage: snapshot [--out FILE] [--compare EARLIER_FILE]");
                return ExitCode::SUCCESS;
            }
            other => {
                eprintln!("snapshot: unknown argument {other:?} (try --help)");
                return ExitCode::from(2);
            }
        }
    }
    let ex = Extractor::new();
    let mut lines = BTreeMap::new();
    for (key, text, published) in texts(&root) {
        let variants = [("", text.clone()), ("#nfd", text.nfd().collect()), ("#plain", strip_marks(&text))];
        for (suffix, t) in variants {
            let doc = match &published {
                Some(p) => match ex.extract_published(&t, p) {
                    Ok(doc) => doc,
                    Err(e) => {
                        eprintln!("snapshot: {key}: {e}");
                        return ExitCode::from(2);
                    }
                },
                None => ex.extract(&t),
            };
            let doc = serde_json::to_value(&doc).expect("documents serialise");
            lines.insert(format!("{key}{suffix}"), doc);
        }
    }
    let mut buf = String::new();
    for (k, d) in &lines {
        buf.push_str(&serde_json::json!({"key": k, "doc": d}).to_string());
        buf.push('\n');
    }
    if let Err(e) = std::fs::write(&out_path, buf) {
        eprintln!("snapshot: cannot write {}: {e}", out_path.display());
        return ExitCode::from(2);
    }
    println!("{} documents written to {}", lines.len(), out_path.display());
    let Some(before) = compare else { return ExitCode::SUCCESS };
    let Ok(content) = std::fs::read_to_string(&before) else {
        eprintln!("snapshot: cannot read {}", before.display());
        return ExitCode::from(2);
    };
    let mut old = BTreeMap::new();
    for line in content.lines() {
        if let Ok(v) = serde_json::from_str::<Value>(line) {
            if let (Some(k), Some(d)) = (v.get("key").and_then(Value::as_str), v.get("doc")) {
                old.insert(k.to_string(), d.clone());
            }
        }
    }
    let (mut differ, mut new) = (0, 0);
    for (k, d) in &lines {
        match old.get(k) {
            None => {
                new += 1;
                println!("new: {k}");
            }
            Some(o) if o != d => {
                differ += 1;
                println!("differs: {k}");
                for field in
                    ["published", "people", "organisations", "provinces", "dates", "figures", "legal_refs", "facts"]
                {
                    let (a, b) = (o.get(field), d.get(field));
                    if a == b {
                        continue;
                    }
                    // Items of a list that only one side has; other fields whole.
                    let items = |v: Option<&Value>| -> Vec<String> {
                        match v {
                            Some(Value::Array(xs)) => xs.iter().map(Value::to_string).collect(),
                            Some(x) => vec![x.to_string()],
                            None => Vec::new(),
                        }
                    };
                    let (xa, xb) = (items(a), items(b));
                    println!("  {field}:");
                    for x in xa.iter().filter(|x| !xb.contains(x)) {
                        println!("    - {}", x.chars().take(400).collect::<String>());
                    }
                    for x in xb.iter().filter(|x| !xa.contains(x)) {
                        println!("    + {}", x.chars().take(400).collect::<String>());
                    }
                }
            }
            Some(_) => {}
        }
    }
    // A key of the earlier file missing here was not compared: say so, and
    // fail, so that a change of keys never passes for identity.
    let gone: Vec<&String> = old.keys().filter(|k| !lines.contains_key(*k)).collect();
    for k in &gone {
        println!("gone: {k}");
    }
    println!(
        "{differ} of {} documents differ from {} ({} compared, {new} new, {} gone)",
        lines.len(),
        before.display(),
        lines.len() - new,
        gone.len()
    );
    if differ > 0 || !gone.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
