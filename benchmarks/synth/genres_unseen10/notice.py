"""Published papers, four layouts: a 行政处罚决定书 as posted on the bureau's site (当事人 the
plant with USCC, address, legal representative; the case source names the reporter as X某
from a compound, or in full where the clerk forgot) | a credit-repair publicity notice for
the plant (its USCC and address; the original complaint from residents of a compound; an
objection channel) | the public table of a central environmental inspection's cases
(受理编号, the reported problem quoting a resident's compound, the findings with the boss
and the plant) | the summary of a director's reception day (来访人 X某 of a compound, with a
neighbour; the plant; the director and the officer who follows up)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import BARE, TALK, Unseen10Slots, layout, put, some


def penalty(b: Builder, s: Unseen10Slots, rng: random.Random) -> None:
    put(b, s, "{A.name}\n行政处罚决定书\n{N.docno}\n\n")
    put(b, s, "当事人§{S.name}\n统一社会信用代码§{S.uscc}\n地址§{S.addr}\n法定代表人§{B.name}\n\n")
    put(b, s, "    案件来源：" + rng.choice(("{R.compound}居民{R.mou}", "群众{R.name}", "{R.mou}")) +
        "于{N.date}举报。我局执法人员{O.name}、{D.name}于{N.date}进行现场检查，发现" +
        "，".join(some(rng, BARE, 1, 2)) + "。\n")
    put(b, s, "    依据有关规定，决定对你单位处以罚款{N.bigmoney}。\n")
    put(b, s, "    如不服本决定，可在{N.within}内申请行政复议。\n\n{N.date}\n")


def credit_repair(b: Builder, s: Unseen10Slots, rng: random.Random) -> None:
    put(b, s, "关于{S.name}环境信用修复的公示\n\n")
    put(b, s, "    {S.name}（统一社会信用代码：{S.uscc}，地址：{S.addr}）因{N.year}被"
        + rng.choice(("{R.compound}居民", "周边群众")) + "举报" + rng.choice(("废气超标", "偷排废水")) +
        "受到行政处罚（{N.docno}），现已完成整改，申请信用修复。\n")
    put(b, s, "    公示期{N.within}。如有异议，请联系{A.name}{O.name}，电话{A.tel}，或登录{A.url}。\n")
    put(b, s, "    企业联系人：{E.name}，{E.mobile}\n\n{A.name}\n{N.date}\n")


def inspection_table(b: Builder, s: Unseen10Slots, rng: random.Random) -> None:
    put(b, s, "中央生态环境保护督察组交办群众信访举报件 边督边改公开情况（第{N.num}批）\n")
    put(b, s, "受理编号¦交办问题基本情况¦行政区域¦污染类型¦调查核实情况¦是否属实¦处理和整改情况\n")
    put(b, s, "{N.caseno}¦" + rng.choice(("{R.compound}", "{R.compound}{R.flat}")) + "居民反映：" + rng.choice(TALK) +
        "¦{S.district}¦大气¦经查，{S.name}位于{S.addr}，" + rng.choice(BARE) + "，负责人{B.name}¦属实¦责令停产整改，罚款{N.bigmoney}\n")
    put(b, s, "{N.caseno}¦反映{S.short}噪声扰民¦{S.district}¦噪声¦经查，夜间未生产¦不属实¦已向反映人{R.mou}说明\n")
    put(b, s, "\n{A.name}\n")


def reception_day(b: Builder, s: Unseen10Slots, rng: random.Random) -> None:
    put(b, s, "局长接访日 接访情况通报（{N.date}）\n\n")
    put(b, s, "    本次接访由{A.name}局长{D.name}主持。来访人{R.mou}（{R.compound}居民）与邻居{J.mou}共同来访，反映" +
        "{S.name}" + rng.choice(("夜间排放异味", "渣场扬尘", "废水外溢")) + "。" + rng.choice(TALK) + "。\n")
    put(b, s, "    {D.surname}局长当场要求执法支队{N.within}内查清，由{O.name}（{A.tel}）负责回复来访人。\n")
    put(b, s, "    {S.name}负责人{B.name}到场说明情况。\n")


LAYOUTS = (penalty, credit_repair, inspection_table, reception_day)


def build(b: Builder, s: Unseen10Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
