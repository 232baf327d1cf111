"""Found and attributed, from ``unseen13-a`` (the looked-at half of the fourteenth family, written
blind on 2026-12-04 by a helper and opened at stop 19 after its first blind measure): a visitors'
register set out in columns by spaces, a video site's comment export (UP主：X  UID：…, UP主是X的吧),
a report's attachment whose document properties name its author's unit, a company's own
account in the comments, where the reporter meets the inspectors, a phone's tail before 尾号, a
school's letterhead over a letter written as 我校.
Each row runs the whole analyzer: (entity, start, end, role). Positive rows and negative rows
(``# why``); synthetic values only."""

from __future__ import annotations

import pytest

from jubao_redact import Redactor

# fmt: off
CASES = [  # text, policy, expected [(entity, start, end, role)]
    # a visitors' register set out in columns by spaces: the visitor's columns, the receptionist's
    ('河南省生态环境厅群众来访登记簿  第5页\n序号  日期  来访人  性别  住址  联系电话  反映事项  接待人\n1  2021.09  谭亮  男  洛阳市老城区大孟镇东城关村东头  13761723903  鼎鑫家具合作社的运渣车撒漏  简建平\n2  8月21日  万萍  女  伊川县北岗镇南新店村31号  13761723900  鼎鑫家具合作社噪声扰民  简建平', 'forward',
     [('ORGANIZATION', 0, 8, 'official'), ('PERSON', 70, 72, 'reporter'), ('DEMOGRAPHIC', 74, 75, 'reporter'), ('CN_ADDRESS', 77, 92, 'reporter'), ('CN_MOBILE', 94, 105, 'reporter'), ('ORGANIZATION', 107, 114, 'subject'), ('PERSON', 122, 125, 'official'), ('PERSON', 136, 138, 'reporter'), ('DEMOGRAPHIC', 140, 141, 'reporter'), ('CN_ADDRESS', 143, 156, 'reporter'), ('CN_MOBILE', 158, 169, 'reporter'), ('ORGANIZATION', 171, 178, 'subject'), ('PERSON', 184, 187, 'official')]),
    # why: a form field's value in the next column is still the field's (the gap ends a cell, not the field)
    ('住址  凤凰小区', 'forward',
     [('CN_ADDRESS', 4, 8, 'reporter')]),
    # why: a sentence with wide gaps is no table and no form
    ('我们厂在  工业路  东边，  晚上排烟。', 'forward',
     []),
    # a video site's comment export: the uploader's name and UID, the compound others guess for them
    ('【B站视频评论导出】标题：实拍我家门口的化工厂\nUP主：平安793  UID：444893450  发布于2020年11月11号\n—— 评论 ——\n明月人家：UP主是清华名城的吧，看窗外那楼就知道', 'forward',
     [('CN_SOCIAL_ACCOUNT', 28, 33, 'reporter'), ('ORGANIZATION', 35, 38, 'unknown'), ('CN_SOCIAL_ACCOUNT', 39, 48, 'reporter'), ('CN_SOCIAL_ACCOUNT', 74, 78, 'third_party'), ('CN_ADDRESS', 83, 87, 'reporter')]),
    # a report's attachment with its document properties: the unit under its author's name
    ('举报内容：详见附件。\n附件1：举报材料-张宇.docx（81 KB）\n  [系统解析的文档属性]\n  作者：张宇\n  单位：兴旺建筑工程有限公司\n  最后保存者：张宇', 'forward',
     [('PERSON', 20, 22, 'unknown'), ('PERSON', 54, 56, 'unknown'), ('ORGANIZATION', 62, 72, 'reporter'), ('PERSON', 81, 83, 'unknown')]),
    # why: the unit under the reported party's responsible person is the reported party's
    ('被举报单位：兴旺建筑工程有限公司\n负责人：张宇\n单位：兴旺建筑工程有限公司', 'forward',
     [('ORGANIZATION', 6, 16, 'subject'), ('PERSON', 21, 23, 'subject'), ('ORGANIZATION', 27, 37, 'subject')]),
    # a video's comment export: the uploader's field and their reply (└ X（UP主）：), the company's own account and its phone
    ('【B站视频评论导出】标题：实拍我家门口的化工厂\nUP主：平安卫士  UID：887134875  发布于二〇二二年十二月二十日\n简介：河南金鹏塑料制品公司的活性炭箱就是个空壳子。已打12369。\n—— 弹幕（节选） ——\n01:50 这烟也太黄了\n02:11 厂子是谁家的\n02:37 举报了吗\n03:08 我老家也这样\n—— 评论 ——\n海阔常在1508：这不就是河南金鹏塑料制品公司嘛，我上下班天天路过\n明月人家：UP主是清华名城的吧，看窗外那楼就知道，小心被找上门\n  └ 平安卫士（UP主）：别猜了，删了吧\n河南金鹏塑料制品官方：您好，我司已于近期完成设备升级，欢迎监督，联系电话0391-5159742\n焦作生态环境：已关注，已转交属地执法部门核查。\n海阔常在1508：@平安卫士 私信你了，我有他们晚上排的视频', 'forward',
     [('CN_SOCIAL_ACCOUNT', 28, 32, 'reporter'), ('ORGANIZATION', 34, 37, 'unknown'), ('CN_SOCIAL_ACCOUNT', 38, 47, 'reporter'), ('ORGANIZATION', 67, 77, 'unknown'), ('CN_SOCIAL_ACCOUNT', 170, 178, 'third_party'), ('ORGANIZATION', 183, 193, 'unknown'), ('CN_SOCIAL_ACCOUNT', 204, 208, 'third_party'), ('CN_ADDRESS', 213, 217, 'reporter'), ('CN_SOCIAL_ACCOUNT', 240, 244, 'reporter'), ('CN_SOCIAL_ACCOUNT', 258, 268, 'subject'), ('CN_LANDLINE', 294, 306, 'subject'), ('CN_SOCIAL_ACCOUNT', 307, 313, 'official'), ('CN_SOCIAL_ACCOUNT', 331, 339, 'third_party'), ('CN_SOCIAL_ACCOUNT', 340, 345, 'reporter')]),
    # where the reporter agreed to meet the inspectors
    ('举报人配合：举报人严莉（18214022400）同意带路，约定在馨苑公馆门口会合；到场后举报人不进厂、不下车。', 'forward',
     [('PERSON', 9, 11, 'reporter'), ('CN_MOBILE', 12, 23, 'reporter'), ('CN_ADDRESS', 32, 36, 'reporter')]),
    # a phone's last four digits written before the word for them
    ('[批注2 安峰 2021-05-07 13:58:31]：已改。另：回访电话记录里有0041尾号，已删。', 'forward',
     [('PERSON', 5, 7, 'unknown'), ('CN_MOBILE', 42, 46, 'reporter')]),
    # a visitors' register: the name in the 来访人 column that the model misses
    ('序号  日期  来访人  性别  住址  联系电话  反映事项  接待人\n4  2024.09.10  卿帅  男  河南省洛阳市老城区金水路129号帝湖花园25号楼3单元204室  13761723903  洛阳博远印染股份有限公司冒黑烟  李桂芝', 'forward',
     [('PERSON', 52, 54, 'reporter'), ('DEMOGRAPHIC', 56, 57, 'reporter'), ('CN_ADDRESS', 59, 90, 'reporter'), ('CN_MOBILE', 92, 103, 'reporter'), ('ORGANIZATION', 105, 117, 'subject'), ('PERSON', 122, 125, 'official')]),
    # a school's letterhead over a letter that speaks as 我校
    ('滑县白沙镇中心小学\n关于河南兴旺商品混凝土专业合作社废气影响我校师生健康的情况反映\n\n安阳市生态环境局：\n  我校与该合作社仅一墙之隔。', 'forward',
     [('ORGANIZATION', 0, 9, 'reporter'), ('ORGANIZATION', 12, 26, 'subject'), ('ORGANIZATION', 43, 51, 'official')]),
    # why: an agency's letterhead (我所) is the agency
    ('安阳市北关区环保所\n关于河南兴旺商品混凝土专业合作社的情况说明\n我所已现场核查。', 'forward',
     [('ORGANIZATION', 0, 9, 'official'), ('ORGANIZATION', 12, 26, 'unknown')]),
]
# fmt: on


@pytest.mark.parametrize(("text", "policy", "expected"), CASES)
def test_found_with_role(text, policy, expected):
    got = [(f.entity_type, f.start, f.end, f.role) for f in Redactor(policy=policy).analyze(text)]
    assert got == expected
