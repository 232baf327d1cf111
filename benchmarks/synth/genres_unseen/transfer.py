"""Transfer sheets, unseen column names and layouts: 信访人/诉求人电话/涉事主体/问题属地 …,
vertical lists, spaced columns, 【栏目】 brackets, and horizontal tables (a header row of
column names, then one row of values)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import BODY, UnseenSlots, pick, pool, sample, say

ROWS = (
    ("交办编号", "{N.caseno}"), ("交办时间", "{N.date}"), ("线索来源", "12369网络平台"),
    ("信访人", "{R.name}"), ("反映人", "{R.ref}"), ("诉求人电话", "{R.mobile}"),
    ("联系号码", "{R.mobile}"), ("证件号码", "{R.id}"), ("反映人住址", "{R.home}"),
    ("反映人单位", "{W.name}"), ("涉事主体", "{S.name}"), ("问题属地", "{S.addr}"),
    ("信用代码", "{S.uscc}"), ("企业负责人", "{B.name}"), ("单位电话", "{S.tel}"),
    ("负责人联系方式", "{B.mobile}"), ("责任单位", "{A.name}"), ("经办人", "{O.name}"),
    ("经办电话", "{A.tel}"), ("反馈期限", "{N.date}"), ("保密", "需保密"),
    ("许可证号", "{N.permit}"), ("来信人", "{R.name}"), ("被投诉企业", "{S.name}"),
)
HEADS = ("环境信访件交办函\n", "{A.parent}交办单（{N.caseno}）\n", "群众举报问题交办清单\n", "信访事项交办表\n")
CONTENT = ("问题描述", "主要诉求", "反映内容", "投诉事项")
FOOTERS = (
    "请注意保护信访人隐私，于{N.date}前反馈办理情况。\n",
    "经办人：{O.name}　联系电话：{A.tel}\n",
    "附件：来电录音1份\n",
    "",
)
LAYOUTS = ("lines", "table_h", "spaced", "bracket")


def build(b: Builder, s: UnseenSlots, rng: random.Random) -> None:
    say(b, s, rng, pick(s, rng, HEADS))
    rows = [r for r in pool(s, ROWS) if rng.random() < 0.6] or list(pool(s, ROWS)[:3])
    layout = pick(s, rng, LAYOUTS)
    content = pick(s, rng, CONTENT)
    body = sample(s, rng, BODY, 1, 3)
    if layout == "table_h":
        rows = rows[:7]
        b.add("| 序号 | " + " | ".join(k for k, _ in rows) + " |\n")
        b.add("|" + "---|" * (len(rows) + 1) + "\n")
        say(b, s, rng, "| 1 | " + " | ".join(v for _, v in rows) + " |\n")
        say(b, s, rng, f"{content}：")
    else:
        fmt = {"lines": "{k}：{v}\n", "spaced": "{k}    {v}\n", "bracket": "【{k}】{v}\n"}[layout]
        for k, v in rows:
            say(b, s, rng, fmt.format(k=k, v=v))
        say(b, s, rng, fmt.format(k=content, v="").rstrip("\n"))
    for t in body:
        say(b, s, rng, t)
    b.add("\n")
    say(b, s, rng, pick(s, rng, FOOTERS))
