import json

import pytest

import citelib


def test_round_trip_through_text_and_data(seed_text):
    refs, _ = citelib.parse(seed_text, source_name="seed.txt")
    text = citelib.to_csl_json(refs)
    back, diags = citelib.read_csl_json(text)
    assert diags == []
    assert citelib.to_csl_json(back) == text
    back2, _ = citelib.read_csl_json(json.loads(text))
    assert citelib.to_csl_json(back2) == text


def test_output_is_valid_against_the_official_schema(seed_text, root):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((root / "tests/data/schemas/csl-data.json").read_text(encoding="utf-8"))
    refs, _ = citelib.parse(seed_text)
    jsonschema.validate(citelib.to_csl_data(refs), schema)


def test_json_syntax_error_raises_with_position():
    with pytest.raises(citelib.InputError) as e:
        citelib.read_csl_json('[\n  {"id": "1",,}\n]', source_name="bad.json")
    (d,) = e.value.diagnostics
    assert d.code == "json-syntax"
    assert d.severity == "error"
    assert (d.file, d.line) == ("bad.json", 2)


def test_field_problems_are_reported_not_raised():
    refs, diags = citelib.read_csl_json([{"id": "a", "type": "nonsense", "title": "T"}])
    assert len(refs) == 1 and refs[0].title == "T"
    assert [d.code for d in diags] == ["json-field-invalid"]
    assert diags[0].references == ["a"]
