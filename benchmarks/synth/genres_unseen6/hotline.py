"""Hotline records, four layouts: a 12369 call quality-inspection sheet (质检评分表: the
inspector scores the operator and quotes the call, the caller's number in a 通话详单 row);
a three-way call record (12345 joins 12369 and the district bureau; the caller gives a
neighbour as a second contact); a callback attempts register (回访登记: several dials, a
relative answers, the caller rings back from another phone); a dialect call from an old
villager whose grandson takes the phone and gives his own mobile."""

from __future__ import annotations

import random

from ..render import Builder
from .common import PERSONAL, PROBLEMS, TALK, Unseen6Slots, layout, put, some

OPENERS = (
    "来电人反映：{S.name}",
    "来电称{S.short}（位于{S.addr}）",
    "群众来电，称其家附近的{S.name}",
)


def inspection(b: Builder, s: Unseen6Slots, rng: random.Random) -> None:
    put(b, s, "{N.h12369}热线通话质检评分表\n")
    put(b, s, "质检员§{D.name}    被检坐席§{O.name}（{N.staffno}）    得分§{N.score}\n")
    put(b, s, "通话详单§主叫 " + rng.choice(("{R.mobile_plain}", "{R.tel_plain}", "{H.mobile_plain}")) +
        " ｜ 被叫 {N.h12369} ｜ 时长 {N.secs} ｜ 开始 {N.stamp}\n")
    put(b, s, "录音摘录§\n坐席：您好，{N.h12369}，请讲。\n来电人：")
    put(b, s, "，".join(some(rng, TALK, 2, 3)) + "。\n")
    put(b, s, "坐席：请问您怎么称呼？\n来电人：" +
        rng.choice(("我姓{R.surname}，{R.name}。", "{R.name}，就住{R.place}。", "你就写{R.ref}吧。")) + "\n")
    put(b, s, "坐席：留个电话方便回访。\n来电人：" +
        rng.choice(("就这个号。", "打{R.mobile}，这个是家里的。", "别打了，我怕厂里知道。")) + "\n")
    put(b, s, "扣分项§" + rng.choice(("未复述来电人诉求（-3）", "未提示保密（-5）", "结束语不规范（-2）")) +
        "；" + rng.choice(("坐席在工单中写入了来电人单位“{W.name}”，不必要，已提醒。", "无其他。")) + "\n")
    put(b, s, "工单流向§{A.dept}\n")


def three_way(b: Builder, s: Unseen6Slots, rng: random.Random) -> None:
    put(b, s, rng.choice(("三方通话记录（{N.h12345}转{N.h12369}）\n", "{N.h12345}—{N.h12369}联动转接记录单\n")))
    put(b, s, "转接时间 {N.datetime}\n参与方 {N.h12345}话务员{D.surname_ref} / {A.name}{O.name} / 来电人\n")
    put(b, s, "来电人（{N.h12345}登记）§{R.name}，" + rng.choice(("{R.gender}，", "")) + "电话{R.mobile}\n")
    put(b, s, "----\n" + rng.choice(OPENERS))
    put(b, s, rng.choice(("夜里排放刺鼻气体", "废水直排进河沟", "粉尘大，车间不关门")) + "。")
    put(b, s, rng.choice(("来电人补充说前几天打过一次，没人来。", "来电人说邻居{Y.name}也闻到了，可以作证，电话{Y.mobile}。",
                          "来电人说同楼的{J.name}（{J.mobile}）愿意一起反映。")) + "\n")
    put(b, s, "----\n{A.name}意见§已记录，今日安排{A.dept}前往{S.place}查看；回访请联系来电人本人。\n")
    put(b, s, "附§区局值班电话{A.tel}\n")


def callback_log(b: Builder, s: Unseen6Slots, rng: random.Random) -> None:
    put(b, s, "回访登记（工单{N.caseno}）\n")
    put(b, s, "被回访人§{R.ref}    登记号码§{R.mobile}\n")
    put(b, s, "第1次 {N.stamp} 拨打，无人接听。\n")
    put(b, s, "第2次 {N.stamp} 拨打，" +
        rng.choice(("接电话的是来电人{H.rel}，自称{H.name}，说人在上班，下午回。",
                    "关机。", "接电话的是其{H.rel}，说{R.ref}在{W.name}值班。")) + "\n")
    put(b, s, "第3次 {N.stamp} 来电人用另一部手机{R.mobile_odd}回拨，称对处理结果" +
        rng.choice(("不满意：", "基本满意，但")) + "{S.short}" + rng.choice(("晚上照样生产。", "的烟囱还在冒。")) + "\n")
    put(b, s, rng.choice(("来电人要求：不要再打原号码，以后打新号。\n", "来电人要求下次由{O.name}直接联系。\n", "")))
    put(b, s, "回访人§{O.name}    审核§{D.name}\n")


def dialect(b: Builder, s: Unseen6Slots, rng: random.Random) -> None:
    put(b, s, "方言来电处理记录\n")
    put(b, s, "受理时间§{N.datetime}    接线员§{O.name}    方言协助§{D.name}（本局工作人员）\n")
    put(b, s, "来电人§老人，自述{R.age}，" + rng.choice(("住{R.home}", "住{R.place}")) + "，听不太清，后由其孙子接过电话。\n")
    put(b, s, "来电人孙子§{K.name}，手机{K.mobile}，" + rng.choice(("在{P.inst}上学", "在外地打工，周末回家", "")) + "\n")
    put(b, s, "原话（协助人转述）§“")
    put(b, s, "，".join(some(rng, TALK, 1, 2)) + "，" + rng.choice(PERSONAL) + "。”\n")
    put(b, s, "老人本人姓名§{R.name}    老人电话§" + rng.choice(("{R.tel}", "{R.mobile}", "无，打孙子电话")) + "\n")
    put(b, s, "涉及§{S.name}" + rng.choice(("", "，法人{B.name}", "，{E.name}是厂里管事的")) + "\n")
    put(b, s, "处理§转{A.dept}；回复时请讲普通话慢一点，或先打给孙子。\n")


LAYOUTS = (inspection, three_way, callback_log, dialect)


def build(b: Builder, s: Unseen6Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
