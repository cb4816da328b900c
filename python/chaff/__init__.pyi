from ._chaff import ChaffError as ChaffError
from ._chaff import Cleaned as Cleaned
from ._chaff import Cleaner as Cleaner
from ._chaff import Removal as Removal
from ._chaff import kinds as kinds
from ._chaff import rules as rules

def clean(
    text: str,
    *,
    keep: object = ...,
    drop: object = ...,
    disable_rules: object = ...,
    language: object = ...,
    page_kind: object = ...,
    input_format: object = ...,
    keep_markdown: bool = ...,
    nfkc: bool = ...,
    idempotent: bool = ...,
    max_bytes: object = ...,
) -> Cleaned: ...
