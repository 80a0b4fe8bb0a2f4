#!/bin/sh
# cli.sh - the command as a user runs it: golden event lists of the example
# articles, stdin, CSV round trips, error messages and exit codes, and that a
# failed run leaves an existing output file exactly as it was.
# Run from the repository root with DATELINE set to the binary.
set -u
DL=${DATELINE:-./dateline}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fails=0
checks=0

ok() { checks=$((checks + 1)); }
fail() { checks=$((checks + 1)); fails=$((fails + 1)); echo "FAIL: $*"; }

# expect_exit CODE DESCRIPTION -- command...
expect_exit() {
    want=$1; what=$2; shift 3
    "$@" >"$T/out" 2>"$T/err"
    got=$?
    if [ "$got" -eq "$want" ]; then ok; else fail "$what: exit $got, want $want ($(head -c 300 "$T/err"))"; fi
}

# expect_err PATTERN DESCRIPTION: the last stderr matches the grep pattern
expect_err() {
    if grep -Eq -- "$1" "$T/err"; then ok; else fail "$2: stderr was: $(head -c 300 "$T/err")"; fi
}

# 1. golden event lists: every example and test article
for f in examples/*.txt tests/articles/*.txt; do
    [ -f "$f" ] || continue
    b=$(basename "$f" .txt)
    g=tests/golden/$b.csv
    if [ ! -f "$g" ]; then fail "no golden file $g"; continue; fi
    if "$DL" -q "$f" -o "$T/$b.csv" 2>"$T/err" && cmp -s "$g" "$T/$b.csv"; then
        ok
    else
        fail "events of $f differ from $g:"; diff "$g" "$T/$b.csv" | head -20
    fi
done

# 2. the starting article, when ../shared is there: exactly four events
seed=../shared/seeds/paris-summit-2026-01-06.txt
if [ -f "$seed" ]; then
    "$DL" "$seed" -o "$T/seed.csv" 2>"$T/err"
    dates=$(tail -n +2 "$T/seed.csv" | cut -d, -f1 | tr '\n' ' ')
    if [ "$dates" = "2014 2022 2025-11 2026-01-06 " ]; then ok; else fail "seed dates: $dates"; fi
    labels=$(tail -n +2 "$T/seed.csv" | cut -d, -f3 | tr '\n' '|')
    case "$labels" in
        Invasion\|Full-scale\ invasion\|Talks*\|*ummit*) ok ;;
        *) fail "seed labels: $labels" ;;
    esac
fi

# 3. stdin gives the same list as the file, and no -o means CSV on stdout
f=examples/river-floods-2025-02-14.txt
"$DL" -q "$f" 2>/dev/null | sed "s|$f:|<stdin>:|g" >"$T/a.csv"
cat "$f" | "$DL" -q - >"$T/b.csv" 2>/dev/null
if [ -s "$T/a.csv" ] && cmp -s "$T/a.csv" "$T/b.csv"; then ok; else fail "stdin differs from file"; fi
if head -n 1 "$T/a.csv" | grep -qx 'date,end,label,text,group,color,source'; then ok; else fail "CSV header"; fi

# 4. CSV and JSON round trips: written lists read back to the same list
"$DL" -q "$f" --events examples/events.csv -o "$T/all.csv"
"$DL" -q --events "$T/all.csv" -o "$T/again.csv"
if [ -s "$T/all.csv" ] && cmp -s "$T/all.csv" "$T/again.csv"; then ok; else fail "CSV round trip"; fi
"$DL" -q --events "$T/all.csv" -o "$T/all.json"
if python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert isinstance(d,list) and len(d)>3 and "label" in d[0]' "$T/all.json" 2>/dev/null; then ok
elif ! command -v python3 >/dev/null; then ok
else fail "JSON output"; fi

# 5. charts in every format from the same input
for x in png svg pdf; do
    if "$DL" -q "$f" --events examples/events.csv -o "$T/c.$x" && [ -s "$T/c.$x" ]; then ok; else fail "render .$x"; fi
done
if [ "$(head -c 8 "$T/c.png" | od -An -c | tr -d ' \n')" = "211PNG\r\n032\n" ]; then ok; else fail "PNG signature"; fi
if head -c 5 "$T/c.pdf" | grep -q '%PDF-'; then ok; else fail "PDF header"; fi
"$DL" -q "$f" --format svg -o - >"$T/stdout.svg"
if grep -q '<svg' "$T/stdout.svg"; then ok; else fail "--format svg -o -"; fi

# 6. help, version, usage errors
expect_exit 0 "--help" -- "$DL" --help
grep -q -- '--timeml' "$T/out" && ok || fail "--help lists --timeml"
expect_exit 0 "--version" -- "$DL" --version
grep -Eq '^dateline [0-9]+\.[0-9]+' "$T/out" && ok || fail "--version prints the version"
expect_exit 2 "unknown option" -- "$DL" --frobnicate
expect_exit 2 "no input" -- "$DL"
expect_exit 2 "bad --date" -- "$DL" "$f" --date 2023-02-30

# 7. bad input: FILE:LINE:COL messages, non-zero exit, nothing written
expect_exit 1 "missing file" -- "$DL" "$T/no-such-file.txt" -o "$T/x.png"
expect_err "^dateline: $T/no-such-file.txt:1:1: cannot open" "missing file message"
[ ! -e "$T/x.png" ] && ok || fail "missing input created an output"

printf 'date,label\n2023-01-05,Fine\n2023-02-30,Impossible\n' >"$T/bad-date.csv"
expect_exit 1 "impossible date" -- "$DL" --events "$T/bad-date.csv" -o "$T/y.csv"
expect_err "^dateline: $T/bad-date.csv:3:[0-9]+: .*2023-02-30" "impossible date message"

printf 'when,label\n2023-01-05,No date column\n' >"$T/no-date-col.csv"
expect_exit 1 "missing date column" -- "$DL" --events "$T/no-date-col.csv"
expect_err "^dateline: $T/no-date-col.csv:1:[0-9]+: .*date" "missing column message"

printf 'date,label\n2023-01-05,"unterminated\n' >"$T/malformed.csv"
# an existing output survives a failed run byte for byte
for x in png svg pdf csv json; do
    printf 'precious %s\n' "$x" >"$T/keep.$x"
    cp "$T/keep.$x" "$T/keep.$x.orig"
    expect_exit 1 "malformed CSV to .$x" -- "$DL" --events "$T/malformed.csv" -o "$T/keep.$x"
    cmp -s "$T/keep.$x" "$T/keep.$x.orig" && ok || fail "failed run changed keep.$x"
done
expect_err "^dateline: $T/malformed.csv:[0-9]+:[0-9]+: " "malformed CSV message"
leftover=$(ls "$T" | grep -c '^\.\?keep\..*\.tmp\|dateline-' || true)
[ "$leftover" -eq 0 ] && ok || fail "temporary files left behind"

printf 'Caf\351 owners met on 3 May 2021.\n' >"$T/latin1.txt"
expect_exit 1 "Latin-1 article" -- "$DL" "$T/latin1.txt"
expect_err "^dateline: $T/latin1.txt:1:4: invalid UTF-8" "Latin-1 message"

# 8. no article date: a warning, relative dates unresolved, absolute ones kept
printf 'The dam flooded in 2018. Talks resumed on Tuesday.\n' >"$T/nodate.txt"
expect_exit 0 "article without a date" -- "$DL" "$T/nodate.txt"
expect_err "no article date" "warning about the missing article date"
if grep -q '^2018,' "$T/out" && ! grep -qi 'resum' "$T/out"; then ok; else fail "undated article: $(cat "$T/out")"; fi
expect_exit 0 "--date override" -- "$DL" "$T/nodate.txt" --date 2026-01-09
grep -q '^2026-01-06,' "$T/out" && ok || fail "--date: Tuesday before 2026-01-09 is 2026-01-06: $(cat "$T/out")"

# 9. --max-events keeps the most mentioned events and every CSV event
n=$("$DL" -q "$f" --events examples/events.csv -n 5 | tail -n +2 | wc -l)
[ "$n" -eq 5 ] && ok || fail "--max-events 5 with 4 CSV events gave $n events"
"$DL" -q "$f" --events examples/events.csv -n 2 >"$T/out"
[ "$(grep -c 'notes\|Field visit' "$T/out")" -eq 4 ] && ok || fail "--max-events dropped CSV events: $(cat "$T/out")"
expect_exit 2 "bad --max-events" -- "$DL" "$f" -n 0

# 10. several articles merge into one list, each event with its sources
"$DL" -q examples/river-floods-2025-02-14.txt examples/river-floods-2025-02-14.txt -o "$T/twice.csv"
"$DL" -q examples/river-floods-2025-02-14.txt -o "$T/once.csv"
[ "$(wc -l <"$T/twice.csv")" -eq "$(wc -l <"$T/once.csv")" ] && ok || fail "the same article twice gave more events"

# 11. UTF-16 with a byte-order mark is converted; an empty article warns
printf '\377\376d\000a\000t\000e\000 \0002\0000\0002\0004\000-\0000\0001\000-\0000\0002\000\n\000\n\000T\000a\000l\000k\000s\000 \000o\000p\000e\000n\000e\000d\000 \000o\000n\000 \000M\000o\000n\000d\000a\000y\000.\000\n\000' >"$T/u16.txt"
expect_exit 0 "UTF-16 article" -- "$DL" "$T/u16.txt"
grep -q '^2024-01-01,' "$T/out" && ok || fail "UTF-16 article: $(cat "$T/out")"
: >"$T/empty.txt"
expect_exit 0 "empty article" -- "$DL" "$T/empty.txt"
expect_err "empty" "empty article warning"

# 12. an output that is also an input is refused before anything is read or written
cp examples/events.csv "$T/in.csv"
expect_exit 2 "output equal to input" -- "$DL" --events "$T/in.csv" -o "$T/in.csv"
cmp -s "$T/in.csv" examples/events.csv && ok || fail "output equal to input changed the input"
expect_err "also an input" "output equal to input message"
ln -s "$T/in.csv" "$T/link.csv"
expect_exit 2 "output is a link to the input" -- "$DL" --events "$T/in.csv" -o "$T/link.csv"

# 13. a clock time takes the day named after it: one event, not two
printf 'date 2022-06-15\n\nRebels seized the town on Monday.\n\nJets bombed rebel positions at 2:30 p.m. on Tuesday, the army said.\n' >"$T/time.txt"
"$DL" -q "$T/time.txt" >"$T/out"
grep -q '^2022-06-14T14:30,' "$T/out" && ! grep -q '^2022-06-14,' "$T/out" && ok || fail "time + day: $(cat "$T/out")"

echo "cli.sh: $checks checks, $fails failed"
[ "$fails" -eq 0 ]
