"""Census papers, four layouts: a census taker's telephone verification record (the unit's
contact reached, once a wrong number that reaches a private person); a quality spot-check
sheet (原填报值 / 复核值 columns, the unit's filler and the official re-checker); an offline data
package of the census app as key: value lines (coordinates, photo file names that carry the
unit's name); a 普查对象变更（注销）申请 (the unit closed or changed hands: the former legal
representative with ID and mobile, the new unit and its manager)."""

from __future__ import annotations

import random

from ..render import Builder
from .common import Unseen6Slots, layout, put

OUTCOMES = ("已接通，核实无误", "已接通，地址有变化", "已接通，联系人已离职", "未接通")


def phone_check(b: Builder, s: Unseen6Slots, rng: random.Random) -> None:
    put(b, s, "普查对象电话核实记录    核实人§{D.name}（{D.mobile}）\n")
    put(b, s, "对象名称§{S.name}    统一社会信用代码§{S.uscc}\n")
    put(b, s, "登记联系人§{E.name}    登记电话§{E.mobile}    单位座机§{S.tel}\n")
    put(b, s, "{N.stamp} 拨打登记电话§" + rng.choice(OUTCOMES) + "。\n")
    if rng.random() < 0.5:
        put(b, s, "{N.stamp} 拨打单位座机§接电话的是{Q.name}，称该号码已是其个人住宅电话，与企业无关，已删除。\n")
    put(b, s, "{N.stamp} 联系法定代表人{B.name}（{B.mobile}）§确认单位仍在{S.addr}生产。\n")
    put(b, s, "备注§行业{S.industry}；" + rng.choice(("下次入户由{G.name}陪同。", "企业要求数据保密。", "")) + "\n")


def spot_check(b: Builder, s: Unseen6Slots, rng: random.Random) -> None:
    put(b, s, "普查数据质量抽查复核表    抽查单位§{A.census}\n")
    put(b, s, "被抽查对象§{S.name}\n对象地址§{S.addr}\n")
    put(b, s, "指标\t原填报值\t复核值\t差异说明\n")
    put(b, s, "法定代表人\t{B.name}\t{B.name}\t—\n")
    put(b, s, "联系电话\t{S.tel}\t" + rng.choice(("{S.tel}", "{E.mobile}")) + "\t" + rng.choice(("—", "改为手机")) + "\n")
    put(b, s, "废水排放量\t{N.amount}\t{N.amount}\t" + rng.choice(("单位换算错误", "—")) + "\n")
    put(b, s, "锅炉数量\t{N.num}\t{N.num}\t—\n")
    put(b, s, "填报人§{E.name}（{E.mobile}）    普查员§{D.name}    复核员§{G.name}\n")
    put(b, s, "复核结论§" + rng.choice(("合格", "需修改后重新上报", "差错率超标")) + "\n")


def app_package(b: Builder, s: Unseen6Slots, rng: random.Random) -> None:
    put(b, s, "# 普查APP离线数据包  导出时间 {N.stamp}\n")
    put(b, s, "taker: {D.name}\ntaker_phone: {D.mobile}\n")
    put(b, s, "object_name: {S.name}\nobject_code: {S.uscc}\n")
    put(b, s, "address: {S.addr}\ngps: {N.coord}\n")
    put(b, s, "contact: {E.name}\ncontact_phone: " + rng.choice(("{E.mobile}", "{E.mobile_odd}")) + "\n")
    put(b, s, "legal_rep: {B.name}\nindustry: {S.industry}\n")
    put(b, s, "photos:\n  - IMG_0" + str(rng.randint(100, 999)) + "_")
    put(b, s, "{S.short}_大门.jpg\n  - IMG_0" + str(rng.randint(100, 999)) + "_排口.jpg\n")
    put(b, s, "remark: " + rng.choice(("门卫{Y.name}不让进，联系{E.name}后进入", "无", "{U.name}在同一院内，另表登记")) + "\n")


def deregister(b: Builder, s: Unseen6Slots, rng: random.Random) -> None:
    put(b, s, "普查对象变更（注销）申请表\n申请单位§{S.name}\n原地址§{S.addr}\n")
    put(b, s, "原法定代表人§{B.name}    身份证号§{B.id}    手机§{B.mobile}\n")
    put(b, s, "变更类型§" + rng.choice(("注销（已关停）", "转让", "迁址")) + "\n")
    put(b, s, "变更说明§该厂于{N.date}停产，设备已拆除；场地现由{U.name}使用，负责人{M.name}（{M.mobile}）。\n")
    put(b, s, "证明材料§营业执照注销通知书；现场照片{N.num}张。\n")
    put(b, s, "经办普查员§{D.name}    审核§{A.census}\n{N.date}\n")


LAYOUTS = (phone_check, spot_check, app_package, deregister)


def build(b: Builder, s: Unseen6Slots, rng: random.Random) -> None:
    layout(s, rng, LAYOUTS)(b, s, rng)
