"""What the two fitting scripts share: reading the rows that

    cargo run --release --features fitting --example evaluate -- \\
        ../shared/evalset --fit-data target/fit-data.tsv

writes (bench, format, page, page_type, the two readings' scores, then
the page-shape measures and the marks of kind), the five folds by page
name, and moving weights fitted on standardised measures back onto the
raw ones that chaff computes.
"""

import csv
import zlib

import numpy as np

FOLDS = 5
# The columns before the measures.
FIXED_COLUMNS = 6


def read(path, keep=lambda row: True):
    """The rows `keep` accepts, the measures' names and their values."""
    with open(path, newline="") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t") if keep(r)]
    names = list(rows[0].keys())[FIXED_COLUMNS:]
    x = np.array([[float(r[n]) for n in names] for r in rows])
    return rows, names, x


def folds(rows, repeat=0):
    """Each row's fold: by page name, so that every format of a page is in
    the same fold and no page is judged by a model that saw it. Each
    `repeat` above 0 deals the pages into folds anew (the name salted with
    it), for cross-validation repeated to steady its estimates."""
    salt = f"{repeat}:" if repeat else ""
    return np.array([zlib.crc32((salt + r["page"]).encode()) % FOLDS for r in rows])


def standardise(x):
    """The measures scaled to mean 0 and spread 1, with the mean and
    spread used."""
    mean, std = x.mean(0), x.std(0) + 1e-9
    return (x - mean) / std, mean, std


def unscale(w, mean, std):
    """Weights fitted on standardised measures, bias last (one column per
    class, or a vector for one), as weights and bias on the raw measures."""
    shape = (-1,) + (1,) * (w.ndim - 1)
    weights = w[:-1] / std.reshape(shape)
    bias = w[-1] - (w[:-1] * (mean / std).reshape(shape)).sum(0)
    return weights, bias
