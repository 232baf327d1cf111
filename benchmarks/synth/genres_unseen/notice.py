"""Agency replies and public notices, unseen wording: 信访人/来信人/投诉人 addressees, 你 forms."""

from __future__ import annotations

import random

from ..render import Builder
from .common import UnseenSlots, pick, pool, say

HEADS = (
    "关于{S.name}有关问题的调查处理情况公示\n",
    "{A.name}\n信访事项答复意见书（{N.caseno}）\n",
    "群众举报件办理结果公开\n",
    "{A.parent}关于来信反映问题的回复\n",
)
ADDRESSEES = (
    "信访人{R.name}：\n", "{R.name}女士（先生）：\n", "来信人{R.ref}：\n", "{R.ref}同志，您好：\n",
    "投诉人{R.name}（手机{R.mobile}）：\n", "", "反映人{R.name}，住{R.home}：\n", "{R.call}：\n",
)
RECEIPTS = (
    "你于{N.date}向我局反映{S.name}扰民问题的信访件已收悉。",
    "{R.ref}（电话{R.mobile}）于{N.date}投诉{S.addr}扬尘污染，经核查，现回复如下：",
    "你通过{N.hotline}投诉的事项，我局已组织核查。",
    "{R.name}通过电子邮箱{R.email}反映的问题，我局已办结。",
    "你（住址：{R.home}）反映的噪声问题已转属地办理。",
    "{W.name}员工{R.name}投诉{S.name}废气扰民一事，处理情况如下：",
    "你和{T.name}等人反映的问题已收到。",
    "{N.date}，接群众{R.ref}（手机尾号{R.mobile_tail}）电话投诉。",
    "你在{R.social}上反映的情况，我局已关注。",
    "你在网上留言（IP：{R.ip}）反映的问题已转我局办理。",
)
FINDINGS = (
    "执法人员现场检查发现，{S.name}（法定代表人{B.name}，统一社会信用代码{S.uscc}）存在未批先建行为。",
    "该企业位于{S.addr}，{N.date}检查时正在生产，{N.reading}。",
    "现场负责人{B.ref}（电话{B.mobile}）配合了检查。",
    "我局已对{S.name}下达《责令改正违法行为决定书》，罚款{N.money}。",
    "经监测，厂界噪声{N.reading}，符合标准，投诉问题不成立。",
    "目前该企业已停产整治，{P.inst}周边环境质量有所改善。",
    "涉事车辆{S.plate}已移交公安交管部门。",
    "企业负责人{B.name}表示将于{N.date}前完成整改。",
    "如对处理结果有异议，可拨打{N.hotline}。",
    "反映问题属实，{A.name}已立案查处。",
)
ENDINGS = (
    "承办人：{O.name}  联系电话：{A.tel}\n",
    "通讯地址：{A.addr}\n",
    "如不服本答复意见，可在30日内向上一级机关申请复查。\n",
    "本件办理结果将在{A.url}公开，信访人个人信息已隐去。\n",
    "经办人：{O.ref}（{A.tel}）\n",
    "谢谢你对环保工作的关心和支持。\n",
)


def build(b: Builder, s: UnseenSlots, rng: random.Random) -> None:
    say(b, s, rng, pick(s, rng, HEADS))
    say(b, s, rng, pick(s, rng, ADDRESSEES))
    say(b, s, rng, rng.choice(("    ", "　　")) + pick(s, rng, RECEIPTS) + "\n" + rng.choice(("    ", "　　")))
    for t in rng.sample(pool(s, FINDINGS), rng.randint(2, 4)):
        say(b, s, rng, t)
    b.add("\n")
    for t in rng.sample(pool(s, ENDINGS), rng.randint(1, 3)):
        say(b, s, rng, t)
    say(b, s, rng, rng.choice(("\n{A.name}（盖章）\n{N.date}\n", "\n{A.name}\n{N.date}\n")))
