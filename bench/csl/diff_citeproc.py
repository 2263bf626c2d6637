#!/usr/bin/env python3
"""Compares citelib's bibliography (or citations) with citeproc-js's, entry by entry.

    bench/csl/diff_citeproc.py [--citelib BIN] [--show N] [--citations CITATIONS.json] ITEMS.json STYLE...

STYLE is a Debian style name ("apa") or a .csl path. For each style it prints how many entries
differ (compared as multisets of lines, inner whitespace folded; entries citelib ends with a
space are counted apart), whether the order differs, and up to N differing pairs (default all),
each citeproc-js entry next to the most similar citelib one. citeproc-js comes from
bench/node_modules (bench/csl/setup-citeproc.sh installs it). Not part of ctest.

With --citations (a citeproc-js rebuildProcessorState file, see make_citations.py) it compares
the citations instead, in order: how many differ, those that differ only in letter case apart,
and up to N differing pairs (default 25 then).
"""
import argparse, collections, difflib, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
STYLES = '/usr/share/citation-style-language/styles'


def lines(cmd, keep_blank=False):
    """The output lines of cmd (blank ones dropped unless keep_blank: citations keep their
    places), or None and the error. citelib's exit status 1 means findings, not failure."""
    p = subprocess.run(cmd, capture_output=True, timeout=900)  # bytes: keep "\r\n" apart from "\n"
    if p.returncode not in (0, 1):
        return None, p.stderr.decode('utf-8', 'replace').strip()[:300]
    p.stdout = p.stdout.decode('utf-8', 'replace')
    # Entries end in "\n"; a block inside an entry (display="block") breaks with "\r\n" in
    # both engines' text output and stays in its entry (folded to a space by fold()).
    out = p.stdout[:-1] if p.stdout.endswith('\n') else p.stdout
    return [l for l in re.split(r'(?<!\r)\n', out) if keep_blank or l.strip()] if out else [], None


def fold(s):
    return re.sub(r'\s+', ' ', s).strip()


def compare_citations(a, st, path):
    """Citations of one style, line by line; returns (citations, differing other than in case)."""
    x, err = lines(['node', os.path.join(HERE, 'citeproc_bib.js'), path, a.items, a.citations], True)
    if x is None:
        print(f'## {st}: citeproc-js failed: {err}'); return 0, 0
    y, err = lines([a.citelib, 'render', '--style', path, '--items', a.items, '--citations', a.citations,
                    '--mode', 'citations'], True)
    if y is None:
        print(f'## {st}: citelib failed: {err}'); return 0, 0
    x, y = [fold(l) for l in x], [fold(l) for l in y]
    if len(x) != len(y):
        print(f'## {st}: {len(x)} citeproc-js / {len(y)} citelib citations'); return 0, 0
    diff = [(i, u, v) for i, (u, v) in enumerate(zip(x, y)) if u != v]
    real = [d for d in diff if d[1].lower() != d[2].lower()]
    print(f'## {st}: {len(x)} citations, {len(real)} differ, {len(diff) - len(real)} more only in letter case')
    for i, u, v in real[:a.show if a.show >= 0 else 25]:
        print(f'  [{i}] cjs: {u[:300]}\n  [{i}] cl : {v[:300]}')
    sys.stdout.flush()
    return len(x), len(real)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--citelib', default=os.path.join(HERE, '..', '..', 'build', 'citelib'))
    ap.add_argument('--show', type=int, default=-1, help='differing pairs to print per style (-1: all)')
    ap.add_argument('--citations', help='compare the citations of this file instead of the bibliography')
    ap.add_argument('items')
    ap.add_argument('styles', nargs='+')
    a = ap.parse_args()
    total = differ = 0
    for st in a.styles:
        path = st if st.endswith('.csl') else os.path.join(STYLES, st + '.csl')
        if a.citations:
            n, d = compare_citations(a, st, path)
            total += n; differ += d
            continue
        cjs, err = lines(['node', os.path.join(HERE, 'citeproc_bib.js'), path, a.items])
        if cjs is None:
            print(f'## {st}: citeproc-js failed: {err}'); continue
        if cjs == ['NO-BIBLIOGRAPHY']:
            print(f'## {st}: no bibliography'); continue
        raw, err = lines([a.citelib, 'render', '--style', path, '--items', a.items])
        if raw is None:
            print(f'## {st}: citelib failed: {err}'); continue
        trailing = sum(1 for l in raw if l != l.rstrip())
        cl = [fold(l) for l in raw]
        ca, cb = collections.Counter(cjs), collections.Counter(cl)
        only_a, only_b = list((ca - cb).elements()), list((cb - ca).elements())
        total += len(cjs); differ += len(only_a)
        print(f'## {st}: {len(cjs)} citeproc-js / {len(cl)} citelib entries, {len(only_a)} differ, '
              f'order {"same" if cjs == cl else "different"}, {trailing} citelib entries end with a space')
        shown = 0
        for x in only_a:
            if a.show >= 0 and shown >= a.show: break
            m = difflib.get_close_matches(x, only_b, n=1, cutoff=0.5)
            print('  cjs: ' + x[:400]); print('  cl : ' + (m[0][:400] if m else '(none)'))
            if m: only_b.remove(m[0])
            shown += 1
        if a.show < 0:
            for y in only_b: print('  cl only: ' + y[:400])
        sys.stdout.flush()
    print(f'TOTAL {differ}/{total} differ')


if __name__ == '__main__':
    main()
