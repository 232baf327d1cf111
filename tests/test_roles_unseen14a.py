"""Found and attributed, from ``unseen14-a`` (the looked-at half of the fifteenth family, written
blind on 2026-12-04 by a helper and opened at stop 19 after its first blind measure): a mobile
read out half in words and half in digits (幺38五36七17九7), an official account's back-office
export (用户：X, OpenID：…), a kiosk's ID-card reader with a name padded by a full-width space.
Each row runs the whole analyzer: (entity, start, end, role). Positive rows and negative rows
(``# why``); synthetic values only."""

from __future__ import annotations

import pytest

from jubao_redact import Redactor

# fmt: off
CASES = [  # text, policy, expected [(entity, start, end, role)]
    # an inspection team's voice-to-text: a mobile read out half in words, half in digits
    ('【督察组现场核查群】\n杨岩 16:01\n[语音转文字] 嗯那个，举报人是康桥新村的，姓张，电话是幺38五36七17九7，他说在小区门口等咱们', 'forward',
     [('CN_SOCIAL_ACCOUNT', 11, 13, 'unknown'), ('CN_ADDRESS', 36, 40, 'reporter'), ('PERSON', 43, 44, 'unknown'), ('CN_MOBILE', 48, 59, 'reporter')]),
    # why: a mobile and a word (一直, 两次) after it are no mixed spoken number
    ('电话13912345678一直打不通，座机0371-65432100两次没人接', 'forward',
     [('CN_MOBILE', 2, 13, 'reporter'), ('CN_LANDLINE', 21, 34, 'reporter')]),
    # an official account's back office: the user who wrote in and their OpenID
    ('公众号后台 › 互动管理 › 消息  （新乡生态环境发布）  导出时间 2020-07-24 13:53:31\n用户：老兵  备注名：举报-王-河南众诚耐火材料公司  地区：河南 新乡\nOpenID：xiuyingliu_b62  标签：多次留言  星标：是', 'forward',
     [('CN_SOCIAL_ACCOUNT', 59, 61, 'unknown'), ('CN_WECHAT', 100, 114, 'reporter')]),
    # a kiosk's ID-card reader: a two-character name padded with a full-width space
    ('政务服务中心 自助终端 A086 · 生态环境投诉\n[身份证读卡] 姓名 田\u3000慧  性别 女  民族 汉族\n             住址 苏州市相城区兴隆街6号', 'forward',
     [('ORGANIZATION', 0, 6, 'unknown'), ('PERSON', 37, 40, 'reporter'), ('DEMOGRAPHIC', 45, 46, 'reporter'), ('DEMOGRAPHIC', 51, 53, 'reporter'), ('CN_ADDRESS', 70, 81, 'reporter')]),
    # why: two words set apart by a full-width space away from 姓名 are no name
    ('河南\u3000开封\u3000两地的企业都有问题', 'forward',
     []),
    # a phone's last four digits before 这个号: the same reporter's number
    ('申请人：李帅  来电号码：13727801040\n申请人要求回电只打1040这个号，白天。', 'forward',
     [('PERSON', 4, 6, 'reporter'), ('CN_MOBILE', 13, 24, 'reporter'), ('CN_MOBILE', 34, 38, 'reporter')]),
]
# fmt: on


@pytest.mark.parametrize(("text", "policy", "expected"), CASES)
def test_found_with_role(text, policy, expected):
    got = [(f.entity_type, f.start, f.end, f.role) for f in Redactor(policy=policy).analyze(text)]
    assert got == expected
