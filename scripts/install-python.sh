#!/usr/bin/env bash
# Makes `import citelib` work in a Python interpreter without PyPI:
#   scripts/install-python.sh [PYTHON] [--link]
# PYTHON defaults to `python3` on PATH. The extension is built for that interpreter (reusing
# build/python when the ABI matches). With --link, a citelib.pth file pointing at the build
# tree is written into the interpreter's site-packages (what scripts/build.sh does, so a
# rebuild is seen at once); without it, the package is copied there.
set -euo pipefail
cd "$(dirname "$0")/.."
python=python3; mode=copy
for a in "$@"; do
  case "$a" in
    --link) mode=link ;;
    *) python=$a ;;
  esac
done
python=$(command -v "$python") || { echo "install-python: $python not found" >&2; exit 2; }
suffix=$("$python" -c 'import sysconfig; print(sysconfig.get_config_var("EXT_SUFFIX"))')
site=$("$python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')

pkg=build/python
if ! ls "$pkg/citelib/_citelib$suffix" >/dev/null 2>&1; then
  # Another ABI than the main build: a build tree of its own, only the extension target.
  tag=$(echo "$suffix" | tr -c 'a-zA-Z0-9\n' '_')
  cmake -S . -B "build/python-$tag" -DCMAKE_BUILD_TYPE=Release -DPython_EXECUTABLE="$python" \
    -DCITELIB_BUILD_TESTS=OFF -DCITELIB_BUILD_BENCH=OFF -DCITELIB_BUILD_EXAMPLES=OFF \
    -DCITELIB_BUILD_CLI=OFF -DCITELIB_INSTALL=OFF >/dev/null
  cmake --build "build/python-$tag" --target _citelib -j"$(nproc 2>/dev/null || echo 2)"
  pkg="build/python-$tag/python"
fi

if [[ ! -w "$site" ]]; then
  site=$("$python" -c 'import site; print(site.getusersitepackages())')
  mkdir -p "$site"
fi
if [[ $mode == link ]]; then
  rm -rf "$site/citelib"
  echo "$(cd "$pkg" && pwd)" > "$site/citelib.pth"
else
  rm -f "$site/citelib.pth"
  rm -rf "$site/citelib"
  cp -r "$pkg/citelib" "$site/citelib"
fi
echo "install-python: citelib is importable by $python ($mode into $site)"
