"""Hotline records, four layouts: a 12345 merged-hotline work order exported from the
government platform, with its flow (派单, a town's 退单 that names the caller's flat, 改派 to
the bureau) | a frequent-caller register of the 12369 desk (the reporter called many times;
the plant's landline also calling to ask who; a third caller tagged as unrelated) | a call
from a village shop's phone (the shopkeeper's landline and name are the shop's, a third
party; the caller gives their own mobile later) | an identity check before a follow-up (the
caller proves who they are with the last six digits of the ID and the old ticket)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import BARE, CONTACT, TALK, Unseen10Slots, layout, put, some


def merged_order(b: Builder, s: Unseen10Slots, rng: random.Random) -> None:
    put(b, s, "【{N.h12345}政务服务便民热线 工单导出】\n工单编号§{N.order}  来源渠道§电话  紧急程度§一般\n")
    put(b, s, "诉求人§{R.name}  性别§{R.gender}  联系电话§{R.mobile}  是否保密§是\n")
    put(b, s, "诉求地址§{R.home}\n被反映对象§{S.name}（{S.addr}）\n")
    put(b, s, "诉求内容§" + "；".join(some(rng, TALK, 2, 3)) + "。\n")
    put(b, s, "流转记录：\n[{N.stamp}] 派单 → {A.town}\n")
    put(b, s, "[{N.stamp}] 退单 {A.town}（经办人{G.name}）：退单理由：诉求人住" +
        rng.choice(("{R.flat}", "{R.compound}")) + "，污染源在邻区，非我镇辖区，建议改派。\n")
    put(b, s, "[{N.stamp}] 改派 → {A.name}（联系人{O.name}，{A.tel}）\n")
    put(b, s, "[{N.stamp}] 回访§已电话回访诉求人" + rng.choice(("{R.honor}", "{R.mou}")) + "（尾号{R.mobile_tail}），"
        + rng.choice(("表示基本满意。", "表示不满意，要求现场复查。")) + "\n")


def frequent_callers(b: Builder, s: Unseen10Slots, rng: random.Random) -> None:
    put(b, s, "{N.h12369}热线 高频来电登记表（本月）\n")
    put(b, s, "序号¦来电号码¦登记姓名¦来电次数¦标签¦备注\n")
    put(b, s, "1¦{R.mobile_plain}¦{R.name}¦{N.count}¦重复诉求¦反映{S.short}夜间排放，住{R.compound}\n")
    put(b, s, "2¦{S.tel_plain}¦" + rng.choice(("{B.ref}", "{E.name}")) + "¦{N.count}¦询问类¦被反映单位来电，追问举报人身份，已拒绝\n")
    put(b, s, "3¦{T.mobile_plain}¦{T.name}¦{N.count}¦无关诉求¦咨询{N.hotline}\n")
    put(b, s, "\n班长意见§1号来电人{R.honor}所反映问题属实的可能性大，" + rng.choice(BARE) +
        "，请{A.name}{D.name}优先核查；2号来电系{S.name}所为，不得向其透露1号来电人信息。\n")
    put(b, s, "登记人§{O.name}  日期§{N.date}\n")


def shop_phone(b: Builder, s: Unseen10Slots, rng: random.Random) -> None:
    put(b, s, "{N.h12369}来电记录\n来电时间§{N.datetime}\n")
    put(b, s, "来电号码§{Y.tel}（来电人称借用村口{U.shop}店主{Y.name}的座机，本人手机没信号）\n")
    put(b, s, "来电人§{R.name}，" + rng.choice(("{R.age}", "{R.gender}，{R.age}")) + "，住{R.home}\n")
    put(b, s, "反映内容§" + "，".join(some(rng, TALK, 2, 3)) + "。\n")
    put(b, s, "回复方式§请打来电人本人手机" + rng.choice(("{R.mobile}", "{R.mobile_plain}")) +
        "（或" + rng.choice(CONTACT) + "），不要打小卖部电话，" + rng.choice(("店主和厂里老板是亲戚。", "怕店主知道是谁打的。")) + "\n")
    put(b, s, "处理§转{A.name}，接收人{D.name}\n")


def identity_check(b: Builder, s: Unseen10Slots, rng: random.Random) -> None:
    put(b, s, "来电人身份核验记录（{N.h12369}）\n核验时间§{N.stamp}  坐席§{O.name}\n")
    put(b, s, "来电号码§{R.mobile}（与原工单{N.caseno}预留号码" + rng.choice(("一致", "不一致，原号码为{R.tel}")) + "）\n")
    put(b, s, "核验方式§报" + rng.choice(("身份证后六位{R.id_tail6}", "港澳通行证号{R.hkmo}", "护照号{R.passport}")) + "，报原工单登记姓名{R.name}，核验通过\n")
    put(b, s, "来电目的§查询对{S.name}的处理进度；来电人称" + rng.choice(TALK) + "。\n")
    if rng.random() < 0.5:
        put(b, s, "补充§来电人要求今后由其{K.rel_word}{K.name}（{K.mobile}）代为接收回复。\n")
    else:
        put(b, s, "补充§来电人新工作单位{W.name}，白天不便接听。\n")
    put(b, s, "答复§已告知{A.name}正在办理，承办人{D.name}。\n")


LAYOUTS = (merged_order, frequent_callers, shop_phone, identity_check)


def build(b: Builder, s: Unseen10Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
