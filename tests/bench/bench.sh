#!/bin/sh
# tests/bench/bench.sh - `make bench`: whole-process timings of dateline at every size,
# side by side with a matplotlib timeline when Debian's python3-matplotlib
# is installed.  Writes bench/results.md.  Needs hyperfine (Debian package).
#
# BENCH_QUICK=1 skips the 100 MB article and the 100,000-event case.
# DATELINE is the binary (./dateline), DATELINE_LIB the static library the
# tagging benchmark links (build/libdateline.a).
set -eu
DL=${DATELINE:-./dateline}
LIB=${DATELINE_LIB:-build/libdateline.a}
OUT=bench/results.md
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
RUNS=${BENCH_RUNS:-10}
mkdir -p bench

command -v hyperfine >/dev/null || { echo "bench: hyperfine is needed (apt-get install hyperfine)"; exit 1; }

# ---- inputs ---------------------------------------------------------------
seed=../shared/seeds/paris-summit-2026-01-06.txt
[ -f "$seed" ] || seed=examples/river-floods-2025-02-14.txt

# events CSV of N events: clustered years, mixed precision, long and short labels
gen_csv() {
    sh tests/bench/gen-events.sh "$1" >"$W/events-$1.csv"
}

# an article of about N bytes: the example articles again and again
gen_article() {
    : >"$W/article-$1.txt"
    printf 'date 2025-02-14\n\n' >>"$W/article-$1.txt"
    while [ "$(stat -c %s "$W/article-$1.txt")" -lt "$1" ]; do
        cat examples/*.txt >>"$W/article-$1.txt"
        if [ "$(stat -c %s "$W/article-$1.txt")" -gt 100000 ]; then
            # double up to size quickly
            while [ "$(stat -c %s "$W/article-$1.txt")" -lt "$1" ]; do
                cat "$W/article-$1.txt" "$W/article-$1.txt" >"$W/tmp" && mv "$W/tmp" "$W/article-$1.txt"
            done
        fi
    done
    head -c "$1" "$W/article-$1.txt" >"$W/tmp" && mv "$W/tmp" "$W/article-$1.txt"
}

SIZES_EV="10 100 1000 10000"
SIZES_ART="1000 100000 1000000 10000000"
if [ "${BENCH_QUICK:-0}" != 1 ]; then
    SIZES_EV="$SIZES_EV 100000"
    SIZES_ART="$SIZES_ART 100000000"
fi
for n in $SIZES_EV; do gen_csv "$n"; done
for n in $SIZES_ART; do gen_article "$n"; done

# ---- timing -----------------------------------------------------------------
rows="$W/rows"
: >"$rows"

# case NAME RUNS COMMAND: median/min/max from hyperfine, peak RSS from time(1)
case_() {
    name=$1; runs=$2; shift 2
    hyperfine -N --warmup 1 --runs "$runs" --export-csv "$W/h.csv" -- "$*" >/dev/null 2>&1 || {
        echo "| $name | failed | | | |" >>"$rows"; return; }
    mem=$( { /usr/bin/time -f '%M' sh -c "$* >/dev/null 2>&1"; } 2>&1 | tail -n 1)
    awk -F, -v name="$name" -v mem="$mem" 'NR == 2 {
        printf "| %s | %.1f | %.1f | %.1f | %.1f |\n", name, $4 * 1000, $7 * 1000, $8 * 1000, mem / 1024 }' \
        "$W/h.csv" >>"$rows"
    awk -F, 'NR == 2 { print $4 }' "$W/h.csv" >"$W/last-median"
}

echo "bench: timing (this takes a few minutes)"
# the floor of the stack: a minimal Cairo + Pango program, four labels to SVG
cc -std=c11 -O2 -o "$W/floor" tests/bench/floor.c $(pkg-config --cflags --libs pangocairo) &&
    case_ "floor: minimal Cairo + Pango program, 4 labels -> SVG" "$RUNS" "$W/floor $W/floor.svg"
case_ "start-up (--version)" "$RUNS" "$DL --version"
case_ "starting article -> PNG" "$RUNS" "$DL $seed -o $W/s.png"
case_ "starting article -> SVG" "$RUNS" "$DL $seed -o $W/s.svg"
case_ "starting article -> PDF" "$RUNS" "$DL $seed -o $W/s.pdf"
# the same through Pango and Cairo, as for text the compiled-in fonts do not
# set (other scripts, --system-fonts): DATELINE_FONTDIR turns them off
case_ "starting article -> PNG, through Pango" "$RUNS" "env DATELINE_FONTDIR=$PWD/fonts $DL $seed -o $W/s.png"
case_ "starting article -> SVG, through Pango + Cairo" "$RUNS" "env DATELINE_FONTDIR=$PWD/fonts $DL $seed -o $W/s.svg"
case_ "starting article -> events CSV" "$RUNS" "$DL $seed -o $W/s.csv"
# issue 3: one TimeBank document tagged (--timeml), the first and the largest
if [ -d ../shared/eval/timebank ]; then
    tb1=$(ls ../shared/eval/timebank/*.tml | head -n 1)
    tbbig=$(ls -S ../shared/eval/timebank/*.tml | head -n 1)
    case_ "--timeml $(basename "$tb1") ($(stat -c %s "$tb1") bytes)" "$RUNS" "$DL --timeml $tb1"
    case_ "--timeml $(basename "$tbbig") ($(stat -c %s "$tbbig") bytes)" "$RUNS" "$DL --timeml $tbbig"
fi
for n in $SIZES_EV; do
    r=$RUNS; [ "$n" -ge 10000 ] && r=3
    case_ "$n events -> SVG" "$r" "$DL -q --events $W/events-$n.csv -o $W/e.svg"
    eval "dl_svg_$n=\$(cat $W/last-median)"
    case_ "$n events -> PNG" "$r" "$DL -q --events $W/events-$n.csv -o $W/e.png"
    case_ "$n events -> PDF" "$r" "$DL -q --events $W/events-$n.csv -o $W/e.pdf"
done
for n in $SIZES_ART; do
    r=$RUNS; [ "$n" -ge 10000000 ] && r=2
    case_ "article $n bytes -> events CSV" "$r" "$DL -q $W/article-$n.txt -o $W/a.csv"
    eval "art_$n=\$(cat $W/last-median)"
done

# ---- tagging alone (dl_tag, CPU time) ------------------------------------------
cc -std=c11 -O2 -Isrc -o "$W/tagspeed" tests/bench/tagspeed.c "$LIB" \
    $(pkg-config --libs cairo pangocairo pangoft2 fontconfig libpng libdeflate) -lcsv -lm
corpus=""
if [ -d ../shared/eval/timebank ]; then
    # the TEXT of every TimeBank and AQUAINT document, tags stripped
    for d in ../shared/eval/timebank ../shared/eval/aquaint; do
        for f in "$d"/*.tml; do
            sed -n '/<TEXT>/,/<\/TEXT>/p' "$f" | sed 's/<[^>]*>//g'
        done
    done >"$W/corpus.txt"
    corpus="TimeBank + AQUAINT text"
else
    cp "$W/article-10000000.txt" "$W/corpus.txt"
    corpus="the 10 MB generated article"
fi
tagging=$("$W/tagspeed" "$W/corpus.txt" 30)

# ---- matplotlib, when present ------------------------------------------------
mpl=""
if /usr/bin/python3 -c 'import matplotlib' 2>/dev/null; then
    for n in $SIZES_EV; do
        [ "$n" -gt 10000 ] && continue
        r=3; [ "$n" -ge 10000 ] && r=1
        case_ "matplotlib: $n events -> SVG" "$r" "/usr/bin/python3 tests/bench/matplotlib_timeline.py $W/events-$n.csv $W/m.svg"
        m=$(cat "$W/last-median")
        eval "d=\$dl_svg_$n"
        mpl="$mpl$(awk -v n="$n" -v m="$m" -v d="$d" 'BEGIN { printf "| %s | %.3f | %.3f | %.0fx |\\n", n, m, d, m / d }')"
    done
fi

# ---- report ------------------------------------------------------------------
{
    echo "# dateline benchmarks"
    echo
    echo "Written by \`make bench\` on $(date -u +%Y-%m-%d). Whole process, wall time in ms"
    echo "(hyperfine, no shell), peak resident memory from GNU time."
    echo
    echo "Machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores,"
    echo "$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) RAM; $(uname -sr);"
    echo "cairo $(pkg-config --modversion cairo), pango $(pkg-config --modversion pango), $(cc --version | head -n 1)."
    echo
    echo "| case | median ms | min ms | max ms | peak MB |"
    echo "| --- | ---: | ---: | ---: | ---: |"
    cat "$rows"
    echo
    echo "Tagging alone (dl_tag on $corpus, one core, CPU time): $tagging"
    echo
    echo "Article -> events throughput (whole process, tagging + events + labels):"
    echo
    for n in $SIZES_ART; do
        eval "t=\$art_$n"
        awk -v n="$n" -v t="$t" 'BEGIN { printf "- %d bytes: %.1f MB/s\n", n, n / t / 1e6 }'
    done
    if [ -n "$mpl" ]; then
        echo
        echo "Against matplotlib (tests/bench/matplotlib_timeline.py, gallery style), SVG, median seconds:"
        echo
        echo "| events | matplotlib s | dateline s | ratio |"
        echo "| ---: | ---: | ---: | ---: |"
        printf "$mpl"
    else
        echo
        echo "matplotlib not installed (apt-get install python3-matplotlib): no comparison."
    fi
} >"$OUT"
cat "$OUT"
