#!/usr/bin/env bash
# Quick start: installs what is missing, builds, and runs citelib on the seed example
# (examples/north-korea-peru/): the parsed CSL-JSON, the checks against the article body,
# the biblatex file and the bibliography rendered with the APA style.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
dir=examples/north-korea-peru
list=$dir/north-korea-peru.txt
echo "== CSL-JSON of $list"
build/citelib convert "$list" --to csl-json --no-check
echo "== citelib check (with the article body)"
build/citelib check "$list" --body "$dir/north-korea-peru.body.txt" || true
echo "== biblatex"
build/citelib convert "$list" --to biblatex --no-check
echo "== bibliography, APA style"
build/citelib convert "$list" --to text --style apa --no-check
