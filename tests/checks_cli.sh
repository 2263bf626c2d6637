#!/usr/bin/env bash
# Behaviour of `citelib check` and of the warnings `citelib convert` prints: exit statuses,
# the compiler-style text form, the JSON form (docs/diagnostics.md) and --body.
# Usage: checks_cli.sh CITELIB_BINARY DATA_DIR
set -u
cl=$1
data=$2
failures=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
expect_status() {  # expected, actual, what
  [[ $2 -eq $1 ]] || fail "$3: exit status $2, expected $1"
}

# Findings at error severity: exit 1, text form with position and hint.
"$cl" check "$data/refs.json" --reference-date 2024-06-01 >"$tmp/out" 2>"$tmp/err"
expect_status 1 $? "check with a reversed page range"
grep -Eq '^.*refs\.json:[0-9]+:[0-9]+: error\[page-range-reversed\]: page range "52–49" ends before it starts$' "$tmp/out" ||
  fail "text form of page-range-reversed: $(cat "$tmp/out")"
grep -q '^  hint: ' "$tmp/out" || fail "no hint line"
grep -q 'warning\[duplicate-reference\]: reference 3 repeats reference 2' "$tmp/out" || fail "duplicate not reported"
grep -q 'info\[language-name-not-tag\]' "$tmp/out" || fail "language name not reported"
grep -q 'info\[access-date-missing\]: online references without an access date: 1 of 2 (reference 3)' "$tmp/out" ||
  fail "access date note: $(cat "$tmp/out")"
grep -q '3 references; 1 error, 1 warning, 2 notes' "$tmp/err" || fail "summary: $(cat "$tmp/err")"

# --min-severity filters what is shown, not the exit status.
"$cl" check "$data/refs.json" --min-severity error >"$tmp/out" 2>/dev/null
expect_status 1 $? "check --min-severity error"
[[ $(grep -c '\[' "$tmp/out") -eq 1 ]] || fail "--min-severity error shows $(cat "$tmp/out")"

# JSON form: an array of objects with the documented keys and types.
"$cl" check "$data/refs.json" --format json --body "$data/body.txt" >"$tmp/json" 2>"$tmp/err"
expect_status 1 $? "check --format json"
python3 - "$tmp/json" <<'PY' || fail "JSON form"
import json, sys
items = json.load(open(sys.argv[1]))
assert isinstance(items, list) and items, "not a non-empty array"
keys = {"code": str, "severity": str, "message": str, "hint": str, "references": list, "file": str,
        "line": int, "column": int, "end_line": int, "end_column": int, "offset": int, "length": int}
for d in items:
    for k, t in keys.items():
        assert isinstance(d[k], t), (k, d)
    assert d["severity"] in ("error", "warning", "info"), d
    assert all(isinstance(r, str) for r in d["references"]), d
codes = {(d["code"], tuple(d["references"])) for d in items}
assert ("page-range-reversed", ("1",)) in codes, codes
assert ("duplicate-reference", ("3", "2")) in codes, codes
assert ("marker-without-reference", ("9",)) in codes, codes
assert ("reference-unused", ("3",)) in codes, codes
marker = next(d for d in items if d["code"] == "marker-without-reference")
assert marker["file"].endswith("body.txt") and marker["line"] == 2 and marker["column"] == 29, marker
assert marker["length"] == 3 and marker["end_column"] == 32, marker
PY

# Nothing at error severity: exit 0 and no output.
"$cl" check "$data/clean.json" --reference-date 2024-06-01 >"$tmp/out" 2>/dev/null
expect_status 0 $? "check on a clean list"
[[ ! -s "$tmp/out" ]] || fail "clean list reported: $(cat "$tmp/out")"

# Usage errors: exit 2 with a message.
"$cl" check "$data/refs.json" --reference-date 2024-02-30 >/dev/null 2>"$tmp/err"
expect_status 2 $? "impossible --reference-date"
grep -q 'reference-date' "$tmp/err" || fail "no message for a bad --reference-date"
"$cl" check "$data/refs.json" --format xml >/dev/null 2>&1
expect_status 2 $? "unknown --format"
"$cl" check "$data/no-such-file.txt" >/dev/null 2>"$tmp/err"
expect_status 2 $? "missing input"
grep -q 'input-unreadable' "$tmp/err" || fail "no input-unreadable for a missing file"
"$cl" check "$data/refs.json" --body "$data/no-such-body.txt" >/dev/null 2>&1
expect_status 2 $? "missing body"
"$cl" check >/dev/null 2>&1 </dev/null
status=$?
[[ $status -eq 0 || $status -eq 1 ]] || fail "check on empty stdin: exit status $status"

# The catalogue, for tools.
"$cl" check --list-codes --format json >"$tmp/codes" 2>/dev/null
expect_status 0 $? "--list-codes"
python3 -c 'import json,sys; c={d["code"] for d in json.load(open(sys.argv[1]))}; assert {"date-invalid","reference-unused","duplicate-reference"} <= c' "$tmp/codes" ||
  fail "--list-codes JSON"

# convert: warnings on stderr, the output still written, exit 0.
"$cl" convert "$data/refs.json" >"$tmp/out" 2>"$tmp/err"
expect_status 0 $? "convert with findings"
grep -q 'page-range-reversed' "$tmp/err" || fail "convert did not print the check findings"
python3 -c 'import json,sys; assert len(json.load(open(sys.argv[1]))) == 3' "$tmp/out" || fail "convert output"
"$cl" convert --no-check "$data/refs.json" >/dev/null 2>"$tmp/err"
grep -q 'page-range-reversed' "$tmp/err" && fail "convert --no-check still checked"

# JSON Lines batches: each record is checked, against its body when it has one.
python3 - "$data/refs.json" "$tmp/dump.jsonl" <<'PY'
import json, sys
refs = open(sys.argv[1], encoding="utf-8").read()
with open(sys.argv[2], "w", encoding="utf-8") as out:
    out.write(json.dumps({"id": "with-body", "references": refs, "body": "Cited.[1][2] Stray.[9]"}) + "\n")
    out.write(json.dumps({"id": "no-body", "references": refs}) + "\n")
PY
"$cl" convert "$tmp/dump.jsonl" --jsonl -q >"$tmp/out" 2>/dev/null
python3 - "$tmp/out" <<'PY' || fail "JSON Lines records carry the check findings"
import json, sys
recs = {r["id"]: r for r in map(json.loads, open(sys.argv[1], encoding="utf-8"))}
codes = lambda r: {d["code"] for d in recs[r]["diagnostics"]}
assert {"page-range-reversed", "duplicate-reference", "marker-without-reference", "reference-unused"} <= codes("with-body"), codes("with-body")
assert "page-range-reversed" in codes("no-body") and "marker-without-reference" not in codes("no-body"), codes("no-body")
PY

if ((failures)); then
  echo "$failures failure(s)"
  exit 1
fi
echo "checks CLI: all passed"
