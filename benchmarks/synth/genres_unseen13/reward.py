"""Rewards, four layouts: a reward paid as a digital-RMB (数字人民币) red packet (the receiving
mobile, the wallet name masked, identity check by ID or passport / HK-Macao permit; the
bureau's paying account; the transaction number) | the sign-in sheet of a reward ceremony
(reporters with workplace and mobile, a relative who came along, a journalist, the officials
on stage) | an agreement between two co-reporters to split one reward (both with ID, card
and mobile; a witness) | the public vote page of a 最美举报人 selection (candidates under
their real name or a chosen pseudonym, their deeds naming the plants; votes)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import Unseen13Slots, layout, put


def ecny(b: Builder, s: Unseen13Slots, rng: random.Random) -> None:
    put(b, s, "{A.name}举报奖励发放记录（数字人民币）\n")
    put(b, s, "奖励依据§{N.docno}  被举报单位§{S.name}\n")
    put(b, s, "受奖人§{R.name}  核验证件§" + rng.choice(("居民身份证 {R.id}", "护照 {R.passport}", "港澳居民来往内地通行证 {R.hkmo}")) + "\n")
    put(b, s, "接收方式§数字人民币红包  接收手机号§{R.mobile}  钱包显示名§{R.name_mask}\n")
    put(b, s, "金额§{N.hongbao}元  付款钱包§{A.name}奖励专户（对应账户{A.bank}）\n")
    put(b, s, "交易流水号§{N.txn}  发放时间§{N.stamp}  状态§" + rng.choice(("已领取", "已领取", "24小时未领取，已退回后重发")) + "\n")
    put(b, s, "经办§{O.name}  复核§{D.name}\n")
    if rng.random() < 0.5:
        put(b, s, "备注§受奖人要求红包祝福语不写单位名称，已改为“感谢您的监督”。\n")


def ceremony(b: Builder, s: Unseen13Slots, rng: random.Random) -> None:
    put(b, s, "{N.year}度生态环境有奖举报颁奖会 签到表\n地点§{A.addr}  时间§{N.datetime}\n")
    put(b, s, "序号¦姓名¦单位/住址¦手机¦签名\n")
    put(b, s, "1¦{R.name}¦{W.name}¦{R.mobile}¦（签）\n")
    if rng.random() < 0.6:
        put(b, s, "1-陪同¦{H.name}（{H.rel}）¦同上¦{H.mobile}¦（签）\n")
    for i in range(rng.randint(1, 3)):
        v = s.fresh(near=False)
        put(b, s, f"{i + 2}¦")
        b.add(s.pp(v, "name", "reporter")[0])
        put(b, s, "¦")
        b.add(s.pp(v, "compound", "reporter")[0])
        put(b, s, "¦")
        b.add(s.pp(v, "mobile", "reporter")[0])
        put(b, s, "¦" + rng.choice(("（签）", "未到，由家属代领", "（签）")) + "\n")
    put(b, s, "媒体¦{L.name}¦{U.paper}¦{L.mobile}¦（签）\n")
    put(b, s, "颁奖嘉宾§{D.name}（局长）、{O.name}（执法支队）\n")
    put(b, s, "注意§签到表不对外提供，媒体拍摄受奖人须背身或打码。\n")


def split(b: Builder, s: Unseen13Slots, rng: random.Random) -> None:
    put(b, s, "举报奖励分配协议\n\n")
    put(b, s, "甲方§{R.name}，身份证号{R.id}，手机{R.mobile}，住{R.home}\n")
    put(b, s, "乙方§{J.name}，身份证号{J.id}，手机{J.mobile}，住{J.home}\n")
    put(b, s, "甲乙双方共同举报{S.name}（{S.addr}）" + rng.choice(("夜间偷排", "私设暗管", "危废非法倾倒")) + "一案，"
        "经{A.name}认定奖励{N.money}。双方协商一致：甲方分得" + str(rng.choice((50, 60, 70))) + "%，余额归乙方。\n")
    put(b, s, "收款账户§甲方{R.bank}；乙方{J.bank}\n")
    put(b, s, "见证人§{Y.name}（{Y.mobile}）\n")
    put(b, s, "甲方（签字）：{R.name}    乙方（签字）：{J.name}\n{N.date}\n")
    put(b, s, "（{A.name}收件人{O.name}已核对双方身份证原件）\n")


def vote(b: Builder, s: Unseen13Slots, rng: random.Random) -> None:
    put(b, s, "{A.parent}“最美生态环境举报人”网络投票  截止{N.date}\n")
    put(b, s, "说明§候选人可选择实名或化名展示，化名展示者其个人信息不予公开。\n\n")
    put(b, s, "1号候选人§{R.name}（" + rng.choice(("实名", "本人同意实名展示")) + "）  得票§{N.votes}\n")
    put(b, s, "事迹§多次举报{S.name}" + rng.choice(("偷排废水", "夜间偷排废气", "非法倾倒危废")) + "，并带领执法人员夜间蹲守。"
        + rng.choice(("", "现在{W.name}工作。", "家住{R.compound}。")) + "\n")
    v = s.fresh(near=False)
    put(b, s, "2号候选人§")
    b.add(s.pp(v, "mou", "reporter")[0])
    put(b, s, "（化名）  得票§{N.votes}\n事迹§举报本村一养殖场粪污直排，")
    put(b, s, rng.choice(("遭威胁后仍坚持。", "配合取证三个月。")) + "\n")
    w = s.fresh(near=False)
    put(b, s, "3号候选人§")
    b.add(s.pp(w, "honor", "reporter")[0])
    put(b, s, "（化名）  得票§{N.votes}\n事迹§作为企业员工，举报所在企业私设暗管。\n")
    put(b, s, "\n投票页面评论§{Y.nick}：1号我认识，" + rng.choice(("{R.flat}的", "{R.compound}的")) + "，真敢说\n")


LAYOUTS = (ecny, ceremony, split, vote)


def build(b: Builder, s: Unseen13Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
