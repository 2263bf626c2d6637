import pytest

import citelib


def test_binary_input_raises_input_error_with_diagnostics():
    with pytest.raises(citelib.InputError) as e:
        citelib.parse("abc\0def")
    assert isinstance(e.value, citelib.Error)
    assert [d.code for d in e.value.diagnostics] == ["input-binary"]
    assert e.value.diagnostics[0].column == 4


def test_invalid_utf8_bytes_raise():
    with pytest.raises(citelib.InputError):
        citelib.parse(b"ok \xc3( bad")


def test_wrong_argument_types_raise_type_error():
    with pytest.raises(TypeError):
        citelib.parse(42)
    with pytest.raises(TypeError):
        citelib.to_csl_json(["not a reference"])


def test_pathological_inputs_do_not_crash():
    for text in ["", "\n\n\n", '"' * 1000, "(" * 5000, "^ a b c " * 2000, "x" * 2_000_000]:
        refs, diags = citelib.parse(text)
        assert isinstance(refs, list) and isinstance(diags, list)
