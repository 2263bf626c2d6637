"""citelib's .bib reader on real files: every .bib of TeX Live's bibtex-extra collection
(Nelson Beebe's TUG bibliographies, the biblatex examples, jurabib's, ...), installed with
biber by scripts/setup.sh --test. Skipped when they are absent. For each file: the whole file
converts (never a failure), every entry comes out unless a diagnostic says why it was left
out, the TeX that .bib files commonly hold is decoded (no logo, accent or font command is
left in the text), and biblatex written from it reads back to the same items."""

import json
import os
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CITELIB = Path(os.environ.get("CITELIB_BIN", ROOT / "build" / "citelib"))
BIB_DIR = Path("/usr/share/texlive/texmf-dist/bibtex/bib")
FILES = sorted(BIB_DIR.rglob("*.bib")) if BIB_DIR.is_dir() else []

# Entries that are no references: macros, preambles, comments, and biblatex's containers.
NOT_REFERENCES = {"string", "preamble", "comment", "set", "xdata"}
# Diagnostics that leave an entry out, each naming it.
DROPPING = re.compile(r"(?:error|warning)\[(?:bib-duplicate-key|bib-syntax|bib-unclosed-entry|input-invalid-utf8)\]")
# TeX that the reader decodes: none of it may be left in the text.
DECODED = re.compile(r"\\(?:TeX|LaTeX|BibTeX|em|it|bf|sc|tt|emph|textit|textbf|['`^\"~=.uvHckr])(?![A-Za-z])")


def convert(path, *args):
    return subprocess.run([str(CITELIB), "convert", str(path), *args], capture_output=True, text=True)


def entries_in(path):
    text = path.read_bytes().decode("utf-8", "replace")
    heads = re.finditer(r"(?m)^[ \t]*@[ \t]*([A-Za-z]+)[ \t]*[{(]", text)
    return sum(1 for m in heads if m.group(1).lower() not in NOT_REFERENCES)


def texts(item):
    """Titles, containers, publishers and names (notes may quote TeX verbatim: \\verb|\\tt|)."""
    for key, value in item.items():
        if key in ("title", "container-title", "collection-title", "publisher", "publisher-place"):
            yield value
        elif isinstance(value, list):
            for name in value:
                if isinstance(name, dict):
                    yield from (v for v in name.values() if isinstance(v, str))


@pytest.mark.skipif(not FILES, reason=f"no .bib files under {BIB_DIR} (scripts/setup.sh --test installs texlive-bibtex-extra)")
@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_real_bib_file(path, tmp_path):
    if not CITELIB.exists():
        pytest.skip(f"citelib binary not found at {CITELIB} (set CITELIB_BIN)")
    p = convert(path, "--to", "csl-json")
    assert p.returncode in (0, 1), p.stderr[-2000:]
    items = json.loads(p.stdout)
    dropped = len(DROPPING.findall(p.stderr))
    assert len(items) + dropped == entries_in(path), p.stderr[-2000:]
    left = sorted({m.group(0) for item in items for t in texts(item) for m in DECODED.finditer(t)})
    assert not left, left
    if not items:
        return  # a file of @string macros only (journal abbreviations)
    # Written as biblatex and read back: the same items.
    bib = tmp_path / "out.bib"
    w = convert(path, "--to", "biblatex", "--no-check")
    assert w.returncode in (0, 1), w.stderr[-2000:]
    bib.write_text(w.stdout, encoding="utf-8")
    back = convert(bib, "--to", "csl-json", "--no-check")
    assert back.returncode in (0, 1), back.stderr[-2000:]
    assert [i["id"] for i in json.loads(back.stdout)] == [i["id"] for i in items]
