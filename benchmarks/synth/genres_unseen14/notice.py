"""Published papers, four layouts: a court's 限制消费令 in a neighbour-pollution damages case (the
reporter as 申请执行人 with gender, birth year and home; the plant as 被执行人 with USCC and
address; its legal representative restricted, with a masked ID; the judge) | a 查封（扣押）决定书
posted at the gate (the plant, its legal representative; the sealed equipment; a villager as
witness; the case handlers with 执法证号; the case source) | a town's public apology for letting a
reporter's data reach the plant (the reporter as X某 of a compound or flat, what was leaked, the
cadre punished) | the 环境信息依法披露 annual report of the plant (its USCC, address, legal
representative, environmental officer's mobile, phone; a 公众投诉 section naming the
complainants)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import FOUND, Unseen14Slots, few, layout, put


def consumption(b: Builder, s: Unseen14Slots, rng: random.Random) -> None:
    put(b, s, "{A.court}\n限制消费令\n{N.courtno}\n\n")
    put(b, s, "被执行人§{S.name}，统一社会信用代码{S.uscc_plain}，住所地{S.addr}。\n")
    put(b, s, "法定代表人§{B.name}，身份证号码{B.id_mask}。\n")
    put(b, s, "    本院在执行申请执行人{R.name}（" + rng.choice(("{R.gender}，{R.age}", "{R.gender}")) + "，住{R.home}）与被执行人{S.name}"
        "环境污染责任纠纷一案中，被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务（赔偿{N.bigmoney}）。\n")
    put(b, s, "    依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》，对被执行人及其法定代表人{B.name}采取限制消费措施，"
        "不得乘坐飞机、列车软卧等。\n")
    put(b, s, "    如被执行人履行完毕，可向本院申请解除。申请执行人联系本院执行法官{D.name}。\n")
    put(b, s, "                                  {N.date}（院印）\n")


def seal(b: Builder, s: Unseen14Slots, rng: random.Random) -> None:
    put(b, s, "{A.name}\n查封（扣押）决定书\n{N.docno}\n\n")
    put(b, s, "当事人§{S.name}\n统一社会信用代码§{S.uscc}\n地址§{S.addr}\n法定代表人§{B.name}\n\n")
    put(b, s, "    我局于{N.date}接群众举报后对你单位进行现场检查，发现：" + "；".join(few(rng, FOUND[3:], 1, 3)) + "。\n")
    put(b, s, "    决定对下列设施、设备予以查封：" + rng.choice(("喷漆房一间、空压机两台", "熔炼炉一座、配电柜一个", "搅拌罐三个、污水泵一台")) +
        "，期限{N.within}。\n")
    put(b, s, "    现场见证人§{Y.name}（" + rng.choice(("附近村民", "过路群众")) + "）\n")
    put(b, s, "    执法人员§{O.name}（执法证号{N.badge}）、{D.name}（执法证号{N.badge}）\n")
    put(b, s, "    如不服本决定，可在六十日内申请行政复议。联系电话§{A.tel}\n                                  {N.date}\n")


def apology(b: Builder, s: Unseen14Slots, rng: random.Random) -> None:
    put(b, s, "{A.town}\n致{R.mou}的公开致歉信\n\n")
    put(b, s, "{R.mou}：\n")
    put(b, s, "    您于{N.date}向{N.h12369}反映{S.name}" + rng.choice(("夜间排放废气", "偷排废水", "噪声扰民")) +
        "问题。我镇在办理中，工作人员{G.name}违反保密规定，将载有您" + rng.choice(("姓名和联系电话", "住址和电话尾号", "姓名和所在楼栋")) +
        "的交办单转给了企业，致使企业负责人{B.ref}" + rng.choice(("到{R.compound}找您", "多次打您电话")) + "，给您和家人造成困扰。对此我们深表歉意。\n")
    put(b, s, "    经研究，给予{G.name}政务警告处分，调离原岗位。企业已按要求整改，" + rng.choice(("我镇将加强监督。", "整改情况将另行公开。")) + "\n")
    put(b, s, "    如仍受到打扰，请直接联系镇纪委{D.name}，电话{A.tel}。\n")
    if rng.random() < 0.5:
        put(b, s, "    （送达地址：{R.home}）\n")
    put(b, s, "                                  {A.town}\n                                  {N.date}\n")


def disclosure(b: Builder, s: Unseen14Slots, rng: random.Random) -> None:
    put(b, s, "{S.name}\n{N.year}度环境信息依法披露报告（节选）\n\n")
    put(b, s, "一、企业基本信息\n单位名称§{S.name}\n统一社会信用代码§{S.uscc_plain}\n生产经营场所地址§{S.addr}\n"
        "法定代表人§{B.name}\n环境管理负责人§{E.name}，{E.mobile}\n联系电话§{S.tel}  网址§{S.website}\n")
    put(b, s, "二、排污许可§许可证编号{N.permit}\n")
    put(b, s, "三、公众投诉及处理情况\n")
    put(b, s, "  1. {N.date}，" + rng.choice(("{R.compound}居民{R.mou}", "{R.honor}（{R.compound}）", "周边居民{R.name}")) +
        "投诉夜间异味，公司已加装活性炭吸附装置。\n")
    put(b, s, "  2. {N.date}，" + rng.choice(("{J.mou}（{J.flat}）", "{J.honor}")) + "投诉噪声，公司已调整作业时间。\n")
    put(b, s, "  3. {N.date}，生态环境部门转来举报一件，经{A.name}核查，" + rng.choice(("部分属实", "属实")) + "，已整改完毕。\n")
    put(b, s, "四、信息披露联系人§{E.name}\n")


LAYOUTS = (consumption, seal, apology, disclosure)


def build(b: Builder, s: Unseen14Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
