"""Third blind template family (``unseen3``): the same eight genres, other documents.

    python -m benchmarks.bench_roles --family unseen3 --detect analyzer   # aggregate only

(Provenance and figures: filled in below when the family is finished.)
"""

from __future__ import annotations

import importlib

GENRES = ("hotline", "letter", "webform", "chat", "transfer", "notice", "reward", "census")


def builder_for(genre: str):
    if genre not in GENRES:
        raise ValueError(f"unknown genre {genre!r}; known: {', '.join(GENRES)}")
    return importlib.import_module(f"{__name__}.{genre}").build
