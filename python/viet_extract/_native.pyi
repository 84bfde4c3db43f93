"""Type information for the native module ``viet_extract._native``."""

import datetime
import os
from typing import Iterable, List, Literal, Mapping, Optional, Tuple, Union

from ._types import Document

__version__: str

Date = Union[str, datetime.date]
"""A publication date: "YYYY-MM-DD", or a datetime.date (a datetime gives its day)."""

Text = Union[str, Tuple[str, Optional[Date]]]
"""An item of ``extract_many``: a text, or a (text, published) pair."""

def extract(text: str, published: Optional[Date] = None) -> Document:
    """Extracts people, organisations, provinces, dates, figures, legal
    references and facts from one Vietnamese text.

    Spans are code points of ``text``. ``published`` wins over a dateline
    found in the text. Raises ValueError for a malformed date, TypeError for
    a text that is not a str. The GIL is released while the text is read.
    """

def extract_many(texts: Iterable[Text], threads: Optional[int] = None) -> List[Document]:
    """Extracts from every text on ``threads`` threads (default: every core),
    returning one document per text in input order. Each item is a str or a
    (text, published) pair. The GIL is released while the texts are read.
    """

class Extractor:
    """An extractor with options; build it once, share it between threads."""

    def __init__(
        self,
        *,
        published: Optional[Date] = None,
        tone_style: Literal["traditional", "reformed"] = "traditional",
        organisations: Union[
            Iterable[Union[str, Tuple[str, Optional[str]]]], Mapping[str, Optional[str]], None
        ] = None,
        roles: Optional[Iterable[str]] = None,
        surnames: Optional[Iterable[str]] = None,
        organisations_file: Union[str, "os.PathLike[str]", None] = None,
    ) -> None: ...
    def extract(self, text: str, published: Optional[Date] = None) -> Document:
        """Like the module's ``extract``, with this extractor's options."""
    def extract_many(self, texts: Iterable[Text], threads: Optional[int] = None) -> List[Document]:
        """Like the module's ``extract_many``, with this extractor's options."""
    @property
    def published(self) -> Optional[str]:
        """The publication date given for every text, or None."""
    @property
    def tone_style(self) -> Literal["traditional", "reformed"]:
        """Where names put the tone mark."""
