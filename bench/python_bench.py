#!/usr/bin/env python3
"""Parse throughput from Python next to the C++ figure on the same input (issue 6).

usage: PYTHONPATH=build/python python3 bench/python_bench.py [--refs N ...]

For lists of N references (default 1,000, 10,000 and 100,000, drawn from the seed and the
dev corpus by bench/gen_dump.py's pool), times citelib.parse() from Python (best of 5) and
build/bench/bench_parse_file (read_reference_list in C++, best of 5), both in CPU time (a
shared machine disturbs it less than wall time), and prints references per
second and the binding's overhead. Target: overhead under 30% for 1,000+ references.
"""
import argparse
import json
import pathlib
import random
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from gen_dump import reference_pool  # noqa: E402

import citelib  # noqa: E402


def make_list(n, rnd):
    pool = reference_pool()
    return "\n".join(f"  {i}. ^ {rnd.choice(pool)}" for i in range(1, n + 1)) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--refs", type=int, nargs="*", default=[1_000, 10_000, 100_000])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    cpp = ROOT / "build" / "bench" / "bench_parse_file"
    if not cpp.exists():
        sys.exit("build first: scripts/build.sh (bench_parse_file)")
    rnd = random.Random(7)
    print(f"{'refs':>8} {'C++ refs/s':>12} {'Python refs/s':>14} {'overhead':>9}")
    for n in args.refs:
        text = make_list(n, rnd)
        with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as f:
            f.write(text)
        out = subprocess.run([str(cpp), f.name, str(args.runs)], capture_output=True, text=True, check=True)
        c = json.loads(out.stdout)
        best = float("inf")
        for _ in range(args.runs):
            t0 = time.process_time()
            refs, _ = citelib.parse(text)
            best = min(best, time.process_time() - t0)
        py_rate = len(refs) / best
        overhead = best / c["seconds"] - 1
        print(f"{len(refs):>8} {c['refs_per_s']:>12.0f} {py_rate:>14.0f} {overhead:>8.0%}")
        pathlib.Path(f.name).unlink()


if __name__ == "__main__":
    main()
