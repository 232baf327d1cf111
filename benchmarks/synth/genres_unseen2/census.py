"""污染源普查 records, four layouts: a G101-1 style form with numbered fields (01 统一社会信用
代码 … ), a census taker's visit note in prose, a 清查 list row under a header row, and a
排污单位 card where the enterprise's contact person and the form's filler are named."""

from __future__ import annotations

import random

from ..render import Builder
from .common import Unseen2Slots, layout, put, some

OUTPUTS = ("年产量{N.amount}", "年用水量{N.amount}", "锅炉{N.num}台", "废水年排放量{N.amount}")


def numbered_form(b: Builder, s: Unseen2Slots, rng: random.Random) -> None:
    put(b, s, "G101-1表  工业企业污染源基本情况\n")
    put(b, s, "01 统一社会信用代码  {S.uscc}\n")
    put(b, s, "02 单位详细名称  {S.name}\n")
    put(b, s, "03 法定代表人  {B.name}\n")
    put(b, s, "04 单位所在地及区划  {S.addr}\n")
    put(b, s, "05 联系方式  " + rng.choice(("{S.tel}", "{B.mobile_typed}", "{E.name} {E.mobile_typed}")) + "\n")
    put(b, s, "06 行业类别  {S.industry}\n")
    put(b, s, "07 排污许可证编号  {N.permit}\n")
    put(b, s, "08 主要产品  " + "，".join(some(rng, OUTPUTS, 1, 2)) + "\n")
    put(b, s, "单位负责人：{B.name}    统计负责人：{E.name}    填表人：{E.ref}\n")
    put(b, s, "普查员：{O.name}    普查指导员：{Q.name}    报出日期：{N.date}\n")


def visit_note(b: Builder, s: Unseen2Slots, rng: random.Random) -> None:
    put(b, s, "普查入户记录\n")
    put(b, s, "    {N.date}，普查员{O.name}" + rng.choice(("、{Q.name}", "")) + "到{S.name}开展入户调查。该单位位于{S.addr}，"
        + "属{S.industry}，" + "，".join(some(rng, OUTPUTS, 1, 2)) + "。")
    put(b, s, rng.choice(("企业联系人{E.name}（{E.mobile_typed}）配合填报，", "法定代表人{B.name}不在厂，由{E.alias}代为填报，",
                          "厂长{B.ref}接待，留电话{B.mobile_typed}，")))
    put(b, s, rng.choice(("现场核对了排污许可证（{N.permit}）。", "表格已当场录入。", "因资料不全，约定{N.date}补报。")) + "\n")
    put(b, s, "    记录人：{O.name}\n")


def listing(b: Builder, s: Unseen2Slots, rng: random.Random) -> None:
    put(b, s, "污染源普查清查名录（" + s.c.city.name + "）\n")
    sep = rng.choice(("\t", " | "))
    head = ["序号", "排污单位", "统一社会信用代码", "详细地址", "联系人", "联系电话", "行业类别"]
    row = ["{N.num}", "{S.name}", "{S.uscc}", "{S.addr}", rng.choice(("{B.name}", "{E.name}")),
           rng.choice(("{B.mobile_typed}", "{E.mobile_typed}", "{S.tel}")), "{S.industry}"]
    put(b, s, sep.join(head) + "\n" + sep.join(row) + "\n")
    put(b, s, "清查人：{O.name}  {N.date}\n")


def card(b: Builder, s: Unseen2Slots, rng: random.Random) -> None:
    put(b, s, rng.choice(("污染源单位基本信息卡\n", "排污单位普查信息\n")))
    put(b, s, "〈单位名称〉{S.name}\n")
    if rng.random() < 0.7:
        put(b, s, "〈信用代码〉{S.uscc}\n")
    put(b, s, "〈生产地址〉{S.addr}\n")
    put(b, s, "〈环保负责人〉{E.name}　〈手机〉{E.mobile_typed}\n")
    if rng.random() < 0.5:
        put(b, s, "〈单位电话〉{S.tel}　〈网址〉{S.website}\n")
    put(b, s, "〈行业〉{S.industry}　" + rng.choice(OUTPUTS) + "\n")
    put(b, s, "〈普查机构〉{A.name}　〈普查员〉{O.name}\n")


LAYOUTS = (numbered_form, visit_note, listing, card)


def build(b: Builder, s: Unseen2Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
