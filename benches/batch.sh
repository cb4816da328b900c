#!/usr/bin/env bash
# How `chaff --jsonl` scales over threads, and what memory a big input takes.
#
# Builds a JSON Lines file from a folder of dumps (each dump one record,
# the set repeated to about SIZE_MB), then times
#   - `chaff --jsonl -j 1` on all of it,
#   - `chaff --jsonl -j 2` on all of it,
#   - two independent `chaff --jsonl -j 1` processes on its two halves,
# each the best of three runs, and prints the speed-up of the last two over
# the first and the share of the two processes' gain that the 2-thread run
# gets. With BIG_MB set, it also cleans a file of that size with the default
# thread count and prints the peak resident memory (GNU time's %M).
# Run by hand, not by CI:
#
#   cargo build --release
#   benches/batch.sh ../shared/evalset/tf/blocks            # 50 MB, no memory run
#   BIG_MB=1024 benches/batch.sh ../shared/evalset/tf/blocks
set -euo pipefail

dumps=${1:?usage: benches/batch.sh DUMP_DIR}
size_mb=${SIZE_MB:-50}
root=$(cd "$(dirname "$0")/.." && pwd)
chaff=$root/target/release/chaff
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$dumps" "$work/all.jsonl" "$size_mb" <<'EOF'
import json, sys
from pathlib import Path
folder, out, size_mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
records = [json.dumps({"id": p.name, "text": p.read_bytes().decode("utf-8", "replace")})
           for p in sorted(Path(folder).glob("*.txt"))]
if not records:
    sys.exit(f"no .txt dumps in {folder}")
written = 0
with open(out, "w") as f:
    while written < size_mb * 1e6:
        for r in records:
            f.write(r + "\n")
            written += len(r) + 1
EOF
lines=$(wc -l < "$work/all.jsonl")
split -l $(( (lines + 1) / 2 )) -d "$work/all.jsonl" "$work/half."

best_of_three() {
    local best=
    for _ in 1 2 3; do
        local start end t
        start=$(date +%s.%N)
        "$@"
        end=$(date +%s.%N)
        t=$(echo "$end - $start" | bc -l)
        if [ -z "$best" ] || (( $(echo "$t < $best" | bc -l) )); then best=$t; fi
    done
    echo "$best"
}
one() { "$chaff" --jsonl -j 1 < "$work/all.jsonl" > /dev/null; }
two_threads() { "$chaff" --jsonl -j 2 < "$work/all.jsonl" > /dev/null; }
two_processes() {
    "$chaff" --jsonl -j 1 < "$work/half.00" > /dev/null &
    "$chaff" --jsonl -j 1 < "$work/half.01" > /dev/null
    wait
}

mb=$(echo "$(stat -c %s "$work/all.jsonl") / 1000000" | bc -l)
t1=$(best_of_three one)
t2=$(best_of_three two_threads)
tp=$(best_of_three two_processes)
printf '%.0f MB of JSON Lines, %d records\n' "$mb" "$lines"
printf '1 thread:      %.2f s  %.1f MB/s\n' "$t1" "$(echo "$mb / $t1" | bc -l)"
printf '2 threads:     %.2f s  %.2fx\n' "$t2" "$(echo "$t1 / $t2" | bc -l)"
printf '2 processes:   %.2f s  %.2fx\n' "$tp" "$(echo "$t1 / $tp" | bc -l)"
printf 'share of the 2-process gain the 2-thread run gets: %.0f%%\n' \
    "$(echo "100 * ($t1 / $t2 - 1) / ($t1 / $tp - 1)" | bc -l)"

if [ -n "${BIG_MB:-}" ]; then
    python3 - "$work/all.jsonl" "$work/big.jsonl" "$BIG_MB" <<'EOF'
import sys
src, out, big_mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
chunk = open(src).read()
with open(out, "w") as f:
    written = 0
    while written < big_mb * 1e6:
        f.write(chunk)
        written += len(chunk)
EOF
    big=$(echo "$(stat -c %s "$work/big.jsonl") / 1000000" | bc -l)
    /usr/bin/time -f '%e %M' -o "$work/time" "$chaff" --jsonl < "$work/big.jsonl" > /dev/null
    read -r secs kb < "$work/time"
    printf '%.0f MB input, all cores: %.1f s, peak memory %.0f MB\n' "$big" "$secs" "$(echo "$kb / 1000" | bc -l)"
fi
