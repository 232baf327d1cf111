"""Hotline records, four layouts: the agent-assist system's 智能小结 card of a 12369 call (caller
profile, extracted entities, sentiment, suggested dispatch) | a call from a minority
shareholder of the plant (the boss is a cousin with the same surname; the caller lives in the
staff compound next to the site) | a ride-hailing driver's night call (his fleet company, his
car's plate, a passenger who smelled it too and will not give a name) | a 冒名撤诉 record: a
caller using the reporter's name asks to withdraw, from the boss's personal mobile; the agent
compares it with the first call."""

from __future__ import annotations

import random

from ..render import Builder
from .common import FOUND, REACH, SAYS, Unseen13Slots, few, layout, put


def assist_card(b: Builder, s: Unseen13Slots, rng: random.Random) -> None:
    put(b, s, "【智能坐席辅助·通话小结】 生成时间 {N.stamp}  坐席 {O.name}\n")
    put(b, s, "主叫号码§{R.mobile_plain}    通话时长§" + str(rng.randint(2, 14)) + "分" + str(rng.randint(1, 59)) + "秒\n")
    put(b, s, "来电人画像§" + rng.choice(("{R.gender}，声音判断{R.age}左右", "{R.gender}，自述{R.age}", "{R.gender}")) +
        "，情绪：" + rng.choice(("焦虑", "愤怒", "平稳")) + "\n")
    put(b, s, "关键实体（自动抽取，请坐席核对）\n")
    put(b, s, "  · 人物：{R.name}（来电人自称）" + rng.choice(("", "、{K.name}（来电人{K.kinword}，备用联系人）")) +
        "、{B.name}（被反映企业老板）\n")
    put(b, s, "  · 机构：{S.name}" + rng.choice(("", "、{P.inst}")) + "\n")
    put(b, s, "  · 地点：{S.addr}；来电人住{R.home}\n")
    put(b, s, "  · 号码：{R.mobile}（来电人）" + rng.choice(("", "；{K.mobile}（备用）", "；{B.mobile}（来电人提供的老板手机）")) + "\n")
    put(b, s, "诉求摘要§" + "；".join(few(rng, SAYS, 2, 3)) + "。\n")
    put(b, s, "保密要求§来电人要求不公开身份" + rng.choice(("", "，说自己在{W.name}上班，单位和厂里有业务往来")) + "。\n"
        "回访方式§" + rng.choice(REACH) + "\n")
    put(b, s, "建议派单§{A.name}（置信度{N.pct}）  坐席确认§已确认，已删除“人物”中与来电人相关的自动标签后派发\n")


def shareholder(b: Builder, s: Unseen13Slots, rng: random.Random) -> None:
    s.home_by_site()
    boss = s.c.company.boss
    boss.surname = s.c.reporter.surname  # same surname as the caller: a cousin
    put(b, s, "{N.h12369}来电登记  {N.datetime}  受理员§{O.name}\n")
    put(b, s, "来电人§{R.name}（" + rng.choice(("{R.gender}", "{R.gender}，{R.age}")) + "）  联系电话§{R.mobile}\n")
    put(b, s, "来电人住址§{R.home}（就在厂区边上）\n")
    put(b, s, "反映对象§{S.name}  厂址§{S.addr}\n")
    put(b, s, "来电内容§来电人称自己是{S.short}的小股东，" + rng.choice(("占股百分之五", "当年入了二十万的股", "和亲戚一起入的股")) +
        "，老板{B.name}是来电人的" + rng.choice(("堂哥", "本家兄弟", "远房堂兄") if boss.male else ("堂姐", "本家姐姐")) +
        "，同姓，两家走得不近。股东会上提过环保问题没人听。" +
        "；".join(few(rng, SAYS, 1, 2)) + "。\n")
    put(b, s, "来电人称§老板私人手机{B.mobile}，厂里办公室{S.tel}；股东名册上有我的名字和身份证{R.id}，"
        "一查就知道是我，千万别拿股东名册去对。\n")
    if rng.random() < 0.6:
        put(b, s, "补充§另一股东{Y.name}（{Y.mobile}）知道情况，但不让提他。\n")
    put(b, s, "处理§转{A.name}，要求核查时不提及股东身份，回复只打{R.mobile_tail}结尾这个号。\n")


def driver(b: Builder, s: Unseen13Slots, rng: random.Random) -> None:
    put(b, s, "夜间来电记录（" + rng.choice(("{N.h12369}", "{N.h12345}")) + "） 时间：{N.datetime}\n")
    put(b, s, "坐席：您好，请讲。\n")
    put(b, s, "来电人：我跑网约车的，挂在{W.fleet}，车牌{R.plate}。刚拉一个客人路过{S.addr}，"
        "那个味道呛得客人直咳嗽，窗户关着都不行。\n")
    put(b, s, "坐席：您看到是哪家单位吗？\n")
    put(b, s, "来电人：就是{S.name}，" + rng.choice(SAYS) + "。我白天也路过，白天没这么大。\n")
    put(b, s, "坐席：客人能联系吗？\n")
    put(b, s, "来电人：客人姓{Y.surname}，手机尾号{Y.mobile_tail}，平台上能看到，他说别找他，他就是路过。\n")
    put(b, s, "坐席：您怎么称呼？\n")
    put(b, s, "来电人：我姓{R.surname}，{R.name}，电话{R.mobile}。" + rng.choice(("我晚上才出车，白天打。", "我天天在那条道上跑，别让厂里知道车牌。",
                                                                      "我住{R.compound}，离那儿不远。")) + "\n")
    put(b, s, "坐席：好的，我们会转办，注意为您保密。\n")
    put(b, s, "【工单】被反映单位§{S.name}；转办§{A.name}；来电人§{R.honor}；回访电话§{R.mobile_plain}\n")


def impostor(b: Builder, s: Unseen13Slots, rng: random.Random) -> None:
    put(b, s, "来电核实记录（撤诉类）\n原工单§{N.caseno}  受理日期§{N.date}  原承办§{A.name}\n")
    put(b, s, "原来电人§{R.name}  原来电号码§{R.mobile_plain}  原诉求§" + rng.choice(SAYS) + "。\n")
    put(b, s, "本次来电§{N.datetime}，来电号码{B.mobile_plain}，自称“{R.name}”，要求撤回举报，说问题已经解决。\n")
    put(b, s, "核实情况§本次号码与原号码不符；坐席按原号码{R.mobile}回拨，{R.honor}本人接听，称从未要求撤诉，"
        "并称" + rng.choice(("前两天{B.ref}找过家里", "厂里有人到{R.compound}打听过", "{K.kinword}{K.name}被厂里叫去问过话")) + "。\n")
    put(b, s, "本次号码查询§工单系统显示{B.mobile}曾作为{S.name}“企业联系人”登记，机主{B.name}。\n")
    put(b, s, "处理意见§撤诉请求不予采纳；冒名情况转{A.name}，并提示承办人{O.name}注意对原来电人的信息保护。"
        + rng.choice(("", "复核人§{D.name}")) + "\n")
    if rng.random() < 0.5:
        put(b, s, "附：" + "；".join(few(rng, FOUND, 1, 2)) + "。\n")


LAYOUTS = (assist_card, shareholder, driver, impostor)


def build(b: Builder, s: Unseen13Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
