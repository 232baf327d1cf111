"""Reward papers, four layouts: a reward notice whose winner is an organisation that
reported (an NGO or an owners' committee: its account and contact person; an individual
co-reporter masked) | the review of a former employee's reward application (the labour
dispute with the plant, the workshop head, the former post; the malicious-report check) | a
reward paid out through the village committee (代发: the villagers who reported sign with ID
and mobile, the committee's account is public, the village accountant) | an objection
(异议) the plant's boss filed against the published reward, naming the man he believes is
the reporter, and the bureau's answer."""

from __future__ import annotations

import random

from ..render import Builder
from .common import FOUND, SAYS, Unseen12Slots, add, few, layout, put


def org_winner(b: Builder, s: Unseen12Slots, rng: random.Random) -> None:
    org = rng.choice(("{Q.ngo}", "{Q.owners}"))
    put(b, s, "{A.name}举报奖励公示\n  经审核，对举报{S.name}（{S.addr}）" + rng.choice(("夜间偷排", "非法处置危废")) +
        "的举报人给予奖励：\n")
    put(b, s, "获奖单位§" + org + "  奖励金额§{N.money}\n收款账户§" + org + "  账号§{Q.org_bank}\n")
    put(b, s, "联系人§{R.name}（" + rng.choice(("秘书长", "业委会主任", "负责人")) + "）  电话§{R.mobile}\n")
    if rng.random() < 0.6:
        put(b, s, "另有个人举报人{J.name_mask}（尾号{J.mobile_tail}），奖金另行发放。\n")
    put(b, s, "公示期{N.within}，异议请联系{O.name}，{A.tel}。\n")


def former_employee_review(b: Builder, s: Unseen12Slots, rng: random.Random) -> None:
    put(b, s, "举报奖励审核意见表\n申请人§{R.name}  身份证§{R.id}  电话§{R.mobile}\n")
    put(b, s, "申请人身份§{S.name}离职员工（原" + rng.choice(("喷涂车间", "污水处理站", "危废仓库")) + "操作工，工号{R.workno}），现在{W.name}工作\n")
    put(b, s, "举报内容§" + rng.choice(SAYS) + "；经查属实：" + "；".join(few(rng, FOUND, 1, 2)) + "。\n")
    put(b, s, "恶意举报排查§申请人与企业存在劳动争议（{N.arbno}），原车间主任{E.name}称其“怀恨在心”；"
        "经核，举报事实与劳动争议无关，不影响奖励。\n")
    put(b, s, "收款账号§{R.bank}（{R.name}）\n审核人§{O.name}  复核人§{D.name}  金额§{N.money}\n")


def village_payout(b: Builder, s: Unseen12Slots, rng: random.Random) -> None:
    put(b, s, "举报奖金代发签收表\n  {A.name}奖励资金{N.money}已由付款账户{A.bank}转入{C.village}账户{C.org_bank}，由村委会代发以下举报村民：\n")
    put(b, s, "姓名¦身份证号¦手机号¦金额¦签收\n")
    for p in [s.c.reporter, s.co] + [s.fresh() for _ in range(rng.randint(0, 3))]:
        add(b, s.pp(p, "name", "reporter"))
        b.add(s.cell)
        add(b, s.pp(p, rng.choice(("id_plain", "id")), "reporter"))
        b.add(s.cell)
        add(b, s.pp(p, "mobile_plain", "reporter"))
        b.add(s.cell)
        add(b, s.n_money())
        b.add(s.cell + "（签名）\n")
    put(b, s, "发放人§{V.name}（村会计）  监督§{G.name}（{A.town}）\n")


def objection(b: Builder, s: Unseen12Slots, rng: random.Random) -> None:
    put(b, s, "关于举报奖励公示的异议\n  我公司{S.name}对贵局公示的举报奖励提出异议。据我们了解，举报人是我厂被辞退的员工{R.name}，"
        + rng.choice(("住{R.home}", "手机{R.mobile}", "现在{W.name}上班")) + "，与我厂有劳动纠纷，属于恶意举报。\n")
    put(b, s, "异议人§{B.name}（法定代表人）  电话§{B.mobile}  {N.date}\n")
    put(b, s, "——\n答复§{B.honor}：举报人身份依法保密，本局不予确认或否认；" + rng.choice(("奖励事实清楚，异议不成立",
        "经复核，" + rng.choice(SAYS) + "属实，维持奖励")) + "。经办人§{O.name}\n")


LAYOUTS = (org_winner, former_employee_review, village_payout, objection)


def build(b: Builder, s: Unseen12Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
