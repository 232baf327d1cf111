"""Census papers, four layouts: a census 清查底册 check table (rows of units with USCC,
address, contact and mobile, status 在产 / 关停; the 普查员 and 复核员) | a census taker's
ID application (the taker, an official, with ID, mobile and unit; the 普查指导员) | a photo
log of a site visit (photo numbers, who shot them, the unit's nameplate and equipment, the
unit's contact who led the visit) | a letter to the enterprise with its signed return slip
(the unit's head and contact with phones, the guidance officer's mobile, the office)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import Unseen10Slots, layout, put


def roster_check(b: Builder, s: Unseen10Slots, rng: random.Random) -> None:
    put(b, s, "{A.census}\n普查对象清查底册核对表  普查小区§{N.census}\n")
    put(b, s, "序号¦单位名称¦统一社会信用代码¦地址¦联系人¦联系电话¦状态\n")
    put(b, s, "1¦{S.name}¦{S.uscc_plain}¦{S.addr}¦{E.name}¦{E.mobile_plain}¦在产\n")
    other = s.new_person()
    s.bind("X", other, "subject")
    put(b, s, "2¦{S.short}分厂¦—¦{S.district}{N.num}号¦{X.name}¦{X.mobile_plain}¦关停\n")
    put(b, s, "普查员§{G.name}  复核员§{D.name}  日期§{N.date}\n")


def taker_card(b: Builder, s: Unseen10Slots, rng: random.Random) -> None:
    put(b, s, "第二次全国污染源普查 普查员证申领表\n")
    put(b, s, "姓名§{G.name}  性别§{G.gender}  身份证号§{G.id_plain}\n")
    put(b, s, "手机§{G.mobile}  工作单位§{A.town}\n")
    put(b, s, "负责普查区域§{S.district}，含{S.name}等工业源\n")
    put(b, s, "普查指导员§{D.name}  审核单位§{A.census}\n")


def photo_log(b: Builder, s: Unseen10Slots, rng: random.Random) -> None:
    put(b, s, "入户调查现场照片记录\n调查对象§{S.name}（{S.uscc}）\n")
    put(b, s, "照片编号¦拍摄人¦说明\n")
    put(b, s, "{N.photo}¦{G.name}¦单位铭牌：{S.name}，地址{S.addr}\n")
    put(b, s, "{N.photo}¦{G.name}¦锅炉铭牌，陪同人{E.name}（{E.mobile}）\n")
    put(b, s, "{N.photo}¦{D.name}¦废水排放口\n")
    put(b, s, "备注§照片仅用于普查质量核查，不得对外提供。" + rng.choice(("", "该单位曾被{R.compound}居民举报（{N.caseno}），请核实排放口。")) + "\n")


def letter_slip(b: Builder, s: Unseen10Slots, rng: random.Random) -> None:
    put(b, s, "致普查对象的一封信\n{S.name}：\n    根据统一部署，我办将于{N.date}开展入户调查，普查指导员{D.name}（{A.mobile}）。\n\n")
    put(b, s, "— — — — 回执 — — — —\n单位名称§{S.name}\n单位负责人§{B.name}  电话§{B.mobile}\n")
    put(b, s, "填报联系人§{E.name}  电话§{E.mobile}  单位电话§{S.tel}\n签收日期§{N.date}\n")
    put(b, s, "{A.census}\n")


LAYOUTS = (roster_check, taker_card, photo_log, letter_slip)


def build(b: Builder, s: Unseen10Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
