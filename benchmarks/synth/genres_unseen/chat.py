"""Chat records, unseen layouts: QQ-group exports (昵称(QQ号) time, message below), a private
chat with the 12369 service account (我/客服), time separators, 昵称 + time headers.

Speaker nicknames are CN_SOCIAL_ACCOUNT; the QQ number in a QQ header is CN_QQ of the speaker.
"""

from __future__ import annotations

import random

from ..render import Builder, Piece
from .common import UnseenSlots, pick, pool, say

REPORTER_LINES = (
    "俺家就在{R.home}，那味儿熏得人头疼",
    "我手机号{R.mobile}，有啥消息告诉我一声",
    "v我{R.wechat}，拉你们进小群",
    "我扣扣{R.qq}，照片都传空间了",
    "刚给{N.h12369}打完电话，人家让留了身份证{R.id}",
    "我在{W.name}干活，晚上才回得来",
    "我跟我{H.rel}{H.name}说了，明天让去拍",
    "我邮箱{R.email}，视频太大微信发不了",
    "我的车{R.plate}就停在那儿，车顶上全是灰",
    "奖励要是下来了打这个卡{R.bank}",
    "俺今年{R.age}了，从没见过这么黑的水",
    "我座机{R.tel}，白天打这个",
)
OTHER_LINES = (
    "{S.name}又开始了，烟囱冒的全是黄烟",
    "听说他们老板{B.name}跟上面有关系，手机{B.mobile}",
    "{S.addr}那一片现在全是灰",
    "{R.at} 你上回反映的有下文没",
    "{R.ref}说的对，咱一起去",
    "车号{S.plate}，天天半夜拉废料",
    "{T.name}你家离得近，多拍几张",
    "环保局{N.date}来过，厂里提前收到风声了",
    "别在群里说名字，厂里有人在群里",
    "他们办公室电话{S.tel}，没人接",
)
# private chat with the service account: the reporter is "我", the other side is staff
SERVICE_LINES = (
    "您好，请问您要反映什么问题？",
    "请留一下您的联系电话和具体地址。",
    "好的，已转{A.name}处理，请保持电话畅通。",
    "工作人员{O.name}会在{N.date}前和您联系。",
    "收到，我们会为您保密。",
    "也可以拨打{A.name}值班电话{A.tel}。",
)
PRIVATE_REPORTER_LINES = (
    "{S.name}天天晚上排黑烟，就在{S.addr}",
    "我叫{R.name}，电话{R.mobile}",
    "我住{R.home}，离厂子不到{N.dist}",
    "他们老板叫{B.name}",
    "我身份证{R.id}，需要的话可以实名",
    "车牌{S.plate}的货车天天往外拉废渣",
    "微信就是{R.wechat}，照片发过去了",
    "别告诉厂里是我说的",
)
LAYOUTS = ("qq", "wx_sep", "private", "nick_time")


def _speaker_qq(b: Builder, person, role: str) -> None:
    b.add(Piece(person.qq, "CN_QQ", role))


def build(b: Builder, s: UnseenSlots, rng: random.Random) -> None:
    c = s.c
    layout = pick(s, rng, LAYOUTS)
    group = rng.choice(("业主交流群", "XX村老乡群", "环保维权群", "楼栋群", "家长群"))
    if layout == "private":
        say(b, s, rng, rng.choice(("与“12369环保举报”公众号的对话\n", "微信聊天记录（与客服）\n", "在线咨询记录\n")))
        staff = rng.choice(("客服", "12369小助手", "工作人员", "坐席"))
        script = [("R", t) for t in rng.sample(pool(s, PRIVATE_REPORTER_LINES), rng.randint(2, 4))]
        script += [("S", t) for t in rng.sample(pool(s, SERVICE_LINES), rng.randint(1, 3))]
        rng.shuffle(script)
        script.insert(0, ("S", SERVICE_LINES[0]))
        for who, line in script:
            b.add(("我" if who == "R" else staff) + rng.choice(("：", ": ", "：")))
            say(b, s, rng, line)
            b.add("\n")
        return
    say(b, s, rng, rng.choice(("群聊：{g}\n", "【{g}】聊天记录导出\n", "{g}（截图转文字）\n")).format(g=group))
    others = [(c.third, "third_party"), (c.household, "reporter")]
    script = [("R", t) for t in rng.sample(pool(s, REPORTER_LINES), rng.randint(2, 4))]
    script += [("X", t) for t in rng.sample(pool(s, OTHER_LINES), rng.randint(2, 5))]
    rng.shuffle(script)
    for who, line in script:
        person, role = (c.reporter, "reporter") if who == "R" else rng.choice(others)
        if layout == "wx_sep" and rng.random() < 0.3:
            say(b, s, rng, "—— {N.time} ——\n")
        b.add(Piece(person.nick, "CN_SOCIAL_ACCOUNT", role))
        if layout == "qq":
            b.add("(")
            _speaker_qq(b, person, role)
            b.add(") ")
            say(b, s, rng, "{N.datetime}\n")
        elif layout == "nick_time":
            say(b, s, rng, " {N.time}\n")
        else:
            b.add(rng.choice(("：", ":", " 说：")))
        say(b, s, rng, line)
        b.add("\n")
