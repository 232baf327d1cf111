"""The common interface of every file format: extract text segments, write redacted ones back.

A format module reads a file into a :class:`Document`: an ordered list of :class:`Segment`
(a piece of text and *where it lives*: line, paragraph, table cell, sheet cell, page, core
property…) plus whatever the module needs to put new text back into the same place. The
library analyses all segments of a document together (joined with a separator that no
recognizer bridges), maps each finding back to its segment, and hands the module one new
text per changed segment. Locations never contain a value from the document: they name
parts, indexes and coordinates only.
"""

from __future__ import annotations

import bisect
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from jubao_redact.models import Replacement


@dataclass
class Segment:
    """One piece of text and where it lives in its file.

    ``location`` is human-readable and value-free (``header 1, paragraph 2``). ``line`` and
    ``column`` (1-based) are set for formats addressed by line; for a whole-file text
    segment they are computed per offset (see :meth:`locate`). ``spans`` refine a location
    for part of the text: ``(start, end, suffix)`` such as ``(12, 20, "tracked insertion")``.
    ``join`` is the separator placed after this segment when segments are analysed
    together: ``"\\n\\n"`` stops every recognizer and context window, ``"\\t"`` or ``"\\n"``
    lets context (a label in the previous cell or line) reach the value.
    ``title_of`` / ``safe_location``: when this segment's location quotes a name taken from
    the document (a sheet title) and segment ``title_of`` has findings, ``safe_location`` is
    shown instead, so a name that is itself personal data never reaches a report.
    """

    text: str
    location: str
    line: int | None = None
    column: int | None = None
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    join: str = "\n\n"
    title_of: int | None = None
    safe_location: str | None = None
    line_addressed: bool = False
    allow_marker_lines: frozenset[int] = frozenset()
    _line_starts: list[int] | None = field(default=None, repr=False)

    def locate(self, offset: int) -> tuple[str, int | None, int | None]:
        """(location, line, column) of a character offset inside this segment."""
        suffix = ""
        for start, end, note in self.spans:
            if start <= offset < end:
                suffix = f" ({note})"
                break
        if not self.line_addressed:
            return self.location + suffix, self.line, self.column
        if self._line_starts is None:
            starts = [0]
            text = self.text
            pos = text.find("\n")
            while pos != -1:
                starts.append(pos + 1)
                pos = text.find("\n", pos + 1)
            self._line_starts = starts
        index = bisect.bisect_right(self._line_starts, offset) - 1
        line = (self.line or 1) + index
        column = offset - self._line_starts[index] + 1
        where = f"{self.location}{line}:{column}" if self.location else f"{line}:{column}"
        return where + suffix, line, column

    def allowed(self, offset: int) -> bool:
        """True when the line holding ``offset`` carries the inline allow marker."""
        if not self.allow_marker_lines:
            return False
        _, line, _ = self.locate(offset)
        return line in self.allow_marker_lines


@dataclass
class SegmentEdit:
    """The redacted text of one segment and where each replacement went."""

    text: str
    replacements: list[Replacement]
    removed_values: list[str] = field(default_factory=list, repr=False)


class Document(ABC):
    """A file read into segments. Subclasses set ``FORMAT`` and ``SUFFIXES``."""

    FORMAT: ClassVar[str] = ""
    SUFFIXES: ClassVar[tuple[str, ...]] = ()
    #: a separate review note shown in reports (e.g. "embedded objects not inspected")
    warnings: list[str]

    def __init__(self, path: Path) -> None:
        self.path = path
        self.warnings = []
        self.segments: list[Segment] = []

    @classmethod
    @abstractmethod
    def load(cls, path: Path) -> "Document":
        """Read and parse ``path``; raise an InputError subclass naming the file if it cannot."""

    @abstractmethod
    def write(self, out: Path, edits: dict[int, SegmentEdit]) -> None:
        """Write a copy of the file to ``out`` with the edited segments replaced."""

    def residual_check(self, out: Path, removed_values: list[str]) -> str | None:
        """After :meth:`write`: the name of a part of ``out`` that still holds a removed
        value, or None. Container formats scan every part; others rely on re-analysis."""
        return None

    @property
    def empty(self) -> bool:
        return not any(s.text.strip() for s in self.segments)


def redistribute(pieces: list[tuple[int, int]], replacements: list[Replacement],
                 new_text: str) -> list[str]:
    """New text of each piece of a segment split over several runs (formatting kept).

    ``pieces`` are ``(start, end)`` ranges of the original segment text, in order and not
    overlapping (the runs); a replacement that spans several runs is written into the run
    where it starts, and the parts it covers in later runs are emptied. Characters outside
    replacements stay in their own run.
    """
    reps = sorted(replacements, key=lambda r: r.source_start)
    out: list[str] = []
    for p_start, p_end in pieces:
        buf: list[str] = []
        pos = p_start
        for rep in reps:
            if rep.source_end <= p_start or rep.source_start >= p_end:
                continue
            lo = max(rep.source_start, p_start)
            if lo > pos:
                buf.append(_slice_unchanged(pos, lo, reps, new_text))
            if p_start <= rep.source_start < p_end:
                buf.append(new_text[rep.start : rep.end])
            pos = min(rep.source_end, p_end)
        if pos < p_end:
            buf.append(_slice_unchanged(pos, p_end, reps, new_text))
        out.append("".join(buf))
    return out


def _slice_unchanged(start: int, end: int, reps: list[Replacement], new_text: str) -> str:
    """Original range [start, end) that no replacement touches, read from the new text."""
    shift = 0
    for rep in reps:
        if rep.source_end <= start:
            shift += (rep.end - rep.start) - (rep.source_end - rep.source_start)
    return new_text[start + shift : end + shift]
