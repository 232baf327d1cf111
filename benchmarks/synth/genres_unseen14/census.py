"""Census records, four layouts: the form of a small workshop run from the keeper's own house
(the site is the home: the keeper's name, ID, mobile, the 92… code, a spouse who helps; the
census taker) | a census taker's handheld-terminal check-in log (units visited with address,
coordinates, the respondent and their mobile; the taker's own mobile and ID) | the notice
opening a unit's online reporting account (the login is the contact's mobile, the initial
password, the USCC; the helpdesk) | a lease excerpt attached to a census record (the landlord,
a natural person, with ID and mobile; the plant as tenant with USCC and legal representative;
the premises)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import Unseen14Slots, layout, put


def home_shop(b: Builder, s: Unseen14Slots, rng: random.Random) -> None:
    s.home_is_site()
    put(b, s, "第二次全国污染源普查 · 工业源（个体）普查表\n普查对象编码§{N.code}\n")
    put(b, s, "字号名称§{S.shop}\n统一社会信用代码§{S.shop_uscc}\n经营者§{F.name}  性别§{F.gender}  身份证号§{F.id}\n")
    put(b, s, "生产经营场所§{S.addr}（经营者自有住房，前店后坊，距{P.inst}约{N.dist}）\n经营者住址§同上\n")
    put(b, s, "联系电话§{F.mobile}" + rng.choice(("", "  备用：{E.mobile}（经营者" + rng.choice(("爱人", "儿子", "儿媳")) + "{E.name}）")) + "\n")
    put(b, s, "从业人员§" + str(rng.randint(1, 6)) + "人（含家庭成员）  主要产品§" + rng.choice(("五金件", "塑料袋", "家具喷漆", "小五金电镀")) + "\n")
    put(b, s, "普查员§{G.name}（{G.mobile}）  普查指导员§{D.name}  填表日期§{N.date}\n")


def checkins(b: Builder, s: Unseen14Slots, rng: random.Random) -> None:
    put(b, s, "普查员手持终端 · 入户打卡记录导出\n普查员§{G.name}  身份证§{G.id}  手机§{G.mobile}  终端§PDA-" + str(rng.randint(100, 999)) + "\n")
    put(b, s, "时间 | 普查对象 | 地址 | 坐标 | 受访人 | 受访人电话\n")
    put(b, s, "{N.stamp} | {S.name} | {S.addr} | {N.coord} | {B.name} | {B.mobile}\n")
    put(b, s, "{N.stamp} | {S.name} | （复访） | {N.coord} | {E.name} | {E.mobile}\n")
    if rng.random() < 0.6:
        put(b, s, "{N.stamp} | {S.shop} | {F.home} | {N.coord} | {F.name} | {F.mobile}\n")
    put(b, s, "审核§{D.name}：{S.short}两次打卡间隔过长，请说明。\n")


def account(b: Builder, s: Unseen14Slots, rng: random.Random) -> None:
    put(b, s, "{A.census}\n关于开通普查网上直报账号的通知\n\n{S.name}：\n")
    put(b, s, "    你单位（统一社会信用代码{S.uscc_plain}）已列入普查对象名录。直报账号已开通：\n")
    put(b, s, "    登录账号§{E.mobile_plain}（你单位普查联系人{E.name}的手机）\n    初始密码§{N.pwd}\n")
    put(b, s, "    请于{N.within}内登录修改密码并填报。单位负责人{B.name}须对数据真实性负责。\n")
    put(b, s, "    技术支持§{O.name}，{A.tel}；普查员§{G.name}，{G.mobile}\n                                  {N.date}\n")


def lease(b: Builder, s: Unseen14Slots, rng: random.Random) -> None:
    put(b, s, "附件：厂房租赁合同（节选，普查员拍照录入）\n")
    put(b, s, "出租方（甲方）§{F.name}，身份证号{F.id}，手机{F.mobile}，住址{F.home}\n")
    put(b, s, "承租方（乙方）§{S.name}，统一社会信用代码{S.uscc}，法定代表人{B.name}，电话{B.mobile}\n")
    put(b, s, "租赁物§甲方位于{S.addr}的厂房" + rng.choice(("一栋", "两间", "及院落")) + "，面积约" + str(rng.randint(300, 3000)) + "平方米。\n")
    put(b, s, "租期§{N.year}起五年，年租金{N.bigmoney}。\n")
    put(b, s, "普查员备注§乙方负责人不在，由甲方{F.name}带领查看；普查员{G.name}，{N.date}。\n")


LAYOUTS = (home_shop, checkins, account, lease)


def build(b: Builder, s: Unseen14Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
