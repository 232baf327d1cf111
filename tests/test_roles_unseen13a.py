"""Found and attributed, from ``unseen13-a`` (the looked-at half of the fourteenth family, written
blind on 2026-12-04 by a helper and opened at stop 19 after its first blind measure): a visitors'
register set out in columns by spaces, a video site's comment export (UP主：X  UID：…, UP主是X的吧),
and a report's attachment whose document properties name its author's unit.
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
     [('CN_SOCIAL_ACCOUNT', 28, 33, 'reporter'), ('ORGANIZATION', 35, 38, 'unknown'), ('CN_SOCIAL_ACCOUNT', 39, 48, 'reporter'), ('CN_ADDRESS', 83, 87, 'reporter')]),
    # a report's attachment with its document properties: the unit under its author's name
    ('举报内容：详见附件。\n附件1：举报材料-张宇.docx（81 KB）\n  [系统解析的文档属性]\n  作者：张宇\n  单位：兴旺建筑工程有限公司\n  最后保存者：张宇', 'forward',
     [('PERSON', 20, 22, 'unknown'), ('PERSON', 54, 56, 'unknown'), ('ORGANIZATION', 62, 72, 'reporter'), ('PERSON', 81, 83, 'unknown')]),
    # why: the unit under the reported party's responsible person is the reported party's
    ('被举报单位：兴旺建筑工程有限公司\n负责人：张宇\n单位：兴旺建筑工程有限公司', 'forward',
     [('ORGANIZATION', 6, 16, 'subject'), ('PERSON', 21, 23, 'subject'), ('ORGANIZATION', 27, 37, 'subject')]),
]
# fmt: on


@pytest.mark.parametrize(("text", "policy", "expected"), CASES)
def test_found_with_role(text, policy, expected):
    got = [(f.entity_type, f.start, f.end, f.role) for f in Redactor(policy=policy).analyze(text)]
    assert got == expected
