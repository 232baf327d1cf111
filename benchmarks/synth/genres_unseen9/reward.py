"""Reward papers, four layouts: a register of honour certificates (环保卫士 / 有奖举报先进个人:
certificate number, name, workplace, mobile, the case; a relative who collected it; several
rows, each its own reporter) | a fixed-width bank batch-payment file (代发: a header with the
bureau's fund account, one line per reporter with card, name padded to its column, amount in
fen, memo; a trailer) | a budget performance self-evaluation (绩效自评) whose typical case
names the reporter in 某-form and whose 附件 list carries file names with the reporter's name
and ID tail | a notary's record of an anonymous reward claimed with the query code (the
claimant's ID or HK-Macao permit and mobile, the notary and the office: third parties; the
bureau's clerk)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import Unseen9Slots, layout, put


def honour_register(b: Builder, s: Unseen9Slots, rng: random.Random) -> None:
    put(b, s, "{N.year}度“环保卫士”荣誉证书发放登记表\n颁发单位§{A.name}\n")
    put(b, s, "证书编号¦姓名¦工作单位¦联系电话¦举报事项¦领取人签字\n")
    put(b, s, "{N.cert}¦{R.name}¦{W.name}¦{R.mobile}¦举报{S.name}" + rng.choice(("偷排废水", "夜间违法生产", "非法处置危废")) +
        "¦" + rng.choice(("{R.name}", "{H.name}（代{H.rel}领取）")) + "\n")
    for _ in range(rng.randint(1, 2)):
        x = s.new_person()
        s.bind("X", x, "reporter")
        put(b, s, "{N.cert}¦{X.name}¦—¦{X.mobile_mask}¦举报" + rng.choice(("露天焚烧", "餐饮油烟", "工地扬尘")) + "¦{X.name}\n")
    put(b, s, "经办人§{O.name}  审核§{D.name}  {N.date}\n")
    put(b, s, "说明§本表含个人信息，仅供内部存档，不得公开。\n")


def _pad(text: str, width: int) -> str:
    return " " * max(1, width - 2 * len(text))


def bank_batch(b: Builder, s: Unseen9Slots, rng: random.Random) -> None:
    n = rng.randint(2, 4)
    put(b, s, "H|DF|{A.bank}|{N.batch}|" + str(n) + "|举报奖励\n")
    people = [s.c.reporter] + [s.new_person() for _ in range(n - 1)]
    for i, p in enumerate(people):
        s.bind("X", p, "reporter")
        put(b, s, f"D|{i + 1:04d}|" + "{X.bank_plain}|{X.name}")
        b.add(_pad(p.name, 10))
        put(b, s, "|{N.fixmoney}|JB奖励" + rng.choice(("", "{N.docno}")) + "\n")
    put(b, s, "T|" + str(n) + "|END\n")
    put(b, s, "\n（文件由{A.name}财务科{O.name}生成，复核{D.name}；" +
        rng.choice(("第1行收款人{R.name}联系电话{R.mobile}。", "第1行为{S.name}案举报人。")) + "）\n")


def performance(b: Builder, s: Unseen9Slots, rng: random.Random) -> None:
    put(b, s, "{A.name}{N.year}度生态环境举报奖励资金绩效自评报告（节选）\n\n")
    put(b, s, "一、总体情况\n  全年受理举报数百件，办结率{N.pct}，兑现奖励{N.bigmoney}。\n")
    put(b, s, "二、典型案例\n  群众{R.mou}举报{S.name}" + rng.choice(("私设暗管排放废水", "夜间违法排放废气", "非法转移危险废物")) +
        "，经查属实，依法处罚{N.bigmoney}，给予举报人奖励{N.money}。" +
        rng.choice(("", "举报人系{W.name}职工，", "举报人为{S.short}内部员工，")) + "\n")
    put(b, s, "三、存在问题\n  部分举报人因担心身份泄露不愿领奖。\n\n附件§\n")
    put(b, s, "  1. {R.name}领奖确认单.pdf\n  2. 身份证复印件_{R.id_tail6}.jpg\n  3. 银行卡（尾号{R.bank_tail}）截图.png\n")
    put(b, s, "\n填报人§{O.name}  电话§{A.tel}\n")


def notary(b: Builder, s: Unseen9Slots, rng: random.Random) -> None:
    put(b, s, "{U.notary}\n公证记录（匿名举报奖励领取）\n{N.notary}\n\n")
    put(b, s, "申请人§{R.name}，{R.gender}，" + rng.choice((
        "居民身份证号码{R.id}", "往来港澳通行证号码{R.hkmo}（身份证号{R.id_plain}）", "居民身份证号码{R.id_plain}")) + "\n")
    put(b, s, "联系电话§{R.mobile}\n")
    put(b, s, "事项§申请人持{A.name}出具的举报查询码{N.querycode}，领取其举报{S.name}违法排污案的奖励{N.money}。\n")
    put(b, s, "  经核对，查询码与{A.name}登记一致。" + rng.choice((
        "申请人要求其身份信息仅存于本处，不向举报对象及其他单位披露。",
        "申请人委托其{H.rel}{H.name}（身份证号{H.id}）代为签字。")) + "\n")
    put(b, s, "公证员§{Q.name}  承办§{Y.name}\n{A.name}到场人员§{O.name}（{A.tel}）\n{N.date}\n")


LAYOUTS = (honour_register, bank_batch, performance, notary)


def build(b: Builder, s: Unseen9Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
