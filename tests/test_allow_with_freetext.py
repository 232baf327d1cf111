"""Allow lists against the free-text model: dates and document numbers are never a name."""

from __future__ import annotations

import pytest

from jubao_redact import Redactor

# fmt: off
CASES = [  # text, the allowed part that no finding may touch
    ("环境问题转办通知单（苏环督〔2023〕第080号）", "苏环督〔2023〕第080号"),  # issuer looks like a name
    ("来电登记表（编号鲁环信〔2022〕22号）", "鲁环信〔2022〕22号"),
    ("上次二〇二二年八月十七日环保局来查，他们提前关门了", "二〇二二年八月十七日"),  # date in Chinese numerals
]
# fmt: on


@pytest.fixture(scope="module")
def redactor():
    return Redactor("discuss")


@pytest.mark.parametrize(("text", "allowed"), CASES)
def test_no_finding_touches_an_allowed_span(redactor, text, allowed):
    a = text.index(allowed)
    b = a + len(allowed)
    assert [f for f in redactor.analyze(text) if f.start < b and a < f.end] == []


def test_trimmed_not_dropped():
    # why: the model ran 环保局 into the date; the date is cut off, the agency stays found
    text = "上次二〇二二年八月十七日环保局来查"
    found = [(f.entity_type, text[f.start : f.end]) for f in Redactor("discuss").analyze(text)]
    assert found == [("ORGANIZATION", "环保局")]


def test_one_character_surname_forms_are_not_dropped():
    # why: 曹先生 is tagged as the surname 曹 (one character); only trimmed spans have a minimum
    text = "曹先生来电反映：每到下午就有异味"
    found = [(f.entity_type, text[f.start : f.end]) for f in Redactor("forward").analyze(text)]
    assert ("PERSON", "曹") in found or ("PERSON", "曹先生") in found



def test_a_name_inside_a_chat_nickname_does_not_cut_the_nickname():
    # why: the model scores the name 麦田 above the speaker 麦田随风; the container must win,
    # or 随风 is left in the output
    text = "[9点45分] 麦田随风：又排了\n麦田随风：我也闻到了"
    found = [(f.entity_type, text[f.start : f.end]) for f in Redactor("discuss").analyze(text)]
    assert found == [("CN_SOCIAL_ACCOUNT", "麦田随风"), ("CN_SOCIAL_ACCOUNT", "麦田随风")]


@pytest.mark.parametrize("address", ["奉化东郊开发区云峰路119号", "平湖市庆丰新村110幢4单元934", "金华义乌市下骆宅紫金3区120-9-8"])
def test_a_house_number_is_not_a_hotline(redactor, address):
    # why: 119, 110 and 120 are hotlines alone, house numbers before 号/幢/-; the address stays whole
    text = f"本人住址：{address}。"
    a = text.index(address)
    covered = set()
    for f in redactor.analyze(text):
        if f.entity_type == "CN_ADDRESS":
            covered.update(range(f.start, f.end))
    assert set(range(a, a + len(address))) <= covered
