"""Published papers, four layouts: the transcript of a press conference on typical cases
(spokespersons, a journalist's question, an enterprise and a natural person named, the
reporter thanked in masked form); a weekly report of complaints received as a pipe table
(举报人 column said to be hidden, a clerk's 备注 that names one reporter by surname and phone
tail); a 限期整改通知 posted on the plant's gate (the plant, its 整改责任人 with mobile, the
bureau's supervision phone); a 行政复议决定书 where the applicant is an individual operator
(subject, with ID and home) and the reporter joined as 第三人 (reporter, with ID and home)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import BARE, PERSONAL, Unseen6Slots, layout, put, some

WAYS = ("{N.h12369}电话", "微信公众号", "来信", "网络平台", "来访")
STATES = ("办理中", "已办结", "已转办", "不予受理")


def press(b: Builder, s: Unseen6Slots, rng: random.Random) -> None:
    put(b, s, "{A.name}典型环境违法案件新闻发布会（文字实录）\n{N.date}\n\n")
    put(b, s, "主持人（{D.name}）：各位记者朋友，下面请{O.name}同志通报案件。\n")
    put(b, s, "{O.name}：案例一，{S.name}。经群众举报，我局执法人员发现" + "，".join(some(rng, BARE, 1, 2)) +
        "，依法处罚款{N.money}。\n")
    put(b, s, "案例二，" + rng.choice(("个体经营者{F.name}（{F.gender}，{F.age}）", "{F.name}（{F.gender}）")) +
        "在{F.place}私设熔炼炉，已移送{A.police}。\n")
    put(b, s, "案例三，{U.name}" + rng.choice(("未批先建，负责人{M.name}已被约谈。", "超标排放，已责令停产。")) + "\n")
    put(b, s, "这里特别感谢举报人" + rng.choice(("{R.name_masked}", "{R.surname_ref}", "{R.honor}")) +
        "，已按规定发放奖励。\n")
    put(b, s, "记者（{Q.name}）：请问举报人的信息如何保护？\n")
    put(b, s, "{O.name}：我们严格落实保密制度，举报电话{N.h12369}，也可登录{A.url}。\n")


def weekly(b: Builder, s: Unseen6Slots, rng: random.Random) -> None:
    put(b, s, "环境信访举报受理情况周报（{N.date}—{N.date}）\n")
    put(b, s, "编号|被举报对象|举报方式|举报人（已隐去）|办理状态\n")
    n = rng.randint(2, 4)
    for i in range(n):
        if i:
            s.new_unit()
            obj = "{U.name}"
        else:
            obj = "{S.name}"
        put(b, s, f"{i + 1}|{obj}|{rng.choice(WAYS)}|——|{rng.choice(STATES)}\n")
    put(b, s, rng.choice((f"{n + 1}|个人{{F.name}}|来信|——|办理中\n", "")))
    put(b, s, "备注§第1件" + rng.choice((
        "经与举报人{R.surname_ref}（尾号{R.mobile_tail}）电话核实，情况属实。",
        "举报人{R.name_masked}要求书面答复，已寄至{R.place}。",
        "举报人为同一人，已合并。")) + "\n")
    put(b, s, "{A.name}  监督电话§{A.tel}\n")


def rectify(b: Builder, s: Unseen6Slots, rng: random.Random) -> None:
    put(b, s, "限 期 整 改 通 知\n（张贴）\n{N.docno}\n\n{S.name}：\n")
    put(b, s, "    经查，你单位位于{S.addr}，" + "，".join(some(rng, BARE, 1, 2)) + "。\n")
    put(b, s, "    现责令你单位在{N.within}完成整改。整改责任人§{E.name}（{E.mobile}）；")
    put(b, s, rng.choice(("法定代表人§{B.name}。\n", "企业联系电话§{S.tel}。\n", "\n")))
    put(b, s, "    整改期间接受群众监督。监督电话§{A.tel}；{N.h12369}。\n")
    put(b, s, rng.choice(("    本通知同时抄送{A.grid}。\n", "    本通知张贴于厂区大门及{P.inst}公示栏。\n", "")))
    put(b, s, "{A.name}\n{N.date}\n")


def review_decision(b: Builder, s: Unseen6Slots, rng: random.Random) -> None:
    put(b, s, "行政复议决定书\n{N.docno}\n\n")
    put(b, s, "申请人§{F.name}，{F.gender}，{F.age}，身份证号{F.id}，住{F.home}。\n")
    put(b, s, rng.choice(("委托代理人§{Q.name}，律师。\n", "")))
    put(b, s, "被申请人§{A.name}。\n")
    put(b, s, "第三人§{R.name}，{R.gender}，身份证号{R.id}，住{R.home}。\n")
    put(b, s, "    申请人不服被申请人作出的处罚决定（{N.caseno}），于{N.date}提出复议申请。\n")
    put(b, s, "    经审理查明：" + "，".join(some(rng, PERSONAL, 1, 2)) + "。第三人系该处邻居，于{N.date}向被申请人举报。\n")
    put(b, s, "    本机关认为，被申请人认定事实清楚。决定维持。\n")
    put(b, s, "    如不服，可在收到本决定书之日起{N.within}向人民法院提起诉讼。\n{A.parent}\n{N.date}\n")


LAYOUTS = (press, weekly, rectify, review_decision)


def build(b: Builder, s: Unseen6Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
