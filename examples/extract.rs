//! Extracts people, organisations, provinces, dates and figures from files.
//!
//! ```text
//! cargo run --release --example extract -- data/samples/*.txt      # one JSON line per file
//! cargo run --release --example extract -- --pretty article.txt
//! cat articles.jsonl | cargo run --release --example extract -- --jsonl -
//! ```
//!
//! With `--jsonl`, each input line is `{"id": …, "text": "…", "published"?: "YYYY-MM-DD"}`
//! and each output line carries the same `id`. A file that cannot be read,
//! bytes that are not UTF-8 or a malformed line are reported on stderr with
//! the path and line number; every other input is still processed, and the
//! exit code is then 1.

use serde::Serialize;
use serde_json::Value;
use std::io::{BufRead, BufWriter, Read, Write};
use std::process::ExitCode;
use viet_extract::{Document, Extractor};

struct Options {
    jsonl: bool,
    pretty: bool,
    inputs: Vec<String>,
    published: Option<String>,
}

fn usage() -> &'static str {
    "usage: extract [--jsonl] [--pretty] [--published YYYY-MM-DD] FILE... (- for standard input)"
}

fn parse_args() -> Result<Options, String> {
    let mut o = Options { jsonl: false, pretty: false, inputs: Vec::new(), published: None };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--jsonl" => o.jsonl = true,
            "--pretty" => o.pretty = true,
            "--published" => o.published = Some(args.next().ok_or("--published needs a date")?),
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

fn emit(out: &mut impl Write, pretty: bool, line: &Line) -> std::io::Result<()> {
    if pretty {
        serde_json::to_writer_pretty(&mut *out, line)?;
    } else {
        serde_json::to_writer(&mut *out, line)?;
    }
    out.write_all(b"\n")
}

fn extract(ex: &Extractor, text: &str, published: Option<&str>) -> Document {
    match published {
        Some(p) => ex.extract_published(text, p),
        None => ex.extract(text),
    }
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
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = false;
    for input in &opts.inputs {
        let reader: Box<dyn Read> = if input == "-" {
            Box::new(std::io::stdin())
        } else {
            match std::fs::File::open(input) {
                Ok(f) => Box::new(f),
                Err(e) => {
                    eprintln!("extract: {input}: cannot read: {e}");
                    failed = true;
                    continue;
                }
            }
        };
        let result = if opts.jsonl {
            run_jsonl(&ex, input, reader, &opts, &mut out)
        } else {
            run_file(&ex, input, reader, &opts, &mut out)
        };
        match result {
            Ok(ok) => failed |= !ok,
            Err(e) => {
                eprintln!("extract: cannot write output: {e}");
                return ExitCode::FAILURE;
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

/// One document per file. Returns Ok(false) when the input was bad.
fn run_file(
    ex: &Extractor,
    path: &str,
    mut r: Box<dyn Read>,
    o: &Options,
    out: &mut impl Write,
) -> std::io::Result<bool> {
    let mut bytes = Vec::new();
    if let Err(e) = r.read_to_end(&mut bytes) {
        eprintln!("extract: {path}: cannot read: {e}");
        return Ok(false);
    }
    match std::str::from_utf8(&bytes) {
        Ok(text) => {
            let doc = extract(ex, text, o.published.as_deref());
            emit(out, o.pretty, &Line { source: Some(path), id: None, doc: &doc })?;
            Ok(true)
        }
        Err(e) => {
            eprintln!("extract: {path}: invalid UTF-8 at byte offset {}", e.valid_up_to());
            Ok(false)
        }
    }
}

/// One document per JSON line, streamed: memory does not grow with the input.
fn run_jsonl(ex: &Extractor, path: &str, r: Box<dyn Read>, o: &Options, out: &mut impl Write) -> std::io::Result<bool> {
    let mut ok = true;
    let mut reader = std::io::BufReader::with_capacity(1 << 16, r);
    let mut buf = Vec::new();
    let mut n = 0;
    loop {
        buf.clear();
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                eprintln!("extract: {path}:{}: cannot read: {e}", n + 1);
                return Ok(false);
            }
        }
        n += 1;
        let line = match std::str::from_utf8(&buf) {
            Ok(l) => l.trim(),
            Err(e) => {
                eprintln!("extract: {path}:{n}: invalid UTF-8 at byte offset {} of the line", e.valid_up_to());
                ok = false;
                continue;
            }
        };
        if line.is_empty() {
            continue;
        }
        let v: Value = match serde_json::from_str(line) {
            Ok(v) => v,
            Err(e) => {
                eprintln!("extract: {path}:{n}: not a JSON object: {e}");
                ok = false;
                continue;
            }
        };
        let Some(text) = v.get("text").and_then(Value::as_str) else {
            eprintln!("extract: {path}:{n}: no string field \"text\"");
            ok = false;
            continue;
        };
        let id = v.get("id").unwrap_or(&Value::Null);
        let published = v.get("published").and_then(Value::as_str).or(o.published.as_deref());
        let doc = extract(ex, text, published);
        emit(out, o.pretty, &Line { source: None, id: Some(id), doc: &doc })?;
    }
    Ok(ok)
}
