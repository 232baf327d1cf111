"""Web forms, four layouts: an online 建设项目环境影响评价公众意见表 (the commenter's name, ID or
passport / HK-Macao permit, contact, usual residence, refusal to publish; the project's builder
and its contact, the EIA consultancy and its engineer) | a report filed from a government app
logged in with a legal-person account (the reporter's own small business: its name, its USCC as
the login, the legal person's name and mobile; the plant and its USCC) | a web report whose
Word attachment keeps its document properties (author, company, last saved by a household
member, the file name with the writer's name) | a form about a natural person next door
(the neighbour's name, mobile and house beside the reporter's; IP of the submission)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import SAYS, Unseen13Slots, few, layout, put


def eia_opinion(b: Builder, s: Unseen13Slots, rng: random.Random) -> None:
    put(b, s, "建设项目环境影响评价公众意见表（网络填报）\n提交时间§{N.stamp}\n")
    put(b, s, "项目名称§{S.name}年产" + str(rng.randint(2, 30)) + "万吨" + rng.choice(("扩建", "技改", "新建")) + "项目\n")
    put(b, s, "建设单位§{S.name}  联系人§{E.name}  电话§{E.mobile}  公示网址§{S.website}\n")
    put(b, s, "环评单位§{U.eia}  联系人§{L.name}  邮箱§{L.email}\n")
    put(b, s, "一、本页为公众对环境影响方面的意见\n")
    put(b, s, "意见§" + rng.choice(("现有厂区已经扰民，不同意扩建。", "先把老问题解决了再谈扩建。")) + "；".join(few(rng, SAYS, 1, 2)) + "。\n")
    put(b, s, "二、本页为公众信息\n")
    put(b, s, "姓名§{R.name}\n")
    put(b, s, rng.choice(("身份证号§{R.id}", "证件类型§护照  证件号码§{R.passport}", "证件类型§港澳居民来往内地通行证  证件号码§{R.hkmo}")) + "\n")
    put(b, s, "有效联系方式（电话号码或邮箱）§" + rng.choice(("{R.mobile}", "{R.email}", "{R.mobile}；{R.email}")) + "\n")
    put(b, s, "经常居住地址§{R.home}\n")
    put(b, s, "是否同意公开个人信息§不同意\n")
    put(b, s, "提交IP§{R.ip}\n")


def legal_account(b: Builder, s: Unseen13Slots, rng: random.Random) -> None:
    put(b, s, "政务服务网·生态环境问题举报  办件编号§{N.clue}\n")
    put(b, s, "【登录信息】账号类型§法人  登录账号§{W.biz_uscc}  单位名称§{W.biz}\n")
    put(b, s, "法定代表人§{R.name}  法人手机§{R.mobile}  实名等级§L3\n")
    put(b, s, "【举报内容】\n被举报单位§{S.name}\n被举报单位信用代码§" + rng.choice(("{S.uscc}", "{S.uscc_plain}", "不清楚")) + "\n")
    put(b, s, "地址§{S.addr}\n")
    put(b, s, "描述§我是隔壁做小生意的，" + "；".join(few(rng, SAYS, 2, 3)) + "。用单位账号登的，麻烦别让人顺着账号查到我们店。\n")
    put(b, s, "是否匿名§是（系统提示：法人账号举报无法完全匿名）\n")
    put(b, s, "【流转】{N.stamp} 推送至{A.name}；承办人{O.name}\n")


def doc_props(b: Builder, s: Unseen13Slots, rng: random.Random) -> None:
    put(b, s, "网上举报件 {N.caseno}\n")
    put(b, s, "举报人§匿名  联系电话§未填\n被举报对象§{S.name}  所在地§{S.addr}\n")
    put(b, s, "举报内容§详见附件。\n")
    put(b, s, "附件1§举报材料-")
    b.add(s.p_name(s.c.reporter, "reporter")[0])
    put(b, s, ".docx（" + str(rng.randint(18, 400)) + " KB）\n")
    put(b, s, "  [系统解析的文档属性]\n")
    put(b, s, "  作者§{R.name}\n  单位§{W.unit}\n  最后保存者§{H.name}\n")
    put(b, s, "  创建时间§{N.stamp}  修改时间§{N.stamp}\n")
    put(b, s, "  正文首段§" + rng.choice(SAYS) + "。" + rng.choice(SAYS) + "。\n")
    put(b, s, "  正文末段§我家住" + rng.choice(("{R.compound}", "{R.home}")) + "，情况属实，希望尽快处理。\n")
    put(b, s, "受理员备注§举报人选择匿名，但附件属性中含姓名和单位，转办前应清除附件属性。——{O.name}\n")


def next_door(b: Builder, s: Unseen13Slots, rng: random.Random) -> None:
    s.natural.home = s.near(s.c.reporter.home)
    put(b, s, "在线举报 · 表单\n")
    kind, what = rng.choice((
        ("露天焚烧", "{F.honor}在自家后院烧废电线和轮胎，烟直接灌进我家"),
        ("养殖污染", "{F.honor}在院子里养了几十头猪，粪水顺着墙根流到我家门口"),
        ("异味扰民", "{F.honor}在家开了个喷漆的小作坊，天天刺鼻"),
        ("噪声扰民", "{F.honor}在家里装了台切割机加工石板，从早响到晚")))
    put(b, s, "举报类型§" + kind + "\n")
    put(b, s, "被举报人（个人）§{F.name}\n被举报人电话§{F.mobile}\n被举报人住址§{F.home}\n")
    put(b, s, "问题描述§" + what + "。我们是隔壁，他家在东，我家在西，跟他说过，他不听。\n")
    put(b, s, "举报人§{R.name}  手机§" + rng.choice(("{R.mobile}", "{R.mobile_fwsp}")) + "  住址§{R.home}\n")
    put(b, s, "希望§别上门找我，邻里关系不好处。" + rng.choice(("", "可以联系我{K.kinword}{K.name}（{K.mobile}）。")) + "\n")
    put(b, s, "——提交信息——  IP§{R.ip}  时间§{N.stamp}  受理单位§{A.name}\n")


LAYOUTS = (eia_opinion, legal_account, doc_props, next_door)


def build(b: Builder, s: Unseen13Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
