"""Tenth template family (``unseen9``), the eighth written blind (docstring to follow)."""

from __future__ import annotations

import importlib

GENRES = ("hotline", "letter", "webform", "chat", "transfer", "notice", "reward", "census")


def builder_for(genre: str):
    if genre not in GENRES:
        raise ValueError(f"unknown genre {genre!r}; known: {', '.join(GENRES)}")
    return importlib.import_module(f"{__name__}.{genre}").build
