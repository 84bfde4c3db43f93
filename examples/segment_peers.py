#!/usr/bin/env python3
"""Word F1 and speed of published Vietnamese segmenters on a CoNLL-U file,
scored as examples/segment_eval.rs scores viet-extract (same input: each
sentence's forms joined by spaces, one call per sentence; a word is right
when both its boundaries match, counted in non-space characters).

    pip install pyvi underthesea            # in a virtualenv
    python3 examples/segment_peers.py vi_vtb-ud-dev.conllu [--rdr DIR] [--only pyvi,underthesea,rdrsegmenter]

--rdr DIR: a checkout of github.com/datquocnguyen/RDRsegmenter compiled with
`javac -encoding UTF-8 RDRsegmenter.java` (Java 8+); a small driver class is
written and compiled there. Prints one Markdown row per system.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time


def read_conllu(path):
    sents, cur = [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            if cur:
                sents.append(cur)
            cur = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            cur.append(cols[1])
    if cur:
        sents.append(cur)
    return sents


def spans(words):
    out, p = set(), 0
    for w in words:
        n = len("".join(w.replace("_", " ").split()))
        if n:
            out.add((p, p + n))
        p += n
    return out


def score(gold, pred):
    g = p = r = 0
    for gw, pw in zip(gold, pred):
        gs, ps = spans(gw), spans(pw)
        g, p, r = g + len(gs), p + len(ps), r + len(gs & ps)
    prec, rec = r / max(p, 1), r / max(g, 1)
    return 200 * prec * rec / max(prec + rec, 1e-9)


DRIVER = r"""
import java.io.*;
import java.util.*;
public class SegLines {
    public static void main(String[] args) throws IOException {
        RDRsegmenter seg = new RDRsegmenter();
        BufferedReader r = new BufferedReader(new InputStreamReader(new FileInputStream(args[0]), "UTF-8"));
        List<String> lines = new ArrayList<>();
        for (String l; (l = r.readLine()) != null;) lines.add(l);
        for (String l : lines) seg.segmentTokenizedString(l); // warm-up
        long t0 = System.nanoTime();
        List<String> out = new ArrayList<>();
        for (String l : lines) out.add(seg.segmentTokenizedString(l));
        double secs = (System.nanoTime() - t0) / 1e9;
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(new FileOutputStream(args[1]), "UTF-8"));
        for (String o : out) { w.write(o); w.write("\n"); }
        w.close();
        System.out.println(secs);
    }
}
"""


def run_rdr(rdr_dir, texts):
    if not os.path.exists(os.path.join(rdr_dir, "SegLines.class")):
        with open(os.path.join(rdr_dir, "SegLines.java"), "w", encoding="utf-8") as f:
            f.write(DRIVER)
        subprocess.run(["javac", "-encoding", "UTF-8", "SegLines.java"], cwd=rdr_dir, check=True)
    with tempfile.TemporaryDirectory() as tmp:
        inp, outp = os.path.join(tmp, "in.txt"), os.path.join(tmp, "out.txt")
        with open(inp, "w", encoding="utf-8") as f:
            f.write("".join(t + "\n" for t in texts))
        res = subprocess.run(["java", "-cp", ".", "SegLines", inp, outp], cwd=rdr_dir, check=True,
                             capture_output=True, text=True)
        secs = float(res.stdout.strip().splitlines()[-1])
        pred = [l.split() for l in open(outp, encoding="utf-8")]
    return pred, secs


def timed(fn, texts):
    fn(texts[0])
    t0 = time.perf_counter()
    out = [fn(t) for t in texts]
    return out, time.perf_counter() - t0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("conllu")
    ap.add_argument("--rdr")
    ap.add_argument("--only", default="pyvi,underthesea,rdrsegmenter")
    a = ap.parse_args()
    gold = read_conllu(a.conllu)
    texts = [" ".join(s) for s in gold]
    nbytes = sum(len(t.encode("utf-8")) + 1 for t in texts)
    only = set(a.only.split(","))
    rows = []
    if "pyvi" in only:
        from importlib.metadata import version
        from pyvi import ViTokenizer
        pred, secs = timed(lambda t: ViTokenizer.tokenize(t).split(), texts)
        rows.append((f"pyvi {version('pyvi')}", score(gold, pred), nbytes / secs / 1e6))
    if "underthesea" in only:
        from importlib.metadata import version
        from underthesea import word_tokenize
        pred, secs = timed(lambda t: word_tokenize(t), texts)
        rows.append((f"underthesea {version('underthesea')} word_tokenize", score(gold, pred), nbytes / secs / 1e6))
    if "rdrsegmenter" in only and a.rdr:
        pred, secs = run_rdr(a.rdr, texts)
        rows.append(("RDRsegmenter (Java)", score(gold, pred), nbytes / secs / 1e6))
    print(f"{len(gold)} sentences, {sum(len(s) for s in gold)} words, {nbytes} bytes")
    print("| system | word F1 | speed |\n|---|---|---|")
    for name, f1, speed in rows:
        print(f"| {name} | {f1:.2f} | {speed:.2f} MB/s |")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
