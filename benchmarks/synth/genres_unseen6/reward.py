"""Reward papers, four layouts: a 领奖通知 sent by registered post (the envelope's 收件人 block,
postcode, what to bring, the clerk's phone); a UnionPay / mobile-banking transfer receipt read
back from a screenshot (收款人 masked, card tail, 转账单号, the bureau's fund account); a
授权委托书 by which a reporter living away (港澳通行证 or passport) lets a relative collect the
reward (both IDs and mobiles); the 偶然所得 individual income tax withholding record of the
reward (name, ID, amount, rate, tax)."""

from __future__ import annotations

import random

from ..render import Builder, Piece
from .common import Unseen6Slots, layout, put


def post_notice(b: Builder, s: Unseen6Slots, rng: random.Random) -> None:
    put(b, s, "挂号信\n收件人§{R.name}  " + rng.choice(("{R.mobile}", "{R.tel}")) + "\n")
    put(b, s, "地址§{R.home}    邮编§{N.postcode}\n寄件§{A.name}  {A.addr}\n")
    put(b, s, "————————————\n领取举报奖励通知\n\n{R.name}" + rng.choice(("同志", "先生/女士")) + "：\n")
    put(b, s, "    您于{N.date}举报的{S.name}环境违法问题（{N.caseno}）经查属实，")
    put(b, s, "根据有关规定，决定给予奖励{N.money}。\n")
    put(b, s, "    请于{N.within}携带本人身份证原件及银行卡到{A.addr}领取，" +
        rng.choice(("也可来电告知卡号，由我局转账。", "不便前来的，可委托他人代领（需授权委托书）。")) + "\n")
    put(b, s, "    联系人§{O.name}  {A.tel}" + rng.choice(("", "  手机{O.mobile}")) + "\n")
    put(b, s, "{A.name}\n{N.date}\n")


def transfer_receipt(b: Builder, s: Unseen6Slots, rng: random.Random) -> None:
    put(b, s, "{N.hm}\n转账成功\n{N.money}\n")
    put(b, s, "收款人§" + rng.choice(("{R.name_masked}", "*{R.given}", "{R.name}")) + "\n")
    put(b, s, "收款账户§" + rng.choice(("尾号{R.bank_tail}", "{R.bank}")) + "\n")
    put(b, s, "付款账户§{A.name}举报奖励专户 {A.bank}\n")
    put(b, s, "转账时间§{N.datetime}\n转账单号§{N.transno}\n附言§举报奖励 {N.caseno}\n")
    put(b, s, "（截图由{O.name}发至举报人" + rng.choice(("微信{R.wechat}", "手机{R.mobile}", "")) + "，作为发放凭证存档）\n")


def proxy_letter(b: Builder, s: Unseen6Slots, rng: random.Random) -> None:
    put(b, s, "授 权 委 托 书\n\n委托人§{R.name}，{R.gender}，")
    put(b, s, rng.choice(("港澳居民来往内地通行证号{R.hkmo}", "护照号{R.passport}", "身份证号{R.id}")) + "，")
    put(b, s, rng.choice(("户籍地址{R.home}，", "")) + "现居" + rng.choice(("外地", "境外")) + "，联系电话{R.mobile}。\n")
    put(b, s, "受托人§{K.name}，身份证号{K.id}，手机{K.mobile}，系委托人的" + rng.choice(("儿子", "侄子", "弟弟")) + "。\n")
    put(b, s, "    委托人因在外地工作，无法亲自领取举报{S.name}违法排污的奖励（{N.caseno}），")
    put(b, s, "特委托受托人代为领取并签字。\n    受托人收款账户§{K.bank_named}\n")
    put(b, s, "委托人（签字）§{R.name}    受托人（签字）§{K.name}\n{N.date}\n")
    put(b, s, "经办人核验§{O.name}（已核对受托人身份证原件）\n")


def tax_record(b: Builder, s: Unseen6Slots, rng: random.Random) -> None:
    put(b, s, "代扣代缴个人所得税明细（偶然所得—举报奖励）\n扣缴义务人§{A.name}\n")
    put(b, s, "序号,姓名,证件类型,证件号码,所得金额,税率,应扣税额,备注\n")
    n = rng.randint(1, 3)
    for i in range(n):
        who = "R" if i == 0 else "X"
        if i:
            s.bind("X", s.new_person(), "reporter")
        note = rng.choice(("", "联名举报", "家属代领")) if i else rng.choice(("", "举报" + "{S.short}"))
        amount = rng.choice((500, 1000, 2000, 3000, 5000, 10000, 20000))
        put(b, s, f"{i + 1},{{{who}.name}},居民身份证,{{{who}.id}},")
        b.add(Piece(f"{amount:.2f}", never="money"))
        put(b, s, ",{N.tax},")
        b.add(Piece(f"{amount * 0.2:.2f}", never="money"))
        put(b, s, f",{note}\n")
    put(b, s, "制表§{O.name}    复核§{D.name}    {N.date}\n")


LAYOUTS = (post_notice, transfer_receipt, proxy_letter, tax_record)


def build(b: Builder, s: Unseen6Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
