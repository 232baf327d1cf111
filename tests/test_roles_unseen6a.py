"""Role attribution for wording first met on ``unseen6-a`` (the looked-at half of the seventh
family, written blind by a helper on 2026-12-02 and first measured at stop 13; half b stays
blind): callback registers, owners' committees and villagers' groups that write, call quality
checks, cases handed to the police, work-order logs, chats exported by the reporter, an
agency's contact above its seal. Positive rows and negative rows (``# why``); new sentences,
synthetic values only."""

from __future__ import annotations

import pytest
from test_roles import _run

# fmt: off
CASES = [  # text, findings [(entity, start, end)], expected [(entity, start, end, role, evidence)]
    # a callback register: who is called back and the number registered for them
    ('被回访人:老廖    登记号码:18168894659\n第1次 拨打，无人接听。\n',
     [('PERSON', 5, 7), ('CN_MOBILE', 16, 27)],
     [('PERSON', 5, 7, 'reporter', 'role:field:被回访人'), ('CN_MOBILE', 16, 27, 'reporter', 'role:field:登记号码')]),
    # why: the caller-back (回访人) is staff; 被回访人 is the longer word and wins inside it
    ('回访人:李英    被回访人:老廖\n',
     [('PERSON', 4, 6), ('PERSON', 15, 17)],
     [('PERSON', 4, 6, 'official', 'role:field:回访人'), ('PERSON', 15, 17, 'reporter', 'role:field:被回访人')]),
    # the body the writers are (我们是X业主委员会，代表全体业主…)
    ('    我们是康桥家园业主委员会，代表全体业主向你们反映：往河滩上倒了20万吨的废料',
     [('ORGANIZATION', 7, 16)],
     [('ORGANIZATION', 7, 16, 'reporter', 'role:cue:我们是')]),
    # why: an agency's staff say 我们是 of their agency
    ('我们是河南省生态环境厅的执法人员，现依法进行检查',
     [('ORGANIZATION', 3, 11)],
     [('ORGANIZATION', 3, 11, 'official', 'role:shape:生态环境厅')]),
    # a hotline's call quality check: the checker and the agent
    ('质检员：邹桂香    被检坐席：舒英（坐席4299）    得分：98分\n',
     [('PERSON', 4, 7), ('PERSON', 16, 18)],
     [('PERSON', 4, 7, 'official', 'role:field:质检员'), ('PERSON', 16, 18, 'official', 'role:field:被检坐席')]),
    # a case record's pinyin keys for the reported party (被举报 名称, 地址)
    ('  bjb_mc      = 江岸区泰和造纸厂\n  bjb_dz      = 武汉市江岸区北岗镇后古城村42号\n',
     [('ORGANIZATION', 16, 24), ('CN_ADDRESS', 41, 57)],
     [('ORGANIZATION', 16, 24, 'subject', 'role:field:bjb_mc'), ('CN_ADDRESS', 41, 57, 'subject', 'role:field:bjb_dz')]),
    # the suspect of a case handed to the police, with their particulars
    ('    犯罪嫌疑人：王林，男，58岁，身份证号410800196403229393，系该公司实际控制人。',
     [('PERSON', 10, 12), ('DEMOGRAPHIC', 13, 14), ('DEMOGRAPHIC', 15, 18), ('CN_ID_CARD', 23, 41)],
     [('PERSON', 10, 12, 'subject', 'role:field:犯罪嫌疑人'), ('DEMOGRAPHIC', 13, 14, 'subject', 'role:anchor:field:犯罪嫌疑人'), ('DEMOGRAPHIC', 15, 18, 'subject', 'role:anchor:field:犯罪嫌疑人'), ('CN_ID_CARD', 23, 41, 'subject', 'role:anchor:field:犯罪嫌疑人')]),
    # who signs for a work order in its log
    ('2021-03-21 12:24 [签收] 李英\n',
     [('PERSON', 22, 24)],
     [('PERSON', 22, 24, 'official', 'role:cue:[签收]')]),
    # a chat exported by the reporter (我：) with one partner who asks for the name and phone:
    # the partner takes the complaint in
    ('与“庞彬”的聊天（2020-05-21）\n09:14 我：领导你好，我是帝湖苑的黄某\n09:17 庞彬：您好，请问全名和电话？\n09:19 我：黄利，19925543524\n',
     [('CN_SOCIAL_ACCOUNT', 2, 4), ('PERSON', 40, 42), ('CN_SOCIAL_ACCOUNT', 49, 51), ('PERSON', 72, 74), ('CN_MOBILE', 75, 86)],
     [('CN_SOCIAL_ACCOUNT', 2, 4, 'official', 'role:coref:speaker:takes-complaint'), ('PERSON', 40, 42, 'reporter', 'role:cue:我是'), ('CN_SOCIAL_ACCOUNT', 49, 51, 'official', 'role:speaker:takes-complaint'), ('PERSON', 72, 74, 'reporter', 'role:coref:cue:我是'), ('CN_MOBILE', 75, 86, 'unknown', '')]),
    # why: a partner who says nothing an agency says stays unknown (removed, fail closed)
    ('与“庞彬”的聊天（2020-05-21）\n09:14 我：领导你好，我是帝湖苑的黄某\n09:17 庞彬：我也闻到了\n',
     [('CN_SOCIAL_ACCOUNT', 2, 4), ('PERSON', 40, 42), ('CN_SOCIAL_ACCOUNT', 49, 51)],
     [('CN_SOCIAL_ACCOUNT', 2, 4, 'unknown', ''), ('PERSON', 40, 42, 'reporter', 'role:cue:我是'), ('CN_SOCIAL_ACCOUNT', 49, 51, 'unknown', '')]),
    # a contact line right above the agency's name and seal is its staff's
    ('    附：1. 现场检查笔录。\n联系人：史平  (0391)89522999\n河南省生态环境厅（章）\n2022/6/24\n',
     [('PERSON', 21, 23), ('CN_LANDLINE', 25, 39), ('ORGANIZATION', 40, 48)],
     [('PERSON', 21, 23, 'official', 'role:signature:生态环境厅'), ('CN_LANDLINE', 25, 39, 'official', 'role:anchor:signature:生态环境厅'), ('ORGANIZATION', 40, 48, 'official', 'role:shape:生态环境厅')]),
    # why: above a villagers' committee's seal, the contact is the writers' (genre default)
    ('联系人：张三  电话：13812345678\n大孟庄村村民委员会（盖章）\n',
     [('PERSON', 4, 6), ('CN_MOBILE', 11, 22), ('ORGANIZATION', 23, 32)],
     [('PERSON', 4, 6, 'reporter', 'role:genre:letter:联系人'), ('CN_MOBILE', 11, 22, 'reporter', 'role:anchor:genre:letter:联系人'), ('ORGANIZATION', 23, 32, 'reporter', 'role:cue:(盖章)')]),
    # a letter that tells its addressee of their own report (您于…举报的…) is to the reporter,
    # whatever the document around it (a waybill first: read as a letter)
    ('寄件：安阳市生态环境局\n领取举报奖励通知\n\n潘明先生/女士：\n    您于2024/9/8举报的问题经查属实',
     [('ORGANIZATION', 3, 11), ('PERSON', 22, 24)],
     [('ORGANIZATION', 3, 11, 'official', 'role:shape:生态环境局'), ('PERSON', 22, 24, 'reporter', 'role:salutation:your-report')]),
    # why: a salutation with no word of the addressee's report keeps the letter's default
    ('尊敬的王明先生：\n    感谢您对我局工作的支持',
     [('PERSON', 3, 5)],
     [('PERSON', 3, 5, 'unknown', '')]),
    # the address in the next cell of an agency's name (a waybill's 寄件) is the agency's
    ('寄件：安阳市生态环境局  河南省安阳市文峰区红旗路328号\n',
     [('ORGANIZATION', 3, 11), ('CN_ADDRESS', 13, 29)],
     [('ORGANIZATION', 3, 11, 'official', 'role:shape:生态环境局'), ('CN_ADDRESS', 13, 29, 'official', 'role:address-of:shape:生态环境局')]),
    # why: with its own label the next cell is the writer's (工作单位 … 家庭住址)
    ('工作单位：市第一医院  家庭住址：郑州市金水区农业路12号\n',
     [('CN_WORKPLACE', 5, 10), ('CN_ADDRESS', 17, 29)],
     [('CN_WORKPLACE', 5, 10, 'reporter', 'role:field:工作单位'), ('CN_ADDRESS', 17, 29, 'reporter', 'role:genre:letter:家庭住址')]),
]
# fmt: on


@pytest.mark.parametrize(("text", "spans", "expected"), CASES)
def test_roles_unseen6a_wording(text, spans, expected):
    assert _run(text, spans) == expected


# fmt: off
END_TO_END = [  # text, expected CN_ADDRESS findings [(start, end, role, evidence)], whole pipeline
    # a place found as where people live is nobody's works site: the act in its sentence does
    # not make it the plant's (who lives there is not known: removed, fail closed)
    ("一刮南风，整个幸福家园都是一股焦糊味，开元公司偷排废水。",
     [(7, 11, "unknown", ("rule:residence", "role:residence"))]),
    # the residents' compound named by its group, and again in a message
    ("盛世家属院邻里群\n14号楼-洪妹：晚上盛世家属院里全是味，开元公司偷排废水。\n",
     [(0, 5, "unknown", ("rule:residence",)), (19, 24, "unknown", ("doc:repeat-place", "role:residence"))]),
    # why: a street address the model reads, with the act in its sentence, is the plant's site
    ("开元公司在锦绣花园路12号偷排废水。", [(5, 13, "subject", ("model", "role:act:偷排"))]),
]
# fmt: on


@pytest.fixture(scope="module")
def forward():
    from jubao_redact import Redactor

    return Redactor(policy="forward")


CHAT = ("13:50 14号楼-洪妹：我已经打了12369，留的是我的名字洪文，电话198 5772 1685\n"
        "13:51 网格员蒋军：@所有人 这个事我已经报给镇里了，有照片私发给我，我电话18979008095。\n"
        "14:00 6号楼-邓弟：厂里晚上又在倒废油\n")


def test_a_staff_speakers_own_number_is_the_office_s(forward):
    """网格员X：…我电话189…: 我 in the turns of a speaker named by a staff title is the staff
    member (official, kept); the resident who says 我已经打了12369 stays the reporter."""
    got = [(f.entity_type, f.start, f.end, f.role, f.evidence[-1]) for f in forward.analyze(CHAT)
           if f.entity_type in ("CN_MOBILE", "CN_SOCIAL_ACCOUNT")]
    assert got == [
        ("CN_SOCIAL_ACCOUNT", 6, 13, "reporter", "role:speaker:self"),
        ("CN_MOBILE", 37, 50, "reporter", "role:anchor:cue:我的"),
        ("CN_SOCIAL_ACCOUNT", 57, 62, "official", "role:speaker:takes-complaint"),
        ("CN_SOCIAL_ACCOUNT", 63, 67, "unknown", "pattern:mention"),
        ("CN_MOBILE", 91, 102, "official", "role:speaker-turn:staff"),
        ("CN_SOCIAL_ACCOUNT", 110, 116, "third_party", "role:speaker:other"),
    ]


@pytest.mark.parametrize(("text", "expected"), END_TO_END)
def test_residences_are_no_works_site(forward, text, expected):
    got = [(f.start, f.end, f.role, f.evidence) for f in forward.analyze(text)
           if f.entity_type == "CN_ADDRESS"]
    assert got == expected
