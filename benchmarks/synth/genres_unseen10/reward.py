"""Reward papers, four layouts: a reward payment by bank transfer (收款人信息表 with 户名,
开户行, 账号, ID, phone; the bureau's paying account; a first transfer returned because the
card was in the spouse's name, re-paid to the spouse's card: both cards are the reporter's
side) | an insider's double reward application (the reporter works at the plant: the plant
stays the subject; his post, 工号 and a co-worker who must not know) | a 不予奖励告知书 to a
reporter (their name and address; the reason; the case) | a reward panel's scoring sheet
(clue numbers, reporters as X某 with phone tails, the experts of a university as third
parties, the chair an official)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import BARE, TALK, Unseen10Slots, layout, put, some


def bank_transfer(b: Builder, s: Unseen10Slots, rng: random.Random) -> None:
    put(b, s, "举报奖励资金支付 收款人信息表\n案件§{N.docno}（举报{S.name}）  奖励金额§{N.money}\n")
    put(b, s, "付款账户§{A.name}  账号{A.bank}\n")
    put(b, s, "收款人¦开户行¦账号¦身份证号¦联系电话\n")
    put(b, s, "{R.name}¦{U.bankbranch}¦{R.bank}¦" + rng.choice(("{R.id}", "{R.id}", "护照{R.passport}", "港澳通行证{R.hkmo}")) + "¦{R.mobile}\n")
    put(b, s, "\n支付记录§\n[{N.stamp}] 第一次转账 退回：户名与账号不符（该卡户名为举报人{H.rel}{H.name}）\n")
    put(b, s, "[{N.stamp}] 经举报人书面同意，改付至{H.name}名下账户{H.bank}，成功\n")
    put(b, s, "经办§{O.name}  复核§{D.name}\n")


def insider(b: Builder, s: Unseen10Slots, rng: random.Random) -> None:
    put(b, s, "举报奖励申请表（内部人员举报）\n申请人§{R.name}  {R.demo}\n")
    put(b, s, "身份证号§{R.id}  手机§{R.mobile}\n")
    put(b, s, "所在单位及岗位§{S.name}" + rng.choice(("污水站操作工", "仓库保管员", "司机")) + "，工号{N.num}{N.num}\n")
    put(b, s, "举报内容§" + "，".join(some(rng, TALK, 1, 2)) + "；车间主任{E.name}安排夜里开旁路。\n")
    put(b, s, "申请事项§按内部人员举报申请加倍奖励。申请人请求不要让同班组的{Y.name}知道。\n")
    put(b, s, "审核意见§线索经查属实（{N.docno}），" + rng.choice(BARE) + "，拟奖励{N.money}。审核人{O.name}\n")


def no_reward(b: Builder, s: Unseen10Slots, rng: random.Random) -> None:
    put(b, s, "{A.name}\n不予奖励告知书\n{N.docno}\n\n{R.name}：\n")
    put(b, s, "    你举报{S.name}" + rng.choice(("夜间偷排", "违规焚烧", "危废乱堆")) + "一事，经查" +
        rng.choice(("在你举报前已被我局查处", "举报内容与事实不符")) + "，根据奖励办法，不予奖励。\n")
    put(b, s, "    如有异议，可在{N.within}内向{A.parent}申请复核，联系人{O.name}，电话{A.tel}。\n\n{N.date}\n")
    put(b, s, "送达§{R.home}（邮寄），收件人电话{R.mobile}\n")


def panel_sheet(b: Builder, s: Unseen10Slots, rng: random.Random) -> None:
    other = s.new_person()
    s.bind("X", other, "reporter")
    put(b, s, "举报奖励评审打分表（{N.date}）\n")
    put(b, s, "线索编号¦举报人¦联系电话¦被举报对象¦专家{Q.surname}¦专家{Y.surname}¦平均分\n")
    put(b, s, "{N.clue}¦{R.mou}¦尾号{R.mobile_tail}¦{S.name}¦{N.score}¦{N.score}¦{N.score}\n")
    put(b, s, "{N.clue}¦{X.mou}¦尾号{X.mobile_tail}¦{S.short}¦{N.score}¦{N.score}¦{N.score}\n")
    put(b, s, "评审专家§{Q.name}（{U.uni}）、{Y.name}（{U.uni}）\n")
    put(b, s, "主持人§{D.name}（{A.name}）\n")


LAYOUTS = (bank_transfer, insider, no_reward, panel_sheet)


def build(b: Builder, s: Unseen10Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
