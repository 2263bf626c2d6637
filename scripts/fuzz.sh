#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (build-fuzz/) and runs each for SECONDS (default 60),
# starting from tests/fuzz/corpus/<target>/. New crashes are written to build-fuzz/crashes/;
# copy a minimised one into the target's corpus so every test build replays it.
#   scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-60}; shift || true
targets=("$@"); [[ ${#targets[@]} -gt 0 ]] || targets=(reference_list csl_json bibtex csl_style)
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCITELIB_BUILD_FUZZ=ON \
  -DCITELIB_BUILD_TESTS=OFF -DCITELIB_BUILD_BENCH=OFF -DCITELIB_BUILD_EXAMPLES=OFF -DCITELIB_BUILD_PYTHON=OFF \
  -DCITELIB_BUILD_CLI=OFF -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined" >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target "${targets[@]/#/fuzz_}"
mkdir -p build-fuzz/crashes
for t in "${targets[@]}"; do
  mkdir -p "build-fuzz/corpus/$t"
  echo "== fuzz_$t for ${secs}s"
  build-fuzz/tests/fuzz/fuzz_"$t" "build-fuzz/corpus/$t" "tests/fuzz/corpus/$t" \
    -max_total_time="$secs" -max_len=65536 -artifact_prefix=build-fuzz/crashes/"$t"- -print_final_stats=1 2>&1 | tail -4
done
