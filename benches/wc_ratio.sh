#!/usr/bin/env bash
# chaff's speed on one core next to `wc -w` on the same bytes, in one run.
#
# This machine's absolute speed moves with its neighbours' load, so a
# speed is only comparable with a reference taken at the same time: `wc -w`
# reads every byte and splits it into words, the least any text cleaner
# must do. The script times, each the best of RUNS (default 5) rounds
# taken in turn so that a slow spell hits both alike, and each over the
# list of files given REPEAT times (default 10), so that a timing lasts
# long enough to steady it:
#   - `wc -w` over every `.txt` dump of DUMP_DIR,
#   - `chaff -j 1` over the same files, output to /dev/null,
#   - `chaff -j 1` over the first dump alone (its start-up: building the
#     phrase automaton and tables, which a batch pays once),
# and prints each speed in MB/s (10^6 bytes), chaff's also without its
# start-up, and the ratio of chaff's to wc's. Run by hand, not by CI:
#
#   cargo build --release
#   benches/wc_ratio.sh ../shared/evalset/sh/blocks ../shared/evalset/tf/blocks
set -euo pipefail

if [ $# -eq 0 ]; then
    echo "usage: benches/wc_ratio.sh DUMP_DIR [DUMP_DIR ...]" >&2
    exit 2
fi
root=$(cd "$(dirname "$0")/.." && pwd)
chaff=$root/target/release/chaff
runs=${RUNS:-5}
repeat=${REPEAT:-10}
dumps=()
for dir in "$@"; do
    dumps+=("$dir"/*.txt)
done
if [ ! -e "${dumps[0]}" ]; then
    echo "no .txt dumps in $*" >&2
    exit 2
fi
files=()
for _ in $(seq "$repeat"); do
    files+=("${dumps[@]}")
done
bytes=$(cat "${files[@]}" | wc -c)

seconds() {
    local start end
    start=$(date +%s.%N)
    "$@" > /dev/null
    end=$(date +%s.%N)
    echo "$end - $start" | bc -l
}
min() { if [ -z "$1" ] || (($(echo "$2 < $1" | bc -l))); then echo "$2"; else echo "$1"; fi; }

wc_best= chaff_best= start_best=
for _ in $(seq "$runs"); do
    wc_best=$(min "$wc_best" "$(seconds wc -w "${files[@]}")")
    chaff_best=$(min "$chaff_best" "$(seconds "$chaff" -j 1 "${files[@]}")")
    start_best=$(min "$start_best" "$(seconds "$chaff" -j 1 "${files[0]}")")
done

mbs() { printf '%.1f' "$(echo "$bytes / $1 / 1000000" | bc -l)"; }
ratio() { printf '%.3f' "$(echo "$1 / $2" | bc -l)"; }
work=$(echo "$chaff_best - $start_best" | bc -l)
echo "bytes: $bytes (${#dumps[@]} dumps, $repeat times), best of $runs; locale ${LC_ALL:-${LANG:-unset}}"
echo "wc -w: $(mbs "$wc_best") MB/s"
printf 'chaff -j 1: %s MB/s (%s MB/s without its start-up of %.1f ms)\n' \
    "$(mbs "$chaff_best")" "$(mbs "$work")" "$(echo "$start_best * 1000" | bc -l)"
echo "chaff / wc -w: $(ratio "$wc_best" "$chaff_best") ($(ratio "$wc_best" "$work") without start-up)"
