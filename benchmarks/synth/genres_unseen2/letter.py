"""信访 letters, four layouts, all prose: the writer's details come in the middle of the
text (a phone between two complaints, the workplace in a subordinate clause), a joint
letter signed by several residents, a letter sent to a 局长信箱 by e-mail, and a
handwritten letter as a clerk types it in."""

from __future__ import annotations

import random

from ..render import Builder
from .common import ABOUT, ME, REACH, Unseen2Slots, layout, put, some

SALUTES = ("{A.name}：\n", "尊敬的{A.name}领导：\n", "{A.parent}局长：\n", "各位领导：\n")
ASKS = ("恳请领导派人实地查看，还我们一个干净的环境。", "请求依法关停这个厂。",
        "希望这次能有个说法，不要再走过场。", "请你们查一查到底是谁在给他们通风报信。")


def prose(b: Builder, s: Unseen2Slots, rng: random.Random) -> None:
    """One writer; ME, REACH and ABOUT sentences interleaved, the signature at the end."""
    put(b, s, rng.choice(SALUTES))
    put(b, s, "    " + rng.choice(("您好！", "打扰了。", "")) + rng.choice(ME) + "。")
    about = some(rng, ABOUT, 3, 5)
    put(b, s, about[0] + "。")
    put(b, s, rng.choice((
        "我{N.date}就打过{N.h12369}，当时留的电话{R.mobile}，到现在也没人回，",
        "之前给你们写过一封信，落款写的是我的手机号{R.mobile}，一直没有回音，",
        "这事我跟村里说过好几次，",
    )))
    for t in about[1:]:
        put(b, s, t + "。")
    put(b, s, "\n    " + rng.choice(ASKS))
    if rng.random() < 0.6:
        put(b, s, rng.choice(REACH) + "。")
    put(b, s, rng.choice(("我怕被报复，请领导一定替我保密。", "")) + "\n")
    put(b, s, rng.choice(("此致\n敬礼\n", "")))
    put(b, s, rng.choice(("                    {R.village} {R.name}\n", "                    反映人：{R.name}\n",
                          "                    {R.name}（{W.name}）\n", "                    一个老百姓 {R.ref}\n")))
    put(b, s, "                    {N.date}\n")


def joint(b: Builder, s: Unseen2Slots, rng: random.Random) -> None:
    """A joint letter: the first signatory writes, others sign; a contact is named."""
    put(b, s, rng.choice(("关于{S.name}污染问题的联名信\n", "联名反映信\n")))
    put(b, s, rng.choice(SALUTES))
    put(b, s, "    我们是{R.village}的住户，")
    for t in some(rng, ABOUT, 2, 4):
        put(b, s, t + "，")
    put(b, s, "大家实在忍不了了。" + rng.choice(ASKS) + "\n")
    put(b, s, "    联系人：{R.name}，" + rng.choice(("{R.mobile}", "手机{R.mobile}", "电话{R.tel}")) + "。\n")
    put(b, s, "联名人：{R.name}  {H.name}  {T.name}" + rng.choice(("  等{N.households}\n", "\n")))
    put(b, s, "{N.date}\n")


def mailbox(b: Builder, s: Unseen2Slots, rng: random.Random) -> None:
    """A letter e-mailed to the 局长信箱: mail header, then the letter."""
    put(b, s, "发件人：" + rng.choice(("{R.email}", "{R.name} <{R.email}>")) + "\n")
    put(b, s, "收件人：局长信箱\n")
    put(b, s, "主题：" + rng.choice(("反映{S.name}偷排问题", "再次反映{S.short}扰民", "举报")) + "\n")
    put(b, s, "时间：{N.datetime}\n\n")
    put(b, s, rng.choice(SALUTES))
    put(b, s, "    " + "。".join(some(rng, ABOUT, 2, 4)) + "。")
    put(b, s, rng.choice(("写信的是{R.village}的{R.name}，", "我是{W.name}的职工{R.name}，", "")))
    put(b, s, rng.choice(REACH) + "。\n")
    put(b, s, rng.choice(("{R.name}\n", "一个关心家乡环境的人\n", "{R.ref}\n")))


def typed(b: Builder, s: Unseen2Slots, rng: random.Random) -> None:
    """A handwritten letter typed in: clerk's note on top, the envelope's return address."""
    put(b, s, "（来信录入  收信日期：{N.date}  {N.caseno}）\n")
    put(b, s, "信封寄件地址：{R.home}  {R.name}\n")
    put(b, s, rng.choice(SALUTES))
    put(b, s, "    俺是个种地的，不会写信，")
    put(b, s, "，".join(some(rng, ABOUT, 2, 3)) + "。")
    put(b, s, rng.choice(("俺{H.rel}{H.name}在{W.name}上班，也说这厂不对劲。", "俺家就在{R.village}，跟厂子一墙之隔。", "")))
    put(b, s, "有啥事打俺手机" + rng.choice(("{R.mobile}", "{R.mobile}，要不就打{R.tel}")) + "。\n")
    put(b, s, "    {R.name}  按手印\n")


LAYOUTS = (prose, joint, mailbox, typed)


def build(b: Builder, s: Unseen2Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
