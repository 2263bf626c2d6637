#!/usr/bin/env bash
# Installs citeproc-js (npm package "citeproc") into bench/node_modules for the comparison.
# node_modules is never committed.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules/citeproc ] || npm install --no-audit --no-fund --silent --prefix . citeproc
