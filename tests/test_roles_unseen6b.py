"""Role attribution for wording first met on ``unseen6-b`` (opened at stop 13, 2026-12-02, once
the helper-written ``unseen7`` took its place as the blind family): people's deputies'
suggestions, bank receipts with a masked payee, calls a grandson takes over, summons
interviews, tables led by a bar, grid events, an official account's service chat. Positive
rows and negative rows (``# why``); new sentences, synthetic values only."""

from __future__ import annotations

import pytest
from test_roles import _run

# fmt: off
CASES = [  # text, findings [(entity, start, end)], expected [(entity, start, end, role, evidence)]
    # a people's deputy's suggestion: the deputies and the deputy's unit are the complainants' side
    ('领衔代表：马阳    代表单位：安阳市供电公司    联系方式：13674205015\n附议代表：董建军\n',
     [('PERSON', 5, 7), ('CN_WORKPLACE', 16, 23), ('CN_MOBILE', 32, 43), ('PERSON', 49, 52)],
     [('PERSON', 5, 7, 'reporter', 'role:field:领衔代表'), ('CN_WORKPLACE', 16, 23, 'reporter', 'role:field:代表单位'), ('CN_MOBILE', 32, 43, 'reporter', 'role:anchor:field:代表单位'), ('PERSON', 49, 52, 'reporter', 'role:field:附议代表')]),
    # a reward's payee, masked, and the account's tail
    ('转账成功\n收款人:*楠\n收款账户:尾号7785\n',
     [('PERSON', 9, 11), ('CN_MOBILE', 19, 23)],
     [('PERSON', 9, 11, 'reporter', 'role:field:收款人'), ('CN_MOBILE', 19, 23, 'reporter', 'role:field:收款账户')]),
    # the caller's grandson who takes the phone, and his number
    ('来电人孙子：衡波，手机13312345678\n',
     [('PERSON', 6, 8), ('CN_MOBILE', 11, 22)],
     [('PERSON', 6, 8, 'reporter', 'role:field:来电人孙子'), ('CN_MOBILE', 11, 22, 'reporter', 'role:anchor:field:来电人孙子')]),
    # a summons interview: the agency's interviewers, the summoned company and its legal person
    ('约谈人：李英、杨佳\n被约谈单位：新乡瑞通再生资源有限公司\n被约谈人：周成（法定代表人，17645866064）\n',
     [('PERSON', 4, 6), ('PERSON', 7, 9), ('ORGANIZATION', 16, 28), ('PERSON', 34, 36), ('CN_MOBILE', 43, 54)],
     [('PERSON', 4, 6, 'official', 'role:field:约谈人'), ('PERSON', 7, 9, 'official', 'role:field:约谈人'), ('ORGANIZATION', 16, 28, 'subject', 'role:field:被约谈单位'), ('PERSON', 34, 36, 'subject', 'role:field:被约谈人'), ('CN_MOBILE', 43, 54, 'subject', 'role:cue:法定代表人')]),
    # a form's table: the reported party's row and its person in charge (a bar leads the line)
    ('| 反映对象 | 江岸区泰和造纸厂 |\n| 对象负责人 | 刘坤 15761791832 |\n',
     [('ORGANIZATION', 9, 17), ('PERSON', 30, 32), ('CN_MOBILE', 33, 44)],
     [('ORGANIZATION', 9, 17, 'subject', 'role:field:反映对象'), ('PERSON', 30, 32, 'subject', 'role:field:对象负责人'), ('CN_MOBILE', 33, 44, 'subject', 'role:anchor:field:对象负责人')]),
    # the grid worker who files the event, and the grid centre
    ('上报网格员：宋洁  17772211394    所属：中站区石佛镇综治中心\n',
     [('PERSON', 6, 8), ('CN_MOBILE', 10, 21), ('ORGANIZATION', 28, 38)],
     [('PERSON', 6, 8, 'official', 'role:field:上报网格员'), ('CN_MOBILE', 10, 21, 'official', 'role:anchor:field:上报网格员'), ('ORGANIZATION', 28, 38, 'official', 'role:shape:综治中心')]),
]
# fmt: on


@pytest.mark.parametrize(("text", "spans", "expected"), CASES)
def test_roles_unseen6b_wording(text, spans, expected):
    assert _run(text, spans) == expected


def test_a_service_chat_s_user_is_a_speaker():
    """[用户 海阔人家] in an official account's service chat is the user talking to the bureau:
    their nickname is found (and removed under forward, its role unknown: fail closed); the
    bot's label [智能助手] is none."""
    from jubao_redact import Redactor

    text = ("“安阳市生态环境局北关分局”公众号 在线服务\n[智能助手] 您好，我是小环，请描述您要反映的问题。\n"
            "[用户 海阔人家] 往河滩上倒了150立方米的废料，下雨就冲进河里\n[智能助手] 已为您识别到问题\n")
    got = [(f.entity_type, f.start, f.end, f.role, f.action) for f in Redactor(policy="forward").analyze(text)
           if f.entity_type == "CN_SOCIAL_ACCOUNT"]
    assert got == [("CN_SOCIAL_ACCOUNT", 54, 58, "unknown", "remove")]
