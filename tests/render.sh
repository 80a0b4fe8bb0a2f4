#!/bin/sh
# render.sh - every chart format is valid, sized right, reproducible, and
# written atomically.  Run with $DATELINE = path to the binary.
#   PNG: signature and IHDR dimensions, 96 dpi pHYs chunk
#   PDF: opened by a real reader (pdftoppm)
#   SVG: well-formed XML (xmllint), px units
#   layout JSON: text boxes do not overlap each other, markers or the
#   axis, and stay inside the canvas
#   the same input gives the same bytes; a failed write leaves the old
#   file and no temporary file behind
set -u
: "${DATELINE:?set DATELINE to the dateline binary}"
here=$(cd "$(dirname "$0")" && pwd)
data="$here/data"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
fails=0
checks=0

fail() { echo "render.sh: FAIL: $*" >&2; fails=$((fails + 1)); }
ok() { checks=$((checks + 1)); }

# png_size FILE: prints "WIDTH HEIGHT" from the IHDR chunk.
png_size() {
    od -An -tu1 -j16 -N8 "$1" | awk '{ printf "%d %d\n", $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8 }'
}

# check_png FILE WIDTH: a PNG of the given width and some height.
check_png() {
    sig=$(od -An -c -j1 -N3 "$1" | tr -d ' ')
    [ "$sig" = "PNG" ] || { fail "$1 is not a PNG"; return; }
    set -- "$1" "$2" $(png_size "$1")
    [ "$3" = "$2" ] || fail "$1 is $3 px wide, want $2"
    [ "$4" -gt 50 ] 2>/dev/null || fail "$1 is only $4 px tall"
    grep -q pHYs "$1" || fail "$1 has no pHYs (DPI) chunk"
    ok
}

# check_layout FILE: text boxes disjoint, inside the canvas.
check_layout() {
    awk '
    /"width":/ && !W { gsub(/[^0-9.]/, "", $2); W = $2 + 0 }
    /"height":/ && !H { gsub(/[^0-9.]/, "", $2); H = $2 + 0 }
    /"kind":/ {
        k = $0; sub(/.*"kind": "/, "", k); sub(/".*/, "", k)
        line = $0
        x = val(line, "x"); y = val(line, "y"); w = val(line, "w"); h = val(line, "h")
        if (x < -0.01 || y < -0.01 || x + w > W + 0.01 || y + h > H + 0.01) {
            printf "outside the canvas: %s\n", line; bad++
        }
        if (k == "axis" || k == "marker" || line ~ /"text":/) {
            n++; K[n] = k; X[n] = x; Y[n] = y; WW[n] = w; HH[n] = h; T[n] = (line ~ /"text":/)
        }
    }
    function val(s, key,   t) {
        t = s; if (!sub(".*\"" key "\": ", "", t)) return 0
        sub(/[,}].*/, "", t); return t + 0
    }
    END {
        for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) {
            if (!T[i] && !T[j]) continue
            if (X[i] < X[j] + WW[j] - 0.01 && X[j] < X[i] + WW[i] - 0.01 &&
                Y[i] <= Y[j] + HH[j] - 0.01 && Y[j] <= Y[i] + HH[i] - 0.01) {
                printf "overlap: %s [%g %g %g %g] and %s [%g %g %g %g]\n", K[i], X[i], Y[i], WW[i], HH[i], K[j], X[j], Y[j], WW[j], HH[j]; bad++
            }
        }
        if (!W || !H || n == 0) { print "no canvas or no items"; bad++ }
        exit bad ? 1 : 0
    }' "$1" >"$tmp/layout-check.txt" || { fail "$1: $(head -3 "$tmp/layout-check.txt")"; return; }
    ok
}

for f in "$data"/render-*.csv; do
    b=$(basename "$f" .csv)
    "$DATELINE" --events "$f" --title "Render test: $b" --credit "Source: tests" -o "$tmp/$b.png" ||
        fail "$b: png exit status $?"
    check_png "$tmp/$b.png" 1600
    "$DATELINE" --events "$f" --title "Render test: $b" -o "$tmp/$b.svg" || fail "$b: svg exit status"
    if xmllint --noout "$tmp/$b.svg" 2>"$tmp/xml.err"; then ok; else fail "$b.svg: $(head -2 "$tmp/xml.err")"; fi
    grep -q 'width="1600px"' "$tmp/$b.svg" && ok || fail "$b.svg is not 1600px wide"
    "$DATELINE" --events "$f" --title "Render test: $b" -o "$tmp/$b.pdf" || fail "$b: pdf exit status"
    if pdftoppm -r 20 -png "$tmp/$b.pdf" "$tmp/$b-page" 2>"$tmp/pdf.err" &&
        ls "$tmp/$b-page"*.png >/dev/null 2>&1; then ok; else fail "$b.pdf: $(head -2 "$tmp/pdf.err")"; fi
    "$DATELINE" --events "$f" --title "Render test: $b" -o "$tmp/$b.layout.json" || fail "$b: layout-json exit status"
    check_layout "$tmp/$b.layout.json"
done

# width option, linear scale
"$DATELINE" --events "$data/render-paris.csv" --width 800 -o "$tmp/narrow.png" || fail "--width 800"
check_png "$tmp/narrow.png" 800
"$DATELINE" --events "$data/render-paris.csv" --scale linear -o "$tmp/linear.layout.json" || fail "--scale linear"
check_layout "$tmp/linear.layout.json"
grep -q '"kind": "break"' "$tmp/linear.layout.json" && fail "linear scale has axis breaks" || ok
"$DATELINE" --events "$data/render-paris.csv" -o "$tmp/broken.layout.json"
grep -q '"kind": "break"' "$tmp/broken.layout.json" && ok || fail "2014 -> 2022 -> 2025 has no axis break"

# lane order: first appearance (render-lanes.csv starts with Military,
# then Diplomacy, Economy), or --groups first and the rest after them
lanes_of() {
    grep '"kind": "lane-label"' "$1" | sed 's/.*"text": "//; s/".*//' | tr '\n' '|'
}
"$DATELINE" --events "$data/render-lanes.csv" -o "$tmp/lanes.layout.json" || fail "lanes"
got=$(lanes_of "$tmp/lanes.layout.json")
[ "$got" = "Military|Diplomacy|Economy|" ] && ok || fail "lane order without --groups: $got"
"$DATELINE" --events "$data/render-lanes.csv" --groups 'Economy,Nowhere' -o "$tmp/lanes2.layout.json" ||
    fail "--groups"
got=$(lanes_of "$tmp/lanes2.layout.json")
[ "$got" = "Economy|Military|Diplomacy|" ] && ok || fail "lane order with --groups Economy: $got"
check_layout "$tmp/lanes2.layout.json"
"$DATELINE" --events "$data/render-lanes.csv" --groups 'Diplomacy,Economy,Military' --layout vertical \
    -o "$tmp/lanes3.layout.json" || fail "--groups, vertical"
got=$(lanes_of "$tmp/lanes3.layout.json")
[ "$got" = "Diplomacy|Economy|Military|" ] && ok || fail "vertical lane order with --groups: $got"

# accessible SVG text and PDF links
printf 'date,end,label,url\n2014,,"Invasion <&>",https://example.org/a?b=1&c=2\n2022,,Full-scale invasion,\n' >"$tmp/link.csv"
"$DATELINE" --events "$tmp/link.csv" --title 'Links & more' -o "$tmp/link.svg" || fail "link svg"
xmllint --noout "$tmp/link.svg" 2>/dev/null && ok || fail "link.svg is not well-formed"
grep -q '<title>Links &amp; more</title>' "$tmp/link.svg" && ok || fail "SVG has no <title>"
grep -q '<desc>2014: Invasion &lt;&amp;&gt;. 2022: Full-scale invasion.</desc>' "$tmp/link.svg" && ok ||
    fail "SVG has no <desc> listing the events"
"$DATELINE" --events "$tmp/link.csv" --title 'Links' -o "$tmp/link.pdf" || fail "link pdf"
grep -a -q '/URI (https://example.org/a?b=1&c=2)' "$tmp/link.pdf" && ok || fail "PDF has no link"
grep -q '<a xlink:href="https://example.org/a?b=1&amp;c=2"><rect ' "$tmp/link.svg" && ok ||
    fail "SVG has no link"

# a megabyte label is cut, not drawn across the chart
awk 'BEGIN { printf "date,end,label\n2020,,\""; for (i = 0; i < 200000; i++) printf "word "; printf "\"\n2021,,short\n" }' >"$tmp/long.csv"
"$DATELINE" --events "$tmp/long.csv" -o "$tmp/long.layout.json" || fail "long label"
check_layout "$tmp/long.layout.json"
grep '"kind": "label", "event": 0' "$tmp/long.layout.json" | grep -q '"w": 0.00' && fail "long label has no width" || ok

# themes, transparency, resolution
for t in light dark print; do
    "$DATELINE" --events "$data/render-lanes.csv" --theme $t -o "$tmp/theme-$t.png" || fail "--theme $t"
    check_png "$tmp/theme-$t.png" 1600
done
cmp -s "$tmp/theme-light.png" "$tmp/theme-dark.png" && fail "dark theme looks like light" || ok
"$DATELINE" --events "$data/render-paris.csv" --background transparent -o "$tmp/transparent.png" ||
    fail "--background transparent"
[ "$(od -An -tu1 -j25 -N1 "$tmp/transparent.png" | tr -d ' ')" = 6 ] && ok || fail "transparent PNG has no alpha"
"$DATELINE" --events "$data/render-paris.csv" --dpi 192 -o "$tmp/hires.png" || fail "--dpi 192"
check_png "$tmp/hires.png" 3200
# pHYs: 192 dpi = 7559 pixels per metre = 0x00001d87
od -An -tx1 "$tmp/hires.png" | tr -d ' \n' | grep -q '7048597300001d8700001d8701' && ok ||
    fail "192 dpi PNG does not say so in pHYs"

# reproducible bytes
for x in png svg pdf; do
    "$DATELINE" --events "$data/render-paris.csv" --title T -o "$tmp/a.$x"
    "$DATELINE" --events "$data/render-paris.csv" --title T -o "$tmp/b.$x"
    cmp -s "$tmp/a.$x" "$tmp/b.$x" && ok || fail "$x output differs between runs"
done

# stdout
"$DATELINE" --events "$data/render-paris.csv" --title T -f png -o - >"$tmp/stdout.png" || fail "png to stdout"
cmp -s "$tmp/stdout.png" "$tmp/a.png" && ok || fail "png on stdout differs from the file"

# a failed write leaves no temporary file and the old output intact
mkdir "$tmp/ro"
echo keep >"$tmp/ro/out.png"
chmod a-w "$tmp/ro"
if [ "$(id -u)" != 0 ]; then
    "$DATELINE" --events "$data/render-paris.csv" -o "$tmp/ro/out.png" 2>/dev/null &&
        fail "writing into a read-only directory succeeded"
    [ "$(cat "$tmp/ro/out.png")" = keep ] && ok || fail "old output changed"
fi
chmod u+w "$tmp/ro"
"$DATELINE" --events "$data/render-paris.csv" -o "$tmp/missing/dir/out.png" 2>/dev/null &&
    fail "writing into a missing directory succeeded"
echo keep >"$tmp/keep.png"
printf 'date,end,label\n2023-02-30,,Bad\n' >"$tmp/bad.csv"
"$DATELINE" --events "$tmp/bad.csv" -o "$tmp/keep.png" 2>/dev/null && fail "bad CSV accepted"
[ "$(cat "$tmp/keep.png")" = keep ] && ok || fail "a failed run changed the old output"
leftover=$(find "$tmp" -name '.dateline-tmp-*' | head -1)
[ -z "$leftover" ] && ok || fail "temporary file left behind: $leftover"

echo "render.sh: $checks checks, $fails failed"
[ "$fails" -eq 0 ]
