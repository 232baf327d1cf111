"""The JSON-able records of the synthetic corpus: a document, its gold spans, its never items."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

LABELS = (
    "CN_ID_CARD", "CN_MOBILE", "CN_LANDLINE", "EMAIL_ADDRESS", "IP_ADDRESS", "CN_WECHAT",
    "CN_QQ", "CN_SOCIAL_ACCOUNT", "CN_BANK_CARD", "CN_PASSPORT", "CN_HK_MACAO_PERMIT",
    "CN_LICENSE_PLATE", "CN_USCC", "URL", "PERSON", "CN_ADDRESS", "ORGANIZATION",
    "CN_WORKPLACE", "DEMOGRAPHIC",
)
STRUCTURED = LABELS[:14]  # found by pattern + checksum; the rest are free text
ROLES = ("reporter", "subject", "third_party", "official", "public")
NEVER_KINDS = ("hotline", "date", "time", "money", "case_number", "permit", "reading", "quantity")


@dataclass
class Span:
    """A gold mention: ``text == doc.text[start:end]``; ``form`` is how it is written."""

    start: int
    end: int
    label: str
    role: str
    text: str
    form: str = "plain"


@dataclass
class NeverItem:
    """Text that looks like an identifier but must not be flagged (e.g. 12369, 8,600元)."""

    start: int
    end: int
    kind: str
    text: str


@dataclass
class SynthDoc:
    id: str
    genre: str
    text: str
    spans: list[Span] = field(default_factory=list)
    never: list[NeverItem] = field(default_factory=list)

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, d: dict) -> SynthDoc:
        return cls(d["id"], d["genre"], d["text"], [Span(**s) for s in d["spans"]],
                   [NeverItem(**n) for n in d["never"]])
