#!/bin/sh
# csv.sh - CSV in and CSV / JSON out through the command line.
# Run from the repository root with $DATELINE = the binary (make check-sh).
# Every error case in tests/csv (NAME.want starting "error: L:C: msg") must
# print "dateline: FILE:L:C: msg", exit non-zero and leave an existing
# output file exactly as it was; the JSON written must be valid JSON.
set -u
DL=${DATELINE:-./dateline}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT INT TERM
pass=0 failed=0
ok() { pass=$((pass + 1)); }
fail() { failed=$((failed + 1)); echo "csv.sh: FAIL: $*" >&2; }

# Error cases: message, exit status, output untouched.
for want in tests/csv/*.want; do
    first=$(head -n 1 "$want")
    case $first in error:*) ;; *) continue ;; esac
    in=${want%.want}.csv
    msg="dateline: $in:${first#error: }"
    for x in csv json; do
        printf 'keep me\n' >"$T/out.$x"
        "$DL" --events "$in" -o "$T/out.$x" 2>"$T/err" >/dev/null
        rc=$?
        if [ $rc -eq 0 ]; then fail "$in: exit status 0"; else ok; fi
        if grep -qxF "$msg" "$T/err"; then ok; else
            fail "$in: stderr is '$(head -c 300 "$T/err")', want '$msg'"
        fi
        if [ "$(cat "$T/out.$x")" = "keep me" ]; then ok; else fail "$in: output .$x changed"; fi
    done
done

# Good cases: the list written as CSV is the .want file (minus a warning).
for want in tests/csv/*.want; do
    case $(head -n 1 "$want") in error:*) continue ;; esac
    in=${want%.want}.csv
    grep -v '^warning: ' "$want" >"$T/want.csv"
    if "$DL" -q --events "$in" -o "$T/got.csv" 2>"$T/err"; then ok; else
        fail "$in: $(cat "$T/err")"; continue
    fi
    # the CLI sorts by date, the library keeps file order: compare sorted
    if [ "$(sort "$T/want.csv")" = "$(sort "$T/got.csv")" ]; then ok; else
        fail "$in: written list differs"; diff "$T/want.csv" "$T/got.csv" | head -10 >&2
    fi
done

# The unknown-columns warning names the columns, once, on stderr.
"$DL" --events tests/csv/unknown-columns.csv >/dev/null 2>"$T/err"
if [ "$(grep -c "warning: ignoring unknown columns 'notes', 'Colour'" "$T/err")" = 1 ]; then ok; else
    fail "unknown-columns warning: $(cat "$T/err")"
fi
"$DL" -q --events tests/csv/unknown-columns.csv >/dev/null 2>"$T/err"
if [ ! -s "$T/err" ]; then ok; else fail "-q still warns"; fi

# Awkward text survives CSV -> CSV -> CSV and becomes valid JSON.
printf '%s\n' 'date,end,label,text,group,color,source,url' \
    '2014,,"Comma, ""quote""","two' 'lines",Lane,#00ff00,src,"https://example.org/?a=1,2"' \
    '2025-11,2026,Κρίση,"tab	and ctrl",,,,' \
    '-0044-03-15,,Встреча 😀, lead and trail ,,,,' >"$T/awk.csv"
"$DL" -q --events "$T/awk.csv" -o "$T/a1.csv" && "$DL" -q --events "$T/a1.csv" -o "$T/a2.csv"
if [ -s "$T/a1.csv" ] && cmp -s "$T/a1.csv" "$T/a2.csv"; then ok; else fail "awkward CSV round trip"; fi
"$DL" -q --events "$T/a1.csv" -o "$T/a.json"
if command -v python3 >/dev/null 2>&1; then
    if python3 -m json.tool "$T/a.json" >/dev/null 2>"$T/err"; then ok; else fail "JSON invalid: $(cat "$T/err")"; fi
    if python3 - "$T/a.json" <<'EOF'; then ok; else fail "JSON content"; fi
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
keys = ["date", "end", "label", "text", "group", "color", "source", "url"]
assert all(list(o) == keys for o in d), d
by = {o["date"]: o for o in d}
assert by["2014"]["label"] == 'Comma, "quote"' and by["2014"]["text"] == "two\nlines"
assert by["2014"]["color"] == "#00ff00" and by["2014"]["end"] is None
assert by["2014"]["url"] == "https://example.org/?a=1,2" and by["2025-11"]["url"] == ""
assert by["2025-11"]["end"] == "2026" and by["2025-11"]["text"] == "tab\tand ctrl"
assert by["-0044-03-15"]["label"] == "Встреча 😀"
EOF
fi

echo "csv.sh: $pass passed, $failed failed"
[ "$failed" -eq 0 ]
