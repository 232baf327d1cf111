"""Rewards, four layouts: a reward paid in two instalments (on filing and on closing the case),
each with its bank return slip (the bureau's fund account, the reporter's card; the second paid
to a new card after the first was lost) | a reward sent by postal money order (the 汇款单: the
payee's name, home, postcode and mobile; the post office; the money order number) | a reward
paid as points on the city's 碳普惠 app (the user ID is the mobile, the nickname, the real-name
check; the points and their value) | a 追回通知: one clue rewarded twice, the second time to a
relative's card, and the reporter asked to pay one back (the reporter's ID, the relative's
card, the bureau's account to pay into)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import Unseen14Slots, layout, put


def instalments(b: Builder, s: Unseen14Slots, rng: random.Random) -> None:
    put(b, s, "举报奖励分期发放记录  案件{N.caseno}\n")
    put(b, s, "受奖人§{R.name}  " + rng.choice(("身份证§{R.id}", "护照§{R.passport}（身份证§{R.id_tail6}）", "港澳居民来往内地通行证§{R.hkmo}")) + "  手机§{R.mobile}\n")
    put(b, s, "奖励总额§{N.bigmoney}，按立案、结案两期发放（各半）。\n\n")
    put(b, s, "【第一期 · 电子回单】\n付款人§{A.name}  账号§{A.bank}\n收款人§{R.name}  账号§{R.bank}\n"
        "金额§{N.half}  用途§举报奖励（立案）  交易时间§{N.stamp}  流水号§{N.serial}\n\n")
    if rng.random() < 0.5:
        put(b, s, "【第二期 · 电子回单】\n付款人§{A.name}  账号§{A.bank}\n收款人§{R.name}  账号§{R.bank_mask}\n"
            "金额§{N.half}  用途§举报奖励（结案）  交易时间§{N.stamp}  流水号§{N.serial}\n")
    else:
        card = s.fresh()
        put(b, s, "【第二期】受奖人称原卡已挂失，" + rng.choice(("改用新卡", "改用本人另一张卡")) + "：")
        b.add(s.pp(card, "bank_plain", "reporter")[0])
        put(b, s, "（开户行{U.branch}）。\n【第二期 · 电子回单】\n付款人§{A.name}  账号§{A.bank}\n收款人§{R.name}  账号§")
        b.add(s.pp(card, "bank_mask", "reporter")[0])
        put(b, s, "\n金额§{N.half}  用途§举报奖励（结案）  交易时间§{N.stamp}\n")
    put(b, s, "经办§{O.name}  复核§{D.name}\n")


def money_order(b: Builder, s: Unseen14Slots, rng: random.Random) -> None:
    put(b, s, "中国邮政 汇款单（存根联）\n汇票号码§{N.mo}  汇款日期§{N.date}\n")
    put(b, s, "收款人姓名§{R.name}\n收款人地址§{R.home}\n邮政编码§{N.postcode}  收款人电话§" +
        rng.choice(("{R.mobile}", "{R.mobile_fwsp}", "{R.tel}")) + "\n")
    put(b, s, "汇款金额§{N.money}  附言§" + rng.choice(("环境违法举报奖励", "举报奖金，请凭身份证领取", "奖励金")) + "\n")
    put(b, s, "汇款人§{A.name}  地址§{A.addr}  电话§{A.tel}\n收汇局§{U.post}\n")
    if rng.random() < 0.5:
        put(b, s, "兑付记录§{N.date}由{H.name}（{H.rel}）代领，验证代领人身份证{H.id_mask}及收款人身份证{R.id_tail6}。\n")
    else:
        put(b, s, "兑付记录§{N.date}收款人本人领取，验证身份证{R.id_mask}。\n")


def carbon(b: Builder, s: Unseen14Slots, rng: random.Random) -> None:
    put(b, s, "“" + s.c.city.name[:-1] + "碳普惠”平台 · 积分发放明细（举报奖励专项）\n")
    put(b, s, "批次§{N.serial}  发放单位§{A.name}  导出§{N.stamp}\n")
    put(b, s, "用户ID | 昵称 | 实名 | 积分 | 折合\n")
    put(b, s, "{R.mobile_plain} | {R.nick} | {R.name_mask} | {N.points} | {N.money}\n")
    for _ in range(rng.randint(1, 3)):
        p = s.fresh()
        b.add(s.pp(p, "mobile_mask", "reporter")[0])
        b.add(" | ")
        b.add(s.pp(p, "nick", "reporter")[0])
        b.add(" | ")
        b.add(s.pp(p, "name_mask", "reporter")[0])
        put(b, s, " | {N.points} | {N.money}\n")
    put(b, s, "说明§积分可在平台商城兑换公交卡充值、话费等；首行用户实名为{R.name}，" + rng.choice(("绑定的身份证{R.id_mask}。", "其手机号即登录ID。")) + "\n")


def clawback(b: Builder, s: Unseen14Slots, rng: random.Random) -> None:
    put(b, s, "举报奖金退回通知书\n{N.docno}\n\n{R.name}（身份证号{R.id}）：\n")
    put(b, s, "    你于{N.date}举报{S.name}一案，我局已于{N.date}向你发放奖金{N.money}。经审计发现，该线索于{N.date}"
        "又以你{K.kinword}{K.name}的名义申领一次，奖金打入{K.name}的银行卡{K.bank}（开户行{U.branch}）。\n")
    put(b, s, "    同一线索只奖励一次。请于{N.within}内将重复领取的{N.money}退回我局账户{A.bank}（户名：{A.name}）。\n")
    put(b, s, "    如有疑问，请联系{O.name}，{A.tel}" + rng.choice(("", "，或手机{A.mobile}")) + "。\n")
    put(b, s, "    送达地址§{R.home}  手机§{R.mobile}\n                                  {A.name}\n                                  {N.date}\n")


LAYOUTS = (instalments, money_order, carbon, clawback)


def build(b: Builder, s: Unseen14Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
