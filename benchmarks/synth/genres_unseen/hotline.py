"""12369 call record, unseen wording: 诉求人/来电者/投诉人 fields, 工单 layouts."""

from __future__ import annotations

import random

from ..render import Builder
from .common import BODY, CLOSING, OFFICIAL, RARE, THIRD, UnseenSlots, pick, sample, say

HEADERS = (
    "{A.parent}12369受理工单\n工单编号：{N.caseno}\n",
    "环境信访来电登记（{N.date}）\n",
    "热线电话记录单\n",
    "12369网络举报平台——电话受理\n",
)
FIELDS = (  # one variant per group; groups appear with some probability, in this order
    ("登记时间：{N.datetime}\n", "接听时间：{N.datetime}\n"),
    ("诉求人：{R.name}\n", "来电者：{R.ref}\n", "反映人姓名：{R.name}  性别：{R.gender}\n", "投诉人：{R.name}（{R.age}）\n"),
    ("来电显示：{R.mobile}\n", "联系号码：{R.mobile}\n", "回复电话：{R.mobile}\n", "诉求人电话：{R.tel}\n"),
    ("诉求人住址：{R.home}\n", "来电者居住地：{R.home}\n"),
    ("证件号：{R.id}\n", "诉求人身份证：{R.id}\n"),
    ("涉事企业：{S.name}\n", "投诉对象：{S.name}\n", "被投诉单位：{S.name}\n"),
    ("涉事地址：{S.addr}\n", "污染地点：{S.addr}\n"),
    ("接线员工号：{N.num}  姓名：{O.name}\n", "记录人：{O.name}\n"),
    ("保密要求：要求保密\n", "回复方式：电话回复\n"),
)
SUMMARY = (
    "诉求内容：",
    "来电者反映：",
    "{R.ref}来电投诉：",
    "事由：",
    "群众（手机尾号{R.mobile_tail}）来电投诉，",
    "诉求人{R.call}来电说，",
)
CALLER_LINES = (
    "诉求人称自己家就在{R.home}，",
    "来电者自述在{W.name}上班，",
    "诉求人希望处理结果回复至{R.mobile}，",
    "来电者另留了QQ号{R.qq}。",
    "诉求人表示其{H.rel}{H.name}也曾打电话反映。",
    "来电者提供的微信号为{R.wechat}，可以接收现场照片。",
)
TAILS = (
    "诉求人要求不要透露其个人信息。",
    "已派{A.name}核查，联系人{O.name}（{A.tel}）。",
    "办理时限：{N.date}前回复诉求人{R.mobile}。",
    "记录人：{O.name}，{N.datetime}",
    "该件已转交{A.name}。",
    "来电者担心被打击报复，请注意保密。",
)


def build(b: Builder, s: UnseenSlots, rng: random.Random) -> None:
    say(b, s, rng, pick(s, rng, HEADERS))
    for group in FIELDS:
        if rng.random() < 0.5:
            say(b, s, rng, pick(s, rng, group))
    say(b, s, rng, pick(s, rng, SUMMARY))
    sentences = sample(s, rng, BODY, 2, 4) + sample(s, rng, CALLER_LINES, 1, 2)
    if rng.random() < 0.3:
        sentences += sample(s, rng, THIRD, 1, 1)
    if rng.random() < 0.35:
        sentences += sample(s, rng, RARE, 1, 2)
    if rng.random() < 0.3:
        sentences += sample(s, rng, OFFICIAL, 1, 1)
    rng.shuffle(sentences)
    for t in sentences:
        say(b, s, rng, t)
    b.add("\n")
    for t in sample(s, rng, TAILS, 1, 2) + sample(s, rng, CLOSING, 0, 1):
        say(b, s, rng, t + "\n")
