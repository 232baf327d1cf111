"""coref._FORM_BEFORE_VERB, written to start with one character class, matches what its
two-branch form did."""

from __future__ import annotations

import random
import re

from benchmarks.bench_speed import corpus_text
from jubao_redact.coref import _COMMON_SURNAMES, _FORM_BEFORE_VERB, HAN

_REFERENCE = re.compile(
    rf"""(?P<form>[老小](?=[{_COMMON_SURNAMES}])(?<!(?![与和同跟])[{HAN}][老小])[{_COMMON_SURNAMES}]
                 |[{_COMMON_SURNAMES}](?=某)(?<!(?![与和同跟])[{HAN}][{_COMMON_SURNAMES}])(?:某某|某))
         (?=通过|拨打|联名|举报|投诉|反映|来电|来信|致电
           |(?:共同|一起|一同|联合)(?:举报|投诉|反映)
           |[与和同跟][^\n，,。；;]{{1,6}}?(?:共同|一起|一同|联合|联名)(?:举报|投诉|反映))
    """,
    re.X,
)


def _spans(rx, text):
    return [m.span("form") for m in rx.finditer(text)]


def test_same_matches_as_the_two_branch_form():
    text = corpus_text(200_000)
    assert _spans(_FORM_BEFORE_VERB, text) == _spans(_REFERENCE, text)
    rng = random.Random(3)
    alphabet = "老小刘王某与和同跟X的共同一起举报投诉反映通过，\n。 "
    for _ in range(3000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 60)))
        assert _spans(_FORM_BEFORE_VERB, s) == _spans(_REFERENCE, s), s
