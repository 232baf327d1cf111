"""Census papers (census policy: the census objects' details go), four layouts: a 拒报 record
with a 催告 (the unit's head and his mobile, a gatekeeper, the census taker's badge number,
a town witness; the head asks who reported them); the transcription of the plant's outlet
signboards (排放口编号, 排放去向, each outlet's 责任人 with mobile, the 12369 and the bureau's
supervision phone, coordinates); the cover page of a monitoring company's test report filed
with the census (the client plant and its contact, the monitoring company, its samplers and
signers: third parties; report and accreditation numbers); a grid worker's 小散乱污 survey
of village workshops (each keeper's name, ID, mobile, premises; the landlord; a 线索来源
column that sometimes cites a resident who reported)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import BARE, Unseen7Slots, layout, put


def refusal(b: Builder, s: Unseen7Slots, rng: random.Random) -> None:
    put(b, s, "普查对象拒绝调查情况记录\n{N.docno}\n")
    put(b, s, "普查对象§{S.name}\n统一社会信用代码§{S.uscc}\n地址§{S.addr}\n")
    put(b, s, "负责人§{B.name}  " + rng.choice(("{B.mobile}", "手机{B.mobile}，办公室{S.tel}")) + "\n")
    put(b, s, "经过§{N.date}，普查员{D.name}（{N.badge}）" + rng.choice(("第二次", "第三次")) + "上门，门卫{E.name}" +
        rng.choice(("称老板不在，不让进厂。", "电话请示后拒绝提供用水用电台账。")) +
        "负责人{B.ref}在电话中表示" + rng.choice(("“我们不是污染企业，不填”", "“是不是有人举报了？先告诉我是谁”")) + "。\n")
    put(b, s, "见证人§{G.name}（{A.town}）\n")
    put(b, s, "催告§依据《全国污染源普查条例》，请普查对象于{N.within}如实填报，逾期将依法处理。\n")
    put(b, s, "送达§" + rng.choice(("{E.name}代收", "拒收，留置送达", "{B.name}签收")) + "    普查机构§{A.census}\n")


def outlets(b: Builder, s: Unseen7Slots, rng: random.Random) -> None:
    put(b, s, "排放口标识牌信息登记（现场抄录）\n单位§{S.name}    代码§{S.uscc}\n")
    put(b, s, "编号 | 类型 | 排放去向 | 坐标 | 责任人 | 电话\n")
    kinds = (("废水总排口", "市政管网"), ("雨水排口", "厂外排洪沟"), ("废气排放口", "大气"), ("污水排口", "河道"))
    for i, (kind, to) in enumerate(rng.sample(kinds, rng.randint(2, 3))):
        if i == 0:
            who = "{E.name} | {E.mobile}"
        else:
            p = s.new_person()
            s.bind("X", p, "subject")
            who = "{X.name} | " + rng.choice(("{X.mobile}", "{X.mobile_plain}"))
        put(b, s, "{N.outlet} | " + kind + " | " + to + " | {N.coord} | " + who + "\n")
    put(b, s, "标识牌下方§监督举报电话{N.h12369}；{A.name}值班电话{A.tel}\n")
    put(b, s, "备注§" + rng.choice(BARE) + "。抄录人{D.name}  {N.date}\n")


def test_cover(b: Builder, s: Unseen7Slots, rng: random.Random) -> None:
    s.new_unit("third_party", monitor=True)
    put(b, s, "检 测 报 告\n报告编号§{N.report}\n")
    put(b, s, "委托单位§{S.name}\n委托单位地址§{S.addr}\n联系人§{E.name}  {E.mobile}\n")
    put(b, s, "检测类别§" + rng.choice(("委托检测（污染源普查核算用）", "自行监测")) + "\n")
    put(b, s, "检测单位§{U.name}（CMA证书编号" + str(rng.randint(10**11, 10**12 - 1)) + "）\n")
    put(b, s, "检测单位地址§{U.addr}    电话§{U.tel}\n")
    put(b, s, "采样人员§{Q.name}、{Y.name}    采样日期§{N.date}\n")
    put(b, s, "结果摘要§{N.reading}；{N.reading}\n")
    put(b, s, "编制§{Q.name}    审核§{M.name}    签发日期§{N.date}\n")
    put(b, s, "（本报告已随{S.short}普查表报送{A.census}，普查员{D.name}核收）\n")


def workshops(b: Builder, s: Unseen7Slots, rng: random.Random) -> None:
    put(b, s, "“小散乱污”企业（作坊）排查登记表\n")
    put(b, s, "乡镇（街道）§{A.town}    网格员§{D.name}  {D.mobile}\n")
    put(b, s, "序号 | 经营者 | 身份证号 | 手机 | 经营场所 | 房东 | 线索来源\n")
    for i in range(rng.randint(2, 3)):
        if i == 0:
            k, owner_cell = "F", "{Y.name} {Y.mobile}"
            source = rng.choice(("群众举报（{R.mou}）", "巡查发现", "群众举报（{R.honor}，{R.mobile_masked}）"))
        else:
            s.bind("X", s.new_person(), "subject")
            k, owner_cell = "X", rng.choice(("自有", "—", "村集体"))
            source = rng.choice(("巡查发现", "上级交办"))
        put(b, s, f"{i + 1} | " + "{" + k + ".name} | {" + k + ".id} | {" + k + ".mobile} | {" + k + ".home} | " +
            owner_cell + " | " + source + "\n")
    put(b, s, "填报日期§{N.date}    审核§{G.name}\n")


LAYOUTS = (refusal, outlets, test_cover, workshops)


def build(b: Builder, s: Unseen7Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
