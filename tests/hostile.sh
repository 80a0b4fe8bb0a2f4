#!/bin/sh
# hostile.sh - every row of tests/hostile.tsv: hostile inputs must give a
# clear error or a documented result, never a crash or a hang, and never
# touch an existing output on error.  Run from the repository root with
# $DATELINE = the binary (make check-sh); HOSTILE_SLOW=1 (make check-slow)
# adds the full-size cases.  Each case is timed.
set -u
DL=${DATELINE:-./dateline}
case $DL in /*) ;; *) DL=$(pwd)/$DL ;; esac
R=$(pwd)
TSV=$R/tests/hostile.tsv
SLOW=${HOSTILE_SLOW:-0}
T=$(mktemp -d)
MOUNTS=$T/.mounts
: >"$MOUNTS"
cleanup() {
    while read -r m; do umount "$m" 2>/dev/null; done <"$MOUNTS"
    chmod -R u+w "$T" 2>/dev/null
    rm -rf "$T"
}
trap cleanup EXIT INT TERM
pass=0 failed=0 skipped=0 xfail=0
fail() { failed=$((failed + 1)); echo "hostile.sh: FAIL: $*" >&2; }
now() { date +%s.%N 2>/dev/null || date +%s; }

# ro_dir DIR: make DIR read-only for real.  root ignores permissions, so
# root bind-mounts it read-only; exit 77 (skip) when that is not allowed.
ro_dir() {
    if [ "$(id -u)" != 0 ]; then chmod 555 "$1"; return 0; fi
    mount --bind "$1" "$1" 2>/dev/null || { echo "cannot bind-mount (not permitted here)"; exit 77; }
    echo "$(cd "$1" && pwd)" >>"$MOUNTS"
    mount -o remount,ro,bind "$1" 2>/dev/null || { echo "cannot remount read-only"; exit 77; }
}
export DL R

tab=$(printf '\t')
n=0
while IFS="$tab" read -r name mode setup cmd want_rc want_err after gives; do
    case $name in ''|'#'*) continue ;; esac
    n=$((n + 1))
    if [ "$mode" = ref ]; then
        # the CSV case files and their expected result, checked by csv.sh
        wantf=tests/csv/$setup.want
        if [ -f "tests/csv/$setup.csv" ] && [ -f "$wantf" ]; then :; else
            fail "$name: tests/csv/$setup.csv or .want missing"; continue
        fi
        first=$(head -n 1 "$wantf")
        case $first in error:*) got_rc=1 ;; *) got_rc=0 ;; esac
        if [ "$got_rc" != "$want_rc" ]; then
            fail "$name: tests/csv/$setup.want says '$first', table says exit $want_rc"
        elif printf '%s\n' "$first" | grep -qE -e "$want_err"; then
            pass=$((pass + 1))
        else
            fail "$name: tests/csv/$setup.want says '$first', table wants /$want_err/"
        fi
        continue
    fi
    if [ "$mode" = slow ] && [ "$SLOW" != 1 ]; then
        skipped=$((skipped + 1))
        continue
    fi
    D=$T/$name
    mkdir -p "$D"
    if [ "$setup" != - ]; then
        (cd "$D" && eval "$setup") >"$T/setup.out" 2>&1
        src=$?
        if [ $src -eq 77 ]; then
            echo "hostile.sh: skip $name: $(cat "$T/setup.out")"
            skipped=$((skipped + 1)); continue
        elif [ $src -ne 0 ]; then
            fail "$name: setup failed: $(head -c 300 "$T/setup.out")"; continue
        fi
    fi
    limit=60
    [ "$mode" = slow ] && limit=900
    t0=$(now)
    (cd "$D" && eval "timeout $limit $cmd") >"$T/out" 2>"$T/err"
    rc=$?
    t1=$(now)
    secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.1f", b - a}')
    bad=""
    if [ $rc -eq 124 ]; then bad="timed out after ${limit}s (hang?)"
    elif [ $rc -ge 128 ]; then bad="killed by signal $((rc - 128)) (crash)"
    elif [ "$rc" != "$want_rc" ]; then bad="exit $rc, want $want_rc"
    elif ! grep -qE -e "$want_err" "$T/err" && ! { [ "$want_err" = '^$' ] && [ ! -s "$T/err" ]; }; then
        bad="stderr '$(head -c 300 "$T/err")' does not match /$want_err/"
    elif [ "$after" != - ] && ! (cd "$D" && eval "$after"); then
        bad="after-check failed: $after"
    elif ls -A "$D" | grep -q '^\.dateline-tmp-'; then
        bad="a temporary file remains"
    fi
    if [ "$mode" = todo ]; then
        if [ -n "$bad" ]; then
            xfail=$((xfail + 1))
            echo "hostile.sh: XFAIL $name (${secs}s): $bad"
        else
            fail "$name: XPASS: the known defect is fixed: update the row in tests/hostile.tsv"
        fi
    elif [ -n "$bad" ]; then
        fail "$name (${secs}s): $bad"
    else
        pass=$((pass + 1))
        echo "hostile.sh: ok $name (${secs}s)"
    fi
    # big inputs go at once
    rm -rf "$D" 2>/dev/null || true
done <"$TSV"

[ "$n" -ge 30 ] || fail "only $n cases read from $TSV"
echo "hostile.sh: $pass passed, $failed failed, $xfail known failures, $skipped skipped"
[ "$failed" -eq 0 ]
