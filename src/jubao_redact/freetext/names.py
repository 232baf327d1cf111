"""Clean-up of the model's PERSON spans, and names repeated in one text.

Why a separate step: the character model finds most names but often gets a
boundary wrong in ways a few exact checks can fix, and each boundary error
costs a miss *and* a false alarm:

- a title or kinship word glued on (王汝大夫, 贺龙元帅, 陈教授 → the name alone,
  the People's Daily convention also used by the title rules);
- a respectful 老 after a surname (胡老, 启功老 → 胡, 启功), an anonymising 某
  (王某 → 王) or a household 家 (刘家 → 刘);
- a function word run on after the name (曹火星为, 卡巴杰时, 庄周梦 → the name);
- an @handle or a run of handles read as one name (英子-殷@5-叶小丢 → the Chinese
  pieces, 叶小丢);
- a place read as a person (科索沃, 荷兰人): dropped when the whole span is a known
  place (not a division: many town aliases are names too), or a place + 人/族.

Then :func:`repeated` tags the other exact occurrences of a name the model found
once in the same text (a Weibo post that names a star three times).
"""

from __future__ import annotations

import re

from jubao_redact.freetext.lexicons import surnames
from jubao_redact.freetext.rules import TITLE_SET

#: Chars a name may contain: CJK ideographs, the middle dots and the dash that join
#: the parts of a foreign name (约翰—格伦); not ``-``/``_``/``@`` of handles.
_NAME_CHAR = re.compile(r"[\u4e00-\u9fff·•—]+")
#: Function words and text nouns that follow a name but never end one of 4+ chars
#: (曹火星为…, 卡巴杰时…, 俞曲园墓): 为 都 时 则 说 在 …
_RUN_ON = frozenset("为都时则说在是也就又便向对把被将曾已了着过的地得梦诗墓等称")
#: Titles that end a model span although they are not in the title rules
#: (those need a preceding surname, these follow a whole name).
_TRAILING = frozenset({"元帅", "天皇", "首相", "总统", "总理", "主席", "大夫", "教授"})


class NameLexicon:
    """Person names (words.tsv categories 2 and 6) and places (3).

    Divisions (5) are not used as places here: many town aliases are also names
    (徐洋, 乌兰)."""

    def __init__(self, words_tsv: str):
        names, places = set(), set()
        for line in words_tsv.splitlines():
            if line and not line.startswith("#"):
                word, cat = line.split("\t")
                if cat in ("2", "6"):
                    names.add(word)
                elif cat == "3":
                    places.add(word)
        self.names, self.places = frozenset(names), frozenset(places)


def _trim(text: str, s: int, e: int, lex: NameLexicon) -> tuple[int, int]:
    """One PERSON span without titles, 老/某/家 suffixes or a run-on function word."""
    single, compound, _ = surnames()
    for k in (3, 2):  # a title: 李赋宁先生 → 李赋宁, 王汝大夫 → 王汝
        if e - s > k and (text[e - k : e] in TITLE_SET or text[e - k : e] in _TRAILING):
            e -= k
            break
    if e - s >= 2 and text[e - 1] == "某":  # 王某, 王某某 → 王
        while e - s >= 2 and text[e - 1] == "某":
            e -= 1
    elif (e - s >= 2 and text[e - 1] == "老") or (  # 胡老, 启功老 → 胡, 启功
        e - s == 2 and text[e - 1] == "家" and text[s] in single  # 刘家 → 刘
    ):
        e -= 1
    if e - s == 2 and text[s] in "小老" and text[s + 1] in single:  # 老刘 → 刘
        s += 1
    if e - s >= 3 and text[e - 1] in _RUN_ON:
        head = text[s : e - 1]
        compound_name = text[s : s + 2] in compound
        names = lex.names
        # 4+ chars: a Chinese name rarely has 4 (compound surnames aside);
        # 3 chars: only when the rest is a known name (庄周梦 → 庄周, not 李大为).
        if (e - s >= 4 and not compound_name) or (head in names and text[s:e] not in names):
            e -= 1
    return s, e


def clean(text: str, s: int, e: int, lex: NameLexicon) -> list[tuple[int, int]]:
    """The PERSON span(s) a model span ``text[s:e]`` really holds (possibly none)."""
    out = []
    for m in _NAME_CHAR.finditer(text, s, e):
        a, b = m.span()
        if b - a < 2 and (a, b) != (s, e):
            continue  # a lone char left between handle punctuation (殷@…)
        a, b = _trim(text, a, b, lex)
        if b > a and not _is_place(text[a:b], lex):
            out.append((a, b))
    return out


def _is_place(word: str, lex: NameLexicon) -> bool:
    """A known place (科索沃, 温哥华), or one + 人/族 (荷兰人).

    A two-char word that starts with a surname keeps its name reading (徐洋 is also
    a jieba place): people are named like that far more often than places.
    """
    places = lex.places
    if len(word) >= 3 and word[-1] in "人族" and word[:-1] in places:
        return True
    return word in places and (len(word) >= 3 or word[0] not in surnames()[0])


def repeated(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Other exact occurrences of names found in ``text`` (2+ chars), not overlapping them.

    One alternation regex of the found names (longest first), one pass: linear.
    """
    names = sorted({text[s:e] for s, e in found if e - s >= 2}, key=len, reverse=True)
    if not names:
        return []
    taken = sorted(found)
    pattern = re.compile("|".join(map(re.escape, names)))
    out = []
    k = 0
    for m in pattern.finditer(text):
        a, b = m.span()
        while k < len(taken) and taken[k][1] <= a:
            k += 1
        if k < len(taken) and taken[k][0] < b:
            continue  # overlaps a span already found
        out.append((a, b))
    return out
