#!/usr/bin/env python3
"""Learns the word segmenter's corrections (data/segment_rules.tsv).

    python3 examples/segment_rules.py --silver SEGMENTED.txt [...] --ours OURS.txt [...] \
        --out data/segment_rules.tsv [--min 5] [--ratio 2]

--silver: raw text segmented by RDRsegmenter (Apache-2.0), words joined by
"_"; --ours: the same lines (with "_" turned to spaces) segmented by this
crate's lattice before corrections (`cargo run --release --example segment
-- FILE` built with an empty
data/segment_rules.tsv). Where the two disagree on the boundary between two
lower-case syllables, and do so consistently in a context (the two
syllables, alone or with the syllable before or after), a rule is written:
"in this context, where the lattice joined (split), split (join)". A rule
needs at least --min disagreeing cases, outnumbering the agreeing ones
--ratio times. Transformation rules in the manner of RDRsegmenter's (Nguyen
et al., LREC 2018), here learnt on silver annotation: RDRsegmenter's
context rules, carried over where the lattice does not already agree.
"""
import argparse
import collections
import re
import unicodedata

TONES = {"\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}


def traditional(syl):
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


_cache = {}


def key(s):
    k = _cache.get(s)
    if k is None:
        k = traditional(unicodedata.normalize("NFC", s).lower()) if s.isalpha() else "<s>"
        if len(_cache) < 2_000_000:
            _cache[s] = k
    return k


def starts(words):
    out, p = set(), 0
    for w in words:
        out.add(p)
        p += len(w.replace("_", ""))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--silver", nargs="+", required=True)
    ap.add_argument("--ours", nargs="+", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--min", type=int, default=5)
    ap.add_argument("--ratio", type=float, default=2.0)
    a = ap.parse_args()

    # counts[(context, ours_joined)] = [agree, disagree]; context is
    # (left, a, b, right) with None where the template leaves it out.
    counts = collections.defaultdict(lambda: [0, 0])
    for sp, op in zip(a.silver, a.ours):
        for sl, ol in zip(open(sp, encoding="utf-8"), open(op, encoding="utf-8")):
            ost = starts(ol.split())
            syl, joined, off, p = [], [], [], 0
            for w in sl.split():
                for i, x in enumerate(w.split("_")):
                    syl.append(x)
                    joined.append(i > 0)
                    off.append(p)
                    p += len(x)
            keys = [key(x) for x in syl]
            n = len(syl)
            for k in range(1, n):
                x, y = syl[k - 1], syl[k]
                if not (x.isalpha() and y.isalpha() and x.islower() and y.islower()):
                    continue
                d = off[k] not in ost
                disagree = int(joined[k] != d)
                left = keys[k - 2] if k >= 2 else "<s>"
                right = keys[k + 1] if k + 1 < n else "<s>"
                for ctx in ((None, keys[k - 1], keys[k], None), (left, keys[k - 1], keys[k], None),
                            (None, keys[k - 1], keys[k], right)):
                    counts[(ctx, d)][disagree] += 1

    def decide(c, d):
        """The silver's decision in a context seen where ours decided d, if clear."""
        same, other = c
        if other >= a.min and other >= a.ratio * same:
            return not d
        if same >= a.min and same >= a.ratio * other:
            return d
        return None

    rules = []
    bigram = {}
    for (ctx, d), c in counts.items():
        if ctx[0] is None and ctx[3] is None:
            r = decide(c, d)
            if r is not None and r != d:
                bigram[(ctx[1], ctx[2], d)] = r
                rules.append((ctx, d, r))
    for (ctx, d), c in counts.items():
        if ctx[0] is None and ctx[3] is None:
            continue
        r = decide(c, d)
        after = bigram.get((ctx[1], ctx[2], d), d)
        if r is not None and r != after:
            rules.append((ctx, d, r))

    name = {True: "join", False: "split"}
    with open(a.out, "w", encoding="utf-8") as out:
        out.write("# Corrections to the lattice's segmentation: CONTEXT<TAB>FROM<TAB>TO, \"|\" marking the\n")
        out.write("# boundary, \"<s>\" any non-word; learnt by examples/segment_rules.py, see data/README.md.\n")
        for ctx, d, r in sorted(rules, key=lambda x: (x[0][1], x[0][2], x[0][0] or "", x[0][3] or "", x[1])):
            left, x, y, right = ctx
            text = " ".join(t for t in (left, x, "|", y, right) if t is not None)
            out.write(f"{text}\t{name[d]}\t{name[r]}\n")
    print(len(rules), "rules")


if __name__ == "__main__":
    main()
