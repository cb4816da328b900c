"""Cleaning a Spark DataFrame column with chaff, through Arrow batches.

``clean_column(df, "text")`` returns ``df`` with its ``text`` column
cleaned and the metadata beside it, computed by ``mapInArrow`` (which also
works under Spark Connect): each executor cleans its Arrow batches with
``Cleaner.clean_batch``, on all its cores, with the GIL released::

    from chaff.spark import clean_column

    cleaned = clean_column(spark.read.json("dumps/"), "text", min_words=50)
    cleaned.write.parquet("clean/")

Added columns (each name after ``prefix``, default ``chaff_``): ``title``,
``byline``, ``standfirst``, ``language``, ``page_kind`` (strings) and ``removed``
(map of kind to the count of blocks removed as it); ``error`` holds the
message for a text chaff could not clean, whose column is then null. A
null text stays null.
"""

from collections import Counter

from . import ChaffError, Cleaner

_META = ("title", "byline", "standfirst", "language", "page_kind")


def clean_column(df, column: str = "text", prefix: str = "chaff_", **options):
    """``df`` with ``column`` cleaned and the metadata columns added;
    ``options`` are ``chaff.Cleaner``'s. Needs pyspark and pyarrow."""
    import pyarrow as pa
    from pyspark.sql.types import IntegerType, MapType, StringType, StructField, StructType

    Cleaner(**options)  # an unknown option fails here, not in an executor
    added = [StructField(prefix + name, StringType()) for name in _META]
    added.append(StructField(prefix + "removed", MapType(StringType(), IntegerType())))
    added.append(StructField(prefix + "error", StringType()))
    schema = StructType(df.schema.fields + added)

    def clean_batches(batches):
        cleaner = Cleaner(**options)
        for batch in batches:
            texts = batch.column(column).to_pylist()
            results = _clean_all(cleaner, texts)
            columns = {name: batch.column(name) for name in batch.schema.names}
            columns[column] = pa.array(
                [None if r is None or isinstance(r, str) else r.body for r in results], pa.string()
            )
            for name in _META:
                columns[prefix + name] = pa.array(
                    [getattr(r, name) if _ok(r) else None for r in results], pa.string()
                )
            columns[prefix + "removed"] = pa.array(
                [
                    list(Counter(x.kind for x in r.removals).items()) if _ok(r) else None
                    for r in results
                ],
                pa.map_(pa.string(), pa.int32()),
            )
            columns[prefix + "error"] = pa.array(
                [r if isinstance(r, str) else None for r in results], pa.string()
            )
            yield pa.RecordBatch.from_arrays(
                [columns[f.name] for f in schema.fields], names=[f.name for f in schema.fields]
            )

    return df.mapInArrow(clean_batches, schema)


def _ok(result):
    return result is not None and not isinstance(result, str)


def _clean_all(cleaner, texts):
    """Per text: its result, None for a null text, or the error message."""
    present = [t for t in texts if t is not None]
    try:
        done = iter(cleaner.clean_batch(present))
        return [None if t is None else next(done) for t in texts]
    except ChaffError:
        results = []
        for text in texts:
            if text is None:
                results.append(None)
                continue
            try:
                results.append(cleaner.clean(text))
            except ChaffError as error:
                results.append(str(error))
        return results
