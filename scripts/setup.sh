#!/usr/bin/env bash
# Installs the Debian packages citelib needs, only those that are missing.
#   scripts/setup.sh            build dependencies (compiler, libraries, styles, locales)
#   scripts/setup.sh --test     also the tools the test suite drives (biber, bibtex, pandoc,
#                               pybtex, jsonschema, pytest, dask, clang for the fuzzers)
# Everything comes from Debian; nothing is fetched from PyPI.
set -euo pipefail

build_pkgs=(
  cmake g++ make pkg-config
  libpugixml-dev libboost-date-time-dev libfmt-dev libicu-dev nlohmann-json3-dev libsimdjson-dev
  libcli11-dev catch2 libbenchmark-dev
  python3 python3-dev pybind11-dev python3-pybind11 python3-setuptools python3-wheel
  citation-style-language-styles citation-style-language-locales
)
test_pkgs=(
  python3-pytest python3-jsonschema python3-pybtex
  biber texlive-binaries texlive-bibtex-extra
  pandoc python3-dask python3-distributed
)

want=("${build_pkgs[@]}")
if [[ "${1:-}" == "--test" ]]; then want+=("${test_pkgs[@]}"); fi

missing=()
for p in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]} == 0)); then
  echo "setup: all ${#want[@]} packages present"
  exit 0
fi

echo "setup: installing ${missing[*]}"
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup: done"
