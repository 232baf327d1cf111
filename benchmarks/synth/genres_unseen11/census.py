"""Census papers, four layouts: the census form of an individual business (个体工商户: the
字号 and its 92… code, the operator a natural person with ID, mobile and the premises, all the
census object) | a census taker's door-to-door work log guided by a grid worker (the units
visited with contacts; a note that the unit was reported by residents of a compound) | a
quality-check sample table (units drawn for 核查, their codes, addresses and contacts, the
checker's findings) | a 一企一档 record exported as key: value lines (the unit, legal
representative, environmental officer's mobile and e-mail, website, outlets with
coordinates, the filler)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import Unseen11Slots, layout, put


def individual_business(b: Builder, s: Unseen11Slots, rng: random.Random) -> None:
    put(b, s, "第二次全国污染源普查 工业源（个体工商户）基本情况表\n")
    put(b, s, "字号名称§{S.shop}\n统一社会信用代码§{S.uscc92}\n")
    put(b, s, "经营者姓名§{B.name}  性别§{B.gender}  身份证号§{B.id}\n")
    put(b, s, "经营场所§{S.addr}（经营者自有住房一层）\n联系电话§{B.mobile}\n")
    put(b, s, "行业类别§{S.industry}  从业人数§{N.num}人\n")
    put(b, s, "普查员§{G.name}（{G.mobile}）  填报日期§{N.date}\n普查机构§{A.census}\n")


def door_log(b: Builder, s: Unseen11Slots, rng: random.Random) -> None:
    put(b, s, "普查员入户工作日志  普查员§{G.name}  引导网格员§{D.name}（{D.mobile}）\n")
    put(b, s, "{N.date}¦{S.name}¦{S.addr}¦法人{B.name}拒绝签字，企业电话{S.tel}¦待复访\n")
    put(b, s, "{N.later}¦{S.name}（复访）¦{S.addr}¦接待人{E.name}（{E.mobile}）¦已填报\n")
    if rng.random() < 0.6:
        put(b, s, "备注§该企业曾被{R.compound}居民举报，" + rng.choice(("举报人{R.mou}家就在厂区北侧", "网格员称举报人是{R.honor}")) + "，入户时企业追问举报人，未回应。\n")
    put(b, s, "审核§{A.census}  {O.name}\n")


def sample_check(b: Builder, s: Unseen11Slots, rng: random.Random) -> None:
    put(b, s, "普查数据质量核查抽样表（{S.district}）\n序号¦普查对象名称¦统一社会信用代码¦地址¦联系人¦联系电话¦核查结论\n")
    put(b, s, "1¦{S.name}¦{S.uscc}¦{S.addr}¦{E.name}¦{E.mobile}¦产品产量填报偏低\n")
    put(b, s, "2¦{S.shop}¦{S.uscc92}¦{S.addr}¦{B.name}¦{B.mobile}¦" + rng.choice(("无误", "锅炉台数漏报")) + "\n")
    put(b, s, "核查员§{G.name}、{O.name}  核查日期§{N.date}  差错率§{N.rate}\n")


def one_file(b: Builder, s: Unseen11Slots, rng: random.Random) -> None:
    put(b, s, "一企一档 导出记录\n单位名称: {S.name}\n统一社会信用代码: {S.uscc}\n注册地址: {S.addr}\n")
    put(b, s, "法定代表人: {B.name}\n环保负责人: {E.name}\n环保负责人手机: {E.mobile}\n环保负责人邮箱: {E.email}\n")
    put(b, s, "单位网站: {S.website}\n单位电话: {S.tel}\n")
    put(b, s, "废气排放口DA001坐标: {N.geo}\n废水排放口DW001坐标: {N.geo}\n排污许可证编号: {N.permit}\n")
    put(b, s, "填报人: " + rng.choice(("{E.name}", "{B.name}")) + "  审核人: {G.name}  普查机构: {A.census}\n")


LAYOUTS = (individual_business, door_log, sample_check, one_file)


def build(b: Builder, s: Unseen11Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
