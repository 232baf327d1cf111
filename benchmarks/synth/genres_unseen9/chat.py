"""Chats, four layouts: a WeChat Moments (朋友圈) post typed out from screenshots the reporter
sent in (the poster's nickname, a location tag that is their compound, likes by neighbours, a
relative and a plant employee, comments in which the employee asks them to delete it and a
neighbour names their flat) | the plant's workers' group, forwarded by an insider (the
workshop head and the boss hunting for who reported; co-workers; the insider's own nickname,
then their name and mobile in the note to the bureau) | a chat screenshot read by OCR (status
bar, 对方正在输入, misread digits in the reporter's mobile, [图片] marks, the grid worker's
mobile) | a property-management service chat (the resident gives building and room, the
property clerk relays to the community; the clerk's name and phone; a neighbour who joins)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import TALK, Unseen9Slots, layout, put, some


EMPLOYEE_SAYS = ("删了吧{R.lao}，都是一个村的，有事私聊", "这个别发了，我们{B.lao}看见了要骂人",
                 "{R.lao}，厂里说了下周就装设备")


def moments(b: Builder, s: Unseen9Slots, rng: random.Random) -> None:
    put(b, s, "朋友圈截图文字整理（举报人提供，{O.name}录入）\n\n")
    put(b, s, "{R.nick}\n" + "，".join(some(rng, TALK, 1, 2)) + "！！谁能管管\n[图片]×" + rng.choice("3469") + "\n")
    put(b, s, "📍{R.compound}\n{N.hm}\n")
    put(b, s, "♡ {Y.nick}，{H.nick}，{E.nick}\n")
    put(b, s, "{E.nick}：" + rng.choice(EMPLOYEE_SAYS) + "\n")
    put(b, s, "{Y.nick}回复{E.nick}：" + rng.choice(("装了八百回了", "你们厂的事你还护着", "人家{R.flat}天天闻得到")) + "\n")
    put(b, s, "{R.nick}回复{E.nick}：不删，已经打了{N.h12369}了\n")
    put(b, s, "\n录入说明§截图由{R.name}（" + rng.choice(("{R.mobile}", "微信{R.wechat}", "QQ号{R.qq}")) + "）提供；" +
        "评论中“{E.nick}”为{S.short}员工{E.name}。\n")


def workers_group(b: Builder, s: Unseen9Slots, rng: random.Random) -> None:
    put(b, s, "【转发的聊天记录】{S.short}车间群（" + rng.choice(("46", "58", "73")) + "人）\n")
    put(b, s, "{E.nick} {N.hm}\n明天上午环保局来查，{N.num}号线停，危废间锁上，谁也别乱说\n")
    put(b, s, "{Y.nick} {N.hm}\n收到\n")
    put(b, s, "{B.nick} {N.hm}\n这次又是有人举报的，查出来是谁直接走人。{E.surname}主任你问问夜班的\n")
    put(b, s, "{R.nick} {N.hm}\n收到\n")
    put(b, s, "{T.nick} {N.hm}\n是不是住{S.short}后面那几户\n")
    put(b, s, "{E.nick} {N.hm}\n别瞎猜，手机都交上来\n")
    put(b, s, "\n转发人附言§我是群里的“{R.nick}”，{R.name}，在厂里干了{N.num}年，" +
        rng.choice(("夜班的事都是我看见的", "废液是我亲眼看着倒进雨水井的")) + "。我的手机{R.mobile}，"
        "千万别让厂里知道。" + rng.choice(("群主“{B.nick}”就是老板{B.name}。", "“{E.nick}”是车间主任{E.name}，电话{E.mobile}。")) + "\n")


def ocr_chat(b: Builder, s: Unseen9Slots, rng: random.Random) -> None:
    put(b, s, "[截图OCR识别结果]\n{N.hm} ▂▄▆ 4G ■■■□ 73%\n< 微信(" + rng.choice("2379") + ")      {G.name}（网格员）      ···\n")
    put(b, s, "{N.hm}\n{R.nick}：{G.ref}，{S.short}又开始了，" + rng.choice(TALK) + "\n")
    put(b, s, "{R.nick}：[图片]\n[图片]\n")
    put(b, s, "{G.name}：收到，我这就去看看。你电话多少，到了联系你\n")
    put(b, s, "{R.nick}：" + rng.choice(("{R.mobile_ocr}", "{R.mobile_ocr}  我姓{R.surname}")) + "\n")
    put(b, s, "{R.nick}：别跟厂里说是我，我家就在" + rng.choice(("{R.home}", "{R.compound}{R.flat}")) + "\n")
    put(b, s, "{G.name}：放心。我的电话{G.mobile}，有事直接打\n")
    put(b, s, "对方正在输入…\n[识别置信度{N.pct}]\n")


def property_chat(b: Builder, s: Unseen9Slots, rng: random.Random) -> None:
    put(b, s, "{U.property} 在线客服\n")
    put(b, s, "[{N.hm}] 业主 {R.nick}：你好，" + rng.choice(TALK) + "，你们能不能反映一下\n")
    put(b, s, "[{N.hm}] 客服{Q.surname}：您好，请问您是几号楼几室？\n")
    put(b, s, "[{N.hm}] 业主 {R.nick}：{R.flat}，我姓{R.surname}，电话" + rng.choice(("{R.mobile}", "{R.mobile_dot}")) + "\n")
    put(b, s, "[{N.hm}] 客服{Q.surname}：好的{R.honor}，已记录，我们会转给社区。我是客服{Q.name}，电话{Q.mobile}\n")
    put(b, s, "[{N.hm}] 业主 {J.nick}：我也是，{J.flat}，味儿太大了，算我一个\n")
    put(b, s, "[{N.hm}] 客服{Q.surname}：已转社区网格员{G.name}（{G.mobile}），涉及的是{S.name}。\n")


LAYOUTS = (moments, workers_group, ocr_chat, property_chat)


def build(b: Builder, s: Unseen9Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
