//! The `extract` command: people, organisations, provinces, dates and
//! figures from Vietnamese articles, as JSON Lines.
//!
//! ```text
//! cargo run --release --example extract -- data/samples/*.txt      # one JSON line per file
//! cargo run --release --example extract -- --pretty article.txt
//! cat articles.jsonl | cargo run --release --example extract -- --jsonl --threads=2
//! cargo install --path . --example extract                         # then: extract --help
//! ```
//!
//! Run `extract --help` for the options. Inputs are processed on `--threads
//! N` threads (default: all cores) and written in input order; input is read
//! as the workers free up, so memory does not grow with the number of
//! inputs.
//!
//! Every input gives exactly one output line, in order: an article file
//! gives `{"source": PATH, …document…}` and a JSON Lines input line gives
//! `{"id": ID, …document…}`. An input that cannot be used (unreadable file,
//! bytes that are not UTF-8, a line that is not a JSON object with a string
//! `text`, a malformed `published`) gives `{"source"|"id": …, "error": "…"}`
//! in its place and the same message on stderr; the exit code is then 1.

use serde::Serialize;
use serde_json::Value;
use std::io::{BufRead, BufReader, BufWriter, ErrorKind, Read, Write};
use std::process::ExitCode;
use std::sync::Arc;
use viet_extract::batch::{default_threads, ordered_map};
use viet_extract::{Document, Extractor};

// An extraction allocates a few hundred times per KB of text (the
// document's strings and the recognisers' working vectors); mimalloc serves
// that for about half the instructions of the system allocator. Programs
// that use the library choose their own allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const USAGE: &str = "\
extract: people, organisations, provinces, dates and figures from Vietnamese text, as JSON Lines

usage: extract [OPTIONS] [FILE]...

With no FILE, or FILE `-`, reads standard input. Each FILE is one article
(one output line per file) unless --jsonl is given. A UTF-8 byte order mark
at the start of an input is skipped (offsets count from after it).

options:
  --jsonl                 inputs are JSON Lines: {\"id\": …, \"text\": \"…\", \"published\"?: \"YYYY-MM-DD\"};
                          one output line per input line, in order, with the same id
  --published YYYY-MM-DD  publication date of every input (a line's own \"published\" wins);
                          without it, each article's dateline or byline is used
  --offsets UNIT          unit of the spans: bytes (default), chars (code points, as Python
                          indexes strings) or utf16 (as JavaScript indexes strings)
  --threads N             worker threads (default: all cores)
  --pretty                indented JSON (one document over several lines)
  -h, --help              print this help
  -V, --version           print the version

exit status: 0 when every input was extracted, 1 when some input could not be
(each reported in its place and on stderr), 2 on a usage error.";

/// Units of the spans in the output.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Offsets {
    Bytes,
    Chars,
    Utf16,
}

struct Options {
    jsonl: bool,
    pretty: bool,
    inputs: Vec<String>,
    published: Option<String>,
    threads: usize,
    offsets: Offsets,
}

/// What the command line asks for.
enum Command {
    Run(Options),
    Help,
    Version,
}

fn parse_args(args: impl Iterator<Item = String>) -> Result<Command, String> {
    let mut o = Options {
        jsonl: false,
        pretty: false,
        inputs: Vec::new(),
        published: None,
        threads: default_threads(),
        offsets: Offsets::Bytes,
    };
    let mut args = args.peekable();
    let mut only_files = false;
    while let Some(arg) = args.next() {
        if only_files || arg == "-" || !arg.starts_with('-') {
            o.inputs.push(arg);
            continue;
        }
        // "--name=value" and "--name value" are the same.
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        let mut value = |what: &str| -> Result<String, String> {
            inline.clone().or_else(|| args.next()).ok_or_else(|| format!("{name} needs {what}"))
        };
        match name.as_str() {
            "--" => only_files = true,
            "-h" | "--help" => return Ok(Command::Help),
            "-V" | "--version" => return Ok(Command::Version),
            "--jsonl" => o.jsonl = true,
            "--pretty" => o.pretty = true,
            "--published" => o.published = Some(value("a date YYYY-MM-DD")?),
            "--threads" => {
                let n = value("a number of threads")?;
                o.threads = n
                    .parse()
                    .ok()
                    .filter(|&n: &usize| n > 0)
                    .ok_or_else(|| format!("--threads needs a number of threads (1 or more), not {n:?}"))?;
            }
            "--offsets" => {
                o.offsets = match value("a unit: bytes, chars or utf16")?.as_str() {
                    "bytes" => Offsets::Bytes,
                    "chars" => Offsets::Chars,
                    "utf16" => Offsets::Utf16,
                    other => return Err(format!("--offsets takes bytes, chars or utf16, not {other:?}")),
                }
            }
            _ => return Err(format!("unknown option {arg:?}")),
        }
    }
    if o.inputs.is_empty() {
        o.inputs.push("-".to_string());
    }
    Ok(Command::Run(o))
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

/// The output line of an input that could not be extracted.
#[derive(Serialize)]
struct Failure<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a Value>,
    error: &'a str,
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
    Failed { source: Option<String>, message: String },
}

/// What a job gives: the output line (absent only when an input has no
/// lines to answer, e.g. a JSON Lines file that cannot be opened) and the
/// message for stderr.
struct Done {
    line: Option<Vec<u8>>,
    error: Option<String>,
}

struct Settings {
    extractor: Extractor,
    pretty: bool,
    offsets: Offsets,
}

impl Settings {
    fn to_line(&self, value: &impl Serialize) -> Vec<u8> {
        let json = if self.pretty { serde_json::to_vec_pretty(value) } else { serde_json::to_vec(value) };
        // Documents and failures are plain data: serialising cannot fail.
        let mut out = json.unwrap_or_else(|e| format!("{{\"error\":\"cannot serialise: {e}\"}}").into_bytes());
        out.push(b'\n');
        out
    }

    fn document(&self, text: &str, published: Option<&str>) -> Result<Document, String> {
        let doc = match published {
            Some(p) => self.extractor.extract_published(text, p).map_err(|e| e.to_string())?,
            None => self.extractor.extract(text),
        };
        Ok(match self.offsets {
            Offsets::Bytes => doc,
            Offsets::Chars => doc.with_char_offsets(text),
            Offsets::Utf16 => doc.with_utf16_offsets(text),
        })
    }

    fn failed(&self, source: Option<&str>, id: Option<&Value>, message: String) -> Done {
        let line = self.to_line(&Failure { source, id, error: &message });
        Done { line: Some(line), error: Some(message) }
    }

    fn run(&self, job: Job) -> Done {
        match job {
            Job::Failed { source, message } => match source {
                Some(s) => self.failed(Some(&s), None, message),
                None => Done { line: None, error: Some(message) },
            },
            Job::File(path) => match std::fs::read(&path) {
                Ok(bytes) => self.article(&path, &bytes),
                Err(e) => self.failed(Some(&path), None, format!("{path}: cannot read: {e}")),
            },
            Job::Text { source, bytes } => self.article(&source, &bytes),
            Job::Line { path, n, bytes } => self.line(&path, n, &bytes),
        }
    }

    fn article(&self, source: &str, bytes: &[u8]) -> Done {
        let text = match std::str::from_utf8(without_bom(bytes)) {
            Ok(t) => t,
            Err(e) => {
                return self.failed(
                    Some(source),
                    None,
                    format!("{source}: invalid UTF-8 at byte offset {}", e.valid_up_to()),
                )
            }
        };
        match self.document(text, None) {
            Ok(doc) => {
                Done { line: Some(self.to_line(&Line { source: Some(source), id: None, doc: &doc })), error: None }
            }
            Err(e) => self.failed(Some(source), None, format!("{source}: {e}")),
        }
    }

    fn line(&self, path: &str, n: usize, bytes: &[u8]) -> Done {
        let null = Value::Null;
        let bytes = if n == 1 { without_bom(bytes) } else { bytes };
        let line = match std::str::from_utf8(bytes) {
            Ok(l) => l,
            Err(e) => {
                let msg = format!("{path}:{n}: invalid UTF-8 at byte offset {} of the line", e.valid_up_to());
                return self.failed(None, Some(&null), msg);
            }
        };
        if line.trim().is_empty() {
            return self.failed(None, Some(&null), format!("{path}:{n}: empty line"));
        }
        let v: Value = match serde_json::from_str(line) {
            Ok(v @ Value::Object(_)) => v,
            Ok(_) => return self.failed(None, Some(&null), format!("{path}:{n}: not a JSON object")),
            Err(e) => return self.failed(None, Some(&null), format!("{path}:{n}: not a JSON object: {e}")),
        };
        let id = v.get("id").unwrap_or(&null);
        let Some(text) = v.get("text").and_then(Value::as_str) else {
            return self.failed(None, Some(id), format!("{path}:{n}: no string field \"text\""));
        };
        let published = match v.get("published") {
            None | Some(Value::Null) => None,
            Some(Value::String(p)) => Some(p.as_str()),
            Some(_) => {
                return self.failed(None, Some(id), format!("{path}:{n}: \"published\" must be a string YYYY-MM-DD"))
            }
        };
        match self.document(text, published) {
            Ok(doc) => Done { line: Some(self.to_line(&Line { source: None, id: Some(id), doc: &doc })), error: None },
            Err(e) => self.failed(None, Some(id), format!("{path}:{n}: {e}")),
        }
    }
}

/// The bytes after a UTF-8 byte order mark, if they start with one.
fn without_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
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
                    if bytes.ends_with(b"\n") {
                        bytes.pop();
                    }
                    return Some(Job::Line { path: Arc::clone(path), n: *n, bytes });
                }
                Err(e) => {
                    let message = format!("{path}:{}: cannot read: {e}", *n + 1);
                    current = None;
                    return Some(Job::Failed { source: None, message });
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
                Err(e) => Job::Failed { source: Some(input), message: format!("-: cannot read: {e}") },
            });
        }
        let reader: Box<dyn BufRead> = if stdin {
            Box::new(BufReader::with_capacity(1 << 16, std::io::stdin()))
        } else {
            match std::fs::File::open(&input) {
                Ok(f) => Box::new(BufReader::with_capacity(1 << 16, f)),
                Err(e) => return Some(Job::Failed { source: None, message: format!("{input}: cannot read: {e}") }),
            }
        };
        current = Some((Arc::from(input), reader, 0));
    })
}

fn main() -> ExitCode {
    let opts = match parse_args(std::env::args().skip(1)) {
        Ok(Command::Run(o)) => o,
        Ok(Command::Help) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Ok(Command::Version) => {
            println!("extract (viet-extract) {}", env!("CARGO_PKG_VERSION"));
            return ExitCode::SUCCESS;
        }
        Err(msg) => {
            eprintln!("extract: {msg}\n(try extract --help)");
            return ExitCode::from(2);
        }
    };
    // The date given here applies to every input; a line's own wins.
    let mut builder = Extractor::builder();
    if let Some(p) = &opts.published {
        builder = builder.published(p);
    }
    let extractor = match builder.build() {
        Ok(ex) => ex,
        Err(e) => {
            eprintln!("extract: --published: {e}");
            return ExitCode::from(2);
        }
    };
    let settings = Settings { extractor, pretty: opts.pretty, offsets: opts.offsets };
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = false;
    let mut status = Ok(());
    // Batches of lines go to the workers (up to 64 KB of input each): one
    // channel round trip per batch, not per line.
    let weigh = |job: &Job| match job {
        Job::Text { bytes, .. } | Job::Line { bytes, .. } => bytes.len(),
        Job::File(_) | Job::Failed { .. } => 4096,
    };
    let work = move |job| settings.run(job);
    for done in ordered_map(jobs(opts.inputs, opts.jsonl), work).threads(opts.threads).weigh(weigh) {
        if let Some(msg) = done.error {
            eprintln!("extract: {msg}");
            failed = true;
        }
        if let Some(line) = done.line {
            status = out.write_all(&line);
            if status.is_err() {
                break;
            }
        }
    }
    let status = status.and_then(|_| out.flush());
    match status {
        // The reader closed the pipe (`extract … | head -1`): nothing left to do.
        Err(e) if e.kind() == ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("extract: cannot write output: {e}");
            ExitCode::FAILURE
        }
        Ok(()) if failed => ExitCode::FAILURE,
        Ok(()) => ExitCode::SUCCESS,
    }
}
