"""Transfers, four layouts: a 督办单 with a 举报人信息（保密） block apart from the case; a
county-to-town 交办 table, several complaints (each its own reporter and enterprise) per
table; an e-mail forward chain between offices with the officials' signatures and the
reporter's first message quoted at the bottom; a 转办 letter with an 附件 list that names the
reporter's own letter and ID copy."""

from __future__ import annotations

import random

from ..render import Builder
from .common import RECORD, TALK, WRONGS, Unseen4Slots, layout, pick_some, put


def supervise(b: Builder, s: Unseen4Slots, rng: random.Random) -> None:
    put(b, s, "{A.parent}\n环境信访案件督办单\n")
    put(b, s, "督办编号§{N.docno}    督办日期§{N.date}\n")
    put(b, s, "被督办单位§{A.town}\n")
    put(b, s, "案件来源§" + rng.choice(("{N.h12369}热线", "省厅转办", "市长信箱")) + "    原受理编号§{N.caseno}\n")
    put(b, s, "被举报单位§{S.name}    地址§{S.addr}\n")
    put(b, s, "主要问题§" + "；".join(pick_some(rng, RECORD, 2, 3)) + "。\n")
    put(b, s, "督办要求§请于{N.within}查处到位并书面报告，逾期未报的将通报。\n")
    put(b, s, "――――――――――――――――――――\n举报人信息（保密，不随件下发）\n")
    put(b, s, "姓名§{R.name}    性别§{R.gender}    联系电话§{R.mobile}\n")
    put(b, s, rng.choice(("住址§{R.home}\n", "工作单位§{W.name}\n", "身份证号§{R.id}\n")))
    put(b, s, rng.choice(("备注§举报人已第{N.num}次反映，情绪较大。\n", "备注§举报人要求回复结果到手机。\n", "")))
    put(b, s, "――――――――――――――――――――\n")
    put(b, s, "督办人§{O.name}    联系电话§{A.tel}    签发§{G.name}\n")


def town_table(b: Builder, s: Unseen4Slots, rng: random.Random) -> None:
    put(b, s, "{S.district}环境问题交办清单（" + rng.choice(("第{N.num}期", "{N.date}")) + "）\n")
    put(b, s, "交办单位§{A.name}    接收单位§{A.town}\n\n")
    put(b, s, "序号\t问题来源\t被反映对象\t地址\t反映问题\t反映人\t联系电话\t办理时限\n")
    for i in range(rng.randint(2, 4)):
        with s.row(i):
            put(b, s, f"{i + 1}\t" + rng.choice(("12369", "信件", "网络", "12345")) + "\t{S.name}\t{S.addr}\t")
            put(b, s, rng.choice(WRONGS) + "\t")
            put(b, s, rng.choice(("{R.name}\t{R.mobile}\t", "{R.ref}\t{R.mobile}\t", "匿名\t{R.mobile}\t", "{R.name}\t{R.tel}\t")))
            put(b, s, "{N.within}\n")
    put(b, s, "\n注§反映人信息仅供回访使用，不得向被反映对象泄露。\n")
    put(b, s, "经办人§{O.name}    电话§{A.tel}\n")


def mail_chain(b: Builder, s: Unseen4Slots, rng: random.Random) -> None:
    put(b, s, "发件人: {G.name} <{A.mail}>\n发送时间: {N.datetime}\n收件人: {D.name}\n")
    put(b, s, "主题: 转发: 转发: 关于{S.short}的举报\n\n")
    put(b, s, rng.choice(("{D.ref}：请镇里配合核查，{N.within}反馈。\n", "{D.ref}您好，附件是原件，请按程序办理。\n")))
    put(b, s, "\n{G.name}\n{A.dept}\n电话：{A.tel}" + rng.choice(("    手机：{G.mobile}", "")) + "\n\n")
    put(b, s, "-----原始邮件-----\n发件人: {O.name} <{A.mail}>\n发送时间: {N.datetime}\n收件人: {G.name}\n")
    put(b, s, "主题: 转发: 关于{S.short}的举报\n\n")
    put(b, s, "{G.ref}，下面是群众来信，涉及{S.name}（{S.addr}），请阅。" +
              rng.choice(("举报人要求保密。", "举报人电话已核实。", "")) + "\n\n{O.name}\n{A.name}\n\n")
    put(b, s, "-----原始邮件-----\n发件人: {R.name} <{R.email}>\n发送时间: {N.datetime}\n收件人: {A.mail}\n")
    put(b, s, "主题: 关于{S.short}的举报\n\n")
    put(b, s, "你好，" + "。".join(pick_some(rng, TALK, 2, 3)) + "。\n")
    put(b, s, rng.choice(("{R.name}\n{R.mobile}\n", "{R.ref}  {R.mobile}\n", "{R.name}（{W.name}）\n手机{R.mobile}\n")))


def letter(b: Builder, s: Unseen4Slots, rng: random.Random) -> None:
    put(b, s, "{A.parent}\n")
    put(b, s, "关于转办群众举报{S.short}环境问题的函\n")
    put(b, s, "{N.docno}\n\n" + rng.choice(("{A.town}", "{A.dept}")) + "：\n")
    put(b, s, "    我局于{N.date}收到群众" + rng.choice(("来信", "来访", "网上举报")) + "，反映{S.name}" +
              "，".join(pick_some(rng, WRONGS, 1, 2)) + "。")
    put(b, s, "根据有关规定，现转你单位依法处理，请于{N.within}将办理结果报我局，并答复举报人。\n")
    put(b, s, "    举报人要求对其身份保密，请严格执行举报人保密制度。\n\n")
    put(b, s, "    附件：1. 举报信（举报人：{R.name}）\n")
    put(b, s, rng.choice(("          2. 举报人身份证复印件（{R.id}）\n", "          2. 现场照片" + str(rng.randint(3, 12)) + "张\n",
                          "          2. 举报人联系方式：{R.mobile}\n", "          2. 举报人提供的网络视频链接：{R.url}\n")))
    put(b, s, rng.choice(("          3. 企业营业执照（统一社会信用代码{S.uscc}）\n", "          3. 视频光盘1张\n", "")))
    put(b, s, "\n                              {A.parent}\n                              {N.date}\n")
    put(b, s, "（联系人：{O.name}，电话：{A.tel}；地址：{A.street}）\n")


LAYOUTS = (supervise, town_table, mail_chain, letter)


def build(b: Builder, s: Unseen4Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
