"""Found and attributed, from ``unseen12-a`` (the looked-at half of the thirteenth family, written
blind on 2026-12-04 by a helper and opened at stop 18 after its blind measure): a handwritten
letter typed by a clerk with the characters and digits they could not read marked (杨[?],
185■3147487), an office's SMS receipt and the number it went to, an app report's device
location, a person named the English way (Reporter: Ms. 夏), what others in a forum or the
plant's people guess about the one who reported (楼主是X的吧, 就是X那户, 楼主姓张吧), where the
reporter went in a body-cam transcript, villagers' homes in brackets after their names, another
villager who reports the same, a group where an agency and the plant talk, a list typed with
full-width commas, and a body rewarded as the reporter with its account and contact.
Each row runs the whole analyzer: (entity, start, end, role). Positive rows and negative rows
(``# why``); synthetic values only."""

from __future__ import annotations

import pytest

from jubao_redact import Redactor

# fmt: off
CASES = [  # text, policy, expected [(entity, start, end, role)]
    # a letter typed from a photo: the signature and the mobile with one unreadable character each
    ('【录入说明：原件为手写信件拍照，录入人胡俊】\n环保局领导：\n  厂里半夜开机，[字迹不清]好几次了也没人管。\n'
     '  署名：杨[?]   电话：185■3147487\n  地址：安阳市北关区商都路83号翠竹苑31号楼4单元103室', 'forward',
     [('PERSON', 19, 21, 'official'), ('PERSON', 60, 64, 'reporter'), ('CN_MOBILE', 70, 81, 'reporter'),
      ('CN_ADDRESS', 87, 113, 'reporter')]),
    ('  老邹还说[字迹不清]，我们老百姓[字迹不清]。\n  署名：罗[字迹不清]英   电话：1524?671510', 'forward',
     [('PERSON', 2, 4, 'unknown'), ('PERSON', 31, 39, 'reporter'), ('CN_MOBILE', 45, 56, 'reporter')]),
    ('  署名：王□   电话：135333□9051', 'forward',
     [('PERSON', 5, 7, 'reporter'), ('CN_MOBILE', 13, 24, 'reporter')]),
    # why: a mark after ordinary words is an unreadable word, no name; a ? after a whole number asks
    ('我们老百姓[字迹不清]，水变黄[字迹不清]了，是13812345678?', 'forward',
     [('CN_MOBILE', 24, 35, 'reporter')]),
    # an office's SMS receipt signed by the agency: the number it went to is the reporter's
    ('短信内容：“唐先生您好，您反映的济南恒达电镀厂问题已受理，答复期限60日。山东省生态环境厅”  接收号码：13136116249', 'forward',
     [('PERSON', 6, 9, 'unknown'), ('ORGANIZATION', 16, 23, 'subject'), ('ORGANIZATION', 37, 45, 'official'),
      ('CN_MOBILE', 53, 64, 'reporter')]),
    # an app report's device location under the reported party's block is where the reporter stood
    ('举报对象：洛阳聚鑫汽车维修专业合作社\n定位地址：洛阳市西工区黄店镇大薛店村北侧路西\n问题描述：夜里排烟', 'forward',
     [('ORGANIZATION', 5, 18, 'subject'), ('CN_ADDRESS', 24, 41, 'reporter')]),
    # an ethics portal's entry: the honorific and surname, in characters or pinyin
    ('Case ID: EHS-2021-9369    Site: 郑州顺发砖瓦专业合作社\nReporter: Ms. 夏（夏秀云）    Employee No.: HR74293', 'forward',
     [('ORGANIZATION', 32, 43, 'unknown'), ('PERSON', 54, 59, 'reporter'), ('PERSON', 60, 63, 'reporter')]),
    ('Reporter: Mr. Zhao（赵俊）', 'forward', [('PERSON', 10, 18, 'reporter'), ('PERSON', 19, 21, 'reporter')]),
    # what the plant's people say about where the reports come from
    ('[12:26] 王雪：主要是城关镇小高庙村那边反映的多。\n[15:34] 钱倩：就是29-2-1703那户，天天打电话。', 'forward',
     [('CN_SOCIAL_ACCOUNT', 8, 10, 'unknown'), ('CN_ADDRESS', 14, 21, 'reporter'), ('CN_SOCIAL_ACCOUNT', 37, 39, 'unknown'),
      ('CN_ADDRESS', 42, 51, 'reporter')]),
    # why: 就是/主要是 before no word of a household or a quarter reads no place
    ('[12:26] 王雪：就是这个厂的问题，主要是排污那边的事。', 'forward', [('CN_SOCIAL_ACCOUNT', 8, 10, 'unknown')]),
    # a body-cam transcript: where the reporter went when they left
    ('[16:04:17] 栾玉：请您先回避。（举报人离开，往大孟镇大杨庄村方向）', 'forward',
     [('CN_SOCIAL_ACCOUNT', 11, 13, 'unknown'), ('CN_ADDRESS', 28, 35, 'reporter')]),
    # a village committee's letter: villagers' homes in brackets, another who reports the same
    ('  其中黄萍（东柳林村东头）家的鱼塘死鱼，李坤（15797965862）也反映车间主任张想让工人晚上把废液倒进雨水井。', 'forward',
     [('PERSON', 4, 6, 'unknown'), ('CN_ADDRESS', 7, 13, 'reporter'), ('PERSON', 21, 23, 'reporter'),
      ('CN_MOBILE', 24, 35, 'reporter'), ('PERSON', 43, 45, 'subject')]),
    # why: the place in brackets after the plant's workshop head is the plant's side
    ('  车间主任张想（东柳林村东头）让工人晚上把废液倒进雨水井。', 'forward',
     [('PERSON', 6, 8, 'subject'), ('CN_ADDRESS', 9, 15, 'subject')]),
    # a forum thread: the poster's compound, flat and surname as others guess them
    ('【三水区吧】三水区汇丰源食品厂天天半夜排烟\n9楼 守护小队46116 IP属地：广东\n  楼主是怡和苑的吧，我也住这边，确实呛\n'
     '17楼 向日葵一号ya18 IP属地：广东\n  造谣要负法律责任，楼主是不是7栋2001那家的？楼主姓张吧？', 'forward',
     [('ORGANIZATION', 6, 15, 'unknown'), ('CN_ADDRESS', 40, 42, 'reporter'), ('CN_ADDRESS', 48, 51, 'reporter'),
      ('CN_ADDRESS', 83, 85, 'reporter'), ('CN_ADDRESS', 102, 108, 'reporter'), ('PERSON', 115, 116, 'reporter')]),
    # an agency-plant liaison group: the officer and the plant's people; the plant's man's mobile
    ('企业微信群“郑州新宇再生资源厂环保对接群”（成员：郑州市生态环境局、郑州新宇再生资源厂）\n[12:14] 曾岩：明天上午检查，林成准备好台账。\n'
     '[12:18] 黄雪：又是谁举报的？我们一直正常生产。\n[12:38] 林成：收到，我电话19119693947，到了打我。', 'forward',
     [('ORGANIZATION', 6, 15, 'subject'), ('ORGANIZATION', 25, 33, 'official'), ('ORGANIZATION', 34, 43, 'subject'),
      ('CN_SOCIAL_ACCOUNT', 53, 55, 'official'), ('CN_SOCIAL_ACCOUNT', 63, 65, 'subject'), ('CN_SOCIAL_ACCOUNT', 80, 82, 'subject'),
      ('CN_SOCIAL_ACCOUNT', 108, 110, 'subject'), ('CN_MOBILE', 117, 128, 'subject')]),
    # why: an owners' group listing its members is no liaison group: who gives 我电话 reported
    ('业主群（成员：翠竹苑业主）\n[12:14] 清风：我电话13912345678，明天一起去环保局。\n[12:18] 明月：好的。', 'forward',
     [('CN_ADDRESS', 7, 10, 'reporter'), ('CN_SOCIAL_ACCOUNT', 22, 24, 'reporter'), ('CN_MOBILE', 28, 39, 'reporter'),
      ('CN_SOCIAL_ACCOUNT', 58, 60, 'third_party')]),
    # a list typed with full-width commas under its header: the first row's name is found by its
    # column, a number is no amount because a comma and a sum follow it, a row is no salutation
    ('由村委会代发以下举报村民：\n姓名，身份证号，手机号，金额，签收\n武楠，130100196004231335，18874672102，8,600元，（签名）\n'
     '黄荣，41070019810220206X，13302772956，人民币120000元，（签名）', 'reward',
     [('ORGANIZATION', 1, 4, 'public'), ('PERSON', 32, 34, 'unknown'), ('CN_ID_CARD', 35, 53, 'unknown'),
      ('CN_MOBILE', 54, 65, 'unknown'), ('PERSON', 78, 80, 'unknown'), ('CN_ID_CARD', 81, 99, 'unknown'),
      ('CN_MOBILE', 100, 111, 'unknown')]),
    ('x，18874672102，8600元', 'forward', [('CN_MOBILE', 2, 13, 'unknown')]),
    # why: amounts with thousands separators are amounts, no numbers of anyone's
    ('罚款120,000.50元，共8600元', 'forward', []),
    # why: a name opening a line of a letter to an agency still reads as its salutation
    ('黄荣，你好，来信收到。', 'forward', [('PERSON', 0, 2, 'official')]),
    # a body rewarded as the reporter, its account and its contact; the agency's contact at the foot
    ('举报奖励公示\n获奖单位：书香小区业主委员会  奖励金额：8,600元\n收款账户：书香小区业主委员会  账号：6217006573748080409\n'
     '联系人：魏龙（秘书长）  电话：15220484331\n\n联系人：李强  电话：0371-65432100\n河南省生态环境厅', 'reward',
     [('ORGANIZATION', 12, 21, 'reporter'), ('ORGANIZATION', 40, 49, 'reporter'), ('CN_BANK_CARD', 54, 73, 'reporter'),
      ('PERSON', 78, 80, 'reporter'), ('CN_MOBILE', 90, 101, 'reporter'), ('PERSON', 107, 109, 'official'),
      ('CN_LANDLINE', 114, 127, 'official'), ('ORGANIZATION', 128, 136, 'official')]),
]
# fmt: on


@pytest.mark.parametrize(("text", "policy", "expected"), CASES)
def test_found_with_role(text, policy, expected):
    got = [(f.entity_type, f.start, f.end, f.role) for f in Redactor(policy=policy).analyze(text)]
    assert got == expected
