#!/bin/sh
# gallery.sh - every example in every theme and layout, for a person to
# look at (issue 5, item 9).
#
#   sh tests/gallery.sh DIR     render into DIR (make gallery: gallery/)
#   sh tests/gallery.sh         the same into a temporary directory, as a
#                               test: every chart renders, index.html shows
#                               them all (run so by make check)
#
# $DATELINE is the binary (default: ./dateline).  Charts: each
# examples/*.txt alone and with examples/events.csv, and generated event
# lists of 10, 50 and 200 events, each in the light, dark and print themes,
# horizontal and vertical.  When /usr/bin/python3 has matplotlib, the
# generated lists are also drawn by tests/bench/matplotlib_timeline.py
# (matplotlib's gallery style), shown next to ours.  DIR/index.html shows
# everything; each chart links to its SVG.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
DATELINE=${DATELINE:-$root/dateline}
[ -x "$DATELINE" ] || { echo "gallery.sh: no dateline binary at $DATELINE (run make)" >&2; exit 1; }

if [ $# -ge 1 ]; then
    out=$1
    mkdir -p "$out" || exit 1
    out=$(cd "$out" && pwd)
    testing=0
else
    out=$(mktemp -d)
    trap 'rm -rf "$out"' EXIT INT TERM
    testing=1
fi
rm -f "$out"/*.png "$out"/*.svg "$out"/*.csv "$out"/index.html "$out"/failures

fail() { echo "gallery.sh: FAIL: $*" >&2; echo "$*" >>"$out/failures"; }

# gen N: a CSV of N events over 1990-2025, clustered around a few years,
# dates of every precision, short and long labels, four groups, some spans.
gen() {
    awk -v n="$1" 'BEGIN {
        srand(7); print "date,end,label,text,group,color,source";
        split("Summit opens|Ceasefire agreed|Talks collapse|Election called|Flood warning issued for the lower river valley|Minister resigns|Strike ends|Treaty signed after nine years of negotiation|Court rules against the port expansion|Bridge reopens", L, "|");
        split("1991 1999 2008 2014 2020 2022", C, " ");
        for (i = 0; i < n; i++) {
            if (rand() < 0.6) y = C[1 + int(rand() * 6)]; else y = 1990 + int(rand() * 36);
            m = 1 + int(rand() * 12); d = 1 + int(rand() * 28);
            p = rand(); end = "";
            if (p < 0.15) date = sprintf("%d", y);
            else if (p < 0.35) date = sprintf("%d-%02d", y, m);
            else date = sprintf("%d-%02d-%02d", y, m, d);
            if (rand() < 0.05) end = sprintf("%d", y + 1 + int(rand() * 4));
            printf "%s,%s,%s %d,,%s,,gallery\n", date, end, L[1 + int(rand() * 10)], i + 1, \
                (i % 4 == 0 ? "Politics" : i % 4 == 1 ? "Economy" : i % 4 == 2 ? "Weather" : "Courts");
        }
    }' >"$out/events-$1.csv"
}

# chart NAME CAPTION OPTIONS...: NAME.png and NAME.svg, and a cell in the
# index.  The caption says what was drawn.
cells=""
chart() {
    name=$1 caption=$2
    shift 2
    for x in png svg; do
        if ! "$DATELINE" -q "$@" -o "$out/$name.$x" 2>"$out/err"; then
            fail "$name.$x: $(cat "$out/err")"
            return
        fi
    done
    sz=$(od -An -tu1 -j16 -N8 "$out/$name.png" |
         awk '{ printf "%d×%d", $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8 }')
    echo "<figure><a href=\"$name.svg\"><img src=\"$name.png\" alt=\"$caption\" loading=\"lazy\"></a><figcaption>$caption <span>$sz px</span></figcaption></figure>" >>"$out/cells"
}

section() { echo "<h2>$1</h2>" >>"$out/cells"; }

: >"$out/cells"
themes="light dark print"
layouts="horizontal vertical"

for f in "$root"/examples/*.txt; do
    b=$(basename "$f" .txt)
    for csv in no yes; do
        if [ "$csv" = yes ]; then
            section "$b + events.csv"
        else
            section "$b"
        fi
        for lay in $layouts; do
            for th in $themes; do
                n=$b
                [ "$csv" = yes ] && n=$b-events
                n=$n-$lay-$th
                if [ "$csv" = yes ]; then
                    chart "$n" "$lay, $th" "$f" --events "$root/examples/events.csv" \
                        --title "$b" --source "Source: dateline example" --layout "$lay" --theme "$th"
                else
                    chart "$n" "$lay, $th" "$f" --title "$b" --layout "$lay" --theme "$th"
                fi
            done
        done
    done
done

have_mpl=0
/usr/bin/python3 -c 'import matplotlib' 2>/dev/null && have_mpl=1
for n in 10 50 200; do
    gen "$n"
    section "$n generated events"
    for lay in $layouts; do
        for th in $themes; do
            chart "gen$n-$lay-$th" "$lay, $th" --events "$out/events-$n.csv" \
                --title "$n events" --subtitle "Generated: clustered years, spans, four groups" \
                --layout "$lay" --theme "$th"
        done
    done
    if [ "$have_mpl" = 1 ]; then
        if /usr/bin/python3 "$root/tests/bench/matplotlib_timeline.py" "$out/events-$n.csv" \
               "$out/mpl$n.png" >/dev/null 2>"$out/err"; then
            echo "<figure class=\"mpl\"><a href=\"mpl$n.png\"><img src=\"mpl$n.png\" alt=\"matplotlib, $n events\" loading=\"lazy\"></a><figcaption>matplotlib gallery style (tests/bench/matplotlib_timeline.py), same $n events</figcaption></figure>" >>"$out/cells"
        else
            fail "matplotlib, $n events: $(cat "$out/err")"
        fi
    fi
done
rm -f "$out/err"

mpl_note="matplotlib is not installed (Debian: python3-matplotlib): no comparison charts."
[ "$have_mpl" = 1 ] && mpl_note="The generated lists are also drawn by matplotlib in its gallery style, for comparison."
{
    cat <<EOF
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>dateline gallery</title>
<style>
body { font: 15px/1.4 sans-serif; margin: 24px; background: #f4f4f4; color: #222; }
h2 { margin: 32px 0 8px; border-bottom: 1px solid #ccc; }
.grid { display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; }
figure { margin: 0; background: #fff; padding: 8px; box-shadow: 0 1px 3px rgba(0,0,0,.2); max-width: 100%; }
figure img { display: block; max-width: 100%; height: auto; }
figure.mpl { outline: 2px dashed #b55; }
figcaption { font-size: 13px; color: #555; margin-top: 4px; }
figcaption span { color: #999; }
</style>
</head>
<body>
<h1>dateline gallery</h1>
<p>Every example in every theme (light, dark, print) and layout (horizontal, vertical),
and generated lists of 10, 50 and 200 events. Charts are shown at most page-wide;
click one for its SVG. $mpl_note</p>
EOF
    # Each section's figures in one grid.
    awk '/^<h2>/ { if (open) print "</div>"; print; print "<div class=\"grid\">"; open = 1; next }
         { print } END { if (open) print "</div>" }' "$out/cells"
    echo "</body>"
    echo "</html>"
} >"$out/index.html"
rm -f "$out/cells"

# The index shows every PNG, and every PNG is a real, non-trivial image.
npng=0
for p in "$out"/*.png; do
    [ -f "$p" ] || continue
    npng=$((npng + 1))
    b=$(basename "$p")
    grep -q "src=\"$b\"" "$out/index.html" || fail "index.html does not show $b"
    [ "$(od -An -c -j1 -N3 "$p" | tr -d ' ')" = PNG ] || fail "$b is not a PNG"
    [ "$(wc -c <"$p")" -gt 2000 ] || fail "$b is nearly empty"
done
nex=$(ls "$root"/examples/*.txt | wc -l)
want=$((nex * 2 * 6 + 3 * 6 + have_mpl * 3))
[ "$npng" -eq "$want" ] || fail "$npng charts, want $want"

if [ -e "$out/failures" ]; then
    echo "gallery.sh: $(wc -l <"$out/failures") failure(s)"
    exit 1
fi
if [ "$testing" = 1 ]; then
    echo "gallery.sh: $npng charts rendered and indexed"
else
    echo "gallery.sh: $npng charts; open $out/index.html"
fi
