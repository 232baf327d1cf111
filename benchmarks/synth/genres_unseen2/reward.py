"""奖励公示 and reward paperwork, four layouts: a 举报奖励公示 table (the reporter masked as
notices print it, or in full), a 奖励通知书 addressed to the reporter (ID card and bank
account to collect the money), a 奖励审批表 with the reporter's identity fields, and a
prose 公示 that lists rewards under 一、二、."""

from __future__ import annotations

import random

from ..render import Builder
from .common import ABOUT_FORMAL, Unseen2Slots, layout, put, some

DEEDS = ("私设暗管偷排生产废水", "夜间露天焚烧废料", "非法倾倒危险废物{N.amount}", "在线监测数据造假",
         "未批先建、擅自投产", "拆除治污设施生产")
BASIS = ("《{A.parent}环境违法行为有奖举报办法》", "《生态环境违法行为举报奖励办法》", "有关举报奖励规定")


def table(b: Builder, s: Unseen2Slots, rng: random.Random) -> None:
    put(b, s, "{N.doc_reward}\n" + rng.choice(("环境违法行为举报奖励公示\n", "{A.name}举报奖励情况公示（第{N.num}期）\n")))
    put(b, s, "    根据" + rng.choice(BASIS) + "，经审核，拟对下列举报予以奖励，现予公示：\n")
    put(b, s, "序号 | 举报者 | 被举报单位 | 查实问题 | 奖励金额\n")
    who = rng.choice(("{R.masked_name}", "{R.masked_name}（手机{R.masked_mobile}）", "{R.name}", "{R.surname_ref}"))
    put(b, s, f"1 | {who} | {{S.name}} | " + rng.choice(ABOUT_FORMAL) + " | {N.money}\n")
    put(b, s, "    公示期{N.days}，如有异议，请与{A.dept}联系，联系电话{A.tel}，联系人{O.name}。\n")
    put(b, s, "                        {A.name}\n                        {N.date}\n")


def notification(b: Builder, s: Unseen2Slots, rng: random.Random) -> None:
    put(b, s, "举报奖励通知书\n{N.doc_reward}\n")
    put(b, s, rng.choice(("{R.name}：\n", "举报者{R.name}（身份证号{R.id}）：\n")))
    put(b, s, "    您于{N.date}举报{S.name}" + rng.choice(("偷排废水", "违规焚烧", "非法处置危险废物")) + "一事，经查属实。"
        + "根据" + rng.choice(BASIS) + "，决定给予您奖励{N.money}。\n")
    put(b, s, "    " + rng.choice((
        "请于{N.date}前持本人身份证原件到{A.name}（{A.addr}）领取。",
        "奖金将转入您提供的银行账户（{R.bank}），请注意查收。",
        "请携带本通知书及身份证（{R.id}）到{A.dept}办理领取手续。",
    )) + "\n")
    put(b, s, "    联系人：{O.name}，电话：{A.tel}。\n")
    put(b, s, "                        {A.name}\n                        {N.date}\n")


def approval(b: Builder, s: Unseen2Slots, rng: random.Random) -> None:
    put(b, s, "举报奖励审批表\n")
    put(b, s, "〈举报者姓名〉{R.name}\t〈性别〉{R.gender}\n")
    for line in some(rng, ("〈身份证号码〉{R.id}\n", "〈联系手机〉{R.mobile_typed}\n", "〈开户银行〉{P.bank}\n",
                           "〈银行账号〉{R.bank}\n", "〈家庭住址〉{R.home}\n", "〈工作单位〉{W.name}\n"), 3, 5):
        put(b, s, line)
    put(b, s, "〈被举报单位〉{S.name}\n〈单位地址〉{S.addr}\n")
    put(b, s, "〈查处结果〉" + "；".join(some(rng, ABOUT_FORMAL, 1, 2)) + "，已作出行政处罚（{N.doc_penalty}）。\n")
    put(b, s, "〈拟奖励金额〉{N.money}\n〈经办人〉{O.name}\t〈审核人〉{Q.name}\n〈日期〉{N.date}\n")


def prose(b: Builder, s: Unseen2Slots, rng: random.Random) -> None:
    put(b, s, "关于{N.date}举报奖励的公示\n")
    put(b, s, "    为鼓励公众参与环境保护，根据" + rng.choice(BASIS) + "，经{A.name}研究，决定对以下举报者给予奖励：\n")
    put(b, s, "    一、" + rng.choice(("{R.masked_name}", "{R.name}", "举报者{R.surname_ref}")) + "（"
        + rng.choice(("手机尾号{R.mobile_tail}", "{R.village}", "{W.name}职工")) + "）举报{S.name}"
        + rng.choice(DEEDS) + "，经查属实，奖励{N.money}。\n")
    if rng.random() < 0.4:
        put(b, s, "    二、{T.masked_name}举报{S.short}夜间偷排，经查属实，奖励{N.money}。\n")
    put(b, s, "    公示时间：自{N.date}起{N.days}。监督电话：{A.tel}。\n")
    put(b, s, "                        {A.name}\n")


LAYOUTS = (table, notification, approval, prose)


def build(b: Builder, s: Unseen2Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
