"""Role attribution for wording first met on the third unseen family's half ``unseen3-a``
(looked at from 2026-12-02; its half b stays blind): the general rules written for it, with
positive rows and negative rows (``# why``). The sentences are new, not the benchmark's;
synthetic values only (generated numbers, made-up names).
"""

from __future__ import annotations

import pytest
from test_roles import _run

from jubao_redact.genre import detect_genre

# fmt: off
CASES = [  # text, findings [(entity, start, end)], expected [(entity, start, end, role, evidence)]
    # a message board names its poster 网友 (as 留言人): the poster is the one who complains
    ('市领导留言板\n留言标题：投诉某厂\n网友：晨曦一号    留言时间：2024-01-02\n留言内容：厂里夜里冒黑烟。',
     [('CN_SOCIAL_ACCOUNT', 20, 24)],
     [('CN_SOCIAL_ACCOUNT', 20, 24, 'reporter', 'role:field:网友')]),
    # a notice is served on its addressee: the 送达地址 under the agency's signature is the
    # addressee's, not the agency's own (a personal field, decided by the genre: the reporter)
    ('信访事项受理告知书\n杨梅：\n    你反映的问题已受理。\n郑州市生态环境局\n2024年1月2日\n送达地址：郑州市金水区纬五路12号3号楼2单元501室',
     [('CN_ADDRESS', 57, 81)],
     [('CN_ADDRESS', 57, 81, 'reporter', 'role:genre:notice:送达地址')]),
    # why: the agency's own 地址 in the same closing part stays the agency's
    ('信访事项受理告知书\n杨梅：\n    你反映的问题已受理。\n郑州市生态环境局\n地址：郑州市金水区纬五路12号',
     [('CN_ADDRESS', 43, 55)],
     [('CN_ADDRESS', 43, 55, 'official', 'role:genre:notice:地址')]),
    # a relative the writer complains for is on the writer's side: her name and phone go too
    ('尊敬的局长：\n    今天写这封信，是替我奶奶反映问题。我奶奶黄金凤一个人住在后城关村，电话13812345678。',
     [('PERSON', 31, 34), ('CN_MOBILE', 46, 57)],
     [('PERSON', 31, 34, 'reporter', 'role:cue:我奶奶'), ('CN_ADDRESS', 39, 43, 'reporter', 'role:cue:住在'),
      ('CN_MOBILE', 46, 57, 'reporter', 'role:cue:住在')]),
    # the agency's duty officer and the inspection team's liaison are officials
    ('来电人特别要求保密。\n值班人员：刘琳    值班电话：0371-12345678',
     [('PERSON', 16, 18)],
     [('PERSON', 16, 18, 'official', 'role:field:值班人员')]),
    ('交办清单\n序号\t交办问题\t举报人及联系方式\n1\t某厂冒黑烟\t匿名\n督察组联络员：吴冬梅，13279883685',
     [('PERSON', 40, 43)],
     [('PERSON', 40, 43, 'official', 'role:field:督察组联络员')]),
    # a chat export heading each message with the speaker and the time (nick  2020-09-26 17:04:51):
    # in an agency's own work group the speakers are staff, and passing on a complaint
    # (举报人吴峰，电话…) does not make one the reporter
    ('【济南市生态环境局综合行政执法支队工作群】聊天记录\n吴霞·二中队  2020-09-26 17:04:51\n12369转来一件，某厂夜里偷排，举报人吴峰，电话0086 19903924007，要求保密。\n陈浩·二中队  2020-09-26 17:22:15\n收到。企业那边找谁？\n',
     [('PERSON', 26, 28), ('PERSON', 74, 76), ('CN_MOBILE', 79, 95), ('PERSON', 102, 104)],
     [('PERSON', 26, 28, 'official', 'role:speaker:staff'), ('PERSON', 74, 76, 'reporter', 'role:cue:举报人'),
      ('CN_MOBILE', 79, 95, 'reporter', 'role:anchor:cue:举报人'), ('PERSON', 102, 104, 'official', 'role:speaker:staff')]),
    # why: in a residents' group the speaker who says they reported is the reporter
    ('业主群聊天记录\n阳光一号  2020-09-26 17:04:51\n我打了12369，他们不管。\n小草  2020-09-26 17:22:15\n收到\n',
     [('CN_SOCIAL_ACCOUNT', 8, 12), ('CN_SOCIAL_ACCOUNT', 49, 51)],
     [('CN_SOCIAL_ACCOUNT', 8, 12, 'reporter', 'role:speaker:self'), ('CN_SOCIAL_ACCOUNT', 49, 51, 'third_party', 'role:speaker:other')]),
    # why: outside a chat, a name and a date on one line is a letter's signature, no speaker
    # (never third_party: unknown, so removed under forward)
    ('尊敬的领导：\n厂里天天冒黑烟。\n王建国  2024年5月1日\n',
     [('PERSON', 16, 19)],
     [('PERSON', 16, 19, 'unknown', '')]),
    # an insider reports their own employer: the unit named as the reported party stays the
    # subject wherever it is mentioned; only the workplace field is the reporter's (removed)
    ('举报人：阳云\n联系电话：18281332698\n工作单位：洛阳广源家具厂（系被举报单位职工）\n被举报单位：洛阳广源家具厂\n举报事项：洛阳广源家具厂夜里偷排废水。',
     [('PERSON', 4, 6), ('CN_MOBILE', 12, 23), ('ORGANIZATION', 29, 36), ('ORGANIZATION', 53, 60), ('ORGANIZATION', 66, 73)],
     [('PERSON', 4, 6, 'reporter', 'role:field:举报人'), ('CN_MOBILE', 12, 23, 'reporter', 'role:genre:webform:联系电话'), ('ORGANIZATION', 29, 36, 'reporter', 'role:field:工作单位'), ('ORGANIZATION', 53, 60, 'subject', 'role:field:被举报单位'), ('ORGANIZATION', 66, 73, 'subject', 'role:coref:field:被举报单位')]),
    # the same in a letter: the unit that pollutes (偷排) is the subject; 我在…上班 stays the reporter's
    ('尊敬的领导：\n我在洛阳广源家具厂上班，电话18281332698。洛阳广源家具厂夜里偷排废水。',
     [('CN_MOBILE', 21, 32), ('ORGANIZATION', 9, 16), ('ORGANIZATION', 33, 40)],
     [('ORGANIZATION', 9, 16, 'reporter', 'role:cue:我在'), ('CN_MOBILE', 21, 32, 'reporter', 'role:anchor:cue:我在'), ('ORGANIZATION', 33, 40, 'subject', 'role:act:偷排')]),
    # why: with no evidence that the employer is the reported party, every mention of it stays
    # the reporter's (fail closed)
    ('尊敬的领导：\n我在洛阳广源家具厂上班，电话18281332698。洛阳广源家具厂离我家不远。',
     [('CN_MOBILE', 21, 32), ('ORGANIZATION', 9, 16), ('ORGANIZATION', 33, 40)],
     [('ORGANIZATION', 9, 16, 'reporter', 'role:cue:我在'), ('CN_MOBILE', 21, 32, 'reporter', 'role:anchor:cue:我在'), ('ORGANIZATION', 33, 40, 'reporter', 'role:coref:cue:我在')]),
    # a work group of the agency's own (政务钉钉 · 信访件处置群)
    ('政务钉钉 · 信访件处置群\n赵桂芳  16:54\n12369转来一件，某厂夜里偷排。\n孙强  17:02\n收到\n',
     [('PERSON', 14, 17), ('PERSON', 43, 45)],
     [('PERSON', 14, 17, 'official', 'role:speaker:staff'), ('PERSON', 43, 45, 'official', 'role:speaker:staff')]),
    # 如有疑问，请联系…科，电话…: the agency's contact for questions
    ('感谢您的来信。如有疑问，请联系武汉市生态环境局大气环境科，电话02753327587。',
     [('CN_LANDLINE', 31, 42)],
     [('CN_LANDLINE', 31, 42, 'official', 'role:cue:如有疑问')]),
    # 填报人 is whoever filled in the form: the officer on an agency's feedback form (after its
    # 填报单位), the citizen on an app report (the genre's default)
    ('办理情况反馈表\n交办问题：群众反映某厂夜里偷排。\n处理和整改情况：责令企业限期整改。\n填报单位：安阳市生态环境局    填报人：张冬梅    联系电话：(0372)28432527转分机671\n',
     [('PERSON', 64, 67), ('CN_LANDLINE', 76, 96)],
     [('PERSON', 64, 67, 'official', 'role:field:填报单位'), ('CN_LANDLINE', 76, 96, 'official', 'role:anchor:field:填报单位')]),
    ('“随手拍”环境问题上报\n填报人：张冬梅\n联系电话：13812345678\n问题描述：某厂冒黑烟。',
     [('PERSON', 16, 19), ('CN_MOBILE', 25, 36)],
     [('PERSON', 16, 19, 'reporter', 'role:genre:webform:填报人'), ('CN_MOBILE', 25, 36, 'reporter', 'role:genre:webform:联系电话')]),
    # a supervisor of the reported unit named by their post (车间主任X) is the subject's
    ('来电人反映：车间主任马娜交代过，环保的人一来就把设备打开。',
     [('PERSON', 10, 12)],
     [('PERSON', 10, 12, 'subject', 'role:cue:车间主任')]),
    # the body that made a statistical form (制定机关：…普查领导小组办公室) is an official one,
    # whatever 污染 in its name suggests; the census object stays the subject
    ('第二次全国污染源普查\n工业企业和产业活动单位清查表\n制定机关：国务院第二次全国污染源普查领导小组办公室\n01 统一社会信用代码：91410100MA12345678\n02 单位名称：郑州某某化工有限公司',
     [('ORGANIZATION', 31, 51), ('ORGANIZATION', 91, 101)],
     [('ORGANIZATION', 31, 51, 'official', 'role:field:制定机关'), ('ORGANIZATION', 91, 101, 'subject', 'role:field:单位名称')]),
]
# fmt: on


@pytest.mark.parametrize(("text", "spans", "expected"), CASES)
def test_roles_unseen3_wording(text, spans, expected):
    assert _run(text, spans) == expected


GENRES = [
    # an SMS platform's log, an agency's work group: chats
    ("短信记录（106936096071）\n对方号码:17712797639\n时间\t方向\t内容", "chat"),
    ("郑州市生态环境局新郑分局执法工作群（导出）\n黄建华·二中队  15:46\n新派的单：某厂废气扰民", "chat"),
    # comments under an official account's article: a web form
    ("微信公众号留言导出（安阳市生态环境局）\n文章:《生态环境违法行为有奖举报办法》\n用户昵称:海阔小队310", "webform"),
    # a message board's post published with its reply: a notice
    ("佛山市领导留言板  留言详情\n留言对象： 佛山市长\n留言标题： 投诉某厂", "notice"),
    # why: a message board named inside a letter's sentence is no title
    ("尊敬的领导：\n我在领导留言板上留过言，留言详情里写了厂名。", "letter"),
]


@pytest.mark.parametrize(("text", "genre"), GENRES)
def test_genre_unseen3_wording(text, genre):
    assert detect_genre(text).name == genre


# Case records exported as JSON, end to end (detection and roles): the keys say what a value
# is and whose (pinyin initials: jbr… 举报人, bjb… 被举报, cbr 承办人; English object names).
JSON_RECORDS = [
    ('{"data":{"jbrxm":"蒲淑珍","jbrdh":"19951875318","jbrdz":"绿城公馆","bjbdw":"苏州豫丰塑料制品有限公司",'
     '"cbdw":"苏州市生态环境局","cbr":"周荣"}}',
     [('PERSON', '蒲淑珍', 'reporter'), ('CN_MOBILE', '19951875318', 'reporter'),
      ('CN_ADDRESS', '绿城公馆', 'reporter'),  # a compound alone: the key says it is an address
      ('ORGANIZATION', '苏州豫丰塑料制品有限公司', 'subject'),
      ('ORGANIZATION', '苏州市生态环境局', 'official'), ('PERSON', '周荣', 'official')]),
    # why: a quoted key is no chat speaker ("caseNo": …); an unknown reporter's values still go
    ('{\n  "caseNo": "JB20190501362",\n  "reporter": {\n    "mobile": "13730031962",\n'
     '    "wechat": "xiulan301478"\n  }\n}',
     [('CN_MOBILE', '13730031962', 'unknown'), ('CN_WECHAT', 'xiulan301478', 'unknown')]),
]


@pytest.mark.parametrize(("text", "expected"), JSON_RECORDS)
def test_json_case_records(text, expected):
    from jubao_redact import Redactor

    got = [(f.entity_type, text[f.start:f.end], f.role)
           for f in Redactor(policy="forward").analyze(text)]
    assert got == expected
