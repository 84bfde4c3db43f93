"""People, titles, organisations, provinces, dates and figures from Vietnamese text.

>>> import viet_extract
>>> text = "Chiều 3/11, Chủ tịch UBND tỉnh Sóc Trăng Trần Văn An phát biểu."
>>> doc = viet_extract.extract(text, published="2024-11-04")
>>> doc["people"][0]["name"]
'Trần Văn An'
>>> span = doc["people"][0]["mentions"][0]["span"]
>>> text[span["start"]:span["end"]]
'Trần Văn An'

``extract`` returns a dict with the fields of the crate's JSON output;
``extract_many`` reads many texts on every core, in order; ``Extractor``
holds options (publication date, tone style, extra organisations, roles
and surnames). Spans are Python string indices (code points).
"""

from ._native import Extractor, __version__, extract, extract_many
from ._types import (
    DateMention,
    Document,
    Fact,
    Figure,
    LegalRef,
    Mention,
    Organisation,
    Person,
    Province,
    Span,
    Title,
)

__all__ = [
    "DateMention",
    "Document",
    "Extractor",
    "Fact",
    "Figure",
    "LegalRef",
    "Mention",
    "Organisation",
    "Person",
    "Province",
    "Span",
    "Title",
    "__version__",
    "extract",
    "extract_many",
]
