"""Found and attributed, from ``unseen11-b`` (the blind half of the twelfth family, written
blind on 2026-12-04 by a helper, measured blind four times and opened at stop 19): a chat record
forwarded into a chat, its headings boxed by the transcription (┌ 家园一号2010 11月1日 10:37), a
grid patrol log exported with the grid worker's and the reporter's columns, a submission log's
SMS code and device name, a lawyer's letter for its client, a transfer letter's reporter
particulars (住X, 单位是X), and a speaker's nickname that opens with a staff title.
Each row runs the whole analyzer: (entity, start, end, role). Positive rows and negative rows
(``# why``); synthetic values only."""

from __future__ import annotations

import pytest

from jubao_redact import Redactor

# fmt: off
CASES = [  # text, policy, expected [(entity, start, end, role)]
    # a grid worker forwards a chat record into the chat with the officer: the record's speakers head its boxed lines
    ('何璐（网格员）→ 杨阳：[聊天记录] “何璐和家园一号2010的聊天记录”\n┌ 家园一号2010 11月1日 10:37\n│ 何网格员，河南金鹏建材有限责任公司又开始冒黑烟了\n│ 何璐 10:46\n│ 收到，我马上报上去。您是哪个单元的？\n│ 家园一号2010 10:46\n│ 我是刘刚，住29栋104，手机18370318355，晚上打\n└\n杨阳：收到，已转郑州市生态环境局执法大队张军', 'forward',
     [('CN_SOCIAL_ACCOUNT', 0, 2, 'official'), ('CN_SOCIAL_ACCOUNT', 9, 11, 'third_party'), ('CN_SOCIAL_ACCOUNT', 20, 22, 'official'), ('CN_SOCIAL_ACCOUNT', 23, 31, 'reporter'), ('CN_SOCIAL_ACCOUNT', 40, 48, 'reporter'), ('ORGANIZATION', 68, 80, 'subject'), ('CN_SOCIAL_ACCOUNT', 90, 92, 'official'), ('CN_SOCIAL_ACCOUNT', 122, 130, 'reporter'), ('PERSON', 141, 143, 'reporter'), ('CN_ADDRESS', 145, 151, 'reporter'), ('CN_MOBILE', 154, 165, 'reporter'), ('CN_SOCIAL_ACCOUNT', 172, 174, 'third_party'), ('ORGANIZATION', 180, 192, 'official'), ('PERSON', 192, 194, 'official')]),
    # a patrol log exported as CSV: the grid worker's columns are staff, the 反映人 columns the reporter's
    ('网格巡查日志导出.xlsx  工作表：2021年巡查记录\n日期,网格,巡查人,巡查人电话,发现问题,反映人,反映人电话,处置情况\n8月6日,第3网格,刘峰,18271183383,安阳金鹏皮革厂的排气筒比楼还矮，烟直接往小区里钻,朴凯（下白沙村88号）,13288304057,已上报安阳市生态环境局\n二〇二一年八月三日,第2网格,刘峰,18271183383,复查安阳金鹏皮革厂（安阳市滑县循环经济产业园建设路294号），企业负责人林博（13892276710）承认夜间生产,朴某某,尾号4057,已反馈反映人', 'forward',
     [('PERSON', 75, 77, 'official'), ('CN_MOBILE', 78, 89, 'official'), ('ORGANIZATION', 90, 97, 'subject'), ('PERSON', 115, 117, 'reporter'), ('CN_ADDRESS', 118, 125, 'reporter'), ('CN_MOBILE', 127, 138, 'reporter'), ('ORGANIZATION', 142, 150, 'official'), ('PERSON', 166, 168, 'official'), ('CN_MOBILE', 169, 180, 'official'), ('ORGANIZATION', 183, 190, 'subject'), ('CN_ADDRESS', 191, 210, 'subject'), ('PERSON', 217, 219, 'subject'), ('CN_MOBILE', 220, 231, 'subject'), ('PERSON', 239, 242, 'reporter'), ('CN_MOBILE', 245, 249, 'reporter')]),
    # the same log as tab-separated cells: a flat in short in brackets after the resident
    ('日期\t网格\t巡查人\t巡查人电话\t发现问题\t反映人\t反映人电话\t处置情况\n1月12日\t第4网格\t尚旭\t18862583932\t拉渣土的车不盖篷布，路上全是灰\t马超（10栋2103）\t18862583000\t已劝导', 'forward',
     [('PERSON', 47, 49, 'official'), ('CN_MOBILE', 50, 61, 'official'), ('PERSON', 78, 80, 'reporter'), ('CN_ADDRESS', 81, 88, 'reporter'), ('CN_MOBILE', 90, 101, 'reporter')]),
    # a submission log: the phone the SMS code went to, the device its owner named after their nickname
    ('选择匿名举报\n[2024-06-08 17:48:36] 短信验证码649267已发送至13902418201，验证通过\n[2024-06-08 18:19:51] 提交 IP=117.223.215.92 UA=Mozilla/5.0 (Linux; Android 12) 设备名=青山爱家乡的手机', 'forward',
     [('CN_MOBILE', 44, 55, 'reporter'), ('IP_ADDRESS', 89, 103, 'reporter'), ('CN_SOCIAL_ACCOUNT', 143, 148, 'reporter')]),
    # a lawyer's letter: the client, their home in the brackets after their name, and the client's particulars
    ('律 师 函\n致：洛阳市生态环境局伊川分局\n河南德衡律师事务所接受刘雪梅（身份证号410302198406281784，住老城区刘集镇西李集村65号，电话18110919233）的委托，指派梅宁律师，就西工区昌隆再生资源厂的环境违法问题向贵局致函如下：\n附：授权委托书一份（委托人刘雪梅签字，委托人女/35岁/汉族）', 'forward',
     [('ORGANIZATION', 8, 20, 'official'), ('ORGANIZATION', 21, 30, 'reporter'), ('PERSON', 32, 35, 'reporter'), ('CN_ID_CARD', 40, 58, 'reporter'), ('CN_ADDRESS', 60, 73, 'reporter'), ('CN_MOBILE', 76, 87, 'reporter'), ('PERSON', 94, 96, 'reporter'), ('ORGANIZATION', 100, 110, 'subject'), ('PERSON', 139, 142, 'reporter'), ('DEMOGRAPHIC', 148, 149, 'reporter'), ('DEMOGRAPHIC', 150, 153, 'reporter'), ('DEMOGRAPHIC', 154, 156, 'reporter')]),
    # why: a home in the brackets of the reported boss is the boss's side
    ('老板王某（身份证号410302198406281784，住老城区刘集镇西李集村65号）偷排废水。', 'forward',
     [('PERSON', 2, 4, 'subject'), ('CN_ID_CARD', 9, 27, 'subject'), ('CN_ADDRESS', 29, 42, 'subject')]),
    # a transfer letter's reporter particulars: 住X and 单位是X after the name
    ('    举报人信息（保密）：刘岩，男，住安阳县东赵镇下柳林村8组52号，手机18084934520，单位是安阳市第八人民医院，别往单位打。', 'forward',
     [('PERSON', 14, 16, 'reporter'), ('DEMOGRAPHIC', 17, 18, 'reporter'), ('CN_ADDRESS', 20, 35, 'reporter'), ('CN_MOBILE', 38, 49, 'reporter'), ('ORGANIZATION', 53, 62, 'reporter')]),
    # a village's end after 住 in a chat line
    ('我是李博，住东高庙村东头，手机15764756541', 'forward',
     [('PERSON', 2, 4, 'reporter'), ('CN_ADDRESS', 6, 12, 'reporter'), ('CN_MOBILE', 15, 26, 'reporter')]),
    # why: 住 before no place-shaped word is no home
    ('他们厂里的人晚上住，住宿舍', 'forward',
     []),
    # why: 单位是 inside the reported party's field (被举报单位是) is the reported party's
    ('被举报单位是安阳市第八人民医院，排污。', 'forward',
     [('ORGANIZATION', 6, 15, 'subject')]),
    # why: the speakers of the quoted record are not among those talking; the two who talk are the reporter and the officer
    ('王文  2024年7月15日\n麦田1708：[聊天记录] 我和家园常在的聊天记录\n┌ 家园常在 11:56\n│ 上回那次暗管被堵了，现在又换了个地方接\n│ 麦田1708 12:14\n│ 那你敢不敢去举报\n└\n麦田1708：领导您看，就是这个情况。\n王文：收到，我报给河南省生态环境厅。', 'forward',
     [('CN_SOCIAL_ACCOUNT', 0, 2, 'official'), ('CN_SOCIAL_ACCOUNT', 15, 21, 'reporter'), ('CN_SOCIAL_ACCOUNT', 31, 35, 'third_party'), ('CN_SOCIAL_ACCOUNT', 43, 47, 'third_party'), ('CN_SOCIAL_ACCOUNT', 78, 84, 'reporter'), ('CN_SOCIAL_ACCOUNT', 104, 110, 'reporter'), ('CN_SOCIAL_ACCOUNT', 124, 126, 'official'), ('ORGANIZATION', 133, 141, 'official')]),
    # a nickname that opens with a staff title (网格员冯站长) heads the chat: the officer
    ('网格员冯站长  二〇二三年五月二十五日\n山鹰常在：[聊天记录] 我和向日葵常在的聊天记录\n┌ 向日葵常在 20:50\n│ 这个厂的老板刘先生说他跟河南省生态环境厅的人熟\n└\n山鹰常在：领导您看，就是这个情况。\n网格员冯站长：收到，我报给河南省生态环境厅。', 'forward',
     [('CN_SOCIAL_ACCOUNT', 0, 6, 'official'), ('CN_SOCIAL_ACCOUNT', 20, 24, 'reporter'), ('CN_SOCIAL_ACCOUNT', 34, 39, 'third_party'), ('CN_SOCIAL_ACCOUNT', 47, 52, 'third_party'), ('PERSON', 67, 70, 'subject'), ('ORGANIZATION', 73, 81, 'official'), ('CN_SOCIAL_ACCOUNT', 87, 91, 'reporter'), ('CN_SOCIAL_ACCOUNT', 105, 111, 'official'), ('ORGANIZATION', 118, 126, 'official')]),
]
# fmt: on


@pytest.mark.parametrize(("text", "policy", "expected"), CASES)
def test_found_with_role(text, policy, expected):
    got = [(f.entity_type, f.start, f.end, f.role) for f in Redactor(policy=policy).analyze(text)]
    assert got == expected
