"""Found and attributed, from ``unseen9-b`` (the other half of the tenth family, measured blind
seven times at 13.12 % and opened at stop 17): a property service's chat whose speakers are
labelled 业主 (a homeowner, not the owner of a business), a flat given alone at the start of a
reply (3-3-403，我姓覃 / 我也是，8组54号), who is said to have reported (举报的好像是X的小刘) and the
place named with them, whom a duplicate's phone is registered to (手机号登记人为X), a compound in a
patrol log's cell before its resident (帝湖新村⇥居民段鹏), a notary's own record (its office, the
notary and its clerk: third parties), the agency's people present there, a dispatch line
(转派：X厅，联系人Y), a procuratorate's notice (本院在履行职责中发现，X（…，住…）…). Each row runs the whole analyzer: (entity, start, end,
role). Positive rows and negative rows (``# why``); new sentences, synthetic values only."""

from __future__ import annotations

import pytest

from jubao_redact import Redactor

# fmt: off
CASES = [  # text, policy, expected [(entity, start, end, role)]
    # a property service's chat: 业主 labels the speaker; the flat given alone in a reply
    ('[08:35] 业主 青山常在：你好，鑫源厂的废渣就堆在院外头\n[08:38] 客服梁：您好，请问您是几号楼几室？\n'
     '[08:41] 业主 青山常在：3-3-403，我姓覃，电话13784826324', 'forward',
     [('CN_SOCIAL_ACCOUNT', 11, 15, 'unknown'), ('ORGANIZATION', 19, 22, 'subject'), ('CN_SOCIAL_ACCOUNT', 40, 43, 'official'),
      ('CN_SOCIAL_ACCOUNT', 69, 73, 'unknown'), ('CN_ADDRESS', 74, 81, 'unknown'), ('PERSON', 84, 85, 'unknown'),
      ('CN_MOBILE', 88, 99, 'reporter')]),
    ('我也是，8组54号，味儿太大了', 'forward', [('CN_ADDRESS', 4, 9, 'unknown')]),
    # why: a date written day-month-year after a colon is no flat
    ('时间：10-12-2023，地点：厂区', 'forward', []),
    # who is said to have reported, and where they live; whom the duplicate's phone is registered to
    ('注意这家是上半年被举报过的，举报的好像是和谐名城的小刘，去了别提这事', 'census',
     [('CN_ADDRESS', 20, 24, 'reporter'), ('PERSON', 25, 27, 'reporter')]),
    ('系统提示：两件提交IP相同，件二手机号登记人为周瑞。', 'forward', [('PERSON', 23, 25, 'reporter')]),
    # why: what the writer reports (我举报的是X公司) is the reported party
    ('我举报的是新乡润泽化工有限公司，他们天天偷排', 'forward', [('ORGANIZATION', 5, 15, 'subject')]),
    # a compound in a patrol log's cell, its resident in the next
    ('16:47\t帝湖新村\t居民段鹏反映厂里的车', 'forward', [('CN_ADDRESS', 6, 10, 'reporter'), ('PERSON', 13, 15, 'reporter')]),
    # a notary's own record: the office, the notary, its clerk
    ('安阳市嵩山公证处\n公证记录\n申请人：曹丽\n公证员：李刚  承办：唐婷婷', 'reward',
     [('ORGANIZATION', 0, 8, 'third_party'), ('PERSON', 18, 20, 'reporter'), ('PERSON', 25, 27, 'third_party'),
      ('PERSON', 32, 35, 'third_party')]),
    # the agency's people at the notary's; a hotline record's dispatch line
    ('安阳市生态环境局到场人员：林东（0372-25558663）', 'reward',
     [('ORGANIZATION', 0, 8, 'official'), ('PERSON', 13, 15, 'official'), ('CN_LANDLINE', 16, 29, 'official')]),
    ('转派： 河南省生态环境厅，联系人祝慧，（0372）64221148', 'forward',
     [('ORGANIZATION', 4, 12, 'official'), ('PERSON', 16, 18, 'official'), ('CN_LANDLINE', 19, 33, 'official')]),
    # whom a procuratorate's notice is about; the place ends with the aside's bracket
    ('本院在履行职责中发现，张博（男，1998年1月生，住安阳市文峰区中华路8号）在其院内焚烧废电路板。', 'publish',
     [('PERSON', 11, 13, 'subject'), ('DEMOGRAPHIC', 14, 15, 'subject'), ('DEMOGRAPHIC', 16, 24, 'subject'),
      ('CN_ADDRESS', 26, 37, 'subject')]),
    # a census office's staff group: the office's name ends before 普查员工作群; who a form's
    # notes send questions to
    ('【博爱县污染源普查工作办公室普查员工作群】\n麦田守望者（石峰） 15:42\n焦作汇丰源铝业有限公司今天跑了', 'census',
     [('ORGANIZATION', 1, 14, 'official'), ('CN_SOCIAL_ACCOUNT', 22, 27, 'subject'), ('PERSON', 28, 30, 'subject'),
      ('ORGANIZATION', 38, 49, 'subject')]),
    ('疑问请咨询刘洁（037979433760）。', 'census', [('PERSON', 5, 7, 'official'), ('CN_LANDLINE', 8, 20, 'official')]),
    # why: an insider's 员工 still makes the plant the writer's workplace
    ('我是新乡润泽化工有限公司员工，厂里天天偷排', 'forward', [('CN_WORKPLACE', 2, 12, 'reporter')]),
    # why: a bracket opened inside the address is part of it
    ('住址：郑州市金水区文化路（东段）8号', 'forward', [('CN_ADDRESS', 3, 18, 'reporter')]),
    # why: a record the notary does not head keeps its staff fields the agency's
    ('承办：唐婷婷\n安阳市嵩山公证处', 'reward', [('PERSON', 3, 6, 'official'), ('ORGANIZATION', 7, 15, 'official')]),
]
# fmt: on


@pytest.mark.parametrize(("text", "policy", "expected"), CASES)
def test_found_and_attributed(text, policy, expected):
    got = [(f.entity_type, f.start, f.end, f.role) for f in Redactor(policy=policy).analyze(text)]
    assert got == expected
