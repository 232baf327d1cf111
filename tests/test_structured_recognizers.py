"""Structured recognizers: one table of real-looking cases with exact offsets.

Positive rows list every expected (entity, start, end); negative rows expect nothing and say
why in a comment. Offsets are into the original string, whatever written form it uses.
All numbers are synthetic (valid check digits generated with python-stdnum).
"""

from __future__ import annotations

import pytest

# fmt: off
CASES = [  # text, expected [(entity, start, end)]
    ('联系电话13812345678。', [('CN_MOBILE', 4, 15)]),
    ('电话：１３８１２３４５６７８', [('CN_MOBILE', 3, 14)]),  # full-width digits
    ('手机 138 1234 5678 随时可打', [('CN_MOBILE', 3, 16)]),  # spaced groups
    ('手机138-1234-5678', [('CN_MOBILE', 2, 15)]),  # dashed groups
    ('电话：１５6  0199 3925', [('CN_MOBILE', 3, 17)]),  # two spaces to line a form up, mixed widths
    ('座机：03 91-5 19656 7', [('CN_LANDLINE', 3, 18)]),  # spaced inside the area code and the number
    ('来电人：幺三拐，五洞三拐，八九拐六。', [('CN_MOBILE', 4, 17)]),  # read out in three groups
    ('回乡证号码：H12345678', [('CN_HK_MACAO_PERMIT', 6, 15)]),  # a Hong Kong resident's 回乡证
    ('回乡证号码： ＣＦ８４４００３９', [('CN_HK_MACAO_PERMIT', 7, 16)]),
    ('张岩\t6226 0985 7647 9223\t20,000元', [('CN_BANK_CARD', 3, 22)]),  # a card cell, the amount's cell next
    ('座机：０51 2 -59653００9', [('CN_LANDLINE', 3, 18)]),  # 051 2: the area code split, then " -"
    ('来电号码+86 139-3711-2345', [('CN_MOBILE', 4, 21)]),  # +86 prefix
    ('手机(+86)13937112345', [('CN_MOBILE', 2, 18)]),  # country code in brackets
    ('号码008613937112345', [('CN_MOBILE', 2, 17)]),  # 0086 prefix
    ('我的手机是1381234\n5678，', [('CN_MOBILE', 5, 17)]),  # split by a line break
    ('手机幺三八一二三四五六七八', [('CN_MOBILE', 2, 13)]),  # Chinese digits, 幺 for 1
    ('电话一三九三七一一二三四五', [('CN_MOBILE', 2, 13)]),  # Chinese digits
    ('手机13912345678一直打不通。', [('CN_MOBILE', 2, 13)]),  # 一直 after it is a word, no twelfth digit
    ('电话0371-65432100两次没人接', [('CN_LANDLINE', 2, 15)]),  # 两次 after it is a word
    ('卡号6222021234567890128一直没到账', [('CN_BANK_CARD', 2, 21)]),  # so is 一直 after a card
    ('电话138****5678', [('CN_MOBILE', 2, 13)]),  # half-masked still identifies
    ('手机尾号是5678的那位', [('CN_MOBILE', 5, 9)]),  # last four digits
    ('座机0371-6789 1234转806', [('CN_LANDLINE', 2, 20)]),  # area code, extension
    ('传真(0371)67891234', [('CN_LANDLINE', 2, 16)]),  # fax in brackets
    ('电话：67891234', [('CN_LANDLINE', 3, 11)]),  # local number with a cue
    ('北京010-87654321', [('CN_LANDLINE', 2, 14)]),  # Beijing area code
    ('本人身份证号41010519900307123X', [('CN_ID_CARD', 6, 24)]),  # valid checksum
    ('身份证41010519900307123x', [('CN_ID_CARD', 3, 21)]),  # lowercase x
    ('证件号码：410105 19900307 1233', [('CN_ID_CARD', 5, 25)]),  # spaced groups
    ('身份证号４１０１０５１９９００３０７１２３３', [('CN_ID_CARD', 4, 22)]),  # full-width
    ('老身份证410105900307123', [('CN_ID_CARD', 4, 19)]),  # 15-digit form
    ('身份证号440306198511150020', [('CN_ID_CARD', 4, 22)]),  # born before today's county code (Presidio/stdnum is_valid would reject)
    ('邮箱zhangsan88@163.com联系我', [('EMAIL_ADDRESS', 2, 20)]),  # Chinese right after the address
    ('发到12345678@qq.com。', [('EMAIL_ADDRESS', 2, 17)]),  # QQ mail is an email, not a QQ number
    ('登录IP为192.168.1.10。', [('IP_ADDRESS', 5, 17)]),  # IPv4
    ('IP地址2001:db8::8a2e:370:7334', [('IP_ADDRESS', 4, 27)]),  # IPv6
    ('见https://weibo.com/u/1234567890。', [('URL', 1, 31)]),  # URL cut before the full stop
    ('QQ：123456789', [('CN_QQ', 3, 12)]),
    ('QQ：963589', [('CN_QQ', 3, 9)]),  # starts like a 96xxx service number, but six digits  # QQ with a cue
    ('扣扣987654321', [('CN_QQ', 2, 11)]),  # QQ by its nickname
    ('微信号：zhang_san88', [('CN_WECHAT', 4, 15)]),  # custom WeChat id
    ('加我wxid_abcd1234efgh', [('CN_WECHAT', 2, 19)]),  # system WeChat id needs no cue
    ('我的微博@环保小卫士 发过视频', [('CN_SOCIAL_ACCOUNT', 4, 10)]),  # mention
    ('抖音号：dy_lvshui2023', [('CN_SOCIAL_ACCOUNT', 4, 17)]),  # platform handle
    ('我网名叫清水河边，', [('CN_SOCIAL_ACCOUNT', 4, 8)]),  # nickname given as such
    ('有事加我QQ3181184220，网名白云常在。', [('CN_QQ', 6, 16), ('CN_SOCIAL_ACCOUNT', 19, 23)]),  # 网名 right before the nickname
    ('举报人（微信昵称“蓝天”，微信号wxid_abcdefghij）', [('CN_SOCIAL_ACCOUNT', 9, 11), ('CN_WECHAT', 16, 31)]),  # nickname in quotes
    ('发件人: "明月随风" <myu@qq.com>', [('CN_SOCIAL_ACCOUNT', 6, 10), ('EMAIL_ADDRESS', 13, 23)]),  # a mail sender's display name
    ('昵称不便透露，网名和微信号都不留了。', []),
    ('麦田1708：[聊天记录] 我和家园常在的聊天记录', [('CN_SOCIAL_ACCOUNT', 0, 6), ('CN_SOCIAL_ACCOUNT', 16, 20)]),  # a forwarded record names the other side
    ('与“王林”的聊天', [('CN_SOCIAL_ACCOUNT', 2, 4)]),  # a WeChat export's title
    ('以下为举报人与执法人员吴霞的聊天记录', []),  # why: 与 without quotes names an officer in a case file: no account  # why: a withheld nickname, a list of fields: no account
    ('奖金打到银行卡6222021234567890128', [('CN_BANK_CARD', 7, 26)]),  # UnionPay, Luhn ok
    ('卡号6222 0212 3456 7890 128', [('CN_BANK_CARD', 2, 25)]),  # grouped by four
    ('银行卡号6222021234567890127', [('CN_BANK_CARD', 4, 23)]),  # Luhn failed, cue keeps it
    ('护照号E12345678', [('CN_PASSPORT', 3, 12)]),  # ordinary passport
    ('护照EA1234567', [('CN_PASSPORT', 2, 11)]),  # 2017 form
    ('港澳通行证C12345678', [('CN_HK_MACAO_PERMIT', 5, 14)]),  # permit
    ('车牌豫A·12345的渣土车', [('CN_LICENSE_PLATE', 2, 10)]),  # with the dot
    ('豫AD12345', [('CN_LICENSE_PLATE', 0, 8)]),  # new-energy
    ('车号豫a12345', [('CN_LICENSE_PLATE', 2, 9)]),  # typed lowercase
    ('统一社会信用代码91410100MA44XKQJ2Q', [('CN_USCC', 8, 26)]),  # valid GB 32100 code
    ('我QQ290894，邮箱', [('CN_QQ', 3, 9)]),  # QQ glued to its cue
    ('微信wangfang88，QQ５２２８８９１５６９。', [('CN_WECHAT', 2, 12), ('CN_QQ', 15, 25)]),  # QQ+digits after a WeChat cue is still the QQ number
    ('路由器IP210.137.228.126，', [('IP_ADDRESS', 5, 20)]),  # IPv4 glued to its cue
    ('来源IP：240e:3f5:cc8e::f429:a846', [('IP_ADDRESS', 5, 29)]),  # full-width colon folds to ':'
    ('联系电话0512-579\n2039，地址', [('CN_LANDLINE', 4, 17)]),  # line break inside the number
    ('传真：0311-\n77395012。', [('CN_LANDLINE', 3, 17)]),  # dash, then a line break
    ('电话027-71879421转分机9636', [('CN_LANDLINE', 2, 21)]),  # 转分机 extension
    ('联系电话:03727126157\n一、举报人', [('CN_LANDLINE', 5, 16)]),  # the list heading 一、 on the next line is not a twelfth digit
    ('电话0371-62345678、0371-87654321', [('CN_LANDLINE', 2, 15), ('CN_LANDLINE', 16, 29)]),  # 、 between two numbers ends neither early
    ('王科长（0371-49445191）', [('CN_LANDLINE', 4, 17)]),  # the bracket is the sentence's, not the number's
    ('身份证号后四位232X，奖励', [('CN_ID_CARD', 7, 11)]),  # ID tail still narrows it down
    ('转账至尾号1729的银行卡', [('CN_BANK_CARD', 5, 9)]),  # card tail, not a phone tail
    ('举报编号12369-410800-20230217-4825', []),  # 12369 case number, not an ID
    ('[9点45分] 麦田爱家乡(赖强)：我到了\n麦田爱家乡：又排了', [('CN_SOCIAL_ACCOUNT', 8, 13), ('CN_SOCIAL_ACCOUNT', 22, 27)]),  # chat speaker and its repeat
    ('阳光依旧：\n今天19:11又排了', []),  # a single label without a chat marker; 19:11 is a time
    ('举报人：张三\n联系电话：无', []),  # form fields are not chat speakers
    ('楼栋群（截图转文字）\n海阔 凌晨2点\n又在排了\n绿水 7时46分\n海阔说得对', [('CN_SOCIAL_ACCOUNT', 11, 13), ('CN_SOCIAL_ACCOUNT', 24, 26), ('CN_SOCIAL_ACCOUNT', 33, 35)]),  # "nick time" heading lines, message below
    ('业主群\n海阔(3190828811) 2024-05-12 14:03\n有味', [('CN_SOCIAL_ACCOUNT', 4, 6), ('CN_QQ', 7, 17)]),  # QQ export heading: nick(QQ) date time
    ('=====\n2022-08-16 16:02:56 海阔爱家乡(226076340)\n厂里又排了\n', [('CN_SOCIAL_ACCOUNT', 26, 31), ('CN_QQ', 32, 41)]),  # QQ's own export: date and clock first, then nick(QQ) alone on the line
    ('2023/5/1 9:03 绿水(1234567)\n又排了\n2023/5/1 9:05 海阔(7654321)\n收到', [('CN_SOCIAL_ACCOUNT', 14, 16), ('CN_QQ', 17, 24), ('CN_SOCIAL_ACCOUNT', 44, 46), ('CN_QQ', 47, 54)]),  # same, short date and clock, no chat heading
    ('2024-01-05 06:46:09 海阔(012345)\n又排了\n2024-01-05 06:50:09 海阔(012345)\n收到', [('CN_SOCIAL_ACCOUNT', 20, 22), ('CN_SOCIAL_ACCOUNT', 55, 57)]),  # a bracketed number with a leading 0 is no QQ number; the nickname still speaks twice
    ('2023-05-12 14:30 受理\n处理中', []),  # a record's date line with one word: once, no bracketed number, no chat heading
    ('19:11 水变黑\n19:30 又排了', []),  # a bare clock before a clause is when it happened, not a message heading
    ('受理时间\n2023年5月12日 14时30分 来电登记\n内容：夜间排污', []),  # a hotline record's time line
    ('清风徐来  12:30\n又在排了\n明月  12:31\n对\n海阔  12:40\n收到\n', [('CN_SOCIAL_ACCOUNT', 0, 4), ('CN_SOCIAL_ACCOUNT', 17, 19), ('CN_SOCIAL_ACCOUNT', 29, 31)]),  # three "nick time" heading lines make a chat log, each speaker once
    ('微信聊天记录\n老王（13812345678）：厂里又排了\n我：收到\n', [('CN_SOCIAL_ACCOUNT', 7, 9), ('CN_MOBILE', 10, 21)]),  # a mobile in a WeChat remark's brackets is a mobile, not a QQ number
    ('联系电话：138-****-5678\n', [('CN_MOBILE', 5, 18)]),  # a masked mobile set off in groups
    ('手机：138 **** 5678\n', [('CN_MOBILE', 3, 16)]),
    ('电话：1381234****\n', [('CN_MOBILE', 3, 14)]),  # the last four masked instead
    ('留言人： 平安人家934    留言时间：2024年8月24日', [('CN_SOCIAL_ACCOUNT', 5, 12)]),  # a message board's poster field
    ('网友∶知足随风    留言时间∶2023-04-07', [('CN_SOCIAL_ACCOUNT', 3, 7)]),  # the ratio sign as colon
    ('举报人索**（手机187*****957）举报', [('CN_MOBILE', 9, 20)]),  # 3 + 5 masked + 3: still eleven places
    ('举报人邹**（手机1858905****）', [('CN_MOBILE', 9, 20)]),  # 7 + 4 masked
    ('手机138×××××678\n', [('CN_MOBILE', 2, 13)]),  # crosses as the mask
    ('奖金将汇入举报人账户（621226******4047）。', [('CN_BANK_CARD', 11, 27)]),  # a masked card after 账户
    ('奖金汇入账户（6227 **** **** 1888）', [('CN_BANK_CARD', 7, 26)]),  # in groups of four
    ('银行卡号：621226*********4446\n', [('CN_BANK_CARD', 5, 24)]),  # 6 + 9 + 4
    ('身份证号：410105********1234\n', [('CN_ID_CARD', 5, 23)]),  # a masked ID as notices print it (6 + 8 + 4)
    ('身份证：4101**********123X\n', [('CN_ID_CARD', 4, 22)]),  # 4 + 10 + 4
    ('邮箱：zh***@163.com\n', [('EMAIL_ADDRESS', 3, 16)]),  # a masked mail address is a mail address, not an @mention
    ('清风徐来(12345678@qq.com) 2023-05-01 12:30:45\n又排了\n', [('CN_SOCIAL_ACCOUNT', 0, 4), ('EMAIL_ADDRESS', 5, 20)]),  # QQ export heading with the mail in brackets, once
    ('编号A-1381234****B\n', []),  # a code glued to letters is no masked mobile
    ('订单号：2023********1234567\n', []),
    ('编号：187*****9571\n', []),
    ('留言人：匿名    留言时间：2023-04-07', []),  # a withheld poster is no account
    ('留言人：李岩\n', []),  # two or three Han characters are a name's shape: PERSON's, not an account  # 3 + 5 + 4 is twelve places: no mobile
    ('单号：621226******4047\n', []),  # a masked number with no card or account word: no card
  # a masked order number: no ID's length
    ('身份证号码：410105**********1234\n', []),  # 6 + 10 + 4 is 20 characters: no ID's length
    ('[图片]\n清水河边：又排了\n河边的风：是的\n', [('CN_SOCIAL_ACCOUNT', 5, 9), ('CN_SOCIAL_ACCOUNT', 14, 18)]),  # an export's [图片] placeholder says it is a chat log
    ('消息分组:我的好友\n================\n消息对象:清风徐来\n================\n\n2023-05-01 12:30:45 清风徐来\n又排了\n2023-05-01 12:31:10 我\n收到\n', [('CN_SOCIAL_ACCOUNT', 32, 36), ('CN_SOCIAL_ACCOUNT', 75, 79)]),  # QQ export: the partner named in the header block, and where they speak
    ('消息对象:金色新村业主群\n================\n\n2023-05-01 12:30:45 清风(1234567)\n又排了\n', [('CN_SOCIAL_ACCOUNT', 51, 53), ('CN_QQ', 54, 61)]),  # a group's name there is no account, nor is the header's label
    ('网友“清水河边”反映：厂里晚上偷排。', [('CN_SOCIAL_ACCOUNT', 3, 7)]),  # a message board names its poster in quotes after 网友
    ('微信用户：河边的风\n', [('CN_SOCIAL_ACCOUNT', 5, 9)]),  # a WeChat user's name given as such
    ('网友说“厂里又排了”', []),  # what netizens say in quotes is no name
    ('网友们“都说”', []),  # same: 们 then a quote
    ('今天 12:30\n明天 13:00\n后天 14:00\n', []),  # a schedule: day words heading lines are no speakers
    ('周一 8:00\n周二 9:00\n周三 9:30\n', []),  # same, weekdays
    ('家长群\n海阔爱家乡 说：我在厂边上\n绿水：收到', [('CN_SOCIAL_ACCOUNT', 4, 9), ('CN_SOCIAL_ACCOUNT', 18, 20)]),  # "nick 说：" and "nick："
    ('家长群\n海阔：收到\n绿水：@海阔 你上回说的', [('CN_SOCIAL_ACCOUNT', 4, 6), ('CN_SOCIAL_ACCOUNT', 10, 12), ('CN_SOCIAL_ACCOUNT', 13, 16)]),  # a mention of a speaker goes with its @
    ('在线咨询记录\n客服：您好\n我：厂里又排了\n客服：我们会为您保密', []),  # office roles and pronouns are not accounts
    ('【问题描述】企业官网https://ochen.cn上说\n【附件链接】https://v.douyin.com/Pe/', [('URL', 10, 26), ('URL', 35, 59)]),  # a bracketed field label is not a time stamp; :// is not a speaker's colon
    ('问题类别：扬尘\n问题类别：异味', []),  # a repeated form label is not a speaker
    ('来电者另留了QQ号8006165426。', [('CN_QQ', 9, 19)]),  # after a QQ cue a 800 run is a QQ number
    ('服务热线4001234567', []),  # without one it is the company's service line
    ('身份证 410105800101108 电话', [('CN_ID_CARD', 4, 19)]),  # an old 15-digit ID that passes Luhn: not a bank card
    ('身份证 410105198001011003 电话', [('CN_ID_CARD', 4, 22)]),  # mistyped ID (check digit should be 1) that passes Luhn: not a bank card
    ('身份证 410105198001011065 电话', [('CN_ID_CARD', 4, 22)]),  # mistyped ID (check digit should be 0) that happens to pass the USCC check: region + birth date say ID
    ('何刚 | 37010019521104201X | 18104177436', [('CN_ID_CARD', 5, 23), ('CN_MOBILE', 26, 37)]),  # the same with an X for its check digit (a USCC check character may be X too)
    ('请拨打12369环保举报热线，或12345。', []),  # public hotlines are never flagged
    ('报警110，急救120，客服95588，10086', []),  # service numbers
    ('拨打110号码没人管', []),  # 110号码 is still the hotline
    ('服务热线400-123-4567', []),  # 400 numbers are enterprise service lines (design choice)
    ('本案编号豫环转〔2023〕第0123号', []),  # document number
    ('2023年5月12日14:30受理，2023-05-12 14:30:45', []),  # dates and times
    ('COD 128mg/L，超标2.5倍，罚款86000元，噪声68分贝', []),  # money and readings
    ('排污许可证编号：91410100MA44XKQJ2Q001P', []),  # permit number is not a USCC
    ('版本v1.2.3.4，时间12:30:45', []),  # version string and time are not IPs
    ('QQ群很热闹。订单号20230512123456', []),  # QQ cue in another place does not make numbers QQ
    ('我们在2023年投诉了123456789次', []),  # a bare digit run without cue is nothing
    ('型号C12345', []),  # too short for a permit
    ('电话号码是多少？', []),  # a cue alone is nothing
    ('我真名不说了，网名是瞎起的', []),  # why: a nickname dismissed (瞎起的) is none
    ('第1  3  5  7页', []),  # why: spaced single digits are too few for a phone
    ('第13，15，17，19，20，21号', []),  # why: a list of small numbers, not a number read out
    ('型号H12345678', []),  # why: an H-code without a permit cue is a model number
    ('编号0 3 9 1', []),  # why: an area code alone, no local number
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_structured_table(structured_redactor, text, expected):
    found = [(f.entity_type, f.start, f.end) for f in structured_redactor.analyze(text)]
    assert found == expected


def test_failed_checksum_lowers_score_but_keeps_the_id(structured_redactor):
    good = structured_redactor.analyze("身份证41010519900307123X")[0]
    typo = structured_redactor.analyze("身份证410105199003071235")[0]
    assert typo.entity_type == good.entity_type == "CN_ID_CARD"
    assert typo.score < good.score
    assert "checksum:failed" in typo.evidence and "checksum:ok" in good.evidence


def test_context_raises_the_score(structured_redactor):
    bare = structured_redactor.analyze("13812345678")[0]
    cued = structured_redactor.analyze("联系电话13812345678")[0]
    assert cued.score > bare.score
    assert "context:联系电话" in cued.evidence


def test_cue_in_previous_sentence_does_not_count(structured_redactor):
    # why: "QQ" ends its sentence; the number after 。 is an order number, not a QQ
    assert structured_redactor.analyze("我有QQ。20230512") == []


def test_id_born_before_its_county_code_existed_scores_as_valid(structured_redactor):
    # why: 440306 (宝安区) dates from 1993; stdnum's is_valid rejects someone born there in
    # 1985, but that person still holds this number, so checksum and region count in full.
    from stdnum.cn import ric

    assert not ric.is_valid("440306198511150020")
    (f,) = structured_redactor.analyze("身份证号440306198511150020")
    assert {"checksum:ok", "birth_date:ok", "region:known"} <= set(f.evidence)
