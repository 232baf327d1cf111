"""Web forms, unseen layouts: sectioned forms, 12345 留言 forms, label-above-value, one-line forms."""

from __future__ import annotations

import random

from ..render import Builder
from .common import BODY, THIRD, UnseenSlots, pick, pool, sample, say

REPORTER_FIELDS = (
    ("真实姓名|{R.name}", "留言人|{R.name}", "反映人|{R.name}", "投诉人姓名|{R.name}", "申请人|{R.name}"),
    ("性 别|{R.gender}", "年龄|{R.age_num}"),
    ("证件号|{R.id}", "身份证号|{R.id}", "有效证件号码|{R.id}", "身份证件号码|{R.id}"),
    ("手机|{R.mobile}", "电话号码|{R.mobile}", "联系手机|{R.mobile}", "留言人电话|{R.mobile}", "手机号|{R.mobile}"),
    ("座机|{R.tel}", "其他联系电话|{R.tel}"),
    ("E-mail|{R.email}", "电子信箱|{R.email}"),
    ("现居住地|{R.home}", "居住地址|{R.home}", "邮寄地址|{R.home}", "现住址|{R.home}"),
    ("所在单位|{W.name}", "工作单位（选填）|{W.name}"),
    ("QQ号|{R.qq}", "扣扣|{R.qq}"),
    ("微信|{R.wechat}", "微信账号|{R.wechat}"),
)
SUBJECT_FIELDS = (
    ("举报对象|{S.name}", "对象名称|{S.name}", "涉事企业|{S.name}", "问题单位|{S.name}", "被投诉方|{S.name}"),
    ("对象地址|{S.addr}", "事发地点|{S.addr}", "问题发生地址|{S.addr}", "涉事地址|{S.addr}"),
    ("社会信用代码|{S.uscc}", "企业信用代码|{S.uscc}"),
    ("企业法人|{B.name}", "涉事企业负责人|{B.name}", "经营者|{B.name}"),
    ("企业电话|{S.tel}", "对象联系电话|{S.tel}", "负责人联系方式|{B.mobile}"),
    ("车牌|{S.plate}", "涉事车牌号|{S.plate}"),
)
META = (
    "留言时间|{N.datetime}", "访问IP|{R.ip}", "IP记录|{R.ip6}", "流水号|{N.caseno}",
    "问题类别|扬尘", "问题类别|异味", "是否匿名|否", "附件链接|{R.url}", "诉求类型|投诉",
)
TITLES = ("【个人信息】\n", "一、举报人信息\n", "==反映人信息==\n", "")
SUBJECT_TITLES = ("【被举报对象】\n", "二、被举报对象信息\n", "==涉事单位信息==\n", "")
CONTENT = ("留言内容", "诉求内容", "情况说明", "投诉详情", "问题描述及诉求")
# How one field is laid out: colon, label above value, spaced, bracketed
LAYOUTS = ("{k}：{v}\n", "{k}\n{v}\n", "{k}  {v}\n", "【{k}】{v}\n", "{k}:{v}\n", "{k}：{v}；")


def build(b: Builder, s: UnseenSlots, rng: random.Random) -> None:
    say(b, s, rng, rng.choice(("12345政务服务平台留言\n", "生态环境问题在线投诉\n", "网上信访事项登记\n", "")))
    layout = pick(s, rng, LAYOUTS)
    name_field, *other = REPORTER_FIELDS
    reporter = [pick(s, rng, name_field)] if rng.random() < 0.8 else []
    reporter += [pick(s, rng, g) for g in other if rng.random() < 0.55]
    subject = [pick(s, rng, g) for g in SUBJECT_FIELDS if rng.random() < 0.7] or [pool(s, SUBJECT_FIELDS[0])[0]]
    meta = [m for m in pool(s, META) if rng.random() < 0.3]
    blocks = [(pick(s, rng, TITLES), reporter), (pick(s, rng, SUBJECT_TITLES), subject)]
    if rng.random() < 0.4:
        blocks.reverse()
    for title, block in blocks:
        say(b, s, rng, title)
        for field in dict.fromkeys(block):
            k, v = field.split("|")
            say(b, s, rng, layout.format(k=k, v=v))
        if layout.endswith("；"):
            b.add("\n")
    content = pick(s, rng, CONTENT)
    head = layout.format(k=content, v="").rstrip("；\n")
    say(b, s, rng, head + ("\n" if layout.startswith("{k}\n") else ""))
    for t in sample(s, rng, BODY, 1, 4) + (sample(s, rng, THIRD, 1, 1) if rng.random() < 0.2 else []):
        say(b, s, rng, t)
    b.add("\n")
    for m in meta:
        k, v = m.split("|")
        say(b, s, rng, layout.format(k=k, v=v))
    if layout.endswith("；") and meta:
        b.add("\n")
