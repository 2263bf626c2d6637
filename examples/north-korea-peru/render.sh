#!/usr/bin/env bash
# Renders the seed article's reference list (north-korea-peru.txt, read by the reference-list
# reader) as a plain-text bibliography with four CSL styles, one file per style:
#   bibliography-apa.txt, bibliography-chicago-fullnote-bibliography.txt,
#   bibliography-ieee.txt, bibliography-modern-language-association.txt
#
#   examples/north-korea-peru/render.sh [CITELIB]           writes the files
#   examples/north-korea-peru/render.sh --check [CITELIB]   renders again and compares (ctest)
#
# CITELIB defaults to build/citelib. Styles come from the style search path (Debian's
# citation-style-language-styles).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
check=0
if [ "${1:-}" = "--check" ]; then
  check=1
  shift
fi
citelib="${1:-$root/build/citelib}"
styles=(apa chicago-fullnote-bibliography ieee modern-language-association)
status=0
for style in "${styles[@]}"; do
  out="$here/bibliography-$style.txt"
  rendered="$("$citelib" convert "$here/north-korea-peru.txt" --to text --style "$style" --no-check -q)"
  if [ "$check" = 1 ]; then
    if ! diff -u "$out" <(printf '%s\n' "$rendered") > /dev/null 2>&1; then
      echo "bibliography-$style.txt is stale: run examples/north-korea-peru/render.sh" >&2
      diff -u "$out" <(printf '%s\n' "$rendered") | head -40 >&2 || true
      status=1
    fi
  else
    printf '%s\n' "$rendered" > "$out"
    echo "wrote $out"
  fi
done
exit "$status"
