#!/usr/bin/env python3
"""Compares citelib's citations with citeproc-js's, citation by citation.

    bench/csl/diff_citations.py [--citelib BIN] [--show N] ITEMS.json CITATIONS.json STYLE...

CITATIONS.json: see make_citations.py. For each style it prints how many citations differ,
those that differ only in letter case apart, and up to N differing pairs (default 25).
citeproc-js comes from bench/node_modules (bench/csl/setup-citeproc.sh). Not part of ctest.
"""
import argparse, os, re, subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
STYLES = '/usr/share/citation-style-language/styles'


def norm(s):
    return re.sub(r'\s+', ' ', s).strip()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--citelib', default=os.path.join(HERE, '..', '..', 'build', 'citelib'))
    ap.add_argument('--show', type=int, default=25)
    ap.add_argument('items')
    ap.add_argument('citations')
    ap.add_argument('styles', nargs='+')
    a = ap.parse_args()
    total = differ = 0
    for st in a.styles:
        path = st if st.endswith('.csl') else os.path.join(STYLES, st + '.csl')
        p = subprocess.run(['node', os.path.join(HERE, 'citeproc_cite.js'), path, a.items, a.citations],
                           capture_output=True, text=True, timeout=900)
        q = subprocess.run([a.citelib, 'render', '--style', path, '--items', a.items, '--citations', a.citations,
                            '--mode', 'citations'], capture_output=True, text=True, timeout=900)
        if p.returncode or q.returncode:
            print(f'## {st}: failed: {(p.stderr or q.stderr).strip()[:300]}')
            continue
        x = [norm(l) for l in p.stdout.splitlines()]
        y = [norm(l) for l in q.stdout.splitlines()]
        if len(x) != len(y):
            print(f'## {st}: {len(x)} citeproc-js / {len(y)} citelib citations')
            continue
        diff = [(i, u, v) for i, (u, v) in enumerate(zip(x, y)) if u != v]
        case = [d for d in diff if d[1].lower() == d[2].lower()]
        real = [d for d in diff if d[1].lower() != d[2].lower()]
        total += len(x); differ += len(real)
        print(f'## {st}: {len(x)} citations, {len(real)} differ, {len(case)} more only in letter case')
        for i, u, v in real[:a.show]:
            print(f'  [{i}] cjs: {u[:300]}\n  [{i}] cl : {v[:300]}')
    print(f'TOTAL {differ}/{total} differ (not counting letter case)')


if __name__ == '__main__':
    main()
