"""Found and attributed at stop 15 (2026-12-03), from the own-genre leaks of the policies other
than forward on the opened halves (``publish`` on notices, ``reward`` on reward papers): the
residents who reported, named after the word for them (举报的X村群众钟龙), where a reply was
posted (已寄至绿城小区), payees written ``收款人 : *荣``, a tax record's name column, 老X before
a verb, a party's lawyer. Each row runs the whole analyzer: (entity, start, end, role).
Positive rows and negative rows (``# why``); new sentences, synthetic values only."""

from __future__ import annotations

import pytest

from jubao_redact import Redactor

# fmt: off
CASES = [  # text, expected [(entity, start, end, role)]
    # a notice thanks the residents who reported: their village and their name are theirs
    ('    对积极举报的薛店镇下薛店村群众钟龙，依规给予奖励。\n',
     [('CN_ADDRESS', 10, 17, 'reporter'), ('PERSON', 19, 21, 'reporter')]),
    # why: what the writer reports (举报的X…养殖场) is the reported place
    ('我举报的薛店镇下薛店村养殖场，一直排污。', [('CN_ADDRESS', 4, 14, 'subject')]),
    # why: 群众 before an everyday word (满意, 代表, 路线, 反映) names nobody
    ('群众满意。群众代表，群众路线。群众反映，该厂夜间排污。', []),
    # a published table's note: where the written reply to the reporter was posted
    ('备注：第1件举报人方*兰要求书面答复，已寄至绿城小区。\n',
     [('PERSON', 9, 12, 'reporter'), ('CN_ADDRESS', 22, 26, 'reporter')]),
    # why: posted to the company: no place of anyone's
    ('整改通知已寄至该公司。', []),
    # a transfer receipt's masked payee, the label's colon set off by blanks
    ('转账成功\n人民币2000元\n收款人 : *荣\n', [('PERSON', 20, 22, 'reporter')]),
    # a withholding-tax record in CSV: the name column (税率, 应扣税额 are headers too)
    ('序号,姓名,证件类型,证件号码,所得金额,税率,应扣税额,备注\n1,边敏,居民身份证,410700195411078687,10000.00,20%,2000.00,\n',
     [('PERSON', 34, 36, 'reporter'), ('CN_ID_CARD', 43, 61, 'reporter')]),
    # 老X before a verb is a person (found; whose is left to the document: unknown, removed)
    ('经审理查明：老李开一辆农用车往坑里倒废油。', [('PERSON', 6, 8, 'unknown')]),
    # a duty log: the caller's number broken over two lines inside the bracket; 反映 after it
    ('1. 00:14，李阳（158165\n80838）反映新乡金鹏汽车维修有限公司偷排废水。',
     [('PERSON', 9, 11, 'reporter'), ('CN_MOBILE', 12, 24, 'reporter'), ('ORGANIZATION', 27, 39, 'subject')]),
    # 我家住在X: the place starts after 住在 and keeps its house number (not 在X村, leaving 41号)
    ('我家住在郑州市荥阳市东赵镇上杨庄村41号，现在全是灰。', [('CN_ADDRESS', 4, 20, 'reporter')]),
    # a party's lawyer in a review decision is a person
    ('委托代理人:石楠，律师。\n', [('PERSON', 6, 8, 'reporter')]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_found_and_attributed(text, expected):
    got = [(f.entity_type, f.start, f.end, f.role) for f in Redactor(policy="publish").analyze(text)]
    assert got == expected


FOUND = [  # text, expected findings [(entity, start, end)]
    # a census taker's SMS log: the unit by its legal form after a number and a bracket
    ('发送至 13248975043（河南长青造纸有限公司 岳先生）：您好。',
     [('CN_MOBILE', 4, 15), ('ORGANIZATION', 16, 26), ('PERSON', 27, 30)]),
    # the unit for short: a trade name of two characters and 厂
    ('吕女士您好，鼎鑫厂的清查表已审核通过。', [('PERSON', 0, 3), ('ORGANIZATION', 6, 9)]),
    # a lawyer's letter: the company starts after 就 (指派刘成律师就…), the lawyer stays a name
    ('指派刘成律师就河南广源印染有限公司污染问题致函贵局。', [('PERSON', 2, 4), ('ORGANIZATION', 7, 17)]),
    # the writer's employer named by its legal form is a workplace (我是X有限公司的)
    ('我是焦作市鼎鑫物流有限公司的，住帝湖公馆。', [('CN_WORKPLACE', 2, 13), ('CN_ADDRESS', 16, 20)]),
    # where the model read the unit, its edges stand (not 象佛山… cut after the 对 of 对象)
    ('受奖人徐桂花(电话尾号7819),举报对象佛山恒瑞塑料制品有限公司,奖金12万元。',
     [('PERSON', 3, 6), ('CN_MOBILE', 11, 15), ('ORGANIZATION', 21, 33)]),
    # why: 被申请人 : X局 is the other party's field, no name after it
    ('被申请人 : 新乡市生态环境局卫辉分局。\n申请人 : 李娜，女。',
     [('ORGANIZATION', 7, 19), ('PERSON', 27, 29), ('DEMOGRAPHIC', 30, 31)]),
    # why: 这个厂, 该厂, 化工厂 name no unit; 姓王 alone is no name
    ('这个厂的老板姓王，该厂和化工厂都在排。', []),
    # the boss as X总; why: 小李总是 is 小李 and 总是 (always), no 李总
    ('段总您好，小李总是迟到。', [('PERSON', 0, 2), ('PERSON', 5, 7)]),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_found(text, expected):
    got = [(f.entity_type, f.start, f.end) for f in Redactor(policy="census").analyze(text)]
    assert got == expected


def test_our_own_labels_are_no_cues_when_a_scrubbed_text_is_read_again():
    """A scrubbed copy is re-read before it is written (documents: nothing left to remove):
    〔身份证号〕 that the label operator left before a cell is no field cue, so the company after
    it is not made the reporter's (the README's example register.xlsx failed on that)."""
    text = "1\t〔姓名〕\t〔手机号〕\t〔身份证号〕\t某某化工有限公司\n"
    got = [(f.entity_type, f.start, f.end, f.role, f.action) for f in Redactor(policy="forward").analyze(text)]
    assert got == [("ORGANIZATION", 20, 28, "unknown", "keep")]
    from jubao_redact.roles_cues import find_cues

    words = [text[h.start:h.end] for h in find_cues(text)["left"]]
    assert "身份证号" not in words
    # why: the same word written by a person (not in our brackets) is still a cue
    plain = "1\t张莉\t15024388171\t身份证号\t某某化工有限公司\n"
    assert "身份证号" in [plain[h.start:h.end] for h in find_cues(plain)["left"]]
