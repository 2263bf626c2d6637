"""citelib render: the references may be CSL-JSON, a .bib file or a pasted reference list."""


def test_render_reads_bib_files(cli, tmp_path):
    bib = tmp_path / "refs.bib"
    bib.write_text("@article{a, author = {M{\\\"u}ller, Hans}, title = {A study}, journal = {J},\n"
                   "  year = {2010}, volume = {5}, pages = {1--10}}\n"
                   "@book{b, title = {Broken, }\n", encoding="utf-8")
    p = cli("render", "--style", "apa", "--items", bib)
    assert "Müller, H. (2010). A study. J, 5, 1–10." in p.stdout.decode()
    assert b"refs.bib:3:" in p.stderr  # the broken entry is reported, the intact one rendered


def test_render_reads_pasted_lists(cli, root):
    p = cli("render", "--style", "ieee", "--items", root / "examples/north-korea-peru/north-korea-peru.txt")
    assert p.stdout.decode().startswith("[1] \u201cPer\u00fa expulsa al embajador de Corea del Norte,\u201d")


def test_render_json_syntax_error_voids_the_input(cli, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('[{"id": "a",,}]')
    p = cli("render", "--style", "apa", "--items", bad, check_rc=2)
    assert p.stdout == b"" and b"bad.json:1:" in p.stderr and b"json-syntax" in p.stderr
