#!/usr/bin/env python3
"""Fills (or replaces) the RESULT section of fixture files with citeproc-js's rendering.

    python3 bench/csl/fixture_fuzz/fill_result.py tests/data/csl_fixtures/NAME.txt...

For writing regression fixtures: write MODE, DESCRIPTION, CSL, INPUT (and CITATION-ITEMS or
CITATIONS) by hand, then let citeproc-js, the suite's reference, say what the output is.
Review the result against the specification before committing it.
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
files = sys.argv[1:]
ref = json.loads(subprocess.run(["node", os.path.join(HERE, "run_citeproc.js")] + files,
                                capture_output=True, text=True, check=True).stdout)
for f in files:
    name = os.path.splitext(os.path.basename(f))[0]
    r = ref[name]
    if "output" not in r:
        sys.exit(f"{f}: citeproc-js failed: {r.get('error')}")
    text = open(f, encoding="utf-8").read()
    block = f">>===== RESULT =====>>\n{r['output']}\n<<===== RESULT =====<<\n"
    pat = re.compile(r">>=+ RESULT =+>>\n.*?\n?<<=+ RESULT =+<<\n?", re.S)
    text = pat.sub(lambda m: block, text) if pat.search(text) else block + "\n" + text
    open(f, "w", encoding="utf-8").write(text)
    print(f"{f}:\n{r['output']}")
