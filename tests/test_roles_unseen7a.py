"""Found and attributed, from ``unseen7-a`` (opened at stop 15, 2026-12-03, after its first
blind measure; half b stays blind): SMS reports in # fields with the number's owner in
brackets, scanned boxed forms (one bar between every two digits, a label padded to four
widths), a driver's haulier, an ID reader's birth date, a platform handle in quotes, a pupil's
school, the writer's home in brackets, a CRM note on its customer, the visitor's companions.
Each row runs the whole analyzer: (entity, start, end, role). Positive rows and negative rows
(``# why``); new sentences, synthetic values only."""

from __future__ import annotations

import pytest

from jubao_redact import Redactor

# fmt: off
CASES = [  # text, expected [(entity, start, end, role)]
    # an SMS report: 举报#place#what#number（whose）: the place reported, the number the family's
    ('原文：举报#老城区产业集聚区商都路886号#下雨天厂里开闸，雨水口往外冒泡沫#13169243421（我女儿）\n',
     [('CN_ADDRESS', 6, 27, 'subject'), ('CN_MOBILE', 39, 50, 'reporter')]),
    # a scanned form read back with a bar between every two digits (| or │)
    ('身份证号：4|1|0|8|0|0|1|9|5|3|0|9|1|1|7|5|6|9\n联系电话：1│5│1│2│1│5│4│0│2│9│9\n',
     [('CN_ID_CARD', 5, 40, 'reporter'), ('CN_MOBILE', 46, 67, 'reporter')]),
    # why: a table's row of small numbers has a cell per number, no number one digit per box
    ('| 1 | 3 | 5 | 7 |\n', []),
    # a label padded to four widths, the name spaced like it (whose: unknown, removed)
    ('姓    名：王  晨        性别：男\n', [('PERSON', 7, 11, 'unknown'), ('DEMOGRAPHIC', 22, 23, 'reporter')]),
    # a truck driver calls: the haulier he drives for, and the one his truck is registered with
    ('来电人：许帆（52岁），在焦作市隆盛物流有限公司跑车\n',
     [('PERSON', 4, 6, 'reporter'), ('DEMOGRAPHIC', 7, 10, 'reporter'), ('CN_WORKPLACE', 13, 24, 'reporter')]),
    # why: 来电人顾虑 is what the caller fears, no name (顾虑 is a word)
    ('来电人顾虑：车是挂靠在焦作市隆盛物流有限公司名下的。', [('CN_WORKPLACE', 11, 22, 'reporter')]),
    # an ID reader's birth date (a date the allow list knows, and still the person's)
    ('出生： 1983年3月12日\n', [('DEMOGRAPHIC', 4, 14, 'unknown')]),
    # a platform's account in quotes
    ('我是举报人张彬，闲鱼号“清风守望者”就是我。', [('PERSON', 5, 7, 'reporter'), ('CN_SOCIAL_ACCOUNT', 12, 17, 'reporter')]),
    # a pupil writes: the school is where to find them
    ('您好！我是三水区第二初级中学八年级2班的学生戴强，今年14岁。',
     [('CN_WORKPLACE', 5, 14, 'reporter'), ('PERSON', 22, 24, 'reporter'), ('DEMOGRAPHIC', 27, 30, 'reporter')]),
    # an evidence list: the writer's home in brackets after 家中阳台
    ('本人在家中阳台（东头）拍摄', [('CN_ADDRESS', 8, 10, 'reporter')]),
    # a plant's CRM note on the customer who complained: name and masked mobile
    ('客户备注：杨女士 *******6467 投诉的那个\n', [('PERSON', 5, 8, 'reporter'), ('CN_MOBILE', 9, 20, 'reporter')]),
    # the visitor's companions (冷, a surname neither list had)
    ('同行人员:冷玉（身份证后四位8420），同村\n', [('PERSON', 5, 7, 'reporter'), ('CN_ID_CARD', 14, 18, 'reporter')]),
    # a post's link after 微博: the link, not its scheme as a handle
    ('网民发布微博（https://v.douyin.com/ZfxsgoR/），反映', [('URL', 7, 36, 'unknown')]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_found_and_attributed(text, expected):
    got = [(f.entity_type, f.start, f.end, f.role) for f in Redactor(policy="forward").analyze(text)]
    assert got == expected
