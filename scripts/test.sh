#!/usr/bin/env bash
# Installs what is missing (build and test tools), builds, and runs every test:
#  1. the Release build in build/ with all ctest labels;
#  2. a Debug build with AddressSanitizer + UndefinedBehaviorSanitizer in build-asan/,
#     running the unit and golden labels (the conformance suite there would double CI time).
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)
scripts/setup.sh --test

echo "== Release build and tests"
scripts/build.sh
ctest --test-dir build --output-on-failure -j"$jobs"

echo "== Debug build with ASan+UBSan"
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DCITELIB_SANITIZE=ON \
  -DCITELIB_BUILD_BENCH=OFF -DCITELIB_BUILD_EXAMPLES=OFF -DCITELIB_BUILD_PYTHON=OFF >/dev/null
cmake --build build-asan -j"$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build-asan --output-on-failure -j"$jobs" -L 'unit|golden|sanitize'
echo "== all tests passed"
