#!/usr/bin/env bash
# Renders the bibliography of the same N generated references (default 10,000) with apa, ieee
# and chicago-fullnote-bibliography through citelib, citeproc-js (node) and pandoc --citeproc,
# side by side, and prints references per second and peak memory (/usr/bin/time -v). citelib
# is measured on every core (its default) and on one thread (--jobs 1).
#   bench/csl/compare.sh [N] [CITELIB_BINARY]
# CITELIB_RUNS (default 3) and OTHER_RUNS (default 1) set how many runs each tool gets; the
# best wall time is printed with its CPU time, which a busy machine disturbs less.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
n="${1:-10000}"
citelib="${2:-$root/build/citelib}"
styles_dir=/usr/share/citation-style-language/styles
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$here/generate.py" "$n" > "$work/items.json"
"$here/setup-citeproc.sh" >/dev/null 2>&1 || echo "(citeproc-js could not be installed; skipping it)"
printf -- '---\nnocite: "@*"\n---\n' > "$work/doc.md"

# measure NAME RUNS COMMAND...: runs the command RUNS times and prints the best wall time, the
# CPU time (user + system) of that run, references per second (wall) and peak RSS.
measure() {
  local name="$1" runs="$2"; shift 2
  local best="" best_cpu="" best_mem=""
  for ((r = 0; r < runs; ++r)); do
    # Wall time in nanoseconds (time -v's elapsed time has 10 ms steps, too coarse for a
    # citelib run of under 0.1 s).
    local t0 t1
    t0=$(date +%s%N)
    if ! /usr/bin/time -v -o "$work/time.txt" "$@" > "$work/out.txt" 2>"$work/err.txt"; then
      printf '  %-12s failed: %s\n' "$name" "$(head -c 200 "$work/err.txt")"; return
    fi
    t1=$(date +%s%N)
    local secs cpu mem
    secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", (b - a) / 1e9 }')
    cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {print u + s}' "$work/time.txt")
    mem=$(awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2/1024}' "$work/time.txt")
    if [ -z "$best" ] || awk -v a="$secs" -v b="$best" 'BEGIN { exit !(a < b) }'; then
      best=$secs best_cpu=$cpu best_mem=$mem
    fi
  done
  awk -v name="$name" -v n="$n" -v s="$best" -v c="$best_cpu" -v m="$best_mem" \
    'BEGIN { printf "  %-12s %8.3f s %8.2f s CPU %10.0f refs/s %8s MB\n", name, s, c, (s > 0 ? n / s : 0), m }'
  last_secs=$best
}

# speedup STYLE: citelib's speed-up over the others for the style just measured.
speedup() {
  awk -v c="$1" -v j="$2" -v p="$3" 'BEGIN {
    if (c > 0 && j > 0) printf "  citelib: %.0fx citeproc-js", j / c;
    if (c > 0 && p > 0) printf ", %.0fx pandoc", p / c;
    print "" }'
}

# Runs per tool (best kept): citelib is cheap to repeat; citeproc-js and pandoc take seconds.
citelib_runs="${CITELIB_RUNS:-3}"
other_runs="${OTHER_RUNS:-1}"

for style in apa ieee chicago-fullnote-bibliography; do
  echo "== $style, $n references"
  # citelib renders on every core by default (--jobs); its one-thread time is shown too.
  last_secs=0; measure "citelib -j1" "$citelib_runs" "$citelib" render --style "$style" --items "$work/items.json" --jobs 1; c1=$last_secs
  last_secs=0; measure citelib "$citelib_runs" "$citelib" render --style "$style" --items "$work/items.json"; c=$last_secs
  last_secs=0
  if [ -d "$root/bench/node_modules/citeproc" ]; then
    measure citeproc-js "$other_runs" node "$here/citeproc_js.js" "$styles_dir/$style.csl" "$work/items.json"
  fi
  j=$last_secs
  last_secs=0; measure pandoc "$other_runs" pandoc "$work/doc.md" --citeproc --bibliography "$work/items.json" --csl "$styles_dir/$style.csl" -t plain; p=$last_secs
  speedup "$c" "$j" "$p"
  printf '  (one thread:'; speedup "$c1" "$j" "$p" | sed 's/^  citelib://; s/$/)/'
done
