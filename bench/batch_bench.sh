#!/usr/bin/env bash
# Batch conversion benchmark (issue 7): a generated JSON Lines dump of 10,000 articles
# (300,000 references) converted to CSL-JSON with --jobs 1 and --jobs 2; prints articles/s,
# references/s, peak memory and the parallel speed-up. With --big, also converts a 1 GB dump
# and reports its peak memory (the target is under 500 MB).
#   bench/batch_bench.sh [--big]
set -euo pipefail
cd "$(dirname "$0")/.."
cli=build/citelib
[[ -x $cli ]] || { echo "build first (scripts/build.sh)" >&2; exit 2; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

python3 bench/gen_dump.py "$work/dump.jsonl" --articles 10000 --refs-per-article 30 > "$work/gen.json"
refs=$(python3 -c "import json;print(json.load(open('$work/gen.json'))['references'])")
articles=10000
echo "dump: $articles articles, $refs references, $(du -h "$work/dump.jsonl" | cut -f1)"

run() {  # jobs input -> "seconds peak_kb"
  /usr/bin/time -f "%e %M" -o "$work/time" "$cli" convert "$2" --jsonl -q --jobs "$1" > "$work/out.jsonl" || true
  cat "$work/time"
}
printf "%-8s %10s %12s %14s %10s\n" jobs seconds articles/s references/s peak_MB
declare -A secs
for j in 1 2; do
  read -r s kb < <(run "$j" "$work/dump.jsonl")
  secs[$j]=$s
  python3 -c "s=$s; print(f'{$j:<8} {s:10.2f} {$articles/s:12.0f} {$refs/s:14.0f} {$kb/1024:10.1f}')"
done
python3 -c "print(f'speed-up with 2 jobs: {${secs[1]}/${secs[2]}:.2f}x')"

if [[ ${1:-} == --big ]]; then
  python3 bench/gen_dump.py "$work/big.jsonl" --articles 1 --target-bytes 1000000000 > /dev/null
  echo "big dump: $(du -h "$work/big.jsonl" | cut -f1)"
  read -r s kb < <(run 2 "$work/big.jsonl")
  python3 -c "print(f'1 GB dump: {$s:.1f} s, peak memory {$kb/1024:.0f} MB')"
fi
