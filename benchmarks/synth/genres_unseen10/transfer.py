"""Transfers, four layouts: a joint-enforcement hand-over from the 生态环境局 to the 城管
bureau or the police (移交单: the clue source with the reporter's name and mobile, the plant
and its boss; the receiving officer and duty phone) | a clue sent to the district 纪委监委
because the reporter accuses a town official of shielding the plant (that official is the
subject of the clue; the reporter's data under 线索来源) | a 不予受理告知书 sent to the
reporter (their name and mailing address at the head; the plant outside the bureau's remit)
| an interface record between the 12369 and 12345 systems (field names in two schemas, the
reporter's data echoed, mapping errors)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import BARE, RECORD, TALK, Unseen10Slots, layout, put, some


def joint(b: Builder, s: Unseen10Slots, rng: random.Random) -> None:
    to = rng.choice(("{A.cg}", "{A.police}"))
    put(b, s, "联合执法案件移交单\n文号§{N.docno}\n移交单位§{A.name}\n接收单位§" + to + "\n")
    put(b, s, "线索来源§群众举报（举报人{R.name}，电话{R.mobile}，要求保密）\n")
    put(b, s, "当事人§{S.name}，地址{S.addr}，负责人{B.name}（{B.mobile}）\n")
    put(b, s, "基本情况§" + "；".join(some(rng, RECORD, 2, 3)) + "；" + rng.choice(
        ("夜间施工噪声及渣土运输属城管职责", "涉嫌非法倾倒危险废物，移送公安机关")) + "。\n")
    put(b, s, "移交人§{O.name}  接收人§{D.name}（值班电话{A.duty}）\n日期§{N.date}\n")


def to_discipline(b: Builder, s: Unseen10Slots, rng: random.Random) -> None:
    put(b, s, "问题线索移送函\n{N.docno}\n\n{A.jw}：\n")
    put(b, s, "    我局在办理{R.mou}举报{S.name}一案中，举报人反映{A.town}干部{F.name}（手机{F.mobile}）"
        "长期为该企业通风报信，" + rng.choice(("每次检查前都有人提前打电话", "收过企业老板{B.ref}的好处")) + "。\n")
    put(b, s, "    经核实，" + "，".join(some(rng, BARE, 1, 2)) + "。现将线索移送你委。\n")
    put(b, s, "    线索来源§{R.name}，{R.gender}，住{R.home}，联系电话{R.mobile}（请注意保密）\n")
    put(b, s, "    联系人§{O.name}，{A.tel}\n\n{A.name}\n{N.date}\n")


def refusal(b: Builder, s: Unseen10Slots, rng: random.Random) -> None:
    put(b, s, "{A.name}\n不予受理告知书\n{N.docno}\n\n{R.name}：\n")
    put(b, s, "    你于{N.date}通过" + rng.choice(("{N.h12369}", "{N.h12345}")) + "反映{S.name}" + rng.choice(("餐饮油烟扰民", "建筑工地夜间施工", "室内装修噪声")) +
        "的问题收悉。经审查，该事项不属于本机关职责范围，请向{A.cg}反映（电话{A.duty}）。\n")
    put(b, s, "    特此告知。\n\n{N.date}\n")
    put(b, s, "送达地址§{R.home}  收件人§{R.name}  电话§{R.mobile}\n")


def interface(b: Builder, s: Unseen10Slots, rng: random.Random) -> None:
    put(b, s, "{N.h12369}↔{N.h12345} 工单对接记录\n推送时间§{N.stamp}  方向§12369→12345\n")
    put(b, s, "字段映射：\n")
    put(b, s, "reporter_name → sqr_xm¦{R.name}\nreporter_tel → sqr_lxdh¦{R.mobile_plain}\n")
    put(b, s, "reporter_addr → sqr_dz¦{R.home}\n")
    put(b, s, "target_org → bfydx¦{S.name}\ntarget_addr → fsdz¦{S.addr}\n")
    put(b, s, "content → sqnr¦" + rng.choice(TALK) + "\n")
    put(b, s, "错误§sqr_sfzh 为空（源字段 reporter_idcard={R.id_plain} 未映射）\n")
    put(b, s, "处理人§{O.name}\n")


LAYOUTS = (joint, to_discipline, refusal, interface)


def build(b: Builder, s: Unseen10Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
