"""Readers and writers per file type, discovered: a module here that defines a
:class:`~jubao_redact.formats.base.Document` subclass with ``SUFFIXES`` adds a format.

>>> from jubao_redact.formats import open_document   # doctest: +SKIP
>>> doc = open_document(Path("complaint.docx"))
>>> [s.location for s in doc.segments][:2]
['body, paragraph 1', 'header 1, paragraph 1']
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache
from pathlib import Path

from jubao_redact.errors import UnsupportedFormatError
from jubao_redact.formats.base import Document, Segment, SegmentEdit

__all__ = ["Document", "Segment", "SegmentEdit", "format_for", "open_document",
           "supported_suffixes"]


@lru_cache(maxsize=1)
def _registry() -> dict[str, type[Document]]:
    table: dict[str, type[Document]] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name in ("base",) or info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        for value in vars(module).values():
            if (isinstance(value, type) and issubclass(value, Document)
                    and value.__module__ == module.__name__ and value.SUFFIXES):
                for suffix in value.SUFFIXES:
                    table[suffix] = value
    return table


def supported_suffixes() -> tuple[str, ...]:
    return tuple(sorted(_registry()))


def format_for(path: Path) -> type[Document]:
    """The Document class for a path's suffix, or UnsupportedFormatError listing the known."""
    cls = _registry().get(path.suffix.lower())
    if cls is None:
        raise UnsupportedFormatError(
            f"{path}: file type '{path.suffix or '(none)'}' is not supported; known: "
            f"{', '.join(supported_suffixes())} (exclude it with --exclude)")
    return cls


def open_document(path: Path) -> Document:
    """Read a file into segments; raises an InputError subclass naming the file."""
    return format_for(path).load(path)
