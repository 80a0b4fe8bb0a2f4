#!/bin/sh
# quality.sh - event quality corpus (issue 4 item 8).
#
# For every article tests/quality/NAME.txt, runs `$DATELINE -q NAME.txt` and
# compares the CSV rows with the hand-written tests/quality/NAME.expected:
#     DATE<TAB>word1|word2|...        (one line per expected event)
# An expected event is found when an output row has the same date string (one
# row per expected event); it is acceptable when the row's label (3rd CSV
# column) contains one of the words as a word, ignoring case.
#
# Reports per-article misses, extras and unacceptable labels, then the totals:
#   recall           = expected events found / expected events
#   precision        = output events matching an expected event / output events
#   label acceptance = found events with an acceptable label / found events
# Exits 1 when recall < 95% or precision < 90%, unless QUALITY_ENFORCE=0
# (report only).  QUALITY_VERBOSE=0 prints only the per-article counts and totals.

DATELINE=${DATELINE:-./dateline}
QUALITY_ENFORCE=${QUALITY_ENFORCE:-1}
QUALITY_VERBOSE=${QUALITY_VERBOSE:-1}
dir=$(dirname "$0")/quality
tmp=${TMPDIR:-/tmp}/dateline-quality.$$
mkdir "$tmp" || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' HUP INT TERM
: > "$tmp/sums"

n=0
for txt in "$dir"/*.txt; do
    [ -f "$txt" ] || continue
    name=$(basename "$txt" .txt)
    exp="$dir/$name.expected"
    if [ ! -f "$exp" ]; then
        echo "quality: $name: no $name.expected" >&2
        exit 2
    fi
    n=$((n + 1))
    if ! "$DATELINE" -q "$txt" > "$tmp/out.csv" 2> "$tmp/err"; then
        echo "quality: $name: dateline failed:" >&2
        cat "$tmp/err" >&2
        : > "$tmp/out.csv"
    fi
    awk -v name="$name" -v verbose="$QUALITY_VERBOSE" -v sums="$tmp/sums" '
    # --- the expected list ---------------------------------------------------
    FILENAME == ARGV[1] {
        sub(/\r$/, "")
        if ($0 ~ /^[ \t]*(#|$)/) next
        t = index($0, "\t")
        if (t == 0) { printf "quality: %s.expected:%d: no tab\n", name, FNR > "/dev/stderr"; bad = 1; next }
        ne++
        edate[ne] = substr($0, 1, t - 1)
        ewords[ne] = tolower(substr($0, t + 1))
        gsub(/[ \t]+/, "", edate[ne])
        gsub(/[ \t]+/, "", ewords[ne])
        next
    }
    # --- the CSV output (RFC 4180: quoted fields, doubled quotes, newlines) ---
    {
        rec = (pending ? rec "\n" : "") $0
        # a record is complete when its quotes balance
        q = gsub(/"/, "\"", rec)
        if (q % 2) { pending = 1; next }
        pending = 0
        nf = parse(rec, f)
        rec = ""
        nrec++
        if (nrec == 1 && tolower(f[1]) == "date") next
        if (nf == 0 || (nf == 1 && f[1] == "")) next
        no++
        odate[no] = f[1]
        olabel[no] = f[3]
    }
    function parse(s, f,    n, i, c, fld, inq, L) {
        sub(/\r$/, "", s)
        n = 0; fld = ""; inq = 0; L = length(s)
        for (i = 1; i <= L; i++) {
            c = substr(s, i, 1)
            if (inq) {
                if (c == "\"") {
                    if (substr(s, i + 1, 1) == "\"") { fld = fld "\""; i++ }
                    else inq = 0
                } else fld = fld c
            } else if (c == "\"") inq = 1
            else if (c == ",") { f[++n] = fld; fld = "" }
            else fld = fld c
        }
        f[++n] = fld
        return n
    }
    # does label contain one of the |-separated words, as a word?
    function accept(label, words,    lw, nt, tok, i, j, nw, w, np, part, k, tk) {
        lw = tolower(label)
        gsub(/[^a-z0-9\047-]+/, " ", lw)
        nt = split(lw, tok, " ")
        nw = split(words, w, "|")
        for (i = 1; i <= nt; i++) {
            tk = tok[i]
            sub(/\047s$/, "", tk)
            gsub(/\047/, "", tk)
            np = split(tk, part, "-")
            for (j = 1; j <= nw; j++) {
                if (w[j] == "") continue
                if (w[j] == tk) return 1
                for (k = 1; k <= np; k++) if (w[j] == part[k]) return 1
            }
        }
        return 0
    }
    END {
        if (bad) exit 2
        # first pass: same date and an acceptable label
        for (i = 1; i <= ne; i++)
            for (j = 1; j <= no; j++)
                if (!oused[j] && odate[j] == edate[i] && accept(olabel[j], ewords[i])) {
                    oused[j] = i; efound[i] = j; eok[i] = 1; break
                }
        # second pass: same date, any label
        for (i = 1; i <= ne; i++) {
            if (efound[i]) continue
            for (j = 1; j <= no; j++)
                if (!oused[j] && odate[j] == edate[i]) { oused[j] = i; efound[i] = j; break }
        }
        found = 0; ok = 0
        for (i = 1; i <= ne; i++) { if (efound[i]) found++; if (eok[i]) ok++ }
        printf "%-32s expected %2d  found %2d  output %2d  labels ok %2d\n", name, ne, found, no, ok
        if (verbose != "0") {
            for (i = 1; i <= ne; i++) {
                if (!efound[i]) printf "    miss   %-18s %s\n", edate[i], ewords[i]
                else if (!eok[i]) printf "    label  %-18s \"%s\" (want %s)\n", edate[i], olabel[efound[i]], ewords[i]
            }
            for (j = 1; j <= no; j++)
                if (!oused[j]) printf "    extra  %-18s \"%s\"\n", odate[j], olabel[j]
        }
        printf "%d %d %d %d\n", ne, found, no, ok >> sums
    }
    ' "$exp" "$tmp/out.csv" || exit 2
done

if [ "$n" -eq 0 ]; then
    echo "quality: no articles in $dir" >&2
    exit 2
fi

awk -v enforce="$QUALITY_ENFORCE" -v n="$n" '
    { e += $1; f += $2; o += $3; k += $4 }
    END {
        r = e ? 100 * f / e : 100
        p = o ? 100 * f / o : 100
        a = f ? 100 * k / f : 100
        printf "quality: %d articles\n", n
        printf "quality: recall           %5.1f%%  (%d/%d expected events found; bar 95%%)\n", r, f, e
        printf "quality: precision        %5.1f%%  (%d/%d output events expected; bar 90%%)\n", p, f, o
        printf "quality: label acceptance %5.1f%%  (%d/%d found events)\n", a, k, f
        fail = (f * 100 < 95 * e) || (f * 100 < 90 * o)
        if (fail && enforce != "0") { print "quality: FAIL: below the bar"; exit 1 }
        if (fail) print "quality: below the bar (QUALITY_ENFORCE=0: not enforced)"
        else print "quality: ok"
    }
' "$tmp/sums"
