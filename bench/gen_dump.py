#!/usr/bin/env python3
"""Generates a JSON Lines dump of synthetic articles for batch benchmarks.

usage: gen_dump.py OUT.jsonl [--articles N] [--refs-per-article K] [--target-bytes B]

Reference lines are drawn from real pasted lists (the seed example, and ../shared's dev corpus
when present), renumbered per article, with titles varied so no two articles are identical.
"""
import argparse
import json
import pathlib
import random
import re

ROOT = pathlib.Path(__file__).resolve().parents[1]
NUMBERED = re.compile(r"^\s*(\d+)\.\s+(.*)$")


def reference_pool():
    sources = [ROOT / "examples" / "north-korea-peru" / "north-korea-peru.txt"]
    corpus = ROOT.parent / "shared" / "corpus" / "wikipedia"
    if corpus.is_dir():
        sources += sorted(p for p in corpus.glob("*.txt") if not p.name.endswith(".body.txt"))
    pool = []
    for path in sources:
        for line in path.read_text(encoding="utf-8").splitlines():
            m = NUMBERED.match(line)
            if m and len(m.group(2)) > 20:
                pool.append(m.group(2))
    return pool


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--refs-per-article", type=int, default=30)
    ap.add_argument("--target-bytes", type=int, default=0, help="keep writing articles until this size")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rnd = random.Random(args.seed)
    pool = reference_pool()
    written = 0
    n = 0
    with open(args.out, "w", encoding="utf-8") as f:
        while n < args.articles or written < args.target_bytes:
            lines = ["References[edit]", ""]
            for i in range(1, args.refs_per_article + 1):
                ref = rnd.choice(pool).replace('"', f'"{rnd.randint(1, 999)} ', 1)
                lines.append(f"  {i}. {ref}")
            rec = json.dumps({"id": f"article-{n}", "references": "\n".join(lines)}, ensure_ascii=False)
            f.write(rec + "\n")
            written += len(rec.encode()) + 1
            n += 1
            if args.target_bytes and written >= args.target_bytes and n >= args.articles:
                break
    print(json.dumps({"articles": n, "references": n * args.refs_per_article, "bytes": written}))


if __name__ == "__main__":
    main()
