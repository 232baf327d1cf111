"""CN_WORKPLACE: which organisation spans are the reporter's own employer.

Organisation spans are given, as the tagger would report them, so these rows pin down the
cue logic alone. Synthetic names and units.
"""

from __future__ import annotations

import pytest

from jubao_redact.freetext.workplace import workplace_fields, workplace_spans


def org(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


# fmt: off
CASES = [  # text, organisation named in it, is it the reporter's workplace?
    ("我在新乡市供电公司上班，厂子就在隔壁", "新乡市供电公司", True),
    ("来电者自述在洛阳市第七人民医院上班，每天闻到臭味", "洛阳市第七人民医院", True),
    ("来电人表示自己在荥阳市农村信用合作社工作，如有奖励请打卡", "荥阳市农村信用合作社", True),
    ("我系郑州市利民物流有限公司退休职工，现居郑州", "郑州市利民物流有限公司", True),
    ("举报人田飞，男，汉族，在开元养殖有限公司当会计。", "开元养殖有限公司", True),
    ("所在单位：郑州市供电公司\nQQ号：4245", "郑州市供电公司", True),
    ("【所在单位】安阳县城关镇卫生院\n【QQ号】9913", "安阳县城关镇卫生院", True),
    ("工作单位（选填）\n新乡市供电公司\n情况说明", "新乡市供电公司", True),     # value on the next line
    ("| 工作单位 | 新乡市第九人民医院 |\n| 被举报单位 | 河南众诚化工有限公司 |", "新乡市第九人民医院", True),
    ("反映人单位：安阳市第六人民医院\n涉事主体：安阳佳美制药有限公司", "安阳市第六人民医院", True),
    ("申领人老陈（涧西区李集镇卫生院）举报洛阳华康商品混凝土有限公司", "涧西区李集镇卫生院", True),
    ("安阳市第三人民医院员工李兵投诉安阳利民化工有限公司", "安阳市第三人民医院", True),
    ("举报人唐雪，女，52岁，天润建筑工程有限公司员工。", "天润建筑工程有限公司", True),
    ("被举报单位：河南众诚化工有限公司", "河南众诚化工有限公司", False),   # the reported party's field
    ("涉事单位：焦作鑫源印染有限公司", "焦作鑫源印染有限公司", False),     # same
    ("申领人老陈（涧西区李集镇卫生院）举报洛阳华康商品混凝土有限公司", "洛阳华康商品混凝土有限公司", False),  # what was reported
    ("我在河南众诚化工有限公司附近住，天天闻到臭味", "河南众诚化工有限公司", False),  # near it, not working there
    ("河南众诚化工有限公司员工说晚上偷排", "河南众诚化工有限公司", False),  # its staff speak; nobody is described
    ("我是河南众诚化工有限公司的邻居", "河南众诚化工有限公司", False),     # a neighbour, not an employee
]
# fmt: on


@pytest.mark.parametrize(("text", "name", "expected"), CASES)
def test_workplace_cues(text, name, expected):
    span = org(text, name)
    assert (span in workplace_spans(text, [span])) is expected


def test_only_given_spans_come_back():
    text = "所在单位：郑州市供电公司"
    assert workplace_spans(text, []) == []  # no organisation found there, nothing to relabel


# fmt: off
HEADS = [  # text, the span the model found, the workplace span expected (the name's head taken back)
    ("俺儿子在开元商品混凝土有限公司干活。", "混凝土有限公司", "开元商品混凝土有限公司"),   # 俺 + a relative; the trade name
    ("本人巴飞，获嘉县农村信用合作社职工，住获嘉县刘集镇", "农村信用合作社", "获嘉县农村信用合作社"),  # the writer introduced, a division glued before
    ("我在新乡市供电公司上班", "新乡市供电公司", "新乡市供电公司"),                    # why: nothing left out
    ("我单位是新乡市供电公司，就在厂子对面。", "新乡市供电公司", "新乡市供电公司"),      # 我单位是…
    ("本人的工作单位为郑州市第八中学。", "郑州市第八中学", "郑州市第八中学"),
]
HEADS_NEGATIVE = [  # text, the span: not a workplace
    ("厂里的张三，豫丰化工有限公司员工，天天偷排。", "豫丰化工有限公司"),    # why: a third person introduced, not the writer
    ("我在厂门口，看见开元商品混凝土有限公司的车在倒", "混凝土有限公司"),  # why: no verb of working after it
    ("我在厂外。新乡市混凝土有限公司上班的人说", "混凝土有限公司"),        # why: the cue's sentence ended before it
    ("被举报单位是新乡市混凝土有限公司", "新乡市混凝土有限公司"),          # why: the reported party's unit
]
# fmt: on


@pytest.mark.parametrize(("text", "found", "expected"), HEADS)
def test_workplace_takes_back_the_head(text, found, expected):
    assert workplace_spans(text, [org(text, found)]) == [org(text, expected)]


@pytest.mark.parametrize(("text", "found"), HEADS_NEGATIVE)
def test_workplace_head_negative(text, found):
    assert workplace_spans(text, [org(text, found)]) == []


# fmt: off
FIELDS = [  # text, the values of reporter-unit fields in it
    ("704室\n所在单位：郑州市供电公司\nQQ号：4245", ["郑州市供电公司"]),
    ("【所在单位】安阳县城关镇卫生院\n【QQ号】9913", ["安阳县城关镇卫生院"]),
    ("工作单位（选填）\n新乡市供电公司\n情况说明", ["新乡市供电公司"]),   # value on the next line
    ("所在单位  洛阳市宏盛超市\nQQ号  6203", ["洛阳市宏盛超市"]),        # column gap
    ("| 工作单位 | 新乡市第九人民医院 |", ["新乡市第九人民医院"]),
    ("举报人：王某；工作单位：郑州市第八中学；电话：略", ["郑州市第八中学"]),  # fields on one line
    ("工作单位：无\n联系电话：略", []),                 # why: the field was left empty
    ("| 反映人单位 | 问题属地 | 企业负责人 |", []),       # why: a header row: the next cell is a label
    ("被举报单位：河南众诚化工有限公司", []),            # why: the reported party's field
    ("被举报人所在单位：河南众诚化工有限公司", []),      # why: the reported person's unit, not the reporter's
]
# fmt: on


@pytest.mark.parametrize(("text", "values"), FIELDS)
def test_unit_field_values(text, values):
    assert [text[s:e] for s, e in workplace_fields(text)] == values
