"""Name forms and stated sex: what identifies a reporter who is named only informally.

Exact offsets; negative rows say why. Full Redactor (model + rules + patterns).
"""

from __future__ import annotations

import pytest

from jubao_redact import Redactor

# fmt: off
CASES = [  # text, expected [(entity, start, end)] for PERSON and DEMOGRAPHIC only
    ("曹先生来电反映：每到下午", [("PERSON", 0, 3)]),              # the title goes with the surname
    ("市民老程（尾号5741）", [("PERSON", 2, 4)]),                   # 老 + surname
    ("有事找老苏就行。", [("PERSON", 3, 5)]),
    ("举报人：贺女士", [("PERSON", 4, 7)]),
    ("举报人彭浩，男/45岁，现住", [("PERSON", 3, 5), ("DEMOGRAPHIC", 6, 7), ("DEMOGRAPHIC", 8, 11)]),
    ("实名举报人：胡旭（男 73岁）", [("PERSON", 6, 8), ("DEMOGRAPHIC", 9, 10), ("DEMOGRAPHIC", 11, 14)]),
    ("姓名﹕黄淑兰\n性别﹕女\n", [("PERSON", 3, 6), ("DEMOGRAPHIC", 10, 11)]),  # the small colon ﹕ of some forms
    ("经核查，举报者王*反映的问题属实", [("PERSON", 7, 9)]),                   # a masked name in a notice
    ("小时候河水是清的", []),           # 小时 is not 小 + a surname
    ("老百姓都闻到了", []),             # 老百姓 is "ordinary people"
    ("老板说不让进", []),               # 老板: a boss, found by roles from context, not a name form
    ("男女老少都闻到了", []),           # 男 not next to an age or ethnicity
    ("男子汉大丈夫", []),
    ("金鹏厂的拉渣车一路撒", []),      # a unit's short name read whole as a name: 金鹏厂 is a factory
    ("下水道通到刘集幼儿园，孩子们都闻到了", []),  # 刘集 heads the kindergarten's name
    ("张厂长说没事", [("PERSON", 0, 3)]),  # why: 厂长 is a title, the name stays
    ("我向老板反映过两次", []),         # 向 after a word is the preposition, not the surname
    ("我和经理说了", []),               # 和 after a word is "and"
    ("向先生反映噪音扰民", [("PERSON", 0, 3)]),   # 向 opening the sentence is the surname
    ("举报人柳女士反映", [("PERSON", 3, 6)]),     # 柳: from Faker's zh_CN surnames (surnames_extra.txt)
    ("我叫兰阳，家住镇上", [("PERSON", 2, 4)]),   # 兰 is a surname, so 我叫 takes the name
]
# fmt: on

KINDS = {"PERSON", "DEMOGRAPHIC"}


@pytest.fixture(scope="module")
def redactor():
    return Redactor("forward")


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_name_forms(redactor, text, expected):
    found = [(f.entity_type, f.start, f.end) for f in redactor.analyze(text) if f.entity_type in KINDS]
    assert found == expected
