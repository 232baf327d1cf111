"""Found and attributed, from ``unseen7-a`` (looked at since stop 15), retention fixed at stop 17:
the bench and the accused of a criminal judgment (审判长 X / 书记员 Y; 被告人X，男，…，住…), who
receives a visitor (接待人：X), who checks and pays a reward out (核验员：X  出纳：Y), who takes an
automatic reply over by hand (人工处理：X), the seller of waste in a second-hand market chat
(卖家：…地址…，到了打…，加微信…) and the one who drives the dumping tricycle (X开的…三轮车天天往沟里
倒垃圾); the key=value cells of a parsed message (地点=X；对象=Y). Each row runs the whole analyzer:
(entity, start, end, role). Positive rows and negative rows (``# why``); synthetic values only."""

from __future__ import annotations

import pytest

from jubao_redact import Redactor

DEAL = "闲鱼 · 与卖家“老周回收”的对话  商品：废机油（大量）\n我：老板，废机油还收吗？要得多。\n" \
       "卖家：收，厂里天天出。你自己来拉，地址新乡市红旗区李集镇上杨庄村7组21号，到了打13825536404。\n" \
       "我：能开票吗？\n卖家：开不了，现金。加微信zhou_k77细聊。"
DEAL_OWN = "闲鱼 · 与卖家“老周回收”的对话\n我：废机油还收吗？我家在新乡市红旗区向阳路88号，电话13700112233\n" \
           "卖家：收，到了打13825536404。\n我：好的\n卖家：来吧"

# fmt: off
CASES = [  # text, policy, expected [(entity, start, end, role)]
    # the accused of a judgment and what is said of them; the bench and the clerk
    ('刑事判决书\n被告人郭建军，男，1971年3月8日出生，汉族，住新乡市红旗区向阳路88号。\n审判长 程丽\n书记员 胡海燕', 'publish',
     [('PERSON', 9, 12, 'subject'), ('DEMOGRAPHIC', 13, 14, 'subject'), ('DEMOGRAPHIC', 15, 26, 'subject'),
      ('DEMOGRAPHIC', 27, 29, 'subject'), ('CN_ADDRESS', 31, 43, 'subject'), ('PERSON', 49, 51, 'official'),
      ('PERSON', 56, 59, 'official')]),
    # the visitor (one who comes to complain) and who receives them; who checks and pays a reward out; who takes a case over by hand
    ('来访人：马丽\n接待人：孙伟', 'forward', [('PERSON', 4, 6, 'reporter'), ('PERSON', 11, 13, 'official')]),
    ('领取金额：500元\n核验员：秦雪    出纳：吕静', 'reward', [('PERSON', 14, 16, 'official'), ('PERSON', 23, 25, 'official')]),
    ('自动回复：您的举报已收到。\n人工处理：袁梅  08:45  已转执法支队', 'forward', [('PERSON', 19, 21, 'official')]),
    # the seller of waste: the speaker and what they give in their own turns
    (DEAL, 'forward',
     [('CN_SOCIAL_ACCOUNT', 6, 8, 'subject'), ('CN_SOCIAL_ACCOUNT', 47, 49, 'subject'), ('CN_ADDRESS', 66, 84, 'subject'),
      ('CN_MOBILE', 88, 99, 'subject'), ('CN_SOCIAL_ACCOUNT', 109, 111, 'subject'), ('CN_WECHAT', 122, 130, 'subject')]),
    # why: what the writer says of themselves (我家在…) in the same chat stays theirs
    (DEAL_OWN, 'forward',
     [('CN_SOCIAL_ACCOUNT', 6, 8, 'subject'), ('CN_ADDRESS', 30, 42, 'reporter'), ('CN_MOBILE', 45, 56, 'reporter'),
      ('CN_SOCIAL_ACCOUNT', 57, 59, 'subject'), ('CN_MOBILE', 65, 76, 'subject'), ('CN_SOCIAL_ACCOUNT', 83, 85, 'subject')]),
    # the one who dumps, and the tricycle's plate
    ('我局于2023年3月9号接到群众反映：郭建军开的豫C·28B03三轮车天天往沟里倒垃圾。', 'forward',
     [('PERSON', 19, 22, 'subject'), ('CN_LICENSE_PLATE', 24, 32, 'subject')]),
    # why: the writer who takes the rubbish out is no polluter (我叫 decides)
    ('我叫郭建军，每天下楼倒垃圾都闻到臭味', 'forward', [('PERSON', 2, 5, 'reporter')]),
    # key=value cells of a parsed message: the place ends at the semicolon; the plant is one
    ('解析：地点=荥阳市产业集聚区金水路878号；对象=久安厂；联系方式=同发送号码', 'forward',
     [('CN_ADDRESS', 6, 21, 'unknown'), ('ORGANIZATION', 25, 28, 'unknown')]),
    # why: measured values with = are no cells of anyone's
    ('检测结果：COD=331mg/L；氨氮=12.5mg/L', 'forward', []),
]
# fmt: on


@pytest.mark.parametrize(("text", "policy", "expected"), CASES)
def test_found_and_attributed(text, policy, expected):
    got = [(f.entity_type, f.start, f.end, f.role) for f in Redactor(policy=policy).analyze(text)]
    assert got == expected
