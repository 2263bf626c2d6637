#!/usr/bin/env python3
"""Differential test of citelib's CSL engine against citeproc-js on generated fixtures.

    python3 bench/csl/fixture_fuzz/fuzz.py [--start 0] [-n 500] [--cats names dates] \
        [--citelib build/citelib] [--out /tmp/fixture_fuzz] [--show 5]

Generates fixtures for seeds start..start+n-1 (generate.py, deterministic), renders each with
citeproc-js (run_citeproc.js, the suite's semantics) and writes it with that output as RESULT
into OUT/fixtures/fuzz_SEED.txt, so a mismatch is rerun with `citelib csl-fixture FILE`.
Then renders each with citelib, and prints the mismatches grouped by a rough signature (the
shape of the first differing piece), most frequent first. Fixtures that
citeproc-js fails on (an exception) are skipped. OUT/summary.json keeps the
mismatch list for comparing runs.
"""
import argparse
import collections
import concurrent.futures
import difflib
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate  # noqa: E402


def normalize(text):
    lines = [re.sub(r"^(>>|\.\.)\[\d+\] ", "", l).rstrip() for l in text.replace("\r\n", "\n").split("\n")]
    return "\n".join(lines).strip("\n")


def shape(s):
    """Letters to 'a', digits to '9', runs collapsed: a diff piece's shape, not its content."""
    s = re.sub(r"[^\W\d_]+", "a", s)
    s = re.sub(r"\d+", "9", s)
    return s[:24]


def signature(want, got, cats):
    tok = lambda s: re.findall(r"\w+|[^\w\s]|\s+", s)
    a, b = tok(want), tok(got)
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op != "equal":
            w, g = "".join(a[i1:i2]), "".join(b[j1:j2])
            return f"{op} {shape(w)!r}->{shape(g)!r}"
    return "?"


def run_citelib(citelib, path):
    p = subprocess.run([citelib, "csl-fixture", path], capture_output=True, text=True, timeout=60)
    if p.returncode != 0:
        return "ERROR " + (p.stderr.strip().splitlines() or ["?"])[0]
    return p.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--start", type=int, default=0)
    ap.add_argument("-n", type=int, default=300)
    ap.add_argument("--cats", nargs="*")
    ap.add_argument("--citelib", default="build/citelib")
    ap.add_argument("--out", default="/tmp/fixture_fuzz")
    ap.add_argument("--show", type=int, default=2, help="examples printed per signature")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()

    fixdir = os.path.join(args.out, "fixtures")
    os.makedirs(fixdir, exist_ok=True)
    for f in os.listdir(fixdir):
        os.remove(os.path.join(fixdir, f))
    gen = {}
    for seed in range(args.start, args.start + args.n):
        s = generate.generate(seed, args.cats)
        gen[seed] = s
        with open(os.path.join(fixdir, f"fuzz_{seed}.txt"), "w", encoding="utf-8") as f:
            f.write(generate.to_text(s))
    node = subprocess.run(["node", os.path.join(HERE, "run_citeproc.js"), fixdir], capture_output=True, text=True)
    if node.returncode != 0:
        sys.exit("run_citeproc.js failed: " + node.stderr[-2000:])
    ref = json.loads(node.stdout)

    paths, skipped = {}, 0
    for seed, s in gen.items():
        r = ref.get(f"fuzz_{seed}", {})
        out = r.get("output")
        if out is None:
            skipped += 1
            os.remove(os.path.join(fixdir, f"fuzz_{seed}.txt"))
            continue
        path = os.path.join(fixdir, f"fuzz_{seed}.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(generate.to_text(s, out))
        paths[seed] = path

    with concurrent.futures.ThreadPoolExecutor(args.jobs) as ex:
        got = dict(zip(paths, ex.map(lambda p: run_citelib(args.citelib, p), paths.values())))

    groups = collections.defaultdict(list)
    for seed, path in paths.items():
        want = normalize(ref[f"fuzz_{seed}"]["output"])
        have = normalize(got[seed])
        if want != have:
            cats = gen[seed]["DESCRIPTION"].split("categories: ")[1].split()
            groups[signature(want, have, cats)].append((seed, want, have))
    n_bad = sum(len(v) for v in groups.values())
    print(f"{len(paths)} fixtures compared ({skipped} skipped: citeproc-js error), {n_bad} mismatches, {len(groups)} signatures")
    for sig, lst in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        print(f"\n[{len(lst)}] {sig}   seeds: {' '.join(str(x[0]) for x in lst[:12])}")
        for seed, want, have in lst[: args.show]:
            print(f"  fuzz_{seed} ({gen[seed]['DESCRIPTION'].split('categories: ')[1]})\n    citeproc: {want[:400]!r}\n    citelib:  {have[:400]!r}")
    with open(os.path.join(args.out, "summary.json"), "w") as f:
        json.dump({"compared": len(paths), "skipped": skipped, "mismatches": n_bad,
                   "seeds": sorted(x[0] for v in groups.values() for x in v),
                   "signatures": {k: [x[0] for x in v] for k, v in groups.items()}}, f, indent=1)


if __name__ == "__main__":
    main()
