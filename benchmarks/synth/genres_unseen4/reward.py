"""Reward documents, four layouts: a 举报奖励决定书 addressed to the reporter; a 领奖确认单 with
bank account, ID and signature (sometimes collected by a relative with their own ID); a
published 奖励公告 with masked reporters (李**、139****1234) where one row may be left unmasked;
an internal 奖励资金拨付 list, one row per reporter, with bank accounts and amounts."""

from __future__ import annotations

import random

from ..render import Builder
from .common import WRONGS, Unseen4Slots, layout, put


def decision(b: Builder, s: Unseen4Slots, rng: random.Random) -> None:
    put(b, s, "{A.name}\n环境违法行为举报奖励决定书\n{N.award}\n\n")
    put(b, s, rng.choice(("{R.name}（身份证号码：{R.id}）：\n", "{R.name}：\n", "举报人{R.name}（联系电话{R.mobile}）：\n")))
    put(b, s, "    你于{N.date}通过" + rng.choice(("{N.h12369}热线", "书面来信", "微信公众号")) + "举报{S.name}（统一社会信用代码{S.uscc}）")
    put(b, s, rng.choice(WRONGS) + "。")
    put(b, s, "经查证属实，我局已依法对该企业作出行政处罚（{N.penalty}），罚款{N.money}。\n")
    put(b, s, "    根据《" + s.c.city.province + "环境违法行为举报奖励办法》，经研究，决定给予你奖励{N.money_cn}。\n")
    put(b, s, "    请于{N.within}持本人身份证原件及本决定书到{A.addr}领取，或提供本人银行账户由我局转账。\n")
    put(b, s, rng.choice(("    你的举报信息我局将严格保密。\n", "",
                          "    你在举报时提供的银行账户（{P.bank}，卡号{R.bank}）如有变更，请及时告知。\n",
                          "    奖金将转入你尾号{R.bank_tail}的银行卡。\n")))
    put(b, s, "\n                              {A.name}\n                              {N.date}\n")
    put(b, s, "（联系人：{O.name}    电话：{A.tel}）\n")


def receipt(b: Builder, s: Unseen4Slots, rng: random.Random) -> None:
    put(b, s, "举报奖励领取确认单\n")
    put(b, s, "奖励决定文号§{N.award}    奖励金额§{N.money_cn}\n")
    put(b, s, "举报人姓名§{R.name}    性别§{R.gender}\n")
    put(b, s, rng.choice(("身份证号码§{R.id}\n", "身份证号码§{R.id}\n", "证件类型§{R.doc}\n")))
    put(b, s, "联系电话§{R.mobile}\n")
    put(b, s, rng.choice(("家庭住址§{R.home}\n", "工作单位§{W.name}\n", "")))
    put(b, s, "领取方式§" + rng.choice(("银行转账", "银行转账", "现金")) + "\n")
    put(b, s, "开户银行§{P.bank}    户名§{R.name}\n银行账号§{R.bank}\n")
    if rng.random() < 0.45:
        put(b, s, "代领人§{K.name}（举报人{K.rel}）    代领人身份证号§{K.id}    代领人电话§{K.mobile}\n")
        put(b, s, "代领原因§举报人" + rng.choice(("外出务工", "住院", "年事已高行动不便")) + "，出具委托书。\n")
    put(b, s, "领奖人签字§{R.name}        {N.date}\n")
    put(b, s, "经办人§{O.name}    审核人§{G.name}\n")
    put(b, s, "（本单一式两份，举报人信息保密，不得对外公开）\n")


def masked(b: Builder, s: Unseen4Slots, rng: random.Random) -> None:
    put(b, s, "{A.name}关于" + f"{s.c.year}" + "年度第{N.num}批环境违法行为举报奖励的公告\n")
    put(b, s, "    根据举报奖励办法，经审核，决定对以下举报人给予奖励，现予公告：\n")
    forgot = rng.randrange(7)
    for i in range(rng.randint(3, 5)):
        with s.row(i):
            if i == forgot:
                who = rng.choice(("{R.name}（{R.mobile}）", "{R.name}、{R.mobile}"))
            else:
                who = rng.choice(("{R.masked_name}（{R.masked_mobile}）", "{R.masked_name}、{R.masked_mobile}",
                                  "{R.masked_name}（身份证{R.masked_id}）", "{R.masked_name}",
                                  "{R.masked_name}（账号{R.masked_bank}）"))
            put(b, s, f"    {i + 1}. " + who + "，举报{S.name}" + rng.choice(("偷排废水", "违规排放废气", "非法倾倒危废")) +
                      "，奖励{N.money}。\n")
    put(b, s, "    请获奖举报人于{N.within}凭身份证到{A.name}领取奖金。咨询电话：{A.tel}。\n")
    put(b, s, "\n                              {A.name}\n                              {N.date}\n")


def payout(b: Builder, s: Unseen4Slots, rng: random.Random) -> None:
    put(b, s, "举报奖励资金拨付明细表（内部）\n")
    put(b, s, "填报单位§{A.name}    填报日期§{N.date}\n")
    put(b, s, "序号\t举报人\t身份证号\t开户行\t账号\t金额\t奖励决定文号\t被举报单位\t备注\n")
    n = rng.randint(2, 4)
    for i in range(n):
        with s.row(i):
            put(b, s, f"{i + 1}\t" + "{R.name}\t{R.id_plain}\t{P.bank}\t{R.bank}\t{N.money}\t{N.award_row}\t{S.name}\t")
            put(b, s, rng.choice(("", "交易流水号{N.txn}", "电话{R.mobile}", "联名举报，平分")) + "\n")
    put(b, s, f"\n合计§{n}笔\n")
    put(b, s, "制表人§{O.name}    财务审核§{G.name}    分管领导§{D.name}\n")


LAYOUTS = (decision, receipt, masked, payout)


def build(b: Builder, s: Unseen4Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
