"""Census papers (policy ``census``), four layouts: a business licence read by OCR and
attached to a census record (name, a USCC with a misread character or a fold, type, legal
representative, registered capital, date, domicile, scope; the census taker and the unit's
contact with mobiles) | the census takers' WeChat work group (takers and the supervisor by
nickname and name, a unit's contact and mobile posted, door-plate photo names carrying the
unit's short name, a taker's aside that the unit was reported by someone of a compound) | an
accountant's e-mail submitting the unit's census forms (sender mail, attachments named after
the unit, a signature with the plant's phone and address, the census office's mailbox) | a
training handout whose worked example uses a real unit (its USCC, legal representative,
contact and mobile; the trainer, the venue at a public institution)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import Unseen9Slots, layout, put


def licence_ocr(b: Builder, s: Unseen9Slots, rng: random.Random) -> None:
    put(b, s, "普查对象基本信息采集记录  普查小区§{N.num}号\n附件一：营业执照（OCR识别，未校对）\n")
    put(b, s, "营 业 执 照\n统一社会信用代码 {S.uscc_ocr}\n")
    put(b, s, "名    称 {S.name}\n类    型 " + rng.choice(("有限责任公司（自然人投资或控股）", "股份有限公司", "个人独资企业")) + "\n")
    put(b, s, "法定代表人 {B.name}\n注册资本 {N.capital}\n成立日期 {N.estab}\n住    所 {S.addr}\n")
    put(b, s, "经营范围 {S.industry}相关产品的生产、销售。（依法须经批准的项目，经相关部门批准后方可开展经营活动）\n")
    put(b, s, "登记机关 " + rng.choice(("市场监督管理局", "行政审批服务局")) + "\n\n")
    put(b, s, "采集人（普查员）§{O.name}  手机§{A.mobile}\n单位联系人§{E.name}  手机§" +
        rng.choice(("{E.mobile}", "{E.mobile_plain}")) + "\n")
    put(b, s, "普查指导员§{D.name}  所属§{A.census}\n")


def takers_group(b: Builder, s: Unseen9Slots, rng: random.Random) -> None:
    s.bind("V", s.c.agency.staff, "official")
    put(b, s, "【{A.census}普查员工作群】\n")
    put(b, s, "{V.nick}（{O.name}） {N.hm}\n{S.name}今天跑了，门卫不让进，联系人是{E.name}，电话{E.mobile}，谁顺路帮忙催一下\n")
    put(b, s, "{D.nick}（{D.name}） {N.hm}\n我明天去。法人是{B.name}，上次留的是{B.mobile}\n")
    put(b, s, "{V.nick}（{O.name}） {N.hm}\n[图片] 门牌_{S.short}_{N.compact}.jpg\n")
    put(b, s, "{G.nick}（{G.name}） {N.hm}\n注意这家是上半年被举报过的，举报的好像是{R.compound}的{R.lao}，去了别提这事\n")
    put(b, s, "{D.nick}（{D.name}） {N.hm}\n好的。地址是{S.addr}吧\n")
    put(b, s, "{V.nick}（{O.name}） {N.hm}\n对，{S.industry}，报表{N.within}内要交\n")


def accountant_mail(b: Builder, s: Unseen9Slots, rng: random.Random) -> None:
    put(b, s, "发件人§{E.name} <{E.email}>\n收件人§{A.mail}\n主题§{S.name}普查报表报送\n")
    put(b, s, "附件§{S.short}_G101-1基本情况.xlsx；{S.short}_G103-1废水.xlsx；营业执照扫描件.pdf\n\n")
    put(b, s, "{A.census}{O.ref}：\n  您好！我单位普查表已填好，请查收。统一社会信用代码{S.uscc}，"
        "行业为{S.industry}。如有问题请联系我。\n\n")
    put(b, s, "{E.name}  财务部\n{S.name}\n电话§{S.tel}  手机§{E.mobile}\n地址§{S.addr}\n")
    if rng.random() < 0.5:
        put(b, s, "\n> {O.name}（{A.mobile}）{N.date}写道：\n> 请于{N.within}报送，法定代表人{B.name}签字盖章。\n")


def training_handout(b: Builder, s: Unseen9Slots, rng: random.Random) -> None:
    put(b, s, "{A.census}普查员业务培训讲义（第{N.num}讲）\n主讲§{D.name}  培训地点§{P.inst}\n\n")
    put(b, s, "一、G101-1表填报要点\n  单位名称须与营业执照一致，统一社会信用代码18位。\n\n二、填报示例\n")
    put(b, s, "  单位名称§{S.name}\n  统一社会信用代码§{S.uscc_plain}\n  法定代表人§{B.name}\n")
    put(b, s, "  详细地址§{S.addr}\n  联系人§{E.name}  电话§{E.mobile}\n  行业类别§{S.industry}\n\n")
    put(b, s, "三、注意事项\n  示例数据仅供培训使用。疑问请咨询{O.name}（{A.tel}）。\n")


LAYOUTS = (licence_ocr, takers_group, accountant_mail, training_handout)


def build(b: Builder, s: Unseen9Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
