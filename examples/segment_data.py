#!/usr/bin/env python3
"""Builds the word segmenter's data files from public raw news text.

    python3 examples/segment_data.py --vocab data/words.txt \
        --silver SEGMENTED.txt [SEGMENTED.txt ...] --raw RAW.txt [RAW.txt ...] \
        --weights data/segment_weights.tsv --prefixes data/name_prefixes.txt

--silver: raw text segmented by RDRsegmenter (Apache-2.0; one sentence or
paragraph a line, words joined by "_"): its words are counted. Only words of
the vocabulary (--vocab, RDRsegmenter's VnVocab) and single syllables are
kept: no name, no text, only how often each entry was used as one word.
--raw: the same kind of raw text, read for the name prefixes: syllables that
stand lower-case before a capitalised name far more often than they begin
one ("ông Nguyễn Văn A", "tại Hà Nội"), so that a capital at a sentence's
start is taken for the sentence's, not the name's.
See docs/segmentation.md.
"""
import argparse
import collections
import re
import unicodedata

TONES = {"\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}


def traditional(syl):
    """Moves the tone of an open oa/oe/uy syllable to the first vowel (hoà -> hòa),
    the placement the crate's keys use (the crate normalises again at load)."""
    d = unicodedata.normalize("NFD", syl)
    tone = [c for c in d if c in TONES]
    if not tone:
        return syl
    base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
    m = re.fullmatch(r"(.*?)(oa|oe|uy)", base)
    if m and not m.group(1).endswith(("q", "g")):
        v = m.group(2)
        return unicodedata.normalize("NFC", m.group(1) + v[0] + tone[0] + v[1:])
    return syl


def key(s):
    return " ".join(traditional(x) for x in unicodedata.normalize("NFC", s).lower().split())


def is_syllable(s):
    return s.isalpha()


def capitalised(s):
    return s[:1].isupper() and s[1:].islower() or (len(s) == 1 and s.isupper())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--vocab", required=True)
    ap.add_argument("--silver", nargs="+", required=True)
    ap.add_argument("--raw", nargs="+", required=True)
    ap.add_argument("--weights", required=True)
    ap.add_argument("--prefixes", required=True)
    a = ap.parse_args()

    vocab = set()
    for line in open(a.vocab, encoding="utf-8"):
        line = line.strip()
        if line and not line.startswith("#"):
            k = key(line)
            if all(is_syllable(x) for x in k.split()) and " " in k:
                vocab.add(k)

    counts = collections.Counter()
    total = names = 0
    for path in a.silver:
        for line in open(path, encoding="utf-8"):
            for i, w in enumerate(line.split()):
                total += 1
                parts = w.split("_")
                if len(parts) > 1 and all(capitalised(p) for p in parts):
                    names += 1
                    continue
                counts[key(w.replace("_", " "))] += 1

    with open(a.weights, "w", encoding="utf-8") as out:
        out.write("# Word-segmentation weights: how often each entry was one word in public raw news\n")
        out.write("# text segmented by RDRsegmenter; see data/README.md and docs/segmentation.md.\n")
        out.write("# Multi-syllable entries: RDRsegmenter's VnVocab (Apache-2.0, see LICENSE.words.txt),\n")
        out.write("# changed: lower case, traditional tone placement, entries with non-letters dropped,\n")
        out.write("# a count added to each.\n")
        out.write(f"# total\t{total}\n# names\t{names}\n")
        singles = sorted(w for w, c in counts.items() if " " not in w and c >= 2 and is_syllable(w))
        for w in singles:
            out.write(f"{w}\t{counts[w]}\n")
        for w in sorted(vocab):
            out.write(f"{w}\t{counts.get(w, 0)}\n")

    tok = re.compile(r"\w+|[^\w\s]")
    ends = set('.!?:;"“”(…-–—')
    lower = collections.Counter()
    title = collections.Counter()
    for path in a.raw:
        for line in open(path, encoding="utf-8"):
            ts = tok.findall(line)
            for i in range(1, len(ts) - 1):
                if ts[i - 1] in ends or not capitalised(ts[i + 1]) or not ts[i].isalpha():
                    continue
                if ts[i].islower():
                    lower[key(ts[i])] += 1
                elif capitalised(ts[i]) and not capitalised(ts[i - 1]):
                    title[key(ts[i])] += 1
    with open(a.prefixes, "w", encoding="utf-8") as out:
        out.write("# Syllables that stand lower-case before a capitalised name more often than they\n")
        out.write("# begin one (counted in public raw news text; see docs/segmentation.md).\n")
        for s in sorted(s for s in lower if lower[s] >= 20 and lower[s] > title[s]):
            out.write(s + "\n")


if __name__ == "__main__":
    main()
