//! Prints the throughput of `Extractor::extract` on one thread, over the
//! sample articles repeated to at least 20 MB.
//!
//! ```text
//! cargo run --release --example throughput [-- DIR] [--mb N] [--threads N] [--pathological]
//! cargo run --release --features bench-internals --example throughput -- --stages
//! ```
//!
//! Without `DIR`, the crate's `data/samples`, from any working directory.
//! It measures with mimalloc, the `extract` command's allocator; built with
//! `VIET_EXTRACT_SYSTEM_ALLOC=1` in the environment, with the system's.

use mimalloc::MiMalloc;
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;
use viet_extract::batch::ordered_map;
use viet_extract::normalise::{normalise, ToneStyle};
use viet_extract::tokenise::tokenise;
use viet_extract::Extractor;

/// The allocator of the crate's `extract` binary (mimalloc), or the
/// system's when built with `VIET_EXTRACT_SYSTEM_ALLOC=1` in the
/// environment, counting allocations (for allocations per KB).
struct Counting;

/// Whether this build measures with the system allocator.
const SYSTEM_ALLOC: bool = option_env!("VIET_EXTRACT_SYSTEM_ALLOC").is_some();

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed on unchanged to one allocator, the same
// for the whole run (the choice is a constant of the build).
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        if SYSTEM_ALLOC {
            System.alloc(layout)
        } else {
            MiMalloc.alloc(layout)
        }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if SYSTEM_ALLOC {
            System.dealloc(ptr, layout)
        } else {
            MiMalloc.dealloc(ptr, layout)
        }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        if SYSTEM_ALLOC {
            System.realloc(ptr, layout, new_size)
        } else {
            MiMalloc.realloc(ptr, layout, new_size)
        }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Pieces made by `piece(0)`, `piece(1)`, … joined up to 1 MB.
fn numbered(piece: impl Fn(usize) -> String) -> String {
    let mut out = String::new();
    let mut i = 0;
    while out.len() < 1 << 20 {
        out.push_str(&piece(i));
        i += 1;
    }
    out
}

/// A distinct three-syllable name for each `i` (in Title case).
fn given_name(i: usize) -> String {
    const SYLLABLES: &[&str] = &[
        "An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hòa", "Hùng", "Hương", "Khánh", "Lan", "Linh",
        "Long", "Mai", "Minh", "Nam", "Nga", "Ngọc", "Phong", "Phúc", "Quang", "Quân", "Sơn", "Tâm", "Thanh", "Thảo",
        "Thắng", "Thu", "Thủy", "Trang", "Trung", "Tuấn", "Văn", "Việt", "Xuân", "Yến",
    ];
    let n = SYLLABLES.len();
    format!("{} {} {}", SYLLABLES[i % n], SYLLABLES[(i / n) % n], SYLLABLES[(i / n / n) % n])
}

const USAGE: &str = "usage: throughput [DIR] [--mb N] [--stages] [--threads N] [--pathological]
  --stages needs the feature bench-internals: cargo run --release --features bench-internals --example throughput -- --stages";

/// Prints `msg` and the usage line, and exits with status 2.
fn fail(msg: &str) -> ! {
    eprintln!("throughput: {msg}\n{USAGE}");
    std::process::exit(2)
}

/// The number after `flag`, or a clear exit.
fn number(flag: &str, value: Option<String>) -> usize {
    match value.as_deref().map(str::parse::<usize>) {
        Some(Ok(n)) if n > 0 => n,
        _ => fail(&format!("{flag} needs a positive whole number")),
    }
}

fn main() {
    let mut dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/samples").display().to_string();
    let mut target_mb = 20usize;
    let mut stages = false;
    let mut threads = 1usize;
    let mut pathological = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--stages" if cfg!(feature = "bench-internals") => stages = true,
            "--stages" => fail("--stages needs the feature bench-internals"),
            "--threads" => threads = number("--threads", args.next()),
            "--pathological" => pathological = true,
            "--mb" => target_mb = number("--mb", args.next()),
            "-h" | "--help" => {
                println!("{USAGE}");
                return;
            }
            other if other.starts_with('-') => fail(&format!("unknown option {other}")),
            other => dir = other.to_string(),
        }
    }
    let mut docs: Vec<String> = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| fail(&format!("cannot read {dir}: {e}")))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    for p in &paths {
        docs.push(std::fs::read_to_string(p).unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", p.display()))));
    }
    if docs.is_empty() {
        fail(&format!("no *.txt articles in {dir}"));
    }
    let one: usize = docs.iter().map(String::len).sum();
    let reps = (target_mb << 20).div_ceil(one);
    let total = one * reps;

    let t = Instant::now();
    let ex = Extractor::new();
    let _ = ex.extract("khởi động"); // build the lexicon before timing
    println!("data loading: {:.1} ms", t.elapsed().as_secs_f64() * 1e3);
    // Patterns compiled on first use (bylines, legal references) too.
    docs.iter().for_each(|d| drop(ex.extract(d)));

    let mb = total as f64 / (1 << 20) as f64;
    let time = |label: &str, f: &dyn Fn(&str) -> usize| {
        let allocations = ALLOCATIONS.load(Ordering::Relaxed);
        let t = Instant::now();
        let mut sink = 0usize;
        for _ in 0..reps {
            for d in &docs {
                sink = sink.wrapping_add(f(d));
            }
        }
        let secs = t.elapsed().as_secs_f64();
        let per_kb = (ALLOCATIONS.load(Ordering::Relaxed) - allocations) as f64 / (total as f64 / 1024.0);
        println!(
            "{label:<10} {mb:>7.1} MB in {secs:>6.2} s = {:>7.1} MB/s, {per_kb:>5.0} allocations/KB  ({sink})",
            mb / secs
        );
    };
    time("normalise", &|d| normalise(d, ToneStyle::Traditional).as_str().len());
    time("tokenise", &|d| tokenise(d).len());
    time("extract", &|d| {
        let doc = ex.extract(d);
        doc.people.len() + doc.figures.len() + doc.dates.len()
    });
    if threads > 1 {
        // extract_many over owned copies of the texts, against one thread.
        let texts: Vec<String> = (0..reps).flat_map(|_| docs.iter().cloned()).collect();
        for n in [1, threads] {
            let t = Instant::now();
            let found: usize = ex.extract_many(texts.clone()).threads(n).map(|d| d.people.len()).sum();
            let secs = t.elapsed().as_secs_f64();
            println!("extract_many, {n} thread(s): {mb:>7.1} MB in {secs:>6.2} s = {:>7.1} MB/s  ({found})", mb / secs);
        }
        // The same with each document consumed on its worker thread.
        for n in [1, threads] {
            let t = Instant::now();
            let worker = ex.clone();
            let map = ordered_map(texts.clone(), move |text: String| worker.extract(&text).people.len());
            let found: usize = map.threads(n).sum();
            let secs = t.elapsed().as_secs_f64();
            println!("ordered_map, {n} thread(s):  {mb:>7.1} MB in {secs:>6.2} s = {:>7.1} MB/s  ({found})", mb / secs);
        }
    }
    if pathological {
        // One document of 1 MB each; per-MB time against news text read as
        // one document of the same size.
        let news: String = docs.join("\n\n").repeat((1 << 20) / one + 1);
        let per_mb = |text: &str| {
            let t = Instant::now();
            let doc = ex.extract(text);
            let secs = t.elapsed().as_secs_f64();
            (secs / (text.len() as f64 / (1 << 20) as f64), doc.people.len() + doc.figures.len())
        };
        let (base, _) = per_mb(&news);
        println!("{:<28} {:>8.1} ms/MB", "news text, one document", base * 1e3);
        let mb = |piece: &str| piece.repeat((1 << 20) / piece.len());
        let inputs = [
            ("one surname repeated", mb("Nguyễn ")),
            ("\"Chủ tịch \" repeated", mb("Chủ tịch ")),
            ("digits and dots", mb("1.")),
            ("one line, no spaces", mb("Nguyễnvănanhchủtịchủybannhândân")),
            ("stacked combining marks", mb("a\u{301}\u{300}\u{323}\u{309}\u{303}\u{302}")),
            ("unclosed HTML tags", mb("<b <i <p class=\"x ")),
            ("names and titles", mb("Chủ tịch UBND tỉnh Sóc Trăng Nguyễn Văn An, ")),
            ("surnames and \"Ông\"", mb("Nguyễn Ông ")),
            // Forms of address before a word that ends a full name, each
            // asked of the document's names.
            ("forms of address and names", mb("Ông Vũ Văn Viện cho biết, theo ông Viện 2 dự án, ")),
            ("dates", mb("ngày 5/1/2022, ")),
            ("figures", mb("hơn 2.500 tỷ đồng, ")),
            // One list of numbers with no unit after it: each number used
            // to read the whole list again (60 s for 0.7 MB).
            ("numbers listed, no unit", mb("1, 2, 3, 4, 5, 6, 7, 8, 9, ")),
            ("days listed, no month", mb("ngày 1, 2, 3, 4, 5, 6, 7, 8, ")),
            // Many distinct items in one document: merging must not compare
            // each with all the others.
            ("distinct figures", numbered(|i| format!("Có {i} người và {} tỷ đồng. ", i + 7))),
            (
                "distinct people and titles",
                numbered(|i| {
                    let name = given_name(i);
                    format!("Ông Nguyễn {name}, Giám đốc Sở Y tế, cho biết. Chủ tịch Công ty {name} nhận định. ")
                }),
            ),
            (
                "distinct bodies",
                numbered(|i| {
                    format!("Trung tâm {} (TT{i}X) và TT{i}X họp. Trung tâm TT{i}X cũng vậy. ", given_name(i))
                }),
            ),
            ("distinct documents", numbered(|i| format!("Theo Quyết định số {i}/QĐ-UBND ngày 5/1/2022. "))),
        ];
        for (label, text) in &inputs {
            let (t, n) = per_mb(text);
            println!("{label:<28} {:>8.1} ms/MB  {:>5.2}× news  ({n})", t * 1e3, t / base);
        }
    }
    if stages {
        stage_times(&ex, &docs, reps, mb);
    }
}

/// Each recogniser alone, over the texts repeated `reps` times.
#[cfg(feature = "bench-internals")]
fn stage_times(ex: &Extractor, docs: &[String], reps: usize, mb: f64) {
    use viet_extract::Stages;
    // Each recogniser alone (the context stage builds the lower-case and
    // folded views and the tokens they share; its time is in each line).
    let norms: Vec<_> = docs.iter().map(|d| normalise(d, ToneStyle::Traditional)).collect();
    let each = |label: &str, f: &dyn Fn(&Stages) -> usize| {
        let t = Instant::now();
        let mut sink = 0usize;
        for _ in 0..reps {
            for n in &norms {
                sink = sink.wrapping_add(f(&ex.stages(n)));
            }
        }
        let secs = t.elapsed().as_secs_f64();
        println!("{label:<14} {mb:>7.1} MB in {secs:>6.2} s = {:>7.1} MB/s  ({sink})", mb / secs);
    };
    each("context", &|_| 0);
    each("+dates", &|s| s.dates());
    each("+figures", &|s| s.figures());
    each("+provinces", &|s| s.provinces());
    each("+people", &|s| s.people());
    each("+organisations", &|s| s.organisations());
    each("+legal_refs", &|s| s.legal_refs());
    each("+resolve", &|s| s.resolve().people.len());
}

#[cfg(not(feature = "bench-internals"))]
fn stage_times(_: &Extractor, _: &[String], _: usize, _: f64) {}
