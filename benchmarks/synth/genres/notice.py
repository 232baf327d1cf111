"""信息公开/答复: an agency's reply or public notice about a complaint.

The reporter is usually addressed (张某某同志) and must not survive publication; the
enterprise and the outcome must.
"""

from __future__ import annotations

import random

from ..render import Builder
from ..slots import Slots

HEADS = (
    "关于{S.name}环境问题举报的答复意见\n{N.caseno}\n\n",
    "{A.name}信访事项处理意见书\n",
    "生态环境信访举报办理情况公开\n",
    "政府信息公开申请答复书（{N.caseno}）\n",
)
ADDRESSEES = ("{R.name}同志：\n", "{R.ref}：\n", "{R.name}先生/女士：\n", "申请人{R.name}：\n", "")
RECEIPTS = (
    "您于{N.date}通过{N.hotline}反映的{S.name}污染问题，我局已受理。",
    "您于{N.date}来信反映的问题收悉。",
    "{R.ref}（联系电话{R.mobile}）反映{S.addr}有企业偷排废水一事，现答复如下：",
    "您通过网上平台（IP：{R.ip}）提交的举报收悉。",
)
FINDINGS = (
    "经查，{S.name}（统一社会信用代码：{S.uscc}）位于{S.addr}，法定代表人{B.name}。",
    "{N.date}，我局执法人员对该公司进行了现场检查，监测结果显示{N.reading}，超过排放标准。",
    "该公司持有排污许可证（编号{N.permit}），但未按证排污。",
    "我局已责令{S.name}立即停止违法行为，并处罚款{N.money}。",
    "检查时该厂未生产，{N.date}复查时发现其夜间生产，已依法查封扣押设备。",
    "经核实，反映情况部分属实。",
)
ENDINGS = (
    "如对本答复不服，可在收到之日起60日内申请行政复议。\n",
    "联系人：{O.name}，联系电话：{A.tel}，地址：{A.addr}。\n",
    "感谢您对生态环境保护工作的支持！\n",
    "详情可登录{A.url}查询。\n",
)


def build(b: Builder, s: Slots, rng: random.Random) -> None:
    b.render(rng.choice(HEADS), s)
    b.render(rng.choice(ADDRESSEES), s)
    b.render("    " + rng.choice(RECEIPTS) + "\n    ", s)
    for t in rng.sample(FINDINGS, rng.randint(2, 5)):
        b.render(t, s)
    b.add("\n")
    for t in rng.sample(ENDINGS, rng.randint(1, 3)):
        b.render(t, s)
    b.render("\n{A.name}\n{N.date}\n", s)
