"""Found and attributed, from ``unseen10-a`` (the looked-at half of the eleventh family, written
blind on 2026-12-04 by a helper and measured blind before it was opened at stop 17): the keys of
a mini-program's raw JSON submission (openid, nickName, realName), a notice refusing a reward
that tells the addressee of their own report (你举报…一事), the writer as one of a small unit's
people (我是X蜂业合作社的Y), co-signers of a joint letter with their flats in brackets (联名人：…
姜勇（14-2-102，按手印）), a village group's house after 住, a work order's 改派 line, who transcribed a letter (誊录人) and staff named glued to
their agency (已转X局Y), who provided a record (本记录由X提供). Each row runs the whole analyzer:
(entity, start, end, role). Positive rows and negative rows (``# why``); synthetic values only."""

from __future__ import annotations

import pytest

from jubao_redact import Redactor

# fmt: off
CASES = [  # text, policy, expected [(entity, start, end, role)]
    # a mini-program's raw submission
    ('{\n  "openid": "o2Ri0-mn55pDgSy97AE5o3HJb1bc",\n  "nickName": "守护一号",\n  "realName": "张建国"\n}', 'forward',
     [('CN_WECHAT', 15, 43, 'reporter'), ('CN_SOCIAL_ACCOUNT', 61, 65, 'reporter'), ('PERSON', 83, 86, 'reporter')]),
    # a notice refusing a reward tells the reporter of their own report
    ('武鹏：\n    你举报郑州广源沥青搅拌专业合作社夜间偷排一事，经查在你举报前已被我局查处。', 'reward',
     [('PERSON', 0, 2, 'reporter'), ('ORGANIZATION', 11, 24, 'subject')]),
    # why: a notice telling its addressee they were reported is served on the reported party
    ('郭建军：\n  你在经营中被群众举报偷排废水，经查属实。', 'publish', [('PERSON', 0, 3, 'subject')]),
    # the writer as one of a small unit's people
    ('我是刘家蜂业合作社的刘凤英，家住河南省洛阳市新安县文化路89号', 'forward',
     [('CN_WORKPLACE', 2, 9, 'reporter'), ('PERSON', 10, 13, 'reporter'), ('CN_ADDRESS', 16, 31, 'reporter')]),
    # why: the plant's people introduce themselves so to a complainant: the plant is no workplace of the writer's
    ('李先生，我是华康公司的王强，想跟您聊聊。', 'forward',
     [('PERSON', 0, 3, 'official'), ('ORGANIZATION', 6, 10, 'unknown'), ('PERSON', 11, 13, 'reporter')]),
    # co-signers of a joint letter, a flat in brackets; a village group's house after 住
    ('联名人：叶婷（按手印）  姜勇（14-2-102，按手印）', 'forward',
     [('PERSON', 4, 6, 'reporter'), ('PERSON', 13, 15, 'reporter'), ('CN_ADDRESS', 16, 24, 'reporter')]),
    ('退单理由：诉求人住11组94号，不属本镇', 'forward', [('CN_ADDRESS', 9, 15, 'reporter')]),
    # a work order's flow log: the agency it is passed on to, and its contact
    ('[2021-09-25 11:33:53] 改派 → 郑州市生态环境局管城分局，联系人萧秀云，(0371)32354957', 'forward',
     [('ORGANIZATION', 27, 39, 'official'), ('PERSON', 43, 46, 'official'), ('CN_LANDLINE', 47, 61, 'official')]),
    # who transcribed a letter; a member of staff named glued to their agency
    ('收信日期：3月9日  誊录人：邰彬', 'forward', [('PERSON', 15, 17, 'official')]),
    ('（本记录由李丹提供，已转郑州市生态环境局杨兰英）', 'forward',
     [('PERSON', 5, 7, 'reporter'), ('ORGANIZATION', 12, 20, 'official'), ('PERSON', 20, 23, 'official')]),
    # who provided a record filed as evidence
    ('（本记录由李帅提供，已转河南省生态环境厅刘晶）', 'forward',
     [('PERSON', 5, 7, 'reporter'), ('PERSON', 20, 22, 'unknown')]),
    # why: who sends the screenshot to the reporter is staff
    ('（截图由杨玉发至举报人手机13540538670，作为发放凭证存档）', 'reward',
     [('PERSON', 4, 6, 'official'), ('CN_MOBILE', 13, 24, 'reporter')]),
    # why: a name glued to a company is not made the company's (an insider may report)
    ('润泽公司王强反映厂里偷排', 'forward', [('ORGANIZATION', 0, 4, 'subject'), ('PERSON', 4, 6, 'reporter')]),
]
# fmt: on


@pytest.mark.parametrize(("text", "policy", "expected"), CASES)
def test_found_and_attributed(text, policy, expected):
    got = [(f.entity_type, f.start, f.end, f.role) for f in Redactor(policy=policy).analyze(text)]
    assert got == expected
