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
ADDRESSEES = (
    "{R.name}同志：\n", "{R.ref}：\n", "{R.name}先生/女士：\n", "申请人{R.name}：\n", "",
    "{R.name}（身份证号{R.id}）：\n", "{R.ref}（{R.home}）：\n", "尊敬的{R.ref}：\n",
)
RECEIPTS = (
    "您于{N.date}通过{N.hotline}反映的{S.name}污染问题，我局已受理。",
    "您于{N.date}来信反映的问题收悉。",
    "{R.ref}（联系电话{R.mobile}）反映{S.addr}有企业偷排废水一事，现答复如下：",
    "您通过网上平台（IP：{R.ip}）提交的举报收悉。",
    "您以电子邮件（{R.email}）方式提出的政府信息公开申请收悉。",
    "您与{T.name}等{N.num}人联名反映{S.name}噪声扰民的来信收悉。",
    "您通过网络平台私信（{R.social}）反映的问题，我局高度重视。",
    "{W.name}职工{R.name}反映单位附近{S.name}排放异味一事，现答复如下：",
    "{N.date}，我局接到{R.ref}（手机尾号{R.mobile_tail}）的举报电话。",
)
FINDINGS = (
    "经查，{S.name}（统一社会信用代码：{S.uscc}）位于{S.addr}，法定代表人{B.name}。",
    "{N.date}，我局执法人员对该公司进行了现场检查，监测结果显示{N.reading}，超过排放标准。",
    "该公司持有排污许可证（编号{N.permit}），但未按证排污。",
    "我局已责令{S.name}立即停止违法行为，并处罚款{N.money}。",
    "检查时该厂未生产，{N.date}复查时发现其夜间生产，已依法查封扣押设备。",
    "经核实，反映情况部分属实。",
    "{A.name}会同属地政府等{N.num}个部门开展了联合检查，{P.inst}周边已恢复正常。",
    "该公司负责人{B.ref}对违法事实无异议，已于{N.date}完成整改。",
    "对该公司车辆{S.plate}运输过程中的撒漏问题，已移交交警部门处理。",
    "现场检查时，企业联系人{B.name}（电话{B.mobile}）在场。",
    "经调查，反映的{S.addr}噪声问题不属实，夜间监测{N.reading}，未超标。",
    "请您继续监督，如发现新的问题可拨打{N.hotline}。",
)
ENDINGS = (
    "如对本答复不服，可在收到之日起60日内申请行政复议。\n",
    "联系人：{O.name}，联系电话：{A.tel}，地址：{A.addr}。\n",
    "感谢您对生态环境保护工作的支持！\n",
    "详情可登录{A.url}查询。\n",
    "本答复将在{A.url}公开，公开时隐去举报人信息。\n",
    "经办人：{O.ref}，{N.date}\n",
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
