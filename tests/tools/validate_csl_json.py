#!/usr/bin/env python3
"""Validates citelib's CSL-JSON output against the official csl-data.json schema.

usage: validate_csl_json.py CITELIB SCHEMA INPUT...   (directories: every *.txt inside)

Runs `CITELIB convert INPUT --to csl-json` for each input and validates the output. Exits 0
when every output is valid, 1 otherwise; prints a skip message and exits 0 when the
jsonschema module is missing (scripts/setup.sh --test installs python3-jsonschema).
"""
import json
import pathlib
import subprocess
import sys


def inputs(args):
    for a in args:
        p = pathlib.Path(a)
        if p.is_dir():
            yield from sorted(x for x in p.glob("*.txt") if not x.name.endswith(".body.txt"))
        elif p.exists():
            yield p


def main():
    try:
        import jsonschema
    except ImportError:
        print("SKIP: python3-jsonschema is not installed")
        return 0
    citelib, schema_path, *paths = sys.argv[1:]
    schema = json.loads(pathlib.Path(schema_path).read_text(encoding="utf-8"))
    validator = jsonschema.Draft7Validator(schema)
    failures = 0
    count = 0
    for path in inputs(paths):
        out = subprocess.run([citelib, "convert", str(path), "--to", "csl-json"],
                             capture_output=True, text=True)
        if out.returncode != 0:
            print(f"FAIL {path}: citelib exited {out.returncode}: {out.stderr.strip()}")
            failures += 1
            continue
        data = json.loads(out.stdout)
        errors = sorted(validator.iter_errors(data), key=lambda e: list(e.path))
        count += 1
        if errors:
            failures += 1
            for e in errors[:10]:
                print(f"FAIL {path}: {'/'.join(map(str, e.path))}: {e.message}")
        else:
            print(f"ok   {path}: {len(data)} items valid")
    print(f"{count} outputs validated, {failures} failed")
    return 1 if failures or count == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
