#!/usr/bin/env python3
"""Fits the kind-of-page model: which kind a page that is not an article is.

A page the page-shape model (scripts/fit_page_shape.py) does not read as an
article keeps every block the chrome rules do not take, whatever its kind;
the kind is reported (Cleaned::page_kind) for users who sort or filter a
corpus by it. src/rules/article/kind_of_page.rs computes it with a
multinomial logistic model over the page-shape measures and the marks of
kind (dates, comment furniture, code, questions, headings, ...). This
script fits that model on the `modern` development pages whose truth names
a kind other than `article`: forum -> thread, listing and collection ->
listing, product, documentation, service -> other.

Data: the rows fit_page_shape.py reads too (see fit_data.py).

Evaluation: five folds by page name (every format of a page in the same
fold). The script prints the held-out accuracy, the share of the
commonest kind (what always guessing it would score) and the confusion
matrix. A page is named a kind only when the model gives that kind at
least MIN_PROBABILITY, else it is reported as `other`; MIN_PROBABILITY is
the lowest of the probabilities tried at which the kinds the model names
(other than `other`) are right at least TARGET_PRECISION of the time,
held out. With --write it writes the model fitted on all these pages to
src/rules/article/kind_of_page_weights.rs, standardisation folded into
the weights.

Usage: python3 scripts/fit_page_kind.py target/fit-data.tsv [--write]
Needs numpy (pip install numpy).
"""

import argparse
import pathlib

import numpy as np

import fit_data

# In the order of KINDS in kind_of_page.rs.
KINDS = ["thread", "listing", "product", "documentation", "other"]
TRUTH = {
    "forum": "thread",
    "listing": "listing",
    "collection": "listing",
    "product": "product",
    "documentation": "documentation",
    "service": "other",
}
# How often a named kind must be right, held out. Not tuned.
TARGET_PRECISION = 0.7
PROBABILITIES = [p / 20 for p in range(4, 20)]
# The penalty on the standardised weights, per page. Not tuned.
L2 = 1.0
STEPS = 3000
RATE = 0.5
WEIGHTS_FILE = pathlib.Path(__file__).resolve().parent.parent / "src/rules/article/kind_of_page_weights.rs"


def load(path):
    rows, names, x = fit_data.read(path, keep=lambda r: r["page_type"] in TRUTH)
    y = np.array([KINDS.index(TRUTH[r["page_type"]]) for r in rows])
    return rows, names, x, y


def fit(z, y):
    """Multinomial logistic regression; weights (features + bias) x kinds."""
    zb = np.hstack([z, np.ones((len(z), 1))])
    target = np.eye(len(KINDS))[y]
    w = np.zeros((zb.shape[1], len(KINDS)))
    for _ in range(STEPS):
        p = probabilities(w, z)
        grad = zb.T @ (p - target) / len(z)
        grad[:-1] += L2 * w[:-1] / len(z)
        w -= RATE * grad
    return w


def probabilities(w, z):
    s = np.hstack([z, np.ones((len(z), 1))]) @ w
    s -= s.max(1, keepdims=True)
    e = np.exp(s)
    return e / e.sum(1, keepdims=True)


def named(p, threshold):
    """The kind reported for each page: the likeliest if likely enough."""
    best = p.argmax(1)
    return np.where(p.max(1) >= threshold, best, KINDS.index("other"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    rows, names, x, y = load(args.data)
    z, mean, std = fit_data.standardise(x)
    fold = fit_data.folds(rows)
    held_out = np.zeros((len(rows), len(KINDS)))
    for k in range(fit_data.FOLDS):
        train = fold != k
        held_out[~train] = probabilities(fit(z[train], y[train]), z[~train])
    other = KINDS.index("other")

    def precision(threshold):
        kind = named(held_out, threshold)
        chosen = kind != other
        return (kind[chosen] == y[chosen]).mean() if chosen.any() else 1.0

    threshold = next((t for t in PROBABILITIES if precision(t) >= TARGET_PRECISION), PROBABILITIES[-1])
    kind = named(held_out, threshold)
    print(f"{len(rows)} page dumps of kinds other than article, {fit_data.FOLDS} folds by page")
    print(f"held-out accuracy, likeliest kind: {(held_out.argmax(1) == y).mean():.3f}"
          f" (always the commonest kind: {np.bincount(y).max() / len(y):.3f})")
    print(f"min probability {threshold}: accuracy {(kind == y).mean():.3f},"
          f" named kinds right {precision(threshold):.3f},"
          f" pages named a kind other than `other` {(kind != other).mean():.3f}")
    print("confusion (rows: truth, columns: reported):")
    print("               " + " ".join(f"{k[:8]:>8s}" for k in KINDS))
    for i, k in enumerate(KINDS):
        counts = [int(((y == i) & (kind == j)).sum()) for j in range(len(KINDS))]
        print(f"{k:14s} " + " ".join(f"{c:8d}" for c in counts))
    if args.write:
        weights, bias = fit_data.unscale(fit(z, y), mean, std)
        weights = weights.T
        lines = [
            "// Written by scripts/fit_page_kind.py from the development pages; do",
            "// not edit by hand. A kind's score is its BIAS plus its WEIGHTS times",
            "// the page-shape measures and marks of kind; the likeliest kind is",
            "// reported when its probability is at least MIN_PROBABILITY.",
            f"// {len(rows)} page dumps, {fit_data.FOLDS}-fold cross-validation: named kinds right"
            f" {precision(threshold):.3f} of the time, held out.",
            f"pub(super) const MIN_PROBABILITY: f64 = {threshold};",
            f"pub(super) const BIAS: [f64; {len(KINDS)}] = [{', '.join(f'{b:.6}' for b in bias)}];",
            f"pub(super) const WEIGHTS: [[f64; {len(names)}]; {len(KINDS)}] = [",
        ]
        for k, row in zip(KINDS, weights):
            lines.append(f"    // {k}")
            lines.append("    [")
            lines += [f"        {v:.6}, // {n}" for n, v in zip(names, row)]
            lines.append("    ],")
        lines.append("];")
        WEIGHTS_FILE.write_text("\n".join(lines) + "\n")
        print(f"wrote {WEIGHTS_FILE}")


if __name__ == "__main__":
    main()
