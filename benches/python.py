#!/usr/bin/env python3
"""How fast the Python package cleans, and how its batch scales over threads.

Reads every dump in the folders given (the dev set's `blocks` dumps, say),
repeats them to about SIZE_MB (default 20) of text, and times, each the
best of three runs in this one process and run:

- `Cleaner.clean` on one thread, dump by dump;
- `Cleaner.clean_batch(threads=1)` and `clean_batch(threads=2)`;
- two independent processes, each `clean` over half of the texts at once:
  the gain a second core can give;
- `chaff --jsonl -j 1` and `-j 2` on the same texts as JSON Lines
  (needs `cargo build --release`).

It prints MB/s for each and the share of the two processes' gain that
`clean_batch(threads=2)` gets. Run by hand with the package installed:

    pip install ./python
    python3 benches/python.py ../shared/evalset/sh/blocks ../shared/evalset/tf/blocks
"""

import json
import multiprocessing
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import chaff

RUNS = 3


def load(folders, size_mb):
    texts = []
    for folder in folders:
        for path in sorted(Path(folder).glob("*.txt")):
            text = path.read_text(errors="replace")
            if text.strip():
                texts.append(text)
    total = sum(len(t.encode()) for t in texts)
    return texts * max(1, round(size_mb * 1e6 / total))


def best(fn):
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def clean_all(texts):
    cleaner = chaff.Cleaner()
    for text in texts:
        cleaner.clean(text)


def two_processes(texts):
    half = len(texts) // 2
    with multiprocessing.get_context("fork").Pool(2) as pool:
        start = time.perf_counter()
        pool.map(clean_all, [texts[:half], texts[half:]])
        return time.perf_counter() - start


def main():
    folders = sys.argv[1:] or sys.exit(__doc__)
    texts = load(folders, float(os.environ.get("SIZE_MB", 20)))
    mb = sum(len(t.encode()) for t in texts) / 1e6
    cleaner = chaff.Cleaner()
    rows = {}
    rows["clean, 1 thread"] = best(lambda: clean_all(texts))
    rows["clean_batch, 1 thread"] = best(lambda: cleaner.clean_batch(texts, threads=1))
    rows["clean_batch, 2 threads"] = best(lambda: cleaner.clean_batch(texts, threads=2))
    rows["2 processes of clean"] = min(two_processes(texts) for _ in range(RUNS))
    binary = Path(__file__).resolve().parents[1] / "target" / "release" / "chaff"
    if binary.exists():
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
            for text in texts:
                f.write(json.dumps({"text": text}) + "\n")
        for jobs in (1, 2):

            def cli(jobs=jobs):
                with open(f.name) as stdin:
                    subprocess.run([binary, "--jsonl", "-j", str(jobs)], stdin=stdin, stdout=subprocess.DEVNULL, check=True)

            rows[f"chaff --jsonl -j {jobs}"] = best(cli)
        os.unlink(f.name)
    print(f"{mb:.1f} MB of text, {len(texts)} dumps, best of {RUNS}\n")
    print("| run | MB/s |\n|---|---|")
    for name, seconds in rows.items():
        print(f"| {name} | {mb / seconds:.1f} |")
    one = rows["clean, 1 thread"]
    gain_threads = one / rows["clean_batch, 2 threads"] - 1
    gain_processes = one / rows["2 processes of clean"] - 1
    print(
        f"\nover clean on one thread, clean_batch on 2 threads gains {gain_threads:.0%} and two "
        f"processes {gain_processes:.0%}: the batch gets {gain_threads / gain_processes:.0%} of it"
    )


if __name__ == "__main__":
    main()
