"""Role attribution for what ``unseen4-b`` showed once it was opened (2026-12-02, stop 12,
after three blind measures): defaults that kept a citizen's contact by where it stood, table
rows, call transcripts, agency work groups, signatures. The general rules are fail-closed ones:
a mobile is the agency's only next to the agency or its staff, a table's act is another
cell's text, a transcript's 来电人： names who speaks. Positive rows and negative rows
(``# why``); new sentences, synthetic values only.
"""

from __future__ import annotations

import pytest
from test_roles import _run

# fmt: off
CASES = [  # text, findings [(entity, start, end)], expected [(entity, start, end, role, evidence)]
    # a mobile at the foot of a reward sheet, under the winner, with no agency near: the
    # complaint's default (the winner's), not the closing part's (the agency's)
    ('举报奖励发放表\n领奖人：王建国\n奖励金额：5000元\n经研究，现予发放。\n联系电话：13852479931\n',
     [('PERSON', 12, 15), ('CN_MOBILE', 42, 53)],
     [('PERSON', 12, 15, 'reporter', 'role:field:领奖人'), ('CN_MOBILE', 42, 53, 'reporter', 'role:genre:reward:联系电话')]),
    # why: under the agency's name, its contact person's mobile is the agency's
    ('举报奖励领取通知\n请于30日内到我局领取。\n新乡市生态环境局\n联系人：王洋  电话：13852479931\n',
     [('ORGANIZATION', 22, 30), ('PERSON', 35, 37), ('CN_MOBILE', 42, 53)],
     [('ORGANIZATION', 22, 30, 'official', 'role:shape:生态环境局'), ('PERSON', 35, 37, 'official', 'role:genre:reward:联系人'),
      ('CN_MOBILE', 42, 53, 'official', 'role:genre:reward:电话')]),
    # a table row: the contact column right of the complainer's is the complainer's; the act
    # in another cell (排放废水) says nothing of it
    ('交办单\n序号\t被反映对象\t反映问题\t反映人\t联系电话\n1\t泰和沥青厂\t通过暗管向厂外排放废水\t倪凤英\t0512-26503232\n',
     [('ORGANIZATION', 29, 34), ('PERSON', 47, 50), ('CN_LANDLINE', 51, 64)],
     [('ORGANIZATION', 29, 34, 'subject', 'role:column:被反映'), ('PERSON', 47, 50, 'reporter', 'role:column:反映人'),
      ('CN_LANDLINE', 51, 64, 'reporter', 'role:column:反映人')]),
    # why: the unit's own phone column stays the unit's
    ('交办单\n序号\t被反映对象\t单位电话\t反映问题\n1\t泰和沥青厂\t0512-26503232\t通过暗管向厂外排放废水\n',
     [('ORGANIZATION', 25, 30), ('CN_LANDLINE', 31, 44)],
     [('ORGANIZATION', 25, 30, 'subject', 'role:column:被反映'), ('CN_LANDLINE', 31, 44, 'subject', 'role:column:单位电话')]),
    # the school of the writer's child, named with the class
    ('补充说明：我是槐荫区实验小学初一（7）班学生的家长，孩子在三水区第六幼儿园上大班。',
     [('ORGANIZATION', 7, 14), ('ORGANIZATION', 29, 37)],
     [('ORGANIZATION', 7, 14, 'reporter', 'role:cue:初一'), ('ORGANIZATION', 29, 37, 'reporter', 'role:cue:上大班')]),
    # an agency's work group named in the export's field: its speakers are staff, the reporter
    # they pass on stays the reporter
    ('钉钉群聊记录导出\n群名称∶信访件办理专班\n导出人∶张红霞    导出时间∶2021/10/05 20:25\n\n高建华  2021-10-05 8:27:40\n'
     '12369转来一件，举报人王涛，电话15252571230，要求保密\n张红霞  2021-10-05 8:31:23\n收到。',
     [('PERSON', 25, 28), ('CN_SOCIAL_ACCOUNT', 55, 58), ('PERSON', 92, 94), ('CN_MOBILE', 97, 108), ('CN_SOCIAL_ACCOUNT', 114, 117)],
     [('CN_SOCIAL_ACCOUNT', 25, 28, 'official', 'role:field:导出人'), ('CN_SOCIAL_ACCOUNT', 55, 58, 'official', 'role:speaker:staff'),
      ('PERSON', 92, 94, 'reporter', 'role:cue:举报人'), ('CN_MOBILE', 97, 108, 'reporter', 'role:anchor:cue:举报人'),
      ('CN_SOCIAL_ACCOUNT', 114, 117, 'official', 'role:coref:field:导出人')]),
    # why: a residents' group is no agency's: who says they reported is the reporter
    ('群聊记录导出\n群名称∶小区业主群\n\n高建华  2021-10-05 8:27:40\n我打了12369举报，电话15252571230\n张红霞  2021-10-05 8:31:23\n收到。',
     [('CN_SOCIAL_ACCOUNT', 18, 21), ('CN_MOBILE', 55, 66), ('CN_SOCIAL_ACCOUNT', 67, 70)],
     [('CN_SOCIAL_ACCOUNT', 18, 21, 'reporter', 'role:speaker:self'), ('CN_MOBILE', 55, 66, 'reporter', 'role:genre:chat:电话'),
      ('CN_SOCIAL_ACCOUNT', 67, 70, 'third_party', 'role:speaker:other')]),
    # a call transcript: 来电人： names who speaks; the place they point at is no field value
    # of theirs (unknown: removed in forward, fail closed), nor is their number (removed too)
    ('12369热线录音转文字\n坐席：您好，请讲。\n来电人：就在王村东头那个化工厂，二七区大学路709号。\n坐席：您的联系电话是？\n来电人：13750378976。',
     [('CN_ADDRESS', 39, 49), ('CN_MOBILE', 67, 78)],
     [('CN_ADDRESS', 39, 49, 'unknown', ''), ('CN_MOBILE', 67, 78, 'unknown', '')]),
    # why: in a record with no agent's turns, 来电人：X is a field
    ('来电记录\n来电人：王强\n联系电话：13750378976\n来电人：李明\n',
     [('PERSON', 9, 11), ('CN_MOBILE', 17, 28), ('PERSON', 33, 35)],
     [('PERSON', 9, 11, 'reporter', 'role:field:来电人'), ('CN_MOBILE', 17, 28, 'reporter', 'role:genre:hotline:联系电话'),
      ('PERSON', 33, 35, 'reporter', 'role:field:来电人')]),
    # the unit under a private signer's name is the signer's workplace (fail closed)
    ('这家企业的法人叫陈春梅。\n\n郭晨\n瑞通养殖有限公司\n手机：13812345678',
     [('PERSON', 8, 11), ('PERSON', 14, 16), ('ORGANIZATION', 17, 25), ('CN_MOBILE', 29, 40)],
     [('PERSON', 8, 11, 'subject', 'role:cue:法人'), ('PERSON', 14, 16, 'unknown', ''),
      ('ORGANIZATION', 17, 25, 'reporter', 'role:affiliation:signature'), ('CN_MOBILE', 29, 40, 'reporter', 'role:genre:letter:手机')]),
    # why: under a staff member's name, the agency stays the agency
    ('请镇里配合核查。\n\n李艳\n洛阳市生态环境局\n电话：(0379)84390591',
     [('PERSON', 10, 12), ('ORGANIZATION', 13, 21), ('CN_LANDLINE', 25, 39)],
     [('PERSON', 10, 12, 'official', 'role:signature:生态环境局'), ('ORGANIZATION', 13, 21, 'official', 'role:shape:生态环境局'),
      ('CN_LANDLINE', 25, 39, 'official', 'role:signature:生态环境局')]),
    # who transfers a police call and who dispatches it are staff
    ('非警务警情转接单\n转接民警：刘伟    派单人：陈静',
     [('PERSON', 14, 16), ('PERSON', 24, 26)],
     [('PERSON', 14, 16, 'official', 'role:field:转接民警'), ('PERSON', 24, 26, 'official', 'role:field:派单人')]),
]
# fmt: on


@pytest.mark.parametrize(("text", "spans", "expected"), CASES)
def test_roles_unseen4b_wording(text, spans, expected):
    assert _run(text, spans) == expected
