"""`citelib convert/check refs.bib --bib-strings abbrev.bib`: the @string macros of other files
(journal abbreviations kept apart, as \\bibliography{IEEEabrv,refs} reads them) expand in the
.bib input, and a macro defined nowhere is reported once, naming where to look."""

import json
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CITELIB = Path(os.environ.get("CITELIB_BIN", ROOT / "build" / "citelib"))
BIB_DIR = Path("/usr/share/texlive/texmf-dist/bibtex/bib/archaeologie")

ABBREV = '@STRING{IEEE_J_C = "{IEEE} Trans. Comput."}\n@string{pub-aw = "Addison-Wesley"}\n'
REFS = (
    "@article{a, author = {Ada Lovelace}, title = {Notes}, journal = IEEE_J_C, year = 1843, month = jul}\n"
    "@book{b, author = {Don Knuth}, title = {TAOCP}, publisher = pub-aw, year = 1968}\n"
    "@article{c, author = {Alan Turing}, title = {Computing}, journal = IEEE_J_C, year = 1950}\n"
)

pytestmark = pytest.mark.skipif(not CITELIB.exists(), reason=f"citelib binary not found at {CITELIB} (set CITELIB_BIN)")


def run(*args):
    return subprocess.run([str(CITELIB), *map(str, args)], capture_output=True, text=True)


@pytest.fixture
def files(tmp_path):
    (tmp_path / "abbrev.bib").write_text(ABBREV)
    (tmp_path / "refs.bib").write_text(REFS)
    return tmp_path


def test_convert_with_bib_strings(files):
    p = run("convert", files / "refs.bib", "--to", "csl-json", "--no-check", "--bib-strings", files / "abbrev.bib")
    assert p.returncode == 0, p.stderr
    items = {i["id"]: i for i in json.loads(p.stdout)}
    assert items["a"]["container-title"] == "IEEE Trans. Comput."
    assert items["b"]["publisher"] == "Addison-Wesley"
    assert "bib-undefined-string" not in p.stderr


def test_undefined_macro_reported_once_with_where_to_look(files):
    p = run("convert", files / "refs.bib", "--to", "csl-json", "--no-check")
    assert p.returncode == 0, p.stderr
    lines = [l for l in p.stderr.splitlines() if "bib-undefined-string" in l]
    # Two macros, one used twice: one warning each, at the first use (line 1, column 65), as written.
    assert len(lines) == 2, p.stderr
    assert "refs.bib:1:65:" in lines[0] and '"IEEE_J_C" (used 2 times)' in lines[0]
    assert "--bib-strings" in p.stderr
    other = files / "other.bib"
    other.write_text("@string{x = {y}}\n")
    q = run("convert", files / "refs.bib", "--to", "csl-json", "--no-check", "--bib-strings", other)
    assert "other.bib" in " ".join(l for l in q.stderr.splitlines() if "bib-undefined-string" in l)


def test_several_strings_files_in_order_and_check(files):
    (files / "more.bib").write_text('@string{pub-aw = pub-aw # " Longman"}\n')
    p = run("check", files / "refs.bib", "--bib-strings", files / "abbrev.bib", "--bib-strings", files / "more.bib",
            "--format", "json")
    assert "bib-undefined-string" not in p.stdout
    p = run("convert", files / "refs.bib", "--to", "csl-json", "--no-check",
            "--bib-strings", files / "abbrev.bib", "--bib-strings", files / "more.bib")
    assert {i["id"]: i for i in json.loads(p.stdout)}["b"]["publisher"] == "Addison-Wesley Longman"


def test_unreadable_strings_file_is_a_usage_error(files):
    p = run("convert", files / "refs.bib", "--to", "csl-json", "--bib-strings", files / "missing.bib")
    assert p.returncode == 2
    assert "missing.bib" in p.stderr


@pytest.mark.skipif(not (BIB_DIR / "archaeologie-examples.bib").exists(), reason="texlive-bibtex-extra not installed")
def test_real_abbreviation_files():
    """archaeologie's examples use the macros of its three list files (journals, places, publishers)."""
    example = BIB_DIR / "archaeologie-examples.bib"
    lists = [BIB_DIR / f"archaeologie-lst{n}.bib" for n in ("abbrv", "locations", "publishers")]
    alone = run("convert", example, "--to", "csl-json", "--no-check")
    assert alone.stderr.count("bib-undefined-string") > 10
    args = [a for f in lists for a in ("--bib-strings", f)]
    p = run("convert", example, "--to", "csl-json", "--no-check", *args)
    assert p.returncode == 0, p.stderr[-2000:]
    assert "bib-undefined-string" not in p.stderr, p.stderr[-2000:]
    places = {i.get("publisher-place") for i in json.loads(p.stdout)}
    assert "berlin" not in places
