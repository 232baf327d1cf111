"""转办单: a table-like sheet (``| 栏目 | 内容 |`` rows or ``栏目：内容`` lines) sent to the handler."""

from __future__ import annotations

import random

from ..render import Builder
from ..slots import Slots
from .common import BODY, sample

ROWS = (
    ("转办编号", "{N.caseno}"), ("转办日期", "{N.date}"), ("来源", "{N.h12369}热线"),
    ("举报人", "{R.name}"), ("举报人", "{R.ref}"), ("联系电话", "{R.mobile}"),
    ("身份证号", "{R.id}"), ("住址", "{R.home}"), ("工作单位", "{W.name}"),
    ("被举报单位", "{S.name}"), ("单位地址", "{S.addr}"), ("统一社会信用代码", "{S.uscc}"),
    ("法定代表人", "{B.name}"), ("企业联系电话", "{S.tel}"), ("负责人手机", "{B.mobile}"),
    ("承办单位", "{A.name}"), ("承办人", "{O.name}"), ("承办电话", "{A.tel}"),
    ("办结时限", "{N.date}"), ("是否保密", "是"), ("排污许可证", "{N.permit}"),
)
HEADS = ("生态环境信访事项转办单\n", "{A.parent}举报件转办单\n", "环境问题转办通知单（{N.caseno}）\n")
FOOTERS = (
    "请按规定对举报人信息严格保密，于{N.date}前将办理结果报送{A.parent}。\n",
    "联系人：{O.name}  电话：{A.tel}\n",
    "附：群众来电录音文字稿一份。\n",
    "",
)


def build(b: Builder, s: Slots, rng: random.Random) -> None:
    b.render(rng.choice(HEADS), s)
    rows = [r for r in ROWS if rng.random() < 0.6]
    piped = rng.random() < 0.5
    for label, value in rows:
        b.render(f"| {label} | {value} |\n" if piped else f"{label}：{value}\n", s)
    b.render("| 反映问题 | " if piped else "反映问题：", s)
    for t in sample(rng, BODY, 1, 3):
        b.render(t, s)
    b.add(" |\n" if piped else "\n")
    b.render(rng.choice(FOOTERS), s)
