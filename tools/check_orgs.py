#!/usr/bin/env python3
"""Checks the organisation data files in data/: NFC, traditional tone placement,
a '#' header, no duplicate entries, the right number of tab-separated columns, valid kinds and
countries, no generic acronym used as a body's acronym, no one-word ender in org_words.txt,
every org_ambiguous.tsv target present. Standard library only. Usage: python3 check_orgs.py [dir]"""
import collections, os, re, sys, unicodedata

D = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'data')
KINDS = set('party state assembly government ministry agency court procuracy police military mass company bank '
            'media university school hospital research international ngo sport foreign_gov other'.split())
NEW_STYLE = re.compile(r'(?<![qQ])(o[àáảãạ]|o[èéẻẽẹ]|u[ỳýỷỹỵ])(?![a-zđâăêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ])', re.I)
COLS = {'org_known.tsv': {5}, 'acronyms.tsv': {4}, 'org_heads.tsv': {3}, 'brands.tsv': {3, 4}, 'org_ambiguous.tsv': {4},
        'org_generic.txt': {2}, 'not_org_heads.txt': {2}, 'org_enders.txt': {1, 2}}
problems = []


def entries(name):
    text = open(os.path.join(D, name), encoding='utf-8').read()
    if not unicodedata.is_normalized('NFC', text):
        problems.append(f'{name}: not NFC')
    if not text.startswith('#'):
        problems.append(f'{name}: no # header')
    rows = [l for l in text.split('\n') if l.strip() and not l.startswith('#')]
    for l in rows:
        for w in re.findall(r"[\w']+", l):
            if NEW_STYLE.search(w.lower()):
                problems.append(f'{name}: new-style tone placement in {w!r}')
        if l != l.strip() or '  ' in l:
            problems.append(f'{name}: stray spaces in {l!r}')
    if name in COLS:
        for l in rows:
            if len(l.split('\t')) not in COLS[name]:
                problems.append(f'{name}: wrong column count in {l!r}')
    keys = collections.Counter(r.split('\t')[0].lower() for r in rows)
    for k, n in keys.items():
        if n > 1:
            problems.append(f'{name}: duplicate entry {k!r}')
    return [r.split('\t') for r in rows]


known = entries('org_known.tsv')
acr = {r[0].lower(): r for r in entries('acronyms.tsv')}
for r in known:
    if r[3] not in KINDS or not re.fullmatch(r'VN|INT|[A-Z]{2}', r[4]):
        problems.append(f'org_known.tsv: bad kind or country in {r}')
    if r[1] and acr.get(r[1].lower(), [None] * 4)[3] == 'y':
        problems.append(f'org_known.tsv: generic acronym {r[1]} on {r[0]}')
surface = collections.defaultdict(set)
for r in known:
    for form in [r[0], r[1]] + r[2].split(';'):
        if form:
            surface[form.lower()].add(r[0])
for form, bodies in surface.items():
    if len(bodies) > 1:
        problems.append(f'org_known.tsv: {form!r} names {sorted(bodies)}')
for r in entries('org_heads.tsv'):
    if r[1] not in KINDS or r[2] not in ('cap', 'lower-ok'):
        problems.append(f'org_heads.tsv: bad kind or case in {r}')
brands = entries('brands.tsv')
for r in brands:
    if r[1] not in KINDS or (len(r) == 4 and not set(r[3].split(',')) <= {'common-word', 'person', 'place', 'org_known'}):
        problems.append(f'brands.tsv: bad kind or flag in {r}')
names = {r[0] for r in known} | {r[0] for r in brands}
for r in entries('org_ambiguous.tsv'):
    if r[2] and r[2] not in names:
        problems.append(f'org_ambiguous.tsv: {r[0]} resolves to unknown {r[2]!r}')
enders = {r[0] for r in entries('org_enders.txt')}
# One-syllable enders that open words of names ("dự": "dự án") end a name only when they open no
# such word (the code checks the word list); they are listed after this comment in org_enders.txt.
opening = set()
after = False
for l in open(os.path.join(D, 'org_enders.txt'), encoding='utf-8').read().split('\n'):
    if l.startswith('# one-syllable verbs that are also the first syllable'):
        after = True
    elif after and l and not l.startswith('#'):
        opening.add(l.split('\t')[0])
for r in entries('org_words.txt'):
    if r[0] in enders and r[0] not in opening:
        problems.append(f'org_words.txt: {r[0]!r} is also a one-word ender')
for f in ('org_generic.txt', 'not_org_heads.txt', 'legal_forms.txt'):
    entries(f)
print('\n'.join(problems) if problems else 'all files pass')
sys.exit(1 if problems else 0)
