#!/usr/bin/env python3
"""Writes references that are ambiguous in citations, and citations of them, from a CSL-JSON file:

    bench/csl/make_ambiguous_citations.py ITEMS.json OUT_ITEMS.json OUT_CITATIONS.json

make_citations.py cites real references, which rarely share an author and a year; this script
adds, for every fourth reference with personal authors and a year, a group of derived
references that need the citation options real styles set: the same authors and year
(year-suffix, year-suffix collapsing and ranges: three more), the same family name with another
given name or initial (add-givenname under every givenname-disambiguation-rule), the same first
author with other co-authors (add-names, et-al), the same authors another year (year
collapsing). Each group is cited together (in reverse order, so cite sorting shows), with a
prefix and a suffix, one cite with suppress-author; each member alone (first, ibid, ibid with a
locator, near-note two notes later, subsequent far later), with every CSL 1.0.2 locator label in
turn; a cite repeated within one citation; author-only cites. Numeric styles get runs of
neighbouring numbers (ranges). OUT_CITATIONS.json is citeproc-js's rebuildProcessorState input,
which `citelib render --citations` reads too. Deterministic. Not part of ctest.
"""
import copy, json, sys

LABELS = ['page', 'book', 'chapter', 'column', 'figure', 'folio', 'issue', 'line', 'note', 'opus',
          'paragraph', 'part', 'section', 'sub verbo', 'verse', 'volume']
LOCATORS = ['12', '3-5', '12, 14', 'iv', '101-108', '7']
OTHER_GIVEN = ['Zoe', 'Adam', 'Quentin', 'Ursula', 'Hector', 'Ines']
CO_AUTHORS = [{'family': 'Okafor', 'given': 'Chidi'}, {'family': 'Lindqvist', 'given': 'Maja'},
              {'family': 'Brennan', 'given': 'Roisin'}, {'family': 'Tanaka', 'given': 'Hiro'}]


def year_of(it):
    try:
        return int(it['issued']['date-parts'][0][0])
    except (KeyError, IndexError, TypeError, ValueError):
        return None


def derive(base, suffix, title_tail, **changes):
    it = copy.deepcopy(base)
    it['id'] = f"{base['id']}~{suffix}"
    it['title'] = f"{base.get('title', 'Untitled')} {title_tail}"
    for k, v in changes.items():
        it[k] = v
    return it


def with_year(base, y):
    d = copy.deepcopy(base['issued'])
    d['date-parts'][0][0] = y
    return d


def main():
    items = json.load(open(sys.argv[1], encoding='utf-8'))
    out_items = list(items)
    groups = []
    bases = [it for it in items if it.get('author') and all('family' in a for a in it['author'])
             and year_of(it) and it.get('id') is not None]
    for k, base in enumerate(bases[::4]):
        y = year_of(base)
        first = base['author'][0]
        g = [base]
        # Same authors, same year: year suffixes (three more for a collapsed range a-d).
        for n, tail in enumerate(['(second part)', '(third part)', '(fourth part)'][:1 + k % 3]):
            g.append(derive(base, f'same{n}', tail))
        # Same family, another given name: the initial differs every other group, so that
        # some stay ambiguous with initials and need the full name or a year suffix.
        given = first.get('given', '')
        other = OTHER_GIVEN[k % len(OTHER_GIVEN)]
        if k % 2 and given:
            other = given[0] + other[1:] if len(other) > 1 else other
        namesake = dict(first, given=other)
        g.append(derive(base, 'namesake', '(a namesake)', author=[namesake] + base['author'][1:]))
        # Same first author, other co-authors (add-names; long lists reach et-al).
        co = [CO_AUTHORS[(k + j) % len(CO_AUTHORS)] for j in range(1 + k % 4)]
        g.append(derive(base, 'coauth', '(with others)', author=[first] + co))
        if len(base['author']) >= 3:
            g.append(derive(base, 'coauth2', '(with others again)',
                            author=base['author'][:2] + [co[0]] + base['author'][2:]))
        # Same authors, another year (year collapsing).
        g.append(derive(base, 'later', '(revisited)', issued=with_year(base, y + 3)))
        out_items.extend(g[1:])
        groups.append(g)

    cites = []
    note = 0

    def cite(*entries, same_note=False):
        nonlocal note
        if not same_note:
            note += 1
        cites.append({'citationID': f'C{len(cites) + 1}', 'citationItems': list(entries),
                      'properties': {'noteIndex': note}})

    turn = 0

    def locator():
        nonlocal turn
        turn += 1
        return {'locator': LOCATORS[turn % len(LOCATORS)], 'label': LABELS[turn % len(LABELS)]}

    later = []
    for k, g in enumerate(groups):
        ids = [str(it['id']) for it in g]
        # Every member alone, then positions on one of them.
        for i in ids:
            cite({'id': i})
        cite({'id': ids[0]})                                  # ibid
        cite(dict({'id': ids[0]}, **locator()))               # ibid-with-locator
        cite(dict({'id': ids[0]}, **locator()))               # ibid-with-locator, another locator
        cite({'id': ids[1]})                                  # subsequent, near-note
        cite({'id': ids[0]})                                  # near-note, not ibid
        # The group together, in reverse order, one cite with a locator, a prefix and a suffix.
        rev = [{'id': i} for i in reversed(ids)]
        rev[1] = dict(rev[1], **locator())
        rev[0] = dict(rev[0], prefix='see', suffix='and passim')
        cite(*rev)
        # Part of the group with suppress-author on one, the same cite twice in one citation.
        cite({'id': ids[-1], 'suppress-author': True}, {'id': ids[2], **locator()})
        cite(dict({'id': ids[1]}, **locator()), dict({'id': ids[1]}, **locator()))
        cite({'id': ids[-2], 'author-only': True})
        cite({'id': ids[0], 'prefix': 'cf.'}, {'id': ids[-1], 'suffix': '(emphasis added)'})
        later.append(ids)
    # Subsequent cites far later, and runs of neighbours for numeric ranges.
    for ids in later:
        cite({'id': ids[0]}, {'id': ids[1]}, {'id': ids[2]})
    for k in range(0, len(later) - 1, 2):
        a, b = later[k], later[k + 1]
        cite(*[{'id': i} for i in a[:3] + b[:2]])
    json.dump(out_items, open(sys.argv[2], 'w', encoding='utf-8'), ensure_ascii=False)
    json.dump(cites, open(sys.argv[3], 'w', encoding='utf-8'), ensure_ascii=False)
    print(f'{len(out_items) - len(items)} derived references in {len(groups)} groups, '
          f'{len(cites)} citations', file=sys.stderr)


main()
