"""Transliterated foreign names next to a name cue (基里延科总理, 与姆贝基会谈, 哈比比说).

Why a rule beside the model: the character CRF sees each character's statistics on
its own, and a foreign name is made of characters that are each only *often* in a
name (基 里 延 科); it misses such names even right after or before an office. A run
of three or more transliteration-like characters (``charstats`` kind 2, the share of
a character's uses inside jieba's transliterated names) right next to a word that
names or introduces a person is a name unless it is a known place. Two retrainings
with the run as a model feature instead moved nothing (docs/freetext.md), so it is a
rule, and it only adds names where no other span is.

Places: the lexicon's places (words.tsv category 3) and the world's countries and
cities (``world_places.txt``); a run that contains one is not a name, except that a
country glued in front is cut off (尼日利亚奥利塞赫 → 奥利塞赫).
"""

from __future__ import annotations

import functools
import re

import numpy as np

from jubao_redact.freetext import features as F
from jubao_redact.freetext.lexicons import world_places

#: A char is transliteration-like when its kind-2 bucket reaches this (斯 7, 尔 7, 克 6,
#: 基 5, 里 5, 科 5; 国 2, 的 1).
TRANSLIT_MIN = 5
#: Shorter runs are everyday words (亚洲, 克服, 比如).
RUN_MIN = 3
#: Longer runs are no name (马格坦戈尔·圭尼贡多 has 10 chars), and a bound keeps the
#: place check below linear on junk input.
RUN_MAX = 16
#: The longest place the check looks for inside a run.
PLACE_MAX = 12
#: Middle dots that join the parts of a foreign name (维姆·杜伊森贝赫).
_DOTS = (ord("·"), ord("・"), ord("•"))

# What follows a foreign name: an office or form of address (基里延科总理, 拉特纳亚克
# 议长), a verb of saying or acting (哈比比说, …宣布), or an adverb that goes on from a
# subject (…还表示). Not 和/的/等: after those a run is as often a brand (一部桑塔纳和…).
_AFTER = re.compile(
    r"""(?:副?总统|副?总理|首相|外长|外交部长|国务卿|议长|国王|女王|亲王|王子|主席
          |副?秘书长|大使|参议员|议员|州长|市长|先生|女士|夫人|教授|博士|将军|元帅
          |主教练|教练                                     # offices and titles
          |说|表示|指出|强调|认为|宣布|称|率领|会见|访问|出任|当选   # saying and acting
          |还|则|曾|也                                        # a subject goes on
        )""",
    re.VERBOSE,
)
# What precedes one: an office or role (总理基里延科, 外援…), a preposition or verb that
# takes a person (同…, 会见…, 提名…; not 和, which joins things too), a shirt number
# (9号…) or a list comma.
_BEFORE = re.compile(
    r"""(?:总统|总理|首相|外长|部长|国务卿|议长|国王|主席|秘书长|大使|议员|州长|市长
          |选手|球员|前锋|后卫|中锋|门将|外援|球星|名将|教练|导演|作家|诗人|画家
          |教授|博士|记者|发言人|领导人|领袖|夫人                 # offices and roles
          |同|与|会见|会晤|祝贺|提名|任命                          # takes a person
          |号|、                                                  # 9号…, a list
        )$""",
    re.VERBOSE,
)
#: How far back a preceding cue may start (the longest cue is 3 chars).
_BEFORE_WINDOW = 4


def runs(text: str, stats: np.ndarray) -> list[tuple[int, int]]:
    """Maximal runs of ``RUN_MIN``+ transliteration-like chars (a middle dot between two
    such chars joins them), as (start, end); runs over ``RUN_MAX`` are left out."""
    codes = F.fold_codes(text)
    codes[codes >= F.TABLE_SIZE] = 0
    n = len(codes)
    if n < RUN_MIN:
        return []
    hit = stats[codes, 2] >= TRANSLIT_MIN
    dot = np.isin(codes, _DOTS)
    hit[1:-1] |= dot[1:-1] & hit[:-2] & hit[2:]
    edges = np.flatnonzero(np.diff(np.concatenate(([0], hit.view(np.int8), [0]))))
    pairs = zip(edges[0::2].tolist(), edges[1::2].tolist())
    return [(a, b) for a, b in pairs if RUN_MIN <= b - a <= RUN_MAX]


def _name_part(word: str, places: frozenset[str]) -> int | None:
    """Offset where the name starts inside ``word``, or None when ``word`` is a place.

    A known place glued in front is cut off when 3+ chars remain (尼日利亚|奥利塞赫); a
    word that still contains a place anywhere (阿尔巴尼亚族, 科索沃阿) is not a name."""
    start = 0
    for k in range(len(word) - RUN_MIN, 1, -1):
        if word[:k] in places:
            start = k
            break
    rest = word[start:]
    for i in range(len(rest) - 1):
        for j in range(i + 2, min(len(rest), i + PLACE_MAX) + 1):
            if rest[i:j] in places:
                return None
    return start


def names(
    text: str, stats: np.ndarray, lexicon_places: frozenset[str], taken: list[tuple[int, int]]
) -> list[tuple[int, int, str, float, str]]:
    """PERSON spans for transliterated names next to a name cue, where no span is yet
    (``taken``: the spans already found in ``text``, any label)."""
    found = runs(text, stats)
    if not found:
        return []
    places = _places(lexicon_places)
    covered = np.zeros(len(text) + 1, dtype=np.int32)  # difference array of ``taken``
    for s, e in taken:
        covered[s] += 1
        covered[e] -= 1
    covered = np.cumsum(covered) > 0
    out = []
    for a, b in found:
        start = _name_part(text[a:b], places)
        if start is None:
            continue
        a += start
        if covered[a:b].any():
            continue
        if _AFTER.match(text, b) or _BEFORE.search(text, max(0, a - _BEFORE_WINDOW), a):
            out.append((a, b, "PERSON", 0.6, "rule:translit"))
    return out


@functools.lru_cache(maxsize=4)
def _places(lexicon_places: frozenset[str]) -> frozenset[str]:
    """The lexicon's places and the world's (cached per lexicon: built once)."""
    return lexicon_places | world_places()
