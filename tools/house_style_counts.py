#!/usr/bin/env python3
"""Corpus-wide counts of the house-style symptoms of issue #16 that
/work/shared/tools/suspicious.py does not count, to compare an extractor
output before and after a change.

usage: house_style_counts.py INPUT.jsonl OUTPUT.jsonl [--examples N]

INPUT   the JSON Lines given to `extract --jsonl` ({"id", "text", ...} per line)
OUTPUT  what it wrote (one document per line, same order; spans are UTF-8 byte offsets)
"""
import json
import random
import re
import sys
from collections import Counter, defaultdict

DATE_AFTER = set("là và vừa đã sẽ của được có thì mà nhưng với tại ở tới từ hoặc hay khi sau trước nhằm theo do để cho lúc vào về đến năm này qua".split())


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    n_ex = int(sys.argv[sys.argv.index("--examples") + 1]) if "--examples" in sys.argv else 0
    if n_ex:
        args = [a for a in args if a != str(n_ex)]
    c, ex = Counter(), defaultdict(list)

    def hit(name, example):
        c[name] += 1
        ex[name].append(example)

    with open(args[0], encoding="utf-8") as fi, open(args[1], encoding="utf-8") as fo:
        for a, b in zip(fi, fo):
            d, r = json.loads(a), json.loads(b)
            if "people" not in r:
                continue
            t = d["text"]
            tb = t.encode("utf-8")
            starts = {}
            for x in r.get("dates", []):
                for m in x.get("mentions", []):
                    s, e = m["span"]["start"], m["span"]["end"]
                    starts[s] = (e, x["value"])
                    text = tb[s:e].decode("utf-8", "ignore")
                    before = tb[max(0, s - 12):s].decode("utf-8", "ignore")
                    after = tb[e:e + 12].decode("utf-8", "ignore")
                    low = text.lower()
                    if low.endswith("năm tới") and re.search(r"\d\s*$", before) and re.fullmatch(r"\d{4}", x["value"]):
                        hit("date: 'N năm tới' / '20-30 năm tới' read as next year", before + "|" + text)
                    mm = re.fullmatch(r"(\d)/(\d{1,2})", text)
                    if mm and int(mm[1]) < int(mm[2]) <= 10:
                        nxt = after.strip().split(" ")[0] if after.strip() else ""
                        if nxt[:1].islower() and nxt not in DATE_AFTER:
                            hit("date: '1/3 sân' fraction read as a date", text + after)
                    if re.fullmatch(r"\d{4}/\d{4}", x["value"]) and re.match(r"\s*(đồng|USD|VNĐ|đ\b)", after):
                        hit("date: money range read as a range of years", text + after)
                    if re.fullmatch(r"tháng \d{1,2}", low) and re.match(r"[-.]\d{4}", after):
                        hit("date: 'tháng 7-2002' read as a month of the publication year", text + after)
                    if re.fullmatch(r"ngày \d{1,2} tháng \d{1,2}", low) and re.fullmatch(r"\d{4}-\d{2}", x["value"]):
                        hit("date: 'ngày 6 tháng 2' read as a month", text)
            for f in r.get("figures", []):
                text, unit = f.get("text", ""), f.get("unit") or ""
                if re.match(r"(Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười) ", text) and unit[:1].isupper():
                    hit("figure: capitalised number word in a name", text)
                if unit == "chục":
                    hit("figure: 'hai chục' read as 2 'chục'", text)
                if unit in ("UBND", "HĐND"):
                    hit("figure: unit is a body's acronym", text)
                for m in f.get("mentions", []):
                    s = m["span"]["start"]
                    before = tb[max(0, s - 24):s].decode("utf-8", "ignore")
                    if re.search(r"(Ban Chỉ đạo|văn bản|công văn|Quân khu) $", before):
                        hit("figure: the number of a body or document", before[-14:] + "|" + text)
            fig_starts = {m["span"]["start"] for f in r.get("figures", []) for m in f.get("mentions", [])}
            for m in re.finditer(r"(trong số|tổng số) (\d[\d.,]*) [a-zà-ỹđ]", t):
                c["text: 'trong số / tổng số N …'"] += 1
                s = len(t[:m.start(2)].encode("utf-8"))
                q = len(t[:m.start()].encode("utf-8"))
                if s in fig_starts or q in fig_starts:
                    c["figure: 'trong số / tổng số N …' found"] += 1
            for m in re.finditer(r"(?<![\w.,])(\d)(ha|kg|km|tấn|m2)\b", t):
                c["text: one digit glued to its unit (6ha)"] += 1
                s = len(t[:m.start()].encode("utf-8"))
                if any(abs(s - x) <= 12 and x <= s for x in fig_starts):
                    c["figure: one digit glued to its unit found"] += 1
            for m in re.finditer(r"(?i)\bhôm qua\b", t):
                c["text: 'hôm qua'"] += 1
                s = len(t[:m.start()].encode("utf-8"))
                if any(st <= s < e for st, (e, _) in starts.items()):
                    c["date: 'hôm qua' found"] += 1
            for m in re.finditer(r"\bquý (I{1,3}|IV|[1-4])\b(?!\s*[/-]?\s*\d)(?! (năm|của))", t):
                c["text: 'quý 3' without a year"] += 1
                s = len(t[:m.start()].encode("utf-8"))
                if any(st <= s < e for st, (e, _) in starts.items()):
                    c["date: 'quý 3' without a year found"] += 1
    for k, v in sorted(c.items()):
        print(f"{v:8d}  {k}")
    if n_ex:
        rnd = random.Random(7)
        for k, v in ex.items():
            print(f"\n{k}:")
            for e in rnd.sample(v, min(n_ex, len(v))):
                print("   ", e)


if __name__ == "__main__":
    main()
