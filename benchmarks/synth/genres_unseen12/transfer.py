"""Transfers, four layouts: the transcript of an enforcement officer's body-camera (执法记录仪)
footage of the site visit, the reporter guiding the officers to the back wall while the
workshop head watches | a 立案审批表 (case source: the reporter's report; the plant with USCC
and legal representative; two 承办人) | a 信访事项登记—受理—转送 sheet with the 受理回执 SMS sent
to the reporter quoted | a 信息泄露事件报告: the reply to the reporter was mailed to the
plant's address by mistake (what was exposed, who signed for it, what was done)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import FOUND, SAYS, Unseen12Slots, few, layout, put


def bodycam(b: Builder, s: Unseen12Slots, rng: random.Random) -> None:
    put(b, s, "执法记录仪视频文字整理（{A.name}）\n设备编号§{N.num}号  执法人员§{O.name}、{D.name}\n")
    put(b, s, "[{N.hms}] {O.name}：我们到{S.name}东侧了，举报人带路。\n")
    put(b, s, "[{N.hms}] 举报人{R.name}：就这个口子，晚上往外冒黑水，" + rng.choice(SAYS) + "。\n")
    put(b, s, "[{N.hms}] {D.name}：您电话还是{R.mobile}吧？一会儿取样完给您打电话。\n")
    put(b, s, "[{N.hms}] （画面：车间主任{E.name}从厂里出来，看向举报人）\n")
    put(b, s, "[{N.hms}] {E.name}：{R.ref}，你又来干啥？\n")
    put(b, s, "[{N.hms}] {O.name}：请您先回避。（举报人离开，往{R.compound}方向）\n")
    put(b, s, "[{N.hms}] {O.name}：联系一下你们负责人{B.name}。\n")
    put(b, s, "整理人§{D.name}  备注§视频中举报人正脸出镜，对外提供须打码。\n")


def filing(b: Builder, s: Unseen12Slots, rng: random.Random) -> None:
    put(b, s, "立案审批表\n编号§{N.docno}\n案件来源§群众举报（举报人{R.name}，{R.mobile}，{R.home}）\n")
    put(b, s, "当事人§{S.name}\n统一社会信用代码§{S.uscc}\n法定代表人§{B.name}  电话§{B.mobile}\n地址§{S.addr}\n")
    put(b, s, "简要案情§" + "；".join(few(rng, FOUND, 2, 3)) + "。\n")
    put(b, s, "承办人意见§建议立案。承办人§{O.name}、{D.name}  {N.date}\n")
    put(b, s, "负责人审批意见§同意立案，{N.within}内调查终结。\n")
    if rng.random() < 0.5:
        put(b, s, "附§举报人来信复印件、身份证复印件（{R.id}）、现场照片。\n")


def register_sms(b: Builder, s: Unseen12Slots, rng: random.Random) -> None:
    put(b, s, "信访事项登记、受理、转送单\n一、登记\n信访人§{R.name}  性别§{R.gender}  证件号码§{R.id}\n")
    put(b, s, "联系电话§{R.mobile}  通讯地址§{R.home}\n信访事项§" + rng.choice(SAYS) + "。\n")
    put(b, s, "二、受理（已于{N.datetime}短信告知）\n短信内容：“{R.honor}您好，您反映的{S.short}问题已受理（{N.docno}），"
        "答复期限{N.within}。{A.name}”  接收号码：{R.mobile_plain}\n")
    if rng.random() < 0.5:
        put(b, s, "（首次发送失败，经信访人同意改发其{K.kinword}{K.name}手机{K.mobile_plain}）\n")
    put(b, s, "三、转送\n转送单位§{A.town}  被反映单位§{S.name}（{S.addr}）\n经办人§{O.name}  电话§{A.tel}\n")


def misdelivery(b: Builder, s: Unseen12Slots, rng: random.Random) -> None:
    put(b, s, "关于一份信访答复意见书错寄的情况报告\n{A.parent}：\n")
    put(b, s, "  {N.date}，我局寄送{R.name}的答复意见书（{N.docno}），因经办人{D.name}误将收件地址填为被反映单位地址"
        "{S.addr}，由{U.courier}（运单号{N.waybill}）送达{S.name}，签收人为该公司前台{E.name}。\n")
    put(b, s, "  答复书载有信访人姓名、手机号{R.mobile}、住址{R.home}" + rng.choice(("", "及工作单位{W.name}")) + "。\n")
    put(b, s, "  发现后，{O.name}当日联系{S.short}负责人{B.name}（{B.mobile}）收回原件，并向{R.honor}当面致歉，"
        "正确地址重寄。\n  整改措施§寄件前双人核对收件人，答复书不再载明信访人手机号。\n")
    put(b, s, "{A.name}\n{N.date}\n")


LAYOUTS = (bodycam, filing, register_sms, misdelivery)


def build(b: Builder, s: Unseen12Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
