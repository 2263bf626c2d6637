#!/usr/bin/env bash
# Renders the bibliography of the same N generated references (default 10,000) with apa, ieee
# and chicago-fullnote-bibliography through citelib, citeproc-js (node) and pandoc --citeproc,
# side by side, and prints references per second and peak memory (/usr/bin/time -v).
#   bench/csl/compare.sh [N] [CITELIB_BINARY]
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

measure() {  # name, command...: prints seconds and peak RSS MB
  local name="$1"; shift
  if ! /usr/bin/time -v -o "$work/time.txt" "$@" > "$work/out.txt" 2>"$work/err.txt"; then
    printf '  %-12s failed: %s\n' "$name" "$(head -c 200 "$work/err.txt")"; return
  fi
  local secs mem
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$work/time.txt")
  mem=$(awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2/1024}' "$work/time.txt")
  awk -v name="$name" -v n="$n" -v s="$secs" -v m="$mem" \
    'BEGIN { printf "  %-12s %8.2f s %12.0f refs/s %8s MB\n", name, s, (s > 0 ? n / s : 0), m }'
}

for style in apa ieee chicago-fullnote-bibliography; do
  echo "== $style, $n references"
  measure citelib "$citelib" render --style "$style" --items "$work/items.json"
  if [ -d "$root/bench/node_modules/citeproc" ]; then
    measure citeproc-js node "$here/citeproc_js.js" "$styles_dir/$style.csl" "$work/items.json"
  fi
  measure pandoc pandoc "$work/doc.md" --citeproc --bibliography "$work/items.json" --csl "$styles_dir/$style.csl" -t plain
done
