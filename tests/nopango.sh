#!/bin/sh
# nopango.sh - charts of Latin text are laid out with the compiled-in fonts
# (glyphs.c), their SVG is written without Cairo or Pango (svg.c) and their
# PNG drawn with Cairo alone (the raster module), and they look the same
# as through Pango:
#   the layout is identical either way (layout JSON compared byte for byte;
#   DATELINE_FONTDIR forces the Pango path)
#   the SVG is well-formed, has no Cairo glyph symbols, and needs neither
#   chart module (DATELINE_CHART_MODULE and DATELINE_RASTER_MODULE
#   pointing nowhere); the PNG needs no Pango module
#   the PNG matches Pango's, and the SVG rasterised by rsvg-convert (when
#   installed) matches the Cairo SVG
#   text that the compiled-in fonts cannot set (Cyrillic, a word too long
#   for its line) still gives a correct SVG, through Cairo
# Run with $DATELINE = path to the binary.
set -u
: "${DATELINE:?set DATELINE to the dateline binary}"
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
data="$here/data"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
fails=0
checks=0
fail() { echo "nopango.sh: FAIL: $*" >&2; fails=$((fails + 1)); }
ok() { checks=$((checks + 1)); }

${CC:-cc} -std=c11 -O2 "$here/pngdiff.c" -o "$tmp/pngdiff" \
    $(pkg-config --cflags --libs libpng) 2>"$tmp/cc.log" || { cat "$tmp/cc.log"; exit 1; }
raster=0
if command -v rsvg-convert >/dev/null 2>&1; then
    raster=1
else
    echo "nopango.sh: no rsvg-convert: SVG pictures not compared"
fi

# same NAME ARGS...: the chart both ways, compared (mean difference of the
# pictures below $TOL, default 0.1 of 255).
same() {
    name=$1; shift
    "$DATELINE" -q "$@" --format layout-json -o "$tmp/$name.a.json" || { fail "$name: layout"; return; }
    DATELINE_FONTDIR="$root/fonts" "$DATELINE" -q "$@" --format layout-json -o "$tmp/$name.b.json" ||
        { fail "$name: layout through Pango"; return; }
    cmp -s "$tmp/$name.a.json" "$tmp/$name.b.json" && ok ||
        fail "$name: the layout differs between the compiled-in fonts and Pango"
    DATELINE_CHART_MODULE=/nonexistent/chart.so DATELINE_RASTER_MODULE=/nonexistent/raster.so \
        "$DATELINE" -q "$@" -o "$tmp/$name.svg" || { fail "$name: SVG without the chart modules"; return; }
    DATELINE_CHART_MODULE=/nonexistent/chart.so "$DATELINE" -q "$@" -o "$tmp/$name.r.png" ||
        { fail "$name: PNG without the Pango module"; return; }
    DATELINE_FONTDIR="$root/fonts" "$DATELINE" -q "$@" -o "$tmp/$name.p.png" ||
        { fail "$name: PNG through Pango"; return; }
    d=$("$tmp/pngdiff" "$tmp/$name.r.png" "$tmp/$name.p.png") || { fail "$name: PNG sizes differ"; return; }
    echo "$d" | awk '{ exit !($1 < 0.3 && $2 < 0.01) }' && ok ||
        fail "$name: the PNG looks different from Pango's (mean difference, % far pixels: $d)"
    xmllint --noout "$tmp/$name.svg" 2>/dev/null && ok || fail "$name.svg is not well-formed"
    grep -q 'id="glyph' "$tmp/$name.svg" && fail "$name.svg was drawn by Cairo" || ok
    grep -q '<title>' "$tmp/$name.svg" && grep -q '<desc>' "$tmp/$name.svg" && ok ||
        fail "$name.svg has no title or desc"
    DATELINE_FONTDIR="$root/fonts" "$DATELINE" -q "$@" -o "$tmp/$name.cairo.svg" ||
        { fail "$name: SVG through Cairo"; return; }
    [ "$raster" = 1 ] || return
    rsvg-convert "$tmp/$name.svg" -o "$tmp/$name.png" &&
        rsvg-convert "$tmp/$name.cairo.svg" -o "$tmp/$name.cairo.png" ||
        { fail "$name: rsvg-convert"; return; }
    d=$("$tmp/pngdiff" "$tmp/$name.png" "$tmp/$name.cairo.png") || { fail "$name: sizes differ"; return; }
    echo "$d" | awk -v tol="${TOL:-0.1}" '{ exit !($1 < tol && $2 < 0.01) }' && ok ||
        fail "$name: the SVG looks different from Cairo's (mean difference, % far pixels: $d)"
}

ex="$root/examples"
same floods "$ex/river-floods-2025-02-14.txt" --events "$ex/events.csv" --title "Floods on the Tana River" --source "Source: test"
same chip "$ex/chip-plant-2024-10-08.txt" --theme dark
same harbour "$ex/harbour-election-2023-09-12.txt" --theme print --background transparent
same vertical "$ex/harbour-election-2023-09-12.txt" --layout vertical
# in cm, Cairo rounds its coordinates to 1/256 of the unit (0.15 px), so its
# lines move off the pixel grid; ours keep three decimals of a px
TOL=1.5
same cm "$ex/chip-plant-2024-10-08.txt" --width 16cm
TOL=0.1
same lanes --events "$data/render-lanes.csv"
same spans --events "$data/render-spans.csv"
same paris --events "$data/render-paris.csv" --title "Paris"
same dense --events "$data/render-dense.csv" --title "Labels cut with an ellipsis"
seed="$root/../shared/seeds/paris-summit-2026-01-06.txt"
[ -f "$seed" ] && same seed "$seed"

# text left to Pango: still a right SVG, drawn by Cairo
printf 'date,label\n2014-02-20,Київ\n2022-02-24,Full-scale invasion\n' >"$tmp/cyr.csv"
printf 'date,label\n2014-02-20,Donaudampfschifffahrtsgesellschaftskapitaensmuetze\n2022-02-24,Invasion\n' \
    >"$tmp/long.csv"                                # a word broken inside
for c in cyr long; do
    "$DATELINE" -q --events "$tmp/$c.csv" -o "$tmp/$c.svg" || { fail "$c: SVG"; continue; }
    xmllint --noout "$tmp/$c.svg" 2>/dev/null && ok || fail "$c.svg is not well-formed"
    grep -q 'id="glyph' "$tmp/$c.svg" && ok || fail "$c.svg should have been drawn by Cairo"
done

echo "nopango.sh: $checks checks, $fails failed"
[ "$fails" -eq 0 ]
