"""Found and attributed, from ``unseen9-a`` (the looked-at half of the tenth family, written
blind on 2026-12-03 by a helper and measured blind before it was opened at stop 16): an ID's
tail in an attachment's file name (身份证复印件_302118.jpg) or as its last six, the likes under
a WeChat Moments post (♡ A，B，C) and its location tag (📍X), who typed a record up (X录入), a
citizen's letter signed with their own shop. Each row runs the whole analyzer: (entity, start,
end, role). Positive rows and negative rows (``# why``); new sentences, synthetic values only."""

from __future__ import annotations

import pytest

from jubao_redact import Redactor

# fmt: off
CASES = [  # text, policy, expected [(entity, start, end, role)]
    # an ID's tail in a file name, and its last six
    ('附件：\n  1. 领奖确认单.pdf\n  2. 身份证复印件_302118.jpg', 'forward', [('CN_ID_CARD', 31, 37, 'unknown')]),
    ('身份证后六位为10231X', 'forward', [('CN_ID_CARD', 7, 13, 'reporter')]),
    # why: a file name with a date is no ID's tail
    ('附件：现场照片_20230503.jpg', 'forward', []),
    # a Moments post: its location tag, every name among the likes; the clerk who typed it up
    ('朋友圈截图文字整理（举报人提供，翟宁录入）\n\n远山\n厂里又冒黑烟了\n📍金水湾小区\n♡ 远山的家，青禾一号，老树\n老树：早该查了', 'discuss',
     [('PERSON', 16, 18, 'official'), ('ORGANIZATION', 23, 25, 'unknown'), ('CN_ADDRESS', 35, 40, 'unknown'),
      ('CN_SOCIAL_ACCOUNT', 43, 47, 'unknown'), ('CN_SOCIAL_ACCOUNT', 48, 52, 'unknown'),
      ('CN_SOCIAL_ACCOUNT', 53, 55, 'third_party'), ('CN_SOCIAL_ACCOUNT', 56, 58, 'third_party')]),
    # why: a sentence after a heart is no list of names
    ('今天的动态\n♡ 谢谢大家，辛苦了', 'discuss', []),
    # a letter signed with the writer's own guesthouse
    ('尊敬的领导：\n  厂里天天排烟。我的联系方式：18274796710。\n                                   修武县山居客栈\n'
     '                                   2023年5月3日', 'forward',
     [('CN_MOBILE', 23, 34, 'reporter'), ('ORGANIZATION', 71, 78, 'reporter')]),
    # why: an agency signs with its own name: official
    ('特此函告。\n                        新乡市生态环境局\n                        2023年5月3日', 'forward',
     [('ORGANIZATION', 30, 38, 'official')]),
]
# fmt: on


@pytest.mark.parametrize(("text", "policy", "expected"), CASES)
def test_found_and_attributed(text, policy, expected):
    got = [(f.entity_type, f.start, f.end, f.role) for f in Redactor(policy=policy).analyze(text)]
    assert got == expected
