"""Found and attributed, from ``unseen9-a`` (the looked-at half of the tenth family, written
blind on 2026-12-03 by a helper and measured blind before it was opened at stop 16): an ID's
tail in an attachment's file name (身份证复印件_302118.jpg) or as its last six, the likes under
a WeChat Moments post (♡ A，B，C) and its location tag (📍X), who typed a record up (X录入), a
citizen's letter signed with their own shop, a unit in brackets on the writer's field line
(写信人：X，退休教师（原Y）), the writer's own business (我开了一家X), a tab-separated register with an
empty last column, other ID masks, a compound with its flat in dashes, mobiles OCR'd with Z / S / B,
a Moments post's author and the accounts of a reply, a screenshot's chat with noise lines
(five speaker lines in a third of the lines), the one who takes a complaint in giving their own number, credit codes OCR'd with O / I. Each row runs the whole analyzer: (entity, start,
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
    # a Moments post: its author, its location tag, every name among the likes; the clerk who typed it up
    ('朋友圈截图文字整理（举报人提供，翟宁录入）\n\n远山\n厂里又冒黑烟了\n📍金水湾小区\n♡ 远山的家，青禾一号，老树\n老树：早该查了', 'discuss',
     [('PERSON', 16, 18, 'official'), ('CN_SOCIAL_ACCOUNT', 23, 25, 'unknown'), ('CN_ADDRESS', 35, 40, 'unknown'),
      ('CN_SOCIAL_ACCOUNT', 43, 47, 'unknown'), ('CN_SOCIAL_ACCOUNT', 48, 52, 'unknown'),
      ('CN_SOCIAL_ACCOUNT', 53, 55, 'third_party'), ('CN_SOCIAL_ACCOUNT', 56, 58, 'third_party')]),
    # why: a sentence after a heart is no list of names
    ('今天的动态\n♡ 谢谢大家，辛苦了', 'discuss', []),
    # a letter signed with the writer's own guesthouse
    ('尊敬的领导：\n  厂里天天排烟。我的联系方式：18274796710。\n                                   修武县山居客栈\n'
     '                                   2023年5月3日', 'forward',
     [('CN_MOBILE', 23, 34, 'reporter'), ('ORGANIZATION', 71, 78, 'reporter')]),
    # a tab-separated register whose last column (领取人签字) is left empty in every row: the
    # columns decide, not the act named in the 举报事项 cell; the header is no workplace
    ('颁发单位：新乡市生态环境局\n证书编号\t姓名\t工作单位\t联系电话\t举报事项\t领取人签字\n'
     'HBWS2024024\t李鹏\t辉县市农村信用合作社\t135-2611-8890\t润泽公司偷排废水\t\n', 'reward',
     [('ORGANIZATION', 5, 13, 'official'), ('PERSON', 55, 57, 'reporter'), ('ORGANIZATION', 58, 68, 'reporter'),
      ('CN_MOBILE', 69, 82, 'reporter')]),
    # a unit in brackets on the writer's own field line, and the writer's own business
    ('写信人：文敏，退休教师（原洪山区农村信用合作社）', 'forward', [('PERSON', 4, 6, 'reporter'), ('ORGANIZATION', 13, 23, 'reporter')]),
    ('我叫刘帆，在家里开了一家安阳县老院子民宿，做点小生意', 'forward',
     [('PERSON', 2, 4, 'reporter'), ('ORGANIZATION', 12, 17, 'reporter')]),
    # why: a plant named on the caller's line with what it does is the reported party
    ('来电人：杜宇，称佛山泰和沥青搅拌股份有限公司又在夜里生产', 'forward',
     [('PERSON', 4, 6, 'reporter'), ('ORGANIZATION', 8, 22, 'subject')]),
    # why: someone else's business is theirs
    ('他开了一家新乡润泽化工有限公司，天天偷排', 'forward', [('ORGANIZATION', 5, 15, 'subject')]),
    # an ID masked but its first ten and last two; a compound and its flat with dashes
    ('证件号码:3701001963******03', 'forward', [('CN_ID_CARD', 5, 23, 'reporter')]),
    ('采样地点：送样人院内积水坑，御景名城32-3-1703', 'forward', [('CN_ADDRESS', 14, 27, 'unknown')]),
    # why: dates and codes with the same dashes are no flat
    ('会议定于2023-05-12召开，编号A-12-2023', 'forward', []),
    # a mobile OCR'd with Z for 2
    ('你电话多少？\n老兵人家：18297087Z69  我姓刘', 'forward', [('CN_MOBILE', 12, 23, 'unknown'), ('PERSON', 27, 28, 'unknown')]),
    # why: model and batch codes with letters are no mobile
    ('型号SB1234567ZZ，批号1S2345678', 'forward', []),
    # a Moments post's author under the title, and the two accounts of a reply in its comments
    ('朋友圈截图文字整理（举报人提供）\n\n白云677\n渠里的水一下雨就泛白沫\n♡ 绿水卫士，明月一号\n绿水卫士回复白云677：早该查了', 'discuss',
     [('CN_SOCIAL_ACCOUNT', 18, 23, 'unknown'), ('CN_SOCIAL_ACCOUNT', 38, 42, 'third_party'),
      ('CN_SOCIAL_ACCOUNT', 43, 47, 'unknown'), ('CN_SOCIAL_ACCOUNT', 48, 52, 'third_party'),
      ('CN_SOCIAL_ACCOUNT', 54, 59, 'unknown')]),
    # a chat OCR'd from a screenshot: the grid worker who takes the complaint in gives their own
    # number after 我的; the one who complains is the reporter (its number, unknown: removed)
    ('[截图OCR识别结果]\n08:40\n青山常在：莫科长，鑫源厂又开始了\n莫凯：收到，我这就去看看。你电话多少，到了联系你\n'
     '青山常在：13941423073  我姓秦\n青山常在：别跟厂里说是我，我家就在小王村村东头\n莫凯：放心。我的电话一八八三九八五四六一一，有事直接打', 'forward',
     [('CN_SOCIAL_ACCOUNT', 18, 22, 'reporter'), ('ORGANIZATION', 27, 30, 'unknown'), ('CN_SOCIAL_ACCOUNT', 35, 37, 'official'),
      ('CN_SOCIAL_ACCOUNT', 60, 64, 'reporter'), ('CN_MOBILE', 65, 76, 'unknown'), ('PERSON', 80, 81, 'unknown'),
      ('CN_SOCIAL_ACCOUNT', 82, 86, 'reporter'), ('CN_ADDRESS', 99, 105, 'reporter'), ('CN_SOCIAL_ACCOUNT', 106, 108, 'official'),
      ('CN_MOBILE', 116, 127, 'official')]),
    # comments under a published permit page, each dated in brackets after the nickname
    # (removed in publish); the agency's reply label is no account
    ('发证机关  河北省生态环境厅\n\n公众意见（12条）\n  绿水（12月4日）：我家就在22-1-2801，那个味儿像油漆混着烧橡胶\n'
     '  家园人家（2020/11/8）：同意楼上，晚上味特别大\n  发证机关回复：已转石家庄市生态环境局执法监察支队核查。', 'publish',
     [('ORGANIZATION', 6, 14, 'official'), ('CN_SOCIAL_ACCOUNT', 28, 30, 'unknown'), ('CN_ADDRESS', 42, 51, 'reporter'),
      ('CN_SOCIAL_ACCOUNT', 67, 71, 'unknown'), ('ORGANIZATION', 106, 121, 'unknown')]),
    # why: a name with an office in brackets once is no dated comment
    ('王芳（居民）：我也闻到了', 'publish', [('PERSON', 0, 2, 'unknown')]),
    # a business licence OCR'd with O for 0 in its credit code (GB 32100 has no O or I)
    ('统一社会信用代码 9141O724MA6GETFL5J\n名    称 新乡开元耐火材料有限责任公司', 'census',
     [('CN_USCC', 9, 27, 'subject'), ('ORGANIZATION', 35, 49, 'unknown')]),
    # why: with a wrong check character and no label it is no code; nor is a run of letters
    ('编号 9141O724MA6GETFL5K', 'census', []),
    ('OOOOOOOOOOOOOOOOOO和IIIIOOOOOOOOOOOOOO', 'census', []),
    # why: an agency signs with its own name: official
    ('特此函告。\n                        新乡市生态环境局\n                        2023年5月3日', 'forward',
     [('ORGANIZATION', 30, 38, 'official')]),
]
# fmt: on


@pytest.mark.parametrize(("text", "policy", "expected"), CASES)
def test_found_and_attributed(text, policy, expected):
    got = [(f.entity_type, f.start, f.end, f.role) for f in Redactor(policy=policy).analyze(text)]
    assert got == expected


GENRES = [
    # a chat OCR'd from a screenshot: status bar, picture and typing lines between the messages
    ("08:37 ▂▄▆ 4G 73%\n< 微信(2)\n08:40\n青山：厂里又开始了\n[图片]\n[图片]\n莫凯：收到\n[图片]\n青山：好的\n[图片]\n"
     "莫凯：到了\n[图片]\n青山：谢谢\n对方正在输入…\n[识别置信度90%]", "chat"),
    # why: a form with a few labelled lines among many is no chat
    ("举报人：王芳\n联系电话：13812345678\n被举报单位：新乡润泽化工有限公司\n地址：新乡市红旗区\n问题描述：\n夜间排放\n黑烟很大\n"
     "气味刺鼻\n多次反映\n无人处理\n请尽快查处\n谢谢", "webform"),
]


@pytest.mark.parametrize(("text", "genre"), GENRES)
def test_genre(text, genre):
    from jubao_redact.genre import detect_genre

    assert detect_genre(text).name == genre
