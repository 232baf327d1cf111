"""Role attribution for wording first met on the blind halves ``unseen3-b`` and ``unseen2-b``
after each had been measured twice (opened on 2026-12-02, stop 11, when the fifth family
``unseen4`` took their place as the blind one), and for agency sheets of the same kinds: the
general rules written for them, with positive rows and negative rows (``# why``). The sentences are new, not the benchmark's; synthetic values only
(generated numbers, made-up names, example.gov.cn mailboxes).
"""

from __future__ import annotations

import pytest
from test_roles import _run

from jubao_redact.genre import detect_genre

# fmt: off
CASES = [  # text, findings [(entity, start, end)], expected [(entity, start, end, role, evidence)]
    # a nickname given once is the same account wherever it appears again: the sender column
    # of the chat record below the note that names the reporter's WeChat
    ('说明：以下为举报人（微信昵称“蓝天”，微信号wxid_abcdefghij）与执法人员吴霞的聊天记录。\n'
     '序号 | 时间 | 发送方 | 内容\n1 | 2020/09/26 16:47 | 蓝天 | 今晚他们又开始排了\n2 | 2020/09/26 17:05 | 吴霞 | 你在哪？',
     [('CN_SOCIAL_ACCOUNT', 15, 17), ('CN_WECHAT', 22, 37), ('PERSON', 43, 45)],
     [('CN_SOCIAL_ACCOUNT', 15, 17, 'reporter', 'role:cue:举报人'), ('CN_WECHAT', 22, 37, 'reporter', 'role:cue:举报人'),
      ('PERSON', 43, 45, 'official', 'role:cue:执法人员'),
      ('CN_SOCIAL_ACCOUNT', 94, 96, 'reporter', 'role:coref:cue:举报人'),
      # (the sender column's cell is an account since stop 16, the officer's still)
      ('CN_SOCIAL_ACCOUNT', 132, 134, 'official', 'role:coref:cue:执法人员')]),
    # a name the model found inside a repeat of the nickname (麦田 of 麦田卫士, before 王队长 in
    # the next cell) gives way to the nickname, which is the reporter's; a sender column
    # (发送方) makes the header a table's, so the title after the tab says nothing of the sender
    ('说明：以下为举报人（微信昵称“麦田卫士”）与执法人员王璐的聊天记录。\n序号\t时间\t发送方\t内容\n'
     '1\t19:12\t麦田卫士\t王队长，今晚他们又开始排了\n2\t19:36\t王璐\t你在哪？',
     [('CN_SOCIAL_ACCOUNT', 15, 19), ('PERSON', 26, 28), ('PERSON', 56, 58), ('PERSON', 83, 85)],
     [('CN_SOCIAL_ACCOUNT', 15, 19, 'reporter', 'role:cue:举报人'), ('PERSON', 26, 28, 'official', 'role:cue:执法人员'),
      ('CN_SOCIAL_ACCOUNT', 56, 60, 'reporter', 'role:coref:cue:举报人'),
      ('PERSON', 83, 85, 'official', 'role:coref:cue:执法人员')]),
    # an e-mail header: a government mailbox is the agency's, 收件人 there is no reward's
    # recipient; a sender shown with a government mailbox writes for the agency
    ('发件人: 张冬梅 <jbzx@sthjj.example.gov.cn>\n收件人: wry@sthjj.example.gov.cn\n主题: 转发：群众来信',
     [('PERSON', 5, 8), ('EMAIL_ADDRESS', 10, 35), ('EMAIL_ADDRESS', 42, 66)],
     [('PERSON', 5, 8, 'official', 'role:mailbox:.gov.cn'), ('EMAIL_ADDRESS', 10, 35, 'official', 'role:shape:.gov.cn'),
      ('EMAIL_ADDRESS', 42, 66, 'official', 'role:shape:.gov.cn')]),
    # why: a citizen's mailbox in the forwarded mail is nobody's known party: removed (fail closed)
    ('-------- 原始邮件 --------\n发件人: "明月随风" <myu@qq.com>\n收件人: xfb@hbj.example.gov.cn',
     [('CN_SOCIAL_ACCOUNT', 29, 33), ('EMAIL_ADDRESS', 36, 46), ('EMAIL_ADDRESS', 53, 75)],
     [('CN_SOCIAL_ACCOUNT', 29, 33, 'unknown', ''), ('EMAIL_ADDRESS', 36, 46, 'unknown', ''),
      ('EMAIL_ADDRESS', 53, 75, 'official', 'role:shape:.gov.cn')]),
    # why: 收件人 of a reward still names the one who receives it
    ('奖金收件人：郭梅，13812345678', [('PERSON', 6, 8), ('CN_MOBILE', 9, 20)],
     [('PERSON', 6, 8, 'reporter', 'role:field:收件人'), ('CN_MOBILE', 9, 20, 'reporter', 'role:anchor:field:收件人')]),
    # a name alone on its line over an agency's name signs for the agency
    ('谢主任：\n    转给你们，请按程序核查，不要转给企业。\n张冬梅\n安阳市生态环境局  (0372)28432527',
     [('PERSON', 29, 32), ('ORGANIZATION', 33, 41)],
     [('PERSON', 29, 32, 'official', 'role:signature:生态环境局'), ('ORGANIZATION', 33, 41, 'official', 'role:shape:生态环境局')]),
    # why: a citizen signs with a date under the name: no agency, no official
    ('此致\n敬礼\n李建国\n2023年5月1日', [('PERSON', 6, 9)], [('PERSON', 6, 9, 'unknown', '')]),
    # the party an administrative decision is served on is the reported party
    ('责令改正违法行为决定书\n当事人：黄雷\n经营场所：文峰区华康生猪养殖场', [('PERSON', 16, 18)],
     [('PERSON', 16, 18, 'subject', 'role:field:当事人')]),
    # who called the reporter back is the agency's
    ('回访情况：满意\n回访人：王芳', [('PERSON', 12, 14)], [('PERSON', 12, 14, 'official', 'role:field:回访人')]),
    # a reward application's 通讯地址 is the applicant's even in the agency's closing part; the
    # agency's own phone below its name stays the agency's
    ('奖励申请表\n申请人：郭梅\n通讯地址：郑州市金水区纬五路12号3号楼\n以上信息由申请人填写。\n郑州市生态环境局\n联系电话：0371-65591234',
     [('PERSON', 10, 12), ('CN_ADDRESS', 18, 33), ('CN_LANDLINE', 60, 73)],
     [('PERSON', 10, 12, 'reporter', 'role:field:申请人'), ('CN_ADDRESS', 18, 33, 'reporter', 'role:genre:reward:通讯地址'),
      ('CN_LANDLINE', 60, 73, 'official', 'role:signature:生态环境局')]),
    # who signs an approval on an agency's form is the agency's
    ('奖励审批表\n经办人意见:建议奖励。经办人：叶鹏  2020年7月17日\n科室负责人意见:同意。范丽华  6月20日',
     [('PERSON', 21, 23), ('PERSON', 47, 50)],
     [('PERSON', 21, 23, 'official', 'role:field:经办人'), ('PERSON', 47, 50, 'official', 'role:approval')]),
    # why: a name after 同意 in a citizen's sentence is no signature
    ('我同意。王强也同意去现场看看', [('PERSON', 4, 6)], [('PERSON', 4, 6, 'unknown', '')]),
    # the insider's employer named as the reported party stays the reported party's
    ('来电人刘丽华，系被反映企业新乡中天汽车维修有限责任公司职工。', [('PERSON', 3, 6), ('CN_WORKPLACE', 13, 27)],
     [('PERSON', 3, 6, 'reporter', 'role:cue:来电人'), ('CN_WORKPLACE', 13, 27, 'subject', 'role:cue:被反映')]),
    # where the problem is, as a form's field
    ('举报内容：某厂偷排。\n问题位置：郑州市中牟县工业园区大学路958号', [('CN_ADDRESS', 16, 33)],
     [('CN_ADDRESS', 16, 33, 'subject', 'role:field:问题位置')]),
    # a signature table: the 住址 cell is an address whatever it looks like (a compound only);
    # a cell the signer left empty is nothing
    ('联名人签名：\n序号\t姓名\t身份证号码\t联系电话\t住址\n1\t王秀芳\t（未填）\t13319405010\t御景名城\n'
     '2\t麦淑华\t（未填）\t18914291597\t（未填）\n（以下另有8户签名，略）',
     [('PERSON', 29, 32), ('CN_MOBILE', 38, 49), ('CN_MOBILE', 66, 77)],
     [('PERSON', 29, 32, 'reporter', 'role:genre:letter:姓名'), ('CN_MOBILE', 38, 49, 'reporter', 'role:genre:letter:联系电话'),
      ('CN_ADDRESS', 50, 54, 'reporter', 'role:genre:letter:住址'), ('PERSON', 57, 60, 'reporter', 'role:genre:letter:姓名'),
      ('CN_MOBILE', 66, 77, 'reporter', 'role:genre:letter:联系电话')]),
    # the writers of a joint letter say where they live (a compound's name only)
    ('    我们是御景名城的住户。我要举报焦作华康皮革厂。', [('ORGANIZATION', 19, 26)],
     [('CN_ADDRESS', 7, 11, 'reporter', 'role:cue:的住户'), ('ORGANIZATION', 19, 26, 'subject', 'role:cue:举报')]),
    # the end word proves a place: a name the model read inside it (刘集), or the whole of it
    # read as an organisation, gives way to the reporter's address
    ('    我们是市中区黄店镇前刘集村的住户，尹建华是实际老板。', [('PERSON', 14, 16), ('PERSON', 21, 24)],
     [('CN_ADDRESS', 7, 17, 'reporter', 'role:cue:的住户'), ('PERSON', 21, 24, 'subject', 'role:cue:老板')]),
    ('    我们是博爱县东方家属院的住户，中天公司门口的监控对着路。', [('ORGANIZATION', 7, 15), ('ORGANIZATION', 19, 23)],
     [('CN_ADDRESS', 7, 15, 'reporter', 'role:cue:的住户'), ('ORGANIZATION', 19, 23, 'unknown', '')]),
    # the party's particulars under a heading noun (举报者基本情况：X，…)
    ('    一、举报者基本情况：柳帆，联系手机15073503748。', [('CN_MOBILE', 21, 32)],
     [('PERSON', 14, 16, 'reporter', 'role:cue:举报者'), ('CN_MOBILE', 21, 32, 'reporter', 'role:anchor:cue:举报者')]),
    # where the writer waits for the inspectors is by their home
    ('我在和谐苑路口等你们', [], [('CN_ADDRESS', 2, 5, 'reporter', 'role:cue:我在')]),
    # why: 我在X without a spot word is no place said (我在X吃饭 could be anything)
    ('我在和谐苑吃饭', [], []),
    # a one-to-one chat with the one who takes the complaint in (asks where the other lives,
    # for a number): that one is staff, the other the reporter; a cue inside a speaker's own
    # message (张红是实际老板) says nothing about the speaker, nor is the next name their real one;
    # a number the reporter gives in their own turn, with no word to say whose, is theirs
    ('与“王林”的聊天\n绿水依旧1104：你好，是网格员吗？\n方岩：在，您说。\n绿水依旧1104：张红是实际老板\n'
     '方岩：您是哪个村的？方便留个电话吗\n绿水依旧1104：号码是13812345678',
     [('PERSON', 2, 4), ('CN_SOCIAL_ACCOUNT', 9, 17), ('CN_SOCIAL_ACCOUNT', 28, 30), ('CN_SOCIAL_ACCOUNT', 37, 45),
      ('PERSON', 46, 48), ('CN_SOCIAL_ACCOUNT', 54, 56), ('CN_SOCIAL_ACCOUNT', 72, 80), ('CN_MOBILE', 84, 95)],
     [('PERSON', 2, 4, 'unknown', ''), ('CN_SOCIAL_ACCOUNT', 9, 17, 'reporter', 'role:speaker:to-staff'),
      ('CN_SOCIAL_ACCOUNT', 28, 30, 'official', 'role:speaker:takes-complaint'),
      ('CN_SOCIAL_ACCOUNT', 37, 45, 'reporter', 'role:speaker:to-staff'), ('PERSON', 46, 48, 'subject', 'role:cue:老板'),
      ('CN_SOCIAL_ACCOUNT', 54, 56, 'official', 'role:speaker:takes-complaint'),
      ('CN_SOCIAL_ACCOUNT', 72, 80, 'reporter', 'role:speaker:to-staff'),
      ('CN_MOBILE', 84, 95, 'reporter', 'role:speaker-turn:to-staff')]),
    # why: in a group of neighbours, asking 您是哪个村的 makes no one staff; the group's title
    # (业主群) above the first speaker is no field label
    ('业主群\n清风：又排了\n明月：您是哪个村的？\n海阔：我也闻到了',
     [('CN_SOCIAL_ACCOUNT', 4, 6), ('CN_SOCIAL_ACCOUNT', 11, 13), ('CN_SOCIAL_ACCOUNT', 22, 24)],
     [('CN_SOCIAL_ACCOUNT', 4, 6, 'third_party', 'role:speaker:other'),
      ('CN_SOCIAL_ACCOUNT', 11, 13, 'third_party', 'role:speaker:other'),
      ('CN_SOCIAL_ACCOUNT', 22, 24, 'third_party', 'role:speaker:other')]),
    # 持本人身份证原件 (bring your own ID) makes no place the reporter's: the address in
    # brackets after the agency where the reward is collected is the agency's
    ('举报奖励决定书\n    请于2024年11月6日前持本人身份证原件到洛阳市生态环境局（新安县红旗路51号）领取。',
     [('ORGANIZATION', 34, 42), ('CN_ADDRESS', 43, 52)],
     [('ORGANIZATION', 34, 42, 'official', 'role:shape:生态环境局'),
      ('CN_ADDRESS', 43, 52, 'official', 'role:address-of:shape:生态环境局')]),
    # a home in brackets after the reporter's name is the reporter's
    ('举报奖励公告\n    一、李淑英（阳光小区）举报桥西区汇丰源养殖厂夜间露天焚烧废料，经查属实。',
     [('PERSON', 13, 16), ('ORGANIZATION', 24, 33)],
     [('PERSON', 13, 16, 'reporter', 'role:cue:举报'), ('CN_ADDRESS', 17, 21, 'reporter', 'role:affiliation:cue:举报'),
      ('ORGANIZATION', 24, 33, 'subject', 'role:cue:举报')]),
    # a section heading with a note in brackets (举报人信息（保密）) is a heading all the same
    ('环境问题督办单\n一、举报人信息（保密）\n姓名：王红梅\n联系电话：13812345678\n二、被举报单位\n名称：河南豫丰化工有限公司',
     [('PERSON', 23, 26), ('CN_MOBILE', 32, 43), ('ORGANIZATION', 55, 65)],
     [('PERSON', 23, 26, 'reporter', 'role:section:举报人'), ('CN_MOBILE', 32, 43, 'reporter', 'role:section:举报人'),
      ('ORGANIZATION', 55, 65, 'subject', 'role:section:被举报单位')]),
    # a census roster as CSV: the header row makes it the census's; each cell under a unit,
    # person or address column is the census object's; who exported it is the agency
    ('序号,统一社会信用代码,单位名称,法定代表人,乡镇（园区）,街（村）门牌号,联系人,联系电话,行业代码\n'
     '1,"91410804MA1234567X","焦作泰和养殖有限责任公司","戴帆","东赵镇","北马寨村36号","戴帆","0391-65118854","D1888"\n'
     '# 导出单位：洛阳市第二次全国污染源普查领导小组办公室',
     [('CN_LANDLINE', 117, 130), ('ORGANIZATION', 147, 167)],
     [('ORGANIZATION', 76, 88, 'subject', 'role:genre:census'), ('PERSON', 91, 93, 'subject', 'role:genre:census'),
      ('CN_ADDRESS', 96, 99, 'subject', 'role:genre:census'), ('CN_ADDRESS', 102, 109, 'subject', 'role:genre:census'),
      ('PERSON', 112, 114, 'subject', 'role:genre:census'), ('CN_LANDLINE', 117, 130, 'subject', 'role:anchor:genre:census'),
      ('ORGANIZATION', 147, 167, 'official', 'role:field:导出单位')]),
    # a complaint register exported as CSV: each cell takes its column's role (投诉者, 投诉者住址
    # the complainer's; 被反映对象, 问题地址 the reported party's), whatever the act in the row
    # and however many full-width commas a cell's text holds
    ('网上投诉件导出\n序号,投诉者,联系电话,投诉者住址,被反映对象,问题地址,投诉内容,来源\n'
     '9,司洁,15620678690,安阳市滑县人民路227号,安阳隆盛铝业厂,安阳市文峰区北大孟村92号,环评批复与实际不符，原料露天堆放,网站',
     [('CN_MOBILE', 50, 61), ('CN_ADDRESS', 62, 74), ('ORGANIZATION', 75, 82), ('CN_ADDRESS', 83, 96)],
     [('PERSON', 47, 49, 'reporter', 'role:column:投诉者'), ('CN_MOBILE', 50, 61, 'reporter', 'role:column:投诉者'),
      ('CN_ADDRESS', 62, 74, 'reporter', 'role:column:投诉者'), ('ORGANIZATION', 75, 82, 'subject', 'role:column:被反映'),
      ('CN_ADDRESS', 83, 96, 'subject', 'role:column:问题地址')]),
    # why: label and value pairs on one line (| 举报人 | 张三丰 | 被举报单位 | …) are no header
    # row: the label under 举报人 in the next line is no name
    ('转办单\n| 举报人 | 张三丰 | 被举报单位 | 新乡恒达化工厂 |\n| 联系电话 | 13812345678 | 单位地址 | 新乡市牧野区化工路8号 |',
     [('PERSON', 12, 15), ('ORGANIZATION', 26, 33), ('CN_MOBILE', 45, 56), ('CN_ADDRESS', 66, 77)],
     [('PERSON', 12, 15, 'reporter', 'role:field:举报人'), ('ORGANIZATION', 26, 33, 'subject', 'role:field:被举报单位'),
      ('CN_MOBILE', 45, 56, 'reporter', 'role:genre:transfer:联系电话'), ('CN_ADDRESS', 66, 77, 'subject', 'role:field:单位地址')]),
    # a taker's log: a line of prose (two clauses) ends the taker's field block, so the site's
    # address there is the unit's; the office a case was escalated to (已报X) is an agency
    ('普查员入户调查工作日志\n普查员：舒琳    普查区：历城区\n1. 18:17 广源再生资源已于今年停产，厂址济南市历城区经三路83号，'
     '留守人员罗先生提供了电话\n备注：部分企业负责人不配合，已报济南市污染源普查领导小组办公室。',
     [('PERSON', 16, 18), ('CN_ADDRESS', 54, 66), ('ORGANIZATION', 96, 111)],
     [('PERSON', 16, 18, 'official', 'role:field:普查员'), ('CN_ADDRESS', 54, 66, 'subject', 'role:cue:厂址'),
      ('ORGANIZATION', 96, 111, 'official', 'role:cue:已报')]),
]
# fmt: on


@pytest.mark.parametrize(("text", "spans", "expected"), CASES)
def test_roles_unseen3b_wording(text, spans, expected):
    assert _run(text, spans) == expected


GENRES = [
    # a city service's online session, an SMS platform's log: chats
    ("洛阳市12345在线客服 会话记录\n会话ID:12345-2023-879429    访客6314e9    来源:网页", "chat"),
    ("新乡市生态环境局短信平台 收发记录\n对方号码:13659536221\n时间\t方向\t内容", "chat"),
    # decisions served on the reported party, published penalties, the inspection team's table
    ("新乡市生态环境局\n责令改正违法行为决定书\n新环责改字〔2021〕57号\n当事人： 某某公司", "notice"),
    ("行政处罚信息公示\n行政处罚决定书文号：豫环罚决字〔2022〕64号\n当事人：某某公司", "notice"),
    ("中央第五生态环境保护督察组交办群众信访举报件边督边改公开情况一览表（第5批）\n序号\t受理编号", "notice"),
    # a message board's post published with its reply, its title holding the board's address
    ("网民留言办理公开（http://liuyan.example.cn）\n留言对象：某市生态环境局局长\n留言标题：投诉某厂", "notice"),
    # a 转送单 and an agency's mail forwarding a citizen's mail: transfers
    ("信访事项转送单\nJB20210409010\n郑州市生态环境局：\n    现将韦英反映某公司环境污染问题的信访事项转送你单位", "transfer"),
    ("发件人: 张冬梅 <jbzx@sthjj.example.gov.cn>\n主题: 转发：群众来信，请核查\n\n谢主任：\n    转给你们。", "transfer"),
    # a payout register and a reward application: reward documents
    ("某省生态环境厅举报奖金领取登记\n发放单位：某省生态环境厅", "reward"),
    # a call typed from its recording is a hotline record, whatever its speaker lines
    ("12369来电录音整理（2022年12月12日15时3分）\n话务员：您好，环保举报热线，请讲。\n来电：我要举报。\n"
     "话务员：请问您怎么称呼？\n来电：免贵姓李。\n话务员：具体什么问题？", "hotline"),
    # a roster of units exported as CSV (unit, credit code, industry code columns): census
    ('序号,统一社会信用代码,单位名称,法定代表人,乡镇（园区）,联系电话,行业代码\n1,"914108046676330415","某某养殖有限责任公司"', "census"),
    # why: a complaint table of several reporters is no roster of units
    ("序号\t投诉者\t联系电话\t被反映对象\t问题地址\n1\t冯华\t15516182679\t某厂\t某村", "letter"),
    # a supervising agency's sheet: a transfer
    ("环境问题督办单\n督办编号：DB2024-017\n一、举报人信息（保密）", "transfer"),
    # a case system's JSON record: a web form
    ('{\n  "caseNo": "JB20190501362",\n  "reporter": {"mobile": "13730031962"}\n}', "webform"),
    # why: a letter that says it was sent 转发 by a friend is still a letter
    ("尊敬的领导：\n    这封信请朋友帮忙转发给你们，厂里又在偷排。", "letter"),
]


@pytest.mark.parametrize(("text", "genre"), GENRES)
def test_genre_unseen3b_wording(text, genre):
    assert detect_genre(text).name == genre
