"""citelib convert: single documents, exit statuses and error messages."""
import json
import os
import stat
import subprocess
import threading


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


def test_windows_1252_input_is_read_with_a_warning(cli, tmp_path):
    # Saved by a Windows editor: accented letters and curly quotes in one byte each.
    legacy = tmp_path / "w.txt"
    legacy.write_bytes("1. ^ M\u00fcller, Hans (2001). \u201cDie Universit\u00e4t\u201d. Berlin: Verlag.\n"
                       .encode("cp1252"))
    p = cli("convert", legacy, "--to", "csl-json")
    assert p.returncode in (0, 1)
    assert b"w.txt:1:7" in p.stderr and b"input-legacy-encoding" in p.stderr
    items = json.loads(p.stdout)
    assert items[0]["author"][0]["family"] == "M\u00fcller"
    assert items[0]["title"] == "Die Universit\u00e4t"
    # A .bib in Latin-1 is read whole, not entry by entry dropped.
    bib = tmp_path / "l.bib"
    bib.write_bytes("@book{a, author = {J\u00fcrgen Habermas}, title = {\u00d6ffentlichkeit}, year = 1962}\n"
                    .encode("latin-1"))
    p = cli("convert", bib, "--to", "csl-json")
    assert b"input-legacy-encoding" in p.stderr and b"input-invalid-utf8" not in p.stderr
    assert json.loads(p.stdout)[0]["title"] == "\u00d6ffentlichkeit"


def test_utf16_input_with_its_byte_order_mark_is_read(cli, tmp_path):
    # Notepad's "Unicode" and PowerShell's ">" save UTF-16 with a byte order mark.
    text = "\ufeff1. ^ M\u00fcller, Hans (2001). \u201cDie Universit\u00e4t \u2013 \ubd81\u201d. Berlin: Verlag.\n"
    for codec in ("utf-16-le", "utf-16-be"):
        f = tmp_path / f"{codec}.txt"
        f.write_bytes(text.encode(codec))
        p = cli("convert", f, "--to", "csl-json")
        assert p.returncode in (0, 1)
        assert b"input-binary" not in p.stderr
        items = json.loads(p.stdout)
        assert items[0]["author"][0]["family"] == "M\u00fcller"
        assert items[0]["title"] == "Die Universit\u00e4t \u2013 \ubd81"
        # The note that says how the file was read (check prints notes, convert only warnings).
        assert b"input-utf16" in cli("check", f, check_rc=None).stdout + cli("check", f, check_rc=None).stderr
    # UTF-16 without its mark is still binary to citelib (its NUL bytes), with the position.
    bare = tmp_path / "bare.txt"
    bare.write_bytes(text[1:].encode("utf-16-le"))
    p = cli("convert", bare, "--to", "csl-json", check_rc=2)
    assert b"input-binary" in p.stderr


def test_json_syntax_error_has_line_and_column(cli, tmp_path):
    f = tmp_path / "bad.json"
    f.write_text('[\n  {"id": "1",,}\n]')
    p = cli("convert", f, "--from", "csl-json", check_rc=2)
    assert b"bad.json:2:" in p.stderr and b"json-syntax" in p.stderr


def test_json_file_is_read_as_json_whatever_it_holds(cli, tmp_path):
    # An array of arrays is JSON, not a pasted list: its items are reported, not made a title.
    nested = tmp_path / "nested.txt"
    nested.write_text("[[1], [2]]")
    p = cli("convert", nested, "--to", "csl-json", check_rc=2)
    assert b"nested.txt:1:2:" in p.stderr and b"json-not-items" in p.stderr
    # A file named .json is JSON: a list saved under that name gets the JSON error and position.
    named = tmp_path / "list.json"
    named.write_text('[1] Smith, J. (2001). "A". B.\n')
    p = cli("convert", named, "--to", "csl-json", check_rc=2)
    assert b"list.json:1:" in p.stderr and b"json-syntax" in p.stderr
    # Forced, it is read as the list it is.
    p = cli("convert", named, "--from", "reference-list", "--to", "csl-json", "--no-check")
    assert json.loads(p.stdout)[0]["title"] == "A"


def _long_csl_json(n):
    """n items, enough for several chunks; some repeat an earlier one (duplicate findings)."""
    items = []
    for i in range(n):
        twin = i - 30 if i % 101 == 70 else i
        items.append({"id": f"r{i}", "type": "article-journal", "title": f"Título {twin % 700} über",
                      "author": [{"family": "Müller", "given": "Ana"}], "container-title": "Revista",
                      "issued": {"date-parts": [[1990 + twin % 30, 1 + twin % 12]]},
                      "custom": {"backlinks": 1 + i % 3, "raw": f"item {i}"}})
    return json.dumps(items, ensure_ascii=False)


def test_long_file_streams_the_same_whatever_the_jobs(cli, tmp_path):
    src = tmp_path / "long.json"
    src.write_text(_long_csl_json(3000), encoding="utf-8")
    for to in ("biblatex", "csl-json"):
        runs = [cli("convert", src, "--to", to, "--jobs", jobs, check_rc=0) for jobs in (1, 2, 4)]
        assert runs[0].stdout == runs[1].stdout == runs[2].stdout
        assert runs[0].stderr == runs[1].stderr == runs[2].stderr
        assert runs[0].stderr.count(b"duplicate-reference") > 10
    entries = runs[0].stdout  # csl-json
    assert len(json.loads(entries)) == 3000


def test_late_syntax_error_writes_nothing(cli, tmp_path):
    # A syntax error in the last item voids the whole input before anything is written.
    src = tmp_path / "late.json"
    text = _long_csl_json(2000)
    src.write_text(text[:-2] + ', {"id": "x", "title": tru}]', encoding="utf-8")
    p = cli("convert", src, "--to", "biblatex", check_rc=2)
    assert p.stdout == b""
    assert b"late.json:1:" in p.stderr and b"json-syntax" in p.stderr


def test_late_syntax_error_into_a_file_says_what_stdout_says(cli, tmp_path):
    # Into a file, items are checked as they are read (one pass) and a late error takes back
    # what was written and found: the same failure, the destination untouched, no temporary.
    src = tmp_path / "late.json"
    text = _long_csl_json(3000)
    last_title = text.rfind('"title": ')
    for n, broken in enumerate((text[:-2] + ', {"id": "x", "title": tru}]',
                                text[:-2] + ", tru]",  # a scalar item: not read, but it is JSON
                                text[:last_title] + '"title" ' + text[last_title + 9:])):
        src.write_text(broken, encoding="utf-8")
        out = tmp_path / "out.bib"
        out.write_text("before")
        for jobs in ("1", "2"):
            to_file = cli("convert", src, "--to", "biblatex", "-o", out, "--jobs", jobs, "-v", check_rc=2)
            to_stdout = cli("convert", src, "--to", "biblatex", "--jobs", jobs, "-v", check_rc=2)
            assert to_stdout.stdout == b"" and to_file.stdout == b""
            assert to_file.stderr == to_stdout.stderr, n
            assert to_file.stderr.count(b"json-syntax") == 1 and b"duplicate-reference" not in to_file.stderr
            assert out.read_text() == "before"
            assert sorted(p.name for p in tmp_path.iterdir()) == ["late.json", "out.bib"]


def test_late_syntax_error_into_redirected_stdout_cuts_the_file_back(root, tmp_path):
    # stdout redirected to a regular file (`>` or `>>`) is cut back to where the output
    # started: a `>>` target keeps what it held, a `>` one ends empty, as with a pipe.
    import os
    import subprocess
    exe = os.environ.get("CITELIB_CLI") or str(root / "build" / "citelib")
    src = tmp_path / "late.json"
    text = _long_csl_json(3000)
    src.write_text(text[:-2] + ', {"id": "x", "title": tru}]', encoding="utf-8")
    piped = subprocess.run([exe, "convert", str(src), "--to", "biblatex", "-v"], capture_output=True)
    assert piped.returncode == 2 and piped.stdout == b""
    out = tmp_path / "out.bib"
    for mode, kept in (("wb", b""), ("ab", b"kept\n")):
        out.write_bytes(b"kept\n")
        with open(out, mode) as f:
            p = subprocess.run([exe, "convert", str(src), "--to", "biblatex", "-v"], stdout=f, stderr=subprocess.PIPE)
        assert p.returncode == 2 and p.stderr == piped.stderr
        assert out.read_bytes() == kept
    # A conversion that succeeds writes after what a `>>` target held.
    good = tmp_path / "good.json"
    good.write_text(text, encoding="utf-8")
    with open(out, "ab") as f:
        subprocess.run([exe, "convert", str(good), "--to", "biblatex"], stdout=f, stderr=subprocess.DEVNULL, check=True)
    whole = subprocess.run([exe, "convert", str(good), "--to", "biblatex"], capture_output=True, check=True).stdout
    assert out.read_bytes() == b"kept\n" + whole


def test_long_file_into_a_file_gets_what_stdout_would(cli, tmp_path):
    # One pass into a file, two to stdout: the same output and the same findings, in order;
    # more findings than the sink keeps in memory go through its temporary file.
    src = tmp_path / "long.json"
    src.write_text(_long_csl_json(30000), encoding="utf-8")
    out = tmp_path / "out.bib"
    to_file = cli("convert", src, "--to", "biblatex", "-o", out, "-v", check_rc=0)
    to_stdout = cli("convert", src, "--to", "biblatex", "-v", check_rc=0)
    assert out.read_bytes() == to_stdout.stdout
    assert to_file.stderr == to_stdout.stderr and to_file.stderr.count(b"duplicate-reference") > 100
    assert len(to_file.stderr) > 4 << 20  # past what the sink holds in memory


def test_output_file_gets_what_stdout_would(cli, root, tmp_path):
    src = root / "examples/north-korea-peru/north-korea-peru.txt"
    out = tmp_path / "refs.bib"
    cli("convert", src, "--to", "biblatex", "-o", out, "-q", check_rc=0)
    assert out.read_bytes() == cli("convert", src, "--to", "biblatex", "-q", check_rc=0).stdout
    assert [p.name for p in tmp_path.iterdir()] == ["refs.bib"]  # no temporary left


def test_failed_conversion_leaves_the_output_file_as_it_was(cli, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('[{"id": "1",')
    out = tmp_path / "out.json"
    out.write_text("before")
    p = cli("convert", bad, "--output", out, check_rc=2)
    assert b"bad.json:1:" in p.stderr
    assert out.read_text() == "before"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json", "out.json"]


def test_output_file_takes_one_document(cli, root, tmp_path):
    src = root / "examples/north-korea-peru/north-korea-peru.txt"
    p = cli("convert", src, src, "-o", tmp_path / "x.json", check_rc=2)
    assert b"--out-dir" in p.stderr
    assert not (tmp_path / "x.json").exists()


def test_unwritable_output_is_an_error(cli, root, tmp_path):
    src = root / "examples/north-korea-peru/north-korea-peru.txt"
    p = cli("convert", src, "-o", tmp_path / "no" / "such" / "dir.json", check_rc=2)
    assert b"cannot write" in p.stderr
    if os.path.exists("/dev/full"):
        # A full disk under stdout is an error, not a silent loss.
        exe = os.environ.get("CITELIB_CLI") or str(root / "build" / "citelib")
        for args in (["convert", str(src), "-q"], ["check", str(src)], ["render", "--style", "apa", "--items", str(src)]):
            with open("/dev/full", "wb") as full:
                p = subprocess.run([exe, *args], stdout=full, stderr=subprocess.PIPE)
            assert p.returncode == 2 and b"cannot write the output" in p.stderr, args


def test_output_to_a_pipe_is_written_in_place(cli, root, tmp_path):
    # A FIFO (or a device) given as --output is written to, not replaced by a renamed file.
    src = root / "examples/north-korea-peru/north-korea-peru.txt"
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    cli("convert", src, "-q", "-o", fifo, check_rc=0)
    reader.join(timeout=30)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert received and received[0] == cli("convert", src, "-q", check_rc=0).stdout


MOJIBAKE_LIST = (
    "1. ^ N\u00f8rsett, Syvert P. (1993). \u00abLa econom\u00eda\u00bb. El Comercio (en ingl\u00e9s). "
    "p\u00e1g. 49\u201352. Consultado el 3 de abril de 2020.\n"
    "2. ^ Garc\u00eda M\u00e1rquez, Gabriel (1967). Cien a\u00f1os de soledad. Buenos Aires: Sudamericana.\n"
)


def test_repair_encoding_gives_a_garbled_lists_values_repaired(cli, tmp_path):
    # UTF-8 read as Latin-1 and saved again, as the 2019 text dumps are.
    garbled = MOJIBAKE_LIST.encode("utf-8").decode("latin-1")
    path = tmp_path / "moji.txt"
    path.write_text(garbled, encoding="utf-8")
    clean_path = tmp_path / "clean.txt"
    clean_path.write_text(MOJIBAKE_LIST, encoding="utf-8")
    clean = json.loads(cli("convert", clean_path, check_rc=0).stdout)
    printed = cli("convert", path, check_rc=0)
    repaired = cli("convert", path, "--repair-encoding", check_rc=0)
    as_printed, as_repaired = json.loads(printed.stdout), json.loads(repaired.stdout)
    assert as_printed[0]["author"][0]["family"] == "N\u00c3\u00b8rsett"
    assert b"text-mojibake" in printed.stderr
    # Repaired, every field is what the clean list gives but the raw text, which stays as
    # printed (the checks still point at its garbled characters).
    for item in as_repaired:
        assert item["custom"].pop("raw") in garbled
    for item in clean:
        item["custom"].pop("raw")
    assert as_repaired == clean
    checked = cli("check", path, "--repair-encoding", "--format", "json", check_rc=None)
    codes = [d["code"] for d in json.loads(checked.stdout)]
    assert "list-mojibake-repaired" in codes and "list-mojibake-read" not in codes


def test_language_names_the_edition_of_a_list_without_wording(cli, tmp_path):
    # No "Retrieved"/"Consultado el": the reader cannot tell the edition, so the checks do not
    # guess which titles lack a language note until --language names it.
    path = tmp_path / "es-titles.txt"
    path.write_text(
        '1. ^ P\u00e9rez, Juan (2019). "La econom\u00eda peruana en el siglo veinte". El Comercio.\n'
        '2. ^ G\u00f3mez, Ana (2018). "Historia de la ciudad de Lima y sus barrios". La Rep\u00fablica.\n'
        '3. ^ Ruiz, Luis (2017). "Los pueblos andinos y la econom\u00eda campesina". Caretas.\n',
        encoding="utf-8")
    def codes(*extra):
        p = cli("check", path, "--format", "json", *extra, check_rc=None)
        return [d["code"] for d in json.loads(p.stdout)]
    assert "language-note-missing" not in codes()
    assert "language-note-missing" in codes("--language", "en")
    record = json.loads(cli("convert", path, "--language", "en", "--jsonl", check_rc=0).stdout.splitlines()[0])
    assert "language-note-missing" in [d["code"] for d in record["diagnostics"]]
