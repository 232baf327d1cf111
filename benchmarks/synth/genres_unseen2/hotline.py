"""12369 电话记录单, four layouts: a two-column cell sheet, an operator's narrative, a
spaced-label form with the caller's part last, and a call transcript (录音整理)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import ABOUT, ABOUT_FORMAL, ME, REACH, Unseen2Slots, layout, put, some

TITLES = ("{N.h12369}环保举报热线电话记录单\n", "{A.name}环境投诉电话登记表\n", "来电记录（{N.h12369}）\n",
          "{A.parent}举报受理中心  电话记录\n")


def sheet(b: Builder, s: Unseen2Slots, rng: random.Random) -> None:
    """Label | value | label | value rows, as a Word table pasted to text."""
    put(b, s, rng.choice(TITLES))
    put(b, s, "记录编号  {N.workorder}    受理时间  {N.datetime}\n")
    caller = rng.choice(("举报者", "投诉者", "来电人"))
    put(b, s, f"{caller}\t{{R.name}}\t回电号码\t{{R.mobile_typed}}\n")
    if rng.random() < 0.6:
        put(b, s, rng.choice(("住址\t{R.home}\t工作单位\t{W.name}\n", "所在村组\t{R.village}\t是否保密\t是\n",
                              "性别\t{R.gender}\t年龄\t{R.age_num}\n")))
    put(b, s, rng.choice(("涉嫌单位\t{S.name}\t所在地\t{S.addr}\n", "被反映对象\t{S.name}\t位置\t{S.addr}\n",
                          "排污单位\t{S.name}\t联系人\t{B.name}（{B.mobile_typed}）\n")))
    put(b, s, "来电内容\t")
    parts = some(rng, ABOUT_FORMAL, 2, 3)
    put(b, s, "；".join(parts) + "。" + rng.choice(("", "来电人要求严格保密。", "要求处理后回电。")) + "\n")
    put(b, s, rng.choice(("处理意见\t转{A.dept}核查，{N.days}内回复。\n",
                          "拟办意见\t请{A.name}依法调查处理并反馈来电人。\n")))
    put(b, s, rng.choice(("接听人\t{O.name}\t审核\t{Q.name}\n", "话务员\t{O.name}（工号{N.num}）\n")))


def narrative(b: Builder, s: Unseen2Slots, rng: random.Random) -> None:
    """The operator's summary: the caller's number sits inside the first sentence."""
    put(b, s, rng.choice(TITLES))
    opening = rng.choice((
        "{N.datetime}，{R.ref}（回电号码：{R.mobile}）来电反映：",
        "{N.date} {N.time}，接{R.village}群众{R.name}来电（{R.mobile}），称",
        "当日{N.time}，一位自称在{W.name}工作的群众来电，留的号码是{R.mobile}，反映",
        "{N.datetime}接到投诉者电话，投诉者姓{R.surname}，住{R.village}，联系手机{R.mobile}。其反映：",
    ))
    put(b, s, opening)
    for t in some(rng, ABOUT, 2, 4):
        put(b, s, t + "。")
    if rng.random() < 0.5:
        put(b, s, rng.choice(("来电人称其在{W.name}上班，", "来电人家住{R.home}，", "投诉者说其{H.rel}{H.name}也受到影响，",
                              "来电人称其车辆（{R.plate}）曾被该厂人员拦下，"))
            + rng.choice(("希望尽快处理。", "多次反映未果。", "情绪比较激动。")))
    put(b, s, "\n")
    put(b, s, rng.choice(("来电人要求：不要向企业透露其身份。\n", "诉求：依法查处，回电告知结果。\n",
                          "来电人同意公开反映内容，不同意公开个人信息。\n")))
    put(b, s, rng.choice(("记录：{O.name}    {N.date}\n", "登记人：{O.name}，值班电话{A.tel}\n",
                          "已于当日转{A.dept}，承办人{Q.name}。\n")))


def spaced_form(b: Builder, s: Unseen2Slots, rng: random.Random) -> None:
    """Complaint first, the caller's own block at the bottom (the reverse of most forms)."""
    put(b, s, rng.choice(TITLES))
    put(b, s, "〈编号〉{N.caseno}\n")
    put(b, s, rng.choice(("〈被反映对象〉{S.name}\n", "〈污染源单位〉{S.name}\n", "〈涉嫌单位〉{S.short}\n")))
    if rng.random() < 0.7:
        put(b, s, "〈地址〉{S.addr}\n")
    if rng.random() < 0.4:
        put(b, s, "〈负责人〉{B.name}　〈手机〉{B.mobile_typed}\n")
    put(b, s, "〈问题描述〉")
    put(b, s, "，".join(some(rng, ABOUT, 2, 3)) + "。\n")
    put(b, s, "—— 来电人信息（保密） ——\n")
    put(b, s, "〈姓名〉{R.name}\n")
    for line in some(rng, ("〈性别〉{R.gender}\n", "〈联系手机〉{R.mobile_typed}\n", "〈固定电话〉{R.tel}\n",
                           "〈住址〉{R.home}\n", "〈工作单位〉{W.name}\n", "〈身份证号〉{R.id}\n"), 2, 4):
        put(b, s, line)
    put(b, s, "〈接听人〉{O.name}\n")


def transcript(b: Builder, s: Unseen2Slots, rng: random.Random) -> None:
    """A call written out from the recording: who says what, the caller unnamed at first."""
    put(b, s, "{N.h12369}来电录音整理（{N.datetime}）\n")
    put(b, s, "话务员：您好，环保举报热线，请讲。\n")
    put(b, s, "来电：我要举报" + rng.choice(("{S.name}", "我们村边上那个{S.short}", "{S.addr}那个厂")) + "。\n")
    put(b, s, "话务员：请问您怎么称呼？\n")
    put(b, s, rng.choice(("来电：免贵姓{R.surname}。\n", "来电：我叫{R.name}。\n", "来电：你就记{R.ref}吧。\n")))
    put(b, s, "话务员：具体什么问题？\n")
    put(b, s, "来电：" + "，".join(some(rng, ABOUT, 2, 3)) + "。\n")
    put(b, s, "话务员：您的联系电话是来电这个号码吗？\n")
    put(b, s, rng.choice(("来电：不是，你记一下，{R.mobile}。\n", "来电：对，就是这个，{R.mobile}。\n",
                          "来电：打我{H.rel}的吧，{H.mobile}，我手机老没信号。\n")))
    if rng.random() < 0.5:
        put(b, s, "话务员：您住在哪里？\n")
        put(b, s, "来电：" + rng.choice(ME) + "。\n")
    put(b, s, "话务员：好的，我们会转给{A.name}处理，会为您保密。\n")
    put(b, s, "（整理人：{O.name}）\n")


LAYOUTS = (sheet, narrative, spaced_form, transcript)


def build(b: Builder, s: Unseen2Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
