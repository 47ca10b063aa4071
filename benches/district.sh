#!/bin/sh
# The district-scale figures of docs/performance.md: the built program's
# commands on a large workspace, wall time and peak memory of each, and
# the floor (reading every file once with `cat`).
#
#   cargo build --release
#   benches/district.sh                    # demo of 75,000 educators in /var/tmp
#   EDUCATORS=5000 benches/district.sh     # a smaller district
#   WORKSPACE=/path/to/workspace benches/district.sh
#
# Needs GNU time (/usr/bin/time). The index is kept in a folder of its own,
# emptied first, so "cold" means no index and "warm" means a second run.
set -eu

BIN=${BIN:-target/release/teacher-eval}
EDUCATORS=${EDUCATORS:-75000}
PLACE=${PLACE:-/var/tmp/teacher-eval-district}
WORKSPACE=${WORKSPACE:-$PLACE/w$EDUCATORS}
OUT=$PLACE/out
export TEACHER_EVAL_INDEX="$PLACE/index"
export TEACHER_EVAL_LOG=off

[ -x "$BIN" ] || { echo "build first: cargo build --release" >&2; exit 1; }
mkdir -p "$PLACE" "$OUT"
if [ ! -d "$WORKSPACE" ]; then
    echo "writing a demo of $EDUCATORS educators to $WORKSPACE"
    /usr/bin/time -f "demo --educators $EDUCATORS: %e s, %M KB peak" \
        "$BIN" demo --educators "$EDUCATORS" --workspace "$WORKSPACE" >/dev/null
fi

files=$(find "$WORKSPACE" -type f | wc -l)
size=$(du -sh --apparent-size "$WORKSPACE" | cut -f1)
echo "workspace: $WORKSPACE, $files files, $size"

run() {
    label=$1
    shift
    /usr/bin/time -f "$label: %e s, %M KB peak, %P of one core" "$@" >/dev/null 2>"$OUT/time.txt" || true
    tail -n 1 "$OUT/time.txt"
}

run "cat every file (the floor)" sh -c "find '$WORKSPACE' -type f -print0 | xargs -0 cat"
rm -rf "$TEACHER_EVAL_INDEX"
run "educator list --json" "$BIN" educator list --json --workspace "$WORKSPACE"
run "overview, no index" "$BIN" overview --workspace "$WORKSPACE"
run "overview, index warm" "$BIN" overview --workspace "$WORKSPACE"
rm -rf "$TEACHER_EVAL_INDEX"
run "summary --pdf --csv, no index" "$BIN" summary --workspace "$WORKSPACE" \
    --pdf "$OUT/summary.pdf" --csv "$OUT/summary.csv"
run "summary --pdf --csv, index warm" "$BIN" summary --workspace "$WORKSPACE" \
    --pdf "$OUT/summary.pdf" --csv "$OUT/summary.csv"
run "summary --pdf --csv, index off" env TEACHER_EVAL_INDEX=off "$BIN" summary \
    --workspace "$WORKSPACE" --pdf "$OUT/summary.pdf" --csv "$OUT/summary.csv"
