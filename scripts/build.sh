#!/usr/bin/env bash
# Configures and builds citelib in build/ (Release); the CLI ends up at build/citelib.
# Extra arguments go to the cmake configure step.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
cmake --build build -j"$jobs"
# `import citelib` in the default python3 (and Debian's, which the tests use) sees this build.
if [[ -d build/python/citelib ]]; then
  for py in python3 /usr/bin/python3; do
    if command -v "$py" >/dev/null 2>&1; then scripts/install-python.sh "$py" --link >/dev/null || echo "build: could not make citelib importable by $py" >&2; fi
  done
fi
