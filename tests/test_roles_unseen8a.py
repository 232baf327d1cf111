"""Found and attributed, from ``unseen8-a`` (the looked-at half of the family written blind on
2026-12-03, opened at stop 15 after its second blind measure; half b stays blind): a work
order's SMS link that carries the caller's number, a dwelling written with dashes
(28-6-2704), a questionnaire for the elderly (您住在哪里, 您多大年纪, 您要反映谁, 它在哪里), a
group-buy roster (dwelling, surname or 老X / X先生, phone tail). Each row runs the whole
analyzer: (entity, start, end, role). Positive rows and negative rows (``# why``); new
sentences, synthetic values only."""

from __future__ import annotations

import pytest

from jubao_redact import Redactor

# fmt: off
CASES = [  # text, policy, expected [(entity, start, end, role)]
    # a link that carries the caller's number goes whole, whoever runs the site
    ('  查看详情与回拨：http://12369.4108.gov.cn/gd/view?id=7360731&tel=17607351962&src=sms\n', 'forward',
     [('URL', 10, 77, 'unknown')]),
    # why: an agency's page with no one's number in it stays the agency's
    ('官网 http://sthjt.henan.gov.cn/index.html 查询', 'forward', [('URL', 3, 39, 'official')]),
    # a dwelling by building, unit and room
    ('13:30 知足人家：别问了，越问越露馅。咱家就在28-6-2704，离厂门口最近\n', 'forward',
     [('CN_SOCIAL_ACCOUNT', 6, 10, 'unknown'), ('CN_ADDRESS', 25, 34, 'reporter')]),
    # why: a date has the same dashes and no residence cue
    ('会议定于2023-05-12召开', 'forward', []),
    # a questionnaire: age and home are the writer's; whom and where they report, the plant's
    ('您多大年纪:七十五岁\n您住在哪里:杨庄镇小大孟村，8组6号\n您要反映谁:洛阳鑫源食品有限公司\n它在哪里:老城区高新技术产业开发区纬五路62号\n',
     'forward',
     [('DEMOGRAPHIC', 6, 10, 'reporter'), ('CN_ADDRESS', 17, 24, 'reporter'), ('CN_ADDRESS', 25, 29, 'reporter'),
      ('ORGANIZATION', 36, 46, 'subject'), ('CN_ADDRESS', 52, 70, 'subject')]),
    # a group-buy roster: dwelling, surname alone or 老X / X先生, phone tail (removed in discuss)
    ('[15:47] 团长-张姐：#接龙\n1. 18-4-2201 杨 两板 尾号5997\n2. 16-2-1201 周先生 一板 尾号3553\n', 'discuss',
     [('CN_SOCIAL_ACCOUNT', 8, 13, 'unknown'), ('CN_ADDRESS', 21, 30, 'unknown'), ('PERSON', 31, 32, 'unknown'),
      ('CN_MOBILE', 38, 42, 'reporter'), ('CN_ADDRESS', 46, 55, 'unknown'), ('PERSON', 56, 59, 'unknown'),
      ('CN_MOBILE', 65, 69, 'reporter')]),
    # a mobile OCR'd with l / I for 1 and O for 0; Gender: of an English form
    ('来电人： 刘璐    回拨号码： l8898416154\n', 'forward', [('PERSON', 5, 7, 'reporter'), ('CN_MOBILE', 17, 28, 'reporter')]),
    ('性别: 男\nGender: 女', 'forward', [('DEMOGRAPHIC', 4, 5, 'reporter'), ('DEMOGRAPHIC', 14, 15, 'unknown')]),
    # the house after the place in a questionnaire's home field
    ('您住在哪里： 新城新村，13-2-1204\n您要反映谁： 文峰区长青造纸厂\n', 'forward',
     [('CN_ADDRESS', 7, 11, 'reporter'), ('CN_ADDRESS', 12, 21, 'reporter'), ('ORGANIZATION', 29, 37, 'subject')]),
    # an ID masked at its end; the sender last on an envelope's line (杨收转: 杨)
    ('认证证件:410105************\n认证手机:181-9096-2751\n', 'forward',
     [('CN_ID_CARD', 5, 23, 'unknown'), ('CN_MOBILE', 29, 42, 'reporter')]),
    ('（信封）寄信人：石佛镇小张湾村12组16号 杨收转\n', 'forward', [('CN_ADDRESS', 8, 21, 'unknown'), ('PERSON', 22, 23, 'unknown')]),
    # a birth year (1950年生)
    ('本人卢建，男，1950年生，', 'forward',
     [('PERSON', 2, 4, 'reporter'), ('DEMOGRAPHIC', 5, 6, 'reporter'), ('DEMOGRAPHIC', 7, 13, 'reporter')]),
    # why: a year with 生 inside a word (2019年生产) is no birth year
    ('该厂2019年生产了三万吨。', 'forward', []),
    # why: a numbered agenda with a date and no phone or tail is no roster of people
    ('会议议程：\n1. 2023-05-12 开会\n2. 讨论 三项\n', 'discuss', []),
]
# fmt: on


@pytest.mark.parametrize(("text", "policy", "expected"), CASES)
def test_found_and_attributed(text, policy, expected):
    got = [(f.entity_type, f.start, f.end, f.role) for f in Redactor(policy=policy).analyze(text)]
    assert got == expected
