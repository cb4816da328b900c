#!/usr/bin/env python3
"""Fits the page-shape model: whether a page is read as an article.

The article finder (src/rules/article.rs) keeps only the densest run of
prose. That is right for a news story and wrong for a product page, a
listing or a forum thread. Its page-shape model (src/rules/article/
page_shape.rs) decides, from measures of the page's shape and marks of
its kind, whether to keep the run alone (an article) or the whole page
less its menus and the chrome the other rules recognise. This script
fits that model on the development pages.

Data: one row per page and dump format (see fit_data.py), with each
page's score read both ways (the bench's own metric). The label is
which reading scores better; the weight is by how much, so the fit
maximises the summed F1 rather than the share of pages read right. Pages
whose two readings tie carry no weight.

Model: logistic regression on standardised measures with an L2 penalty,
fitted by gradient descent (numpy only). Evaluation: five folds by page
name, repeated REPEATS times with the pages dealt anew and the held-out
gains averaged, so that no page is judged by a model that saw it and the
margin does not turn on one dealing. A page reads as
an article unless its held-out decision is below -margin; the margin is
chosen among MARGINS: of those where no bench loses on either half of its
pages (the evaluate example's FNV-1a split, averaged over formats), the
largest whose mean held-out gain is within TIE of the best. The script
prints each cell's F1 (bench, format, half; the evaluate example's
metrics) with every page read as an article and as the held-out model
reads it. With --write it writes the model fitted on all pages, margin in
its bias, to src/rules/article/page_shape_weights.rs, with the
standardisation folded into the weights.

Usage: python3 scripts/fit_page_shape.py target/fit-data.tsv [--write]
Needs numpy (pip install numpy).
"""

import argparse
import collections
import pathlib

import numpy as np

import fit_data

# The penalty on the standardised weights, per page. Not tuned: the
# cross-validated figures barely move between 0.1 and 10.
L2 = 1.0
STEPS = 4000
RATE = 0.5
# Mean held-out gains closer than this are taken as equal.
TIE = 0.0005
# How many times the five-fold cross-validation is repeated, the pages
# dealt into folds anew each time, before the held-out gains are averaged.
REPEATS = 5
# The margins tried, in units of the decision (log-odds).
MARGINS = [m / 4 for m in range(0, 17)]
WEIGHTS_FILE = pathlib.Path(__file__).resolve().parent.parent / "src/rules/article/page_shape_weights.rs"


def fnv1a_half(name):
    """The evaluate example's half of a page: parity of FNV-1a of its name."""
    h = 0xCBF29CE484222325
    for b in name.encode():
        h = ((h ^ b) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return "AB"[h & 1]


def sh_f1(triples):
    """The evaluate example's shingle F1: of the precision and recall
    averaged over pages."""
    ps = [1.0 if fp == 0 and fn == 0 else tp / (tp + fp) for tp, fp, fn in triples if tp + fp > 0]
    rs = [1.0 if fp == 0 and fn == 0 else tp / (tp + fn) for tp, fp, fn in triples if tp + fn > 0]
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def tf_f1(counts):
    """The evaluate example's snippet F1: of counts summed over pages."""
    tp = sum(c[0] for c in counts)
    fp = sum(c[1] for c in counts)
    fn = sum(c[2] for c in counts)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def metric(bench):
    return tf_f1 if bench == "tf" else sh_f1


def load(path):
    rows, names, x = fit_data.read(path)
    for r in rows:
        for reading in ("article", "other"):
            r[reading] = tuple(float(v) for v in r[reading].split())
    page_f1 = lambda r, reading: metric(r["bench"])([r[reading]])
    article = np.array([page_f1(r, "article") for r in rows])
    other = np.array([page_f1(r, "other") for r in rows])
    return rows, names, x, article, other


def fit(z, y, w):
    """Weighted logistic regression; returns weights with the bias last."""
    zb = np.hstack([z, np.ones((len(z), 1))])
    theta = np.zeros(zb.shape[1])
    total = w.sum()
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-zb @ theta))
        grad = zb.T @ ((p - y) * w) / total
        grad[:-1] += L2 * theta[:-1] / len(z)
        theta -= RATE * grad
    return theta


def decision(theta, z):
    return np.hstack([z, np.ones((len(z), 1))]) @ theta


def cells(rows):
    """The README's cells: bench (modern apart), format and half."""
    groups = collections.defaultdict(list)
    for i, r in enumerate(rows):
        groups[(r["bench"], r["format"], fnv1a_half(r["page"]))].append(i)
    return groups


def cell_gains(rows, groups, is_article):
    """Each cell's F1 as the model reads its pages, less its F1 with every
    page read as an article."""
    gains = {}
    for key, idx in groups.items():
        f = metric(key[0])
        chosen = [rows[i]["article" if is_article[i] else "other"] for i in idx]
        base = [rows[i]["article"] for i in idx]
        gains[key] = (f(base), f(chosen))
    return gains


def write_weights(names, mean, std, theta, cv_note):
    weights, bias = fit_data.unscale(theta, mean, std)
    lines = [
        "// Written by scripts/fit_page_shape.py from the development pages; do",
        "// not edit by hand. A page reads as an article when BIAS plus the",
        "// weighted sum of its measures is at least zero.",
        f"// {cv_note}",
        f"pub(super) const BIAS: f64 = {bias:.6};",
        f"pub(super) const WEIGHTS: [f64; {len(names)}] = [",
    ]
    lines += [f"    {w:.6}, // {n}" for n, w in zip(names, weights)]
    lines.append("];")
    WEIGHTS_FILE.write_text("\n".join(lines) + "\n")
    print(f"wrote {WEIGHTS_FILE}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    rows, names, x, article, other = load(args.data)
    y = (article > other).astype(float)
    w = np.abs(article - other)
    z, mean, std = fit_data.standardise(x)
    # Held-out decisions, the cross-validation repeated REPEATS times with
    # the pages dealt into folds anew: one dealing's gains move by more
    # than TIE from margin to margin, and the margin chosen with them.
    held_out = []
    for repeat in range(REPEATS):
        fold = fit_data.folds(rows, repeat)
        decided = np.zeros(len(rows))
        for k in range(fit_data.FOLDS):
            train = fold != k
            decided[~train] = decision(fit(z[train], y[train], w[train]), z[~train])
        held_out.append(decided)
    # The margin: a page reads as an article unless its held-out decision
    # is below -margin. A news page read as another kind loses more than a
    # page of another kind read as an article, so the margin leans to
    # articles: no bench may lose on either half (averaged over its
    # formats), the rule every quality change in chaff must pass.
    groups = cells(rows)

    def gains_at(margin):
        """Each cell's F1 before and after, averaged over the repeats."""
        runs = [cell_gains(rows, groups, d >= -margin) for d in held_out]
        return {key: tuple(np.mean([run[key] for run in runs], axis=0)) for key in runs[0]}

    def mean_gain(margin):
        return np.mean([after - before for before, after in gains_at(margin).values()])

    def no_half_loses(margin):
        halves = collections.defaultdict(list)
        for (bench, _, half), (before, after) in gains_at(margin).items():
            halves[(bench, half)].append(after - before)
        return all(np.mean(v) >= 0 for v in halves.values())

    # Among those, gains within TIE of the best are not told apart by 254
    # news pages and 301 others: the largest such margin, the one that
    # reads the fewest pages as another kind, is taken.
    safe = [m for m in MARGINS if no_half_loses(m)] or [MARGINS[-1]]
    best = max(mean_gain(m) for m in safe)
    margin = max(m for m in safe if mean_gain(m) >= best - TIE)
    gains = gains_at(margin)
    print(f"held-out F1 per cell ({fit_data.FOLDS} folds by page, {REPEATS} dealings), margin {margin}:")
    print(f"{'cell':28s} {'pages':>5s} {'article':>8s} {'model':>8s}")
    for key in sorted(gains):
        before, after = gains[key]
        print(f"{'/'.join(key):28s} {len(groups[key]):5d} {before:8.4f} {after:8.4f} {after - before:+.4f}")
    theta = fit(z, y, w)
    theta[-1] += margin
    print("\nstandardised weights of the model fitted on all pages (margin in the bias):")
    for n, t in sorted(zip(names + ["bias"], theta), key=lambda p: -abs(p[1])):
        print(f"  {n:18s} {t:+.3f}")
    if args.write:
        note = f"{len(rows)} page dumps, {fit_data.FOLDS}-fold cross-validation repeated {REPEATS} times; margin {margin} (mean cell gain {mean_gain(margin):+.4f})."
        write_weights(names, mean, std, theta, note)


if __name__ == "__main__":
    main()
