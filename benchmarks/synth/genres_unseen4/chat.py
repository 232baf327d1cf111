"""Chats, four layouts: a QQ group export (``2026-11-03 20:15:31 昵称(QQ号)`` header lines) of
a village group where the reporter and neighbours talk; a DingTalk export of an enforcement
work group passing the case on; a WeChat chat with an agency account where the reporter's
nickname differs from the name they later give and who forwards the boss's business card; a
speech-to-text transcript of a hotline call with 坐席 / 来电人 turns (digits as spoken)."""

from __future__ import annotations

import random

from .. import numbers as nb
from ..render import Builder, Piece
from .common import TALK, Unseen4Slots, layout, pick_some, put


def _spoken_mobile(s: Unseen4Slots, p, role: str, b: Builder) -> None:
    """A mobile as a speech recogniser writes it: Chinese digits, sometimes in groups."""
    v = p.mobile
    text = nb.chinese_digits(v, s.rng)
    if s.rng.random() < 0.4:
        text = text[:3] + "，" + text[3:7] + "，" + text[7:]
    b.add(Piece(text, "CN_MOBILE", role, "chinese"))


def qq_group(b: Builder, s: Unseen4Slots, rng: random.Random) -> None:
    put(b, s, "消息记录（此消息记录为文本格式，不支持重新导入）\n\n")
    put(b, s, "================================================================\n")
    put(b, s, "消息分组:我的群聊\n")
    put(b, s, "================================================================\n")
    put(b, s, "消息对象:" + rng.choice(("村民环境互助群", "咱村的事", "{S.district}业主维权群")) + "\n")
    put(b, s, "================================================================\n\n")
    rep = rng.choice(("{R.nick}({R.qq_plain})", "{R.name}({R.qq_plain})"))
    nb_ = "{Y.nick}({Y.qq_plain})"
    cadre = "{V.post}({V.qq_plain})"
    lines = [
        (rep, "{S.short}今天又排了，我拍了视频"),
        (nb_, "那个味我家里都能闻到"),
        (rep, "；".join(pick_some(rng, TALK, 1, 2))),
        (cadre, "大家别在群里乱说，我去跟厂里{B.post}说说"),
        (rep, rng.choice(("我已经打12369举报了，留的是我手机{R.mobile_chat}", "我明天去环保局，谁跟我一起",
                          "我给{A.name}写了信，署的我自己名字"))),
        (nb_, rng.choice(("算我一个，我电话{Y.mobile}", "我不敢，我儿子在他们厂上班", "{S.name}早该管管了"))),
        (rep, rng.choice(("有事私聊我，微信{R.wechat}", "环保局的{O.ref}说下周来查", "大家把照片发我邮箱{R.email}"))),
    ]
    for who, text in lines[: rng.randint(5, 7)]:
        put(b, s, "{N.qqstamp} " + who + "\n" + text + "\n\n")


def dingtalk(b: Builder, s: Unseen4Slots, rng: random.Random) -> None:
    put(b, s, "钉钉群聊记录导出\n群名称§" + rng.choice(("{A.dept}执法工作群", "信访件办理专班", "环境执法三中队")) + "\n")
    put(b, s, "导出人§{O.name}    导出时间§{N.datetime}\n\n")
    turns = [
        ("{G.name}", "{N.h12369}转来一件，{S.name}夜里排放异味，举报人{R.name}，电话{R.mobile}，要求保密"),
        ("{O.name}", "收到。地址是{S.addr}吧？去年查过一次"),
        ("{G.name}", rng.choice(("对，负责人{B.name}，{B.mobile}", "对，厂里环保员{E.name}，电话{E.mobile}"))),
        ("{D.name}", rng.choice(("我们镇上配合，明天{N.time}在厂门口碰头", "镇里去过，{B.ref}说在停产整顿"))),
        ("{O.name}", rng.choice(("举报人住{R.place}，离得近，去的时候别从村里走", "核查完要给举报人回电话，{R.ref}说白天打不方便"))),
        ("{D.name}", rng.choice(("举报人还在抖音上发了视频，账号{R.social}，影响不小", "举报人微信{R.wechat}，他说照片都在里面",
                                 "村里的{V.post}说举报的是{R.ref}，让我们别去他家", "邻居{T.name}也打过电话"))),
        ("{G.name}", "好，注意别跟企业说举报人的情况"),
    ]
    for who, text in turns[: rng.randint(4, 6)]:
        put(b, s, who + "  {N.qqstamp}\n" + text + "\n")


def wechat_card(b: Builder, s: Unseen4Slots, rng: random.Random) -> None:
    put(b, s, "【微信聊天记录】" + rng.choice(("{A.name}公众号客服", "{A.dept}工作微信")) + " 与 {R.nick}\n")
    turns = [
        ("{R.nick}", "你好，我要举报{S.name}，" + pick_some(rng, TALK, 1, 1)[0]),
        ("{A.dept}", "您好，请问怎么称呼？能留个联系方式吗？"),
        ("{R.nick}", rng.choice(("我叫{R.name}，电话{R.mobile_chat}", "我真名{R.name}，网名是瞎起的，手机{R.mobile}",
                                 "姓{R.surname}，{R.ref}，电话{R.mobile_chat}"))),
        ("{R.nick}", "这是他们老板的名片，我从厂门口拿的"),
        ("{R.nick}", "{B.card}"),
        ("{A.dept}", "收到，我们会安排执法人员{O.ref}核查，会为您保密"),
        ("{R.nick}", rng.choice(("好的，我住{R.home}，你们来了可以找我", "谢谢，别让厂里知道是我", "我{R.rel}{H.name}也可以作证"))),
    ]
    for who, text in turns:
        put(b, s, who + " {N.hm}\n" + text + "\n")


def transcript(b: Builder, s: Unseen4Slots, rng: random.Random) -> None:
    put(b, s, rng.choice(("通话录音转写（自动生成，未校对）\n", "{N.h12369}热线录音转文字\n")))
    put(b, s, "录音编号§{N.recno}    通话开始§{N.datetime}    坐席§{O.name}\n\n")
    put(b, s, "坐席：您好，{N.h12369}环保举报热线，请讲。\n")
    put(b, s, "来电人：喂，我要反映那个{S.short}，" + pick_some(rng, TALK, 1, 1)[0] + "。\n")
    put(b, s, "坐席：好的，请问您贵姓？\n")
    put(b, s, rng.choice(("来电人：我姓{R.surname}，{R.name}。\n", "来电人：免贵姓{R.surname}，你就记{R.ref}吧。\n",
                          "来电人：我叫{R.name}，嗯，{R.surname}是那个……对。\n")))
    put(b, s, "坐席：您的联系电话是？\n来电人：")
    _spoken_mobile(s, s.c.reporter, "reporter", b)
    put(b, s, "。\n坐席：您说的企业具体在什么位置？\n")
    put(b, s, "来电人：" + rng.choice(("就在{S.addr}，", "{S.place}那块，", "{S.addr}，")) + "对面是{P.inst}。\n")
    boss = rng.randint(0, 2)
    if boss == 0:
        put(b, s, "来电人：他们老板叫{B.name}，电话我有，")
        _spoken_mobile(s, s.c.company.boss, "subject", b)
        put(b, s, "。\n")
    elif boss == 1:
        put(b, s, "来电人：管事的是{B.ref}，天天在厂里。\n")
    put(b, s, rng.choice(("来电人：我住{R.place}，就在厂子后边。\n", "来电人：我在{W.name}上班。\n", "",
                          "来电人：我邻居{T.name}也去厂里找过，被他们骂回来了。\n",
                          "来电人：视频我发到快手上了，我的号是{R.social}。\n")))
    put(b, s, "坐席：好的，您反映的情况我们已记录，会转{A.name}处理，对您的信息保密。\n")
    put(b, s, "来电人：好，谢谢。\n\n〔通话时长§" + f"{rng.randint(2, 9)}分{rng.randint(1, 59)}秒" + "〕\n")


LAYOUTS = (qq_group, dingtalk, wechat_card, transcript)


def build(b: Builder, s: Unseen4Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
