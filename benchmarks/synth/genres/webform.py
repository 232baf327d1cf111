"""网上举报表单: one ``字段：值`` line per field, in the order the platform shows them."""

from __future__ import annotations

import random

from ..render import Builder
from ..slots import Slots
from .common import BODY, THIRD, sample

REPORTER_FIELDS = (
    ("举报人姓名：{R.name}", "姓名：{R.name}", "举报人：{R.name}", "您的姓名：{R.name}"),
    ("性别：{R.gender}", "性别：{R.gender}    年龄：{R.age_num}", "性别/年龄：{R.gender}/{R.age}"),
    ("民族：{R.ethnic}",),
    ("身份证号码：{R.id}", "证件类型：居民身份证  证件号码：{R.id}", "证件号码：{R.id}"),
    ("联系电话：{R.mobile}", "手机号码：{R.mobile}", "联系方式：{R.mobile}"),
    ("固定电话：{R.tel}", "办公电话：{R.tel_ext}"),
    ("电子邮箱：{R.email}", "邮箱：{R.email}"),
    ("通讯地址：{R.home}", "家庭住址：{R.home}", "联系地址：{R.home}"),
    ("工作单位：{W.name}",),
    ("QQ号码：{R.qq}", "QQ：{R.qq}"),
    ("微信号：{R.wechat}",),
    ("证件类型：护照  证件号码：{R.passport}", "证件类型：港澳居民来往内地通行证/往来港澳通行证  证件号码：{R.hkmo}"),
)
SUBJECT_FIELDS = (
    ("被举报单位：{S.name}", "被举报对象：{S.name}", "被举报单位名称：{S.name}"),
    ("被举报单位地址：{S.addr}", "污染源地址：{S.addr}", "所在地：{S.addr}"),
    ("统一社会信用代码：{S.uscc}",),
    ("负责人：{B.name}", "法定代表人：{B.name}", "被举报人：{B.name}"),
    ("被举报单位电话：{S.tel}", "负责人电话：{B.mobile}"),
    ("涉事车辆：{S.plate}",),
)
META = (
    "提交时间：{N.datetime}", "提交IP：{R.ip}", "来源IP：{R.ip6}", "举报编号：{N.caseno}",
    "污染类型：水污染", "污染类型：大气污染", "污染类型：噪声污染", "是否公开举报人信息：否",
    "证据链接：{R.url}",
)


def build(b: Builder, s: Slots, rng: random.Random) -> None:
    b.render(rng.choice(("网上举报信息\n", "生态环境违法行为举报表\n", "【在线举报】\n", "")), s)
    name_field, *other_fields = REPORTER_FIELDS
    reporter = [rng.choice(name_field)] if rng.random() < 0.8 else []  # anonymous forms exist
    reporter += [rng.choice(g) for g in other_fields if rng.random() < 0.55]
    subject = [rng.choice(g) for g in SUBJECT_FIELDS if rng.random() < 0.7] or [SUBJECT_FIELDS[0][0]]
    meta = [m for m in META if rng.random() < 0.3]
    blocks = [reporter, subject]
    if rng.random() < 0.4:
        blocks.reverse()  # some platforms ask about the polluter first
    for block in blocks:
        for line in dict.fromkeys(block):  # drop duplicate lines, keep order
            b.render(line + "\n", s)
    b.render(rng.choice(("举报内容：", "问题描述：", "具体情况：", "举报事项：\n")), s)
    for t in sample(rng, BODY, 1, 4) + (sample(rng, THIRD, 1, 1) if rng.random() < 0.2 else []):
        b.render(t, s)
    b.add("\n")
    for line in meta:
        b.render(line + "\n", s)
