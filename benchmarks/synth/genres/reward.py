"""奖励公示: a reward notice; the reporter appears masked or in full by mistake."""

from __future__ import annotations

import random

from ..render import Builder
from ..slots import Slots

HEADS = ("生态环境违法行为举报奖励公示\n", "{A.parent}关于{N.date}举报奖励的公示\n", "举报奖励发放公示（第{N.num}批）\n")
INTROS = (
    "根据举报奖励办法，经审核，以下举报人符合奖励条件，现予公示：\n",
    "经{A.name}核实，下列举报线索属实，拟给予奖励：\n",
    "为鼓励公众参与环境保护，现将{N.date}以来查实的举报奖励情况公示如下：\n",
    "| 案件编号 | 举报人 | 被举报单位 | 奖励金额 |\n",
)
ROWS = (
    "举报人：{R.ref}，身份证号后四位{R.id_tail}，奖励金额{N.money}。\n",
    "举报人：{R.name}（手机尾号{R.mobile_tail}），被举报单位：{S.name}，奖励{N.money}。\n",
    "举报编号{N.caseno}，被举报单位{S.name}，地址{S.addr}，查处结果：罚款{N.money}，举报人{R.ref}获奖励{N.money}。\n",
    "| {N.caseno} | {R.ref} | {S.name} | {N.money} |\n",
    "领奖人：{R.name}，开户行账号{R.bank}，联系电话{R.mobile}。\n",
    "举报人{R.ref}（{W.name}职工）举报的{S.name}偷排案件已查实。\n",
    "序号{N.num}：举报人{R.name}，{R.gender}，{R.age}，举报{S.name}违法倾倒危险废物，奖励{N.money}。\n",
    "举报人：{R.ref}；联系方式：{R.mobile}；奖励方式：转账至尾号{R.bank_tail}的银行卡。\n",
    "奖励对象：{R.name}（微信{R.wechat}），奖励金额：{N.money}，案件编号：{N.caseno}。\n",
    "{N.date}，{R.ref}通过{N.h12369}热线举报{S.addr}存在非法炼油窝点，经查属实，奖励{N.money}。\n",
    "举报人{R.ref}、{H.ref}联名举报{S.name}，各奖励{N.money}。\n",
)
ENDINGS = (
    "公示期{N.date}至{N.date}，如有异议请拨打{A.tel}。\n",
    "公示期间，对公示内容有异议的，可向{A.name}反映，地址：{A.addr}。\n",
    "举报人请于{N.date}前携带身份证到{A.name}领取奖金，咨询电话{A.tel}，联系人{O.name}。\n",
)


def build(b: Builder, s: Slots, rng: random.Random) -> None:
    b.render(rng.choice(HEADS), s)
    b.render(rng.choice(INTROS), s)
    for t in rng.sample(ROWS, rng.randint(1, 3)):
        b.render(t, s)
    for t in rng.sample(ENDINGS, rng.randint(1, 2)):
        b.render(t, s)
    b.render("{A.name}\n{N.date}\n", s)
