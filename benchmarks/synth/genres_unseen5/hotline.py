"""Hotline records, four layouts: an after-hours 12369 voice-mail box transcribed by speech
recognition (the caller's name and spoken mobile at the end, the caller ID a relative's
phone now and then); a duty shift-handover log with several calls, one about a natural
person; a call from a Hong Kong / Macao resident who owns the old family house (HK-Macao
permit, words quoted in traditional characters); a call from the reported boss himself who
wants to know who complained (he names a neighbour he suspects; a clerk's note cites the
real reporter)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import PERSONAL, PROBLEMS, TALK, Unseen5Slots, layout, pick_some, put, trad


def voicemail(b: Builder, s: Unseen5Slots, rng: random.Random) -> None:
    put(b, s, rng.choice(("{N.h12369}非工作时间语音留言转写记录\n", "语音信箱留言（机器转写+人工校对）\n")))
    put(b, s, "留言时间§{N.datetime}    留言时长§{N.dur}\n")
    put(b, s, rng.choice(("主叫号码§{R.mobile_plain}\n", "主叫号码§{H.tel_plain}（来电人称是家里座机）\n",
                          "主叫号码§{H.mobile_plain}\n", "主叫号码§未显示\n")))
    put(b, s, "转写内容§\n“喂，喂？是环保局吧，这个……我反映个事儿啊。")
    put(b, s, "，".join(pick_some(rng, TALK, 2, 3)) + "。")
    put(b, s, rng.choice(("你们明天上班给我回个电话，我手机是{R.mobile_spoken}，",
                          "回电话打这个，{R.mobile_spoken}，", "我号码是{R.mobile_spoken}，再说一遍，{R.mobile_spoken}，")))
    put(b, s, rng.choice(("我姓{R.surname}，叫{R.name}，就住{R.place}。”\n", "我叫{R.name}，{R.place}的。”\n",
                          "名字就不说了，你们打电话就行。”\n")))
    put(b, s, rng.choice(("[识别置信度较低部分已标注]\n", "")))
    put(b, s, "校对人§{D.name}    校对时间§{N.datetime}\n")
    put(b, s, "处理§次日上午由{O.name}回拨，" + rng.choice(("已联系上留言人，", "回拨无人接听，", "")) +
        "转{A.dept}核查{S.name}。\n")


def handover(b: Builder, s: Unseen5Slots, rng: random.Random) -> None:
    put(b, s, "{A.name}值班室交接班记录\n")
    put(b, s, "日期§{N.date}    班次§夜班（{N.time}—次日{N.time}）\n")
    put(b, s, "交班人§{O.name}（{O.mobile}）    接班人§{D.name}（{D.mobile}）\n")
    put(b, s, "一、本班受理来电{N.num}个，其中环境类：\n")
    put(b, s, rng.choice(("1. {N.time}，{R.name}（{R.mobile}）反映",
                          "1. {N.time} 来电人{R.ref}，电话{R.mobile}，反映",
                          "1. {N.time} 匿名，回拨号码{R.mobile}，反映")))
    put(b, s, "{S.name}" + rng.choice(("夜间排放刺激性气体", "偷排废水", "噪声扰民")) + "，来电人要求保密。\n")
    put(b, s, "2. {N.time}，{Y.name}（{Y.mobile}）反映同一问题，称是{R.ref}让他打的。\n")
    if rng.random() < 0.6:
        put(b, s, "3. {N.time}，{J.ref}（{J.mobile}）反映" + "，".join(pick_some(rng, PERSONAL, 1, 2)) + "。\n")
    put(b, s, "二、待办§第1、2件已录入系统，请接班人跟进；")
    put(b, s, rng.choice(("企业联系人{E.name}电话{E.mobile}，可先电话核实。\n", "企业座机{S.tel}无人接听。\n", "\n")))
    put(b, s, "三、其他§设备正常。\n交班人签字§{O.name}    接班人签字§{D.name}\n")


def hk_caller(b: Builder, s: Unseen5Slots, rng: random.Random) -> None:
    put(b, s, rng.choice(("{N.h12369}来电记录（境外来电）\n", "{A.name}来电登记表\n")))
    put(b, s, "来电时间§{N.datetime}    受理编号§{N.caseno}\n")
    put(b, s, "来电人§{R.name}    身份§香港居民，老家在{R.place}\n")
    put(b, s, rng.choice(("证件§港澳居民来往内地通行证 {R.hkmo}\n", "回乡证号码§{R.hkmo}\n")))
    put(b, s, rng.choice(("联系电话§{R.mobile}（内地号码）    微信§{R.wechat}\n", "联系方式§微信{R.wechat}，邮箱{R.email}\n",
                          "联系电话§{R.mobile}\n")))
    put(b, s, "来电内容§来电人称其祖屋在{R.home}，由{H.rel}{H.name}居住。原话：「")
    b.add(trad(rng.choice(("我們村後邊那個廠，每天晚上都在排氣，", "屋企附近那間廠好大味，", "那個廠的噪聲好大，"))))
    put(b, s, "{S.trad_short}")
    b.add(trad(rng.choice(("的老闆話冇問題，", "說有手續，", "從來沒人管，"))) + "」")
    put(b, s, "经询问，被反映单位为{S.name}，位于{S.addr}。")
    put(b, s, rng.choice(("来电人称其{H.rel}电话{H.mobile}，可联系核实。", "来电人称村里{Y.ref}也知道情况。", "")))
    put(b, s, "\n处理意见§转{A.dept}，办结后通过微信回复来电人。\n受理人§{O.name}\n")


def boss_call(b: Builder, s: Unseen5Slots, rng: random.Random) -> None:
    put(b, s, rng.choice(("被举报企业来电记录\n", "{N.h12369}来电记录（企业申诉）\n")))
    put(b, s, "来电时间§{N.datetime}\n")
    put(b, s, rng.choice(("来电人§{B.name}，自称{S.name}负责人\n", "来电人§{B.ref}（{S.short}老板）\n")))
    put(b, s, "来电号码§{B.mobile}\n")
    put(b, s, "来电内容§来电人对{N.date}执法检查有意见，称“肯定是")
    put(b, s, rng.choice(("隔壁的{T.name}告的", "村里{T.ref}举报的，他跟我有矛盾", "{T.name}和{Y.name}他们几个搞的鬼")))
    put(b, s, "”，要求告知举报人信息。接线员按规定拒绝，告知举报人信息依法保密。\n")
    put(b, s, "来电人还称厂子有环评手续，在{S.place}，" + rng.choice(("可以随时来查", "执法人员{D.name}已经看过")) + "。\n")
    put(b, s, "备注§原举报件{N.caseno}，" + rng.choice((
        "原举报人{R.name}（{R.mobile_masked}）曾要求保密，未向来电人透露。",
        "原举报人{R.ref}，{R.place}居民，联系电话{R.mobile}，已另行告知其注意。",
        "原举报人为匿名。")) + "\n")
    put(b, s, "问题要点§" + "；".join(pick_some(rng, PROBLEMS, 1, 2)) + "。\n接听人§{O.name}\n")


LAYOUTS = (voicemail, handover, hk_caller, boss_call)


def build(b: Builder, s: Unseen5Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
