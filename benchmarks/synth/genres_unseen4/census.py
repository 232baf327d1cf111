"""Pollution-source census records, four layouts: a 工业企业 基本信息表 (G101-1 style: 统一
社会信用代码, 法定代表人, 区划代码, address in 省 / 市 / 县 / 乡镇 / 村 parts, 联系人, 联系电话,
行业代码, 邮政编码, coordinates); a 生活源锅炉 form whose census object is a hotel, bath house or
heating station; an 入户登记 sheet with the census taker (official) and the respondent (the
unit's contact: subject); a TSV export of the roster with a header row, several units."""

from __future__ import annotations

import random

from ..render import Builder
from .common import Unseen4Slots, layout, put


def basic(b: Builder, s: Unseen4Slots, rng: random.Random) -> None:
    put(b, s, "第二次全国污染源普查\n工业企业污染源基本情况\n")
    put(b, s, "表号§{N.tableno}\n制定机关§{A.census}\n批准文号§{N.approval}\n")
    put(b, s, "01 统一社会信用代码§{S.uscc}\n02 单位详细名称§{S.name}\n03 法定代表人§{B.name}\n")
    put(b, s, "04 区划代码§{N.area}\n")
    put(b, s, "05 详细地址§{S.province}\t{S.city}\t{S.district}\t{S.addr_cells}\n")
    put(b, s, rng.choice(("    （位于{P.inst}东侧）\n", "")))
    put(b, s, "06 企业地理位置§{N.coord}\n")
    put(b, s, rng.choice(("    单位网址§{S.website}\n", "")))
    put(b, s, "07 联系人§{E.name}    联系电话§" + rng.choice(("{E.mobile_plain}", "{S.tel}", "{E.mobile}")) + "\n")
    put(b, s, "08 行业类别§{S.industry}    行业代码§{N.indcode}\n")
    put(b, s, "09 邮政编码§{N.postcode}    10 从业人员§{N.staff}    11 年产值§{N.output}\n")
    put(b, s, "单位负责人§{B.name}    统计负责人§{E.name}    填表人§" + rng.choice(("同联系人", "{E.name}")) + "\n")
    put(b, s, "普查员§{D.name}（{D.mobile}）    普查指导员§{G.name}    报出日期§{N.date}\n")


def boiler(b: Builder, s: Unseen4Slots, rng: random.Random) -> None:
    put(b, s, "生活源锅炉基本情况表\n表号§S103    制定机关§{A.census_dept}\n")
    put(b, s, "锅炉所属单位§{S.unit}\n统一社会信用代码§{S.uscc_plain}\n")
    put(b, s, "单位地址§{S.addr}\n")
    put(b, s, "锅炉编号§{N.boiler}    额定出力§{N.capacity}\n")
    put(b, s, "燃料类型§" + rng.choice(("燃煤", "天然气", "生物质成型燃料", "柴油")) + "    年燃料消耗量§{N.fuel}\n")
    put(b, s, "年运行时间§{N.hours}    除尘方式§" + rng.choice(("布袋除尘", "水膜除尘", "无")) + "\n")
    put(b, s, "单位负责人§{B.name}    联系人§{E.name}    联系电话§" + rng.choice(("{E.mobile}", "{S.tel}")) + "\n")
    put(b, s, rng.choice(("备注§锅炉房位于{S.unit}后院，距{P.inst}约{N.dist}。\n", "备注§无。\n")))
    put(b, s, "普查员§{D.name}    审核§{G.name}    填报日期§{N.date}\n")


def visit(b: Builder, s: Unseen4Slots, rng: random.Random) -> None:
    put(b, s, "{A.census_dept}\n普查入户登记表\n")
    put(b, s, "普查小区编码§{N.cellcode}    入户时间§{N.datetime}\n")
    put(b, s, "普查员§{D.name}    普查员证号§PC" + f"{rng.randint(10**7, 10**8 - 1)}" + "    联系电话§{D.mobile}\n")
    put(b, s, "调查对象§{S.name}\n")
    put(b, s, "调查对象地址§" + rng.choice(("{S.addr}", "{S.place}")) + "\n")
    put(b, s, "受访人§{E.name}    职务§" + rng.choice(("环保专员", "办公室主任", "生产副厂长")) + "    受访人电话§" +
              rng.choice(("{E.mobile}", "{E.mobile_chat}")) + "\n")
    put(b, s, "入户情况§" + rng.choice((
        "企业正常生产，受访人配合填报，已现场核对{N.tableno}表。",
        "首次入户企业大门紧闭，电话联系{E.ref}后于次日补登。",
        "企业负责人{B.name}（{B.mobile}）不在，由受访人代为填报。",
    )) + "\n")
    put(b, s, "受访人签字§{E.name}        普查员签字§{D.name}\n")
    put(b, s, "普查指导员§{G.name}（{G.mobile}）\n")


def export(b: Builder, s: Unseen4Slots, rng: random.Random) -> None:
    put(b, s, rng.choice(("# 导出自普查数据采集系统  {N.datetime}\n", "# 清查名录导出 {N.date}\n")))
    put(b, s, "序号\t统一社会信用代码\t单位名称\t法定代表人\t省\t市\t县\t乡镇\t村（街道门牌）\t联系电话\t行业代码\t普查员\n")
    n = rng.randint(3, 5)
    for i in range(n):
        with s.row(i):
            put(b, s, f"{i + 1}\t" + "{S.uscc_plain}\t{S.name}\t{B.name}\t{S.province}\t{S.city}\t{S.district}\t{S.addr_cells}\t")
            put(b, s, rng.choice(("{B.mobile_plain}", "{S.tel_plain}")) + "\t{N.indcode}\t{D.name}\n")
    put(b, s, f"# 合计\t{n}家（本页）\n")


LAYOUTS = (basic, boiler, visit, export)


def build(b: Builder, s: Unseen4Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
