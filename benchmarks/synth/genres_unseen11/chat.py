"""Chats, four layouts: a property-owners' WeChat group where one owner works at the plant
(his nickname and name are the plant's side; the reporter by a building nickname; the property
manager a third party) | a 合并转发 chat record the grid worker forwards to the officer (inside,
the reporter's chat with the grid worker: name, flat, mobile; the grid worker's note) | a chat
with a journalist of the city TV's help programme (the journalist and the station third
parties; the reporter's home, phone and video link) | a chat with a volunteer of an
environmental NGO preparing a public-interest suit (the volunteer, their WeChat and the
association third parties; the reporter's ID, home and mobile; the plant and its USCC)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import FOUND, REACH, SAYS, Unseen11Slots, few, layout, put


def owners_group(b: Builder, s: Unseen11Slots, rng: random.Random) -> None:
    put(b, s, "{R.compound}" + ("业主群\n" if s.urban else "村民群\n"))
    put(b, s, "{N.hm} {R.building}：" + rng.choice(SAYS) + "，我已经打了{N.h12369}\n")
    put(b, s, "{N.hm} {E.nick}：别乱说，{S.short}都是达标排放的，我就在厂里上班\n")
    put(b, s, "{N.hm} {Y.building}：@{E.nick} 你是厂里的人当然这么说\n")
    put(b, s, "{N.hm} {E.nick}：@{R.building} 你是哪户的？我们{B.ref}想跟你当面聊聊\n")
    put(b, s, "{N.hm} 物业管家{T.honor}（{U.property}）：请大家文明发言，有问题私聊\n")
    put(b, s, "{N.hm} {R.building}：" + rng.choice(("不用聊，环保局会来的", "我住{R.flat}，有本事来找我")) + "\n")
    put(b, s, "{N.hm} {J.nick}：我也举报了，" + rng.choice(SAYS) + "\n")
    put(b, s, "{N.hm} {E.nick}：{E.name}，有事找我，{E.mobile}\n")


def merged_forward(b: Builder, s: Unseen11Slots, rng: random.Random) -> None:
    put(b, s, "{G.name}（网格员）→ {O.name}：[聊天记录] “{G.name}和{R.nick}的聊天记录”\n")
    put(b, s, "┌ {R.nick} {N.date} {N.hm}\n│ {G.surname}网格员，{S.name}又开始冒黑烟了，" + rng.choice(SAYS) + "\n")
    put(b, s, "│ {G.name} {N.hm}\n│ 收到，我马上报上去。您是哪个单元的？\n")
    put(b, s, "│ {R.nick} {N.hm}\n│ 我是{R.name}，住{R.flat}，" + rng.choice(("电话{R.mobile}", "手机{R.mobile}，晚上打")) + "\n")
    put(b, s, "│ {R.nick} {N.hm}\n│ 千万别说是我，{B.ref}认识我" + rng.choice(("{H.rel}", "家里人")) + "\n└\n")
    put(b, s, "{O.name}：收到，已转{A.name}执法大队{D.name}，{G.surname}你把厂址发一下\n")
    put(b, s, "{G.name}：{S.addr}，门卫电话{S.gate}\n")


def journalist(b: Builder, s: Unseen11Slots, rng: random.Random) -> None:
    put(b, s, "与“{L.nick}”的聊天（{U.tv}记者{L.name}）\n")
    put(b, s, "{L.nick} {N.hm}：您好，我是{U.tv}的{L.surname}记者，看到您的留言了，方便说说情况吗\n")
    put(b, s, "{R.nick} {N.hm}：" + "，".join(few(rng, SAYS, 2, 3)) + "\n")
    put(b, s, "{R.nick} {N.hm}：视频在这 {R.url}\n")
    put(b, s, "{L.nick} {N.hm}：我们明天去现场，您住哪？留个电话\n")
    put(b, s, "{R.nick} {N.hm}：{R.home}，" + rng.choice(REACH) + "。采访别拍我的脸，我叫{R.name}\n")
    put(b, s, "{L.nick} {N.hm}：好的。我手机{L.mobile}，我们也会联系{A.name}，" + rng.choice(("{O.name}", "{D.name}")) + "说他们已经立案\n")


def ngo_volunteer(b: Builder, s: Unseen11Slots, rng: random.Random) -> None:
    put(b, s, "微信聊天记录导出（{U.ngo}）\n")
    put(b, s, "{N.stamp} {L.name}(微信号 {L.wechat})：我们协会想就{S.name}提起环境公益诉讼，需要您提供一些材料\n")
    put(b, s, "{N.stamp} {R.nick}：可以，" + rng.choice(SAYS) + "\n")
    put(b, s, "{N.stamp} {L.name}(微信号 {L.wechat})：请发一下身份证号和住址，作为证人信息\n")
    put(b, s, "{N.stamp} {R.nick}：{R.name}，{R.id}，{R.home}，{R.mobile}\n")
    put(b, s, "{N.stamp} {L.name}(微信号 {L.wechat})：企业信息我查到了，" + "，".join(few(rng, FOUND, 1, 2)) + "\n")
    put(b, s, "{N.stamp} {R.nick}：我同事{Y.name}也住附近，" + rng.choice(("他的QQ{Y.qq}", "他电话{Y.mobile}")) + "\n")


LAYOUTS = (owners_group, merged_forward, journalist, ngo_volunteer)


def build(b: Builder, s: Unseen11Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
