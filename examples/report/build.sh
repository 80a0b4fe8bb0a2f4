#!/bin/sh
# build.sh - remake the charts of the example report page and the library
# example's PDF.  Run from the repository root after make:
#   sh examples/report/build.sh
# $DATELINE (default ./dateline) draws the charts; examples/report.c is
# compiled against build/libdateline.a (or $DL_LIB) for report.pdf.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/examples/report"
DATELINE=${DATELINE:-$root/dateline}
LIB=${DL_LIB:-$root/build/libdateline.a}
art="$root/examples/river-floods-2025-02-14.txt"
set -- "$art" --events "$root/examples/events.csv" --title "Floods on the Tana River" \
    --source "Source: dateline example" --layout vertical --width 16cm
# SVG: width="16cm" with a matching viewBox, so it lands at 16 cm.
"$DATELINE" -q "$@" -o "$out/chart.svg"
# PNG: 16 cm at 300 dpi (1890 pixels), with the 300 dpi in its pHYs chunk.
"$DATELINE" -q "$@" --dpi 300 -o "$out/chart.png"
# The library example: its own A4 page with the chart between paragraphs.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
PKGS="cairo pangocairo pangoft2 fontconfig libpng"
# shellcheck disable=SC2046
cc -std=c11 -Wall -Wextra -I"$root/src" "$root/examples/report.c" -o "$tmp/report" \
    "$LIB" $(pkg-config --cflags --libs $PKGS) -lcsv -lm
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1739491200} "$tmp/report" "$art" "$out/report.pdf" >/dev/null
echo "build.sh: wrote $out/chart.svg, chart.png, report.pdf"
