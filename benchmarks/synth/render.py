"""Assemble a document from templates while recording exact gold offsets.

A template is ordinary text with slots: ``"举报人{R.name}，电话{R.mobile}。"``. A slot is
``{WHO.what}``; ``WHO`` says whose it is and therefore the role of the span:

    R reporter · H reporter's household member (role reporter) · W reporter's employer
    S subject enterprise · B its boss/manager (subject) · T third party
    A handling agency · O agency staff member (official) · P public institution
    N never-flag items (hotlines, dates, money, case numbers, permits, readings)

Each slot resolves to pieces (text + optional label/role/form, or a never kind). The
``Builder`` concatenates pieces and records offsets as it goes, so spans are exact by
construction; tests re-check ``text[start:end] == span.text``.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from .model import NeverItem, Span, SynthDoc


@dataclass(frozen=True)
class Piece:
    text: str
    label: str | None = None
    role: str | None = None
    form: str = "plain"
    never: str | None = None  # kind of a never-flag item


SLOT = re.compile(r"\{([A-Z])\.([a-z0-9_]+)\}")


class Builder:
    """Accumulates text, gold spans and never items with running offsets."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._pos = 0
        self.spans: list[Span] = []
        self.never: list[NeverItem] = []

    def add(self, piece: Piece | str) -> None:
        if isinstance(piece, str):
            piece = Piece(piece)
        start, end = self._pos, self._pos + len(piece.text)
        if piece.label:
            self.spans.append(Span(start, end, piece.label, piece.role or "unknown", piece.text, piece.form))
        elif piece.never:
            self.never.append(NeverItem(start, end, piece.never, piece.text))
        self._parts.append(piece.text)
        self._pos = end

    def render(self, template: str, resolve) -> None:
        """Append ``template`` with each ``{W.x}`` replaced by ``resolve(W, x)`` pieces."""
        i = 0
        for m in SLOT.finditer(template):
            if m.start() > i:
                self.add(template[i:m.start()])
            for piece in resolve(m.group(1), m.group(2)):
                self.add(piece)
            i = m.end()
        if i < len(template):
            self.add(template[i:])

    def doc(self, doc_id: str, genre: str) -> SynthDoc:
        return SynthDoc(doc_id, genre, "".join(self._parts), list(self.spans), list(self.never))


def pick(rng: random.Random, weighted: dict[str, int]) -> str:
    return rng.choices(list(weighted), weights=list(weighted.values()))[0]
