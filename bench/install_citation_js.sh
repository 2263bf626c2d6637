#!/usr/bin/env bash
# Installs citation-js (npm @citation-js/core + @citation-js/plugin-bibtex, versions pinned in
# bench/package.json) into bench/node_modules for bench/bibtex_compare.py. Needs node and npm
# (Debian's nodejs/npm); node_modules is not committed.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v npm >/dev/null; then
  echo "install_citation_js: npm not found (apt-get install npm)" >&2
  exit 1
fi
if [[ -d node_modules/@citation-js/plugin-bibtex ]]; then
  echo "install_citation_js: already installed"
  exit 0
fi
npm install --no-audit --no-fund --loglevel=error
