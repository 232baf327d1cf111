"""Hotline records, four layouts: the IVR key-press log of an after-hours 12369 call (the caller
keys the callback number and the ID on the pad, digits logged one by one, * for X) | a farmer's
call about a neighbour's pig farm (the keeper shares the caller's surname; the village party
secretary's mobile; the caller's house next to the farm) | a caller asking for their data to be
taken off a work order after the boss learnt of it (the fields shown to the town listed) | a
worker living in the plant's own dormitory (home on the site; a room-mate who will not be
named; the dormitory keeper; a 工号)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import FOUND, SAYS, Unseen14Slots, few, layout, put


def ivr_keys(b: Builder, s: Unseen14Slots, rng: random.Random) -> None:
    put(b, s, "{N.h12369}自助语音（IVR）按键日志  呼入时间 {N.stamp}\n")
    put(b, s, "主叫§{R.mobile_plain}  归属§" + s.c.city.province[:-1] + s.c.city.name[:-1] + "  路由§非工作时间→自助留言\n")
    put(b, s, "[{N.hms}] 播放：欢迎致电生态环境举报热线，污染举报请按1…\n")
    put(b, s, "[{N.hms}] DTMF 1（环境污染）\n")
    put(b, s, "[{N.hms}] 播放：请输入回拨号码，以井号键结束\n")
    if rng.random() < 0.5:
        put(b, s, "[{N.hms}] DTMF {K.mobile_keys} #（与主叫不同）\n")
        contact = "回拨号码为来电人{K.kinword}{K.name}的手机"
    else:
        put(b, s, "[{N.hms}] DTMF {R.mobile_keys} #\n")
        contact = "回拨号码同主叫"
    put(b, s, "[{N.hms}] 播放：实名举报请输入身份证号码，X用星号键代替；匿名请直接按井号\n")
    if rng.random() < 0.7:
        put(b, s, "[{N.hms}] DTMF {R.id_keys} #\n")
    else:
        put(b, s, "[{N.hms}] DTMF #（匿名）\n")
    put(b, s, "[{N.hms}] 留言录音 " + str(rng.randint(20, 95)) + "秒，转写：“喂，我是{R.name}，" + rng.choice(SAYS) + "，"
        + rng.choice(("我住{R.compound}，", "我家就在{R.home}，", "")) + "明天白天再打给我。”\n")
    put(b, s, "次日派单§{O.name}核对按键记录后生成工单{N.caseno}，" + contact + "；被反映单位{S.name}，地址{S.addr}。\n")


def pig_farm(b: Builder, s: Unseen14Slots, rng: random.Random) -> None:
    s.village_of_site()
    s.natural.surname = s.c.reporter.surname  # the keeper is of the caller's clan
    put(b, s, "来电记录  {N.datetime}  接听§{O.name}\n")
    put(b, s, "来电人§{R.name}，" + rng.choice(("{R.gender}，{R.age}", "{R.gender}", "{R.age}")) + "，电话{R.mobile}\n")
    put(b, s, "住址§{R.home}\n")
    put(b, s, "反映§邻居{F.name}在自家院后开了个养猪场（{S.farm}，存栏约{N.pigs}），就在{S.farm_addr}，"
        "跟来电人家隔一道墙。猪粪水顺着沟流到来电人家" + rng.choice(("的菜地", "门口的坑塘", "井边")) + "，夏天苍蝇成群。"
        "来电人说两家是本家，一个门里的，当面不好说。\n")
    put(b, s, "来电人称§养猪的电话是{F.mobile}，村支书{L.name}知道这事，支书电话{L.mobile}，"
        + rng.choice(("可以先问支书", "支书说管不了", "但别说是我说的")) + "。\n")
    if rng.random() < 0.5:
        put(b, s, "补充§来电人{K.kinword}{K.name}（{K.mobile}）也住村里，可以一起作证。\n")
    put(b, s, "处理§转{A.name}，提醒现场核查时从村支书处了解，不要直接到来电人家。回访号码§{R.mobile_tail}（尾号）\n")


def erase(b: Builder, s: Unseen14Slots, rng: random.Random) -> None:
    put(b, s, "个人信息删除/屏蔽申请登记（来电）\n")
    put(b, s, "登记时间§{N.datetime}  受理§{O.name}  关联工单§{N.caseno}\n")
    put(b, s, "申请人§{R.name}  来电号码§{R.mobile_plain}\n")
    put(b, s, "申请事由§申请人称，" + rng.choice(("{B.ref}前天晚上打电话到家里", "{B.ref}托人带话，说知道是谁举报的",
                                         "厂里的{E.name}到{R.compound}门口打听")) + "，" +
        "怀疑工单信息被镇里转给了{S.name}。要求把工单里自己的信息删掉或者屏蔽。\n")
    put(b, s, "工单原下发字段（经系统查询，已下发至{A.town}）：\n")
    put(b, s, "  姓名：{R.name}\n  联系电话：{R.mobile}\n")
    put(b, s, rng.choice(("  住址：{R.home}\n", "  住址：{R.compound}（未填门牌）\n")))
    if rng.random() < 0.5:
        put(b, s, "  备用电话：{H.mobile}（{H.rel}）\n")
    if rng.random() < 0.5:
        put(b, s, "  工作单位：{W.name}\n")
    put(b, s, "  被反映单位：{S.name}；负责人：{B.name}，{B.mobile}\n")
    put(b, s, "处理§已屏蔽上述个人字段，镇里下载记录显示经办人{G.name}（{G.mobile}）于{N.date}导出过工单；"
        "情况报{A.name}纪检组核查。申请人要求回电只打{R.mobile_tail}这个号，" + rng.choice(("白天", "晚上七点后")) + "。\n")


def dorm(b: Builder, s: Unseen14Slots, rng: random.Random) -> None:
    s.dorm_on_site()
    put(b, s, rng.choice(("{N.h12369}", "{N.h12345}")) + "来电  {N.datetime}\n")
    put(b, s, "坐席§{O.name}  主叫§" + rng.choice(("{R.mobile}", "{R.mobile_fwsp}")) + "\n")
    put(b, s, "来电人自述§在{S.name}上班，" + rng.choice(("外地来的", "河南老家来的", "干了两年多")) + "，工号{R.workno}，"
        "就住在厂里的宿舍，地址{R.home}。宿舍楼跟喷漆车间就隔一条道，晚上睡觉嗓子疼。\n")
    put(b, s, "来电内容§" + "；".join(few(rng, SAYS, 1, 2)) + "。宿管{E.name}（{E.mobile}）说谁往外说就扣工资。\n")
    if rng.random() < 0.6:
        put(b, s, "来电人称§同宿舍的{Y.surname}师傅也知道，但他不让提他的名字，" + rng.choice(("他家里孩子还小。", "他还要在这干。")) + "\n")
    else:
        put(b, s, "来电人称§同宿舍的{J.name}（{J.mobile}）愿意一起说，他也住{J.home}。\n")
    put(b, s, "保密§来电人说厂里只有" + rng.choice(("四十来个", "二十几个", "六十多个")) + "工人，宿舍就两栋，一说住宿舍就知道是谁；"
        "老板{B.name}电话{B.mobile}。\n")
    put(b, s, "派单§{A.name}；被反映单位地址§{S.addr}；来电人姓名§{R.honor}（只留姓）；回访§{R.mobile_plain}，" + rng.choice(("下午五点以后", "别在上班时间打")) + "。\n")
    if rng.random() < 0.4:
        put(b, s, "附§" + "；".join(few(rng, FOUND, 1, 2)) + "。\n")


LAYOUTS = (ivr_keys, pig_farm, erase, dorm)


def build(b: Builder, s: Unseen14Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
