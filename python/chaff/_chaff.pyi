"""Type stubs of chaff's native module."""

from typing import Any, Dict, List, Optional, Sequence

class ChaffError(ValueError):
    """An input chaff cannot clean or an option it does not know.

    ``offset`` (invalid UTF-8: the byte of the first bad sequence), and
    ``size`` and ``limit`` (an input over ``max_bytes``) are set when the
    error names them.
    """

    offset: int
    size: int
    limit: int

class Removal:
    """One removed block."""

    @property
    def kind(self) -> str:
        """The kind of chrome (``share``, ``comments``, ``navigation``, ...)."""
    @property
    def rule(self) -> str:
        """The rule that removed it (see ``chaff.rules()``)."""
    @property
    def text(self) -> str:
        """The block's text."""
    @property
    def first_line(self) -> int:
        """Its first line in the input, from 1."""
    @property
    def last_line(self) -> int:
        """Its last line in the input, from 1."""
    def to_dict(self) -> Dict[str, Any]:
        """The removal as a plain dict."""

class Cleaned:
    """What cleaning one dump gave."""

    @property
    def body(self) -> str:
        """The main content: paragraphs in input order, a blank line between them."""
    @property
    def title(self) -> Optional[str]:
        """The headline, if the dump starts with one."""
    @property
    def standfirst(self) -> Optional[str]:
        """The standfirst under the headline, if any."""
    @property
    def byline(self) -> Optional[str]:
        """The author's name, if found."""
    @property
    def language(self) -> Optional[str]:
        """The dump's language code (``en``, ``de``, ...), or None."""
    @property
    def page_kind(self) -> Optional[str]:
        """The kind of page the dump was read as (``article``, ``thread``, ``listing``, ``product``,
        ``documentation`` or ``other``), or None for an empty dump."""
    @property
    def format(self) -> str:
        """How the dump was read: ``plain``, ``layout`` or ``markdown``."""
    @property
    def removals(self) -> List[Removal]:
        """Every removed block, in input order."""
    def to_dict(self) -> Dict[str, Any]:
        """The result as a plain dict, removals as dicts."""

class Cleaner:
    """A configured cleaner; cheap to build, safe to share between threads.

    ``keep`` and ``drop`` take kinds of chrome (``chaff.kinds()``),
    ``disable_rules`` rule names (``chaff.rules()``), ``language`` a code
    (``en``, ``de``, ``fr``, ``es``, ``it``, ``pt``, ``nl``, ``pl``),
    ``page_kind`` a kind of page (``article``: keep only the article's run
    of prose; ``thread``, ``listing``, ``product``, ``documentation`` or
    ``other``: keep every block the chrome rules do not take) and
    ``input_format`` a dump format (``plain``, ``layout``, ``markdown``)
    instead of guessing them. An unknown name raises ``ChaffError``
    naming it and the valid ones.
    """

    def __init__(
        self,
        *,
        keep: Optional[Sequence[str]] = None,
        drop: Optional[Sequence[str]] = None,
        disable_rules: Optional[Sequence[str]] = None,
        language: Optional[str] = None,
        page_kind: Optional[str] = None,
        input_format: Optional[str] = None,
        keep_markdown: bool = False,
        nfkc: bool = False,
        idempotent: bool = False,
        max_bytes: Optional[int] = None,
    ) -> None: ...
    def clean(self, text: str) -> Cleaned:
        """Cleans one dump."""
    def clean_bytes(self, data: bytes, lossy: bool = False) -> Cleaned:
        """Cleans UTF-8 bytes; invalid UTF-8 raises (with ``offset``) or, lossy, is replaced."""
    def clean_batch(self, texts: Sequence[str], threads: Optional[int] = None) -> List[Cleaned]:
        """Cleans many dumps on ``threads`` threads (default: all cores), in input order."""

def kinds() -> List[str]:
    """The kinds of chrome, by the names ``keep`` and ``drop`` take."""

def rules() -> List[str]:
    """The rules in the order they run, by the names ``disable_rules`` takes."""
