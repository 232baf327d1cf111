"""Chats, four layouts: an SMS thread backed up from an enforcement officer's phone (header
with the reporter's name and number, 我 / 对方 turns, the officer's SMS signature); a WeChat
group 接龙 (solitaire) where residents sign a joint complaint line by line with building,
name and phone; a private chat between the reporter and a neighbour, with WeChat's quoted
replies 「…」 and the 12369 reply SMS pasted in (the official's mobile); a Weibo comment
thread exported with floors (the reporter's post and link, the plant's and the bureau's
official accounts answering, other users)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import PERSONAL, TALK, Unseen5Slots, layout, pick_some, put


def sms_backup(b: Builder, s: Unseen5Slots, rng: random.Random) -> None:
    put(b, s, rng.choice(("短信备份 - 与“{R.name}”（{R.mobile_plain}）的对话\n", "SMS Backup: {R.mobile_plain}\n")))
    put(b, s, "[{N.stamp}] 对方：你好，是{O.ref}吗？我是上次打{N.h12369}反映{S.short}的那个。\n")
    put(b, s, "[{N.stamp}] 我：您好，是的。请问现在还在排吗？\n")
    put(b, s, "[{N.stamp}] 对方：" + "，".join(pick_some(rng, TALK, 1, 2)) + "。\n")
    put(b, s, "[{N.stamp}] 对方：" + rng.choice(("刚才又看见车{S.plate}往外拉东西", "我拍了视频，发你微信{O.wechat}了吗",
                                                "我叫{R.name}，住{R.place}，你们来的时候别说是我叫的")) + "\n")
    put(b, s, "[{N.stamp}] 我：收到，我们今晚和{D.name}一起过去。【{A.dept} {O.name}】\n")
    put(b, s, rng.choice(("[{N.stamp}] 对方：好的，到村口打我电话，或者打我{H.rel}的{H.mobile}\n",
                          "[{N.stamp}] 对方：谢谢，麻烦保密\n")))


def solitaire(b: Builder, s: Unseen5Slots, rng: random.Random) -> None:
    put(b, s, rng.choice(("{R.place}居民群（{N.num}00人）\n", "{R.place}邻里互助群\n")))
    put(b, s, "{R.nick}：#接龙\n反对{S.name}夜间生产扰民，同意联名向{N.h12369}举报的请接龙，写楼号、姓名、电话\n")
    put(b, s, "例 3号楼 张三 138xxxxxxxx\n\n")
    put(b, s, "1. {R.flat} {R.name} {R.mobile_plain}\n")
    put(b, s, "2. {J.flat} {J.name} {J.mobile_plain}\n")
    for i in range(3, 3 + rng.randint(1, 3)):
        s.bind("X", s.new_person(near_reporter=True), "reporter")
        put(b, s, f"{i}. " + rng.choice(("{X.flat} {X.name} {X.mobile_plain}", "{X.flat} {X.honor} {X.mobile}",
                                         "{X.name} {X.flat}")) + "\n")
    put(b, s, "\n{Y.nick}：我就不接了，我家亲戚在那个厂上班\n")
    put(b, s, "{R.nick}：理解。接龙截止{N.time}，我统一交给{A.name}\n")
    put(b, s, rng.choice(("{J.nick}：{R.at} 厂里的{E.name}刚才在群外问我是谁组织的\n", "")))


def quoted(b: Builder, s: Unseen5Slots, rng: random.Random) -> None:
    put(b, s, "与{Y.nick}的聊天记录\n")
    put(b, s, "{N.hm}\n{Y.nick}：你打了吗\n")
    put(b, s, "{R.nick}：打了，今天收到回复短信了\n")
    put(b, s, "{R.nick}：【{A.name}】您反映的{S.name}" + rng.choice(("废气扰民", "偷排废水", "噪声")) +
        "问题已转{A.dept}办理，承办人{O.name}，联系电话{O.mobile_plain}。\n")
    put(b, s, "{N.hm}\n{Y.nick}：「{R.nick}：打了，今天收到回复短信了」\n- - - - - - - - - - - - - - -\n")
    put(b, s, "{Y.nick}：别说是我跟你说的那个排污口啊，我在{S.short}附近开店\n")
    put(b, s, "{R.nick}：放心，" + rng.choice(("我留的是我自己的电话{R.mobile}", "我就说是我自己看到的", "登记的是我名字{R.name}")) + "\n")
    put(b, s, "{Y.nick}：" + "，".join(pick_some(rng, TALK + PERSONAL, 1, 2)) + "\n")
    put(b, s, "{R.nick}：「{Y.nick}：" + rng.choice(("别说是我跟你说的", "我在附近开店")) + "」\n- - - - - - - - - - - - - - -\n")
    put(b, s, "{R.nick}：嗯，明天执法的{O.ref}要来，我带他去{S.addr}后面\n")


def weibo(b: Builder, s: Unseen5Slots, rng: random.Random) -> None:
    put(b, s, rng.choice(("微博评论导出\n", "【评论区截图文字】\n")))
    put(b, s, "原博 {R.at}：" + "，".join(pick_some(rng, TALK, 1, 2)) + "！{A.handle} 管不管？#环境问题随手拍# {R.url}\n")
    put(b, s, "1楼 {Y.at}：是{S.short}吧，我家也在那边\n")
    put(b, s, "2楼 {S.handle}：您好，我公司各项环保手续齐全，请勿传谣。\n")
    put(b, s, "3楼 {R.at} 回复 {S.handle}：手续齐全晚上偷排什么？\n")
    put(b, s, "4楼 {A.handle}：您好，已关注，请私信提供具体位置，我们将安排执法人员核查。\n")
    put(b, s, rng.choice(("5楼 {T.at}：楼主是不是{R.place}的？\n", "5楼 {T.at}：顶\n")))
    put(b, s, rng.choice(("6楼 {R.at}：已私信，我的电话也发了\n", "")))


LAYOUTS = (sms_backup, solitaire, quoted, weibo)


def build(b: Builder, s: Unseen5Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
