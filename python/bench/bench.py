#!/usr/bin/env python3
"""Throughput of the Python package viet_extract on news articles, in MB/s
(MB = 2**20 bytes of UTF-8), against the crate's own `throughput` example
on the same texts in the same run, and against underthesea's NER.

    python bench/bench.py [DIR] [--jsonl FILE --articles N] [--mb 5]
                          [--rounds 5] [--rust PATH] [--underthesea]

DIR holds the articles as *.txt (default: the crate's data/samples); with
--jsonl, the first N articles of a JSON Lines file ({"text": ...} per line)
are written to a temporary DIR. Like the Rust example, the articles are
repeated to at least --mb MB. Each round times, one after the other:

  rust       target/release/examples/throughput DIR --mb N: its "extract"
             line (Extractor::extract on one thread, nothing converted)
  extract    viet_extract.extract(text) for each text, one thread, each
             result (a dict with spans in code points) used and dropped
  many/1     viet_extract.extract_many(chunk, threads=1) over chunks of 256
             texts, the documents of each used and dropped
  many/2     the same with threads=2
  list/1     viet_extract.extract_many(texts, threads=1): one list of all
             the documents, kept (hundreds of MB of dicts for 5 MB of text)

and prints each round and the medians. The machine may be shared: the
rounds alternate so that a change of load touches every contender alike,
and the medians are what to report. Then, where load cannot tilt the
comparison, the same in this process and thread, in CPU time: the crate's
Extractor::extract alone (viet_extract._native._extract_only, what the
Rust example times) and extract() taking turns every 32 texts. Each text is a fresh str object, so the
UTF-8 copy CPython caches in a str is made once per text, as in real use.

--underthesea times underthesea.ner over every sentence of the first
articles, up to --underthesea-kb KB (once, not repeated: it runs at about
0.01 MB/s), and extract() on the same articles, both in CPU time; it needs
`pip install underthesea` in the same environment (its NER model, a CRF,
comes with the package: nothing is downloaded).
"""

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import viet_extract
from viet_extract import _native

ROOT = Path(__file__).resolve().parents[2]
MB = float(1 << 20)


def load_dir(path):
    files = sorted(p for p in Path(path).iterdir() if p.suffix == ".txt")
    if not files:
        sys.exit(f"bench: no *.txt articles in {path}")
    return [p.read_bytes() for p in files]


def write_jsonl_dir(jsonl, n, into):
    """The first `n` non-empty texts of `jsonl`, as numbered .txt files."""
    count = 0
    with open(jsonl, encoding="utf-8") as f:
        for line in f:
            text = json.loads(line).get("text") or ""
            if not text.strip():
                continue
            Path(into, f"{count:06}.txt").write_text(text, encoding="utf-8")
            count += 1
            if count == n:
                break
    return into


def rust_mbps(binary, directory, mb):
    """The `extract` line of the Rust throughput example, in MB/s."""
    out = subprocess.run(
        [binary, str(directory), "--mb", str(mb)], check=True, capture_output=True, text=True
    ).stdout
    # "extract   5.0 MB in   0.95 s =   5.3 MB/s": MB over seconds, for
    # one more digit than the rate it prints.
    m = re.search(r"^extract\s+([\d.]+) MB in\s+([\d.]+) s", out, re.M)
    if not m:
        sys.exit(f"bench: no extract line in the output of {binary}:\n{out}")
    return float(m.group(1)) / float(m.group(2))


def timed(f):
    t = time.perf_counter()
    f()
    return time.perf_counter() - t


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir", nargs="?", default=str(ROOT / "data" / "samples"))
    ap.add_argument("--jsonl", help="take the articles from a JSON Lines file instead")
    ap.add_argument("--articles", type=int, default=2000, help="with --jsonl: how many (default 2000)")
    ap.add_argument("--mb", type=int, default=5, help="repeat the articles to this many MB (default 5)")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--rust", default=str(ROOT / "target" / "release" / "examples" / "throughput"),
                    help="the Rust throughput example (build: cargo build --release --examples)")
    ap.add_argument("--no-rust", action="store_true", help="do not run the Rust example")
    ap.add_argument("--underthesea", action="store_true", help="also time underthesea.ner")
    ap.add_argument("--underthesea-kb", type=int, default=200,
                    help="on the first articles up to this many KB (default 200)")
    args = ap.parse_args()

    tmp = None
    directory = args.dir
    if args.jsonl:
        tmp = tempfile.TemporaryDirectory(prefix="viet-extract-bench-")
        directory = write_jsonl_dir(args.jsonl, args.articles, tmp.name)
    raw = load_dir(directory)
    one = sum(map(len, raw))
    reps = -(-(args.mb << 20) // one)  # as the Rust example: at least --mb MB
    size = one * reps / MB
    rust = None if args.no_rust or not os.access(args.rust, os.X_OK) else args.rust
    print(f"{len(raw)} articles, {one / 1024:.0f} KB, repeated {reps}x = {size:.1f} MB; "
          f"viet_extract {viet_extract.__version__}; load average {os.getloadavg()[0]:.1f}")
    if rust is None and not args.no_rust:
        print(f"(no Rust example at {args.rust}: cargo build --release --examples)")

    def fresh():
        # New str objects each time: no cached UTF-8 copy.
        return [b.decode("utf-8") for _ in range(reps) for b in raw]

    for b in raw:  # warm up: lexicon and lazily built patterns
        viet_extract.extract(b.decode("utf-8"))

    def stream(texts):
        # Each document used and dropped, as in a loop that writes them out
        # (and as the Rust example does).
        n = 0
        for t in texts:
            n += len(viet_extract.extract(t)["people"])
        return texts

    def chunks(threads):
        # extract_many over 256 texts at a time, the documents used and
        # dropped (as in the README's Spark example).
        def run(texts):
            n = 0
            for i in range(0, len(texts), 256):
                n += sum(len(d["people"]) for d in viet_extract.extract_many(texts[i:i + 256], threads=threads))
            return texts
        return run

    contenders = {
        "extract": stream,
        "many/1": chunks(1),
        "many/2": chunks(2),
        "list/1": lambda texts: viet_extract.extract_many(texts, threads=1),
    }
    results = {name: [] for name in (["rust"] if rust else []) + list(contenders)}
    for r in range(args.rounds):
        line = []
        if rust:
            results["rust"].append(rust_mbps(rust, directory, args.mb))
            line.append(f"rust {results['rust'][-1]:6.2f}")
        for name, f in contenders.items():
            texts = fresh()
            docs = None

            def run():
                nonlocal docs
                docs = f(texts)

            secs = timed(run)
            assert len(docs) == len(texts)
            docs = None
            results[name].append(size / secs)
            line.append(f"{name} {size / secs:6.2f}")
        print(f"round {r + 1}: " + "  ".join(line) + f"  MB/s  (load {os.getloadavg()[0]:.1f})")

    print("medians (MB/s):")
    medians = {name: statistics.median(v) for name, v in results.items()}
    for name, m in medians.items():
        vs = f"  {m / medians['rust'] * 100:5.1f}% of rust" if "rust" in medians and name != "rust" else ""
        print(f"  {name:<8} {m:7.2f}{vs}")

    # The same comparison where load cannot tilt it: in this process, on
    # this thread, in CPU time, the Rust extraction alone and extract()
    # taking turns every 32 texts.
    print("in-process, CPU time of this thread, turns of 32 texts (MB/s):")
    ratios = []
    for r in range(args.rounds):
        rust_s = py_s = 0.0
        for i in range(0, len(raw) * reps, 32):
            chunk = [raw[j % len(raw)] for j in range(i, min(i + 32, len(raw) * reps))]
            texts = [b.decode("utf-8") for b in chunk]
            for turn in ((0, 1) if (i // 32) % 2 else (1, 0)):
                t = time.thread_time()
                if turn == 0:
                    _native._extract_only(chunk)
                    rust_s += time.thread_time() - t
                else:
                    for text in texts:
                        viet_extract.extract(text)
                    py_s += time.thread_time() - t
        ratios.append(rust_s / py_s)
        print(f"  round {r + 1}: rust extract {size / rust_s:6.2f}  extract() {size / py_s:6.2f}  "
              f"= {rust_s / py_s * 100:5.1f}%")
    print(f"  median: extract() at {statistics.median(ratios) * 100:.1f}% of the Rust extraction's throughput")

    if args.underthesea:
        bench_underthesea(raw, args.underthesea_kb << 10)
    if tmp:
        tmp.cleanup()


def bench_underthesea(raw, limit):
    try:
        from underthesea import ner, sent_tokenize
    except ImportError as e:
        print(f"underthesea: not importable ({e}); pip install underthesea")
        return
    first, total = [], 0
    for b in raw:
        if total >= limit:
            break
        first.append(b)
        total += len(b)
    texts = [b.decode("utf-8") for b in first]
    size = total / MB
    sentences = [s for t in texts for p in t.split("\n") if p.strip() for s in sent_tokenize(p)]
    try:
        ner(sentences[0])  # loads its model
    except Exception as e:  # noqa: BLE001 (report whatever the model load says)
        print(f"underthesea: ner failed to start: {type(e).__name__}: {e}")
        return
    # CPU time of this thread for both (underthesea runs on it too).
    t = time.thread_time()
    for s in sentences:
        ner(s)
    secs = time.thread_time() - t
    t = time.thread_time()
    for _ in range(5):
        for text in texts:
            viet_extract.extract(text)
    ours = (time.thread_time() - t) / 5
    print(f"underthesea.ner: {size:.3f} MB ({len(texts)} articles, {len(sentences)} sentences) in "
          f"{secs:.1f} s CPU = {size / secs:.4f} MB/s")
    print(f"viet_extract.extract on the same articles: {size / ours:.2f} MB/s CPU, "
          f"{secs / ours:,.0f} times as fast")


if __name__ == "__main__":
    main()
