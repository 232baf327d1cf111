"""Transfers, four layouts: a 涉嫌环境犯罪案件移送书 to the police (the boss as 犯罪嫌疑人 with
ID, gender, age and home: subject; the reporter in 线索来源; the receiving officer); a grid
management 事件流转单 (the grid worker reports a resident's complaint: the grid worker is an
official, the resident the reporter); a 12345 work-order flow log (派发 / 签收 / 退回 lines,
one return reason quoting the reporter's phone); the record of an 约谈 with the plant (boss,
staff and their words, the complainants spoken of as 群众, a clerk's note naming one)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import BARE, RECORD, TALK, Unseen6Slots, layout, put, some

STEPS = ("派发", "签收", "退回", "重新派发", "签收", "办结", "回访")


def to_police(b: Builder, s: Unseen6Slots, rng: random.Random) -> None:
    put(b, s, "涉嫌环境犯罪案件移送书\n{N.docno}\n\n{A.police}：\n")
    put(b, s, "    我局在查处{S.name}（统一社会信用代码{S.uscc}）环境违法案件中发现，")
    put(b, s, "；".join(some(rng, BARE, 1, 2) + some(rng, RECORD[2:3] + RECORD[6:7], 0, 1)) + "，涉嫌污染环境罪。现将案件移送你局。\n")
    put(b, s, "    犯罪嫌疑人§{B.name}，{B.gender}，{B.age}，身份证号{B.id}，住{B.home}，系该公司实际控制人。\n")
    put(b, s, rng.choice(("    同案人员§{E.name}，{E.gender}，该公司车间主任，电话{E.mobile}。\n", "")))
    put(b, s, "    线索来源§群众举报（举报人{R.name}，" + rng.choice(("{R.mobile}", "{R.mobile}，住{R.place}")) +
        "，请注意保密）。\n")
    put(b, s, "    附§1. 现场检查笔录；2. 监测报告（{N.reading}）；3. 举报材料复印件。\n")
    put(b, s, "联系人§{O.name}  {A.tel}\n{A.name}（章）\n{N.date}\n")
    put(b, s, "接收单位签收§{G.name}（民警） {N.date}\n")


def grid_flow(b: Builder, s: Unseen6Slots, rng: random.Random) -> None:
    put(b, s, "网格事件流转单    事件编号§{N.orderno}\n")
    put(b, s, "上报网格员§{D.name}  {D.mobile}    所属§{A.grid}\n")
    put(b, s, "事件来源§群众反映    反映群众§" + rng.choice(("{R.name}（{R.mobile}）", "{R.ref}，{R.mobile}", "{R.name}，住{R.home}")) + "\n")
    put(b, s, "事件地点§{S.addr}    事件类型§环境污染/" + rng.choice(("废气", "废水", "噪声", "固废")) + "\n")
    put(b, s, "事件描述§" + "，".join(some(rng, TALK, 1, 2)) + "。\n")
    put(b, s, "流转记录§\n")
    for step in STEPS[: rng.randint(3, len(STEPS))]:
        who = rng.choice(("{D.name}", "{O.name}", "{A.grid}"))
        put(b, s, f"  {{N.stamp}}  {step}  {who}\n")
    put(b, s, rng.choice(("处置结果§已转{A.name}，{O.ref}现场核实。\n", "处置结果§已告知企业负责人{B.name}限期整改。\n")))


def order_log(b: Builder, s: Unseen6Slots, rng: random.Random) -> None:
    put(b, s, "{N.h12345}工单流转日志  工单号 {N.caseno}\n")
    put(b, s, "诉求摘要§市民反映{S.name}" + rng.choice(("夜间排放异味气体", "废水直排", "噪声扰民，影响休息")) + "\n")
    put(b, s, "{N.stamp} [派发] 市热线中心 → {A.name}\n")
    put(b, s, "{N.stamp} [退回] {A.name}：" + rng.choice((
        "该点位不在我局辖区，市民{R.ref}（{R.mobile}）所述地址应属邻县。",
        "诉求人电话{R.mobile}多次无法接通，请核实号码。",
        "诉求人{R.name}称已向{A.dept}反映过，属重复件。")) + "\n")
    put(b, s, "{N.stamp} [重新派发] 市热线中心 → {A.name}，备注：地址为{S.place}，属你局。\n")
    put(b, s, "{N.stamp} [签收] {O.name}\n")
    put(b, s, "{N.stamp} [反馈] " + rng.choice(("已现场检查，企业停产整改。", "已责令{S.short}整改。")) + "联系人{O.name}，{A.tel}。\n")
    put(b, s, rng.choice(("{N.stamp} [回访] 诉求人{R.surname_ref}表示满意。\n", "{N.stamp} [回访] 诉求人不满意，称夜间仍有异味。\n")))


def interview(b: Builder, s: Unseen6Slots, rng: random.Random) -> None:
    put(b, s, "约谈记录\n时间§{N.datetime}    地点§{A.name}三楼会议室\n")
    put(b, s, "约谈人§{O.name}、{D.name}\n被约谈单位§{S.name}\n")
    put(b, s, "被约谈人§{B.name}（法定代表人，{B.mobile}）、{E.name}（环保专员" + rng.choice(("", "，{E.mobile}")) + "）\n")
    put(b, s, "记录人§{G.name}\n\n")
    put(b, s, "{O.name}：近期群众多次反映你公司" + "，".join(some(rng, BARE, 1, 2)) + "。\n")
    put(b, s, "{B.name}：我们在整改。能不能告诉我是谁反映的？" +
        rng.choice(("是不是{Y.name}？他跟我们有过节。", "我估计是{R.place}那边的。", "")) + "\n")
    put(b, s, "{O.name}：举报人信息依法保密，请你们把精力放在整改上。\n")
    put(b, s, "{E.name}：除尘器{N.num}月份就坏了，配件还没到。\n")
    put(b, s, "（以下空白）\n被约谈人签字§{B.name}\n")
    put(b, s, rng.choice(("注：本件举报人{R.name}（{R.mobile_masked}）要求回复，本页不得给企业复印。\n",
                          "注：举报人为{R.place}居民{R.ref}，已另行电话告知约谈情况。\n", "")))


LAYOUTS = (to_police, grid_flow, order_log, interview)


def build(b: Builder, s: Unseen6Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
