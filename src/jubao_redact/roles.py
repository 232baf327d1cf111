"""Attribute stage: whose is each finding (reporter, subject, third party, official, public)?

This module holds the interface the redactor calls and the part that needs no linguistics:
facts the caller already knows (``reporter=["李明", "13937112345"]``, ``subject=[...]``) are
found wherever they occur and give their role to every finding with the same normalised
value. Cue words, form fields, genre and coreference come on top of this (issue 4).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from presidio_analyzer import RecognizerResult

from jubao_redact.normalize import TextViews, fold_digits

KNOWN_RECOGNIZER = "KnownFactsRecognizer"


@dataclass(frozen=True)
class RoleDecision:
    role: str
    evidence: tuple[str, ...] = ()
    cluster: str | None = None


def normalized(value: str) -> str:
    """Comparison form: digits-folded, separators and case dropped (138-1234 ≡ 1381234)."""
    folded = fold_digits(value)
    if sum(ch.isdigit() for ch in folded) >= 5:
        return "".join(ch for ch in folded if ch.isalnum()).upper()
    return folded.strip()


@dataclass
class KnownFacts:
    """Values the caller knows to be the reporter's or the subject's."""

    reporter: tuple[str, ...] = ()
    subject: tuple[str, ...] = ()
    _index: dict[str, tuple[str, int]] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        for role, values in (("subject", self.subject), ("reporter", self.reporter)):
            for i, value in enumerate(values):
                if value and value.strip():
                    # reporter wins over subject if a caller lists a value twice: fail closed
                    self._index[normalized(value)] = (role, i)

    def __bool__(self) -> bool:
        return bool(self._index)

    def __repr__(self) -> str:  # never print the values
        return f"KnownFacts(reporter={len(self.reporter)} values, subject={len(self.subject)} values)"

    def lookup(self, value: str) -> tuple[str, int] | None:
        return self._index.get(normalized(value))

    def find_mentions(self, views: TextViews) -> list[tuple[int, int, str, int]]:
        """Every occurrence of a known value in the text: (start, end, role, index).

        Matched on the digit-folded view so 13937112345 is found as １３９…; values with
        digits also match with separators between the digits.
        """
        out = []
        haystack = views.digits
        for role, values in (("reporter", self.reporter), ("subject", self.subject)):
            for i, value in enumerate(values):
                if not value or not value.strip():
                    continue
                folded = fold_digits(value.strip())
                if sum(ch.isdigit() for ch in folded) >= 5:
                    chars = [re.escape(ch) for ch in folded if ch.isalnum()]
                    regex = re.compile(r"(?<![0-9])" + r"[ \t.-]?".join(chars) + r"(?![0-9])",
                                       re.IGNORECASE)
                else:
                    regex = re.compile(re.escape(folded))
                out.extend((m.start(), m.end(), role, i) for m in regex.finditer(haystack))
        return out


def attribute(views: TextViews, results: list[RecognizerResult],
              known: KnownFacts) -> list[RoleDecision]:
    """One RoleDecision per result, in order."""
    decisions = []
    text = views.original
    for r in results:
        hit = known.lookup(text[r.start : r.end]) if known else None
        if hit is not None:
            role, index = hit
            decisions.append(RoleDecision(role, ("known:" + role,), f"{role}-{index}"))
        else:
            decisions.append(RoleDecision("unknown"))
    return decisions
