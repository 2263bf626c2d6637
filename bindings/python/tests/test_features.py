"""check, BibTeX in and out, and rendering from Python."""
import json

import pytest

import citelib

ITEMS = [
    {"id": "1", "type": "book", "title": "A Book", "author": [{"family": "Smith", "given": "John"}],
     "issued": {"date-parts": [[2001]]}, "publisher": "Press", "publisher-place": "Lima"},
    {"id": "2", "type": "article-journal", "title": "An Article", "container-title": "Journal",
     "volume": "89", "issue": "2153", "page": "49\u201352", "issued": {"date-parts": [[1989, 12, 1]]}},
]


@pytest.fixture()
def refs():
    return citelib.read_csl_json(ITEMS)[0]


def test_check_finds_defects_with_codes(refs):
    refs[0]["ISBN"] = "978-0-00-000000-1"           # bad check digit
    refs[1]["page"] = "52\u201349"                  # reversed range
    codes = {d.code for d in citelib.check(refs, reference_date="2024-01-01")}
    assert "isbn-checksum" in codes
    assert any(c.startswith("page") for c in codes)
    with pytest.raises(ValueError):
        citelib.check(refs, reference_date="2024-02-30")


def test_check_against_a_body(refs):
    diags = citelib.check(refs, body="Text citing the first [1] and a missing one [7].",
                          reference_date="2024-01-01")
    by_code = {d.code: d for d in diags}
    assert "reference-unused" in by_code and by_code["reference-unused"].references == ["2"]
    assert any(d.references == ["7"] for d in diags if d.code != "reference-unused")


def test_bibtex_round_trip(refs):
    bib = citelib.to_bibtex(refs)
    assert "@book{" in bib and "@article{" in bib
    back, diags = citelib.read_bibtex(bib)
    assert diags == []
    assert [r.title for r in back] == ["A Book", "An Article"]
    assert back[1].page == "49\u201352" and back[0].publisher_place == "Lima"
    classic = citelib.to_bibtex(refs, dialect="bibtex")
    assert "journal = " in classic and "year = " in classic
    with pytest.raises(ValueError):
        citelib.to_bibtex(refs, dialect="bibtexx")


def test_bibtex_reader_reports_damage_and_keeps_intact_entries():
    text = b"@book{a, title={Good}}\n@book{b, title={Bad \xff bytes}}\n@book{c, title={Also good}\n@misc{d, title={Last}}"
    refs, diags = citelib.read_bibtex(text)
    assert "Good" in [r.title for r in refs] and "Last" in [r.title for r in refs]
    assert all(d.line > 0 for d in diags) and diags


def test_render_styles_and_formats(refs):
    apa = citelib.render(refs, style="apa")
    assert len(apa) == 2 and any("Smith, J." in e for e in apa)
    html = citelib.render(refs, style="ieee", format="html")
    assert any("<i>" in e for e in html)
    with pytest.raises(citelib.StyleError):
        citelib.render(refs, style="no-such-style-anywhere")
    with pytest.raises(ValueError):
        citelib.render(refs, format="rtf")


def test_repair_encoding_of_a_garbled_list():
    clean = ("1. ^ N\u00f8rsett, Syvert P. (1993). \u00abLa econom\u00eda\u00bb. El Comercio. p\u00e1g. 49\u201352.\n"
             "2. ^ Garc\u00eda M\u00e1rquez, Gabriel (1967). Cien a\u00f1os de soledad. Buenos Aires: Sudamericana.\n")
    garbled = clean.encode("utf-8").decode("latin-1")
    printed, _ = citelib.parse(garbled)
    repaired, diags = citelib.parse(garbled, repair_encoding=True)
    assert printed[0].raw == repaired[0].raw == garbled.splitlines()[0][len("1. ^ "):]
    assert printed[0].title == "La econom\u00c3\u00ada"
    assert repaired[0].title == "La econom\u00eda"
    assert "list-mojibake-repaired" in [d.code for d in diags]
    out, _ = citelib.Converter("csl-json", repair_encoding=True).convert(garbled)
    items = json.loads(out)
    assert items[0]["author"][0]["family"] == "N\u00f8rsett"
    assert items[1]["title"] == "Cien a\u00f1os de soledad"
