"""Pollution-census records, four layouts: a 清查表 whose site address is split over
province / city / county cells and a 乡镇 | 村、门牌号 pair; a census taker's daily log of
several units visited; a livestock-farm form whose census object is a natural person
(户主, 身份证号, 手机); a CSV export of the census roster, one unit per line."""

from __future__ import annotations

import random

from ..render import Builder
from .common import Unseen3Slots, layout, put

STATES = ("正常运行", "正常运行", "停产", "关闭", "未建成")


def _code(rng: random.Random) -> str:
    return rng.choice("CDN") + str(rng.randint(1300, 4290))


def check_form(b: Builder, s: Unseen3Slots, rng: random.Random) -> None:
    """清查表: numbered items; the address split into administrative cells."""
    put(b, s, "第二次全国污染源普查\n工业企业和产业活动单位清查表\n")
    put(b, s, "制定机关§{A.census}    普查小区代码§{N.area}\n")
    put(b, s, "01 统一社会信用代码§{S.uscc}\n02 单位名称§{S.name}\n03 法定代表人（单位负责人）§{B.name}\n")
    put(b, s, "04 单位所在地\n    省§{S.province}    地（市）§{S.city}    县（区）§{S.district}\n")
    put(b, s, "    乡（镇）\t街（村）、门牌号\n    {S.addr_cells}\n")
    put(b, s, "05 联系方式    联系人§")
    put(b, s, rng.choice(("{E.name}    电话号码§{E.mobile}\n", "{B.name}    电话号码§{B.mobile}\n",
                          "{E.name}    电话号码§{S.tel}\n")))
    put(b, s, "06 行业类别    {S.industry}    代码§" + _code(rng) + "\n")
    put(b, s, "07 运行状态§" + rng.choice(STATES) + "\n")
    put(b, s, rng.choice(("08 排污许可证编号§{N.permit}\n", "08 是否有排污许可证§否\n")))
    put(b, s, "普查员§{O.name}    普查指导员§{G.name}    填表日期§{N.date}\n")
    put(b, s, rng.choice(("普查机构§{A.census_dept}    地址§{A.addr}    电话§{A.tel}\n", "")))


def taker_log(b: Builder, s: Unseen3Slots, rng: random.Random) -> None:
    """A census taker's log for one day: one numbered entry per unit visited."""
    put(b, s, rng.choice(("普查员入户调查工作日志\n", "第二次全国污染源普查 入户登记工作记录\n")))
    put(b, s, "普查员§{O.name}    普查区§{S.district}    日期§{N.date}\n")
    for i in range(s.rows(rng.randint(2, 4))):
        with s.row(i):
            put(b, s, f"{i + 1}. {{N.time}} " + rng.choice((
                "到{S.name}（{S.addr}），联系人{B.name}（{B.mobile}）配合填报，企业正常生产，已完成入户调查表。",
                "{S.name}大门紧锁，电话{S.tel}无人接听，门卫称负责人{B.ref}外出，约定明日再来。",
                "到{S.name}核对清查信息，统一社会信用代码{S.uscc}与营业执照一致，法定代表人{B.name}签字确认。",
                "{S.short}已于今年停产，厂址{S.addr}，留守人员{B.ref}提供了联系方式{B.mobile}。",
            )) + "\n")
    put(b, s, rng.choice(("备注§{P.inst}东侧有一家小作坊未登记，待核实。\n", "备注§无。\n",
                          "备注§部分企业负责人不配合，已报{A.census_dept}。\n")))
    put(b, s, "普查指导员审核§{G.name}\n")


def farm_form(b: Builder, s: Unseen3Slots, rng: random.Random) -> None:
    """A livestock farm run by one person: the census object is that person."""
    put(b, s, "第二次全国污染源普查\n规模畜禽养殖场基本情况表\n")
    put(b, s, "普查小区代码§{N.area}\n")
    put(b, s, rng.choice(("01 统一社会信用代码§{S.uscc}\n", "01 统一社会信用代码§无（个体）\n")))
    put(b, s, "02 养殖场名称§{S.farm}\n03 养殖户（负责人）姓名§{B.name}\n")
    put(b, s, rng.choice(("04 身份证号码§{B.id}\n", "04 身份证号码§{B.id_plain}\n")))
    put(b, s, "05 联系电话§" + rng.choice(("{B.mobile}", "{B.mobile_typed}", "{B.mobile}／{B.tel}")) + "\n")
    put(b, s, rng.choice(("06 养殖场地址§{S.farm_addr}\n", "06 养殖场地址§{S.district}\t{S.farm_cells}\n")))
    put(b, s, rng.choice(("07 户主住址§{B.home}\n", "07 户主住址§同上\n", "07 户主住址§{B.place}\n")))
    put(b, s, "08 畜禽种类§{S.species}    存栏量§{N.stock}\n")
    put(b, s, "09 粪污处理方式§" + rng.choice(("干清粪+堆肥还田", "水冲粪，无处理设施", "沼气池", "委托第三方处理")) + "\n")
    put(b, s, "普查员§{O.name}    联系电话§{A.tel}    调查日期§{N.date}\n")


def csv_roster(b: Builder, s: Unseen3Slots, rng: random.Random) -> None:
    """The roster exported as CSV: quoted cells, the address as two columns."""
    s.cell_sep = '","'
    put(b, s, "序号,统一社会信用代码,单位名称,法定代表人,乡镇（园区）,街（村）门牌号,联系人,联系电话,行业代码,运行状态\n")
    for i in range(s.rows(rng.randint(2, 5))):
        with s.row(i):
            phone = rng.choice(("{B.mobile_plain}", "{S.tel_plain}"))
            put(b, s, f'{i + 1},"{{S.uscc_plain}}","{{S.name}}","{{B.name}}","{{S.addr_cells}}","{{B.name}}","{phone}",'
                      f'"{_code(rng)}","{rng.choice(STATES)}"\n')
    put(b, s, rng.choice(("# 导出单位：{A.census_dept}  导出时间：{N.datetime}\n", "")))


LAYOUTS = (check_form, taker_log, farm_form, csv_roster)


def build(b: Builder, s: Unseen3Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
