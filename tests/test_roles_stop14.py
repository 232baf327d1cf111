"""Role attribution for wording first met at stop 14 (2026-12-02/03, on the opened halves of
``unseen5`` and ``unseen6``): a summons transcript's speakers, review decisions whose applicant
is the penalised party, a number named as somebody's (X的手机…), replies sent to the reporter
(张峰发至举报人), reward tables' makers and payers, census spot-check sheets with a field beside
the title. Positive rows and negative rows (``# why``); new sentences, synthetic values only."""

from __future__ import annotations

import pytest
from test_roles import _run

from jubao_redact.genre import detect_genre

# fmt: off
CASES = [  # text, findings [(entity, start, end)], expected [(entity, start, end, role, evidence)]
    # a summons transcript: the speaker 李英 is the interviewer named in the 约谈人 field
    ('约谈人：李英、杨佳\n被约谈单位：新乡瑞通再生资源有限公司\n\n李英：近期群众反映你厂夜间排放异味。\n周成：我们马上整改。',
     [('PERSON', 4, 6), ('PERSON', 7, 9), ('ORGANIZATION', 16, 28), ('CN_SOCIAL_ACCOUNT', 30, 32), ('CN_SOCIAL_ACCOUNT', 49, 51)],
     [('CN_SOCIAL_ACCOUNT', 4, 6, 'official', 'role:field:约谈人'), ('PERSON', 7, 9, 'official', 'role:field:约谈人'), ('ORGANIZATION', 16, 28, 'subject', 'role:field:被约谈单位'), ('CN_SOCIAL_ACCOUNT', 30, 32, 'official', 'role:coref:field:约谈人'), ('CN_SOCIAL_ACCOUNT', 49, 51, 'unknown', '')]),
    # a review decision: the applicant contests the bureau's penalty, so the applicant is the party reported
    ('行政复议决定书\n申请人：孙立新，男，1975年3月出生\n被申请人：安阳市生态环境局\n申请人不服被申请人作出的行政处罚决定，向本机关申请行政复议。',
     [('PERSON', 12, 15), ('DEMOGRAPHIC', 16, 17), ('DEMOGRAPHIC', 18, 27), ('ORGANIZATION', 33, 41)],
     [('PERSON', 12, 15, 'subject', 'role:review:penalised-applicant'), ('DEMOGRAPHIC', 16, 17, 'subject', 'role:review:penalised-applicant'), ('DEMOGRAPHIC', 18, 27, 'subject', 'role:review:penalised-applicant'), ('ORGANIZATION', 33, 41, 'official', 'role:field:被申请人')]),
    # why: an applicant who contests the handling of their own report is the reporter
    ('行政复议申请书\n申请人：孙立新，男\n被申请人：安阳市生态环境局\n申请人对被申请人作出的举报处理答复不服，申请行政复议。',
     [('PERSON', 12, 15), ('ORGANIZATION', 23, 31)],
     [('PERSON', 12, 15, 'reporter', 'role:field:申请人'), ('ORGANIZATION', 23, 31, 'official', 'role:field:被申请人')]),
    # the manager's mobile, named as his (李浩的手机…): it goes with him, not with the writer
    ('我是附近村民。厂长李浩的手机13912345678，他天天半夜排污。',
     [('PERSON', 9, 11), ('CN_MOBILE', 14, 25)],
     [('PERSON', 9, 11, 'subject', 'role:cue:厂长'), ('CN_MOBILE', 14, 25, 'subject', 'role:coref:cue:厂长')]),
    # why: 我的手机 after the manager's name is the writer's own number
    ('我是附近村民。厂长李浩，我的手机13912345678，他天天半夜排污。',
     [('PERSON', 9, 11), ('CN_MOBILE', 16, 27)],
     [('PERSON', 9, 11, 'subject', 'role:cue:厂长'), ('CN_MOBILE', 16, 27, 'reporter', 'role:cue:我的')]),
    # the village the writer belongs to, found from 我是…村民
    ('我是上杨庄村村民，厂里排污。', [], [('CN_ADDRESS', 2, 6, 'reporter', 'role:cue:我是')]),
    # why: 附近 (near here) names no place
    ('我是附近村民，厂里天天排污。', [], []),
    # who sends or tells the reporter the reply is the agency's staff
    ('本答复已由张峰发至举报人，请查收。',
     [('PERSON', 5, 7)],
     [('PERSON', 5, 7, 'official', 'role:cue:发至举报人')]),
    ('调查结果由李娜电话告知举报人。',
     [('PERSON', 5, 7)],
     [('PERSON', 5, 7, 'official', 'role:cue:电话告知举报人')]),
    # a reward table: who drew it up and the leader who signs it, the fund's paying account
    ('制表人：王丽    分管领导：赵强\n',
     [('PERSON', 4, 6), ('PERSON', 15, 17)],
     [('PERSON', 4, 6, 'official', 'role:field:制表人'), ('PERSON', 15, 17, 'official', 'role:field:分管领导')]),
    ('举报奖励发放表\n付款账户：6222021234567890128\n收款人：张伟\n',
     [('CN_BANK_CARD', 13, 32), ('PERSON', 37, 39)],
     [('CN_BANK_CARD', 13, 32, 'official', 'role:field:付款账户'), ('PERSON', 37, 39, 'reporter', 'role:field:收款人')]),
    # a census spot-check sheet: the census office checks, the unit's filler is censused
    ('普查数据质量抽查复核表    抽查单位：安阳市第二次全国污染源普查办公室\n填报人：王丽  手机：13812345678\n',
     [('ORGANIZATION', 20, 36), ('PERSON', 41, 43), ('CN_MOBILE', 48, 59)],
     [('ORGANIZATION', 20, 36, 'official', 'role:shape:普查办公室'), ('PERSON', 41, 43, 'subject', 'role:genre:census:填报人'), ('CN_MOBILE', 48, 59, 'subject', 'role:genre:census:手机')]),
]
# fmt: on


@pytest.mark.parametrize(("text", "spans", "expected"), CASES)
def test_roles_stop14_wording(text, spans, expected):
    assert _run(text, spans) == expected


GENRES = [  # text, genre
    # a sheet's title with a field beside it in the same line is still a title
    ("普查数据质量抽查复核表    抽查单位：安阳市普查办\n填报人：王丽\n", "census"),
    # why: a complaint that names the census sheet in a sentence is a letter
    ("我要举报，某厂把普查数据质量抽查复核表改了，数据造假。    联系电话：13812345678\n", "letter"),
]


@pytest.mark.parametrize(("text", "genre"), GENRES)
def test_genre_stop14_wording(text, genre):
    assert detect_genre(text).name == genre


def test_a_name_the_tagger_ran_into_the_verb_loses_it():
    """经办人张峰发至举报人: the tagger's 张峰发 is 张峰, who sends the reply (an official)."""
    from jubao_redact import Redactor

    text = "复核意见已由经办人张峰发至举报人邮箱。"
    got = [(f.entity_type, f.start, f.end, f.role) for f in Redactor(policy="forward").analyze(text)]
    assert got == [("PERSON", 9, 11, "official")]


DOCUMENT_NUMBERS = [  # text, findings [(entity, start, end)] of the whole analyzer
    ('郑州环复决字〔2024〕12号\n行政复议决定书', []),   # a city bureau's issuer: no place, no name
    ('根据安阳环罚字〔2023〕45号决定，', []),
    ('新乡市环督函〔2023〕7号', []),
    ('举报人李环（2024）3号楼', [('PERSON', 3, 5)]),  # why: no kind of document after 环: a name
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENT_NUMBERS)
def test_a_city_bureau_s_document_number_is_none(text, expected):
    from jubao_redact import Redactor

    got = [(f.entity_type, f.start, f.end) for f in Redactor(policy="forward").analyze(text)]
    assert got == expected
