"""Small term lists shipped beside the model (each file has a source/date header)."""

from __future__ import annotations

import functools
from importlib import resources


def _lines(name: str) -> list[list[str]]:
    text = (
        resources.files("jubao_redact.freetext").joinpath("data", name).read_text(encoding="utf-8")
    )
    return [ln.split("\t") for ln in text.splitlines() if ln and not ln.startswith("#")]


@functools.cache
def surnames() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(single-char surnames, compound surnames, surnames that are also everyday words).

    ``surnames.txt`` (curated) and ``surnames_extra.txt`` (the rarer ones of jionlp's
    百家姓 list: 缪, 萧, 辜…); build_data reads only the first, so the model's lexicons
    do not depend on the second."""
    rows = _lines("surnames.txt") + _lines("surnames_extra.txt")
    single = frozenset(r[0] for r in rows if len(r[0]) == 1)
    compound = frozenset(r[0] for r in rows if len(r[0]) == 2)
    ambiguous = frozenset(r[0] for r in rows if len(r) > 1 and r[1] == "a")
    return single, compound, ambiguous


@functools.cache
def not_names() -> tuple[str, ...]:
    """Words that look like names but are not (李子, 黄河, 王者荣耀, 小河)."""
    return tuple(r[0] for r in _lines("not_names.txt"))


@functools.cache
def world_places() -> frozenset[str]:
    """Countries, their official names, capitals and big cities of the world
    (阿尔巴尼亚, 布基纳法索, 斯特拉斯堡), for telling a transliterated name from a place."""
    return frozenset(r[0] for r in _lines("world_places.txt"))


@functools.cache
def common_words() -> frozenset[str]:
    """Everyday words of two or three characters (``words.tsv`` category 1: jieba's
    dictionary less its names), for rules that take a surname and what follows as a name
    only where it is no word (群众满意, 群众代表 are words; 群众钟龙 is a name)."""
    return frozenset(r[0] for r in _lines("words.tsv") if len(r) > 1 and r[1] == "1" and 2 <= len(r[0]) <= 3)
