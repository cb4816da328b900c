"""Strip the chrome from text dumps of scraped web pages.

``chaff.clean(text)`` gives back the page's main content (``body``) with
its title, standfirst, byline and language, and a report of every block it
removed and why (``removals``). A ``Cleaner`` holds options and cleans one
dump (``clean``, ``clean_bytes``) or many on all cores (``clean_batch``,
which releases the GIL). Bad input raises ``ChaffError``, a ``ValueError``.
"""

from ._chaff import ChaffError, Cleaned, Cleaner, Removal, kinds, rules

__all__ = ["ChaffError", "Cleaned", "Cleaner", "Removal", "clean", "kinds", "rules"]


def clean(text: str, **options) -> Cleaned:
    """Cleans one dump; ``options`` are those of ``Cleaner``."""
    return Cleaner(**options).clean(text)
