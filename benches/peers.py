#!/usr/bin/env python3
"""Times chaff against two text-level peers on the same dumps.

The peers are jusText (https://pypi.org/project/jusText/) and C4's line
filter as datatrove ships it (`C4QualityFilter`,
https://pypi.org/project/datatrove/). Each tool cleans every `.txt` dump of
the given folders on one core, the time of reading the files included, and
the script prints MB/s per tool: the peer column of the README's speed
table. It is run by hand, not by CI:

    python3 -m venv /tmp/peers
    /tmp/peers/bin/pip install justext datatrove
    cargo build --release
    /tmp/peers/bin/python benches/peers.py ../shared/evalset/sh/blocks ../shared/evalset/tf/blocks

How each peer is fed a text dump:

- jusText reads HTML, so each blank-line separated group of the dump
  becomes a `<p>`, as a user would wrap a text dump for it; it uses the
  English stoplist on every page.
- The C4 filter runs with its document-level sentence count off (that
  check needs NLTK's sentence splitter and its downloaded model); every
  line rule is on. It keeps the lines that pass.
- chaff runs as the CLI does for a user, `chaff -j 1 FILES... >
  /dev/null`. Its start-up (building the phrase automaton) is timed apart,
  on a one-line dump, and taken off, as the peers' imports and setup are
  not timed either; the row with it is printed too.
"""

import html
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def dumps(folders):
    paths = sorted(p for folder in folders for p in Path(folder).glob("*.txt"))
    if not paths:
        sys.exit("no .txt dumps in " + " ".join(folders))
    return paths


def read(path):
    return path.read_bytes().decode("utf-8", errors="replace")


def time_chaff(paths, binary):
    start = time.perf_counter()
    subprocess.run(
        [binary, "-j", "1", "--lossy", *map(str, paths)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - start


def time_chaff_start(binary):
    with tempfile.TemporaryDirectory() as folder:
        tiny = Path(folder) / "tiny.txt"
        tiny.write_text("A line.\n")
        return time_chaff([tiny], binary)


def time_justext(paths):
    import justext

    stoplist = justext.get_stoplist("English")
    start = time.perf_counter()
    for path in paths:
        groups = read(path).split("\n\n")
        page = "".join("<p>" + html.escape(g) + "</p>" for g in groups if g.strip())
        justext.justext("<html><body>" + page + "</body></html>", stoplist)
    return time.perf_counter() - start


def time_c4(paths):
    from datatrove.data import Document
    from datatrove.pipeline.filters import C4QualityFilter

    c4 = C4QualityFilter(min_num_sentences=-1)
    start = time.perf_counter()
    for n, path in enumerate(paths):
        c4.filter(Document(text=read(path), id=str(n)))
    return time.perf_counter() - start


def main():
    folders = sys.argv[1:]
    if not folders:
        sys.exit(__doc__)
    paths = dumps(folders)
    megabytes = sum(p.stat().st_size for p in paths) / 1e6
    binary = str(Path(__file__).resolve().parent.parent / "target/release/chaff")
    print(f"{len(paths)} dumps, {megabytes:.1f} MB, one core")
    print("| tool | seconds | MB/s |")
    print("|---|---|---|")
    start_up = min(time_chaff_start(binary) for _ in range(3))
    for name, run in [
        ("chaff, start-up included", lambda: time_chaff(paths, binary)),
        ("chaff", lambda: time_chaff(paths, binary) - start_up),
        ("C4 line filter (datatrove)", lambda: time_c4(paths)),
        ("jusText", lambda: time_justext(paths)),
    ]:
        # The best of three: the figure least disturbed by the machine.
        seconds = min(run() for _ in range(3))
        print(f"| {name} | {seconds:.2f} | {megabytes / seconds:.1f} |")


if __name__ == "__main__":
    main()
