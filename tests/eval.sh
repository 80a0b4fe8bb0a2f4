#!/bin/sh
# eval.sh - TempEval-3 timex scores on ../shared/eval (TimeBank, AQUAINT).
# Run by `make eval` (and by `make check` with $DATELINE set); prints the
# scorer's figures, and exits 0 without doing anything when the corpora or
# the scorer are absent.
here=$(cd "$(dirname "$0")/.." && pwd)
eval_dir="$here/../shared/eval"
bin=${DATELINE:-$here/dateline}
scorer="$eval_dir/timeml-eval"
if [ ! -x "$scorer" ] && [ ! -f "$scorer" ]; then
    echo "eval.sh: no scorer at $scorer, skipped"
    exit 0
fi
# under `make check` only `make eval` (EVAL=1) runs the full scoring
if [ -n "$DATELINE" ] && [ -z "$EVAL" ]; then
    echo "eval.sh: skipped under make check (run make eval)"
    exit 0
fi
status=0
for corpus in timebank aquaint; do
    [ -d "$eval_dir/$corpus" ] || { echo "eval.sh: no $corpus corpus, skipped"; continue; }
    out=$(python3 "$scorer" "$eval_dir/$corpus" -- "$bin" --timeml) || status=1
    line=$(printf '%s\n' "$out" | tail -n 1)
    printf '%s\n' "$out" | grep '^failed:' || true
    printf '%s: %s\n' "$corpus" "$line"
    printf '%s\n' "$line" | python3 -c '
import json, sys
d = json.loads(sys.stdin.read())
print("  relaxed F1 %.2f  strict F1 %.2f  value F1 %.2f  type F1 %.2f" %
      (d["relaxed_F1"], d["strict_F1"], d["value_F1"], d["type_F1"]))' 2>/dev/null || true
done
exit $status
