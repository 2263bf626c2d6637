"""citelib convert: single documents, exit statuses and error messages."""
import json


def test_single_file_to_stdout(cli, root):
    p = cli("convert", root / "examples/north-korea-peru/north-korea-peru.txt", "--to", "csl-json", check_rc=0)
    items = json.loads(p.stdout)
    assert isinstance(items, list) and items


def test_stdin_is_read_with_dash(cli):
    p = cli("convert", "-", "--from", "csl-json", stdin=b'[{"id":"a","type":"book","title":"T"}]', check_rc=0)
    assert json.loads(p.stdout) == [{"id": "a", "type": "book", "title": "T"}]


def test_usage_errors_exit_2(cli, root):
    assert cli("convert", root / "README.md", "--to", "nonsense").returncode == 2
    assert cli("convert", root / "README.md", "--from", "nonsense").returncode == 2
    assert cli("bogus-subcommand").returncode == 2


def test_unreadable_input_names_file_and_position(cli, tmp_path):
    p = cli("convert", tmp_path / "missing.txt", check_rc=2)
    assert b"missing.txt" in p.stderr
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"line one\nab\0cd")
    p = cli("convert", binary, check_rc=2)
    assert b"b.txt:2:3" in p.stderr and b"input-binary" in p.stderr
    bad = tmp_path / "u.txt"
    bad.write_bytes(b"ok\nfine \xc3( x")
    p = cli("convert", bad, check_rc=2)
    assert b"u.txt:2:6" in p.stderr and b"input-invalid-utf8" in p.stderr


def test_json_syntax_error_has_line_and_column(cli, tmp_path):
    f = tmp_path / "bad.json"
    f.write_text('[\n  {"id": "1",,}\n]')
    p = cli("convert", f, "--from", "csl-json", check_rc=2)
    assert b"bad.json:2:" in p.stderr and b"json-syntax" in p.stderr
