"""Chats, four layouts: the comments and 弹幕 of a B站 video the reporter uploaded about the
plant (uploader's nickname and UID; a commenter who names the uploader's compound; the plant's
and the bureau's accounts replying) | the radio traffic of a night inspection (call signs; the
inspectors by name, one reads his mobile; the reporter waiting at a crossing, mobile read out
in spoken digits; the plant's guard) | an anglers' WeChat group finding dead fish below the
outfall (anglers by nickname; the reporter pastes his 12369 receipt; a member who will not be
named; the fish-farm owner) | a private chat with a brother-in-law who works at the plant (he
warns that the boss is hunting the reporter; the boss's mobile; the reporter's nickname)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import SAYS, Unseen13Slots, layout, put


def bilibili(b: Builder, s: Unseen13Slots, rng: random.Random) -> None:
    put(b, s, "【B站视频评论导出】标题：实拍" + rng.choice(("我家门口的化工厂", "半夜排污", "这烟谁受得了")) + "\n")
    put(b, s, "UP主§{R.nick}  UID§{R.uid}  发布于{N.date}\n")
    if rng.random() < 0.5:
        put(b, s, "主页§{R.space}\n")
    put(b, s, "简介§" + rng.choice(SAYS) + "。已打{N.h12369}。\n")
    put(b, s, "—— 弹幕（节选） ——\n")
    for _ in range(rng.randint(2, 4)):
        put(b, s, "{N.vtime} " + rng.choice(("这烟也太黄了", "举报了吗", "前方高能", "我老家也这样", "厂子是谁家的")) + "\n")
    put(b, s, "—— 评论 ——\n")
    put(b, s, "{Y.nick}：这不就是{S.short}嘛，我上下班天天路过\n")
    put(b, s, "{T.nick}：UP主是" + rng.choice(("住{R.compound}的{R.ref}吧", "{R.compound}的吧，看窗外那楼就知道")) + "，小心被找上门\n")
    put(b, s, "  └ {R.nick}（UP主）：别猜了，删了吧\n")
    put(b, s, "{S.bili}：您好，我司已于近期完成设备升级，欢迎监督，联系电话{S.tel}\n")
    put(b, s, "{A.bili}：已关注，已转交属地执法部门核查。\n")
    if rng.random() < 0.5:
        put(b, s, "{Y.nick}：{R.at} 私信你了，我有他们晚上排的视频\n")


def radio(b: Builder, s: Unseen13Slots, rng: random.Random) -> None:
    put(b, s, "夜查行动对讲记录（整理：{D.name}） {N.date}\n")
    put(b, s, "{N.hm} 一组（{O.name}）：一组到位，厂区南门外，灯亮着，机器在响。\n")
    put(b, s, "{N.hm} 指挥（{D.name}）：二组报位置。\n")
    put(b, s, "{N.hm} 二组（{G.name}）：二组在东边路口，举报人在这儿等着带路。\n")
    put(b, s, "{N.hm} 指挥：举报人电话多少？我这边备一个。\n")
    put(b, s, "{N.hm} 二组：{R.mobile_spoken}，姓{R.surname}，" + rng.choice(("男的", "女同志", "骑电动车的那位")) + "。\n")
    put(b, s, "{N.hm} 指挥：收到。进厂后别让门卫看见举报人，让人在车里待着。\n")
    put(b, s, "{N.hm} 一组：门卫{E.surname}师傅说老板不在，给了老板电话{B.mobile}，我已经打了。\n")
    put(b, s, "{N.hm} 一组：" + rng.choice(("发现暗管一根，正在拍照。", "废气治理设施没开。", "{N.reading}，已采样。")) + "\n")
    put(b, s, "{N.hm} 二组：我手机{G.mobile}，信号不好打这个。\n")
    put(b, s, "{N.hm} 指挥：各组收队，明早{A.name}集合，执法证号{N.badge}的同志负责笔录。\n")


def anglers(b: Builder, s: Unseen13Slots, rng: random.Random) -> None:
    put(b, s, "微信群“" + rng.choice(("河湾钓友会", "周末野钓群", "黑坑路亚交流")) + "”（" + str(rng.randint(60, 480)) + "人）聊天记录\n")
    put(b, s, "{N.hm} {Y.nick}：今天{S.short}排口下面漂了一片死鱼，白花花的\n")
    put(b, s, "{N.hm} {T.nick}：我也看到了，水是绿的，" + rng.choice(SAYS) + "\n")
    put(b, s, "{N.hm} {R.nick}：我刚打了{N.h12369}，这是回执：\n")
    put(b, s, "〔短信〕【{A.name}】{R.name}您好，您反映的{S.name}问题已受理，编号{N.caseno}，我们将为您保密。回复电话：{A.tel}\n")
    put(b, s, "{N.hm} {Y.nick}：老哥你这截图把名字露了，赶紧撤回\n")
    put(b, s, "{N.hm} {T.nick}：我那天拍了视频，可以给执法的，但是别说是我，我在那边还有鱼塘承包\n")
    put(b, s, "{N.hm} {L.nick}：我是{U.pond}的{L.surname}，我这边的鱼也死了，电话{L.mobile}，执法的可以直接找我\n")
    put(b, s, "{N.hm} {R.nick}：我已经跟执法的说了，他们说可能会找我带路，我住" + rng.choice(("{R.compound}", "河边")) + "，随叫随到\n")


def brother_in_law(b: Builder, s: Unseen13Slots, rng: random.Random) -> None:
    male = s.bystander.male
    put(b, s, "与“{Y.nick}”的聊天记录（" + rng.choice(("姐夫", "妹夫") if male else ("嫂子", "弟媳")) + "）\n")
    put(b, s, "{N.stamp} {Y.nick}：你是不是去举报我们厂了\n")
    put(b, s, "{N.stamp} {R.nick}：谁说的\n")
    put(b, s, "{N.stamp} {Y.nick}：{B.ref}今天开会说有人举报，说是" + rng.choice(("住{R.compound}的", "姓{R.surname}的", "手机尾号{R.mobile_tail}的")) +
        "，让大家想想是谁\n")
    put(b, s, "{N.stamp} {Y.nick}：我这工作还要不要了。我在{S.short}干了" + str(rng.randint(3, 15)) + "年\n")
    put(b, s, "{N.stamp} {R.nick}：" + rng.choice(SAYS) + "，你们厂自己清楚\n")
    put(b, s, "{N.stamp} {Y.nick}：老板私人号{B.mobile}，他说要跟举报的人“聊聊”，你自己掂量\n")
    put(b, s, "{N.stamp} {R.nick}：我打{N.h12369}的时候说了要保密，他们怎么知道的\n")
    put(b, s, "{N.stamp} {Y.nick}：我不知道。你别跟你" + ("姐" if male else "哥") + "说是我{Y.name}给你通风报信的，材料里千万别出现我\n")
    if rng.random() < 0.6:
        put(b, s, "（{R.name}将本聊天记录截图转给{A.name}{O.name}，附言：我的手机{R.mobile}，请查一下是哪个环节泄露的）\n")


LAYOUTS = (bilibili, radio, anglers, brother_in_law)


def build(b: Builder, s: Unseen13Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
