//! Extracts people, organisations, provinces, dates and figures from files.
//!
//! ```text
//! cargo run --release --example extract -- data/samples/*.txt      # one JSON line per file
//! cargo run --release --example extract -- --pretty article.txt
//! cat articles.jsonl | cargo run --release --example extract -- --jsonl --threads 2 -
//! ```
//!
//! Inputs are processed on `--threads N` threads (default: all cores) and
//! written in input order; input is read as the workers free up, so memory
//! does not grow with the number of inputs.
//!
//! With `--jsonl`, each input line is `{"id": …, "text": "…", "published"?: "YYYY-MM-DD"}`
//! and each output line carries the same `id`. A file that cannot be read,
//! bytes that are not UTF-8 or a malformed line are reported on stderr with
//! the path and line number; every other input is still processed, and the
//! exit code is then 1.

use serde::Serialize;
use serde_json::Value;
use std::io::{BufRead, BufReader, BufWriter, Read, Write};
use std::process::ExitCode;
use std::sync::Arc;
use viet_extract::batch::{default_threads, ordered_map};
use viet_extract::{Document, Extractor};

struct Options {
    jsonl: bool,
    pretty: bool,
    inputs: Vec<String>,
    published: Option<String>,
    threads: usize,
}

fn usage() -> &'static str {
    "usage: extract [--jsonl] [--pretty] [--threads N] [--published YYYY-MM-DD] FILE... (- for standard input)"
}

fn parse_args() -> Result<Options, String> {
    let mut o =
        Options { jsonl: false, pretty: false, inputs: Vec::new(), published: None, threads: default_threads() };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--jsonl" => o.jsonl = true,
            "--pretty" => o.pretty = true,
            "--published" => o.published = Some(args.next().ok_or("--published needs a date")?),
            "--threads" => {
                o.threads = args
                    .next()
                    .and_then(|n| n.parse().ok())
                    .filter(|&n| n > 0)
                    .ok_or("--threads needs a number of threads (1 or more)")?
            }
            "-h" | "--help" => return Err(usage().to_string()),
            s if s.starts_with("--") => return Err(format!("unknown option {s:?}\n{}", usage())),
            _ => o.inputs.push(a),
        }
    }
    if o.inputs.is_empty() {
        return Err(usage().to_string());
    }
    Ok(o)
}

/// One output line: the input's key (`source` or `id`) then the document.
#[derive(Serialize)]
struct Line<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a Value>,
    #[serde(flatten)]
    doc: &'a Document,
}

/// One unit of work, read on the main thread and done on a worker.
enum Job {
    /// A file holding one article, read by the worker.
    File(String),
    /// One article read from standard input.
    Text { source: String, bytes: Vec<u8> },
    /// Line `n` of a JSON Lines input.
    Line { path: Arc<str>, n: usize, bytes: Vec<u8> },
    /// An input that could not be read: reported in its place in the order.
    Failed(String),
}

/// The output line of a job, or the message for stderr.
type Done = Result<Vec<u8>, String>;

fn serialise(pretty: bool, line: &Line) -> Done {
    let mut out = if pretty { serde_json::to_vec_pretty(line) } else { serde_json::to_vec(line) }
        .map_err(|e| format!("cannot serialise a result: {e}"))?;
    out.push(b'\n');
    Ok(out)
}

fn extract(ex: &Extractor, text: &str, published: Option<&str>) -> Document {
    match published {
        Some(p) => ex.extract_published(text, p).unwrap_or_else(|_| ex.extract(text)),
        None => ex.extract(text),
    }
}

fn run(ex: &Extractor, job: Job, pretty: bool, published: Option<&str>) -> Done {
    match job {
        Job::Failed(msg) => Err(msg),
        Job::File(path) => {
            let bytes = std::fs::read(&path).map_err(|e| format!("{path}: cannot read: {e}"))?;
            article(ex, &path, &bytes, pretty, published)
        }
        Job::Text { source, bytes } => article(ex, &source, &bytes, pretty, published),
        Job::Line { path, n, bytes } => {
            let line = std::str::from_utf8(&bytes)
                .map_err(|e| format!("{path}:{n}: invalid UTF-8 at byte offset {} of the line", e.valid_up_to()))?;
            let v: Value = serde_json::from_str(line).map_err(|e| format!("{path}:{n}: not a JSON object: {e}"))?;
            let text =
                v.get("text").and_then(Value::as_str).ok_or_else(|| format!("{path}:{n}: no string field \"text\""))?;
            let id = v.get("id").unwrap_or(&Value::Null);
            let published = v.get("published").and_then(Value::as_str).or(published);
            let doc = extract(ex, text, published);
            serialise(pretty, &Line { source: None, id: Some(id), doc: &doc })
        }
    }
}

fn article(ex: &Extractor, source: &str, bytes: &[u8], pretty: bool, published: Option<&str>) -> Done {
    let text = std::str::from_utf8(bytes)
        .map_err(|e| format!("{source}: invalid UTF-8 at byte offset {}", e.valid_up_to()))?;
    let doc = extract(ex, text, published);
    serialise(pretty, &Line { source: Some(source), id: None, doc: &doc })
}

/// The jobs of all inputs, in order, read lazily.
fn jobs(inputs: Vec<String>, jsonl: bool) -> impl Iterator<Item = Job> {
    let mut inputs = inputs.into_iter();
    let mut current: Option<(Arc<str>, Box<dyn BufRead>, usize)> = None;
    std::iter::from_fn(move || loop {
        if let Some((path, reader, n)) = current.as_mut() {
            let mut bytes = Vec::new();
            match reader.read_until(b'\n', &mut bytes) {
                Ok(0) => current = None,
                Ok(_) => {
                    *n += 1;
                    if bytes.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    return Some(Job::Line { path: Arc::clone(path), n: *n, bytes });
                }
                Err(e) => {
                    let msg = format!("{path}:{}: cannot read: {e}", *n + 1);
                    current = None;
                    return Some(Job::Failed(msg));
                }
            }
            continue;
        }
        let input = inputs.next()?;
        let stdin = input == "-";
        if !jsonl {
            if !stdin {
                return Some(Job::File(input));
            }
            let mut bytes = Vec::new();
            return Some(match std::io::stdin().read_to_end(&mut bytes) {
                Ok(_) => Job::Text { source: input, bytes },
                Err(e) => Job::Failed(format!("-: cannot read: {e}")),
            });
        }
        let reader: Box<dyn BufRead> = if stdin {
            Box::new(BufReader::with_capacity(1 << 16, std::io::stdin()))
        } else {
            match std::fs::File::open(&input) {
                Ok(f) => Box::new(BufReader::with_capacity(1 << 16, f)),
                Err(e) => return Some(Job::Failed(format!("{input}: cannot read: {e}"))),
            }
        };
        current = Some((Arc::from(input), reader, 0));
    })
}

fn main() -> ExitCode {
    let opts = match parse_args() {
        Ok(o) => o,
        Err(msg) => {
            eprintln!("{msg}");
            return ExitCode::from(2);
        }
    };
    let ex = Extractor::new();
    let (pretty, published) = (opts.pretty, opts.published.clone());
    let work = move |job: Job| run(&ex, job, pretty, published.as_deref());
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = false;
    for done in ordered_map(jobs(opts.inputs, opts.jsonl), work).threads(opts.threads) {
        match done {
            Ok(line) => {
                if let Err(e) = out.write_all(&line) {
                    eprintln!("extract: cannot write output: {e}");
                    return ExitCode::FAILURE;
                }
            }
            Err(msg) => {
                eprintln!("extract: {msg}");
                failed = true;
            }
        }
    }
    if out.flush().is_err() {
        return ExitCode::FAILURE;
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
