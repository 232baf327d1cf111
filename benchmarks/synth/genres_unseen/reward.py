"""Reward notices, unseen wording: 获奖人/受奖人/申领人/领奖人, 兑现 tables."""

from __future__ import annotations

import random

from ..render import Builder
from .common import UnseenSlots, pick, pool, say

HEADS = ("环境违法举报奖励领取通知\n", "{A.parent}有奖举报兑现情况公告\n", "{N.date}举报奖励发放名单\n", "有奖举报奖金兑付公示\n")
INTROS = (
    "以下举报线索经查证属实，现将奖励兑现情况公告如下：\n",
    "根据有奖举报办法，拟对下列获奖人予以奖励：\n",
    "| 序号 | 获奖人 | 涉及企业 | 金额 |\n",
    "经{A.name}审定，奖励如下：\n",
)
ROWS = (
    "获奖人：{R.ref}，证件号末四位{R.id_tail}，金额{N.money}。\n",
    "受奖人{R.name}（电话尾号{R.mobile_tail}），举报对象{S.name}，奖金{N.money}。\n",
    "| {N.num} | {R.ref} | {S.name} | {N.money} |\n",
    "奖励对象姓名：{R.name}；收款账号：{R.bank}；手机：{R.mobile}。\n",
    "申领人{R.ref}（{W.name}）举报{S.name}超标排放一案，奖励{N.money}。\n",
    "第{N.num}号：{R.name}，{R.gender}，{R.age}，线索涉及{S.addr}违法排污，兑现{N.money}。\n",
    "获奖举报人：{R.ref}，联系电话：{R.mobile}，奖金已转入尾号为{R.bank_tail}的账户。\n",
    "领奖人{R.name}，微信号{R.wechat}，奖励{N.money}（{N.caseno}）。\n",
    "{N.date}，群众{R.ref}拨打{N.h12369}反映{S.addr}非法洗沙，查证属实，奖励{N.money}。\n",
    "{R.ref}与{H.ref}共同举报{S.name}，每人奖励{N.money}。\n",
)
ENDINGS = (
    "公告期{N.date}至{N.date}，监督电话{A.tel}。\n",
    "对以上名单有异议的，请书面向{A.name}提出，地址：{A.addr}。\n",
    "请获奖人持本人证件于{N.date}前到{A.name}办理领取手续，联系人{O.name}，电话{A.tel}。\n",
    "监督单位：{A.parent}\n",
)


def build(b: Builder, s: UnseenSlots, rng: random.Random) -> None:
    say(b, s, rng, pick(s, rng, HEADS))
    say(b, s, rng, pick(s, rng, INTROS))
    for t in rng.sample(pool(s, ROWS), rng.randint(1, 3)):
        say(b, s, rng, t)
    for t in rng.sample(pool(s, ENDINGS), rng.randint(1, 2)):
        say(b, s, rng, t)
    say(b, s, rng, "{A.name}\n{N.date}\n")
