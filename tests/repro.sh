#!/bin/sh
# repro.sh - byte-identical charts (issue 6, item 2).  Run with $DATELINE =
# path to the binary.
#
# The same input and options must give the same PNG, SVG and PDF bytes:
#   - run twice in a row;
#   - written to stdout ('-o -') as to a file;
#   - from another working directory, with HOME, the XDG directories,
#     TZ, the locale and fontconfig's own configuration (FONTCONFIG_FILE,
#     with a cache directory of its own) all changed: nothing of the
#     machine's or the user's may leak into the bytes, and nothing may be
#     written into the user's cache;
#   - with SOURCE_DATE_EPOCH set: the same bytes run after run, the PDF
#     creation date taken from it, PNG and SVG unchanged by it.
set -u
: "${DATELINE:?set DATELINE to the dateline binary}"
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
fails=0
checks=0

# Failures go to a file too: some checks run in subshells.
fail() { echo "repro.sh: FAIL: $*" >&2; echo "$*" >>"$tmp/failures"; }

art="$root/examples/river-floods-2025-02-14.txt"
csv="$root/examples/events.csv"
utf8="$here/data/render-utf8.csv"
lanes="$here/data/render-lanes.csv"
spans="$here/data/render-spans.csv"

# The cases: a name and the options (inputs are absolute paths, so the
# working directory does not change what is read).
cases='article|'"$art"' --events '"$csv"' --title Floods --subtitle Tana --source Credit
utf8|--events '"$utf8"' --title Ünïcödé --theme dark
lanes|--events '"$lanes"' --layout vertical --theme print --width 12cm
spans|--events '"$spans"' --background transparent --dpi 192'

# render DIR: every case in every format into DIR, in the current
# environment and working directory.
render() {
    mkdir -p "$1"
    echo "$cases" | while IFS='|' read -r name opts; do
        for x in png svg pdf; do
            # shellcheck disable=SC2086
            "$DATELINE" -q $opts -o "$1/$name.$x" 2>"$1/$name.$x.err" ||
                echo "dateline failed: $name.$x: $(cat "$1/$name.$x.err")" >>"$1/FAILED"
        done
    done
    [ ! -e "$1/FAILED" ] || { fail "$(cat "$1/FAILED")"; rm -f "$1/FAILED"; }
}

# same A B WHAT: every chart in directory A has the same bytes in B.
same() {
    n=0
    for f in "$1"/*.png "$1"/*.svg "$1"/*.pdf; do
        [ -f "$f" ] || continue
        b=$(basename "$f")
        n=$((n + 1))
        if ! cmp -s "$f" "$2/$b"; then
            fail "$3: $b differs ($(cmp "$f" "$2/$b" 2>&1 | head -1))"
        fi
    done
    [ "$n" -eq 12 ] || fail "$3: $n charts, want 12"
    checks=$((checks + 1))
}

cd "$tmp" || exit 1
unset SOURCE_DATE_EPOCH

# 1. Twice in a row.
render "$tmp/a"
render "$tmp/b"
same "$tmp/a" "$tmp/b" "second run"

# 2. stdout gives the file's bytes.
for x in png svg pdf; do
    "$DATELINE" -q "$art" --events "$csv" --title Floods --subtitle Tana --source Credit \
        -f "$x" -o - >"$tmp/stdout.$x" 2>/dev/null || fail "dateline -o - -f $x failed"
    cmp -s "$tmp/a/article.$x" "$tmp/stdout.$x" || fail "-o - gives other $x bytes than -o FILE"
done
checks=$((checks + 1))

# 3. Another working directory, home, XDG directories, time zone, locale
#    and fontconfig configuration (with its own cache directory).
mkdir -p "$tmp/home/cache" "$tmp/home/config" "$tmp/home/data" "$tmp/fc-cache" "$tmp/cwd/sub"
cat >"$tmp/fonts.conf" <<EOF
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>$tmp/home/data</dir>
  <cachedir>$tmp/fc-cache</cachedir>
  <match target="pattern"><edit name="family" mode="prepend"><string>DejaVu Serif</string></edit></match>
  <match target="font"><edit name="hintstyle" mode="assign"><const>hintfull</const></edit></match>
</fontconfig>
EOF
(
    cd "$tmp/cwd/sub" || exit 1
    HOME="$tmp/home" XDG_CACHE_HOME="$tmp/home/cache" XDG_CONFIG_HOME="$tmp/home/config"
    XDG_DATA_HOME="$tmp/home/data" XDG_DATA_DIRS="$tmp/home/data"
    FONTCONFIG_FILE="$tmp/fonts.conf" TZ=Pacific/Kiritimati LC_ALL=C.UTF-8 LANG=de_DE.UTF-8
    export HOME XDG_CACHE_HOME XDG_CONFIG_HOME XDG_DATA_HOME XDG_DATA_DIRS FONTCONFIG_FILE TZ LC_ALL LANG
    render "$tmp/c"
) || fail "rendering in another environment failed"
same "$tmp/a" "$tmp/c" "other directory, home, XDG dirs, TZ, locale, fontconfig"
left=$(find "$tmp/home" -type f | head -3)
[ -z "$left" ] || fail "files written into HOME/XDG directories: $left"
[ ! -e "$tmp/cwd/sub/FAILED" ] || fail "$(cat "$tmp/cwd/sub/FAILED")"
checks=$((checks + 1))

# 4. SOURCE_DATE_EPOCH: the same bytes twice; PDF dated by it; PNG and SVG
#    do not depend on it.
(SOURCE_DATE_EPOCH=1700000000; export SOURCE_DATE_EPOCH; render "$tmp/e1"; render "$tmp/e2")
same "$tmp/e1" "$tmp/e2" "SOURCE_DATE_EPOCH, second run"
for f in "$tmp"/e1/*.pdf; do
    grep -aq 'CreationDate (20231114221320Z)' "$f" ||
        fail "$(basename "$f"): PDF creation date is not SOURCE_DATE_EPOCH (2023-11-14 22:13:20 UTC)"
done
for f in "$tmp"/a/*.png "$tmp"/a/*.svg; do
    cmp -s "$f" "$tmp/e1/$(basename "$f")" || fail "$(basename "$f") changes with SOURCE_DATE_EPOCH"
done
# Without it, a fixed date (not the time of the run).
for f in "$tmp"/a/*.pdf; do
    grep -aq 'CreationDate (20000101000000Z)' "$f" || fail "$(basename "$f"): PDF creation date is not the fixed one"
    if grep -aq 'ModDate' "$f" && ! grep -aq 'ModDate (20000101000000Z)' "$f"; then
        fail "$(basename "$f"): PDF has a modification date of its own"
    fi
done
checks=$((checks + 1))

[ ! -e "$tmp/failures" ] || fails=$(wc -l <"$tmp/failures")
if [ "$fails" -ne 0 ]; then
    echo "repro.sh: $fails failure(s)"
    exit 1
fi
echo "repro.sh: $checks checks passed (12 charts byte-identical across runs and environments)"
