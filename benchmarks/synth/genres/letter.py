"""信访信件: salutation, the reporter's account in the first person, signed at the end."""

from __future__ import annotations

import random

from ..render import Builder
from ..slots import Slots
from .common import BODY, CLOSING, CONTACT, OFFICIAL, RARE, SELF, THIRD, sample

SALUTATIONS = (
    "尊敬的{A.name}领导：\n", "{A.name}：\n", "尊敬的领导：\n", "致{A.parent}信访办：\n",
    "各位领导你们好！\n", "关于{S.name}污染问题的举报信\n{A.name}：\n",
)
OPENINGS = (
    "我写这封信是想反映一个困扰我们{N.num}多年的问题。",
    "现实名举报{S.name}的环境违法行为。",
    "我之前通过{N.hotline}反映过，一直没有结果，只能写信。",
    "我们小区的居民已经忍了很久了，今天我代表大家写这封信。",
    "",
)
SIGNATURES = (
    "举报人：{R.name}\n{N.date}\n",
    "{R.name}\n联系电话：{R.mobile}\n{N.date}\n",
    "此致\n敬礼！\n\n举报人：{R.name}\n身份证号：{R.id}\n电话：{R.mobile}\n地址：{R.home}\n{N.date}\n",
    "一个老百姓 {R.ref}\n{N.date}\n",
    "实名举报人：{R.name}（{R.demo}）\n工作单位：{W.name}\n手机：{R.mobile}\n",
    "{R.name} 敬上\n通信地址：{R.home}\n邮箱：{R.email}\n{N.date}\n",
    "举报人：{R.name}、{H.name}\n{N.date}\n",
)


def build(b: Builder, s: Slots, rng: random.Random) -> None:
    b.render(rng.choice(SALUTATIONS), s)
    b.render("    " + rng.choice(OPENINGS), s)
    parts = [sample(rng, SELF, 1, 1), sample(rng, BODY, 2, 5)]
    if rng.random() < 0.5:
        parts.append(sample(rng, THIRD, 1, 1))
    if rng.random() < 0.4:
        parts.append(sample(rng, OFFICIAL, 1, 1))
    if rng.random() < 0.5:
        parts.append(sample(rng, RARE, 1, 2))
    parts.append(sample(rng, CONTACT, 1, 2))
    head, *rest = parts
    rng.shuffle(rest)  # self-introduction first, the rest in any order
    for group in [head] + rest:
        for t in group:
            b.render(t, s)
        b.add("\n    " if rng.random() < 0.5 else "")
    b.add("\n")
    for t in sample(rng, CLOSING, 1, 2):
        b.render(t, s)
    b.add("\n\n")
    b.render(rng.choice(SIGNATURES), s)
