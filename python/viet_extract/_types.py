"""The shape of a document, as typed dicts (for type checkers and readers).

These are the fields of the crate's JSON output (docs/output.md in the
repository): every field is always present, an absent value is None and an
empty list []. Closed sets are lower-case words that a later release may
extend, so they are typed as str. Spans count code points of the text
given, so ``text[span["start"]:span["end"]]`` is the mention.
"""

from typing import List, Optional, TypedDict


class Span(TypedDict):
    """A range of the text in code points: ``text[start:end]``."""

    start: int
    end: int


class Mention(TypedDict):
    """One place an item is mentioned, and the id of the rule that found it."""

    span: Span
    rule: str


class Title(TypedDict):
    """A role ("Chủ tịch") and the body it is held in, as written, or None."""

    role: str
    organisation: Optional[str]


class Person(TypedDict):
    """One human, with the fullest form of the name in the text."""

    name: str
    honorific: Optional[str]
    """"ông", "bà", "anh", "chị", "đồng chí"… as used."""
    gender: Optional[str]
    """"male" or "female" when the honorific tells it."""
    titles: List[Title]
    degrees: List[str]
    """Academic prefixes ("PGS.TS."), never part of the name."""
    mentions: List[Mention]


class Organisation(TypedDict):
    """One named body."""

    name: str
    acronym: Optional[str]
    aliases: List[str]
    mentions: List[Mention]


class Province(TypedDict):
    """A province-level unit of Vietnam."""

    name: str
    """Canonical, without "tỉnh"/"thành phố" ("Hồ Chí Minh")."""
    kind: str
    """"province" or "city"."""
    gso_code: str
    era: str
    """"pre2025" (the 63 units) or "2025" (the 34 from 2025-07-01)."""
    merged_into: Optional[str]
    mentions: List[Mention]


class DateMention(TypedDict):
    """A date expression resolved to an ISO value ("2024-11-03", "2024-11", "2024")."""

    text: str
    value: str
    part_of_day: Optional[str]
    time: Optional[str]
    mentions: List[Mention]


class Figure(TypedDict):
    """A quantity with a unit or a counted noun."""

    text: str
    value: float
    """In base units: 288 tỷ đồng is 288000000000.0."""
    unit: str
    """"VND", "USD", "%", "km"… or the counted noun ("khoản viện trợ")."""
    kind: str
    """"money", "percent", "count" or "measure"."""
    value_max: Optional[float]
    qualifier: Optional[str]
    """"over", "under", "about", "range" or None."""
    mentions: List[Mention]


class LegalRef(TypedDict):
    """A reference to a legal or party document ("Chỉ thị số 12-CT/TW")."""

    text: str
    kind: str
    number: str
    issuer: Optional[str]
    date: Optional[str]
    mentions: List[Mention]


class Fact(TypedDict):
    """A statement that carries figures: when, who, what was done, how much."""

    span: Span
    date: Optional[str]
    subject: Optional[str]
    verb: Optional[str]
    figures: List[Figure]


class Document(TypedDict):
    """Everything found in one text."""

    published: Optional[str]
    """The publication date the text was read against, or None."""
    people: List[Person]
    organisations: List[Organisation]
    provinces: List[Province]
    dates: List[DateMention]
    figures: List[Figure]
    legal_refs: List[LegalRef]
    facts: List[Fact]
