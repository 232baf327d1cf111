"""Chats, four layouts: a work group of enforcement staff (政务钉钉) passing the case on,
where the reporter is talked about, not present; a WeChat chat typed into an evidence
table (序号 | 时间 | 发送方 | 内容) by the officer; an SMS platform's up/down log with one
reporter; a 12345 online-service session (访客 / 客服工号)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import INSIDE, PROBLEMS, SAYS, Unseen3Slots, layout, pick_some, put


def work_group(b: Builder, s: Unseen3Slots, rng: random.Random) -> None:
    """Officials in a work group: the reporter's name and phone pass through their messages."""
    put(b, s, rng.choice(("【{A.dept}工作群】聊天记录\n", "政务钉钉 · 信访件处置群\n", "{A.name}执法工作群（导出）\n")))
    o, g = "{O.name}", "{G.name}"
    tag = rng.choice(("", "（执法大队）", "·二中队"))
    lines = [
        (o, rng.choice(("{N.h12369}转来一件，{S.name}夜里偷排，举报人{R.name}，电话{R.mobile}，要求保密。",
                        "新派的单：{S.short}废气扰民，来电人{R.ref}，{R.mobile}，住{R.place}。",
                        "督察组转来的，举报人是{S.short}自己的员工，姓{R.surname}，手机{R.mobile}，千万别漏出去。"))),
        (g, "收到。企业那边找谁？"),
        (o, rng.choice(("环保负责人{E.name}，{E.mobile}。法人{B.name}。", "老板{B.name}，{B.mobile}，厂里座机{S.tel}。",
                        "联系人{E.post}，电话{E.mobile}。"))),
        (g, rng.choice(("今晚十点以后我们去蹲一下，先别给企业打电话。", "明天一早去，你把举报人的电话发我，我先问问具体位置。"))),
        (o, rng.choice(("他说别上门，村里人都认识他，打电话就行。", "已经联系过了，他说{N.time}以后排得最厉害。",
                        "举报人说可以加他微信{R.wechat}，他发定位。"))),
        (g, "[图片]"),
        (g, rng.choice(PROBLEMS) + "，现场已拍照取证。"),
        (o, rng.choice(("好，我跟{A.dept}汇报一下。", "辛苦，记得回访举报人，别用单位座机打。", "收到，材料发群里。"))),
    ]
    for who, text in lines:
        put(b, s, who + tag + "  {N.stamp}\n" + text + "\n")


def evidence_table(b: Builder, s: Unseen3Slots, rng: random.Random) -> None:
    """A WeChat chat between a reporter and the officer, entered row by row as evidence."""
    put(b, s, "微信聊天记录整理（证据材料）\n")
    put(b, s, rng.choice(("案件§{S.name}涉嫌通过暗管排放水污染物案    整理人§{O.name}    整理日期§{N.date}\n",
                          "整理人§{O.name}（{A.name}）    日期§{N.date}\n")))
    put(b, s, "说明§以下为举报人（微信昵称“{R.nick}”，微信号{R.wechat}）与执法人员{O.name}的聊天记录，按截图逐条录入。\n")
    sep = rng.choice((" | ", "\t"))
    put(b, s, sep.join(("序号", "时间", "发送方", "内容")) + "\n")
    insider = rng.random() < 0.4
    rows = [
        ("R", "{O.post}，今晚他们又开始排了"),
        ("O", "几点开始的？你现在在哪？"),
        ("R", "[位置] {S.addr}"),
        ("R", "[视频] 00:" + f"{rng.randint(10, 59)}"),
        ("O", "收到，我们二十分钟到。你别露面。"),
        ("R", rng.choice(INSIDE) if insider else rng.choice(SAYS)),
        ("R", "我是厂里的，不能让他们看见我" if insider else "我在{R.place}路口等你们"),
        ("R", rng.choice(("这是我们村的{T.name}，他也看见了，电话{T.mobile}", "[图片]", "车牌是{S.plate}，刚拉出去"))),
        ("O", rng.choice(("好的，注意安全。", "现场已经查封了，谢谢你。", "我们到门口了。"))),
    ]
    for i, (who, text) in enumerate(rows, 1):
        sender = "{R.nick}" if who == "R" else "{O.name}"
        put(b, s, sep.join((str(i), "{N.stamp}", sender, text)) + "\n")
    put(b, s, "（以上共" + str(len(rows)) + "条，截图原件附后）\n")


def sms_log(b: Builder, s: Unseen3Slots, rng: random.Random) -> None:
    """The agency's SMS platform: messages sent to and received from one reporter."""
    put(b, s, rng.choice(("{A.parent}短信平台 收发记录\n", "短信记录（{N.sms}）\n")))
    put(b, s, "对方号码§{R.mobile_plain}\n")
    put(b, s, "时间\t方向\t内容\n")
    put(b, s, "{N.stamp}\t下行\t【{A.parent}】您好，您反映的问题已受理（编号{N.caseno}），我们将在{N.within}处理并回复。\n")
    put(b, s, "{N.stamp}\t上行\t收到。" + "，".join(pick_some(rng, SAYS, 1, 2)) + "。\n")
    put(b, s, "{N.stamp}\t下行\t【{A.parent}】执法人员{O.name}（{A.tel}）将到现场核查，如有补充请回复本短信。\n")
    put(b, s, "{N.stamp}\t上行\t" + rng.choice((
        "我是{R.name}，能不能别让厂里知道是我？我家就在{R.place}。",
        "我姓{R.surname}，你们来的时候给我打电话，别来我家。",
        "有照片，我发到你们邮箱了，我的邮箱是{R.email}。",
        "号码是我{H.rel}的，有事打我自己的手机{R.mobile}。",
    )) + "\n")
    put(b, s, "{N.stamp}\t下行\t【{A.parent}】" + rng.choice((
        "经核查，{S.short}存在违法排污行为，已立案查处。感谢您的监督！",
        "经核查，未发现{S.name}当日生产，将持续关注。",
    )) + "回复T退订\n")


def service_chat(b: Builder, s: Unseen3Slots, rng: random.Random) -> None:
    """12345 在线客服: the visitor gives name and phone when asked, the agent opens a ticket."""
    agent = "客服" + str(rng.randint(1001, 1099)) + "号"
    visitor = "访客" + "".join(rng.choice("0123456789abcdef") for _ in range(6))
    put(b, s, "{A.city}{N.h12345}在线客服 会话记录\n")
    put(b, s, "会话ID§{N.gd}    " + visitor + "    来源§" + rng.choice(("微信小程序", "网页", "APP")))
    put(b, s, rng.choice(("    访客IP§{R.ip}\n", "\n")))
    turns = [
        (agent, "您好，很高兴为您服务，请问有什么可以帮您？"),
        (visitor, "我要投诉" + rng.choice(("{S.name}", "{S.short}", "{S.place}那个厂")) + "，"
         + "，".join(pick_some(rng, SAYS, 1, 2)) + "。"),
        (agent, "请问具体位置在哪里？"),
        (visitor, rng.choice(("{S.addr}", "就在{S.place}，{P.inst}往东{N.dist}"))),
        (agent, "好的。请留下您的姓名和联系电话，方便承办单位联系您。"),
        (visitor, rng.choice(("{R.name}，{R.mobile_typed}", "我姓{R.surname}，电话{R.mobile_typed}，能保密吗",
                              "不想留名字，电话是{R.mobile_typed}"))),
        (agent, "您的信息我们会严格保密。已为您生成工单，工单号{N.gd}，将转{A.name}办理。"),
        (visitor, rng.choice(("好的，谢谢。", "上次打{N.h12345}也说转了，结果没人管。", "我家就在{R.place}，随时可以来看。"))),
        (agent, "感谢您的反映，请保持电话畅通。"),
    ]
    for who, text in turns:
        put(b, s, who + "  {N.stamp}\n" + text + "\n")


LAYOUTS = (work_group, evidence_table, sms_log, service_chat)


def build(b: Builder, s: Unseen3Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
