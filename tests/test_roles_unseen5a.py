"""Role attribution for wording first met on ``unseen5-a`` (the looked-at half of the sixth
family, 2026-12-02, stop 12; half b stays blind): opinions signed on an agency's forms, who
calls a reporter back, an agency's contact named in a letter to another, a home phone in a web
page pasted with its HTML. Positive rows and negative rows (``# why``); new sentences,
synthetic values only."""

from __future__ import annotations

import pytest
from test_roles import _run

# fmt: off
CASES = [  # text, findings [(entity, start, end)], expected [(entity, start, end, role, evidence)]
    # an opinion written on an agency's form and signed with a date is the agency's
    ('拟办意见：建议转安阳市生态环境局牵头核查。    王健  8月20日\n',
     [('PERSON', 25, 27)], [('PERSON', 25, 27, 'official', 'role:approval')]),
    # why: the reporter's own opinion line is none of the agency's
    ('举报人意见：我不同意。王健  8月20日\n',
     [('PERSON', 11, 13)], [('PERSON', 11, 13, 'unknown', '')]),
    # who calls the reporter back is staff; why: asking to be called back is the reporter
    ('处理：次日上午由申楠回拨，转执法监察大队核查。',
     [('PERSON', 8, 10)], [('PERSON', 8, 10, 'official', 'role:cue:回拨')]),
    ('我叫王健，希望回电',
     [('PERSON', 2, 4)], [('PERSON', 2, 4, 'reporter', 'role:cue:我叫')]),
    # why: a number to call back on, given in brackets after a name, is that person's own
    ('2023年5月1日1时8分，张某（回电号码：13812345678）反映噪声扰民',
     [('PERSON', 14, 16), ('CN_MOBILE', 22, 33)],
     [('PERSON', 14, 16, 'reporter', 'role:cue:反映'), ('CN_MOBILE', 22, 33, 'reporter', 'role:anchor:cue:反映')]),
    # the contact an agency gives another agency
    ('贵局联系人：李强\n',
     [('PERSON', 6, 8)], [('PERSON', 6, 8, 'official', 'role:field:贵局联系人')]),
    # HTML left in the text: the cue reads through &nbsp; and <br/>
    ('<td>信访内容</td><td>厂里排污<br/>&nbsp;&nbsp;家里电话0512-81778721</td>',
     [('CN_LANDLINE', 42, 55)], [('CN_LANDLINE', 42, 55, 'reporter', 'role:cue:家里电话')]),
]
# fmt: on


@pytest.mark.parametrize(("text", "spans", "expected"), CASES)
def test_roles_unseen5a_wording(text, spans, expected):
    assert _run(text, spans) == expected
