"""Pollution-source census records, unseen field names and layouts (no reporter)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import UnseenSlots, pick, pool, say

FIELDS = (
    "企业名称|{S.name}", "组织机构代码/统一社会信用代码|{S.uscc}", "法人代表|{B.name}",
    "生产地址|{S.addr}", "填表人|{B.ref}", "填表人电话|{B.mobile}", "单位电话|{S.tel}",
    "传真号码|{S.fax}", "网址|{S.website}", "所属行业|{S.industry}", "许可证号|{N.permit}",
    "调查时间|{N.date}", "废水年排放量|{N.amount}", "污染物浓度|{N.reading}", "自有车辆|{S.plate}",
    "营业收入|{N.money}", "单位负责人|{B.name}（{B.demo}）", "法人身份证件号码|{B.id}",
    "填表人电子邮箱|{B.email}", "统计负责人|{B.ref}　联系手机：{B.mobile}", "实际经营地址|{S.addr}",
    "单位所在地|{S.addr}",
)
HEADS = ("全国污染源普查 工业源基本信息表\n", "污染源普查清查登记表（{N.caseno}）\n", "普查小区入户登记\n", "排放源基本情况调查表\n")
FOOTS = (
    "普查员：{O.name}　电话：{A.tel}\n", "普查单位：{A.name}\n", "调查日期：{N.date}\n",
    "复核人：{O.ref}\n", "填报单位负责人（签字）：{B.name}\n", "普查员单位地址：{A.addr}\n",
)
LAYOUTS = ("{k}：{v}\n", "| {k} | {v} |\n", "{k}  {v}\n", "{k}:{v}\n")


def build(b: Builder, s: UnseenSlots, rng: random.Random) -> None:
    say(b, s, rng, pick(s, rng, HEADS))
    layout = pick(s, rng, LAYOUTS)
    fields = pool(s, FIELDS)
    fields = [fields[0]] + [f for f in fields[1:] if rng.random() < 0.6]
    for f in fields:
        k, v = f.split("|")
        say(b, s, rng, layout.format(k=k, v=v))
    for t in rng.sample(pool(s, FOOTS), rng.randint(1, 3)):
        say(b, s, rng, t)
