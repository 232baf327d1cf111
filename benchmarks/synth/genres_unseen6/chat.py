"""Chats, four layouts: a chat of voice messages turned into text by the phone ([语音转文字],
a shared contact card 个人名片 of a co-signer or of the plant's boss); a Douyin private-message
export between the reporter and a local environmental blogger who passes it on (the blogger
is a third party with a Douyin handle); a village group full of noise (撤回了一条消息, 红包,
@mentions, group nicknames like 3号楼-王姐, the grid worker answering); the 12369 WeChat
account's robot and then a human agent collecting the reporter's details."""

from __future__ import annotations

import random

from ..render import Builder
from .common import PERSONAL, TALK, Unseen6Slots, layout, put, some

NOISE = (
    "[动画表情]",
    "[图片]",
    "收到",
    "👍👍",
    "[红包]恭喜发财，大吉大利",
)


def voice(b: Builder, s: Unseen6Slots, rng: random.Random) -> None:
    put(b, s, "与“{O.name}”的聊天（{N.date}）\n")
    put(b, s, "{N.hm} 我：[语音 32\"] [语音转文字]领导你好，我是{R.place}的{R.ref}，" + rng.choice(TALK) + "\n")
    put(b, s, "{N.hm} {O.name}：您好，请问全名和电话？\n")
    put(b, s, "{N.hm} 我：[语音转文字]{R.name}，电话就是这个微信绑的，" + rng.choice(("{R.mobile_plain}", "{R.mobile}")) + "\n")
    put(b, s, "{N.hm} 我：[个人名片] " + rng.choice((
        "{J.name}  手机 {J.mobile}  （我们楼的，她也愿意签字）",
        "{B.name}  {S.short}  手机 {B.mobile}  （这是老板的，你们直接找他）",
        "{E.name}  {S.short}车间主任  {E.mobile}")) + "\n")
    put(b, s, "{N.hm} {O.name}：好的，我们{N.date}去{S.place}看一下，您的信息会保密。\n")
    put(b, s, "{N.hm} 我：[语音转文字]" + rng.choice(("谢谢啊，别让他们知道是我。", "千万别说我名字，我{H.rel}还在他们厂干活。")) + "\n")


def douyin(b: Builder, s: Unseen6Slots, rng: random.Random) -> None:
    put(b, s, "抖音私信记录导出\n会话对象§{Q.nick}（抖音号 {Q.handle_douyin}）\n")
    put(b, s, "----\n[{N.stamp}] {R.nick}：老师你好，看你经常曝光污染，能不能帮我们发一下，" + rng.choice(TALK) + "\n")
    put(b, s, "[{N.stamp}] {Q.nick}：可以，有视频吗？具体哪个厂？\n")
    put(b, s, "[{N.stamp}] {R.nick}：{S.name}，在{S.addr}\n")
    put(b, s, "[{N.stamp}] {R.nick}：我叫{R.name}，" + rng.choice(("手机{R.mobile}", "你加我微信{R.wechat}", "电话{R.mobile}，别公开")) + "\n")
    put(b, s, "[{N.stamp}] {Q.nick}：我先帮你转给环保局，你也可以打{N.h12369}\n")
    put(b, s, "----\n以下为{Q.nick}转发给{A.name}时的附言：\n“这是网友{R.nick}的私信，")
    put(b, s, rng.choice(("本人姓名电话都在里面，请保护好。", "当事人不想露面。")) + "我本人{Q.name}，电话{Q.mobile}。”\n")


def village_group(b: Builder, s: Unseen6Slots, rng: random.Random) -> None:
    put(b, s, "{R.place}" + rng.choice(("业主群", "村民群", "邻里群")) + "\n")
    put(b, s, "{N.hm} {Y.group_nick}：" + rng.choice(NOISE) + "\n")
    put(b, s, "{N.hm} {R.group_nick}：" + rng.choice(TALK) + "，谁跟我一起去反映？\n")
    put(b, s, "{N.hm} “{Y.group_nick}”撤回了一条消息\n")
    put(b, s, "{N.hm} {J.group_nick}：{R.group_at} 算我一个，我电话{J.mobile}\n")
    put(b, s, "{N.hm} {R.group_nick}：我已经打了{N.h12369}，留的是我的名字{R.name}，电话{R.mobile}\n")
    put(b, s, "{N.hm} 网格员{D.name}：@所有人 这个事我已经报给{A.grid}了，" +
        rng.choice(("大家别在群里发厂里人的电话。", "有照片私发给我，我电话{D.mobile}。")) + "\n")
    put(b, s, "{N.hm} {Y.group_nick}：" + rng.choice(PERSONAL) + "\n")
    put(b, s, "{N.hm} {Q.group_nick}：" + rng.choice(NOISE) + "\n")


def robot(b: Builder, s: Unseen6Slots, rng: random.Random) -> None:
    put(b, s, "“{A.name}”公众号 在线服务\n")
    put(b, s, "[智能助手] 您好，我是小环，请描述您要反映的问题。\n")
    put(b, s, "[用户 {R.nick}] " + "，".join(some(rng, TALK, 1, 2)) + "\n")
    put(b, s, "[智能助手] 已为您识别到“废气”问题。转人工请回复 0。\n[用户 {R.nick}] 0\n")
    put(b, s, "[人工客服 {N.staffno}] 您好，请提供姓名、联系电话和问题地址。\n")
    put(b, s, "[用户 {R.nick}] " + rng.choice(("{R.name}/{R.mobile}/{S.addr}", "{R.name} {R.mobile_odd}，地址{S.place}",
                                              "{R.ref}，{R.mobile}")) + "\n")
    put(b, s, "[用户 {R.nick}] 厂名叫{S.name}" + rng.choice(("，老板{B.name}", "", "，我在{W.name}上班，跟他们没关系")) + "\n")
    put(b, s, "[人工客服 {N.staffno}] 已登记，编号{N.caseno}，预计{N.within}回复。\n")


LAYOUTS = (voice, douyin, village_group, robot)


def build(b: Builder, s: Unseen6Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
