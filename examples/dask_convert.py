#!/usr/bin/env python3
"""Convert JSON Lines dumps of reference lists with Dask, one output shard per input shard.

Each input line is a record {"id": ..., "references": "<list text>", "body": "<optional>"};
each output line is the record `citelib convert --jsonl` writes for it (same code underneath:
citelib.Converter). Shards are converted in parallel on the Dask workers.

    # local: a LocalCluster with 2 worker processes
    python3 examples/dask_convert.py 'dumps/*.jsonl' out/ --workers 2
    # a real cluster: start `dask-scheduler` and `dask-worker tcp://HOST:8786` on the nodes
    # (each with citelib importable), and give the scheduler address
    python3 examples/dask_convert.py '/shared/dumps/*.jsonl' /shared/out --scheduler tcp://HOST:8786

On a real cluster the input and output paths must be visible to every worker (a shared file
system), because workers read their shard and write its output themselves.
"""
import argparse
import glob
import json
import os
import pathlib
import sys


def convert_shard(path, out_dir, to="csl-json"):
    """Converts one shard; runs on a worker. Returns (shard, records, failures)."""
    import citelib  # imported on the worker

    converter = citelib.Converter(to)
    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    records = converter.jsonl_records(lines, source=path)
    out = pathlib.Path(out_dir) / (pathlib.Path(path).stem + ".jsonl")
    tmp = out.with_name(out.name + f".tmp.{os.getpid()}")
    tmp.write_text("".join(r + "\n" for r in records), encoding="utf-8")
    os.replace(tmp, out)  # atomic: an interrupted run leaves no half-written shard
    # Only records that mention "error" are decoded (most do not), to keep this cheap.
    failures = sum(1 for r in records if '"error":' in r and "error" in json.loads(r))
    return str(path), len(records), failures


def convert_shards(pattern, out_dir, to="csl-json", client=None):
    """Converts every shard matching `pattern` into `out_dir`; returns a summary dict."""
    import dask.bag as db

    shards = sorted(glob.glob(pattern))
    pathlib.Path(out_dir).mkdir(parents=True, exist_ok=True)
    bag = db.from_sequence(shards, npartitions=max(1, len(shards)))
    results = bag.map(convert_shard, out_dir=str(out_dir), to=to)
    done = results.compute(scheduler=client) if client is not None else results.compute()
    return {
        "shards": len(done),
        "records": sum(n for _, n, _ in done),
        "failures": sum(f for _, _, f in done),
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pattern", help="glob of JSON Lines shards")
    ap.add_argument("out_dir")
    ap.add_argument("--to", default="csl-json")
    group = ap.add_mutually_exclusive_group()
    group.add_argument("--workers", type=int, default=2, help="local worker processes")
    group.add_argument("--scheduler", help="address of a running Dask scheduler")
    args = ap.parse_args(argv)

    from distributed import Client, LocalCluster

    if args.scheduler:
        client = Client(args.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        summary = convert_shards(args.pattern, args.out_dir, args.to, client=client)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    print(json.dumps(summary))
    return 1 if summary["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
