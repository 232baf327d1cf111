"""coref._full_name_pattern matches what the guarded two-part alternation it replaced did."""

from __future__ import annotations

import random
import re

from benchmarks.bench_speed import corpus_text
from jubao_redact.coref import HAN, _full_name_pattern
from jubao_redact.roles_cues import first_char_guard, trie_pattern


def _reference(full: set[str]) -> str:
    """The pattern as it was built before: a first-character guard, the long names' trie,
    then the two-character names' trie with the lookahead after it."""
    long_names = [n for n in full if len(n) >= 3]
    short = [n for n in full if len(n) == 2]
    parts = []
    if long_names:
        parts.append(trie_pattern(long_names))
    if short:
        parts.append(rf"(?:{trie_pattern(short)})"
                     rf"(?=[^{HAN}]|[说讲称反映投举通的家和也等是在那要让跟])")
    return first_char_guard(full) + "(?:" + "|".join(parts) + ")"


def test_same_matches_as_the_guarded_alternation():
    rng = random.Random(7)
    chars = "张王李欧阳明华建国三丰林洋"
    text = corpus_text(50_000)
    for _ in range(200):
        full = {"".join(rng.choice(chars) for _ in range(rng.randint(2, 4)))
                for _ in range(rng.randint(1, 30))}
        sample = "".join(rng.choice(chars + "说的家，。 a1") for _ in range(2000)) + text[:5000]
        want = [m.span() for m in re.finditer(_reference(full), sample)]
        assert [m.span() for m in re.finditer(_full_name_pattern(full), sample)] == want
