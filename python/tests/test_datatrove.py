"""chaff.datatrove.ChaffCleaner in datatrove's LocalPipelineExecutor."""

import pathlib
import pickle

import pytest

datatrove = pytest.importorskip("datatrove")

from datatrove.data import Document  # noqa: E402
from datatrove.executor import LocalPipelineExecutor  # noqa: E402

from chaff.datatrove import ChaffCleaner  # noqa: E402

FIXTURES = pathlib.Path(__file__).resolve().parents[2] / "fixtures"
DUMPS = sorted(p for p in FIXTURES.glob("*.txt") if not p.name.endswith(".clean.txt"))

kept = []


def collect(data, rank=0, world_size=1):
    for doc in data:
        kept.append(doc)
        yield doc


def test_cleans_the_fixtures_and_drops_empty_bodies(tmp_path):
    kept.clear()
    docs = [Document(text=d.read_text(), id=d.stem) for d in DUMPS]
    docs.append(Document(text="Share:\nFacebook\nTwitter", id="chrome-only"))
    merged = LocalPipelineExecutor(
        pipeline=[docs, ChaffCleaner(min_words=1), collect],
        tasks=1,
        workers=1,
        logging_dir=str(tmp_path / "logs"),
    ).run()
    assert [d.id for d in kept] == [d.stem for d in DUMPS]
    for doc, dump in zip(kept, DUMPS):
        golden = dump.with_name(dump.stem + ".clean.txt").read_text()
        assert doc.text + "\n" == golden
        assert doc.metadata["language"] == "en"
        assert doc.metadata["page_kind"] == "article"
        assert "title" in doc.metadata and "byline" in doc.metadata
        assert all(count > 0 for count in doc.metadata["chaff_removed"].values())
    (step,) = [s for s in merged.stats if "chaff" in s.name]
    stats = step.to_dict()["stats"]
    assert (stats["total"], stats["forwarded"], stats["dropped_short"]) == (6, 5, 1)


def test_options_fail_early_and_the_step_pickles():
    with pytest.raises(ValueError):
        ChaffCleaner(keep=["no-such-kind"])
    step = pickle.loads(pickle.dumps(ChaffCleaner(keep=["related"])))
    docs = [Document(text=DUMPS[0].read_text(), id="x")]
    assert len(list(step.run(docs))) == 1
