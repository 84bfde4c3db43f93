//! Word F1 of [`segment_words`] on a CoNLL-U treebank (for instance the dev
//! split of Universal Dependencies' Vietnamese VTB), and its speed.
//!
//! ```text
//! cargo run --release --example segment_eval -- PATH.conllu [--errors N] [--seconds S | --rounds R] [--out FILE] [--stages]
//! ```
//!
//! Each sentence's input is its word forms joined by single spaces (the
//! treebank writes a multi-syllable word with spaces inside its FORM, "Hà
//! Nội"), given to `segment_words` one sentence per call, as a user would.
//! A predicted word is right when both of its boundaries match a gold
//! word's (positions counted in non-space characters). Speed is the input's
//! bytes over the time of the segmentation calls alone, repeated for at
//! least `--seconds` (default 2) or exactly `--rounds` times (a fixed
//! amount of work, to compare CPU times or instruction counts under
//! `valgrind --tool=callgrind`), then for the whole file given as one text
//! (sentences one a line) in one call; on Linux it also prints bytes per
//! CPU second, which holds on a shared machine; `--errors N` prints N wrong spans with
//! their context, `--out FILE` writes the segmentation, one sentence a line,
//! words joined by `_`; `--stages` also times normalisation and tokenisation
//! alone, interleaved with the full calls (a ratio that holds on a busy
//! machine).

use std::collections::HashSet;
use std::time::Instant;
use viet_extract::normalise::{normalise as normalize, ToneStyle};
use viet_extract::tokenise::{segment_words, tokenise as tokenize};

const USAGE: &str = "usage: segment_eval PATH.conllu [--errors N] [--seconds S | --rounds R] [--out FILE] [--stages]";

/// Prints `msg` and the usage line, and exits with status 2.
fn fail(msg: &str) -> ! {
    eprintln!("segment_eval: {msg}\n{USAGE}");
    std::process::exit(2)
}

/// CPU time of this process in seconds, where Linux tells it
/// (`/proc/self/stat`, in clock ticks of 1/100 s): on a shared machine the
/// wall clock counts the time spent waiting for a core.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which may hold spaces) in brackets.
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split(' ').collect();
    let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

/// The sentences of a CoNLL-U file, as lists of word forms.
fn read_conllu(path: &str) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| fail(&format!("{path}: {e}")));
    let mut out = Vec::new();
    let mut cur = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
        } else if !line.starts_with('#') {
            let mut cols = line.split('\t');
            let (Some(id), Some(form)) = (cols.next(), cols.next()) else { continue };
            // Multiword-token ranges and empty nodes are not words of the text.
            if id.contains('-') || id.contains('.') {
                continue;
            }
            cur.push(form.to_string());
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Spans of `words` as (first, last + 1) in non-space characters of `text`.
fn spans<'a>(text: &str, words: impl IntoIterator<Item = std::ops::Range<usize>> + 'a) -> Vec<(usize, usize)> {
    // Non-space characters before each byte offset.
    let mut before = vec![0usize; text.len() + 1];
    let mut n = 0;
    for (i, c) in text.char_indices() {
        for b in &mut before[i..i + c.len_utf8()] {
            *b = n;
        }
        if !c.is_whitespace() {
            n += 1;
        }
    }
    before[text.len()] = n;
    words.into_iter().map(|r| (before[r.start], before[r.end])).filter(|(a, b)| a < b).collect()
}

fn main() {
    let mut path = None;
    let mut errors = 0usize;
    let mut seconds = 2.0f64;
    let mut out_path = None;
    let mut stages = false;
    let mut rounds: Option<usize> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--errors" => errors = args.next().and_then(|v| v.parse().ok()).unwrap_or_else(|| fail("--errors N")),
            "--seconds" => seconds = args.next().and_then(|v| v.parse().ok()).unwrap_or_else(|| fail("--seconds S")),
            "--out" => out_path = Some(args.next().unwrap_or_else(|| fail("--out FILE"))),
            "--rounds" => rounds = Some(args.next().and_then(|v| v.parse().ok()).unwrap_or_else(|| fail("--rounds R"))),
            "--stages" => stages = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return;
            }
            _ if path.is_none() && !a.starts_with('-') => path = Some(a),
            _ => fail(&format!("unknown argument {a}")),
        }
    }
    let path = path.unwrap_or_else(|| fail("give a CoNLL-U file"));
    let sents = read_conllu(&path);
    let texts: Vec<String> = sents.iter().map(|s| s.join(" ")).collect();

    let (mut gold_n, mut pred_n, mut right) = (0usize, 0usize, 0usize);
    let mut shown = 0;
    let mut out = String::new();
    for (words, text) in sents.iter().zip(&texts) {
        let mut pos = 0;
        let gold_ranges: Vec<_> = words
            .iter()
            .map(|w| {
                let r = pos..pos + w.len();
                pos += w.len() + 1;
                r
            })
            .collect();
        let pred = segment_words(text);
        if out_path.is_some() {
            let line: Vec<String> =
                pred.iter().map(|r| text[r.clone()].split_whitespace().collect::<Vec<_>>().join("_")).collect();
            out.push_str(&line.join(" "));
            out.push('\n');
        }
        let gold = spans(text, gold_ranges);
        let pred_s = spans(text, pred.iter().cloned());
        let gset: HashSet<_> = gold.iter().copied().collect();
        let pset: HashSet<_> = pred_s.iter().copied().collect();
        gold_n += gold.len();
        pred_n += pred_s.len();
        right += pred_s.iter().filter(|s| gset.contains(s)).count();
        if shown < errors && gset != pset {
            let show = |sp: &[(usize, usize)], ranges: &[std::ops::Range<usize>], other: &HashSet<(usize, usize)>| {
                sp.iter()
                    .zip(ranges)
                    .map(|(s, r)| {
                        let w = text[r.clone()].replace(' ', "_");
                        if other.contains(s) {
                            w
                        } else {
                            format!("[{w}]")
                        }
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            let mut pos = 0;
            let gr: Vec<_> = words
                .iter()
                .map(|w| {
                    let r = pos..pos + w.len();
                    pos += w.len() + 1;
                    r
                })
                .collect();
            let pr: Vec<_> = pred.iter().filter(|&r| !text[r.clone()].trim().is_empty()).cloned().collect();
            println!("gold: {}\npred: {}\n", show(&gold, &gr, &pset), show(&pred_s, &pr, &gset));
            shown += 1;
        }
    }
    if let Some(p) = out_path {
        std::fs::write(&p, out).unwrap_or_else(|e| fail(&format!("{p}: {e}")));
    }
    let prec = right as f64 / pred_n.max(1) as f64;
    let rec = right as f64 / gold_n.max(1) as f64;
    let f1 = if prec + rec > 0.0 { 2.0 * prec * rec / (prec + rec) } else { 0.0 };

    // Speed: the segmentation calls alone, repeated; with --stages,
    // normalisation and tokenisation alone in alternate rounds.
    let bytes: usize = texts.iter().map(|t| t.len() + 1).sum();
    let (mut total, mut sink) = (0usize, 0usize);
    let (mut seg_secs, mut tok_secs, mut tok_total) = (0f64, 0f64, 0usize);
    let start = Instant::now();
    let (mut cpu_secs, mut cpu_total) = (0f64, 0usize);
    let mut round = 0;
    while match rounds {
        Some(r) => round < r,
        None => start.elapsed().as_secs_f64() < seconds,
    } {
        round += 1;
        let c0 = cpu_seconds();
        let t0 = Instant::now();
        for t in &texts {
            sink += segment_words(t).len();
        }
        seg_secs += t0.elapsed().as_secs_f64();
        total += bytes;
        if let (Some(a), Some(b)) = (c0, cpu_seconds()) {
            cpu_secs += b - a;
            cpu_total += bytes;
        }
        if stages {
            let t0 = Instant::now();
            for t in &texts {
                sink += tokenize(normalize(t, ToneStyle::Traditional).as_str()).len();
            }
            tok_secs += t0.elapsed().as_secs_f64();
            tok_total += bytes;
        }
    }
    let secs = seg_secs;
    // The same text as one document (sentences one a line), one call.
    let doc = texts.join("\n");
    let (mut doc_secs, mut doc_total) = (0f64, 0usize);
    while rounds.is_none() && doc_secs < seconds / 2.0 {
        let t0 = Instant::now();
        sink += segment_words(&doc).len();
        doc_secs += t0.elapsed().as_secs_f64();
        doc_total += doc.len();
    }
    println!(
        "{path}: {} sentences, {gold_n} gold words, {pred_n} predicted, {right} right\n\
         precision {:.2}  recall {:.2}  word F1 {:.2}\n\
         speed {:.1} MB/s one sentence a call ({} bytes in {secs:.2} s; {sink} words), \
         {:.1} MB/s the whole file in one call",
        sents.len(),
        100.0 * prec,
        100.0 * rec,
        100.0 * f1,
        total as f64 / secs / 1e6,
        total,
        doc_total as f64 / doc_secs.max(1e-9) / 1e6
    );
    if cpu_secs > 0.5 {
        println!("CPU time: {:.1} MB per CPU second, one sentence a call", cpu_total as f64 / cpu_secs / 1e6);
    }
    if stages {
        println!(
            "normalise + tokenise alone {:.1} MB/s: the lattice, names and rules take {:.0}% of the time",
            tok_total as f64 / tok_secs / 1e6,
            100.0 * (1.0 - (tok_secs / tok_total as f64) / (seg_secs / total as f64))
        );
    }
}
