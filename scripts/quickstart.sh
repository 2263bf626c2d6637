#!/usr/bin/env bash
# Quick start: installs what is missing, builds, and runs citelib on the seed example
# (examples/north-korea-peru/), printing the parsed CSL-JSON.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
example=examples/north-korea-peru/north-korea-peru.txt
echo "== CSL-JSON of $example"
build/citelib convert "$example" --to csl-json
