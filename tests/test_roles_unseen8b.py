"""Found and attributed, from ``unseen8-b`` (the half of the family written blind on 2026-12-03
that was measured blind seven times, 29.01 % then 28.21 % forward leak, and opened at stop 16): a
chat backup exported as a table (时间 | 发送者 | 微信号 | 类型 | 内容: each row its sender's turn,
the account in the row the sender's), chat headings with the nickname in brackets and no blank
before the time (【远山】08:45), what a call agent writes about a caller (the name is not the
agent's, the number after the reported plant not the plant's), an opinion on a form (经办人意见：
…电话（139…）核实系本人), a village named as the writer's with their trade (是后李庄村的养鱼户),
a village clinic as the writer's workplace. Each row runs the whole analyzer: (entity, start,
end, role). Positive rows and negative rows (``# why``); new sentences, synthetic values only."""

from __future__ import annotations

import pytest

from jubao_redact import Redactor

# fmt: off
CASES = [  # text, policy, expected [(entity, start, end, role)]
    # a table export: the sender who says they reported and their account are the reporter's; the
    # name after the staff title of the other sender (网格员赵敏) is the officer
    ('时间 | 发送者 | 微信号 | 类型 | 内容\n2021-03-02 09:14:05 | 清水长流 | wxid_k2m8q1z7c0 | 文本 | 是我打电话反映的，他们厂又在排了\n'
     '2021-03-02 09:20:11 | 网格员赵敏 | zhaomin_0371 | 文本 | 收到。我们今晚去现场', 'forward',
     [('CN_SOCIAL_ACCOUNT', 47, 51, 'reporter'), ('CN_WECHAT', 54, 69, 'reporter'), ('PERSON', 119, 121, 'official'),
      ('CN_WECHAT', 124, 136, 'unknown')]),
    # headings 【nickname】time: every heading is a speaker
    ('与“老树”的聊天记录\n\n【老树】08:42\n听说你对我们厂有意见？\n【远山】08:45\n你自己看看：门口那条沟全黑了\n【老树】08:50\n给个卡号\n'
     '【远山】08:52\n不用了', 'discuss',
     [('CN_SOCIAL_ACCOUNT', 2, 4, 'third_party'), ('CN_SOCIAL_ACCOUNT', 13, 15, 'third_party'),
      ('CN_SOCIAL_ACCOUNT', 35, 37, 'third_party'), ('CN_SOCIAL_ACCOUNT', 44, 49, 'third_party'),
      ('CN_SOCIAL_ACCOUNT', 60, 62, 'third_party'), ('CN_SOCIAL_ACCOUNT', 75, 77, 'third_party')]),
    # why: a colon once inside a message under such headings is no speaker (你自己看看：…)
    ('【老树】08:42\n听说你对我们厂有意见？\n【远山】08:45\n你自己看看：门口那条沟全黑了\n【老树】08:50\n给个卡号', 'discuss',
     [('CN_SOCIAL_ACCOUNT', 1, 3, 'unknown'), ('CN_SOCIAL_ACCOUNT', 23, 25, 'unknown'),
      ('CN_SOCIAL_ACCOUNT', 48, 50, 'unknown')]),
    # why: a caller's number after the plant they report is not the plant's; the name an agent
    # writes down is not the agent's (both unknown: removed); the agents are staff
    ('[10:02] 坐席韩梅（工号1088）：在线一个来电，反映鑫源公司，号码1593827****后四位没听清\n[10:05] 坐席韩：对，就是他，赵振国', 'forward',
     [('CN_SOCIAL_ACCOUNT', 8, 12, 'official'), ('ORGANIZATION', 30, 34, 'subject'), ('CN_MOBILE', 37, 48, 'unknown'),
      ('CN_SOCIAL_ACCOUNT', 63, 66, 'official'), ('PERSON', 73, 76, 'unknown')]),
    # why: the number in a staff member's opinion is the one they called, the reporter's
    ('经办人意见：已于2024年3月5日电话（139****2281）核实系本人真实意愿。', 'forward', [('CN_MOBILE', 20, 31, 'reporter')]),
    # the writer's village, named with their trade
    ('我叫高文，是后李庄村的养鱼户，鱼塘挨着厂子', 'forward', [('PERSON', 2, 4, 'reporter'), ('CN_ADDRESS', 6, 10, 'reporter')]),
    # a census query list (from unseen8-a): a blank line under the checker's field ends it, so
    # the table's census objects are the census objects, not the checker's
    ('审核人： 赵玉    2月2日\n\n序号 | 普查对象 | 统一社会信用代码 | 联系人\n1 | 管城回族区佳美化工厂 | 934101044625311645 | 王宁', 'census',
     [('PERSON', 5, 7, 'official'), ('ORGANIZATION', 48, 58, 'subject'), ('CN_USCC', 61, 79, 'subject'),
      ('PERSON', 82, 84, 'subject')]),
    # an agency's meeting minutes: several staff fields on one line (出席：…    记录：…); the
    # second name of the 出席 list too (stop 17: roles._listed_people)
    ('焦作市生态环境局局务会议纪要\n主持： 赵燕\n出席： 刘宁、秦坤    记录： 王林\n', 'forward',
     [('ORGANIZATION', 0, 8, 'official'), ('PERSON', 19, 21, 'official'), ('PERSON', 26, 28, 'official'),
      ('PERSON', 29, 31, 'official'), ('PERSON', 39, 41, 'official')]),
    # why: a staff field after the reporter's on the same line is not read as staff's
    ('举报人：张三    记录：李四', 'forward', [('PERSON', 4, 6, 'reporter'), ('PERSON', 13, 15, 'reporter')]),
    # agents' messages in any record: speakers named by a staff title are staff, the callers
    # they talk about are not
    ('[12:50] 班长陈：查一下历史，是不是上个月那个小刘？\n[12:53] 坐席毛：对，就是他，刘璐。\n[12:59] 班长陈：他反映的啥？', 'forward',
     [('CN_SOCIAL_ACCOUNT', 8, 11, 'official'), ('PERSON', 26, 28, 'unknown'), ('CN_SOCIAL_ACCOUNT', 38, 41, 'official'),
      ('PERSON', 48, 50, 'unknown'), ('CN_SOCIAL_ACCOUNT', 60, 63, 'official')]),
    # a village clinic where the writer works
    ('我是东王村卫生室的乡村医生，联系电话13837112290', 'forward',
     [('CN_WORKPLACE', 2, 8, 'reporter'), ('CN_MOBILE', 18, 29, 'reporter')]),
]
# fmt: on


@pytest.mark.parametrize(("text", "policy", "expected"), CASES)
def test_found_and_attributed(text, policy, expected):
    got = [(f.entity_type, f.start, f.end, f.role) for f in Redactor(policy=policy).analyze(text)]
    assert got == expected
