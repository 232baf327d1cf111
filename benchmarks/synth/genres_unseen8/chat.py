"""Chats, four layouts: a family group talking over whether the complaint will be traced back
(the reporter's nickname, the number left with the hotline, the flat, a cousin who knows a
plant employee, the officer's mobile passed on); the reporter's chat with the plant's boss
who offers money and asks for a card number, with transfer records (the boss's nickname
and WeChat, the reporter's workplace and card, the boss's cousin at the town); a
neighbourhood group-buy chat whose 接龙 delivery list gives the reporter's flat and phone
tail next to the complaint (the group leader and other buyers are third parties); a chat
backup tool's export with sender WeChat IDs, a shared location and a shared contact card."""

from __future__ import annotations

import random

from ..render import Builder
from .common import TALK, Unseen8Slots, layout, put, some


def family_group(b: Builder, s: Unseen8Slots, rng: random.Random) -> None:
    cousin = s.new_person()
    s.bind("X", cousin, "reporter")
    put(b, s, "相亲相爱一家人（" + str(rng.randint(5, 12)) + "）\n")
    put(b, s, "{N.hm} {R.nick}：我今天又打12369了，" + rng.choice(TALK) + "\n")
    put(b, s, "{N.hm} {H.nick}：你留的是{R.mobile_443}吗？厂里要是知道了咋办\n")
    put(b, s, "{N.hm} {R.nick}：说了保密的\n")
    put(b, s, "{N.hm} {X.nick}：" + rng.choice((
        "{S.short}那个{E.name}是我同学她老公，听说厂里在打听是" + ("哪栋楼" if s.is_urban(s.c.reporter) else "哪一户") + "打的电话",
        "我们单位有人说{S.short}老板{B.surname}总放话了，谁举报就找谁",
        "{E.name}在{S.short}管环保，他电话{E.mobile}，要不我去问问")) + "\n")
    put(b, s, "{N.hm} {H.nick}：别问了，越问越露馅。咱家就在{R.flat_code}，" + rng.choice((
        "一猜就猜到", "离厂门口最近", "窗户正对着烟囱")) + "\n")
    put(b, s, "{N.hm} {R.nick}：环保局的{O.surname}科长加我微信了，他说" + rng.choice((
        "有事直接打他手机{O.mobile}", "{N.within}内给答复", "明天晚上来蹲点")) + "\n")
    put(b, s, "{N.hm} {X.nick}：" + rng.choice(("你在{W.short}上班的事别跟外人说，他们能找到你单位",
                                          "要不写我的名字{X.name}，我不在本地住", "我手机{X.mobile}，有事叫我")) + "\n")
    put(b, s, "{N.hm} {R.nick}：[图片]\n")


def boss_offer(b: Builder, s: Unseen8Slots, rng: random.Random) -> None:
    put(b, s, "（举报人将与对方的微信聊天记录截图整理后提交，附说明：对方是{S.name}老板{B.name}，微信号{B.wechat}）\n\n")
    put(b, s, "【{B.nick}】{N.hm}\n{R.honor}，我是{S.short}的{B.surname}总，" +
        rng.choice(("听说你对我们厂有意见？", "你那事我都知道了，咱们当面聊聊")) + "\n")
    put(b, s, "【{R.nick}】{N.hm}\n" + rng.choice(("你自己看看：" + rng.choice(TALK) + "。你说有没有意见",
                                               "我没啥好聊的")) + "\n")
    put(b, s, "【{B.nick}】{N.hm}\n你在{W.name}上班吧，我跟你们领导也认识。大家都是邻居，别闹僵了\n")
    put(b, s, "【{B.nick}】{N.hm}\n[转账] {N.cash} 请收款\n")
    put(b, s, "【{B.nick}】{N.hm}\n嫌少你把卡号发我，我让会计{E.name}给你打\n")
    put(b, s, "【{R.nick}】{N.hm}\n" + rng.choice((
        "不要你的钱。我卡号{R.bank}，你要打就打，我拿流水去环保局",
        "钱退给你了。你再找我我就报警",
        "{R.bank_of}，你打吧，打了我就把流水交给环保局")) + "\n")
    put(b, s, "【{B.nick}】{N.hm}\n我表哥{T.name}在镇上，你那点事他一句话就办了\n")
    put(b, s, "【{B.nick}】{N.hm}\n[转账] 已被退还\n")
    put(b, s, "\n举报人附言§以上截图原件在我手机里，手机号{R.mobile}，需要可以来拿。\n")


def group_buy(b: Builder, s: Unseen8Slots, rng: random.Random) -> None:
    buyers = [s.new_person(near_reporter=True) for _ in range(rng.randint(2, 3))]
    put(b, s, ("{P.inst}" if rng.random() < 0.3 else "") + "邻里团购" + str(rng.randint(1, 6)) + "群（网格员转来的截图）\n")
    put(b, s, "[{N.hm}] 团长-{Y.surname}姐：今天的土鸡蛋接龙，截止晚上八点\n")
    rows = []
    for p in buyers:
        s.bind("X", p, "third_party")
        rows.append(s.expand(rng.choice(("{X.flat_code} {X.surname}", "{X.flat_code} {X.lao}")) +
                             " 两板 尾号{X.mobile_tail}\n"))
    rows.insert(rng.randint(0, len(rows)), s.expand(
        "{R.flat_code} " + rng.choice(("{R.surname}", "{R.honor}", "{R.nick}")) + " 一板 尾号{R.mobile_tail}\n"))
    s.bind("V", s.new_person(near_reporter=True), "third_party")
    put(b, s, "[{N.hm}] 团长-{Y.surname}姐：#接龙\n")
    for i, row in enumerate(rows):
        b.add(f"{i + 1}. ")
        for piece in row:
            b.add(piece)
    put(b, s, "[{N.hm}] {R.nick}：大家闻到没有，昨晚又是那股味，" + rng.choice(TALK) + "。我打电话举报了\n")
    put(b, s, "[{N.hm}] {V.nick}：{R.at} 你胆子真大，{S.short}的人也在这个群里\n")
    put(b, s, "[{N.hm}] {R.nick}：" + rng.choice(("怕啥，我又没说名字", "环保局说会保密的，我留的是{H.rel}的号{H.mobile}",
                                            "[撤回了一条消息]")) + "\n")
    put(b, s, "[{N.hm}] 网格员{D.name}：请大家不要在群里讨论举报人，有问题私聊我{D.mobile}\n")


def backup_export(b: Builder, s: Unseen8Slots, rng: random.Random) -> None:
    put(b, s, "聊天记录导出（备份工具 v3.2）  对象§{O.name}（{O.wechat}）\n")
    put(b, s, "时间 | 发送者 | 微信号 | 类型 | 内容\n")
    put(b, s, "{N.stamp} | {R.nick} | {R.wechat} | 文本 | {O.surname}科长您好，我就是打电话反映{S.short}的那个\n")
    put(b, s, "{N.stamp} | {O.nick} | {O.wechat} | 文本 | 你好，把具体位置发我一下\n")
    put(b, s, "{N.stamp} | {R.nick} | {R.wechat} | 位置 | [位置] " + rng.choice(("{R.place}", "{R.home}")) +
        "（{N.coord}）\n")
    put(b, s, "{N.stamp} | {R.nick} | {R.wechat} | 文本 | 发错了，这是我家。厂子在{S.addr}\n")
    put(b, s, "{N.stamp} | {R.nick} | {R.wechat} | 图片 | IMG_" + str(rng.randint(1000, 9999)) + ".jpg\n")
    put(b, s, "{N.stamp} | {R.nick} | {R.wechat} | 名片 | [名片] {Y.nick}（微信号§{Y.wechat}）\n")
    put(b, s, "{N.stamp} | {R.nick} | {R.wechat} | 文本 | 这是我邻居{Y.lao}，他那天也看见了，但不想出面\n")
    put(b, s, "{N.stamp} | {O.nick} | {O.wechat} | 文本 | 收到。" + rng.choice(("我们今晚去现场", "已安排{D.name}去看",
                                                                         "有情况打我手机{O.mobile}")) + "\n")
    put(b, s, "{N.stamp} | {R.nick} | {R.wechat} | 文本 | " + rng.choice((
        "好的，我手机{R.mobile}", "麻烦别说是我，我{H.rel}还在{S.short}干活", "我白天在{W.name}，晚上在家")) + "\n")


LAYOUTS = (family_group, boss_offer, group_buy, backup_export)


def build(b: Builder, s: Unseen8Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
