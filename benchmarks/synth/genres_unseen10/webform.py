"""Web and app forms, four layouts: a WeChat mini-program submission with its JSON payload
(openid, nickname, phone, a located address and coordinates, the target's name and USCC as
the user typed them) | a photo upload of a 随手拍 report with its EXIF block (device name
carrying the reporter's name, GPS, shot time) and the form fields | a CSV export of a
campaign's reward-clue collection (several submitters, each a reporter, each about the same
plant) | a form keyed in by a grid worker for an elderly resident (录入人 the official with
their own mobile; the resident's name, ID, home; a relative's phone)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import TALK, Unseen10Slots, layout, put, some


def mini_program(b: Builder, s: Unseen10Slots, rng: random.Random) -> None:
    put(b, s, "“{N.h12369}环保随手拍”小程序 提交记录（后台原始报文）\n提交时间§{N.stamp}\n")
    put(b, s, '{\n  "openid": "{R.openid}",\n  "nickName": "{R.nick}",\n  "phone": "{R.mobile_plain}",\n')
    put(b, s, '  "realName": "' + rng.choice(("{R.name}", "")) + '",\n')
    put(b, s, '  "location": {"lat": {N.geo}, "lng": {N.geo2}, "address": "{R.home}"},\n')
    put(b, s, '  "target": {"name": "{S.name}", "creditCode": "{S.uscc_plain}"},\n')
    put(b, s, '  "content": "' + "，".join(some(rng, TALK, 1, 2)) + '",\n  "clientIp": "{R.ip}",\n  "anonymous": true\n}\n')
    put(b, s, "处理§系统分派至{A.name}，处理人{O.name}\n")


def photo_exif(b: Builder, s: Unseen10Slots, rng: random.Random) -> None:
    put(b, s, "网上举报 附件信息\n举报人§{R.name}  手机§{R.mobile}\n举报对象§{S.name}\n")
    put(b, s, "附件1§{N.photo}.jpg\n  EXIF 设备名称§{R.device}\n  EXIF 拍摄时间§{N.stamp}\n"
        "  EXIF GPS§{N.geo}, {N.geo2}\n")
    put(b, s, "附件2§{N.photo}.jpg（拍摄于{S.addr}东侧围墙外）\n")
    put(b, s, "举报内容§" + "；".join(some(rng, TALK, 2, 3)) + "。\n")
    put(b, s, "审核意见§附件元数据含举报人姓名，转办前须处理。审核人{O.name}\n")


def clue_csv(b: Builder, s: Unseen10Slots, rng: random.Random) -> None:
    second = s.new_person(near_reporter=True)
    third = s.new_person(near_reporter=True)
    s.bind("X", second, "reporter")
    s.bind("V", third, "reporter")
    put(b, s, "# 导出：“打击夜间偷排”有奖线索征集（{N.date}）\n")
    put(b, s, "序号,提交时间,姓名,手机号,身份证号,线索对象,线索内容\n")
    put(b, s, "1,{N.stamp},{R.name},{R.mobile_plain},{R.id_plain},{S.name},\"" + rng.choice(TALK) + "\"\n")
    put(b, s, "2,{N.stamp},{X.name},{X.mobile_plain},,{S.short},\"住{X.compound}，晚上味道大\"\n")
    put(b, s, "3,{N.stamp},{V.mou},{V.mobile_plain},{V.id_plain},{S.name},\"同意1号说法\"\n")
    put(b, s, "# 导出人：{O.name}（{A.name}）\n")


def grid_keyed(b: Builder, s: Unseen10Slots, rng: random.Random) -> None:
    put(b, s, "群众诉求代录单\n录入渠道§网格员代录  录入人§{G.name}（网格员，手机{G.mobile}）\n")
    put(b, s, "诉求人§{R.name}  {R.demo}\n身份证号§{R.id}\n住址§{R.home}\n")
    put(b, s, "联系电话§本人无手机，联系其{K.rel_word}{K.name}，电话{K.mobile}\n")
    put(b, s, "诉求内容§老人口述：" + "，".join(some(rng, TALK, 2, 3)) + "。\n")
    put(b, s, "涉及单位§{S.name}，地址{S.addr}\n")
    put(b, s, "代录说明§诉求人要求保密，{A.town}审核后转{A.name}。\n")


LAYOUTS = (mini_program, photo_exif, clue_csv, grid_keyed)


def build(b: Builder, s: Unseen10Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
