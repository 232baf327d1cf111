"""Table tests for FreeTextTagger on invented complaint text (the shipped model + rules).

Positive rows give exact offsets; negative rows say why nothing is expected.
No corpus file is read: the model ships in the package.
"""

import pytest

from jubao_redact.freetext import FreeTextTagger, TaggedSpan


@pytest.fixture(scope="module")
def tagger():
    return FreeTextTagger.shared()


def spans(tagger, text, label):
    return [(t.start, t.end) for t in tagger.tag(text) if t.label == label]


# fmt: off
PERSON = [  # text, expected PERSON (start, end)
    ("举报人：欧阳晓东，电话略。",             [(4, 8)]),
    ("我叫周小梅，家住镇上。",                 [(2, 5)]),
    ("王先生反映噪音扰民。",                   [(0, 1)]),
    ("张某某承认偷排。",                       [(0, 1)]),
    ("老刘说厂里晚上排污。",                   [(1, 2)]),
    ("此致\n敬礼！\n钱文斌\n2024年3月1日",     [(7, 10)]),
]
NOT_PERSON = [
    "罚款一万元。",                 # why: a number, not a name
    "院子里的李子树被熏死了。",     # why: 李子 is a fruit
    "孩子整天玩王者荣耀。",         # why: a game title
    "工厂在高新区。",               # why: a district name
    "污水直接排进黄河。",           # why: a river
    "罚了五万元。",                 # why: 万元 is an amount
]
ADDRESS = [  # text, expected CN_ADDRESS (start, end)
    ("本人住址：浙江省杭州市西湖区文三路100号3幢201室。", [(5, 27)]),
    ("我家住在河南省商丘市虞城县沙集乡东庄村9组，",       [(4, 21)]),
]
ORGANIZATION = [
    ("被举报单位：恒达化工有限公司。", [(6, 14)]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", PERSON)
def test_person(tagger, text, expected):
    assert spans(tagger, text, "PERSON") == expected


@pytest.mark.parametrize("text", NOT_PERSON)
def test_not_person(tagger, text):
    assert spans(tagger, text, "PERSON") == []


@pytest.mark.parametrize("text,expected", ADDRESS)
def test_address(tagger, text, expected):
    assert spans(tagger, text, "CN_ADDRESS") == expected


@pytest.mark.parametrize("text,expected", ORGANIZATION)
def test_organization(tagger, text, expected):
    assert spans(tagger, text, "ORGANIZATION") == expected


def test_workplace_replaces_organization(tagger):
    text = "我在恒达化工有限公司上班，该厂偷排废水。"
    assert spans(tagger, text, "CN_WORKPLACE") == [(2, 10)]
    assert spans(tagger, text, "ORGANIZATION") == []


def test_full_width_text_gives_same_offsets(tagger):
    raw = "本人住址：北京市海淀区中关村大街１号。"
    folded = "本人住址：北京市海淀区中关村大街1号。"
    assert spans(tagger, raw, "CN_ADDRESS") == spans(tagger, folded, "CN_ADDRESS") != []


def test_spans_slice_the_text_and_cues_hold_no_value(tagger):
    text = "举报人：司马光，男，58岁，汉族，家住江苏省南京市玄武区北京东路41号。"
    found = tagger.tag(text)
    assert {t.label for t in found} >= {"PERSON", "DEMOGRAPHIC", "CN_ADDRESS"}
    for t in found:
        assert isinstance(t, TaggedSpan) and 0 <= t.start < t.end <= len(text)
        assert t.cue is None or text[t.start : t.end] not in t.cue


def test_shared_is_a_singleton():
    assert FreeTextTagger.shared() is FreeTextTagger.shared()


def test_empty_and_long_text(tagger):
    assert tagger.tag("") == []
    long = "我叫周小梅，家住镇上。" * 5000  # crosses the internal window size
    found = [t for t in tagger.tag(long) if t.label == "PERSON"]
    assert len(found) == 5000 and all(long[t.start : t.end] == "周小梅" for t in found)


def test_odd_characters_keep_offsets(tagger):
    text = "我叫周小梅\ud800，😀家住镇上。"  # a lone surrogate and an emoji
    assert [(t.start, t.end) for t in tagger.tag(text) if t.label == "PERSON"] == [(2, 5)]
