#!/usr/bin/env bash
# Configures and builds citelib in build/ (Release); the CLI ends up at build/citelib.
# Extra arguments go to the cmake configure step.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
cmake --build build -j"$jobs"
