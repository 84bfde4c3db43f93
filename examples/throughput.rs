//! Prints the throughput of `Extractor::extract` on one thread, over the
//! sample articles repeated to at least 20 MB.
//!
//! ```text
//! cargo run --release --example throughput [-- DIR] [--mb N]
//! ```

use std::time::Instant;
use viet_extract::normalize::{normalize, ToneStyle};
use viet_extract::tokenize::tokenize;
use viet_extract::Extractor;

fn main() {
    let mut dir = "data/samples".to_string();
    let mut target_mb = 20usize;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--mb" => target_mb = args.next().and_then(|s| s.parse().ok()).unwrap_or(target_mb),
            other => dir = other.to_string(),
        }
    }
    let mut docs: Vec<String> = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {dir}: {e}"))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    for p in &paths {
        docs.push(std::fs::read_to_string(p).unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display())));
    }
    assert!(!docs.is_empty(), "no *.txt articles in {dir}");
    let one: usize = docs.iter().map(String::len).sum();
    let reps = (target_mb << 20).div_ceil(one);
    let total = one * reps;

    let t = Instant::now();
    let ex = Extractor::new();
    let _ = ex.extract("khởi động"); // build the lazy data before timing
    println!("data loading: {:.1} ms", t.elapsed().as_secs_f64() * 1e3);

    let mb = total as f64 / (1 << 20) as f64;
    let time = |label: &str, f: &dyn Fn(&str) -> usize| {
        let t = Instant::now();
        let mut sink = 0usize;
        for _ in 0..reps {
            for d in &docs {
                sink = sink.wrapping_add(f(d));
            }
        }
        let secs = t.elapsed().as_secs_f64();
        println!("{label:<10} {mb:>7.1} MB in {secs:>6.2} s = {:>7.1} MB/s  ({sink})", mb / secs);
    };
    time("normalise", &|d| normalize(d, ToneStyle::Traditional).as_str().len());
    time("tokenise", &|d| tokenize(d).len());
    time("extract", &|d| {
        let doc = ex.extract(d);
        doc.people.len() + doc.figures.len() + doc.dates.len()
    });
}
