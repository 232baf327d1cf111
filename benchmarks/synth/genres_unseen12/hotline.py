"""Hotline records, four layouts: a 12345 work order exported as one long line of key=value
pairs | a call from a former employee of the plant (离职员工) naming the workshop head and the
environmental officer | a 12369 call about an individual business (a car wash, a restaurant:
the owner is a natural person) | a 工单信息更正申请 where the agent had typed the caller's
mobile into the reported party's field and asks to correct it."""

from __future__ import annotations

import random

from ..render import Builder
from .common import FOUND, REACH, SAYS, Unseen12Slots, few, layout, put, shop_says

KV_EXTRA = (
    "来电人性别={R.gender}",
    "来电人年龄={R.age}",
    "备用电话={H.mobile}",
    "来电人单位={W.name}",
    "证件号码={R.id}",
    "微信={R.wechat}",
)


def kv_line(b: Builder, s: Unseen12Slots, rng: random.Random) -> None:
    put(b, s, "# 12345工单导出（单行格式，字段以;分隔）\n")
    parts = ["工单编号={N.order}", "受理渠道={N.h12345}热线", "来电时间={N.stamp}", "来电号码={R.mobile_plain}",
             "来电人=" + rng.choice(("{R.name}", "{R.honor}")), "联系电话={R.mobile}",
             "诉求地址=" + rng.choice(("{R.home}", "{R.compound}")), "被反映对象={S.name}", "事发地址={S.addr}",
             "诉求内容=" + rng.choice(SAYS) + "，" + rng.choice(SAYS), "是否保密=是", "派发单位={A.name}",
             "承办人={O.name}", "承办电话={A.tel}"]
    parts[6:6] = few(rng, KV_EXTRA, 1, 3)
    if rng.random() < 0.5:
        parts.append("回访号码={R.mobile_plain}")
    put(b, s, ";".join(parts) + ";\n")


def former_employee(b: Builder, s: Unseen12Slots, rng: random.Random) -> None:
    put(b, s, "{N.h12369}来电记录  记录人§{O.name}  时间§{N.datetime}\n")
    put(b, s, "来电人自述系{S.name}离职员工，" + rng.choice(("去年底离职", "上个月刚被辞退", "干了六年才走")) +
        "，原在" + rng.choice(("喷涂车间", "酸洗车间", "污水站", "仓库")) + "，工号{R.workno}。\n")
    put(b, s, "来电人：我叫{R.name}，现在在{W.name}上班，电话{R.mobile}。厂里认得我的声音，千万别说是我。\n")
    put(b, s, "来电人：车间主任{E.name}，手机{E.mobile}，每周三夜里让人把废液桶拉到后墙外倒掉；"
        "环保专员{M.name}专门应付检查，检查前一天会在群里通知。\n")
    put(b, s, "来电人：" + rng.choice(SAYS) + "。厂长是{B.name}，老板电话{B.mobile}。\n")
    if rng.random() < 0.6:
        put(b, s, "来电人：还在厂里的{Y.surname}师傅也知道，但他不敢说，别去找他。\n")
    if rng.random() < 0.5:
        put(b, s, "来电人：我和厂里有劳动仲裁（{N.arbno}），但这是两回事。\n")
    put(b, s, "处理意见§转{A.name}核查，注意保护来电人，不得向企业透露其离职员工身份。\n")


def shop_call(b: Builder, s: Unseen12Slots, rng: random.Random) -> None:
    put(b, s, "{A.name} {N.h12369} 来电受理单\n受理时间§{N.datetime}\n")
    put(b, s, "被投诉对象§{S.shop}（个体工商户）  经营者§{F.name}  经营者电话§{F.mobile}\n")
    put(b, s, "经营地址§{S.shop_addr}\n")
    put(b, s, "投诉内容§" + shop_says(s, rng, 2, 3) + "。\n")
    put(b, s, "投诉人§{R.name}  住址§" + rng.choice(("{R.home}", "{R.flat}（就在店楼上）")) + "  电话§{R.mobile}\n")
    if rng.random() < 0.6:
        put(b, s, "补充§同楼{Y.name}（{Y.mobile}）也被熏得不行，但不愿出面。\n")
    put(b, s, "投诉人要求§" + rng.choice(("不要让店老板知道是楼上的", "处理结果短信告知", "别上门，" + rng.choice(REACH))) + "。\n")
    put(b, s, "转办§{A.market}、{A.town}  受理人§{O.name}\n")


def correction(b: Builder, s: Unseen12Slots, rng: random.Random) -> None:
    put(b, s, "工单信息更正申请\n工单编号§{N.order}  申请人§{O.name}（坐席）  审核人§{D.name}\n")
    put(b, s, "更正原因§受理时误将来电人手机号录入“被反映对象联系电话”字段，且“被反映对象”误录为来电人姓名，已派发至{A.town}。\n")
    put(b, s, "字段¦原录入值¦更正后\n")
    put(b, s, "被反映对象¦{R.name}¦{S.name}\n")
    put(b, s, "被反映对象联系电话¦{R.mobile_plain}¦{S.tel}\n")
    put(b, s, "来电人¦（空）¦{R.name}\n")
    put(b, s, "来电人电话¦（空）¦{R.mobile}\n")
    put(b, s, "事发地址¦{R.home}¦{S.addr}\n")
    put(b, s, "影响评估§" + rng.choice(("镇里已按原值电话联系，接电话的是{R.honor}本人", "镇里尚未联系，已撤回重派",
                                    "{B.ref}已从镇里得知来电人电话尾号{R.mobile_tail}")) + "。\n")
    put(b, s, "办理情况§" + "；".join(few(rng, FOUND, 1, 2)) + "。\n")


LAYOUTS = (kv_line, former_employee, shop_call, correction)


def build(b: Builder, s: Unseen12Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
