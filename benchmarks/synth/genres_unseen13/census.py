"""Census records, four layouts: a GeoJSON export of census objects from the census GIS
(each feature a unit with name, USCC, address, contact and mobile, coordinates; the plant and
a second unit, both subject) | a census form for a hospital as the census object (its medical
waste water: the hospital, its president and its contact are subject here; beds) | a census
form for a petrol station run by an individual (the operator's name, ID and mobile, the
station's 92- USCC and its roadside address; tanks; the census taker) | a 停产情况说明 signed
by the plant's boss and certified by the village committee (public), with the census taker and
the reviewer."""

from __future__ import annotations

import random

from ..render import Builder
from .common import Unseen13Slots, layout, put


def geojson(b: Builder, s: Unseen13Slots, rng: random.Random) -> None:
    put(b, s, '{"type": "FeatureCollection", "name": "普查对象点位_')
    put(b, s, "{S.district}\", \"exported\": \"{N.stamp}\", \"features\": [\n")
    put(b, s, '  {"type": "Feature", "properties": {"dwmc": "{S.name}", "tyshxydm": "{S.uscc_plain}", '
        '"dz": "{S.addr}", "lxr": "{E.name}", "lxdh": "{E.mobile_plain}", "pcdxbm": "{N.code}"}, '
        '"geometry": {"type": "Point", "coordinates": [{N.lon}, {N.lat}]}},\n')
    put(b, s, '  {"type": "Feature", "properties": {"dwmc": "{S.station}", "tyshxydm": "{S.station_uscc}", '
        '"dz": "{S.station_addr}", "lxr": "{F.name}", "lxdh": "{F.mobile_plain}", "pcdxbm": "{N.code}"}, '
        '"geometry": {"type": "Point", "coordinates": [{N.lon}, {N.lat}]}}\n')
    put(b, s, "]}\n")
    put(b, s, "// 导出人：{G.name}（普查员）  审核：{D.name}  导出单位：{A.census}\n")


def hospital(b: Builder, s: Unseen13Slots, rng: random.Random) -> None:
    put(b, s, "{A.census}\n普查表 · 医疗机构污染源基本情况\n")
    put(b, s, "单位名称§{S.hospital}\n统一社会信用代码§{S.uscc}\n")
    put(b, s, "详细地址§{S.addr}\n法定代表人（院长）§{B.name}\n")
    put(b, s, "填表联系人§{E.name}（总务科）  联系电话§{E.mobile}  座机§{S.tel}\n")
    put(b, s, "床位数§{N.beds}  污水处理工艺§" + rng.choice(("二级生化+消毒", "一级强化+次氯酸钠消毒", "化粪池+消毒")) + "\n")
    put(b, s, "医疗废物处置§委托" + rng.choice(("市医疗废物集中处置中心", "有资质单位")) + "\n")
    put(b, s, "普查员§{G.name}  普查员手机§{G.mobile}  审核人§{D.name}  填报日期§{N.date}\n")
    put(b, s, "备注§本表数据仅用于普查统计，" + rng.choice(("不对外公布单个医院数据。", "由院方盖章确认。")) + "\n")


def station(b: Builder, s: Unseen13Slots, rng: random.Random) -> None:
    put(b, s, "加油站油气回收普查表（个体经营）\n")
    put(b, s, "加油站名称§{S.station}\n统一社会信用代码§{S.station_uscc}\n地址§{S.station_addr}\n")
    put(b, s, "经营者§{F.name}  身份证号§" + rng.choice(("{F.id}", "{F.id_plain}")) + "  手机§{F.mobile}\n")
    if rng.random() < 0.5:
        put(b, s, "实际管理人§{E.name}（经营者亲属）  手机§{E.mobile}\n")
    put(b, s, "储油罐§" + str(rng.randint(2, 5)) + "座，单罐容积{N.tank}  加油枪§" + str(rng.randint(4, 12)) + "把\n")
    put(b, s, "一次油气回收§" + rng.choice(("有", "无")) + "  二次油气回收§" + rng.choice(("有", "无", "安装未运行")) + "\n")
    put(b, s, "普查员§{G.name}（{G.mobile}）  普查指导员§{D.name}  普查机构§{A.census}\n")


def shutdown(b: Builder, s: Unseen13Slots, rng: random.Random) -> None:
    put(b, s, "停产情况说明\n\n{A.census}：\n")
    put(b, s, "我单位{S.name}（统一社会信用代码{S.uscc}），位于{S.addr}，"
        "自{N.date}起因" + rng.choice(("环保整改", "市场原因", "搬迁")) + "全面停产，普查时点无生产活动。\n")
    put(b, s, "特此说明。\n\n单位负责人（签字）§{B.name}  身份证号§{B.id}  联系电话§{B.mobile}\n{N.date}\n\n")
    put(b, s, "村委会意见§情况属实。{C.village}（章） 电话§{C.village_tel}\n")
    put(b, s, "普查员核实§已现场查看，设备断电，原料库为空。普查员{G.name}  复核员{D.name}\n")


LAYOUTS = (geojson, hospital, station, shutdown)


def build(b: Builder, s: Unseen13Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
