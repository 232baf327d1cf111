"""Found and attributed, from ``unseen7-b`` (opened at stop 15, 2026-12-03, 12:32, after two
blind measures, once the helper-written ``unseen8`` had taken its place): a call transcript's
answers (a mobile dictated in pieces, a name or a home answered alone), an incident report's
first witness with the home and phone in one bracket, village cadres guessing the household
(八成是X那家，姓Y), masked IDs, the residents' property company, a masked name after 住户.
Each row runs the whole analyzer: (entity, start, end, role). Positive rows and negative rows
(``# why``); new sentences, synthetic values only."""

from __future__ import annotations

import pytest

from jubao_redact import Redactor

# fmt: off
CASES = [  # text, [policy,] expected [(entity, start, end, role)]
    # a name answered to 您贵姓 and a mobile dictated over three turns (an aside between)
    ('坐席：好的，您贵姓？\n来电：姓许，帆。\n坐席：方便留个手机吗？\n来电：幺五六……\n坐席：嗯。\n来电：三五〇九，\n'
     '坐席：嗯，后面呢？\n来电：哎等一下，我看看…\n来电：8950。\n',
     [('PERSON', 15, 16, 'unknown'), ('PERSON', 17, 18, 'unknown'), ('CN_MOBILE', 35, 38, 'unknown'),
      ('CN_MOBILE', 50, 54, 'unknown'), ('CN_MOBILE', 82, 86, 'unknown')]),
    # why: 好的 answers the question, it is no number (and a name answered is one)
    ('坐席：您贵姓？\n来电：申亮。\n坐席：方便留个手机吗？\n来电：好的。\n', [('PERSON', 11, 13, 'unknown')]),
    # the home answered to 您住在附近吗 (and the question itself is no place)
    ('坐席：您住在附近吗？\n来电：就在张湾镇下新店村，9组，窗户正对着它。\n', [('CN_ADDRESS', 16, 26, 'unknown')]),
    # the first witness of an incident: home and phone in one bracket after the name
    ('最早发现人为村民梁建（新城名城，133-2396-8249），其拨打12369报告。',
     [('PERSON', 8, 10, 'reporter'), ('CN_ADDRESS', 11, 15, 'reporter'), ('CN_MOBILE', 16, 29, 'reporter')]),
    # village cadres guess the household (那家，姓史); why: 支书, 会计 in brackets are offices, no names
    ('17:20 王玲（支书）：八成是12号楼1单元那家，姓史。\n17:21 严杰（会计）：谁告的？\n',
     [('CN_SOCIAL_ACCOUNT', 6, 8, 'unknown'), ('CN_ADDRESS', 16, 23, 'reporter'), ('PERSON', 27, 28, 'unknown'),
      ('CN_SOCIAL_ACCOUNT', 36, 38, 'unknown')]),
    # an ID masked but for its first and last characters
    ('提交人实名认证：赵兵  4****************0（政务服务APP认证）\n',
     [('PERSON', 8, 10, 'reporter'), ('CN_ID_CARD', 12, 30, 'reporter')]),
    # why: twenty places, an order number masked, no ID
    ('订单号：1****************8888', []),
    # a stairwell notice's property company names the compound; the grid worker is staff
    ('物业服务单位：济南安居物业服务有限公司  电话：0531-87181877\n社区网格员：徐桂兰  13168082491\n',
     [('ORGANIZATION', 7, 19, 'third_party'), ('CN_LANDLINE', 24, 37, 'third_party'), ('PERSON', 44, 47, 'official'),
      ('CN_MOBILE', 49, 60, 'official')]),
    # a stairwell notice to the residents: the part of the village the complainant lives in,
    # and the residents' own committee that signs it (its name is the compound's)
    ('各位居民：\n近期有本村5号一位村民反映村边厂里粉尘大。\n\n碧水公馆社区居民委员会\n2020-09-15\n', 'publish',
     [('CN_ADDRESS', 11, 13, 'reporter'), ('ORGANIZATION', 29, 40, 'third_party')]),
    # why: a committee named in a paper to nobody's residents is the public body it is
    ('请到大孟村村民委员会领取。', 'publish', [('ORGANIZATION', 2, 10, 'public')]),
    # why: 和 inside a compound's name (怡和名城) cuts nothing
    ('我们是怡和名城业主委员会，代表全体业主向你们反映。', 'publish', [('ORGANIZATION', 3, 12, 'reporter')]),
    # a masked name after 住户
    ('另有住户王*一并反映。', [('PERSON', 4, 7, 'reporter')]),
]
# fmt: on


@pytest.mark.parametrize("case", CASES)
def test_found_and_attributed(case):
    text, policy, expected = case if len(case) == 3 else (case[0], "forward", case[1])
    got = [(f.entity_type, f.start, f.end, f.role) for f in Redactor(policy=policy).analyze(text)]
    assert got == expected
