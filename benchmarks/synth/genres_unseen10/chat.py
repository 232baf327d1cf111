"""Chats, four layouts: a villagers' WeChat group with voice-to-text messages and a recalled
message (the recall notice names the reporter's nickname; a quoted reply keeps what was
recalled: the reporter's mobile; the boss's relative in the group asking) | a private WeChat
chat between the reporter and an enforcement officer (the officer's own WeChat ID and
mobile; a location pin that is the reporter's compound; photos) | a school class's parents'
group (the reporter a parent who works at a named unit; the class teacher and other parents
as third parties; the school as a public institution) | a consultation chat with a lawyer
(the lawyer and firm third parties; the reporter gives ID and home for a power of attorney)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import CONTACT, TALK, Unseen10Slots, layout, put, some


def village_group(b: Builder, s: Unseen10Slots, rng: random.Random) -> None:
    put(b, s, "【群聊：{R.compound}村民群（{N.num}00人）】聊天记录导出\n")
    put(b, s, "{N.hm} {R.nick}：[语音转文字] " + rng.choice(TALK) + "，大家都去打{N.h12369}\n")
    put(b, s, "{N.hm} {Y.nick}：[语音转文字] 对，我家娃也咳嗽\n")
    put(b, s, "{N.hm} “{R.nick}”撤回了一条消息\n")
    put(b, s, "{N.hm} {T.nick}：引用“{R.nick}：我电话{R.mobile_plain}，环保局的人让我统计一下受影响的户”：人家都撤回了你还引用\n")
    put(b, s, "{N.hm} {E.nick}：谁在统计？{S.short}的{B.ref}让我问问是谁带的头\n")
    put(b, s, "{N.hm} {Y.nick}：不知道，别问了\n")
    put(b, s, "（本记录由{R.name}提供，已转{A.name}{O.name}）\n")


def officer_dm(b: Builder, s: Unseen10Slots, rng: random.Random) -> None:
    put(b, s, "微信聊天记录（执法人员与举报人）\n对方微信号§{A.wechat}（{A.name}执法人员{O.name}）\n\n")
    put(b, s, "{N.hm} 我：{O.ref}，今晚又开始了，" + rng.choice(TALK) + "\n")
    put(b, s, "{N.hm} 我：[位置] {R.compound}\n")
    put(b, s, "{N.hm} 我：[图片] [图片]\n")
    put(b, s, "{N.hm} {O.ref}：收到，我们半小时到，你别出来，别让厂里人看见你。有情况打我手机{A.mobile}\n")
    put(b, s, "{N.hm} 我：好的，我叫{R.name}，手机{R.mobile}，到了喊我，我在{R.flat}\n")
    put(b, s, "{N.hm} {O.ref}：已到{S.addr}门口，{B.ref}不让进\n")


def parents_group(b: Builder, s: Unseen10Slots, rng: random.Random) -> None:
    put(b, s, "{P.school}三（{N.num}）班家长群  聊天截取\n")
    put(b, s, "{R.nick}（{R.surname}家长）：老师，学校旁边的{S.name}" + rng.choice(("又在放味了", "今天烟特别大")) +
        "，孩子回来说头晕\n")
    put(b, s, "{Q.name}老师：家长们别在群里传，学校会向上反映\n")
    put(b, s, "{Y.nick}：我们家也是，" + rng.choice(TALK) + "\n")
    put(b, s, "{R.nick}（{R.surname}家长）：我已经打{N.h12369}了，留的是我单位{W.name}的电话{R.tel}\n")
    put(b, s, "{Q.name}老师：@{R.nick} 私聊你\n")
    put(b, s, "（家长{R.name}截图提供给{A.name}，" + rng.choice(CONTACT) + "）\n")


def lawyer_chat(b: Builder, s: Unseen10Slots, rng: random.Random) -> None:
    put(b, s, "律师咨询记录（微信）\n律师§{Q.name}（{U.firm}）  律师微信§{Q.wechat}\n\n")
    put(b, s, "{R.nick}：{Q.ref}律师您好，我想告{S.name}，" + "，".join(some(rng, TALK, 1, 2)) + "\n")
    put(b, s, "{Q.ref}律师：可以先向{A.name}举报，再看是否提起诉讼。委托书需要您的身份信息\n")
    put(b, s, "{R.nick}：我叫{R.name}，身份证{R.id}，住{R.home}，电话{R.mobile}\n")
    put(b, s, "{Q.ref}律师：好。被告是{S.name}，法定代表人{B.name}，对吧？统一社会信用代码{S.uscc}\n")
    put(b, s, "{R.nick}：对，厂在{S.addr}。视频我发在网上了 {R.url}\n")


LAYOUTS = (village_group, officer_dm, parents_group, lawyer_chat)


def build(b: Builder, s: Unseen10Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
