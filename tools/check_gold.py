#!/usr/bin/env python3
"""Consistency checks for gold annotations of sample articles.

Usage: python3 tools/check_gold.py [GOLD.jsonl] [--docs DIR] [--provinces PATH]
(default: data/samples/gold-sections.jsonl, articles beside it)

Checks, per article: NFC and length of the text; every person name, alias and
title role, organisation name/alias/acronym, date text and figure text occurs
in the text (case-insensitively); title organisations are written in the text
or listed as organisations; provinces are canonical names that occur (by name
or alias) in the text, and province names occurring in the text but not in the
gold are listed for review; date values are valid ISO values, weekday words
agree with the calendar, relative expressions ("hôm qua", "tuần này", "3 năm
tới", ...) agree with `published`; figure values agree with a re-parse of the
figure text (digits, number words, k/M suffixes, fractions) and qualifiers with
the qualifier words; facts are one per figure, in order, with subject and verb
written in the text (or an entity's name) and a date that is a gold date value.
Exit status 1 when an error is found; warnings are printed for review.
"""
import datetime as dt
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLD = os.path.join(ROOT, "data/samples/gold-sections.jsonl")
DIR = None
_argv = sys.argv[1:]
while _argv:
    a = _argv.pop(0)
    if a == "--docs" and _argv:
        DIR = _argv.pop(0)
    elif a == "--provinces" and _argv:
        _argv.pop(0)
    elif not a.startswith("-"):
        GOLD = a
DIR = DIR or os.path.dirname(os.path.abspath(GOLD))
PROV = os.path.join(ROOT, "data/provinces.tsv")
if "--provinces" in sys.argv:
    PROV = sys.argv[sys.argv.index("--provinces") + 1]

errors = 0
warnings = 0


def err(doc, msg):
    global errors
    errors += 1
    print(f"ERROR {doc}: {msg}")


def warn(doc, msg):
    global warnings
    warnings += 1
    print(f"warn  {doc}: {msg}")


def nfc(s):
    return unicodedata.normalize("NFC", s)


def occurs(needle, text):
    """Case-insensitive occurrence on word boundaries."""
    pat = r"(?<![\w])" + re.escape(needle.casefold()) + r"(?![\w])"
    return re.search(pat, text.casefold()) is not None


def word_occurs(needle, text):
    pat = r"(?<![\w'])" + re.escape(needle.casefold()) + r"(?![\w])"
    return re.search(pat, text.casefold()) is not None


# ------------------------------------------------------------------ provinces
canon = {}  # surface form -> canonical name
for line in open(PROV, encoding="utf-8"):
    if line.startswith("name\t"):
        continue
    cols = line.rstrip("\n").split("\t")
    name = cols[0]
    canon[name] = name
    if len(cols) > 5 and cols[5]:
        for a in cols[5].split(";"):
            if a:
                canon[a] = name
    canon.setdefault("Saigon", "Hồ Chí Minh")

# ------------------------------------------------------------------ dates
WEEKDAYS = {"thứ hai": 0, "thứ 2": 0, "thứ ba": 1, "thứ 3": 1, "thứ tư": 2, "thứ 4": 2,
            "thứ năm": 3, "thứ 5": 3, "thứ sáu": 4, "thứ 6": 4, "thứ bảy": 5, "thứ 7": 5,
            "chủ nhật": 6}
# Lunar twelfth months (tháng Chạp) in the Gregorian calendar, Vietnam time
# (UTC+7): day 1 is the day of the new moon; the next month begins at Tết.
# Tết Giáp Thìn 2024-02-10, Tết Ất Tỵ 2025-01-29, Tết Bính Ngọ 2026-02-17.
CHAP = ["2024-01-11/2024-02-09", "2024-12-31/2025-01-28", "2026-01-19/2026-02-16"]
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def parse_iso(v):
    if not ISO.match(v):
        raise ValueError(v)
    parts = [int(x) for x in v.split("-")]
    if len(parts) == 3:
        dt.date(*parts)
    elif len(parts) == 2 and not 1 <= parts[1] <= 12:
        raise ValueError(v)
    return v


def check_value(v):
    ends = v.split("/")
    if len(ends) > 2:
        raise ValueError(v)
    for e in ends:
        parse_iso(e)
    if len(ends) == 2 and ends[0][:len(ends[1])] > ends[1][:len(ends[0])]:
        raise ValueError("range backwards: " + v)


def add_years(d, n):
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    return f"{y:04d}-{m:02d}"


def expected_relative(text, pub):
    """The value a relative expression must have, or None when not relative."""
    t = text.casefold()
    one = lambda d: d.isoformat()
    week = lambda d: f"{(d - dt.timedelta(d.weekday())).isoformat()}/{(d + dt.timedelta(6 - d.weekday())).isoformat()}"
    m = re.search(r"(?<!thứ )(\d+) (ngày|tuần|tháng|năm) (qua|tới)", t)
    if m:
        n, unit, way = int(m.group(1)), m.group(2), m.group(3)
        sign = -1 if way == "qua" else 1
        if unit == "ngày":
            other = pub + dt.timedelta(sign * n)
        elif unit == "tuần":
            other = pub + dt.timedelta(sign * 7 * n)
        elif unit == "tháng":
            y, mo = divmod(pub.month - 1 + sign * n, 12)
            other = pub.replace(year=pub.year + y, month=mo + 1)
        else:
            other = add_years(pub, sign * n)
        a, b = sorted([pub, other])
        return f"{a.isoformat()}/{b.isoformat()}"
    if "tháng chạp" in t and " đến " not in t:
        # the lunar twelfth month current at, or last before, publication
        past = [v for v in CHAP if v.split("/")[0] <= pub.isoformat()]
        return past[-1] if past else None
    m = re.search(r"(\d+) ngày trước", t)
    if m:
        return one(pub - dt.timedelta(int(m.group(1))))
    if "đến nay" in t:
        return "END:" + pub.isoformat()
    if re.search(r"\bhôm kia\b", t):
        return one(pub - dt.timedelta(2))
    if re.search(r"\b(hôm|tối|chiều|sáng|trưa|đêm) qua\b", t):
        return one(pub - dt.timedelta(1))
    if "ngày mai" in t:
        return one(pub + dt.timedelta(1))
    if re.search(r"\b(hôm|sáng|chiều|tối) nay\b", t):
        return one(pub)
    if "tuần này" in t:
        return week(pub)
    if "tuần trước" in t and not any(w in t for w in WEEKDAYS):
        return week(pub - dt.timedelta(7))
    if re.search(r"tuần (sau|tới)", t) and not any(w in t for w in WEEKDAYS):
        return week(pub + dt.timedelta(7))
    if re.search(r"\btháng (trước)\b", t):
        return add_months(pub, -1)
    if re.search(r"\btháng (sau|tới)\b", t):
        return add_months(pub, 1)
    if re.search(r"\btháng này\b", t):
        return add_months(pub, 0)
    if re.search(r"\bnăm (trước|ngoái)\b", t):
        return str(pub.year - 1)
    if re.search(r"\bnăm (sau|tới)\b", t):
        return str(pub.year + 1)
    if re.search(r"\bnăm nay\b", t):
        return str(pub.year)
    m = re.fullmatch(r"quý (\d)", t)
    if m:
        q = int(m.group(1))
        return f"{pub.year}-{3 * q - 2:02d}/{pub.year}-{3 * q:02d}"
    return None


def check_weekday(doc, text, value, pub):
    t = text.casefold()
    for w, wd in WEEKDAYS.items():
        if re.search(r"(?<!\w)" + w + r"(?!\w)", t):
            day = value.split("/")[0]
            if len(day) != 10:
                err(doc, f"weekday date {text!r} without a day value {value}")
                return
            d = dt.date.fromisoformat(day)
            if d.weekday() != wd:
                err(doc, f"{text!r} = {value} is a {d.strftime('%A')}")
            if "tuần tới" in t or "tuần sau" in t:
                lo = pub + dt.timedelta(7 - pub.weekday())
                if not lo <= d <= lo + dt.timedelta(6):
                    err(doc, f"{text!r} = {value} not in next week")
            elif "tuần trước" in t:
                hi = pub - dt.timedelta(pub.weekday() + 1)
                if not hi - dt.timedelta(6) <= d <= hi:
                    err(doc, f"{text!r} = {value} not in last week")
            elif "(" not in t and abs((d - pub).days) > 6:
                err(doc, f"bare weekday {text!r} = {value} more than 6 days from {pub}")
            return


# ------------------------------------------------------------------ figures
DIGITS = {"không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5,
          "lăm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10, "mươi": 10}
SCALES = {"trăm": 100, "nghìn": 1000, "ngàn": 1000, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9}


def words_value(ws):
    """Vietnamese number words -> int (enough for the samples)."""
    total, chunk, cur = 0, 0, 0
    for w in ws:
        if w == "chục":
            cur = (cur or 1) * 10
        elif w in ("mươi",):
            cur = cur * 10
        elif w == "mười":
            cur = 10
        elif w in DIGITS:
            v = DIGITS[w]
            cur = cur + v if cur >= 10 else v
        elif w == "trăm":
            chunk += cur * 100
            cur = 0
        elif w in SCALES:
            total += (chunk + cur) * SCALES[w]
            chunk, cur = 0, 0
        else:
            return None
    return total + chunk + cur


def num(s):
    s = s.replace(".", "").replace(",", ".")
    return float(s)


def parse_figure(text):
    """Returns (values, multiplier-applied) candidates for a figure text."""
    t = text.casefold()
    vals = []
    m = re.search(r"(\d+)\s*chấm\s*(\d+)", t)
    if m:
        return [float(f"{m.group(1)}.{m.group(2)}")]
    m = re.search(r"(\d+)/(\d+)", t)
    if m and "/" not in t.split(m.group(0))[1][:1]:
        return [int(m.group(1)) / int(m.group(2))]
    for m in re.finditer(r"(?:(?<=\s)|^)(-)?\d[\d.,]*|\d[\d.,]*", t):
        raw = m.group(0)
        after = t[m.end():]
        sm = re.match(r"\s?([km])(?![a-zà-ỹ])", after)
        suf = sm.group(1) if sm else None
        raw = raw.rstrip(".,")
        if re.fullmatch(r"-?\d{1,3}(\.\d{3})+", raw) or re.fullmatch(r"-?\d+", raw) or re.fullmatch(r"-?\d+,\d+", raw) or re.fullmatch(r"-?\d{1,3}(\.\d{3})+,\d+", raw):
            v = num(raw)
        elif re.fullmatch(r"-?\d+\.\d+", raw):
            v = float(raw)
        else:
            continue
        rest = after.lstrip()
        if suf == "k":
            v *= 1000
        elif suf == "m":
            v *= 10**6
        elif rest.startswith("nghìn") or rest.startswith("ngàn"):
            v *= 1000
        elif rest.startswith("triệu"):
            v *= 10**6
        elif rest.startswith("tỷ"):
            v *= 10**9
        vals.append(v)
    if not vals:
        ws = [w for w in re.findall(r"\w+", t)]
        lead = []
        for w in ws:
            if w == "năm" and lead and lead[-1] in DIGITS and lead[-1] not in ("mươi", "mười"):
                break  # "hai năm": the unit "năm" (year), not the digit five
            if w in DIGITS or w in SCALES or w == "chục":
                lead.append(w)
            elif lead:
                break
        v = words_value(lead) if lead else None
        if v is not None:
            vals.append(v)
    if "âm" in t.split() or t.startswith("-"):
        vals = [-abs(v) for v in vals]
    return vals


QUAL_WORDS = {
    "over": ["hơn", "trên", "ít nhất", "trở lên", "vượt"],
    "under": ["dưới", "chưa đầy", "không quá", "ít hơn", "không cao hơn"],
    "about": ["khoảng", "gần", "ước", "chừng"],
}


# ------------------------------------------------------------------ main
gold_path = GOLD
for line_no, line in enumerate(open(gold_path, encoding="utf-8"), 1):
    if nfc(line) != line:
        err(f"line {line_no}", "gold line is not NFC")
    g = json.loads(line)
    doc = g["doc"]
    path = os.path.join(DIR, doc)
    text = open(path, encoding="utf-8").read()
    if nfc(text) != text:
        err(doc, "text is not NFC")
    if not 1500 <= len(text) <= 3000:
        err(doc, f"text length {len(text)} outside 1500-3000")
    pub = dt.date.fromisoformat(g["published"])
    if pub.isoformat() != g["published"]:
        err(doc, "published is not YYYY-MM-DD")
    keys = ["doc", "published", "people", "organisations", "provinces", "dates", "figures", "facts"]
    if list(g) != keys:
        err(doc, f"keys {list(g)}")

    orgs = {o["name"] for o in g["organisations"]}
    title_orgs = {t["organisation"] for p in g["people"] for t in p["titles"]}
    org_forms = set()
    for o in g["organisations"]:
        for form in [o["name"], o.get("acronym")] + o.get("aliases", []):
            if form:
                org_forms.add(form.casefold())
                if not occurs(form, text):
                    if form == o["name"] and form in title_orgs:
                        warn(doc, f"organisation {form!r} is elided in the text (a title's body)")
                    else:
                        err(doc, f"organisation form {form!r} not in text")
        if set(o) - {"name", "acronym", "aliases"}:
            err(doc, f"organisation keys {list(o)}")
    if len(orgs) != len(g["organisations"]):
        err(doc, "duplicate organisation")

    names = set()
    for p in g["people"]:
        if set(p) - {"name", "honorific", "titles", "aliases"}:
            err(doc, f"person keys {list(p)}")
        if p["name"] in names:
            err(doc, f"duplicate person {p['name']}")
        names.add(p["name"])
        for form in [p["name"]] + p.get("aliases", []):
            if not occurs(form, text):
                err(doc, f"person form {form!r} not in text")
        if p["honorific"] not in (None, "ông", "bà", "anh", "chị"):
            err(doc, f"honorific {p['honorific']!r}")
        if p["honorific"]:
            forms = [p["name"]] + p.get("aliases", [])
            if not any(occurs(p["honorific"] + " " + f.split(" ", 1)[-1] if f.casefold().startswith(p["honorific"]) else p["honorific"] + " " + f, text) for f in forms):
                err(doc, f"honorific {p['honorific']!r} never written before {p['name']!r}")
        for t in p["titles"]:
            if set(t) != {"role", "organisation"}:
                err(doc, f"title keys {t}")
            if not occurs(t["role"], text):
                err(doc, f"role {t['role']!r} of {p['name']} not in text")
            o = t["organisation"]
            if o is not None and not occurs(o, text) and o not in orgs:
                err(doc, f"title organisation {o!r} neither written nor listed")
            if o is not None and o.casefold() not in org_forms and occurs(o, text):
                # a country or place as the organisation of a foreign office is fine
                warn(doc, f"title organisation {o!r} is not a listed organisation")

    for pr in g["provinces"]:
        if pr not in canon.values():
            err(doc, f"province {pr!r} is not canonical")
        forms = [f for f, c in canon.items() if c == pr]
        if not any(word_occurs(f, text) for f in forms):
            err(doc, f"province {pr!r} not written in text")
    for f, c in canon.items():
        if c not in g["provinces"] and word_occurs(f, text):
            warn(doc, f"text contains {f!r} ({c}) not in provinces: check it is a trap")
    if len(set(g["provinces"])) != len(g["provinces"]):
        err(doc, "duplicate province")

    date_values = set()
    for d in g["dates"]:
        if not occurs(d["text"], text):
            err(doc, f"date text {d['text']!r} not in text")
        try:
            check_value(d["value"])
        except (ValueError, TypeError) as e:
            err(doc, f"date {d} invalid: {e}")
            continue
        date_values.add(d["value"])
        check_weekday(doc, d["text"], d["value"], pub)
        exp = expected_relative(d["text"], pub)
        first = d["value"].split("/")[0]
        if len(first) == 10 and not re.search(r"\d{4}|\d+/\d+/\d{2}\b", d["text"]) and exp is None \
                and "chạp" not in d["text"].casefold() and "giao thừa" not in d["text"].casefold():
            # a yearless day takes the year that puts it nearest the publication date
            day = dt.date.fromisoformat(first)
            best = min((day.replace(year=y) for y in (pub.year - 1, pub.year, pub.year + 1)),
                       key=lambda c: abs((c - pub).days))
            if best != day:
                err(doc, f"yearless {d['text']!r} = {first}, nearest year gives {best}")
        if "-v" in sys.argv:
            print(f"      {doc}: {d['text']!r} = {d['value']}" + (f"  [relative: {exp}]" if exp else ""))
        if exp is not None:
            if exp.startswith("END:"):
                if not d["value"].endswith("/" + exp[4:]):
                    err(doc, f"{d['text']!r} = {d['value']} should end at {exp[4:]}")
            elif exp != d["value"] and not any(w in d["text"].casefold() for w in WEEKDAYS) \
                    and " đến " not in d["text"]:
                err(doc, f"{d['text']!r} = {d['value']}, expected {exp}")

    if len(g["facts"]) != len(g["figures"]):
        err(doc, "facts and figures differ in number")
    entity_names = {p["name"] for p in g["people"]} | orgs
    for i, f in enumerate(g["figures"]):
        if set(f) - {"text", "value", "unit", "qualifier", "value_max"}:
            err(doc, f"figure keys {list(f)}")
        if not occurs(f["text"], text):
            err(doc, f"figure text {f['text']!r} not in text")
        if not isinstance(f["value"], (int, float)):
            err(doc, f"figure value {f['value']!r}")
        q = f.get("qualifier")
        if q not in (None, "over", "under", "about", "range"):
            err(doc, f"qualifier {q!r}")
        if (q == "range") != ("value_max" in f):
            err(doc, f"range/value_max mismatch in {f['text']!r}")
        if q == "range" and not f["value_max"] > f["value"]:
            err(doc, f"value_max not above value in {f['text']!r}")
        low = f["text"].casefold()
        if q in QUAL_WORDS and not any(w in low for w in QUAL_WORDS[q]):
            err(doc, f"qualifier {q} without its word in {f['text']!r}")
        if q is None:
            for qq, ws in QUAL_WORDS.items():
                if any(re.search(r"(?<!\w)" + w + r"(?!\w)", low) for w in ws) and qq != "over":
                    err(doc, f"{f['text']!r} has a {qq} word but no qualifier")
        parsed = parse_figure(f["text"])
        if q == "range":
            ok = parsed and abs(parsed[0] - f["value"]) < 1e-6 * max(1, abs(f["value"])) and \
                 abs(parsed[-1] - f["value_max"]) < 1e-6 * max(1, abs(f["value_max"]))
            if not ok and len(parsed) >= 2:
                # "35-45 triệu": the multiplier follows the second number only
                second = num(re.findall(r"\d[\d.,]*\d|\d", f["text"])[-1])
                mult = f["value_max"] / second
                ok = abs(parsed[0] * mult - f["value"]) < 1e-6 * max(1, abs(f["value"])) and \
                    abs(parsed[-1] - f["value_max"]) < 1e-6 * max(1, abs(f["value_max"]))
        else:
            ok = any(abs(v - f["value"]) <= 1e-6 * max(1, abs(f["value"])) for v in parsed)
        if not ok:
            err(doc, f"figure {f['text']!r} value {f['value']} but text parses to {parsed}")
        fact = g["facts"][i]
        if fact["figure"] != {"text": f["text"], "value": f["value"], "unit": f["unit"]}:
            err(doc, f"fact {i} figure differs from figure {f['text']!r}")
        if set(fact) != {"figure", "subject", "verb", "date"}:
            err(doc, f"fact keys {list(fact)}")
        s, v, fd = fact["subject"], fact["verb"], fact["date"]
        if s is not None and not occurs(s, text) and s not in entity_names:
            err(doc, f"fact subject {s!r} neither written nor an entity")
        if v is not None and not occurs(v, text):
            err(doc, f"fact verb {v!r} not in text")
        if fd is not None:
            try:
                check_value(fd)
            except ValueError:
                err(doc, f"fact date {fd!r} invalid")
            if fd not in date_values:
                warn(doc, f"fact date {fd} for {f['text']!r} is not a gold date value")

print(f"{errors} errors, {warnings} warnings")
sys.exit(1 if errors else 0)
