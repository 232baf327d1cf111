"""污染源普查 record of one enterprise (the census object, role subject) plus the enumerator.

Census records have no reporter: every identity span is the census object's (subject) or
the enumerator's/agency's (official).
"""

from __future__ import annotations

import random

from ..render import Builder
from ..slots import Slots

FIELDS = (
    "单位名称：{S.name}", "统一社会信用代码：{S.uscc}", "法定代表人：{B.name}",
    "详细地址：{S.addr}", "联系人：{B.ref}", "联系电话：{S.tel}", "负责人手机：{B.mobile}",
    "传真：{S.fax}", "企业网址：{S.website}", "行业类别：{S.industry}", "排污许可证编号：{N.permit}",
    "普查时点：{N.date}", "年废水排放量：{N.amount}", "主要污染物：{N.reading}", "运输车辆：{S.plate}",
    "年营业收入：{N.money}",
    "企业负责人：{B.name}（{B.demo}）", "负责人身份证号：{B.id}", "联系人邮箱：{B.email}",
    "注册地址：{S.addr}", "生产经营地址：{S.addr}", "环保负责人：{B.ref}  手机：{B.mobile}",
    "年用水量：{N.amount}", "废气排放口数量：{N.num}", "监测数据：{N.reading}",
)
HEADS = ("第二次全国污染源普查 工业企业基本情况表\n", "污染源普查入户调查记录\n", "普查对象基本信息（{N.caseno}）\n")
FOOTS = (
    "普查员：{O.name}  联系电话：{A.tel}\n", "普查机构：{A.name}\n", "填报日期：{N.date}\n",
    "审核人：{O.ref}\n", "普查员证件号：{N.caseno}\n", "单位负责人签字：{B.name}\n",
    "普查指导员：{O.name}，办公地址：{A.addr}\n",
)


def build(b: Builder, s: Slots, rng: random.Random) -> None:
    b.render(rng.choice(HEADS), s)
    fields = [FIELDS[0]] + [f for f in FIELDS[1:] if rng.random() < 0.6]
    sep = rng.choice(("\n", "；", "\n"))
    for f in fields:
        b.render(f + sep, s)
    if sep != "\n":
        b.add("\n")
    for t in rng.sample(FOOTS, rng.randint(1, 3)):
        b.render(t, s)
