"""Found and attributed, from ``unseen10-b`` (the half of the eleventh family measured blind
three times, 5.00 % leak at each, and opened at stop 18): where the writer sees the plant from
(我在X窗户里), a chat with an officer saved as 杨同志 who gives their own mobile (打我手机…) and
reports arriving at the plant's gate, a WeChat ID whose owner a bracket names, an agency letter's
contact above its signature across a blank line, a clue to the 纪委监委 accusing an official, an
interface record's mapped keys, a frequent-caller register with the plant's own call, staff
glued to their agency, a census taker's own application form, a visitor and the neighbour who
came with them, who answers a visitor, a score sheet of reward claims with its experts, and an
insider's employer that is the plant reported. Each row runs the whole analyzer: (entity,
start, end, role). Positive rows and negative rows (``# why``); synthetic values only."""

from __future__ import annotations

import pytest

from jubao_redact import Redactor

# fmt: off
CASES = [  # text, policy, expected [(entity, start, end, role)]
    # where the writer sees it from: their flat, their house in the village
    ('你们说整改了，我在12-6-1704窗户里天天看得见。', 'forward', [('CN_ADDRESS', 9, 18, 'reporter')]),
    ('你们说整改了，我在南梁湖村54号窗户里天天看得见。', 'forward', [('CN_ADDRESS', 9, 16, 'reporter')]),
    ('到了喊我，我在6-6-2402', 'forward', [('CN_ADDRESS', 7, 15, 'reporter')]),
    # why: officers calling a reporter back at home are at the reporter's village, not the plant's
    ('回访情况：已到大东赵村入户回访举报人，举报人表示满意。', 'forward', []),
    # a chat with an officer: the other side's WeChat ID, the officer's own mobile, their arrival
    ('对方微信号：hbzf_hen831（郑州市生态环境局执法人员杨兰英）', 'forward',
     [('CN_WECHAT', 6, 17, 'official'), ('ORGANIZATION', 18, 26, 'official'), ('PERSON', 30, 33, 'official')]),
    ('12:53 我：杨同志，今晚又开始了\n13:00 杨同志：收到，我们半小时到。有情况打我手机17600043839\n'
     '13:06 我：好的，我叫李丹，手机13158798244', 'forward',
     [('CN_SOCIAL_ACCOUNT', 8, 11, 'official'), ('CN_SOCIAL_ACCOUNT', 25, 28, 'official'),
      ('CN_MOBILE', 46, 57, 'official'), ('PERSON', 71, 73, 'reporter'), ('CN_MOBILE', 76, 87, 'reporter')]),
    ('13:15 杨科长：已到二七区白沙镇北马寨村6组15号门口，余老板不让进', 'forward',
     [('CN_SOCIAL_ACCOUNT', 6, 9, 'official'), ('CN_ADDRESS', 12, 27, 'subject'), ('PERSON', 30, 33, 'subject')]),
    # an agency letter's contact, a blank line above its signature
    ('    联系人： 李兰英，037260477688\n\n安阳市生态环境局\n2024年9月15号', 'forward',
     [('PERSON', 9, 12, 'official'), ('CN_LANDLINE', 13, 25, 'official'), ('ORGANIZATION', 27, 35, 'official')]),
    # a clue to the discipline commission: the official the reporter accuses is the clue's subject
    ('文峰区纪委监委：\n    我局在办理杨某某举报河南利民建材股份有限公司一案中，举报人反映文峰区王村街道办事处干部张艳'
     '（手机15124160924）长期为该企业通风报信。', 'forward',
     [('ORGANIZATION', 0, 7, 'official'), ('PERSON', 18, 21, 'reporter'), ('ORGANIZATION', 23, 35, 'subject'),
      ('ORGANIZATION', 44, 54, 'official'), ('PERSON', 56, 58, 'subject'), ('CN_MOBILE', 61, 72, 'subject')]),
    # an interface record: the mapped keys are no organisation, the name's cell is a name
    ('字段映射：\nreporter_name → sqr_xm\t高桂芳\nreporter_tel → sqr_lxdh\t19142622237', 'forward',
     [('PERSON', 29, 32, 'reporter'), ('CN_MOBILE', 57, 68, 'reporter')]),
    # a frequent-caller register: the column of counts is no name; the plant's own call is the plant's
    ('序号\t来电号码\t登记姓名\t来电次数\t标签\t备注\n1\t18341220645\t白志强\t5次\t重复诉求\t反映鑫源厂夜间排放\n'
     '2\t0371-36187436\t小王\t6次\t询问类\t被反映单位来电，追问举报人身份，已拒绝', 'forward',
     [('CN_MOBILE', 26, 37, 'unknown'), ('PERSON', 38, 41, 'unknown'), ('ORGANIZATION', 52, 55, 'subject'),
      ('CN_LANDLINE', 62, 75, 'subject'), ('PERSON', 76, 78, 'subject')]),
    # a member of staff glued to the agency, after a reporter's cue earlier in the sentence
    ('班长意见：1号来电人白先生所反映问题属实，请郑州市生态环境局二七分局罗雪优先核查。', 'forward',
     [('PERSON', 10, 13, 'reporter'), ('ORGANIZATION', 22, 34, 'official'), ('PERSON', 34, 36, 'official')]),
    # a census taker's own application form: staff, not a census object
    ('第二次全国污染源普查 普查员证申领表\n姓名：杨佳  性别：男  身份证号：410500195702131432\n'
     '手机：13238377678  工作单位：殷都区黄店镇人民政府', 'census',
     [('PERSON', 22, 24, 'official'), ('DEMOGRAPHIC', 29, 30, 'official'), ('CN_ID_CARD', 37, 55, 'official'),
      ('CN_MOBILE', 59, 70, 'official'), ('CN_WORKPLACE', 77, 87, 'official')]),
    # a visitor and the neighbour who came with them; who answers the visitor
    ('来访人阮某（新城新村居民）与邻居张某共同来访，反映郑州聚鑫电镀股份有限公司渣场扬尘。', 'forward',
     [('PERSON', 3, 5, 'reporter'), ('CN_ADDRESS', 6, 10, 'reporter'), ('PERSON', 16, 18, 'reporter'),
      ('ORGANIZATION', 25, 37, 'subject')]),
    ('    刘局长当场要求执法支队7日内查清，由顾俊（037165594822）负责回复来访人。', 'forward',
     [('PERSON', 4, 7, 'official'), ('PERSON', 22, 24, 'official'), ('CN_LANDLINE', 25, 37, 'official')]),
    # an agency's review and hand-on is no address of the reporter's
    ('代录说明：诉求人要求保密，江岸区黄店街道办事处审核后转湖北省生态环境厅。', 'forward',
     [('ORGANIZATION', 13, 35, 'official')]),
    # a score sheet of reward claims: its columns (an expert's by surname), the outside experts and their university
    ('线索编号\t举报人\t联系电话\t被举报对象\t专家张\t专家李\t平均分\nXS-2021-2178\t石某\t尾号5066\t佛山豫丰食品专业合作社\t93\t71\t66\n'
     '评审专家:张建平（佛山大学环境学院）、李萍（佛山大学环境学院）', 'reward',
     [('PERSON', 22, 23, 'third_party'), ('PERSON', 26, 27, 'third_party'),
      ('PERSON', 45, 47, 'reporter'), ('CN_MOBILE', 50, 54, 'reporter'), ('ORGANIZATION', 55, 66, 'subject'),
      ('PERSON', 81, 84, 'third_party'), ('ORGANIZATION', 85, 93, 'third_party'),
      ('PERSON', 95, 97, 'third_party'), ('ORGANIZATION', 98, 106, 'third_party')]),
    # an insider's employer that the complaint reports: the unit without the job, the plant's
    ('所在单位及岗位:河南永兴造纸股份有限公司司机，工号78\n举报内容:河南永兴造纸股份有限公司天一黑就开始烧东西，黑烟往村里飘。',
     'reward', [('CN_WORKPLACE', 8, 20, 'subject'), ('ORGANIZATION', 33, 45, 'subject')]),
    # why: a workplace that is not the plant reported stays the reporter's
    ('所在单位:河南永兴造纸股份有限公司\n举报内容:河南天润化工有限公司天一黑就开始烧东西，黑烟往村里飘。', 'reward',
     [('CN_WORKPLACE', 5, 17, 'reporter'), ('ORGANIZATION', 23, 33, 'subject')]),
    # why: what the reporter says of an old number keeps it theirs (举报人称 is no cue of the reported)
    ('  2023-08-25 06:23 联系电话 : 0757 6739052 → 15924934229（举报人称旧号是家里人的）', 'forward',
     [('CN_LANDLINE', 26, 38, 'reporter'), ('CN_MOBILE', 41, 52, 'reporter')]),
    # where a photo of the plant was taken; officers at the gate of a village's east end, who keeps them out
    ('附件2:IMG_20190924_228866.jpg（拍摄于洛阳市新安县柳林镇大薛店村北侧路西东侧围墙外）', 'forward',
     [('CN_ADDRESS', 31, 53, 'subject')]),
    ('10:13 刘科长：已到安阳市滑县北岗镇南白沙村东头门口，高先生不让进', 'forward',
     [('CN_SOCIAL_ACCOUNT', 6, 9, 'official'), ('CN_ADDRESS', 12, 26, 'subject'), ('PERSON', 29, 32, 'subject')]),
]
# fmt: on


@pytest.mark.parametrize(("text", "policy", "expected"), CASES)
def test_found_and_attributed(text, policy, expected):
    got = [(f.entity_type, f.start, f.end, f.role) for f in Redactor(policy=policy).analyze(text)]
    assert got == expected
