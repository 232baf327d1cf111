"""12369 hotline call record (来电记录): a header of fields, then the operator's summary."""

from __future__ import annotations

import random

from ..render import Builder
from ..slots import Slots
from .common import BODY, CLOSING, OFFICIAL, RARE, THIRD, sample

HEADERS = (
    "12369环保举报热线来电记录\n",
    "{N.h12369}热线受理登记\n受理编号：{N.caseno}\n",
    "来电登记表（编号{N.caseno}）\n",
    "环保热线工单\n",
)
FIELDS = (  # one variant per group; groups appear with some probability, in this order
    ("来电时间：{N.datetime}\n", "受理时间：{N.datetime}\n"),
    ("来电号码：{R.mobile}\n", "主叫号码：{R.mobile}\n", "来电号码：{R.tel}\n"),
    ("来电人：{R.ref}\n", "来电人：{R.name}（{R.demo}）\n", "来电人姓名：{R.name}\n", "来电人：匿名\n"),
    ("回访电话：{R.mobile}\n", "联系方式：{R.mobile}（同来电）\n", "备用电话：{R.tel}\n"),
    ("来电人住址：{R.home}\n", "来电人所在位置：{R.home}附近\n"),
    ("来电人身份证号：{R.id}\n",),
    ("被反映单位：{S.name}\n", "被反映对象：{S.name}\n"),
    ("被反映单位地址：{S.addr}\n", "问题发生地：{S.addr}\n"),
    ("受理人：{O.name}\n", "接线员：{O.name}（工号{N.num}）\n"),
    ("是否要求保密：是\n", "是否要求回复：是\n"),
)
SUMMARY = (
    "来电人反映：",
    "{R.ref}来电反映：",
    "来电内容：",
    "市民{R.ref}（尾号{R.mobile_tail}）来电称：",
    "群众来电，",
)
CALLER_LINES = (
    "来电人称其住在{R.home}，",
    "来电人表示自己在{W.name}工作，",
    "来电人要求回复到手机{R.mobile}，",
    "来电人留了微信{R.wechat}，可发照片。",
    "来电人称其{H.rel}{H.name}也多次反映。",
)
TAILS = (
    "来电人要求对其身份保密。",
    "已告知来电人办理时限，承办单位{A.name}，联系电话{A.tel}。",
    "请于{N.date}前办结并回复来电人（{R.mobile}）。",
    "受理人：{O.name}，{N.datetime}",
    "已转{A.name}办理。",
)


def build(b: Builder, s: Slots, rng: random.Random) -> None:
    b.render(rng.choice(HEADERS), s)
    for group in FIELDS:
        if rng.random() < 0.5:
            b.render(rng.choice(group), s)
    b.render(rng.choice(SUMMARY), s)
    sentences = sample(rng, BODY, 2, 4) + sample(rng, CALLER_LINES, 1, 2)
    if rng.random() < 0.3:
        sentences += sample(rng, THIRD, 1, 1)
    if rng.random() < 0.35:
        sentences += sample(rng, RARE, 1, 2)
    if rng.random() < 0.3:
        sentences += sample(rng, OFFICIAL, 1, 1)
    rng.shuffle(sentences)
    for t in sentences:
        b.render(t, s)
    b.add("\n")
    for t in sample(rng, TAILS, 1, 2) + sample(rng, CLOSING, 0, 1):
        b.render(t + "\n", s)
