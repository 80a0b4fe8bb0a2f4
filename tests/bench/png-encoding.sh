#!/bin/sh
# tests/bench/png-encoding.sh - PNG encoders compared on real charts:
# cairo's writer against libpng at every filter x zlib level / strategy,
# and libdeflate at every level (tests/bench/png_encoding.c).  Writes tests/bench/png-encoding.md.
#   DATELINE=path/to/dateline sh tests/bench/png-encoding.sh
set -eu
DL=${DATELINE:-./dateline}
OUT=${OUT:-tests/bench/png-encoding.md}
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
cc -std=c11 -D_POSIX_C_SOURCE=200809L -O2 -Wall -Wextra -o "$W/png_encoding" \
    tests/bench/png_encoding.c $(pkg-config --cflags --libs cairo libpng zlib libdeflate)

seed=../shared/seeds/paris-summit-2026-01-06.txt
[ -f "$seed" ] || seed=examples/river-floods-2025-02-14.txt
# 1,000 events, as tests/bench/bench.sh makes them (tests/bench/gen-events.sh)
sh tests/bench/gen-events.sh 1000 >"$W/events-1000.csv"
"$DL" -q "$seed" -o "$W/article.png"
"$DL" -q --events "$W/events-1000.csv" -o "$W/events-1000.png"
"$DL" -q --theme dark --events tests/data/render-lanes.csv -o "$W/lanes-dark.png"

{
    echo "# PNG encoding: cairo's writer against libpng and libdeflate"
    echo
    echo "Written by \`tests/bench/png-encoding.sh\` on $(date -u +%Y-%m-%d): fastest of 9 encodes"
    echo "of each chart, in process (clock_gettime), from the same ARGB32 cairo surface;"
    echo "libpng and libdeflate convert pixels as src/backend.c does (which uses libdeflate"
    echo "since issue 8; it used libpng, no filter, zlib 4 before).  Charts: 1 = the starting article"
    echo "($(basename "$seed")), 2 = 1,000 events (bench.sh input), 3 = render-lanes.csv, dark theme."
    echo "Machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores;"
    echo "libpng $(pkg-config --modversion libpng), zlib $(pkg-config --modversion zlib), libdeflate $(pkg-config --modversion libdeflate), cairo $(pkg-config --modversion cairo)."
    "$W/png_encoding" -r 9 "$W/article.png" "$W/events-1000.png" "$W/lanes-dark.png"
    echo
    echo "src/backend.c writes **libdeflate none, level 4**: within a millisecond or two of"
    echo "the fastest, a few per cent smaller than levels 2-3 on the big chart, and no larger"
    echo "than libpng none, zlib 4 (its way until issue 8) on these charts, in half the time."
} >"$OUT"
cat "$OUT"
