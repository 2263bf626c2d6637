#!/usr/bin/env python3
"""CSL-JSON -> biblatex and biblatex -> CSL-JSON on the same N generated references with
citelib, pandoc and citation-js, side by side: wall time (best of --runs), items per second
and peak memory (max RSS of the process, highest of the runs) for each, and citelib's
speed-up over the others.

    bench/bibtex_compare.py [--n 100000] [--runs 3] [--tools citelib,pandoc,citation-js]
                            [--jobs J] [--citelib PATH]

`citelib` is `citelib convert` as a user runs it: the checks of `citelib check` run too and
their findings go to stderr. `citelib-nocheck` (`--no-check`) converts only, like the other
tools; add it to --tools to see both.

Needs a Release build (build/citelib), pandoc (Debian) and citation-js
(bench/install_citation_js.sh installs it into bench/node_modules). A missing tool is
reported and left out. Files go to bench/out/ (not committed)."""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent


def measure(cmd, stdout_path=None):
    """Runs cmd; returns (seconds, peak RSS in MB) of that process alone (os.wait4). stderr
    goes to a file: citelib's findings on 100k references are megabytes, which a pipe read
    only after the process ends would block on."""
    out = open(stdout_path, "wb") if stdout_path else subprocess.DEVNULL
    # Peak memory from /usr/bin/time, not from wait4: on Linux a child's ru_maxrss starts at
    # the RSS of this (forking) Python process, which holds 100k parsed items after
    # count_entries() and made every later tool look at least that big.
    with tempfile.TemporaryFile() as err_file, tempfile.NamedTemporaryFile("r") as rss_file:
        start = time.perf_counter()
        proc = subprocess.Popen(["/usr/bin/time", "-f", "%M", "-o", rss_file.name, *[str(c) for c in cmd]],
                                stdout=out, stderr=err_file)
        status = proc.wait()
        seconds = time.perf_counter() - start
        err_file.seek(0)
        err = err_file.read().decode(errors="replace")
        peak_kb = int((rss_file.read().strip().splitlines() or ["0"])[-1])
    if stdout_path:
        out.close()
    if status != 0:
        raise RuntimeError(f"{cmd[0]} failed ({status}): {err[-2000:]}")
    return seconds, peak_kb / 1024.0


def count_entries(path):
    text = Path(path).read_text(encoding="utf-8", errors="replace")
    if path.suffix == ".json":
        return len(json.loads(text))
    return sum(1 for line in text.splitlines() if line.startswith("@"))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=3, help="runs per command; the best time is kept")
    ap.add_argument("--tools", default="citelib,pandoc,citation-js")
    ap.add_argument("--citelib", default=str(ROOT / "build" / "citelib"))
    ap.add_argument("--jobs", type=int, default=0, help="citelib --jobs (default: one per core)")
    args = ap.parse_args()
    out = BENCH / "out"
    out.mkdir(exist_ok=True)
    n = args.n
    tools = args.tools.split(",")

    refs_json = out / f"refs-{n}.json"
    subprocess.run([sys.executable, BENCH / "gen_references.py", str(n), refs_json], check=True)
    citelib = Path(args.citelib)
    if not citelib.exists():
        sys.exit(f"bibtex_compare: {citelib} not found; build first (scripts/build.sh)")
    # The biblatex input of the second direction, the same file for every tool: citelib's
    # output without its comment lines (a plain biblatex file).
    refs_bib = out / f"refs-{n}.bib"
    measure([citelib, "convert", refs_json, "--to", "biblatex", "--no-extras"], refs_bib)

    jobs = ["--jobs", str(args.jobs)] if args.jobs else []
    runs = {
        "citelib": {
            "csl-json -> biblatex": [citelib, "convert", refs_json, "--to", "biblatex", *jobs],
            "biblatex -> csl-json": [citelib, "convert", refs_bib, "--to", "csl-json", "--compact", *jobs],
        },
        "citelib-nocheck": {
            "csl-json -> biblatex": [citelib, "convert", refs_json, "--to", "biblatex", "--no-check", *jobs],
            "biblatex -> csl-json": [citelib, "convert", refs_bib, "--to", "csl-json", "--compact", "--no-check", *jobs],
        },
        "pandoc": {
            "csl-json -> biblatex": ["pandoc", "-f", "csljson", "-t", "biblatex", refs_json],
            "biblatex -> csl-json": ["pandoc", "-f", "biblatex", "-t", "csljson", refs_bib],
        },
        "citation-js": {
            "csl-json -> biblatex": ["node", BENCH / "citationjs_convert.js", "to-biblatex", refs_json, out / "cjs.bib"],
            "biblatex -> csl-json": ["node", BENCH / "citationjs_convert.js", "to-csljson", refs_bib, out / "cjs.json"],
        },
    }
    available = []
    for tool in tools:
        if tool == "pandoc" and not shutil.which("pandoc"):
            print("pandoc not found: left out")
            continue
        if tool == "citation-js" and (not shutil.which("node") or not (BENCH / "node_modules/@citation-js/plugin-bibtex").exists()):
            print("citation-js not installed (bench/install_citation_js.sh): left out")
            continue
        available.append(tool)

    results = {}
    for tool in available:
        for direction, cmd in runs[tool].items():
            suffix = ".bib" if direction.endswith("biblatex") else ".json"
            target = Path(cmd[-1]) if tool == "citation-js" else out / f"{tool}-{n}{suffix}"
            timings = [measure(cmd) if tool == "citation-js" else measure(cmd, target) for _ in range(max(1, args.runs))]
            seconds = min(t for t, _ in timings)
            mb = max(m for _, m in timings)
            produced = count_entries(target)
            results[(tool, direction)] = (seconds, mb, produced)
            print(f"{tool:12} {direction:22} {seconds:8.2f} s {n / seconds:12,.0f} items/s {mb:9.0f} MB  ({produced} items out)",
                  flush=True)

    print()
    print(f"{n:,} generated references, best of {max(1, args.runs)} runs, load {os.getloadavg()[0]:.1f}")
    print(f"| tool | direction | seconds | items/s | peak MB | citelib speed-up |")
    print(f"|---|---|---:|---:|---:|---:|")
    for (tool, direction), (seconds, mb, _) in results.items():
        base = results.get(("citelib", direction))
        ratio = f"{seconds / base[0]:.1f}x" if base and not tool.startswith("citelib") else ""
        print(f"| {tool} | {direction} | {seconds:.2f} | {n / seconds:,.0f} | {mb:.0f} | {ratio} |")


if __name__ == "__main__":
    main()
