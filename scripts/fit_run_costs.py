#!/usr/bin/env python3
"""Fits the article finder's run costs: what each class of block adds to
or takes from the run of prose that `outside-article` keeps.

The run score (src/rules/article.rs, `score`) counts a Good block's
length and, through five costs, everything else: a short block in a
group of several (`short`) or alone (`lone_short`), the header of a
section that follows a story (`boundary`), a sentence-like NearGood
block (`near_good_gain`, a share of its length) and an unpunctuated one
(`open_near_good`). They were set by hand; this script fits them.

Data: the evaluate example's figures, run with `--run-costs` (a build
with the `fitting` feature), on every bench and format. The objective of
a half of the pages (the evaluate example's FNV-1a split) is the mean of
its SH and TF F1 over every part of the halves table (the dev set's four
formats and `modern`'s three).

Fit: coordinate descent from the current costs. Each pass tries every
cost at each of FACTORS times its value and keeps a change that raises
the objective by more than TIE; two passes. Evaluation: two-fold
cross-validation by half. Fitted on half A, the costs are judged on half
B, and the other way round; the script prints both held-out changes. It
then fits on both halves and prints the costs. With --write, and only
when neither held-out change is a loss, it writes them to
src/rules/article/run_costs.rs.

Usage: python3 scripts/fit_run_costs.py [--evalset ../shared/evalset] [--write]
after `cargo build --release --features fitting --example evaluate`.
Standard library only; two evaluations run at a time.
"""

import argparse
import concurrent.futures
import pathlib
import re
import subprocess

ROOT = pathlib.Path(__file__).resolve().parent.parent
EVALUATE = ROOT / "target/release/examples/evaluate"
COSTS_FILE = ROOT / "src/rules/article/run_costs.rs"
NAMES = ["short", "boundary", "lone_short", "near_good_gain", "open_near_good"]
# The values tried for a cost, as multiples of its current value.
FACTORS = [0.5, 0.75, 1.5, 2.0]
# Objective changes smaller than this are noise: one page in 50.
TIE = 0.0005
PASSES = 2


def current_costs():
    text = COSTS_FILE.read_text()
    return {n: float(re.search(rf"\b{n}: ([-\d.e]+),", text).group(1)) for n in NAMES}


def halves(evalset, costs):
    """The objective of each half, A and B, under `costs`."""
    pairs = ",".join(f"{n}={v!r}" for n, v in costs.items())
    out = subprocess.run(
        [str(EVALUATE), evalset, "--run-costs", pairs],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    table = out.split("<!-- evaluate-halves:start -->")[1].split("<!-- evaluate-halves:end -->")[0]
    a, b = [], []
    for line in table.strip().splitlines()[2:]:
        cells = [c.strip() for c in line.strip("|").split("|")]
        sh_a, sh_b, tf_a, tf_b = (float(c) for c in cells[1:5])
        a += [sh_a, tf_a]
        b += [sh_b, tf_b]
    return sum(a) / len(a), sum(b) / len(b)


class Evaluator:
    """Evaluations of cost sets, each run once, two at a time."""

    def __init__(self, evalset):
        self.evalset = evalset
        self.cache = {}
        self.pool = concurrent.futures.ThreadPoolExecutor(max_workers=2)

    def many(self, cost_sets):
        keys = [tuple(sorted(c.items())) for c in cost_sets]
        todo = {k: c for k, c in zip(keys, cost_sets) if k not in self.cache}
        futures = {k: self.pool.submit(halves, self.evalset, c) for k, c in todo.items()}
        for k, f in futures.items():
            self.cache[k] = f.result()
        return [self.cache[k] for k in keys]


def objective(result, on):
    a, b = result
    return {"A": a, "B": b, "AB": (a + b) / 2}[on]


def fit(evaluator, start, on):
    costs = dict(start)
    best = objective(evaluator.many([costs])[0], on)
    for _ in range(PASSES):
        for name in NAMES:
            trials = [dict(costs, **{name: costs[name] * f}) for f in FACTORS]
            results = evaluator.many(trials)
            scored = [(objective(r, on), t) for r, t in zip(results, trials)]
            value, trial = max(scored, key=lambda p: p[0])
            if value > best + TIE:
                best, costs = value, trial
                print(f"  on {on}: {name} -> {costs[name]:.4g} ({best:.4f})", flush=True)
    return costs


def write_costs(costs, note):
    lines = [
        "// Written by scripts/fit_run_costs.py from the development pages; do",
        "// not edit by hand. The costs of the article finder's run score (see",
        "// `RunCosts`).",
        f"// {note}",
        "use super::RunCosts;",
        "",
        "pub(super) const RUN_COSTS: RunCosts = RunCosts {",
    ]
    lines += [f"    {n}: {float(costs[n])!r}," for n in NAMES]
    lines.append("};")
    COSTS_FILE.write_text("\n".join(lines) + "\n")
    print(f"wrote {COSTS_FILE}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--evalset", default=str(ROOT.parent / "shared/evalset"))
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    evaluator = Evaluator(args.evalset)
    start = current_costs()
    base = evaluator.many([start])[0]
    print(f"current costs {start}: half A {base[0]:.4f}, half B {base[1]:.4f}")
    held_out = {}
    for fit_on, judge_on in (("A", "B"), ("B", "A")):
        costs = fit(evaluator, start, fit_on)
        after = objective(evaluator.many([costs])[0], judge_on)
        before = objective(base, judge_on)
        held_out[judge_on] = after - before
        print(f"fitted on {fit_on}: {costs}; held out on {judge_on}: {before:.4f} -> {after:.4f} ({after - before:+.4f})")
    costs = fit(evaluator, start, "AB")
    result = evaluator.many([costs])[0]
    print(f"fitted on both: {costs}; half A {result[0]:.4f}, half B {result[1]:.4f}")
    if args.write:
        if min(held_out.values()) < 0:
            print("not written: a held-out half loses")
            return
        note = (
            f"Two-fold cross-validation by half: held-out change A {held_out['A']:+.4f}, "
            f"B {held_out['B']:+.4f} (mean SH and TF F1 over every part)."
        )
        write_costs(costs, note)


if __name__ == "__main__":
    main()
