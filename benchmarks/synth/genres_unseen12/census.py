"""Census papers, four layouts: a 固定污染源排污登记回执 of a small unit (登记编号, the unit, USCC,
legal representative, the 环保负责人 with mobile; an individual business registers too) | a
cross-check of census units against complaint clues (each unit with code and contact; a clue
column naming a reporter) | a census form of a foreign-invested plant filled in English by its
EHS manager (Company Name, USCC, Legal Representative, EHS Manager's mobile and e-mail) | the
plant's gatehouse visitor book (访客登记簿) copied for the census office: the census takers
signing in with ID and mobile (official), the guard and the escort (subject)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import Unseen12Slots, layout, put


def registration(b: Builder, s: Unseen12Slots, rng: random.Random) -> None:
    put(b, s, "固定污染源排污登记回执\n登记编号§{N.regno}\n")
    if rng.random() < 0.5:
        put(b, s, "排污单位名称§{S.name}\n统一社会信用代码§{S.uscc}\n法定代表人§{B.name}\n生产经营场所地址§{S.addr}\n"
            "环保负责人§{M.name}  联系方式§{M.mobile}\n")
    else:
        put(b, s, "排污单位名称§{S.shop}\n经营者§{F.name}  身份证号§{F.id}\n生产经营场所地址§{S.shop_addr}\n联系方式§{F.mobile}\n")
    put(b, s, "登记类型§首次登记  有效期§5年\n普查员§{G.name}（{G.mobile}）  发证机关§{A.name}\n")


def clue_crosscheck(b: Builder, s: Unseen12Slots, rng: random.Random) -> None:
    put(b, s, "普查名录与信访举报线索比对表（{A.census}）\n单位¦代码¦联系人¦电话¦线索\n")
    put(b, s, "{S.name}¦{S.uscc}¦{M.name}¦{M.mobile}¦" + rng.choice(("有，{R.mou}举报夜间排放", "有，{R.compound}居民多次反映",
                                                                   "有，举报人{R.name}（{R.mobile_mask}）")) + "\n")
    put(b, s, "{S.shop}¦—¦{F.name}¦{F.mobile}¦无\n")
    put(b, s, "{S.other}¦—¦—¦{S.tel}¦无，疑似漏查\n")
    put(b, s, "比对人§{G.name}  审核§{D.name}  {N.date}\n")


def english_form(b: Builder, s: Unseen12Slots, rng: random.Random) -> None:
    put(b, s, "工业企业污染源普查表（英文填报件，普查员附中文）\n")
    put(b, s, "Company Name: {S.en}（{S.name}）\nUSCC: {S.uscc}\nLegal Representative: {B.pinyin}（{B.name}）\n")
    put(b, s, "Address: {S.addr}\nEHS Manager: {M.name}  Mobile: {M.mobile}  E-mail: {M.email}\nWebsite: {S.website}\n")
    put(b, s, "Industry: {S.industry}\nTel: {S.tel}\n")
    put(b, s, "普查员备注§英文表由{M.surname}经理填写，已核对。普查员{G.name}，{G.mobile}；指导员{D.name}。\n")


def visitor_book(b: Builder, s: Unseen12Slots, rng: random.Random) -> None:
    put(b, s, "{S.name}门卫室访客登记簿（复印件，{N.date}）\n来访人¦身份证号¦电话¦事由¦接待人¦进厂时间\n")
    put(b, s, "{G.name}¦{G.id}¦{G.mobile}¦污染源普查入户¦{M.name}¦{N.hm}\n")
    put(b, s, "{D.name}¦{D.id}¦{D.mobile}¦污染源普查入户¦{M.name}¦{N.hm}\n")
    if rng.random() < 0.5:
        put(b, s, "{Y.name}¦{Y.id}¦{Y.mobile}¦送货¦{E.name}¦{N.hm}\n")
    put(b, s, "值班门卫§{E.name}  门卫电话§{S.gate}\n备注§普查员出示普查员证，由{A.census}派出。\n")


LAYOUTS = (registration, clue_crosscheck, english_form, visitor_book)


def build(b: Builder, s: Unseen12Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
