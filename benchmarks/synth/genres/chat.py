"""微信群/聊天记录: timestamped lines by nickname; the reporter is one of the speakers.

Nicknames are CN_SOCIAL_ACCOUNT (网络名称); @mentions include the ``@``.
"""

from __future__ import annotations

import random

from ..render import Builder, Piece
from ..slots import Slots

REPORTER_LINES = (
    "我刚又打了{N.h12369}，{S.name}今晚又在排了",
    "我把视频发群里了，大家看看这烟",
    "我家{R.home}，窗户都不敢开",
    "我电话{R.mobile}，谁有证据发我",
    "环保局的人让我留了身份证号{R.id}，说要实名",
    "加我微信{R.wechat}，我拉个小群",
    "我在{W.name}上班，白天不在家，晚上可以去拍",
    "我{H.rel}{H.name}也签名了",
    "今天{N.time}又排了，{N.reading}",
    "我QQ{R.qq}，邮箱{R.email}，材料可以发我",
    "奖金打我卡上就行{R.bank}",
    "我护照号{R.passport}，人在国外，回来再说",
    "我们家路由器IP{R.ip}，他们说能查到是谁举报的吗",
)
OTHER_LINES = (
    "{S.name}太嚣张了",
    "{R.at} 你上次打的电话有回复没",
    "那个老板叫{B.name}，电话{B.mobile}",
    "{S.addr}那边味道更大",
    "上次{N.date}环保局来查，他们提前关门了",
    "我听说罚了{N.money}",
    "车牌{S.plate}的罐车又来了",
    "{R.ref}说得对，得联名举报",
    "我也闻到了，{N.dist}外都是臭味",
    "群里别发太多个人信息，小心被厂里知道",
    "{T.name}你家离得最近，拍点照片",
)


def build(b: Builder, s: Slots, rng: random.Random) -> None:
    c = s.c
    group = rng.choice(("小区业主群", "村民群", "家园群", "维权群", "环保志愿者群"))
    b.render(rng.choice(("【微信群聊：{grp}】\n", "聊天记录（{grp}）\n", "以下为{grp}截图文字：\n")).format(grp=group), s)
    others = [(c.third, "third_party"), (c.household, "reporter")]
    reporter_lines = rng.sample(REPORTER_LINES, rng.randint(2, 4))
    other_lines = rng.sample(OTHER_LINES, rng.randint(2, 5))
    script = [("R", t) for t in reporter_lines] + [("X", t) for t in other_lines]
    rng.shuffle(script)
    show_real_name = rng.random() < 0.3  # 群昵称(真名) as WeChat shows it
    for who, line in script:
        b.render(rng.choice(("{N.datetime} ", "{N.time} ", "[{N.time}] ", "")), s)
        if who == "R":
            b.add(Piece(c.reporter.nick, "CN_SOCIAL_ACCOUNT", "reporter"))
            if show_real_name:
                b.add("(")
                b.add(Piece(c.reporter.name, "PERSON", "reporter"))
                b.add(")")
        else:
            person, role = rng.choice(others)
            b.add(Piece(person.nick, "CN_SOCIAL_ACCOUNT", role))
        b.add(rng.choice(("：", ": ", "：\n")))
        b.render(line, s)
        b.add("\n")

