#!/usr/bin/env python3
"""Writes a citations file (citeproc-js's rebuildProcessorState input, which `citelib render
--citations` also reads) that exercises positions, grouping and numbering on a CSL-JSON file:

    bench/csl/make_citations.py ITEMS.json > CITATIONS.json

Each reference is cited first alone; then, by turns: again at once (ibid), again at once with a
locator (ibid-with-locator), in a cluster of three neighbours with a locator (collapsing,
numeric ranges), with suppress-author, author-only, or a prefix and suffix; and every tenth
reference once more much later (subsequent). Deterministic: no randomness. Not part of ctest.
"""
import json, sys

items = json.load(open(sys.argv[1], encoding='utf-8'))
ids = [str(it['id']) for it in items if it.get('id') is not None]
cites = []
note = 0


def cite(*entries):
    global note
    note += 1
    cites.append({'citationID': f'C{note}', 'citationItems': list(entries), 'properties': {'noteIndex': note}})


for k, i in enumerate(ids):
    cite({'id': i})
    turn = k % 6
    if turn == 0:
        cite({'id': i})
    elif turn == 1:
        cite({'id': i, 'locator': str(10 + k), 'label': 'page'})
    elif turn == 2 and k + 2 < len(ids):
        cite({'id': ids[k - 1]}, {'id': i, 'locator': '3-5', 'label': 'page'}, {'id': ids[k + 2]})
    elif turn == 3:
        cite({'id': i, 'suppress-author': True, 'locator': '7', 'label': 'page'})
    elif turn == 4:
        cite({'id': i, 'author-only': True})
    else:
        cite({'id': i, 'prefix': 'see', 'suffix': 'for details'})
for k in range(0, len(ids), 10):
    cite({'id': ids[k]})
json.dump(cites, sys.stdout, ensure_ascii=False)
