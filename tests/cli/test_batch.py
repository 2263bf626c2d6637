"""citelib convert on many inputs: directories, JSON Lines, parallel workers, failure
isolation and atomic output."""
import json


def csl(items):
    return json.dumps(items, ensure_ascii=False)


GOOD_A = [{"id": "1", "type": "book", "title": "Alpha", "issued": {"date-parts": [[2001]]}}]
GOOD_B = [{"id": "1", "type": "webpage", "title": "Béta ☃", "URL": "https://example.org"}]


def make_tree(base):
    (base / "sub").mkdir(parents=True)
    (base / "a.json").write_text(csl(GOOD_A), encoding="utf-8")
    (base / "sub" / "b.json").write_text(csl(GOOD_B), encoding="utf-8")
    (base / "binary.json").write_bytes(b"\x00\x01\x02binary")
    (base / "badutf8.json").write_bytes(b'[{"id": "1", "title": "\xff"}]')
    (base / "empty.json").write_bytes(b"")
    (base / "broken.json").write_text('[{"id": "1", "title": "unterminated}]')
    return base


def test_directory_with_broken_files(cli, tmp_path):
    src = make_tree(tmp_path / "in")
    out = tmp_path / "out"
    p = cli("convert", src, "--from", "csl-json", "--to", "csl-json", "--out-dir", out, "--jobs", "2")
    assert p.returncode == 1, p.stderr
    # Good inputs are written, mirroring the tree, with the same content as a single conversion.
    assert json.loads((out / "a.json").read_text(encoding="utf-8")) == GOOD_A
    assert json.loads((out / "sub" / "b.json").read_text(encoding="utf-8")) == GOOD_B
    # Broken inputs are named with a reason and produce no file.
    err = p.stderr.decode()
    for name, reason in [("binary.json", "binary"), ("badutf8.json", "UTF-8"), ("empty.json", "empty"),
                         ("broken.json", "json-syntax")]:
        line = next((l for l in err.splitlines() if name in l and "failed" in l), None)
        assert line is not None and reason in line, (name, err)
        assert not (out / name).exists()
    assert "6 articles" in err and "4 failed" in err
    # Atomic writes leave no temporary files behind.
    assert sorted(p.name for p in out.rglob("*") if p.is_file()) == ["a.json", "b.json"]


def test_glob_filters_directory_files(cli, tmp_path):
    src = make_tree(tmp_path / "in")
    out = tmp_path / "out"
    cli("convert", src, "--from", "csl-json", "--out-dir", out, "--glob", "a.*", check_rc=0)
    assert [p.name for p in out.rglob("*") if p.is_file()] == ["a.json"]


def write_jsonl(path, n):
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            items = [{"id": str(j), "type": "book", "title": f"T{i}-{j}"} for j in range(1 + i % 5)]
            f.write(json.dumps({"id": f"art{i}", "references": csl(items)}) + "\n")
        f.write("{not json\n")
        f.write(json.dumps({"id": "no-refs"}) + "\n")


def test_jsonl_in_and_out_is_ordered_whatever_the_jobs(cli, tmp_path):
    src = tmp_path / "dump.jsonl"
    write_jsonl(src, 200)
    outs = []
    for jobs in ("1", "4"):
        p = cli("convert", src, "--from", "jsonl", "--jsonl", "--jobs", jobs, "-q")
        assert p.returncode == 1
        outs.append(p.stdout)
    assert outs[0] == outs[1]
    records = [json.loads(l) for l in outs[0].decode().splitlines()]
    assert [r["id"] for r in records[:200]] == [f"art{i}" for i in range(200)]
    assert records[7]["items"][0]["title"] == "T7-0" and records[7]["references"] == 3
    assert "error" in records[200] and "error" in records[201]


def test_jsonl_to_directory_uses_record_ids(cli, tmp_path):
    src = tmp_path / "dump.jsonl"
    write_jsonl(src, 3)
    out = tmp_path / "out"
    assert cli("convert", src, "--out-dir", out, "-q").returncode == 1
    assert sorted(p.name for p in out.iterdir()) == ["art0.json", "art1.json", "art2.json"]


def test_hostile_record_ids_stay_inside_the_output_directory(cli, tmp_path):
    src = tmp_path / "dump.jsonl"
    src.write_text(json.dumps({"id": "../../escape", "references": csl(GOOD_A)}) + "\n")
    out = tmp_path / "out"
    p = cli("convert", src, "--from", "jsonl", "--out-dir", out)
    assert p.returncode == 1 and b"escapes" in p.stderr
    assert not (tmp_path / "escape.json").exists()


def test_directory_of_pasted_lists(cli, tmp_path, root):
    """Reference lists as people paste them: good ones converted exactly as one at a time,
    broken ones (binary, damaged UTF-8, empty) reported; unbalanced quotes are not a failure:
    the reference is kept with its raw text and a diagnostic, and a list saved in Latin-1 is
    read as such, with a warning."""
    src = tmp_path / "lists"
    src.mkdir()
    seed = (root / "examples/north-korea-peru/north-korea-peru.txt").read_text(encoding="utf-8")
    (src / "seed.txt").write_text(seed, encoding="utf-8")
    (src / "quotes.txt").write_text(
        '  1. ^ "Unbalanced title. Europa Press. 2017-09-11.\n  2. ^ "Fine". Andina. 2018-01-04.\n',
        encoding="utf-8")
    (src / "binary.txt").write_bytes(b"  1. ^ \x00\x01 binary")
    (src / "latin1.txt").write_bytes("  1. ^ \"Perú\". Andina. 2018-01-04.\n".encode("latin-1"))
    (src / "damaged.txt").write_bytes(b"  1. ^ \"Per\xc3\". Andina. \xe2\x80\x93 2018.\n")
    (src / "empty.txt").write_bytes(b"\n\n")
    out = tmp_path / "out"
    p = cli("convert", src, "--out-dir", out, "--jobs", "2")
    assert p.returncode == 1
    err = p.stderr.decode()
    for name in ("binary.txt", "damaged.txt", "empty.txt"):
        assert any(name in l and "failed" in l for l in err.splitlines()), (name, err)
    assert sorted(x.name for x in out.iterdir()) == ["latin1.json", "quotes.json", "seed.json"]
    assert json.loads((out / "latin1.json").read_text(encoding="utf-8"))[0]["title"] == "Perú"
    single = cli("convert", src / "seed.txt", check_rc=0).stdout
    assert json.loads((out / "seed.json").read_text(encoding="utf-8")) == json.loads(single)
    quotes = json.loads((out / "quotes.json").read_text(encoding="utf-8"))
    assert [q["id"] for q in quotes] == ["1", "2"]
    assert quotes[0]["custom"]["raw"].startswith('"Unbalanced title.')
    assert quotes[1]["title"] == "Fine"
