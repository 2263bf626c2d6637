"""The Dask recipe (examples/dask_convert.py) on a local cluster with 2 worker processes gives
the same records as `citelib convert --jsonl` on the same shards."""
import importlib.util
import json
import os
import subprocess

import pytest

distributed = pytest.importorskip("distributed")
pytest.importorskip("dask.bag")


def load_recipe(root):
    spec = importlib.util.spec_from_file_location("dask_convert", root / "examples" / "dask_convert.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def make_shards(base, seed_text):
    base.mkdir()
    lists = [seed_text, "\n".join(seed_text.splitlines()[:10]), '[{"id": "1", "type": "book", "title": "J"}]']
    for s in range(3):
        with (base / f"shard{s}.jsonl").open("w", encoding="utf-8") as f:
            for i in range(7):
                f.write(json.dumps({"id": f"s{s}-a{i}", "references": lists[(s + i) % 3]}, ensure_ascii=False) + "\n")
            f.write("\n")                       # blank lines are skipped but counted
            f.write("{broken record\n")         # a failure, reported in its record
    return sorted(base.glob("*.jsonl"))


def test_recipe_matches_cli(tmp_path, root, seed_text):
    shards = make_shards(tmp_path / "in", seed_text)
    recipe = load_recipe(root)
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None)
    client = distributed.Client(cluster)
    try:
        summary = recipe.convert_shards(str(tmp_path / "in" / "*.jsonl"), tmp_path / "out", client=client)
    finally:
        client.close()
        cluster.close()
    assert summary == {"shards": 3, "records": 24, "failures": 3}

    cli = os.environ.get("CITELIB_CLI") or str(root / "build" / "citelib")
    for shard in shards:
        expected = subprocess.run([cli, "convert", str(shard), "--jsonl", "-q"], capture_output=True).stdout
        got = (tmp_path / "out" / shard.name).read_bytes()
        assert got == expected
        assert len(got.splitlines()) == 8
