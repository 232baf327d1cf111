"""Chats, four layouts: a Baidu Tieba (贴吧) thread with floors, IP属地 and a reply that
gives away the poster's building | a WeChat group of the plant's former workers (老同事群)
where the reporter, a former employee, names the workshop head and the environmental officer;
one former colleague joins, another stays out | the bureau's 企业微信 group with the plant
(对接群): the boss asks who reported and an officer lets the compound slip | a 大众点评 review
thread of an individual business whose owner replies and names the reviewer's flat."""

from __future__ import annotations

import random

from ..render import Builder
from .common import REACH, SAYS, Unseen12Slots, layout, put, shop_says


def tieba(b: Builder, s: Unseen12Slots, rng: random.Random) -> None:
    put(b, s, "【{S.district}吧】{S.short}天天半夜排烟，有没有人管？\n")
    put(b, s, "1楼 {R.tieba} {N.region} {N.level}\n  " + rng.choice(SAYS) + "。" + rng.choice(SAYS) + "。{A.weibo}\n")
    put(b, s, "{N.floor} {Y.tieba} {N.region}\n  楼主是{R.compound}的吧，我也住这边，" + rng.choice(("确实呛", "晚上不敢开窗")) + "\n")
    put(b, s, "{N.floor} {E.tieba} {N.region}\n  造谣要负法律责任，楼主" + rng.choice(("是不是{R.flat}那家的", "姓{R.surname}吧")) + "？\n")
    put(b, s, "{N.floor} {R.tieba}（楼主） {N.region}\n  回复 {E.tieba}：我已经打了{N.h12369}了，" + rng.choice(REACH) + "，有事找环保局。\n")
    put(b, s, "{N.floor} {G.name}（网格员） {N.region}\n  已转{A.name}，楼主请私信留下联系方式。\n")


def old_workers(b: Builder, s: Unseen12Slots, rng: random.Random) -> None:
    put(b, s, "群聊“{S.short}老同事群”的聊天记录（{N.date}）\n")
    put(b, s, "{R.nick} {N.hm}\n我离职了也不怕，准备去举报。车间主任{E.name}还让人夜里倒废液吧？\n")
    put(b, s, "{J.nick} {N.hm}\n是，我走之前还在倒。我跟你一起签名，我叫{J.name}，电话{J.mobile}\n")
    put(b, s, "{Y.nick} {N.hm}\n我还在里面干，别带上我。{M.name}（环保专员）天天盯着群\n")
    put(b, s, "{R.nick} {N.hm}\n放心。{M.surname}的电话是{M.mobile}吧？" + rng.choice(SAYS) + "\n")
    put(b, s, "{R.nick} {N.hm}\n我写好了：举报人{R.name}，{R.mobile}，原" + rng.choice(("喷涂", "电镀", "污水站")) +
        "岗位，现在在{W.name}\n")
    put(b, s, "{J.nick} {N.hm}\n把{B.ref}电话也写上：{B.mobile}\n")


def liaison_group(b: Builder, s: Unseen12Slots, rng: random.Random) -> None:
    put(b, s, "企业微信群“{S.short}环保对接群”（成员：{A.name}、{S.name}）\n")
    put(b, s, "[{N.hm}] {O.name}：明天上午检查，{M.name}准备好台账。\n")
    put(b, s, "[{N.hm}] {B.name}：又是谁举报的？我们一直正常生产。\n")
    put(b, s, "[{N.hm}] {O.name}：举报人信息保密，请配合。\n")
    put(b, s, "[{N.hm}] {D.name}：" + rng.choice(("主要是{R.compound}那边反映的多", "就是{R.flat}那户，天天打电话",
                                               "反映人姓{R.surname}，你们注意一下沟通方式")) + "。\n")
    put(b, s, "[{N.hm}] {O.name}：{D.surname}，这个不能说。（撤回了一条消息）\n")
    put(b, s, "[{N.hm}] {M.name}：收到，我电话{M.mobile}，到了打我。厂门卫{S.gate}\n")
    put(b, s, "[{N.hm}] {B.name}：那个人我知道了，以前在我们厂干过。\n")


def dianping(b: Builder, s: Unseen12Slots, rng: random.Random) -> None:
    put(b, s, "大众点评 · {S.shop}\n地址：{S.shop_addr}  电话：{F.mobile}\n")
    put(b, s, "★☆☆☆☆ {R.nick} {N.level}\n  " + shop_says(s, rng) + "。住楼上被熏了半年，已经打{N.h12369}。\n")
    put(b, s, "  商家回复（{F.honor}）：这位顾客我知道你是{R.flat}的，" + rng.choice(("你家孩子天天在我这吃", "别以为匿名就找不到你")) + "。\n")
    put(b, s, "★★★★★ {Y.nick} {N.level}\n  味道不错，老板人好。\n")
    put(b, s, "  {R.nick} 回复：我叫{R.name}，有本事你去找环保局，电话{R.mobile}我留给他们了。\n")
    put(b, s, "  {L.nick}（{U.paper}记者{L.name}）回复：请楼主私信，" + rng.choice(("我们想采访一下", "我手机{L.mobile}")) + "。\n")


LAYOUTS = (tieba, old_workers, liaison_group, dianping)


def build(b: Builder, s: Unseen12Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
