#!/usr/bin/env python3
"""Compares citelib's bibliography with citeproc-js's, entry by entry.

    bench/csl/diff_citeproc.py [--citelib BIN] [--show N] ITEMS.json STYLE...

STYLE is a Debian style name ("apa") or a .csl path. For each style it prints how many entries
differ (compared as multisets of lines, inner whitespace folded; entries citelib ends with a
space are counted apart), whether the order differs, and up to N differing pairs (default all),
each citeproc-js entry next to the most similar citelib one. citeproc-js comes from
bench/node_modules (bench/csl/setup-citeproc.sh installs it). Not part of ctest.
"""
import argparse, collections, difflib, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
STYLES = '/usr/share/citation-style-language/styles'


def lines(cmd):
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
    if p.returncode != 0:
        return None, p.stderr.strip()[:300]
    return [l for l in p.stdout.splitlines() if l.strip()], None


def fold(s):
    return re.sub(r'\s+', ' ', s).strip()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--citelib', default=os.path.join(HERE, '..', '..', 'build', 'citelib'))
    ap.add_argument('--show', type=int, default=-1, help='differing pairs to print per style (-1: all)')
    ap.add_argument('items')
    ap.add_argument('styles', nargs='+')
    a = ap.parse_args()
    total = differ = 0
    for st in a.styles:
        path = st if st.endswith('.csl') else os.path.join(STYLES, st + '.csl')
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
