"""Role attribution for wording first met on ``unseen4-a`` (the looked-at half of the fifth
family, 2026-12-02, stop 12): forwarded mails between agencies, the contact lines of a staff
member's signature, agency paperwork fields (督办人, 转录人, 签发), business cards pasted into
a chat, a body that writes for the residents and seals the letter, a child's school, an
address in brackets after an organisation, the reported party's trucks and sites. Positive
rows and negative rows (``# why``); the sentences are new, not the benchmark's; synthetic
values only (generated numbers, made-up names, example.gov.cn mailboxes).
"""

from __future__ import annotations

import pytest
from test_roles import _run

# fmt: off
CASES = [  # text, findings [(entity, start, end)], expected [(entity, start, end, role, evidence)]
    # the recipient of a mail an agency forwards (主题: 转发: …) is a member of staff
    ('发件人: 傅欣 <jbzx@sthjj.example.gov.cn>\n发送时间: 2022年2月26日13时6分\n收件人: 李艳\n主题: 转发: 关于某制药的举报\n\n李主任，下面是群众来信，请阅。',
     [('PERSON', 5, 7), ('PERSON', 63, 65)],
     [('PERSON', 5, 7, 'official', 'role:mailbox:.gov.cn'), ('PERSON', 63, 65, 'official', 'role:mail-forward'),
      ('PERSON', 84, 87, 'official', 'role:title:主任')]),
    # why: the recipient of a reply that is no forward is the citizen (fail closed)
    ('发件人: 王芳 <wangfang@example.com>\n收件人: 李艳\n主题: 关于您反映问题的答复\n\n李艳：您好。',
     [('PERSON', 5, 7), ('PERSON', 36, 38)],
     [('PERSON', 5, 7, 'unknown', ''), ('PERSON', 36, 38, 'reporter', 'role:field:收件人'),
      ('PERSON', 55, 57, 'reporter', 'role:coref:field:收件人')]),
    # a name opening a forwarded case's line (李同志：…) is addressed to staff
    ('发件人: 李艳 <wry@sthjj.example.gov.cn>\n收件人: 李超\n主题: 转发: 关于瑞通制药的举报\n\n李同志：请镇里配合核查，15日内反馈。',
     [('PERSON', 5, 7), ('PERSON', 40, 42), ('PERSON', 62, 65)],
     [('PERSON', 5, 7, 'official', 'role:mailbox:.gov.cn'), ('PERSON', 40, 42, 'official', 'role:mail-forward'),
      ('PERSON', 62, 65, 'official', 'role:salutation:transfer')]),
    # the contact lines under a staff member's name and department are the office's
    ('李科长：请镇里配合核查，15日内反馈。\n\n李艳\n洛阳市生态环境局大气环境科\n电话：(0379)84390591    手机：17758631855\n',
     [('PERSON', 21, 23), ('ORGANIZATION', 24, 32), ('CN_LANDLINE', 41, 55), ('CN_MOBILE', 62, 73)],
     [('PERSON', 0, 3, 'official', 'role:title:科长'), ('PERSON', 21, 23, 'official', 'role:coref:title:科长'),
      ('ORGANIZATION', 24, 32, 'official', 'role:shape:生态环境局'),
      ('CN_LANDLINE', 41, 55, 'official', 'role:signature:生态环境局'),
      ('CN_MOBILE', 62, 73, 'official', 'role:signature:生态环境局')]),
    # why: under a school's name (a citizen's employer) the phone stays the writer's
    ('望领导早日处理，谢谢！\n写信人：孙玉兰\n洛阳市第三中学\n电话：13852479931\n',
     [('PERSON', 16, 19), ('ORGANIZATION', 20, 27), ('CN_MOBILE', 31, 42)],
     [('PERSON', 16, 19, 'reporter', 'role:field:写信人'), ('ORGANIZATION', 20, 27, 'public', 'role:shape:中学'),
      ('CN_MOBILE', 31, 42, 'reporter', 'role:genre:letter:电话')]),
    # an agency's paperwork: who supervises, who signs off, who transcribed a call
    ('督办人：莫秀芳    联系电话：(0512)53380641    签发：商玉华',
     [('PERSON', 4, 7), ('CN_LANDLINE', 16, 30), ('PERSON', 37, 40)],
     [('PERSON', 4, 7, 'official', 'role:field:督办人'), ('CN_LANDLINE', 16, 30, 'official', 'role:anchor:field:督办人'),
      ('PERSON', 37, 40, 'official', 'role:field:签发')]),
    ('（转录人：钟刚    转录日期：二〇二四年五月二十九日）',
     [('PERSON', 5, 7)],
     [('PERSON', 5, 7, 'official', 'role:field:转录人')]),
    # where a reward is collected is the agency's office
    ('请于60日内持本人身份证原件及本决定书到惠济区和平路141号领取，或提供本人银行账户由我局转账。',
     [('CN_ADDRESS', 20, 30)],
     [('CN_ADDRESS', 20, 30, 'official', 'role:cue:领取')]),
    # the reported party's truck; why: the writer's own car (我家的车) stays the writer's
    ('他们厂的大门朝西开，运渣的车豫G·JB019半夜进出，一路撒。',
     [('CN_LICENSE_PLATE', 14, 22)],
     [('CN_LICENSE_PLATE', 14, 22, 'subject', 'role:cue:运渣的车')]),
    ('我家的车豫G·JB019停在门口，被他们的渣土车刮了。',
     [('CN_LICENSE_PLATE', 4, 12)],
     [('CN_LICENSE_PLATE', 4, 12, 'reporter', 'role:cue:我家')]),
    # an address in brackets after an organisation of no known role: the reported party's
    ('李主任，下面是群众来信，涉及洛阳瑞通制药股份有限公司（洛阳市涧西区文化路882号），请阅。',
     [('ORGANIZATION', 14, 26), ('CN_ADDRESS', 27, 40)],
     [('ORGANIZATION', 14, 26, 'unknown', ''), ('CN_ADDRESS', 27, 40, 'subject', 'role:address-of:organisation')]),
    # a unit in brackets after a person of no role yet goes with the person (fail closed)
    ('老人孩子整夜睡不着。\n熊秀兰（洛阳市第三中学）\n手机15503088248\n',
     [('PERSON', 11, 14), ('ORGANIZATION', 15, 22), ('CN_MOBILE', 26, 37)],
     [('PERSON', 11, 14, 'unknown', ''), ('ORGANIZATION', 15, 22, 'reporter', 'role:affiliation:unknown-person'),
      ('CN_MOBILE', 26, 37, 'reporter', 'role:genre:letter:手机')]),
    # a village office that writes for its residents is the one who reports
    ('关于某铝业有限公司污染问题的反映\n焦作市生态环境局：\n    我解放区新店镇大石佛村村委会受本村群众委托，反映以下问题：\n    夜里排黑烟。\n'
     '                              解放区新店镇大石佛村村委会（盖章）\n                              2022-05-01',
     [('ORGANIZATION', 32, 45)],
     [('ORGANIZATION', 32, 45, 'reporter', 'role:cue:受本村群众委托')]),
    # why: an agency's seal on its own reply is no reporter's cue
    ('焦作市生态环境局关于群众来信反映问题的回复\n经查，该厂已停产整改。\n                              焦作市生态环境局（盖章）\n'
     '                              2022-05-01',
     [('ORGANIZATION', 64, 72)],
     [('ORGANIZATION', 64, 72, 'official', 'role:shape:生态环境局')]),
    # the writer's child and the child's school
    ('来电人称孩子小玉在洛阳市实验小学上学，学校就在厂边上。',
     [('PERSON', 6, 8), ('ORGANIZATION', 9, 16)],
     [('PERSON', 6, 8, 'reporter', 'role:cue:来电人'), ('ORGANIZATION', 9, 16, 'reporter', 'role:cue:上学')]),
    # a business card pasted into a chat is the card owner's, said just before it
    ('我叫杨畅，电话13750378976\n青山爱家乡 18:45\n这是他们老板的名片，我从厂门口拿的\n青山爱家乡 18:46\n【名片】周帅 董事长\n'
     '二七区豫丰塑料制品厂\n手机：13566265138\n地址：郑州市二七区大学路709号\n郑州市生态环境局环境执法大队 18:48\n收到。',
     [('PERSON', 2, 4), ('CN_MOBILE', 7, 18), ('PERSON', 65, 67), ('CN_MOBILE', 86, 97), ('CN_ADDRESS', 101, 114)],
     [('PERSON', 2, 4, 'reporter', 'role:cue:我叫'), ('CN_MOBILE', 7, 18, 'reporter', 'role:anchor:cue:我叫'),
      ('PERSON', 65, 67, 'subject', 'role:card:老板的名片'), ('CN_MOBILE', 86, 97, 'subject', 'role:card:老板的名片'),
      ('CN_ADDRESS', 101, 114, 'subject', 'role:card:老板的名片')]),
    # why: the writer's own card is the writer's
    ('青山爱家乡 18:45\n这是我的名片\n青山爱家乡 18:46\n【名片】杨畅\n手机：13750378976',
     [('PERSON', 35, 37), ('CN_MOBILE', 41, 52)],
     [('PERSON', 35, 37, 'reporter', 'role:card:我的名片'), ('CN_MOBILE', 41, 52, 'reporter', 'role:card:我的名片')]),
    # a chat speaker named like an agency is the agency's account; why: a nickname is nobody's known
    ('蓝天 18:40\n厂里又排了\n郑州市生态环境局环境执法大队 18:48\n收到。',
     [('CN_SOCIAL_ACCOUNT', 0, 2), ('CN_SOCIAL_ACCOUNT', 15, 29)],
     [('CN_SOCIAL_ACCOUNT', 0, 2, 'unknown', ''), ('CN_SOCIAL_ACCOUNT', 15, 29, 'official', 'role:shape:执法大队')]),
    # a works' site and an outlet's place are the reported party's; why: 家住 stays the writer's
    ('被投诉对象：某商业综合体项目\n施工地点：西工区桐柏路与工业路交叉口西南侧\n投诉内容：家住和平小区，排口就在孟庄镇西梁湖村东头后墙根。',
     [('CN_ADDRESS', 20, 36), ('CN_ADDRESS', 44, 48), ('CN_ADDRESS', 53, 60)],
     [('CN_ADDRESS', 20, 36, 'subject', 'role:field:施工地点'), ('CN_ADDRESS', 44, 48, 'reporter', 'role:cue:家住'),
      ('CN_ADDRESS', 53, 60, 'subject', 'role:cue:排口就在')]),
]
# fmt: on


@pytest.mark.parametrize(("text", "spans", "expected"), CASES)
def test_roles_unseen4a_wording(text, spans, expected):
    assert _run(text, spans) == expected
