#!/bin/sh
# seeds.sh DIR - make the fuzz seed corpora DIR/TARGET/ from the project's
# own examples and tests (nothing from ../shared).  Run from the repository
# root; safe to rerun (libFuzzer adds its finds next to the seeds).
set -eu
D=${1:-build-fuzz/corpus}
mkdir -p "$D/article" "$D/csv" "$D/timeml" "$D/date" "$D/pipeline"
i=0
for f in examples/*.txt tests/articles/*.txt tests/quality/*.txt; do
    [ -f "$f" ] || continue
    i=$((i + 1))
    b=$(basename "$f" .txt)
    cp "$f" "$D/article/$b.txt"
    # pipeline: one option byte, then the article (and sometimes a CSV)
    { printf "\\$(printf '%03o' $((i * 37 % 256)))"; cat "$f"; } >"$D/pipeline/$b"
    # TimeML: the article as TEXT under a DCT of its own date, if it has one
    dct=$(grep -o -m 1 -E '(19|20)[0-9]{2}-[0-9]{2}-[0-9]{2}' "$f" | head -n 1 || true)
    [ -n "$dct" ] || dct=2024-01-01
    { printf '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>%s</DOCID>\n' "$b"
      printf '<DCT><TIMEX3 tid="t0" type="DATE" value="%s" temporalFunction="false" functionInDocument="CREATION_TIME">%s</TIMEX3></DCT>\n<TEXT>\n' "$dct" "$dct"
      sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' "$f"
      printf '</TEXT>\n</TimeML>\n'; } >"$D/timeml/$b.tml"
done
for f in tests/csv/*.csv tests/data/*.csv examples/events.csv; do
    [ -f "$f" ] || continue
    cp "$f" "$D/csv/$(basename "$f")"
done
{ printf '\001'; cat examples/river-floods-2025-02-14.txt; printf '\n---csv---\n'; cat examples/events.csv; } \
    >"$D/pipeline/with-csv"
{ printf '\020'; printf 'x\n---csv---\n'; cat tests/data/render-spans.csv; } >"$D/pipeline/csv-only"
# dates: every form dl_date_parse takes, and the calendar's edges
n=0
for s in 2014 2025-11 2026-01-06 2026-01-06T14:30 -0044-03-15 0000 999999 2024-02-29 \
         2023-02-29 2023-13-01 1999-12-31T23:59 -1 2000-1-1 20000-01-01 1970-01-01T00:00; do
    n=$((n + 1))
    printf '%s' "$s" >"$D/date/d$n"
done
echo "seeds: $(ls "$D/article" | wc -l) articles, $(ls "$D/csv" | wc -l) CSV, $(ls "$D/timeml" | wc -l) TimeML, $n dates in $D"
