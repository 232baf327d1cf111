"""Census papers (census policy), four layouts: a 集中式污染治理设施 form (a sewage plant or
landfill as the census object, its operator, capacity, contact; the census taker); a
非道路移动机械 / 运输车辆 registration sheet of a unit (machine types, powers, the unit's
plates, who filled it in); an 农业源 farm household survey whose census object is a person
(户主 with ID, mobile, home, herd); a census taker's 催报 message log to several units'
contacts (each unit's contact and mobile, the taker's signature, the census office)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import Unseen5Slots, layout, put


def facility(b: Builder, s: Unseen5Slots, rng: random.Random) -> None:
    put(b, s, "集中式污染治理设施基本情况\n{A.census}\n")
    put(b, s, "区划代码§{N.areacode}\n")
    put(b, s, "设施名称§{S.facility}\n运营单位§{S.name}    统一社会信用代码§{S.uscc}\n")
    put(b, s, "法定代表人§{B.name}    详细地址§{S.addr}\n")
    put(b, s, "设计处理能力§{N.capacity}    实际处理量§{N.capacity}    运行天数§" + str(rng.randint(300, 365)) + "\n")
    put(b, s, "单位负责人§{B.name}    统计负责人§{E.name}    联系电话§" + rng.choice(("{E.mobile}", "{S.tel}")) + "\n")
    put(b, s, "普查员§{D.name}（{D.mobile}）    普查指导员§{O.name}\n填报日期§{N.date}\n")
    put(b, s, rng.choice(("备注§设施紧邻{P.inst}，已核实坐标。\n", "")))


def machines(b: Builder, s: Unseen5Slots, rng: random.Random) -> None:
    put(b, s, "移动源（非道路移动机械、运输车辆）登记表\n")
    put(b, s, "单位名称§{S.name}\n单位地址§{S.addr}    联系电话§{S.tel}\n")
    put(b, s, "序号  机械类型  额定功率  数量  号牌\n")
    for i in range(1, 2 + rng.randint(1, 3)):
        put(b, s, f"{i}     " + "{N.mtype}    {N.power}    {N.count}    {S.plate}\n")
    put(b, s, "填表人§{E.name}    手机§{E.mobile}    单位负责人§{B.name}\n")
    put(b, s, "普查员§{D.name}    审核§{O.name}    {N.date}\n")


def farm(b: Builder, s: Unseen5Slots, rng: random.Random) -> None:
    put(b, s, "农业源普查入户调查表（养殖户）\n{A.census}\n")
    put(b, s, "户主姓名§{F.name}    性别§{F.gender}    年龄§{F.age_num}\n")
    put(b, s, "身份证号§{F.id}    联系电话§{F.mobile}\n")
    put(b, s, "住址§{F.home}\n养殖场地址§" + rng.choice(("同住址", "{F.place}村北")) + "\n")
    put(b, s, "养殖种类§" + rng.choice(("生猪", "肉牛", "蛋鸡", "肉羊")) + "    存栏§{N.herd}    粪污处理方式§"
        + rng.choice(("堆肥还田", "沼气池", "直接还田", "无")) + "\n")
    s.bind("X", s.new_person(), "subject")  # the keeper's wife or son: the census object's side
    put(b, s, rng.choice(("受访人§{F.name}本人\n", "受访人§{X.name}（户主家属），电话{X.mobile}\n")))
    put(b, s, "调查员§{D.name}    电话§{D.mobile}    村级联络员§{A.town}\n调查日期§{N.date}\n")


def reminders(b: Builder, s: Unseen5Slots, rng: random.Random) -> None:
    put(b, s, "普查员催报短信记录（{D.name}，{D.mobile}）\n")
    for _ in range(rng.randint(2, 4)):
        s.new_unit()
        put(b, s, "[{N.stamp}] 发送至 {M.mobile_plain}（{U.name} {M.ref}）：" + rng.choice((
            "您好，我是污染源普查员{D.surname}，贵单位普查表还差产排污部分，请{N.within}补齐。",
            "{M.honor}您好，{U.short}的清查表已审核通过，请在纸质表上签字盖章。",
            "您好，明天上午到{U.addr}入户核查，请安排人员配合。")) + "\n")
        if rng.random() < 0.5:
            put(b, s, "[{N.stamp}] 回复自 {M.mobile_plain}：" + rng.choice(("好的", "收到，联系人换成了我，电话{M.mobile}", "明天不在厂里")) + "\n")
    put(b, s, "—— {D.name} 抄送§{A.census}（{A.tel}）\n")


LAYOUTS = (facility, machines, farm, reminders)


def build(b: Builder, s: Unseen5Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
