#!/bin/sh
# gen-nominals.sh - generate src/wn_nominals.c (verb -> event noun table and
# verb form -> lemma tables) from WordNet 3.0.
#
# Re-running it (by hand; `make` only compiles the committed output):
#
#     apt-get install wordnet-base          # Debian/Ubuntu, WordNet 3.0
#     sh src/tools/gen-nominals.sh          # from the top of the checkout
#     make && make check                    # tests/test_nominals.c
#     git diff --stat src/wn_nominals.c     # review, then commit it
#
# Options: gen-nominals.sh [WORDNET_DIR [OUTPUT]]
#     WORDNET_DIR  default /usr/share/wordnet (or $WNDIR), must hold data.verb,
#                  data.noun, index.verb, verb.exc and cntlist.rev
#     OUTPUT       default src/wn_nominals.c next to this script
# Needs only POSIX sh, awk and sort; mawk, gawk, gawk --posix and busybox awk
# give byte-identical output (AWK=gawk picks one): same input, same bytes.
#
# How the noun is chosen (the output's header comment points here):
#   * candidates are the derivational links ("+" pointers) in data.verb from a
#     verb synset to a noun synset, read word-to-word through the pointer's
#     source/target word numbers, so "elect" reaches "election", "elector",
#     "electorate" and nothing that merely shares a synset with them;
#   * the noun synset's lexicographer file (data.noun field 2) must be
#     noun.act, noun.event, noun.process (weight 3) or noun.phenomenon,
#     noun.communication, noun.state (weight 1); person, artifact, group,
#     possession, cognition ... are out;
#   * agent/patient nouns are out: a candidate ending in -er, -or, -ist, -ant,
#     -ee or -eer that has a noun.person or noun.artifact sense anywhere
#     (invader, elector, signer, launcher), unless spelt like the verb (order);
#     "merger" and "takeover" stay, they have no such sense;
#   * proper nouns (capitalised in WordNet) are out;
#   * score = L * sqrt(1 + N) * M, where L sums over the candidate's links the
#     lexfile weight times (1 + tag count of the verb sense), N is the tag
#     count of the noun's senses in those lexfiles, and M is 2 when the noun
#     looks like an event noun (spelt like the verb, or ending -ion, -ment,
#     -al, -ance, -ence, -ing, -ure, -y but not -ty, -age, -sis, -th), else 1;
#     tag counts come from cntlist.rev (the counts behind index.noun's sense
#     order); ties go to the higher N, then the shorter noun, then byte
#     order, so the result never depends on awk's hash order;
#   * a verb with no candidate and no link to any other noun than persons and
#     artifacts (annex, appoint) may take a noun.act/event/process noun spelt
#     from it with a regular suffix (annexation, appointment), if that noun
#     has no derivational link of its own to a verb (verbs of 5+ letters);
#   * OVERRIDES below then replace a handful of choices where WordNet lacks
#     the act noun a headline uses; each is listed with its reason, and they
#     are counted and listed in the output's header comment.
# Verb lemmas are every verb in index.verb (one word, or two words such as
# "take over" when they have a noun); verb.exc gives the irregular forms
# (those whose lemma is one word), and a form with several lemmas keeps the
# first that has a noun, else the first.
# Debugging: GEN_NOMINALS_DEBUG=FILE writes every candidate with its score
# ("d verb noun score L N") and every suffix fallback ("f verb noun") to FILE.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
WN=${1:-${WNDIR:-/usr/share/wordnet}}
OUT=${2:-$(cd "$here/.." && pwd)/wn_nominals.c}
CODE=$here/wn_nominals_code.c.in
AWK=${AWK:-awk}

for f in data.verb data.noun index.verb verb.exc cntlist.rev; do
    [ -r "$WN/$f" ] || { echo "gen-nominals: cannot read $WN/$f" >&2; exit 1; }
done
[ -r "$CODE" ] || { echo "gen-nominals: cannot read $CODE" >&2; exit 1; }

# Hand corrections, "verb noun reason". Keep this list short: each line is a
# place where WordNet has no act/event sense for the noun headlines use.
OVERRIDES='sign signing (WordNet has "signing" only as sign language; it picks "signature")'

tmp=${TMPDIR:-/tmp}/gen-nominals.$$
mkdir "$tmp"
trap 'rm -rf "$tmp"' EXIT INT TERM
tab=$(printf '\t')

printf '%s\n' "$OVERRIDES" > "$tmp/overrides"

# Pass 1: choose the nouns. Output: "v<TAB>verb<TAB>noun" (noun may be empty)
# and "x<TAB>form<TAB>lemma" lines, plus "s<TAB>name<TAB>value" statistics.
"$AWK" -v FS=" " -v debug="${GEN_NOMINALS_DEBUG:-}" '
function hex(h,    i, v) {
    v = 0; h = tolower(h)
    for (i = 1; i <= length(h); i++) v = v * 16 + index("0123456789abcdef", substr(h, i, 1)) - 1
    return v
}
function dec(s) {      # "010" is 10: busybox awk would read a leading 0 as octal
    sub(/^0+/, "", s)
    return s + 0
}
function lexw(lf) {   # weight of a noun lexicographer file, 0 = not an event
    if (lf == "04" || lf == "11" || lf == "22") return 3     # act, event, process
    if (lf == "19" || lf == "10" || lf == "26") return 1     # phenomenon, communication, state
    return 0
}
function eventish(n, v) {
    if (n == v) return 1
    if (n ~ /ty$/) return 0         # liberty, safety: states
    return n ~ /(ion|ment|al|ance|ence|ing|ure|y|age|sis|th)$/
}
function root(x,    r, i) {   # square root by Newton steps; some awks (busybox) lack sqrt()
    if (x <= 0) return 0
    r = x
    for (i = 0; i < 40; i++) r = (r + x / r) / 2
    return r
}
function agentish(n) {
    return n ~ /(er|or|ist|ant|ee|eer)$/
}
# A verb with no derivational link to a noun (bar person and artifact nouns)
# gets a noun.act/event/process noun spelt from it with a regular suffix, if
# that noun is not linked to another verb (verbs of 5+ letters only):
# annex -> annexation, appoint -> appointment, downsize -> downsizing.
function fallback(v,    s, c, cc, i, n, best) {
    if (length(v) < 5) return ""
    s = v; sub(/e$/, "", s)
    c = s "ation " s "ion " s "al " s "ance " s "ence " v "ment"
    if (v ~ /e$/) c = c " " s "ing"
    else if (v ~ /[^aeiou][aeiou][^aeiouwxy]$/) c = c " " v substr(v, length(v)) "ing"
    else c = c " " v "ing"
    split(c, cc, " "); best = ""
    for (i = 1; i <= 7; i++) {
        n = cc[i]
        if (!(n in actnoun) || (n in fromverb) || (agentish(n) && (n in persart))) continue
        if (best == "" || ncount[n] > ncount[best] || \
            (ncount[n] == ncount[best] && length(n) < length(best))) best = n
    }
    return best
}
FILENAME ~ /overrides$/ { if (NF >= 2) over[$1] = $2; next }
FILENAME ~ /cntlist\.rev$/ { cnt[$1] = $3; next }
/^ / { next }                       # licence lines at the top of each file
FILENAME ~ /data\.noun$/ {
    lf = $2; nw = hex($4); w8 = lexw(lf)
    for (i = 1; i <= nw; i++) {
        w = $(3 + 2 * i); id = hex($(4 + 2 * i))
        if (lf == "18" || lf == "06") persart[tolower(w)] = 1
        if (!w8 || w != tolower(w)) continue
        k = w "%1:" lf ":" sprintf("%02d", id) "::"
        if (k in cnt) ncount[w] += cnt[k]
        nword[$1, i] = w; nlexw[$1] = w8
        if (w8 == 3) actnoun[w] = 1
    }
    nlfall[$1] = lf
    if (w8 == 3) {                  # act/event/process nouns made from a verb
        p0 = 5 + 2 * nw; np = dec($p0)
        for (j = 0; j < np; j++) {
            p = p0 + 1 + 4 * j; s = hex(substr($(p + 3), 1, 2))
            if ($p == "+" && $(p + 2) == "v" && s > 0) fromverb[tolower($(3 + 2 * s))] = 1
        }
    }
    next
}
FILENAME ~ /index\.verb$/ {
    v = $1
    if (v ~ /^[a-z][a-z-]*$/) { verb[v] = 1; nverbs++ }
    next
}
FILENAME ~ /data\.verb$/ {
    lf = $2; nw = hex($4)
    for (i = 1; i <= nw; i++) {
        vw[i] = tolower($(3 + 2 * i)); id = hex($(4 + 2 * i))
        k = vw[i] "%2:" lf ":" sprintf("%02d", id) "::"
        vc[i] = (k in cnt) ? cnt[k] : 0
    }
    p0 = 5 + 2 * nw; np = dec($p0)
    for (j = 0; j < np; j++) {
        p = p0 + 1 + 4 * j
        if ($p != "+" || $(p + 2) != "n") continue
        t = $(p + 1); st = $(p + 3)
        s = hex(substr(st, 1, 2)); g = hex(substr(st, 3, 2))
        if (s > 0 && nlfall[t] != "18" && nlfall[t] != "06") linked[vw[s]] = 1
        if (s == 0 || g == 0 || !((t SUBSEP g) in nword)) continue
        v = vw[s]; n = nword[t, g]
        if (v !~ /^[a-z][a-z-]*(_[a-z][a-z-]*)?$/) continue
        if (agentish(n) && n != v && (n in persart)) continue
        links[v, n] += nlexw[t] * (1 + vc[s])
        if (!((v SUBSEP n) in seen)) { seen[v, n] = 1; cands[v] = cands[v] " " n }
        nlinks++
    }
    next
}
FILENAME ~ /verb\.exc$/ {
    if ($1 !~ /^[a-z][a-z-]*$/) next
    exc[$1] = ""
    for (i = 2; i <= NF; i++) exc[$1] = exc[$1] " " $i
    next
}
END {
    for (v in cands) {
        nc = split(substr(cands[v], 2), c, " ")
        best = ""; bs = -1
        for (i = 1; i <= nc; i++) {
            n = c[i]
            sc = links[v, n] * root(1 + ncount[n]) * (eventish(n, v) ? 2 : 1)
            if (debug) printf "d\t%s\t%s\t%d\t%d\t%d\n", v, n, sc, links[v, n], ncount[n]
            if (sc > bs || (sc == bs && (ncount[n] > ncount[best] || \
                (ncount[n] == ncount[best] && (length(n) < length(best) || \
                 (length(n) == length(best) && n < best)))))) { best = n; bs = sc }
        }
        if (v in over) { best = over[v]; novr++ }
        gsub(/_/, " ", v); gsub(/_/, " ", best)
        noun[v] = best
    }
    for (v in over) if (!(v in noun)) { noun[v] = over[v]; novr++ }
    for (v in verb) if (!(v in noun)) {
        noun[v] = (v in linked) ? "" : fallback(v)
        if (noun[v] != "") { nfall++; if (debug) printf "f\t%s\t%s\n", v, noun[v] }
    }
    for (v in noun) {
        printf "v\t%s\t%s\n", v, noun[v]
        if (noun[v] != "") nnoun++; else nbare++
    }
    for (f in exc) {
        ne = split(substr(exc[f], 2), e, " ")
        l = ""
        for (i = ne; i >= 1; i--) if (e[i] in noun && noun[e[i]] != "") l = e[i]
        if (l == "") for (i = ne; i >= 1; i--) if (e[i] in verb) l = e[i]
        if (l == "") continue          # lemma is a phrase or unknown: skip
        printf "x\t%s\t%s\n", f, l; nexc++
    }
    printf "s\tfall\t%d\n", nfall
    printf "s\tnoun\t%d\ns\tbare\t%d\ns\texc\t%d\ns\tover\t%d\ns\tlinks\t%d\n", \
        nnoun, nbare, nexc, novr, nlinks
}
' "$tmp/overrides" "$WN/cntlist.rev" "$WN/data.noun" "$WN/index.verb" "$WN/data.verb" "$WN/verb.exc" \
    > "$tmp/all"

grep "^v$tab" "$tmp/all" | cut -f2- | LC_ALL=C sort -t "$tab" -k1,1 > "$tmp/verbs"
grep "^x$tab" "$tmp/all" | cut -f2- | LC_ALL=C sort -t "$tab" -k1,1 > "$tmp/exc"
grep "^s$tab" "$tmp/all" | cut -f2- > "$tmp/stats"
[ -z "${GEN_NOMINALS_DEBUG:-}" ] || grep "^[df]$tab" "$tmp/all" > "$GEN_NOMINALS_DEBUG"

# Pass 2: write the C file. Each table is a pool of "key\0value\0" records
# and a sorted array of record offsets: no pointers, so no relocations and
# nothing to do at start-up. The pool is cut into rows of 4096 bytes so that
# no string literal is longer than the 4095 bytes C11 compilers must accept.
"$AWK" -v FS="$tab" -v codefile="$CODE" -v CHUNK=4096 '
function esc(s) {     # WordNet words hold no quote or backslash; refuse if one does
    if (s ~ /["\\]/) { print "gen-nominals: bad word: " s > "/dev/stderr"; exit 1 }
    return s
}
function rec(k, v) {  # one record as a C literal; split it where an octal digit follows \0
    return "\"" esc(k) (v ~ /^[0-7]/ ? "\\0\" \"" : "\\0") esc(v) "\\0\""
}
function table(name, what,    i, c, line, r) {
    printf "/* %s: %d records, \"key\\0value\\0\" each, sorted by key (strcmp),\n", what, cnt[name]
    printf " * in rows of at most %d bytes (each row is one string literal no longer\n", CHUNK - 1
    printf " * than C requires compilers to accept); %s_off[i] is row * %d + offset. */\n", name, CHUNK
    printf "static const char %s_pool[%d][%d] = {\n", name, chunk[name, cnt[name]] + 1, CHUNK
    line = "   "; c = 0
    for (i = 1; i <= cnt[name]; i++) {
        r = rec(key[name, i], val[name, i])
        if (chunk[name, i] != c) { print line ","; line = "   "; c = chunk[name, i] }
        if (length(line) + 1 + length(r) > 78 && line != "   ") { print line; line = "   " }
        line = line " " r
    }
    print line
    printf "};\n"
    printf "static const uint32_t %s_off[%d] = {\n", name, cnt[name]
    line = "   "
    for (i = 1; i <= cnt[name]; i++) {
        line = line " " (chunk[name, i] * CHUNK + off[name, i]) ","
        if (length(line) > 72 || i == cnt[name]) { print line; line = "   " }
    }
    printf "};\n\n"
}
FILENAME ~ /stats$/ { st[$1] = $2; next }
FILENAME ~ /overrides$/ { if (NF) ovr = ovr " *   " $0 "\n"; next }
{
    name = FILENAME ~ /exc$/ ? "wn_exc" : "wn_verb"
    i = ++cnt[name]; key[name, i] = $1; val[name, i] = $2
    n = length($1) + length($2) + 2
    if (pos[name] + n > CHUNK - 1) { row[name]++; pos[name] = 0 }
    chunk[name, i] = row[name] + 0; off[name, i] = pos[name] + 0; pos[name] += n
}
END {
    print "/* wn_nominals.c - GENERATED by src/tools/gen-nominals.sh; do not edit."
    print " *"
    print " * Verb -> event noun (invade -> invasion) and irregular verb form -> lemma"
    print " * (struck -> strike) tables, derived from WordNet 3.0 (Princeton"
    print " * University, https://wordnet.princeton.edu/; Debian package wordnet-base):"
    print " * data.verb derivational links, data.noun lexicographer files, cntlist.rev"
    print " * tag counts, index.verb and verb.exc."
    print " * WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved."
    print " * Used under the WordNet 3.0 licence (BSD-style), reproduced verbatim in"
    print " * src/tools/WORDNET-LICENSE, which must accompany copies of this data."
    print " *"
    printf " * %d verb lemmas with an event noun, %d more verb lemmas without one,\n", st["noun"], st["bare"]
    printf " * %d irregular forms from verb.exc, %d hand override(s):\n", st["exc"], st["over"]
    printf "%s", ovr
    print " * The selection rules are described at the top of gen-nominals.sh."
    print " */"
    print "#include \"wn_nominals.h\""
    print ""
    print "#include <stdint.h>"
    print ""
    table("wn_verb", "verb lemma -> event noun (\"\" when none)")
    table("wn_exc", "irregular verb form -> lemma (verb.exc)")
    while ((getline line < codefile) > 0) print line
    close(codefile)
}
' "$tmp/stats" "$tmp/overrides" "$tmp/verbs" "$tmp/exc" > "$tmp/out.c"

mv "$tmp/out.c" "$OUT"
sed 's/^/gen-nominals: /' "$tmp/stats" >&2
echo "gen-nominals: wrote $OUT ($(wc -c < "$OUT") bytes)" >&2
