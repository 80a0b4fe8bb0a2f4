#!/bin/sh
# nospace.sh - real write failures: a 64 KiB tmpfs fills up while dateline
# writes a chart bigger than that.  The command must fail (exit 3) with a
# message, the previous output must be intact and no temporary file may
# remain.  Needs root and a mount that works; otherwise skipped with a note.
# Run from the repository root with $DATELINE = the binary.
set -u
DL=${DATELINE:-./dateline}
case $DL in /*) ;; *) DL=$(pwd)/$DL ;; esac
T=$(mktemp -d)
M=$T/small
mkdir -p "$M"
cleanup() { umount "$M" 2>/dev/null; rm -rf "$T"; }
trap cleanup EXIT INT TERM
if [ "$(id -u)" != 0 ] || ! mount -t tmpfs -o size=64k tmpfs "$M" 2>/dev/null; then
    echo "nospace.sh: skipped: cannot mount a small tmpfs (needs root and mount permission)"
    exit 0
fi
pass=0 failed=0
fail() { failed=$((failed + 1)); echo "nospace.sh: FAIL: $*" >&2; }
# events enough for outputs well over 64 KiB
awk 'BEGIN{print "date,label,text"; for(i=0;i<400;i++) printf "%d-%02d-%02d,Event number %d,Text of event %d with some words\n", 1900+i%120, 1+i%12, 1+i%28, i, i}' >"$T/in.csv"
for x in png svg pdf csv json; do
    printf 'previous %s output\n' "$x" >"$M/out.$x"
    # fill the rest of the disk but leave a little room
    head -c 40000 /dev/zero >"$M/filler" 2>/dev/null
    "$DL" -q --events "$T/in.csv" --width 3000 -o "$M/out.$x" 2>"$T/err"
    rc=$?
    if [ $rc -eq 3 ]; then pass=$((pass + 1)); else fail "$x: exit $rc, want 3 ($(cat "$T/err"))"; fi
    if grep -q "No space left on device" "$T/err"; then pass=$((pass + 1)); else
        fail "$x: stderr '$(cat "$T/err")' does not say No space left on device"
    fi
    if [ "$(cat "$M/out.$x")" = "previous $x output" ]; then pass=$((pass + 1)); else
        fail "$x: the previous output was changed"
    fi
    if ls -A "$M" | grep -q '^\.dateline-tmp-'; then fail "$x: a temporary file remains"; else
        pass=$((pass + 1))
    fi
    rm -f "$M/filler" "$M/out.$x"
done
# with room again the same command works
"$DL" -q --events "$T/in.csv" -o "$M/out.csv" && [ -s "$M/out.csv" ] && pass=$((pass + 1)) ||
    fail "writing with room to spare failed"
echo "nospace.sh: $pass passed, $failed failed"
[ "$failed" -eq 0 ]
