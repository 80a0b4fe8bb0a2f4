#!/bin/sh
# browser.sh - the example report page in a real browser (issue 6, item 7).
#
# Opens examples/report/report.html in headless Chromium, takes a
# screenshot and finds the charts in it: the page is tinted, so each
# chart's white canvas is a white box (tests/pngbox.c measures them).
# Checks there are two charts (the SVG and the 300 dpi PNG), each drawn
# (dark pixels inside) and each at its intended size: 16 cm wide (604.7
# CSS px at 96 px/in) and as tall as the file says.  Also checks the
# files themselves: SVG width="16cm" with a viewBox, PNG pHYs = 300 dpi,
# report.pdf a one-page PDF.
#
# Without chromium the test is skipped (exit 0) with a message.  Run with
# $DATELINE set (not used: the page's files are committed; build.sh remakes
# them).
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
page="$root/examples/report"
fails=0
fail() { echo "browser.sh: FAIL: $*" >&2; fails=$((fails + 1)); }

for f in report.html report.md chart.svg chart.png report.pdf; do
    [ -s "$page/$f" ] || fail "examples/report/$f is missing"
done
[ "$fails" -eq 0 ] || exit 1

# The files say their size.
svg_w=$(sed -n 's/.*<svg [^>]*width="\([0-9.]*\)cm".*/\1/p' "$page/chart.svg" | head -1)
svg_h=$(sed -n 's/.*<svg [^>]*height="\([0-9.]*\)cm".*/\1/p' "$page/chart.svg" | head -1)
grep -q '<svg [^>]*viewBox="0 0 ' "$page/chart.svg" || fail "chart.svg has no viewBox"
[ "$svg_w" = 16 ] || fail "chart.svg is not 16cm wide (width=\"${svg_w}cm\")"
[ -n "$svg_h" ] || { fail "chart.svg has no height in cm"; svg_h=0; }
png_wh=$(od -An -tu1 -j16 -N8 "$page/chart.png" |
         awk '{ printf "%d %d", $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8 }')
png_w=${png_wh% *}
png_h=${png_wh#* }
# pHYs: 4 bytes x pixels per metre after the chunk name; 300 dpi = 11811.
off=$(grep -abo pHYs "$page/chart.png" | head -1 | cut -d: -f1)
ppm=$([ -n "$off" ] && od -An -tu1 -j$((off + 4)) -N4 "$page/chart.png" |
      awk '{ print $1*16777216+$2*65536+$3*256+$4 }')
[ "${ppm:-0}" = 11811 ] || fail "chart.png is not marked 300 dpi (pHYs ${ppm:-none} px/m)"
awk -v w="$png_w" 'BEGIN { exit !(w >= 1888 && w <= 1891) }' ||
    fail "chart.png is $png_w pixels wide, want 16 cm at 300 dpi (1890)"
if command -v pdfinfo >/dev/null 2>&1; then
    pdfinfo "$page/report.pdf" 2>/dev/null | grep -q '^Pages: *1$' || fail "report.pdf is not a one-page PDF"
fi

browser=
for b in chromium chromium-browser google-chrome; do
    command -v "$b" >/dev/null 2>&1 && { browser=$b; break; }
done
if [ -z "$browser" ]; then
    [ "$fails" -eq 0 ] || exit 1
    echo "browser.sh: SKIP: chromium is not installed (Debian: apt-get install chromium); the page's files were checked, not its look"
    exit 0
fi
CC=${CC:-cc}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
# shellcheck disable=SC2046
if ! $CC -std=c11 -O2 "$here/pngbox.c" -o "$tmp/pngbox" $(pkg-config --cflags --libs libpng) 2>"$tmp/cc.log"; then
    cat "$tmp/cc.log" >&2
    fail "cannot build tests/pngbox.c"
    exit 1
fi

# A tall window holds the whole page; one CSS px = one screenshot pixel.
mkdir -p "$tmp/profile"
"$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$tmp/profile" \
    --force-device-scale-factor=1 --hide-scrollbars --window-size=800,2600 \
    --screenshot="$tmp/shot.png" "file://$page/report.html" >"$tmp/log" 2>&1
if [ ! -s "$tmp/shot.png" ]; then
    tail -5 "$tmp/log" >&2
    fail "$browser took no screenshot"
    exit 1
fi
"$tmp/pngbox" "$tmp/shot.png" >"$tmp/boxes" || fail "cannot measure the screenshot"

# Intended sizes in CSS px: 16 cm = 604.72; heights from the files.
awk -v sh="$svg_h" -v pw="$png_w" -v ph="$png_h" '
    function abs(v) { return v < 0 ? -v : v }
    { n++; X[n] = $1; Y[n] = $2; W[n] = $3; H[n] = $4; INK[n] = $5 }
    END {
        want_w = 16 / 2.54 * 96
        want_h[1] = sh / 2.54 * 96; what[1] = "SVG chart"
        want_h[2] = pw ? ph * want_w / pw : 0; what[2] = "PNG chart"
        if (n != 2) { printf "found %d white chart boxes in the screenshot, want 2\n", n; bad = 1 }
        for (i = 1; i <= 2 && i <= n; i++) {
            printf "browser.sh: %s at (%d, %d): %d x %d px, want %.1f x %.1f; %d dark pixels\n", \
                what[i], X[i], Y[i], W[i], H[i], want_w, want_h[i], INK[i] > "/dev/stderr"
            if (abs(W[i] - want_w) > 3 || abs(H[i] - want_h[i]) > 3) {
                printf "%s is %d x %d px on screen, want %.1f x %.1f (16 cm wide)\n", \
                    what[i], W[i], H[i], want_w, want_h[i]; bad = 1
            }
            if (INK[i] < 2000) { printf "%s box is nearly empty (%d dark pixels)\n", what[i], INK[i]; bad = 1 }
        }
        exit bad
    }' "$tmp/boxes" >"$tmp/why" 2>"$tmp/info" || fail "$(cat "$tmp/why")"
cat "$tmp/info"

if [ "$fails" -ne 0 ]; then
    echo "browser.sh: $fails failure(s)"
    exit 1
fi
echo "browser.sh: report page checked in $browser: SVG and 300 dpi PNG charts at 16 cm"
