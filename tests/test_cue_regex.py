"""The cue regexes written out in case forms match what the IGNORECASE ones matched."""

from __future__ import annotations

import re
import string
import sys

from benchmarks.bench_speed import corpus_text
from jubao_redact.roles_cues import (
    _ASCII_CASE,
    _alternation,
    case_forms,
    cue_table,
    first_char_guard,
    trie_pattern,
)

_FIELD = r"""(?P<field>[ \t]*[：:|｜]|\t|[ \u3000]{2,}(?=[^ \u3000\n])
              |[ \u3000]?[】\]］〕][ \t\u3000]*(?=[^\s【\[［〔]))?"""


def _reference(words) -> re.Pattern:
    """The cue regex as it was built before case forms: guard, trie, IGNORECASE."""
    words = list(words)
    return re.compile(first_char_guard(words) + r"(?P<word>" + trie_pattern(words) + ")" + _FIELD,
                      re.X | re.IGNORECASE)


def test_ascii_case_table_is_what_re_ignorecase_matches():
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for letter in string.ascii_lowercase:
        matched = {m.group() for m in re.finditer(letter, every, re.IGNORECASE)}
        assert matched == set(_ASCII_CASE[letter]), letter


def test_case_forms():
    assert sorted(case_forms("qq号")) == sorted(["qq号", "qQ号", "Qq号", "QQ号"])
    assert len(case_forms("来源ip")) == 8
    assert case_forms("举报人") == ["举报人"]
    assert case_forms("straße") is None  # ß is cased and not ASCII: the IGNORECASE path


def test_same_matches_as_ignorecase():
    table = cue_table()
    samples = [
        "举报人：张三 QQ号：123456 Qq号码 qQ 提交IP：1.2.3.4 来源Ip 我QQ是 V我 v我 İp ıp ıP K ſ",
        "【举报人】李四\n联系电话    13800000000\n被举报单位｜某厂\n该厂负责人王五说\n",
    ]
    samples.append(corpus_text(200_000))
    for side, words in table.by_side.items():
        new, old = table.regex[side], _reference(words)
        for text in samples:
            got = [(m.span(1), m.group(1, 2)) for m in new.finditer(text)]
            want = [(m.span(1), m.group(1, 2)) for m in old.finditer(text)]
            assert got == want, side
        for probe in ("qq号码：", "QQ号", "IP:", "ıp", "v我家", "举报人姓名", "AssignedTo：",
                      "ASSIGNEDTO\t", "aſſignedto", "assigned"):
            a, b = new.match(probe), old.match(probe)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


def test_fallback_keeps_ignorecase():
    rx = _alternation(["straße", "举报人"])
    assert rx.flags & re.IGNORECASE
    assert rx.match("STRASSE") is None and rx.match("Straße")


def test_long_ascii_keys_keep_the_prefix_set():
    """A long ASCII key (assignedto, 4,608 case forms) is written with case classes: no side
    falls back to IGNORECASE and its first-character guard (the slow path)."""
    table = cue_table()
    assert "assignedto" in table.by_side["left"]
    for side in table.regex:
        assert not table.regex[side].flags & re.IGNORECASE, side
    rx = _alternation(["assignedto", "as", "举报人"])
    ref = _reference(["assignedto", "as", "举报人"])
    for probe in ("ASSIGNEDTO：x", "Assignedt", "aS|", "ASSIGNEDTOO", "举报人：", "K"):
        a, b = rx.match(probe), ref.match(probe)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), probe
