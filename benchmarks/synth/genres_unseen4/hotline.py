"""Hotline records, four layouts: a 12369 record where the caller first refuses a name and
then gives a surname only and a landline; a call transferred from 110 (转接) with the police
operator on record; a noise call about a construction site run by a natural person (包工头,
subject, with his mobile); a 12345 工单 with 诉求人 / 诉求电话 / 诉求地址 against 被反映对象."""

from __future__ import annotations

import random

from ..render import Builder
from .common import PERSONAL, PROBLEMS, TALK, Unseen4Slots, layout, pick_some, put


def refused_name(b: Builder, s: Unseen4Slots, rng: random.Random) -> None:
    put(b, s, rng.choice(("{N.h12369}环保举报热线电话记录单\n", "{A.name}  {N.h12369}来电记录\n")))
    put(b, s, "记录号§{N.caseno}    来电时间§{N.datetime}\n")
    put(b, s, "来电显示§{R.tel}\n")
    put(b, s, rng.choice((
        "通话摘要§问其姓名，来电人开始不愿说，称“你们别管我是谁”，经解释保密规定后称自己姓{R.surname}，"
        "让记“{R.ref}”就行。",
        "通话摘要§来电人拒绝留姓名，后改口说可以记作{R.ref}，住在附近。",
        "通话摘要§来电人称怕被报复，不留全名，只说姓{R.surname}，是{R.place}的住户。",
    )))
    put(b, s, "来电人反映" + "，".join(pick_some(rng, TALK, 2, 3)) + "。")
    put(b, s, rng.choice(("被反映单位为{S.name}。", "被反映单位全称{S.name}，厂址{S.addr}。",
                          "来电人说不清厂名，只知道门口牌子写的{S.short}。")))
    put(b, s, rng.choice(("来电人说座机就是家里的，白天有人接。\n", "回访请打座机{R.tel}，不要发短信。\n",
                          "另称邻居{T.ref}也受影响。\n")))
    put(b, s, "处理意见§转{A.dept}核查，{N.within}反馈。\n")
    put(b, s, "接听人§{O.name}    工号§" + str(rng.randint(2001, 2999)) + "\n")


def from_110(b: Builder, s: Unseen4Slots, rng: random.Random) -> None:
    put(b, s, rng.choice(("非警务警情转接单\n", "{A.police}转{N.h12369}警情记录\n", "110转接来电登记\n")))
    put(b, s, "接警编号§{N.jjno}    转接时间§{N.datetime}\n")
    put(b, s, "转出单位§{A.police}    转接民警§{D.name}（警号" + str(rng.randint(100000, 999999)) + "）\n")
    put(b, s, "转入单位§{A.name}    接听人§{O.name}\n")
    put(b, s, rng.choice(("报警人§{R.name}    报警电话§{R.mobile}\n",
                          "报警人§{R.name}（{R.gender}，{R.age}）    联系方式§{R.mobile}\n",
                          "报警人§{R.ref}    报警电话§{R.mobile_chat}    现住§{R.home}\n")))
    put(b, s, "警情内容§报警人称" + "；".join(pick_some(rng, TALK, 2, 3)) + "。")
    put(b, s, rng.choice(("民警到场后确认属环境污染问题，不属公安管辖，", "经民警电话了解属环保事项，", "")))
    put(b, s, "现转{A.name}处理。")
    put(b, s, rng.choice(("被反映企业：{S.name}，位于{S.addr}。\n", "涉事企业：{S.name}（负责人{B.name}，电话{B.mobile}）。\n",
                          "涉事企业：{S.short}。\n")))
    put(b, s, rng.choice(("备注§报警人要求不要透露其报警，其{H.rel}{H.name}也在该厂附近上班。\n",
                          "备注§报警人留有备用电话{K.mobile}（其{K.rel}）。\n",
                          "备注§报警人称其车辆{R.plate}停在厂门口拍照时被厂里人拦下。\n",
                          "备注§同在现场的还有村民{Y.name}（{Y.mobile}）。\n", "备注§无。\n")))
    put(b, s, "110值班电话§{A.tel}\n")


def site_noise(b: Builder, s: Unseen4Slots, rng: random.Random) -> None:
    put(b, s, rng.choice(("{N.h12369}热线噪声投诉记录\n", "夜间施工噪声投诉受理单\n")))
    put(b, s, "受理时间§{N.datetime}    受理编号§{N.caseno}\n")
    put(b, s, rng.choice(("投诉人§{R.name}    电话§{R.mobile}\n", "投诉人§{R.ref}    电话§{R.mobile}    住址§{R.home}\n",
                          "投诉人§{R.name}（{R.place}居民）    电话§{R.mobile_chat}\n")))
    put(b, s, "被投诉对象§{S.project}（{F.kind}{F.name}，手机{F.mobile}）\n")
    put(b, s, "施工地点§{S.scene}\n")
    put(b, s, "投诉内容§" + "，".join(pick_some(rng, PERSONAL, 2, 4)) + "。")
    put(b, s, rng.choice(("投诉人称孩子{C.given}在{C.school}上学，晚上写作业都受影响。",
                          "投诉人称已向{A.town}反映过，没有结果。", "投诉人称楼上楼下的{Y.ref}也打过电话。", "")))
    put(b, s, "\n")
    put(b, s, rng.choice(("处理情况§已电话联系{F.ref}，要求{N.time}后停止高噪声作业；同时告知城管部门。\n",
                          "处理情况§执法人员{O.name}、{G.name}到场，施工方负责人{F.name}承认夜间浇筑，已责令停工。\n")))
    put(b, s, "记录人§{O.name}\n")


def work_order(b: Builder, s: Unseen4Slots, rng: random.Random) -> None:
    put(b, s, rng.choice(("{A.center}\n工单\n", "{N.h12345}热线交办工单\n")))
    put(b, s, "工单号§{N.gd}    紧急程度§一般    登记时间§{N.datetime}\n")
    put(b, s, "诉求人§" + rng.choice(("{R.name}", "{R.ref}", "{R.name_sp}")) + "    性别§{R.gender}\n")
    put(b, s, "诉求电话§" + rng.choice(("{R.mobile_plain}", "{R.mobile_typed}", "{R.tel}")) + "\n")
    put(b, s, rng.choice(("诉求地址§{R.home}\n", "诉求地址§{R.place}\n", "诉求人地址§{R.home}\n")))
    put(b, s, rng.choice(("受理渠道§电话\n", "受理渠道§微信公众号    用户昵称§{R.nick}\n", "受理渠道§网站    用户名§{R.wechat}\n")))
    put(b, s, "被反映对象§{S.name}\n")
    put(b, s, rng.choice(("被反映对象地址§{S.addr}\n", "事发地址§{S.addr}\n", "事发地址§{S.place}\n")))
    put(b, s, "诉求内容§诉求人反映，" + "；".join(pick_some(rng, TALK, 2, 3)) + "。")
    put(b, s, rng.choice(("诉求人要求保密。", "诉求人要求回复办理结果。", "诉求人称曾于{N.date}反映过，未解决。")))
    put(b, s, "\n问题概述§" + "，".join(pick_some(rng, PROBLEMS, 1, 2)) + "。\n")
    put(b, s, "承办单位§{A.name}    协办单位§{A.town}\n")
    put(b, s, "办理时限§{N.within}    派单人§{O.name}\n")
    put(b, s, rng.choice(("说明§请勿向被反映对象透露诉求人信息。\n", "")))


LAYOUTS = (refused_name, from_110, site_noise, work_order)


def build(b: Builder, s: Unseen4Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
