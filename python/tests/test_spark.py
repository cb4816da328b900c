"""chaff.spark.clean_column in Spark's local mode, two partitions."""

import os
import pathlib
import sys

import pytest

pyspark = pytest.importorskip("pyspark")
pytest.importorskip("pyarrow")

from pyspark.sql import SparkSession  # noqa: E402

from chaff.spark import clean_column  # noqa: E402

FIXTURES = pathlib.Path(__file__).resolve().parents[2] / "fixtures"
DUMPS = sorted(p for p in FIXTURES.glob("*.txt") if not p.name.endswith(".clean.txt"))


@pytest.fixture(scope="module")
def spark():
    # The workers run this interpreter, which has chaff and pyarrow.
    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("chaff-test")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    yield session
    session.stop()


def test_cleans_a_column_on_two_partitions(spark):
    rows = [(d.stem, d.read_text()) for d in DUMPS] + [("chrome", "Share:\nFacebook"), ("none", None)]
    df = spark.createDataFrame(rows, "id string, text string").repartition(2)
    out = {r["id"]: r for r in clean_column(df, "text", max_bytes=1 << 20).collect()}
    for dump in DUMPS:
        row = out[dump.stem]
        golden = dump.with_name(dump.stem + ".clean.txt").read_text()
        assert row["text"] + "\n" == golden
        assert row["chaff_language"] == "en"
        assert row["chaff_page_kind"] == "article"
        assert row["chaff_error"] is None
        assert sum(row["chaff_removed"].values()) > 0
    assert out["chrome"]["text"] == ""
    assert out["chrome"]["chaff_removed"] == {"share": 2}
    assert out["none"]["text"] is None


def test_a_text_over_the_limit_is_reported_in_its_row(spark):
    df = spark.createDataFrame([("a", "Short text."), ("b", "x" * 200)], "id string, text string")
    out = {r["id"]: r for r in clean_column(df, max_bytes=100).collect()}
    assert out["a"]["text"] == "Short text."
    assert out["b"]["text"] is None
    assert "over the limit of 100 bytes" in out["b"]["chaff_error"]
