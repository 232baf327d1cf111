"""信访信件, unseen wording: other salutations and openings, 落款 with 来信人/写信人/具名/署名."""

from __future__ import annotations

import random

from ..render import Builder
from .common import (
    BODY,
    CLOSING,
    CONTACT,
    OFFICIAL,
    RARE,
    SELF,
    THIRD,
    UnseenSlots,
    pick,
    sample,
    say,
)

SALUTATIONS = (
    "{A.name}的领导们：\n", "敬爱的局长：\n", "{A.parent}：\n你们好！\n", "致有关部门：\n",
    "关于反映{S.name}违法排污的信\n尊敬的{A.parent}：\n", "市环保局领导同志：\n",
)
OPENINGS = (
    "我实在忍无可忍，才提笔给你们写信。",
    "今天冒昧给您写信，是想反映我们村附近的污染问题。",
    "",
    "此前多次拨打{N.hotline}无果，特来信反映。",
    "这封信我写了好几遍，希望领导能看到。",
    "",
)
SIGNATURES = (
    "来信人：{R.name}\n联系手机：{R.mobile}\n{N.date}\n",
    "反映人：{R.name}\n{N.date}于家中\n",
    "{R.name}（{R.mobile}）\n{N.date}\n",
    "此致\n  敬礼\n\n写信人：{R.name}\n住址：{R.home}\n身份证：{R.id}\n",
    "一位关心家乡环境的群众 {R.ref}\n{N.date}\n",
    "具名：{R.name}\n工作单位：{W.name}\n电话号码：{R.mobile}\n",
    "署名：{R.name}\n联系邮箱：{R.email}\n通信地址：{R.home}\n",
    "联名人：{R.name}、{H.name}\n{N.date}\n",
    "{R.home} {R.name}\n手机 {R.mobile}\n",
    "投诉人 {R.name} 叩上\n{N.date}\n",
)


def build(b: Builder, s: UnseenSlots, rng: random.Random) -> None:
    say(b, s, rng, pick(s, rng, SALUTATIONS))
    say(b, s, rng, rng.choice(("    ", "　　", "")) + pick(s, rng, OPENINGS))
    parts = [sample(s, rng, SELF, 1, 1), sample(s, rng, BODY, 2, 5)]
    if rng.random() < 0.5:
        parts.append(sample(s, rng, THIRD, 1, 1))
    if rng.random() < 0.4:
        parts.append(sample(s, rng, OFFICIAL, 1, 1))
    if rng.random() < 0.5:
        parts.append(sample(s, rng, RARE, 1, 2))
    parts.append(sample(s, rng, CONTACT, 1, 2))
    head, *rest = parts
    rng.shuffle(rest)
    if rng.random() < 0.3:  # some writers introduce themselves only at the end
        rest.append(head)
        head = rest.pop(0)
    for group in [head] + rest:
        for t in group:
            say(b, s, rng, t)
        b.add(rng.choice(("\n　　", "", "\n")))
    b.add("\n")
    for t in sample(s, rng, CLOSING, 1, 2):
        say(b, s, rng, t)
    b.add("\n\n")
    say(b, s, rng, pick(s, rng, SIGNATURES))
