"""Roles in an agency's own forms and a project's notice (stop 16, from ``unseen8-a``): the
builder of a project and its contacts (建设单位：X，地址：…，联系人：…), the firm that wrote its
EIA report (环评单位), an inspection's dispatch slip (带队 / 随行 / 目的地), a flow log's staff
column and the contact column beside it (| 处理人 | 联系方式 |), a working paper's sign-off
(编制人 / 复核人), a noisy site's contractor (施工单位); a reminder mail to the officer asked to
handle a case (收件人 + 您承办的…), a grid worker's own number in a chat (私聊我…), a person named
as one of the reported plant's (X公司那个Y), an XML export's elements and sections. Each row runs the whole analyzer:
(entity, start, end, role). Positive rows and negative rows (``# why``); synthetic values."""

from __future__ import annotations

import pytest

from jubao_redact import Redactor

# fmt: off
CASES = [  # text, policy, expected [(entity, start, end, role)]
    # the builder's contacts are the builder's; the EIA firm's are a third party's
    ('二、建设单位：新乡润泽化工有限公司，地址：新乡市红旗区工业园区人民路58号，联系人：秦海燕，电话：13603730518\n'
     '三、环评单位：河南绿源环境科技咨询有限公司，联系人：卢建，电话：0371-63928810', 'forward',
     [('ORGANIZATION', 7, 17, 'subject'), ('CN_ADDRESS', 21, 37, 'subject'), ('PERSON', 42, 45, 'subject'),
      ('CN_MOBILE', 49, 60, 'subject'), ('ORGANIZATION', 68, 82, 'third_party'), ('PERSON', 87, 89, 'third_party'),
      ('CN_LANDLINE', 93, 106, 'third_party')]),
    # a dispatch slip: who leads and joins the inspection, and where it goes
    ('焦作市生态环境局公务用车派车单\n用车部门：执法监察科    带队：韩晓东（15937120486）\n随行：戴丽\n'
     '目的地：焦作市武陟县詹店镇西小庄村3组11号（武陟县恒通塑料厂）', 'forward',
     [('ORGANIZATION', 0, 8, 'official'), ('PERSON', 33, 36, 'official'), ('CN_MOBILE', 37, 48, 'official'),
      ('PERSON', 53, 55, 'official'), ('CN_ADDRESS', 60, 88, 'subject')]),
    # why: 随行 in prose is no staff field: who came along is the writer's wife
    ('举报人：王刚，随行的还有我爱人刘敏，电话13526418890', 'forward',
     [('PERSON', 4, 6, 'reporter'), ('PERSON', 15, 17, 'reporter'), ('CN_MOBILE', 20, 31, 'reporter')]),
    # a flow log: the staff column, and the contact column right of it, a mobile too
    ('节点 | 处理人 | 联系方式 | 时间\n登记 | 宋佳 | 13783620417 | 2024-04-09 09:12\n'
     '批示 | 孟涛 | （0391）3568212 | 2024-04-09 10:05', 'forward',
     [('PERSON', 26, 28, 'official'), ('CN_MOBILE', 31, 42, 'official'), ('PERSON', 67, 69, 'official'),
      ('CN_LANDLINE', 72, 85, 'official')]),
    # why: a person's own columns after the staff column are that person's (fail closed)
    ('| 承办人 | 姓名 | 手机 |\n| 孟涛 | 杜鹏 | 13598571234 |', 'forward',
     [('PERSON', 20, 22, 'official'), ('PERSON', 25, 27, 'reporter'), ('CN_MOBILE', 30, 41, 'reporter')]),
    # why: a reporter's column between the staff and the phone takes the phone
    ('| 序号 | 承办人 | 举报人 | 联系电话 |\n| 1 | 王芳 | 李强 | 13812345678 |', 'forward',
     [('PERSON', 32, 34, 'official'), ('PERSON', 37, 39, 'reporter'), ('CN_MOBILE', 42, 53, 'reporter')]),
    # a working paper's sign-off
    ('审计结论：抽查12笔，发现问题1笔。\n编制人：罗晓燕    复核人：钟伟    2022-03-10', 'forward',
     [('PERSON', 23, 26, 'official'), ('PERSON', 34, 36, 'official')]),
    # a noisy site's contractor and its manager's phone
    ('施工单位：郑州宏达建筑劳务有限公司，项目负责人电话13838072291，夜间施工噪音扰民', 'forward',
     [('ORGANIZATION', 5, 17, 'subject'), ('CN_MOBILE', 25, 36, 'subject')]),
    # a reminder mail to the officer who handles the case: addressee and mailbox are staff
    ('发件人：12369工单系统 <noreply@12369.gov.cn>\n收件人：唐英 <tangying@yeah.net>\n主题：【催办】工单即将超期\n\n'
     '唐英同志：\n  您承办的工单距办理时限还剩2天，请及时处理并反馈。\n  来电号码：13526418890', 'forward',
     [('EMAIL_ADDRESS', 15, 35, 'official'), ('PERSON', 41, 43, 'official'), ('EMAIL_ADDRESS', 45, 62, 'official'),
      ('PERSON', 79, 81, 'official'), ('CN_MOBILE', 120, 131, 'reporter')]),
    # why: a mail telling the addressee of their own report goes to the reporter
    ('发件人：新乡市生态环境局 <xxhb@xinxiang.gov.cn>\n收件人：刘思雨 <lsy88@qq.com>\n主题：举报奖励领取通知\n\n'
     '刘思雨女士：\n  您于5月3日举报的新乡润泽化工有限公司偷排问题经查属实。', 'forward',
     [('ORGANIZATION', 4, 12, 'official'), ('EMAIL_ADDRESS', 14, 34, 'official'), ('PERSON', 40, 43, 'reporter'),
      ('EMAIL_ADDRESS', 45, 57, 'reporter'), ('PERSON', 72, 75, 'reporter'), ('ORGANIZATION', 90, 100, 'subject')]),
    # a grid worker's own number right after 我, though 举报人 came earlier in the line
    ('[09:12] 星辰随风：[撤回了一条消息]\n[09:12] 网格员尹霞：请大家不要在群里讨论举报人，有问题私聊我18051843364\n'
     '[09:15] 星辰随风：我是举报人，电话13512345678', 'forward',
     [('CN_SOCIAL_ACCOUNT', 8, 12, 'reporter'), ('CN_SOCIAL_ACCOUNT', 31, 36, 'official'), ('CN_MOBILE', 57, 68, 'official'),
      ('CN_SOCIAL_ACCOUNT', 77, 81, 'reporter'), ('CN_MOBILE', 90, 101, 'reporter')]),
    # one of the reported plant's people, the plant known as such only from a later line
    ('10:28 向日葵小队：瑞通公司那个何金凤是我同学她老公，听说厂里在打听是哪一户\n10:30 老兵：举报的是瑞通公司吧', 'forward',
     [('CN_SOCIAL_ACCOUNT', 6, 11, 'unknown'), ('ORGANIZATION', 12, 16, 'subject'), ('PERSON', 18, 21, 'subject'),
      ('CN_SOCIAL_ACCOUNT', 47, 49, 'unknown'), ('ORGANIZATION', 54, 58, 'subject')]),
    # why: a friend at the plant is the writer's, not the plant's
    ('我在新乡润泽化工有限公司的朋友刘强说厂里半夜排污', 'forward',
     [('ORGANIZATION', 2, 12, 'reporter'), ('PERSON', 15, 17, 'reporter')]),
    # an XML export: values without their tags; the reported party's element keeps its own
    ('<Complaint>\n  <Reporter>\n    <Name>刘思雨</Name>\n    <Gender>女</Gender>\n    <Mobile>13603730518</Mobile>\n'
     '    <Callback type="tel" value="0373-5581726"/>\n  </Reporter>\n  <Target>\n'
     '    <OrgName>新乡润泽化工有限公司</OrgName>\n    <Address>新乡市红旗区工业园区人民路58号</Address>\n  </Target>\n'
     '  <Content><![CDATA[该厂夜里偷排，我电话13937160822]]></Content>\n</Complaint>', 'forward',
     [('PERSON', 35, 38, 'unknown'), ('DEMOGRAPHIC', 58, 59, 'unknown'), ('CN_MOBILE', 81, 92, 'unknown'),
      ('CN_LANDLINE', 134, 146, 'reporter'), ('ORGANIZATION', 188, 198, 'subject'), ('CN_ADDRESS', 222, 238, 'subject'),
      ('CN_MOBILE', 291, 302, 'reporter')]),
    # why: the builder named in a resident's sentence does not make the resident's phone its own
    ('我是附近村民李桂芝，建设单位的人来过我家，我电话13937160822', 'forward',
     [('PERSON', 6, 9, 'reporter'), ('CN_MOBILE', 24, 35, 'reporter')]),
]
# fmt: on


@pytest.mark.parametrize(("text", "policy", "expected"), CASES)
def test_found_and_attributed(text, policy, expected):
    got = [(f.entity_type, f.start, f.end, f.role) for f in Redactor(policy=policy).analyze(text)]
    assert got == expected
