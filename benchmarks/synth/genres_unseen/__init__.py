"""Unseen-wording template families: the same eight genres, written separately.

The role rules were tuned on ``benchmarks/synth/genres/``. These modules were written
afterwards, without looking at the rules' cue lists or at any failure, with other field
labels (诉求人/来信人/留言人/信访人, 联系号码/手机/电话号码, 涉事企业/问题单位/投诉对象…),
other sentence wordings, colloquial and dialect-ish chat, other layouts (label on its own
line, horizontal transfer tables, QQ-style chat headers, 12345 留言 forms, 落款 variants)
and mixed ASCII/full-width punctuation.

Every pool is split in two halves by position: ``unseen-a`` (even items) and ``unseen-b``
(odd items); ``unseen`` uses both. Fixes to the role code may look at failures on
``unseen-a`` only; ``unseen-b`` is only ever measured (see docs/roles.md).
"""

from __future__ import annotations

import importlib

GENRES = ("hotline", "letter", "webform", "chat", "transfer", "notice", "reward", "census")
VARIANTS = ("unseen", "unseen-a", "unseen-b")


def builder_for(genre: str):
    if genre not in GENRES:
        raise ValueError(f"unknown genre {genre!r}; known: {', '.join(GENRES)}")
    return importlib.import_module(f"{__name__}.{genre}").build
