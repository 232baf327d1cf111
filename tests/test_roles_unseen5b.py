"""Role attribution for wording first met on ``unseen5-b`` (opened at stop 13, 2026-12-02, once
the helper-written ``unseen6`` took its place as the blind family): duty-room handover logs,
meeting minutes, lawyers' letters for complainants, 复查申请书, bilingual forms, Weibo threads
with agencies' and companies' accounts, visitors who came to report. Positive rows and
negative rows (``# why``); new sentences, synthetic values only."""

from __future__ import annotations

import pytest
from test_roles import _run

# fmt: off
CASES = [  # text, findings [(entity, start, end)], expected [(entity, start, end, role, evidence)]
    # an agency's duty-room handover log: who hands over and who takes over, with their mobiles
    ('交班人：申楠（187-5674-4589）    接班人：王玲\n',
     [('PERSON', 4, 6), ('CN_MOBILE', 7, 20), ('PERSON', 29, 31)],
     [('PERSON', 4, 6, 'official', 'role:field:交班人'), ('CN_MOBILE', 7, 20, 'official', 'role:anchor:field:交班人'), ('PERSON', 29, 31, 'official', 'role:field:接班人')]),
    # the chair of an agency's meeting (主持：X leading its line)
    ('时间：2022.07.25\n主持：葛鹏\n',
     [('PERSON', 17, 19)],
     [('PERSON', 17, 19, 'official', 'role:field:主持')]),
    # why: 主持人 inside a caller's words is no field: the caller stays the reporter
    ('来电人：葛鹏，主持人说不清楚\n',
     [('PERSON', 4, 6)],
     [('PERSON', 4, 6, 'reporter', 'role:field:来电人')]),
    # a person listed with an agency in brackets is its staff; why: with a company in brackets
    # the person's role is not known (removed, fail closed), and the company goes with them
    ('参会人员：魏红霞（河南省生态环境厅，18730313763）、金建（金牛区宏盛食品厂）\n',
     [('PERSON', 5, 8), ('ORGANIZATION', 9, 17), ('CN_MOBILE', 18, 29), ('PERSON', 31, 33), ('ORGANIZATION', 34, 42)],
     [('PERSON', 5, 8, 'official', 'role:affiliated:生态环境厅'), ('ORGANIZATION', 9, 17, 'official', 'role:affiliation:affiliated:生态环境厅'), ('CN_MOBILE', 18, 29, 'official', 'role:anchor:affiliation:affiliated:生态环境厅'), ('PERSON', 31, 33, 'unknown', ''), ('ORGANIZATION', 34, 42, 'reporter', 'role:affiliation:unknown-person')]),
    # a room in the agency's own building
    ('地点：安阳市生态环境局三楼会议室\n',
     [('CN_ADDRESS', 3, 16)],
     [('CN_ADDRESS', 3, 16, 'official', 'role:shape:生态环境局')]),
    # why: a room next to the writer's home is no agency's
    ('我家住安阳市幸福小区三楼会议室旁边\n',
     [('CN_ADDRESS', 3, 15)],
     [('CN_ADDRESS', 3, 15, 'reporter', 'role:cue:我家')]),
    # a place right before the people who came to report, and they (等N人 between the name and 来访)
    ('会议听取了绿城名城周萍等4人多次来访反映河北华康造纸有限责任公司废水直排问题',
     [('CN_ADDRESS', 5, 9), ('PERSON', 9, 11), ('ORGANIZATION', 20, 32)],
     [('CN_ADDRESS', 5, 9, 'reporter', 'role:resident'), ('PERSON', 9, 11, 'reporter', 'role:cue:多次来访'), ('ORGANIZATION', 20, 32, 'subject', 'role:cue:反映')]),
    # why: 等 between a name and a pollution act does not make a reporter
    ('王某等人偷排废水',
     [('PERSON', 0, 2)],
     [('PERSON', 0, 2, 'subject', 'role:cue:偷排')]),
    # a lawyer's letter for the complainants: the firm, the lawyer named in it and the one
    # who signs (承办律师, not the agency's 承办) are on the complainants' side
    ('律 师 函\n焦作海纳律师事务所接受村民马军的委托，指派刘成律师就河南广源印染有限公司污染问题致函贵局。\n    承办律师：潘想    执业证号：41385938\n    电话：13038853236\n',
     [('ORGANIZATION', 6, 15), ('PERSON', 19, 21), ('PERSON', 27, 29), ('ORGANIZATION', 32, 42), ('PERSON', 61, 63), ('CN_MOBILE', 88, 99)],
     [('ORGANIZATION', 6, 15, 'reporter', 'role:shape:律师事务所'), ('PERSON', 19, 21, 'reporter', 'role:cue:村民'), ('PERSON', 27, 29, 'reporter', 'role:cue:律师'), ('ORGANIZATION', 32, 42, 'subject', 'role:act:污染'), ('PERSON', 61, 63, 'reporter', 'role:field:承办律师'), ('CN_MOBILE', 88, 99, 'reporter', 'role:genre:letter:电话')]),
    # 被申请人 of a 复查申请书 is the agency (not the applicant's 申请人 inside the word)
    ('共同申请人:李欢，联系电话13176568620。\n被申请人:山东省生态环境厅，地址历城区工业路270号。\n',
     [('PERSON', 6, 8), ('CN_MOBILE', 13, 24), ('ORGANIZATION', 31, 39), ('CN_ADDRESS', 42, 52)],
     [('PERSON', 6, 8, 'reporter', 'role:field:申请人'), ('CN_MOBILE', 13, 24, 'reporter', 'role:anchor:field:申请人'), ('ORGANIZATION', 31, 39, 'official', 'role:field:被申请人'), ('CN_ADDRESS', 42, 52, 'official', 'role:anchor:field:被申请人')]),
    # a bilingual form: the reported company's block goes on over Address:; the plant manager
    ('Company reported / 被举报单位: 成都宏盛皮革有限公司\nAddress: 金牛区经济技术开发区工业路28号\nDescription:\nHi, our plant manager 刘玉珍 asked us to bypass the scrubber.',
     [('ORGANIZATION', 26, 36), ('CN_ADDRESS', 46, 62), ('PERSON', 98, 101)],
     [('ORGANIZATION', 26, 36, 'subject', 'role:field:被举报单位'), ('CN_ADDRESS', 46, 62, 'subject', 'role:block:被举报单位'), ('PERSON', 98, 101, 'subject', 'role:cue:Plant Manager')]),
    # an agency's account by its city and remit, a company's 官方 account; why: users stay unknown
    ('原博 @清风：利民公司的污水直接流进沟里！@佛山生态环境 管不管？\n2楼 @瑞通官方：您好，请勿传谣。\n3楼 @平安爱家乡：偷排什么？',
     [('CN_SOCIAL_ACCOUNT', 3, 6), ('CN_SOCIAL_ACCOUNT', 21, 28), ('CN_SOCIAL_ACCOUNT', 37, 42), ('CN_SOCIAL_ACCOUNT', 55, 61)],
     [('CN_SOCIAL_ACCOUNT', 3, 6, 'unknown', ''), ('CN_SOCIAL_ACCOUNT', 21, 28, 'official', 'role:shape:account-agency'), ('CN_SOCIAL_ACCOUNT', 37, 42, 'subject', 'role:shape:account-organisation'), ('CN_SOCIAL_ACCOUNT', 55, 61, 'unknown', '')]),
    # 我是X公司的，住…: the writer's employer
    ('第7题 其他补充\n我是焦作市鼎鑫物流有限公司的，住帝湖公馆，不想让厂里知道。',
     [('CN_WORKPLACE', 11, 22), ('CN_ADDRESS', 25, 29)],
     [('CN_WORKPLACE', 11, 22, 'reporter', 'role:cue:我是'), ('CN_ADDRESS', 25, 29, 'reporter', 'role:cue:我是')]),
]
# fmt: on


@pytest.mark.parametrize(("text", "spans", "expected"), CASES)
def test_roles_unseen5b_wording(text, spans, expected):
    assert _run(text, spans) == expected
