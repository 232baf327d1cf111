"""Found and attributed, from ``unseen11-a`` (the looked-at half of the twelfth family, written
blind on 2026-12-04 by a helper and measured blind before it was opened at stop 18): chat lines
with the time after the nickname (明月人家1507 18:01：…), a plant employee in an owners' group
(我就在厂里上班) and what they give in their own turns, a call transcript's staff (坐席工号,
人工校对) and its stamped turns, spoken mobiles that speech recognition misheard (舞 for 五),
names a scanned page's line end cuts (我叫刘⏎雪梅), a watermark camera's shooter, a reward
table's payee column and masked UnionPay cards, a callback's answerer and the number dialled, a
forwarded mail's header under the client's mark, a trade name before its trade (金鹏再生资源公司),
the writer's flat after 我家, and the flats of residents who complained in an inspection table.
Each row runs the whole analyzer: (entity, start, end, role). Positive rows and negative rows
(``# why``); synthetic values only."""

from __future__ import annotations

import pytest

from jubao_redact import Redactor

# fmt: off
CASES = [  # text, policy, expected [(entity, start, end, role)]
    # chat lines stamped after the nickname: a journalist (a third party, not staff) asks, the writer tells
    ('阳光随风1958 17:47：您好，我是新乡电视台的谢记者，方便说说情况吗\n明月人家1507 18:01：我叫朱浩，下雨天厂里往雨水井里放水\n'
     '阳光随风1958 18:24：我们明天去现场，您住哪？留个电话\n阳光随风1958 18:34：好的。我手机+8613384381421', 'forward',
     [('CN_SOCIAL_ACCOUNT', 0, 8, 'third_party'), ('CN_WORKPLACE', 20, 25, 'third_party'),
      ('PERSON', 26, 27, 'third_party'), ('CN_SOCIAL_ACCOUNT', 38, 46, 'reporter'), ('PERSON', 55, 57, 'reporter'), ('CN_SOCIAL_ACCOUNT', 71, 79, 'third_party'),
      ('CN_SOCIAL_ACCOUNT', 103, 111, 'third_party'), ('CN_MOBILE', 124, 138, 'third_party')]),
    # a plant employee among the residents: the speaker and their own turn's name and mobile
    ('10:49 29栋-小刘：鑫源厂院里堆着没盖的危废桶，我已经打了12369\n10:56 老兵爱家乡：别乱说，都是达标排放的，我就在厂里上班\n'
     '11:36 老兵爱家乡：刘娜，有事找我，158 3429 6043', 'forward',
     [('CN_SOCIAL_ACCOUNT', 6, 12, 'reporter'), ('ORGANIZATION', 13, 16, 'subject'), ('CN_SOCIAL_ACCOUNT', 44, 49, 'subject'),
      ('CN_SOCIAL_ACCOUNT', 76, 81, 'subject'), ('PERSON', 82, 84, 'subject'), ('CN_MOBILE', 90, 103, 'subject')]),
    # a transcript's agent and proofreader; where the plant stands in the agent's note
    ('通话开始：2021年11月17日10时27分  坐席工号：6号（胡欣）\n——转写结束。人工校对：王兵；坐席备注：来电人要求保密，'
     '厂址红旗区循环经济产业园大学路233号。', 'forward',
     [('PERSON', 32, 34, 'official'), ('PERSON', 48, 50, 'official'), ('CN_ADDRESS', 66, 83, 'subject')]),
    # spoken mobiles with a digit misheard as a word that sounds like it
    ('[13:05:39] 来电人：幺六六八五四四四六幺舞。', 'forward', [('CN_MOBILE', 15, 26, 'reporter')]),
    ('[13:54:28] 来电人：幺五五，八五六七，五舞六七。', 'forward', [('CN_MOBILE', 15, 28, 'reporter')]),
    ('[08:19:18] 来电人：幺三八，二六是六，幺七三八。', 'forward', [('CN_MOBILE', 15, 28, 'reporter')]),
    # a caller's full name after their surname in a transcript's turn
    ('[18:17:31] 坐席：请问您贵姓？\n[18:17:42] 来电人：免贵姓林，全名林帅。', 'forward',
     [('PERSON', 39, 40, 'reporter'), ('PERSON', 43, 45, 'reporter')]),
    # why: prose with such words and numerals is no number
    ('他就就就是不听，一二三四五六七八九十', 'forward', []),
    # names a scanned page's line end cuts after the surname or after two characters
    ('    我叫刘\n雪梅，家住洛阳市老城区刘集镇西李集村65号', 'forward',
     [('PERSON', 6, 10, 'reporter'), ('CN_ADDRESS', 13, 29, 'reporter')]),
    ('    我叫王秀\n梅，家住河南省洛阳市老城区商都路55号', 'forward',
     [('PERSON', 6, 10, 'reporter'), ('CN_ADDRESS', 13, 28, 'reporter')]),
    # why: a full name at a line's end does not run into the next line's words
    ('我叫张三\n我们都知道', 'forward', [('PERSON', 2, 4, 'reporter')]),
    # a watermark camera's stamp: the shooter is the reporter, the place is not said to be theirs
    ('  [水印相机] 拍摄人：青山爱家乡 | 地点：盛世家园 | 时间：2024年6月8日12时38分', 'forward',
     [('CN_SOCIAL_ACCOUNT', 13, 18, 'reporter'), ('CN_ADDRESS', 24, 28, 'unknown')]),
    # a reward table's payee column: a card's tail and a masked UnionPay card
    ('举报人（化名）\t被举报单位\t查处结果\t奖励金额\t收款账户\n“绿水”\t新乡鑫源家具厂\t立案查处\t￥500.00\t尾号4652\n'
     '“举报人甲”\t新乡鑫源家具厂\t立案查处\t120,000元\t6212***********9117', 'reward',
     [('ORGANIZATION', 34, 41, 'subject'), ('CN_MOBILE', 57, 61, 'reporter'), ('ORGANIZATION', 69, 76, 'subject'),
      ('CN_BANK_CARD', 91, 110, 'reporter')]),
    # why: a masked ID of Gansu (62…) has 18 characters, no card's length
    ('甘肃籍当事人身份证号620102********1234', 'forward', [('CN_ID_CARD', 10, 28, 'subject')]),
    # a callback: the number dialled and whoever answered are the reporter's side
    ('回访人:雷辉  回访时间:2020-05-05 17:13:29  拨打号码:15273828283\n接听人:龚桂花（自称举报人龚先生的侄女），称举报人在外地打工',
     'reward', [('PERSON', 4, 6, 'official'), ('CN_MOBILE', 39, 50, 'reporter'), ('PERSON', 55, 58, 'reporter'),
                ('PERSON', 64, 67, 'reporter')]),
    # why: in a hotline's own record 接听人 is the agent who took the call
    ('接听人：邓丽  来电时间：2023-03-01 09:10\n来电人：王先生，反映厂里夜里排烟', 'forward',
     [('PERSON', 4, 6, 'official'), ('PERSON', 34, 37, 'reporter')]),
    # a forwarded mail's header under the client's mark: its addressee is staff
    ('-------- 转发的邮件 --------\n发件人: 安阳市生态环境局举报邮箱 <hbjb372@163.com>\n收件人: 徐鑫\n日期: 2021-07-09 04:32:52\n\n'
     '转徐鑫科长阅办。', 'forward',
     [('ORGANIZATION', 29, 37, 'official'), ('EMAIL_ADDRESS', 43, 58, 'official'), ('PERSON', 65, 67, 'official'),
      ('PERSON', 94, 96, 'official')]),
    # a transcript's stamped turns: the caller's label is who speaks, not a field over the turn
    ('[13:50:51] 坐席：您好，环保举报热线，请讲。\n[13:51:00] 来电人：我要反映佳美塑料制品厂的事。\n[13:51:21] 坐席：请问您贵姓？\n'
     '[13:54:58] 来电人：对对。\n[13:55:12] 来电人：我就住翠竹家园，拉渣土的车豫G·65105不盖篷布，路上全是灰。', 'forward',
     [('ORGANIZATION', 47, 54, 'subject'), ('CN_ADDRESS', 116, 120, 'reporter'), ('CN_LICENSE_PLATE', 126, 134, 'subject')]),
    # a trade name before its trade; the place without the verb of living
    ('我是住在盛世新村的居民毕玉兰，金鹏再生资源公司在厂子后墙挖了个坑，废水往里灌。', 'forward',
     [('CN_ADDRESS', 4, 8, 'reporter'), ('PERSON', 11, 14, 'reporter'), ('ORGANIZATION', 15, 23, 'subject')]),
    # the writer's flat and house after 我家
    ('我请朋友刘英用无人机从我家9-4-1903楼顶起飞拍了一组照片', 'forward',
     [('PERSON', 4, 6, 'unknown'), ('CN_ADDRESS', 13, 21, 'reporter')]),
    ('Q4 其他意见：我家东杨庄村40号窗户正对着恒达厂的烟囱。', 'forward',
     [('CN_ADDRESS', 10, 17, 'reporter'), ('ORGANIZATION', 22, 25, 'unknown')]),
    # an inspection's public table: the flats of the residents who complained
    ('1\tD豫20201594\t16-6-1403住户反映：郑州鑫源印染厂每天后半夜开炉\n2\tD豫20221596\t24栋1103住户反映：殷都区佳美铸造厂门口',
     'publish', [('CN_ADDRESS', 13, 22, 'reporter'), ('ORGANIZATION', 27, 34, 'subject'), ('CN_ADDRESS', 55, 62, 'reporter'),
                 ('ORGANIZATION', 67, 75, 'subject')]),
    # why: 厂子 reaches over its sentence to the plant's people (厂子在 is no adjacent-only cue)
    ('来电人：老人，住后古城村52号。\n原话：“厂子在安阳市文峰区北岗镇西古城村北侧路西，白天关门，赵文的手机13818907169”',
     'forward', [('PERSON', 4, 6, 'reporter'), ('CN_ADDRESS', 8, 15, 'reporter'), ('CN_ADDRESS', 24, 41, 'subject'),
                 ('PERSON', 47, 49, 'subject'), ('CN_MOBILE', 52, 63, 'subject')]),
    # the residents' property company and a journalist's newsroom stand beside the complaint
    ('御景名城业主群\n10:49 29栋-小刘：金鹏建材公司院里堆着没盖的危废桶，我已经打了12369\n'
     '11:14 物业管家何先生（长城物业服务有限公司）：请大家文明发言，有问题私聊\n11:15 29栋-小刘：我住29-6-104，有本事来找我', 'discuss',
     [('CN_ADDRESS', 0, 4, 'reporter'), ('CN_SOCIAL_ACCOUNT', 14, 20, 'reporter'), ('ORGANIZATION', 21, 27, 'subject'),
      ('CN_SOCIAL_ACCOUNT', 55, 62, 'unknown'), ('ORGANIZATION', 63, 73, 'third_party'),
      ('CN_SOCIAL_ACCOUNT', 95, 101, 'reporter'), ('CN_ADDRESS', 104, 112, 'reporter')]),
    # the journalist's own name (谢记者) and number; who speaks for the agency after a pause (张帅说他们…)
    ('与“阳光随风1958”的聊天（新乡广播电视台新闻频道记者谢晶）\n阳光随风1958 17:47：您好，我是新乡广播电视台新闻频道的谢记者，看到您的留言了\n'
     '明月人家1507 18:01：下雨天汇丰源电镀公司往雨水井里放水\n'
     '阳光随风1958 18:34：好的。我手机+8613384381421，我们也会联系新乡市生态环境局新乡分局，张帅说他们已经立案', 'discuss',
     [('CN_SOCIAL_ACCOUNT', 2, 10, 'third_party'), ('ORGANIZATION', 15, 22, 'third_party'), ('PERSON', 28, 30, 'third_party'),
      ('CN_SOCIAL_ACCOUNT', 32, 40, 'third_party'), ('ORGANIZATION', 52, 59, 'third_party'), ('PERSON', 64, 65, 'third_party'),
      ('CN_SOCIAL_ACCOUNT', 76, 84, 'third_party'), ('ORGANIZATION', 94, 101, 'unknown'),
      ('CN_SOCIAL_ACCOUNT', 109, 117, 'third_party'), ('CN_MOBILE', 130, 144, 'third_party'),
      ('ORGANIZATION', 151, 163, 'official'), ('PERSON', 164, 166, 'official')]),
    # the prosecutor a case is sent to
    ('    我局联系人：刘峰  02852912007\n    贵院联系检察官：金志强  19170630233\n成都市生态环境局成华分局\n8月7日', 'forward',
     [('PERSON', 10, 12, 'official'), ('CN_LANDLINE', 14, 25, 'official'), ('ORGANIZATION', 30, 32, 'unknown'),
      ('PERSON', 38, 41, 'official'), ('CN_MOBILE', 43, 54, 'official'), ('ORGANIZATION', 55, 67, 'official')]),
    # who forwards a complaint on (主题: 转发:), a town's environmental office, the plant without the verb;
    # why: the sender of the original mail quoted below is not staff
    ('发件人: 王莉 <xiangyong@163.com>\n收件人: 文峰区柳林街道办事处环保所\n抄送: 刘峰\n主题: 转发: 转发: 举报文峰区鼎鑫厂\n\n请核查。\n\n'
     '-------- 原始邮件 --------\n发件人: 张伟 <zw@163.com>\n收件人: hbjb372@163.com', 'forward',
     [('PERSON', 5, 7, 'official'), ('EMAIL_ADDRESS', 9, 26, 'official'), ('ORGANIZATION', 33, 46, 'official'),
      ('PERSON', 51, 53, 'official'), ('ORGANIZATION', 68, 74, 'subject'), ('PERSON', 110, 112, 'unknown'),
      ('EMAIL_ADDRESS', 114, 124, 'unknown'), ('EMAIL_ADDRESS', 131, 146, 'unknown')]),
]
# fmt: on


@pytest.mark.parametrize(("text", "policy", "expected"), CASES)
def test_found_and_attributed(text, policy, expected):
    got = [(f.entity_type, f.start, f.end, f.role) for f in Redactor(policy=policy).analyze(text)]
    assert got == expected


# fmt: off
FORUM = [  # from unseen12-a (opened at stop 18): a forum thread's floors head each post
    ('【三水区吧】三水区汇丰源食品厂天天半夜排烟，有没有人管？\n1楼 蓝天人家1905479 IP属地：广东 Lv7\n  下雨天厂里往外放水。\n'
     '9楼 守护小队46116 IP属地：广东\n  楼主是怡和苑的吧，我也住这边，确实呛\n'
     '19楼 蓝天人家1905479（楼主） IP属地：广东\n  回复：我已经打了12369了，有事找环保局。\n'
     '23楼 吴亮（网格员） IP属地：广东\n  已转佛山市生态环境局，楼主请私信留下联系方式。', 'forward',
     {'蓝天人家1905479': 'reporter', '守护小队46116': 'third_party', '吴亮': 'official'}),
]
# fmt: on


@pytest.mark.parametrize(("text", "policy", "speakers"), FORUM)
def test_forum_floors_are_speakers(text, policy, speakers):
    got = {text[f.start:f.end]: f.role for f in Redactor(policy=policy).analyze(text)
           if f.entity_type == "CN_SOCIAL_ACCOUNT"}
    assert {k: got.get(k) for k in speakers} == speakers
