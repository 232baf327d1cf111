"""Table tests for transliterated names next to a name cue (freetext/foreign.py),
through the shipped tagger: the rule adds a name only where the model found none."""

import pytest

from jubao_redact.freetext import FreeTextTagger


@pytest.fixture(scope="module")
def tagger():
    return FreeTextTagger.shared()


def names(tagger, text):
    return [(t.start, t.end) for t in tagger.tag(text) if t.label == "PERSON"]


def rule_names(tagger, text):
    return [(t.start, t.end) for t in tagger.tag(text) if t.cue == "rule:translit"]


# fmt: off
FOUND = [  # text, PERSON spans found by the rule
    ("俄罗斯总统叶利钦与基里延科总理会见。",   [(9, 13)]),   # an office after the name
    ("哈比比说，改革将继续。",                 [(0, 3)]),    # a verb of saying
    ("伊拉拉还表示，两国关系良好。",           [(0, 3)]),    # an adverb going on from a subject
    ("尼日利亚奥利塞赫说，球队会赢。",         [(4, 8)]),    # the country in front is cut off
]
NOT_FOUND = [  # text with no name from the rule
    "同阿尔巴尼亚族代表会谈。",     # why: contains a country (world_places.txt)
    "布基纳法索总统出席。",         # why: a country before an office
    "他开着一部桑塔纳和一部货车。", # why: 和 after a run is no name cue (a car brand)
    "厄尔尼诺现象的影响还在。",     # why: no cue next to the run
    "我们厂旁边的科尔沁路上全是灰。",  # why: 2 chars of translit-like chars only
    "举报人说斯克拉化工厂晚上偷排。",  # why: the model's organisation is kept
    "莫斯科市长表示，",             # why: a place (the lexicon's) before an office
]
# fmt: on


@pytest.mark.parametrize("text,expected", FOUND)
def test_found(tagger, text, expected):
    assert rule_names(tagger, text) == expected
    assert set(expected) <= set(names(tagger, text))


@pytest.mark.parametrize("text", NOT_FOUND)
def test_not_found(tagger, text):
    assert rule_names(tagger, text) == []
