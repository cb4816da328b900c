"""A datatrove pipeline step that cleans each document's text with chaff.

Import it only where datatrove is installed (``pip install datatrove``)::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from chaff.datatrove import ChaffCleaner

    LocalPipelineExecutor(
        pipeline=[JsonlReader("dumps/"), ChaffCleaner(min_words=50), JsonlWriter("clean/")],
        tasks=8,
    ).run()

Each document's ``text`` becomes its cleaned body; ``metadata`` gains
``title``, ``byline``, ``standfirst``, ``language``, ``page_kind`` and
``chaff_removed`` (removed blocks per kind). A document whose body ends
up with fewer than ``min_words`` words, or that chaff cannot clean, is
dropped and counted in the step's stats (``dropped_short``,
``dropped_error``). Documents are cleaned in batches on all cores with
the GIL released.
"""

from collections import Counter

from datatrove.data import DocumentsPipeline
from datatrove.pipeline.base import PipelineStep
from datatrove.utils.batching import batched
from datatrove.utils.typeshelper import StatHints

from . import ChaffError, Cleaner


class ChaffCleaner(PipelineStep):
    """Cleans ``doc.text`` with chaff and keeps its metadata.

    ``min_words`` (default 1: drop empty bodies), ``batch_size`` (documents
    cleaned at once), ``threads`` (default: all cores); any other keyword is
    a ``chaff.Cleaner`` option (``keep``, ``language``, ``idempotent``, ...).
    """

    name = "🧹 chaff"
    type = "🛢 - EXTRAC"

    def __init__(self, min_words: int = 1, batch_size: int = 256, threads=None, **options):
        super().__init__()
        self.min_words = min_words
        self.batch_size = batch_size
        self.threads = threads
        self.options = options
        # Built here so that an unknown option fails at once; rebuilt in
        # each worker, since the native cleaner does not pickle.
        Cleaner(**options)

    def __getstate__(self):
        state = self.__dict__.copy()
        state.pop("_cleaner", None)
        return state

    def _clean(self, texts):
        """The results for ``texts``, None for a text chaff cannot clean."""
        cleaner = self.__dict__.get("_cleaner")
        if cleaner is None:
            cleaner = self._cleaner = Cleaner(**self.options)
        try:
            return cleaner.clean_batch(texts, threads=self.threads)
        except ChaffError:
            results = []
            for text in texts:
                try:
                    results.append(cleaner.clean(text))
                except ChaffError:
                    results.append(None)
            return results

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        for batch in batched(data, self.batch_size):
            with self.track_time("batch"):
                results = self._clean([doc.text for doc in batch])
            for doc, cleaned in zip(batch, results):
                self.stat_update(StatHints.total)
                if cleaned is None:
                    self.stat_update(StatHints.dropped, "dropped_error")
                    continue
                if len(cleaned.body.split()) < self.min_words:
                    self.stat_update(StatHints.dropped, "dropped_short")
                    continue
                doc.text = cleaned.body
                doc.metadata.update(
                    title=cleaned.title,
                    byline=cleaned.byline,
                    standfirst=cleaned.standfirst,
                    language=cleaned.language,
                    page_kind=cleaned.page_kind,
                    chaff_removed=dict(Counter(r.kind for r in cleaned.removals)),
                )
                self.stat_update(StatHints.forwarded)
                self.update_doc_stats(doc)
                yield doc
