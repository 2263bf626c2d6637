import pytest

import citelib


def test_reference_variables_by_csl_name_and_attribute():
    r = citelib.Reference("7", "article-journal", title="Sendero", volume="89",
                          issued="1989-12-01")
    r["container-title"] = "Department of State Bulletin"
    assert r.container_title == "Department of State Bulletin"
    assert r["container-title"] == r.get("container_title")
    assert r.issued.year == 1989 and r.issued.month == 12 and r.issued.day == 1
    assert "volume" in r and "page" not in r
    assert r.page is None
    with pytest.raises(KeyError):
        r["page"]
    with pytest.raises(KeyError):
        r["not-a-variable"] = "x"
    with pytest.raises(AttributeError):
        r.not_a_variable
    del r["volume"]
    assert "volume" not in r
    assert r.keys() == ["container-title", "title", "issued"]


def test_reference_type_is_checked():
    r = citelib.Reference("1")
    assert r.type == "document"
    r.type = "book"
    assert r.type == "book"
    with pytest.raises(ValueError):
        r.type = "novel"
    with pytest.raises(ValueError):
        citelib.Reference("1", "novel")


def test_names_and_dates_have_readable_repr():
    n = citelib.Name(family="Mejía Huaraca", given="Mario")
    assert repr(n) == "Name(family='Mejía Huaraca', given='Mario')"
    org = citelib.Name(literal="Associated Press")
    assert org.is_literal and repr(org) == "Name(literal='Associated Press')"
    assert repr(citelib.Date(2017, 9, 11)) == "Date('2017-09-11')"
    assert citelib.Date(1987).is_partial
    assert not citelib.Date(2017, 2, 30).is_valid
    r = citelib.Reference("33", "webpage", title="t", author=[citelib.Name(family="박", given="승혁")])
    assert r.authors[0].family == "박"
    assert repr(r) == "<Reference 33 webpage 't'>"


def test_beyond_csl_fields():
    r = citelib.Reference("5", "webpage")
    r.archive_date = citelib.Date(2016, 10, 10)
    r.backlinks = 2
    r.identifiers = {"OCLC": "123"}
    data = citelib.to_csl_data([r])[0]
    assert data["custom"]["archive-date"] == {"date-parts": [[2016, 10, 10]]}
    assert data["custom"]["backlinks"] == 2
    assert data["custom"]["OCLC"] == "123"
    with pytest.raises(KeyError):
        r.identifiers = {"NOPE": "1"}
